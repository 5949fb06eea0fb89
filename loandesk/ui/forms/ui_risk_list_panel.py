# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_list_panel.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_RiskListPanel(object):
    def setupUi(self, RiskListPanel):
        if not RiskListPanel.objectName():
            RiskListPanel.setObjectName(u"RiskListPanel")
        self.verticalLayout = QVBoxLayout(RiskListPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(RiskListPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.stateLabel = QLabel(RiskListPanel)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterRow.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(RiskListPanel)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterRow.addWidget(self.stateCombo)

        self.searchEdit = QLineEdit(RiskListPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.refreshButton = QPushButton(RiskListPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.filterRow)

        self.listView = QTableView(RiskListPanel)
        self.listView.setObjectName(u"listView")
        self.listView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.listView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.listView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.listView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.listView)

        self.countLabel = QLabel(RiskListPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.countLabel)

        self.verticalLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stateCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.listView)

        self.retranslateUi(RiskListPanel)

        QMetaObject.connectSlotsByName(RiskListPanel)
    # setupUi

    def retranslateUi(self, RiskListPanel):
        RiskListPanel.setWindowTitle(QCoreApplication.translate("RiskListPanel", u"\u98ce\u9669\u8bc4\u4f30", None))
        self.titleLabel.setText(QCoreApplication.translate("RiskListPanel", u"\u98ce\u9669\u8bc4\u4f30", None))
        self.stateLabel.setText(QCoreApplication.translate("RiskListPanel", u"\u8303\u56f4(&S)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RiskListPanel", u"\u7533\u8bf7\u7f16\u53f7\u6216\u5ba2\u6237\u59d3\u540d", None))
        self.refreshButton.setText(QCoreApplication.translate("RiskListPanel", u"\u5237\u65b0(&R)", None))
        self.countLabel.setText("")
    # retranslateUi

