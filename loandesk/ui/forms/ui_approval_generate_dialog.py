# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_generate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApprovalGenerateDialog(object):
    def setupUi(self, ApprovalGenerateDialog):
        if not ApprovalGenerateDialog.objectName():
            ApprovalGenerateDialog.setObjectName(u"ApprovalGenerateDialog")
        ApprovalGenerateDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(ApprovalGenerateDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(ApprovalGenerateDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.startLabel = QLabel(ApprovalGenerateDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(ApprovalGenerateDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.accountLabel = QLabel(ApprovalGenerateDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(ApprovalGenerateDialog)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.collateralLabel = QLabel(ApprovalGenerateDialog)
        self.collateralLabel.setObjectName(u"collateralLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collateralLabel)

        self.collateralEdit = QLineEdit(ApprovalGenerateDialog)
        self.collateralEdit.setObjectName(u"collateralEdit")
        self.collateralEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collateralEdit)

        self.placeLabel = QLabel(ApprovalGenerateDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ApprovalGenerateDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(100)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ApprovalGenerateDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ApprovalGenerateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ApprovalGenerateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startDate)
        self.accountLabel.setBuddy(self.accountEdit)
        self.collateralLabel.setBuddy(self.collateralEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalGenerateDialog)

        QMetaObject.connectSlotsByName(ApprovalGenerateDialog)
    # setupUi

    def retranslateUi(self, ApprovalGenerateDialog):
        ApprovalGenerateDialog.setWindowTitle(QCoreApplication.translate("ApprovalGenerateDialog", u"\u751f\u6210\u501f\u6b3e\u5408\u540c", None))
        self.summaryLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u8ba1\u5212\u653e\u6b3e\uff08\u8d77\u606f\uff09\u65e5", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("ApprovalGenerateDialog", u"yyyy-MM-dd", None))
        self.accountLabel.setText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u653e\u6b3e\u8d26\u6237", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u7559\u7a7a\u5219\u4f7f\u7528\u5ba2\u6237\u8d44\u6599\u4e2d\u767b\u8bb0\u7684\u672c\u4eba\u8d26\u6237", None))
        self.collateralLabel.setText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u62b5\u62bc/\u8d28\u62bc\u7269", None))
        self.collateralEdit.setPlaceholderText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u62b5\u62bc/\u8d28\u62bc\u8d37\u6b3e\u5fc5\u586b\uff1a\u8d22\u4ea7\u540d\u79f0\u3001\u6743\u8bc1\u53f7", None))
        self.placeLabel.setText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u7b7e\u8ba2\u5730\u70b9", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u7559\u7a7a\u5219\u4e3a\u672c\u7f51\u70b9\u540d\u79f0", None))
        self.hintLabel.setText(QCoreApplication.translate("ApprovalGenerateDialog", u"\u5408\u540c\u6309\u6279\u51c6\u7684\u91d1\u989d\u3001\u671f\u9650\u751f\u6210\uff0c\u542b\u5b8c\u6574\u8fd8\u6b3e\u8ba1\u5212\u548c\u5e74\u5316\u5229\u7387\uff1b\u501f\u6b3e\u4eba\u3001\u5171\u540c\u501f\u6b3e\u4eba\u548c\u4fdd\u8bc1\u4eba\u7684\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u5728\u5408\u540c\u4e2d\u5b8c\u6574\u6253\u5370\u3002\u751f\u6210\u540e\u5408\u540c\u72b6\u6001\u4e3a\u201c\u5f85\u7b7e\u7f72\u201d\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

