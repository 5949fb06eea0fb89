# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_sign_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ApprovalSignDialog(object):
    def setupUi(self, ApprovalSignDialog):
        if not ApprovalSignDialog.objectName():
            ApprovalSignDialog.setObjectName(u"ApprovalSignDialog")
        ApprovalSignDialog.setMinimumSize(QSize(500, 0))
        self.verticalLayout = QVBoxLayout(ApprovalSignDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(ApprovalSignDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ApprovalSignDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.signedDate = QDateEdit(ApprovalSignDialog)
        self.signedDate.setObjectName(u"signedDate")
        self.signedDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signedDate)

        self.fileLabel = QLabel(ApprovalSignDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ApprovalSignDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ApprovalSignDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.verticalLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ApprovalSignDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ApprovalSignDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ApprovalSignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.signedDate)
        self.fileLabel.setBuddy(self.chooseButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalSignDialog)

        QMetaObject.connectSlotsByName(ApprovalSignDialog)
    # setupUi

    def retranslateUi(self, ApprovalSignDialog):
        ApprovalSignDialog.setWindowTitle(QCoreApplication.translate("ApprovalSignDialog", u"\u767b\u8bb0\u5408\u540c\u7b7e\u7f72", None))
        self.summaryLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ApprovalSignDialog", u"\u7b7e\u7f72\u65e5\u671f", None))
        self.signedDate.setDisplayFormat(QCoreApplication.translate("ApprovalSignDialog", u"yyyy-MM-dd", None))
        self.fileLabel.setText(QCoreApplication.translate("ApprovalSignDialog", u"\u7b7e\u7f72\u4ef6\u626b\u63cf", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ApprovalSignDialog", u"JPG\u3001PNG\u3001TIFF \u6216 PDF", None))
        self.chooseButton.setText(QCoreApplication.translate("ApprovalSignDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("ApprovalSignDialog", u"\u8bf7\u786e\u8ba4\u501f\u6b3e\u4eba\uff08\u53ca\u5171\u540c\u501f\u6b3e\u4eba\u3001\u4fdd\u8bc1\u4eba\uff09\u5df2\u5f53\u9762\u7b7e\u5b57\u637a\u5370\u3002\u7b7e\u7f72\u4ef6\u626b\u63cf\u4fdd\u5b58\u4e3a\u5ba2\u6237\u5f71\u50cf\u8d44\u6599\uff0c\u767b\u8bb0\u540e\u5408\u540c\u72b6\u6001\u53d8\u4e3a\u201c\u5df2\u7b7e\u7f72\u201d\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

