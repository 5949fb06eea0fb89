# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_doc_viewer.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGraphicsView, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CustomerDocViewer(object):
    def setupUi(self, CustomerDocViewer):
        if not CustomerDocViewer.objectName():
            CustomerDocViewer.setObjectName(u"CustomerDocViewer")
        CustomerDocViewer.setMinimumSize(QSize(720, 520))
        self.mainLayout = QVBoxLayout(CustomerDocViewer)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(CustomerDocViewer)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.toolRow = QHBoxLayout()
        self.toolRow.setSpacing(4)
        self.toolRow.setObjectName(u"toolRow")
        self.zoomOutButton = QPushButton(CustomerDocViewer)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolRow.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(CustomerDocViewer)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setAlignment(Qt.AlignCenter)
        self.zoomLabel.setMinimumSize(QSize(52, 0))

        self.toolRow.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(CustomerDocViewer)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolRow.addWidget(self.zoomInButton)

        self.fitButton = QPushButton(CustomerDocViewer)
        self.fitButton.setObjectName(u"fitButton")

        self.toolRow.addWidget(self.fitButton)

        self.actualButton = QPushButton(CustomerDocViewer)
        self.actualButton.setObjectName(u"actualButton")

        self.toolRow.addWidget(self.actualButton)

        self.rotateLeftButton = QPushButton(CustomerDocViewer)
        self.rotateLeftButton.setObjectName(u"rotateLeftButton")

        self.toolRow.addWidget(self.rotateLeftButton)

        self.rotateRightButton = QPushButton(CustomerDocViewer)
        self.rotateRightButton.setObjectName(u"rotateRightButton")

        self.toolRow.addWidget(self.rotateRightButton)

        self.prevButton = QPushButton(CustomerDocViewer)
        self.prevButton.setObjectName(u"prevButton")

        self.toolRow.addWidget(self.prevButton)

        self.pageLabel = QLabel(CustomerDocViewer)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setAlignment(Qt.AlignCenter)

        self.toolRow.addWidget(self.pageLabel)

        self.nextButton = QPushButton(CustomerDocViewer)
        self.nextButton.setObjectName(u"nextButton")

        self.toolRow.addWidget(self.nextButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)


        self.mainLayout.addLayout(self.toolRow)

        self.view = QGraphicsView(CustomerDocViewer)
        self.view.setObjectName(u"view")
        self.view.setDragMode(QGraphicsView.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.view.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.view.setStyleSheet(u"background: #5f6368;")

        self.mainLayout.addWidget(self.view)

        self.copyRow = QHBoxLayout()
        self.copyRow.setSpacing(6)
        self.copyRow.setObjectName(u"copyRow")
        self.watermarkLabel = QLabel(CustomerDocViewer)
        self.watermarkLabel.setObjectName(u"watermarkLabel")

        self.copyRow.addWidget(self.watermarkLabel)

        self.watermarkEdit = QLineEdit(CustomerDocViewer)
        self.watermarkEdit.setObjectName(u"watermarkEdit")
        self.watermarkEdit.setMaxLength(60)

        self.copyRow.addWidget(self.watermarkEdit)

        self.printButton = QPushButton(CustomerDocViewer)
        self.printButton.setObjectName(u"printButton")

        self.copyRow.addWidget(self.printButton)

        self.exportButton = QPushButton(CustomerDocViewer)
        self.exportButton.setObjectName(u"exportButton")

        self.copyRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(CustomerDocViewer)
        self.closeButton.setObjectName(u"closeButton")

        self.copyRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.copyRow)

        self.messageLabel = QLabel(CustomerDocViewer)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.watermarkLabel.setBuddy(self.watermarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.view, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitButton)
        QWidget.setTabOrder(self.fitButton, self.actualButton)
        QWidget.setTabOrder(self.actualButton, self.rotateLeftButton)
        QWidget.setTabOrder(self.rotateLeftButton, self.rotateRightButton)
        QWidget.setTabOrder(self.rotateRightButton, self.prevButton)
        QWidget.setTabOrder(self.prevButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.watermarkEdit)
        QWidget.setTabOrder(self.watermarkEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(CustomerDocViewer)

        QMetaObject.connectSlotsByName(CustomerDocViewer)
    # setupUi

    def retranslateUi(self, CustomerDocViewer):
        CustomerDocViewer.setWindowTitle(QCoreApplication.translate("CustomerDocViewer", u"\u67e5\u770b\u8d44\u6599", None))
        self.titleLabel.setText("")
        self.zoomOutButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u7f29\u5c0f", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u7f29\u5c0f\uff08Ctrl+-\uff0c\u6216\u6309\u4f4f Ctrl \u6eda\u52a8\u6eda\u8f6e\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.zoomLabel.setText(QCoreApplication.translate("CustomerDocViewer", u"100%", None))
        self.zoomInButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u653e\u5927", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u653e\u5927\uff08Ctrl++\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u9002\u5408\u7a97\u53e3", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u6574\u9875\u663e\u793a\uff08Ctrl+0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actualButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u539f\u59cb\u5927\u5c0f", None))
#if QT_CONFIG(tooltip)
        self.actualButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u6309 100% \u663e\u793a\uff08Ctrl+1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.rotateLeftButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u5411\u5de6\u65cb\u8f6c", None))
#if QT_CONFIG(tooltip)
        self.rotateLeftButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u9006\u65f6\u9488\u65cb\u8f6c 90\u00b0\uff08Ctrl+L\uff09\uff1b\u6253\u5370\u548c\u5bfc\u51fa\u6309\u65cb\u8f6c\u540e\u7684\u65b9\u5411", None))
#endif // QT_CONFIG(tooltip)
        self.rotateRightButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u5411\u53f3\u65cb\u8f6c", None))
#if QT_CONFIG(tooltip)
        self.rotateRightButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u987a\u65f6\u9488\u65cb\u8f6c 90\u00b0\uff08Ctrl+R\uff09\uff1b\u6253\u5370\u548c\u5bfc\u51fa\u6309\u65cb\u8f6c\u540e\u7684\u65b9\u5411", None))
#endif // QT_CONFIG(tooltip)
        self.prevButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u4e0a\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u4e0a\u4e00\u9875\uff08PageUp\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pageLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u4e0b\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u4e0b\u4e00\u9875\uff08PageDown\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.watermarkLabel.setText(QCoreApplication.translate("CustomerDocViewer", u"\u6c34\u5370\u6587\u5b57", None))
#if QT_CONFIG(tooltip)
        self.watermarkEdit.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u6253\u5370\u6216\u5bfc\u51fa\u7684\u590d\u5370\u4ef6\u4e0a\u659c\u5411\u5e73\u94fa\u7684\u6587\u5b57\uff08\u6700\u591a 60 \u5b57\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u6253\u5370\u590d\u5370\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u6253\u5370\u52a0\u6c34\u5370\u7684\u590d\u5370\u4ef6\uff08Ctrl+P\uff0c\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u5bfc\u51fa\u590d\u5370\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CustomerDocViewer", u"\u628a\u52a0\u6c34\u5370\u7684\u590d\u5370\u4ef6\u4fdd\u5b58\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CustomerDocViewer", u"\u5173\u95ed", None))
        self.messageLabel.setText("")
    # retranslateUi

