# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_preview_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ApprovalPreviewDialog(object):
    def setupUi(self, ApprovalPreviewDialog):
        if not ApprovalPreviewDialog.objectName():
            ApprovalPreviewDialog.setObjectName(u"ApprovalPreviewDialog")
        ApprovalPreviewDialog.setMinimumSize(QSize(760, 600))
        self.verticalLayout = QVBoxLayout(ApprovalPreviewDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.noticeLabel = QLabel(ApprovalPreviewDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.noticeLabel)

        self.viewHost = QWidget(ApprovalPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.verticalLayout.addWidget(self.viewHost)

        self.messageLabel = QLabel(ApprovalPreviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.zoomOutButton = QPushButton(ApprovalPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.buttonRow.addWidget(self.zoomOutButton)

        self.zoomInButton = QPushButton(ApprovalPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.buttonRow.addWidget(self.zoomInButton)

        self.fitButton = QPushButton(ApprovalPreviewDialog)
        self.fitButton.setObjectName(u"fitButton")

        self.buttonRow.addWidget(self.fitButton)

        self.pageLabel = QLabel(ApprovalPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.buttonRow.addWidget(self.pageLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(ApprovalPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ApprovalPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ApprovalPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.buttonRow)

        self.verticalLayout.setStretch(1, 1)

        self.retranslateUi(ApprovalPreviewDialog)

        QMetaObject.connectSlotsByName(ApprovalPreviewDialog)
    # setupUi

    def retranslateUi(self, ApprovalPreviewDialog):
        ApprovalPreviewDialog.setWindowTitle(QCoreApplication.translate("ApprovalPreviewDialog", u"\u5408\u540c\u9884\u89c8", None))
        self.noticeLabel.setText("")
        self.messageLabel.setText("")
        self.zoomOutButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u7f29\u5c0f", None))
        self.zoomInButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u653e\u5927", None))
        self.fitButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u9002\u5408\u5bbd\u5ea6", None))
        self.pageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u53e6\u5b58\u4e3a\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ApprovalPreviewDialog", u"\u5173\u95ed", None))
    # retranslateUi

