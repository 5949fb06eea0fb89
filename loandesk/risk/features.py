"""LoanDesk-native applicant features used by the scorecard.

The scorecard never sees raw German-credit columns: training goes through an adapter
(:mod:`loandesk.risk.german`) onto :class:`ApplicantFeatures`, so the very same pack scores
applications built by the service layer from a customer record and a loan application.

Protected attributes (sex, marital status, nationality / foreign-worker status) are deliberately
absent: they are not fields here, so no pack can use them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Literal

FieldKind = Literal["numeric", "categorical"]

#: Attributes that must never become model inputs (fair-lending rule; checked by tests and on pack load).
PROTECTED_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "sex",
        "gender",
        "marital_status",
        "personal_status",
        "personal_status_and_sex",
        "foreign_worker",
        "nationality",
        "ethnicity",
        "religion",
    }
)


@dataclass(frozen=True)
class FieldSpec:
    """Static description of one applicant field (label, kind, codes, wording for reasons)."""

    name: str
    label: str
    kind: FieldKind
    unit: str = ""
    #: category code -> Chinese label (categorical fields only, in display order).
    categories: tuple[tuple[str, str], ...] = ()
    #: Words for "low" / "high" values of a numeric field, used in reason texts.
    low_word: str = "偏低"
    high_word: str = "偏高"
    #: Fixed candidate cut points (numeric fields derived from coarse bands); empty = quantiles.
    candidate_cuts: tuple[float, ...] = ()
    #: Significant digits to round quantile cut points to (readable, population-stable edges).
    cut_digits: int = 0
    #: Integer-valued numeric field (bin labels shown as closed integer ranges).
    integer: bool = False
    #: Yes/no fields: wording for "yes" and for "no" (bin labels and reasons).
    yes_no_text: tuple[str, str] = ("", "")

    def category_label(self, code: str) -> str:
        """Chinese label of a category code (the code itself when unknown)."""
        return dict(self.categories).get(code, code)


_YES_NO = (("yes", "是"), ("no", "否"))

FIELD_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "account_balance_band",
        "活期账户余额档次",
        "categorical",
        categories=(
            ("none", "无活期账户"),
            ("negative", "透支或负余额"),
            ("low", "余额较低"),
            ("high", "余额较高或工资代发满1年"),
        ),
    ),
    FieldSpec(
        "term_months", "贷款期限", "numeric", unit="个月", low_word="较短", high_word="较长", integer=True
    ),
    FieldSpec(
        "credit_history",
        "征信记录",
        "categorical",
        categories=(
            ("no_credit", "无信贷记录"),
            ("all_paid", "本行贷款均已按时还清"),
            ("paid_duly", "现有贷款正常还款"),
            ("delayed", "曾有逾期"),
            ("critical", "关注账户或他行另有贷款"),
        ),
    ),
    FieldSpec(
        "purpose",
        "贷款用途",
        "categorical",
        categories=(
            ("agriculture", "农业生产"),
            ("business", "经营周转"),
            ("car_new", "购车（新车）"),
            ("car_used", "购车（二手车）"),
            ("furniture", "家具及设备"),
            ("appliance", "家电"),
            ("renovation", "装修及维修"),
            ("education", "教育"),
            ("training", "职业培训"),
            ("medical", "医疗"),
            ("travel", "旅游"),
            ("other", "其他"),
        ),
    ),
    FieldSpec(
        "amount_yuan", "贷款金额", "numeric", unit="元", low_word="较小", high_word="较大", cut_digits=2
    ),
    FieldSpec(
        "savings_band",
        "储蓄存款档次",
        "categorical",
        categories=(
            ("none", "无存款或不详"),
            ("low", "存款较少"),
            ("medium", "存款一般"),
            ("high", "存款较多"),
            ("very_high", "存款很多"),
        ),
    ),
    FieldSpec(
        "employment_years",
        "现职工作年限",
        "numeric",
        unit="年",
        low_word="较短",
        high_word="较长",
        candidate_cuts=(1.0, 4.0, 7.0),
    ),
    FieldSpec(
        "installment_burden_pct",
        "月供收入比",
        "numeric",
        unit="%",
        low_word="较低",
        high_word="较高",
        candidate_cuts=(20.0, 25.0, 35.0),
    ),
    FieldSpec(
        "has_guarantor", "保证人", "categorical", categories=_YES_NO, yes_no_text=("有保证人", "无保证人")
    ),
    FieldSpec(
        "has_co_applicant",
        "共同借款人",
        "categorical",
        categories=_YES_NO,
        yes_no_text=("有共同借款人", "无共同借款人"),
    ),
    FieldSpec(
        "residence_years",
        "现住址居住年限",
        "numeric",
        unit="年",
        low_word="较短",
        high_word="较长",
        candidate_cuts=(1.0, 4.0, 7.0),
    ),
    FieldSpec(
        "property_type",
        "主要财产",
        "categorical",
        categories=(
            ("real_estate", "房产"),
            ("insurance", "储蓄型保险或住房储蓄"),
            ("car_other", "车辆或其他财产"),
            ("none", "无财产或不详"),
        ),
    ),
    FieldSpec("age", "年龄", "numeric", unit="岁", low_word="较小", high_word="较大", integer=True),
    FieldSpec(
        "other_loans",
        "其他分期贷款",
        "categorical",
        categories=(("bank", "有银行分期"), ("stores", "有商户分期"), ("none", "无")),
    ),
    FieldSpec(
        "housing",
        "住房情况",
        "categorical",
        categories=(("own", "自有住房"), ("rent", "租房"), ("free", "免费居住（借住）")),
    ),
    FieldSpec(
        "existing_credits_count",
        "本行现有贷款笔数",
        "numeric",
        unit="笔",
        low_word="较少",
        high_word="较多",
        candidate_cuts=(2.0, 3.0, 4.0),
        integer=True,
    ),
    FieldSpec(
        "occupation",
        "职业",
        "categorical",
        categories=(
            ("unemployed_unskilled", "无业或非本地非技术人员"),
            ("unskilled", "非技术工人"),
            ("skilled", "技术工人或普通职员"),
            ("management", "管理人员、个体经营或高技能人员"),
        ),
    ),
    FieldSpec(
        "dependants",
        "供养人数",
        "numeric",
        unit="人",
        low_word="较少",
        high_word="较多",
        candidate_cuts=(2.0,),
        integer=True,
    ),
    FieldSpec(
        "has_phone", "登记电话", "categorical", categories=_YES_NO, yes_no_text=("已登记电话", "未登记电话")
    ),
)

FIELD_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELD_SPECS}
FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in FIELD_SPECS)


@dataclass(frozen=True)
class ApplicantFeatures:
    """One application as the scorecard sees it. ``None`` means "not known" (scored conservatively).

    Categorical fields take the codes of :data:`FIELD_SPECS` (their Chinese labels are accepted too);
    boolean fields may be ``True``/``False``.
    """

    account_balance_band: str | None = None  # 活期账户余额档次
    term_months: int | None = None  # 贷款期限（月）
    credit_history: str | None = None  # 征信记录
    purpose: str | None = None  # 贷款用途
    amount_yuan: Decimal | None = None  # 贷款金额（元）
    savings_band: str | None = None  # 储蓄存款档次
    employment_years: float | None = None  # 现职工作年限；0 = 无业
    installment_burden_pct: float | None = None  # 月供 / 可支配收入（%）
    has_guarantor: bool | None = None  # 有保证人
    has_co_applicant: bool | None = None  # 有共同借款人
    residence_years: float | None = None  # 现住址居住年限
    property_type: str | None = None  # 主要财产
    age: int | None = None  # 年龄
    other_loans: str | None = None  # 其他分期贷款
    housing: str | None = None  # 住房情况
    existing_credits_count: int | None = None  # 本行现有贷款笔数
    occupation: str | None = None  # 职业
    dependants: int | None = None  # 供养人数
    has_phone: bool | None = None  # 登记电话


assert tuple(f.name for f in fields(ApplicantFeatures)) == FIELD_NAMES  # keep registry and class in step
assert not PROTECTED_ATTRIBUTES & set(FIELD_NAMES)

# Lookup tables for tolerant category parsing: code, Chinese label, case/space-insensitive.
_CATEGORY_LOOKUP: dict[str, dict[str, str]] = {}
for _spec in FIELD_SPECS:
    if _spec.kind == "categorical":
        table: dict[str, str] = {}
        for _code, _label in _spec.categories:
            table[_code] = _code
            table[_code.lower()] = _code
            table[_label] = _code
        if _spec.categories == _YES_NO:
            table.update({"true": "yes", "false": "no", "1": "yes", "0": "no", "有": "yes", "无": "no"})
            if _spec.yes_no_text[0]:
                table.update({_spec.yes_no_text[0]: "yes", _spec.yes_no_text[1]: "no"})
        _CATEGORY_LOOKUP[_spec.name] = table


MISSING = "\x00missing"
UNKNOWN = "\x00unknown"


def normalize_category(field: str, value: Any) -> str:
    """Map a raw categorical value to its code, or to :data:`MISSING` / :data:`UNKNOWN`."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and math.isnan(value):
        return MISSING
    text = str(value).strip()
    if not text:
        return MISSING
    table = _CATEGORY_LOOKUP[field]
    code = table.get(text)
    if code is None:
        code = table.get(text.lower())
    return code if code is not None else UNKNOWN


def normalize_numeric(value: Any) -> float:
    """Convert a numeric field value to float; NaN marks missing. Raises ValueError on garbage."""
    if value is None:
        return math.nan
    if isinstance(value, bool):
        raise ValueError("布尔值不能作为数值")
    if isinstance(value, int | float | Decimal):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "")
        if not text:
            return math.nan
        number = float(text)
    if math.isinf(number):
        raise ValueError("数值无效")
    return number


def features_to_columns(items: list[ApplicantFeatures]) -> dict[str, list[Any]]:
    """Turn a list of feature records into field-name -> values columns (for the batch scorer)."""
    return {name: [getattr(item, name) for item in items] for name in FIELD_NAMES}


def columns_length(columns: Mapping[str, Any]) -> int:
    """Row count of a columns mapping; all columns must have the same length."""
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise ValueError("各列长度不一致")
    return lengths.pop() if lengths else 0
