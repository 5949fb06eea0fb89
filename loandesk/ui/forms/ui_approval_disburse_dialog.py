# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_disburse_dialog.ui'
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

class Ui_ApprovalDisburseDialog(object):
    def setupUi(self, ApprovalDisburseDialog):
        if not ApprovalDisburseDialog.objectName():
            ApprovalDisburseDialog.setObjectName(u"ApprovalDisburseDialog")
        ApprovalDisburseDialog.setMinimumSize(QSize(500, 0))
        self.verticalLayout = QVBoxLayout(ApprovalDisburseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(ApprovalDisburseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ApprovalDisburseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.disbursedDate = QDateEdit(ApprovalDisburseDialog)
        self.disbursedDate.setObjectName(u"disbursedDate")
        self.disbursedDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disbursedDate)

        self.accountLabel = QLabel(ApprovalDisburseDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(ApprovalDisburseDialog)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.amountLabel = QLabel(ApprovalDisburseDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(ApprovalDisburseDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.voucherLabel = QLabel(ApprovalDisburseDialog)
        self.voucherLabel.setObjectName(u"voucherLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.voucherLabel)

        self.voucherEdit = QLineEdit(ApprovalDisburseDialog)
        self.voucherEdit.setObjectName(u"voucherEdit")
        self.voucherEdit.setMaxLength(40)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.voucherEdit)

        self.noteLabel = QLabel(ApprovalDisburseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ApprovalDisburseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ApprovalDisburseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ApprovalDisburseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ApprovalDisburseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.disbursedDate)
        self.accountLabel.setBuddy(self.accountEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.voucherLabel.setBuddy(self.voucherEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.disbursedDate, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.voucherEdit)
        QWidget.setTabOrder(self.voucherEdit, self.noteEdit)

        self.retranslateUi(ApprovalDisburseDialog)

        QMetaObject.connectSlotsByName(ApprovalDisburseDialog)
    # setupUi

    def retranslateUi(self, ApprovalDisburseDialog):
        ApprovalDisburseDialog.setWindowTitle(QCoreApplication.translate("ApprovalDisburseDialog", u"\u767b\u8bb0\u653e\u6b3e", None))
        self.summaryLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u653e\u6b3e\u65e5\u671f", None))
        self.disbursedDate.setDisplayFormat(QCoreApplication.translate("ApprovalDisburseDialog", u"yyyy-MM-dd", None))
        self.accountLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u5165\u8d26\u8d26\u53f7", None))
        self.amountLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u653e\u6b3e\u91d1\u989d\uff08\u5143\uff09", None))
        self.voucherLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u51ed\u8bc1\u53f7/\u501f\u636e\u53f7", None))
        self.voucherEdit.setPlaceholderText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u6838\u5fc3\u7cfb\u7edf\u8bb0\u8d26\u51ed\u8bc1\u53f7\uff1b\u7559\u7a7a\u5219\u81ea\u52a8\u7f16\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u5907\u6ce8", None))
        self.hintLabel.setText(QCoreApplication.translate("ApprovalDisburseDialog", u"\u8bf7\u5728\u8d44\u91d1\u5b9e\u9645\u5212\u51fa\u540e\u767b\u8bb0\u3002\u767b\u8bb0\u540e\u6309\u653e\u6b3e\u65e5\u91cd\u65b0\u786e\u5b9a\u8fd8\u6b3e\u8ba1\u5212\uff08\u9996\u671f\u8fd8\u6b3e\u65e5\u4e3a\u653e\u6b3e\u65e5\u540e\u4e00\u4e2a\u6708\uff09\uff0c\u751f\u6210\u8d37\u6b3e\u8d26\u6237\uff0c\u5408\u540c\u72b6\u6001\u53d8\u4e3a\u201c\u5df2\u751f\u6548\u201d\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

