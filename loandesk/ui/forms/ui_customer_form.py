# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CustomerForm(object):
    def setupUi(self, CustomerForm):
        if not CustomerForm.objectName():
            CustomerForm.setObjectName(u"CustomerForm")
        self.mainLayout = QVBoxLayout(CustomerForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(CustomerForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(CustomerForm)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #555;")

        self.headerLayout.addWidget(self.subtitleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.flagsLabel = QLabel(CustomerForm)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.headerLayout.addWidget(self.flagsLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.consentBanner = QFrame(CustomerForm)
        self.consentBanner.setObjectName(u"consentBanner")
        self.consentBanner.setStyleSheet(u"QFrame#consentBanner { background: #fdecea; border: 1px solid #e0a09a; border-radius: 4px; }")
        self.consentBanner.setFrameShape(QFrame.StyledPanel)
        self.consentBannerLayout = QHBoxLayout(self.consentBanner)
        self.consentBannerLayout.setObjectName(u"consentBannerLayout")
        self.consentBannerLayout.setContentsMargins(10, 6, 10, 6)
        self.consentBannerLabel = QLabel(self.consentBanner)
        self.consentBannerLabel.setObjectName(u"consentBannerLabel")
        self.consentBannerLabel.setWordWrap(True)
        self.consentBannerLabel.setStyleSheet(u"color: #7a0000; font-weight: bold;")

        self.consentBannerLayout.addWidget(self.consentBannerLabel)

        self.consentBannerButton = QPushButton(self.consentBanner)
        self.consentBannerButton.setObjectName(u"consentBannerButton")

        self.consentBannerLayout.addWidget(self.consentBannerButton)

        self.consentBannerLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.consentBanner)

        self.sectionTabs = QTabWidget(CustomerForm)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.sectionTabs.setUsesScrollButtons(True)
        self.pageBasic = QWidget()
        self.pageBasic.setObjectName(u"pageBasic")
        self.pageBasicOuter = QVBoxLayout(self.pageBasic)
        self.pageBasicOuter.setObjectName(u"pageBasicOuter")
        self.pageBasicOuter.setContentsMargins(0, 0, 0, 0)
        self.pageBasicScroll = QScrollArea(self.pageBasic)
        self.pageBasicScroll.setObjectName(u"pageBasicScroll")
        self.pageBasicScroll.setWidgetResizable(True)
        self.pageBasicScroll.setFrameShape(QFrame.NoFrame)
        self.pageBasicContent = QWidget()
        self.pageBasicContent.setObjectName(u"pageBasicContent")
        self.pageBasicLayout = QVBoxLayout(self.pageBasicContent)
        self.pageBasicLayout.setObjectName(u"pageBasicLayout")
        self.pageBasicIntro = QLabel(self.pageBasicContent)
        self.pageBasicIntro.setObjectName(u"pageBasicIntro")
        self.pageBasicIntro.setWordWrap(True)
        self.pageBasicIntro.setStyleSheet(u"color: #555;")

        self.pageBasicLayout.addWidget(self.pageBasicIntro)

        self.pageBasicForm = QFormLayout()
        self.pageBasicForm.setObjectName(u"pageBasicForm")
        self.pageBasicForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageBasicForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageBasicForm.setHorizontalSpacing(12)
        self.pageBasicForm.setVerticalSpacing(6)
        self.kindLabel = QLabel(self.pageBasicContent)
        self.kindLabel.setObjectName(u"kindLabel")

        self.pageBasicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(2)
        self.kindBox.setObjectName(u"kindBox")
        self.kindRow = QHBoxLayout()
        self.kindRow.setSpacing(6)
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(self.pageBasicContent)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMaximumSize(QSize(200, 16777215))
        self.kindCombo.setMinimumSize(QSize(200, 0))

        self.kindRow.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.kindBox.addLayout(self.kindRow)

        self.kindMsg = QLabel(self.pageBasicContent)
        self.kindMsg.setObjectName(u"kindMsg")
        self.kindMsg.setWordWrap(True)
        self.kindMsg.setStyleSheet(u"color: #b00020;")
        self.kindMsg.setTextFormat(Qt.PlainText)

        self.kindBox.addWidget(self.kindMsg)


        self.pageBasicForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.nameLabel = QLabel(self.pageBasicContent)
        self.nameLabel.setObjectName(u"nameLabel")

        self.pageBasicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameRow = QHBoxLayout()
        self.nameRow.setSpacing(6)
        self.nameRow.setObjectName(u"nameRow")
        self.nameEdit = QLineEdit(self.pageBasicContent)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaximumSize(QSize(240, 16777215))

        self.nameRow.addWidget(self.nameEdit)

        self.nameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nameRow.addItem(self.nameSpacer)


        self.nameBox.addLayout(self.nameRow)

        self.nameMsg = QLabel(self.pageBasicContent)
        self.nameMsg.setObjectName(u"nameMsg")
        self.nameMsg.setWordWrap(True)
        self.nameMsg.setStyleSheet(u"color: #b00020;")
        self.nameMsg.setTextFormat(Qt.PlainText)

        self.nameBox.addWidget(self.nameMsg)


        self.pageBasicForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.idNumberLabel = QLabel(self.pageBasicContent)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.pageBasicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberBox = QVBoxLayout()
        self.idNumberBox.setSpacing(2)
        self.idNumberBox.setObjectName(u"idNumberBox")
        self.idNumberRow = QHBoxLayout()
        self.idNumberRow.setSpacing(6)
        self.idNumberRow.setObjectName(u"idNumberRow")
        self.idNumberEdit = QLineEdit(self.pageBasicContent)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaximumSize(QSize(260, 16777215))

        self.idNumberRow.addWidget(self.idNumberEdit)

        self.idNumberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idNumberRow.addItem(self.idNumberSpacer)


        self.idNumberBox.addLayout(self.idNumberRow)

        self.idDerivedLabel = QLabel(self.pageBasicContent)
        self.idDerivedLabel.setObjectName(u"idDerivedLabel")
        self.idDerivedLabel.setWordWrap(True)
        self.idDerivedLabel.setStyleSheet(u"color: #555;")

        self.idNumberBox.addWidget(self.idDerivedLabel)

        self.idNumberMsg = QLabel(self.pageBasicContent)
        self.idNumberMsg.setObjectName(u"idNumberMsg")
        self.idNumberMsg.setWordWrap(True)
        self.idNumberMsg.setStyleSheet(u"color: #b00020;")
        self.idNumberMsg.setTextFormat(Qt.PlainText)

        self.idNumberBox.addWidget(self.idNumberMsg)


        self.pageBasicForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.idNumberBox)

        self.genderLabel = QLabel(self.pageBasicContent)
        self.genderLabel.setObjectName(u"genderLabel")

        self.pageBasicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderBox = QVBoxLayout()
        self.genderBox.setSpacing(2)
        self.genderBox.setObjectName(u"genderBox")
        self.genderRow = QHBoxLayout()
        self.genderRow.setSpacing(6)
        self.genderRow.setObjectName(u"genderRow")
        self.genderEdit = QLineEdit(self.pageBasicContent)
        self.genderEdit.setObjectName(u"genderEdit")
        self.genderEdit.setMaximumSize(QSize(120, 16777215))
        self.genderEdit.setReadOnly(True)
        self.genderEdit.setFocusPolicy(Qt.NoFocus)

        self.genderRow.addWidget(self.genderEdit)

        self.genderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.genderRow.addItem(self.genderSpacer)


        self.genderBox.addLayout(self.genderRow)

        self.genderMsg = QLabel(self.pageBasicContent)
        self.genderMsg.setObjectName(u"genderMsg")
        self.genderMsg.setWordWrap(True)
        self.genderMsg.setStyleSheet(u"color: #b00020;")
        self.genderMsg.setTextFormat(Qt.PlainText)

        self.genderBox.addWidget(self.genderMsg)


        self.pageBasicForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.genderBox)

        self.birthDateLabel = QLabel(self.pageBasicContent)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.pageBasicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateBox = QVBoxLayout()
        self.birthDateBox.setSpacing(2)
        self.birthDateBox.setObjectName(u"birthDateBox")
        self.birthDateRow = QHBoxLayout()
        self.birthDateRow.setSpacing(6)
        self.birthDateRow.setObjectName(u"birthDateRow")
        self.birthDateEdit = QLineEdit(self.pageBasicContent)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaximumSize(QSize(140, 16777215))
        self.birthDateEdit.setReadOnly(True)
        self.birthDateEdit.setFocusPolicy(Qt.NoFocus)

        self.birthDateRow.addWidget(self.birthDateEdit)

        self.birthDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthDateRow.addItem(self.birthDateSpacer)


        self.birthDateBox.addLayout(self.birthDateRow)

        self.birthDateMsg = QLabel(self.pageBasicContent)
        self.birthDateMsg.setObjectName(u"birthDateMsg")
        self.birthDateMsg.setWordWrap(True)
        self.birthDateMsg.setStyleSheet(u"color: #b00020;")
        self.birthDateMsg.setTextFormat(Qt.PlainText)

        self.birthDateBox.addWidget(self.birthDateMsg)


        self.pageBasicForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthDateBox)

        self.ethnicityLabel = QLabel(self.pageBasicContent)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.pageBasicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityBox = QVBoxLayout()
        self.ethnicityBox.setSpacing(2)
        self.ethnicityBox.setObjectName(u"ethnicityBox")
        self.ethnicityRow = QHBoxLayout()
        self.ethnicityRow.setSpacing(6)
        self.ethnicityRow.setObjectName(u"ethnicityRow")
        self.ethnicityCombo = QComboBox(self.pageBasicContent)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)
        self.ethnicityCombo.setInsertPolicy(QComboBox.NoInsert)
        self.ethnicityCombo.setMaximumSize(QSize(160, 16777215))
        self.ethnicityCombo.setMinimumSize(QSize(160, 0))

        self.ethnicityRow.addWidget(self.ethnicityCombo)

        self.ethnicitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ethnicityRow.addItem(self.ethnicitySpacer)


        self.ethnicityBox.addLayout(self.ethnicityRow)

        self.ethnicityMsg = QLabel(self.pageBasicContent)
        self.ethnicityMsg.setObjectName(u"ethnicityMsg")
        self.ethnicityMsg.setWordWrap(True)
        self.ethnicityMsg.setStyleSheet(u"color: #b00020;")
        self.ethnicityMsg.setTextFormat(Qt.PlainText)

        self.ethnicityBox.addWidget(self.ethnicityMsg)


        self.pageBasicForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ethnicityBox)

        self.maritalLabel = QLabel(self.pageBasicContent)
        self.maritalLabel.setObjectName(u"maritalLabel")

        self.pageBasicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.maritalLabel)

        self.maritalBox = QVBoxLayout()
        self.maritalBox.setSpacing(2)
        self.maritalBox.setObjectName(u"maritalBox")
        self.maritalRow = QHBoxLayout()
        self.maritalRow.setSpacing(6)
        self.maritalRow.setObjectName(u"maritalRow")
        self.maritalCombo = QComboBox(self.pageBasicContent)
        self.maritalCombo.setObjectName(u"maritalCombo")
        self.maritalCombo.setMaximumSize(QSize(160, 16777215))
        self.maritalCombo.setMinimumSize(QSize(160, 0))

        self.maritalRow.addWidget(self.maritalCombo)

        self.maritalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maritalRow.addItem(self.maritalSpacer)


        self.maritalBox.addLayout(self.maritalRow)

        self.maritalMsg = QLabel(self.pageBasicContent)
        self.maritalMsg.setObjectName(u"maritalMsg")
        self.maritalMsg.setWordWrap(True)
        self.maritalMsg.setStyleSheet(u"color: #b00020;")
        self.maritalMsg.setTextFormat(Qt.PlainText)

        self.maritalBox.addWidget(self.maritalMsg)


        self.pageBasicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.maritalBox)

        self.educationLabel = QLabel(self.pageBasicContent)
        self.educationLabel.setObjectName(u"educationLabel")

        self.pageBasicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationBox = QVBoxLayout()
        self.educationBox.setSpacing(2)
        self.educationBox.setObjectName(u"educationBox")
        self.educationRow = QHBoxLayout()
        self.educationRow.setSpacing(6)
        self.educationRow.setObjectName(u"educationRow")
        self.educationCombo = QComboBox(self.pageBasicContent)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setMaximumSize(QSize(160, 16777215))
        self.educationCombo.setMinimumSize(QSize(160, 0))

        self.educationRow.addWidget(self.educationCombo)

        self.educationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.educationRow.addItem(self.educationSpacer)


        self.educationBox.addLayout(self.educationRow)

        self.educationMsg = QLabel(self.pageBasicContent)
        self.educationMsg.setObjectName(u"educationMsg")
        self.educationMsg.setWordWrap(True)
        self.educationMsg.setStyleSheet(u"color: #b00020;")
        self.educationMsg.setTextFormat(Qt.PlainText)

        self.educationBox.addWidget(self.educationMsg)


        self.pageBasicForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.educationBox)

        self.businessNameLabel = QLabel(self.pageBasicContent)
        self.businessNameLabel.setObjectName(u"businessNameLabel")

        self.pageBasicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.businessNameLabel)

        self.businessNameBox = QVBoxLayout()
        self.businessNameBox.setSpacing(2)
        self.businessNameBox.setObjectName(u"businessNameBox")
        self.businessNameRow = QHBoxLayout()
        self.businessNameRow.setSpacing(6)
        self.businessNameRow.setObjectName(u"businessNameRow")
        self.businessNameEdit = QLineEdit(self.pageBasicContent)
        self.businessNameEdit.setObjectName(u"businessNameEdit")
        self.businessNameEdit.setMaximumSize(QSize(400, 16777215))

        self.businessNameRow.addWidget(self.businessNameEdit)

        self.businessNameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.businessNameRow.addItem(self.businessNameSpacer)


        self.businessNameBox.addLayout(self.businessNameRow)

        self.businessNameMsg = QLabel(self.pageBasicContent)
        self.businessNameMsg.setObjectName(u"businessNameMsg")
        self.businessNameMsg.setWordWrap(True)
        self.businessNameMsg.setStyleSheet(u"color: #b00020;")
        self.businessNameMsg.setTextFormat(Qt.PlainText)

        self.businessNameBox.addWidget(self.businessNameMsg)


        self.pageBasicForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.businessNameBox)

        self.usccLabel = QLabel(self.pageBasicContent)
        self.usccLabel.setObjectName(u"usccLabel")

        self.pageBasicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccBox = QVBoxLayout()
        self.usccBox.setSpacing(2)
        self.usccBox.setObjectName(u"usccBox")
        self.usccRow = QHBoxLayout()
        self.usccRow.setSpacing(6)
        self.usccRow.setObjectName(u"usccRow")
        self.usccEdit = QLineEdit(self.pageBasicContent)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setMaximumSize(QSize(260, 16777215))

        self.usccRow.addWidget(self.usccEdit)

        self.usccSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.usccRow.addItem(self.usccSpacer)


        self.usccBox.addLayout(self.usccRow)

        self.usccMsg = QLabel(self.pageBasicContent)
        self.usccMsg.setObjectName(u"usccMsg")
        self.usccMsg.setWordWrap(True)
        self.usccMsg.setStyleSheet(u"color: #b00020;")
        self.usccMsg.setTextFormat(Qt.PlainText)

        self.usccBox.addWidget(self.usccMsg)


        self.pageBasicForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.usccBox)

        self.clerkLabel = QLabel(self.pageBasicContent)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.pageBasicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.clerkLabel)

        self.clerkBox = QVBoxLayout()
        self.clerkBox.setSpacing(2)
        self.clerkBox.setObjectName(u"clerkBox")
        self.clerkRow = QHBoxLayout()
        self.clerkRow.setSpacing(6)
        self.clerkRow.setObjectName(u"clerkRow")
        self.clerkCombo = QComboBox(self.pageBasicContent)
        self.clerkCombo.setObjectName(u"clerkCombo")
        self.clerkCombo.setMaximumSize(QSize(200, 16777215))
        self.clerkCombo.setMinimumSize(QSize(200, 0))

        self.clerkRow.addWidget(self.clerkCombo)

        self.clerkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clerkRow.addItem(self.clerkSpacer)


        self.clerkBox.addLayout(self.clerkRow)

        self.clerkMsg = QLabel(self.pageBasicContent)
        self.clerkMsg.setObjectName(u"clerkMsg")
        self.clerkMsg.setWordWrap(True)
        self.clerkMsg.setStyleSheet(u"color: #b00020;")
        self.clerkMsg.setTextFormat(Qt.PlainText)

        self.clerkBox.addWidget(self.clerkMsg)


        self.pageBasicForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.clerkBox)

        self.notesLabel = QLabel(self.pageBasicContent)
        self.notesLabel.setObjectName(u"notesLabel")

        self.pageBasicForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesRow = QHBoxLayout()
        self.notesRow.setSpacing(6)
        self.notesRow.setObjectName(u"notesRow")
        self.notesEdit = QPlainTextEdit(self.pageBasicContent)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(520, 70))

        self.notesRow.addWidget(self.notesEdit)

        self.notesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notesRow.addItem(self.notesSpacer)


        self.notesBox.addLayout(self.notesRow)

        self.notesMsg = QLabel(self.pageBasicContent)
        self.notesMsg.setObjectName(u"notesMsg")
        self.notesMsg.setWordWrap(True)
        self.notesMsg.setStyleSheet(u"color: #b00020;")
        self.notesMsg.setTextFormat(Qt.PlainText)

        self.notesBox.addWidget(self.notesMsg)


        self.pageBasicForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.pageBasicLayout.addLayout(self.pageBasicForm)

        self.pageBasicBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageBasicLayout.addItem(self.pageBasicBottom)

        self.pageBasicScroll.setWidget(self.pageBasicContent)

        self.pageBasicOuter.addWidget(self.pageBasicScroll)

        self.sectionTabs.addTab(self.pageBasic, "")
        self.pageId = QWidget()
        self.pageId.setObjectName(u"pageId")
        self.pageIdOuter = QVBoxLayout(self.pageId)
        self.pageIdOuter.setObjectName(u"pageIdOuter")
        self.pageIdOuter.setContentsMargins(0, 0, 0, 0)
        self.pageIdScroll = QScrollArea(self.pageId)
        self.pageIdScroll.setObjectName(u"pageIdScroll")
        self.pageIdScroll.setWidgetResizable(True)
        self.pageIdScroll.setFrameShape(QFrame.NoFrame)
        self.pageIdContent = QWidget()
        self.pageIdContent.setObjectName(u"pageIdContent")
        self.pageIdLayout = QVBoxLayout(self.pageIdContent)
        self.pageIdLayout.setObjectName(u"pageIdLayout")
        self.pageIdIntro = QLabel(self.pageIdContent)
        self.pageIdIntro.setObjectName(u"pageIdIntro")
        self.pageIdIntro.setWordWrap(True)
        self.pageIdIntro.setStyleSheet(u"color: #555;")

        self.pageIdLayout.addWidget(self.pageIdIntro)

        self.pageIdForm = QFormLayout()
        self.pageIdForm.setObjectName(u"pageIdForm")
        self.pageIdForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageIdForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageIdForm.setHorizontalSpacing(12)
        self.pageIdForm.setVerticalSpacing(6)
        self.idKindLabel = QLabel(self.pageIdContent)
        self.idKindLabel.setObjectName(u"idKindLabel")

        self.pageIdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idKindLabel)

        self.idKindBox = QVBoxLayout()
        self.idKindBox.setSpacing(2)
        self.idKindBox.setObjectName(u"idKindBox")
        self.idKindRow = QHBoxLayout()
        self.idKindRow.setSpacing(6)
        self.idKindRow.setObjectName(u"idKindRow")
        self.idKindEdit = QLineEdit(self.pageIdContent)
        self.idKindEdit.setObjectName(u"idKindEdit")
        self.idKindEdit.setMaximumSize(QSize(240, 16777215))
        self.idKindEdit.setReadOnly(True)
        self.idKindEdit.setFocusPolicy(Qt.NoFocus)

        self.idKindRow.addWidget(self.idKindEdit)

        self.idKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idKindRow.addItem(self.idKindSpacer)


        self.idKindBox.addLayout(self.idKindRow)

        self.idKindMsg = QLabel(self.pageIdContent)
        self.idKindMsg.setObjectName(u"idKindMsg")
        self.idKindMsg.setWordWrap(True)
        self.idKindMsg.setStyleSheet(u"color: #b00020;")
        self.idKindMsg.setTextFormat(Qt.PlainText)

        self.idKindBox.addWidget(self.idKindMsg)


        self.pageIdForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.idKindBox)

        self.idIssuerLabel = QLabel(self.pageIdContent)
        self.idIssuerLabel.setObjectName(u"idIssuerLabel")

        self.pageIdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idIssuerLabel)

        self.idIssuerBox = QVBoxLayout()
        self.idIssuerBox.setSpacing(2)
        self.idIssuerBox.setObjectName(u"idIssuerBox")
        self.idIssuerRow = QHBoxLayout()
        self.idIssuerRow.setSpacing(6)
        self.idIssuerRow.setObjectName(u"idIssuerRow")
        self.idIssuerEdit = QLineEdit(self.pageIdContent)
        self.idIssuerEdit.setObjectName(u"idIssuerEdit")
        self.idIssuerEdit.setMaximumSize(QSize(320, 16777215))

        self.idIssuerRow.addWidget(self.idIssuerEdit)

        self.idIssuerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idIssuerRow.addItem(self.idIssuerSpacer)


        self.idIssuerBox.addLayout(self.idIssuerRow)

        self.idIssuerMsg = QLabel(self.pageIdContent)
        self.idIssuerMsg.setObjectName(u"idIssuerMsg")
        self.idIssuerMsg.setWordWrap(True)
        self.idIssuerMsg.setStyleSheet(u"color: #b00020;")
        self.idIssuerMsg.setTextFormat(Qt.PlainText)

        self.idIssuerBox.addWidget(self.idIssuerMsg)


        self.pageIdForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.idIssuerBox)

        self.idValidFromLabel = QLabel(self.pageIdContent)
        self.idValidFromLabel.setObjectName(u"idValidFromLabel")

        self.pageIdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idValidFromLabel)

        self.idValidFromBox = QVBoxLayout()
        self.idValidFromBox.setSpacing(2)
        self.idValidFromBox.setObjectName(u"idValidFromBox")
        self.idValidFromRow = QHBoxLayout()
        self.idValidFromRow.setSpacing(6)
        self.idValidFromRow.setObjectName(u"idValidFromRow")
        self.idValidFromEdit = QLineEdit(self.pageIdContent)
        self.idValidFromEdit.setObjectName(u"idValidFromEdit")
        self.idValidFromEdit.setMaximumSize(QSize(140, 16777215))

        self.idValidFromRow.addWidget(self.idValidFromEdit)

        self.idValidFromSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idValidFromRow.addItem(self.idValidFromSpacer)


        self.idValidFromBox.addLayout(self.idValidFromRow)

        self.idValidFromMsg = QLabel(self.pageIdContent)
        self.idValidFromMsg.setObjectName(u"idValidFromMsg")
        self.idValidFromMsg.setWordWrap(True)
        self.idValidFromMsg.setStyleSheet(u"color: #b00020;")
        self.idValidFromMsg.setTextFormat(Qt.PlainText)

        self.idValidFromBox.addWidget(self.idValidFromMsg)


        self.pageIdForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.idValidFromBox)

        self.idValidToLabel = QLabel(self.pageIdContent)
        self.idValidToLabel.setObjectName(u"idValidToLabel")

        self.pageIdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idValidToLabel)

        self.idValidToBox = QVBoxLayout()
        self.idValidToBox.setSpacing(2)
        self.idValidToBox.setObjectName(u"idValidToBox")
        self.idValidToRow = QHBoxLayout()
        self.idValidToRow.setSpacing(6)
        self.idValidToRow.setObjectName(u"idValidToRow")
        self.idValidToEdit = QLineEdit(self.pageIdContent)
        self.idValidToEdit.setObjectName(u"idValidToEdit")
        self.idValidToEdit.setMaximumSize(QSize(140, 16777215))

        self.idValidToRow.addWidget(self.idValidToEdit)

        self.idLongTermCheck = QCheckBox(self.pageIdContent)
        self.idLongTermCheck.setObjectName(u"idLongTermCheck")

        self.idValidToRow.addWidget(self.idLongTermCheck)

        self.idValidToSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idValidToRow.addItem(self.idValidToSpacer)


        self.idValidToBox.addLayout(self.idValidToRow)

        self.idExpectedLabel = QLabel(self.pageIdContent)
        self.idExpectedLabel.setObjectName(u"idExpectedLabel")
        self.idExpectedLabel.setWordWrap(True)
        self.idExpectedLabel.setStyleSheet(u"color: #555;")

        self.idValidToBox.addWidget(self.idExpectedLabel)

        self.idValidToMsg = QLabel(self.pageIdContent)
        self.idValidToMsg.setObjectName(u"idValidToMsg")
        self.idValidToMsg.setWordWrap(True)
        self.idValidToMsg.setStyleSheet(u"color: #b00020;")
        self.idValidToMsg.setTextFormat(Qt.PlainText)

        self.idValidToBox.addWidget(self.idValidToMsg)


        self.pageIdForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.idValidToBox)

        self.ocrLabel = QLabel(self.pageIdContent)
        self.ocrLabel.setObjectName(u"ocrLabel")

        self.pageIdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ocrLabel)

        self.ocrRow = QHBoxLayout()
        self.ocrRow.setSpacing(6)
        self.ocrRow.setObjectName(u"ocrRow")
        self.ocrHintLabel = QLabel(self.pageIdContent)
        self.ocrHintLabel.setObjectName(u"ocrHintLabel")
        self.ocrHintLabel.setWordWrap(True)
        self.ocrHintLabel.setStyleSheet(u"color: #555;")

        self.ocrRow.addWidget(self.ocrHintLabel)

        self.ocrSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ocrRow.addItem(self.ocrSpacer)


        self.pageIdForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ocrRow)


        self.pageIdLayout.addLayout(self.pageIdForm)

        self.pageIdBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageIdLayout.addItem(self.pageIdBottom)

        self.pageIdScroll.setWidget(self.pageIdContent)

        self.pageIdOuter.addWidget(self.pageIdScroll)

        self.sectionTabs.addTab(self.pageId, "")
        self.pageContact = QWidget()
        self.pageContact.setObjectName(u"pageContact")
        self.pageContactOuter = QVBoxLayout(self.pageContact)
        self.pageContactOuter.setObjectName(u"pageContactOuter")
        self.pageContactOuter.setContentsMargins(0, 0, 0, 0)
        self.pageContactScroll = QScrollArea(self.pageContact)
        self.pageContactScroll.setObjectName(u"pageContactScroll")
        self.pageContactScroll.setWidgetResizable(True)
        self.pageContactScroll.setFrameShape(QFrame.NoFrame)
        self.pageContactContent = QWidget()
        self.pageContactContent.setObjectName(u"pageContactContent")
        self.pageContactLayout = QVBoxLayout(self.pageContactContent)
        self.pageContactLayout.setObjectName(u"pageContactLayout")
        self.pageContactForm = QFormLayout()
        self.pageContactForm.setObjectName(u"pageContactForm")
        self.pageContactForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageContactForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageContactForm.setHorizontalSpacing(12)
        self.pageContactForm.setVerticalSpacing(6)
        self.mobileLabel = QLabel(self.pageContactContent)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.pageContactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileBox = QVBoxLayout()
        self.mobileBox.setSpacing(2)
        self.mobileBox.setObjectName(u"mobileBox")
        self.mobileRow = QHBoxLayout()
        self.mobileRow.setSpacing(6)
        self.mobileRow.setObjectName(u"mobileRow")
        self.mobileEdit = QLineEdit(self.pageContactContent)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setMaximumSize(QSize(200, 16777215))

        self.mobileRow.addWidget(self.mobileEdit)

        self.mobileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mobileRow.addItem(self.mobileSpacer)


        self.mobileBox.addLayout(self.mobileRow)

        self.mobileMsg = QLabel(self.pageContactContent)
        self.mobileMsg.setObjectName(u"mobileMsg")
        self.mobileMsg.setWordWrap(True)
        self.mobileMsg.setStyleSheet(u"color: #b00020;")
        self.mobileMsg.setTextFormat(Qt.PlainText)

        self.mobileBox.addWidget(self.mobileMsg)


        self.pageContactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mobileBox)

        self.phoneOtherLabel = QLabel(self.pageContactContent)
        self.phoneOtherLabel.setObjectName(u"phoneOtherLabel")

        self.pageContactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneOtherLabel)

        self.phoneOtherBox = QVBoxLayout()
        self.phoneOtherBox.setSpacing(2)
        self.phoneOtherBox.setObjectName(u"phoneOtherBox")
        self.phoneOtherRow = QHBoxLayout()
        self.phoneOtherRow.setSpacing(6)
        self.phoneOtherRow.setObjectName(u"phoneOtherRow")
        self.phoneOtherEdit = QLineEdit(self.pageContactContent)
        self.phoneOtherEdit.setObjectName(u"phoneOtherEdit")
        self.phoneOtherEdit.setMaximumSize(QSize(260, 16777215))

        self.phoneOtherRow.addWidget(self.phoneOtherEdit)

        self.phoneOtherSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneOtherRow.addItem(self.phoneOtherSpacer)


        self.phoneOtherBox.addLayout(self.phoneOtherRow)

        self.phoneOtherMsg = QLabel(self.pageContactContent)
        self.phoneOtherMsg.setObjectName(u"phoneOtherMsg")
        self.phoneOtherMsg.setWordWrap(True)
        self.phoneOtherMsg.setStyleSheet(u"color: #b00020;")
        self.phoneOtherMsg.setTextFormat(Qt.PlainText)

        self.phoneOtherBox.addWidget(self.phoneOtherMsg)


        self.pageContactForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.phoneOtherBox)

        self.wechatLabel = QLabel(self.pageContactContent)
        self.wechatLabel.setObjectName(u"wechatLabel")

        self.pageContactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wechatLabel)

        self.wechatBox = QVBoxLayout()
        self.wechatBox.setSpacing(2)
        self.wechatBox.setObjectName(u"wechatBox")
        self.wechatRow = QHBoxLayout()
        self.wechatRow.setSpacing(6)
        self.wechatRow.setObjectName(u"wechatRow")
        self.wechatEdit = QLineEdit(self.pageContactContent)
        self.wechatEdit.setObjectName(u"wechatEdit")
        self.wechatEdit.setMaximumSize(QSize(200, 16777215))

        self.wechatRow.addWidget(self.wechatEdit)

        self.wechatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wechatRow.addItem(self.wechatSpacer)


        self.wechatBox.addLayout(self.wechatRow)

        self.wechatMsg = QLabel(self.pageContactContent)
        self.wechatMsg.setObjectName(u"wechatMsg")
        self.wechatMsg.setWordWrap(True)
        self.wechatMsg.setStyleSheet(u"color: #b00020;")
        self.wechatMsg.setTextFormat(Qt.PlainText)

        self.wechatBox.addWidget(self.wechatMsg)


        self.pageContactForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.wechatBox)

        self.hukouRegionLabel = QLabel(self.pageContactContent)
        self.hukouRegionLabel.setObjectName(u"hukouRegionLabel")

        self.pageContactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hukouRegionLabel)

        self.hukouRegionBox = QVBoxLayout()
        self.hukouRegionBox.setSpacing(2)
        self.hukouRegionBox.setObjectName(u"hukouRegionBox")
        self.hukouRegionRow = QHBoxLayout()
        self.hukouRegionRow.setSpacing(6)
        self.hukouRegionRow.setObjectName(u"hukouRegionRow")
        self.hukouProvinceCombo = QComboBox(self.pageContactContent)
        self.hukouProvinceCombo.setObjectName(u"hukouProvinceCombo")
        self.hukouProvinceCombo.setMaximumSize(QSize(150, 16777215))
        self.hukouProvinceCombo.setMinimumSize(QSize(110, 0))

        self.hukouRegionRow.addWidget(self.hukouProvinceCombo)

        self.hukouCityCombo = QComboBox(self.pageContactContent)
        self.hukouCityCombo.setObjectName(u"hukouCityCombo")
        self.hukouCityCombo.setMaximumSize(QSize(170, 16777215))
        self.hukouCityCombo.setMinimumSize(QSize(110, 0))

        self.hukouRegionRow.addWidget(self.hukouCityCombo)

        self.hukouCountyCombo = QComboBox(self.pageContactContent)
        self.hukouCountyCombo.setObjectName(u"hukouCountyCombo")
        self.hukouCountyCombo.setMaximumSize(QSize(170, 16777215))
        self.hukouCountyCombo.setMinimumSize(QSize(110, 0))

        self.hukouRegionRow.addWidget(self.hukouCountyCombo)

        self.hukouRegionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hukouRegionRow.addItem(self.hukouRegionSpacer)


        self.hukouRegionBox.addLayout(self.hukouRegionRow)

        self.hukouRegionMsg = QLabel(self.pageContactContent)
        self.hukouRegionMsg.setObjectName(u"hukouRegionMsg")
        self.hukouRegionMsg.setWordWrap(True)
        self.hukouRegionMsg.setStyleSheet(u"color: #b00020;")
        self.hukouRegionMsg.setTextFormat(Qt.PlainText)

        self.hukouRegionBox.addWidget(self.hukouRegionMsg)


        self.pageContactForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hukouRegionBox)

        self.hukouAddressLabel = QLabel(self.pageContactContent)
        self.hukouAddressLabel.setObjectName(u"hukouAddressLabel")

        self.pageContactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hukouAddressLabel)

        self.hukouAddressBox = QVBoxLayout()
        self.hukouAddressBox.setSpacing(2)
        self.hukouAddressBox.setObjectName(u"hukouAddressBox")
        self.hukouAddressRow = QHBoxLayout()
        self.hukouAddressRow.setSpacing(6)
        self.hukouAddressRow.setObjectName(u"hukouAddressRow")
        self.hukouAddressEdit = QLineEdit(self.pageContactContent)
        self.hukouAddressEdit.setObjectName(u"hukouAddressEdit")
        self.hukouAddressEdit.setMaximumSize(QSize(480, 16777215))

        self.hukouAddressRow.addWidget(self.hukouAddressEdit)

        self.copyFromMemberButton = QPushButton(self.pageContactContent)
        self.copyFromMemberButton.setObjectName(u"copyFromMemberButton")

        self.hukouAddressRow.addWidget(self.copyFromMemberButton)

        self.hukouAddressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hukouAddressRow.addItem(self.hukouAddressSpacer)


        self.hukouAddressBox.addLayout(self.hukouAddressRow)

        self.hukouAddressMsg = QLabel(self.pageContactContent)
        self.hukouAddressMsg.setObjectName(u"hukouAddressMsg")
        self.hukouAddressMsg.setWordWrap(True)
        self.hukouAddressMsg.setStyleSheet(u"color: #b00020;")
        self.hukouAddressMsg.setTextFormat(Qt.PlainText)

        self.hukouAddressBox.addWidget(self.hukouAddressMsg)


        self.pageContactForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.hukouAddressBox)

        self.currentRegionLabel = QLabel(self.pageContactContent)
        self.currentRegionLabel.setObjectName(u"currentRegionLabel")

        self.pageContactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currentRegionLabel)

        self.currentRegionBox = QVBoxLayout()
        self.currentRegionBox.setSpacing(2)
        self.currentRegionBox.setObjectName(u"currentRegionBox")
        self.currentRegionRow = QHBoxLayout()
        self.currentRegionRow.setSpacing(6)
        self.currentRegionRow.setObjectName(u"currentRegionRow")
        self.currentProvinceCombo = QComboBox(self.pageContactContent)
        self.currentProvinceCombo.setObjectName(u"currentProvinceCombo")
        self.currentProvinceCombo.setMaximumSize(QSize(150, 16777215))
        self.currentProvinceCombo.setMinimumSize(QSize(110, 0))

        self.currentRegionRow.addWidget(self.currentProvinceCombo)

        self.currentCityCombo = QComboBox(self.pageContactContent)
        self.currentCityCombo.setObjectName(u"currentCityCombo")
        self.currentCityCombo.setMaximumSize(QSize(170, 16777215))
        self.currentCityCombo.setMinimumSize(QSize(110, 0))

        self.currentRegionRow.addWidget(self.currentCityCombo)

        self.currentCountyCombo = QComboBox(self.pageContactContent)
        self.currentCountyCombo.setObjectName(u"currentCountyCombo")
        self.currentCountyCombo.setMaximumSize(QSize(170, 16777215))
        self.currentCountyCombo.setMinimumSize(QSize(110, 0))

        self.currentRegionRow.addWidget(self.currentCountyCombo)

        self.sameAsHukouButton = QPushButton(self.pageContactContent)
        self.sameAsHukouButton.setObjectName(u"sameAsHukouButton")

        self.currentRegionRow.addWidget(self.sameAsHukouButton)

        self.currentRegionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentRegionRow.addItem(self.currentRegionSpacer)


        self.currentRegionBox.addLayout(self.currentRegionRow)

        self.currentRegionMsg = QLabel(self.pageContactContent)
        self.currentRegionMsg.setObjectName(u"currentRegionMsg")
        self.currentRegionMsg.setWordWrap(True)
        self.currentRegionMsg.setStyleSheet(u"color: #b00020;")
        self.currentRegionMsg.setTextFormat(Qt.PlainText)

        self.currentRegionBox.addWidget(self.currentRegionMsg)


        self.pageContactForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.currentRegionBox)

        self.currentAddressLabel = QLabel(self.pageContactContent)
        self.currentAddressLabel.setObjectName(u"currentAddressLabel")

        self.pageContactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.currentAddressLabel)

        self.currentAddressBox = QVBoxLayout()
        self.currentAddressBox.setSpacing(2)
        self.currentAddressBox.setObjectName(u"currentAddressBox")
        self.currentAddressRow = QHBoxLayout()
        self.currentAddressRow.setSpacing(6)
        self.currentAddressRow.setObjectName(u"currentAddressRow")
        self.currentAddressEdit = QLineEdit(self.pageContactContent)
        self.currentAddressEdit.setObjectName(u"currentAddressEdit")
        self.currentAddressEdit.setMaximumSize(QSize(480, 16777215))

        self.currentAddressRow.addWidget(self.currentAddressEdit)

        self.currentAddressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentAddressRow.addItem(self.currentAddressSpacer)


        self.currentAddressBox.addLayout(self.currentAddressRow)

        self.currentAddressMsg = QLabel(self.pageContactContent)
        self.currentAddressMsg.setObjectName(u"currentAddressMsg")
        self.currentAddressMsg.setWordWrap(True)
        self.currentAddressMsg.setStyleSheet(u"color: #b00020;")
        self.currentAddressMsg.setTextFormat(Qt.PlainText)

        self.currentAddressBox.addWidget(self.currentAddressMsg)


        self.pageContactForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.currentAddressBox)

        self.currentYearsLabel = QLabel(self.pageContactContent)
        self.currentYearsLabel.setObjectName(u"currentYearsLabel")

        self.pageContactForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.currentYearsLabel)

        self.currentYearsBox = QVBoxLayout()
        self.currentYearsBox.setSpacing(2)
        self.currentYearsBox.setObjectName(u"currentYearsBox")
        self.currentYearsRow = QHBoxLayout()
        self.currentYearsRow.setSpacing(6)
        self.currentYearsRow.setObjectName(u"currentYearsRow")
        self.currentYearsEdit = QLineEdit(self.pageContactContent)
        self.currentYearsEdit.setObjectName(u"currentYearsEdit")
        self.currentYearsEdit.setMaximumSize(QSize(100, 16777215))

        self.currentYearsRow.addWidget(self.currentYearsEdit)

        self.currentYearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentYearsRow.addItem(self.currentYearsSpacer)


        self.currentYearsBox.addLayout(self.currentYearsRow)

        self.currentYearsMsg = QLabel(self.pageContactContent)
        self.currentYearsMsg.setObjectName(u"currentYearsMsg")
        self.currentYearsMsg.setWordWrap(True)
        self.currentYearsMsg.setStyleSheet(u"color: #b00020;")
        self.currentYearsMsg.setTextFormat(Qt.PlainText)

        self.currentYearsBox.addWidget(self.currentYearsMsg)


        self.pageContactForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.currentYearsBox)


        self.pageContactLayout.addLayout(self.pageContactForm)

        self.pageContactBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageContactLayout.addItem(self.pageContactBottom)

        self.pageContactScroll.setWidget(self.pageContactContent)

        self.pageContactOuter.addWidget(self.pageContactScroll)

        self.sectionTabs.addTab(self.pageContact, "")
        self.pageWork = QWidget()
        self.pageWork.setObjectName(u"pageWork")
        self.pageWorkOuter = QVBoxLayout(self.pageWork)
        self.pageWorkOuter.setObjectName(u"pageWorkOuter")
        self.pageWorkOuter.setContentsMargins(0, 0, 0, 0)
        self.pageWorkScroll = QScrollArea(self.pageWork)
        self.pageWorkScroll.setObjectName(u"pageWorkScroll")
        self.pageWorkScroll.setWidgetResizable(True)
        self.pageWorkScroll.setFrameShape(QFrame.NoFrame)
        self.pageWorkContent = QWidget()
        self.pageWorkContent.setObjectName(u"pageWorkContent")
        self.pageWorkLayout = QVBoxLayout(self.pageWorkContent)
        self.pageWorkLayout.setObjectName(u"pageWorkLayout")
        self.pageWorkForm = QFormLayout()
        self.pageWorkForm.setObjectName(u"pageWorkForm")
        self.pageWorkForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageWorkForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageWorkForm.setHorizontalSpacing(12)
        self.pageWorkForm.setVerticalSpacing(6)
        self.occupationLabel = QLabel(self.pageWorkContent)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.pageWorkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationBox = QVBoxLayout()
        self.occupationBox.setSpacing(2)
        self.occupationBox.setObjectName(u"occupationBox")
        self.occupationRow = QHBoxLayout()
        self.occupationRow.setSpacing(6)
        self.occupationRow.setObjectName(u"occupationRow")
        self.occupationCombo = QComboBox(self.pageWorkContent)
        self.occupationCombo.setObjectName(u"occupationCombo")
        self.occupationCombo.setEditable(True)
        self.occupationCombo.setInsertPolicy(QComboBox.NoInsert)
        self.occupationCombo.setMaximumSize(QSize(200, 16777215))
        self.occupationCombo.setMinimumSize(QSize(200, 0))

        self.occupationRow.addWidget(self.occupationCombo)

        self.occupationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.occupationRow.addItem(self.occupationSpacer)


        self.occupationBox.addLayout(self.occupationRow)

        self.occupationMsg = QLabel(self.pageWorkContent)
        self.occupationMsg.setObjectName(u"occupationMsg")
        self.occupationMsg.setWordWrap(True)
        self.occupationMsg.setStyleSheet(u"color: #b00020;")
        self.occupationMsg.setTextFormat(Qt.PlainText)

        self.occupationBox.addWidget(self.occupationMsg)


        self.pageWorkForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.occupationBox)

        self.employerLabel = QLabel(self.pageWorkContent)
        self.employerLabel.setObjectName(u"employerLabel")

        self.pageWorkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerBox = QVBoxLayout()
        self.employerBox.setSpacing(2)
        self.employerBox.setObjectName(u"employerBox")
        self.employerRow = QHBoxLayout()
        self.employerRow.setSpacing(6)
        self.employerRow.setObjectName(u"employerRow")
        self.employerEdit = QLineEdit(self.pageWorkContent)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaximumSize(QSize(400, 16777215))

        self.employerRow.addWidget(self.employerEdit)

        self.employerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.employerRow.addItem(self.employerSpacer)


        self.employerBox.addLayout(self.employerRow)

        self.employerMsg = QLabel(self.pageWorkContent)
        self.employerMsg.setObjectName(u"employerMsg")
        self.employerMsg.setWordWrap(True)
        self.employerMsg.setStyleSheet(u"color: #b00020;")
        self.employerMsg.setTextFormat(Qt.PlainText)

        self.employerBox.addWidget(self.employerMsg)


        self.pageWorkForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.employerBox)

        self.industryLabel = QLabel(self.pageWorkContent)
        self.industryLabel.setObjectName(u"industryLabel")

        self.pageWorkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryBox = QVBoxLayout()
        self.industryBox.setSpacing(2)
        self.industryBox.setObjectName(u"industryBox")
        self.industryRow = QHBoxLayout()
        self.industryRow.setSpacing(6)
        self.industryRow.setObjectName(u"industryRow")
        self.industryEdit = QLineEdit(self.pageWorkContent)
        self.industryEdit.setObjectName(u"industryEdit")
        self.industryEdit.setMaximumSize(QSize(240, 16777215))

        self.industryRow.addWidget(self.industryEdit)

        self.industrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.industryRow.addItem(self.industrySpacer)


        self.industryBox.addLayout(self.industryRow)

        self.industryMsg = QLabel(self.pageWorkContent)
        self.industryMsg.setObjectName(u"industryMsg")
        self.industryMsg.setWordWrap(True)
        self.industryMsg.setStyleSheet(u"color: #b00020;")
        self.industryMsg.setTextFormat(Qt.PlainText)

        self.industryBox.addWidget(self.industryMsg)


        self.pageWorkForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.industryBox)

        self.positionLabel = QLabel(self.pageWorkContent)
        self.positionLabel.setObjectName(u"positionLabel")

        self.pageWorkForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionBox = QVBoxLayout()
        self.positionBox.setSpacing(2)
        self.positionBox.setObjectName(u"positionBox")
        self.positionRow = QHBoxLayout()
        self.positionRow.setSpacing(6)
        self.positionRow.setObjectName(u"positionRow")
        self.positionEdit = QLineEdit(self.pageWorkContent)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaximumSize(QSize(240, 16777215))

        self.positionRow.addWidget(self.positionEdit)

        self.positionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.positionRow.addItem(self.positionSpacer)


        self.positionBox.addLayout(self.positionRow)

        self.positionMsg = QLabel(self.pageWorkContent)
        self.positionMsg.setObjectName(u"positionMsg")
        self.positionMsg.setWordWrap(True)
        self.positionMsg.setStyleSheet(u"color: #b00020;")
        self.positionMsg.setTextFormat(Qt.PlainText)

        self.positionBox.addWidget(self.positionMsg)


        self.pageWorkForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.positionBox)

        self.yearsEmployedLabel = QLabel(self.pageWorkContent)
        self.yearsEmployedLabel.setObjectName(u"yearsEmployedLabel")

        self.pageWorkForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearsEmployedLabel)

        self.yearsEmployedBox = QVBoxLayout()
        self.yearsEmployedBox.setSpacing(2)
        self.yearsEmployedBox.setObjectName(u"yearsEmployedBox")
        self.yearsEmployedRow = QHBoxLayout()
        self.yearsEmployedRow.setSpacing(6)
        self.yearsEmployedRow.setObjectName(u"yearsEmployedRow")
        self.yearsEmployedEdit = QLineEdit(self.pageWorkContent)
        self.yearsEmployedEdit.setObjectName(u"yearsEmployedEdit")
        self.yearsEmployedEdit.setMaximumSize(QSize(100, 16777215))

        self.yearsEmployedRow.addWidget(self.yearsEmployedEdit)

        self.yearsEmployedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearsEmployedRow.addItem(self.yearsEmployedSpacer)


        self.yearsEmployedBox.addLayout(self.yearsEmployedRow)

        self.yearsEmployedMsg = QLabel(self.pageWorkContent)
        self.yearsEmployedMsg.setObjectName(u"yearsEmployedMsg")
        self.yearsEmployedMsg.setWordWrap(True)
        self.yearsEmployedMsg.setStyleSheet(u"color: #b00020;")
        self.yearsEmployedMsg.setTextFormat(Qt.PlainText)

        self.yearsEmployedBox.addWidget(self.yearsEmployedMsg)


        self.pageWorkForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.yearsEmployedBox)

        self.monthlyIncomeLabel = QLabel(self.pageWorkContent)
        self.monthlyIncomeLabel.setObjectName(u"monthlyIncomeLabel")

        self.pageWorkForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.monthlyIncomeLabel)

        self.monthlyIncomeBox = QVBoxLayout()
        self.monthlyIncomeBox.setSpacing(2)
        self.monthlyIncomeBox.setObjectName(u"monthlyIncomeBox")
        self.monthlyIncomeRow = QHBoxLayout()
        self.monthlyIncomeRow.setSpacing(6)
        self.monthlyIncomeRow.setObjectName(u"monthlyIncomeRow")
        self.monthlyIncomeEdit = QLineEdit(self.pageWorkContent)
        self.monthlyIncomeEdit.setObjectName(u"monthlyIncomeEdit")
        self.monthlyIncomeEdit.setMaximumSize(QSize(180, 16777215))

        self.monthlyIncomeRow.addWidget(self.monthlyIncomeEdit)

        self.monthlyIncomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthlyIncomeRow.addItem(self.monthlyIncomeSpacer)


        self.monthlyIncomeBox.addLayout(self.monthlyIncomeRow)

        self.monthlyIncomeMsg = QLabel(self.pageWorkContent)
        self.monthlyIncomeMsg.setObjectName(u"monthlyIncomeMsg")
        self.monthlyIncomeMsg.setWordWrap(True)
        self.monthlyIncomeMsg.setStyleSheet(u"color: #b00020;")
        self.monthlyIncomeMsg.setTextFormat(Qt.PlainText)

        self.monthlyIncomeBox.addWidget(self.monthlyIncomeMsg)


        self.pageWorkForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.monthlyIncomeBox)

        self.incomeSourceLabel = QLabel(self.pageWorkContent)
        self.incomeSourceLabel.setObjectName(u"incomeSourceLabel")

        self.pageWorkForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.incomeSourceLabel)

        self.incomeSourceBox = QVBoxLayout()
        self.incomeSourceBox.setSpacing(2)
        self.incomeSourceBox.setObjectName(u"incomeSourceBox")
        self.incomeSourceRow = QHBoxLayout()
        self.incomeSourceRow.setSpacing(6)
        self.incomeSourceRow.setObjectName(u"incomeSourceRow")
        self.incomeSourceEdit = QLineEdit(self.pageWorkContent)
        self.incomeSourceEdit.setObjectName(u"incomeSourceEdit")
        self.incomeSourceEdit.setMaximumSize(QSize(320, 16777215))

        self.incomeSourceRow.addWidget(self.incomeSourceEdit)

        self.incomeSourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomeSourceRow.addItem(self.incomeSourceSpacer)


        self.incomeSourceBox.addLayout(self.incomeSourceRow)

        self.incomeSourceMsg = QLabel(self.pageWorkContent)
        self.incomeSourceMsg.setObjectName(u"incomeSourceMsg")
        self.incomeSourceMsg.setWordWrap(True)
        self.incomeSourceMsg.setStyleSheet(u"color: #b00020;")
        self.incomeSourceMsg.setTextFormat(Qt.PlainText)

        self.incomeSourceBox.addWidget(self.incomeSourceMsg)


        self.pageWorkForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.incomeSourceBox)

        self.householdIncomeLabel = QLabel(self.pageWorkContent)
        self.householdIncomeLabel.setObjectName(u"householdIncomeLabel")

        self.pageWorkForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.householdIncomeLabel)

        self.householdIncomeBox = QVBoxLayout()
        self.householdIncomeBox.setSpacing(2)
        self.householdIncomeBox.setObjectName(u"householdIncomeBox")
        self.householdIncomeRow = QHBoxLayout()
        self.householdIncomeRow.setSpacing(6)
        self.householdIncomeRow.setObjectName(u"householdIncomeRow")
        self.householdIncomeEdit = QLineEdit(self.pageWorkContent)
        self.householdIncomeEdit.setObjectName(u"householdIncomeEdit")
        self.householdIncomeEdit.setMaximumSize(QSize(180, 16777215))

        self.householdIncomeRow.addWidget(self.householdIncomeEdit)

        self.householdIncomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.householdIncomeRow.addItem(self.householdIncomeSpacer)


        self.householdIncomeBox.addLayout(self.householdIncomeRow)

        self.householdIncomeMsg = QLabel(self.pageWorkContent)
        self.householdIncomeMsg.setObjectName(u"householdIncomeMsg")
        self.householdIncomeMsg.setWordWrap(True)
        self.householdIncomeMsg.setStyleSheet(u"color: #b00020;")
        self.householdIncomeMsg.setTextFormat(Qt.PlainText)

        self.householdIncomeBox.addWidget(self.householdIncomeMsg)


        self.pageWorkForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.householdIncomeBox)


        self.pageWorkLayout.addLayout(self.pageWorkForm)

        self.pageWorkBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageWorkLayout.addItem(self.pageWorkBottom)

        self.pageWorkScroll.setWidget(self.pageWorkContent)

        self.pageWorkOuter.addWidget(self.pageWorkScroll)

        self.sectionTabs.addTab(self.pageWork, "")
        self.pageAssets = QWidget()
        self.pageAssets.setObjectName(u"pageAssets")
        self.pageAssetsOuter = QVBoxLayout(self.pageAssets)
        self.pageAssetsOuter.setObjectName(u"pageAssetsOuter")
        self.pageAssetsOuter.setContentsMargins(0, 0, 0, 0)
        self.pageAssetsScroll = QScrollArea(self.pageAssets)
        self.pageAssetsScroll.setObjectName(u"pageAssetsScroll")
        self.pageAssetsScroll.setWidgetResizable(True)
        self.pageAssetsScroll.setFrameShape(QFrame.NoFrame)
        self.pageAssetsContent = QWidget()
        self.pageAssetsContent.setObjectName(u"pageAssetsContent")
        self.pageAssetsLayout = QVBoxLayout(self.pageAssetsContent)
        self.pageAssetsLayout.setObjectName(u"pageAssetsLayout")
        self.pageAssetsForm = QFormLayout()
        self.pageAssetsForm.setObjectName(u"pageAssetsForm")
        self.pageAssetsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageAssetsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageAssetsForm.setHorizontalSpacing(12)
        self.pageAssetsForm.setVerticalSpacing(6)
        self.housingLabel = QLabel(self.pageAssetsContent)
        self.housingLabel.setObjectName(u"housingLabel")

        self.pageAssetsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.housingLabel)

        self.housingBox = QVBoxLayout()
        self.housingBox.setSpacing(2)
        self.housingBox.setObjectName(u"housingBox")
        self.housingRow = QHBoxLayout()
        self.housingRow.setSpacing(6)
        self.housingRow.setObjectName(u"housingRow")
        self.housingCombo = QComboBox(self.pageAssetsContent)
        self.housingCombo.setObjectName(u"housingCombo")
        self.housingCombo.setMaximumSize(QSize(160, 16777215))
        self.housingCombo.setMinimumSize(QSize(160, 0))

        self.housingRow.addWidget(self.housingCombo)

        self.housingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.housingRow.addItem(self.housingSpacer)


        self.housingBox.addLayout(self.housingRow)

        self.housingMsg = QLabel(self.pageAssetsContent)
        self.housingMsg.setObjectName(u"housingMsg")
        self.housingMsg.setWordWrap(True)
        self.housingMsg.setStyleSheet(u"color: #b00020;")
        self.housingMsg.setTextFormat(Qt.PlainText)

        self.housingBox.addWidget(self.housingMsg)


        self.pageAssetsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.housingBox)

        self.realEstateCountLabel = QLabel(self.pageAssetsContent)
        self.realEstateCountLabel.setObjectName(u"realEstateCountLabel")

        self.pageAssetsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.realEstateCountLabel)

        self.realEstateCountBox = QVBoxLayout()
        self.realEstateCountBox.setSpacing(2)
        self.realEstateCountBox.setObjectName(u"realEstateCountBox")
        self.realEstateCountRow = QHBoxLayout()
        self.realEstateCountRow.setSpacing(6)
        self.realEstateCountRow.setObjectName(u"realEstateCountRow")
        self.realEstateCountEdit = QLineEdit(self.pageAssetsContent)
        self.realEstateCountEdit.setObjectName(u"realEstateCountEdit")
        self.realEstateCountEdit.setMaximumSize(QSize(100, 16777215))

        self.realEstateCountRow.addWidget(self.realEstateCountEdit)

        self.realEstateCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.realEstateCountRow.addItem(self.realEstateCountSpacer)


        self.realEstateCountBox.addLayout(self.realEstateCountRow)

        self.realEstateCountMsg = QLabel(self.pageAssetsContent)
        self.realEstateCountMsg.setObjectName(u"realEstateCountMsg")
        self.realEstateCountMsg.setWordWrap(True)
        self.realEstateCountMsg.setStyleSheet(u"color: #b00020;")
        self.realEstateCountMsg.setTextFormat(Qt.PlainText)

        self.realEstateCountBox.addWidget(self.realEstateCountMsg)


        self.pageAssetsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.realEstateCountBox)

        self.realEstateValueLabel = QLabel(self.pageAssetsContent)
        self.realEstateValueLabel.setObjectName(u"realEstateValueLabel")

        self.pageAssetsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.realEstateValueLabel)

        self.realEstateValueBox = QVBoxLayout()
        self.realEstateValueBox.setSpacing(2)
        self.realEstateValueBox.setObjectName(u"realEstateValueBox")
        self.realEstateValueRow = QHBoxLayout()
        self.realEstateValueRow.setSpacing(6)
        self.realEstateValueRow.setObjectName(u"realEstateValueRow")
        self.realEstateValueEdit = QLineEdit(self.pageAssetsContent)
        self.realEstateValueEdit.setObjectName(u"realEstateValueEdit")
        self.realEstateValueEdit.setMaximumSize(QSize(180, 16777215))

        self.realEstateValueRow.addWidget(self.realEstateValueEdit)

        self.realEstateValueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.realEstateValueRow.addItem(self.realEstateValueSpacer)


        self.realEstateValueBox.addLayout(self.realEstateValueRow)

        self.realEstateValueMsg = QLabel(self.pageAssetsContent)
        self.realEstateValueMsg.setObjectName(u"realEstateValueMsg")
        self.realEstateValueMsg.setWordWrap(True)
        self.realEstateValueMsg.setStyleSheet(u"color: #b00020;")
        self.realEstateValueMsg.setTextFormat(Qt.PlainText)

        self.realEstateValueBox.addWidget(self.realEstateValueMsg)


        self.pageAssetsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.realEstateValueBox)

        self.vehicleCountLabel = QLabel(self.pageAssetsContent)
        self.vehicleCountLabel.setObjectName(u"vehicleCountLabel")

        self.pageAssetsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vehicleCountLabel)

        self.vehicleCountBox = QVBoxLayout()
        self.vehicleCountBox.setSpacing(2)
        self.vehicleCountBox.setObjectName(u"vehicleCountBox")
        self.vehicleCountRow = QHBoxLayout()
        self.vehicleCountRow.setSpacing(6)
        self.vehicleCountRow.setObjectName(u"vehicleCountRow")
        self.vehicleCountEdit = QLineEdit(self.pageAssetsContent)
        self.vehicleCountEdit.setObjectName(u"vehicleCountEdit")
        self.vehicleCountEdit.setMaximumSize(QSize(100, 16777215))

        self.vehicleCountRow.addWidget(self.vehicleCountEdit)

        self.vehicleCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vehicleCountRow.addItem(self.vehicleCountSpacer)


        self.vehicleCountBox.addLayout(self.vehicleCountRow)

        self.vehicleCountMsg = QLabel(self.pageAssetsContent)
        self.vehicleCountMsg.setObjectName(u"vehicleCountMsg")
        self.vehicleCountMsg.setWordWrap(True)
        self.vehicleCountMsg.setStyleSheet(u"color: #b00020;")
        self.vehicleCountMsg.setTextFormat(Qt.PlainText)

        self.vehicleCountBox.addWidget(self.vehicleCountMsg)


        self.pageAssetsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.vehicleCountBox)

        self.vehicleValueLabel = QLabel(self.pageAssetsContent)
        self.vehicleValueLabel.setObjectName(u"vehicleValueLabel")

        self.pageAssetsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vehicleValueLabel)

        self.vehicleValueBox = QVBoxLayout()
        self.vehicleValueBox.setSpacing(2)
        self.vehicleValueBox.setObjectName(u"vehicleValueBox")
        self.vehicleValueRow = QHBoxLayout()
        self.vehicleValueRow.setSpacing(6)
        self.vehicleValueRow.setObjectName(u"vehicleValueRow")
        self.vehicleValueEdit = QLineEdit(self.pageAssetsContent)
        self.vehicleValueEdit.setObjectName(u"vehicleValueEdit")
        self.vehicleValueEdit.setMaximumSize(QSize(180, 16777215))

        self.vehicleValueRow.addWidget(self.vehicleValueEdit)

        self.vehicleValueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vehicleValueRow.addItem(self.vehicleValueSpacer)


        self.vehicleValueBox.addLayout(self.vehicleValueRow)

        self.vehicleValueMsg = QLabel(self.pageAssetsContent)
        self.vehicleValueMsg.setObjectName(u"vehicleValueMsg")
        self.vehicleValueMsg.setWordWrap(True)
        self.vehicleValueMsg.setStyleSheet(u"color: #b00020;")
        self.vehicleValueMsg.setTextFormat(Qt.PlainText)

        self.vehicleValueBox.addWidget(self.vehicleValueMsg)


        self.pageAssetsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.vehicleValueBox)

        self.depositsLabel = QLabel(self.pageAssetsContent)
        self.depositsLabel.setObjectName(u"depositsLabel")

        self.pageAssetsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.depositsLabel)

        self.depositsBox = QVBoxLayout()
        self.depositsBox.setSpacing(2)
        self.depositsBox.setObjectName(u"depositsBox")
        self.depositsRow = QHBoxLayout()
        self.depositsRow.setSpacing(6)
        self.depositsRow.setObjectName(u"depositsRow")
        self.depositsEdit = QLineEdit(self.pageAssetsContent)
        self.depositsEdit.setObjectName(u"depositsEdit")
        self.depositsEdit.setMaximumSize(QSize(180, 16777215))

        self.depositsRow.addWidget(self.depositsEdit)

        self.depositsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.depositsRow.addItem(self.depositsSpacer)


        self.depositsBox.addLayout(self.depositsRow)

        self.depositsMsg = QLabel(self.pageAssetsContent)
        self.depositsMsg.setObjectName(u"depositsMsg")
        self.depositsMsg.setWordWrap(True)
        self.depositsMsg.setStyleSheet(u"color: #b00020;")
        self.depositsMsg.setTextFormat(Qt.PlainText)

        self.depositsBox.addWidget(self.depositsMsg)


        self.pageAssetsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.depositsBox)

        self.investmentsLabel = QLabel(self.pageAssetsContent)
        self.investmentsLabel.setObjectName(u"investmentsLabel")

        self.pageAssetsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.investmentsLabel)

        self.investmentsBox = QVBoxLayout()
        self.investmentsBox.setSpacing(2)
        self.investmentsBox.setObjectName(u"investmentsBox")
        self.investmentsRow = QHBoxLayout()
        self.investmentsRow.setSpacing(6)
        self.investmentsRow.setObjectName(u"investmentsRow")
        self.investmentsEdit = QLineEdit(self.pageAssetsContent)
        self.investmentsEdit.setObjectName(u"investmentsEdit")
        self.investmentsEdit.setMaximumSize(QSize(180, 16777215))

        self.investmentsRow.addWidget(self.investmentsEdit)

        self.investmentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.investmentsRow.addItem(self.investmentsSpacer)


        self.investmentsBox.addLayout(self.investmentsRow)

        self.investmentsMsg = QLabel(self.pageAssetsContent)
        self.investmentsMsg.setObjectName(u"investmentsMsg")
        self.investmentsMsg.setWordWrap(True)
        self.investmentsMsg.setStyleSheet(u"color: #b00020;")
        self.investmentsMsg.setTextFormat(Qt.PlainText)

        self.investmentsBox.addWidget(self.investmentsMsg)


        self.pageAssetsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.investmentsBox)

        self.landAreaLabel = QLabel(self.pageAssetsContent)
        self.landAreaLabel.setObjectName(u"landAreaLabel")

        self.pageAssetsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.landAreaLabel)

        self.landAreaBox = QVBoxLayout()
        self.landAreaBox.setSpacing(2)
        self.landAreaBox.setObjectName(u"landAreaBox")
        self.landAreaRow = QHBoxLayout()
        self.landAreaRow.setSpacing(6)
        self.landAreaRow.setObjectName(u"landAreaRow")
        self.landAreaEdit = QLineEdit(self.pageAssetsContent)
        self.landAreaEdit.setObjectName(u"landAreaEdit")
        self.landAreaEdit.setMaximumSize(QSize(120, 16777215))

        self.landAreaRow.addWidget(self.landAreaEdit)

        self.landAreaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.landAreaRow.addItem(self.landAreaSpacer)


        self.landAreaBox.addLayout(self.landAreaRow)

        self.landAreaMsg = QLabel(self.pageAssetsContent)
        self.landAreaMsg.setObjectName(u"landAreaMsg")
        self.landAreaMsg.setWordWrap(True)
        self.landAreaMsg.setStyleSheet(u"color: #b00020;")
        self.landAreaMsg.setTextFormat(Qt.PlainText)

        self.landAreaBox.addWidget(self.landAreaMsg)


        self.pageAssetsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.landAreaBox)

        self.landCertLabel = QLabel(self.pageAssetsContent)
        self.landCertLabel.setObjectName(u"landCertLabel")

        self.pageAssetsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.landCertLabel)

        self.landCertBox = QVBoxLayout()
        self.landCertBox.setSpacing(2)
        self.landCertBox.setObjectName(u"landCertBox")
        self.landCertRow = QHBoxLayout()
        self.landCertRow.setSpacing(6)
        self.landCertRow.setObjectName(u"landCertRow")
        self.landCertEdit = QLineEdit(self.pageAssetsContent)
        self.landCertEdit.setObjectName(u"landCertEdit")
        self.landCertEdit.setMaximumSize(QSize(320, 16777215))

        self.landCertRow.addWidget(self.landCertEdit)

        self.landCertSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.landCertRow.addItem(self.landCertSpacer)


        self.landCertBox.addLayout(self.landCertRow)

        self.landCertMsg = QLabel(self.pageAssetsContent)
        self.landCertMsg.setObjectName(u"landCertMsg")
        self.landCertMsg.setWordWrap(True)
        self.landCertMsg.setStyleSheet(u"color: #b00020;")
        self.landCertMsg.setTextFormat(Qt.PlainText)

        self.landCertBox.addWidget(self.landCertMsg)


        self.pageAssetsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.landCertBox)

        self.bankSectionLabel = QLabel(self.pageAssetsContent)
        self.bankSectionLabel.setObjectName(u"bankSectionLabel")
        self.bankSectionLabel.setStyleSheet(u"font-weight: bold; margin-top: 8px;")

        self.pageAssetsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.bankSectionLabel)

        self.bankHintLabel = QLabel(self.pageAssetsContent)
        self.bankHintLabel.setObjectName(u"bankHintLabel")
        self.bankHintLabel.setWordWrap(True)
        self.bankHintLabel.setStyleSheet(u"color: #555;")

        self.pageAssetsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.bankHintLabel)

        self.accountTypeLabel = QLabel(self.pageAssetsContent)
        self.accountTypeLabel.setObjectName(u"accountTypeLabel")

        self.pageAssetsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.accountTypeLabel)

        self.accountTypeBox = QVBoxLayout()
        self.accountTypeBox.setSpacing(2)
        self.accountTypeBox.setObjectName(u"accountTypeBox")
        self.accountTypeRow = QHBoxLayout()
        self.accountTypeRow.setSpacing(6)
        self.accountTypeRow.setObjectName(u"accountTypeRow")
        self.accountTypeCombo = QComboBox(self.pageAssetsContent)
        self.accountTypeCombo.setObjectName(u"accountTypeCombo")
        self.accountTypeCombo.setMaximumSize(QSize(160, 16777215))
        self.accountTypeCombo.setMinimumSize(QSize(160, 0))

        self.accountTypeRow.addWidget(self.accountTypeCombo)

        self.accountTypeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountTypeRow.addItem(self.accountTypeSpacer)


        self.accountTypeBox.addLayout(self.accountTypeRow)

        self.accountTypeMsg = QLabel(self.pageAssetsContent)
        self.accountTypeMsg.setObjectName(u"accountTypeMsg")
        self.accountTypeMsg.setWordWrap(True)
        self.accountTypeMsg.setStyleSheet(u"color: #b00020;")
        self.accountTypeMsg.setTextFormat(Qt.PlainText)

        self.accountTypeBox.addWidget(self.accountTypeMsg)


        self.pageAssetsForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.accountTypeBox)

        self.accountNoLabel = QLabel(self.pageAssetsContent)
        self.accountNoLabel.setObjectName(u"accountNoLabel")

        self.pageAssetsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.accountNoLabel)

        self.accountNoBox = QVBoxLayout()
        self.accountNoBox.setSpacing(2)
        self.accountNoBox.setObjectName(u"accountNoBox")
        self.accountNoRow = QHBoxLayout()
        self.accountNoRow.setSpacing(6)
        self.accountNoRow.setObjectName(u"accountNoRow")
        self.accountNoEdit = QLineEdit(self.pageAssetsContent)
        self.accountNoEdit.setObjectName(u"accountNoEdit")
        self.accountNoEdit.setMaximumSize(QSize(280, 16777215))

        self.accountNoRow.addWidget(self.accountNoEdit)

        self.accountNoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountNoRow.addItem(self.accountNoSpacer)


        self.accountNoBox.addLayout(self.accountNoRow)

        self.accountNoMsg = QLabel(self.pageAssetsContent)
        self.accountNoMsg.setObjectName(u"accountNoMsg")
        self.accountNoMsg.setWordWrap(True)
        self.accountNoMsg.setStyleSheet(u"color: #b00020;")
        self.accountNoMsg.setTextFormat(Qt.PlainText)

        self.accountNoBox.addWidget(self.accountNoMsg)


        self.pageAssetsForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.accountNoBox)

        self.bankNameLabel = QLabel(self.pageAssetsContent)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.pageAssetsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.bankNameLabel)

        self.bankNameBox = QVBoxLayout()
        self.bankNameBox.setSpacing(2)
        self.bankNameBox.setObjectName(u"bankNameBox")
        self.bankNameRow = QHBoxLayout()
        self.bankNameRow.setSpacing(6)
        self.bankNameRow.setObjectName(u"bankNameRow")
        self.bankNameEdit = QLineEdit(self.pageAssetsContent)
        self.bankNameEdit.setObjectName(u"bankNameEdit")
        self.bankNameEdit.setMaximumSize(QSize(320, 16777215))

        self.bankNameRow.addWidget(self.bankNameEdit)

        self.bankNameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bankNameRow.addItem(self.bankNameSpacer)


        self.bankNameBox.addLayout(self.bankNameRow)

        self.bankNameMsg = QLabel(self.pageAssetsContent)
        self.bankNameMsg.setObjectName(u"bankNameMsg")
        self.bankNameMsg.setWordWrap(True)
        self.bankNameMsg.setStyleSheet(u"color: #b00020;")
        self.bankNameMsg.setTextFormat(Qt.PlainText)

        self.bankNameBox.addWidget(self.bankNameMsg)


        self.pageAssetsForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.bankNameBox)


        self.pageAssetsLayout.addLayout(self.pageAssetsForm)

        self.pageAssetsBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageAssetsLayout.addItem(self.pageAssetsBottom)

        self.pageAssetsScroll.setWidget(self.pageAssetsContent)

        self.pageAssetsOuter.addWidget(self.pageAssetsScroll)

        self.sectionTabs.addTab(self.pageAssets, "")
        self.pageLiabilities = QWidget()
        self.pageLiabilities.setObjectName(u"pageLiabilities")
        self.pageLiabilitiesOuter = QVBoxLayout(self.pageLiabilities)
        self.pageLiabilitiesOuter.setObjectName(u"pageLiabilitiesOuter")
        self.pageLiabilitiesOuter.setContentsMargins(0, 0, 0, 0)
        self.pageLiabilitiesScroll = QScrollArea(self.pageLiabilities)
        self.pageLiabilitiesScroll.setObjectName(u"pageLiabilitiesScroll")
        self.pageLiabilitiesScroll.setWidgetResizable(True)
        self.pageLiabilitiesScroll.setFrameShape(QFrame.NoFrame)
        self.pageLiabilitiesContent = QWidget()
        self.pageLiabilitiesContent.setObjectName(u"pageLiabilitiesContent")
        self.pageLiabilitiesLayout = QVBoxLayout(self.pageLiabilitiesContent)
        self.pageLiabilitiesLayout.setObjectName(u"pageLiabilitiesLayout")
        self.pageLiabilitiesIntro = QLabel(self.pageLiabilitiesContent)
        self.pageLiabilitiesIntro.setObjectName(u"pageLiabilitiesIntro")
        self.pageLiabilitiesIntro.setWordWrap(True)
        self.pageLiabilitiesIntro.setStyleSheet(u"color: #555;")

        self.pageLiabilitiesLayout.addWidget(self.pageLiabilitiesIntro)

        self.pageLiabilitiesForm = QFormLayout()
        self.pageLiabilitiesForm.setObjectName(u"pageLiabilitiesForm")
        self.pageLiabilitiesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageLiabilitiesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageLiabilitiesForm.setHorizontalSpacing(12)
        self.pageLiabilitiesForm.setVerticalSpacing(6)
        self.loansHereCountLabel = QLabel(self.pageLiabilitiesContent)
        self.loansHereCountLabel.setObjectName(u"loansHereCountLabel")

        self.pageLiabilitiesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loansHereCountLabel)

        self.loansHereCountBox = QVBoxLayout()
        self.loansHereCountBox.setSpacing(2)
        self.loansHereCountBox.setObjectName(u"loansHereCountBox")
        self.loansHereCountRow = QHBoxLayout()
        self.loansHereCountRow.setSpacing(6)
        self.loansHereCountRow.setObjectName(u"loansHereCountRow")
        self.loansHereCountEdit = QLineEdit(self.pageLiabilitiesContent)
        self.loansHereCountEdit.setObjectName(u"loansHereCountEdit")
        self.loansHereCountEdit.setMaximumSize(QSize(100, 16777215))

        self.loansHereCountRow.addWidget(self.loansHereCountEdit)

        self.loansHereCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loansHereCountRow.addItem(self.loansHereCountSpacer)


        self.loansHereCountBox.addLayout(self.loansHereCountRow)

        self.loansHereCountMsg = QLabel(self.pageLiabilitiesContent)
        self.loansHereCountMsg.setObjectName(u"loansHereCountMsg")
        self.loansHereCountMsg.setWordWrap(True)
        self.loansHereCountMsg.setStyleSheet(u"color: #b00020;")
        self.loansHereCountMsg.setTextFormat(Qt.PlainText)

        self.loansHereCountBox.addWidget(self.loansHereCountMsg)


        self.pageLiabilitiesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.loansHereCountBox)

        self.loansHereBalanceLabel = QLabel(self.pageLiabilitiesContent)
        self.loansHereBalanceLabel.setObjectName(u"loansHereBalanceLabel")

        self.pageLiabilitiesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loansHereBalanceLabel)

        self.loansHereBalanceBox = QVBoxLayout()
        self.loansHereBalanceBox.setSpacing(2)
        self.loansHereBalanceBox.setObjectName(u"loansHereBalanceBox")
        self.loansHereBalanceRow = QHBoxLayout()
        self.loansHereBalanceRow.setSpacing(6)
        self.loansHereBalanceRow.setObjectName(u"loansHereBalanceRow")
        self.loansHereBalanceEdit = QLineEdit(self.pageLiabilitiesContent)
        self.loansHereBalanceEdit.setObjectName(u"loansHereBalanceEdit")
        self.loansHereBalanceEdit.setMaximumSize(QSize(180, 16777215))

        self.loansHereBalanceRow.addWidget(self.loansHereBalanceEdit)

        self.loansHereBalanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loansHereBalanceRow.addItem(self.loansHereBalanceSpacer)


        self.loansHereBalanceBox.addLayout(self.loansHereBalanceRow)

        self.loansHereBalanceMsg = QLabel(self.pageLiabilitiesContent)
        self.loansHereBalanceMsg.setObjectName(u"loansHereBalanceMsg")
        self.loansHereBalanceMsg.setWordWrap(True)
        self.loansHereBalanceMsg.setStyleSheet(u"color: #b00020;")
        self.loansHereBalanceMsg.setTextFormat(Qt.PlainText)

        self.loansHereBalanceBox.addWidget(self.loansHereBalanceMsg)


        self.pageLiabilitiesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.loansHereBalanceBox)

        self.loansElsewhereCountLabel = QLabel(self.pageLiabilitiesContent)
        self.loansElsewhereCountLabel.setObjectName(u"loansElsewhereCountLabel")

        self.pageLiabilitiesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.loansElsewhereCountLabel)

        self.loansElsewhereCountBox = QVBoxLayout()
        self.loansElsewhereCountBox.setSpacing(2)
        self.loansElsewhereCountBox.setObjectName(u"loansElsewhereCountBox")
        self.loansElsewhereCountRow = QHBoxLayout()
        self.loansElsewhereCountRow.setSpacing(6)
        self.loansElsewhereCountRow.setObjectName(u"loansElsewhereCountRow")
        self.loansElsewhereCountEdit = QLineEdit(self.pageLiabilitiesContent)
        self.loansElsewhereCountEdit.setObjectName(u"loansElsewhereCountEdit")
        self.loansElsewhereCountEdit.setMaximumSize(QSize(100, 16777215))

        self.loansElsewhereCountRow.addWidget(self.loansElsewhereCountEdit)

        self.loansElsewhereCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loansElsewhereCountRow.addItem(self.loansElsewhereCountSpacer)


        self.loansElsewhereCountBox.addLayout(self.loansElsewhereCountRow)

        self.loansElsewhereCountMsg = QLabel(self.pageLiabilitiesContent)
        self.loansElsewhereCountMsg.setObjectName(u"loansElsewhereCountMsg")
        self.loansElsewhereCountMsg.setWordWrap(True)
        self.loansElsewhereCountMsg.setStyleSheet(u"color: #b00020;")
        self.loansElsewhereCountMsg.setTextFormat(Qt.PlainText)

        self.loansElsewhereCountBox.addWidget(self.loansElsewhereCountMsg)


        self.pageLiabilitiesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.loansElsewhereCountBox)

        self.loansElsewhereBalanceLabel = QLabel(self.pageLiabilitiesContent)
        self.loansElsewhereBalanceLabel.setObjectName(u"loansElsewhereBalanceLabel")

        self.pageLiabilitiesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.loansElsewhereBalanceLabel)

        self.loansElsewhereBalanceBox = QVBoxLayout()
        self.loansElsewhereBalanceBox.setSpacing(2)
        self.loansElsewhereBalanceBox.setObjectName(u"loansElsewhereBalanceBox")
        self.loansElsewhereBalanceRow = QHBoxLayout()
        self.loansElsewhereBalanceRow.setSpacing(6)
        self.loansElsewhereBalanceRow.setObjectName(u"loansElsewhereBalanceRow")
        self.loansElsewhereBalanceEdit = QLineEdit(self.pageLiabilitiesContent)
        self.loansElsewhereBalanceEdit.setObjectName(u"loansElsewhereBalanceEdit")
        self.loansElsewhereBalanceEdit.setMaximumSize(QSize(180, 16777215))

        self.loansElsewhereBalanceRow.addWidget(self.loansElsewhereBalanceEdit)

        self.loansElsewhereBalanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loansElsewhereBalanceRow.addItem(self.loansElsewhereBalanceSpacer)


        self.loansElsewhereBalanceBox.addLayout(self.loansElsewhereBalanceRow)

        self.loansElsewhereBalanceMsg = QLabel(self.pageLiabilitiesContent)
        self.loansElsewhereBalanceMsg.setObjectName(u"loansElsewhereBalanceMsg")
        self.loansElsewhereBalanceMsg.setWordWrap(True)
        self.loansElsewhereBalanceMsg.setStyleSheet(u"color: #b00020;")
        self.loansElsewhereBalanceMsg.setTextFormat(Qt.PlainText)

        self.loansElsewhereBalanceBox.addWidget(self.loansElsewhereBalanceMsg)


        self.pageLiabilitiesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.loansElsewhereBalanceBox)

        self.monthlyRepaymentLabel = QLabel(self.pageLiabilitiesContent)
        self.monthlyRepaymentLabel.setObjectName(u"monthlyRepaymentLabel")

        self.pageLiabilitiesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthlyRepaymentLabel)

        self.monthlyRepaymentBox = QVBoxLayout()
        self.monthlyRepaymentBox.setSpacing(2)
        self.monthlyRepaymentBox.setObjectName(u"monthlyRepaymentBox")
        self.monthlyRepaymentRow = QHBoxLayout()
        self.monthlyRepaymentRow.setSpacing(6)
        self.monthlyRepaymentRow.setObjectName(u"monthlyRepaymentRow")
        self.monthlyRepaymentEdit = QLineEdit(self.pageLiabilitiesContent)
        self.monthlyRepaymentEdit.setObjectName(u"monthlyRepaymentEdit")
        self.monthlyRepaymentEdit.setMaximumSize(QSize(180, 16777215))

        self.monthlyRepaymentRow.addWidget(self.monthlyRepaymentEdit)

        self.monthlyRepaymentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthlyRepaymentRow.addItem(self.monthlyRepaymentSpacer)


        self.monthlyRepaymentBox.addLayout(self.monthlyRepaymentRow)

        self.monthlyRepaymentMsg = QLabel(self.pageLiabilitiesContent)
        self.monthlyRepaymentMsg.setObjectName(u"monthlyRepaymentMsg")
        self.monthlyRepaymentMsg.setWordWrap(True)
        self.monthlyRepaymentMsg.setStyleSheet(u"color: #b00020;")
        self.monthlyRepaymentMsg.setTextFormat(Qt.PlainText)

        self.monthlyRepaymentBox.addWidget(self.monthlyRepaymentMsg)


        self.pageLiabilitiesForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.monthlyRepaymentBox)


        self.pageLiabilitiesLayout.addLayout(self.pageLiabilitiesForm)

        self.pageLiabilitiesBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLiabilitiesLayout.addItem(self.pageLiabilitiesBottom)

        self.pageLiabilitiesScroll.setWidget(self.pageLiabilitiesContent)

        self.pageLiabilitiesOuter.addWidget(self.pageLiabilitiesScroll)

        self.sectionTabs.addTab(self.pageLiabilities, "")
        self.pageHousehold = QWidget()
        self.pageHousehold.setObjectName(u"pageHousehold")
        self.pageHouseholdOuter = QVBoxLayout(self.pageHousehold)
        self.pageHouseholdOuter.setObjectName(u"pageHouseholdOuter")
        self.pageHouseholdOuter.setContentsMargins(0, 0, 0, 0)
        self.pageHouseholdScroll = QScrollArea(self.pageHousehold)
        self.pageHouseholdScroll.setObjectName(u"pageHouseholdScroll")
        self.pageHouseholdScroll.setWidgetResizable(True)
        self.pageHouseholdScroll.setFrameShape(QFrame.NoFrame)
        self.pageHouseholdContent = QWidget()
        self.pageHouseholdContent.setObjectName(u"pageHouseholdContent")
        self.pageHouseholdLayout = QVBoxLayout(self.pageHouseholdContent)
        self.pageHouseholdLayout.setObjectName(u"pageHouseholdLayout")
        self.pageHouseholdForm = QFormLayout()
        self.pageHouseholdForm.setObjectName(u"pageHouseholdForm")
        self.pageHouseholdForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageHouseholdForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageHouseholdForm.setHorizontalSpacing(12)
        self.pageHouseholdForm.setVerticalSpacing(6)
        self.householdSizeLabel = QLabel(self.pageHouseholdContent)
        self.householdSizeLabel.setObjectName(u"householdSizeLabel")

        self.pageHouseholdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdSizeLabel)

        self.householdSizeBox = QVBoxLayout()
        self.householdSizeBox.setSpacing(2)
        self.householdSizeBox.setObjectName(u"householdSizeBox")
        self.householdSizeRow = QHBoxLayout()
        self.householdSizeRow.setSpacing(6)
        self.householdSizeRow.setObjectName(u"householdSizeRow")
        self.householdSizeEdit = QLineEdit(self.pageHouseholdContent)
        self.householdSizeEdit.setObjectName(u"householdSizeEdit")
        self.householdSizeEdit.setMaximumSize(QSize(100, 16777215))

        self.householdSizeRow.addWidget(self.householdSizeEdit)

        self.householdSizeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.householdSizeRow.addItem(self.householdSizeSpacer)


        self.householdSizeBox.addLayout(self.householdSizeRow)

        self.householdSizeMsg = QLabel(self.pageHouseholdContent)
        self.householdSizeMsg.setObjectName(u"householdSizeMsg")
        self.householdSizeMsg.setWordWrap(True)
        self.householdSizeMsg.setStyleSheet(u"color: #b00020;")
        self.householdSizeMsg.setTextFormat(Qt.PlainText)

        self.householdSizeBox.addWidget(self.householdSizeMsg)


        self.pageHouseholdForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.householdSizeBox)

        self.dependantsLabel = QLabel(self.pageHouseholdContent)
        self.dependantsLabel.setObjectName(u"dependantsLabel")

        self.pageHouseholdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dependantsLabel)

        self.dependantsBox = QVBoxLayout()
        self.dependantsBox.setSpacing(2)
        self.dependantsBox.setObjectName(u"dependantsBox")
        self.dependantsRow = QHBoxLayout()
        self.dependantsRow.setSpacing(6)
        self.dependantsRow.setObjectName(u"dependantsRow")
        self.dependantsEdit = QLineEdit(self.pageHouseholdContent)
        self.dependantsEdit.setObjectName(u"dependantsEdit")
        self.dependantsEdit.setMaximumSize(QSize(100, 16777215))

        self.dependantsRow.addWidget(self.dependantsEdit)

        self.dependantsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dependantsRow.addItem(self.dependantsSpacer)


        self.dependantsBox.addLayout(self.dependantsRow)

        self.dependantsMsg = QLabel(self.pageHouseholdContent)
        self.dependantsMsg.setObjectName(u"dependantsMsg")
        self.dependantsMsg.setWordWrap(True)
        self.dependantsMsg.setStyleSheet(u"color: #b00020;")
        self.dependantsMsg.setTextFormat(Qt.PlainText)

        self.dependantsBox.addWidget(self.dependantsMsg)


        self.pageHouseholdForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dependantsBox)

        self.spouseLabel = QLabel(self.pageHouseholdContent)
        self.spouseLabel.setObjectName(u"spouseLabel")

        self.pageHouseholdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spouseLabel)

        self.spouseRow = QHBoxLayout()
        self.spouseRow.setSpacing(6)
        self.spouseRow.setObjectName(u"spouseRow")
        self.spouseHintLabel = QLabel(self.pageHouseholdContent)
        self.spouseHintLabel.setObjectName(u"spouseHintLabel")
        self.spouseHintLabel.setWordWrap(True)
        self.spouseHintLabel.setStyleSheet(u"color: #555;")

        self.spouseRow.addWidget(self.spouseHintLabel)

        self.goContactsButton = QPushButton(self.pageHouseholdContent)
        self.goContactsButton.setObjectName(u"goContactsButton")

        self.spouseRow.addWidget(self.goContactsButton)

        self.spouseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spouseRow.addItem(self.spouseSpacer)


        self.pageHouseholdForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.spouseRow)


        self.pageHouseholdLayout.addLayout(self.pageHouseholdForm)

        self.pageHouseholdBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageHouseholdLayout.addItem(self.pageHouseholdBottom)

        self.pageHouseholdScroll.setWidget(self.pageHouseholdContent)

        self.pageHouseholdOuter.addWidget(self.pageHouseholdScroll)

        self.sectionTabs.addTab(self.pageHousehold, "")
        self.pageContacts = QWidget()
        self.pageContacts.setObjectName(u"pageContacts")
        self.pageContactsOuter = QVBoxLayout(self.pageContacts)
        self.pageContactsOuter.setObjectName(u"pageContactsOuter")
        self.pageContactsOuter.setContentsMargins(0, 0, 0, 0)
        self.pageContactsScroll = QScrollArea(self.pageContacts)
        self.pageContactsScroll.setObjectName(u"pageContactsScroll")
        self.pageContactsScroll.setWidgetResizable(True)
        self.pageContactsScroll.setFrameShape(QFrame.NoFrame)
        self.pageContactsContent = QWidget()
        self.pageContactsContent.setObjectName(u"pageContactsContent")
        self.pageContactsLayout = QVBoxLayout(self.pageContactsContent)
        self.pageContactsLayout.setObjectName(u"pageContactsLayout")
        self.pageContactsIntro = QLabel(self.pageContactsContent)
        self.pageContactsIntro.setObjectName(u"pageContactsIntro")
        self.pageContactsIntro.setWordWrap(True)
        self.pageContactsIntro.setStyleSheet(u"color: #555;")

        self.pageContactsLayout.addWidget(self.pageContactsIntro)

        self.pageContactsForm = QFormLayout()
        self.pageContactsForm.setObjectName(u"pageContactsForm")
        self.pageContactsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageContactsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageContactsForm.setHorizontalSpacing(12)
        self.pageContactsForm.setVerticalSpacing(6)

        self.pageContactsLayout.addLayout(self.pageContactsForm)

        self.contactsTable = QTableWidget(self.pageContactsContent)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setMinimumSize(QSize(0, 180))
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.pageContactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setSpacing(6)
        self.contactButtons.setObjectName(u"contactButtons")
        self.addGuarantorButton = QPushButton(self.pageContactsContent)
        self.addGuarantorButton.setObjectName(u"addGuarantorButton")

        self.contactButtons.addWidget(self.addGuarantorButton)

        self.addContactButton = QPushButton(self.pageContactsContent)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.addSpouseButton = QPushButton(self.pageContactsContent)
        self.addSpouseButton.setObjectName(u"addSpouseButton")

        self.contactButtons.addWidget(self.addSpouseButton)

        self.removeContactButton = QPushButton(self.pageContactsContent)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.revealContactButton = QPushButton(self.pageContactsContent)
        self.revealContactButton.setObjectName(u"revealContactButton")

        self.contactButtons.addWidget(self.revealContactButton)

        self.contactButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactButtonsSpacer)


        self.pageContactsLayout.addLayout(self.contactButtons)

        self.contactsMsg = QLabel(self.pageContactsContent)
        self.contactsMsg.setObjectName(u"contactsMsg")
        self.contactsMsg.setWordWrap(True)
        self.contactsMsg.setStyleSheet(u"color: #b00020;")
        self.contactsMsg.setTextFormat(Qt.PlainText)

        self.pageContactsLayout.addWidget(self.contactsMsg)

        self.pageContactsBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageContactsLayout.addItem(self.pageContactsBottom)

        self.pageContactsScroll.setWidget(self.pageContactsContent)

        self.pageContactsOuter.addWidget(self.pageContactsScroll)

        self.sectionTabs.addTab(self.pageContacts, "")
        self.pageCredit = QWidget()
        self.pageCredit.setObjectName(u"pageCredit")
        self.pageCreditOuter = QVBoxLayout(self.pageCredit)
        self.pageCreditOuter.setObjectName(u"pageCreditOuter")
        self.pageCreditOuter.setContentsMargins(0, 0, 0, 0)
        self.pageCreditScroll = QScrollArea(self.pageCredit)
        self.pageCreditScroll.setObjectName(u"pageCreditScroll")
        self.pageCreditScroll.setWidgetResizable(True)
        self.pageCreditScroll.setFrameShape(QFrame.NoFrame)
        self.pageCreditContent = QWidget()
        self.pageCreditContent.setObjectName(u"pageCreditContent")
        self.pageCreditLayout = QVBoxLayout(self.pageCreditContent)
        self.pageCreditLayout.setObjectName(u"pageCreditLayout")
        self.pageCreditIntro = QLabel(self.pageCreditContent)
        self.pageCreditIntro.setObjectName(u"pageCreditIntro")
        self.pageCreditIntro.setWordWrap(True)
        self.pageCreditIntro.setStyleSheet(u"color: #555;")

        self.pageCreditLayout.addWidget(self.pageCreditIntro)

        self.pageCreditForm = QFormLayout()
        self.pageCreditForm.setObjectName(u"pageCreditForm")
        self.pageCreditForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageCreditForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageCreditForm.setHorizontalSpacing(12)
        self.pageCreditForm.setVerticalSpacing(6)
        self.creditReportDateLabel = QLabel(self.pageCreditContent)
        self.creditReportDateLabel.setObjectName(u"creditReportDateLabel")

        self.pageCreditForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.creditReportDateLabel)

        self.creditReportDateBox = QVBoxLayout()
        self.creditReportDateBox.setSpacing(2)
        self.creditReportDateBox.setObjectName(u"creditReportDateBox")
        self.creditReportDateRow = QHBoxLayout()
        self.creditReportDateRow.setSpacing(6)
        self.creditReportDateRow.setObjectName(u"creditReportDateRow")
        self.creditReportDateEdit = QLineEdit(self.pageCreditContent)
        self.creditReportDateEdit.setObjectName(u"creditReportDateEdit")
        self.creditReportDateEdit.setMaximumSize(QSize(140, 16777215))

        self.creditReportDateRow.addWidget(self.creditReportDateEdit)

        self.creditReportDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.creditReportDateRow.addItem(self.creditReportDateSpacer)


        self.creditReportDateBox.addLayout(self.creditReportDateRow)

        self.creditReportDateMsg = QLabel(self.pageCreditContent)
        self.creditReportDateMsg.setObjectName(u"creditReportDateMsg")
        self.creditReportDateMsg.setWordWrap(True)
        self.creditReportDateMsg.setStyleSheet(u"color: #b00020;")
        self.creditReportDateMsg.setTextFormat(Qt.PlainText)

        self.creditReportDateBox.addWidget(self.creditReportDateMsg)


        self.pageCreditForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.creditReportDateBox)

        self.overdueCountLabel = QLabel(self.pageCreditContent)
        self.overdueCountLabel.setObjectName(u"overdueCountLabel")

        self.pageCreditForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overdueCountLabel)

        self.overdueCountBox = QVBoxLayout()
        self.overdueCountBox.setSpacing(2)
        self.overdueCountBox.setObjectName(u"overdueCountBox")
        self.overdueCountRow = QHBoxLayout()
        self.overdueCountRow.setSpacing(6)
        self.overdueCountRow.setObjectName(u"overdueCountRow")
        self.overdueCountEdit = QLineEdit(self.pageCreditContent)
        self.overdueCountEdit.setObjectName(u"overdueCountEdit")
        self.overdueCountEdit.setMaximumSize(QSize(100, 16777215))

        self.overdueCountRow.addWidget(self.overdueCountEdit)

        self.overdueCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overdueCountRow.addItem(self.overdueCountSpacer)


        self.overdueCountBox.addLayout(self.overdueCountRow)

        self.overdueCountMsg = QLabel(self.pageCreditContent)
        self.overdueCountMsg.setObjectName(u"overdueCountMsg")
        self.overdueCountMsg.setWordWrap(True)
        self.overdueCountMsg.setStyleSheet(u"color: #b00020;")
        self.overdueCountMsg.setTextFormat(Qt.PlainText)

        self.overdueCountBox.addWidget(self.overdueCountMsg)


        self.pageCreditForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.overdueCountBox)

        self.overdueMaxMonthsLabel = QLabel(self.pageCreditContent)
        self.overdueMaxMonthsLabel.setObjectName(u"overdueMaxMonthsLabel")

        self.pageCreditForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.overdueMaxMonthsLabel)

        self.overdueMaxMonthsBox = QVBoxLayout()
        self.overdueMaxMonthsBox.setSpacing(2)
        self.overdueMaxMonthsBox.setObjectName(u"overdueMaxMonthsBox")
        self.overdueMaxMonthsRow = QHBoxLayout()
        self.overdueMaxMonthsRow.setSpacing(6)
        self.overdueMaxMonthsRow.setObjectName(u"overdueMaxMonthsRow")
        self.overdueMaxMonthsEdit = QLineEdit(self.pageCreditContent)
        self.overdueMaxMonthsEdit.setObjectName(u"overdueMaxMonthsEdit")
        self.overdueMaxMonthsEdit.setMaximumSize(QSize(100, 16777215))

        self.overdueMaxMonthsRow.addWidget(self.overdueMaxMonthsEdit)

        self.overdueMaxMonthsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overdueMaxMonthsRow.addItem(self.overdueMaxMonthsSpacer)


        self.overdueMaxMonthsBox.addLayout(self.overdueMaxMonthsRow)

        self.overdueMaxMonthsMsg = QLabel(self.pageCreditContent)
        self.overdueMaxMonthsMsg.setObjectName(u"overdueMaxMonthsMsg")
        self.overdueMaxMonthsMsg.setWordWrap(True)
        self.overdueMaxMonthsMsg.setStyleSheet(u"color: #b00020;")
        self.overdueMaxMonthsMsg.setTextFormat(Qt.PlainText)

        self.overdueMaxMonthsBox.addWidget(self.overdueMaxMonthsMsg)


        self.pageCreditForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.overdueMaxMonthsBox)

        self.currentOverdueLabel = QLabel(self.pageCreditContent)
        self.currentOverdueLabel.setObjectName(u"currentOverdueLabel")

        self.pageCreditForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currentOverdueLabel)

        self.currentOverdueBox = QVBoxLayout()
        self.currentOverdueBox.setSpacing(2)
        self.currentOverdueBox.setObjectName(u"currentOverdueBox")
        self.currentOverdueRow = QHBoxLayout()
        self.currentOverdueRow.setSpacing(6)
        self.currentOverdueRow.setObjectName(u"currentOverdueRow")
        self.currentOverdueEdit = QLineEdit(self.pageCreditContent)
        self.currentOverdueEdit.setObjectName(u"currentOverdueEdit")
        self.currentOverdueEdit.setMaximumSize(QSize(180, 16777215))

        self.currentOverdueRow.addWidget(self.currentOverdueEdit)

        self.currentOverdueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentOverdueRow.addItem(self.currentOverdueSpacer)


        self.currentOverdueBox.addLayout(self.currentOverdueRow)

        self.currentOverdueMsg = QLabel(self.pageCreditContent)
        self.currentOverdueMsg.setObjectName(u"currentOverdueMsg")
        self.currentOverdueMsg.setWordWrap(True)
        self.currentOverdueMsg.setStyleSheet(u"color: #b00020;")
        self.currentOverdueMsg.setTextFormat(Qt.PlainText)

        self.currentOverdueBox.addWidget(self.currentOverdueMsg)


        self.pageCreditForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.currentOverdueBox)

        self.inquiries6mLabel = QLabel(self.pageCreditContent)
        self.inquiries6mLabel.setObjectName(u"inquiries6mLabel")

        self.pageCreditForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inquiries6mLabel)

        self.inquiries6mBox = QVBoxLayout()
        self.inquiries6mBox.setSpacing(2)
        self.inquiries6mBox.setObjectName(u"inquiries6mBox")
        self.inquiries6mRow = QHBoxLayout()
        self.inquiries6mRow.setSpacing(6)
        self.inquiries6mRow.setObjectName(u"inquiries6mRow")
        self.inquiries6mEdit = QLineEdit(self.pageCreditContent)
        self.inquiries6mEdit.setObjectName(u"inquiries6mEdit")
        self.inquiries6mEdit.setMaximumSize(QSize(100, 16777215))

        self.inquiries6mRow.addWidget(self.inquiries6mEdit)

        self.inquiries6mSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inquiries6mRow.addItem(self.inquiries6mSpacer)


        self.inquiries6mBox.addLayout(self.inquiries6mRow)

        self.inquiries6mMsg = QLabel(self.pageCreditContent)
        self.inquiries6mMsg.setObjectName(u"inquiries6mMsg")
        self.inquiries6mMsg.setWordWrap(True)
        self.inquiries6mMsg.setStyleSheet(u"color: #b00020;")
        self.inquiries6mMsg.setTextFormat(Qt.PlainText)

        self.inquiries6mBox.addWidget(self.inquiries6mMsg)


        self.pageCreditForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.inquiries6mBox)

        self.lenderCountLabel = QLabel(self.pageCreditContent)
        self.lenderCountLabel.setObjectName(u"lenderCountLabel")

        self.pageCreditForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lenderCountLabel)

        self.lenderCountBox = QVBoxLayout()
        self.lenderCountBox.setSpacing(2)
        self.lenderCountBox.setObjectName(u"lenderCountBox")
        self.lenderCountRow = QHBoxLayout()
        self.lenderCountRow.setSpacing(6)
        self.lenderCountRow.setObjectName(u"lenderCountRow")
        self.lenderCountEdit = QLineEdit(self.pageCreditContent)
        self.lenderCountEdit.setObjectName(u"lenderCountEdit")
        self.lenderCountEdit.setMaximumSize(QSize(100, 16777215))

        self.lenderCountRow.addWidget(self.lenderCountEdit)

        self.lenderCountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lenderCountRow.addItem(self.lenderCountSpacer)


        self.lenderCountBox.addLayout(self.lenderCountRow)

        self.lenderCountMsg = QLabel(self.pageCreditContent)
        self.lenderCountMsg.setObjectName(u"lenderCountMsg")
        self.lenderCountMsg.setWordWrap(True)
        self.lenderCountMsg.setStyleSheet(u"color: #b00020;")
        self.lenderCountMsg.setTextFormat(Qt.PlainText)

        self.lenderCountBox.addWidget(self.lenderCountMsg)


        self.pageCreditForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.lenderCountBox)


        self.pageCreditLayout.addLayout(self.pageCreditForm)

        self.pageCreditBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageCreditLayout.addItem(self.pageCreditBottom)

        self.pageCreditScroll.setWidget(self.pageCreditContent)

        self.pageCreditOuter.addWidget(self.pageCreditScroll)

        self.sectionTabs.addTab(self.pageCredit, "")
        self.pageConsent = QWidget()
        self.pageConsent.setObjectName(u"pageConsent")
        self.pageConsentOuter = QVBoxLayout(self.pageConsent)
        self.pageConsentOuter.setObjectName(u"pageConsentOuter")
        self.pageConsentOuter.setContentsMargins(0, 0, 0, 0)
        self.pageConsentScroll = QScrollArea(self.pageConsent)
        self.pageConsentScroll.setObjectName(u"pageConsentScroll")
        self.pageConsentScroll.setWidgetResizable(True)
        self.pageConsentScroll.setFrameShape(QFrame.NoFrame)
        self.pageConsentContent = QWidget()
        self.pageConsentContent.setObjectName(u"pageConsentContent")
        self.pageConsentLayout = QVBoxLayout(self.pageConsentContent)
        self.pageConsentLayout.setObjectName(u"pageConsentLayout")
        self.pageConsentIntro = QLabel(self.pageConsentContent)
        self.pageConsentIntro.setObjectName(u"pageConsentIntro")
        self.pageConsentIntro.setWordWrap(True)
        self.pageConsentIntro.setStyleSheet(u"color: #555;")

        self.pageConsentLayout.addWidget(self.pageConsentIntro)

        self.pageConsentForm = QFormLayout()
        self.pageConsentForm.setObjectName(u"pageConsentForm")
        self.pageConsentForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pageConsentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pageConsentForm.setHorizontalSpacing(12)
        self.pageConsentForm.setVerticalSpacing(6)

        self.pageConsentLayout.addLayout(self.pageConsentForm)

        self.consentStatusLabel = QLabel(self.pageConsentContent)
        self.consentStatusLabel.setObjectName(u"consentStatusLabel")
        self.consentStatusLabel.setWordWrap(True)
        self.consentStatusLabel.setStyleSheet(u"color: #555;")

        self.pageConsentLayout.addWidget(self.consentStatusLabel)

        self.consentTable = QTableWidget(self.pageConsentContent)
        self.consentTable.setObjectName(u"consentTable")
        self.consentTable.setMinimumSize(QSize(0, 120))
        self.consentTable.setAlternatingRowColors(True)
        self.consentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.pageConsentLayout.addWidget(self.consentTable)

        self.consentRecordButtons = QHBoxLayout()
        self.consentRecordButtons.setSpacing(6)
        self.consentRecordButtons.setObjectName(u"consentRecordButtons")
        self.withdrawConsentButton = QPushButton(self.pageConsentContent)
        self.withdrawConsentButton.setObjectName(u"withdrawConsentButton")

        self.consentRecordButtons.addWidget(self.withdrawConsentButton)

        self.withdrawConsentHint = QLabel(self.pageConsentContent)
        self.withdrawConsentHint.setObjectName(u"withdrawConsentHint")
        self.withdrawConsentHint.setStyleSheet(u"color: #555;")

        self.consentRecordButtons.addWidget(self.withdrawConsentHint)

        self.consentRecordButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentRecordButtons.addItem(self.consentRecordButtonsSpacer)


        self.pageConsentLayout.addLayout(self.consentRecordButtons)

        self.consentGroup = QGroupBox(self.pageConsentContent)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentNewForm = QFormLayout(self.consentGroup)
        self.consentNewForm.setObjectName(u"consentNewForm")
        self.consentNewForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.consentNewForm.setHorizontalSpacing(12)
        self.consentNewForm.setVerticalSpacing(6)
        self.consentKindLabel = QLabel(self.consentGroup)
        self.consentKindLabel.setObjectName(u"consentKindLabel")

        self.consentNewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentKindLabel)

        self.consentKindBox = QVBoxLayout()
        self.consentKindBox.setSpacing(2)
        self.consentKindBox.setObjectName(u"consentKindBox")
        self.consentKindRow = QHBoxLayout()
        self.consentKindRow.setSpacing(6)
        self.consentKindRow.setObjectName(u"consentKindRow")
        self.consentKindCombo = QComboBox(self.consentGroup)
        self.consentKindCombo.setObjectName(u"consentKindCombo")
        self.consentKindCombo.setMaximumSize(QSize(240, 16777215))
        self.consentKindCombo.setMinimumSize(QSize(240, 0))

        self.consentKindRow.addWidget(self.consentKindCombo)

        self.consentKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentKindRow.addItem(self.consentKindSpacer)


        self.consentKindBox.addLayout(self.consentKindRow)

        self.consentKindMsg = QLabel(self.consentGroup)
        self.consentKindMsg.setObjectName(u"consentKindMsg")
        self.consentKindMsg.setWordWrap(True)
        self.consentKindMsg.setStyleSheet(u"color: #b00020;")
        self.consentKindMsg.setTextFormat(Qt.PlainText)

        self.consentKindBox.addWidget(self.consentKindMsg)


        self.consentNewForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.consentKindBox)

        self.consentSignedLabel = QLabel(self.consentGroup)
        self.consentSignedLabel.setObjectName(u"consentSignedLabel")

        self.consentNewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentSignedLabel)

        self.consentSignedBox = QVBoxLayout()
        self.consentSignedBox.setSpacing(2)
        self.consentSignedBox.setObjectName(u"consentSignedBox")
        self.consentSignedRow = QHBoxLayout()
        self.consentSignedRow.setSpacing(6)
        self.consentSignedRow.setObjectName(u"consentSignedRow")
        self.consentSignedEdit = QLineEdit(self.consentGroup)
        self.consentSignedEdit.setObjectName(u"consentSignedEdit")
        self.consentSignedEdit.setMaximumSize(QSize(140, 16777215))

        self.consentSignedRow.addWidget(self.consentSignedEdit)

        self.consentSignedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentSignedRow.addItem(self.consentSignedSpacer)


        self.consentSignedBox.addLayout(self.consentSignedRow)

        self.consentSignedMsg = QLabel(self.consentGroup)
        self.consentSignedMsg.setObjectName(u"consentSignedMsg")
        self.consentSignedMsg.setWordWrap(True)
        self.consentSignedMsg.setStyleSheet(u"color: #b00020;")
        self.consentSignedMsg.setTextFormat(Qt.PlainText)

        self.consentSignedBox.addWidget(self.consentSignedMsg)


        self.consentNewForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.consentSignedBox)

        self.consentScopeLabel = QLabel(self.consentGroup)
        self.consentScopeLabel.setObjectName(u"consentScopeLabel")

        self.consentNewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentScopeLabel)

        self.consentScopeBox = QVBoxLayout()
        self.consentScopeBox.setSpacing(2)
        self.consentScopeBox.setObjectName(u"consentScopeBox")
        self.consentScopeRow = QHBoxLayout()
        self.consentScopeRow.setSpacing(6)
        self.consentScopeRow.setObjectName(u"consentScopeRow")
        self.consentScopeEdit = QLineEdit(self.consentGroup)
        self.consentScopeEdit.setObjectName(u"consentScopeEdit")
        self.consentScopeEdit.setMaximumSize(QSize(520, 16777215))

        self.consentScopeRow.addWidget(self.consentScopeEdit)

        self.consentScopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentScopeRow.addItem(self.consentScopeSpacer)


        self.consentScopeBox.addLayout(self.consentScopeRow)

        self.consentScopeMsg = QLabel(self.consentGroup)
        self.consentScopeMsg.setObjectName(u"consentScopeMsg")
        self.consentScopeMsg.setWordWrap(True)
        self.consentScopeMsg.setStyleSheet(u"color: #b00020;")
        self.consentScopeMsg.setTextFormat(Qt.PlainText)

        self.consentScopeBox.addWidget(self.consentScopeMsg)


        self.consentNewForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.consentScopeBox)

        self.consentAddRow = QHBoxLayout()
        self.consentAddRow.setObjectName(u"consentAddRow")
        self.addConsentButton = QPushButton(self.consentGroup)
        self.addConsentButton.setObjectName(u"addConsentButton")

        self.consentAddRow.addWidget(self.addConsentButton)

        self.consentAddSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentAddRow.addItem(self.consentAddSpacer)


        self.consentNewForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.consentAddRow)


        self.pageConsentLayout.addWidget(self.consentGroup)

        self.pageConsentBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageConsentLayout.addItem(self.pageConsentBottom)

        self.pageConsentScroll.setWidget(self.pageConsentContent)

        self.pageConsentOuter.addWidget(self.pageConsentScroll)

        self.sectionTabs.addTab(self.pageConsent, "")

        self.mainLayout.addWidget(self.sectionTabs)

        self.messageLabel = QLabel(CustomerForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.mainLayout.addWidget(self.messageLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.summaryLabel = QLabel(CustomerForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)
        self.summaryLabel.setOpenExternalLinks(False)

        self.footerLayout.addWidget(self.summaryLabel)

        self.openExistingButton = QPushButton(CustomerForm)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.footerLayout.addWidget(self.openExistingButton)

        self.revealButton = QPushButton(CustomerForm)
        self.revealButton.setObjectName(u"revealButton")

        self.footerLayout.addWidget(self.revealButton)

        self.archiveButton = QPushButton(CustomerForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.footerLayout.addWidget(self.archiveButton)

        self.reactivateButton = QPushButton(CustomerForm)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.footerLayout.addWidget(self.reactivateButton)

        self.cancelButton = QPushButton(CustomerForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.footerLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(CustomerForm)
        self.saveButton.setObjectName(u"saveButton")

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.genderLabel.setBuddy(self.genderEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.maritalLabel.setBuddy(self.maritalCombo)
        self.educationLabel.setBuddy(self.educationCombo)
        self.businessNameLabel.setBuddy(self.businessNameEdit)
        self.usccLabel.setBuddy(self.usccEdit)
        self.clerkLabel.setBuddy(self.clerkCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.idKindLabel.setBuddy(self.idKindEdit)
        self.idIssuerLabel.setBuddy(self.idIssuerEdit)
        self.idValidFromLabel.setBuddy(self.idValidFromEdit)
        self.idValidToLabel.setBuddy(self.idValidToEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.phoneOtherLabel.setBuddy(self.phoneOtherEdit)
        self.wechatLabel.setBuddy(self.wechatEdit)
        self.hukouRegionLabel.setBuddy(self.hukouProvinceCombo)
        self.hukouAddressLabel.setBuddy(self.hukouAddressEdit)
        self.currentRegionLabel.setBuddy(self.currentProvinceCombo)
        self.currentAddressLabel.setBuddy(self.currentAddressEdit)
        self.currentYearsLabel.setBuddy(self.currentYearsEdit)
        self.occupationLabel.setBuddy(self.occupationCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.industryLabel.setBuddy(self.industryEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.yearsEmployedLabel.setBuddy(self.yearsEmployedEdit)
        self.monthlyIncomeLabel.setBuddy(self.monthlyIncomeEdit)
        self.incomeSourceLabel.setBuddy(self.incomeSourceEdit)
        self.householdIncomeLabel.setBuddy(self.householdIncomeEdit)
        self.housingLabel.setBuddy(self.housingCombo)
        self.realEstateCountLabel.setBuddy(self.realEstateCountEdit)
        self.realEstateValueLabel.setBuddy(self.realEstateValueEdit)
        self.vehicleCountLabel.setBuddy(self.vehicleCountEdit)
        self.vehicleValueLabel.setBuddy(self.vehicleValueEdit)
        self.depositsLabel.setBuddy(self.depositsEdit)
        self.investmentsLabel.setBuddy(self.investmentsEdit)
        self.landAreaLabel.setBuddy(self.landAreaEdit)
        self.landCertLabel.setBuddy(self.landCertEdit)
        self.accountTypeLabel.setBuddy(self.accountTypeCombo)
        self.accountNoLabel.setBuddy(self.accountNoEdit)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.loansHereCountLabel.setBuddy(self.loansHereCountEdit)
        self.loansHereBalanceLabel.setBuddy(self.loansHereBalanceEdit)
        self.loansElsewhereCountLabel.setBuddy(self.loansElsewhereCountEdit)
        self.loansElsewhereBalanceLabel.setBuddy(self.loansElsewhereBalanceEdit)
        self.monthlyRepaymentLabel.setBuddy(self.monthlyRepaymentEdit)
        self.householdSizeLabel.setBuddy(self.householdSizeEdit)
        self.dependantsLabel.setBuddy(self.dependantsEdit)
        self.creditReportDateLabel.setBuddy(self.creditReportDateEdit)
        self.overdueCountLabel.setBuddy(self.overdueCountEdit)
        self.overdueMaxMonthsLabel.setBuddy(self.overdueMaxMonthsEdit)
        self.currentOverdueLabel.setBuddy(self.currentOverdueEdit)
        self.inquiries6mLabel.setBuddy(self.inquiries6mEdit)
        self.lenderCountLabel.setBuddy(self.lenderCountEdit)
        self.consentKindLabel.setBuddy(self.consentKindCombo)
        self.consentSignedLabel.setBuddy(self.consentSignedEdit)
        self.consentScopeLabel.setBuddy(self.consentScopeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.maritalCombo)
        QWidget.setTabOrder(self.maritalCombo, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.businessNameEdit)
        QWidget.setTabOrder(self.businessNameEdit, self.usccEdit)
        QWidget.setTabOrder(self.usccEdit, self.clerkCombo)
        QWidget.setTabOrder(self.clerkCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.idIssuerEdit)
        QWidget.setTabOrder(self.idIssuerEdit, self.idValidFromEdit)
        QWidget.setTabOrder(self.idValidFromEdit, self.idValidToEdit)
        QWidget.setTabOrder(self.idValidToEdit, self.idLongTermCheck)
        QWidget.setTabOrder(self.idLongTermCheck, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.phoneOtherEdit)
        QWidget.setTabOrder(self.phoneOtherEdit, self.wechatEdit)
        QWidget.setTabOrder(self.wechatEdit, self.hukouProvinceCombo)
        QWidget.setTabOrder(self.hukouProvinceCombo, self.hukouCityCombo)
        QWidget.setTabOrder(self.hukouCityCombo, self.hukouCountyCombo)
        QWidget.setTabOrder(self.hukouCountyCombo, self.hukouAddressEdit)
        QWidget.setTabOrder(self.hukouAddressEdit, self.copyFromMemberButton)
        QWidget.setTabOrder(self.copyFromMemberButton, self.currentProvinceCombo)
        QWidget.setTabOrder(self.currentProvinceCombo, self.currentCityCombo)
        QWidget.setTabOrder(self.currentCityCombo, self.currentCountyCombo)
        QWidget.setTabOrder(self.currentCountyCombo, self.sameAsHukouButton)
        QWidget.setTabOrder(self.sameAsHukouButton, self.currentAddressEdit)
        QWidget.setTabOrder(self.currentAddressEdit, self.currentYearsEdit)
        QWidget.setTabOrder(self.currentYearsEdit, self.occupationCombo)
        QWidget.setTabOrder(self.occupationCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.industryEdit)
        QWidget.setTabOrder(self.industryEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.yearsEmployedEdit)
        QWidget.setTabOrder(self.yearsEmployedEdit, self.monthlyIncomeEdit)
        QWidget.setTabOrder(self.monthlyIncomeEdit, self.incomeSourceEdit)
        QWidget.setTabOrder(self.incomeSourceEdit, self.householdIncomeEdit)
        QWidget.setTabOrder(self.householdIncomeEdit, self.housingCombo)
        QWidget.setTabOrder(self.housingCombo, self.realEstateCountEdit)
        QWidget.setTabOrder(self.realEstateCountEdit, self.realEstateValueEdit)
        QWidget.setTabOrder(self.realEstateValueEdit, self.vehicleCountEdit)
        QWidget.setTabOrder(self.vehicleCountEdit, self.vehicleValueEdit)
        QWidget.setTabOrder(self.vehicleValueEdit, self.depositsEdit)
        QWidget.setTabOrder(self.depositsEdit, self.investmentsEdit)
        QWidget.setTabOrder(self.investmentsEdit, self.landAreaEdit)
        QWidget.setTabOrder(self.landAreaEdit, self.landCertEdit)
        QWidget.setTabOrder(self.landCertEdit, self.accountTypeCombo)
        QWidget.setTabOrder(self.accountTypeCombo, self.accountNoEdit)
        QWidget.setTabOrder(self.accountNoEdit, self.bankNameEdit)
        QWidget.setTabOrder(self.bankNameEdit, self.loansHereCountEdit)
        QWidget.setTabOrder(self.loansHereCountEdit, self.loansHereBalanceEdit)
        QWidget.setTabOrder(self.loansHereBalanceEdit, self.loansElsewhereCountEdit)
        QWidget.setTabOrder(self.loansElsewhereCountEdit, self.loansElsewhereBalanceEdit)
        QWidget.setTabOrder(self.loansElsewhereBalanceEdit, self.monthlyRepaymentEdit)
        QWidget.setTabOrder(self.monthlyRepaymentEdit, self.householdSizeEdit)
        QWidget.setTabOrder(self.householdSizeEdit, self.dependantsEdit)
        QWidget.setTabOrder(self.dependantsEdit, self.goContactsButton)
        QWidget.setTabOrder(self.goContactsButton, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.addGuarantorButton)
        QWidget.setTabOrder(self.addGuarantorButton, self.addContactButton)
        QWidget.setTabOrder(self.addContactButton, self.addSpouseButton)
        QWidget.setTabOrder(self.addSpouseButton, self.removeContactButton)
        QWidget.setTabOrder(self.removeContactButton, self.revealContactButton)
        QWidget.setTabOrder(self.revealContactButton, self.creditReportDateEdit)
        QWidget.setTabOrder(self.creditReportDateEdit, self.overdueCountEdit)
        QWidget.setTabOrder(self.overdueCountEdit, self.overdueMaxMonthsEdit)
        QWidget.setTabOrder(self.overdueMaxMonthsEdit, self.currentOverdueEdit)
        QWidget.setTabOrder(self.currentOverdueEdit, self.inquiries6mEdit)
        QWidget.setTabOrder(self.inquiries6mEdit, self.lenderCountEdit)
        QWidget.setTabOrder(self.lenderCountEdit, self.consentTable)
        QWidget.setTabOrder(self.consentTable, self.withdrawConsentButton)
        QWidget.setTabOrder(self.withdrawConsentButton, self.consentKindCombo)
        QWidget.setTabOrder(self.consentKindCombo, self.consentSignedEdit)
        QWidget.setTabOrder(self.consentSignedEdit, self.consentScopeEdit)
        QWidget.setTabOrder(self.consentScopeEdit, self.addConsentButton)
        QWidget.setTabOrder(self.addConsentButton, self.revealButton)
        QWidget.setTabOrder(self.revealButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.reactivateButton)
        QWidget.setTabOrder(self.reactivateButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(CustomerForm)

        self.sectionTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomerForm)
    # setupUi

    def retranslateUi(self, CustomerForm):
        CustomerForm.setWindowTitle(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u8d44\u6599", None))
        self.titleLabel.setText(QCoreApplication.translate("CustomerForm", u"\u65b0\u5efa\u5ba2\u6237", None))
        self.subtitleLabel.setText("")
        self.flagsLabel.setText("")
        self.consentBannerLabel.setText("")
        self.consentBannerButton.setText(QCoreApplication.translate("CustomerForm", u"\u767b\u8bb0\u6388\u6743\u2026", None))
#if QT_CONFIG(tooltip)
        self.consentBannerButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8f6c\u5230\u201c\u6388\u6743\u201d\u9875\u767b\u8bb0\u5ba2\u6237\u7b7e\u7f72\u7684\u6388\u6743\u4e66", None))
#endif // QT_CONFIG(tooltip)
        self.pageBasicIntro.setText(QCoreApplication.translate("CustomerForm", u"\u5e26\u201c*\u201d\u7684\u4e3a\u5fc5\u586b\u9879\u3002\u6309 Enter \u8df3\u5230\u4e0b\u4e00\u9879\uff0cCtrl+S \u4fdd\u5b58\uff0cEsc \u5173\u95ed\u3002", None))
        self.kindLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u7c7b\u578b *", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4eba\u3001\u519c\u6237\u6216\u4e2a\u4f53\u5de5\u5546\u6237\uff08\u4e2a\u4f53\u5de5\u5546\u6237\u987b\u586b\u5199\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.kindMsg.setText("")
        self.nameLabel.setText(QCoreApplication.translate("CustomerForm", u"\u59d3\u540d *", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u59d3\u540d\uff0c\u987b\u4e0e\u8eab\u4efd\u8bc1\u4ef6\u4e00\u81f4\uff0c\u6700\u591a 50 \u4e2a\u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u4e0e\u8eab\u4efd\u8bc1\u4e0a\u4e00\u81f4\uff0c\u5982 \u5f20\u4e09\u4e30", None))
        self.nameMsg.setText("")
        self.idNumberLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8eab\u4efd\u8bc1\u53f7 *", None))
#if QT_CONFIG(tooltip)
        self.idNumberEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u516c\u6c11\u8eab\u4efd\u53f7\u7801\uff1a\u5f55\u5165\u65f6\u5373\u6821\u9a8c\u51fa\u751f\u65e5\u671f\u4e0e\u6821\u9a8c\u4f4d\uff0c\u5e76\u81ea\u52a8\u586b\u51fa\u6027\u522b\u3001\u51fa\u751f\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"18 \u4f4d\uff0c\u6700\u540e\u4e00\u4f4d\u53ef\u4e3a X", None))
        self.idDerivedLabel.setText("")
        self.idNumberMsg.setText("")
        self.genderLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6027\u522b", None))
#if QT_CONFIG(tooltip)
        self.genderEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6027\u522b\u6309\u8eab\u4efd\u8bc1\u53f7\u7b2c 17 \u4f4d\u81ea\u52a8\u8bc6\u522b\uff0c\u4e0d\u80fd\u624b\u5de5\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.genderEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7531\u8eab\u4efd\u8bc1\u53f7\u81ea\u52a8\u8bc6\u522b", None))
        self.genderMsg.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("CustomerForm", u"\u51fa\u751f\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.birthDateEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u51fa\u751f\u65e5\u671f\u6309\u8eab\u4efd\u8bc1\u53f7\u7b2c 7\u201314 \u4f4d\u81ea\u52a8\u8bc6\u522b\uff0c\u4e0d\u80fd\u624b\u5de5\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7531\u8eab\u4efd\u8bc1\u53f7\u81ea\u52a8\u8bc6\u522b", None))
        self.birthDateMsg.setText("")
        self.ethnicityLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6c11\u65cf", None))
#if QT_CONFIG(tooltip)
        self.ethnicityCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u9009\u62e9\u6216\u8f93\u5165\u6c11\u65cf\uff0c\u5982 \u6c49\u3001\u58ee\u3001\u56de\uff1b\u4f1a\u8bb0\u4f4f\u60a8\u4e0a\u6b21\u7684\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.ethnicityMsg.setText("")
        self.maritalLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5a5a\u59fb\u72b6\u51b5", None))
#if QT_CONFIG(tooltip)
        self.maritalCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5df2\u5a5a\u5ba2\u6237\u8bf7\u5728\u201c\u62c5\u4fdd\u4eba\u4e0e\u8054\u7cfb\u4eba\u201d\u9875\u767b\u8bb0\u914d\u5076", None))
#endif // QT_CONFIG(tooltip)
        self.maritalMsg.setText("")
        self.educationLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5b66\u5386", None))
#if QT_CONFIG(tooltip)
        self.educationCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6700\u9ad8\u5b66\u5386", None))
#endif // QT_CONFIG(tooltip)
        self.educationMsg.setText("")
        self.businessNameLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4f53\u5de5\u5546\u6237\u540d\u79f0 *", None))
#if QT_CONFIG(tooltip)
        self.businessNameEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4f53\u5de5\u5546\u6237\u8425\u4e1a\u6267\u7167\u4e0a\u7684\u540d\u79f0\uff0c\u6700\u591a 100 \u4e2a\u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.businessNameEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u8425\u4e1a\u6267\u7167\u4e0a\u7684\u540d\u79f0\uff08\u5b57\u53f7\uff09", None))
        self.businessNameMsg.setText("")
        self.usccLabel.setText(QCoreApplication.translate("CustomerForm", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801 *", None))
#if QT_CONFIG(tooltip)
        self.usccEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8425\u4e1a\u6267\u7167\u4e0a\u7684\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff0c\u6309 GB 32100 \u6821\u9a8c", None))
#endif // QT_CONFIG(tooltip)
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"18 \u4f4d\uff0c\u4e2a\u4f53\u5de5\u5546\u6237\u901a\u5e38\u4ee5 92 \u5f00\u5934", None))
        self.usccMsg.setText("")
        self.clerkLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u7ecf\u7406", None))
#if QT_CONFIG(tooltip)
        self.clerkCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8d1f\u8d23\u8be5\u5ba2\u6237\u7684\u5ba2\u6237\u7ecf\u7406\uff1b\u9ed8\u8ba4\u4e3a\u5efa\u6863\u7684\u5ba2\u6237\u7ecf\u7406", None))
#endif // QT_CONFIG(tooltip)
        self.clerkMsg.setText("")
        self.notesLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5907\u6ce8", None))
#if QT_CONFIG(tooltip)
        self.notesEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5907\u6ce8\uff1a\u6700\u591a 2000 \u5b57\uff1bTab \u8df3\u5230\u4e0b\u4e00\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5176\u4ed6\u9700\u8981\u8bf4\u660e\u7684\u60c5\u51b5\uff08\u6700\u591a 2000 \u5b57\uff09", None))
        self.notesMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageBasic), QCoreApplication.translate("CustomerForm", u"\u57fa\u672c\u4fe1\u606f", None))
        self.pageIdIntro.setText(QCoreApplication.translate("CustomerForm", u"\u8eab\u4efd\u8bc1\u80cc\u9762\u7684\u7b7e\u53d1\u673a\u5173\u4e0e\u6709\u6548\u671f\u9650\u3002\u8eab\u4efd\u8bc1\u5df2\u8fc7\u671f\u7684\u5ba2\u6237\u4e0d\u80fd\u65b0\u5efa\u6863\u6848\uff0c\u8bf7\u5ba2\u6237\u5148\u6362\u9886\u65b0\u8bc1\u3002", None))
        self.idKindLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8bc1\u4ef6\u7c7b\u578b", None))
#if QT_CONFIG(tooltip)
        self.idKindEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5c45\u6c11\u8eab\u4efd\u8bc1\u3001\u5916\u56fd\u4eba\u6c38\u4e45\u5c45\u7559\u8eab\u4efd\u8bc1\u6216\u6e2f\u6fb3\u53f0\u5c45\u6c11\u5c45\u4f4f\u8bc1\uff0c\u6309\u53f7\u7801\u81ea\u52a8\u8bc6\u522b", None))
#endif // QT_CONFIG(tooltip)
        self.idKindEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7531\u8eab\u4efd\u8bc1\u53f7\u81ea\u52a8\u8bc6\u522b", None))
        self.idKindMsg.setText("")
        self.idIssuerLabel.setText(QCoreApplication.translate("CustomerForm", u"\u7b7e\u53d1\u673a\u5173", None))
#if QT_CONFIG(tooltip)
        self.idIssuerEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8eab\u4efd\u8bc1\u80cc\u9762\u7684\u7b7e\u53d1\u673a\u5173\uff1b\u4f1a\u8bb0\u4f4f\u60a8\u4e0a\u6b21\u7684\u8f93\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.idIssuerEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 \u67d0\u67d0\u53bf\u516c\u5b89\u5c40", None))
        self.idIssuerMsg.setText("")
        self.idValidFromLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6709\u6548\u671f\u8d77", None))
#if QT_CONFIG(tooltip)
        self.idValidFromEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8eab\u4efd\u8bc1\u80cc\u9762\u6709\u6548\u671f\u9650\u7684\u8d77\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.idValidFromEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 2024-05-01", None))
        self.idValidFromMsg.setText("")
        self.idValidToLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6709\u6548\u671f\u6b62", None))
#if QT_CONFIG(tooltip)
        self.idValidToEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8eab\u4efd\u8bc1\u80cc\u9762\u6709\u6548\u671f\u9650\u7684\u622a\u6b62\u65e5\u671f\uff1b\u957f\u671f\u6709\u6548\u8bf7\u52fe\u9009\u201c\u957f\u671f\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.idValidToEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 2024-05-01", None))
        self.idLongTermCheck.setText(QCoreApplication.translate("CustomerForm", u"\u957f\u671f", None))
#if QT_CONFIG(tooltip)
        self.idLongTermCheck.setToolTip(QCoreApplication.translate("CustomerForm", u"\u7b7e\u53d1\u65f6\u5e74\u6ee1 46 \u5468\u5c81\u7684\u8eab\u4efd\u8bc1\u4e3a\u957f\u671f\u6709\u6548", None))
#endif // QT_CONFIG(tooltip)
        self.idExpectedLabel.setText("")
        self.idValidToMsg.setText("")
        self.ocrLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5f71\u50cf\u8bc6\u522b", None))
        self.ocrHintLabel.setText(QCoreApplication.translate("CustomerForm", u"\u53ef\u4ece\u8eab\u4efd\u8bc1\u6b63\u9762\u5f71\u50cf\u8bc6\u522b\u59d3\u540d\u3001\u6027\u522b\u3001\u6c11\u65cf\u3001\u51fa\u751f\u65e5\u671f\u3001\u4f4f\u5740\u548c\u53f7\u7801\uff0c\u7531\u60a8\u6838\u5bf9\u540e\u586b\u5165\u3002", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageId), QCoreApplication.translate("CustomerForm", u"\u8bc1\u4ef6", None))
        self.mobileLabel.setText(QCoreApplication.translate("CustomerForm", u"\u624b\u673a\u53f7 *", None))
#if QT_CONFIG(tooltip)
        self.mobileEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u672c\u4eba\u624b\u673a\u53f7\uff1b\u53ef\u5e26\u7a7a\u683c\u6216 +86\uff0c\u4fdd\u5b58\u65f6\u7edf\u4e00\u4e3a 11 \u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"11 \u4f4d\u624b\u673a\u53f7\uff0c\u5982 138 1234 5678", None))
        self.mobileMsg.setText("")
        self.phoneOtherLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5176\u4ed6\u7535\u8bdd", None))
#if QT_CONFIG(tooltip)
        self.phoneOtherEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5176\u4ed6\u8054\u7cfb\u7535\u8bdd\uff08\u53ef\u4e0d\u586b\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.phoneOtherEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5ea7\u673a\u5e26\u533a\u53f7\uff0c\u5982 0571-88886666", None))
        self.phoneOtherMsg.setText("")
        self.wechatLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5fae\u4fe1\u53f7", None))
#if QT_CONFIG(tooltip)
        self.wechatEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u5fae\u4fe1\u53f7\uff08\u53ef\u4e0d\u586b\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.wechatEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u53ef\u4e0d\u586b", None))
        self.wechatMsg.setText("")
        self.hukouRegionLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u5730\u533a", None))
#if QT_CONFIG(tooltip)
        self.hukouProvinceCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hukouCityCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hukouCountyCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.hukouRegionMsg.setText("")
        self.hukouAddressLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u5730\u5740", None))
#if QT_CONFIG(tooltip)
        self.hukouAddressEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6237\u7c4d\u8be6\u7ec6\u5730\u5740\uff08\u4e61\u9547\u3001\u6751\u3001\u7ec4\u3001\u95e8\u724c\uff09\uff0c\u6700\u591a 200 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.hukouAddressEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6237\u53e3\u672c\u4e0a\u7684\u8be6\u7ec6\u5730\u5740\uff0c\u5982 \u57ce\u5173\u9547\u4e1c\u6751 3 \u7ec4 12 \u53f7", None))
        self.copyFromMemberButton.setText(QCoreApplication.translate("CustomerForm", u"\u4ece\u5bb6\u5ead\u6210\u5458\u590d\u5236\u2026", None))
#if QT_CONFIG(tooltip)
        self.copyFromMemberButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4ece\u5df2\u5efa\u6863\u7684\u914d\u5076\u6216\u8054\u7cfb\u4eba\uff08\u6309\u8eab\u4efd\u8bc1\u53f7\u67e5\u627e\uff09\u590d\u5236\u6237\u7c4d\u4e0e\u73b0\u5c45\u5730\u5740", None))
#endif // QT_CONFIG(tooltip)
        self.hukouAddressMsg.setText("")
        self.currentRegionLabel.setText(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u5730\u533a", None))
#if QT_CONFIG(tooltip)
        self.currentProvinceCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.currentCityCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.currentCountyCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u5730\u533a\uff1a\u4f9d\u6b21\u9009\u62e9\u7701\u3001\u5e02\u3001\u53bf\uff08\u533a\uff09\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u6587\u5b57\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.sameAsHukouButton.setText(QCoreApplication.translate("CustomerForm", u"\u540c\u6237\u7c4d\u5730\u5740", None))
#if QT_CONFIG(tooltip)
        self.sameAsHukouButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u628a\u6237\u7c4d\u5730\u533a\u548c\u6237\u7c4d\u5730\u5740\u590d\u5236\u5230\u73b0\u5c45\u4f4f\u5730\u5740", None))
#endif // QT_CONFIG(tooltip)
        self.currentRegionMsg.setText("")
        self.currentAddressLabel.setText(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u4f4f\u5730\u5740", None))
#if QT_CONFIG(tooltip)
        self.currentAddressEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u73b0\u5c45\u4f4f\u8be6\u7ec6\u5730\u5740\uff0c\u6700\u591a 200 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.currentAddressEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5b9e\u9645\u5c45\u4f4f\u7684\u8be6\u7ec6\u5730\u5740", None))
        self.currentAddressMsg.setText("")
        self.currentYearsLabel.setText(QCoreApplication.translate("CustomerForm", u"\u73b0\u5740\u5c45\u4f4f\u5e74\u9650", None))
#if QT_CONFIG(tooltip)
        self.currentYearsEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5728\u73b0\u5c45\u4f4f\u5730\u5740\u4f4f\u4e86\u591a\u5c11\u5e74\uff08\u6574\u6570\uff0c\u4e0d\u8d85\u8fc7\u5e74\u9f84\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.currentYearsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5e74\uff0c\u5982 10", None))
        self.currentYearsMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageContact), QCoreApplication.translate("CustomerForm", u"\u8054\u7cfb\u65b9\u5f0f\u4e0e\u5730\u5740", None))
        self.occupationLabel.setText(QCoreApplication.translate("CustomerForm", u"\u804c\u4e1a", None))
#if QT_CONFIG(tooltip)
        self.occupationCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u9009\u62e9\u6216\u8f93\u5165\u804c\u4e1a\uff0c\u5982 \u52a1\u519c\u3001\u4e2a\u4f53\u7ecf\u8425\u3001\u4f01\u4e1a\u804c\u5de5", None))
#endif // QT_CONFIG(tooltip)
        self.occupationMsg.setText("")
        self.employerLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5de5\u4f5c\u5355\u4f4d/\u7ecf\u8425\u9879\u76ee", None))
#if QT_CONFIG(tooltip)
        self.employerEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5de5\u4f5c\u5355\u4f4d\u3001\u519c\u573a\u6216\u7ecf\u8425\u9879\u76ee\uff0c\u6700\u591a 100 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.employerEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5355\u4f4d\u540d\u79f0\uff0c\u6216\u79cd\u517b\u6b96/\u7ecf\u8425\u9879\u76ee\uff0c\u5982 \u79cd\u690d\u6c34\u7a3b 20 \u4ea9", None))
        self.employerMsg.setText("")
        self.industryLabel.setText(QCoreApplication.translate("CustomerForm", u"\u884c\u4e1a", None))
#if QT_CONFIG(tooltip)
        self.industryEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6240\u5c5e\u884c\u4e1a\uff0c\u6700\u591a 50 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.industryEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 \u519c\u4e1a\u3001\u6279\u53d1\u96f6\u552e\u3001\u5236\u9020\u4e1a", None))
        self.industryMsg.setText("")
        self.positionLabel.setText(QCoreApplication.translate("CustomerForm", u"\u804c\u52a1", None))
#if QT_CONFIG(tooltip)
        self.positionEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u804c\u52a1\uff0c\u6700\u591a 50 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 \u5458\u5de5\u3001\u8d1f\u8d23\u4eba\uff0c\u53ef\u4e0d\u586b", None))
        self.positionMsg.setText("")
        self.yearsEmployedLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4ece\u4e1a\u5e74\u9650", None))
#if QT_CONFIG(tooltip)
        self.yearsEmployedEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4ece\u4e8b\u5f53\u524d\u804c\u4e1a\u6216\u7ecf\u8425\u7684\u5e74\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.yearsEmployedEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5e74\uff0c\u5982 8", None))
        self.yearsEmployedMsg.setText("")
        self.monthlyIncomeLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6708\u6536\u5165\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.monthlyIncomeEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4eba\u6708\u6536\u5165\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.monthlyIncomeEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 5000 \u6216 0.5\u4e07", None))
        self.monthlyIncomeMsg.setText("")
        self.incomeSourceLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6536\u5165\u6765\u6e90", None))
#if QT_CONFIG(tooltip)
        self.incomeSourceEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4e3b\u8981\u6536\u5165\u6765\u6e90\uff0c\u6700\u591a 100 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.incomeSourceEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 \u79cd\u690d\u3001\u517b\u6b96\u3001\u5de5\u8d44\u3001\u7ecf\u8425", None))
        self.incomeSourceMsg.setText("")
        self.householdIncomeLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5bb6\u5ead\u5e74\u6536\u5165\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.householdIncomeEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5168\u5bb6\u4e00\u5e74\u7684\u603b\u6536\u5165\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.householdIncomeEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 80000 \u6216 8\u4e07", None))
        self.householdIncomeMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageWork), QCoreApplication.translate("CustomerForm", u"\u804c\u4e1a\u4e0e\u6536\u5165", None))
        self.housingLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4f4f\u623f\u60c5\u51b5", None))
#if QT_CONFIG(tooltip)
        self.housingCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u81ea\u6709\u3001\u6309\u63ed\u3001\u79df\u623f\u6216\u4e0e\u4eb2\u5c5e\u540c\u4f4f", None))
#endif // QT_CONFIG(tooltip)
        self.housingMsg.setText("")
        self.realEstateCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u623f\u4ea7\u5957\u6570", None))
#if QT_CONFIG(tooltip)
        self.realEstateCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6574\u6570\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.realEstateCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5957", None))
        self.realEstateCountMsg.setText("")
        self.realEstateValueLabel.setText(QCoreApplication.translate("CustomerForm", u"\u623f\u4ea7\u4ef7\u503c\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.realEstateValueEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u623f\u4ea7\u4f30\u503c\u5408\u8ba1\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.realEstateValueEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u4f30\u503c\uff0c\u5982 50\u4e07", None))
        self.realEstateValueMsg.setText("")
        self.vehicleCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8f66\u8f86\u6570", None))
#if QT_CONFIG(tooltip)
        self.vehicleCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6574\u6570\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.vehicleCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u8f86", None))
        self.vehicleCountMsg.setText("")
        self.vehicleValueLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8f66\u8f86\u4ef7\u503c\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.vehicleValueEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8f66\u8f86\u4f30\u503c\u5408\u8ba1\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.vehicleValueEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 8\u4e07", None))
        self.vehicleValueMsg.setText("")
        self.depositsLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5b58\u6b3e\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.depositsEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5404\u7c7b\u5b58\u6b3e\u5408\u8ba1\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.depositsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 3\u4e07", None))
        self.depositsMsg.setText("")
        self.investmentsLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6295\u8d44\u7406\u8d22\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.investmentsEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u7406\u8d22\u3001\u57fa\u91d1\u3001\u80a1\u7968\u7b49\u5408\u8ba1\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.investmentsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u53ef\u4e0d\u586b", None))
        self.investmentsMsg.setText("")
        self.landAreaLabel.setText(QCoreApplication.translate("CustomerForm", u"\u627f\u5305\u571f\u5730\u9762\u79ef\uff08\u4ea9\uff09", None))
#if QT_CONFIG(tooltip)
        self.landAreaEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u571f\u5730\u627f\u5305\u7ecf\u8425\u6743\u9762\u79ef\uff0c\u5355\u4f4d\u4ea9\uff0c\u6700\u591a\u4e24\u4f4d\u5c0f\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.landAreaEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 12.5", None))
        self.landAreaMsg.setText("")
        self.landCertLabel.setText(QCoreApplication.translate("CustomerForm", u"\u571f\u5730\u627f\u5305\u7ecf\u8425\u6743\u8bc1\u53f7", None))
#if QT_CONFIG(tooltip)
        self.landCertEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u519c\u6751\u571f\u5730\u627f\u5305\u7ecf\u8425\u6743\u8bc1\u7f16\u53f7\uff0c\u6700\u591a 50 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.landCertEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7ecf\u8425\u6743\u8bc1\u4e0a\u7684\u7f16\u53f7\uff0c\u53ef\u4e0d\u586b", None))
        self.landCertMsg.setText("")
        self.bankSectionLabel.setText(QCoreApplication.translate("CustomerForm", u"\u94f6\u884c\u8d26\u6237", None))
        self.bankHintLabel.setText(QCoreApplication.translate("CustomerForm", u"\u94f6\u884c\u8d26\u53f7\u5c5e\u4e8e\u654f\u611f\u4e2a\u4eba\u4fe1\u606f\uff1a\u987b\u5148\u5728\u201c\u6388\u6743\u201d\u9875\u767b\u8bb0\u5ba2\u6237\u7b7e\u7f72\u7684\u300a\u4e2a\u4eba\u654f\u611f\u4fe1\u606f\u5904\u7406\u5355\u72ec\u540c\u610f\u4e66\u300b\u3002", None))
        self.accountTypeLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8d26\u6237\u7c7b\u578b", None))
#if QT_CONFIG(tooltip)
        self.accountTypeCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u94f6\u884c\u5361\u4f1a\u505a\u5361\u53f7\u6821\u9a8c\uff08Luhn\uff09\uff1b\u5b58\u6298\u548c\u5176\u4ed6\u8d26\u6237\u4e0d\u505a", None))
#endif // QT_CONFIG(tooltip)
        self.accountTypeMsg.setText("")
        self.accountNoLabel.setText(QCoreApplication.translate("CustomerForm", u"\u94f6\u884c\u8d26\u53f7", None))
#if QT_CONFIG(tooltip)
        self.accountNoEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6536\u6b3e/\u8fd8\u6b3e\u8d26\u6237\uff1b\u94f6\u884c\u5361\u53f7\u4f1a\u6821\u9a8c\uff08Luhn\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.accountNoEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"16\u201319 \u4f4d\u5361\u53f7\uff0c\u53ef\u5e26\u7a7a\u683c", None))
        self.accountNoMsg.setText("")
        self.bankNameLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5f00\u6237\u884c", None))
#if QT_CONFIG(tooltip)
        self.bankNameEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5f00\u6237\u94f6\u884c\u53ca\u7f51\u70b9\uff0c\u6700\u591a 100 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.bankNameEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 \u67d0\u67d0\u519c\u5546\u94f6\u884c\u57ce\u5173\u652f\u884c", None))
        self.bankNameMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageAssets), QCoreApplication.translate("CustomerForm", u"\u8d44\u4ea7", None))
        self.pageLiabilitiesIntro.setText(QCoreApplication.translate("CustomerForm", u"\u636e\u5ba2\u6237\u9648\u8ff0\u4e0e\u5f81\u4fe1\u62a5\u544a\u586b\u5199\u73b0\u6709\u8d37\u6b3e\u60c5\u51b5\u3002", None))
        self.loansHereCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u672c\u884c\u8d37\u6b3e\u7b14\u6570", None))
