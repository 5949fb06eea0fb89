# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_CustomerImportDialog(object):
    def setupUi(self, CustomerImportDialog):
        if not CustomerImportDialog.objectName():
            CustomerImportDialog.setObjectName(u"CustomerImportDialog")
        CustomerImportDialog.setMinimumSize(QSize(860, 560))
        self.mainLayout = QVBoxLayout(CustomerImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepsLabel = QLabel(CustomerImportDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stepsLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setSpacing(6)
        self.templateRow.setObjectName(u"templateRow")
        self.templateLabel = QLabel(CustomerImportDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateRow.addWidget(self.templateLabel)

        self.templateXlsxButton = QPushButton(CustomerImportDialog)
        self.templateXlsxButton.setObjectName(u"templateXlsxButton")

        self.templateRow.addWidget(self.templateXlsxButton)

        self.templateCsvButton = QPushButton(CustomerImportDialog)
        self.templateCsvButton.setObjectName(u"templateCsvButton")

        self.templateRow.addWidget(self.templateCsvButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateRow.addItem(self.templateSpacer)


        self.mainLayout.addLayout(self.templateRow)

        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(6)
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(CustomerImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileLabel = QLabel(CustomerImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.fileRow.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(CustomerImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.summaryLabel = QLabel(CustomerImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.summaryLabel)

        self.issueTabs = QTabWidget(CustomerImportDialog)
        self.issueTabs.setObjectName(u"issueTabs")
        self.errorsPage = QWidget()
        self.errorsPage.setObjectName(u"errorsPage")
        self.errorsLayout = QVBoxLayout(self.errorsPage)
        self.errorsLayout.setObjectName(u"errorsLayout")
        self.errorsLayout.setContentsMargins(2, 2, 2, 2)
        self.errorView = QTableView(self.errorsPage)
        self.errorView.setObjectName(u"errorView")
        self.errorView.setAlternatingRowColors(True)
        self.errorView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.errorView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.errorView.setWordWrap(False)

        self.errorsLayout.addWidget(self.errorView)

        self.issueTabs.addTab(self.errorsPage, "")
        self.warningsPage = QWidget()
        self.warningsPage.setObjectName(u"warningsPage")
        self.warningsLayout = QVBoxLayout(self.warningsPage)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsLayout.setContentsMargins(2, 2, 2, 2)
        self.warningView = QTableView(self.warningsPage)
        self.warningView.setObjectName(u"warningView")
        self.warningView.setAlternatingRowColors(True)
        self.warningView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.warningView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.warningView.setWordWrap(False)

        self.warningsLayout.addWidget(self.warningView)

        self.issueTabs.addTab(self.warningsPage, "")

        self.mainLayout.addWidget(self.issueTabs)

        self.modeGroup = QGroupBox(CustomerImportDialog)
        self.modeGroup.setObjectName(u"modeGroup")
        self.modeLayout = QVBoxLayout(self.modeGroup)
        self.modeLayout.setObjectName(u"modeLayout")
        self.validOnlyRadio = QRadioButton(self.modeGroup)
        self.validOnlyRadio.setObjectName(u"validOnlyRadio")
        self.validOnlyRadio.setChecked(True)

        self.modeLayout.addWidget(self.validOnlyRadio)

        self.noneRadio = QRadioButton(self.modeGroup)
        self.noneRadio.setObjectName(u"noneRadio")

        self.modeLayout.addWidget(self.noneRadio)


        self.mainLayout.addWidget(self.modeGroup)

        self.progressRow = QHBoxLayout()
        self.progressRow.setSpacing(6)
        self.progressRow.setObjectName(u"progressRow")
        self.progressLabel = QLabel(CustomerImportDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressRow.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(CustomerImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(CustomerImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.progressRow)

        self.messageLabel = QLabel(CustomerImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(6)
        self.buttonRow.setObjectName(u"buttonRow")
        self.errorBookButton = QPushButton(CustomerImportDialog)
        self.errorBookButton.setObjectName(u"errorBookButton")

        self.buttonRow.addWidget(self.errorBookButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(CustomerImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(CustomerImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.mainLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.chooseButton, self.templateXlsxButton)
        QWidget.setTabOrder(self.templateXlsxButton, self.templateCsvButton)
        QWidget.setTabOrder(self.templateCsvButton, self.issueTabs)
        QWidget.setTabOrder(self.issueTabs, self.errorView)
        QWidget.setTabOrder(self.errorView, self.warningView)
        QWidget.setTabOrder(self.warningView, self.validOnlyRadio)
        QWidget.setTabOrder(self.validOnlyRadio, self.noneRadio)
        QWidget.setTabOrder(self.noneRadio, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.errorBookButton)
        QWidget.setTabOrder(self.errorBookButton, self.closeButton)

        self.retranslateUi(CustomerImportDialog)

        self.chooseButton.setDefault(True)


        QMetaObject.connectSlotsByName(CustomerImportDialog)
    # setupUi

    def retranslateUi(self, CustomerImportDialog):
        CustomerImportDialog.setWindowTitle(QCoreApplication.translate("CustomerImportDialog", u"\u6279\u91cf\u5bfc\u5165\u5ba2\u6237", None))
        self.stepsLabel.setText(QCoreApplication.translate("CustomerImportDialog", u"\u2460 \u4e0b\u8f7d\u6a21\u677f\u5e76\u586b\u5199 \u2192 \u2461 \u9009\u62e9\u6587\u4ef6\uff0c\u7cfb\u7edf\u9010\u884c\u68c0\u67e5 \u2192 \u2462 \u786e\u8ba4\u540e\u5bfc\u5165\u3002\u652f\u6301 .xlsx \u548c .csv\uff08UTF-8 \u6216 GBK/GB18030 \u7f16\u7801\uff09\u3002\u4e00\u4e2a\u6587\u4ef6\u5728\u4e00\u4e2a\u4e8b\u52a1\u4e2d\u5bfc\u5165\uff1a\u53d6\u6d88\u6216\u51fa\u9519\u65f6\u4e0d\u4f1a\u7559\u4e0b\u4efb\u4f55\u6570\u636e\u3002", None))
        self.templateLabel.setText(QCoreApplication.translate("CustomerImportDialog", u"\u5bfc\u5165\u6a21\u677f\uff1a", None))
        self.templateXlsxButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u4e0b\u8f7d Excel \u6a21\u677f\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateXlsxButton.setToolTip(QCoreApplication.translate("CustomerImportDialog", u"\u542b\u4e0b\u62c9\u9009\u9879\u3001\u6587\u672c\u683c\u5f0f\u7684\u8eab\u4efd\u8bc1\u53f7\u5217\u548c\u586b\u5199\u8bf4\u660e", None))
#endif // QT_CONFIG(tooltip)
        self.templateCsvButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u4e0b\u8f7d CSV \u6a21\u677f\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateCsvButton.setToolTip(QCoreApplication.translate("CustomerImportDialog", u"\u53ea\u6709\u8868\u5934\u7684 CSV\uff08UTF-8\uff0cExcel \u53ef\u76f4\u63a5\u6253\u5f00\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.fileCaption.setText(QCoreApplication.translate("CustomerImportDialog", u"\u5bfc\u5165\u6587\u4ef6\uff1a", None))
        self.fileLabel.setText(QCoreApplication.translate("CustomerImportDialog", u"\u5c1a\u672a\u9009\u62e9", None))
        self.chooseButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.summaryLabel.setText("")
        self.issueTabs.setTabText(self.issueTabs.indexOf(self.errorsPage), QCoreApplication.translate("CustomerImportDialog", u"\u9519\u8bef", None))
        self.issueTabs.setTabText(self.issueTabs.indexOf(self.warningsPage), QCoreApplication.translate("CustomerImportDialog", u"\u63d0\u793a", None))
        self.modeGroup.setTitle(QCoreApplication.translate("CustomerImportDialog", u"\u5bfc\u5165\u65b9\u5f0f", None))
        self.validOnlyRadio.setText(QCoreApplication.translate("CustomerImportDialog", u"\u53ea\u5bfc\u5165\u6ca1\u6709\u9519\u8bef\u7684\u884c\uff08\u6709\u9519\u8bef\u7684\u884c\u8df3\u8fc7\uff0c\u53ef\u4e0b\u8f7d\u9519\u8bef\u6e05\u5355\u6539\u597d\u540e\u518d\u5bfc\u5165\uff09", None))
        self.noneRadio.setText(QCoreApplication.translate("CustomerImportDialog", u"\u6587\u4ef6\u4e2d\u6709\u4efb\u4f55\u9519\u8bef\u5c31\u5168\u90e8\u4e0d\u5bfc\u5165", None))
        self.progressLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u53d6\u6d88", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("CustomerImportDialog", u"\u505c\u6b62\u68c0\u67e5\u6216\u5bfc\u5165\uff08Esc\uff09\uff1b\u5df2\u5904\u7406\u7684\u90e8\u5206\u5168\u90e8\u64a4\u9500\uff0c\u4e0d\u4f1a\u7559\u4e0b\u4efb\u4f55\u6570\u636e", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        self.errorBookButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u4e0b\u8f7d\u9519\u8bef\u6e05\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.errorBookButton.setToolTip(QCoreApplication.translate("CustomerImportDialog", u"\u6709\u9519\u8bef\u7684\u884c\u53ca\u9519\u8bef\u539f\u56e0\uff08\u51fa\u9519\u5355\u5143\u683c\u6807\u7ea2\uff09\uff0c\u6539\u597d\u540e\u53ef\u76f4\u63a5\u91cd\u65b0\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u5bfc\u5165", None))
        self.closeButton.setText(QCoreApplication.translate("CustomerImportDialog", u"\u5173\u95ed", None))
    # retranslateUi

