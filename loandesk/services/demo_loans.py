"""Demo loan data: the default product catalogue and ~40 applications in every queue.

Runs after the demo customers exist (``loandesk.services.demo_data``); on a database without
enough of them it creates its own handful. Every application goes through the real service calls
(entry, documents, submit, claim, review, assessment, approval), so the demo shows what the
program really produces; only the timestamps are moved back afterwards so queues show realistic
ages. Demo databases only (the launcher guarantees that; nothing here is sent to head office
beyond what the services queue).
"""

from __future__ import annotations

import io
import logging
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loandesk.domain.application_states import AppState
from loandesk.domain.documents import DOC_TYPE_LABELS, DocType
from loandesk.domain.masking import mask_id_number
from loandesk.domain.review_rules import NeededItem
from loandesk.services import applications as apps
from loandesk.services import products, risk_assessment
from loandesk.services.auth import actor_for
from loandesk.services.context import Actor, ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.database import Database
from loandesk.store.models.applications import Application, ApplicationEvent, LoanProduct, ProductVersion
from loandesk.store.models.auth import User
from loandesk.store.models.base import utcnow
from loandesk.store.models.customers import Customer, CustomerProfile

log = logging.getLogger(__name__)


@dataclass
class Spec:
    target: str  # draft | pending_review | claimed | supplement | pending_assessment | assessed |
    #              pending_approval | approved | declined | investigation | rejected_review | withdrawn
    product: str
    hours_ago: float
    missing: tuple[DocType, ...] = ()
    stale_report: bool = False
    statement_gap: bool = False  # bank-statement income far below the declared income
    bad_guarantor: bool = False  # the applicant named as his own guarantor
    blacklist: bool = False
    extra: dict = field(default_factory=dict)


SPECS: tuple[Spec, ...] = (
    # 录入
    Spec("draft", "NH-XY", 3), Spec("draft", "GR-XF", 20), Spec("draft", "NH-SC", 50),
    # 待审核 (some claimed, some with problems the rules find)
    Spec("pending_review", "NH-XY", 2), Spec("pending_review", "NH-XY", 7, missing=(DocType.HUKOU,)),
    Spec("pending_review", "GR-XF", 26, statement_gap=True), Spec("pending_review", "NH-LB", 30),
    Spec("pending_review", "NH-XY", 52, stale_report=True), Spec("pending_review", "GR-JY", 75),
    Spec("pending_review", "NH-SC", 99, bad_guarantor=True), Spec("pending_review", "NH-XY", 140),
    Spec("claimed", "NH-XY", 5), Spec("claimed", "GR-XF", 28, missing=(DocType.CREDIT_AUTH,)),
    Spec("pending_review", "NH-XY", 8, blacklist=True),
    # 补件中
    Spec("supplement", "NH-XY", 30, missing=(DocType.HUKOU, DocType.MARRIAGE)),
    Spec("supplement", "GR-XF", 70, stale_report=True), Spec("supplement", "NH-LB", 120, missing=(DocType.GUARANTOR,)),
    Spec("supplement", "GR-JY", 200, missing=(DocType.BUSINESS_LICENCE,)),
    # 待评估
    Spec("pending_assessment", "NH-XY", 4), Spec("pending_assessment", "GR-XF", 22),
    Spec("pending_assessment", "NH-SC", 46), Spec("assessed", "NH-XY", 9), Spec("assessed", "GR-JY", 31),
    # 待审批
    Spec("pending_approval", "NH-XY", 6), Spec("pending_approval", "NH-XY", 25), Spec("pending_approval", "GR-XF", 49),
    Spec("pending_approval", "NH-LB", 73), Spec("pending_approval", "NH-SC", 96), Spec("pending_approval", "GR-JY", 150),
    # decided
    Spec("approved", "NH-XY", 240), Spec("approved", "GR-XF", 300), Spec("approved", "NH-LB", 330),
    Spec("declined", "GR-XF", 260), Spec("declined", "NH-SC", 400), Spec("investigation", "GR-JY", 180),
    Spec("investigation", "NH-XY", 210), Spec("rejected_review", "NH-XY", 280), Spec("rejected_review", "GR-XF", 350),
    Spec("withdrawn", "NH-XY", 320),
)