#if QT_CONFIG(tooltip)
        self.loansHereCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6574\u6570\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.loansHereCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7b14", None))
        self.loansHereCountMsg.setText("")
        self.loansHereBalanceLabel.setText(QCoreApplication.translate("CustomerForm", u"\u672c\u884c\u8d37\u6b3e\u4f59\u989d\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.loansHereBalanceEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5728\u672c\u884c\u5c1a\u672a\u8fd8\u6e05\u7684\u8d37\u6b3e\u4f59\u989d\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.loansHereBalanceEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 5\u4e07", None))
        self.loansHereBalanceMsg.setText("")
        self.loansElsewhereCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4ed6\u884c\u8d37\u6b3e\u7b14\u6570", None))
#if QT_CONFIG(tooltip)
        self.loansElsewhereCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6574\u6570\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.loansElsewhereCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u7b14", None))
        self.loansElsewhereCountMsg.setText("")
        self.loansElsewhereBalanceLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4ed6\u884c\u8d37\u6b3e\u4f59\u989d\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.loansElsewhereBalanceEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5728\u5176\u4ed6\u673a\u6784\u5c1a\u672a\u8fd8\u6e05\u7684\u8d37\u6b3e\u4f59\u989d\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.loansElsewhereBalanceEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 10\u4e07", None))
        self.loansElsewhereBalanceMsg.setText("")
        self.monthlyRepaymentLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6708\u8fd8\u6b3e\u989d\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.monthlyRepaymentEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6240\u6709\u8d37\u6b3e\u6bcf\u6708\u5408\u8ba1\u8fd8\u6b3e\u989d\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.monthlyRepaymentEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 2500", None))
        self.monthlyRepaymentMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageLiabilities), QCoreApplication.translate("CustomerForm", u"\u8d1f\u503a", None))
        self.householdSizeLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5bb6\u5ead\u4eba\u53e3", None))
