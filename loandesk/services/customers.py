"""Customer intake (客户信息录入): validation, create/edit/archive, reveal, consent, search.

API for the UI and the import helper (every function: ``fn(session, actor, ...)``, permission
first, audit + outbox in the caller's transaction; nothing here imports Qt):

* ``check(data)`` / ``validate(data)`` — pure, no session: field-level Chinese messages usable
  while the clerk types, plus values derived from the ID number (birth date, gender, region).
* ``create_customer``, ``update_customer``, ``archive_customer``, ``reactivate_customer``.
* ``get_customer(..., unmasked=False)`` — masked view; ``unmasked=True`` (the edit form) is an
  audited reveal, as is ``reveal_field``. Both must run in a write session so the record sticks.
* ``record_consent``, ``revoke_consent``, ``consent_status``.
* ``search_customers`` / ``count_customers`` — the one search box (see store/search.py).
* ``existing_by_id_number`` and ``create_customers_bulk`` — for the import.

Consent policy (PIPL art. 28/29, 征信业管理条例 art. 18; domain-rules §7): identity data is
collected under the AML customer-identification duty and the loan contract, so a customer can be
created without a consent on file. Bank account numbers (sensitive PI) are *refused* unless a
signed 个人敏感信息单独同意 is on record or recorded in the same save, and a credit-report summary
is refused unless a 征信查询授权 is (a credit report cannot lawfully exist without it). Whatever is
missing is shown on every view and list row (``missing_consents``) so nobody overlooks it.
Retention (AML law art. 34): customers are archived, never deleted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from loandesk.domain import regions
from loandesk.domain.clock import china_today as _china_today
from loandesk.domain.idcard import InvalidIdNumber, expected_expiry, parse_id_number
from loandesk.domain.masking import DEFAULT_POLICIES, MaskPolicy, mask_bank_card, mask_id_number, mask_phone
from loandesk.domain.money import fen_to_yuan, parse_amount, yuan_to_fen
from loandesk.domain.permissions import allowed
from loandesk.domain.validators import (
    INVISIBLE_IN_NAMES,
    ValidationError,
    luhn_ok,
    normalize_text,
    strip_separators,
    validate_bank_card,
    validate_mobile,
    validate_uscc,
)
from loandesk.services import audit
from loandesk.services import settings as settings_service
from loandesk.services.context import Actor, NotFound, ServiceError, current_role, require
from loandesk.store import search as search_store
from loandesk.store.models.auth import Branch, Counter, User
from loandesk.store.models.base import new_uuid, utcnow
from loandesk.store.models.customers import (
    Customer,
    CustomerConsent,
    CustomerContact,
    CustomerProfile,
)

# --- labels (what the UI shows) ---------------------------------------------------------------------

KIND_LABELS = {"individual": "个人", "farmer": "农户", "business": "个体工商户"}
GENDER_LABELS = {"male": "男", "female": "女"}
STATUS_LABELS = {"active": "正常", "archived": "已归档"}
MARITAL_LABELS = {"single": "未婚", "married": "已婚", "divorced": "离异", "widowed": "丧偶"}
EDUCATION_LABELS = {
    "primary": "小学及以下", "junior": "初中", "senior": "高中/中专", "college": "大专",
    "bachelor": "本科", "postgraduate": "研究生及以上",
}
HOUSING_LABELS = {"own": "自有住房", "mortgage": "按揭购房", "rent": "租房", "family": "与亲属同住", "other": "其他"}
ACCOUNT_TYPE_LABELS = {"card": "银行卡", "passbook": "存折", "other": "其他账户"}
CONTACT_ROLE_LABELS = {"guarantor": "担保人", "contact": "紧急联系人", "spouse": "配偶"}
CONSENT_LABELS = {"pi_sensitive": "个人敏感信息单独同意", "credit_query": "征信查询授权"}
ID_KIND_LABELS = {"resident": "居民身份证", "foreigner": "外国人永久居留身份证", "permit": "港澳台居民居住证"}
MATCH_LABELS = {
    "id_number": "身份证号", "mobile": "手机号", "customer_no": "客户号", "uscc": "统一社会信用代码",
    "id_tail": "身份证号尾号", "mobile_tail": "手机尾号", "customer_no_prefix": "客户号",
    "mobile_prefix": "手机号开头", "id_prefix": "身份证号开头", "substring": "包含",
    "initials": "拼音首字母", "pinyin": "拼音", "initials_prefix": "拼音首字母", "pinyin_prefix": "拼音",
    "name": "姓名", "business_name": "字号", "name_prefix": "姓名", "business_name_prefix": "字号",
    "name_suffix": "姓名", "name_inside": "姓名包含", "business_name_inside": "字号包含",
}
SORT_LABELS = {
    "relevance": "最相关", "customer_no": "客户号", "customer_no_desc": "客户号（倒序）", "name": "姓名拼音",
    "created_desc": "建档时间（新→旧）", "created_asc": "建档时间（旧→新）",
}

FIELD_LABELS: dict[str, str] = {
    "kind": "客户类型", "name": "姓名", "id_number": "身份证号", "gender": "性别", "birth_date": "出生日期",
    "ethnicity": "民族", "id_issuer": "签发机关", "id_valid_from": "有效期起", "id_valid_to": "有效期止",
    "mobile": "手机号", "business_name": "个体工商户名称", "uscc": "统一社会信用代码",
    "assigned_clerk_id": "客户经理", "notes": "备注",
    "personal.marital_status": "婚姻状况", "personal.education": "学历", "personal.phone_other": "其他电话",
    "personal.wechat": "微信号",
    "address.hukou_region_code": "户籍地区", "address.hukou_address": "户籍地址",
    "address.current_region_code": "现居地区", "address.current_address": "现居住地址",
    "address.current_address_years": "现址居住年限",
    "work.occupation": "职业", "work.employer": "工作单位/经营项目", "work.industry": "行业",
    "work.position": "职务", "work.years_employed": "从业年限",
    "income.monthly_income": "月收入", "income.income_source": "收入来源", "income.household_income": "家庭年收入",
    "assets.housing_type": "住房情况", "assets.real_estate_count": "房产套数", "assets.real_estate_value": "房产价值",
    "assets.vehicle_count": "车辆数", "assets.vehicle_value": "车辆价值", "assets.deposits": "存款",
    "assets.investments": "投资理财", "assets.land_area_mu": "承包土地面积（亩）",
    "assets.land_certificate_no": "土地承包经营权证号",
    "liabilities.loans_here_count": "本行贷款笔数", "liabilities.loans_here_balance": "本行贷款余额",
    "liabilities.loans_elsewhere_count": "他行贷款笔数", "liabilities.loans_elsewhere_balance": "他行贷款余额",
    "liabilities.monthly_repayment": "月还款额",
    "household.household_size": "家庭人口", "household.dependants": "供养人数",
    "bank.account_type": "账户类型", "bank.account_no": "银行账号", "bank.bank_name": "开户行",
    "credit.report_date": "征信报告日期", "credit.overdue_count": "累计逾期次数",
    "credit.overdue_max_months": "最长逾期月数", "credit.current_overdue": "当前逾期金额",
    "credit.inquiries_6m": "近6个月查询次数", "credit.lender_count": "授信机构数",
    "contacts": "联系人/担保人", "consents": "授权书",
}

# Column limits (characters). Longer input is refused with a message, never truncated.
MAX_LEN = {
    "name": 50, "ethnicity": 20, "id_issuer": 100, "business_name": 100, "notes": 2000,
    "phone_other": 30, "wechat": 50, "hukou_address": 200, "current_address": 200, "occupation": 50,
    "employer": 100, "industry": 50, "position": 50, "income_source": 100, "land_certificate_no": 50,
    "bank_name": 100, "contact_name": 50, "relation": 20, "contact_employer": 100, "contact_notes": 200,
    "scope": 500, "archive_reason": 200,
}
ID_EXPIRY_NOTICE_DAYS = 60  # a card expiring within this many days is pointed out at intake and edit
CHECK_AGE_FROM = 100  # an ID number saying 100 years or more is shown as "please check"
MAX_AMOUNT = Decimal("10000000000")  # 100亿元: far beyond a branch customer, inside int64 fen

# --- input ------------------------------------------------------------------------------------------
# Inputs accept what a form or a spreadsheet hands over: text for dates ("2024-05-01", "2024年5月1日",
# "20240501"), text or Decimal for amounts in yuan ("5万", "12,000.50"), text or int for counts.

DateIn = date | str | None
AmountIn = Decimal | int | str | None
CountIn = int | str | None


@dataclass(frozen=True)
class PersonalInput:
    marital_status: str = ""  # single|married|divorced|widowed (see MARITAL_LABELS)
    education: str = ""  # see EDUCATION_LABELS
    phone_other: str = ""
    wechat: str = ""


@dataclass(frozen=True)
class AddressInput:
    hukou_region_code: str = ""  # GB/T 2260 county code (domain.regions)
    hukou_address: str = ""
    current_region_code: str = ""
    current_address: str = ""
    current_address_years: CountIn = None


@dataclass(frozen=True)
class WorkInput:
    occupation: str = ""
    employer: str = ""  # employer, farm or business run
    industry: str = ""
    position: str = ""
    years_employed: CountIn = None


@dataclass(frozen=True)
class IncomeInput:
    monthly_income: AmountIn = None  # yuan
    income_source: str = ""
    household_income: AmountIn = None  # yuan per year


@dataclass(frozen=True)
class AssetsInput:
    housing_type: str = ""  # own|mortgage|rent|family|other
    real_estate_count: CountIn = None
    real_estate_value: AmountIn = None
    vehicle_count: CountIn = None
    vehicle_value: AmountIn = None
    deposits: AmountIn = None
    investments: AmountIn = None
    land_area_mu: Decimal | int | str | None = None  # 土地承包经营权, 亩, two decimals
    land_certificate_no: str = ""


@dataclass(frozen=True)
class LiabilitiesInput:
    loans_here_count: CountIn = None
    loans_here_balance: AmountIn = None
    loans_elsewhere_count: CountIn = None
    loans_elsewhere_balance: AmountIn = None
    monthly_repayment: AmountIn = None


@dataclass(frozen=True)
class HouseholdInput:
    household_size: CountIn = None
    dependants: CountIn = None


@dataclass(frozen=True)
class BankAccountInput:
    """Sensitive PI: stored only with a 个人敏感信息单独同意 on record. Luhn runs for cards only."""

    account_type: str = "card"  # card|passbook|other
    account_no: str = ""
    bank_name: str = ""


@dataclass(frozen=True)
class CreditSummaryInput:
    """From the credit report; stored only with a 征信查询授权 on record."""

    report_date: DateIn = None
    overdue_count: CountIn = None
    overdue_max_months: CountIn = None
    current_overdue: AmountIn = None  # yuan
    inquiries_6m: CountIn = None
    lender_count: CountIn = None


@dataclass(frozen=True)
class ContactInput:
    role: str = "contact"  # guarantor|contact|spouse
    name: str = ""
    id_number: str = ""  # required for guarantor and spouse
    relation: str = ""
    phone: str = ""
    employer: str = ""
    monthly_income: AmountIn = None
    notes: str = ""


@dataclass(frozen=True)
class ConsentInput:
    kind: str = "pi_sensitive"  # pi_sensitive|credit_query
    signed_on: DateIn = None
    scope: str = ""
    document_id: str | None = None  # the scanned 授权书 (documents service), optional


@dataclass(frozen=True)
class CustomerInput:
    """Everything the intake form holds. ``gender``/``birth_date`` may be left empty: they are
    derived from the ID number, and if typed they must agree with it."""

    kind: str = "individual"  # individual|farmer|business
    name: str = ""
    id_number: str = ""
    gender: str = ""  # "" | male | female
    birth_date: DateIn = None
    ethnicity: str = ""
    id_issuer: str = ""
    id_valid_from: DateIn = None
    id_valid_to: DateIn = None
    id_long_term: bool = False  # 长期
    mobile: str = ""
    business_name: str = ""  # business only
    uscc: str = ""  # business only
    assigned_clerk_id: str | None = None  # default: the acting clerk
    notes: str = ""
    personal: PersonalInput = field(default_factory=PersonalInput)
    address: AddressInput = field(default_factory=AddressInput)
    work: WorkInput = field(default_factory=WorkInput)
    income: IncomeInput = field(default_factory=IncomeInput)
    assets: AssetsInput = field(default_factory=AssetsInput)
    liabilities: LiabilitiesInput = field(default_factory=LiabilitiesInput)
    household: HouseholdInput = field(default_factory=HouseholdInput)
    bank: BankAccountInput = field(default_factory=BankAccountInput)
    credit: CreditSummaryInput = field(default_factory=CreditSummaryInput)
    contacts: tuple[ContactInput, ...] = ()
    consents: tuple[ConsentInput, ...] = ()  # new consents to record with this save


# --- output -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ContactView:
    id: str
    role: str
    role_label: str
    name: str
    id_number: str  # masked unless the view is unmasked
    relation: str
    phone: str  # masked unless the view is unmasked
    employer: str
    monthly_income: Decimal | None
    notes: str


@dataclass(frozen=True)
class ConsentView:
    id: str
    kind: str
    kind_label: str
    signed_on: date
    scope: str
    document_id: str | None
    recorded_at: datetime
    recorded_by: str  # display name
    revoked_at: datetime | None


@dataclass(frozen=True)
class ConsentStatus:
    pi_sensitive_on: date | None
    credit_query_on: date | None
    missing: tuple[str, ...]  # kinds without a valid consent on record
    records: tuple[ConsentView, ...]

    @property
    def missing_labels(self) -> tuple[str, ...]:
        return tuple(CONSENT_LABELS[k] for k in self.missing)


@dataclass(frozen=True)
class CustomerView:
    """One customer as a screen shows it. Money in Decimal yuan. Parts reuse the input classes
    (normalised values) so an edit form can round-trip: ``update_customer(..., view.to_input())``
    — only meaningful for an unmasked view."""

    id: str
    customer_no: str
    kind: str
    kind_label: str
    name: str
    name_pinyin: str
    name_initials: str
    gender: str
    gender_label: str
    ethnicity: str
    birth_date: date
    age: int
    id_kind: str
    id_number: str
    id_issuer: str
    id_valid_from: date | None
    id_valid_to: date | None  # None = 长期
    id_expired: bool
    mobile: str
    business_name: str
    uscc: str
    status: str
    status_label: str
    assigned_clerk_id: str | None
    assigned_clerk_name: str
    created_at: datetime
    created_by_name: str
    updated_at: datetime
    updated_by_name: str
    archived_at: datetime | None
    archive_reason: str
    version: int
    notes: str
    personal: PersonalInput
    address: AddressInput
    work: WorkInput
    income: IncomeInput
    assets: AssetsInput
    liabilities: LiabilitiesInput
    household: HouseholdInput
    bank: BankAccountInput
    credit: CreditSummaryInput
    contacts: tuple[ContactView, ...]
    consents: ConsentStatus
    masked: bool
    hukou_region_name: str = ""
    current_region_name: str = ""

    @property
    def missing_consents(self) -> tuple[str, ...]:
        return self.consents.missing

    @property
    def flags(self) -> tuple[str, ...]:
        """Short warnings a screen shows prominently (缺少授权, 证件过期, 已归档)."""
        out = [f"缺少授权：{label}" for label in self.consents.missing_labels]
        if self.id_expired:
            out.append("身份证已过期")
        if self.status == "archived":
            out.append("已归档")
        return tuple(out)

    def to_input(self) -> CustomerInput:
        if self.masked:
            raise ValueError("masked view: load it with unmasked=True before editing")
        return CustomerInput(
            kind=self.kind, name=self.name, id_number=self.id_number, gender=self.gender,
            birth_date=self.birth_date, ethnicity=self.ethnicity, id_issuer=self.id_issuer,
            id_valid_from=self.id_valid_from, id_valid_to=self.id_valid_to,
            id_long_term=self.id_valid_to is None and self.id_valid_from is not None,
            mobile=self.mobile, business_name=self.business_name, uscc=self.uscc,
            assigned_clerk_id=self.assigned_clerk_id, notes=self.notes, personal=self.personal,
            address=self.address, work=self.work, income=self.income, assets=self.assets,
            liabilities=self.liabilities, household=self.household, bank=self.bank, credit=self.credit,
            contacts=tuple(
                ContactInput(role=c.role, name=c.name, id_number=c.id_number, relation=c.relation, phone=c.phone,
                             employer=c.employer, monthly_income=c.monthly_income, notes=c.notes)
                for c in self.contacts
            ),
        )


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list; ID and phone always masked."""

    id: str
    customer_no: str
    kind: str
    kind_label: str
    name: str
    business_name: str
    gender_label: str
    birth_date: date | None
    id_number: str
    mobile: str
    status: str
    status_label: str
    assigned_clerk_id: str | None
    assigned_clerk_name: str
    created_at: datetime | None
    missing_consents: tuple[str, ...]
    matched: str  # tier code ("" when browsing); MATCH_LABELS has the text
    matched_label: str
    id_valid_to: date | None = None  # None = 长期 (long term)
    id_expired: bool = False  # id_valid_to before today's China date: flag 证件过期 in the list


