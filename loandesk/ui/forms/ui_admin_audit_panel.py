# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_audit_panel.ui'
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
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdminAuditPanel(object):
    def setupUi(self, AdminAuditPanel):
        if not AdminAuditPanel.objectName():
            AdminAuditPanel.setObjectName(u"AdminAuditPanel")
        self.verticalLayout = QVBoxLayout(AdminAuditPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AdminAuditPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.searchBox = QGroupBox(AdminAuditPanel)
        self.searchBox.setObjectName(u"searchBox")
        self.searchGrid = QGridLayout(self.searchBox)
        self.searchGrid.setObjectName(u"searchGrid")
        self.userLabel = QLabel(self.searchBox)
        self.userLabel.setObjectName(u"userLabel")

        self.searchGrid.addWidget(self.userLabel, 0, 0, 1, 1)

        self.userCombo = QComboBox(self.searchBox)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)
        self.userCombo.setMinimumSize(QSize(140, 0))

        self.searchGrid.addWidget(self.userCombo, 0, 1, 1, 1)

        self.actionLabel = QLabel(self.searchBox)
        self.actionLabel.setObjectName(u"actionLabel")

        self.searchGrid.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.actionCombo = QComboBox(self.searchBox)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setEditable(True)
        self.actionCombo.setMinimumSize(QSize(220, 0))

        self.searchGrid.addWidget(self.actionCombo, 0, 3, 1, 1)

        self.outcomeLabel = QLabel(self.searchBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.searchGrid.addWidget(self.outcomeLabel, 0, 4, 1, 1)

        self.outcomeCombo = QComboBox(self.searchBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.searchGrid.addWidget(self.outcomeCombo, 0, 5, 1, 1)

        self.entityTypeLabel = QLabel(self.searchBox)
        self.entityTypeLabel.setObjectName(u"entityTypeLabel")

        self.searchGrid.addWidget(self.entityTypeLabel, 1, 0, 1, 1)

        self.entityTypeCombo = QComboBox(self.searchBox)
        self.entityTypeCombo.setObjectName(u"entityTypeCombo")
        self.entityTypeCombo.setEditable(True)

        self.searchGrid.addWidget(self.entityTypeCombo, 1, 1, 1, 1)

        self.entityIdLabel = QLabel(self.searchBox)
        self.entityIdLabel.setObjectName(u"entityIdLabel")

        self.searchGrid.addWidget(self.entityIdLabel, 1, 2, 1, 1)

        self.entityIdEdit = QLineEdit(self.searchBox)
        self.entityIdEdit.setObjectName(u"entityIdEdit")
        self.entityIdEdit.setMaxLength(60)

        self.searchGrid.addWidget(self.entityIdEdit, 1, 3, 1, 1)

        self.fromCheck = QCheckBox(self.searchBox)
        self.fromCheck.setObjectName(u"fromCheck")

        self.searchGrid.addWidget(self.fromCheck, 2, 0, 1, 1)

        self.fromDate = QDateEdit(self.searchBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setEnabled(False)

        self.searchGrid.addWidget(self.fromDate, 2, 1, 1, 1)

        self.toCheck = QCheckBox(self.searchBox)
        self.toCheck.setObjectName(u"toCheck")

        self.searchGrid.addWidget(self.toCheck, 2, 2, 1, 1)

        self.toDate = QDateEdit(self.searchBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setEnabled(False)

        self.searchGrid.addWidget(self.toDate, 2, 3, 1, 1)

        self.searchButton = QPushButton(self.searchBox)
        self.searchButton.setObjectName(u"searchButton")

        self.searchGrid.addWidget(self.searchButton, 2, 4, 1, 1)

        self.clearButton = QPushButton(self.searchBox)
        self.clearButton.setObjectName(u"clearButton")

        self.searchGrid.addWidget(self.clearButton, 2, 5, 1, 1)

        self.searchGrid.setColumnStretch(1, 1)
        self.searchGrid.setColumnStretch(3, 2)
        self.searchGrid.setColumnStretch(5, 1)

        self.verticalLayout.addWidget(self.searchBox)

        self.splitter = QSplitter(AdminAuditPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.auditView = QTableView(self.splitter)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.auditView)
        self.detailEdit = QPlainTextEdit(self.splitter)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailEdit)

        self.verticalLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(AdminAuditPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.verifyButton = QPushButton(AdminAuditPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottomRow.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AdminAuditPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)


        self.verticalLayout.addLayout(self.bottomRow)

        self.messageLabel = QLabel(AdminAuditPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.entityTypeLabel.setBuddy(self.entityTypeCombo)
        self.entityIdLabel.setBuddy(self.entityIdEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminAuditPanel)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AdminAuditPanel)
    # setupUi

    def retranslateUi(self, AdminAuditPanel):
        AdminAuditPanel.setWindowTitle(QCoreApplication.translate("AdminAuditPanel", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.searchBox.setTitle(QCoreApplication.translate("AdminAuditPanel", u"\u67e5\u8be2\u6761\u4ef6", None))
        self.userLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u7528\u6237\u540d", None))
        self.actionLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u64cd\u4f5c", None))
        self.outcomeLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u7ed3\u679c", None))
        self.entityTypeLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u5bf9\u8c61\u7c7b\u578b", None))
        self.entityIdLabel.setText(QCoreApplication.translate("AdminAuditPanel", u"\u5bf9\u8c61\u7f16\u53f7", None))
        self.entityIdEdit.setPlaceholderText(QCoreApplication.translate("AdminAuditPanel", u"\u53ef\u53ea\u586b\u5f00\u5934\u51e0\u4f4d", None))
        self.fromCheck.setText(QCoreApplication.translate("AdminAuditPanel", u"\u8d77\u59cb\u65e5\u671f", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AdminAuditPanel", u"yyyy-MM-dd", None))
        self.toCheck.setText(QCoreApplication.translate("AdminAuditPanel", u"\u622a\u6b62\u65e5\u671f", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("AdminAuditPanel", u"yyyy-MM-dd", None))
        self.searchButton.setText(QCoreApplication.translate("AdminAuditPanel", u"\u67e5\u8be2", None))
        self.clearButton.setText(QCoreApplication.translate("AdminAuditPanel", u"\u6e05\u7a7a\u6761\u4ef6", None))
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("AdminAuditPanel", u"\u9009\u4e2d\u4e00\u6761\u8bb0\u5f55\u67e5\u770b\u8be6\u60c5", None))
        self.countLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("AdminAuditPanel", u"\u6821\u9a8c\u54c8\u5e0c\u94fe", None))
        self.exportButton.setText(QCoreApplication.translate("AdminAuditPanel", u"\u5bfc\u51fa\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