#if QT_CONFIG(tooltip)
        self.householdSizeEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u540c\u4e00\u6237\u53e3\u6216\u5171\u540c\u751f\u6d3b\u7684\u5bb6\u5ead\u4eba\u53e3\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.householdSizeEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u4eba\uff0c\u542b\u672c\u4eba", None))
        self.householdSizeMsg.setText("")
        self.dependantsLabel.setText(QCoreApplication.translate("CustomerForm", u"\u4f9b\u517b\u4eba\u6570", None))
#if QT_CONFIG(tooltip)
        self.dependantsEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u9700\u8981\u5ba2\u6237\u4f9b\u517b\u7684\u4eba\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.dependantsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u4eba\uff0c\u5982\u5b50\u5973\u3001\u8001\u4eba", None))
        self.dependantsMsg.setText("")
        self.spouseLabel.setText(QCoreApplication.translate("CustomerForm", u"\u914d\u5076", None))
        self.spouseHintLabel.setText(QCoreApplication.translate("CustomerForm", u"\u914d\u5076\u4fe1\u606f\u5728\u201c\u62c5\u4fdd\u4eba\u4e0e\u8054\u7cfb\u4eba\u201d\u9875\u767b\u8bb0\uff08\u8eab\u4efd\u9009\u201c\u914d\u5076\u201d\uff0c\u987b\u586b\u5199\u8eab\u4efd\u8bc1\u53f7\uff09\u3002", None))
        self.goContactsButton.setText(QCoreApplication.translate("CustomerForm", u"\u767b\u8bb0\u914d\u5076/\u8054\u7cfb\u4eba\u2026", None))
