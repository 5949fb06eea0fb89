# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_withdraw_consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CustomerWithdrawConsentDialog(object):
    def setupUi(self, CustomerWithdrawConsentDialog):
        if not CustomerWithdrawConsentDialog.objectName():
            CustomerWithdrawConsentDialog.setObjectName(u"CustomerWithdrawConsentDialog")
        CustomerWithdrawConsentDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(CustomerWithdrawConsentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.consentLabel = QLabel(CustomerWithdrawConsentDialog)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setWordWrap(True)
        self.consentLabel.setStyleSheet(u"font-weight: bold;")

        self.verticalLayout.addWidget(self.consentLabel)

        self.consequenceLabel = QLabel(CustomerWithdrawConsentDialog)
        self.consequenceLabel.setObjectName(u"consequenceLabel")
        self.consequenceLabel.setWordWrap(True)
        self.consequenceLabel.setStyleSheet(u"color: #7a0000;")

        self.verticalLayout.addWidget(self.consequenceLabel)

        self.introLabel = QLabel(CustomerWithdrawConsentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(CustomerWithdrawConsentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(CustomerWithdrawConsentDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(CustomerWithdrawConsentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CustomerWithdrawConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerWithdrawConsentDialog)

        QMetaObject.connectSlotsByName(CustomerWithdrawConsentDialog)
    # setupUi

    def retranslateUi(self, CustomerWithdrawConsentDialog):
        CustomerWithdrawConsentDialog.setWindowTitle(QCoreApplication.translate("CustomerWithdrawConsentDialog", u"\u64a4\u56de\u6388\u6743", None))
        self.consentLabel.setText("")
        self.consequenceLabel.setText("")
        self.introLabel.setText(QCoreApplication.translate("CustomerWithdrawConsentDialog", u"\u64a4\u56de\u540e\u8be5\u6388\u6743\u5373\u4e0d\u518d\u6709\u6548\uff1b\u6388\u6743\u8bb0\u5f55\u4fdd\u7559\u5e76\u6807\u4e3a\u201c\u5df2\u64a4\u56de\u201d\uff0c\u672c\u6b21\u64cd\u4f5c\u53ca\u539f\u56e0\u8bb0\u5165\u5ba1\u8ba1\u3002\u8bf7\u5c06\u5ba2\u6237\u7b7e\u5b57\u7684\u64a4\u56de\u7533\u8bf7\u5728\u201c\u5f71\u50cf\u8d44\u6599\u201d\u4e2d\u7559\u5b58\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("CustomerWithdrawConsentDialog", u"\u64a4\u56de\u539f\u56e0 *", None))
#if QT_CONFIG(tooltip)
        self.reasonCombo.setToolTip(QCoreApplication.translate("CustomerWithdrawConsentDialog", u"\u9009\u62e9\u5e38\u89c1\u539f\u56e0\u6216\u76f4\u63a5\u8f93\u5165\uff08\u6700\u591a 200 \u5b57\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

