# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(UnlockDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explainLabel = QLabel(UnlockDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usePassphraseRadio = QRadioButton(UnlockDialog)
        self.usePassphraseRadio.setObjectName(u"usePassphraseRadio")
        self.usePassphraseRadio.setChecked(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usePassphraseRadio)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)
        self.passphraseEdit.setMaxLength(256)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.useRecoveryKeyRadio = QRadioButton(UnlockDialog)
        self.useRecoveryKeyRadio.setObjectName(u"useRecoveryKeyRadio")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.useRecoveryKeyRadio)

        self.recoveryKeyEdit = QLineEdit(UnlockDialog)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setEnabled(False)
        self.recoveryKeyEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryKeyEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"\u89e3\u9501\u6570\u636e\u5e93 - LoanDesk", None))
        self.explainLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u7cfb\u7edf\u51ed\u636e\u7ba1\u7406\u5668\u4e2d\u6ca1\u6709\u672c\u6570\u636e\u5e93\u7684\u5bc6\u94a5\uff08\u4f8b\u5982\u66f4\u6362\u4e86\u7535\u8111\u6216\u91cd\u7f6e\u8fc7 Windows \u5bc6\u7801\uff09\u3002\u8bf7\u8f93\u5165\u521d\u59cb\u5316\u65f6\u8bbe\u7f6e\u7684\u6062\u590d\u53e3\u4ee4\uff1b\u4e5f\u53ef\u4ee5\u8f93\u5165\u6062\u590d\u5355\u4e0a\u7684\u6062\u590d\u5bc6\u94a5\u3002", None))
        self.usePassphraseRadio.setText(QCoreApplication.translate("UnlockDialog", u"\u6062\u590d\u53e3\u4ee4(&K)", None))
        self.useRecoveryKeyRadio.setText(QCoreApplication.translate("UnlockDialog", u"\u6062\u590d\u5bc6\u94a5(&R)", None))
        self.recoveryKeyEdit.setPlaceholderText(QCoreApplication.translate("UnlockDialog", u"XXXX-XXXX-\u2026 \u5171 14 \u7ec4", None))
        self.messageLabel.setText("")
    # retranslateUi

