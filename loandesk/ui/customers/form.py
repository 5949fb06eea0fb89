"""The customer profile form (客户资料): keyboard-first entry, validation while typing, save.

How it works, and why:

* Every field is checked while the clerk types: a short timer after the last keystroke runs the
  service's pure ``check()`` on the GUI thread (no database, well under a millisecond), so the
  rules shown are exactly the rules ``create_customer``/``update_customer`` enforce. Messages
  appear under the field (red border, text, tooltip) once the field was touched or holds a
  value; a summary with links lists everything that still blocks saving, and the 保存 button
  stays disabled while anything does. Only the duplicate-ID check needs the database: it runs
  at save time and offers a button that opens the existing customer.
* Birth date and gender are never typed: they come from the ID number (read-only fields).
* Enter moves to the next field (across section tabs), Ctrl+S saves, Esc closes and asks before
  throwing edits away. The last ethnicity, issuing authority, hukou region and customer type a
  clerk used are remembered per user (QSettings) and pre-filled on the next new customer.
* Editing loads the unmasked record (an audited reveal, as the service requires). Users without
  ``customer.edit`` get a read-only, masked form with a 显示完整号码 button (``reveal_field``,
  audited per field).
* All database work goes through ``run_db``; the form holds frozen service dataclasses only.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QInputMethodEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from loandesk.domain import regions
from loandesk.domain.clock import CHINA_TZ, china_today
from loandesk.domain.idcard import expected_expiry
from loandesk.domain.validators import normalize_text
from loandesk.services import customers as svc
from loandesk.services.customers import (
    ACCOUNT_TYPE_LABELS,
    CONSENT_LABELS,
    CONTACT_ROLE_LABELS,
    EDUCATION_LABELS,
    FIELD_LABELS,
    GENDER_LABELS,
    HOUSING_LABELS,
    ID_KIND_LABELS,
    KIND_LABELS,
    MARITAL_LABELS,
    AddressInput,
    AssetsInput,
    BankAccountInput,
    CheckResult,
    ConsentInput,
    ConsentView,
    ContactInput,
    CreditSummaryInput,
    CustomerInput,
    CustomerView,
    DuplicateCustomer,
    HouseholdInput,
    IncomeInput,
    LiabilitiesInput,
    PersonalInput,
    StaleCustomer,
    ValidationFailed,
    WorkInput,
)
from loandesk.ui.context import AppContext
from loandesk.ui.customers import dialogs
from loandesk.ui.errors import log_failure, user_message
from loandesk.ui.forms.ui_customer_form import Ui_CustomerForm
from loandesk.ui.tasks import run_db

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 150
TYPE_AHEAD_SECONDS = 1.0  # letters typed within this time add up (hz), as in any list
ETHNICITIES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 "
    "裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
OCCUPATIONS = ["务农", "个体经营", "企业职工", "机关事业单位", "外出务工", "自由职业", "退休", "学生", "无业", "其他"]
CONSENT_SCOPES = {
    "pi_sensitive": "同意本行为办理贷款业务处理本人身份证件影像、银行账户等敏感个人信息",
    "credit_query": "同意本行为贷款审查及贷后管理查询本人征信报告",
}

# field path -> (widget attribute, message label attribute); regions mark all three combos.
FIELDS: dict[str, tuple[str, str]] = {
    "kind": ("kindCombo", "kindMsg"),
    "name": ("nameEdit", "nameMsg"),
    "id_number": ("idNumberEdit", "idNumberMsg"),
    "gender": ("genderEdit", "genderMsg"),
    "birth_date": ("birthDateEdit", "birthDateMsg"),
    "ethnicity": ("ethnicityCombo", "ethnicityMsg"),
    "personal.marital_status": ("maritalCombo", "maritalMsg"),
    "personal.education": ("educationCombo", "educationMsg"),
    "business_name": ("businessNameEdit", "businessNameMsg"),
    "uscc": ("usccEdit", "usccMsg"),
    "assigned_clerk_id": ("clerkCombo", "clerkMsg"),
    "notes": ("notesEdit", "notesMsg"),
    "id_issuer": ("idIssuerEdit", "idIssuerMsg"),
    "id_valid_from": ("idValidFromEdit", "idValidFromMsg"),
    "id_valid_to": ("idValidToEdit", "idValidToMsg"),
    "mobile": ("mobileEdit", "mobileMsg"),
    "personal.phone_other": ("phoneOtherEdit", "phoneOtherMsg"),
    "personal.wechat": ("wechatEdit", "wechatMsg"),
    "address.hukou_region_code": ("hukouCountyCombo", "hukouRegionMsg"),
    "address.hukou_address": ("hukouAddressEdit", "hukouAddressMsg"),
    "address.current_region_code": ("currentCountyCombo", "currentRegionMsg"),
    "address.current_address": ("currentAddressEdit", "currentAddressMsg"),
    "address.current_address_years": ("currentYearsEdit", "currentYearsMsg"),
    "work.occupation": ("occupationCombo", "occupationMsg"),
    "work.employer": ("employerEdit", "employerMsg"),
    "work.industry": ("industryEdit", "industryMsg"),
    "work.position": ("positionEdit", "positionMsg"),
    "work.years_employed": ("yearsEmployedEdit", "yearsEmployedMsg"),
    "income.monthly_income": ("monthlyIncomeEdit", "monthlyIncomeMsg"),
    "income.income_source": ("incomeSourceEdit", "incomeSourceMsg"),
    "income.household_income": ("householdIncomeEdit", "householdIncomeMsg"),
    "assets.housing_type": ("housingCombo", "housingMsg"),
    "assets.real_estate_count": ("realEstateCountEdit", "realEstateCountMsg"),
    "assets.real_estate_value": ("realEstateValueEdit", "realEstateValueMsg"),
    "assets.vehicle_count": ("vehicleCountEdit", "vehicleCountMsg"),
    "assets.vehicle_value": ("vehicleValueEdit", "vehicleValueMsg"),
    "assets.deposits": ("depositsEdit", "depositsMsg"),
    "assets.investments": ("investmentsEdit", "investmentsMsg"),
    "assets.land_area_mu": ("landAreaEdit", "landAreaMsg"),
    "assets.land_certificate_no": ("landCertEdit", "landCertMsg"),
    "bank.account_type": ("accountTypeCombo", "accountTypeMsg"),
    "bank.account_no": ("accountNoEdit", "accountNoMsg"),
    "bank.bank_name": ("bankNameEdit", "bankNameMsg"),
    "liabilities.loans_here_count": ("loansHereCountEdit", "loansHereCountMsg"),
    "liabilities.loans_here_balance": ("loansHereBalanceEdit", "loansHereBalanceMsg"),
    "liabilities.loans_elsewhere_count": ("loansElsewhereCountEdit", "loansElsewhereCountMsg"),
    "liabilities.loans_elsewhere_balance": ("loansElsewhereBalanceEdit", "loansElsewhereBalanceMsg"),
    "liabilities.monthly_repayment": ("monthlyRepaymentEdit", "monthlyRepaymentMsg"),
    "household.household_size": ("householdSizeEdit", "householdSizeMsg"),
    "household.dependants": ("dependantsEdit", "dependantsMsg"),
    "credit.report_date": ("creditReportDateEdit", "creditReportDateMsg"),
    "credit.overdue_count": ("overdueCountEdit", "overdueCountMsg"),
    "credit.overdue_max_months": ("overdueMaxMonthsEdit", "overdueMaxMonthsMsg"),
    "credit.current_overdue": ("currentOverdueEdit", "currentOverdueMsg"),
    "credit.inquiries_6m": ("inquiries6mEdit", "inquiries6mMsg"),
    "credit.lender_count": ("lenderCountEdit", "lenderCountMsg"),
}
REGION_PATHS = {"address.hukou_region_code": "hukou", "address.current_region_code": "current"}

# Contacts table columns: (service attribute, header)
CONTACT_COLUMNS = [("role", "身份"), ("name", "姓名"), ("id_number", "身份证号"), ("relation", "关系"),
                   ("phone", "电话"), ("employer", "工作单位"), ("monthly_income", "月收入（元）"), ("notes", "备注")]
CONTACT_COL = {attr: i for i, (attr, _h) in enumerate(CONTACT_COLUMNS)}
_LONG_TERM = re.compile(r"(长期|永久)(有效)?")  # as printed on the card back, as clerks say it
_CARD_DATE = r"\d{4}[.\-/年]\d{2}[.\-/月]\d{2}日?"
_VALIDITY_RANGE = re.compile(rf"\s*({_CARD_DATE})\s*[-－—–~～至到]\s*({_CARD_DATE}|(?:长期|永久)(?:有效)?)\s*")
_CONTACT_PATH = re.compile(r"contacts\[(\d+)\]\.(\w+)")
_CONSENT_PATH = re.compile(r"consents\[(\d+)\]\.(\w+)")

_STATE_CSS = """
QLineEdit[readOnly="true"] { background: #f2f2f2; color: #333; border: 1px solid #cfcfcf; padding: 2px; }
QLineEdit[state="error"], QComboBox[state="error"], QPlainTextEdit[state="error"] {
    border: 1px solid #d93025; border-radius: 2px; background: #fff5f5; padding: 2px; }
QLineEdit[state="warn"], QComboBox[state="warn"], QPlainTextEdit[state="warn"] {
    border: 1px solid #e8a200; border-radius: 2px; padding: 2px; }
"""
_RED = "#b00020"
_AMBER = "#8a5300"
_ERR_BG = QBrush(QColor("#fde0e0"))


def _china_day(at: datetime) -> str:
    """A stored UTC moment as the China calendar day the clerk lived it."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(CHINA_TZ).date().isoformat()


def _plain(value: Any) -> str:
    """A stored value as the clerk would type it (Decimal without trailing zeros, ISO dates)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.blockSignals(False)


@lru_cache(maxsize=8192)
def _initials(name: str) -> str:
    """Pinyin initials of a place name (杭州市 → hzs), for typing in the region combos."""
    from pypinyin import Style, lazy_pinyin

    return "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()


def _select(combo: QComboBox, data: str) -> bool:
    i = combo.findData(data)
    if i >= 0:
        combo.setCurrentIndex(i)
        return True
    return False


class RegionCascade(QObject):
    """省 → 市 → 县 combos over domain.regions (GB/T 2260, shipped offline).

    A retired code (valid on an old record or ID card) is not in the current lists; it is kept as
    an extra entry so loading and saving a record never changes its code silently.
    """

    changed = Signal()

    def __init__(self, province: QComboBox, city: QComboBox, county: QComboBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combos = (province, city, county)
        _fill_combo(province, [("（省）", "")] + [(r.name, r.code) for r in regions.provinces()])
        _fill_combo(city, [("（市）", "")])
        _fill_combo(county, [("（县/区）", "")])
        province.currentIndexChanged.connect(self._province_changed)
        city.currentIndexChanged.connect(self._city_changed)
        county.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._typed = ""
        self._typed_at = 0.0
        self._typed_in: QObject | None = None
        for combo in self.combos:
            combo.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Letters pick by pinyin initials (hz → 杭州市), as clerks search customers; Chinese from
        the IME already selects by the start of the name (QComboBox's own search)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, QComboBox)
                and obj in self.combos and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                                   | Qt.KeyboardModifier.AltModifier)):
            text = event.text()
            if text and text.isascii() and text.isalpha():
                now = time.monotonic()
                go_on = obj is self._typed_in and now - self._typed_at < TYPE_AHEAD_SECONDS
                self._typed = (self._typed if go_on else "") + text.lower()
                self._typed_at, self._typed_in = now, obj
                hits = [i for i in range(1, obj.count()) if _initials(obj.itemText(i)).startswith(self._typed)]
                if hits:
                    current = obj.currentIndex()
                    # the same letter again steps through the places starting with it
                    later = [i for i in hits if i > current] if len(self._typed) == 1 and current in hits else []
                    obj.setCurrentIndex((later or hits)[0])
                return True
        return super().eventFilter(obj, event)

    def _province_changed(self, _i: int = 0) -> None:
        code = self.combos[0].currentData() or ""
        _fill_combo(self.combos[1], [("（市）", "")] + [(r.name, r.code) for r in regions.children(code)] if code else
                    [("（市）", "")])
        _fill_combo(self.combos[2], [("（县/区）", "")])
        self.changed.emit()

    def _city_changed(self, _i: int = 0) -> None:
        code = self.combos[1].currentData() or ""
        _fill_combo(self.combos[2], [("（县/区）", "")] + [(r.name, r.code) for r in regions.children(code)] if code else
                    [("（县/区）", "")])
        self.changed.emit()

    def code(self) -> str:
        """The deepest level chosen (a county normally; a prefecture that has no counties)."""
        for combo in reversed(self.combos):
            value = combo.currentData()
            if value:
                return str(value)
        return ""

    def set_code(self, code: str) -> None:
        """Select ``code`` (any level, current or retired)."""
        province, city, county = self.combos
        if not code:
            province.setCurrentIndex(0)
            return
        region = regions.lookup(code)
        if region is None or not _select(province, code[:2] + "0000"):
            self._extra(province, code, region)
            return
        if region.level == "province":
            return
        parent = region.parent_code or ""
        city_code = code if region.level == "prefecture" else parent
        if city_code.endswith("0000"):  # a county directly under a province (no prefecture level)
            city_code = ""
        if city_code and not _select(city, city_code):
            self._extra(city, code, region)
            return
        if region.level == "prefecture":
            return
        if not _select(county, code):
            self._extra(county, code, region)

    @staticmethod
    def _extra(combo: QComboBox, code: str, region: regions.Region | None) -> None:
        name = region.full_name if region else code
        label = f"{name}（旧代码 {code}）" if region is None or region.retired else name
        combo.addItem(label, code)
        combo.setCurrentIndex(combo.count() - 1)


class CustomerForm(QWidget):
    """New, edit or read-only view of one customer. Hosted by the tab (or any container)."""

    sig_closed = Signal()  # the clerk closed the form (after agreeing to discard edits)
    sig_saved = Signal(object)  # CustomerView returned by the service
    sig_open_customer = Signal(str)  # open another customer (the duplicate's link)
    sig_loaded = Signal()  # a customer (or a blank new form) is ready
    sig_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None,
                 permissions: dict[str, bool] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_CustomerForm()
        self.form.setupUi(self)
        self.setStyleSheet(_STATE_CSS)
        self.settings = settings if settings is not None else QSettings()
        perms = permissions or {}

        def allowed(name: str) -> bool:
            return perms[name] if name in perms else ctx.can(name)

        self.can_create = allowed("customer.create")
        self.can_edit = allowed("customer.edit")
        self.can_unmask = allowed("customer.view_unmasked")
        self.can_archive = allowed("customer.archive")
        # state of the record on screen
        self.customer_id: str | None = None
        self.view: CustomerView | None = None
        self.version: int | None = None
        self.editable = False
        self.masked = False
        self.on_record: set[str] = set()
        self.pending_consents: list[ConsentInput] = []
        self._consent_rows: list[ConsentView | None] = []  # consent table row -> saved record (None: pending)
        self.touched: set[str] = set()
        self.show_all = False
        self.result: CheckResult | None = None
        self.server_errors: dict[str, str] = {}
        self.conflicts: dict[str, str] = {}  # field -> what the other clerk saved there (shown as a warning)
        self.baseline: CustomerInput | None = None
        self.duplicate: DuplicateCustomer | None = None
        self.busy = False
        self.loading = False
        self.shown_messages: dict[str, str] = {}
        self._clerks: list[tuple[str, str]] | None = None
        self._desired_clerk: str | None = None
        self._tooltips: dict[QWidget, str] = {}
        self._expected_hint = ""
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)
        self._setup_widgets()
        self._connect()
        self._load_clerks()

    # --- building -----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        f = self.form
        _fill_combo(f.kindCombo, [(v, k) for k, v in KIND_LABELS.items()])
        _fill_combo(f.maritalCombo, [("", "")] + [(v, k) for k, v in MARITAL_LABELS.items()])
        _fill_combo(f.educationCombo, [("", "")] + [(v, k) for k, v in EDUCATION_LABELS.items()])
        _fill_combo(f.housingCombo, [("", "")] + [(v, k) for k, v in HOUSING_LABELS.items()])
        _fill_combo(f.accountTypeCombo, [(v, k) for k, v in ACCOUNT_TYPE_LABELS.items()])
        _fill_combo(f.consentKindCombo, [(v, k) for k, v in CONSENT_LABELS.items()])
        _fill_combo(f.clerkCombo, [("（未指定）", "")])
        f.ethnicityCombo.addItems(ETHNICITIES)
        f.ethnicityCombo.setCurrentIndex(-1)
        f.ethnicityCombo.lineEdit().setPlaceholderText("如 汉")
        f.occupationCombo.addItems(OCCUPATIONS)
        f.occupationCombo.setCurrentIndex(-1)
        f.occupationCombo.lineEdit().setPlaceholderText("如 务农")
        for combo in (f.ethnicityCombo, f.occupationCombo):
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
        self.hukou = RegionCascade(f.hukouProvinceCombo, f.hukouCityCombo, f.hukouCountyCombo, self)
        self.current = RegionCascade(f.currentProvinceCombo, f.currentCityCombo, f.currentCountyCombo, self)
        # message labels start hidden; tooltips kept so error text can be appended and removed
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Msg"):
                label.setVisible(False)
        f.idDerivedLabel.setVisible(False)
        f.idExpectedLabel.setVisible(False)
        for w in self._field_widgets():
            self._tooltips[w] = w.toolTip()
        self._placeholders = {w: w.placeholderText() for w in self.findChildren(QLineEdit) + self.findChildren(
            QPlainTextEdit) if w.placeholderText()}
        self._basic_intro = f.pageBasicIntro.text()
        f.openExistingButton.setVisible(False)
        f.saveButton.setDefault(False)
        f.idLongTermCheck.setToolTip("签发时年满 46 周岁的居民身份证为长期有效；勾选后清空“有效期止”")
        # contacts table
        t = f.contactsTable
        t.setColumnCount(len(CONTACT_COLUMNS))
        t.setHorizontalHeaderLabels([h for _a, h in CONTACT_COLUMNS])
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = t.fontMetrics()
        for col, sample in enumerate(["紧急联系人▼", "欧阳某某某", "110101199001011234X", "配偶的父亲", "138 0000 0000",
                                      "某某县农业发展有限公司", "12,000.00", "备注备注备注"]):
            t.setColumnWidth(col, fm.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        t.verticalHeader().setVisible(False)
        ct = f.consentTable
        ct.setColumnCount(5)
        ct.setHorizontalHeaderLabels(["授权类型", "签署日期", "授权范围", "登记人", "状态"])
        ct.verticalHeader().setVisible(False)
        ct.setTabKeyNavigation(False)  # read-only rows: Tab goes on to 撤回授权…, not to the next cell
        ct.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # one consent is withdrawn at a time
        for col, sample in enumerate(["个人敏感信息单独同意", "2024-05-01", "", "张客户经理", "已撤回 2024-05-01"]):
            ct.setColumnWidth(col, fm.horizontalAdvance(sample) + 24 if sample else 380)
        ct.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ct.setMaximumHeight(ct.verticalHeader().defaultSectionSize() * 5 + ct.horizontalHeader().sizeHint().height() + 4)
        f.consentScopeEdit.setText(CONSENT_SCOPES["pi_sensitive"])
        f.consentSignedEdit.setText(china_today().isoformat())
        self._install_optional_parts()
        # Enter on a focused button presses it, as on any Windows form (Enter walks the fields and
        # ends on 保存). Outside a QDialog autoDefault does only that: no default button takes Enter
        # from a field, and the fields' own Enter goes to advance() anyway.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        # A page's scroll area is no Tab stop: the cursor vanished there (the wheel still scrolls,
        # and a focused field is scrolled into view by the area itself).
        for area in self.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _install_optional_parts(self) -> None:
        """OCR fill and the documents page come from another module; without it, say so."""
        f = self.form
        try:
            from loandesk.ui.customers.ocr import OcrFillAction

            self.ocr = OcrFillAction(self.ctx, self, self.apply_ocr_proposal)
            control: QWidget
            if isinstance(self.ocr, QWidget):
                control = self.ocr
            else:  # a QAction
                button = QToolButton(self)
                button.setDefaultAction(self.ocr)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                control = button
        except ImportError:
            self.ocr = None
            control = QPushButton("从身份证影像识别…", self)
            control.setEnabled(False)
            control.setToolTip("身份证影像识别模块尚未安装，请手工录入。")
        control.setObjectName("ocrButton")
        f.ocrRow.insertWidget(0, control)
        QWidget.setTabOrder(f.idLongTermCheck, control)  # added last: put it where it sits on screen
        self.ocr_control = control
        try:
            from loandesk.ui.customers.documents import DocumentsPanel

            self.documents: QWidget | None = DocumentsPanel(self.ctx, self)
            page = self.documents
        except ImportError:
            self.documents = None
            page = QWidget(self)
            layout = QVBoxLayout(page)
            note = QLabel("影像资料模块尚未安装：身份证扫描件、授权书等资料暂不能在此上传。", page)
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
        page.setObjectName("pageDocuments")
        index = f.sectionTabs.addTab(page, "影像资料")
        if self.documents is None:
            f.sectionTabs.setTabEnabled(index, False)
            f.sectionTabs.setTabToolTip(index, "影像资料模块尚未安装")
        self._titles = [f.sectionTabs.tabText(i) for i in range(f.sectionTabs.count())]

    def _connect(self) -> None:
        f = self.form
        for path, (name, _msg) in FIELDS.items():
            w = getattr(f, name)
            if path in REGION_PATHS:
                continue
            if isinstance(w, QLineEdit):
                w.textEdited.connect(lambda _t, p=path: self._edited(p))
                w.textChanged.connect(lambda _t: self._changed())
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(lambda p=path: self._edited(p))
            elif isinstance(w, QComboBox):
                if w.isEditable():
                    w.editTextChanged.connect(lambda _t, p=path: self._edited(p))
                w.currentIndexChanged.connect(lambda _i, p=path: self._edited(p))
        self.hukou.changed.connect(lambda: self._edited("address.hukou_region_code"))
        self.current.changed.connect(lambda: self._edited("address.current_region_code"))
        f.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        f.idLongTermCheck.toggled.connect(self._long_term_toggled)
        f.idValidToEdit.textEdited.connect(self._valid_to_typed)
        f.idValidFromEdit.textEdited.connect(self._valid_from_typed)
        f.contactsTable.itemChanged.connect(lambda item: self._edited(f"contacts[{item.row()}]"))
        f.contactsTable.installEventFilter(self)  # Chinese typed into a cell: see _ime_into_cell
        f.addGuarantorButton.clicked.connect(lambda: self.add_contact("guarantor"))
        f.addContactButton.clicked.connect(lambda: self.add_contact("contact"))
        f.addSpouseButton.clicked.connect(lambda: self.add_contact("spouse"))
        f.removeContactButton.clicked.connect(self.remove_contact)
        f.revealContactButton.clicked.connect(self.reveal_contact)
        f.addConsentButton.clicked.connect(self.add_consent)
        f.withdrawConsentButton.clicked.connect(self.withdraw_consent)
        f.consentTable.itemSelectionChanged.connect(self._update_withdraw)
        f.consentKindCombo.currentIndexChanged.connect(self._consent_kind_changed)
        f.sameAsHukouButton.clicked.connect(self.copy_hukou_to_current)
        f.copyFromMemberButton.clicked.connect(self.copy_from_member)
        f.goContactsButton.clicked.connect(lambda: self.go_to_page(f.pageContacts))
        f.consentBannerButton.clicked.connect(lambda: self._go_consent())
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.request_close)
        f.archiveButton.clicked.connect(self.archive)
        f.reactivateButton.clicked.connect(self.reactivate)
        f.revealButton.clicked.connect(self.reveal)
        f.openExistingButton.clicked.connect(self._open_existing)
        f.summaryLabel.linkActivated.connect(self.focus_field)
        # Window-wide while the form is visible (hidden widgets' shortcuts never fire).
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save, context=Qt.ShortcutContext.WindowShortcut)
        for w in self._enter_widgets():
            w.installEventFilter(self)
            if isinstance(w, QComboBox) and w.isEditable() and w.lineEdit() is not None:
                w.lineEdit().installEventFilter(self)

    def _field_widgets(self) -> list[QWidget]:
        f = self.form
        out = [getattr(f, name) for name, _m in FIELDS.values()]
        out += [f.hukouProvinceCombo, f.hukouCityCombo, f.currentProvinceCombo, f.currentCityCombo]
        return out

    def _enter_widgets(self) -> list[QWidget]:
        f = self.form
        return [w for w in self._field_widgets() if not isinstance(w, QPlainTextEdit)] + [
            f.idLongTermCheck, f.consentKindCombo, f.consentSignedEdit, f.consentScopeEdit]

    def _load_clerks(self) -> None:
        ctx = self.ctx

        def work() -> list[tuple[str, str]]:
            with ctx.db.read() as s:
                return svc.assignable_clerks(s, ctx.actor)

        run_db(work, self._clerks_loaded, lambda exc: log.warning("clerk list failed: %s", type(exc).__name__))

    def _clerks_loaded(self, clerks: list[tuple[str, str]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._clerks = clerks
        loading, self.loading = self.loading, True
        combo = self.form.clerkCombo
        _fill_combo(combo, [("（未指定）", "")] + [(name, uid) for uid, name in clerks])
        self._select_clerk(self._desired_clerk)
        self.loading = loading

    def _select_clerk(self, clerk_id: str | None) -> None:
        combo = self.form.clerkCombo
        if clerk_id and not _select(combo, clerk_id):
            # a clerk who left: keep the assignment visible and unchanged
            name = self.view.assigned_clerk_name if self.view and self.view.assigned_clerk_id == clerk_id else ""
            combo.addItem(f"{name or '已停用用户'}（已停用）", clerk_id)
            combo.setCurrentIndex(combo.count() - 1)
        elif not clerk_id:
            combo.setCurrentIndex(0)

    # --- opening ------------------------------------------------------------------------------
    def new_customer(self) -> None:
        """A blank form, pre-filled with what this clerk chose last time."""
        self._reset(editable=self.can_create, new=True)
        f = self.form
        self.loading = True
        remembered = self._remembered()
        _select(f.kindCombo, remembered.get("kind") or "individual")
        f.ethnicityCombo.setCurrentText(remembered.get("ethnicity") or "汉")
        f.idIssuerEdit.setText(remembered.get("id_issuer", ""))
        self.hukou.set_code(remembered.get("hukou_region", ""))
        self._desired_clerk = self.ctx.actor.user_id if self.ctx.actor.role == "clerk" else None
        self._select_clerk(self._desired_clerk if self._clerks is not None else None)
        self.loading = False
        self._kind_changed()
        self._after_load()
        f.sectionTabs.setCurrentIndex(0)
        f.nameEdit.setFocus()
        self.sig_loaded.emit()

    def open_customer(self, customer_id: str) -> None:
        """Load a customer: unmasked (audited) for users who may edit, masked otherwise."""
        editable = self.can_edit
        self._reset(editable=editable, new=False)
        self.form.titleLabel.setText("正在打开客户资料…")
        self.busy = True
        self._update_buttons()
        ctx = self.ctx

        def work() -> CustomerView:
            if editable:
                with ctx.db.write() as s:
                    return svc.get_customer(s, ctx.actor, customer_id, unmasked=True)
            with ctx.db.read() as s:
                return svc.get_customer(s, ctx.actor, customer_id)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self.form.titleLabel.setText("无法打开客户资料")
            self._say(user_message(exc), "error")
            self._update_buttons()
            self.sig_failed.emit(exc)

        run_db(work, self._loaded, failed)

    def _loaded(self, view: CustomerView) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self._fill(view)
        self._after_load()
        self.sig_loaded.emit()

    def _reset(self, *, editable: bool, new: bool) -> None:
        f = self.form
        self._check_timer.stop()
        self.loading = True
        self.customer_id = None
        self.view = None
        self.version = None
        self.editable = editable
        self.is_new = new
        self.masked = False
        self.on_record = set()
        self.pending_consents = []
        self.touched = set()
        self.show_all = False
        self.server_errors = {}
        self.conflicts = {}
        self.result = None
        self.duplicate = None
        self.baseline = None
        for name, _m in FIELDS.values():
            w = getattr(f, name)
            if isinstance(w, QLineEdit):
                w.clear()
            elif isinstance(w, QPlainTextEdit):
                w.clear()
            elif isinstance(w, QComboBox) and w.isEditable():
                w.setCurrentIndex(-1)
                w.setEditText("")
            elif isinstance(w, QComboBox) and w is not f.clerkCombo and w.count():
                w.setCurrentIndex(0)
        self.hukou.set_code("")
        self.current.set_code("")
        f.idLongTermCheck.setChecked(False)
        f.contactsTable.setRowCount(0)
        f.consentTable.setRowCount(0)
        f.idDerivedLabel.setText("")
        f.idExpectedLabel.setText("")
        f.idDerivedLabel.setVisible(False)
        f.idExpectedLabel.setVisible(False)
        f.flagsLabel.setText("")
        f.subtitleLabel.setText("")
        f.titleLabel.setText("新建客户" if new else "客户资料")
        f.sectionTabs.setCurrentIndex(0)
        f.openExistingButton.setVisible(False)
        self._say("")
        self.loading = False
        self._apply_mode()

    def _fill(self, view: CustomerView) -> None:
        """Put a CustomerView into the widgets (masked views show masked values, read-only)."""
        f = self.form
        self.loading = True
        self.view = view
        self.customer_id = view.id
        self.version = view.version
        self.masked = view.masked
        self.is_new = False
        self.on_record = set(CONSENT_LABELS) - set(view.consents.missing)
        _select(f.kindCombo, view.kind)
        f.nameEdit.setText(view.name)
        f.idNumberEdit.setText(view.id_number)
        f.genderEdit.setText(view.gender_label)
        f.birthDateEdit.setText(_plain(view.birth_date))
        f.idKindEdit.setText(ID_KIND_LABELS.get(view.id_kind, view.id_kind))
        f.ethnicityCombo.setCurrentText(view.ethnicity)
        _select(f.maritalCombo, view.personal.marital_status)
        _select(f.educationCombo, view.personal.education)
        f.businessNameEdit.setText(view.business_name)
        f.usccEdit.setText(view.uscc)
        self._desired_clerk = view.assigned_clerk_id
        if self._clerks is not None:
            self._select_clerk(view.assigned_clerk_id)
        f.notesEdit.setPlainText(view.notes)
        f.idIssuerEdit.setText(view.id_issuer)
        f.idValidFromEdit.setText(_plain(view.id_valid_from))
        long_term = view.id_valid_to is None and view.id_valid_from is not None
        f.idLongTermCheck.setChecked(long_term)
        f.idValidToEdit.setText("" if long_term else _plain(view.id_valid_to))
        f.mobileEdit.setText(view.mobile)
        p, a, w, i = view.personal, view.address, view.work, view.income
        f.phoneOtherEdit.setText(p.phone_other)
        f.wechatEdit.setText(p.wechat)
        self.hukou.set_code(a.hukou_region_code)
        f.hukouAddressEdit.setText(a.hukou_address)
        self.current.set_code(a.current_region_code)
        f.currentAddressEdit.setText(a.current_address)
        f.currentYearsEdit.setText(_plain(a.current_address_years))
        f.occupationCombo.setCurrentText(w.occupation)
        f.employerEdit.setText(w.employer)
        f.industryEdit.setText(w.industry)
        f.positionEdit.setText(w.position)
        f.yearsEmployedEdit.setText(_plain(w.years_employed))
        f.monthlyIncomeEdit.setText(_plain(i.monthly_income))
        f.incomeSourceEdit.setText(i.income_source)
        f.householdIncomeEdit.setText(_plain(i.household_income))
        s = view.assets
        _select(f.housingCombo, s.housing_type)
        for edit, value in ((f.realEstateCountEdit, s.real_estate_count), (f.realEstateValueEdit, s.real_estate_value),
                            (f.vehicleCountEdit, s.vehicle_count), (f.vehicleValueEdit, s.vehicle_value),
                            (f.depositsEdit, s.deposits), (f.investmentsEdit, s.investments),
                            (f.landAreaEdit, s.land_area_mu), (f.landCertEdit, s.land_certificate_no)):
            edit.setText(_plain(value))
        _select(f.accountTypeCombo, view.bank.account_type or "card")
        f.accountNoEdit.setText(view.bank.account_no)
        f.bankNameEdit.setText(view.bank.bank_name)
        li = view.liabilities
        for edit, value in ((f.loansHereCountEdit, li.loans_here_count), (f.loansHereBalanceEdit, li.loans_here_balance),
                            (f.loansElsewhereCountEdit, li.loans_elsewhere_count),
                            (f.loansElsewhereBalanceEdit, li.loans_elsewhere_balance),
                            (f.monthlyRepaymentEdit, li.monthly_repayment),
                            (f.householdSizeEdit, view.household.household_size),
                            (f.dependantsEdit, view.household.dependants)):
            edit.setText(_plain(value))
        c = view.credit
        for edit, value in ((f.creditReportDateEdit, c.report_date), (f.overdueCountEdit, c.overdue_count),
                            (f.overdueMaxMonthsEdit, c.overdue_max_months), (f.currentOverdueEdit, c.current_overdue),
                            (f.inquiries6mEdit, c.inquiries_6m), (f.lenderCountEdit, c.lender_count)):
            edit.setText(_plain(value))
        f.contactsTable.setRowCount(0)
        for contact in view.contacts:
            self._append_contact_row(contact.role, {
                "name": contact.name, "id_number": contact.id_number, "relation": contact.relation,
                "phone": contact.phone, "employer": contact.employer,
                "monthly_income": _plain(contact.monthly_income), "notes": contact.notes}, contact.id)
        self._fill_consents()
        self.loading = False
        self._kind_changed()
        self._update_header()

    def _after_load(self) -> None:
        """Baseline for the unsaved-changes check, then a first validation pass."""
        self._apply_mode()
        if self.documents is not None:
            try:
                self.documents.set_customer(self.customer_id)  # type: ignore[attr-defined]
            except Exception as exc:  # the other module's failure must not break the form
                log_failure("documents panel failed after load", exc, logger=log)  # never the text
        if self.editable:
            self.baseline = self.collect()
            self.run_check()
        else:
            self.result = None
            self._show_results()
        self._update_banner()
        self._update_buttons()

    # --- modes --------------------------------------------------------------------------------
    def _apply_mode(self) -> None:
        f = self.form
        ro = not self.editable
        for w in self._field_widgets() + [f.idLongTermCheck]:
            if w in (f.genderEdit, f.birthDateEdit):
                continue
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(ro)
            else:
                w.setEnabled(not ro)
        f.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if ro else
                                        QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for b in (f.addGuarantorButton, f.addContactButton, f.addSpouseButton, f.removeContactButton,
                  f.sameAsHukouButton, f.copyFromMemberButton):
            b.setVisible(not ro)
        f.consentGroup.setVisible(not ro)
        f.consentBannerButton.setVisible(not ro)
        f.withdrawConsentButton.setVisible(not ro)
        f.withdrawConsentHint.setVisible(not ro)
        self.ocr_control.setVisible(not ro)
        f.ocrHintLabel.setVisible(not ro)
        f.revealContactButton.setVisible(ro and self.can_unmask)
        # read-only: no input hints (they would invite typing), a different intro
        for w, hint in self._placeholders.items():
            w.setPlaceholderText("" if ro else hint)
        self._valid_to_placeholder()
        f.pageBasicIntro.setText("只读查看。Esc 关闭。" if ro else self._basic_intro)
        if ro:
            self._say("只读：您的角色不能修改客户资料。证件号、手机号和账号已屏蔽，可点“显示完整号码”查看（将记录审计）。",
                      "info")

    def _update_header(self) -> None:
        f = self.form
        v = self.view
        if v is None:
            f.titleLabel.setText("新建客户")
            f.subtitleLabel.setText("保存后生成客户号")
            f.flagsLabel.setText("")
            return
        name = f"{v.name}（{v.business_name}）" if v.business_name else v.name
        f.titleLabel.setText(name)
        clerk = f" · 客户经理 {v.assigned_clerk_name}" if v.assigned_clerk_name else ""
        f.subtitleLabel.setText(f"客户号 {v.customer_no} · {v.kind_label} · 第 {self.version or v.version} 版{clerk}")
        flags = [flag for flag in v.flags if not flag.startswith("缺少授权")]
        f.flagsLabel.setText(" · ".join(flags))

    def _update_buttons(self) -> None:
        f = self.form
        errors = bool(self.result and self.result.errors)
        f.saveButton.setVisible(self.editable)
        changed = self.is_new or self.is_dirty()
        f.saveButton.setEnabled(self.editable and not self.busy and not errors and changed)
        f.saveButton.setToolTip("还有标红的项目需要修改，改好后才能保存" if errors else
                                "保存（Ctrl+S）" if changed else "没有需要保存的修改")
        archived = self.view is not None and self.view.status == "archived"
        saved = self.customer_id is not None
        f.archiveButton.setVisible(self.can_archive and saved and not archived)
        f.reactivateButton.setVisible(self.can_archive and saved and archived)
        f.archiveButton.setEnabled(not self.busy)
        f.reactivateButton.setEnabled(not self.busy)
        f.revealButton.setVisible(self.masked and self.can_unmask and saved)
        f.revealButton.setEnabled(not self.busy)
        f.cancelButton.setText("关闭")
        self._update_withdraw()

    # --- collecting -------------------------------------------------------------------------------
    def _text(self, path: str) -> str:
        w = getattr(self.form, FIELDS[path][0])
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentText().strip() if w.isEditable() else str(w.currentData() or "")
        return ""

    def _clerk_value(self) -> str | None:
        if self._clerks is None:
            return self._desired_clerk
        value = self.form.clerkCombo.currentData() or ""
        if self.is_new:
            return value or None
        return value

    def collect(self) -> CustomerInput:
        """The widgets as a CustomerInput (gender and birth date are left to the ID number)."""
        t = self._text
        kind = t("kind") or "individual"
        business = kind == "business"
        long_term = self.form.idLongTermCheck.isChecked()
        return CustomerInput(
            kind=kind, name=t("name"), id_number=t("id_number"), ethnicity=t("ethnicity"), id_issuer=t("id_issuer"),
            id_valid_from=t("id_valid_from") or None, id_valid_to=None if long_term else (t("id_valid_to") or None),
            id_long_term=long_term, mobile=t("mobile"), business_name=t("business_name") if business else "",
            uscc=t("uscc") if business else "", assigned_clerk_id=self._clerk_value(), notes=t("notes"),
            personal=PersonalInput(t("personal.marital_status"), t("personal.education"), t("personal.phone_other"),
                                   t("personal.wechat")),
            address=AddressInput(self.hukou.code(), t("address.hukou_address"), self.current.code(),
                                 t("address.current_address"), t("address.current_address_years") or None),
            work=WorkInput(t("work.occupation"), t("work.employer"), t("work.industry"), t("work.position"),
                           t("work.years_employed") or None),
            income=IncomeInput(t("income.monthly_income") or None, t("income.income_source"),
                               t("income.household_income") or None),
            assets=AssetsInput(t("assets.housing_type"), t("assets.real_estate_count") or None,
                               t("assets.real_estate_value") or None, t("assets.vehicle_count") or None,
                               t("assets.vehicle_value") or None, t("assets.deposits") or None,
                               t("assets.investments") or None, t("assets.land_area_mu") or None,
                               t("assets.land_certificate_no")),
            liabilities=LiabilitiesInput(t("liabilities.loans_here_count") or None,
                                         t("liabilities.loans_here_balance") or None,
                                         t("liabilities.loans_elsewhere_count") or None,
                                         t("liabilities.loans_elsewhere_balance") or None,
                                         t("liabilities.monthly_repayment") or None),
            household=HouseholdInput(t("household.household_size") or None, t("household.dependants") or None),
            bank=BankAccountInput(t("bank.account_type") or "card", t("bank.account_no"), t("bank.bank_name")),
            credit=CreditSummaryInput(t("credit.report_date") or None, t("credit.overdue_count") or None,
                                      t("credit.overdue_max_months") or None, t("credit.current_overdue") or None,
                                      t("credit.inquiries_6m") or None, t("credit.lender_count") or None),
            contacts=tuple(self._contacts()),
            consents=tuple(self.pending_consents),
        )

    def is_dirty(self) -> bool:
        return self.editable and self.baseline is not None and self.collect() != self.baseline

    # --- validation while typing ------------------------------------------------------------
    def _edited(self, path: str) -> None:
        if self.loading:
            return
        self.touched.add(path)
        self.server_errors.pop(path, None)
        self.conflicts.pop("contacts" if path.startswith("contacts") else path, None)
        if path == "id_number":
            self.duplicate = None
            self.form.openExistingButton.setVisible(False)
        self._changed()

    def _changed(self) -> None:
        if not self.loading and self.editable:
            self._check_timer.start()

    def run_check(self) -> CheckResult | None:
        """Validate now (the timer calls this; tests and save call it directly)."""
        self._check_timer.stop()
        if not self.editable:
            return None
        data = self.collect()
        result = svc.check(data, consents=self.on_record, intake=self.is_new)
        self.result = result
        self._apply_derived(result, data)
        self._show_results()
        self._update_buttons()
        self._update_banner()
        return result

    def _apply_derived(self, result: CheckResult, data: CustomerInput) -> None:
        """Gender, birth date, document kind and the expected card validity, from the ID number."""
        f = self.form
        d = result.derived
        loading, self.loading = self.loading, True
        if d is None:
            f.genderEdit.clear()
            f.birthDateEdit.clear()
            f.idKindEdit.clear()
            f.idDerivedLabel.setText("")
        else:
            f.genderEdit.setText(GENDER_LABELS.get(d.gender, ""))
            f.birthDateEdit.setText(d.birth_date.isoformat())
            f.idKindEdit.setText(ID_KIND_LABELS.get(d.id_kind, d.id_kind))
            where = f" · {d.region_name}" if d.region_name else ""
            f.idDerivedLabel.setText(f"✓ {d.birth_date.isoformat()} 出生 · {GENDER_LABELS.get(d.gender, '')} · "
                                     f"{d.age} 岁{where}")
            # The address code of the ID is usually the hukou place: offer it until the clerk chooses.
            if ("id_number" in self.touched and "address.hukou_region_code" not in self.touched and d.region_code
                    and self.hukou.code() != d.region_code):
                region = regions.lookup(d.region_code)
                if region is not None and not region.retired:
                    self.hukou.set_code(d.region_code)
        hint = ""
        valid_from = svc.parse_date_or_none(data.id_valid_from)
        if d is not None and d.id_kind == "resident" and valid_from is not None and valid_from >= d.birth_date:
            expected = expected_expiry(valid_from, d.birth_date)
            age = valid_from.year - d.birth_date.year - (
                (valid_from.month, valid_from.day) < (d.birth_date.month, d.birth_date.day))
            untouched = "id_valid_to" not in self.touched and bool({"id_number", "id_valid_from"} & self.touched)
            if expected is None:
                hint = f"签发时 {age} 岁：按规定为长期有效"
                if untouched and not f.idValidToEdit.text().strip() and not f.idLongTermCheck.isChecked():
                    f.idLongTermCheck.setChecked(True)
            else:
                hint = f"签发时 {age} 岁：按规定有效期至 {expected.isoformat()}"
                if untouched and not f.idValidToEdit.text().strip() and not f.idLongTermCheck.isChecked():
                    f.idValidToEdit.setText(expected.isoformat())
        f.idExpectedLabel.setText(hint)
        f.idExpectedLabel.setVisible(bool(hint))
        f.idDerivedLabel.setVisible(bool(f.idDerivedLabel.text()))
        self.loading = loading
        if f.idValidToEdit.text() != _plain(data.id_valid_to) or f.idLongTermCheck.isChecked() != data.id_long_term \
                or self.hukou.code() != data.address.hukou_region_code:
            # an autofill changed the input: validate what is now on screen
            self.result = svc.check(self.collect(), consents=self.on_record, intake=self.is_new)

    def _visible(self, path: str) -> bool:
        """Show a message once the field was touched or has a value (or after a save attempt)."""
        if self.show_all or path in self.touched or path in self.server_errors:
            return True
        if path in FIELDS and path not in REGION_PATHS:
            return bool(self._text(path).strip()) and path not in ("kind",)
        if path in REGION_PATHS:
            return bool((self.hukou if path.startswith("address.hukou") else self.current).code())
        return False

    def _all_messages(self) -> tuple[dict[str, str], dict[str, str]]:
        errors = dict(self.result.errors) if self.result else {}
        errors.update(self.server_errors)
        # the other clerk's value is what the clerk must look at first
        warnings = {**(self.result.warnings if self.result else {}), **self.conflicts}
        warnings = {k: v for k, v in warnings.items() if k not in errors}
        return errors, warnings

    def _show_results(self) -> None:
        f = self.form
        errors, warnings = self._all_messages()
        self.shown_messages = {}
        for path, (_name, msg_name) in FIELDS.items():
            widgets = self._widgets_for(path)
            label: QLabel = getattr(f, msg_name)
            text, state = "", ""
            if path in errors and self._visible(path):
                text, state = errors[path], "error"
            elif path in warnings:
                text, state = warnings[path], "warn"
            for w in widgets:
                self._set_state(w, state, text)
            label.setText(text)
            label.setStyleSheet(f"color: {_RED if state == 'error' else _AMBER};")
            label.setVisible(bool(text))
            if text:
                self.shown_messages[path] = text
        self._show_contact_messages(errors, warnings)
        self._show_summary(errors, warnings)
        self._mark_tabs(errors)

    def _widgets_for(self, path: str) -> list[QWidget]:
        f = self.form
        if path in REGION_PATHS:
            cascade = self.hukou if REGION_PATHS[path] == "hukou" else self.current
            return list(cascade.combos)
        return [getattr(f, FIELDS[path][0])]

    def _set_state(self, w: QWidget, state: str, text: str) -> None:
        if w.property("state") != state:
            w.setProperty("state", state)
            w.style().unpolish(w)
            w.style().polish(w)
        base = self._tooltips.get(w, "")
        w.setToolTip(f"{base}\n\n⚠ {text}" if text and base else (text or base))

    def _show_contact_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        f = self.form
        t = f.contactsTable
        lines: list[str] = []
        t.blockSignals(True)
        for row in range(t.rowCount()):
            for col in range(1, len(CONTACT_COLUMNS)):
                item = t.item(row, col)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        for path, message in errors.items():
            m = _CONTACT_PATH.fullmatch(path)
            if not m:
                continue
            row, attr = int(m.group(1)), m.group(2)
            if not (self.show_all or f"contacts[{row}]" in self.touched or path in self.server_errors):
                continue
            col = CONTACT_COL.get(attr, 0)
            item = t.item(row, col)
            if item is not None:
                item.setBackground(_ERR_BG)
                item.setToolTip(message)
            lines.append(f"第 {row + 1} 行 {CONTACT_COLUMNS[col][1]}：{message}")
            self.shown_messages[path] = message
        t.blockSignals(False)
        if "contacts" in errors:
            lines.append(errors["contacts"])
        color = _RED
        if not lines and "contacts" in warnings:
            lines.append(warnings["contacts"])
            color = _AMBER
        f.contactsMsg.setText("\n".join(lines))
        f.contactsMsg.setStyleSheet(f"color: {color};")
        f.contactsMsg.setVisible(bool(lines))

    def _show_summary(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        f = self.form
        if not self.editable:
            f.summaryLabel.setText("")
            return
        if errors:
            parts = [f'<a href="{path}">{self._label(path)}</a>：{_html(message)}'
                     for path, message in list(errors.items())[:5]]
            more = f"……等共 {len(errors)} 处" if len(errors) > 5 else ""
            f.summaryLabel.setText(f'<span style="color:{_RED}"><b>还有 {len(errors)} 处需要填写或修改，'
                                   f'改好后才能保存：</b></span>{"；".join(parts)}{more}')
        elif warnings:
            parts = [f'<a href="{path}">{self._label(path)}</a>：{_html(message)}'
                     for path, message in list(warnings.items())[:3]]
            f.summaryLabel.setText(f'<span style="color:#1b5e20"><b>可以保存。</b></span>'
                                   f'<span style="color:{_AMBER}">请留意：</span>{"；".join(parts)}')
        else:
            dirty = self.is_dirty()
            f.summaryLabel.setText('<span style="color:#1b5e20"><b>✓ 资料完整，可以保存（Ctrl+S）。</b></span>'
                                   if dirty or self.is_new else '<span style="color:#555">没有未保存的修改。</span>')

    @staticmethod
    def _label(path: str) -> str:
        m = _CONTACT_PATH.fullmatch(path)
        if m:
            return f"联系人第 {int(m.group(1)) + 1} 行{dict(CONTACT_COLUMNS).get(m.group(2), '')}"
        m = _CONSENT_PATH.fullmatch(path)
        if m:
            return "待保存的授权"
        return FIELD_LABELS.get(path, path)

    def _page_of(self, path: str) -> QWidget | None:
        f = self.form
        if path.startswith("contacts"):
            return f.pageContacts
        if path.startswith("consents"):
            return f.pageConsent
        if path not in FIELDS:
            return None
        w = self._widgets_for(path)[0]
        for i in range(f.sectionTabs.count()):
            page = f.sectionTabs.widget(i)
            if page.isAncestorOf(w):
                return page
        return None

    def _mark_tabs(self, errors: dict[str, str]) -> None:
        f = self.form
        counts: dict[int, int] = {}
        for path in errors:
            page = self._page_of(path)
            if page is not None:
                i = f.sectionTabs.indexOf(page)
                counts[i] = counts.get(i, 0) + 1
        bar = f.sectionTabs.tabBar()
        for i, title in enumerate(self._titles):
            n = counts.get(i, 0)
            f.sectionTabs.setTabText(i, f"{title}（{n}）" if n else title)
            bar.setTabTextColor(i, QColor(_RED) if n else QColor())

    # --- navigation ---------------------------------------------------------------------------
    def focus_field(self, path: str) -> None:
        """Show the page holding ``path`` and put the cursor there (summary links use this)."""
        f = self.form
        page = self._page_of(path)
        if page is not None:
            f.sectionTabs.setCurrentWidget(page)
        m = _CONTACT_PATH.fullmatch(path)
        if m:
            f.contactsTable.setCurrentCell(int(m.group(1)), CONTACT_COL.get(m.group(2), 1))
            f.contactsTable.setFocus()
            return
        if path in REGION_PATHS:
            cascade = self.hukou if REGION_PATHS[path] == "hukou" else self.current
            target = next((c for c in cascade.combos if not c.currentData()), cascade.combos[-1])
            target.setFocus()
            return
        if path in FIELDS:
            self._widgets_for(path)[0].setFocus()

    def go_to_page(self, page: QWidget) -> None:
        self.form.sectionTabs.setCurrentWidget(page)

    def _go_consent(self) -> None:
        self.go_to_page(self.form.pageConsent)
        self.form.consentKindCombo.setFocus()

    def _focusable(self, w: QWidget) -> bool:
        if not w.isEnabled() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return False
        if isinstance(w, QLineEdit) and w.isReadOnly():
            return False
        page = self._containing_page(w)
        return page is not None and w.isVisibleTo(page)

    def _containing_page(self, w: QWidget) -> QWidget | None:
        tabs = self.form.sectionTabs
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page.isAncestorOf(w):
                return page
        return None

    def advance(self, current: QWidget) -> None:
        """Enter: the next input in tab order, switching section tabs when the page ends."""
        f = self.form
        inputs = set(self._enter_widgets()) | {f.notesEdit}
        page = self._containing_page(current)
        here = f.sectionTabs.indexOf(page) if page is not None else -1
        w = current.nextInFocusChain()
        for _ in range(600):
            if w is current:
                break
            if w in inputs and self._focusable(w):
                target_page = self._containing_page(w)
                there = f.sectionTabs.indexOf(target_page) if target_page is not None else -1
                if there < here:
                    break  # wrapped around: the form is done
                if target_page is not None and there != f.sectionTabs.currentIndex():
                    f.sectionTabs.setCurrentIndex(there)
                w.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(w, QLineEdit):
                    w.selectAll()
                return
            w = w.nextInFocusChain()
        if f.saveButton.isEnabled():
            f.saveButton.setFocus()
        else:
            self.focus_first_error()

    def focus_first_error(self) -> bool:
        errors, _w = self._all_messages()
        if not errors:
            return False
        self.focus_field(next(iter(errors)))
        return True

    def _ime_into_cell(self, event: QInputMethodEvent) -> bool:
        """A pinyin IME hands the table its text (preedit or commit), not a key press, so Qt opened
        an empty editor and dropped the name. Open the cell's editor and pass the text on."""
        t = self.form.contactsTable
        index = t.currentIndex()
        if (not self.editable or t.state() == QAbstractItemView.State.EditingState or not index.isValid()
                or index.column() == 0 or not (event.commitString() or event.preeditString())):
            return False
        t.edit(index)
        editor = QApplication.focusWidget()
        if editor is None or editor is t:
            return False
        QApplication.sendEvent(editor, QInputMethodEvent(event))
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.form.contactsTable and event.type() == QEvent.Type.InputMethod
                and isinstance(event, QInputMethodEvent)):
            return self._ime_into_cell(event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
                w = obj if isinstance(obj, QComboBox) or not isinstance(obj.parent(), QComboBox) else obj.parent()
                if isinstance(w, QComboBox) and w.view().isVisible():
                    return False
                if w is self.form.consentScopeEdit:
                    self.add_consent()
                    return True
                if isinstance(w, QWidget):
                    self.advance(w)
                    return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.request_close()
            return
        super().keyPressEvent(event)

    def request_close(self) -> bool:
        """Esc / 关闭: ask before discarding edits; True when the form closed."""
        if self.busy:
            self._say("正在处理，请稍候再关闭。", "info")
            return False
        if self.is_dirty() and not dialogs.confirm_discard(self):
            return False
        self.baseline = None
        self.sig_closed.emit()
        return True

    # --- field behaviour ----------------------------------------------------------------------
    def _kind_changed(self) -> None:
        f = self.form
        business = (f.kindCombo.currentData() or "") == "business"
        layout = f.pageBasicForm
        for w in (f.businessNameLabel, f.usccLabel):
            if isinstance(layout, QFormLayout):
                layout.setRowVisible(w, business)
        if not self.loading:
            self._changed()

    def _long_term_toggled(self, on: bool) -> None:
        f = self.form
        if on and f.idValidToEdit.text():
            f.idValidToEdit.clear()
        f.idValidToEdit.setEnabled(not on or not self.editable)
        self._valid_to_placeholder()
        if not self.loading:
            self.touched.add("id_valid_to")
            self._changed()

    def _valid_to_placeholder(self) -> None:
        """An empty 有效期止 under 长期 reads 长期 (it showed an example date, greyed out)."""
        f = self.form
        if f.idLongTermCheck.isChecked():
            f.idValidToEdit.setPlaceholderText("长期")
        else:
            f.idValidToEdit.setPlaceholderText("" if not self.editable else self._placeholders.get(f.idValidToEdit, ""))

    def _valid_to_typed(self, text: str) -> None:
        """长期 (or 永久) typed where the card back prints it means the 长期 box."""
        if _LONG_TERM.fullmatch(text.strip()) and self.editable:
            self.form.idLongTermCheck.setChecked(True)  # clears and disables the field, marks it touched
            self.form.idLongTermCheck.setFocus()  # Enter goes on from here

    def _valid_from_typed(self, text: str) -> None:
        """The whole 有效期限 as printed on the card back (2016.04.01-2036.04.01, or …-长期) typed or
        pasted into 有效期起: split it over both fields. Only a complete second date (two-digit month
        and day, as printed) counts, so nothing jumps while the clerk is still typing."""
        m = _VALIDITY_RANGE.fullmatch(normalize_text(text))
        if m is None or not self.editable:
            return
        f = self.form
        f.idValidFromEdit.setText(m.group(1))
        if _LONG_TERM.fullmatch(m.group(2)):
            f.idLongTermCheck.setChecked(True)
        else:
            f.idLongTermCheck.setChecked(False)
            f.idValidToEdit.setText(m.group(2))
        self.touched.update({"id_valid_from", "id_valid_to"})
        self._changed()

    def copy_hukou_to_current(self) -> None:
        """现居住地址 = 户籍地址 (the most common case in rural branches)."""
        f = self.form
        self.current.set_code(self.hukou.code())
        f.currentAddressEdit.setText(f.hukouAddressEdit.text())
        self.touched.update({"address.current_region_code", "address.current_address"})
        self._changed()

    def copy_from_member(self) -> None:
        """Copy hukou and current address from a household member already on file.

        Looks up the spouse/contacts' ID numbers (exact matches only) among existing customers;
        with none on file, asks for a customer number or ID number.
        """
        numbers = [c.id_number.strip() for c in self._contacts() if c.id_number.strip() and "*" not in c.id_number]
        ctx, me = self.ctx, self.customer_id

        def find(queries: list[str]) -> list[CustomerView]:
            found: dict[str, CustomerView] = {}
            with ctx.db.read() as s:
                for q in queries:
                    page = svc.search_customers(s, ctx.actor, q, limit=3)
                    for row in page.rows:
                        if row.matched in ("id_number", "customer_no") and row.id != me:
                            found[row.id] = svc.get_customer(s, ctx.actor, row.id)
            return list(found.values())

        def done(members: list[CustomerView]) -> None:
            if not shiboken6.isValid(self):
                return
            if not members:
                query = dialogs.ask_text(self, "从家庭成员复制地址",
                                         "配偶/联系人中没有已建档的客户。\n请输入家庭成员的客户号或身份证号：")
                if query:
                    run_db(lambda: find([query]), lambda ms: self._copy_member(ms, asked=True),
                           lambda exc: self._say(user_message(exc), "error"))
                return
            self._copy_member(members, asked=False)

        run_db(lambda: find(numbers), done, lambda exc: self._say(user_message(exc), "error"))

    def _copy_member(self, members: list[CustomerView], *, asked: bool) -> None:
        if not shiboken6.isValid(self):
            return
        if not members:
            self._say("没有找到该家庭成员的客户资料（请输入完整的客户号或身份证号）。", "warn")
            return
        member = members[0]
        f = self.form
        a = member.address
        # Only what the member has on file: an empty part must not wipe what the clerk typed.
        copied = []
        for key, label, cascade, edit in (("hukou", "户籍地址", self.hukou, f.hukouAddressEdit),
                                          ("current", "现居地址", self.current, f.currentAddressEdit)):
            code, text = getattr(a, f"{key}_region_code"), getattr(a, f"{key}_address")
            if not (code or text):
                continue
            if code:
                cascade.set_code(code)
            if text:
                edit.setText(text)
            self.touched.update({f"address.{key}_region_code", f"address.{key}_address"})
            copied.append(label)
        others = f"（另有 {len(members) - 1} 位家庭成员已建档）" if len(members) > 1 else ""
        if not copied:
            self._say(f"{member.name}（{member.customer_no}）的资料中没有登记地址，未复制。{others}", "warn")
            return
        self._say(f"已从 {member.name}（{member.customer_no}）复制{'与'.join(copied)}，请核对。{others}", "ok")
        self._changed()

    # --- contacts -----------------------------------------------------------------------------
    def _append_contact_row(self, role: str, values: dict[str, str], contact_id: str | None = None) -> int:
        t = self.form.contactsTable
        t.blockSignals(True)
        row = t.rowCount()
        t.insertRow(row)
        combo = QComboBox(t)
        for key, label in CONTACT_ROLE_LABELS.items():
            combo.addItem(label, key)
        _select(combo, role)
        combo.setEnabled(self.editable)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._contact_role_changed(c))
        t.setCellWidget(row, 0, combo)
        for attr, col in CONTACT_COL.items():
            if attr == "role":
                continue
            item = QTableWidgetItem(values.get(attr, ""))
            if attr == "name" and contact_id:
                item.setData(Qt.ItemDataRole.UserRole, contact_id)
            t.setItem(row, col, item)
        t.blockSignals(False)
        return row

    def _contact_role_changed(self, combo: QComboBox) -> None:
        t = self.form.contactsTable
        for row in range(t.rowCount()):
            if t.cellWidget(row, 0) is combo:
                self._edited(f"contacts[{row}]")

    def _contacts(self) -> list[ContactInput]:
        t = self.form.contactsTable
        out = []
        for row in range(t.rowCount()):
            combo = t.cellWidget(row, 0)
            role = combo.currentData() if isinstance(combo, QComboBox) else "contact"

            def cell(attr: str, row: int = row) -> str:
                item = t.item(row, CONTACT_COL[attr])
                return item.text() if item is not None else ""

            out.append(ContactInput(role=role, name=cell("name"), id_number=cell("id_number"),
                                    relation=cell("relation"), phone=cell("phone"), employer=cell("employer"),
                                    monthly_income=cell("monthly_income") or None, notes=cell("notes")))
        return out

    def add_contact(self, role: str) -> None:
        """A new row with the cursor in its name cell; relation pre-filled for a spouse."""
        f = self.form
        values = {"relation": "配偶"} if role == "spouse" else {}
        row = self._append_contact_row(role, values)
        f.sectionTabs.setCurrentWidget(f.pageContacts)
        f.contactsTable.setCurrentCell(row, CONTACT_COL["name"])
        f.contactsTable.setFocus()
        if role == "spouse":
            _select(f.maritalCombo, "married") if not f.maritalCombo.currentData() else None
        self._changed()

    def remove_contact(self) -> None:
        t = self.form.contactsTable
        row = t.currentRow()
        if row < 0:
            self._say("请先在表格中选中要删除的联系人。", "warn")
            return
        t.removeRow(row)
        self.touched = {p for p in self.touched if not p.startswith("contacts[")}
        self.touched.update(f"contacts[{i}]" for i in range(t.rowCount()))
        self._changed()

    def reveal_contact(self) -> None:
        """Full ID number and phone of the selected contact (two audited reveals)."""
        t = self.form.contactsTable
        row = t.currentRow()
        item = t.item(row, CONTACT_COL["name"]) if row >= 0 else None
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not contact_id or self.customer_id is None:
            self._say("请先选中一位已保存的联系人。", "warn")
            return
        ctx, cid = self.ctx, self.customer_id

        def work() -> tuple[str, str]:
            with ctx.db.write() as s:
                return (svc.reveal_field(s, ctx.actor, cid, "contact_id_number", contact_id=contact_id),
                        svc.reveal_field(s, ctx.actor, cid, "contact_phone", contact_id=contact_id))

        def done(values: tuple[str, str]) -> None:
            if not shiboken6.isValid(self) or row >= t.rowCount():
                return
            t.item(row, CONTACT_COL["id_number"]).setText(values[0])
            t.item(row, CONTACT_COL["phone"]).setText(values[1])
            self._say("已显示该联系人的完整号码（本次查看已记录审计）。", "info")

        run_db(work, done, lambda exc: self._say(user_message(exc), "error"))

    # --- consents -----------------------------------------------------------------------------
    def _consent_kind_changed(self, _i: int = 0) -> None:
        f = self.form
        kind = f.consentKindCombo.currentData() or ""
        if f.consentScopeEdit.text().strip() in ("", *CONSENT_SCOPES.values()):
            f.consentScopeEdit.setText(CONSENT_SCOPES.get(kind, ""))

    def add_consent(self) -> None:
        """Add a signed consent to the pending list; it is recorded with the next save."""
        f = self.form
        if not self.editable:
            return
        consent = ConsentInput(kind=f.consentKindCombo.currentData() or "", signed_on=f.consentSignedEdit.text(),
                               scope=f.consentScopeEdit.text())
        probe = svc.check(CustomerInput(consents=(consent,)))
        problems = {k.split(".", 1)[1]: v for k, v in probe.errors.items() if k.startswith("consents[0].")}
        for attr, label in (("kind", f.consentKindMsg), ("signed_on", f.consentSignedMsg), ("scope", f.consentScopeMsg)):
            text = problems.get(attr, "")
            label.setText(text)
            label.setVisible(bool(text))
        if problems:
            return
        self.pending_consents.append(consent)
        self._fill_consents()
        self._say(f"已加入待保存的授权：{CONSENT_LABELS[consent.kind]}。点“保存”后生效。", "ok")
        self._changed()
        self.run_check()

    def _fill_consents(self) -> None:
        f = self.form
        t = f.consentTable
        t.setRowCount(0)
        records = list(self.view.consents.records) if self.view is not None else []
        rows: list[tuple[str, str, str, str, str]] = []
        self._consent_rows = []
        for r in records:
            state = f"已撤回 {_china_day(r.revoked_at)}" if r.revoked_at else "有效"
            rows.append((r.kind_label, r.signed_on.isoformat(), r.scope, r.recorded_by, state))
            self._consent_rows.append(r)
        for c in self.pending_consents:
            rows.append((CONSENT_LABELS.get(c.kind, c.kind), _plain(svc.parse_date_or_none(c.signed_on)), c.scope,
                         self.ctx.actor.display_name or self.ctx.actor.username, "待保存"))
            self._consent_rows.append(None)
        grey = QColor("#8a8a8a")
        for values, record in zip(rows, self._consent_rows, strict=True):
            row = t.rowCount()
            t.insertRow(row)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setToolTip(value)
                if record is not None and record.revoked_at is not None:
                    item.setForeground(grey)
                t.setItem(row, col, item)
        self._update_banner()
        self._update_withdraw()

    def _selected_consent(self) -> tuple[int, ConsentView | None]:
        rows = {i.row() for i in self.form.consentTable.selectedIndexes()}
        if len(rows) != 1:
            return -1, None
        row = rows.pop()
        return row, self._consent_rows[row] if 0 <= row < len(self._consent_rows) else None

    def _page_title(self, path: str) -> str:
        """The section tab's own title (without an error count) for a field."""
        page = self._page_of(path)
        tabs = self.form.sectionTabs
        index = tabs.indexOf(page) if page is not None else -1
        return self._titles[index] if 0 <= index < len(self._titles) else ""

    def _update_withdraw(self) -> None:
        """撤回授权… is offered for one selected, saved and still valid authorisation."""
        f = self.form
        row, record = self._selected_consent()
        hint = ""
        if self.customer_id is None or not self._consent_rows:
            hint = ""
        elif row < 0:
            hint = "选择一条有效的授权后可撤回。"
        elif record is None:
            hint = "待保存的授权尚未生效，不登记即可。"
        elif record.revoked_at is not None:
            hint = "该授权已撤回。"
        ok = (self.editable and self.customer_id is not None and not self.busy and record is not None
              and record.revoked_at is None)
        f.withdrawConsentButton.setEnabled(ok)
        f.withdrawConsentHint.setText(hint)

    def withdraw_consent(self) -> None:
        """The customer withdraws a signed authorisation (PIPL art. 15): confirm, ask why, then the
        service marks it revoked and audits it. The record stays on file."""
        _row, record = self._selected_consent()
        if record is None or record.revoked_at is not None or self.customer_id is None or self.busy:
            return
        if self.is_dirty():
            self._say("请先保存或放弃当前修改，再撤回授权。", "warn")
            return
        v = self.view
        who = f"{v.name}（客户号 {v.customer_no}）" if v else ""
        label = f"{who}：撤回《{record.kind_label}》（{record.signed_on.isoformat()} 签署）"
        reason = dialogs.WithdrawConsentDialog.ask(self, label, record.kind)
        if not reason:
            return
        ctx, cid, consent_id, kind = self.ctx, self.customer_id, record.id, record.kind
        self.busy = True
        self._update_buttons()

        def work() -> CustomerView:
            with ctx.db.write() as s:
                svc.revoke_consent(s, ctx.actor, consent_id, reason=reason)
                return svc.get_customer(s, ctx.actor, cid)  # masked: the new version and consents only

        def done(fresh: CustomerView) -> None:
            if not shiboken6.isValid(self) or self.customer_id != cid:
                return
            self.busy = False
            self.version = fresh.version
            if self.view is not None:
                self.view = replace(self.view, consents=fresh.consents, version=fresh.version)
            self.on_record = set(CONSENT_LABELS) - set(fresh.consents.missing)
            self._fill_consents()
            self._update_header()
            self.run_check()
            self._update_buttons()
            text = f"已撤回《{CONSENT_LABELS.get(kind, kind)}》，授权记录保留，已记入审计。"
            if kind == "pi_sensitive" and self.view is not None and self.view.bank.account_no:
                text += f"请在“{self._page_title('bank.account_no')}”页删除银行账号后保存。"
            elif kind == "credit_query" and self.view is not None and self.view.credit.report_date:
                text += f"请删除“{self._page_title('credit.report_date')}”页的征信信息后保存。"
            self._say(text, "ok")
            ctx.signals.sig_customer_changed.emit(cid)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self._update_buttons()
            self._say(user_message(exc), "error")

        run_db(work, done, failed)

    def _missing_consents(self) -> list[str]:
        pending = {c.kind for c in self.pending_consents}
        return [k for k in CONSENT_LABELS if k not in self.on_record and k not in pending]

    def _update_banner(self) -> None:
        f = self.form
        missing = self._missing_consents()
        if missing:
            labels = "、".join(f"《{CONSENT_LABELS[k]}》" for k in missing)
            f.consentBannerLabel.setText(
                f"⚠ 缺少授权：{labels}。登记前不得录入银行账号" + ("、征信信息" if "credit_query" in missing else "")
                + "；请客户签署后在“授权”页登记。")
        f.consentBanner.setVisible(bool(missing))
        status = []
        for kind, label in CONSENT_LABELS.items():
            if kind in self.on_record:
                status.append(f"{label}：已登记")
            elif any(c.kind == kind for c in self.pending_consents):
                status.append(f"{label}：待保存")
            else:
                status.append(f"{label}：<b style='color:{_RED}'>缺失</b>")
        f.consentStatusLabel.setText("　".join(status))

    # --- OCR ------------------------------------------------------------------------------------
    def apply_ocr_proposal(self, proposal: Any) -> None:
        """Fill what the OCR read (each part may be None) for the clerk to confirm, then validate."""
        if not self.editable or not shiboken6.isValid(self):
            return
        f = self.form
        filled = []
        for attr, edit, path in (("name", f.nameEdit, "name"), ("id_number", f.idNumberEdit, "id_number"),
                                 ("address", f.hukouAddressEdit, "address.hukou_address")):
            value = getattr(proposal, attr, None)
            if value:
                edit.setText(str(value))
                self.touched.add(path)
                filled.append(FIELD_LABELS[path])
        ethnicity = getattr(proposal, "ethnicity", None)
        if ethnicity:
            f.ethnicityCombo.setCurrentText(str(ethnicity).removesuffix("族"))
            self.touched.add("ethnicity")
            filled.append("民族")
        self.run_check()
        note = ""
        d = self.result.derived if self.result else None
        gender = getattr(proposal, "gender", None)
        birth = getattr(proposal, "birth_date", None)
        if d is not None and ((gender and gender not in (d.gender, GENDER_LABELS.get(d.gender)))
                              or (isinstance(birth, date) and birth != d.birth_date)):
            note = " 注意：识别出的性别/出生日期与身份证号不一致，请核对证件。"
        self._say(f"已按身份证影像填入：{'、'.join(filled) or '（无）'}。请逐项核对。{note}", "warn" if note else "ok")

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: validate, then create or update on the DB thread (one transaction)."""
        if not self.editable or self.busy:
            return
        result = self.run_check()
        if result is None or result.errors:
            self.show_all = True
            self._show_results()
            n = len(result.errors) if result else 0
            self._say(f"未保存：还有 {n} 处需要填写或修改（已跳到第一处）。", "error")
            self.focus_first_error()
            return
        data = self.collect()
        ctx, cid, version, new = self.ctx, self.customer_id, self.version, self.is_new
        self.busy = True
        self._update_buttons()
        self._say("正在保存…", "info")

        def work() -> CustomerView:
            with ctx.db.write() as s:
                if new or cid is None:
                    return svc.create_customer(s, ctx.actor, data)
                return svc.update_customer(s, ctx.actor, cid, data, expected_version=version)

        run_db(work, lambda view: self._saved(view, data), self._save_failed)

    def _saved(self, view: CustomerView, data: CustomerInput) -> None:
        if not shiboken6.isValid(self):
            return
        created = self.is_new
        self.busy = False
        self.is_new = False
        self.customer_id = view.id
        self.version = view.version
        self.view = view
        self.on_record = set(CONSENT_LABELS) - set(view.consents.missing)
        self.pending_consents = []
        self._fill_consents()
        # contact ids changed with the save; keep them for later reveals
        t = self.form.contactsTable
        for row, contact in enumerate(view.contacts):
            item = t.item(row, CONTACT_COL["name"])
            if item is not None:
                t.blockSignals(True)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                t.blockSignals(False)
        if created:
            self._desired_clerk = view.assigned_clerk_id
            if self._clerks is not None:
                loading, self.loading = self.loading, True
                self._select_clerk(view.assigned_clerk_id)
                self.loading = loading
        self.baseline = self.collect()
        self.touched = set()
        self.show_all = False
        self.server_errors = {}
        self.conflicts = {}
        self._remember(data)
        self._update_header()
        self.run_check()
        self._update_buttons()
        if self.documents is not None:
            try:
                self.documents.set_customer(view.id)  # type: ignore[attr-defined]
            except Exception as exc:
                log_failure("documents panel failed after save", exc, logger=log)  # never the text
        self._say(f"已保存：{view.name}，客户号 {view.customer_no}。" if created else
                  f"已保存修改（第 {view.version} 版）。", "ok")
        self.ctx.signals.sig_customer_changed.emit(view.id)
        self.sig_saved.emit(view)

    def _save_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        f = self.form
        if isinstance(exc, DuplicateCustomer):
            self.duplicate = exc
            self.server_errors["id_number"] = exc.message
            f.openExistingButton.setText(f"打开已有客户 {exc.existing_no}")
            f.openExistingButton.setVisible(True)
            self._say(exc.message, "error")
        elif isinstance(exc, ValidationFailed):
            self.server_errors.update(exc.errors)
            self.show_all = True
            self._say(exc.message, "error")
        elif isinstance(exc, StaleCustomer):
            self._say("该客户资料已被他人修改，正在载入最新资料并保留您的修改…", "warn")
            self._rebase_on_latest()
            return
        else:
            self._say(user_message(exc), "error")
        self._show_results()
        self._update_buttons()
        if isinstance(exc, DuplicateCustomer | ValidationFailed):
            self.focus_first_error()

    def _rebase_on_latest(self) -> None:
        """Another clerk saved first: load the latest version, put this clerk's edits back on top.

        Three-way, per field: what this clerk changed since opening (``baseline`` → screen) is
        re-applied over the latest version; fields both changed keep this clerk's input and are
        named in the message. Nothing is saved until the clerk has looked and pressed Ctrl+S.
        """
        mine, base, cid = self.collect(), self.baseline, self.customer_id
        pending, touched = list(self.pending_consents), set(self.touched)
        if base is None or cid is None:
            self._say("该客户资料已被他人修改，请重新打开后再保存（您的修改仍在屏幕上，请先记下）。", "error")
            return
        ctx = self.ctx
        self.busy = True
        self._update_buttons()

        def work() -> CustomerView:
            with ctx.db.write() as s:  # the edit form works on the unmasked record (an audited reveal)
                return svc.get_customer(s, ctx.actor, cid, unmasked=True)

        def done(latest: CustomerView) -> None:
            if not shiboken6.isValid(self) or self.customer_id != cid:
                return
            self.busy = False
            self._fill(latest)
            theirs = self.collect()
            old, new, now = _flat(base), _flat(mine), _flat(theirs)
            changed = [p for p in new if new[p] != old.get(p)]
            conflicts = [p for p in changed if now.get(p) != old.get(p) and now.get(p) != new[p]]
            self.loading = True
            for path in sorted(changed, key=lambda p: p != "id_long_term"):  # 长期 first: it clears 有效期止
                self._put(path, new[path])
            self.loading = False
            self.pending_consents = pending
            self._fill_consents()
            self.baseline = theirs
            self.touched = touched | set(changed)
            self._update_header()
            self.run_check()
            self._update_buttons()
            who = latest.updated_by_name or "他人"
            text = (f"该客户资料在您编辑期间已被{who}修改（现为第 {latest.version} 版）。已载入最新资料，"
                    f"并保留了您的 {len(changed)} 处修改")
            if conflicts:
                names = "、".join(dict.fromkeys(self._label("id_valid_to" if p == "id_long_term" else p) for p in conflicts))
                text += f"；其中“{names}”对方也改过，现显示的是您的输入，对方的内容写在该项下方，请核对"
                for p in conflicts:
                    shown = "id_valid_to" if p == "id_long_term" else p
                    self.conflicts[shown] = (f"{who}同时改成了：{self._shown_value(p, latest)}。"
                                             "现为您的输入，保存后以您的为准")
                self._show_results()
            self._say(text + "。确认无误后请再按 Ctrl+S 保存。", "warn")

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self._update_buttons()
            self._say(f"该客户资料已被他人修改，且无法载入最新资料：{user_message(exc)}（您的修改仍在屏幕上，请先记下。）",
                      "error")

        run_db(work, done, failed)

    def _shown_value(self, path: str, view: CustomerView) -> str:
        """A field of ``view`` as the clerk reads it (labels for codes, 长期 for no expiry)."""
        if path == "contacts":
            return "、".join(f"{c.role_label}{c.name}" for c in view.contacts) or "（无）"
        if path in ("id_long_term", "id_valid_to"):
            return "长期" if view.id_valid_to is None else view.id_valid_to.isoformat()
        if path == "assigned_clerk_id":
            return view.assigned_clerk_name or "（未指定）"
        part, _, name = path.partition(".")
        value = getattr(getattr(view, part), name) if name else getattr(view, path, "")
        if path in REGION_PATHS:
            region = regions.lookup(str(value or ""))
            return region.full_name if region else (str(value) or "（空）")
        w = getattr(self.form, FIELDS[path][0]) if path in FIELDS else None
        if isinstance(w, QComboBox) and not w.isEditable():
            i = w.findData(_plain(value))
            return w.itemText(i) if i >= 0 and w.itemText(i) else "（空）"
        return _plain(value) or "（空）"

    def _put(self, path: str, value: Any) -> None:
        """Put one collected value (``_flat`` path) back into its widget."""
        f = self.form
        if path == "contacts":
            f.contactsTable.setRowCount(0)
            for c in value:
                self._append_contact_row(c.role, {
                    "name": c.name, "id_number": c.id_number, "relation": c.relation, "phone": c.phone,
                    "employer": c.employer, "monthly_income": _plain(c.monthly_income), "notes": c.notes})
        elif path == "id_long_term":
            f.idLongTermCheck.setChecked(bool(value))
        elif path == "assigned_clerk_id":
            self._desired_clerk = value
            if self._clerks is not None:
                self._select_clerk(value)
        elif path in REGION_PATHS:
            (self.hukou if REGION_PATHS[path] == "hukou" else self.current).set_code(value or "")
        elif path in FIELDS:
            w = getattr(f, FIELDS[path][0])
            if isinstance(w, QLineEdit):
                w.setText(_plain(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(_plain(value))
            elif isinstance(w, QComboBox) and w.isEditable():
                w.setCurrentText(_plain(value))
            elif isinstance(w, QComboBox):
                _select(w, _plain(value))
            if path == "kind":
                self._kind_changed()

    def _open_existing(self) -> None:
        if self.duplicate is not None:
            self.sig_open_customer.emit(self.duplicate.existing_id)

    # --- remembered choices ---------------------------------------------------------------------
    def _settings_key(self, name: str) -> str:
        user = re.sub(r"[^0-9A-Za-z_.-]", "_", self.ctx.actor.username or "anon")
        return f"customers/{user}/{name}"

    def _remembered(self) -> dict[str, str]:
        out = {}
        for name in ("kind", "ethnicity", "id_issuer", "hukou_region"):
            value = self.settings.value(self._settings_key(name), "")
            out[name] = str(value) if value else ""
        return out

    def _remember(self, data: CustomerInput) -> None:
        for name, value in (("kind", data.kind), ("ethnicity", data.ethnicity), ("id_issuer", data.id_issuer),
                            ("hukou_region", data.address.hukou_region_code)):
            if value:
                self.settings.setValue(self._settings_key(name), value)
        self.settings.sync()

    # --- archive / reveal ---------------------------------------------------------------------
    def archive(self) -> None:
        if self.customer_id is None or self.busy:
            return
        if self.is_dirty():
            self._say("请先保存或放弃当前修改，再归档。", "warn")
            return
        v = self.view
        label = f"{v.name}（客户号 {v.customer_no}）" if v else ""
        reason = dialogs.ArchiveDialog.ask(self, label)
        if not reason:
            return
        self._status_change(lambda s, cid: svc.archive_customer(s, self.ctx.actor, cid, reason=reason), "已归档。")

    def reactivate(self) -> None:
        if self.customer_id is None or self.busy:
            return
        if self.is_dirty():
            self._say("请先保存或放弃当前修改，再恢复。", "warn")
            return
        self._status_change(lambda s, cid: svc.reactivate_customer(s, self.ctx.actor, cid), "已恢复为正常客户。")

    def _status_change(self, call: Callable[[Any, str], CustomerView], done_text: str) -> None:
        ctx, cid = self.ctx, self.customer_id
        assert cid is not None
        self.busy = True
        self._update_buttons()

        def work() -> CustomerView:
            with ctx.db.write() as s:
                return call(s, cid)

        def done(view: CustomerView) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self.version = view.version
            if self.view is not None:
                self.view = replace(self.view, status=view.status, status_label=view.status_label,
                                    archived_at=view.archived_at, archive_reason=view.archive_reason,
                                    version=view.version)
            self._update_header()
            self._update_buttons()
            self._say(done_text, "ok")
            ctx.signals.sig_customer_changed.emit(cid)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.busy = False
            self._update_buttons()
            self._say(user_message(exc), "error")

        run_db(work, done, failed)

    def reveal(self) -> None:
        """显示完整号码 in the masked (read-only) form: each field an audited reveal."""
        if self.customer_id is None or not self.masked:
            return
        ctx, cid = self.ctx, self.customer_id
        has_account = bool(self.view and self.view.bank.account_no)
        has_other = bool(self.view and self.view.personal.phone_other)
        names = ("id_number", "mobile") + (("phone_other",) if has_other else ()) + (
            ("bank_account_no",) if has_account else ())

        def work() -> dict[str, str]:
            with ctx.db.write() as s:
                return {name: svc.reveal_field(s, ctx.actor, cid, name) for name in names}

        def done(values: dict[str, str]) -> None:
            if not shiboken6.isValid(self):
                return
            f = self.form
            f.idNumberEdit.setText(values["id_number"])
            f.mobileEdit.setText(values["mobile"])
            if "phone_other" in values:
                f.phoneOtherEdit.setText(values["phone_other"])
            if "bank_account_no" in values:
                f.accountNoEdit.setText(values["bank_account_no"])
            f.revealButton.setEnabled(False)
            shown = "、".join(["身份证号", "手机号"] + (["其他电话"] if has_other else []))
            self._say(f"已显示完整{shown}" + ("和银行账号" if has_account else "") + "（本次查看已记录审计）。", "info")

        run_db(work, done, lambda exc: self._say(user_message(exc), "error"))

    # --- messages -------------------------------------------------------------------------------
    def _say(self, text: str, kind: str = "info") -> None:
        colors = {"error": _RED, "ok": "#1b5e20", "info": "#37474f", "warn": _AMBER}
        label = self.form.messageLabel
        label.setStyleSheet(f"color: {colors.get(kind, colors['info'])};")
        label.setText(text)
        label.setVisible(bool(text))

    def message(self) -> str:
        return self.form.messageLabel.text()

    def field_message(self, path: str) -> str:
        """What the clerk sees at ``path`` right now ("" when nothing)."""
        return self.shown_messages.get(path, "")

    def widget_for(self, path: str) -> QWidget:
        return self._widgets_for(path)[0]


_PARTS = ("personal", "address", "work", "income", "assets", "liabilities", "household", "bank", "credit")


def _flat(data: CustomerInput) -> dict[str, Any]:
    """A collected form as field path -> value (the paths of FIELDS, plus contacts/长期/clerk).

    Pending consents are left out: they are not on the record yet, so they never conflict.
    """
    out: dict[str, Any] = {}
    for fld in fields(data):
        value = getattr(data, fld.name)
        if fld.name in _PARTS:
            out.update({f"{fld.name}.{sub.name}": getattr(value, sub.name) for sub in fields(value)})
        elif fld.name != "consents":
            out[fld.name] = value
    return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


