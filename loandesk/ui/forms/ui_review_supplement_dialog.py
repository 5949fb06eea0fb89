# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_supplement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReviewSupplementDialog(object):
    def setupUi(self, ReviewSupplementDialog):
        if not ReviewSupplementDialog.objectName():
            ReviewSupplementDialog.setObjectName(u"ReviewSupplementDialog")
        ReviewSupplementDialog.resize(760, 460)
        self.verticalLayout = QVBoxLayout(ReviewSupplementDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ReviewSupplementDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.itemsTable = QTableWidget(ReviewSupplementDialog)
        if (self.itemsTable.columnCount() < 3):
            self.itemsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.verticalLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addButton = QPushButton(ReviewSupplementDialog)
        self.addButton.setObjectName(u"addButton")

        self.itemButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ReviewSupplementDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.itemButtons.addWidget(self.removeButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.deadlineLabel = QLabel(ReviewSupplementDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.itemButtons.addWidget(self.deadlineLabel)

        self.deadlineEdit = QDateEdit(ReviewSupplementDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.itemButtons.addWidget(self.deadlineEdit)


        self.verticalLayout.addLayout(self.itemButtons)

        self.commentLabel = QLabel(ReviewSupplementDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.verticalLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(ReviewSupplementDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 60))

        self.verticalLayout.addWidget(self.commentEdit)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(ReviewSupplementDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.bottomRow.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ReviewSupplementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.bottomRow)

        self.verticalLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.commentEdit)

        self.retranslateUi(ReviewSupplementDialog)

        QMetaObject.connectSlotsByName(ReviewSupplementDialog)
    # setupUi

    def retranslateUi(self, ReviewSupplementDialog):
        ReviewSupplementDialog.setWindowTitle(QCoreApplication.translate("ReviewSupplementDialog", u"\u9000\u56de\u8865\u4ef6", None))
        self.introLabel.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u8bf7\u5217\u51fa\u5ba2\u6237\u9700\u8981\u8865\u5145\u6216\u66f4\u6b63\u7684\u6750\u6599\uff08\u5df2\u6309\u89c4\u5219\u68c0\u67e5\u7ed3\u679c\u9884\u586b\uff0c\u53ef\u4fee\u6539\uff09\u3002\u786e\u5b9a\u540e\u7533\u8bf7\u8fdb\u5165\u201c\u8865\u4ef6\u4e2d\u201d\uff0c\u53ef\u6253\u5370\u8865\u4ef6\u901a\u77e5\u4e66\u4ea4\u7ed9\u5ba2\u6237\u3002", None))
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u6750\u6599\u540d\u79f0", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u95ee\u9898", None))
        ___qtablewidgetitem2 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u8865\u5145\u8981\u6c42", None))
        self.addButton.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u589e\u52a0\u4e00\u9879(&A)", None))
        self.removeButton.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u5220\u9664\u6240\u9009(&D)", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u8865\u4ef6\u671f\u9650(&T)", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("ReviewSupplementDialog", u"yyyy-MM-dd", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewSupplementDialog", u"\u8bf4\u660e\uff08\u53ef\u9009\uff0c\u5370\u5728\u901a\u77e5\u4e66\u5907\u6ce8\u4e2d\uff09(&N)", None))
        self.messageLabel.setText("")
    # retranslateUi

