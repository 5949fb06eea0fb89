# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_settings_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_AdminSettingsPanel(object):
    def setupUi(self, AdminSettingsPanel):
        if not AdminSettingsPanel.objectName():
            AdminSettingsPanel.setObjectName(u"AdminSettingsPanel")
        self.verticalLayout = QVBoxLayout(AdminSettingsPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AdminSettingsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.branchBox = QGroupBox(AdminSettingsPanel)
        self.branchBox.setObjectName(u"branchBox")
        self.branchForm = QFormLayout(self.branchBox)
        self.branchForm.setObjectName(u"branchForm")
        self.branchCodeLabel = QLabel(self.branchBox)
        self.branchCodeLabel.setObjectName(u"branchCodeLabel")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchCodeLabel)

        self.branchCodeValue = QLabel(self.branchBox)
        self.branchCodeValue.setObjectName(u"branchCodeValue")
        self.branchCodeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchCodeValue)

        self.branchNameLabel = QLabel(self.branchBox)
        self.branchNameLabel.setObjectName(u"branchNameLabel")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branchNameLabel)

        self.branchNameValue = QLabel(self.branchBox)
        self.branchNameValue.setObjectName(u"branchNameValue")
        self.branchNameValue.setWordWrap(True)

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branchNameValue)

        self.addressLabel = QLabel(self.branchBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressValue = QLabel(self.branchBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)

        self.branchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.managerLabel = QLabel(self.branchBox)
        self.managerLabel.setObjectName(u"managerLabel")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerValue = QLabel(self.branchBox)
        self.managerValue.setObjectName(u"managerValue")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.managerValue)

        self.databaseIdLabel = QLabel(self.branchBox)
        self.databaseIdLabel.setObjectName(u"databaseIdLabel")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseIdLabel)

        self.databaseIdValue = QLabel(self.branchBox)
        self.databaseIdValue.setObjectName(u"databaseIdValue")
        self.databaseIdValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.branchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.databaseIdValue)

        self.branchNote = QLabel(self.branchBox)
        self.branchNote.setObjectName(u"branchNote")
        self.branchNote.setWordWrap(True)
        self.branchNote.setStyleSheet(u"color: #555;")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.branchNote)


        self.leftColumn.addWidget(self.branchBox)

        self.securityBox = QGroupBox(AdminSettingsPanel)
        self.securityBox.setObjectName(u"securityBox")
        self.securityForm = QFormLayout(self.securityBox)
        self.securityForm.setObjectName(u"securityForm")
        self.idleLabel = QLabel(self.securityBox)
        self.idleLabel.setObjectName(u"idleLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.securityBox)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(10)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)


        self.leftColumn.addWidget(self.securityBox)

        self.maskBox = QGroupBox(AdminSettingsPanel)
        self.maskBox.setObjectName(u"maskBox")
        self.maskGrid = QGridLayout(self.maskBox)
        self.maskGrid.setObjectName(u"maskGrid")
        self.maskPrefixHead = QLabel(self.maskBox)
        self.maskPrefixHead.setObjectName(u"maskPrefixHead")

        self.maskGrid.addWidget(self.maskPrefixHead, 0, 1, 1, 1)

        self.maskSuffixHead = QLabel(self.maskBox)
        self.maskSuffixHead.setObjectName(u"maskSuffixHead")

        self.maskGrid.addWidget(self.maskSuffixHead, 0, 2, 1, 1)

        self.maskExampleHead = QLabel(self.maskBox)
        self.maskExampleHead.setObjectName(u"maskExampleHead")

        self.maskGrid.addWidget(self.maskExampleHead, 0, 3, 1, 1)

        self.idMaskLabel = QLabel(self.maskBox)
        self.idMaskLabel.setObjectName(u"idMaskLabel")

        self.maskGrid.addWidget(self.idMaskLabel, 1, 0, 1, 1)

        self.idPrefixSpin = QSpinBox(self.maskBox)
        self.idPrefixSpin.setObjectName(u"idPrefixSpin")
        self.idPrefixSpin.setMaximum(6)

        self.maskGrid.addWidget(self.idPrefixSpin, 1, 1, 1, 1)

        self.idSuffixSpin = QSpinBox(self.maskBox)
        self.idSuffixSpin.setObjectName(u"idSuffixSpin")
        self.idSuffixSpin.setMaximum(4)

        self.maskGrid.addWidget(self.idSuffixSpin, 1, 2, 1, 1)

        self.idExample = QLabel(self.maskBox)
        self.idExample.setObjectName(u"idExample")

        self.maskGrid.addWidget(self.idExample, 1, 3, 1, 1)

        self.phoneMaskLabel = QLabel(self.maskBox)
        self.phoneMaskLabel.setObjectName(u"phoneMaskLabel")

        self.maskGrid.addWidget(self.phoneMaskLabel, 2, 0, 1, 1)

        self.phonePrefixSpin = QSpinBox(self.maskBox)
        self.phonePrefixSpin.setObjectName(u"phonePrefixSpin")
        self.phonePrefixSpin.setMaximum(3)

        self.maskGrid.addWidget(self.phonePrefixSpin, 2, 1, 1, 1)

        self.phoneSuffixSpin = QSpinBox(self.maskBox)
        self.phoneSuffixSpin.setObjectName(u"phoneSuffixSpin")
        self.phoneSuffixSpin.setMaximum(4)

        self.maskGrid.addWidget(self.phoneSuffixSpin, 2, 2, 1, 1)

        self.phoneExample = QLabel(self.maskBox)
        self.phoneExample.setObjectName(u"phoneExample")

        self.maskGrid.addWidget(self.phoneExample, 2, 3, 1, 1)

        self.cardMaskLabel = QLabel(self.maskBox)
        self.cardMaskLabel.setObjectName(u"cardMaskLabel")

        self.maskGrid.addWidget(self.cardMaskLabel, 3, 0, 1, 1)

        self.cardPrefixSpin = QSpinBox(self.maskBox)
        self.cardPrefixSpin.setObjectName(u"cardPrefixSpin")
        self.cardPrefixSpin.setMaximum(6)

        self.maskGrid.addWidget(self.cardPrefixSpin, 3, 1, 1, 1)

        self.cardSuffixSpin = QSpinBox(self.maskBox)
        self.cardSuffixSpin.setObjectName(u"cardSuffixSpin")
        self.cardSuffixSpin.setMaximum(4)

        self.maskGrid.addWidget(self.cardSuffixSpin, 3, 2, 1, 1)

        self.cardExample = QLabel(self.maskBox)
        self.cardExample.setObjectName(u"cardExample")

        self.maskGrid.addWidget(self.cardExample, 3, 3, 1, 1)

        self.maskNote = QLabel(self.maskBox)
        self.maskNote.setObjectName(u"maskNote")
        self.maskNote.setWordWrap(True)
        self.maskNote.setStyleSheet(u"color: #555;")

        self.maskGrid.addWidget(self.maskNote, 4, 0, 1, 4)


        self.leftColumn.addWidget(self.maskBox)


        self.columns.addLayout(self.leftColumn)

        self.backupBox = QGroupBox(AdminSettingsPanel)
        self.backupBox.setObjectName(u"backupBox")
        self.backupLayout = QVBoxLayout(self.backupBox)
        self.backupLayout.setObjectName(u"backupLayout")
        self.locationsLabel = QLabel(self.backupBox)
        self.locationsLabel.setObjectName(u"locationsLabel")
        self.locationsLabel.setWordWrap(True)

        self.backupLayout.addWidget(self.locationsLabel)

        self.locationsList = QListWidget(self.backupBox)
        self.locationsList.setObjectName(u"locationsList")
        self.locationsList.setMinimumSize(QSize(0, 90))

        self.backupLayout.addWidget(self.locationsList)

        self.locationButtons = QHBoxLayout()
        self.locationButtons.setObjectName(u"locationButtons")
        self.addLocationButton = QPushButton(self.backupBox)
        self.addLocationButton.setObjectName(u"addLocationButton")

        self.locationButtons.addWidget(self.addLocationButton)

        self.removeLocationButton = QPushButton(self.backupBox)
        self.removeLocationButton.setObjectName(u"removeLocationButton")

        self.locationButtons.addWidget(self.removeLocationButton)

        self.locationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.locationButtons.addItem(self.locationSpacer)


        self.backupLayout.addLayout(self.locationButtons)

        self.scheduleForm = QFormLayout()
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.scheduleLabel = QLabel(self.backupBox)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scheduleLabel)

        self.scheduleCombo = QComboBox(self.backupBox)
        self.scheduleCombo.setObjectName(u"scheduleCombo")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scheduleCombo)

        self.keepDailyLabel = QLabel(self.backupBox)
        self.keepDailyLabel.setObjectName(u"keepDailyLabel")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepDailyLabel)

        self.keepDailySpin = QSpinBox(self.backupBox)
        self.keepDailySpin.setObjectName(u"keepDailySpin")
        self.keepDailySpin.setMinimum(1)
        self.keepDailySpin.setMaximum(400)

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepDailySpin)

        self.keepWeeklyLabel = QLabel(self.backupBox)
        self.keepWeeklyLabel.setObjectName(u"keepWeeklyLabel")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepWeeklyLabel)

        self.keepWeeklySpin = QSpinBox(self.backupBox)
        self.keepWeeklySpin.setObjectName(u"keepWeeklySpin")
        self.keepWeeklySpin.setMinimum(1)
        self.keepWeeklySpin.setMaximum(400)

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keepWeeklySpin)

        self.keepMonthlyLabel = QLabel(self.backupBox)
        self.keepMonthlyLabel.setObjectName(u"keepMonthlyLabel")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keepMonthlyLabel)

        self.keepMonthlySpin = QSpinBox(self.backupBox)
        self.keepMonthlySpin.setObjectName(u"keepMonthlySpin")
        self.keepMonthlySpin.setMinimum(1)
        self.keepMonthlySpin.setMaximum(400)

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keepMonthlySpin)

        self.atExitCheck = QCheckBox(self.backupBox)
        self.atExitCheck.setObjectName(u"atExitCheck")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.atExitCheck)


        self.backupLayout.addLayout(self.scheduleForm)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupLayout.addItem(self.backupSpacer)


        self.columns.addWidget(self.backupBox)


        self.verticalLayout.addLayout(self.columns)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(AdminSettingsPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.revertButton = QPushButton(AdminSettingsPanel)
        self.revertButton.setObjectName(u"revertButton")

        self.saveRow.addWidget(self.revertButton)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)


        self.verticalLayout.addLayout(self.saveRow)

        self.messageLabel = QLabel(AdminSettingsPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.scheduleLabel.setBuddy(self.scheduleCombo)
        self.keepDailyLabel.setBuddy(self.keepDailySpin)
        self.keepWeeklyLabel.setBuddy(self.keepWeeklySpin)
        self.keepMonthlyLabel.setBuddy(self.keepMonthlySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminSettingsPanel)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AdminSettingsPanel)
    # setupUi

    def retranslateUi(self, AdminSettingsPanel):
        AdminSettingsPanel.setWindowTitle(QCoreApplication.translate("AdminSettingsPanel", u"\u7cfb\u7edf\u8bbe\u7f6e", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u7cfb\u7edf\u8bbe\u7f6e", None))
        self.branchBox.setTitle(QCoreApplication.translate("AdminSettingsPanel", u"\u7f51\u70b9\u4fe1\u606f", None))
        self.branchCodeLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u7f51\u70b9\u4ee3\u7801", None))
        self.branchCodeValue.setText("")
        self.branchNameLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u7f51\u70b9\u540d\u79f0", None))
        self.branchNameValue.setText("")
        self.addressLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u5730\u5740", None))
        self.addressValue.setText("")
        self.managerLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u8d1f\u8d23\u4eba", None))
        self.managerValue.setText("")
        self.databaseIdLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u6570\u636e\u5e93\u7f16\u53f7", None))
        self.databaseIdValue.setText("")
        self.branchNote.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u7f51\u70b9\u4ee3\u7801\u548c\u540d\u79f0\u5728\u521d\u59cb\u5316\u65f6\u786e\u5b9a\u5e76\u5199\u5165\u6bcf\u4e2a\u5907\u4efd\uff1b\u5982\u9700\u66f4\u6539\u8bf7\u8054\u7cfb\u603b\u884c\u3002", None))
        self.securityBox.setTitle(QCoreApplication.translate("AdminSettingsPanel", u"\u5b89\u5168", None))
        self.idleLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5c4f", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("AdminSettingsPanel", u" \u5206\u949f", None))
        self.maskBox.setTitle(QCoreApplication.translate("AdminSettingsPanel", u"\u5c4f\u853d\u89c4\u5219\uff08\u5217\u8868\u3001\u6253\u5370\u3001\u5bfc\u51fa\u4e2d\u663e\u793a\u7684\u4f4d\u6570\uff09", None))
        self.maskPrefixHead.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u7559\u524d\u51e0\u4f4d", None))
        self.maskSuffixHead.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u7559\u540e\u51e0\u4f4d", None))
        self.maskExampleHead.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u793a\u4f8b", None))
        self.idMaskLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.idExample.setText("")
        self.phoneMaskLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u624b\u673a\u53f7", None))
        self.phoneExample.setText("")
        self.cardMaskLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u94f6\u884c\u5361\u53f7", None))
        self.cardExample.setText("")
        self.maskNote.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4e0a\u9650\u6309 JR/T 0171-2020 \u4e0e PCI DSS\uff1a\u8eab\u4efd\u8bc1\u53f7\u987b\u9690\u85cf\u51fa\u751f\u65e5\u671f\uff0c\u94f6\u884c\u5361\u53f7\u6700\u591a\u663e\u793a\u524d 6 \u540e 4 \u4f4d\u3002", None))
        self.backupBox.setTitle(QCoreApplication.translate("AdminSettingsPanel", u"\u81ea\u52a8\u5907\u4efd", None))
        self.locationsLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u5907\u4efd\u4f4d\u7f6e\uff08\u5efa\u8bae\u81f3\u5c11\u4e00\u4e2a U \u76d8\u6216\u7f51\u7edc\u5171\u4eab\uff1b\u672a\u8bbe\u7f6e\u65f6\u5907\u4efd\u5230\u6570\u636e\u76ee\u5f55\u4e0b\u7684 backups \u6587\u4ef6\u5939\uff09", None))
        self.addLocationButton.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u6dfb\u52a0\u4f4d\u7f6e\u2026", None))
        self.removeLocationButton.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u5220\u9664\u6240\u9009", None))
        self.scheduleLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u5907\u4efd\u8ba1\u5212", None))
        self.keepDailyLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u7559\u6bcf\u65e5\u5907\u4efd", None))
        self.keepDailySpin.setSuffix(QCoreApplication.translate("AdminSettingsPanel", u" \u4efd", None))
        self.keepWeeklyLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u7559\u6bcf\u5468\u5907\u4efd", None))
        self.keepWeeklySpin.setSuffix(QCoreApplication.translate("AdminSettingsPanel", u" \u4efd", None))
        self.keepMonthlyLabel.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u7559\u6bcf\u6708\u5907\u4efd", None))
        self.keepMonthlySpin.setSuffix(QCoreApplication.translate("AdminSettingsPanel", u" \u4efd", None))
        self.atExitCheck.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u9000\u51fa\u7a0b\u5e8f\u65f6\u81ea\u52a8\u5907\u4efd\uff08\u6570\u636e\u6709\u53d8\u5316\u65f6\uff09", None))
        self.saveButton.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u4fdd\u5b58\u8bbe\u7f6e", None))
        self.revertButton.setText(QCoreApplication.translate("AdminSettingsPanel", u"\u653e\u5f03\u4fee\u6539", None))
        self.messageLabel.setText("")
    # retranslateUi