@dataclass(frozen=True)
class SearchPage:
    """One page for a Qt model that fetches on demand: ask again with ``next_offset``."""

    rows: tuple[CustomerRow, ...]
    offset: int
    has_more: bool

    @property
    def next_offset(self) -> int:
        return self.offset + len(self.rows)


@dataclass(frozen=True)
class Derived:
    """What the ID number says (shown next to the field while typing)."""

    id_number: str
    birth_date: date
    gender: str
    age: int
    id_kind: str
    region_code: str
    region_name: str
    expected_valid_to: date | None = None  # from the issue date and the age at issue
    notice: str | None = None


@dataclass(frozen=True)
class CheckResult:
    errors: dict[str, str]
    warnings: dict[str, str]
    derived: Derived | None

    @property
    def ok(self) -> bool:
        return not self.errors


# --- errors -----------------------------------------------------------------------------------------

class ValidationFailed(ServiceError):
    """Save refused: ``errors`` maps field paths (``FIELD_LABELS``) to Chinese messages."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        first_field, first_msg = next(iter(errors.items()))
        more = f"（另有 {len(errors) - 1} 处需要修改）" if len(errors) > 1 else ""
        super().__init__(f"{FIELD_LABELS.get(_base_field(first_field), '')}：{first_msg}{more}".lstrip("："),
                         field=first_field)
        self.errors = dict(errors)


class DuplicateCustomer(ServiceError):
    """The ID number is already a customer here; the UI links to ``existing_id``."""

    def __init__(self, existing_id: str, existing_no: str, archived: bool = False) -> None:
        extra = "（该客户已归档，可先恢复后继续办理）" if archived else ""
        super().__init__(f"该身份证号已登记为客户 {existing_no}，不能重复建档。请打开已有客户资料。{extra}",
                         field="id_number")
        self.existing_id = existing_id
        self.existing_no = existing_no
        self.archived = archived


class StaleCustomer(ServiceError):
    def __init__(self) -> None:
        super().__init__("该客户资料已被他人修改，请重新打开后再保存。")


def _base_field(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path).split(".")[0] if path.startswith(("contacts", "consents")) else path


# --- parsing helpers --------------------------------------------------------------------------------

def china_today() -> date:
    return _china_today()


_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def parse_date(value: DateIn) -> date | None:
    """A date as clerks and spreadsheets write it; None for empty; ValueError (Chinese) otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = normalize_text(str(value)).replace(" ", "")
    if not s:
        return None
    for form in _DATE_FORMS:
        m = form.fullmatch(s)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise ValueError(f"“{s}”不是真实的日期") from None
    raise ValueError("日期格式不正确，请按 2024-05-01 的格式填写")


