# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_queue_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReviewQueuePanel(object):
    def setupUi(self, ReviewQueuePanel):
        if not ReviewQueuePanel.objectName():
            ReviewQueuePanel.setObjectName(u"ReviewQueuePanel")
        self.verticalLayout = QVBoxLayout(ReviewQueuePanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(ReviewQueuePanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.stateLabel = QLabel(ReviewQueuePanel)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterGrid.addWidget(self.stateLabel, 0, 0, 1, 1)

        self.stateCombo = QComboBox(ReviewQueuePanel)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterGrid.addWidget(self.stateCombo, 0, 1, 1, 1)

        self.productLabel = QLabel(ReviewQueuePanel)
        self.productLabel.setObjectName(u"productLabel")

        self.filterGrid.addWidget(self.productLabel, 0, 2, 1, 1)

        self.productCombo = QComboBox(ReviewQueuePanel)
        self.productCombo.setObjectName(u"productCombo")

        self.filterGrid.addWidget(self.productCombo, 0, 3, 1, 1)

        self.clerkLabel = QLabel(ReviewQueuePanel)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.filterGrid.addWidget(self.clerkLabel, 0, 4, 1, 1)

        self.clerkCombo = QComboBox(ReviewQueuePanel)
        self.clerkCombo.setObjectName(u"clerkCombo")

        self.filterGrid.addWidget(self.clerkCombo, 0, 5, 1, 1)

        self.assignLabel = QLabel(ReviewQueuePanel)
        self.assignLabel.setObjectName(u"assignLabel")

        self.filterGrid.addWidget(self.assignLabel, 1, 0, 1, 1)

        self.assignCombo = QComboBox(ReviewQueuePanel)
        self.assignCombo.setObjectName(u"assignCombo")

        self.filterGrid.addWidget(self.assignCombo, 1, 1, 1, 1)

        self.ageLabel = QLabel(ReviewQueuePanel)
        self.ageLabel.setObjectName(u"ageLabel")

        self.filterGrid.addWidget(self.ageLabel, 1, 2, 1, 1)

        self.ageCombo = QComboBox(ReviewQueuePanel)
        self.ageCombo.setObjectName(u"ageCombo")

        self.filterGrid.addWidget(self.ageCombo, 1, 3, 1, 1)

        self.searchLabel = QLabel(ReviewQueuePanel)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterGrid.addWidget(self.searchLabel, 1, 4, 1, 1)

        self.searchEdit = QLineEdit(ReviewQueuePanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.searchEdit, 1, 5, 1, 1)


        self.verticalLayout.addLayout(self.filterGrid)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.countLabel = QLabel(ReviewQueuePanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #555;")

        self.buttonRow.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(ReviewQueuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.buttonRow)

        self.queueView = QTableView(ReviewQueuePanel)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.queueView)

        self.hintLabel = QLabel(ReviewQueuePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #777;")
        self.hintLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.hintLabel)

        self.verticalLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.productLabel.setBuddy(self.productCombo)
        self.clerkLabel.setBuddy(self.clerkCombo)
        self.assignLabel.setBuddy(self.assignCombo)
        self.ageLabel.setBuddy(self.ageCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stateCombo, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.clerkCombo)
        QWidget.setTabOrder(self.clerkCombo, self.assignCombo)
        QWidget.setTabOrder(self.assignCombo, self.ageCombo)
        QWidget.setTabOrder(self.ageCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.queueView)

        self.retranslateUi(ReviewQueuePanel)

        QMetaObject.connectSlotsByName(ReviewQueuePanel)
    # setupUi

    def retranslateUi(self, ReviewQueuePanel):
        ReviewQueuePanel.setWindowTitle(QCoreApplication.translate("ReviewQueuePanel", u"\u5ba1\u6838\u961f\u5217", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u8d44\u6599\u5ba1\u6838\u961f\u5217", None))
        self.stateLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u72b6\u6001(&S)", None))
#if QT_CONFIG(tooltip)
        self.stateCombo.setToolTip(QCoreApplication.translate("ReviewQueuePanel", u"\u6309\u7533\u8bf7\u72b6\u6001\u7b5b\u9009\uff1b\u9ed8\u8ba4\u53ea\u770b\u5f85\u5ba1\u6838", None))
#endif // QT_CONFIG(tooltip)
        self.productLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u4ea7\u54c1(&P)", None))
        self.clerkLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u5f55\u5165\u4eba(&K)", None))
        self.assignLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u9886\u53d6(&G)", None))
        self.ageLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u7b49\u5f85(&W)", None))
#if QT_CONFIG(tooltip)
        self.ageCombo.setToolTip(QCoreApplication.translate("ReviewQueuePanel", u"\u53ea\u770b\u5728\u5f53\u524d\u72b6\u6001\u505c\u7559\u8d85\u8fc7\u6240\u9009\u65f6\u95f4\u7684\u7533\u8bf7", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u67e5\u627e(&F)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReviewQueuePanel", u"\u7533\u8bf7\u7f16\u53f7\u6216\u5ba2\u6237\u59d3\u540d\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.countLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u5237\u65b0(&R)", None))
        self.hintLabel.setText(QCoreApplication.translate("ReviewQueuePanel", u"\u53cc\u51fb\u6216\u6309\u56de\u8f66\u9886\u53d6\uff1b\u56db\u773c\u539f\u5219\uff1a\u4e0d\u80fd\u5ba1\u6838\u81ea\u5df1\u5f55\u5165\u7684\u7533\u8bf7\u3002", None))
    # retranslateUi

