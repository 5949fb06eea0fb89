# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ProductPanel(object):
    def setupUi(self, ProductPanel):
        if not ProductPanel.objectName():
            ProductPanel.setObjectName(u"ProductPanel")
        self.verticalLayout = QVBoxLayout(ProductPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(ProductPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ProductPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newProductButton = QPushButton(ProductPanel)
        self.newProductButton.setObjectName(u"newProductButton")

        self.buttonRow.addWidget(self.newProductButton)

        self.newVersionButton = QPushButton(ProductPanel)
        self.newVersionButton.setObjectName(u"newVersionButton")

        self.buttonRow.addWidget(self.newVersionButton)

        self.statusButton = QPushButton(ProductPanel)
        self.statusButton.setObjectName(u"statusButton")

        self.buttonRow.addWidget(self.statusButton)

        self.retiredCheck = QCheckBox(ProductPanel)
        self.retiredCheck.setObjectName(u"retiredCheck")

        self.buttonRow.addWidget(self.retiredCheck)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(ProductPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.buttonRow)

        self.productsView = QTableView(ProductPanel)
        self.productsView.setObjectName(u"productsView")
        self.productsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.productsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.productsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.productsView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.productsView)

        self.versionsTitle = QLabel(ProductPanel)
        self.versionsTitle.setObjectName(u"versionsTitle")
        self.versionsTitle.setStyleSheet(u"font-weight: bold;")

        self.verticalLayout.addWidget(self.versionsTitle)

        self.versionsRow = QHBoxLayout()
        self.versionsRow.setObjectName(u"versionsRow")
        self.versionsView = QTableView(ProductPanel)
        self.versionsView.setObjectName(u"versionsView")
        self.versionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.versionsRow.addWidget(self.versionsView)

        self.termsBrowser = QTextBrowser(ProductPanel)
        self.termsBrowser.setObjectName(u"termsBrowser")

        self.versionsRow.addWidget(self.termsBrowser)

        self.versionsRow.setStretch(0, 2)
        self.versionsRow.setStretch(1, 3)

        self.verticalLayout.addLayout(self.versionsRow)

        self.messageLabel = QLabel(ProductPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(3, 2)
        self.verticalLayout.setStretch(5, 1)

        self.retranslateUi(ProductPanel)

        QMetaObject.connectSlotsByName(ProductPanel)
    # setupUi

    def retranslateUi(self, ProductPanel):
        ProductPanel.setWindowTitle(QCoreApplication.translate("ProductPanel", u"\u8d37\u6b3e\u4ea7\u54c1", None))
        self.titleLabel.setText(QCoreApplication.translate("ProductPanel", u"\u8d37\u6b3e\u4ea7\u54c1", None))
        self.hintLabel.setText(QCoreApplication.translate("ProductPanel", u"\u4ea7\u54c1\u6761\u6b3e\u6309\u7248\u672c\u4fdd\u5b58\uff0c\u5df2\u751f\u6548\u7684\u7248\u672c\u4e0d\u53ef\u4fee\u6539\uff1a\u4fee\u6539\u6761\u6b3e\u5373\u751f\u6210\u65b0\u7248\u672c\uff0c\u5df2\u53d7\u7406\u7684\u7533\u8bf7\u4ecd\u6309\u5176\u53d7\u7406\u65f6\u7684\u7248\u672c\u6267\u884c\u3002", None))
        self.newProductButton.setText(QCoreApplication.translate("ProductPanel", u"\u65b0\u5efa\u4ea7\u54c1\u2026", None))
        self.newVersionButton.setText(QCoreApplication.translate("ProductPanel", u"\u4fee\u6539\u6761\u6b3e\uff08\u65b0\u7248\u672c\uff09\u2026", None))
        self.statusButton.setText(QCoreApplication.translate("ProductPanel", u"\u505c\u529e", None))
        self.retiredCheck.setText(QCoreApplication.translate("ProductPanel", u"\u663e\u793a\u5df2\u505c\u529e", None))
        self.refreshButton.setText(QCoreApplication.translate("ProductPanel", u"\u5237\u65b0", None))
        self.versionsTitle.setText(QCoreApplication.translate("ProductPanel", u"\u7248\u672c\u5386\u53f2", None))
        self.messageLabel.setText("")
    # retranslateUi

