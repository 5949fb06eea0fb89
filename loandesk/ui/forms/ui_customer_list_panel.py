# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_list_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CustomerListPanel(object):
    def setupUi(self, CustomerListPanel):
        if not CustomerListPanel.objectName():
            CustomerListPanel.setObjectName(u"CustomerListPanel")
        self.mainLayout = QVBoxLayout(CustomerListPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QPushButton(CustomerListPanel)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.importButton = QPushButton(CustomerListPanel)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(CustomerListPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.refreshButton = QPushButton(CustomerListPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarLayout.addWidget(self.refreshButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.countLabel = QLabel(CustomerListPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #555;")

        self.toolbarLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.toolbarLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(6)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(CustomerListPanel)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CustomerListPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(CustomerListPanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CustomerListPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.clerkLabel = QLabel(CustomerListPanel)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.filterLayout.addWidget(self.clerkLabel)

        self.clerkCombo = QComboBox(CustomerListPanel)
        self.clerkCombo.setObjectName(u"clerkCombo")
        self.clerkCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.clerkCombo)

        self.createdLabel = QLabel(CustomerListPanel)
        self.createdLabel.setObjectName(u"createdLabel")

        self.filterLayout.addWidget(self.createdLabel)

        self.createdFromEdit = QDateEdit(CustomerListPanel)
        self.createdFromEdit.setObjectName(u"createdFromEdit")
        self.createdFromEdit.setCalendarPopup(True)
        self.createdFromEdit.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.createdFromEdit)

        self.createdToSep = QLabel(CustomerListPanel)
        self.createdToSep.setObjectName(u"createdToSep")

        self.filterLayout.addWidget(self.createdToSep)

        self.createdToEdit = QDateEdit(CustomerListPanel)
        self.createdToEdit.setObjectName(u"createdToEdit")
        self.createdToEdit.setCalendarPopup(True)
        self.createdToEdit.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.createdToEdit)

        self.sortLabel = QLabel(CustomerListPanel)
        self.sortLabel.setObjectName(u"sortLabel")

        self.filterLayout.addWidget(self.sortLabel)

        self.sortCombo = QComboBox(CustomerListPanel)
        self.sortCombo.setObjectName(u"sortCombo")

        self.filterLayout.addWidget(self.sortCombo)

        self.clearFiltersButton = QPushButton(CustomerListPanel)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(CustomerListPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.customerView = QTableView(self.splitter)
        self.customerView.setObjectName(u"customerView")
        self.customerView.setAlternatingRowColors(True)
        self.customerView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.customerView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.customerView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.customerView.setWordWrap(False)
        self.splitter.addWidget(self.customerView)
        self.detailPane = QFrame(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailPane.setFrameShape(QFrame.StyledPanel)
        self.detailPane.setMinimumSize(QSize(300, 0))
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitleLabel = QLabel(self.detailPane)
        self.detailTitleLabel.setObjectName(u"detailTitleLabel")
        self.detailTitleLabel.setWordWrap(True)
        self.detailTitleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.detailLayout.addWidget(self.detailTitleLabel)

        self.detailFlagsLabel = QLabel(self.detailPane)
        self.detailFlagsLabel.setObjectName(u"detailFlagsLabel")
        self.detailFlagsLabel.setWordWrap(True)
        self.detailFlagsLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.detailLayout.addWidget(self.detailFlagsLabel)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.detailForm.setHorizontalSpacing(10)
        self.detailForm.setVerticalSpacing(6)
        self.detailNoCaption = QLabel(self.detailPane)
        self.detailNoCaption.setObjectName(u"detailNoCaption")
        self.detailNoCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.detailNoCaption)

        self.detailNoLabel = QLabel(self.detailPane)
        self.detailNoLabel.setObjectName(u"detailNoLabel")
        self.detailNoLabel.setWordWrap(True)
        self.detailNoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.detailNoLabel)

        self.detailKindCaption = QLabel(self.detailPane)
        self.detailKindCaption.setObjectName(u"detailKindCaption")
        self.detailKindCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.detailKindCaption)

        self.detailKindLabel = QLabel(self.detailPane)
        self.detailKindLabel.setObjectName(u"detailKindLabel")
        self.detailKindLabel.setWordWrap(True)
        self.detailKindLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.detailKindLabel)

        self.detailPersonCaption = QLabel(self.detailPane)
        self.detailPersonCaption.setObjectName(u"detailPersonCaption")
        self.detailPersonCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailPersonCaption)

        self.detailPersonLabel = QLabel(self.detailPane)
        self.detailPersonLabel.setObjectName(u"detailPersonLabel")
        self.detailPersonLabel.setWordWrap(True)
        self.detailPersonLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailPersonLabel)

        self.detailIdCaption = QLabel(self.detailPane)
        self.detailIdCaption.setObjectName(u"detailIdCaption")
        self.detailIdCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detailIdCaption)

        self.detailIdRow = QHBoxLayout()
        self.detailIdRow.setSpacing(4)
        self.detailIdRow.setObjectName(u"detailIdRow")
        self.detailIdLabel = QLabel(self.detailPane)
        self.detailIdLabel.setObjectName(u"detailIdLabel")
        self.detailIdLabel.setWordWrap(True)
        self.detailIdLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailIdRow.addWidget(self.detailIdLabel)

        self.revealIdButton = QPushButton(self.detailPane)
        self.revealIdButton.setObjectName(u"revealIdButton")
        self.revealIdButton.setMaximumSize(QSize(60, 16777215))

        self.detailIdRow.addWidget(self.revealIdButton)


        self.detailForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.detailIdRow)

        self.detailValidityCaption = QLabel(self.detailPane)
        self.detailValidityCaption.setObjectName(u"detailValidityCaption")
        self.detailValidityCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.detailValidityCaption)

        self.detailValidityLabel = QLabel(self.detailPane)
        self.detailValidityLabel.setObjectName(u"detailValidityLabel")
        self.detailValidityLabel.setWordWrap(True)
        self.detailValidityLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.detailValidityLabel)

        self.detailMobileCaption = QLabel(self.detailPane)
        self.detailMobileCaption.setObjectName(u"detailMobileCaption")
        self.detailMobileCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailMobileCaption)

        self.detailMobileRow = QHBoxLayout()
        self.detailMobileRow.setSpacing(4)
        self.detailMobileRow.setObjectName(u"detailMobileRow")
        self.detailMobileLabel = QLabel(self.detailPane)
        self.detailMobileLabel.setObjectName(u"detailMobileLabel")
        self.detailMobileLabel.setWordWrap(True)
        self.detailMobileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailMobileRow.addWidget(self.detailMobileLabel)

        self.revealMobileButton = QPushButton(self.detailPane)
        self.revealMobileButton.setObjectName(u"revealMobileButton")
        self.revealMobileButton.setMaximumSize(QSize(60, 16777215))

        self.detailMobileRow.addWidget(self.revealMobileButton)


        self.detailForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.detailMobileRow)

        self.detailHukouCaption = QLabel(self.detailPane)
        self.detailHukouCaption.setObjectName(u"detailHukouCaption")
        self.detailHukouCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailHukouCaption)

        self.detailHukouLabel = QLabel(self.detailPane)
        self.detailHukouLabel.setObjectName(u"detailHukouLabel")
        self.detailHukouLabel.setWordWrap(True)
        self.detailHukouLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.detailHukouLabel)

        self.detailAddressCaption = QLabel(self.detailPane)
        self.detailAddressCaption.setObjectName(u"detailAddressCaption")
        self.detailAddressCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.detailAddressCaption)

        self.detailAddressLabel = QLabel(self.detailPane)
        self.detailAddressLabel.setObjectName(u"detailAddressLabel")
        self.detailAddressLabel.setWordWrap(True)
        self.detailAddressLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.detailAddressLabel)

        self.detailWorkCaption = QLabel(self.detailPane)
        self.detailWorkCaption.setObjectName(u"detailWorkCaption")
        self.detailWorkCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.detailWorkCaption)

        self.detailWorkLabel = QLabel(self.detailPane)
        self.detailWorkLabel.setObjectName(u"detailWorkLabel")
        self.detailWorkLabel.setWordWrap(True)
        self.detailWorkLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.detailWorkLabel)

        self.detailClerkCaption = QLabel(self.detailPane)
        self.detailClerkCaption.setObjectName(u"detailClerkCaption")
        self.detailClerkCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.detailClerkCaption)

        self.detailClerkLabel = QLabel(self.detailPane)
        self.detailClerkLabel.setObjectName(u"detailClerkLabel")
        self.detailClerkLabel.setWordWrap(True)
        self.detailClerkLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.detailClerkLabel)

        self.detailCreatedCaption = QLabel(self.detailPane)
        self.detailCreatedCaption.setObjectName(u"detailCreatedCaption")
        self.detailCreatedCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.detailCreatedCaption)

        self.detailCreatedLabel = QLabel(self.detailPane)
        self.detailCreatedLabel.setObjectName(u"detailCreatedLabel")
        self.detailCreatedLabel.setWordWrap(True)
        self.detailCreatedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.detailCreatedLabel)

        self.detailConsentCaption = QLabel(self.detailPane)
        self.detailConsentCaption.setObjectName(u"detailConsentCaption")
        self.detailConsentCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.detailConsentCaption)

        self.detailConsentLabel = QLabel(self.detailPane)
        self.detailConsentLabel.setObjectName(u"detailConsentLabel")
        self.detailConsentLabel.setWordWrap(True)
        self.detailConsentLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.detailConsentLabel)

        self.detailBankCaption = QLabel(self.detailPane)
        self.detailBankCaption.setObjectName(u"detailBankCaption")
        self.detailBankCaption.setStyleSheet(u"color: #555;")

        self.detailForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.detailBankCaption)

        self.detailBankRow = QHBoxLayout()
        self.detailBankRow.setSpacing(4)
        self.detailBankRow.setObjectName(u"detailBankRow")
        self.detailBankLabel = QLabel(self.detailPane)
        self.detailBankLabel.setObjectName(u"detailBankLabel")
        self.detailBankLabel.setWordWrap(True)
        self.detailBankLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailBankRow.addWidget(self.detailBankLabel)

        self.revealBankButton = QPushButton(self.detailPane)
        self.revealBankButton.setObjectName(u"revealBankButton")
        self.revealBankButton.setMaximumSize(QSize(60, 16777215))

        self.detailBankRow.addWidget(self.revealBankButton)


        self.detailForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.detailBankRow)


        self.detailLayout.addLayout(self.detailForm)

        self.detailHintLabel = QLabel(self.detailPane)
        self.detailHintLabel.setObjectName(u"detailHintLabel")
        self.detailHintLabel.setWordWrap(True)
        self.detailHintLabel.setStyleSheet(u"color: #777;")

        self.detailLayout.addWidget(self.detailHintLabel)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.detailButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailButtonsSpacer)

        self.openButton = QPushButton(self.detailPane)
        self.openButton.setObjectName(u"openButton")

        self.detailButtons.addWidget(self.openButton)


        self.detailLayout.addLayout(self.detailButtons)

        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(CustomerListPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.clerkLabel.setBuddy(self.clerkCombo)
        self.createdLabel.setBuddy(self.createdFromEdit)
        self.sortLabel.setBuddy(self.sortCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.clerkCombo)
        QWidget.setTabOrder(self.clerkCombo, self.createdFromEdit)
        QWidget.setTabOrder(self.createdFromEdit, self.createdToEdit)
        QWidget.setTabOrder(self.createdToEdit, self.sortCombo)
        QWidget.setTabOrder(self.sortCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.customerView)
        QWidget.setTabOrder(self.customerView, self.revealIdButton)
        QWidget.setTabOrder(self.revealIdButton, self.revealMobileButton)
        QWidget.setTabOrder(self.revealMobileButton, self.revealBankButton)
        QWidget.setTabOrder(self.revealBankButton, self.openButton)

        self.retranslateUi(CustomerListPanel)

        QMetaObject.connectSlotsByName(CustomerListPanel)
    # setupUi

    def retranslateUi(self, CustomerListPanel):
        CustomerListPanel.setWindowTitle(QCoreApplication.translate("CustomerListPanel", u"\u5ba2\u6237\u8d44\u6599", None))
        self.newButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u65b0\u5efa\u5ba2\u6237", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u65b0\u5efa\u5ba2\u6237\u6863\u6848\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u4ece Excel/CSV \u6279\u91cf\u5bfc\u5165\u5ba2\u6237", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u628a\u5f53\u524d\u641c\u7d22\u7ed3\u679c\u5bfc\u51fa\u4e3a Excel/CSV\uff08\u53f7\u7801\u6309\u6743\u9650\u5c4f\u853d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u91cd\u65b0\u67e5\u8be2\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.searchLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u67e5\u627e", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CustomerListPanel", u"\u59d3\u540d\u3001\u62fc\u97f3\u6216\u9996\u5b57\u6bcd\uff08\u5982 zsf\uff09\u3001\u8eab\u4efd\u8bc1\u53f7\u6216\u624b\u673a\u53f7\u4efb\u610f\u51e0\u4f4d\u3001\u5ba2\u6237\u53f7", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u8f93\u5165\u5373\u67e5\uff1a\u59d3\u540d\u3001\u5168\u62fc\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u8eab\u4efd\u8bc1\u53f7/\u624b\u673a\u53f7\u7684\u4efb\u610f\u90e8\u5206\uff08\u5982\u5c3e\u53f7 4 \u4f4d\uff09\u3001\u5ba2\u6237\u53f7\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u3002\n"
"Ctrl+F \u56de\u5230\u8fd9\u91cc\uff1b\u2193 \u6216 Enter \u8fdb\u5165\u7ed3\u679c\u5217\u8868\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u72b6\u6001", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u6b63\u5e38\u3001\u5df2\u5f52\u6863\u6216\u5168\u90e8\u5ba2\u6237\uff08\u5df2\u5f52\u6863\u5ba2\u6237\u8d44\u6599\u4fdd\u7559\uff0c\u53ef\u67e5\u53ef\u6062\u590d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.clerkLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u5ba2\u6237\u7ecf\u7406", None))
#if QT_CONFIG(tooltip)
        self.clerkCombo.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u53ea\u770b\u67d0\u4f4d\u5ba2\u6237\u7ecf\u7406\u8d1f\u8d23\u7684\u5ba2\u6237", None))
#endif // QT_CONFIG(tooltip)
        self.createdLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u5efa\u6863\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.createdFromEdit.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u5efa\u6863\u65e5\u671f\u8d77\uff08\u542b\uff09\uff0c\u201c\u4e0d\u9650\u201d\u8868\u793a\u4e0d\u9650\u5236", None))
#endif // QT_CONFIG(tooltip)
        self.createdFromEdit.setDisplayFormat(QCoreApplication.translate("CustomerListPanel", u"yyyy-MM-dd", None))
        self.createdFromEdit.setSpecialValueText(QCoreApplication.translate("CustomerListPanel", u"\u4e0d\u9650", None))
        self.createdToSep.setText(QCoreApplication.translate("CustomerListPanel", u"\u81f3", None))
#if QT_CONFIG(tooltip)
        self.createdToEdit.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u5efa\u6863\u65e5\u671f\u6b62\uff08\u542b\uff09\uff0c\u201c\u4e0d\u9650\u201d\u8868\u793a\u4e0d\u9650\u5236", None))
#endif // QT_CONFIG(tooltip)
        self.createdToEdit.setDisplayFormat(QCoreApplication.translate("CustomerListPanel", u"yyyy-MM-dd", None))
        self.createdToEdit.setSpecialValueText(QCoreApplication.translate("CustomerListPanel", u"\u4e0d\u9650", None))
        self.sortLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u6392\u5e8f", None))
#if QT_CONFIG(tooltip)
        self.sortCombo.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u4e5f\u53ef\u4ee5\u70b9\u51fb\u5217\u6807\u9898\u6392\u5e8f\uff08\u5ba2\u6237\u53f7\u3001\u59d3\u540d\u3001\u5efa\u6863\u65e5\u671f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u6e05\u9664\u6761\u4ef6", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u6e05\u7a7a\u67e5\u627e\u5185\u5bb9\u548c\u6240\u6709\u7b5b\u9009\u6761\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.detailTitleLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u672a\u9009\u62e9\u5ba2\u6237", None))
        self.detailFlagsLabel.setText("")
        self.detailNoCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u5ba2\u6237\u53f7", None))
        self.detailNoLabel.setText("")
        self.detailKindCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u7c7b\u578b", None))
        self.detailKindLabel.setText("")
        self.detailPersonCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u6027\u522b/\u5e74\u9f84", None))
        self.detailPersonLabel.setText("")
        self.detailIdCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.detailIdLabel.setText("")
        self.revealIdButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a", None))
