# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_queue_panel.ui'
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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ApprovalQueuePanel(object):
    def setupUi(self, ApprovalQueuePanel):
        if not ApprovalQueuePanel.objectName():
            ApprovalQueuePanel.setObjectName(u"ApprovalQueuePanel")
        self.verticalLayout = QVBoxLayout(ApprovalQueuePanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(ApprovalQueuePanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.mineOnlyCheck = QCheckBox(ApprovalQueuePanel)
        self.mineOnlyCheck.setObjectName(u"mineOnlyCheck")

        self.filterRow.addWidget(self.mineOnlyCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(ApprovalQueuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.filterRow)

        self.queueView = QTableView(ApprovalQueuePanel)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.queueView)

        self.countLabel = QLabel(ApprovalQueuePanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.countLabel)

        self.verticalLayout.setStretch(2, 1)

        self.retranslateUi(ApprovalQueuePanel)

        QMetaObject.connectSlotsByName(ApprovalQueuePanel)
    # setupUi

    def retranslateUi(self, ApprovalQueuePanel):
        ApprovalQueuePanel.setWindowTitle(QCoreApplication.translate("ApprovalQueuePanel", u"\u5f85\u5ba1\u6279", None))
        self.titleLabel.setText(QCoreApplication.translate("ApprovalQueuePanel", u"\u5f85\u5ba1\u6279\u961f\u5217", None))
        self.mineOnlyCheck.setText(QCoreApplication.translate("ApprovalQueuePanel", u"\u53ea\u770b\u6211\u53ef\u5ba1\u6279\u7684", None))
        self.refreshButton.setText(QCoreApplication.translate("ApprovalQueuePanel", u"\u5237\u65b0", None))
        self.countLabel.setText("")
    # retranslateUi

