# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApprovalExportDialog(object):
    def setupUi(self, ApprovalExportDialog):
        if not ApprovalExportDialog.objectName():
            ApprovalExportDialog.setObjectName(u"ApprovalExportDialog")
        ApprovalExportDialog.setMinimumSize(QSize(440, 0))
        self.verticalLayout = QVBoxLayout(ApprovalExportDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(ApprovalExportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(ApprovalExportDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(ApprovalExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = QDateEdit(ApprovalExportDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)

        self.unexportedCheck = QCheckBox(ApprovalExportDialog)
        self.unexportedCheck.setObjectName(u"unexportedCheck")
        self.unexportedCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unexportedCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ApprovalExportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ApprovalExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ApprovalExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalExportDialog)

        QMetaObject.connectSlotsByName(ApprovalExportDialog)
    # setupUi

    def retranslateUi(self, ApprovalExportDialog):
        ApprovalExportDialog.setWindowTitle(QCoreApplication.translate("ApprovalExportDialog", u"\u5bfc\u51fa\u653e\u6b3e\u51ed\u8bc1", None))
        self.fromLabel.setText(QCoreApplication.translate("ApprovalExportDialog", u"\u653e\u6b3e\u65e5\u671f \u81ea", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ApprovalExportDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ApprovalExportDialog", u"\u81f3", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ApprovalExportDialog", u"yyyy-MM-dd", None))
        self.unexportedCheck.setText(QCoreApplication.translate("ApprovalExportDialog", u"\u53ea\u5bfc\u51fa\u5c1a\u672a\u5bfc\u51fa\u8fc7\u7684\u653e\u6b3e", None))
        self.hintLabel.setText(QCoreApplication.translate("ApprovalExportDialog", u"\u6587\u4ef6\u4f9b\u6838\u5fc3/\u8d22\u52a1\u7cfb\u7edf\u8bb0\u8d26\uff08\u683c\u5f0f LDV1\uff0c\u89c1 docs/disbursement_voucher.md\uff09\uff0c\u542b\u5b8c\u6574\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u548c\u8d26\u53f7\uff1a\u5bfc\u51fa\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff0c\u5bfc\u5165\u540e\u8bf7\u5220\u9664\u672c\u5730\u526f\u672c\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