class _Checker:
    """Collects normalised values, errors and warnings for one CustomerInput."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.errors: dict[str, str] = {}
        self.warnings: dict[str, str] = {}

    def err(self, path: str, message: str) -> None:
        self.errors.setdefault(path, message)

    def warn(self, path: str, message: str) -> None:
        self.warnings.setdefault(path, message)

    def also_warn(self, path: str, message: str) -> None:
        """A further warning at a field that may already carry one (both are shown)."""
        self.warnings[path] = f"{self.warnings[path]}；{message}" if path in self.warnings else message

    def text(self, path: str, value: Any, limit_key: str, *, required: bool = False, label: str = "") -> str:
        s = "" if value is None else str(value).strip()
        label = label or FIELD_LABELS.get(path, "")
        if required and not s:
            self.err(path, f"请填写{label}")
        limit = MAX_LEN[limit_key]
        if len(s) > limit:
            self.err(path, f"{label}不能超过 {limit} 个字（现有 {len(s)} 个字）")
        return s

    def person_name(self, path: str, value: Any, *, label: str) -> str:
        s = self.text(path, value, "name" if path == "name" else "contact_name", required=True, label=label)
        if s and INVISIBLE_IN_NAMES.search(s):
            self.err(path, f"{label}中含有不可见的控制字符，请删除后重新输入")
        return s

    def choice(self, path: str, value: Any, labels: Mapping[str, str], *, required: bool = False) -> str:
        s = "" if value is None else str(value).strip()
        if not s:
            if required:
                self.err(path, f"请选择{FIELD_LABELS.get(path, '')}")
            return ""
        if s in labels:
            return s
        code = _by_label(labels).get(s)
        if code is not None:
            return code
        self.err(path, f"{FIELD_LABELS.get(path, '')}应为：{'、'.join(labels.values())}")
        return ""

    def date(self, path: str, value: DateIn) -> date | None:
        try:
            d = parse_date(value)
        except ValueError as exc:
            self.err(path, str(exc))
            return None
        if d is not None and d.year < 1900:
            self.err(path, "日期早于1900年，请核对")
            return None
        return d

    def amount_fen(self, path: str, value: AmountIn) -> int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            amount = value if isinstance(value, Decimal | int) and not isinstance(value, bool) else parse_amount(
                str(value))
            if isinstance(amount, Decimal) and not amount.is_finite():
                raise ValueError("金额不是有效数字")
            if amount < 0:
                raise ValueError("金额不能为负数")
            if amount > MAX_AMOUNT:
                raise ValueError("金额过大，请核对单位（元）")
            return yuan_to_fen(amount)
        except (ValueError, ArithmeticError) as exc:
            self.err(path, str(exc) or "金额格式不正确")
            return None

    def hundredths(self, path: str, value: Decimal | int | str | None, *, maximum: int = 1_000_000) -> int | None:
        """A non-negative quantity with at most two decimals (land area in 亩) -> integer hundredths."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            d = value if isinstance(value, Decimal) else Decimal(normalize_text(str(value)).replace(",", ""))
        except ArithmeticError:
            self.err(path, "请输入数字，例如 3.5")
            return None
        if not d.is_finite() or d < 0 or d > maximum:
            self.err(path, f"应为 0–{maximum} 之间的数字")
            return None
        if d != d.quantize(Decimal("0.01")):
            self.err(path, "最多两位小数")
            return None
        return int(d * 100)

    def count(self, path: str, value: CountIn, *, maximum: int = 1000) -> int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            self.err(path, "请输入整数")
            return None
        try:
            n = int(normalize_text(str(value)))
        except ValueError:
            self.err(path, f"{FIELD_LABELS.get(path, '')}应为整数")
            return None
        if n < 0:
            self.err(path, "不能为负数")
            return None
        if n > maximum:
            self.err(path, f"数值过大（不超过 {maximum}）")
            return None
        return n

    def region(self, path: str, value: Any) -> str:
        s = strip_separators("" if value is None else str(value))
        if not s:
            return ""
        if not (len(s) == 6 and s.isascii() and s.isdigit()) or regions.lookup(s) is None:
            self.err(path, "行政区划代码不存在，请从省/市/县列表中选择")
            return ""
        return s


_LABEL_MAPS: dict[int, tuple[Mapping[str, str], dict[str, str]]] = {}


def _by_label(labels: Mapping[str, str]) -> dict[str, str]:
    """Chinese label -> code, built once per label table (an import asks ~5 times a row)."""
    hit = _LABEL_MAPS.get(id(labels))
    if hit is None or hit[0] is not labels:
        hit = _LABEL_MAPS[id(labels)] = (labels, {v: k for k, v in labels.items()})
    return hit[1]


@dataclass
class _Clean:
    """Normalised values ready for the tables (money in fen)."""

    core: dict[str, Any]
    profile: dict[str, Any]
    contacts: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    derived: Derived | None


