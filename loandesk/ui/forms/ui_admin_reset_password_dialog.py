# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_reset_password_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AdminResetPasswordDialog(object):
    def setupUi(self, AdminResetPasswordDialog):
        if not AdminResetPasswordDialog.objectName():
            AdminResetPasswordDialog.setObjectName(u"AdminResetPasswordDialog")
        AdminResetPasswordDialog.setMinimumSize(QSize(420, 0))
        self.verticalLayout = QVBoxLayout(AdminResetPasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explainLabel = QLabel(AdminResetPasswordDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.explainLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordLabel = QLabel(AdminResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordRow.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(AdminResetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(128)

        self.passwordRow.addWidget(self.passwordEdit)

        self.generateButton = QPushButton(AdminResetPasswordDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.passwordRow.addWidget(self.generateButton)


        self.verticalLayout.addLayout(self.passwordRow)

        self.noteLabel = QLabel(AdminResetPasswordDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.noteLabel)

        self.messageLabel = QLabel(AdminResetPasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdminResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminResetPasswordDialog)

        QMetaObject.connectSlotsByName(AdminResetPasswordDialog)
    # setupUi

    def retranslateUi(self, AdminResetPasswordDialog):
        AdminResetPasswordDialog.setWindowTitle(QCoreApplication.translate("AdminResetPasswordDialog", u"\u91cd\u7f6e\u5bc6\u7801", None))
        self.explainLabel.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("AdminResetPasswordDialog", u"\u4e34\u65f6\u5bc6\u7801", None))
        self.generateButton.setText(QCoreApplication.translate("AdminResetPasswordDialog", u"\u968f\u673a\u751f\u6210", None))
        self.noteLabel.setText(QCoreApplication.translate("AdminResetPasswordDialog", u"\u8bf7\u628a\u4e34\u65f6\u5bc6\u7801\u5f53\u9762\u544a\u77e5\u8be5\u7528\u6237\u3002\u7528\u6237\u4e0b\u6b21\u767b\u5f55\u65f6\u5fc5\u987b\u4fee\u6539\u5bc6\u7801\uff1b\u8be5\u8d26\u6237\u7684\u9501\u5b9a\u540c\u65f6\u89e3\u9664\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