#if QT_CONFIG(tooltip)
        self.goContactsButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8f6c\u5230\u201c\u62c5\u4fdd\u4eba\u4e0e\u8054\u7cfb\u4eba\u201d\u9875", None))
#endif // QT_CONFIG(tooltip)
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageHousehold), QCoreApplication.translate("CustomerForm", u"\u5bb6\u5ead", None))
        self.pageContactsIntro.setText(QCoreApplication.translate("CustomerForm", u"\u62c5\u4fdd\u4eba\u548c\u914d\u5076\u987b\u586b\u5199\u8eab\u4efd\u8bc1\u53f7\uff1b\u7d27\u6025\u8054\u7cfb\u4eba\u987b\u586b\u5199\u7535\u8bdd\u3002\u6309 F2 \u6216\u53cc\u51fb\u7f16\u8f91\u5355\u5143\u683c\u3002", None))
#if QT_CONFIG(tooltip)
        self.contactsTable.setToolTip(QCoreApplication.translate("CustomerForm", u"\u53cc\u51fb\u6216\u6309 F2 \u7f16\u8f91\u5355\u5143\u683c\uff1b\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u5f55\u5165\u5373\u6821\u9a8c", None))
#endif // QT_CONFIG(tooltip)
        self.addGuarantorButton.setText(QCoreApplication.translate("CustomerForm", u"\u6dfb\u52a0\u62c5\u4fdd\u4eba", None))
        self.addContactButton.setText(QCoreApplication.translate("CustomerForm", u"\u6dfb\u52a0\u7d27\u6025\u8054\u7cfb\u4eba", None))
        self.addSpouseButton.setText(QCoreApplication.translate("CustomerForm", u"\u6dfb\u52a0\u914d\u5076", None))
        self.removeContactButton.setText(QCoreApplication.translate("CustomerForm", u"\u5220\u9664\u6240\u9009", None))
        self.revealContactButton.setText(QCoreApplication.translate("CustomerForm", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801", None))
#if QT_CONFIG(tooltip)
        self.revealContactButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u67e5\u770b\u6240\u9009\u8054\u7cfb\u4eba\u7684\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\u4e0e\u7535\u8bdd\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.contactsMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageContacts), QCoreApplication.translate("CustomerForm", u"\u62c5\u4fdd\u4eba\u4e0e\u8054\u7cfb\u4eba", None))
        self.pageCreditIntro.setText(QCoreApplication.translate("CustomerForm", u"\u6309\u4eba\u6c11\u94f6\u884c\u5f81\u4fe1\u62a5\u544a\u586b\u5199\u3002\u5f55\u5165\u524d\u987b\u5148\u5728\u201c\u6388\u6743\u201d\u9875\u767b\u8bb0\u5ba2\u6237\u7b7e\u7f72\u7684\u300a\u4e2a\u4eba\u5f81\u4fe1\u67e5\u8be2\u6388\u6743\u4e66\u300b\u3002", None))
        self.creditReportDateLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5f81\u4fe1\u62a5\u544a\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.creditReportDateEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5f81\u4fe1\u62a5\u544a\u7684\u67e5\u8be2\uff08\u51fa\u5177\uff09\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.creditReportDateEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 2024-05-01", None))
        self.creditReportDateMsg.setText("")
        self.overdueCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u7d2f\u8ba1\u903e\u671f\u6b21\u6570", None))
