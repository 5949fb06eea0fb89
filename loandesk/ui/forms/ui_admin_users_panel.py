# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_users_panel.ui'
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

class Ui_AdminUsersPanel(object):
    def setupUi(self, AdminUsersPanel):
        if not AdminUsersPanel.objectName():
            AdminUsersPanel.setObjectName(u"AdminUsersPanel")
        self.verticalLayout = QVBoxLayout(AdminUsersPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AdminUsersPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(AdminUsersPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(AdminUsersPanel)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(AdminUsersPanel)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.toggleActiveButton = QPushButton(AdminUsersPanel)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonRow.addWidget(self.toggleActiveButton)

        self.unlockButton = QPushButton(AdminUsersPanel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)

        self.resetPasswordButton = QPushButton(AdminUsersPanel)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonRow.addWidget(self.resetPasswordButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(AdminUsersPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.buttonRow)

        self.usersView = QTableView(AdminUsersPanel)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersView.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.usersView)

        self.messageLabel = QLabel(AdminUsersPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalLayout.setStretch(3, 1)

        self.retranslateUi(AdminUsersPanel)

        QMetaObject.connectSlotsByName(AdminUsersPanel)
    # setupUi

    def retranslateUi(self, AdminUsersPanel):
        AdminUsersPanel.setWindowTitle(QCoreApplication.translate("AdminUsersPanel", u"\u7528\u6237\u7ba1\u7406", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminUsersPanel", u"\u7528\u6237\u7ba1\u7406", None))
        self.hintLabel.setText(QCoreApplication.translate("AdminUsersPanel", u"\u65b0\u5efa\u3001\u505c\u7528/\u542f\u7528\u3001\u89e3\u9501\u7528\u6237\uff0c\u91cd\u7f6e\u5bc6\u7801\uff08\u7528\u6237\u4e0b\u6b21\u767b\u5f55\u987b\u4fee\u6539\u5bc6\u7801\uff09\uff0c\u5206\u914d\u89d2\u8272\u4e0e\u5ba1\u6279\u6388\u6743\u989d\u5ea6\u3002\u7cfb\u7edf\u81f3\u5c11\u4fdd\u7559\u4e00\u4e2a\u542f\u7528\u7684\u7cfb\u7edf\u7ba1\u7406\u5458\u3002", None))
        self.newButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u65b0\u5efa\u7528\u6237\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u4fee\u6539\u89d2\u8272/\u989d\u5ea6\u2026", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u505c\u7528", None))
        self.unlockButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u89e3\u9501", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("AdminUsersPanel", u"\u5237\u65b0", None))
        self.messageLabel.setText("")
    # retranslateUi

