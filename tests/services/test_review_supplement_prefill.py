"""退回补件 pre-fill: a blocking rule that asks for no document (the guarantor is the borrower
himself) is listed too; the dialog said "已按规则检查结果预填" over an empty list."""

from __future__ import annotations

from decimal import Decimal

from loandesk.services import applications as apps
from loandesk.services.customers import get_customer
from tests.services.applications_support import (
    attach,
    guarantor,
    make_application,
    make_customer,
    seed_products,
)
from tests.services.loans_support import BANK, required_docs


def test_blocking_rule_without_documents_is_prefilled(db, actors):
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"], bank=BANK)
    with db.write() as s:
        me = get_customer(s, actors["clerk"], cid, unmasked=True)
    attach(db, actors["clerk"], cid, required_docs(db, codes["GR-JY"]))
    app_id = make_application(db, actors["clerk"], cid, codes["GR-JY"], amount=Decimal("60000"), term_months=12,
                              repayment_method="equal_installment", guarantee_type="guarantor",
                              parties=(guarantor(name=me.name, id_number=me.id_number),))
    with db.write() as s:
        apps.submit(s, actors["clerk"], app_id)
        apps.claim(s, actors["reviewer"], app_id)
    with db.read() as s:
        screen = apps.review_screen(s, actors["reviewer"], app_id)
    no_documents = [r for r in screen.report.blocking if not r.needed]
    assert no_documents, "the case needs a blocking rule that asks for no document"
    names = [i.name for i in screen.suggested_items]
    for r in no_documents:
        assert r.title in names
    assert all(len(i.name) <= 60 and len(i.reason) <= 100 for i in screen.suggested_items)
    with db.write() as s:  # what was pre-filled is accepted as it is
        view = apps.return_for_supplement(s, actors["reviewer"], app_id, list(screen.suggested_items))
    assert view.row.state == "supplement"