#if QT_CONFIG(tooltip)
        self.overdueCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u62a5\u544a\u4e2d\u6240\u6709\u8d26\u6237\u7684\u7d2f\u8ba1\u903e\u671f\u6b21\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6b21", None))
        self.overdueCountMsg.setText("")
        self.overdueMaxMonthsLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6700\u957f\u903e\u671f\u6708\u6570", None))
#if QT_CONFIG(tooltip)
        self.overdueMaxMonthsEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5355\u6b21\u6700\u957f\u903e\u671f\u6708\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.overdueMaxMonthsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6708", None))
        self.overdueMaxMonthsMsg.setText("")
        self.currentOverdueLabel.setText(QCoreApplication.translate("CustomerForm", u"\u5f53\u524d\u903e\u671f\u91d1\u989d\uff08\u5143\uff09", None))
#if QT_CONFIG(tooltip)
        self.currentOverdueEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u62a5\u544a\u65e5\u5f53\u524d\u903e\u671f\u603b\u989d\u3002\u5355\u4f4d\uff1a\u5143\u3002\u53ef\u5199 5000\u30015,000.50 \u6216 5\u4e07", None))
#endif // QT_CONFIG(tooltip)
        self.currentOverdueEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6ca1\u6709\u586b 0", None))
        self.currentOverdueMsg.setText("")
        self.inquiries6mLabel.setText(QCoreApplication.translate("CustomerForm", u"\u8fd16\u4e2a\u6708\u67e5\u8be2\u6b21\u6570", None))