def _check(data: CustomerInput, *, today: date | None, consents_on_record: Iterable[str],
           intake: bool) -> tuple[_Clean, CheckResult]:
    c = _Checker(today or china_today())
    core: dict[str, Any] = {}
    profile: dict[str, Any] = {}

    core["kind"] = c.choice("kind", data.kind, KIND_LABELS, required=True) or "individual"
    core["name"] = c.person_name("name", data.name, label="姓名")
    core["ethnicity"] = c.text("ethnicity", data.ethnicity, "ethnicity")
    core["id_issuer"] = c.text("id_issuer", data.id_issuer, "id_issuer")
    core["notes"] = c.text("notes", data.notes, "notes")

    # ID number, and what it says
    derived: Derived | None = None
    parsed = None
    try:
        parsed = parse_id_number(data.id_number, today=c.today)
    except InvalidIdNumber as exc:
        c.err("id_number", str(exc))
    if parsed is not None:
        age = parsed.age_on(c.today)
        region = parsed.region
        derived = Derived(parsed.number, parsed.birth_date, parsed.gender, age, parsed.document_kind,
                          parsed.region_code, region.full_name if region else "", notice=parsed.notice)
        core.update(id_number=parsed.number, birth_date=parsed.birth_date, gender=parsed.gender,
                    id_kind=parsed.document_kind, id_number_original=parsed.original if parsed.upgraded else None)
        if parsed.notice:
            c.warn("id_number", parsed.notice)
        if age < 16:
            c.err("id_number", f"按身份证号，客户现年 {age} 岁，未满16周岁，不能作为贷款客户")
        elif age < 18:
            c.warn("id_number", f"客户现年 {age} 岁（16–17周岁），须以自己的劳动收入为主要生活来源方可办理")
        elif age >= CHECK_AGE_FROM:
            # Centenarians exist, but a mistyped number that still passes the check digit is likelier.
            c.also_warn("id_number", f"按身份证号，客户现年 {age} 岁（{parsed.birth_date.isoformat()} 出生），"
                                "请与证件核对号码是否输错")
    typed_gender = c.choice("gender", data.gender, GENDER_LABELS)
    if parsed is not None and typed_gender and typed_gender != parsed.gender:
        c.err("gender", f"性别与身份证号不符：身份证号显示为{GENDER_LABELS[parsed.gender]}")
    typed_birth = c.date("birth_date", data.birth_date)
    if parsed is not None and typed_birth and typed_birth != parsed.birth_date:
        c.err("birth_date", f"出生日期与身份证号不符：身份证号显示为 {parsed.birth_date.isoformat()}")

    # card validity (居民身份证法 art. 5)
    valid_from = c.date("id_valid_from", data.id_valid_from)
    valid_to = None if data.id_long_term else c.date("id_valid_to", data.id_valid_to)
    if data.id_long_term and parse_date_or_none(data.id_valid_to) is not None:
        c.err("id_valid_to", "已勾选“长期”，请清空有效期止日期")
    if valid_from is None and "id_valid_from" not in c.errors:
        c.err("id_valid_from", "请填写身份证有效期起始日期（见身份证背面）")
    if valid_to is None and not data.id_long_term and "id_valid_to" not in c.errors:
        c.err("id_valid_to", "请填写身份证有效期截止日期，长期有效请勾选“长期”")
    if valid_from is not None:
        if valid_from > c.today:
            c.err("id_valid_from", "有效期起始日期晚于今天，请核对")
        elif parsed is not None and valid_from < parsed.birth_date:
            c.err("id_valid_from", "有效期起始日期早于出生日期，请核对")
    if valid_to is not None and valid_from is not None and valid_to <= valid_from:
        c.err("id_valid_to", "有效期截止日期应晚于起始日期")
    if valid_to is not None and valid_to < c.today and "id_valid_to" not in c.errors:
        message = f"身份证已于 {valid_to.isoformat()} 过期，请客户更换新证后再办理"
        (c.err if intake else c.warn)("id_valid_to", message)
    if (parsed is not None and valid_from is not None and valid_from >= parsed.birth_date
            and "id_valid_from" not in c.errors and parsed.document_kind == "resident"):
        expected = expected_expiry(valid_from, parsed.birth_date)
        age_at_issue = parsed.age_on(valid_from)
        derived = replace(derived, expected_valid_to=expected) if derived else None
        if expected is None and valid_to is not None:
            c.warn("id_valid_to", f"签发时已满 {age_at_issue} 岁，按规定应为长期有效，请核对")
        elif expected is not None and data.id_long_term:
            c.warn("id_valid_to", f"签发时 {age_at_issue} 岁，有效期应至 {expected.isoformat()}，不应为长期，请核对")
        elif expected is not None and valid_to is not None and valid_to != expected:
            c.warn("id_valid_to", f"按签发时年龄（{age_at_issue} 岁），有效期应至 {expected.isoformat()}，请核对")
    if (valid_to is not None and 0 <= (valid_to - c.today).days <= ID_EXPIRY_NOTICE_DAYS
            and "id_valid_to" not in c.errors):
        # Loan paperwork takes weeks; a card running out meanwhile stops the file at review.
        c.also_warn("id_valid_to", f"身份证将于 {valid_to.isoformat()} 到期（还有 {(valid_to - c.today).days} 天），"
                                   "请提醒客户及时换领新证")
    core["id_valid_from"] = valid_from
    core["id_valid_to"] = valid_to

    # phone
    try:
        core["mobile"] = validate_mobile(data.mobile)
    except ValidationError as exc:
        c.err("mobile", str(exc))

    # business (个体工商户)
    if core["kind"] == "business":
        core["business_name"] = c.text("business_name", data.business_name, "business_name", required=True)
        if core["business_name"] and INVISIBLE_IN_NAMES.search(core["business_name"]):
            c.err("business_name", "名称中含有不可见的控制字符，请删除后重新输入")
        try:
            core["uscc"] = validate_uscc(data.uscc)
            if not core["uscc"].startswith("92"):
                c.warn("uscc", "个体工商户的统一社会信用代码通常以“92”开头，请核对")
        except ValidationError as exc:
            c.err("uscc", str(exc))
    else:
        core["business_name"] = None
        core["uscc"] = None
        if (data.business_name or "").strip() or (data.uscc or "").strip():
            c.warn("business_name", "非个体工商户客户不保存字号和统一社会信用代码")

    # personal / address / work
    p = data.personal
    profile["marital_status"] = c.choice("personal.marital_status", p.marital_status, MARITAL_LABELS)
    profile["education"] = c.choice("personal.education", p.education, EDUCATION_LABELS)
    profile["phone_other"] = c.text("personal.phone_other", p.phone_other, "phone_other")
    profile["wechat"] = c.text("personal.wechat", p.wechat, "wechat")
    a = data.address
    profile["hukou_region_code"] = c.region("address.hukou_region_code", a.hukou_region_code)
    profile["hukou_address"] = c.text("address.hukou_address", a.hukou_address, "hukou_address")
    profile["current_region_code"] = c.region("address.current_region_code", a.current_region_code)
    profile["current_address"] = c.text("address.current_address", a.current_address, "current_address")
    years = c.count("address.current_address_years", a.current_address_years, maximum=150)
    if years is not None and derived is not None and years > derived.age:
        c.err("address.current_address_years", f"居住年限不能超过年龄（{derived.age} 岁）")
    profile["current_address_years"] = years
    w = data.work
    profile["occupation"] = c.text("work.occupation", w.occupation, "occupation")
    profile["employer"] = c.text("work.employer", w.employer, "employer")
    profile["industry"] = c.text("work.industry", w.industry, "industry")
    profile["position"] = c.text("work.position", w.position, "position")
    years = c.count("work.years_employed", w.years_employed, maximum=100)
    if years is not None and derived is not None and years > derived.age:
        c.err("work.years_employed", f"从业年限不能超过年龄（{derived.age} 岁）")
    profile["years_employed"] = years

    # income, assets, liabilities, household
    i = data.income
    profile["monthly_income_fen"] = c.amount_fen("income.monthly_income", i.monthly_income)
    profile["income_source"] = c.text("income.income_source", i.income_source, "income_source")
    profile["household_income_fen"] = c.amount_fen("income.household_income", i.household_income)
    s = data.assets
    profile["housing_type"] = c.choice("assets.housing_type", s.housing_type, HOUSING_LABELS)
    profile["real_estate_count"] = c.count("assets.real_estate_count", s.real_estate_count, maximum=100)
    profile["real_estate_value_fen"] = c.amount_fen("assets.real_estate_value", s.real_estate_value)
    profile["vehicle_count"] = c.count("assets.vehicle_count", s.vehicle_count, maximum=100)
    profile["vehicle_value_fen"] = c.amount_fen("assets.vehicle_value", s.vehicle_value)
    profile["deposits_fen"] = c.amount_fen("assets.deposits", s.deposits)
    profile["investments_fen"] = c.amount_fen("assets.investments", s.investments)
    profile["land_area_mu100"] = c.hundredths("assets.land_area_mu", s.land_area_mu)
    profile["land_certificate_no"] = c.text("assets.land_certificate_no", s.land_certificate_no,
                                            "land_certificate_no")
    li = data.liabilities
    profile["loans_here_count"] = c.count("liabilities.loans_here_count", li.loans_here_count)
    profile["loans_here_balance_fen"] = c.amount_fen("liabilities.loans_here_balance", li.loans_here_balance)
    profile["loans_elsewhere_count"] = c.count("liabilities.loans_elsewhere_count", li.loans_elsewhere_count)
    profile["loans_elsewhere_balance_fen"] = c.amount_fen("liabilities.loans_elsewhere_balance",
                                                          li.loans_elsewhere_balance)
    profile["monthly_repayment_fen"] = c.amount_fen("liabilities.monthly_repayment", li.monthly_repayment)
    h = data.household
    profile["household_size"] = c.count("household.household_size", h.household_size, maximum=50)
    profile["dependants"] = c.count("household.dependants", h.dependants, maximum=50)
    if (profile["household_size"] is not None and profile["dependants"] is not None
            and profile["dependants"] >= profile["household_size"] > 0):
        c.warn("household.dependants", "供养人数通常少于家庭人口，请核对")

    # consents recorded with this save, and what is already on record
    new_consents: list[dict[str, Any]] = []
    for n, ci in enumerate(data.consents):
        base = f"consents[{n}]"
        kind = ci.kind if ci.kind in CONSENT_LABELS else ""
        if not kind:
            c.err(f"{base}.kind", "授权类型无效")
        signed = c.date(f"{base}.signed_on", ci.signed_on)
        if signed is None and f"{base}.signed_on" not in c.errors:
            c.err(f"{base}.signed_on", "请填写授权书签署日期")
        elif signed is not None and signed > c.today:
            c.err(f"{base}.signed_on", "签署日期晚于今天，请核对")
        scope = c.text(f"{base}.scope", ci.scope, "scope", required=True, label="授权范围")
        new_consents.append({"kind": kind, "signed_on": signed, "scope": scope,
                             "document_id": ci.document_id or None})
    on_record = set(consents_on_record) | {x["kind"] for x in new_consents if x["kind"]}

    # bank account: sensitive PI
    b = data.bank
    account_no = strip_separators(b.account_no)
    profile["bank_account_type"] = ""
    profile["bank_account_no"] = ""
    profile["bank_name"] = c.text("bank.bank_name", b.bank_name, "bank_name")
    if account_no:
        account_type = c.choice("bank.account_type", b.account_type or "card", ACCOUNT_TYPE_LABELS) or "card"
        if account_type == "card":
            passbook_hint = "如是存折或内部账号，请把账户类型改为“存折”或“其他账户”"
            try:
                account_no = validate_bank_card(account_no, luhn=False)
            except ValidationError as exc:
                # Passbook and internal account numbers are no card numbers (§1.6).
                c.err("bank.account_no", f"{exc}；{passbook_hint}")
            else:
                if not luhn_ok(account_no):
                    # §1.6: warn, do not block — a typo is likely, but some older cards carry no
                    # Luhn digit, and refusing them would stop the loan at the counter.
                    c.warn("bank.account_no", f"卡号校验位不符（Luhn校验不通过），请对照卡面核对，确认无误可以保存；"
                                              f"{passbook_hint}")
        elif not (account_no.isascii() and account_no.isalnum() and len(account_no) <= 40):
            c.err("bank.account_no", "账号只能包含数字或字母，且不超过40位")
        if "pi_sensitive" not in on_record:
            c.err("bank.account_no", "录入银行账号前，须先登记客户签署的《个人敏感信息处理单独同意书》")
        profile["bank_account_type"] = account_type
        profile["bank_account_no"] = account_no

    # credit-report summary: only with a credit-query authorisation
    cr = data.credit
    report_date = c.date("credit.report_date", cr.report_date)
    credit = {
        "credit_report_date": report_date,
        "credit_overdue_count": c.count("credit.overdue_count", cr.overdue_count),
        "credit_overdue_max_months": c.count("credit.overdue_max_months", cr.overdue_max_months, maximum=600),
        "credit_current_overdue_fen": c.amount_fen("credit.current_overdue", cr.current_overdue),
        "credit_inquiries_6m": c.count("credit.inquiries_6m", cr.inquiries_6m),
        "credit_lender_count": c.count("credit.lender_count", cr.lender_count),
    }
    if any(v is not None for v in credit.values()):
        if report_date is None and "credit.report_date" not in c.errors:
            c.err("credit.report_date", "请填写征信报告日期")
        elif report_date is not None and report_date > c.today:
            c.err("credit.report_date", "征信报告日期晚于今天，请核对")
        if "credit_query" not in on_record:
            c.err("credit.report_date", "录入征信信息前，须先登记客户签署的《个人征信查询授权书》")
    profile.update(credit)

    # contacts, spouse, guarantors
    contacts: list[dict[str, Any]] = []
    seen_ids: dict[str, int] = {}
    spouses = 0
    for n, ct in enumerate(data.contacts):
        base = f"contacts[{n}]"
        role = ct.role if ct.role in CONTACT_ROLE_LABELS else ""
        if not role:
            c.err(f"{base}.role", "请选择身份：担保人、紧急联系人或配偶")
        label = CONTACT_ROLE_LABELS.get(role, "联系人")
        name = c.person_name(f"{base}.name", ct.name, label=f"{label}姓名")
        id_number = ""
        raw_id = (ct.id_number or "").strip()
        if raw_id:
            try:
                pid = parse_id_number(raw_id, today=c.today)
                id_number = pid.number
                if role == "guarantor" and pid.age_on(c.today) < 18:
                    c.err(f"{base}.id_number", "担保人须年满18周岁")
            except InvalidIdNumber as exc:
                c.err(f"{base}.id_number", str(exc))
        elif role in ("guarantor", "spouse"):
            c.err(f"{base}.id_number", f"请填写{label}的身份证号")
        if id_number and parsed is not None and id_number == parsed.number:
            c.err(f"{base}.id_number", f"{label}不能是客户本人")
        if id_number and id_number in seen_ids:
            c.err(f"{base}.id_number", f"与第 {seen_ids[id_number] + 1} 位联系人的身份证号重复")
        if id_number:
            seen_ids.setdefault(id_number, n)
        phone = strip_separators(ct.phone)
        if phone:
            try:
                phone = validate_mobile(phone)
            except ValidationError as exc:
                if not re.fullmatch(r"0\d{9,11}", phone):
                    c.err(f"{base}.phone", f"{exc}（座机请带区号）")
        elif role == "contact":
            c.err(f"{base}.phone", "请填写紧急联系人的电话")
        if role == "contact" and phone and phone == core.get("mobile"):
            c.also_warn("contacts", f"第 {n + 1} 位紧急联系人的电话与客户本人手机号相同，请填写能联系到其他人的电话")
        if role == "spouse":
            spouses += 1
            if spouses > 1:
                c.err(f"{base}.role", "只能登记一位配偶")
        contacts.append({
            "position": n, "role": role, "name": name, "id_number": id_number,
            "relation": c.text(f"{base}.relation", ct.relation, "relation", label="关系"),
            "phone": phone,
            "employer": c.text(f"{base}.employer", ct.employer, "contact_employer", label="工作单位"),
            "monthly_income_fen": c.amount_fen(f"{base}.monthly_income", ct.monthly_income),
            "notes": c.text(f"{base}.notes", ct.notes, "contact_notes", label="备注"),
        })
    if profile["marital_status"] == "married" and spouses == 0:
        c.also_warn("contacts", "已婚客户请登记配偶信息（配偶须共同签署或同意）")
    if spouses and profile["marital_status"] not in ("married", ""):
        c.warn("personal.marital_status", "登记了配偶，但婚姻状况不是“已婚”，请核对")

    clean = _Clean(core, profile, contacts, new_consents, derived)
    return clean, CheckResult(dict(c.errors), dict(c.warnings), derived)


