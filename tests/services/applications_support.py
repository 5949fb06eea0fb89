"""Shared builders for the application/review/risk tests: real customers, documents and products
through the real services (no fake rows), on the `db` fixture's encrypted database."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from loandesk.domain.clock import china_today
from loandesk.domain.documents import DocType
from loandesk.domain.idcard import compute_check_digit
from loandesk.services import applications as apps
from loandesk.services import customers, documents, products
from loandesk.services.applications import ApplicationInput, PartyInput
from loandesk.services.customers import (
    AddressInput,
    AssetsInput,
    ConsentInput,
    ContactInput,
    CreditSummaryInput,
    CustomerInput,
    HouseholdInput,
    IncomeInput,
    LiabilitiesInput,
    PersonalInput,
    WorkInput,
)
from loandesk.store.attachments import BlobStore
from loandesk.store.database import Database

TODAY = china_today()  # the services' business date (UTC+8), also on a UTC CI machine
_seq = itertools.count(101)


def id_number(birth: date, region: str = "330106", seq: int | None = None, male: bool = True) -> str:
    """A valid 18-digit number (GB 11643) for a synthetic person."""
    n = next(_seq) if seq is None else seq
    n = n * 2 + 1 if male else n * 2
    first17 = f"{region}{birth:%Y%m%d}{n % 1000:03d}"
    return first17 + compute_check_digit(first17)


def years_ago(years: int, days: int = 0) -> date:
    try:
        d = TODAY.replace(year=TODAY.year - years)
    except ValueError:
        d = TODAY.replace(year=TODAY.year - years, day=28)
    return d - timedelta(days=days)


def customer_input(**over: object) -> CustomerInput:
    birth = over.pop("birth", years_ago(40))  # type: ignore[arg-type]
    base = CustomerInput(
        kind="farmer", name="王建华", id_number=id_number(birth), mobile="13800138000",  # type: ignore[arg-type]
        id_valid_from=years_ago(5), id_valid_to=years_ago(-15), ethnicity="汉族",
        personal=PersonalInput(marital_status="married"),
        address=AddressInput(hukou_region_code="330106", hukou_address="浙江省杭州市西湖区三墩镇兰里村12号",
                             current_region_code="330106", current_address="浙江省杭州市西湖区三墩镇兰里村12号",
                             current_address_years=15),
        work=WorkInput(occupation="种植户", employer="自家农场", industry="农业", years_employed=12),
        income=IncomeInput(monthly_income=Decimal("8000"), income_source="茶叶种植"),
        assets=AssetsInput(housing_type="own", real_estate_count=1, real_estate_value=Decimal("300000"),
                           deposits=Decimal("30000"), vehicle_count=0),
        liabilities=LiabilitiesInput(loans_here_count=0, loans_elsewhere_count=0, monthly_repayment=Decimal("0")),
        household=HouseholdInput(household_size=4, dependants=2),
        credit=CreditSummaryInput(report_date=TODAY - timedelta(days=5), overdue_count=0, overdue_max_months=0,
                                  current_overdue=Decimal("0"), inquiries_6m=1, lender_count=1),
        contacts=(ContactInput(role="spouse", name="李秀英", id_number=id_number(years_ago(38), male=False),
                               relation="配偶", phone="13900139000"),),
        consents=(ConsentInput(kind="pi_sensitive", signed_on=TODAY - timedelta(days=6), scope="贷款业务"),
                  ConsentInput(kind="credit_query", signed_on=TODAY - timedelta(days=6), scope="贷款审批")),
    )
    return replace(base, **over)  # type: ignore[arg-type]


def make_customer(db: Database, actor: object, **over: object) -> str:
    with db.write() as s:
        return customers.create_customer(s, actor, customer_input(**over)).id  # type: ignore[arg-type]


def png(text: str) -> bytes:
    im = Image.new("RGB", (320, 200), (250, 250, 245))
    d = ImageDraw.Draw(im)
    d.rectangle((4, 4, 315, 195), outline=(40, 40, 40), width=2)
    d.text((20, 90), text, fill=(0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


FARMER_DOCS = (DocType.ID_FRONT, DocType.ID_BACK, DocType.HUKOU, DocType.PI_CONSENT, DocType.CREDIT_AUTH,
               DocType.CREDIT_REPORT, DocType.MARRIAGE)


def attach(db: Database, actor: object, customer_id: str, doc_types: tuple[DocType, ...] = FARMER_DOCS, *,
           issued_on: date | None = None) -> list[str]:
    ids = []
    with db.write() as s:
        for dt in doc_types:
            view = documents.attach_document(s, actor, customer_id, dt, f"{dt.value}.png",  # type: ignore[arg-type]
                                             png(f"{customer_id[:8]} {dt.value} {next(_seq)}"),
                                             blobs=BlobStore.of(db), issued_on=issued_on)
            ids.append(view.id)
    return ids


def seed_products(db: Database) -> dict[str, str]:
    with db.write() as s:
        return {p.code: p.id for p in products.seed_default_products(s)}


def app_input(customer_id: str, product_id: str, **over: object) -> ApplicationInput:
    base = ApplicationInput(customer_id=customer_id, product_id=product_id, amount=Decimal("50000"), term_months=12,
                            purpose="agriculture", repayment_method="equal_installment", guarantee_type="credit",
                            purpose_detail="购买茶苗和化肥")
    return replace(base, **over)  # type: ignore[arg-type]


def make_application(db: Database, actor: object, customer_id: str, product_id: str, **over: object) -> str:
    with db.write() as s:
        return apps.create_application(s, actor, app_input(customer_id, product_id, **over)).id  # type: ignore[arg-type]


def guarantor(name: str = "赵志刚", **over: object) -> PartyInput:
    base = PartyInput(role="guarantor", name=name, id_number=id_number(years_ago(45)), relation="朋友",
                      phone="13700137000", monthly_income=Decimal("6000"), id_valid_to=years_ago(-10),
                      credit_auth=True)
    return replace(base, **over)  # type: ignore[arg-type]


def good_case(db: Database, actors: dict, product: str = "NH-XY") -> tuple[str, str, dict[str, str]]:
    """A complete, clean farmer credit application in 待审核 entered by `clerk`: (app id, customer id, products)."""
    codes = seed_products(db)
    cid = make_customer(db, actors["clerk"])
    attach(db, actors["clerk"], cid)
    app_id = make_application(db, actors["clerk"], cid, codes[product])
    with db.write() as s:
        apps.submit(s, actors["clerk"], app_id)
    return app_id, cid, codes