#if QT_CONFIG(tooltip)
        self.inquiries6mEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u8fd1 6 \u4e2a\u6708\u8d37\u6b3e\u5ba1\u6279\u3001\u4fe1\u7528\u5361\u5ba1\u6279\u7c7b\u67e5\u8be2\u6b21\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.inquiries6mEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6b21", None))
        self.inquiries6mMsg.setText("")
        self.lenderCountLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6388\u4fe1\u673a\u6784\u6570", None))
#if QT_CONFIG(tooltip)
        self.lenderCountEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6709\u672a\u7ed3\u6e05\u6388\u4fe1\u7684\u673a\u6784\u6570\uff08\u6574\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.lenderCountEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5bb6", None))
        self.lenderCountMsg.setText("")
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageCredit), QCoreApplication.translate("CustomerForm", u"\u5f81\u4fe1\u6458\u8981", None))
        self.pageConsentIntro.setText(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4eba\u4fe1\u606f\u4fdd\u62a4\u6cd5\u8981\u6c42\uff1a\u5904\u7406\u94f6\u884c\u8d26\u6237\u7b49\u654f\u611f\u4e2a\u4eba\u4fe1\u606f\u987b\u53d6\u5f97\u5ba2\u6237\u5355\u72ec\u540c\u610f\uff1b\u67e5\u8be2\u5f81\u4fe1\u987b\u53d6\u5f97\u4e66\u9762\u6388\u6743\u3002\u8bf7\u5728\u5ba2\u6237\u7b7e\u7f72\u540e\u767b\u8bb0\uff0c\u5e76\u5728\u201c\u5f71\u50cf\u8d44\u6599\u201d\u4e2d\u4e0a\u4f20\u6388\u6743\u4e66\u626b\u63cf\u4ef6\u3002", None))
        self.consentStatusLabel.setText("")
#if QT_CONFIG(tooltip)
        self.consentTable.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5df2\u767b\u8bb0\u7684\u6388\u6743\u4e66", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawConsentButton.setText(QCoreApplication.translate("CustomerForm", u"\u64a4\u56de\u6388\u6743\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawConsentButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u64a4\u56de\u6240\u9009\u7684\u6388\u6743\uff08\u4e2a\u4eba\u4fe1\u606f\u4fdd\u62a4\u6cd5\u7b2c\u5341\u4e94\u6761\uff09\uff1a\u8bb0\u5f55\u4fdd\u7559\u5e76\u6807\u4e3a\u201c\u5df2\u64a4\u56de\u201d\uff0c\u64cd\u4f5c\u8bb0\u5165\u5ba1\u8ba1", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawConsentHint.setText("")
        self.consentGroup.setTitle(QCoreApplication.translate("CustomerForm", u"\u767b\u8bb0\u65b0\u7684\u6388\u6743\u4e66", None))
        self.consentKindLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6388\u6743\u7c7b\u578b", None))
#if QT_CONFIG(tooltip)
        self.consentKindCombo.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4e2a\u4eba\u654f\u611f\u4fe1\u606f\u5355\u72ec\u540c\u610f\uff0c\u6216\u4e2a\u4eba\u5f81\u4fe1\u67e5\u8be2\u6388\u6743", None))
#endif // QT_CONFIG(tooltip)
        self.consentKindMsg.setText("")
        self.consentSignedLabel.setText(QCoreApplication.translate("CustomerForm", u"\u7b7e\u7f72\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.consentSignedEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u5728\u6388\u6743\u4e66\u4e0a\u7b7e\u5b57\u7684\u65e5\u671f\uff08\u4e0d\u80fd\u665a\u4e8e\u4eca\u5929\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.consentSignedEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u5982 2024-05-01", None))
        self.consentSignedMsg.setText("")
        self.consentScopeLabel.setText(QCoreApplication.translate("CustomerForm", u"\u6388\u6743\u8303\u56f4", None))
#if QT_CONFIG(tooltip)
        self.consentScopeEdit.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6388\u6743\u8303\u56f4\uff0c\u6700\u591a 500 \u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.consentScopeEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"\u6388\u6743\u4e66\u4e0a\u5199\u660e\u7684\u7528\u9014\u548c\u8303\u56f4", None))
        self.consentScopeMsg.setText("")
        self.addConsentButton.setText(QCoreApplication.translate("CustomerForm", u"\u767b\u8bb0\u6388\u6743", None))