PURPOSE_BY_PRODUCT = {
    "NH-XY": [("agriculture", "购买化肥、种子和农药"), ("agriculture", "扩大茶园种植面积"), ("business", "农家乐经营周转")],
    "NH-LB": [("agriculture", "联保小组成员春耕生产资金"), ("agriculture", "购买仔猪饲料")],
    "NH-SC": [("agriculture", "新建蔬菜大棚"), ("business", "购置农机具"), ("agriculture", "扩建养殖场")],
    "GR-JY": [("business", "店铺进货周转"), ("business", "购置经营设备"), ("furniture", "门店装修及设备")],
    "GR-XF": [("renovation", "自住房屋装修"), ("education", "子女大学学费"), ("car_new", "购买家用汽车"),
              ("medical", "家人住院医疗费用"), ("appliance", "购买家电")],
}


# --- synthetic document scans ----------------------------------------------------------------------

@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        from loandesk.documents.fonts import get_fonts

        return ImageFont.truetype(get_fonts().regular_path, size)
    except Exception:  # no CJK font: the demo still works, labels become ASCII boxes
        return ImageFont.load_default()


def _scan(dt: DocType, customer: apps.CustomerFacts, note: str) -> bytes:
    """A recognisable, obviously synthetic 'scan' (演示样本) for the document viewer."""
    w, h = (540, 340) if dt in (DocType.ID_FRONT, DocType.ID_BACK) else (420, 594)
    bg = (236, 244, 250) if dt in (DocType.ID_FRONT, DocType.ID_BACK) else (252, 252, 248)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle((6, 6, w - 7, h - 7), outline=(90, 110, 140), width=3)
    title = {DocType.ID_FRONT: "居民身份证", DocType.ID_BACK: "中华人民共和国 居民身份证"}.get(dt, DOC_TYPE_LABELS[dt])
    d.text((24, 20), title, font=_font(26), fill=(20, 40, 80))
    lines: list[str]
    if dt is DocType.ID_FRONT:
        lines = [f"姓名  {customer.name}", f"出生  {customer.birth_date:%Y年%m月%d日}" if customer.birth_date else "",
                 f"住址  {customer.hukou_address[:16]}", f"公民身份号码  {mask_id_number(customer.id_number)}"]
    elif dt is DocType.ID_BACK:
        until = "长期" if customer.id_long_term else (f"{customer.id_valid_to:%Y.%m.%d}" if customer.id_valid_to else "")
        start = f"{customer.id_valid_from:%Y.%m.%d}" if customer.id_valid_from else ""
        lines = ["签发机关  公安局", f"有效期限  {start}-{until}"]
    else:
        lines = [f"客户：{customer.name}", f"客户号：{customer.customer_no}", note]
    y = 76
    for line in lines:
        if line:
            d.text((28, y), line, font=_font(19), fill=(30, 30, 30))
            y += 38
    d.text((w // 2 - 100, h - 100), "演示样本", font=_font(50), fill=(200, 60, 60))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


# --- the seeder ------------------------------------------------------------------------------------

def _users(db: Database) -> dict[str, list[Actor]]:
    with db.read() as s:
        users = list(s.scalars(select(User).where(User.active).order_by(User.username)))
        out: dict[str, list[Actor]] = {}
        for u in users:
            out.setdefault(u.role, []).append(actor_for(u))
    return out


def _eligible_customers(db: Database, need: int) -> list[str]:
    """Active customers with a credit summary and an age that suits the products (25–52)."""
    today = apps.china_today()
    hi = date(today.year - 25, today.month, min(today.day, 28))
    lo = date(today.year - 52, today.month, min(today.day, 28))
    with db.read() as s:
        rows = s.execute(
            select(Customer.id, Customer.kind)
            .join(CustomerProfile, CustomerProfile.customer_id == Customer.id)
            .where(Customer.status == "active", Customer.birth_date <= hi, Customer.birth_date >= lo,
                   CustomerProfile.credit_report_date.is_not(None), CustomerProfile.monthly_income_fen > 0,
                   Customer.id_valid_to.is_(None) | (Customer.id_valid_to > today + timedelta(days=400)))
            .order_by(Customer.customer_no).limit(need * 3))
        return [r[0] for r in rows]


def _own_customers(db: Database, clerk: Actor, n: int) -> None:
    """Used only when the customer seeder did not run: a few customers through the real service."""
    from loandesk.services import customers as cs
    from loandesk.services.demo_data import generate_customers

    with db.write() as s:
        for data in generate_customers(n, seed=4242):
            try:
                cs.create_customer(s, clerk, data)
            except ServiceError:
                continue


def seed_demo(db: Database) -> None:
    """Products, LPR table and ~40 applications across every state (idempotent per database)."""
    with db.write() as s:
        catalogue = {p.code: p for p in products.seed_default_products(s)}
        already = s.scalar(select(func.count()).select_from(Application)) or 0
    if already:
        return
    users = _users(db)
    clerks = users.get("clerk", [])
    reviewers = users.get("reviewer", [])
    approvers = sorted(users.get("approver", []), key=lambda a: a.username)
    if not clerks or not reviewers:
        log.warning("demo loans skipped: no clerk or reviewer accounts")
        return
    ids = _eligible_customers(db, len(SPECS))
    if len(ids) < len(SPECS) + 10:
        _own_customers(db, clerks[0], len(SPECS) * 3)
        ids = _eligible_customers(db, len(SPECS))
    rng = random.Random(2026)
    rng.shuffle(ids)
    pool = list(ids)
    blobs = BlobStore.of(db)
    admin = _admin(db)
    made: list[tuple[str, float]] = []
    for i, spec in enumerate(SPECS):
        if len(pool) < 4:
            break
        cid = pool.pop()
        clerk = clerks[i % len(clerks)]
        reviewer = reviewers[i % len(reviewers)]
        try:
            app_id = _drive(db, spec, cid, pool, catalogue[spec.product].id, clerk, reviewer, approvers, admin, blobs,
                            rng)
        except ServiceError as exc:
            # The field, not the message: a refusal's text may name the customer.
            log.warning("demo application %s/%s stopped: %s field=%s", spec.product, spec.target,
                        type(exc).__name__, exc.field or "-")
            continue
        if app_id:
            made.append((app_id, spec.hours_ago))
    _backdate(db, made)


def _parties(s: Session, spec: Spec, cid: str, pool: list[str], rng: random.Random) -> tuple[apps.PartyInput, ...]:
    terms_role = {"NH-LB": ("group_member", 3), "NH-SC": ("guarantor", 1), "GR-JY": ("guarantor", 1)}
    if spec.product not in terms_role and not spec.bad_guarantor:
        return ()
    role, count = terms_role.get(spec.product, ("guarantor", 1))
    if spec.bad_guarantor:
        me = apps.customer_facts(s, cid)
        return (apps.PartyInput("guarantor", me.name, me.id_number, "本人", me.mobile, me.monthly_income,
                                me.id_valid_to, me.id_long_term, True),)
    out = []
    for _ in range(count):
        other = apps.customer_facts(s, pool.pop(0))
        relation = "联保小组成员" if role == "group_member" else rng.choice(["朋友", "同村村民", "亲属"])
        out.append(apps.PartyInput(role, other.name, other.id_number, relation, other.mobile, other.monthly_income,
                                   other.id_valid_to, other.id_long_term, True, other.id))
    return tuple(out)


def _choose_terms(version: products.ProductVersionView, income: Decimal | None,
                  rng: random.Random) -> tuple[Decimal, int, str]:
    t = version.terms
    method = t.repayment_methods[rng.randrange(len(t.repayment_methods))]
    terms = [m for m in (6, 12, 12, 24, 24, 36) if t.min_term_months <= m <= t.max_term_months] or [t.max_term_months]
    term = rng.choice(terms)
    # Keep most cases affordable (a few months of income, in whole thousands, inside the range), so
    # the demo shows a realistic mix of suggestions rather than a wall of DTI refusals.
    base = (income or Decimal(4000)) * rng.choice([3, 4, 5, 6, 8]) * term / 24
    amount = max(t.min_amount, min(t.max_amount, (base / 1000).quantize(Decimal(1)) * 1000))
    return amount, term, method


def _docs_for(version: products.ProductVersionView, spec: Spec) -> list[DocType]:
    wanted = [i.doc_type for i in version.terms.checklist.items if i.required]
    wanted += [DocType.MARRIAGE]
    if spec.statement_gap:
        wanted.append(DocType.BANK_STATEMENT)
    return [d for d in dict.fromkeys(wanted) if d not in spec.missing]


def _sign_consents(s: Session, clerk: Actor, cid: str, today: date) -> None:
    from loandesk.services import customers
    from loandesk.services.demo_data import CONSENT_SCOPE_CREDIT, CONSENT_SCOPE_PI

    customer = s.get(Customer, cid)
    assert customer is not None
    for kind, on_record, scope in (("pi_sensitive", customer.pi_consent_on, CONSENT_SCOPE_PI),
                                   ("credit_query", customer.credit_consent_on, CONSENT_SCOPE_CREDIT)):
        if on_record is None:
            customers.record_consent(s, clerk, cid, kind, today, scope)


def _drive(db: Database, spec: Spec, cid: str, pool: list[str], product_id: str, clerk: Actor, reviewer: Actor,
           approvers: list[Actor], admin: Actor | None, blobs: BlobStore, rng: random.Random) -> str | None:
    """One application from entry to ``spec.target``, in one transaction (fast, and all-or-nothing)."""
    from loandesk.services import documents

    today = apps.china_today()
    with db.write() as s:
        # The identity map holds objects weakly: keep the rows every service call re-reads alive for
        # this transaction, or each permission check and customer lookup goes back to SQLite.
        keep: list[object] = [s.get(Customer, cid), *s.scalars(select(User)), *s.scalars(select(LoanProduct)),
                              *s.scalars(select(ProductVersion))]
        facts = apps.customer_facts(s, cid)
        version = products.get_product(s, clerk, product_id).current
        amount, term, method = _choose_terms(version, facts.monthly_income, rng)
        purpose, detail = rng.choice(PURPOSE_BY_PRODUCT[spec.product])
        guarantee = version.terms.guarantee_types[0]
        parties = _parties(s, spec, cid, pool, rng)
        stmt = None
        if spec.statement_gap and facts.monthly_income:
            stmt = (facts.monthly_income * Decimal("0.45")).quantize(Decimal(1))
        elif facts.monthly_income and rng.random() < 0.5:
            stmt = (facts.monthly_income * Decimal(rng.choice(["0.9", "1.0", "1.1"]))).quantize(Decimal(1))
        data = apps.ApplicationInput(cid, product_id, amount, term, purpose, method, guarantee, detail, parties, stmt)
        app_id = apps.create_application(s, clerk, data, today=today).id
        keep.append(s.get(Application, app_id))
        # The customer signs the authorisations the scans need (PIPL: ID scans, statements and the
        # credit report only with consent on record), then the clerk scans what the customer brought.
        _sign_consents(s, clerk, cid, today)
        for dt in _docs_for(version, spec):
            issued = None
            if dt is DocType.CREDIT_REPORT:
                issued = today - timedelta(days=45 if spec.stale_report else rng.randint(2, 20))
            elif dt in (DocType.BANK_STATEMENT, DocType.INCOME):
                issued = today - timedelta(days=rng.randint(3, 30))
            try:
                documents.attach_document(s, clerk, cid, dt, f"{DOC_TYPE_LABELS[dt]}.jpg",
                                          _scan(dt, facts, f"{DOC_TYPE_LABELS[dt]}（演示）"), blobs=blobs,
                                          issued_on=issued)
            except ServiceError:
                continue  # e.g. the same type already on file for this customer
        if spec.blacklist and admin is not None:
            apps.add_blacklist_entry(s, admin, facts.id_number, facts.name, "恶意逃废债（演示数据）",
                                     source="联社风险管理部", listed_on=today - timedelta(days=200))
        if spec.target == "draft":
            return app_id
        apps.submit(s, clerk, app_id)
        if spec.target == "withdrawn":
            apps.withdraw(s, clerk, app_id, reason="客户家庭资金已落实，主动撤回申请")
            return app_id
        if spec.target == "pending_review":
            return app_id
        apps.claim(s, reviewer, app_id)
        if spec.target == "claimed":
            return app_id
        if spec.target == "rejected_review":
            apps.reject_review(s, reviewer, app_id,
                               comment="经核实，申请人提供的经营情况与实地调查不符，且无法说明资金用途，不予受理。")
            return app_id
        report = apps.evaluate_rules(s, reviewer, app_id, categories=apps.REVIEW_CATEGORIES, today=today)
        if spec.target == "supplement" or report.blocking:
            items = list(report.needed_items()) or [NeededItem("近6个月银行流水", "收入证明不足", "加盖银行业务章")]
            apps.return_for_supplement(s, reviewer, app_id, items, comment="请按通知书补充材料后重新提交。")
            return app_id
        apps.pass_review(s, reviewer, app_id, comment="资料齐全，原件已核对；提示项已电话核实。")
        if spec.target == "pending_assessment":
            return app_id
        risk_assessment.assess(s, reviewer, app_id, today=today)
        if spec.target == "assessed":
            return app_id
        apps.complete_assessment(s, reviewer, app_id, comment="评估完成，提交审批。")
        if spec.target == "pending_approval" or not approvers:
            return app_id
        decision = {"approved": "approve", "declined": "reject", "investigation": "investigate"}[spec.target]
        opinion = {"approve": "经审查，借款人收入稳定、用途真实、征信良好，同意按申请条件发放。",
                   "reject": "负债偏高且还款来源不足，经研究不予批准。",
                   "investigate": "经营收入证明不足，请客户经理实地调查经营场所并补充近一年销售记录。"}[decision]
        approver = approvers[-1]  # the highest authority, so the demo needs no escalation
        try:
            from loandesk.services import approval
        except ImportError:
            action = {"approve": "approve", "reject": "decline", "investigate": "request_investigation"}[decision]
            apps.apply_transition(s, approver, app_id, action, comment=opinion)
        else:
            approval.decide(s, approver, app_id, decision, opinion)
        return app_id


def _admin(db: Database) -> Actor | None:
    with db.read() as s:
        u = s.scalar(select(User).where(User.role == "admin", User.active).limit(1))
        return actor_for(u) if u else None


def _backdate(db: Database, made: list[tuple[str, float]]) -> None:
    """Spread the demo over the last days: events keep their order, the last one ends `hours_ago`."""
    now = utcnow()
    with db.write() as s:
        for app_id, hours in made:
            app = s.get(Application, app_id)
            if app is None:
                continue
            events = list(s.scalars(select(ApplicationEvent).where(ApplicationEvent.application_id == app_id)
                                    .order_by(ApplicationEvent.seq)))
            end = now - timedelta(hours=hours)
            step = timedelta(hours=max(1.0, hours / 6) if app.state != AppState.DRAFT else 0.2)
            for k, ev in enumerate(reversed(events)):
                ev.at = end - step * k
            if events:
                app.created_at = events[0].at
                if app.submitted_at is not None:
                    app.submitted_at = events[min(1, len(events) - 1)].at
            app.state_changed_at = end
            app.updated_at = end