def parse_date_or_none(value: DateIn) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def check(data: CustomerInput, *, today: date | None = None, consents: Iterable[str] = (),
          intake: bool = True) -> CheckResult:
    """Full check without a database: errors (block saving), warnings (show, allow), derived values.

    ``consents``: kinds already on record for this customer (``view.consents`` minus missing), so a
    bank account or credit summary is accepted while editing. ``intake=False`` (editing) turns an
    expired ID card from an error into a warning.
    """
    return _check(data, today=today, consents_on_record=consents, intake=intake)[1]


def validate(data: CustomerInput, *, today: date | None = None, consents: Iterable[str] = (),
             intake: bool = True) -> dict[str, str]:
    """Field path -> Chinese error message; empty when the form may be saved."""
    return check(data, today=today, consents=consents, intake=intake).errors


# --- helpers on the database --------------------------------------------------------------------------

def _require_write(session: Session) -> None:
    """Reveals must be audited: refuse a read-only session (its audit record would be rolled back)."""
    if not session.connection().get_execution_options().get("write"):
        raise RuntimeError("revealing personal data needs a write session (db.write()) so it is audited")


_POLICY_KEYS = {"mask.id_keep": "id_number", "mask.phone_keep": "phone", "mask.card_keep": "bank_card"}


def _policies(session: Session) -> dict[str, MaskPolicy]:
    """Masking policies from the branch settings (one query; a list page calls this every time)."""
    cached = session.info.get("loandesk.mask_policies")
    if cached is not None:
        return cached
    stored = dict(session.execute(text("SELECT key, value FROM settings WHERE key IN "
                                       "('mask.id_keep', 'mask.phone_keep', 'mask.card_keep')")).all())
    out: dict[str, MaskPolicy] = {}
    for key, kind in _POLICY_KEYS.items():
        default = DEFAULT_POLICIES[kind]
        try:
            value = json.loads(stored[key]) if key in stored else settings_service.DEFAULTS[key]
            out[kind] = MaskPolicy(keep_prefix=int(value[0]), keep_suffix=int(value[1]), min_hidden=default.min_hidden)
        except (TypeError, ValueError, IndexError, KeyError):
            out[kind] = default
    session.info["loandesk.mask_policies"] = out
    return out


def _get_customer(session: Session, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("客户不存在。")
    return customer


def _user_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(wanted)))
    return {r[0]: r[1] or r[2] for r in rows}


def _check_clerk(session: Session, clerk_id: str) -> None:
    user = session.get(User, clerk_id)
    if user is None or not user.active or not allowed(user.role, "customer.create"):
        raise ValidationFailed({"assigned_clerk_id": "所选客户经理不存在、已停用或不是客户经理"})


def reserve_numbers(session: Session, count: int) -> tuple[int, str]:
    """Reserve ``count`` customer numbers: (first sn, branch code); numbers are branch + sn:08d.
    The writer holds BEGIN IMMEDIATE, so the counter cannot race."""
    branch = session.scalar(select(Branch.code).limit(1))
    if branch is None:
        raise ServiceError("本库尚未初始化网点信息，不能建立客户档案。")
    counter = session.get(Counter, "customer_no")
    if counter is None:
        counter = Counter(name="customer_no", value=search_store.max_sn(session))
        session.add(counter)
    first = counter.value + 1
    counter.value += count
    session.flush()
    return first, branch


def _next_number(session: Session) -> tuple[int, str]:
    """Next (sn, customer_no)."""
    sn, branch = reserve_numbers(session, 1)
    return sn, f"{branch}{sn:08d}"


def _duplicate(session: Session, id_number: str, exclude_id: str | None = None) -> None:
    row = session.execute(select(Customer.id, Customer.customer_no, Customer.status)
                          .where(Customer.id_number == id_number)).first()
    if row is not None and row[0] != exclude_id:
        raise DuplicateCustomer(row[0], row[1], row[2] == "archived")


def _consents_on_record(session: Session, customer_id: str) -> set[str]:
    rows = session.scalars(select(CustomerConsent.kind).where(
        CustomerConsent.customer_id == customer_id, CustomerConsent.revoked_at.is_(None)))
    return set(rows)


def _refresh_consent_dates(session: Session, customer: Customer) -> None:
    session.flush()
    rows = session.execute(
        select(CustomerConsent.kind, func.max(CustomerConsent.signed_on))
        .where(CustomerConsent.customer_id == customer.id, CustomerConsent.revoked_at.is_(None))
        .group_by(CustomerConsent.kind)).all()
    latest = dict(rows)
    customer.pi_consent_on = latest.get("pi_sensitive")
    customer.credit_consent_on = latest.get("credit_query")


_DERIVED = ("id_rev", "mobile_rev", "name_rev")


def _snapshot(session: Session, customer: Customer, profile: CustomerProfile | None,
              contacts: Iterable[CustomerContact]) -> dict:
    """The outbox payload head office receives (full values: head office is the data owner's twin)."""
    def plain(obj: Any, skip: tuple[str, ...] = ()) -> dict:
        out = {}
        for col in obj.__table__.columns:
            if col.key in skip or col.key in _DERIVED:
                continue
            value = getattr(obj, col.key)
            out[col.key] = value.isoformat() if isinstance(value, date | datetime) else value
        return out

    payload = plain(customer)
    payload["profile"] = plain(profile, ("customer_id",)) if profile is not None else {}
    payload["contacts"] = [plain(c, ("customer_id",)) for c in contacts]
    payload["consents"] = [plain(c, ("customer_id",)) for c in session.scalars(
        select(CustomerConsent).where(CustomerConsent.customer_id == customer.id))]
    return payload


# profile column -> form field path (FIELD_LABELS), so audit summaries name what the clerk saw
PROFILE_FIELD_PATHS: dict[str, str] = {
    "marital_status": "personal.marital_status", "education": "personal.education",
    "phone_other": "personal.phone_other", "wechat": "personal.wechat",
    "hukou_region_code": "address.hukou_region_code", "hukou_address": "address.hukou_address",
    "current_region_code": "address.current_region_code", "current_address": "address.current_address",
    "current_address_years": "address.current_address_years",
    "occupation": "work.occupation", "employer": "work.employer", "industry": "work.industry",
    "position": "work.position", "years_employed": "work.years_employed",
    "monthly_income_fen": "income.monthly_income", "income_source": "income.income_source",
    "household_income_fen": "income.household_income",
    "housing_type": "assets.housing_type", "real_estate_count": "assets.real_estate_count",
    "real_estate_value_fen": "assets.real_estate_value", "vehicle_count": "assets.vehicle_count",
    "vehicle_value_fen": "assets.vehicle_value", "deposits_fen": "assets.deposits",
    "investments_fen": "assets.investments", "land_area_mu100": "assets.land_area_mu",
    "land_certificate_no": "assets.land_certificate_no",
    "loans_here_count": "liabilities.loans_here_count", "loans_here_balance_fen": "liabilities.loans_here_balance",
    "loans_elsewhere_count": "liabilities.loans_elsewhere_count",
    "loans_elsewhere_balance_fen": "liabilities.loans_elsewhere_balance",
    "monthly_repayment_fen": "liabilities.monthly_repayment",
    "household_size": "household.household_size", "dependants": "household.dependants",
    "bank_account_type": "bank.account_type", "bank_account_no": "bank.account_no", "bank_name": "bank.bank_name",
    "credit_report_date": "credit.report_date", "credit_overdue_count": "credit.overdue_count",
    "credit_overdue_max_months": "credit.overdue_max_months", "credit_current_overdue_fen": "credit.current_overdue",
    "credit_inquiries_6m": "credit.inquiries_6m", "credit_lender_count": "credit.lender_count", "notes": "notes",
}


def _changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return [PROFILE_FIELD_PATHS.get(k, k) for k in after if before.get(k) != after[k]]


# --- create / update ----------------------------------------------------------------------------------

def create_customer(session: Session, actor: Actor, data: CustomerInput, *, today: date | None = None) -> CustomerView:
    """New customer file (customer.create). Refuses invalid input (ValidationFailed) and a second
    customer with the same ID number (DuplicateCustomer, linking to the existing one)."""
    require(session, actor, "customer.create", entity_type="customer")
    clean, result = _check(data, today=today, consents_on_record=(), intake=True)
    if result.errors:
        raise ValidationFailed(result.errors)
    _duplicate(session, clean.core["id_number"])
    clerk_id = data.assigned_clerk_id
    if clerk_id:
        _check_clerk(session, clerk_id)
    elif current_role(session, actor) == "clerk":
        clerk_id = actor.user_id
    sn, number = _next_number(session)
    pinyin, initials = search_store.name_keys(clean.core["name"])
    now = utcnow()
    core = dict(clean.core)
    notes = core.pop("notes")
    customer = Customer(id=new_uuid(), sn=sn, customer_no=number, name_pinyin=pinyin, name_initials=initials,
                        status="active", assigned_clerk_id=clerk_id, created_at=now, created_by=actor.user_id or None,
                        updated_at=now, updated_by=actor.user_id or None, archive_reason="", version=1, **core)
    session.add(customer)
    session.flush()
    profile = CustomerProfile(customer_id=customer.id, notes=notes, **clean.profile)
    session.add(profile)
    contacts = [CustomerContact(customer_id=customer.id, **ct) for ct in clean.contacts]
    session.add_all(contacts)
    for consent in clean.consents:
        session.add(CustomerConsent(customer_id=customer.id, recorded_at=now, recorded_by=actor.user_id or None,
                                    **consent))
    _refresh_consent_dates(session, customer)
    session.flush()
    filled = sorted(PROFILE_FIELD_PATHS.get(k, k) for k, v in {**clean.core, **clean.profile}.items()
                    if v not in (None, ""))
    audit.record(session, actor, "customer.created", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": number, "kind": customer.kind, "fields": filled,
                          "contacts": len(contacts), "consents": [x["kind"] for x in clean.consents]})
    audit.outbox(session, "customer", customer.id, _snapshot(session, customer, profile, contacts))
    return _view(session, customer, unmasked=False)


