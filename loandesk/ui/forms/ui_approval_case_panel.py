# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_case_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ApprovalCasePanel(object):
    def setupUi(self, ApprovalCasePanel):
        if not ApprovalCasePanel.objectName():
            ApprovalCasePanel.setObjectName(u"ApprovalCasePanel")
        self.verticalLayout = QVBoxLayout(ApprovalCasePanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLabel = QLabel(ApprovalCasePanel)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setStyleSheet(u"font-size: 12pt;")

        self.verticalLayout.addWidget(self.headerLabel)

        self.caseTabs = QTabWidget(ApprovalCasePanel)
        self.caseTabs.setObjectName(u"caseTabs")
        self.applicationPage = QWidget()
        self.applicationPage.setObjectName(u"applicationPage")
        self.applicationLayout = QVBoxLayout(self.applicationPage)
        self.applicationLayout.setObjectName(u"applicationLayout")
        self.applicationBrowser = QTextBrowser(self.applicationPage)
        self.applicationBrowser.setObjectName(u"applicationBrowser")

        self.applicationLayout.addWidget(self.applicationBrowser)

        self.caseTabs.addTab(self.applicationPage, "")
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewBrowser = QTextBrowser(self.reviewPage)
        self.reviewBrowser.setObjectName(u"reviewBrowser")

        self.reviewLayout.addWidget(self.reviewBrowser)

        self.caseTabs.addTab(self.reviewPage, "")
        self.riskPage = QWidget()
        self.riskPage.setObjectName(u"riskPage")
        self.riskLayout = QVBoxLayout(self.riskPage)
        self.riskLayout.setObjectName(u"riskLayout")
        self.riskBrowser = QTextBrowser(self.riskPage)
        self.riskBrowser.setObjectName(u"riskBrowser")

        self.riskLayout.addWidget(self.riskBrowser)

        self.caseTabs.addTab(self.riskPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsTable = QTableWidget(self.documentsPage)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.documentsTable.setAlternatingRowColors(True)

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.viewDocumentButton = QPushButton(self.documentsPage)
        self.viewDocumentButton.setObjectName(u"viewDocumentButton")

        self.documentsButtons.addWidget(self.viewDocumentButton)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsSpacer)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.caseTabs.addTab(self.documentsPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.caseTabs.addTab(self.historyPage, "")

        self.verticalLayout.addWidget(self.caseTabs)

        self.decisionBox = QGroupBox(ApprovalCasePanel)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QGridLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.choiceLabel = QLabel(self.decisionBox)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.decisionLayout.addWidget(self.choiceLabel, 0, 0, 1, 1)

        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.approveRadio = QRadioButton(self.decisionBox)
        self.approveRadio.setObjectName(u"approveRadio")

        self.choiceRow.addWidget(self.approveRadio)

        self.rejectRadio = QRadioButton(self.decisionBox)
        self.rejectRadio.setObjectName(u"rejectRadio")

        self.choiceRow.addWidget(self.rejectRadio)

        self.investigateRadio = QRadioButton(self.decisionBox)
        self.investigateRadio.setObjectName(u"investigateRadio")

        self.choiceRow.addWidget(self.investigateRadio)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceSpacer)


        self.decisionLayout.addLayout(self.choiceRow, 0, 1, 1, 3)

        self.amountLabel = QLabel(self.decisionBox)
        self.amountLabel.setObjectName(u"amountLabel")

        self.decisionLayout.addWidget(self.amountLabel, 1, 0, 1, 1)

        self.amountEdit = QLineEdit(self.decisionBox)
        self.amountEdit.setObjectName(u"amountEdit")

        self.decisionLayout.addWidget(self.amountEdit, 1, 1, 1, 1)

        self.termLabel = QLabel(self.decisionBox)
        self.termLabel.setObjectName(u"termLabel")

        self.decisionLayout.addWidget(self.termLabel, 1, 2, 1, 1)

        self.termSpin = QSpinBox(self.decisionBox)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimum(1)
        self.termSpin.setMaximum(600)

        self.decisionLayout.addWidget(self.termSpin, 1, 3, 1, 1)

        self.authorityLabel = QLabel(self.decisionBox)
        self.authorityLabel.setObjectName(u"authorityLabel")
        self.authorityLabel.setWordWrap(True)
        self.authorityLabel.setTextFormat(Qt.RichText)

        self.decisionLayout.addWidget(self.authorityLabel, 2, 0, 1, 4)

        self.opinionLabel = QLabel(self.decisionBox)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.decisionLayout.addWidget(self.opinionLabel, 3, 0, 1, 1)

        self.opinionEdit = QPlainTextEdit(self.decisionBox)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setMaximumSize(QSize(16777215, 90))

        self.decisionLayout.addWidget(self.opinionEdit, 3, 1, 1, 3)

        self.messageLabel = QLabel(self.decisionBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.messageLabel, 4, 0, 1, 3)

        self.submitButton = QPushButton(self.decisionBox)
        self.submitButton.setObjectName(u"submitButton")

        self.decisionLayout.addWidget(self.submitButton, 4, 3, 1, 1)


        self.verticalLayout.addWidget(self.decisionBox)

        self.verticalLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountEdit)
        self.termLabel.setBuddy(self.termSpin)
        self.opinionLabel.setBuddy(self.opinionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approveRadio, self.rejectRadio)
        QWidget.setTabOrder(self.rejectRadio, self.investigateRadio)
        QWidget.setTabOrder(self.investigateRadio, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.termSpin)
        QWidget.setTabOrder(self.termSpin, self.opinionEdit)
        QWidget.setTabOrder(self.opinionEdit, self.submitButton)

        self.retranslateUi(ApprovalCasePanel)

        QMetaObject.connectSlotsByName(ApprovalCasePanel)
    # setupUi

    def retranslateUi(self, ApprovalCasePanel):
        ApprovalCasePanel.setWindowTitle(QCoreApplication.translate("ApprovalCasePanel", u"\u5ba1\u6279", None))
        self.headerLabel.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u8bf7\u5728\u5de6\u4fa7\u961f\u5217\u4e2d\u9009\u62e9\u4e00\u7b14\u7533\u8bf7", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.applicationPage), QCoreApplication.translate("ApprovalCasePanel", u"\u7533\u8bf7\u4fe1\u606f", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.reviewPage), QCoreApplication.translate("ApprovalCasePanel", u"\u5ba1\u6838\u7ed3\u679c", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.riskPage), QCoreApplication.translate("ApprovalCasePanel", u"\u98ce\u9669\u8bc4\u4f30", None))
        self.viewDocumentButton.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u67e5\u770b\u6240\u9009\u8d44\u6599\u2026", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.documentsPage), QCoreApplication.translate("ApprovalCasePanel", u"\u5f71\u50cf\u8d44\u6599", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.historyPage), QCoreApplication.translate("ApprovalCasePanel", u"\u5ba1\u6279\u8bb0\u5f55", None))
        self.decisionBox.setTitle(QCoreApplication.translate("ApprovalCasePanel", u"\u5ba1\u6279\u51b3\u5b9a", None))
        self.choiceLabel.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u7ed3\u8bba", None))
        self.approveRadio.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u6279\u51c6(&A)", None))
        self.rejectRadio.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u62d2\u7edd(&R)", None))
        self.investigateRadio.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u9700\u8fdb\u4e00\u6b65\u8c03\u67e5(&I)", None))
        self.amountLabel.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u6279\u51c6\u91d1\u989d\uff08\u5143\uff09", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ApprovalCasePanel", u"\u9ed8\u8ba4\u4e3a\u7533\u8bf7\u91d1\u989d\uff0c\u53ef\u8c03\u4f4e", None))
        self.termLabel.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u6279\u51c6\u671f\u9650\uff08\u6708\uff09", None))
        self.authorityLabel.setText("")
        self.opinionLabel.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u5ba1\u6279\u610f\u89c1\uff08\u5fc5\u586b\uff09", None))
        self.opinionEdit.setPlaceholderText(QCoreApplication.translate("ApprovalCasePanel", u"\u5199\u660e\u51b3\u5b9a\u7684\u7406\u7531\uff1a\u8fd8\u6b3e\u6765\u6e90\u3001\u98ce\u9669\u70b9\u3001\u538b\u964d\u989d\u5ea6\u6216\u671f\u9650\u7684\u539f\u56e0\u3001\u9700\u8c03\u67e5\u7684\u4e8b\u9879\u2026\u2026", None))
        self.messageLabel.setText("")
        self.submitButton.setText(QCoreApplication.translate("ApprovalCasePanel", u"\u63d0\u4ea4\u5ba1\u6279\u610f\u89c1", None))
    # retranslateUi

