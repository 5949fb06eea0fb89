# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(640, 460))
        SetupWizard.setWizardStyle(QWizard.ModernStyle)
        self.branchPage = QWizardPage()
        self.branchPage.setObjectName(u"branchPage")
        self.branchPageLayout = QVBoxLayout(self.branchPage)
        self.branchPageLayout.setObjectName(u"branchPageLayout")
        self.branchPageForm = QFormLayout()
        self.branchPageForm.setObjectName(u"branchPageForm")
        self.branchCodeEditLabel = QLabel(self.branchPage)
        self.branchCodeEditLabel.setObjectName(u"branchCodeEditLabel")

        self.branchPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchCodeEditLabel)

        self.branchCodeEdit = QLineEdit(self.branchPage)
        self.branchCodeEdit.setObjectName(u"branchCodeEdit")
        self.branchCodeEdit.setMaxLength(12)

        self.branchPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchCodeEdit)

        self.branchNameEditLabel = QLabel(self.branchPage)
        self.branchNameEditLabel.setObjectName(u"branchNameEditLabel")

        self.branchPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branchNameEditLabel)

        self.branchNameEdit = QLineEdit(self.branchPage)
        self.branchNameEdit.setObjectName(u"branchNameEdit")
        self.branchNameEdit.setMaxLength(100)

        self.branchPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branchNameEdit)

        self.branchAddressEditLabel = QLabel(self.branchPage)
        self.branchAddressEditLabel.setObjectName(u"branchAddressEditLabel")

        self.branchPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branchAddressEditLabel)

        self.branchAddressEdit = QLineEdit(self.branchPage)
        self.branchAddressEdit.setObjectName(u"branchAddressEdit")
        self.branchAddressEdit.setMaxLength(200)

        self.branchPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branchAddressEdit)

        self.managerEditLabel = QLabel(self.branchPage)
        self.managerEditLabel.setObjectName(u"managerEditLabel")

        self.branchPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerEditLabel)

        self.managerEdit = QLineEdit(self.branchPage)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setMaxLength(50)

        self.branchPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.managerEdit)


        self.branchPageLayout.addLayout(self.branchPageForm)

        self.branchMessage = QLabel(self.branchPage)
        self.branchMessage.setObjectName(u"branchMessage")
        self.branchMessage.setWordWrap(True)
        self.branchMessage.setStyleSheet(u"color: #b00020;")

        self.branchPageLayout.addWidget(self.branchMessage)

        SetupWizard.addPage(self.branchPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminPageLayout = QVBoxLayout(self.adminPage)
        self.adminPageLayout.setObjectName(u"adminPageLayout")
        self.adminPageForm = QFormLayout()
        self.adminPageForm.setObjectName(u"adminPageForm")
        self.adminUserEditLabel = QLabel(self.adminPage)
        self.adminUserEditLabel.setObjectName(u"adminUserEditLabel")

        self.adminPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminUserEditLabel)

        self.adminUserEdit = QLineEdit(self.adminPage)
        self.adminUserEdit.setObjectName(u"adminUserEdit")
        self.adminUserEdit.setMaxLength(32)

        self.adminPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUserEdit)

        self.adminNameEditLabel = QLabel(self.adminPage)
        self.adminNameEditLabel.setObjectName(u"adminNameEditLabel")

        self.adminPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameEditLabel)

        self.adminNameEdit = QLineEdit(self.adminPage)
        self.adminNameEdit.setObjectName(u"adminNameEdit")
        self.adminNameEdit.setMaxLength(50)

        self.adminPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPasswordEditLabel = QLabel(self.adminPage)
        self.adminPasswordEditLabel.setObjectName(u"adminPasswordEditLabel")

        self.adminPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminPasswordEditLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setEchoMode(QLineEdit.Password)
        self.adminPasswordEdit.setMaxLength(128)

        self.adminPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminPasswordEdit)

        self.adminPassword2EditLabel = QLabel(self.adminPage)
        self.adminPassword2EditLabel.setObjectName(u"adminPassword2EditLabel")

        self.adminPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPassword2EditLabel)

        self.adminPassword2Edit = QLineEdit(self.adminPage)
        self.adminPassword2Edit.setObjectName(u"adminPassword2Edit")
        self.adminPassword2Edit.setEchoMode(QLineEdit.Password)
        self.adminPassword2Edit.setMaxLength(128)

        self.adminPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPassword2Edit)


        self.adminPageLayout.addLayout(self.adminPageForm)

        self.adminMessage = QLabel(self.adminPage)
        self.adminMessage.setObjectName(u"adminMessage")
        self.adminMessage.setWordWrap(True)
        self.adminMessage.setStyleSheet(u"color: #b00020;")

        self.adminPageLayout.addWidget(self.adminMessage)

        SetupWizard.addPage(self.adminPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryPageLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryPageLayout.setObjectName(u"recoveryPageLayout")
        self.recoveryPageForm = QFormLayout()
        self.recoveryPageForm.setObjectName(u"recoveryPageForm")
        self.passphraseEditLabel = QLabel(self.recoveryPage)
        self.passphraseEditLabel.setObjectName(u"passphraseEditLabel")

        self.recoveryPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseEditLabel)

        self.passphraseEdit = QLineEdit(self.recoveryPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)
        self.passphraseEdit.setMaxLength(256)

        self.recoveryPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphrase2EditLabel = QLabel(self.recoveryPage)
        self.passphrase2EditLabel.setObjectName(u"passphrase2EditLabel")

        self.recoveryPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase2EditLabel)

        self.passphrase2Edit = QLineEdit(self.recoveryPage)
        self.passphrase2Edit.setObjectName(u"passphrase2Edit")
        self.passphrase2Edit.setEchoMode(QLineEdit.Password)
        self.passphrase2Edit.setMaxLength(256)

        self.recoveryPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase2Edit)

        self.strengthBarLabel = QLabel(self.recoveryPage)
        self.strengthBarLabel.setObjectName(u"strengthBarLabel")

        self.recoveryPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthBarLabel)

        self.strengthBar = QProgressBar(self.recoveryPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)

        self.recoveryPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.recoveryPageLayout.addLayout(self.recoveryPageForm)

        self.recoveryMessage = QLabel(self.recoveryPage)
        self.recoveryMessage.setObjectName(u"recoveryMessage")
        self.recoveryMessage.setWordWrap(True)
        self.recoveryMessage.setStyleSheet(u"color: #b00020;")

        self.recoveryPageLayout.addWidget(self.recoveryMessage)

        SetupWizard.addPage(self.recoveryPage)
        self.finishPage = QWizardPage()
        self.finishPage.setObjectName(u"finishPage")
        self.finishLayout = QVBoxLayout(self.finishPage)
        self.finishLayout.setObjectName(u"finishLayout")
        self.summaryLabel = QLabel(self.finishPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.finishLayout.addWidget(self.summaryLabel)

        self.saveSheetButton = QPushButton(self.finishPage)
        self.saveSheetButton.setObjectName(u"saveSheetButton")

        self.finishLayout.addWidget(self.saveSheetButton)

        self.sheetStoredCheck = QCheckBox(self.finishPage)
        self.sheetStoredCheck.setObjectName(u"sheetStoredCheck")

        self.finishLayout.addWidget(self.sheetStoredCheck)

        self.finishMessage = QLabel(self.finishPage)
        self.finishMessage.setObjectName(u"finishMessage")
        self.finishMessage.setWordWrap(True)
        self.finishMessage.setStyleSheet(u"color: #b00020;")

        self.finishLayout.addWidget(self.finishMessage)

        SetupWizard.addPage(self.finishPage)
#if QT_CONFIG(shortcut)
        self.branchCodeEditLabel.setBuddy(self.branchCodeEdit)
        self.branchNameEditLabel.setBuddy(self.branchNameEdit)
        self.branchAddressEditLabel.setBuddy(self.branchAddressEdit)
        self.managerEditLabel.setBuddy(self.managerEdit)
        self.adminUserEditLabel.setBuddy(self.adminUserEdit)
        self.adminNameEditLabel.setBuddy(self.adminNameEdit)
        self.adminPasswordEditLabel.setBuddy(self.adminPasswordEdit)
        self.adminPassword2EditLabel.setBuddy(self.adminPassword2Edit)
        self.passphraseEditLabel.setBuddy(self.passphraseEdit)
        self.passphrase2EditLabel.setBuddy(self.passphrase2Edit)
        self.strengthBarLabel.setBuddy(self.strengthBar)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"LoanDesk \u521d\u59cb\u5316\u5411\u5bfc", None))
        self.branchPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7f51\u70b9\u4fe1\u606f", None))
        self.branchPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u586b\u5199\u672c\u7f51\u70b9\uff08\u652f\u884c/\u4fe1\u7528\u793e\uff09\u7684\u57fa\u672c\u4fe1\u606f\uff0c\u8fd9\u4e9b\u4fe1\u606f\u4f1a\u51fa\u73b0\u5728\u5408\u540c\u548c\u62a5\u8868\u4e0a\u3002", None))
        self.branchCodeEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u7f51\u70b9\u4ee3\u7801(&C)", None))
        self.branchCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u4f8b\u5982 3301\uff082\u201312 \u4f4d\u5b57\u6bcd\u6216\u6570\u5b57\uff09", None))
        self.branchNameEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u7f51\u70b9\u540d\u79f0(&N)", None))
        self.branchNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u4f8b\u5982 \u67d0\u67d0\u519c\u6751\u4fe1\u7528\u793e\u57ce\u5173\u5206\u793e", None))
        self.branchAddressEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5730\u5740", None))
        self.managerEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u8d1f\u8d23\u4eba", None))
        self.branchMessage.setText("")
        self.adminPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7ba1\u7406\u5458\u8d26\u6237", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u521b\u5efa\u7b2c\u4e00\u4e2a\u7cfb\u7edf\u7ba1\u7406\u5458\u8d26\u6237\u3002\u7ba1\u7406\u5458\u8d1f\u8d23\u7528\u6237\u3001\u5907\u4efd\u4e0e\u6062\u590d\uff0c\u4e0d\u529e\u7406\u8d37\u6b3e\u4e1a\u52a1\u3002", None))
        self.adminUserEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u7528\u6237\u540d(&U)", None))
        self.adminUserEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u4e0b\u5212\u7ebf", None))
        self.adminNameEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u59d3\u540d", None))
        self.adminPasswordEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5bc6\u7801(&P)", None))
        self.adminPasswordEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u81f3\u5c11 8 \u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57", None))
        self.adminPassword2EditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u786e\u8ba4\u5bc6\u7801", None))
        self.adminMessage.setText("")
        self.recoveryPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u6062\u590d\u53e3\u4ee4", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6570\u636e\u5e93\u7528\u968f\u673a\u5bc6\u94a5\u52a0\u5bc6\uff0c\u5bc6\u94a5\u4fdd\u5b58\u5728\u672c\u673a\u51ed\u636e\u7ba1\u7406\u5668\u4e2d\u3002\u53e6\u8bbe\u4e00\u4e2a\u6062\u590d\u53e3\u4ee4\uff1a\u6362\u7535\u8111\u3001\u91cd\u88c5\u7cfb\u7edf\u6216\u51ed\u636e\u4e22\u5931\u65f6\uff0c\u51ed\u6062\u590d\u53e3\u4ee4\u6216\u6253\u5370\u7684\u6062\u590d\u5355\u624d\u80fd\u6253\u5f00\u6570\u636e\u5e93\u3002\u8bf7\u52a1\u5fc5\u7262\u8bb0\u5e76\u59a5\u5584\u4fdd\u7ba1\u3002", None))
        self.passphraseEditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u6062\u590d\u53e3\u4ee4(&K)", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u81f3\u5c11 10 \u4f4d\uff0c\u542b\u4e09\u7c7b\u5b57\u7b26", None))
        self.passphrase2EditLabel.setText(QCoreApplication.translate("SetupWizard", u"\u786e\u8ba4\u6062\u590d\u53e3\u4ee4", None))
        self.strengthBarLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5f3a\u5ea6", None))
        self.strengthBar.setFormat("")
        self.recoveryMessage.setText("")
        self.finishPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u6253\u5370\u6062\u590d\u5355", None))
        self.finishPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6570\u636e\u5e93\u5df2\u521b\u5efa\u3002\u8bf7\u4fdd\u5b58\u5e76\u6253\u5370\u6062\u590d\u5355\uff08\u542b\u6062\u590d\u5bc6\u94a5\u548c\u4e8c\u7ef4\u7801\uff09\uff0c\u5c01\u5b58\u4e8e\u7f51\u70b9\u4fdd\u9669\u67dc\u3002", None))
        self.summaryLabel.setText("")
        self.saveSheetButton.setText(QCoreApplication.translate("SetupWizard", u"\u4fdd\u5b58\u6062\u590d\u5355 PDF(&S)\u2026", None))
        self.sheetStoredCheck.setText(QCoreApplication.translate("SetupWizard", u"\u6211\u5df2\u4fdd\u5b58/\u6253\u5370\u6062\u590d\u5355\uff0c\u5e76\u5c06\u59a5\u5584\u4fdd\u7ba1", None))
        self.finishMessage.setText("")
    # retranslateUi

