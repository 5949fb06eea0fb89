# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_backup_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AdminBackupPanel(object):
    def setupUi(self, AdminBackupPanel):
        if not AdminBackupPanel.objectName():
            AdminBackupPanel.setObjectName(u"AdminBackupPanel")
        self.verticalLayout = QVBoxLayout(AdminBackupPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AdminBackupPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.backupBox = QGroupBox(AdminBackupPanel)
        self.backupBox.setObjectName(u"backupBox")
        self.backupLayout = QVBoxLayout(self.backupBox)
        self.backupLayout.setObjectName(u"backupLayout")
        self.destRow = QHBoxLayout()
        self.destRow.setObjectName(u"destRow")
        self.destLabel = QLabel(self.backupBox)
        self.destLabel.setObjectName(u"destLabel")

        self.destRow.addWidget(self.destLabel)

        self.destEdit = QLineEdit(self.backupBox)
        self.destEdit.setObjectName(u"destEdit")

        self.destRow.addWidget(self.destEdit)

        self.chooseDestButton = QPushButton(self.backupBox)
        self.chooseDestButton.setObjectName(u"chooseDestButton")

        self.destRow.addWidget(self.chooseDestButton)

        self.backupButton = QPushButton(self.backupBox)
        self.backupButton.setObjectName(u"backupButton")

        self.destRow.addWidget(self.backupButton)


        self.backupLayout.addLayout(self.destRow)

        self.backupHintLabel = QLabel(self.backupBox)
        self.backupHintLabel.setObjectName(u"backupHintLabel")
        self.backupHintLabel.setWordWrap(True)
        self.backupHintLabel.setStyleSheet(u"color: #555;")

        self.backupLayout.addWidget(self.backupHintLabel)


        self.verticalLayout.addWidget(self.backupBox)

        self.historyBox = QGroupBox(AdminBackupPanel)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyBox)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.historyView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setMinimumSize(QSize(0, 160))

        self.historyLayout.addWidget(self.historyView)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.verifySelectedButton = QPushButton(self.historyBox)
        self.verifySelectedButton.setObjectName(u"verifySelectedButton")

        self.historyButtons.addWidget(self.verifySelectedButton)

        self.verifyFileButton = QPushButton(self.historyBox)
        self.verifyFileButton.setObjectName(u"verifyFileButton")

        self.historyButtons.addWidget(self.verifyFileButton)

        self.restoreButton = QPushButton(self.historyBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.historyButtons.addWidget(self.restoreButton)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.refreshButton = QPushButton(self.historyBox)
        self.refreshButton.setObjectName(u"refreshButton")

        self.historyButtons.addWidget(self.refreshButton)


        self.historyLayout.addLayout(self.historyButtons)


        self.verticalLayout.addWidget(self.historyBox)

        self.keyBox = QGroupBox(AdminBackupPanel)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.changePassphraseButton = QPushButton(self.keyBox)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.keyButtons.addWidget(self.changePassphraseButton)

        self.rekeyButton = QPushButton(self.keyBox)
        self.rekeyButton.setObjectName(u"rekeyButton")

        self.keyButtons.addWidget(self.rekeyButton)

        self.hqExportButton = QPushButton(self.keyBox)
        self.hqExportButton.setObjectName(u"hqExportButton")

        self.keyButtons.addWidget(self.hqExportButton)

        self.recoverySheetButton = QPushButton(self.keyBox)
        self.recoverySheetButton.setObjectName(u"recoverySheetButton")

        self.keyButtons.addWidget(self.recoverySheetButton)

        self.keySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyLayout.addLayout(self.keyButtons)

        self.keyHintLabel = QLabel(self.keyBox)
        self.keyHintLabel.setObjectName(u"keyHintLabel")
        self.keyHintLabel.setWordWrap(True)
        self.keyHintLabel.setStyleSheet(u"color: #555;")

        self.keyLayout.addWidget(self.keyHintLabel)


        self.verticalLayout.addWidget(self.keyBox)

        self.messageLabel = QLabel(AdminBackupPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.destLabel.setBuddy(self.destEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminBackupPanel)

        self.backupButton.setDefault(True)


        QMetaObject.connectSlotsByName(AdminBackupPanel)
    # setupUi

    def retranslateUi(self, AdminBackupPanel):
        AdminBackupPanel.setWindowTitle(QCoreApplication.translate("AdminBackupPanel", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminBackupPanel", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.backupBox.setTitle(QCoreApplication.translate("AdminBackupPanel", u"\u7acb\u5373\u5907\u4efd", None))
        self.destLabel.setText(QCoreApplication.translate("AdminBackupPanel", u"\u5907\u4efd\u5230", None))
        self.destEdit.setPlaceholderText(QCoreApplication.translate("AdminBackupPanel", u"\u9009\u62e9 U \u76d8\u6216\u5176\u4ed6\u78c1\u76d8\u4e0a\u7684\u6587\u4ef6\u5939", None))
        self.chooseDestButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u9009\u62e9\u6587\u4ef6\u5939\u2026", None))
        self.backupButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u7acb\u5373\u5907\u4efd", None))
        self.backupHintLabel.setText(QCoreApplication.translate("AdminBackupPanel", u"\u5907\u4efd\u6587\u4ef6\uff08.ldbackup\uff09\u5305\u542b\u52a0\u5bc6\u7684\u6570\u636e\u5e93\u3001\u9644\u4ef6\u4e0e\u6062\u590d\u5bc6\u94a5\u69fd\uff0c\u5199\u5165\u540e\u7acb\u5373\u6821\u9a8c\u3002\u5728\u65b0\u7535\u8111\u4e0a\u53ea\u9700\u5907\u4efd\u6587\u4ef6\u548c\u6062\u590d\u53e3\u4ee4\u5373\u53ef\u6062\u590d\u3002", None))
        self.historyBox.setTitle(QCoreApplication.translate("AdminBackupPanel", u"\u5907\u4efd\u5386\u53f2", None))
        self.verifySelectedButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u6821\u9a8c\u6240\u9009\u5907\u4efd", None))
        self.verifyFileButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u6821\u9a8c\u5907\u4efd\u6587\u4ef6\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u4ece\u5907\u4efd\u6062\u590d\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u5237\u65b0", None))
        self.keyBox.setTitle(QCoreApplication.translate("AdminBackupPanel", u"\u5bc6\u94a5\u7ba1\u7406", None))
        self.changePassphraseButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u4fee\u6539\u6062\u590d\u53e3\u4ee4\u2026", None))
        self.rekeyButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u66f4\u6362\u6570\u636e\u5e93\u5bc6\u94a5\u2026", None))
        self.hqExportButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u5bfc\u51fa\u7ed9\u603b\u884c\u2026", None))
        self.recoverySheetButton.setText(QCoreApplication.translate("AdminBackupPanel", u"\u6253\u5370\u6062\u590d\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.recoverySheetButton.setToolTip(QCoreApplication.translate("AdminBackupPanel", u"\u751f\u6210\u542b\u5f53\u524d\u6062\u590d\u5bc6\u94a5\u7684\u6062\u590d\u5355\uff08PDF\uff09\uff0c\u6253\u5370\u540e\u653e\u5165\u4fdd\u9669\u67dc\u3002\u66f4\u6362\u5bc6\u94a5\u540e\u539f\u6062\u590d\u5355\u4e0d\u518d\u80fd\u6253\u5f00\u6570\u636e\u5e93\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.keyHintLabel.setText(QCoreApplication.translate("AdminBackupPanel", u"\u4fee\u6539\u53e3\u4ee4\u6216\u66f4\u6362\u5bc6\u94a5\u540e\uff0c\u8bf7\u7acb\u5373\u505a\u4e00\u6b21\u5907\u4efd\uff1b\u4e4b\u524d\u7684\u5907\u4efd\u4ecd\u9700\u7528\u5236\u4f5c\u65f6\u7684\u6062\u590d\u53e3\u4ee4\u6253\u5f00\u3002\u66f4\u6362\u5bc6\u94a5\u540e\u8fd8\u987b\u6253\u5370\u65b0\u7684\u6062\u590d\u5355\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

