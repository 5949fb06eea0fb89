"""The customer list rows: permission re-read per page, masking settings, the fast masking path."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from loandesk.domain.masking import DEFAULT_POLICIES, MaskPolicy, mask_id_number, mask_phone
from loandesk.services import customers as cs
from loandesk.services import settings as settings_service
from loandesk.services.context import PermissionDenied
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.auth import User
from loandesk.store.models.customers import Customer
from tests.services._fixtures_customers import person


@pytest.fixture
def two(db, actors):
    with db.write() as s:
        a = cs.create_customer(s, actors["clerk"], person("张三", seq=101, mobile="13800000001"))
        b = cs.create_customer(s, actors["clerk"], person("李四", birth="19850505", seq=103, mobile="13912345678"))
    return a, b


def _page(db, actor, q=""):
    with db.read() as s:
        return cs.search_customers(s, actor, q)


def test_deactivated_user_is_refused_on_the_next_page_and_audited(db, actors, two) -> None:
    clerk = actors["clerk"]
    assert len(_page(db, clerk).rows) == 2
    with db.write() as s:
        s.execute(update(User).where(User.id == clerk.user_id).values(active=False))
    with pytest.raises(PermissionDenied):
        _page(db, clerk)
    with pytest.raises(PermissionDenied):
        with db.read() as s:
            cs.count_customers(s, clerk)
    with db.read() as s:
        denied = s.scalars(select(AuditRecord).where(AuditRecord.action == "permission.denied",
                                                     AuditRecord.user_id == clerk.user_id)).all()
    assert len(denied) >= 1
    with db.write() as s:
        s.execute(update(User).where(User.id == clerk.user_id).values(active=True))
    assert len(_page(db, clerk).rows) == 2


def test_masking_setting_takes_effect_on_the_next_page(db, actors, two) -> None:
    clerk, admin = actors["clerk"], actors["admin"]
    row = next(r for r in _page(db, clerk).rows if r.name == "张三")
    assert row.id_number.startswith("1") and row.id_number.count("*") == 16
    assert row.mobile == "138****0001"
    with db.write() as s:
        settings_service.put(s, admin, "mask.id_keep", [6, 4])
        settings_service.put(s, admin, "mask.phone_keep", [0, 4])
    row = next(r for r in _page(db, clerk).rows if r.name == "张三")
    assert row.id_number[:6] == "110105" and row.id_number.endswith(row.id_number[-4:]) and row.id_number.count("*") == 8
    assert row.mobile == "*******0001"


def test_list_rows_carry_only_masked_values(db, actors, two) -> None:
    a, _b = two
    with db.write() as s:
        full = cs.get_customer(s, actors["clerk"], a.id, unmasked=True)
    row = next(r for r in _page(db, actors["clerk"]).rows if r.id == a.id)
    assert full.id_number not in repr(row) and full.mobile not in repr(row)


POLICIES = [DEFAULT_POLICIES["id_number"], DEFAULT_POLICIES["phone"], MaskPolicy(6, 4), MaskPolicy(0, 4, min_hidden=4),
            MaskPolicy(3, 3, mask_char="0"), MaskPolicy(2, 2, fixed_mask_len=4), MaskPolicy(10, 10),
            MaskPolicy(0, 0, mask_char="#")]


@pytest.mark.parametrize("policy", POLICIES)
def test_fast_mask_matches_the_domain_masking(policy: MaskPolicy) -> None:
    rnd = random.Random(7)
    samples = ["", "X", "12", "110105198001011234", "11010519800101123X", "13812345678", "0086138123456",
               "8613812345678", "+8613812345678", "11010519800101123x", "1101-0519 8001", "ＡＢ１２",
               "张三", "abc", "ABC123"]
    alphabet = string.digits + string.ascii_letters + "X -"
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 20))) for _ in range(300)]
    for value in samples:
        assert cs._fast_mask(value, policy, mask_id_number) == mask_id_number(value, policy), value
        assert cs._fast_mask(value, policy, mask_phone) == mask_phone(value, policy), value


def test_list_row_flags_an_expired_id_card_against_the_china_date(db, actors, two, monkeypatch) -> None:
    a, b = two
    today = date(2030, 6, 15)
    monkeypatch.setattr(cs, "china_today", lambda: today)
    with db.write() as s:
        s.execute(update(Customer).where(Customer.id == a.id).values(id_valid_to=today - timedelta(days=1)))
        s.execute(update(Customer).where(Customer.id == b.id).values(id_valid_to=today))
    rows = {r.id: r for r in _page(db, actors["clerk"]).rows}
    assert rows[a.id].id_expired and rows[a.id].id_valid_to == today - timedelta(days=1)
    assert not rows[b.id].id_expired and rows[b.id].id_valid_to == today  # valid through its last day
    with db.write() as s:
        s.execute(update(Customer).where(Customer.id == a.id).values(id_valid_to=None))  # 长期
    row = next(r for r in _page(db, actors["clerk"]).rows if r.id == a.id)
    assert row.id_valid_to is None and not row.id_expired
