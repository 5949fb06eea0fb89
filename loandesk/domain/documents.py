"""Customer documents: the types a loan file holds, per-product checklists and their status.

Pure rules, no I/O. The review module asks "what is missing or stale for this product?"; the
answer depends only on the checklist, the customer's documents and today's date, so it lives
here where it can be tested without a database. Labels are the words clerks use on the counter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

__all__ = [
    "CONSENT_FOR_DOC",
    "DEFAULT_CHECKLISTS",
    "DEFAULT_MAX_AGE_DAYS",
    "DOC_TYPE_LABELS",
    "Checklist",
    "ChecklistError",
    "ChecklistItem",
    "DocStatus",
    "DocType",
    "DocumentFact",
    "ItemStatus",
    "checklist_status",
    "doc_type_from_label",
    "sanitize_filename",
]


class DocType(StrEnum):
    ID_FRONT = "id_front"
    ID_BACK = "id_back"
    HUKOU = "hukou"
    MARRIAGE = "marriage"
    INCOME = "income"
    BANK_STATEMENT = "bank_statement"
    PROPERTY = "property"
    VEHICLE = "vehicle"
    DEPOSIT = "deposit"
    CREDIT_REPORT = "credit_report"
    CREDIT_AUTH = "credit_auth"
    PI_CONSENT = "pi_consent"
    BUSINESS_LICENCE = "business_licence"
    LAND_CONTRACT = "land_contract"
    GUARANTOR = "guarantor"
    OTHER = "other"


# Sensitive personal information (PIPL art. 28: identity documents, financial accounts, credit
# records) and the consent kind that must be on record before a scan of it is stored (issue 3 §8;
# 征信业管理条例 art. 18 for the credit report). The consent forms themselves need none: they are
# what the consent is recorded from.
CONSENT_FOR_DOC: dict[DocType, str] = {
    DocType.ID_FRONT: "pi_sensitive",
    DocType.ID_BACK: "pi_sensitive",
    DocType.BANK_STATEMENT: "pi_sensitive",
    DocType.DEPOSIT: "pi_sensitive",
    DocType.CREDIT_REPORT: "credit_query",
}

DOC_TYPE_LABELS: dict[DocType, str] = {
    DocType.ID_FRONT: "身份证正面",
    DocType.ID_BACK: "身份证反面",
    DocType.HUKOU: "户口本",
    DocType.MARRIAGE: "结婚证",
    DocType.INCOME: "收入证明",
    DocType.BANK_STATEMENT: "银行流水",
    DocType.PROPERTY: "房产证",
    DocType.VEHICLE: "行驶证",
    DocType.DEPOSIT: "存款证明",
    DocType.CREDIT_REPORT: "征信报告",
    DocType.CREDIT_AUTH: "征信查询授权书",
    DocType.PI_CONSENT: "个人信息授权书",
    DocType.BUSINESS_LICENCE: "营业执照",
    DocType.LAND_CONTRACT: "土地承包经营权证",
    DocType.GUARANTOR: "担保人资料",
    DocType.OTHER: "其他",
}

# How old a document may be before it no longer proves anything (days from its issue date, or
# from the upload date when the clerk did not record one). Common branch practice; products
# override per item and settings may override per type.
DEFAULT_MAX_AGE_DAYS: dict[DocType, int] = {
    DocType.CREDIT_REPORT: 30,
    DocType.BANK_STATEMENT: 90,
    DocType.INCOME: 90,
    DocType.DEPOSIT: 30,
}


def doc_type_from_label(text: str) -> DocType:
    """Accept either the code (``id_front``) or the Chinese label (``身份证正面``)."""
    t = (text or "").strip()
    try:
        return DocType(t)
    except ValueError:
        pass
    for k, v in DOC_TYPE_LABELS.items():
        if v == t:
            return k
    raise ChecklistError(f"未知的资料类型：“{t[:30]}”")


class DocStatus(StrEnum):
    RECEIVED = "已收"
    MISSING = "缺失"
    EXPIRED = "过期"


class ChecklistError(ValueError):
    """A checklist definition is malformed; ``str(exc)`` is a Chinese message."""


@dataclass(frozen=True)
class ChecklistItem:
    """One line of a product's checklist. ``max_age_days`` None means "never goes stale"."""

    doc_type: DocType
    required: bool = True
    max_age_days: int | None = None
    hint: str = ""

    @property
    def label(self) -> str:
        return DOC_TYPE_LABELS[self.doc_type]