def update_customer(session: Session, actor: Actor, customer_id: str, data: CustomerInput, *,
                    expected_version: int | None = None, today: date | None = None) -> CustomerView:
    """Replace the customer's file with ``data`` (customer.edit). The audit record lists the
    *names* of changed fields only — never the values, so no full ID number lands in the log."""
    require(session, actor, "customer.edit", entity_type="customer", entity_id=customer_id)
    customer = _get_customer(session, customer_id)
    if expected_version is not None and customer.version != expected_version:
        raise StaleCustomer()
    clean, result = _check(data, today=today, consents_on_record=_consents_on_record(session, customer_id),
                           intake=False)
    errors = dict(result.errors)
    # An expired card may stay on an existing file, but cannot be newly entered as expired.
    if ("id_valid_to" in result.warnings and clean.core.get("id_valid_to") != customer.id_valid_to
            and clean.core.get("id_valid_to") is not None and clean.core["id_valid_to"] < (today or china_today())):
        errors.setdefault("id_valid_to", result.warnings["id_valid_to"])
    if errors:
        raise ValidationFailed(errors)
    if clean.core["id_number"] != customer.id_number:
        _duplicate(session, clean.core["id_number"], exclude_id=customer.id)
    if data.assigned_clerk_id and data.assigned_clerk_id != customer.assigned_clerk_id:
        _check_clerk(session, data.assigned_clerk_id)
    profile = session.get(CustomerProfile, customer.id) or CustomerProfile(customer_id=customer.id)
    if profile not in session:
        session.add(profile)
    core = dict(clean.core)
    notes = core.pop("notes")
    if core["name"] != customer.name:
        core["name_pinyin"], core["name_initials"] = search_store.name_keys(core["name"])
    if data.assigned_clerk_id is not None:
        core["assigned_clerk_id"] = data.assigned_clerk_id or None
    before_core = {k: getattr(customer, k) for k in core}
    before_profile = {k: getattr(profile, k, None) for k in clean.profile} | {"notes": profile.notes}
    old_contacts = list(session.scalars(select(CustomerContact).where(CustomerContact.customer_id == customer.id)
                                        .order_by(CustomerContact.position)))
    old_contact_rows = [{k: getattr(o, k) for k in ct} for o, ct in zip(old_contacts, clean.contacts, strict=False)]
    changed = _changed(before_core, core) + _changed(before_profile, {**clean.profile, "notes": notes})
    contacts_changed = len(old_contacts) != len(clean.contacts) or old_contact_rows != clean.contacts
    if contacts_changed:
        changed.append("contacts")
    if clean.consents:
        changed.append("consents")
    changed = [c for c in changed if c not in ("name_pinyin", "name_initials", "id_number_original", "birth_date",
                                               "gender", "id_kind")] + (
        ["birth_date/gender"] if "id_number" in changed else [])
    if not changed:
        return _view(session, customer, unmasked=False)
    for k, v in core.items():
        setattr(customer, k, v)
    for k, v in clean.profile.items():
        setattr(profile, k, v)
    profile.notes = notes
    contacts = old_contacts
    if contacts_changed:
        for old in old_contacts:
            session.delete(old)
        session.flush()
        contacts = [CustomerContact(customer_id=customer.id, **ct) for ct in clean.contacts]
        session.add_all(contacts)
    now = utcnow()
    for consent in clean.consents:
        session.add(CustomerConsent(customer_id=customer.id, recorded_at=now, recorded_by=actor.user_id or None,
                                    **consent))
    _refresh_consent_dates(session, customer)
    customer.updated_at = now
    customer.updated_by = actor.user_id or None
    customer.version += 1
    session.flush()
    audit.record(session, actor, "customer.updated", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": customer.customer_no, "changed": sorted(changed),
                          "version": customer.version})
    audit.outbox(session, "customer", customer.id, _snapshot(session, customer, profile, contacts))
    return _view(session, customer, unmasked=False)


def archive_customer(session: Session, actor: Actor, customer_id: str, *, reason: str) -> CustomerView:
    """Close the file (customer.archive). Never deleted: AML law keeps identity data ≥10 years after
    the relationship ends; archived customers stay searchable (filter status="archived")."""
    require(session, actor, "customer.archive", entity_type="customer", entity_id=customer_id)
    customer = _get_customer(session, customer_id)
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError("请填写归档原因。", field="archive_reason")
    if len(reason) > MAX_LEN["archive_reason"]:
        raise ServiceError(f"归档原因不能超过 {MAX_LEN['archive_reason']} 字。", field="archive_reason")
    if customer.status == "archived":
        raise ServiceError("该客户已归档。")
    now = utcnow()
    customer.status = "archived"
    customer.archived_at = now
    customer.archived_by = actor.user_id or None
    customer.archive_reason = reason
    customer.updated_at = now
    customer.updated_by = actor.user_id or None
    customer.version += 1
    session.flush()
    audit.record(session, actor, "customer.archived", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": customer.customer_no, "reason": reason})
    audit.outbox(session, "customer", customer.id, {"id": customer.id, "status": "archived",
                                                    "archived_at": now.isoformat(), "archive_reason": reason})
    return _view(session, customer, unmasked=False)


def reactivate_customer(session: Session, actor: Actor, customer_id: str) -> CustomerView:
    """A returning customer: undo the archive (customer.archive), audited."""
    require(session, actor, "customer.archive", entity_type="customer", entity_id=customer_id)
    customer = _get_customer(session, customer_id)
    if customer.status != "archived":
        raise ServiceError("该客户未归档，无需恢复。")
    customer.status = "active"
    customer.archived_at = None
    customer.archived_by = None
    customer.archive_reason = ""
    customer.updated_at = utcnow()
    customer.updated_by = actor.user_id or None
    customer.version += 1
    session.flush()
    audit.record(session, actor, "customer.reactivated", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": customer.customer_no})
    audit.outbox(session, "customer", customer.id, {"id": customer.id, "status": "active"})
    return _view(session, customer, unmasked=False)


# --- reading, revealing -----------------------------------------------------------------------------

def get_customer(session: Session, actor: Actor, customer_id: str, *, unmasked: bool = False) -> CustomerView:
    """The customer file. Masked by default; ``unmasked=True`` (the edit form) needs
    customer.view_unmasked and is audited as a reveal — call it inside ``db.write()``."""
    require(session, actor, "customer.view", entity_type="customer", entity_id=customer_id)
    if unmasked:
        _require_write(session)
        require(session, actor, "customer.view_unmasked", entity_type="customer", entity_id=customer_id)
    customer = _get_customer(session, customer_id)
    if unmasked:
        audit.record(session, actor, "customer.revealed", entity_type="customer", entity_id=customer.id,
                     summary={"customer_no": customer.customer_no, "fields": "all"})
    return _view(session, customer, unmasked=unmasked)


REVEALABLE = ("id_number", "mobile", "phone_other", "bank_account_no", "contact_id_number", "contact_phone")


def reveal_field(session: Session, actor: Actor, customer_id: str, field_name: str, *,
                 contact_id: str | None = None) -> str:
    """One full value behind a mask (customer.view_unmasked), audited — call inside ``db.write()``.

    ``field_name``: id_number | mobile | phone_other | bank_account_no | contact_id_number | contact_phone
    (the last two with ``contact_id``).
    """
    require(session, actor, "customer.view_unmasked", entity_type="customer", entity_id=customer_id)
    _require_write(session)
    if field_name not in REVEALABLE:
        raise ServiceError("该字段不能查看。", field=field_name)
    customer = _get_customer(session, customer_id)
    if field_name == "id_number":
        value = customer.id_number
    elif field_name == "mobile":
        value = customer.mobile or ""
    elif field_name in ("bank_account_no", "phone_other"):
        profile = session.get(CustomerProfile, customer.id)
        value = getattr(profile, field_name) if profile else ""
    else:
        contact = session.get(CustomerContact, contact_id) if contact_id else None
        if contact is None or contact.customer_id != customer.id:
            raise NotFound("联系人不存在。")
        value = contact.id_number if field_name == "contact_id_number" else contact.phone
    audit.record(session, actor, "customer.field_revealed", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": customer.customer_no, "field": field_name,
                          **({"contact_id": contact_id} if contact_id else {})})
    return value


def _fen(value: int | None) -> Decimal | None:
    return None if value is None else fen_to_yuan(value)


def _view(session: Session, c: Customer, *, unmasked: bool) -> CustomerView:
    policies = _policies(session)

    def id_(v: str) -> str:
        return v if unmasked or not v else mask_id_number(v, policies["id_number"])

    def phone(v: str) -> str:
        if unmasked or not v:
            return v
        return mask_phone(v, policies["phone"]) if len(v) == 11 else mask_bank_card(v, policies["phone"])

    p = session.get(CustomerProfile, c.id) or CustomerProfile(customer_id=c.id)
    contacts = list(session.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id)
                                    .order_by(CustomerContact.position)))
    status = consent_status_of(session, c)
    names = _user_names(session, [c.assigned_clerk_id, c.created_by, c.updated_by])
    today = china_today()
    age = today.year - c.birth_date.year - ((today.month, today.day) < (c.birth_date.month, c.birth_date.day))
    account = p.bank_account_no or ""
    hukou = regions.lookup(p.hukou_region_code or "")
    current = regions.lookup(p.current_region_code or "")
    return CustomerView(
        id=c.id, customer_no=c.customer_no, kind=c.kind, kind_label=KIND_LABELS.get(c.kind, c.kind), name=c.name,
        name_pinyin=c.name_pinyin, name_initials=c.name_initials, gender=c.gender,
        gender_label=GENDER_LABELS.get(c.gender, ""), ethnicity=c.ethnicity, birth_date=c.birth_date, age=age,
        id_kind=c.id_kind, id_number=id_(c.id_number), id_issuer=c.id_issuer, id_valid_from=c.id_valid_from,
        id_valid_to=c.id_valid_to, id_expired=c.id_valid_to is not None and c.id_valid_to < today,
        mobile=phone(c.mobile or ""), business_name=c.business_name or "", uscc=c.uscc or "", status=c.status,
        status_label=STATUS_LABELS.get(c.status, c.status), assigned_clerk_id=c.assigned_clerk_id,
        assigned_clerk_name=names.get(c.assigned_clerk_id or "", ""), created_at=c.created_at,
        created_by_name=names.get(c.created_by or "", ""), updated_at=c.updated_at,
        updated_by_name=names.get(c.updated_by or "", ""), archived_at=c.archived_at,
        archive_reason=c.archive_reason, version=c.version, notes=p.notes or "",
        personal=PersonalInput(p.marital_status or "", p.education or "", phone(p.phone_other or ""), p.wechat or ""),
        address=AddressInput(p.hukou_region_code or "", p.hukou_address or "", p.current_region_code or "",
                             p.current_address or "", p.current_address_years),
        work=WorkInput(p.occupation or "", p.employer or "", p.industry or "", p.position or "", p.years_employed),
        income=IncomeInput(_fen(p.monthly_income_fen), p.income_source or "", _fen(p.household_income_fen)),
        assets=AssetsInput(p.housing_type or "", p.real_estate_count, _fen(p.real_estate_value_fen), p.vehicle_count,
                           _fen(p.vehicle_value_fen), _fen(p.deposits_fen), _fen(p.investments_fen),
                           _fen(p.land_area_mu100), p.land_certificate_no or ""),
        liabilities=LiabilitiesInput(p.loans_here_count, _fen(p.loans_here_balance_fen), p.loans_elsewhere_count,
                                     _fen(p.loans_elsewhere_balance_fen), _fen(p.monthly_repayment_fen)),
        household=HouseholdInput(p.household_size, p.dependants),
        bank=BankAccountInput(p.bank_account_type or ("card" if not account else ""),
                              account if unmasked or not account else mask_bank_card(account, policies["bank_card"]),
                              p.bank_name or ""),
        credit=CreditSummaryInput(p.credit_report_date, p.credit_overdue_count, p.credit_overdue_max_months,
                                  _fen(p.credit_current_overdue_fen), p.credit_inquiries_6m, p.credit_lender_count),
        contacts=tuple(
            ContactView(ct.id, ct.role, CONTACT_ROLE_LABELS.get(ct.role, ct.role), ct.name, id_(ct.id_number),
                        ct.relation, phone(ct.phone), ct.employer, _fen(ct.monthly_income_fen), ct.notes)
            for ct in contacts
        ),
        consents=status, masked=not unmasked,
        hukou_region_name=hukou.full_name if hukou else "", current_region_name=current.full_name if current else "",
    )


