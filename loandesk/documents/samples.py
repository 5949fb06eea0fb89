"""Fictitious sample documents for previews, demo mode, tests and benchmarks.

All persons, numbers and accounts here are invented (ID numbers carry a valid check digit so
validators accept them, but belong to no one).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from loandesk.documents.model import (
    BranchInfo,
    ContractData,
    GuaranteeType,
    Guarantor,
    NoticeData,
    Party,
    SupplementItem,
    SupplementNoticeData,
)
from loandesk.domain.schedule import add_months, build_schedule

__all__ = [
    "SAMPLE_BRANCH",
    "sample_contract_data",
    "sample_notice_data",
    "sample_supplement_data",
]

SAMPLE_BRANCH = BranchInfo(
    name="示例农村商业银行城关支行",
    code="411526001",
    address="河南省信阳市潢川县城关镇示例路88号",
    legal_representative="王建国",
    phone="0376-0000000",
)
SAMPLE_BORROWER = Party(
    name="张三丰",
    id_number="411526198503120018",
    phone="13800000000",
    address="河南省信阳市潢川县示例乡示例村3组",
)
SAMPLE_SPOUSE = Party(
    name="李秀英",
    id_number="411526198706210021",
    phone="13900000000",
    address="河南省信阳市潢川县示例乡示例村3组",
)
SAMPLE_GUARANTORS = (
    Guarantor("赵四海", "411526197901050014", "同村村民", GuaranteeType.GUARANTOR, "13700000000"),
    Guarantor("钱五月", "411526198209180028", "亲属", GuaranteeType.GUARANTOR, "13600000000"),
)


def sample_contract_data(
    *,
    months: int = 12,
    method: str = "equal_installment",
    guarantee: GuaranteeType = GuaranteeType.GUARANTOR,
    amount: Decimal = Decimal("100000.00"),
    annual_rate: Decimal = Decimal("0.045"),
    fees: Decimal = Decimal(0),
    spouse: bool = True,
    start: date = date(2025, 3, 21),
    contract_no: str = "411526001-JK-2025-000123",
    extra_clauses: tuple[str, ...] = (),
) -> ContractData:
    """A complete, consistent contract; the schedule comes from the domain schedule builder."""
    first_due = add_months(start, 1)
    schedule = build_schedule(amount, annual_rate, months, method, first_due, start_date=start)
    guarantors: tuple[Guarantor, ...] = ()
    if guarantee is GuaranteeType.GUARANTOR:
        guarantors = SAMPLE_GUARANTORS
    elif guarantee is GuaranteeType.GROUP:
        guarantors = tuple(
            Guarantor(g.name, g.id_number, "联保小组成员", GuaranteeType.GROUP, g.phone)
            for g in SAMPLE_GUARANTORS
        )
    collateral = ""
    if guarantee is GuaranteeType.MORTGAGE:
        collateral = "借款人名下位于示例乡示例村的房屋（不动产权证号：豫(2023)潢川县不动产权第0000001号）"
    elif guarantee is GuaranteeType.PLEDGE:
        collateral = "借款人持有的本行定期存单（存单号：0000000001，金额人民币伍万元整）"
    return ContractData(
        contract_no=contract_no,
        branch=SAMPLE_BRANCH,
        lender_name="示例农村商业银行股份有限公司",
        borrower=SAMPLE_BORROWER,
        spouse=SAMPLE_SPOUSE if spouse else None,
        guarantors=guarantors,
        product_name="农户小额信用贷款" if guarantee is GuaranteeType.CREDIT else "惠农易贷",
        loan_kind="农户经营性贷款",
        purpose="购买化肥、种子等春耕农资",
        amount=amount,
        term_months=months,
        start_date=start,
        maturity_date=schedule[-1].due_date,
        repayment_method=method,
        annual_rate=annual_rate,
        rate_basis="合同签订日前一工作日公布的1年期LPR 3.00% + 150基点",
        penalty_uplift=Decimal("0.5"),
        misuse_uplift=Decimal("1.0"),
        guarantee_type=guarantee,
        collateral=collateral,
        disbursement_account="6210 0000 0000 0000 018（借款人本人账户）",
        schedule=schedule,
        fees=fees,
        fee_description="贷款服务费" if fees else "",
        signing_place="示例农村商业银行城关支行营业部",
        created=date(2025, 3, 20),
        extra_clauses=extra_clauses,
    )


def sample_notice_data() -> NoticeData:
    return NoticeData(
        contract_no="411526001-JK-2025-000123",
        branch=SAMPLE_BRANCH,
        borrower_name=SAMPLE_BORROWER.name,
        borrower_id_number=SAMPLE_BORROWER.id_number,
        amount=Decimal("100000.00"),
        account="6210 0000 0000 0000 018",
        disbursement_date=date(2025, 3, 21),
        voucher_no="JJ-2025-000456",
        approver="王建国",
        maturity_date=date(2026, 3, 21),
        annual_rate=Decimal("0.045"),
        product_name="惠农易贷",
        loan_officer="刘晓明",
    )


def sample_supplement_data() -> SupplementNoticeData:
    return SupplementNoticeData(
        branch=SAMPLE_BRANCH,
        customer_name=SAMPLE_BORROWER.name,
        application_no="SQ-2025-000789",
        items=(
            SupplementItem(
                "居民身份证（正反面）", "已过有效期（2024年12月31日到期）", "请携带换领后的新证原件"
            ),
            SupplementItem("户口簿（户主页及本人页）", "缺失"),
            SupplementItem("个人征信查询授权书（配偶）", "未签字", "请配偶本人到场签字"),
            SupplementItem("购销合同或报价单", "照片模糊无法辨认", "提供清晰的原件"),
        ),
        deadline=date(2025, 4, 10),
        contact_name="刘晓明",
        contact_phone="0376-0000001",
        issued=date(2025, 3, 27),
        notice_no="BJ-2025-0042",
    )