@dataclass(frozen=True)
class Checklist:
    """The documents a loan product needs. Stored by products as JSON via to_dict/from_dict."""

    code: str
    name: str
    items: tuple[ChecklistItem, ...]

    def __post_init__(self) -> None:
        seen: set[DocType] = set()
        for it in self.items:
            if it.doc_type in seen:
                raise ChecklistError(f"清单“{self.name}”中“{it.label}”重复出现")
            seen.add(it.doc_type)
            if it.max_age_days is not None and it.max_age_days <= 0:
                raise ChecklistError(f"“{it.label}”的有效天数必须为正整数")

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "items": [
                {"doc_type": it.doc_type.value, "required": it.required, "max_age_days": it.max_age_days,
                 "hint": it.hint}
                for it in self.items
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Checklist:
        """Parse product configuration (possibly from head office); every error is Chinese."""
        if not isinstance(data, Mapping):
            raise ChecklistError("资料清单格式错误：应为对象")
        raw_items = data.get("items")
        if not isinstance(raw_items, list):
            raise ChecklistError("资料清单格式错误：缺少 items 列表")
        items = []
        for i, raw in enumerate(raw_items, 1):
            if not isinstance(raw, Mapping):
                raise ChecklistError(f"资料清单第 {i} 项格式错误")
            dt = doc_type_from_label(str(raw.get("doc_type", "")))
            age = raw.get("max_age_days")
            if age is not None and (not isinstance(age, int) or isinstance(age, bool)):
                raise ChecklistError(f"资料清单第 {i} 项的有效天数必须为整数")
            items.append(ChecklistItem(dt, bool(raw.get("required", True)), age, str(raw.get("hint", ""))))
        return cls(str(data.get("code", "")), str(data.get("name", "")), tuple(items))


@dataclass(frozen=True)
class DocumentFact:
    """What the status computation needs to know about one stored document."""

    document_id: str
    doc_type: DocType
    uploaded_on: date
    issued_on: date | None = None
    valid_until: date | None = None
    void: bool = False


@dataclass(frozen=True)
class ItemStatus:
    doc_type: DocType
    label: str
    required: bool
    status: DocStatus
    current_ids: tuple[str, ...] = ()
    expired_ids: tuple[str, ...] = ()
    expires_on: date | None = None  # first day the best current document counts as 过期
    reason: str = ""
    hint: str = field(default="", compare=False)


def _expiry(fact: DocumentFact, max_age: int | None) -> tuple[date | None, str]:
    """First day the document is stale, and a Chinese reason naming the rule that decides it."""
    candidates: list[tuple[date, str]] = []
    if fact.valid_until is not None:
        candidates.append((fact.valid_until + timedelta(days=1), f"有效期至 {fact.valid_until.isoformat()}"))
    if max_age is not None:
        base = fact.issued_on or fact.uploaded_on
        what = "出具" if fact.issued_on else "上传"
        candidates.append((base + timedelta(days=max_age + 1), f"{base.isoformat()} {what}，超过 {max_age} 天"))
    if not candidates:
        return None, ""
    return min(candidates)


def checklist_status(
    checklist: Checklist,
    documents: Iterable[DocumentFact],
    today: date,
    max_age_days: Mapping[DocType, int | None] | None = None,
) -> list[ItemStatus]:
    """已收 / 缺失 / 过期 for every checklist item, in checklist order.

    An item is 已收 when at least one non-void document of its type is still current, 过期 when
    documents exist but all are stale (past ``valid_until`` or older than the allowed age), and
    缺失 otherwise. ``max_age_days`` overrides the item's own limit per type (branch settings).
    """
    by_type: dict[DocType, list[DocumentFact]] = {}
    for d in documents:
        if not d.void:
            by_type.setdefault(d.doc_type, []).append(d)
    out: list[ItemStatus] = []
    for item in checklist.items:
        limit = item.max_age_days
        if max_age_days is not None and item.doc_type in max_age_days:
            limit = max_age_days[item.doc_type]
        current: list[tuple[date | None, DocumentFact]] = []
        stale: list[tuple[str, DocumentFact]] = []
        for d in by_type.get(item.doc_type, []):
            ends, why = _expiry(d, limit)
            if ends is None or today < ends:
                current.append((ends, d))
            else:
                stale.append((why, d))
        if current:
            # The document that stays current longest decides when the item goes stale.
            ends_list = [e for e, _ in current]
            expires_on = None if any(e is None for e in ends_list) else max(e for e in ends_list if e)
            out.append(ItemStatus(item.doc_type, item.label, item.required, DocStatus.RECEIVED,
                                  tuple(d.document_id for _, d in current), tuple(d.document_id for _, d in stale),
                                  expires_on, "", item.hint))
        elif stale:
            latest = max(stale, key=lambda s: s[1].issued_on or s[1].uploaded_on)
            out.append(ItemStatus(item.doc_type, item.label, item.required, DocStatus.EXPIRED, (),
                                  tuple(d.document_id for _, d in stale), None,
                                  f"{item.label}已过期（{latest[0]}），请补充最新的{item.label}", item.hint))
        else:
            out.append(ItemStatus(item.doc_type, item.label, item.required, DocStatus.MISSING, (), (), None,
                                  f"缺少{item.label}" + (f"（{item.hint}）" if item.hint else ""), item.hint))
    return out


def _item(dt: DocType, required: bool = True, hint: str = "") -> ChecklistItem:
    return ChecklistItem(dt, required, DEFAULT_MAX_AGE_DAYS.get(dt), hint)


_BASE = (
    _item(DocType.ID_FRONT, hint="在有效期内"),
    _item(DocType.ID_BACK, hint="在有效期内"),
    _item(DocType.HUKOU, hint="户主页和本人页"),
    _item(DocType.PI_CONSENT, hint="本人签字，单独同意"),
    _item(DocType.CREDIT_AUTH, hint="借款人、配偶、担保人各自签字"),
    _item(DocType.CREDIT_REPORT),
)

DEFAULT_CHECKLISTS: dict[str, Checklist] = {
    "farmer_credit": Checklist("farmer_credit", "农户小额信用贷款", (
        *_BASE,
        _item(DocType.MARRIAGE, False, "已婚提供；离婚证或单身声明请上传为“其他”"),
        _item(DocType.LAND_CONTRACT, False),
        _item(DocType.INCOME, False),
    )),
    "personal": Checklist("personal", "个人消费/经营贷款", (
        *_BASE,
        _item(DocType.MARRIAGE, False, "已婚提供"),
        _item(DocType.INCOME),
        _item(DocType.BANK_STATEMENT, hint="近6个月"),
        _item(DocType.PROPERTY, False),
        _item(DocType.VEHICLE, False),
        _item(DocType.DEPOSIT, False),
    )),
    "business": Checklist("business", "个体工商户经营贷款", (
        *_BASE,
        _item(DocType.BUSINESS_LICENCE),
        _item(DocType.BANK_STATEMENT, hint="近6个月经营流水"),
        _item(DocType.MARRIAGE, False, "已婚提供"),
        _item(DocType.PROPERTY, False),
    )),
    "guaranteed": Checklist("guaranteed", "保证贷款", (
        *_BASE,
        _item(DocType.INCOME),
        _item(DocType.GUARANTOR, hint="担保人身份证、收入及资产证明、保证意愿"),
    )),
}


# --- file names --------------------------------------------------------------------------------

_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.I)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*]')
MAX_NAME_LEN = 100


