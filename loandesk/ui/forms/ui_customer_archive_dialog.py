# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_archive_dialog.ui'
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

class Ui_CustomerArchiveDialog(object):
    def setupUi(self, CustomerArchiveDialog):
        if not CustomerArchiveDialog.objectName():
            CustomerArchiveDialog.setObjectName(u"CustomerArchiveDialog")
        CustomerArchiveDialog.setMinimumSize(QSize(460, 0))
        self.verticalLayout = QVBoxLayout(CustomerArchiveDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(CustomerArchiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.customerLabel = QLabel(CustomerArchiveDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setStyleSheet(u"font-weight: bold;")

        self.verticalLayout.addWidget(self.customerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(CustomerArchiveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(CustomerArchiveDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(CustomerArchiveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CustomerArchiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerArchiveDialog)

        QMetaObject.connectSlotsByName(CustomerArchiveDialog)
    # setupUi

    def retranslateUi(self, CustomerArchiveDialog):
        CustomerArchiveDialog.setWindowTitle(QCoreApplication.translate("CustomerArchiveDialog", u"\u5f52\u6863\u5ba2\u6237", None))
        self.introLabel.setText(QCoreApplication.translate("CustomerArchiveDialog", u"\u5f52\u6863\u540e\u5ba2\u6237\u8d44\u6599\u4ecd\u5b8c\u6574\u4fdd\u5b58\uff08\u53cd\u6d17\u94b1\u6cd5\u8981\u6c42\u5ba2\u6237\u8eab\u4efd\u8d44\u6599\u5728\u4e1a\u52a1\u5173\u7cfb\u7ed3\u675f\u540e\u81f3\u5c11\u4fdd\u5b58 10 \u5e74\uff09\uff0c\u53ef\u968f\u65f6\u6309\u201c\u5df2\u5f52\u6863\u201d\u72b6\u6001\u67e5\u5230\u5e76\u6062\u590d\uff0c\u4f46\u4e0d\u4f1a\u51fa\u73b0\u5728\u9ed8\u8ba4\u5217\u8868\u4e2d\u3002", None))
        self.customerLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CustomerArchiveDialog", u"\u5f52\u6863\u539f\u56e0 *", None))
#if QT_CONFIG(tooltip)
        self.reasonCombo.setToolTip(QCoreApplication.translate("CustomerArchiveDialog", u"\u9009\u62e9\u5e38\u89c1\u539f\u56e0\u6216\u76f4\u63a5\u8f93\u5165\uff08\u6700\u591a 200 \u5b57\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