#if QT_CONFIG(tooltip)
        self.addConsentButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u52a0\u5165\u5f85\u4fdd\u5b58\u7684\u6388\u6743\uff1b\u70b9\u201c\u4fdd\u5b58\u201d\u540e\u751f\u6548", None))
#endif // QT_CONFIG(tooltip)
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.pageConsent), QCoreApplication.translate("CustomerForm", u"\u6388\u6743", None))
        self.messageLabel.setText("")
        self.summaryLabel.setText("")
        self.openExistingButton.setText(QCoreApplication.translate("CustomerForm", u"\u6253\u5f00\u5df2\u6709\u5ba2\u6237", None))
#if QT_CONFIG(tooltip)
        self.openExistingButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6253\u5f00\u8be5\u8eab\u4efd\u8bc1\u53f7\u5df2\u767b\u8bb0\u7684\u5ba2\u6237\u8d44\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.revealButton.setText(QCoreApplication.translate("CustomerForm", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801", None))
#if QT_CONFIG(tooltip)
        self.revealButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u67e5\u770b\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\u3001\u624b\u673a\u53f7\u548c\u94f6\u884c\u8d26\u53f7\uff08\u5c06\u8bb0\u5f55\u5ba1\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("CustomerForm", u"\u5f52\u6863\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5ba2\u6237\u5173\u7cfb\u7ed3\u675f\u65f6\u5f52\u6863\uff08\u8d44\u6599\u81f3\u5c11\u4fdd\u5b58 10 \u5e74\uff0c\u4e0d\u4f1a\u5220\u9664\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("CustomerForm", u"\u6062\u590d", None))
#if QT_CONFIG(tooltip)
        self.reactivateButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u6062\u590d\u5df2\u5f52\u6863\u7684\u5ba2\u6237", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("CustomerForm", u"\u5173\u95ed", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u5173\u95ed\u8d44\u6599\uff08Esc\uff09\uff1b\u6709\u672a\u4fdd\u5b58\u7684\u4fee\u6539\u65f6\u4f1a\u63d0\u793a", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CustomerForm", u"\u4fdd\u5b58", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CustomerForm", u"\u4fdd\u5b58\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

