"""Customer service on real SQLCipher files: create/edit/archive, duplicates, masking, reveal, consent,
permissions by role, hostile input, and the audit/outbox written with every change."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select, text

from loandesk.domain import permissions
from loandesk.domain.masking import mask_id_number
from loandesk.services import customers as cs
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store import search as search_store
from loandesk.store.models.audit import AuditRecord, OutboxEntry
from loandesk.store.models.customers import Customer, CustomerConsent, CustomerProfile
from tests.services._fixtures_customers import make_card, make_id, make_uscc, person


def create(db, actor, data=None):
    with db.write() as s:
        return cs.create_customer(s, actor, data or person())


@dataclass(frozen=True)
class Rec:
    username: str
    outcome: str
    summary: str


def audit_rows(db, action):
    with db.read() as s:
        rows = s.execute(select(AuditRecord.username, AuditRecord.outcome, AuditRecord.summary)
                         .where(AuditRecord.action == action).order_by(AuditRecord.seq)).all()
    return [Rec(*r) for r in rows]


@pytest.fixture
def allow_archive(monkeypatch):
    """Approvers (branch managers) hold customer.archive; kept explicit here so the tests say so."""
    table = dict(permissions.ROLE_PERMISSIONS)
    table[permissions.Role.APPROVER] = table[permissions.Role.APPROVER] | {"customer.archive"}
    monkeypatch.setattr(permissions, "ROLE_PERMISSIONS", table)


def test_create_numbers_masks_audits_and_queues(db, actors) -> None:
    view = create(db, actors["clerk"])
    assert view.customer_no == "330100000001"
    assert view.masked and view.id_number == mask_id_number(make_id()) == "1" + "*" * 16 + make_id()[-1]
    assert "*" in view.mobile and view.mobile.startswith("138") and view.mobile.endswith("5678")
    assert view.gender == "male" and view.birth_date.isoformat() == "1980-01-01"
    assert view.name_pinyin == "zhangsanfeng" and view.name_initials == "zsf"
    assert view.assigned_clerk_id == actors["clerk"].user_id
    assert set(view.missing_consents) == {"pi_sensitive", "credit_query"}
    assert any("缺少授权" in f for f in view.flags)
    second = create(db, actors["clerk"], person("李四", seq=125, mobile="13900001111"))
    assert second.customer_no == "330100000002"
    [rec] = audit_rows(db, "customer.created")[:1]
    full_id = make_id()
    assert full_id not in rec.summary and "13812345678" not in rec.summary
    assert json.loads(rec.summary)["customer_no"] == "330100000001"
    with db.read() as s:
        out = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == view.id)).one()
        assert json.loads(out.payload)["id_number"] == full_id  # head office receives the real data
        assert search_store.check_index(s) == []


def test_duplicate_id_number_refused_with_link_and_nothing_written(db, actors) -> None:
    first = create(db, actors["clerk"])
    with pytest.raises(cs.DuplicateCustomer) as err:
        create(db, actors["clerk2"], person("张三", mobile="13700000000"))
    assert err.value.existing_id == first.id and err.value.existing_no == first.customer_no
    assert first.customer_no in err.value.message and err.value.field == "id_number"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(CustomerProfile)) == 1
    # typed as 15-digit old number or with lower x / spaces: still the same person
    old = person("王五", birth="19491231", seq=2, mobile="13700000001")
    create(db, actors["clerk"], old)
    with pytest.raises(cs.DuplicateCustomer):
        create(db, actors["clerk"], replace(old, id_number=" 110105 19491231 002x "))


def test_validation_failure_carries_every_field(db, actors) -> None:
    with pytest.raises(cs.ValidationFailed) as err:
        create(db, actors["clerk"], person(mobile="123", id_number="110105198001011230"))
    assert {"mobile", "id_number"} <= set(err.value.errors)
    assert err.value.field in err.value.errors and "另有" in err.value.message
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


@pytest.mark.parametrize("role", ["auditor", "reviewer", "approver", "admin"])
def test_roles_without_create_are_refused_and_audited(db, actors, role) -> None:
    with pytest.raises(PermissionDenied):
        create(db, actors[role])
    denied = audit_rows(db, "permission.denied")
    assert denied and denied[-1].outcome == "denied" and "customer.create" in denied[-1].summary
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_admin_cannot_read_customers_auditor_cannot_edit(db, actors) -> None:
    view = create(db, actors["clerk"])
    with db.read() as s, pytest.raises(PermissionDenied):
        cs.search_customers(s, actors["admin"], "张")
    with db.read() as s, pytest.raises(PermissionDenied):
        cs.get_customer(s, actors["admin"], view.id)
    with db.write() as s, pytest.raises(PermissionDenied):
        cs.update_customer(s, actors["auditor"], view.id, person("张三"))
    with db.write() as s, pytest.raises(PermissionDenied):
        cs.record_consent(s, actors["auditor"], view.id, "pi_sensitive", "2026-01-01", "x")
    with db.read() as s:
        assert cs.get_customer(s, actors["auditor"], view.id).name == "张三丰"


def test_unmasked_view_and_reveal_are_audited_and_need_a_write_session(db, actors) -> None:
    view = create(db, actors["clerk"])
    with db.read() as s, pytest.raises(RuntimeError):
        cs.get_customer(s, actors["reviewer"], view.id, unmasked=True)
    with db.write() as s:
        full = cs.get_customer(s, actors["reviewer"], view.id, unmasked=True)
    assert not full.masked and full.id_number == make_id() and full.mobile == "13812345678"
    with db.write() as s:
        assert cs.reveal_field(s, actors["auditor"], view.id, "mobile") == "13812345678"
    revealed = audit_rows(db, "customer.revealed") + audit_rows(db, "customer.field_revealed")
    assert [r.username for r in revealed] == ["reviewer", "auditor"]
    assert all(make_id() not in r.summary for r in revealed)
    with db.write() as s, pytest.raises(PermissionDenied):
        cs.reveal_field(s, actors["admin"], view.id, "id_number")


def test_other_phone_is_masked_like_the_mobile_and_its_reveal_audited(db, actors) -> None:
    view = create(db, actors["clerk"], person(personal=cs.PersonalInput(phone_other="13700001111")))
    assert view.personal.phone_other == "137****1111"
    with db.write() as s:
        assert cs.get_customer(s, actors["reviewer"], view.id).personal.phone_other == "137****1111"
        assert cs.get_customer(s, actors["clerk"], view.id, unmasked=True).personal.phone_other == "13700001111"
        assert cs.reveal_field(s, actors["auditor"], view.id, "phone_other") == "13700001111"
    revealed = audit_rows(db, "customer.field_revealed")
    assert [(r.username, json.loads(r.summary)["field"]) for r in revealed] == [("auditor", "phone_other")]
    assert "13700001111" not in revealed[0].summary


def test_masking_follows_the_configured_policy(db, actors) -> None:
    from loandesk.store.models.auth import Setting

    with db.write() as s:
        s.add(Setting(key="mask.id_keep", value="[6, 4]"))
    view = create(db, actors["clerk"])
    assert view.id_number == make_id()[:6] + "********" + make_id()[-4:]


def test_update_records_changed_field_names_only_and_keeps_search_in_step(db, actors) -> None:
    view = create(db, actors["clerk"])
    with db.write() as s:
        data = cs.get_customer(s, actors["clerk"], view.id, unmasked=True).to_input()
    new = replace(data, name="张无忌", mobile="13999990000",
                  address=cs.AddressInput(current_address="浙江省杭州市西湖区文三路1号"))
    with db.write() as s:
        updated = cs.update_customer(s, actors["clerk"], view.id, new, expected_version=view.version)
    assert updated.version == view.version + 1 and updated.name_initials == "zwj"
    [rec] = audit_rows(db, "customer.updated")
    summary = json.loads(rec.summary)
    assert set(summary["changed"]) == {"name", "mobile", "address.current_address"}
    assert "13999990000" not in rec.summary and "张无忌" not in rec.summary
    with db.read() as s:
        assert [r.name for r in cs.search_customers(s, actors["clerk"], "zwj").rows] == ["张无忌"]
        assert cs.search_customers(s, actors["clerk"], "zsf").rows == ()
        assert [r.name for r in cs.search_customers(s, actors["clerk"], "99990000").rows] == ["张无忌"]
        assert cs.search_customers(s, actors["clerk"], "12345678").rows == ()  # old phone gone from FTS
        assert search_store.check_index(s) == []
    with db.write() as s, pytest.raises(cs.StaleCustomer):
        cs.update_customer(s, actors["clerk"], view.id, new, expected_version=view.version)
    # no change: no audit record, no version bump
    with db.write() as s:
        same = cs.update_customer(s, actors["clerk"], view.id, new)
    assert same.version == updated.version and len(audit_rows(db, "customer.updated")) == 1


def test_update_to_another_customers_id_number_is_a_duplicate(db, actors) -> None:
    a = create(db, actors["clerk"])
    b = create(db, actors["clerk"], person("李四", seq=125, mobile="13900001111"))
    with db.write() as s, pytest.raises(cs.DuplicateCustomer) as err:
        cs.update_customer(s, actors["clerk"], b.id, person("李四", seq=123, mobile="13900001111"))
    assert err.value.existing_id == a.id


def test_archive_keeps_the_customer_searchable_and_can_reactivate(db, actors, allow_archive) -> None:
    view = create(db, actors["clerk"])
    with db.write() as s, pytest.raises(PermissionDenied):
        cs.archive_customer(s, actors["clerk"], view.id, reason="迁出")
    with db.write() as s, pytest.raises(ServiceError, match="归档原因"):
        cs.archive_customer(s, actors["approver"], view.id, reason=" ")
    with db.write() as s:
        archived = cs.archive_customer(s, actors["approver"], view.id, reason="客户迁出本地")
    assert archived.status == "archived" and "已归档" in archived.flags
    with db.read() as s:
        assert [r.status for r in cs.search_customers(s, actors["auditor"], "张三丰").rows] == ["archived"]
        only_active = cs.Filters(status="active")
        assert cs.search_customers(s, actors["clerk"], "张三丰", filters=only_active).rows == ()
        assert cs.count_customers(s, actors["clerk"], "", filters=cs.Filters(status="archived")) == 1
        assert s.get(Customer, view.id) is not None  # never deleted
    with pytest.raises(cs.DuplicateCustomer) as err:
        create(db, actors["clerk"], person("张三丰"))
    assert err.value.archived and "已归档" in err.value.message
    with db.write() as s:
        assert cs.reactivate_customer(s, actors["approver"], view.id).status == "active"


def test_consent_gates_sensitive_data(db, actors) -> None:
    card = make_card()
    with pytest.raises(cs.ValidationFailed) as err:
        create(db, actors["clerk"], person(bank=cs.BankAccountInput("card", card, "城关信用社")))
    assert "单独同意" in err.value.errors["bank.account_no"]
    view = create(db, actors["clerk"])
    with db.write() as s:
        consent = cs.record_consent(s, actors["clerk"], view.id, "pi_sensitive", "2026-01-05", "办理贷款业务",
                                    document_id=None)
    assert consent.kind_label == "个人敏感信息单独同意" and consent.recorded_by == "张客户经理"
    with db.write() as s:
        data = cs.get_customer(s, actors["clerk"], view.id, unmasked=True).to_input()
        updated = cs.update_customer(s, actors["clerk"], view.id,
                                     replace(data, bank=cs.BankAccountInput("card", card, "城关信用社")))
    assert updated.bank.account_no.startswith(card[:6]) and "*" in updated.bank.account_no
    assert updated.missing_consents == ("credit_query",)
    with db.write() as s:
        status = cs.consent_status(s, actors["clerk"], view.id)
        revoked = cs.revoke_consent(s, actors["clerk"], status.records[0].id)
    assert revoked.revoked_at is not None
    with db.read() as s:
        assert set(cs.consent_status(s, actors["clerk"], view.id).missing) == {"pi_sensitive", "credit_query"}
        assert s.scalar(select(func.count()).select_from(CustomerConsent)) == 1  # kept on file
    assert audit_rows(db, "customer.consent_recorded") and audit_rows(db, "customer.consent_revoked")


def test_consents_recorded_in_the_same_save_allow_credit_summary(db, actors) -> None:
    data = person(
        consents=(cs.ConsentInput("pi_sensitive", "2026-01-05", "贷款业务"),
                  cs.ConsentInput("credit_query", "2026-01-05", "贷款审查")),
        bank=cs.BankAccountInput("card", make_card()),
        credit=cs.CreditSummaryInput("2026-01-06", overdue_count=2, overdue_max_months=1, current_overdue="0",
                                     inquiries_6m=3, lender_count=2),
        contacts=(cs.ContactInput("spouse", "李梅", make_id("19820303", 22), "配偶", "13600000000"),
                  cs.ContactInput("guarantor", "王强", make_id("19750505", 55), "朋友", "13500000000")),
        personal=cs.PersonalInput(marital_status="married"),
    )
    view = create(db, actors["clerk"], data)
    assert view.missing_consents == () and view.credit.overdue_count == 2
    assert [c.role for c in view.contacts] == ["spouse", "guarantor"]
    assert view.contacts[0].id_number.startswith("1*") and "*" in view.contacts[0].phone
    with db.write() as s:
        full = cs.reveal_field(s, actors["clerk"], view.id, "contact_id_number", contact_id=view.contacts[1].id)
    assert full == make_id("19750505", 55)


def test_business_customer(db, actors) -> None:
    data = person(kind="business", business_name="城关张记农资店", uscc=make_uscc())
    view = create(db, actors["clerk"], data)
    assert view.kind_label == "个体工商户" and view.uscc == make_uscc()
    with db.read() as s:
        assert [r.business_name for r in cs.search_customers(s, actors["clerk"], "张记农资").rows] == ["城关张记农资店"]
        assert [r.matched for r in cs.search_customers(s, actors["clerk"], make_uscc()).rows] == ["uscc"]


HOSTILE = [
    "'; DROP TABLE customers;--",
    "Robert\"); DELETE FROM users;--",
    "100% _under_ \\back\\slash",
    "\u202e\u2067RTL override\u2069",
    "emoji 😀👨‍👩‍👧 and CJK ext-B 𠮷𡈽𪚥",
    "NUL\x00inside and \x07 bell",
    "<script>alert(1)</script>",
]


def test_hostile_text_round_trips_byte_identical(db, actors) -> None:
    view = create(db, actors["clerk"])
    with db.write() as s:
        data = cs.get_customer(s, actors["clerk"], view.id, unmasked=True).to_input()
    for n, value in enumerate(HOSTILE):
        with db.write() as s:
            cs.update_customer(s, actors["clerk"], view.id, replace(
                data, notes=value, address=cs.AddressInput(current_address=value[:200]),
                work=cs.WorkInput(employer=value[:100])))
        with db.write() as s:
            got = cs.get_customer(s, actors["clerk"], view.id, unmasked=True)
        assert got.notes == value and got.address.current_address == value[:200], n
        assert got.work.employer == value[:100]
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 6
        assert search_store.check_index(s) == []


def test_hostile_names_are_stored_and_found(db, actors) -> None:
    for seq, name in ((131, "𠮷野家"), (133, "张😀"), (135, "O'Brien"), (137, "买买提·艾力")):
        create(db, actors["clerk"], person(name, seq=seq, mobile=f"13{seq:09d}"))
    with db.read() as s:
        for q in ("𠮷野家", "张😀", "O'Brien", "买买提·艾力", "'; DROP TABLE customers;--", "%", "_", '"', "\\"):
            page = cs.search_customers(s, actors["clerk"], q)
            assert all(r.name == q for r in page.rows[:1]) or not page.rows, q
        assert [r.name for r in cs.search_customers(s, actors["clerk"], "𠮷野家").rows] == ["𠮷野家"]
        assert [r.name for r in cs.search_customers(s, actors["clerk"], "obrien").rows] == ["O'Brien"]
        assert [r.name for r in cs.search_customers(s, actors["clerk"], "mmtal").rows] == ["买买提·艾力"]


def test_over_long_input_is_refused_not_truncated(db, actors) -> None:
    with pytest.raises(cs.ValidationFailed) as err:
        create(db, actors["clerk"], person(address=cs.AddressInput(hukou_address="长" * 10_240)))
    assert "不能超过 200 个字" in err.value.errors["address.hukou_address"]


def test_rolled_back_transaction_leaves_no_row_and_no_index_entry(db, actors) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.write() as s:
        cs.create_customer(s, actors["clerk"], person())
        raise Boom
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        assert cs.search_customers(s, actors["clerk"], "5678").rows == ()
        assert cs.search_customers(s, actors["clerk"], "19800101").rows == ()
        assert search_store.check_index(s) == []
    assert create(db, actors["clerk"]).customer_no == "330100000001"  # the number was not consumed


def test_assignable_clerks_and_assignment(db, actors) -> None:
    with db.read() as s:
        clerks = dict(cs.assignable_clerks(s, actors["reviewer"]))
    assert set(clerks) == {actors["clerk"].user_id, actors["clerk2"].user_id}
    view = create(db, actors["clerk"], person(assigned_clerk_id=actors["clerk2"].user_id))
    assert view.assigned_clerk_name == "李客户经理"
    with pytest.raises(cs.ValidationFailed):
        create(db, actors["clerk"], person("李四", seq=125, assigned_clerk_id=actors["auditor"].user_id))


def test_bulk_create_is_all_or_nothing_and_indexed(db, actors) -> None:
    from loandesk.services.demo_data import generate_customers

    items = list(generate_customers(120, seed=5))
    with db.write() as s:
        result = cs.create_customers_bulk(s, actors["clerk"], items, source="t.xlsx")
    assert len(result.created) == 120 and result.first_no == "330100000001"
    with db.read() as s:
        assert search_store.check_index(s) == []
        first = cs.search_customers(s, actors["clerk"], items[7].id_number[-6:]).rows
        assert items[7].name in [r.name for r in first]
        assert s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_type == "customer")) == 120
    [rec] = audit_rows(db, "customer.bulk_created")
    assert json.loads(rec.summary)["count"] == 120
    bad = [*items[:3], replace(items[3], mobile="12")]
    with pytest.raises(cs.ValidationFailed) as err, db.write() as s:
        cs.create_customers_bulk(s, actors["clerk"], list(generate_customers(3, seed=99)) + bad[3:])
    assert "row[3].mobile" in err.value.errors
    with pytest.raises(cs.DuplicateCustomer), db.write() as s:
        cs.create_customers_bulk(s, actors["clerk"], list(generate_customers(2, seed=98)) + items[:1])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 120
        assert search_store.check_index(s) == []
    with db.write() as s, pytest.raises(PermissionDenied):
        cs.create_customers_bulk(s, actors["reviewer"], items[:1])
