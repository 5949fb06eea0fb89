# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AdminUserDialog(object):
    def setupUi(self, AdminUserDialog):
        if not AdminUserDialog.objectName():
            AdminUserDialog.setObjectName(u"AdminUserDialog")
        AdminUserDialog.setMinimumSize(QSize(440, 0))
        self.verticalLayout = QVBoxLayout(AdminUserDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(AdminUserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(AdminUserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(AdminUserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(AdminUserDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleLabel = QLabel(AdminUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AdminUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.limitLabel = QLabel(AdminUserDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitEdit = QLineEdit(AdminUserDialog)
        self.limitEdit.setObjectName(u"limitEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.limitEdit)

        self.passwordLabel = QLabel(AdminUserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AdminUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)
        self.passwordEdit.setMaxLength(128)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.password2Label = QLabel(AdminUserDialog)
        self.password2Label.setObjectName(u"password2Label")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password2Label)

        self.password2Edit = QLineEdit(AdminUserDialog)
        self.password2Edit.setObjectName(u"password2Edit")
        self.password2Edit.setEchoMode(QLineEdit.Password)
        self.password2Edit.setMaxLength(128)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password2Edit)

        self.mustChangeCheck = QCheckBox(AdminUserDialog)
        self.mustChangeCheck.setObjectName(u"mustChangeCheck")
        self.mustChangeCheck.setChecked(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mustChangeCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.limitHintLabel = QLabel(AdminUserDialog)
        self.limitHintLabel.setObjectName(u"limitHintLabel")
        self.limitHintLabel.setWordWrap(True)
        self.limitHintLabel.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.limitHintLabel)

        self.messageLabel = QLabel(AdminUserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AdminUserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.limitLabel.setBuddy(self.limitEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.password2Label.setBuddy(self.password2Edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.limitEdit)
        QWidget.setTabOrder(self.limitEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.password2Edit)
        QWidget.setTabOrder(self.password2Edit, self.mustChangeCheck)

        self.retranslateUi(AdminUserDialog)

        QMetaObject.connectSlotsByName(AdminUserDialog)
    # setupUi

    def retranslateUi(self, AdminUserDialog):
        AdminUserDialog.setWindowTitle(QCoreApplication.translate("AdminUserDialog", u"\u65b0\u5efa\u7528\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("AdminUserDialog", u"\u7528\u6237\u540d", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("AdminUserDialog", u"\u767b\u5f55\u7528\uff0c\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u4e0b\u5212\u7ebf\uff0c\u5982 zhangxm", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AdminUserDialog", u"\u59d3\u540d", None))
        self.roleLabel.setText(QCoreApplication.translate("AdminUserDialog", u"\u89d2\u8272", None))
        self.limitLabel.setText(QCoreApplication.translate("AdminUserDialog", u"\u5ba1\u6279\u6388\u6743\u989d\u5ea6\uff08\u5143\uff09", None))
        self.limitEdit.setPlaceholderText(QCoreApplication.translate("AdminUserDialog", u"0 \u8868\u793a\u65e0\u5ba1\u6279\u6743\uff0c\u5982 300000 \u6216 30\u4e07", None))
        self.passwordLabel.setText(QCoreApplication.translate("AdminUserDialog", u"\u521d\u59cb\u5bc6\u7801", None))
        self.password2Label.setText(QCoreApplication.translate("AdminUserDialog", u"\u786e\u8ba4\u5bc6\u7801", None))
        self.mustChangeCheck.setText(QCoreApplication.translate("AdminUserDialog", u"\u9996\u6b21\u767b\u5f55\u987b\u4fee\u6539\u5bc6\u7801", None))
        self.limitHintLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

