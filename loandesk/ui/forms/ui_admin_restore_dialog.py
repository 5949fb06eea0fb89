# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AdminRestoreDialog(object):
    def setupUi(self, AdminRestoreDialog):
        if not AdminRestoreDialog.objectName():
            AdminRestoreDialog.setObjectName(u"AdminRestoreDialog")
        AdminRestoreDialog.setMinimumSize(QSize(560, 0))
        self.verticalLayout = QVBoxLayout(AdminRestoreDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.fileLabel = QLabel(AdminRestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.fileLabel)

        self.headerLabel = QLabel(AdminRestoreDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.headerLabel)

        self.passphraseRow = QHBoxLayout()
        self.passphraseRow.setObjectName(u"passphraseRow")
        self.passphraseLabel = QLabel(AdminRestoreDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseRow.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(AdminRestoreDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseRow.addWidget(self.passphraseEdit)

        self.checkButton = QPushButton(AdminRestoreDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.passphraseRow.addWidget(self.checkButton)


        self.verticalLayout.addLayout(self.passphraseRow)

        self.infoBox = QGroupBox(AdminRestoreDialog)
        self.infoBox.setObjectName(u"infoBox")
        self.infoLayout = QVBoxLayout(self.infoBox)
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLabel = QLabel(self.infoBox)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextFormat(Qt.RichText)

        self.infoLayout.addWidget(self.infoLabel)


        self.verticalLayout.addWidget(self.infoBox)

        self.allowOtherBranchCheck = QCheckBox(AdminRestoreDialog)
        self.allowOtherBranchCheck.setObjectName(u"allowOtherBranchCheck")

        self.verticalLayout.addWidget(self.allowOtherBranchCheck)

        self.safetyLabel = QLabel(AdminRestoreDialog)
        self.safetyLabel.setObjectName(u"safetyLabel")
        self.safetyLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.safetyLabel)

        self.confirmCheck = QCheckBox(AdminRestoreDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")
        self.confirmCheck.setEnabled(False)

        self.verticalLayout.addWidget(self.confirmCheck)

        self.messageLabel = QLabel(AdminRestoreDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdminRestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminRestoreDialog)

        QMetaObject.connectSlotsByName(AdminRestoreDialog)
    # setupUi

    def retranslateUi(self, AdminRestoreDialog):
        AdminRestoreDialog.setWindowTitle(QCoreApplication.translate("AdminRestoreDialog", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.fileLabel.setText("")
        self.headerLabel.setText("")
        self.passphraseLabel.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u6062\u590d\u53e3\u4ee4", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("AdminRestoreDialog", u"\u5236\u4f5c\u6b64\u5907\u4efd\u65f6\u4f7f\u7528\u7684\u6062\u590d\u53e3\u4ee4", None))
        self.checkButton.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u9a8c\u8bc1\u5907\u4efd", None))
        self.infoBox.setTitle(QCoreApplication.translate("AdminRestoreDialog", u"\u5907\u4efd\u5185\u5bb9\uff08\u5df2\u9a8c\u8bc1\uff09", None))
        self.infoLabel.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u8bf7\u8f93\u5165\u6062\u590d\u53e3\u4ee4\u5e76\u70b9\u51fb\u201c\u9a8c\u8bc1\u5907\u4efd\u201d\u3002", None))
        self.allowOtherBranchCheck.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u5141\u8bb8\u6062\u590d\u5176\u4ed6\u7f51\u70b9\u7684\u5907\u4efd\uff08\u7f51\u70b9\u8fc1\u79fb\u65f6\u4f7f\u7528\uff09", None))
        self.safetyLabel.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u6062\u590d\u65f6\uff0c\u5f53\u524d\u6570\u636e\u5e93\u4f1a\u5b8c\u6574\u4fdd\u7559\u4e3a\u5b89\u5168\u526f\u672c\uff08\u6570\u636e\u76ee\u5f55\u4e0b\u7684 pre-restore-\u2026 \u6587\u4ef6\u5939\uff09\uff0c\u7136\u540e\u5207\u6362\u5230\u5907\u4efd\u4e2d\u7684\u6570\u636e\u5e93\u3002\u6062\u590d\u5b8c\u6210\u540e\u7a0b\u5e8f\u9700\u8981\u91cd\u65b0\u6253\u5f00\u6570\u636e\u5e93\uff0c\u4e3b\u7a97\u53e3\u5c06\u5173\u95ed\u3002", None))
        self.confirmCheck.setText(QCoreApplication.translate("AdminRestoreDialog", u"\u6211\u5df2\u6838\u5bf9\u5907\u4efd\u7684\u7f51\u70b9\u4e0e\u65f6\u95f4\uff0c\u786e\u8ba4\u7528\u6b64\u5907\u4efd\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93", None))
        self.messageLabel.setText("")
    # retranslateUi

