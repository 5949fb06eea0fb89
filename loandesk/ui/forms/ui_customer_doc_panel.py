# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_doc_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CustomerDocPanel(object):
    def setupUi(self, CustomerDocPanel):
        if not CustomerDocPanel.objectName():
            CustomerDocPanel.setObjectName(u"CustomerDocPanel")
        self.mainLayout = QVBoxLayout(CustomerDocPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(6)
        self.topRow.setObjectName(u"topRow")
        self.checklistLabel = QLabel(CustomerDocPanel)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.topRow.addWidget(self.checklistLabel)

        self.checklistCombo = QComboBox(CustomerDocPanel)
        self.checklistCombo.setObjectName(u"checklistCombo")
        self.checklistCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.topRow.addWidget(self.checklistCombo)

        self.summaryLabel = QLabel(CustomerDocPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.topRow.addWidget(self.summaryLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.showVoidCheck = QCheckBox(CustomerDocPanel)
        self.showVoidCheck.setObjectName(u"showVoidCheck")

        self.topRow.addWidget(self.showVoidCheck)

        self.refreshButton = QPushButton(CustomerDocPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.topRow)

        self.splitter = QSplitter(CustomerDocPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.checklistTable = QTableWidget(self.splitter)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checklistTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.checklistTable.setAlternatingRowColors(True)
        self.checklistTable.setWordWrap(False)
        self.checklistTable.setMinimumSize(QSize(360, 0))
        self.splitter.addWidget(self.checklistTable)
        self.docsPane = QWidget(self.splitter)
        self.docsPane.setObjectName(u"docsPane")
        self.docsLayout = QVBoxLayout(self.docsPane)
        self.docsLayout.setObjectName(u"docsLayout")
        self.docsLayout.setContentsMargins(0, 0, 0, 0)
        self.docButtons = QHBoxLayout()
        self.docButtons.setSpacing(6)
        self.docButtons.setObjectName(u"docButtons")
        self.docsLabel = QLabel(self.docsPane)
        self.docsLabel.setObjectName(u"docsLabel")
        self.docsLabel.setStyleSheet(u"font-weight: bold;")

        self.docButtons.addWidget(self.docsLabel)

        self.docButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.docButtons.addItem(self.docButtonsSpacer)

        self.viewButton = QPushButton(self.docsPane)
        self.viewButton.setObjectName(u"viewButton")

        self.docButtons.addWidget(self.viewButton)

        self.printButton = QPushButton(self.docsPane)
        self.printButton.setObjectName(u"printButton")

        self.docButtons.addWidget(self.printButton)

        self.exportButton = QPushButton(self.docsPane)
        self.exportButton.setObjectName(u"exportButton")

        self.docButtons.addWidget(self.exportButton)

        self.voidButton = QPushButton(self.docsPane)
        self.voidButton.setObjectName(u"voidButton")

        self.docButtons.addWidget(self.voidButton)


        self.docsLayout.addLayout(self.docButtons)

        self.docList = QListWidget(self.docsPane)
        self.docList.setObjectName(u"docList")
        self.docList.setViewMode(QListView.IconMode)
        self.docList.setMovement(QListView.Static)
        self.docList.setResizeMode(QListView.Adjust)
        self.docList.setIconSize(QSize(128, 128))
        self.docList.setSpacing(8)
        self.docList.setWordWrap(True)
        self.docList.setSelectionMode(QAbstractItemView.SingleSelection)

        self.docsLayout.addWidget(self.docList)

        self.splitter.addWidget(self.docsPane)

        self.mainLayout.addWidget(self.splitter)

        self.attachGroup = QGroupBox(CustomerDocPanel)
        self.attachGroup.setObjectName(u"attachGroup")
        self.attachLayout = QVBoxLayout(self.attachGroup)
        self.attachLayout.setObjectName(u"attachLayout")
        self.attachRow = QHBoxLayout()
        self.attachRow.setSpacing(6)
        self.attachRow.setObjectName(u"attachRow")
        self.typeLabel = QLabel(self.attachGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.attachRow.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(self.attachGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.attachRow.addWidget(self.typeCombo)

        self.issuedLabel = QLabel(self.attachGroup)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.attachRow.addWidget(self.issuedLabel)

        self.issuedEdit = QLineEdit(self.attachGroup)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setMaximumSize(QSize(150, 16777215))

        self.attachRow.addWidget(self.issuedEdit)

        self.validLabel = QLabel(self.attachGroup)
        self.validLabel.setObjectName(u"validLabel")

        self.attachRow.addWidget(self.validLabel)

        self.validEdit = QLineEdit(self.attachGroup)
        self.validEdit.setObjectName(u"validEdit")
        self.validEdit.setMaximumSize(QSize(150, 16777215))

        self.attachRow.addWidget(self.validEdit)

        self.addButton = QPushButton(self.attachGroup)
        self.addButton.setObjectName(u"addButton")

        self.attachRow.addWidget(self.addButton)

        self.attachSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachRow.addItem(self.attachSpacer)


        self.attachLayout.addLayout(self.attachRow)

        self.watchRow = QHBoxLayout()
        self.watchRow.setSpacing(6)
        self.watchRow.setObjectName(u"watchRow")
        self.watchCheck = QCheckBox(self.attachGroup)
        self.watchCheck.setObjectName(u"watchCheck")

        self.watchRow.addWidget(self.watchCheck)

        self.watchPathLabel = QLabel(self.attachGroup)
        self.watchPathLabel.setObjectName(u"watchPathLabel")
        self.watchPathLabel.setStyleSheet(u"color: #555;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.watchPathLabel.sizePolicy().hasHeightForWidth())
        self.watchPathLabel.setSizePolicy(sizePolicy)

        self.watchRow.addWidget(self.watchPathLabel)

        self.watchFolderButton = QPushButton(self.attachGroup)
        self.watchFolderButton.setObjectName(u"watchFolderButton")

        self.watchRow.addWidget(self.watchFolderButton)

        self.deleteAfterCheck = QCheckBox(self.attachGroup)
        self.deleteAfterCheck.setObjectName(u"deleteAfterCheck")
        self.deleteAfterCheck.setChecked(True)

        self.watchRow.addWidget(self.deleteAfterCheck)


        self.attachLayout.addLayout(self.watchRow)


        self.mainLayout.addWidget(self.attachGroup)

        self.progressBar = QProgressBar(CustomerDocPanel)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(True)
        self.progressBar.setMaximumSize(QSize(16777215, 14))

        self.mainLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(CustomerDocPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.checklistLabel.setBuddy(self.checklistCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.issuedLabel.setBuddy(self.issuedEdit)
        self.validLabel.setBuddy(self.validEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checklistCombo, self.checklistTable)
        QWidget.setTabOrder(self.checklistTable, self.docList)
        QWidget.setTabOrder(self.docList, self.viewButton)
        QWidget.setTabOrder(self.viewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.voidButton)
        QWidget.setTabOrder(self.voidButton, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.issuedEdit)
        QWidget.setTabOrder(self.issuedEdit, self.validEdit)
        QWidget.setTabOrder(self.validEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.watchCheck)
        QWidget.setTabOrder(self.watchCheck, self.watchFolderButton)
        QWidget.setTabOrder(self.watchFolderButton, self.deleteAfterCheck)
        QWidget.setTabOrder(self.deleteAfterCheck, self.showVoidCheck)
        QWidget.setTabOrder(self.showVoidCheck, self.refreshButton)

        self.retranslateUi(CustomerDocPanel)

        QMetaObject.connectSlotsByName(CustomerDocPanel)
    # setupUi

    def retranslateUi(self, CustomerDocPanel):
        CustomerDocPanel.setWindowTitle(QCoreApplication.translate("CustomerDocPanel", u"\u5f71\u50cf\u8d44\u6599", None))
        self.checklistLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u8d44\u6599\u6e05\u5355", None))
#if QT_CONFIG(tooltip)
        self.checklistCombo.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u6309\u54ea\u79cd\u8d37\u6b3e\u4ea7\u54c1\u7684\u8d44\u6599\u6e05\u5355\u68c0\u67e5\u5df2\u6536/\u7f3a\u5931/\u8fc7\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.showVoidCheck.setText(QCoreApplication.translate("CustomerDocPanel", u"\u663e\u793a\u5df2\u4f5c\u5e9f", None))
#if QT_CONFIG(tooltip)
        self.showVoidCheck.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u4f5c\u5e9f\u7684\u8d44\u6599\u4e0d\u5220\u9664\uff08\u53cd\u6d17\u94b1\u6cd5\u8981\u6c42\u4fdd\u5b58\uff09\uff0c\u4e5f\u4e0d\u8ba1\u5165\u6e05\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.checklistTable.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u70b9\u51fb\u4e00\u884c\u5373\u9009\u4e2d\u8be5\u8d44\u6599\u7c7b\u578b\uff0c\u518d\u6dfb\u52a0\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.docsLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u5df2\u4e0a\u4f20\u8d44\u6599", None))
        self.viewButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u67e5\u770b", None))
#if QT_CONFIG(tooltip)
        self.viewButton.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u6253\u5f00\u67e5\u770b\u5668\uff08\u4e5f\u53ef\u53cc\u51fb\u7f29\u7565\u56fe\u6216\u6309 Enter\uff09\uff0c\u53ef\u7f29\u653e\u3001\u65cb\u8f6c\uff08\u67e5\u770b\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u6253\u5370\u590d\u5370\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u6253\u5370\u52a0\u76d6\u201c\u4ec5\u4f9b\u672c\u884c\u8d37\u6b3e\u4e1a\u52a1\u4f7f\u7528\u201d\u6c34\u5370\u7684\u590d\u5370\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u5bfc\u51fa\u590d\u5370\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u628a\u52a0\u6c34\u5370\u7684\u590d\u5370\u4ef6\u4fdd\u5b58\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.voidButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u4f5c\u5e9f\u2026", None))
#if QT_CONFIG(tooltip)
        self.voidButton.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u4f20\u9519\u7684\u8d44\u6599\u6807\u8bb0\u4e3a\u4f5c\u5e9f\uff08\u4e0d\u4f1a\u5220\u9664\uff0c\u6e05\u5355\u4e0d\u518d\u8ba1\u5165\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.docList.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u53cc\u51fb\u67e5\u770b\uff1b\u53ef\u628a\u6587\u4ef6\u76f4\u63a5\u62d6\u653e\u5230\u8fd9\u91cc\u4e0a\u4f20", None))
#endif // QT_CONFIG(tooltip)
        self.attachGroup.setTitle(QCoreApplication.translate("CustomerDocPanel", u"\u6dfb\u52a0\u8d44\u6599\uff08\u4e5f\u53ef\u628a\u6587\u4ef6\u62d6\u653e\u5230\u672c\u9875\uff09", None))
        self.typeLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u8d44\u6599\u7c7b\u578b", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u6dfb\u52a0\u3001\u62d6\u653e\u6216\u626b\u63cf\u8fdb\u6765\u7684\u6587\u4ef6\u90fd\u8bb0\u4e3a\u6b64\u7c7b\u578b", None))
#endif // QT_CONFIG(tooltip)
        self.issuedLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u51fa\u5177\u65e5\u671f", None))
        self.issuedEdit.setPlaceholderText(QCoreApplication.translate("CustomerDocPanel", u"\u53ef\u4e0d\u586b\uff0c\u5982 2024-05-01", None))
#if QT_CONFIG(tooltip)
        self.issuedEdit.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u5f81\u4fe1\u62a5\u544a\u3001\u6d41\u6c34\u3001\u6536\u5165\u8bc1\u660e\u7684\u51fa\u5177\u65e5\u671f\uff1a\u8fc7\u671f\u6309\u6b64\u65e5\u671f\u8ba1\u7b97\uff1b\u4e0d\u586b\u6309\u4e0a\u4f20\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.validLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u6709\u6548\u671f\u81f3", None))
        self.validEdit.setPlaceholderText(QCoreApplication.translate("CustomerDocPanel", u"\u53ef\u4e0d\u586b\uff0c\u5982 2036-04-01", None))
#if QT_CONFIG(tooltip)
        self.validEdit.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u8bc1\u4ef6\u7c7b\u8d44\u6599\u7684\u6709\u6548\u671f\u622a\u6b62\u65e5\uff08\u8eab\u4efd\u8bc1\u81ea\u52a8\u5e26\u51fa\u5ba2\u6237\u8d44\u6599\u4e2d\u7684\u6709\u6548\u671f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u9009\u62e9 JPG\u3001PNG\u3001TIFF\uff08\u53ef\u591a\u9875\uff09\u6216 PDF \u6587\u4ef6\uff0c\u53ef\u4e00\u6b21\u9009\u591a\u4e2a", None))
#endif // QT_CONFIG(tooltip)
        self.watchCheck.setText(QCoreApplication.translate("CustomerDocPanel", u"\u76d1\u89c6\u626b\u63cf\u6587\u4ef6\u5939", None))
#if QT_CONFIG(tooltip)
        self.watchCheck.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u626b\u63cf\u4eea\u6216\u624b\u673a\u5b58\u5165\u8be5\u6587\u4ef6\u5939\u7684\u65b0\u6587\u4ef6\uff0c\u81ea\u52a8\u6309\u4e0a\u9762\u7684\u7c7b\u578b\u6dfb\u52a0\u7ed9\u5f53\u524d\u5ba2\u6237\uff08\u6253\u5f00\u5ba2\u6237\u4e4b\u524d\u5df2\u6709\u7684\u6587\u4ef6\u4e0d\u4f1a\u6dfb\u52a0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.watchPathLabel.setText(QCoreApplication.translate("CustomerDocPanel", u"\u672a\u9009\u62e9\u6587\u4ef6\u5939", None))
        self.watchFolderButton.setText(QCoreApplication.translate("CustomerDocPanel", u"\u9009\u62e9\u6587\u4ef6\u5939\u2026", None))
        self.deleteAfterCheck.setText(QCoreApplication.translate("CustomerDocPanel", u"\u6dfb\u52a0\u540e\u5220\u9664\u539f\u6587\u4ef6", None))
#if QT_CONFIG(tooltip)
        self.deleteAfterCheck.setToolTip(QCoreApplication.translate("CustomerDocPanel", u"\u8eab\u4efd\u8bc1\u7b49\u626b\u63cf\u4ef6\u5c5e\u4e8e\u654f\u611f\u4e2a\u4eba\u4fe1\u606f\uff1a\u6dfb\u52a0\u8fdb\u52a0\u5bc6\u6570\u636e\u5e93\u540e\uff0c\u5220\u9664\u626b\u63cf\u6587\u4ef6\u5939\u4e2d\u7684\u660e\u6587\u539f\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

