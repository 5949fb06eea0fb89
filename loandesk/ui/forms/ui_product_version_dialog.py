# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_version_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ProductVersionDialog(object):
    def setupUi(self, ProductVersionDialog):
        if not ProductVersionDialog.objectName():
            ProductVersionDialog.setObjectName(u"ProductVersionDialog")
        ProductVersionDialog.setMinimumSize(QSize(720, 0))
        self.verticalLayout = QVBoxLayout(ProductVersionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.codeLabel = QLabel(ProductVersionDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.grid.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(ProductVersionDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.grid.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.nameLabel = QLabel(ProductVersionDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 2, 1, 1)

        self.nameEdit = QLineEdit(ProductVersionDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.grid.addWidget(self.nameEdit, 0, 3, 1, 1)

        self.typeLabel = QLabel(ProductVersionDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.grid.addWidget(self.typeLabel, 1, 0, 1, 1)

        self.typeCombo = QComboBox(ProductVersionDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setEditable(True)

        self.grid.addWidget(self.typeCombo, 1, 1, 1, 1)

        self.effectiveLabel = QLabel(ProductVersionDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.grid.addWidget(self.effectiveLabel, 1, 2, 1, 1)

        self.effectiveDate = QDateEdit(ProductVersionDialog)
        self.effectiveDate.setObjectName(u"effectiveDate")
        self.effectiveDate.setCalendarPopup(True)

        self.grid.addWidget(self.effectiveDate, 1, 3, 1, 1)

        self.minAmountLabel = QLabel(ProductVersionDialog)
        self.minAmountLabel.setObjectName(u"minAmountLabel")

        self.grid.addWidget(self.minAmountLabel, 2, 0, 1, 1)

        self.minAmountEdit = QLineEdit(ProductVersionDialog)
        self.minAmountEdit.setObjectName(u"minAmountEdit")

        self.grid.addWidget(self.minAmountEdit, 2, 1, 1, 1)

        self.maxAmountLabel = QLabel(ProductVersionDialog)
        self.maxAmountLabel.setObjectName(u"maxAmountLabel")

        self.grid.addWidget(self.maxAmountLabel, 2, 2, 1, 1)

        self.maxAmountEdit = QLineEdit(ProductVersionDialog)
        self.maxAmountEdit.setObjectName(u"maxAmountEdit")

        self.grid.addWidget(self.maxAmountEdit, 2, 3, 1, 1)

        self.minTermLabel = QLabel(ProductVersionDialog)
        self.minTermLabel.setObjectName(u"minTermLabel")

        self.grid.addWidget(self.minTermLabel, 3, 0, 1, 1)

        self.minTermSpin = QSpinBox(ProductVersionDialog)
        self.minTermSpin.setObjectName(u"minTermSpin")
        self.minTermSpin.setMinimum(1)
        self.minTermSpin.setMaximum(600)

        self.grid.addWidget(self.minTermSpin, 3, 1, 1, 1)

        self.maxTermLabel = QLabel(ProductVersionDialog)
        self.maxTermLabel.setObjectName(u"maxTermLabel")

        self.grid.addWidget(self.maxTermLabel, 3, 2, 1, 1)

        self.maxTermSpin = QSpinBox(ProductVersionDialog)
        self.maxTermSpin.setObjectName(u"maxTermSpin")
        self.maxTermSpin.setMinimum(1)
        self.maxTermSpin.setMaximum(600)

        self.grid.addWidget(self.maxTermSpin, 3, 3, 1, 1)

        self.methodsLabel = QLabel(ProductVersionDialog)
        self.methodsLabel.setObjectName(u"methodsLabel")

        self.grid.addWidget(self.methodsLabel, 4, 0, 1, 1)

        self.methodsRow = QHBoxLayout()
        self.methodsRow.setObjectName(u"methodsRow")
        self.methodEqualInstallment = QCheckBox(ProductVersionDialog)
        self.methodEqualInstallment.setObjectName(u"methodEqualInstallment")

        self.methodsRow.addWidget(self.methodEqualInstallment)

        self.methodEqualPrincipal = QCheckBox(ProductVersionDialog)
        self.methodEqualPrincipal.setObjectName(u"methodEqualPrincipal")

        self.methodsRow.addWidget(self.methodEqualPrincipal)

        self.methodInterestOnly = QCheckBox(ProductVersionDialog)
        self.methodInterestOnly.setObjectName(u"methodInterestOnly")

        self.methodsRow.addWidget(self.methodInterestOnly)

        self.methodBullet = QCheckBox(ProductVersionDialog)
        self.methodBullet.setObjectName(u"methodBullet")

        self.methodsRow.addWidget(self.methodBullet)


        self.grid.addLayout(self.methodsRow, 4, 1, 1, 3)

        self.guaranteesLabel = QLabel(ProductVersionDialog)
        self.guaranteesLabel.setObjectName(u"guaranteesLabel")

        self.grid.addWidget(self.guaranteesLabel, 5, 0, 1, 1)

        self.guaranteesRow = QHBoxLayout()
        self.guaranteesRow.setObjectName(u"guaranteesRow")
        self.guaranteeCredit = QCheckBox(ProductVersionDialog)
        self.guaranteeCredit.setObjectName(u"guaranteeCredit")

        self.guaranteesRow.addWidget(self.guaranteeCredit)

        self.guaranteeGuarantor = QCheckBox(ProductVersionDialog)
        self.guaranteeGuarantor.setObjectName(u"guaranteeGuarantor")

        self.guaranteesRow.addWidget(self.guaranteeGuarantor)

        self.guaranteeMortgage = QCheckBox(ProductVersionDialog)
        self.guaranteeMortgage.setObjectName(u"guaranteeMortgage")

        self.guaranteesRow.addWidget(self.guaranteeMortgage)

        self.guaranteePledge = QCheckBox(ProductVersionDialog)
        self.guaranteePledge.setObjectName(u"guaranteePledge")

        self.guaranteesRow.addWidget(self.guaranteePledge)

        self.guaranteeGroup = QCheckBox(ProductVersionDialog)
        self.guaranteeGroup.setObjectName(u"guaranteeGroup")

        self.guaranteesRow.addWidget(self.guaranteeGroup)


        self.grid.addLayout(self.guaranteesRow, 5, 1, 1, 3)

        self.rateTypeLabel = QLabel(ProductVersionDialog)
        self.rateTypeLabel.setObjectName(u"rateTypeLabel")

        self.grid.addWidget(self.rateTypeLabel, 6, 0, 1, 1)

        self.rateTypeCombo = QComboBox(ProductVersionDialog)
        self.rateTypeCombo.setObjectName(u"rateTypeCombo")

        self.grid.addWidget(self.rateTypeCombo, 6, 1, 1, 1)

        self.rateLabel = QLabel(ProductVersionDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.grid.addWidget(self.rateLabel, 6, 2, 1, 1)

        self.rateEdit = QLineEdit(ProductVersionDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.grid.addWidget(self.rateEdit, 6, 3, 1, 1)

        self.tenorLabel = QLabel(ProductVersionDialog)
        self.tenorLabel.setObjectName(u"tenorLabel")

        self.grid.addWidget(self.tenorLabel, 7, 0, 1, 1)

        self.tenorCombo = QComboBox(ProductVersionDialog)
        self.tenorCombo.setObjectName(u"tenorCombo")

        self.grid.addWidget(self.tenorCombo, 7, 1, 1, 1)

        self.spreadLabel = QLabel(ProductVersionDialog)
        self.spreadLabel.setObjectName(u"spreadLabel")

        self.grid.addWidget(self.spreadLabel, 7, 2, 1, 1)

        self.spreadSpin = QSpinBox(ProductVersionDialog)
        self.spreadSpin.setObjectName(u"spreadSpin")
        self.spreadSpin.setMinimum(-300)
        self.spreadSpin.setMaximum(2000)

        self.grid.addWidget(self.spreadSpin, 7, 3, 1, 1)

        self.penaltyLabel = QLabel(ProductVersionDialog)
        self.penaltyLabel.setObjectName(u"penaltyLabel")

        self.grid.addWidget(self.penaltyLabel, 8, 0, 1, 1)

        self.penaltySpin = QSpinBox(ProductVersionDialog)
        self.penaltySpin.setObjectName(u"penaltySpin")
        self.penaltySpin.setMinimum(30)
        self.penaltySpin.setMaximum(50)
        self.penaltySpin.setValue(50)

        self.grid.addWidget(self.penaltySpin, 8, 1, 1, 1)

        self.misuseLabel = QLabel(ProductVersionDialog)
        self.misuseLabel.setObjectName(u"misuseLabel")

        self.grid.addWidget(self.misuseLabel, 8, 2, 1, 1)

        self.misuseSpin = QSpinBox(ProductVersionDialog)
        self.misuseSpin.setObjectName(u"misuseSpin")
        self.misuseSpin.setMinimum(50)
        self.misuseSpin.setMaximum(100)
        self.misuseSpin.setValue(100)

        self.grid.addWidget(self.misuseSpin, 8, 3, 1, 1)

        self.dayCountLabel = QLabel(ProductVersionDialog)
        self.dayCountLabel.setObjectName(u"dayCountLabel")

        self.grid.addWidget(self.dayCountLabel, 9, 0, 1, 1)

        self.dayCountCombo = QComboBox(ProductVersionDialog)
        self.dayCountCombo.setObjectName(u"dayCountCombo")

        self.grid.addWidget(self.dayCountCombo, 9, 1, 1, 1)

        self.dtiLabel = QLabel(ProductVersionDialog)
        self.dtiLabel.setObjectName(u"dtiLabel")

        self.grid.addWidget(self.dtiLabel, 9, 2, 1, 1)

        self.dtiSpin = QSpinBox(ProductVersionDialog)
        self.dtiSpin.setObjectName(u"dtiSpin")
        self.dtiSpin.setMinimum(10)
        self.dtiSpin.setMaximum(100)
        self.dtiSpin.setValue(55)

        self.grid.addWidget(self.dtiSpin, 9, 3, 1, 1)

        self.ageLabel = QLabel(ProductVersionDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.grid.addWidget(self.ageLabel, 10, 0, 1, 1)

        self.ageRow = QHBoxLayout()
        self.ageRow.setObjectName(u"ageRow")
        self.minAgeSpin = QSpinBox(ProductVersionDialog)
        self.minAgeSpin.setObjectName(u"minAgeSpin")
        self.minAgeSpin.setMinimum(16)
        self.minAgeSpin.setMaximum(80)
        self.minAgeSpin.setValue(18)

        self.ageRow.addWidget(self.minAgeSpin)

        self.ageDash = QLabel(ProductVersionDialog)
        self.ageDash.setObjectName(u"ageDash")

        self.ageRow.addWidget(self.ageDash)

        self.maxAgeSpin = QSpinBox(ProductVersionDialog)
        self.maxAgeSpin.setObjectName(u"maxAgeSpin")
        self.maxAgeSpin.setMinimum(16)
        self.maxAgeSpin.setMaximum(80)
        self.maxAgeSpin.setValue(65)

        self.ageRow.addWidget(self.maxAgeSpin)


        self.grid.addLayout(self.ageRow, 10, 1, 1, 1)

        self.maturityAgeLabel = QLabel(ProductVersionDialog)
        self.maturityAgeLabel.setObjectName(u"maturityAgeLabel")

        self.grid.addWidget(self.maturityAgeLabel, 10, 2, 1, 1)

        self.maturityAgeSpin = QSpinBox(ProductVersionDialog)
        self.maturityAgeSpin.setObjectName(u"maturityAgeSpin")
        self.maturityAgeSpin.setMinimum(16)
        self.maturityAgeSpin.setMaximum(80)
        self.maturityAgeSpin.setValue(65)

        self.grid.addWidget(self.maturityAgeSpin, 10, 3, 1, 1)

        self.checklistLabel = QLabel(ProductVersionDialog)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.grid.addWidget(self.checklistLabel, 11, 0, 1, 1)

        self.checklistCombo = QComboBox(ProductVersionDialog)
        self.checklistCombo.setObjectName(u"checklistCombo")

        self.grid.addWidget(self.checklistCombo, 11, 1, 1, 1)

        self.ruleSetLabel = QLabel(ProductVersionDialog)
        self.ruleSetLabel.setObjectName(u"ruleSetLabel")

        self.grid.addWidget(self.ruleSetLabel, 11, 2, 1, 1)

        self.packRow = QHBoxLayout()
        self.packRow.setObjectName(u"packRow")
        self.ruleSetEdit = QLineEdit(ProductVersionDialog)
        self.ruleSetEdit.setObjectName(u"ruleSetEdit")
        self.ruleSetEdit.setMaxLength(40)

        self.packRow.addWidget(self.ruleSetEdit)

        self.packEdit = QLineEdit(ProductVersionDialog)
        self.packEdit.setObjectName(u"packEdit")
        self.packEdit.setMaxLength(60)

        self.packRow.addWidget(self.packEdit)


        self.grid.addLayout(self.packRow, 11, 3, 1, 1)

        self.descriptionLabel = QLabel(ProductVersionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.grid.addWidget(self.descriptionLabel, 12, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(ProductVersionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 60))

        self.grid.addWidget(self.descriptionEdit, 12, 1, 1, 3)

        self.noteLabel = QLabel(ProductVersionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 13, 0, 1, 1)

        self.noteEdit = QLineEdit(ProductVersionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.grid.addWidget(self.noteEdit, 13, 1, 1, 3)


        self.verticalLayout.addLayout(self.grid)

        self.messageLabel = QLabel(ProductVersionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ProductVersionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.effectiveLabel.setBuddy(self.effectiveDate)
        self.minAmountLabel.setBuddy(self.minAmountEdit)
        self.maxAmountLabel.setBuddy(self.maxAmountEdit)
        self.minTermLabel.setBuddy(self.minTermSpin)
        self.maxTermLabel.setBuddy(self.maxTermSpin)
        self.rateTypeLabel.setBuddy(self.rateTypeCombo)
        self.rateLabel.setBuddy(self.rateEdit)
        self.tenorLabel.setBuddy(self.tenorCombo)
        self.spreadLabel.setBuddy(self.spreadSpin)
        self.penaltyLabel.setBuddy(self.penaltySpin)
        self.misuseLabel.setBuddy(self.misuseSpin)
        self.dayCountLabel.setBuddy(self.dayCountCombo)
        self.dtiLabel.setBuddy(self.dtiSpin)
        self.ageLabel.setBuddy(self.minAgeSpin)
        self.maturityAgeLabel.setBuddy(self.maturityAgeSpin)
        self.checklistLabel.setBuddy(self.checklistCombo)
        self.ruleSetLabel.setBuddy(self.ruleSetEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductVersionDialog)

        QMetaObject.connectSlotsByName(ProductVersionDialog)
    # setupUi

    def retranslateUi(self, ProductVersionDialog):
        ProductVersionDialog.setWindowTitle(QCoreApplication.translate("ProductVersionDialog", u"\u8d37\u6b3e\u4ea7\u54c1\u6761\u6b3e", None))
        self.codeLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4ea7\u54c1\u4ee3\u7801", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProductVersionDialog", u"\u5982 NH-XY", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4ea7\u54c1\u540d\u79f0", None))
        self.typeLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4ea7\u54c1\u7c7b\u578b", None))
        self.effectiveLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u751f\u6548\u65e5\u671f", None))
        self.effectiveDate.setDisplayFormat(QCoreApplication.translate("ProductVersionDialog", u"yyyy-MM-dd", None))
        self.minAmountLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u6700\u4f4e\u91d1\u989d\uff08\u5143\uff09", None))
        self.maxAmountLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u6700\u9ad8\u91d1\u989d\uff08\u5143\uff09", None))
        self.minTermLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u6700\u77ed\u671f\u9650\uff08\u6708\uff09", None))
        self.maxTermLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u6700\u957f\u671f\u9650\uff08\u6708\uff09", None))
        self.methodsLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u8fd8\u6b3e\u65b9\u5f0f", None))
        self.methodEqualInstallment.setText(QCoreApplication.translate("ProductVersionDialog", u"\u7b49\u989d\u672c\u606f", None))
        self.methodEqualPrincipal.setText(QCoreApplication.translate("ProductVersionDialog", u"\u7b49\u989d\u672c\u91d1", None))
        self.methodInterestOnly.setText(QCoreApplication.translate("ProductVersionDialog", u"\u6309\u6708\u4ed8\u606f\u3001\u5230\u671f\u8fd8\u672c", None))
        self.methodBullet.setText(QCoreApplication.translate("ProductVersionDialog", u"\u5229\u968f\u672c\u6e05", None))
        self.guaranteesLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u62c5\u4fdd\u65b9\u5f0f", None))
        self.guaranteeCredit.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4fe1\u7528", None))
        self.guaranteeGuarantor.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4fdd\u8bc1", None))
        self.guaranteeMortgage.setText(QCoreApplication.translate("ProductVersionDialog", u"\u62b5\u62bc", None))
        self.guaranteePledge.setText(QCoreApplication.translate("ProductVersionDialog", u"\u8d28\u62bc", None))
        self.guaranteeGroup.setText(QCoreApplication.translate("ProductVersionDialog", u"\u519c\u6237\u8054\u4fdd", None))
        self.rateTypeLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u5229\u7387", None))
        self.rateLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u56fa\u5b9a\u5e74\u5229\u7387\uff08%\uff09", None))
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("ProductVersionDialog", u"\u5982 5.8", None))
        self.tenorLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"LPR \u54c1\u79cd", None))
        self.spreadLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u52a0\u70b9\uff08\u57fa\u70b9\uff09", None))
        self.penaltyLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u903e\u671f\u7f5a\u606f\u4e0a\u6d6e\uff08%\uff09", None))
        self.misuseLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u632a\u7528\u7f5a\u606f\u4e0a\u6d6e\uff08%\uff09", None))
        self.dayCountLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u8ba1\u606f\u57fa\u51c6", None))
        self.dtiLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u8d1f\u503a\u6536\u5165\u6bd4\u4e0a\u9650\uff08%\uff09", None))
        self.ageLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u7533\u8bf7\u5e74\u9f84\uff08\u5c81\uff09", None))
        self.ageDash.setText(QCoreApplication.translate("ProductVersionDialog", u"\u81f3", None))
        self.maturityAgeLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u5230\u671f\u5e74\u9f84\u4e0a\u9650\uff08\u5c81\uff09", None))
        self.checklistLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u8d44\u6599\u6e05\u5355", None))
        self.ruleSetLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u5ba1\u6838\u89c4\u5219\u96c6 / \u8bc4\u5206\u5361", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4ea7\u54c1\u8bf4\u660e", None))
        self.noteLabel.setText(QCoreApplication.translate("ProductVersionDialog", u"\u4fee\u6539\u8bf4\u660e\uff08\u5fc5\u586b\uff09", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ProductVersionDialog", u"\u4f8b\u5982\u201c\u52a0\u70b9\u4e0b\u8c03 20BP\uff0c\u6267\u884c\u603b\u884c\u901a\u77e5\u201d", None))
        self.messageLabel.setText("")
    # retranslateUi

