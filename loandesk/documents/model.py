"""Plain, frozen input data for the document renderers.

Why plain values: renderers run on a worker thread, far from the database session, so the
service layer copies what is needed into these dataclasses (no ORM objects, no lazy loads).
Whether identity numbers are masked is the caller's decision; contracts print them in full by
necessity (domain-rules §7) and the caller audits the print.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loandesk.domain.schedule import Installment

__all__ = [
    "DEFAULT_ALLOCATION_ORDER",
    "GUARANTEE_LABELS",
    "BranchInfo",
    "ContractData",
    "GuaranteeType",
    "Guarantor",
    "NoticeData",
    "Party",
    "SupplementItem",
    "SupplementNoticeData",
]


class GuaranteeType(StrEnum):
    """担保方式 of the loan as a whole."""

    CREDIT = "credit"
    GUARANTOR = "guarantor"
    MORTGAGE = "mortgage"
    PLEDGE = "pledge"
    GROUP = "group"


GUARANTEE_LABELS: dict[GuaranteeType, str] = {
    GuaranteeType.CREDIT: "信用",
    GuaranteeType.GUARANTOR: "保证（连带责任保证）",
    GuaranteeType.MORTGAGE: "抵押",
    GuaranteeType.PLEDGE: "质押",
    GuaranteeType.GROUP: "农户联保（连带责任保证）",
}

# Costs → compound interest → penalty interest → interest → principal: the common contract
# order (domain-rules §5); it is configurable per product, and printed in the contract.
DEFAULT_ALLOCATION_ORDER: tuple[str, ...] = ("实现债权的费用", "复利", "罚息", "利息", "本金")


@dataclass(frozen=True)
class BranchInfo:
    """The lending branch as printed in headers and the lender block."""

    name: str
    code: str
    address: str
    legal_representative: str  # 负责人
    phone: str = ""


@dataclass(frozen=True)
class Party:
    """A natural person signing the contract (borrower or spouse as co-borrower)."""

    name: str
    id_number: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class Guarantor:
    """A guarantor or 联保 group member; ``guarantee_type`` is the mode this person gives."""

    name: str
    id_number: str
    relation: str  # relation to the borrower, e.g. 朋友、亲属、联保小组成员
    guarantee_type: GuaranteeType = GuaranteeType.GUARANTOR
    phone: str = ""
    address: str = ""


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if not isinstance(value, tuple) else value


@dataclass(frozen=True)
class ContractData:
    """Everything a 借款合同 prints.  Rates are fractions (0.0435 = 4.35 %).

    ``verification_code``: leave None; the renderer derives it from the content fingerprint.
    If the caller passes the code it stored earlier, the renderer refuses to print when it no
    longer matches the data (a stale code would make the printed contract unverifiable).
    """

    contract_no: str
    branch: BranchInfo
    lender_name: str
    borrower: Party
    product_name: str
    loan_kind: str  # 借款种类, e.g. 农户小额信用贷款、个人经营性贷款
    purpose: str
    amount: Decimal
    term_months: int
    start_date: date
    maturity_date: date
    repayment_method: str  # code, see loandesk.domain.schedule.METHOD_LABELS
    annual_rate: Decimal  # nominal contract rate, fraction
    rate_basis: str  # e.g. "1年期LPR 3.00% + 150基点"
    guarantee_type: GuaranteeType
    disbursement_account: str
    schedule: tuple[Installment, ...]
    signing_place: str
    created: date
    penalty_uplift: Decimal = Decimal("0.5")  # overdue: rate × (1 + uplift)
    misuse_uplift: Decimal = Decimal("1.0")  # misuse: rate × (1 + uplift)
    spouse: Party | None = None
    guarantors: tuple[Guarantor, ...] = ()
    currency: str = "人民币"
    fees: Decimal = Decimal(0)
    fee_description: str = ""  # what the fees are, printed next to the annualised rate
    repayment_account: str = ""  # defaults to the disbursement account
    rate_adjustment: str = ""  # floating loans: repricing cycle and date; empty = fixed rate
    collateral: str = ""  # mortgage/pledge: description of the secured property
    guarantee_period: str = "主债务履行期限届满之日起三年"
    allocation_order: tuple[str, ...] = DEFAULT_ALLOCATION_ORDER
    dispute_court: str = "贷款人所在地人民法院"
    copies: int = 3  # 本合同一式 N 份
    extra_clauses: tuple[str, ...] = ()
    verification_code: str | None = None

    def __post_init__(self) -> None:
        # Accept lists from callers but store tuples: the object is shared across threads.
        for name in ("schedule", "guarantors", "allocation_order", "extra_clauses"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        object.__setattr__(self, "guarantee_type", GuaranteeType(self.guarantee_type))
        problems = self.problems()
        if problems:
            raise ValueError("合同数据不完整或不一致：" + "；".join(problems))

    def problems(self) -> list[str]:
        """Consistency checks in Chinese; a contract that fails them must not be printed."""
        out: list[str] = []
        if not self.contract_no.strip():
            out.append("缺少合同编号")
        if self.amount <= 0:
            out.append("借款金额必须大于零")
        if self.term_months <= 0:
            out.append("借款期限必须大于零")
        if self.maturity_date <= self.start_date:
            out.append("到期日必须晚于起始日")
        if self.annual_rate < 0:
            out.append("利率不能为负")
        if not self.schedule:
            out.append("缺少还款计划")
        else:
            total = sum((Decimal(i.principal) for i in self.schedule), Decimal(0))
            if total != self.amount:
                out.append(f"还款计划本金合计 {total} 与借款金额 {self.amount} 不一致")
        if self.guarantee_type is GuaranteeType.GUARANTOR and not self.guarantors:
            out.append("保证借款须列明保证人")
        if (
            self.guarantee_type in (GuaranteeType.MORTGAGE, GuaranteeType.PLEDGE)
            and not self.collateral.strip()
        ):
            out.append("抵押/质押借款须写明担保财产")
        if self.copies < 2:
            out.append("合同份数至少两份")
        return out

    def canonical(self) -> dict[str, Any]:
        """Content as JSON-ready plain values, the input of the contract fingerprint.

        Decimals are normalised (money to the fen, rates without trailing zeros) so that
        Decimal("100000") and Decimal("100000.00") give the same fingerprint.
        """
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "verification_code":
                continue
            out[f.name] = _plain(getattr(self, f.name), f.name)
        return out


_MONEY_FIELDS = frozenset({"amount", "fees", "principal", "interest", "payment", "balance"})


def _plain(value: Any, name: str = "") -> Any:
    if isinstance(value, Decimal):
        if name in _MONEY_FIELDS:
            return f"{value.quantize(Decimal('0.01')):f}"
        normal = value.normalize()
        return f"{normal:f}"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_plain(v, name) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    # Dataclasses (Party, BranchInfo, Guarantor, Installment) and similar plain objects.
    attrs = getattr(value, "__dataclass_fields__", None)
    if attrs is not None:
        return {k: _plain(getattr(value, k), k) for k in attrs}
    slots = getattr(value, "__slots__", None)
    if slots:
        return {k: _plain(getattr(value, k), k) for k in slots}
    raise TypeError(f"无法序列化合同字段 {name}: {type(value).__name__}")


@dataclass(frozen=True)
class NoticeData:
    """放款通知书: tells the counter to credit the borrower's account."""

    contract_no: str
    branch: BranchInfo
    borrower_name: str
    borrower_id_number: str
    amount: Decimal
    account: str
    disbursement_date: date
    voucher_no: str  # 借款借据/记账凭证号
    approver: str
    maturity_date: date | None = None
    annual_rate: Decimal | None = None
    product_name: str = ""
    loan_officer: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class SupplementItem:
    """One missing or invalid document and why."""

    name: str  # e.g. 户口簿（户主页及本人页）
    reason: str  # e.g. 缺失 / 已过有效期 / 照片模糊无法识别
    note: str = ""  # what exactly to bring


@dataclass(frozen=True)
class SupplementNoticeData:
    """补件通知书 handed or sent to the customer."""

    branch: BranchInfo
    customer_name: str
    application_no: str
    items: tuple[SupplementItem, ...]
    deadline: date
    contact_name: str
    contact_phone: str
    issued: date
    notice_no: str = ""
    remarks: str = ""
    extra: tuple[tuple[str, str], ...] = ()  # free (label, value) lines, e.g. ("申请产品", "…")

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", _tuple(self.items))
        object.__setattr__(self, "extra", tuple(tuple(p) for p in self.extra))
        if not self.items:
            raise ValueError("补件通知书至少需要列明一项需补充的材料")
