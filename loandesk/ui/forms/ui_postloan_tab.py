# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'postloan_tab.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PostloanTab(object):
    def setupUi(self, PostloanTab):
        if not PostloanTab.objectName():
            PostloanTab.setObjectName(u"PostloanTab")
        self.verticalLayout = QVBoxLayout(PostloanTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(PostloanTab)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(PostloanTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.countLabel = QLabel(PostloanTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(PostloanTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.filterRow)

        self.loansView = QTableView(PostloanTab)
        self.loansView.setObjectName(u"loansView")
        self.loansView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.loansView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.loansView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.loansView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.loansView)

        self.summaryLabel = QLabel(PostloanTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.scheduleRow = QHBoxLayout()
        self.scheduleRow.setObjectName(u"scheduleRow")
        self.scheduleTitle = QLabel(PostloanTab)
        self.scheduleTitle.setObjectName(u"scheduleTitle")
        self.scheduleTitle.setStyleSheet(u"font-weight: bold;")

        self.scheduleRow.addWidget(self.scheduleTitle)

        self.scheduleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduleRow.addItem(self.scheduleSpacer)

        self.sheetButton = QPushButton(PostloanTab)
        self.sheetButton.setObjectName(u"sheetButton")

        self.scheduleRow.addWidget(self.sheetButton)


        self.verticalLayout.addLayout(self.scheduleRow)

        self.scheduleView = QTableView(PostloanTab)
        self.scheduleView.setObjectName(u"scheduleView")
        self.scheduleView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scheduleView.setAlternatingRowColors(True)
        self.scheduleView.setSelectionMode(QAbstractItemView.NoSelection)

        self.verticalLayout.addWidget(self.scheduleView)

        self.messageLabel = QLabel(PostloanTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(3, 2)
        self.verticalLayout.setStretch(6, 3)

        self.retranslateUi(PostloanTab)

        QMetaObject.connectSlotsByName(PostloanTab)
    # setupUi

    def retranslateUi(self, PostloanTab):
        PostloanTab.setWindowTitle(QCoreApplication.translate("PostloanTab", u"\u8d37\u540e\u7ba1\u7406", None))
        self.titleLabel.setText(QCoreApplication.translate("PostloanTab", u"\u8d37\u6b3e\u8d26\u6237", None))
        self.hintLabel.setText(QCoreApplication.translate("PostloanTab", u"\u653e\u6b3e\u540e\u751f\u6210\u7684\u8d37\u6b3e\u8d26\u6237\u53ca\u5176\u8fd8\u6b3e\u8ba1\u5212\uff08\u653e\u6b3e\u65f6\u6309\u653e\u6b3e\u65e5\u786e\u5b9a\uff09\u3002\u672c\u9875\u53ea\u8bfb\uff1a\u8fd8\u6b3e\u767b\u8bb0\u3001\u903e\u671f\u4e0e\u4e94\u7ea7\u5206\u7c7b\u3001\u50ac\u6536\u548c\u8d37\u540e\u68c0\u67e5\u5c06\u5728\u8d37\u540e\u7ba1\u7406\u6a21\u5757\u4e2d\u63d0\u4f9b\u3002", None))
        self.countLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("PostloanTab", u"\u5237\u65b0", None))
        self.summaryLabel.setText("")
        self.scheduleTitle.setText(QCoreApplication.translate("PostloanTab", u"\u8fd8\u6b3e\u8ba1\u5212", None))
        self.sheetButton.setText(QCoreApplication.translate("PostloanTab", u"\u8fd8\u6b3e\u8ba1\u5212\u8868\uff08PDF\uff09\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

