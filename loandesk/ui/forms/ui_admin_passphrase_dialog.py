# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AdminPassphraseDialog(object):
    def setupUi(self, AdminPassphraseDialog):
        if not AdminPassphraseDialog.objectName():
            AdminPassphraseDialog.setObjectName(u"AdminPassphraseDialog")
        AdminPassphraseDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(AdminPassphraseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explainLabel = QLabel(AdminPassphraseDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pathLabel = QLabel(AdminPassphraseDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(AdminPassphraseDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.pathButton = QPushButton(AdminPassphraseDialog)
        self.pathButton.setObjectName(u"pathButton")

        self.pathRow.addWidget(self.pathButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.currentLabel = QLabel(AdminPassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(AdminPassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(AdminPassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(AdminPassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.new2Label = QLabel(AdminPassphraseDialog)
        self.new2Label.setObjectName(u"new2Label")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new2Label)

        self.new2Edit = QLineEdit(AdminPassphraseDialog)
        self.new2Edit.setObjectName(u"new2Edit")
        self.new2Edit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new2Edit)


        self.verticalLayout.addLayout(self.formLayout)

        self.strengthLabel = QLabel(AdminPassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)
        self.strengthLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.strengthLabel)

        self.confirmCheck = QCheckBox(AdminPassphraseDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.verticalLayout.addWidget(self.confirmCheck)

        self.messageLabel = QLabel(AdminPassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdminPassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.new2Label.setBuddy(self.new2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminPassphraseDialog)

        QMetaObject.connectSlotsByName(AdminPassphraseDialog)
    # setupUi

    def retranslateUi(self, AdminPassphraseDialog):
        AdminPassphraseDialog.setWindowTitle(QCoreApplication.translate("AdminPassphraseDialog", u"\u5bc6\u94a5\u7ba1\u7406", None))
        self.explainLabel.setText("")
        self.pathLabel.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u5bfc\u51fa\u5230", None))
        self.pathButton.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u9009\u62e9\u2026", None))
        self.currentLabel.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u5f53\u524d\u6062\u590d\u53e3\u4ee4", None))
        self.newLabel.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u65b0\u53e3\u4ee4", None))
        self.new2Label.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u786e\u8ba4\u65b0\u53e3\u4ee4", None))
        self.strengthLabel.setText("")
        self.confirmCheck.setText(QCoreApplication.translate("AdminPassphraseDialog", u"\u6211\u5df2\u4e86\u89e3\u4e0a\u8ff0\u8bf4\u660e", None))
        self.messageLabel.setText("")
    # retranslateUi

