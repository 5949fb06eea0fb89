# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RiskPanel(object):
    def setupUi(self, RiskPanel):
        if not RiskPanel.objectName():
            RiskPanel.setObjectName(u"RiskPanel")
        self.verticalLayout = QVBoxLayout(RiskPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLabel = QLabel(RiskPanel)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setStyleSheet(u"font-size: 11pt;")

        self.verticalLayout.addWidget(self.headerLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.assessButton = QPushButton(RiskPanel)
        self.assessButton.setObjectName(u"assessButton")

        self.actionRow.addWidget(self.assessButton)

        self.completeButton = QPushButton(RiskPanel)
        self.completeButton.setObjectName(u"completeButton")

        self.actionRow.addWidget(self.completeButton)

        self.exportButton = QPushButton(RiskPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.timingLabel = QLabel(RiskPanel)
        self.timingLabel.setObjectName(u"timingLabel")
        self.timingLabel.setStyleSheet(u"color: #777;")

        self.actionRow.addWidget(self.timingLabel)


        self.verticalLayout.addLayout(self.actionRow)

        self.scroll = QScrollArea(RiskPanel)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.body.setGeometry(QRect(0, 0, 600, 900))
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.gaugeHost = QWidget(self.body)
        self.gaugeHost.setObjectName(u"gaugeHost")
        self.gaugeHost.setMinimumSize(QSize(300, 150))
        self.gaugeLayout = QVBoxLayout(self.gaugeHost)
        self.gaugeLayout.setObjectName(u"gaugeLayout")
        self.gaugeLayout.setContentsMargins(0, 0, 0, 0)

        self.topRow.addWidget(self.gaugeHost)

        self.suggestionLabel = QLabel(self.body)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setWordWrap(True)
        self.suggestionLabel.setTextFormat(Qt.RichText)
        self.suggestionLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.topRow.addWidget(self.suggestionLabel)

        self.topRow.setStretch(0, 3)
        self.topRow.setStretch(1, 2)

        self.bodyLayout.addLayout(self.topRow)

        self.chartBox = QGroupBox(self.body)
        self.chartBox.setObjectName(u"chartBox")
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")

        self.bodyLayout.addWidget(self.chartBox)

        self.reasonsBox = QGroupBox(self.body)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsLayout = QVBoxLayout(self.reasonsBox)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsLabel = QLabel(self.reasonsBox)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(True)
        self.reasonsLabel.setTextFormat(Qt.RichText)

        self.reasonsLayout.addWidget(self.reasonsLabel)


        self.bodyLayout.addWidget(self.reasonsBox)

        self.hardBox = QGroupBox(self.body)
        self.hardBox.setObjectName(u"hardBox")
        self.hardLayout = QVBoxLayout(self.hardBox)
        self.hardLayout.setObjectName(u"hardLayout")
        self.hardTable = QTableWidget(self.hardBox)
        self.hardTable.setObjectName(u"hardTable")
        self.hardTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hardTable.setWordWrap(True)
        self.hardTable.setSelectionMode(QAbstractItemView.NoSelection)

        self.hardLayout.addWidget(self.hardTable)


        self.bodyLayout.addWidget(self.hardBox)

        self.creditRow = QHBoxLayout()
        self.creditRow.setObjectName(u"creditRow")
        self.creditBox = QGroupBox(self.body)
        self.creditBox.setObjectName(u"creditBox")
        self.creditLayout = QVBoxLayout(self.creditBox)
        self.creditLayout.setObjectName(u"creditLayout")
        self.creditLabel = QLabel(self.creditBox)
        self.creditLabel.setObjectName(u"creditLabel")
        self.creditLabel.setTextFormat(Qt.RichText)

        self.creditLayout.addWidget(self.creditLabel)


        self.creditRow.addWidget(self.creditBox)

        self.debtsBox = QGroupBox(self.body)
        self.debtsBox.setObjectName(u"debtsBox")
        self.debtsLayout = QVBoxLayout(self.debtsBox)
        self.debtsLayout.setObjectName(u"debtsLayout")
        self.debtsLabel = QLabel(self.debtsBox)
        self.debtsLabel.setObjectName(u"debtsLabel")
        self.debtsLabel.setTextFormat(Qt.RichText)

        self.debtsLayout.addWidget(self.debtsLabel)


        self.creditRow.addWidget(self.debtsBox)


        self.bodyLayout.addLayout(self.creditRow)

        self.warningsLabel = QLabel(self.body)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setStyleSheet(u"color: #8a5300;")

        self.bodyLayout.addWidget(self.warningsLabel)

        self.scroll.setWidget(self.body)

        self.verticalLayout.addWidget(self.scroll)

        self.messageLabel = QLabel(RiskPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.assessButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.scroll)

        self.retranslateUi(RiskPanel)

        QMetaObject.connectSlotsByName(RiskPanel)
    # setupUi

    def retranslateUi(self, RiskPanel):
        RiskPanel.setWindowTitle(QCoreApplication.translate("RiskPanel", u"\u98ce\u9669\u8bc4\u4f30", None))
        self.headerLabel.setText(QCoreApplication.translate("RiskPanel", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u7b14\u7533\u8bf7", None))
        self.assessButton.setText(QCoreApplication.translate("RiskPanel", u"\u6267\u884c\u8bc4\u4f30(&E)", None))
#if QT_CONFIG(tooltip)
        self.assessButton.setToolTip(QCoreApplication.translate("RiskPanel", u"\u6309\u4ea7\u54c1\u6307\u5b9a\u7684\u8bc4\u5206\u5361\u8bc4\u5206\u5e76\u68c0\u67e5\u98ce\u9669\u786c\u89c4\u5219\uff0c\u7ed3\u679c\u5b58\u6863", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("RiskPanel", u"\u63d0\u4ea4\u5ba1\u6279(&U)", None))
        self.exportButton.setText(QCoreApplication.translate("RiskPanel", u"\u5bfc\u51fa\u98ce\u9669\u62a5\u544a PDF(&P)\u2026", None))
        self.timingLabel.setText("")
        self.suggestionLabel.setText("")
        self.chartBox.setTitle(QCoreApplication.translate("RiskPanel", u"\u5404\u8bc4\u5206\u56e0\u7d20\u5f97\u5206\uff08\u6d45\u8272\u4e3a\u8be5\u9879\u6ee1\u5206\uff09", None))
        self.reasonsBox.setTitle(QCoreApplication.translate("RiskPanel", u"\u4e3b\u8981\u6263\u5206\u539f\u56e0\uff08\u7406\u7531\u7801\uff09", None))
        self.reasonsLabel.setText("")
        self.hardBox.setTitle(QCoreApplication.translate("RiskPanel", u"\u98ce\u9669\u786c\u89c4\u5219", None))
        self.creditBox.setTitle(QCoreApplication.translate("RiskPanel", u"\u5f81\u4fe1\u62a5\u544a\u6458\u8981", None))
        self.creditLabel.setText("")
        self.debtsBox.setTitle(QCoreApplication.translate("RiskPanel", u"\u73b0\u6709\u8d1f\u503a\u4e0e\u6536\u5165", None))
        self.debtsLabel.setText("")
        self.warningsLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