#if QT_CONFIG(tooltip)
        self.revealIdButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.detailValidityCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u8bc1\u4ef6\u6709\u6548\u671f", None))
        self.detailValidityLabel.setText("")
        self.detailMobileCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u624b\u673a\u53f7", None))
        self.detailMobileLabel.setText("")
        self.revealMobileButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a", None))
#if QT_CONFIG(tooltip)
        self.revealMobileButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.detailHukouCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u6237\u7c4d", None))
        self.detailHukouLabel.setText("")
        self.detailAddressCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u73b0\u5c45\u4f4f\u5730\u5740", None))
        self.detailAddressLabel.setText("")
        self.detailWorkCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u804c\u4e1a", None))
        self.detailWorkLabel.setText("")
        self.detailClerkCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u5ba2\u6237\u7ecf\u7406", None))
        self.detailClerkLabel.setText("")
        self.detailCreatedCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u5efa\u6863", None))
        self.detailCreatedLabel.setText("")
        self.detailConsentCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u6388\u6743", None))
        self.detailConsentLabel.setText("")
        self.detailBankCaption.setText(QCoreApplication.translate("CustomerListPanel", u"\u94f6\u884c\u8d26\u53f7", None))
        self.detailBankLabel.setText("")
        self.revealBankButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a", None))
#if QT_CONFIG(tooltip)
        self.revealBankButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.detailHintLabel.setText(QCoreApplication.translate("CustomerListPanel", u"\u5728\u5de6\u4fa7\u5217\u8868\u4e2d\u9009\u62e9\u5ba2\u6237\uff0c\u6309 Enter \u6216\u53cc\u51fb\u6253\u5f00\u5b8c\u6574\u8d44\u6599\u3002", None))
        self.openButton.setText(QCoreApplication.translate("CustomerListPanel", u"\u6253\u5f00\u8d44\u6599", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("CustomerListPanel", u"\u6253\u5f00\u5ba2\u6237\u8d44\u6599\uff08Enter\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

