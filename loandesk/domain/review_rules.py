"""Review rules (资料审核规则) and the hard risk rules, evaluated over a plain snapshot.

Why rules are data: head office owns the wording, the severities and the thresholds (how old a
bank statement may be, how many lenders in six months is too many) and ships a new rule set
without a new program. The *checks* (what "ID card expired" means) are code here; a rule set
picks checks, gives each a code, a severity (block/warn), parameters and the Chinese messages
that tell the reviewer what to check or ask the customer for.

The engine sees only :class:`ReviewSnapshot` (frozen values, no SQL, no ORM): the service layer
builds it from the customer, the application and the documents, so every rule can be tested
with a few lines of data.

Rule-set file (``resources/rules/default_rules.json``, installed copy in ``domain/data``)::

    {"format": "loandesk-review-rules", "format_version": 1, "rule_set_id": "default",
     "version": "2026.1", "name": "...", "issued_by": "...", "effective_from": "2026-01-01",
     "rules": [{"code": "R101", "check": "checklist_required", "category": "completeness",
                "severity": "block", "title": "...", "params": {...},
                "messages": {"fail": "缺少必备资料：{items}…", "missing": "..."},
                "missing_severity": "warn", "enabled": true}, ...]}

Message templates use ``{name}`` placeholders filled from what the check found; an unknown
placeholder is printed as is rather than failing the review.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from loandesk.domain.documents import DOC_TYPE_LABELS, DocStatus, DocType, DocumentFact, ItemStatus
from loandesk.domain.idcard import InvalidIdNumber, parse_id_number

__all__ = [
    "CATEGORY_LABELS",
    "CHECKS",
    "RULES_FORMAT",
    "CreditFacts",
    "NeededItem",
    "Outcome",
    "PersonFacts",
    "ReviewSnapshot",
    "Rule",
    "RuleReport",
    "RuleResult",
    "RuleSet",
    "RuleSetError",
    "Severity",
    "evaluate",
    "load_default_rule_set",
    "load_rule_set",
]

RULES_FORMAT = "loandesk-review-rules"
RULES_FORMAT_VERSION = 1
DEFAULT_RESOURCE = ("loandesk.domain.data", "review_rules.json")


class Severity(StrEnum):
    BLOCK = "block"  # must be fixed before the application can move on
    WARN = "warn"  # the reviewer must look, may pass with a comment


SEVERITY_LABELS = {Severity.BLOCK: "阻断", Severity.WARN: "提示"}


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"  # the data needed to decide was not entered
    NOT_APPLICABLE = "n/a"


OUTCOME_LABELS = {Outcome.PASS: "通过", Outcome.FAIL: "未通过", Outcome.MISSING: "信息不全",
                  Outcome.NOT_APPLICABLE: "不适用"}

CATEGORY_LABELS: dict[str, str] = {
    "completeness": "完整性",
    "validity": "有效性",
    "consistency": "一致性",
    "risk": "风险硬规则",
}


class RuleSetError(ValueError):
    """A rule-set file is malformed; ``str()`` is a Chinese message naming the problem."""


# --- the snapshot --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonFacts:
    """A person on the application: the applicant, the spouse, a guarantor or a 联保 member."""

    role: str  # applicant | spouse | guarantor | group_member | co_borrower
    name: str
    id_number: str
    id_valid_until: date | None = None  # None = not recorded
    id_long_term: bool = False  # 长期 (age ≥ 46 at issue)
    credit_auth: bool | None = None  # signed 征信查询授权书 on file; None = not recorded
    relation: str = ""

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


ROLE_LABELS = {"applicant": "借款人", "spouse": "配偶", "guarantor": "保证人", "group_member": "联保小组成员",
               "co_borrower": "共同借款人"}


@dataclass(frozen=True)
class CreditFacts:
    """The credit-report summary the clerk typed in from the 征信报告 (None = not entered)."""

    current_overdue_count: int | None = None
    current_overdue_amount: Decimal | None = None
    overdue_count: int | None = None  # overdue records on the report (累计逾期次数)
    inquiries_6m: int | None = None  # loan/card approval inquiries in the last 6 months
    lenders_6m: int | None = None  # institutions that granted new credit in the last 6 months
    report_date: date | None = None


@dataclass(frozen=True)
class ReviewSnapshot:
    """Everything the rules look at, as plain values. Money in yuan (Decimal), rates as fractions."""

    today: date
    application_no: str
    product_name: str
    amount: Decimal
    term_months: int
    guarantee_type: str  # credit | guarantor | mortgage | pledge | group
    applicant: PersonFacts
    birth_date: date | None = None
    allowed_guarantee_types: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    max_age_at_maturity: int | None = None
    dti_limit: Decimal | None = None  # fraction, e.g. 0.55
    married: bool | None = None
    spouse: PersonFacts | None = None
    guarantors: tuple[PersonFacts, ...] = ()
    declared_monthly_income: Decimal | None = None
    statement_monthly_income: Decimal | None = None
    existing_monthly_repayment: Decimal | None = None
    new_monthly_payment: Decimal | None = None
    hukou_address: str = ""
    current_address: str = ""
    hukou_region: str = ""  # 6-digit county code when known
    current_region: str = ""
    checklist: tuple[ItemStatus, ...] = ()
    documents: tuple[DocumentFact, ...] = ()
    credit: CreditFacts | None = None
    blacklist_hits: tuple[str, ...] = ()

    @property
    def age(self) -> int | None:
        return None if self.birth_date is None else _age_on(self.birth_date, self.today)

    @property
    def people(self) -> tuple[PersonFacts, ...]:
        spouse = (self.spouse,) if self.spouse is not None else ()
        return (self.applicant, *spouse, *self.guarantors)


GUARANTEE_LABELS = {"credit": "信用", "guarantor": "保证", "mortgage": "抵押", "pledge": "质押", "group": "农户联保"}


# --- the rule set ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    code: str
    check: str
    category: str
    severity: Severity
    title: str
    messages: Mapping[str, str]
    params: Mapping[str, Any] = field(default_factory=dict)
    missing_severity: Severity | None = None  # None = same as severity
    enabled: bool = True

    def message(self, outcome: str) -> str:
        return self.messages.get(outcome) or self.messages.get("fail") or self.title


@dataclass(frozen=True)
class RuleSet:
    rule_set_id: str
    version: str
    name: str
    rules: tuple[Rule, ...]
    issued_by: str = ""
    effective_from: str = ""
    source_text: str = field(default="", repr=False, compare=False)

    @property
    def label(self) -> str:
        return f"{self.name}（{self.rule_set_id} v{self.version}）"

    def rule(self, code: str) -> Rule:
        for r in self.rules:
            if r.code == code:
                return r
        raise KeyError(code)

    def with_rules(self, rules: Iterable[Rule]) -> RuleSet:
        return RuleSet(self.rule_set_id, self.version, self.name, tuple(rules), self.issued_by, self.effective_from)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source_text: str = "") -> RuleSet:
        """Parse and validate; every problem is a RuleSetError naming the rule and the field."""
        if not isinstance(data, Mapping) or data.get("format") != RULES_FORMAT:
            raise RuleSetError(f"不是 LoanDesk 审核规则文件（format 应为“{RULES_FORMAT}”）")
        fv = data.get("format_version")
        if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
            raise RuleSetError("规则文件缺少有效的 format_version")
        if fv > RULES_FORMAT_VERSION:
            raise RuleSetError(f"规则文件格式版本 {fv} 高于本程序支持的 {RULES_FORMAT_VERSION}，请先升级 LoanDesk")
        for key in ("rule_set_id", "version", "name"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise RuleSetError(f"规则文件缺少“{key}”")
        raw_rules = data.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise RuleSetError("规则文件中没有任何规则")
        rules: list[Rule] = []
        seen: set[str] = set()
        for i, raw in enumerate(raw_rules, 1):
            where = f"第 {i} 条规则"
            if not isinstance(raw, Mapping):
                raise RuleSetError(f"{where}格式不正确")
            code = raw.get("code")
            if not isinstance(code, str) or not code.strip():
                raise RuleSetError(f"{where}缺少规则代码 code")
            where = f"规则 {code}"
            if code in seen:
                raise RuleSetError(f"{where}重复")
            seen.add(code)
            check = raw.get("check")
            if check not in CHECKS:
                raise RuleSetError(f"{where}的检查项“{check}”不存在（可用：{'、'.join(sorted(CHECKS))}）")
            category = raw.get("category")
            if category not in CATEGORY_LABELS:
                raise RuleSetError(f"{where}的类别“{category}”无效（可用：{'、'.join(CATEGORY_LABELS)}）")
            try:
                severity = Severity(raw.get("severity"))
                ms = raw.get("missing_severity")
                missing_sev = Severity(ms) if ms is not None else None
            except ValueError:
                raise RuleSetError(f"{where}的严重程度必须是 block 或 warn") from None
            messages = raw.get("messages")
            if not isinstance(messages, Mapping) or not isinstance(messages.get("fail"), str) or not messages["fail"]:
                raise RuleSetError(f"{where}缺少未通过时的提示语 messages.fail")
            params = raw.get("params") or {}
            if not isinstance(params, Mapping):
                raise RuleSetError(f"{where}的参数 params 必须是对象")
            problem = CHECKS[check].validate(params)
            if problem:
                raise RuleSetError(f"{where}的参数有误：{problem}")
            title = raw.get("title")
            if not isinstance(title, str) or not title:
                raise RuleSetError(f"{where}缺少标题 title")
            rules.append(Rule(code, check, category, severity, title, dict(messages), dict(params), missing_sev,
                              bool(raw.get("enabled", True))))
        return cls(str(data["rule_set_id"]), str(data["version"]), str(data["name"]), tuple(rules),
                   str(data.get("issued_by", "")), str(data.get("effective_from", "")), source_text)

    @classmethod
    def from_json(cls, text: str) -> RuleSet:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RuleSetError(f"规则文件不是有效的 JSON（第 {exc.lineno} 行）") from None
        return cls.from_dict(data, source_text=text)


def load_rule_set(path: str | Path) -> RuleSet:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"无法读取规则文件：{path}（{exc}）") from None
    return RuleSet.from_json(text)


_DEFAULT: list[RuleSet] = []


def load_default_rule_set() -> RuleSet:
    """The rule set shipped with the program (cached; immutable)."""
    if not _DEFAULT:
        text = resources.files(DEFAULT_RESOURCE[0]).joinpath(DEFAULT_RESOURCE[1]).read_text(encoding="utf-8")
        _DEFAULT.append(RuleSet.from_json(text))
    return _DEFAULT[0]


# --- results -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NeededItem:
    """One thing the customer must bring (feeds the 补件通知书)."""

    name: str
    reason: str
    note: str = ""


@dataclass(frozen=True)
class RuleResult:
    code: str
    title: str
    category: str
    severity: Severity  # effective severity of this outcome
    outcome: Outcome
    message: str = ""  # empty when passed
    needed: tuple[NeededItem, ...] = ()

    @property
    def passed(self) -> bool:
        return self.outcome in (Outcome.PASS, Outcome.NOT_APPLICABLE)

    @property
    def blocking(self) -> bool:
        return not self.passed and self.severity is Severity.BLOCK

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "category": self.category, "severity": self.severity.value,
                "outcome": self.outcome.value, "message": self.message,
                "needed": [[n.name, n.reason, n.note] for n in self.needed]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RuleResult:
        return cls(str(d["code"]), str(d["title"]), str(d["category"]), Severity(d["severity"]),
                   Outcome(d["outcome"]), str(d.get("message", "")),
                   tuple(NeededItem(*n) for n in d.get("needed", ())))


@dataclass(frozen=True)
class RuleReport:
    rule_set_id: str
    version: str
    results: tuple[RuleResult, ...]

    @property
    def blocking(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if r.blocking)

    @property
    def warnings(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if not r.passed and not r.blocking)

    @property
    def ok(self) -> bool:
        """No blocking finding (warnings may remain)."""
        return not self.blocking

    def result(self, code: str) -> RuleResult:
        for r in self.results:
            if r.code == code:
                return r
        raise KeyError(code)

    def needed_items(self) -> tuple[NeededItem, ...]:
        """What to ask the customer for, without duplicates, in rule order."""
        out: list[NeededItem] = []
        seen: set[str] = set()
        for r in self.results:
            if r.passed:
                continue
            for n in r.needed:
                if n.name not in seen:
                    seen.add(n.name)
                    out.append(n)
        return tuple(out)

    def to_list(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self.results]


# --- checks --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """What a check found: the outcome, values for the message, and items to ask for."""

    outcome: Outcome
    values: Mapping[str, Any] = field(default_factory=dict)
    needed: tuple[NeededItem, ...] = ()


CheckFn = Callable[[ReviewSnapshot, Mapping[str, Any]], list[Finding]]


@dataclass(frozen=True)
class Check:
    fn: CheckFn
    param_types: Mapping[str, type | tuple[type, ...]] = field(default_factory=dict)
    description: str = ""

    def validate(self, params: Mapping[str, Any]) -> str:
        for key, kind in self.param_types.items():
            if key in params and (not isinstance(params[key], kind) or isinstance(params[key], bool)
                                  and bool not in (kind if isinstance(kind, tuple) else (kind,))):
                return f"“{key}”的类型不正确"
        for key in params:
            if key not in self.param_types:
                return f"未知参数“{key}”"
        return ""


PASS = [Finding(Outcome.PASS)]
NA = [Finding(Outcome.NOT_APPLICABLE)]


def _age_on(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def _add_months(d: date, months: int) -> date:
    import calendar

    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _yuan(v: Decimal | None) -> str:
    if v is None:
        return "—"
    q = Decimal(v).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:,.2f}"


def _pct(v: Decimal | float) -> str:
    return f"{Decimal(str(v)) * 100:.1f}".rstrip("0").rstrip(".")


def _items_text(items: Iterable[ItemStatus]) -> str:
    return "、".join(i.label for i in items)


def _check_checklist(status: DocStatus, *, required: bool | None) -> CheckFn:
    def fn(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
        if not s.checklist:
            return NA
        hits = [i for i in s.checklist if i.status is status and (required is None or i.required is required)]
        if not hits:
            return PASS
        reason = {DocStatus.MISSING: "缺失", DocStatus.EXPIRED: "已过期"}.get(status, str(status))
        needed = tuple(NeededItem(i.label, i.reason or reason, i.hint) for i in hits)
        if required is False:
            needed = ()  # optional items are suggestions, not demands on the customer
        return [Finding(Outcome.FAIL, {"items": _items_text(hits), "count": len(hits)}, needed)]

    return fn


def _guarantors_present(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if s.guarantee_type == "guarantor":
        role, minimum = "guarantor", int(p.get("min_guarantors", 1))
    elif s.guarantee_type == "group":
        role, minimum = "group_member", int(p.get("min_group_members", 2))
    else:
        return NA
    count = sum(1 for g in s.guarantors if g.role == role)
    if count >= minimum:
        return PASS
    label = ROLE_LABELS[role]
    return [Finding(Outcome.FAIL, {"guarantee": GUARANTEE_LABELS.get(s.guarantee_type, s.guarantee_type),
                                   "role": label, "count": count, "minimum": minimum},
                    (NeededItem(f"{label}资料", f"需 {minimum} 人，现 {count} 人",
                                "身份证、收入及资产证明、征信查询授权书、担保意愿书"),))]


def _guarantee_allowed(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if not s.allowed_guarantee_types:
        return NA
    if s.guarantee_type in s.allowed_guarantee_types:
        return PASS
    return [Finding(Outcome.FAIL, {"guarantee": GUARANTEE_LABELS.get(s.guarantee_type, s.guarantee_type),
                                   "product": s.product_name,
                                   "allowed": "、".join(GUARANTEE_LABELS.get(g, g) for g in s.allowed_guarantee_types)})]


def _spouse_recorded(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if s.married is None:
        return [Finding(Outcome.MISSING)]
    if not s.married:
        return NA
    if s.spouse is not None and s.spouse.id_number:
        return PASS
    return [Finding(Outcome.FAIL, {}, (NeededItem("配偶身份证及共同还款承诺书", "申请人已婚，未登记配偶",
                                                  "配偶本人签字"),))]


def _id_card_valid(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    roles = p.get("roles") or ["applicant", "spouse", "guarantor", "group_member", "co_borrower"]
    out: list[Finding] = []
    for person in s.people:
        if person.role not in roles:
            continue
        who = f"{person.role_label}“{person.name}”"
        if person.id_long_term:
            continue
        if person.id_valid_until is None:
            out.append(Finding(Outcome.MISSING, {"who": who}))
        elif person.id_valid_until < s.today:
            out.append(Finding(Outcome.FAIL, {"who": who, "until": person.id_valid_until.isoformat()},
                               (NeededItem(f"{person.role_label}{person.name}的有效身份证", "身份证已过期",
                                           "正反面，在有效期内"),)))
    return out or PASS


def _document_fresh(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    limits: Mapping[str, int] = p.get("max_age_days") or {}
    out: list[Finding] = []
    applicable = False
    for code, days in limits.items():
        try:
            dt = DocType(code)
        except ValueError:
            continue
        docs = [d for d in s.documents if d.doc_type is dt and not d.void]
        if not docs:
            continue  # absence is the completeness rules' business
        applicable = True
        newest = max(docs, key=lambda d: d.issued_on or d.uploaded_on)
        issued = newest.issued_on or newest.uploaded_on
        age = (s.today - issued).days
        if age > int(days):
            label = DOC_TYPE_LABELS[dt]
            out.append(Finding(Outcome.FAIL, {"doc": label, "issued": issued.isoformat(), "days": days, "age": age},
                               (NeededItem(f"最新{label}", f"现有{label}出具于 {issued.isoformat()}，超过 {days} 天",
                                           f"近 {days} 天内出具"),)))
    if out:
        return out
    return PASS if applicable else NA


def _credit_auth_present(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    """The applicant's 授权书 is a document; spouse/guarantors' are flags on their records."""
    out: list[Finding] = []
    has_doc = any(d.doc_type is DocType.CREDIT_AUTH and not d.void for d in s.documents)
    if not has_doc and s.applicant.credit_auth is not True:
        out.append(Finding(Outcome.FAIL, {"who": f"借款人“{s.applicant.name}”"},
                           (NeededItem("个人征信查询授权书（借款人）", "缺失", "借款人本人签字"),)))
    others = p.get("also_for") or ["spouse", "guarantor", "group_member"]
    for person in s.people[1:]:
        if person.role not in others:
            continue
        who = f"{person.role_label}“{person.name}”"
        if person.credit_auth is None:
            out.append(Finding(Outcome.MISSING, {"who": who}))
        elif not person.credit_auth:
            out.append(Finding(Outcome.FAIL, {"who": who},
                               (NeededItem(f"个人征信查询授权书（{person.role_label}{person.name}）", "缺失",
                                           "本人签字"),)))
    return out or PASS


def _applicant_age(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    lo = s.min_age if s.min_age is not None else p.get("min_age", 18)
    hi = s.max_age if s.max_age is not None else p.get("max_age", 65)
    age = s.age
    if age is None:
        return [Finding(Outcome.MISSING)]
    if lo <= age <= hi:
        return PASS
    return [Finding(Outcome.FAIL, {"age": age, "min_age": lo, "max_age": hi, "product": s.product_name})]


def _guarantor_not_applicant(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if not s.guarantors:
        return NA
    mine = _canon_id(s.applicant.id_number)
    out = [Finding(Outcome.FAIL, {"name": g.name}) for g in s.guarantors
           if (mine and _canon_id(g.id_number) == mine) or (g.name == s.applicant.name and not g.id_number)]
    return out or PASS


def _guarantor_not_spouse(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if not s.guarantors:
        return NA
    spouse = _canon_id(s.spouse.id_number) if s.spouse is not None else ""
    out = [Finding(Outcome.FAIL, {"name": g.name}) for g in s.guarantors
           if (spouse and _canon_id(g.id_number) == spouse) or "配偶" in g.relation or "夫" in g.relation
           or "妻" in g.relation]
    return out or PASS


def _canon_id(text: str) -> str:
    try:
        return parse_id_number(text).number
    except InvalidIdNumber:
        return (text or "").strip().upper()


def _id_numbers_valid(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    out: list[Finding] = []
    for person in s.people:
        if not person.id_number:
            out.append(Finding(Outcome.MISSING, {"who": person.role_label, "name": person.name}))
            continue
        try:
            parse_id_number(person.id_number, today=s.today)
        except InvalidIdNumber as exc:
            out.append(Finding(Outcome.FAIL, {"who": person.role_label, "name": person.name, "reason": str(exc)}))
    return out or PASS


def _income_vs_statement(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    declared = s.declared_monthly_income
    if declared is None or declared <= 0:
        return NA  # no declared income: the DTI rule reports it
    stmt = s.statement_monthly_income
    if stmt is None:
        # Only demand the figure when there are statements on file to compute it from.
        if any(d.doc_type is DocType.BANK_STATEMENT and not d.void for d in s.documents):
            return [Finding(Outcome.MISSING, {"declared": _yuan(declared)})]
        return NA
    tol = Decimal(str(p.get("tolerance", 0.3)))
    if declared <= stmt * (1 + tol):
        return PASS
    diff = (declared - stmt) / stmt if stmt > 0 else Decimal(1)
    return [Finding(Outcome.FAIL, {"declared": _yuan(declared), "statement": _yuan(stmt), "diff_pct": _pct(diff),
                                   "tolerance_pct": _pct(tol)},
                    (NeededItem("其他收入证明", "申报收入与银行流水不符", "如销售合同、补贴发放记录、单位收入证明"),))]


def _county(region: str) -> str:
    return region[:6] if len(region) >= 6 and region[:6].isdigit() else ""


def _address_vs_hukou(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if not s.hukou_address and not s.hukou_region:
        return [Finding(Outcome.MISSING)]
    if not s.current_address and not s.current_region:
        return [Finding(Outcome.MISSING)]
    a, b = _county(s.hukou_region), _county(s.current_region)
    if a and b:
        same = a == b
    else:
        # No codes: compare the text up to the county-level word (县/区/市 after the first 2 chars).
        same = _county_text(s.hukou_address) == _county_text(s.current_address)
    if same:
        return PASS
    return [Finding(Outcome.FAIL, {"current": s.current_address or s.current_region,
                                   "hukou": s.hukou_address or s.hukou_region})]


def _county_text(address: str) -> str:
    t = "".join(address.split())
    for i, ch in enumerate(t):
        if i >= 2 and ch in "县区旗":
            return t[: i + 1]
    return t[:6]


def _blacklist(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if not s.blacklist_hits:
        return PASS
    return [Finding(Outcome.FAIL, {"hits": "；".join(s.blacklist_hits)})]


def _current_overdue(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    c = s.credit
    if c is None or (c.current_overdue_count is None and c.current_overdue_amount is None):
        return [Finding(Outcome.MISSING)]
    count = c.current_overdue_count or 0
    amount = c.current_overdue_amount or Decimal(0)
    if count <= 0 and amount <= 0:
        return PASS
    return [Finding(Outcome.FAIL, {"count": count, "amount": _yuan(amount)},
                    (NeededItem("逾期结清证明", "征信报告显示当前逾期", "由放款机构出具"),))]


def _multi_lender(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    c = s.credit
    if c is None or c.lenders_6m is None:
        return [Finding(Outcome.MISSING)]
    limit = int(p.get("max_lenders_6m", 3))
    if c.lenders_6m <= limit:
        return PASS
    return [Finding(Outcome.FAIL, {"lenders": c.lenders_6m, "max": limit})]


def _credit_inquiries(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    c = s.credit
    if c is None or c.inquiries_6m is None:
        return [Finding(Outcome.MISSING)]
    limit = int(p.get("max_inquiries_6m", 6))
    if c.inquiries_6m <= limit:
        return PASS
    return [Finding(Outcome.FAIL, {"count": c.inquiries_6m, "max": limit})]


def _overdue_history(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    c = s.credit
    if c is None or c.overdue_count is None:
        return [Finding(Outcome.MISSING)]
    limit = int(p.get("max_overdue_count", 6))
    if c.overdue_count <= limit:
        return PASS
    return [Finding(Outcome.FAIL, {"count": c.overdue_count, "max": limit})]


def dti_of(s: ReviewSnapshot) -> Decimal | None:
    """(existing monthly repayments + this loan's monthly payment) / monthly income."""
    income = s.declared_monthly_income
    if income is None or income <= 0:
        return None
    debt = (s.existing_monthly_repayment or Decimal(0)) + (s.new_monthly_payment or Decimal(0))
    return debt / income


def _dti_limit(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    limit = s.dti_limit if s.dti_limit is not None else Decimal(str(p.get("max_dti", 0.55)))
    dti = dti_of(s)
    if dti is None:
        return [Finding(Outcome.MISSING, {"limit_pct": _pct(limit)},
                        (NeededItem("收入证明", "缺少月收入，无法计算负债收入比", ""),))]
    if dti <= limit:
        return PASS
    return [Finding(Outcome.FAIL, {"dti_pct": _pct(dti), "limit_pct": _pct(limit),
                                   "existing": _yuan(s.existing_monthly_repayment or Decimal(0)),
                                   "new": _yuan(s.new_monthly_payment), "income": _yuan(s.declared_monthly_income)})]


def _age_at_maturity(s: ReviewSnapshot, p: Mapping[str, Any]) -> list[Finding]:
    if s.birth_date is None:
        return [Finding(Outcome.MISSING)]
    limit = s.max_age_at_maturity if s.max_age_at_maturity is not None else int(p.get("max_age_at_maturity", 65))
    maturity = _add_months(s.today, s.term_months)
    age = _age_on(s.birth_date, maturity)
    if age <= limit:
        return PASS
    return [Finding(Outcome.FAIL, {"age_at_maturity": age, "max": limit, "maturity": maturity.isoformat()})]


CHECKS: dict[str, Check] = {
    "checklist_required": Check(_check_checklist(DocStatus.MISSING, required=True), {}, "必备资料齐全"),
    "checklist_expired": Check(_check_checklist(DocStatus.EXPIRED, required=None), {}, "资料未过期"),
    "checklist_optional": Check(_check_checklist(DocStatus.MISSING, required=False), {}, "可选资料"),
    "guarantors_present": Check(_guarantors_present, {"min_guarantors": int, "min_group_members": int}),
    "guarantee_type_allowed": Check(_guarantee_allowed),
    "spouse_recorded": Check(_spouse_recorded),
    "id_card_valid": Check(_id_card_valid, {"roles": list}),
    "document_fresh": Check(_document_fresh, {"max_age_days": dict}),
    "credit_auth_present": Check(_credit_auth_present, {"also_for": list}),
    "applicant_age": Check(_applicant_age, {"min_age": int, "max_age": int}),
    "guarantor_not_applicant": Check(_guarantor_not_applicant),
    "guarantor_not_spouse": Check(_guarantor_not_spouse),
    "id_numbers_valid": Check(_id_numbers_valid),
    "income_vs_statement": Check(_income_vs_statement, {"tolerance": (int, float)}),
    "address_vs_hukou": Check(_address_vs_hukou),
    "blacklist": Check(_blacklist),
    "current_overdue": Check(_current_overdue),
    "multi_lender": Check(_multi_lender, {"max_lenders_6m": int}),
    "credit_inquiries": Check(_credit_inquiries, {"max_inquiries_6m": int}),
    "overdue_history": Check(_overdue_history, {"max_overdue_count": int}),
    "dti_limit": Check(_dti_limit, {"max_dti": (int, float)}),
    "age_at_maturity": Check(_age_at_maturity, {"max_age_at_maturity": int}),
}


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, values: Mapping[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _Safe(values))
    except (ValueError, IndexError, AttributeError):  # a broken template must not stop a review
        return template


_RANK = {Outcome.FAIL: 3, Outcome.MISSING: 2, Outcome.PASS: 1, Outcome.NOT_APPLICABLE: 0}


def evaluate_rule(rule: Rule, snap: ReviewSnapshot) -> RuleResult:
    findings = CHECKS[rule.check].fn(snap, rule.params)
    worst = max((f.outcome for f in findings), key=lambda o: _RANK[o], default=Outcome.NOT_APPLICABLE)
    if worst in (Outcome.PASS, Outcome.NOT_APPLICABLE):
        return RuleResult(rule.code, rule.title, rule.category, rule.severity, worst)
    bad = [f for f in findings if f.outcome in (Outcome.FAIL, Outcome.MISSING)]
    message = "\n".join(dict.fromkeys(_render(rule.message(f.outcome.value), f.values) for f in bad))
    severity = rule.severity
    if worst is Outcome.MISSING and rule.missing_severity is not None:
        severity = rule.missing_severity
    needed = tuple(n for f in bad for n in f.needed)
    return RuleResult(rule.code, rule.title, rule.category, severity, worst, message, needed)


def evaluate(rule_set: RuleSet, snap: ReviewSnapshot, *, categories: Iterable[str] | None = None) -> RuleReport:
    """Run every enabled rule (optionally only some categories) in rule-set order."""
    wanted = set(categories) if categories is not None else None
    results = tuple(
        evaluate_rule(r, snap) for r in rule_set.rules
        if r.enabled and (wanted is None or r.category in wanted)
    )
    return RuleReport(rule_set.rule_set_id, rule_set.version, results)
