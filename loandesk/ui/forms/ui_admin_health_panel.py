# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_health_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdminHealthPanel(object):
    def setupUi(self, AdminHealthPanel):
        if not AdminHealthPanel.objectName():
            AdminHealthPanel.setObjectName(u"AdminHealthPanel")
        self.verticalLayout = QVBoxLayout(AdminHealthPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AdminHealthPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(AdminHealthPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.storageBox = QGroupBox(AdminHealthPanel)
        self.storageBox.setObjectName(u"storageBox")
        self.storageForm = QFormLayout(self.storageBox)
        self.storageForm.setObjectName(u"storageForm")
        self.dataDirLabel = QLabel(self.storageBox)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.storageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLabel(self.storageBox)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setWordWrap(True)
        self.dataDirValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.storageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataDirValue)

        self.dbSizeLabel = QLabel(self.storageBox)
        self.dbSizeLabel.setObjectName(u"dbSizeLabel")

        self.storageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dbSizeLabel)

        self.dbSizeValue = QLabel(self.storageBox)
        self.dbSizeValue.setObjectName(u"dbSizeValue")

        self.storageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dbSizeValue)

        self.walSizeLabel = QLabel(self.storageBox)
        self.walSizeLabel.setObjectName(u"walSizeLabel")

        self.storageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.walSizeLabel)

        self.walSizeValue = QLabel(self.storageBox)
        self.walSizeValue.setObjectName(u"walSizeValue")

        self.storageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.walSizeValue)

        self.attachSizeLabel = QLabel(self.storageBox)
        self.attachSizeLabel.setObjectName(u"attachSizeLabel")

        self.storageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachSizeLabel)

        self.attachSizeValue = QLabel(self.storageBox)
        self.attachSizeValue.setObjectName(u"attachSizeValue")

        self.storageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attachSizeValue)

        self.freeDiskLabel = QLabel(self.storageBox)
        self.freeDiskLabel.setObjectName(u"freeDiskLabel")

        self.storageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.freeDiskLabel)

        self.freeDiskValue = QLabel(self.storageBox)
        self.freeDiskValue.setObjectName(u"freeDiskValue")

        self.storageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.freeDiskValue)

        self.keyringLabel = QLabel(self.storageBox)
        self.keyringLabel.setObjectName(u"keyringLabel")

        self.storageForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.keyringLabel)

        self.keyringValue = QLabel(self.storageBox)
        self.keyringValue.setObjectName(u"keyringValue")
        self.keyringValue.setWordWrap(True)

        self.storageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keyringValue)

        self.lastBackupLabel = QLabel(self.storageBox)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")

        self.storageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lastBackupLabel)

        self.lastBackupValue = QLabel(self.storageBox)
        self.lastBackupValue.setObjectName(u"lastBackupValue")
        self.lastBackupValue.setWordWrap(True)

        self.storageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lastBackupValue)

        self.integrityLabel = QLabel(self.storageBox)
        self.integrityLabel.setObjectName(u"integrityLabel")

        self.storageForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.integrityLabel)

        self.integrityValue = QLabel(self.storageBox)
        self.integrityValue.setObjectName(u"integrityValue")
        self.integrityValue.setWordWrap(True)

        self.storageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.integrityValue)


        self.columns.addWidget(self.storageBox)

        self.versionBox = QGroupBox(AdminHealthPanel)
        self.versionBox.setObjectName(u"versionBox")
        self.versionForm = QFormLayout(self.versionBox)
        self.versionForm.setObjectName(u"versionForm")
        self.appVersionLabel = QLabel(self.versionBox)
        self.appVersionLabel.setObjectName(u"appVersionLabel")

        self.versionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appVersionLabel)

        self.appVersionValue = QLabel(self.versionBox)
        self.appVersionValue.setObjectName(u"appVersionValue")

        self.versionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appVersionValue)

        self.cipherLabel = QLabel(self.versionBox)
        self.cipherLabel.setObjectName(u"cipherLabel")

        self.versionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cipherLabel)

        self.cipherValue = QLabel(self.versionBox)
        self.cipherValue.setObjectName(u"cipherValue")

        self.versionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cipherValue)

        self.schemaLabel = QLabel(self.versionBox)
        self.schemaLabel.setObjectName(u"schemaLabel")

        self.versionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemaLabel)

        self.schemaValue = QLabel(self.versionBox)
        self.schemaValue.setObjectName(u"schemaValue")
        self.schemaValue.setWordWrap(True)

        self.versionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.migrationsLabel = QLabel(self.versionBox)
        self.migrationsLabel.setObjectName(u"migrationsLabel")

        self.versionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.migrationsLabel)

        self.migrationsEdit = QPlainTextEdit(self.versionBox)
        self.migrationsEdit.setObjectName(u"migrationsEdit")
        self.migrationsEdit.setReadOnly(True)
        self.migrationsEdit.setMaximumSize(QSize(16777215, 120))

        self.versionForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.migrationsEdit)


        self.columns.addWidget(self.versionBox)


        self.verticalLayout.addLayout(self.columns)

        self.logBox = QGroupBox(AdminHealthPanel)
        self.logBox.setObjectName(u"logBox")
        self.logLayout = QVBoxLayout(self.logBox)
        self.logLayout.setObjectName(u"logLayout")
        self.logDirValue = QLabel(self.logBox)
        self.logDirValue.setObjectName(u"logDirValue")
        self.logDirValue.setWordWrap(True)
        self.logDirValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.logLayout.addWidget(self.logDirValue)

        self.logFilesValue = QLabel(self.logBox)
        self.logFilesValue.setObjectName(u"logFilesValue")
        self.logFilesValue.setWordWrap(True)

        self.logLayout.addWidget(self.logFilesValue)


        self.verticalLayout.addWidget(self.logBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.refreshButton = QPushButton(AdminHealthPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.integrityButton = QPushButton(AdminHealthPanel)
        self.integrityButton.setObjectName(u"integrityButton")

        self.buttonRow.addWidget(self.integrityButton)

        self.openLogsButton = QPushButton(AdminHealthPanel)
        self.openLogsButton.setObjectName(u"openLogsButton")

        self.buttonRow.addWidget(self.openLogsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.verticalLayout.addLayout(self.buttonRow)

        self.messageLabel = QLabel(AdminHealthPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)


        self.retranslateUi(AdminHealthPanel)

        QMetaObject.connectSlotsByName(AdminHealthPanel)
    # setupUi

    def retranslateUi(self, AdminHealthPanel):
        AdminHealthPanel.setWindowTitle(QCoreApplication.translate("AdminHealthPanel", u"\u8fd0\u884c\u72b6\u51b5", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u8fd0\u884c\u72b6\u51b5", None))
        self.summaryLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6b63\u5728\u8bfb\u53d6\u2026", None))
        self.storageBox.setTitle(QCoreApplication.translate("AdminHealthPanel", u"\u6570\u636e\u5e93\u4e0e\u78c1\u76d8", None))
        self.dataDirLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6570\u636e\u76ee\u5f55", None))
        self.dataDirValue.setText("")
        self.dbSizeLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6838\u5fc3\u6570\u636e\u5e93", None))
        self.dbSizeValue.setText("")
        self.walSizeLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u9884\u5199\u65e5\u5fd7\uff08WAL\uff09", None))
        self.walSizeValue.setText("")
        self.attachSizeLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u9644\u4ef6\u5e93", None))
        self.attachSizeValue.setText("")
        self.freeDiskLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u78c1\u76d8\u53ef\u7528\u7a7a\u95f4", None))
        self.freeDiskValue.setText("")
        self.keyringLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u5bc6\u94a5\u4fdd\u5b58", None))
        self.keyringValue.setText("")
        self.lastBackupLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6700\u8fd1\u4e00\u6b21\u6210\u529f\u5907\u4efd", None))
        self.lastBackupValue.setText("")
        self.integrityLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u5b8c\u6574\u6027\u68c0\u67e5", None))
        self.integrityValue.setText(QCoreApplication.translate("AdminHealthPanel", u"\u5c1a\u672a\u68c0\u67e5", None))
        self.versionBox.setTitle(QCoreApplication.translate("AdminHealthPanel", u"\u7248\u672c", None))
        self.appVersionLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"LoanDesk", None))
        self.appVersionValue.setText("")
        self.cipherLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"SQLCipher / SQLite", None))
        self.cipherValue.setText("")
        self.schemaLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6570\u636e\u5e93\u7248\u672c", None))
        self.schemaValue.setText("")
        self.migrationsLabel.setText(QCoreApplication.translate("AdminHealthPanel", u"\u5df2\u6267\u884c\u7684\u6570\u636e\u5e93\u5347\u7ea7", None))
        self.logBox.setTitle(QCoreApplication.translate("AdminHealthPanel", u"\u65e5\u5fd7\u6587\u4ef6\uff08\u4e0d\u542b\u4e2a\u4eba\u4fe1\u606f\uff09", None))
        self.logDirValue.setText("")
        self.logFilesValue.setText("")
        self.refreshButton.setText(QCoreApplication.translate("AdminHealthPanel", u"\u5237\u65b0", None))
        self.integrityButton.setText(QCoreApplication.translate("AdminHealthPanel", u"\u8fd0\u884c\u5b8c\u6574\u6027\u68c0\u67e5", None))
        self.openLogsButton.setText(QCoreApplication.translate("AdminHealthPanel", u"\u6253\u5f00\u65e5\u5fd7\u6587\u4ef6\u5939", None))
        self.messageLabel.setText("")
    # retranslateUi

