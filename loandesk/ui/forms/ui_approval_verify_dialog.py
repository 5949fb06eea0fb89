# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_verify_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ApprovalVerifyDialog(object):
    def setupUi(self, ApprovalVerifyDialog):
        if not ApprovalVerifyDialog.objectName():
            ApprovalVerifyDialog.setObjectName(u"ApprovalVerifyDialog")
        ApprovalVerifyDialog.setMinimumSize(QSize(540, 0))
        self.verticalLayout = QVBoxLayout(ApprovalVerifyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.fileBox = QGroupBox(ApprovalVerifyDialog)
        self.fileBox.setObjectName(u"fileBox")
        self.fileRow = QHBoxLayout(self.fileBox)
        self.fileRow.setObjectName(u"fileRow")
        self.fileHint = QLabel(self.fileBox)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)

        self.fileRow.addWidget(self.fileHint)

        self.chooseFileButton = QPushButton(self.fileBox)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)


        self.verticalLayout.addWidget(self.fileBox)

        self.codeBox = QGroupBox(ApprovalVerifyDialog)
        self.codeBox.setObjectName(u"codeBox")
        self.codeForm = QFormLayout(self.codeBox)
        self.codeForm.setObjectName(u"codeForm")
        self.numberLabel = QLabel(self.codeBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.codeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.codeBox)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.codeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.codeLabel = QLabel(self.codeBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.codeBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(24)

        self.codeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.checkCodeButton = QPushButton(self.codeBox)
        self.checkCodeButton.setObjectName(u"checkCodeButton")

        self.codeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkCodeButton)


        self.verticalLayout.addWidget(self.codeBox)

        self.resultLabel = QLabel(ApprovalVerifyDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.resultLabel.setMinimumSize(QSize(0, 60))

        self.verticalLayout.addWidget(self.resultLabel)

        self.buttonBox = QDialogButtonBox(ApprovalVerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalVerifyDialog)

        QMetaObject.connectSlotsByName(ApprovalVerifyDialog)
    # setupUi

    def retranslateUi(self, ApprovalVerifyDialog):
        ApprovalVerifyDialog.setWindowTitle(QCoreApplication.translate("ApprovalVerifyDialog", u"\u5408\u540c\u6838\u9a8c", None))
        self.fileBox.setTitle(QCoreApplication.translate("ApprovalVerifyDialog", u"\u6838\u9a8c PDF \u6587\u4ef6\uff08\u7535\u5b50\u7248\u5408\u540c\uff09", None))
        self.fileHint.setText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u9009\u62e9\u4e00\u4efd\u5408\u540c PDF\uff0c\u4e0e\u7cfb\u7edf\u5b58\u6863\u9010\u5b57\u8282\u6bd4\u5bf9\u3002", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u9009\u62e9 PDF\u2026", None))
        self.codeBox.setTitle(QCoreApplication.translate("ApprovalVerifyDialog", u"\u6309\u9a8c\u8bc1\u7801\u6838\u9a8c\uff08\u7eb8\u8d28\u5408\u540c\u6216\u626b\u63cf\u4ef6\uff09", None))
        self.numberLabel.setText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u5408\u540c\u7f16\u53f7", None))
        self.codeLabel.setText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u5408\u540c\u9a8c\u8bc1\u7801", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u9875\u811a\u6216\u672b\u9875\u5370\u5236\u7684 16 \u4f4d\u9a8c\u8bc1\u7801\uff0c\u5982 3A1B-41B2-1E19-F9C4", None))
        self.checkCodeButton.setText(QCoreApplication.translate("ApprovalVerifyDialog", u"\u6838\u9a8c", None))
        self.resultLabel.setText("")
    # retranslateUi

