"""Builders for the approval/contract/disbursement tests: real applications pushed through the real
services up to 待审批 (and beyond), on the `db` fixture's encrypted database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from loandesk.services import applications as apps
from loandesk.services import approval, auth, contracts
from loandesk.services.context import Actor
from loandesk.services.customers import BankAccountInput
from loandesk.store.attachments import BlobStore
from loandesk.store.database import Database
from loandesk.store.models.applications import RiskAssessment
from loandesk.store.models.auth import User
from tests.conftest import PASSWORD
from tests.services.applications_support import (
    attach,
    customer_input,
    guarantor,
    make_application,
    make_customer,
    png,
    seed_products,
)

OPINION = "资料齐全，收入稳定，还款来源可靠，同意。"


def luhn_card(prefix: str = "622848040256489001") -> str:
    """A Luhn-valid UnionPay-style card number (fictitious)."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)


CARD = luhn_card()
BANK = BankAccountInput(account_type="card", account_no=CARD, bank_name="示例农商银行城关支行")


def long_term_product(db: Database, code: str = "ZF-30") -> str:
    """A 30-year product version (the default catalogue stops at 5 years), written directly:
    only the contract tests and the 360-row benchmark need one."""
    from datetime import date as _date

    from loandesk.domain.documents import DEFAULT_CHECKLISTS
    from loandesk.store.models.applications import LoanProduct, ProductVersion

    seed_products(db)
    with db.write() as s:
        p = LoanProduct(code=code, name="农房建设贷款", product_type="农户住房贷款", current_version_no=1)
        s.add(p)
        s.flush()
        s.add(ProductVersion(
            product_id=p.id, version_no=1, name="农房建设贷款", product_type="农户住房贷款", min_amount_fen=5_000_000,
            max_amount_fen=100_000_000, min_term_months=12, max_term_months=360,
            repayment_methods=json.dumps(["equal_installment", "equal_principal"]), rate_type="fixed",
            annual_rate="0.049", guarantee_types=json.dumps(["credit", "guarantor", "mortgage"]),
            checklist=json.dumps(DEFAULT_CHECKLISTS["farmer_credit"].to_dict(), ensure_ascii=False),
            min_age=18, max_age=60, max_age_at_maturity=80, effective_from=_date(2026, 1, 1),
        ))
        return p.id


def required_docs(db: Database, product_id: str) -> tuple:
    """The farmer documents plus every required item of the product's current checklist."""
    from loandesk.domain.documents import Checklist
    from loandesk.store.models.applications import LoanProduct, ProductVersion
    from tests.services.applications_support import FARMER_DOCS

    with db.read() as s:
        p = s.get(LoanProduct, product_id)
        v = s.scalar(select(ProductVersion).where(ProductVersion.product_id == p.id,
                                                  ProductVersion.version_no == p.current_version_no))
        checklist = Checklist.from_dict(json.loads(v.checklist))
    wanted = list(FARMER_DOCS)
    for item in checklist.items:
        if item.required and item.doc_type not in wanted:
            wanted.append(item.doc_type)
    return tuple(wanted)


def add_approver(db: Database, username: str, limit_yuan: int, name: str = "") -> Actor:
    """Another approver with the given 授权额度 (yuan)."""
    with db.write() as s:
        auth.create_user(s, None, username, name or username, "approver", PASSWORD,
                         approval_limit_fen=limit_yuan * 100, must_change_password=False)
    with db.read() as s:
        return auth.actor_for(s.scalar(select(User).where(User.username == username)))


def assess(db: Database, actor: Actor, app_id: str, *, grade: str = "B", suggestion: str = "approve") -> None:
    """A risk assessment row for this round (the scoring service is another module's; the approval
    module only reads the latest row)."""
    try:
        from loandesk.services import risk_assessment  # type: ignore[attr-defined]
    except ImportError:
        risk_assessment = None
    with db.write() as s:
        if risk_assessment is not None and hasattr(risk_assessment, "assess"):
            risk_assessment.assess(s, actor, app_id)
            return
        seq = (s.scalar(select(func.max(RiskAssessment.seq)).where(RiskAssessment.application_id == app_id)) or 0) + 1
        s.add(RiskAssessment(
            application_id=app_id, seq=seq, assessed_by=actor.user_id, assessed_by_name=actor.display_name,
            pack_id="test-pack", score=612, pd=0.043, grade=grade,
            contributions=json.dumps([["income", "月收入", "8000+", 35.0], ["age", "年龄", "35-45", -12.5]],
                                     ensure_ascii=False),
            reasons=json.dumps(["征信查询次数偏多"], ensure_ascii=False), hard_rules="[]", hard_block=False,
            dti="0.21", suggestion=suggestion, suggestion_text="评分良好，建议通过", inputs="{}",
        ))


def to_pending_approval(db: Database, actors: dict[str, Actor], app_id: str) -> None:
    """待审核 → (reviewer) 待评估 → (assessed) 待审批."""
    with db.write() as s:
        apps.claim(s, actors["reviewer"], app_id)
        apps.pass_review(s, actors["reviewer"], app_id, comment="已核实原件，提示项已与客户确认。")
    assess(db, actors["reviewer"], app_id)
    with db.write() as s:
        apps.complete_assessment(s, actors["reviewer"], app_id, comment="评估完成")


def pending_case(db: Database, actors: dict[str, Actor], *, product: str = "NH-XY", amount: str = "50000",
                 term: int = 12, method: str = "equal_installment", guarantee: str = "credit",
                 parties: tuple = (), **customer_over: object) -> tuple[str, str, dict[str, str]]:
    """An application entered by `clerk`, reviewed by `reviewer`, assessed, now 待审批."""
    codes = seed_products(db)
    if product == "ZF-30":
        codes["ZF-30"] = long_term_product(db)
    customer_over.setdefault("bank", BANK)
    cid = make_customer(db, actors["clerk"], **customer_over)
    attach(db, actors["clerk"], cid, required_docs(db, codes[product]))
    app_id = make_application(db, actors["clerk"], cid, codes[product], amount=Decimal(amount), term_months=term,
                              repayment_method=method, guarantee_type=guarantee, parties=parties)
    with db.write() as s:
        apps.submit(s, actors["clerk"], app_id)
    to_pending_approval(db, actors, app_id)
    return app_id, cid, codes


def approved_case(db: Database, actors: dict[str, Actor], **kw: object) -> str:
    app_id, _cid, _codes = pending_case(db, actors, **kw)
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", OPINION)
    return app_id


def contract_case(db: Database, actors: dict[str, Actor], *, start: date | None = None, **kw: object
                  ) -> contracts.ContractView:
    app_id = approved_case(db, actors, **kw)
    with db.write() as s:
        return contracts.generate_contract(s, actors["approver"], app_id, blobs=BlobStore.of(db), start_date=start)


def signed_case(db: Database, actors: dict[str, Actor], **kw: object) -> contracts.ContractView:
    view = contract_case(db, actors, **kw)
    with db.write() as s:
        contracts.issue_print(s, actors["clerk"], view.id, blobs=BlobStore.of(db))
    with db.write() as s:
        return contracts.register_signing(s, actors["clerk"], view.id, signed_on=approval.today_china(),
                                          scan_name="signed.png", scan=png(f"signed {view.contract_no}"),
                                          blobs=BlobStore.of(db))


__all__ = ["OPINION", "add_approver", "approved_case", "assess", "contract_case", "customer_input", "guarantor",
           "pending_case", "replace", "signed_case", "to_pending_approval"]