# --- consent ----------------------------------------------------------------------------------------

def record_consent(session: Session, actor: Actor, customer_id: str, kind: str, signed_on: DateIn, scope: str,
                   document_id: str | None = None) -> ConsentView:
    """Register a signed authorisation (customer.edit): 个人敏感信息单独同意 or 征信查询授权."""
    require(session, actor, "customer.edit", entity_type="customer", entity_id=customer_id)
    customer = _get_customer(session, customer_id)
    c = _Checker(china_today())
    if kind not in CONSENT_LABELS:
        c.err("kind", "授权类型无效")
    signed = c.date("signed_on", signed_on)
    if signed is None and "signed_on" not in c.errors:
        c.err("signed_on", "请填写授权书签署日期")
    elif signed is not None and signed > c.today:
        c.err("signed_on", "签署日期晚于今天，请核对")
    scope_text = c.text("scope", scope, "scope", required=True, label="授权范围")
    if c.errors:
        raise ValidationFailed(c.errors)
    assert signed is not None
    consent = CustomerConsent(customer_id=customer.id, kind=kind, signed_on=signed, scope=scope_text,
                              document_id=document_id or None, recorded_at=utcnow(),
                              recorded_by=actor.user_id or None)
    session.add(consent)
    _refresh_consent_dates(session, customer)
    customer.updated_at = utcnow()
    customer.version += 1
    session.flush()
    summary = {"customer_no": customer.customer_no, "kind": kind, "signed_on": signed.isoformat(),
               "document_id": document_id}
    audit.record(session, actor, "customer.consent_recorded", entity_type="customer", entity_id=customer.id,
                 summary=summary)
    audit.outbox(session, "customer_consent", consent.id, {"customer_id": customer.id, "kind": kind,
                                                           "signed_on": signed.isoformat(), "scope": scope_text,
                                                           "document_id": document_id})
    return _consent_view(consent, _user_names(session, [consent.recorded_by]))


REVOKE_REASON_MAX = 200


def revoke_consent(session: Session, actor: Actor, consent_id: str, *, reason: str = "") -> ConsentView:
    """The customer withdraws a consent (PIPL art. 15). Kept on file, marked revoked, audited with
    the reason the clerk gave (the customer's written request, …)."""
    consent = session.get(CustomerConsent, consent_id)
    require(session, actor, "customer.edit", entity_type="customer", entity_id=consent.customer_id if consent else "")
    if consent is None:
        raise NotFound("授权记录不存在。")
    if consent.revoked_at is not None:
        raise ServiceError("该授权已撤回。")
    reason = normalize_text(reason)
    if len(reason) > REVOKE_REASON_MAX:
        raise ValidationFailed({"reason": f"撤回原因不能超过 {REVOKE_REASON_MAX} 字"})
    if INVISIBLE_IN_NAMES.search(reason):
        raise ValidationFailed({"reason": "撤回原因含有不可见的控制字符，请重新输入"})
    consent.revoked_at = utcnow()
    customer = _get_customer(session, consent.customer_id)
    _refresh_consent_dates(session, customer)
    customer.version += 1
    session.flush()
    audit.record(session, actor, "customer.consent_revoked", entity_type="customer", entity_id=customer.id,
                 summary={"customer_no": customer.customer_no, "kind": consent.kind, "consent_id": consent.id,
                          "reason": reason})
    audit.outbox(session, "customer_consent", consent.id, {"revoked_at": consent.revoked_at.isoformat(),
                                                           "reason": reason})
    return _consent_view(consent, _user_names(session, [consent.recorded_by]))


def consent_status(session: Session, actor: Actor, customer_id: str) -> ConsentStatus:
    require(session, actor, "customer.view", entity_type="customer", entity_id=customer_id)
    return consent_status_of(session, _get_customer(session, customer_id))


def consent_status_of(session: Session, customer: Customer) -> ConsentStatus:
    """Without a permission check: for other services that already checked theirs."""
    rows = list(session.scalars(select(CustomerConsent).where(CustomerConsent.customer_id == customer.id)
                                .order_by(CustomerConsent.signed_on.desc(), CustomerConsent.recorded_at.desc())))
    names = _user_names(session, [r.recorded_by for r in rows])
    missing = tuple(k for k, on in (("pi_sensitive", customer.pi_consent_on),
                                    ("credit_query", customer.credit_consent_on)) if on is None)
    return ConsentStatus(customer.pi_consent_on, customer.credit_consent_on, missing,
                         tuple(_consent_view(r, names) for r in rows))


def _consent_view(r: CustomerConsent, names: Mapping[str, str]) -> ConsentView:
    return ConsentView(r.id, r.kind, CONSENT_LABELS.get(r.kind, r.kind), r.signed_on, r.scope, r.document_id,
                       r.recorded_at, names.get(r.recorded_by or "", ""), r.revoked_at)


# --- search -----------------------------------------------------------------------------------------

Filters = search_store.Filters


def _filters(filters: Filters | None) -> Filters:
    f = filters or Filters()
    if f.status not in (None, "active", "archived"):
        raise ServiceError("状态筛选无效。", field="status")
    if f.kind is not None and f.kind not in KIND_LABELS:
        raise ServiceError("客户类型筛选无效。", field="kind")
    if f.created_from and f.created_to and f.created_from > f.created_to:
        raise ServiceError("建档日期范围的开始日期晚于结束日期。", field="created_from")
    return f


# The list page shows these columns only (the rest of the row is read when a customer opens).
_ROW_COLS = ("c.sn, c.id, c.customer_no, c.kind, c.name, c.business_name, c.gender, c.birth_date, c.id_number, "
             "c.mobile, c.status, c.assigned_clerk_id, u.display_name, c.created_at, c.pi_consent_on, "
             "c.credit_consent_on, c.id_valid_to")
_ROW_SQL = (f"SELECT {_ROW_COLS} FROM customers AS c LEFT JOIN users AS u ON u.id = c.assigned_clerk_id "
            "WHERE c.sn IN (SELECT value FROM json_each(?))")
# Who is asking and how to mask, in one statement: a list page re-reads both on every call (a role
# withdrawn, or a masking setting changed, takes effect on the next page) for ~0.1 ms.
_LIST_CONTEXT_SQL = ("SELECT (SELECT role FROM users WHERE id = ? AND active = 1), "
                     "(SELECT value FROM settings WHERE key = 'mask.id_keep'), "
                     "(SELECT value FROM settings WHERE key = 'mask.phone_keep')")
_MISSING = {(True, True): (), (False, True): ("pi_sensitive",), (True, False): ("credit_query",),
            (False, False): ("pi_sensitive", "credit_query")}
_policy_cache: dict[tuple[str | None, str | None], tuple[MaskPolicy, MaskPolicy]] = {}


def _list_policies(id_keep: str | None, phone_keep: str | None) -> tuple[MaskPolicy, MaskPolicy]:
    """(ID, phone) masking policies from the raw setting values (parsed once per distinct value)."""
    key = (id_keep, phone_keep)
    cached = _policy_cache.get(key)
    if cached is None:
        stored = {k: v for k, v in (("mask.id_keep", id_keep), ("mask.phone_keep", phone_keep)) if v is not None}
        out = []
        for setting, kind in (("mask.id_keep", "id_number"), ("mask.phone_keep", "phone")):
            default = DEFAULT_POLICIES[kind]
            try:
                value = json.loads(stored[setting]) if setting in stored else settings_service.DEFAULTS[setting]
                out.append(MaskPolicy(keep_prefix=int(value[0]), keep_suffix=int(value[1]),
                                      min_hidden=default.min_hidden))
            except (TypeError, ValueError, IndexError, KeyError):
                out.append(default)
        cached = _policy_cache[key] = (out[0], out[1])
    return cached


