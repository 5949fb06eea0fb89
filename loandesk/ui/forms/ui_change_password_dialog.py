# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.setMinimumSize(QSize(380, 0))
        self.verticalLayout = QVBoxLayout(ChangePasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explainLabel = QLabel(ChangePasswordDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldLabel = QLabel(ChangePasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(ChangePasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.Password)
        self.oldEdit.setMaxLength(128)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)
        self.newEdit.setMaxLength(128)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.new2Label = QLabel(ChangePasswordDialog)
        self.new2Label.setObjectName(u"new2Label")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new2Label)

        self.new2Edit = QLineEdit(ChangePasswordDialog)
        self.new2Edit.setObjectName(u"new2Edit")
        self.new2Edit.setEchoMode(QLineEdit.Password)
        self.new2Edit.setMaxLength(128)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new2Edit)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ChangePasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.new2Label.setBuddy(self.new2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"\u4fee\u6539\u5bc6\u7801", None))
        self.explainLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u65b0\u5bc6\u7801\u81f3\u5c11 8 \u4f4d\uff0c\u9700\u540c\u65f6\u5305\u542b\u5b57\u6bcd\u548c\u6570\u5b57\u3002", None))
        self.oldLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u539f\u5bc6\u7801", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u65b0\u5bc6\u7801", None))
        self.new2Label.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u786e\u8ba4\u65b0\u5bc6\u7801", None))
        self.messageLabel.setText("")
    # retranslateUi

