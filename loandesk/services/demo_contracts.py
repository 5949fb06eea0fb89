"""Demo seeder for the steps after approval: contracts, signing, disbursement, one loan account.

Runs after ``demo_loans`` (which leaves a few applications 已批准). Through the real services,
so the demo shows the real thing: of the approved applications, the newest stays 待生成合同, the
next gets a contract that is printed and signed (待放款), the rest are disbursed and show up in
贷后管理. The signed copies are synthetic images marked 演示. Demo databases only.
"""

from __future__ import annotations

import io
import logging

from sqlalchemy import select

from loandesk.services import approval, contracts, disbursement
from loandesk.services import settings as settings_service
from loandesk.services.auth import actor_for
from loandesk.services.context import Actor
from loandesk.store.attachments import BlobStore
from loandesk.store.database import Database
from loandesk.store.models.auth import User

log = logging.getLogger(__name__)

LENDER = "演示农村商业银行股份有限公司"


def _signed_scan(contract_no: str) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (1240, 1754), (252, 252, 248))
    d = ImageDraw.Draw(im)
    d.rectangle((40, 40, 1200, 1714), outline=(60, 60, 60), width=3)
    d.text((80, 80), f"DEMO SIGNED COPY {contract_no}", fill=(30, 30, 30))
    d.ellipse((900, 1450, 1100, 1650), outline=(200, 30, 30), width=6)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _actor(db: Database, role: str, highest: bool = False) -> Actor | None:
    with db.read() as s:
        q = select(User).where(User.role == role, User.active.is_(True))
        q = q.order_by(User.approval_limit_fen.desc() if highest else User.username)
        u = s.scalar(q.limit(1))
        return actor_for(u) if u else None


def seed_demo(db: Database) -> None:
    if not db.is_demo:
        raise RuntimeError("demo contracts only go into a demo database")
    approver = _actor(db, "approver", highest=True)
    clerk = _actor(db, "clerk")
    admin = _actor(db, "admin")
    if approver is None or clerk is None:
        return
    if admin is not None:
        with db.write() as s:
            settings_service.put(s, admin, "contract.lender_name", LENDER)
    blobs = BlobStore.of(db)
    with db.read() as s:
        items = contracts.contract_worklist(s, approver, stages=("to_generate",))
    items.sort(key=lambda i: i.approved_at.timestamp() if i.approved_at else 0.0, reverse=True)
    today = approval.today_china()
    for k, item in enumerate(items):
        if k == 0:
            continue  # one stays 待生成合同 for the approver to try
        try:
            with db.write() as s:
                view = contracts.generate_contract(s, approver, item.application_id, blobs=blobs)
            with db.write() as s:
                contracts.issue_print(s, clerk, view.id, blobs=blobs)
            with db.write() as s:
                contracts.register_signing(s, clerk, view.id, signed_on=today, scan_name="借款合同签署件.png",
                                           scan=_signed_scan(view.contract_no), blobs=blobs)
            if k == 1:
                continue  # one waits for 放款
            with db.read() as s:
                account = contracts.contract_data(s, view.id).disbursement_account
            digits = "".join(ch for ch in account if ch.isdigit())
            with db.write() as s:
                disbursement.disburse(s, clerk, view.id, disbursed_on=today, account=digits, amount=view.amount)
        except Exception as exc:  # a demo must open even if one synthetic case cannot be carried through
            # Type only: exception text can hold names and ID numbers (logs hold no personal data).
            log.warning("demo contract for %s not completed: %s", item.application_no, type(exc).__name__)