def sanitize_filename(name: str | None, *, default: str = "未命名") -> str:
    """A display-only name: last path component, no drive/ADS, no control or bidi characters.

    The name is never used as a path (blobs are keyed by UUID), but it is shown to clerks and used
    as the suggested name on export, where ``..\\..\\Windows\\win.ini``, ``CON.jpg``, ``a.jpg:ads``
    or a U+202E "gpj.exe" trick must not survive (reliability-notes T28).
    """
    s = unicodedata.normalize("NFC", str(name or ""))
    s = s.replace("\x00", "")
    s = re.split(r"[/\\]", s)[-1]
    if ":" in s:  # "C:x.jpg" (drive-relative) or "a.jpg:ads" (alternate data stream)
        parts = s.split(":")
        s = parts[1] if len(parts[0]) == 1 and parts[0].isalpha() and len(parts) > 1 else parts[0]
    s = "".join(
        ch for ch in s
        if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    )
    s = _BAD_CHARS.sub("_", s).strip(" .")
    s = re.sub(r"\s+", " ", s)
    if not s:
        return default
    stem, dot, ext = s.rpartition(".")
    if not dot:
        stem, ext = s, ""
    if _WINDOWS_RESERVED.match(stem.strip()) or _WINDOWS_RESERVED.match(s):
        stem = "_" + stem
    ext = ext[:10]
    stem = stem[: MAX_NAME_LEN - len(ext) - 1] if ext else stem[:MAX_NAME_LEN]
    s = f"{stem}.{ext}" if ext else stem
    return s.strip(" .") or default
