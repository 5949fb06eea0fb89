# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_contracts_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ApprovalContractsPanel(object):
    def setupUi(self, ApprovalContractsPanel):
        if not ApprovalContractsPanel.objectName():
            ApprovalContractsPanel.setObjectName(u"ApprovalContractsPanel")
        self.verticalLayout = QVBoxLayout(ApprovalContractsPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(ApprovalContractsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ApprovalContractsPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.stageLabel = QLabel(ApprovalContractsPanel)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterRow.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(ApprovalContractsPanel)
        self.stageCombo.setObjectName(u"stageCombo")

        self.filterRow.addWidget(self.stageCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.verifyButton = QPushButton(ApprovalContractsPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.filterRow.addWidget(self.verifyButton)

        self.exportButton = QPushButton(ApprovalContractsPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)

        self.refreshButton = QPushButton(ApprovalContractsPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.filterRow)

        self.workView = QTableView(ApprovalContractsPanel)
        self.workView.setObjectName(u"workView")
        self.workView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.workView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.workView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.workView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.workView)

        self.detailLabel = QLabel(ApprovalContractsPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.RichText)
        self.detailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.detailLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.generateButton = QPushButton(ApprovalContractsPanel)
        self.generateButton.setObjectName(u"generateButton")

        self.actionRow.addWidget(self.generateButton)

        self.previewButton = QPushButton(ApprovalContractsPanel)
        self.previewButton.setObjectName(u"previewButton")

        self.actionRow.addWidget(self.previewButton)

        self.scheduleButton = QPushButton(ApprovalContractsPanel)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.actionRow.addWidget(self.scheduleButton)

        self.signButton = QPushButton(ApprovalContractsPanel)
        self.signButton.setObjectName(u"signButton")

        self.actionRow.addWidget(self.signButton)

        self.disburseButton = QPushButton(ApprovalContractsPanel)
        self.disburseButton.setObjectName(u"disburseButton")

        self.actionRow.addWidget(self.disburseButton)

        self.noticeButton = QPushButton(ApprovalContractsPanel)
        self.noticeButton.setObjectName(u"noticeButton")

        self.actionRow.addWidget(self.noticeButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.voidButton = QPushButton(ApprovalContractsPanel)
        self.voidButton.setObjectName(u"voidButton")

        self.actionRow.addWidget(self.voidButton)


        self.verticalLayout.addLayout(self.actionRow)

        self.messageLabel = QLabel(ApprovalContractsPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalContractsPanel)

        QMetaObject.connectSlotsByName(ApprovalContractsPanel)
    # setupUi

    def retranslateUi(self, ApprovalContractsPanel):
        ApprovalContractsPanel.setWindowTitle(QCoreApplication.translate("ApprovalContractsPanel", u"\u5408\u540c\u4e0e\u653e\u6b3e", None))
        self.titleLabel.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u5408\u540c\u4e0e\u653e\u6b3e", None))
        self.hintLabel.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u5df2\u6279\u51c6\u7684\u7533\u8bf7\u5728\u6b64\u751f\u6210\u501f\u6b3e\u5408\u540c\uff1b\u5408\u540c\u9996\u6b21\u6253\u5370\u4e3a\u539f\u4ef6\uff0c\u4e4b\u540e\u7684\u6253\u5370\u5747\u6807\u6ce8\u201c\u526f\u672c\u201d\u5e76\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\u3002\u501f\u6b3e\u4eba\u9762\u7b7e\u540e\u767b\u8bb0\u7b7e\u7f72\uff08\u9644\u7b7e\u7f72\u4ef6\u626b\u63cf\uff09\uff0c\u518d\u767b\u8bb0\u653e\u6b3e\u3002", None))
        self.stageLabel.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u73af\u8282", None))
        self.verifyButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u5408\u540c\u6838\u9a8c\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u5bfc\u51fa\u653e\u6b3e\u51ed\u8bc1\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u5237\u65b0", None))
        self.detailLabel.setText("")
        self.generateButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u751f\u6210\u5408\u540c\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u9884\u89c8/\u6253\u5370\u2026", None))
        self.scheduleButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u8fd8\u6b3e\u8ba1\u5212\u8868\u2026", None))
        self.signButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u767b\u8bb0\u7b7e\u7f72\u2026", None))
        self.disburseButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u767b\u8bb0\u653e\u6b3e\u2026", None))
        self.noticeButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u653e\u6b3e\u901a\u77e5\u4e66\u2026", None))
        self.voidButton.setText(QCoreApplication.translate("ApprovalContractsPanel", u"\u4f5c\u5e9f\u5408\u540c\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

