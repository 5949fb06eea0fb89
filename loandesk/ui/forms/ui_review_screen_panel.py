# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_screen_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ReviewScreenPanel(object):
    def setupUi(self, ReviewScreenPanel):
        if not ReviewScreenPanel.objectName():
            ReviewScreenPanel.setObjectName(u"ReviewScreenPanel")
        self.verticalLayout = QVBoxLayout(ReviewScreenPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLabel = QLabel(ReviewScreenPanel)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setStyleSheet(u"font-size: 11pt;")

        self.verticalLayout.addWidget(self.headerLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.claimButton = QPushButton(ReviewScreenPanel)
        self.claimButton.setObjectName(u"claimButton")

        self.actionRow.addWidget(self.claimButton)

        self.releaseButton = QPushButton(ReviewScreenPanel)
        self.releaseButton.setObjectName(u"releaseButton")

        self.actionRow.addWidget(self.releaseButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.passButton = QPushButton(ReviewScreenPanel)
        self.passButton.setObjectName(u"passButton")

        self.actionRow.addWidget(self.passButton)

        self.supplementButton = QPushButton(ReviewScreenPanel)
        self.supplementButton.setObjectName(u"supplementButton")

        self.actionRow.addWidget(self.supplementButton)

        self.rejectButton = QPushButton(ReviewScreenPanel)
        self.rejectButton.setObjectName(u"rejectButton")

        self.actionRow.addWidget(self.rejectButton)

        self.noticeButton = QPushButton(ReviewScreenPanel)
        self.noticeButton.setObjectName(u"noticeButton")

        self.actionRow.addWidget(self.noticeButton)


        self.verticalLayout.addLayout(self.actionRow)

        self.screenTabs = QTabWidget(ReviewScreenPanel)
        self.screenTabs.setObjectName(u"screenTabs")
        self.rulesPage = QWidget()
        self.rulesPage.setObjectName(u"rulesPage")
        self.rulesLayout = QVBoxLayout(self.rulesPage)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesSummaryLabel = QLabel(self.rulesPage)
        self.rulesSummaryLabel.setObjectName(u"rulesSummaryLabel")
        self.rulesSummaryLabel.setWordWrap(True)
        self.rulesSummaryLabel.setTextFormat(Qt.RichText)

        self.rulesLayout.addWidget(self.rulesSummaryLabel)

        self.rulesTable = QTableWidget(self.rulesPage)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rulesTable.setWordWrap(True)
        self.rulesTable.setAlternatingRowColors(True)

        self.rulesLayout.addWidget(self.rulesTable)

        self.screenTabs.addTab(self.rulesPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.checklistLabel = QLabel(self.documentsPage)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setWordWrap(True)
        self.checklistLabel.setTextFormat(Qt.RichText)

        self.documentsLayout.addWidget(self.checklistLabel)

        self.docsScroll = QScrollArea(self.documentsPage)
        self.docsScroll.setObjectName(u"docsScroll")
        self.docsScroll.setWidgetResizable(True)
        self.docsHost = QWidget()
        self.docsHost.setObjectName(u"docsHost")
        self.docsHost.setGeometry(QRect(0, 0, 400, 300))
        self.docsLayout = QVBoxLayout(self.docsHost)
        self.docsLayout.setObjectName(u"docsLayout")
        self.docsScroll.setWidget(self.docsHost)

        self.documentsLayout.addWidget(self.docsScroll)

        self.screenTabs.addTab(self.documentsPage, "")
        self.dataPage = QWidget()
        self.dataPage.setObjectName(u"dataPage")
        self.dataLayout = QVBoxLayout(self.dataPage)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataBrowser = QTextBrowser(self.dataPage)
        self.dataBrowser.setObjectName(u"dataBrowser")

        self.dataLayout.addWidget(self.dataBrowser)

        self.screenTabs.addTab(self.dataPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setWordWrap(True)
        self.historyTable.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyTable)

        self.screenTabs.addTab(self.historyPage, "")

        self.verticalLayout.addWidget(self.screenTabs)

        self.statementRow = QHBoxLayout()
        self.statementRow.setObjectName(u"statementRow")
        self.statementLabel = QLabel(ReviewScreenPanel)
        self.statementLabel.setObjectName(u"statementLabel")

        self.statementRow.addWidget(self.statementLabel)

        self.statementEdit = QLineEdit(ReviewScreenPanel)
        self.statementEdit.setObjectName(u"statementEdit")
        self.statementEdit.setMaximumSize(QSize(220, 16777215))

        self.statementRow.addWidget(self.statementEdit)

        self.statementSaveButton = QPushButton(ReviewScreenPanel)
        self.statementSaveButton.setObjectName(u"statementSaveButton")

        self.statementRow.addWidget(self.statementSaveButton)

        self.statementSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statementRow.addItem(self.statementSpacer)


        self.verticalLayout.addLayout(self.statementRow)

        self.commentRow = QHBoxLayout()
        self.commentRow.setObjectName(u"commentRow")
        self.commentLabel = QLabel(ReviewScreenPanel)
        self.commentLabel.setObjectName(u"commentLabel")

        self.commentRow.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(ReviewScreenPanel)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 70))

        self.commentRow.addWidget(self.commentEdit)


        self.verticalLayout.addLayout(self.commentRow)

        self.messageLabel = QLabel(ReviewScreenPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.statementLabel.setBuddy(self.statementEdit)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.claimButton, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.passButton)
        QWidget.setTabOrder(self.passButton, self.supplementButton)
        QWidget.setTabOrder(self.supplementButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.noticeButton)
        QWidget.setTabOrder(self.noticeButton, self.screenTabs)
        QWidget.setTabOrder(self.screenTabs, self.statementEdit)
        QWidget.setTabOrder(self.statementEdit, self.statementSaveButton)
        QWidget.setTabOrder(self.statementSaveButton, self.commentEdit)

        self.retranslateUi(ReviewScreenPanel)

        QMetaObject.connectSlotsByName(ReviewScreenPanel)
    # setupUi

    def retranslateUi(self, ReviewScreenPanel):
        ReviewScreenPanel.setWindowTitle(QCoreApplication.translate("ReviewScreenPanel", u"\u8d44\u6599\u5ba1\u6838", None))
        self.headerLabel.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u8bf7\u5728\u5de6\u4fa7\u961f\u5217\u4e2d\u9009\u62e9\u4e00\u7b14\u7533\u8bf7", None))
        self.claimButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u9886\u53d6(&L)", None))
#if QT_CONFIG(tooltip)
        self.claimButton.setToolTip(QCoreApplication.translate("ReviewScreenPanel", u"\u9886\u53d6\u540e\u7531\u60a8\u72ec\u81ea\u5ba1\u6838\uff0c\u5176\u4ed6\u5ba1\u6838\u5458\u4e0d\u80fd\u540c\u65f6\u5904\u7406", None))
#endif // QT_CONFIG(tooltip)
        self.releaseButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u653e\u56de\u961f\u5217", None))
        self.passButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u5ba1\u6838\u901a\u8fc7(&T)", None))
#if QT_CONFIG(tooltip)
        self.passButton.setToolTip(QCoreApplication.translate("ReviewScreenPanel", u"\u8f6c\u5165\u98ce\u9669\u8bc4\u4f30\uff1b\u6709\u63d0\u793a\u9879\u65f6\u987b\u5728\u5ba1\u6838\u610f\u89c1\u4e2d\u8bf4\u660e\u6838\u5b9e\u60c5\u51b5", None))
#endif // QT_CONFIG(tooltip)
        self.supplementButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u9000\u56de\u8865\u4ef6(&B)\u2026", None))
        self.rejectButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u62d2\u7edd(&J)", None))
        self.noticeButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u6253\u5370\u8865\u4ef6\u901a\u77e5\u4e66\u2026", None))
        self.rulesSummaryLabel.setText("")
        self.screenTabs.setTabText(self.screenTabs.indexOf(self.rulesPage), QCoreApplication.translate("ReviewScreenPanel", u"\u89c4\u5219\u68c0\u67e5", None))
        self.checklistLabel.setText("")
        self.screenTabs.setTabText(self.screenTabs.indexOf(self.documentsPage), QCoreApplication.translate("ReviewScreenPanel", u"\u8d44\u6599\u5bf9\u7167", None))
        self.screenTabs.setTabText(self.screenTabs.indexOf(self.dataPage), QCoreApplication.translate("ReviewScreenPanel", u"\u7533\u8bf7\u4fe1\u606f", None))
        self.screenTabs.setTabText(self.screenTabs.indexOf(self.historyPage), QCoreApplication.translate("ReviewScreenPanel", u"\u5904\u7406\u8bb0\u5f55", None))
        self.statementLabel.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u94f6\u884c\u6d41\u6c34\u6708\u5747\u5165\u8d26\uff08\u5143\uff09(&M)", None))
        self.statementEdit.setPlaceholderText(QCoreApplication.translate("ReviewScreenPanel", u"\u6309\u8fd16\u4e2a\u6708\u6d41\u6c34\u8ba1\u7b97\uff0c\u7528\u4e8e\u6838\u5bf9\u7533\u62a5\u6536\u5165", None))
        self.statementSaveButton.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u4fdd\u5b58\u6d41\u6c34\u6536\u5165", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewScreenPanel", u"\u5ba1\u6838\u610f\u89c1(&O)", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ReviewScreenPanel", u"\u901a\u8fc7\u65f6\u8bf4\u660e\u63d0\u793a\u9879\u7684\u6838\u5b9e\u60c5\u51b5\uff1b\u62d2\u7edd\u65f6\u5199\u660e\u539f\u56e0\uff08\u5c06\u544a\u77e5\u5ba2\u6237\uff09", None))
        self.messageLabel.setText("")
    # retranslateUi