@lru_cache(maxsize=256)
def _mask_layout(policy: MaskPolicy, n: int) -> tuple[int, str, int]:
    """(characters kept in front, mask, characters kept at the end) for a value of length ``n``,
    taken from ``policy.apply`` itself on a stand-in value so the rules live in one place."""
    stand_in = "1" if policy.mask_char == "0" else "0"
    masked = policy.apply(stand_in * n)
    head = len(masked) - len(masked.lstrip(stand_in))
    tail = len(masked) - len(masked.rstrip(stand_in)) if head < len(masked) else 0
    return head, masked[head:len(masked) - tail], tail


def _fast_mask(value: str | None, policy: MaskPolicy, slow: Callable[[object, MaskPolicy], str]) -> str:
    """``slow(value, policy)`` for a stored, canonical value (ASCII letters/digits, upper case) without
    re-normalising it; anything else goes through ``slow``. Same output, several times cheaper."""
    if not value:
        return ""
    if not (value.isascii() and value.isalnum() and value == value.upper()) or (
            slow is mask_phone and (value.startswith("0086") or (len(value) == 13 and value.startswith("86")))):
        return slow(value, policy)
    head, stars, tail = _mask_layout(policy, len(value))
    return value[:head] + stars + (value[len(value) - tail:] if tail else "")


def _list_context(session: Session, actor: Actor, permission: str) -> tuple[MaskPolicy, MaskPolicy]:
    """The permission check of a list call plus its masking policies, in one cheap statement.

    Same rule as ``require``: the role is read from the database on every call (never cached), so a
    withdrawn permission or deactivated user is refused on the very next page. A refusal goes
    through ``require`` itself, which audits it and raises.
    """
    row = session.connection().exec_driver_sql(_LIST_CONTEXT_SQL, (actor.user_id or "",)).one()
    if row[0] is None or not allowed(row[0], permission):
        require(session, actor, permission, entity_type="customer")
    return _list_policies(row[1], row[2])


def _rows(session: Session, sns: list[int], matched: Mapping[int, str],
          policies: tuple[MaskPolicy, MaskPolicy] | None = None) -> tuple[CustomerRow, ...]:
    """The list rows for ``sns`` (one statement), in the order given."""
    if not sns:
        return ()
    if policies is None:
        p = _policies(session)
        policies = (p["id_number"], p["phone"])
    id_policy, phone_policy = policies
    result = session.connection().exec_driver_sql(_ROW_SQL, (json.dumps(sns),)).all()
    by_sn: dict[int, CustomerRow] = {}
    kinds, genders, statuses = KIND_LABELS, GENDER_LABELS, STATUS_LABELS
    today = china_today().isoformat()  # ISO dates compare as text: no parsing for the flag
    for r in result:
        code = matched.get(r[0], "")
        valid_to = r[16]
        by_sn[r[0]] = CustomerRow(
            id=r[1], customer_no=r[2], kind=r[3], kind_label=kinds.get(r[3], r[3]), name=r[4],
            business_name=r[5] or "", gender_label=genders.get(r[6], ""),
            birth_date=date.fromisoformat(r[7]) if r[7] else None,
            id_number=_fast_mask(r[8], id_policy, mask_id_number),
            mobile=_fast_mask(r[9], phone_policy, mask_phone), status=r[10],
            status_label=statuses.get(r[10], r[10]), assigned_clerk_id=r[11], assigned_clerk_name=r[12] or "",
            created_at=datetime.fromisoformat(r[13]).replace(tzinfo=UTC) if r[13] else None,
            missing_consents=_MISSING[(r[14] is not None, r[15] is not None)], matched=code,
            matched_label=MATCH_LABELS.get(code, ""),
            id_valid_to=date.fromisoformat(valid_to) if valid_to else None,
            id_expired=bool(valid_to) and valid_to < today,
        )
    return tuple(by_sn[sn] for sn in sns if sn in by_sn)


_OLD_ID_SEPARATORS = re.compile(r"[\s\-]+")


def _old_id_query(session: Session, query: str) -> str:
    """A typed 15-digit old ID number (GB 11643-1989) -> the 18-digit number it is stored under.

    Old loan contracts and hukou books still carry 15-digit numbers; customers are stored (and
    matched) on the upgraded form. Only when a customer has that number, so a 15-digit customer
    number or any other digits search as typed.
    """
    digits = _OLD_ID_SEPARATORS.sub("", normalize_text(query or ""))
    if len(digits) != 15 or not digits.isascii() or not digits.isdigit():
        return query
    try:
        upgraded = parse_id_number(digits).number
    except InvalidIdNumber:
        return query
    found = session.scalar(select(Customer.sn).where(Customer.id_number == upgraded).limit(1))
    return upgraded if found is not None else query


def search_customers(session: Session, actor: Actor, query: str = "", *, filters: Filters | None = None,
                     sort: str = "relevance", offset: int = 0, limit: int = 50) -> SearchPage:
    """One page of the customer list (customer.view). ``query``: name, pinyin or initials, any part
    of an ID number or phone, customer number — exact matches first, then prefix/tail, then
    substring. Empty query lists everything that passes ``filters`` (newest first by default).
    Archived customers are included unless ``filters.status`` says otherwise. Rows are masked."""
    policies = _list_context(session, actor, "customer.view")
    f = _filters(filters)
    if sort not in search_store.SORTS:
        raise ServiceError("排序方式无效。", field="sort")
    hits = search_store.search(session, _old_id_query(session, query), f, sort=sort, offset=offset, limit=limit)
    return SearchPage(_rows(session, hits.sns, hits.matched, policies), max(0, int(offset)), hits.has_more)


def count_customers(session: Session, actor: Actor, query: str = "", *, filters: Filters | None = None,
                    cap: int | None = None) -> int:
    """How many rows ``search_customers`` would page through (run it off the GUI thread; with
    ``cap`` it stops there, so the UI can show "10000+")."""
    require(session, actor, "customer.view", entity_type="customer")
    return search_store.count(session, _old_id_query(session, query), _filters(filters), cap=cap)


def assignable_clerks(session: Session, actor: Actor) -> list[tuple[str, str]]:
    """(user id, display name) of active users who can own customers: the clerk filter and picker."""
    require(session, actor, "customer.view", entity_type="customer")
    users = session.execute(select(User.id, User.display_name, User.role).where(User.active)
                            .order_by(User.display_name)).all()
    return [(u[0], u[1]) for u in users if allowed(u[2], "customer.create")]


# --- import support -----------------------------------------------------------------------------------

def existing_by_id_number(session: Session, actor: Actor, id_numbers: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Normalised ID number -> (customer id, customer no) for those already on file (import preview)."""
    require(session, actor, "customer.view", entity_type="customer")
    wanted = sorted({n for n in id_numbers if n})
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        for row in session.execute(select(Customer.id_number, Customer.id, Customer.customer_no)
                                   .where(Customer.id_number.in_(chunk))):
            out[row[0]] = (row[1], row[2])
    return out


_CUSTOMER_COLS = (
    "id", "sn", "customer_no", "kind", "name", "name_pinyin", "name_initials", "business_name", "uscc", "gender",
    "ethnicity", "birth_date", "id_kind", "id_number", "id_number_original", "id_issuer", "id_valid_from",
    "id_valid_to", "mobile", "status", "assigned_clerk_id", "pi_consent_on", "credit_consent_on", "created_at",
    "created_by", "updated_at", "updated_by", "archived_at", "archived_by", "archive_reason", "version",
    "id_rev", "mobile_rev", "name_rev",
)
_PROFILE_COLS = tuple(c.key for c in CustomerProfile.__table__.columns)
_CONTACT_COLS = tuple(c.key for c in CustomerContact.__table__.columns)
_CONSENT_COLS = tuple(c.key for c in CustomerConsent.__table__.columns)


def _db_value(value: Any) -> Any:
    """Python value -> what SQLAlchemy's SQLite types store (ISO dates, naive-UTC datetimes)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


@dataclass(frozen=True)
class BulkResult:
    created: tuple[tuple[str, str], ...]  # (customer id, customer no) in input order
    first_no: str
    last_no: str


def create_customers_bulk(session: Session, actor: Actor, items: Iterable[CustomerInput], *,
                          source: str = "", progress: Callable[[int], bool | None] | None = None,
                          today: date | None = None) -> BulkResult:
    """Create many customers in the caller's ONE transaction (customer.import).

    All-or-nothing: any invalid row raises ValidationFailed (field paths prefixed ``row[i].``), a
    duplicate ID (on file or twice in the batch) raises DuplicateCustomer / ValidationFailed, and
    the caller's transaction rolls back. The writing is customer_bulk.insert_clean_rows (also the
    import's path for rows its preview already checked). ``progress(n)`` is called every 1,000
    rows; returning False cancels (raises ServiceError).
    """
    from loandesk.services.customer_bulk import clean_row, insert_clean_rows  # it imports this module

    require(session, actor, "customer.import", entity_type="customer")
    items = list(items)
    rows = []
    errors: dict[str, str] = {}
    batch_ids: dict[str, int] = {}
    for n, item in enumerate(items):
        clean, result = _check(item, today=today, consents_on_record=(), intake=True)
        for k, v in result.errors.items():
            errors.setdefault(f"row[{n}].{k}", v)
        idn = clean.core.get("id_number")
        if idn:
            if idn in batch_ids:
                errors.setdefault(f"row[{n}].id_number", f"与第 {batch_ids[idn] + 1} 行的身份证号重复")
            batch_ids.setdefault(idn, n)
        if not errors:
            rows.append(clean_row(clean, item.assigned_clerk_id))
        if progress is not None and n % 1000 == 999 and progress(n + 1) is False:
            raise ServiceError("已取消导入，未保存任何数据。")
    if errors:
        raise ValidationFailed(errors)
    return insert_clean_rows(session, actor, rows, len(rows), source=source, progress=progress)
