# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_ocr_confirm_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CustomerOcrConfirmDialog(object):
    def setupUi(self, CustomerOcrConfirmDialog):
        if not CustomerOcrConfirmDialog.objectName():
            CustomerOcrConfirmDialog.setObjectName(u"CustomerOcrConfirmDialog")
        CustomerOcrConfirmDialog.setMinimumSize(QSize(900, 400))
        self.mainLayout = QVBoxLayout(CustomerOcrConfirmDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CustomerOcrConfirmDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(10)
        self.bodyRow.setObjectName(u"bodyRow")
        self.imageLabel = QLabel(CustomerOcrConfirmDialog)
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setMinimumSize(QSize(300, 190))
        self.imageLabel.setMaximumSize(QSize(360, 16777215))
        self.imageLabel.setAlignment(Qt.AlignHCenter|Qt.AlignTop)

        self.bodyRow.addWidget(self.imageLabel)

        self.fieldTable = QTableWidget(CustomerOcrConfirmDialog)
        self.fieldTable.setObjectName(u"fieldTable")
        self.fieldTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fieldTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.fieldTable.setAlternatingRowColors(True)
        self.fieldTable.setWordWrap(True)

        self.bodyRow.addWidget(self.fieldTable)

        self.bodyRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.bodyRow)

        self.warningsLabel = QLabel(CustomerOcrConfirmDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.PlainText)
        self.warningsLabel.setStyleSheet(u"color: #8a5300;")

        self.mainLayout.addWidget(self.warningsLabel)

        self.linesCheck = QCheckBox(CustomerOcrConfirmDialog)
        self.linesCheck.setObjectName(u"linesCheck")

        self.mainLayout.addWidget(self.linesCheck)

        self.linesEdit = QPlainTextEdit(CustomerOcrConfirmDialog)
        self.linesEdit.setObjectName(u"linesEdit")
        self.linesEdit.setReadOnly(True)
        self.linesEdit.setMaximumSize(QSize(16777215, 110))

        self.mainLayout.addWidget(self.linesEdit)

        self.buttonBox = QDialogButtonBox(CustomerOcrConfirmDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.fieldTable, self.linesCheck)
        QWidget.setTabOrder(self.linesCheck, self.linesEdit)

        self.retranslateUi(CustomerOcrConfirmDialog)

        QMetaObject.connectSlotsByName(CustomerOcrConfirmDialog)
    # setupUi

    def retranslateUi(self, CustomerOcrConfirmDialog):
        CustomerOcrConfirmDialog.setWindowTitle(QCoreApplication.translate("CustomerOcrConfirmDialog", u"\u6838\u5bf9\u8eab\u4efd\u8bc1\u8bc6\u522b\u7ed3\u679c", None))
        self.introLabel.setText(QCoreApplication.translate("CustomerOcrConfirmDialog", u"\u4ee5\u4e0b\u5185\u5bb9\u7531\u8eab\u4efd\u8bc1\u5f71\u50cf\u81ea\u52a8\u8bc6\u522b\uff08\u79bb\u7ebf\u8bc6\u522b\uff0c\u5f71\u50cf\u4e0d\u79bb\u5f00\u672c\u673a\uff09\u3002\u8bf7\u9010\u9879\u4e0e\u8bc1\u4ef6\u6838\u5bf9\uff0c\u53ea\u6709\u52fe\u9009\u7684\u9879\u76ee\u4f1a\u586b\u5165\u8868\u5355\uff0c\u586b\u5165\u540e\u4ecd\u53ef\u4fee\u6539\u3002", None))
        self.imageLabel.setText("")
        self.warningsLabel.setText("")
        self.linesCheck.setText(QCoreApplication.translate("CustomerOcrConfirmDialog", u"\u663e\u793a\u8bc6\u522b\u51fa\u7684\u539f\u6587\uff08\u4f9b\u6838\u5bf9\uff09", None))
    # retranslateUi

