"""F. Access control and audit (T30, T31 reference, T33).

T30 as a table: every public service function that takes an acting user is called directly (not
through the UI) by a user of every role that lacks the function's permission, and by a disabled
user. Expect each call refused with PermissionDenied (Chinese message naming the right), an audit
record ``permission.denied`` with outcome "denied" for that user committed on its own, and
nothing else written. A completeness check fails when a service function is added without a row
here — so the table grows with each module.

T33: audit records edited, deleted, inserted, reordered and cut off directly in the database
(with the key) are detected by the verifier, which names the first broken record.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import keyring
import pytest
from sqlalchemy import select, text

import loandesk.services as services_pkg
from loandesk.domain.permissions import PERMISSIONS, ROLE_PERMISSIONS, Role, allowed
from loandesk.services import audit, audit_query, auth
from loandesk.services.context import Actor, PermissionDenied
from loandesk.store.attachments import BlobStore
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.auth import User
from tests.conftest import PASSPHRASE, MemoryKeyring, make_db
from tests.reliability._support import assert_clear_message

# --- the table: function -> the permission it must demand -----------------------------------------------

EXPECTED: dict[str, str] = {
    # applications
    "applications.create_application": "application.create",
    "applications.update_application": "application.create",
    "applications.apply_transition": "application.create",  # called with action=withdraw
    "applications.submit": "application.submit",
    "applications.resubmit": "application.submit",
    "applications.withdraw": "application.create",
    "applications.claim": "review.work",
    "applications.release": "review.work",
    "applications.pass_review": "review.work",
    "applications.return_for_supplement": "review.work",
    "applications.reject_review": "review.work",
    "applications.complete_assessment": "risk.assess",
    "applications.available_actions": "application.view",
    "applications.get_application": "application.view",
    "applications.list_applications": "application.view",
    "applications.counts_by_state": "application.view",
    "applications.creators": "application.view",
    "applications.review_screen": "application.view",
    "applications.evaluate_rules": "application.view",
    "applications.install_rule_set": "product.manage",
    "applications.add_blacklist_entry": "product.manage",
    "applications.deactivate_blacklist_entry": "product.manage",
    "applications.list_blacklist": "product.manage",
    "applications.store_file": "application.view",
    "applications.list_files": "application.view",
    "applications.file_content": "application.view",
    "applications.supplement_notice_data": "application.view",
    "applications.record_notice_printed": "application.view",
    # approval
    "approval.approval_queue": "loan.approve",
    "approval.decision_history": "application.view",
    "approval.decide": "loan.approve",
    # audit viewer
    "audit_query.count_audit": "audit.view",
    "audit_query.search_audit": "audit.view",
    "audit_query.get_record": "audit.view",
    "audit_query.filter_choices": "audit.view",
    "audit_query.verify": "audit.verify",
    "audit_query.record_verification": "audit.verify",
    "audit_query.export_audit": "audit.export",
    # users
    "auth.list_users": "user.manage",
    "auth.create_user": "user.manage",
    "auth.update_user": "user.manage",
    "auth.unlock_user": "user.manage",
    "auth.reset_password": "user.manage",
    # backup, restore, keys, settings, health
    "backup.set_backup_settings": "settings.manage",
    "backup.create_backup": "backup.run",
    "backup.list_backups": "backup.run",
    "backup.verify_backup_file": "backup.run",
    "restore.authorize_restore": "backup.restore",
    "keymgmt.change_recovery_passphrase": "key.manage",
    "keymgmt.rekey_database": "key.manage",
    "keymgmt.export_for_hq": "key.manage",
    "keymgmt.recovery_sheet_pdf": "key.manage",
    "settings.put": "settings.manage",
    "health.health_report": "settings.manage",
    # contracts
    "contracts.generate_contract": "contract.generate",
    "contracts.get_contract": "contract.view",
    "contracts.contract_for_application": "contract.view",
    "contracts.list_contracts": "contract.view",
    "contracts.preview_pdf": "contract.view",
    "contracts.issue_print": "contract.print",
    "contracts.verify_contract_pdf": "contract.view",
    "contracts.verify_code": "contract.view",
    "contracts.register_signing": "contract.sign",
    "contracts.void_contract": "contract.generate",
    "contracts.schedule_sheet_pdf": "contract.print",
    "contracts.contract_worklist": "contract.view",
    # customers, import/export, documents
    "customers.create_customer": "customer.create",
    "customers.update_customer": "customer.edit",
    "customers.archive_customer": "customer.archive",
    "customers.reactivate_customer": "customer.archive",
    "customers.get_customer": "customer.view",
    "customers.reveal_field": "customer.view_unmasked",
    "customers.record_consent": "customer.edit",
    "customers.revoke_consent": "customer.edit",
    "customers.consent_status": "customer.view",
    "customers.search_customers": "customer.view",
    "customers.count_customers": "customer.view",
    "customers.assignable_clerks": "customer.view",
    "customers.existing_by_id_number": "customer.view",
    "customers.create_customers_bulk": "customer.import",
    "customer_bulk.insert_clean_rows": "customer.import",
    "customer_io.preview_import": "customer.import",
    "customer_io.commit_import": "customer.import",
    "customer_io.export_customers": "customer.export",
    "documents.attach_document": "document.attach",
    "documents.get_document": "document.view",
    "documents.list_documents": "document.view",
    "documents.thumbnail": "document.view",
    "documents.document_content": "document.view",
    "documents.void_document": "document.attach",
    "documents.checklist_status": "document.view",
    "documents.render_watermarked_copy": "document.print",
    # loans
    "disbursement.disbursement_defaults": "loan.disburse",
    "disbursement.disburse": "loan.disburse",
    "disbursement.disbursement_for_contract": "loan.view",
    "disbursement.list_disbursements": "loan.view",
    "disbursement.export_vouchers": "loan.disburse",
    "disbursement.mark_vouchers_exported": "loan.disburse",
    "disbursement.notice_pdf": "loan.view",
    "disbursement.loan_schedule_pdf": "loan.view",
    "disbursement.list_loans": "loan.view",
    "disbursement.count_loans": "loan.view",
    "disbursement.loan_detail": "loan.view",
    # products
    "products.create_product": "product.manage",
    "products.new_version": "product.manage",
    "products.set_product_status": "product.manage",
    "products.list_products": "product.view",
    "products.get_product": "product.view",
    "products.list_versions": "product.view",
    "products.get_version": "product.view",
    "products.record_lpr": "product.manage",
    "products.list_lpr": "product.view",
    # risk
    "risk_assessment.assess": "risk.assess",
    "risk_assessment.latest_assessment": "risk.view",
    "risk_assessment.get_assessment": "risk.view",
    "risk_assessment.assessment_history": "risk.view",
    "risk_assessment.list_for_risk": "risk.view",
    "risk_assessment.risk_report_data": "risk.view",
    "risk_assessment.attach_risk_report": "risk.view",
    "risk_assessment.export_risk_report": "risk.view",
}

# Either of two rights suffices; denied (and audited under the second) only without both.
EITHER: dict[str, tuple[str, str]] = {
    "applications.set_statement_income": ("review.work", "application.create"),
    "approval.approval_case": ("contract.view", "loan.approve"),
}

EXEMPT: dict[str, str] = {
    "audit.record": "writes the audit record itself (infrastructure)",
    "context.current_role": "permission machinery",
    "context.can": "permission machinery",
    "context.require": "permission machinery",
    "backup.authorize": "permission helper (require, or the scheduler/CLI acting as SYSTEM)",
    "backup.run_scheduled_backups": "system job: runs as SYSTEM on a timer an admin configured",
    "backup.backup_at_exit": "system job at a clean exit",
    "auth.verify_password": "self-service: the idle-lock screen re-checks the user's own password",
    "auth.change_own_password": "self-service: every user may change their own password",
    "approval.authority_for": "a query answering 'what may this user approve' (used after require)",
}

ROLES = ("clerk", "reviewer", "approver", "admin", "auditor")


def _service_functions() -> dict[str, object]:
    out = {}
    for m in pkgutil.iter_modules(services_pkg.__path__):
        mod = importlib.import_module(f"loandesk.services.{m.name}")
        for name, fn in vars(mod).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != mod.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if len(params) >= 2 and params[1] == "actor":
                out[f"{m.name}.{name}"] = fn
    return out


def test_t30_every_service_function_with_an_actor_is_in_the_role_table():
    """A new service function without a row here fails this test: the matrix cannot silently miss it."""
    found = set(_service_functions())
    listed = set(EXPECTED) | set(EITHER) | set(EXEMPT)
    assert found - listed == set(), "add these to the T30 table"
    assert listed - found == set(), "these are gone from the services: remove them from the table"
    for perm in (*EXPECTED.values(), *(p for pair in EITHER.values() for p in pair)):
        assert perm in PERMISSIONS


# --- the world the calls run in -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One database with a customer, documents, an application that went through review and risk
    assessment (待审批), a stored file and a consent: real ids for the functions that look an
    object up before checking the right. Built once (module scope) with its own memory keyring."""
    from tests.services.applications_support import customer_input
    from tests.services.loans_support import pending_case

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    from loandesk.services import applications as apps
    from loandesk.services import customers as cs
    from loandesk.services import documents as docs
    from loandesk.store.models.applications import RiskAssessment

    root = tmp_path_factory.mktemp("rolematrix")
    from loandesk.store.database import DataDir

    db = make_db(DataDir(root / "branch"))
    with db.read() as s:
        actors = {u.username: auth.actor_for(u) for u in s.scalars(select(User))}
    app_id, cid, codes = pending_case(db, actors)
    with db.write() as s:
        assessment_id = s.scalar(select(RiskAssessment.id).where(RiskAssessment.application_id == app_id))
        file_id = apps.store_file(s, actors["approver"], app_id, "risk_report", "报告", b"%PDF-1.4\n%%EOF\n",
                                  blobs=BlobStore.of(db)).id
        consent_id = cs.consent_status(s, actors["clerk"], cid).records[0].id
        document_id = docs.list_documents(s, actors["clerk"], cid)[0].id
        # a disabled clerk: every call refused, whatever the role says
        auth.update_user(s, actors["admin"], actors["clerk2"].user_id, active=False)
    ids = {"app_id": app_id, "application_id": app_id, "customer_id": cid, "assessment_id": assessment_id,
           "file_id": file_id, "consent_id": consent_id, "document_id": document_id,
           "product_id": codes["NH-XY"]}
    assert customer_input  # the same builders as the service tests
    yield {"db": db, "actors": actors, "ids": ids, "root": root}
    db.close()
    keyring.set_keyring(previous)


def _args(fn, world) -> tuple[list, dict]:
    """Arguments for everything after (session|db, actor): real ids where a function looks the
    object up first, harmless placeholders elsewhere (the right is checked before they are used)."""
    ids, db = world["ids"], world["db"]
    special = {
        "blobs": BlobStore.of(db), "action": "withdraw", "reason": "测试", "comment": "测试",
        "dest_dir": world["root"] / "usb", "path": world["root"] / "x.ldbackup",
        "passphrase": PASSPHRASE, "old_passphrase": PASSPHRASE, "new_passphrase": "New-Recovery-2026!",
        "pdf": b"%PDF-1.4\n%%EOF\n", "signed_on": date(2026, 1, 5), "disbursed_on": date(2026, 1, 5),
        "date_from": date(2026, 1, 1), "date_to": date(2026, 1, 31), "amount": Decimal("1000"),
        "rate": Decimal("3.1"), "effective_on": date(2026, 1, 1), "active": False, "items": [],
        "id_numbers": [], "value": 5, "key": "idle_lock_minutes", "seq": 1, "role": "clerk",
        "password": "Passw0rd1", "new_password": "Passw0rd2", "username": "newuser", "display_name": "新用户",
        "filename": "a.csv", "data": SimpleNamespace(customer_id=ids["customer_id"]), "field_name": "id_number", "kind": "risk_report", "title": "t",
        "scan": b"", "scan_name": "s.png", "account": "6228480000000000000", "decision": "approve",
        "opinion": "同意", "code": "X", "contract_no": "X", "scope": "x", "doc_type": "other",
    }
    args, kwargs = [], {}
    for p in list(inspect.signature(fn).parameters.values())[2:]:
        if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        value = ids.get(p.name, special.get(p.name, "00000000-0000-0000-0000-000000000000"))
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    return args, kwargs


def _state(db) -> tuple:
    with db.read() as s:
        row = s.execute(text(
            "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM sync_outbox), "
            "(SELECT count(*) FROM customers), (SELECT count(*) FROM applications), "
            "(SELECT count(*) FROM application_events), (SELECT count(*) FROM application_files), "
            "(SELECT count(*) FROM documents), (SELECT count(*) FROM settings), (SELECT count(*) FROM users), "
            "(SELECT count(*) FROM backup_history), (SELECT count(*) FROM customer_consents "
            " WHERE revoked_at IS NULL), (SELECT group_concat(state) FROM applications)")).one()
    return tuple(row)


def _call(world, name: str, fn, actor: Actor) -> None:
    args, kwargs = _args(fn, world)
    first = list(inspect.signature(fn).parameters)[0]
    if first == "db":
        fn(world["db"], actor, *args, **kwargs)
    else:
        with world["db"].write() as s:
            fn(s, actor, *args, **kwargs)


def _denied(name: str) -> list[tuple[str, str]]:
    """(username, the permission named in the refusal) for every caller who must be refused."""
    out = []
    for role in ROLES:
        if name in EITHER:
            a, b = EITHER[name]
            if not (allowed(role, a) or allowed(role, b)):
                out.append((role, b))
        elif not allowed(role, EXPECTED[name]):
            out.append((role, EXPECTED[name]))
    perm = EITHER[name][1] if name in EITHER else EXPECTED[name]
    out.append(("clerk2", perm))  # disabled
    return out


@pytest.mark.parametrize("name", sorted(set(EXPECTED) | set(EITHER)))
def test_t30_each_role_without_the_right_is_refused_and_audited(world, name):
    """Fault T30: a user calls a service function directly (script, crafted UI) without the right —
    every role lacking it, plus a disabled user. Expect PermissionDenied with a Chinese message
    naming the right, one committed ``permission.denied`` audit record (outcome "denied", that
    user, that right), and nothing else changed."""
    fn = _service_functions()[name]
    db, actors = world["db"], world["actors"]
    for username, perm in _denied(name):
        before = _state(db)
        with pytest.raises(PermissionDenied) as exc:
            _call(world, name, fn, actors[username])
        assert_clear_message(exc.value, PERMISSIONS[perm])
        assert exc.value.permission == perm, (username, exc.value.permission)
        after = _state(db)
        assert after[0] == before[0] + 1 and after[1:] == before[1:], f"{name} as {username}: something written"
        with db.read() as s:
            rec = s.execute(select(AuditRecord.action, AuditRecord.outcome, AuditRecord.username,
                                   AuditRecord.summary).order_by(AuditRecord.seq.desc()).limit(1)).one()
        assert tuple(rec[:3]) == ("permission.denied", "denied", username), (name, tuple(rec))
        assert json.loads(rec[3])["permission"] == perm


def test_t30_roles_with_the_right_are_let_through(world):
    """T30, the other direction: for every function that needs nothing but the caller, each role
    holding the right gets an answer (no PermissionDenied) — the table is not refusing everyone."""
    fns = _service_functions()
    tried = 0
    for name in sorted(set(EXPECTED) | set(EITHER)):
        fn = fns[name]
        if _args(fn, world) != ([], {}):
            continue
        perms = EITHER.get(name) or (EXPECTED[name],)
        for role in ROLES:
            if any(allowed(role, p) for p in perms):
                _call(world, name, fn, world["actors"][role])
                tried += 1
    assert tried > 30


def test_t30_role_facts_auditor_writes_nothing_admin_reads_no_loans():
    """T30's fixed points: the auditor holds no right that changes data; the admin cannot approve
    loans, assess risk, or read customers and credit data by default."""
    read_only = {"customer.view", "customer.view_unmasked", "document.view", "application.view", "risk.view",
                 "product.view", "contract.view", "loan.view", "audit.view", "audit.export", "audit.verify"}
    assert ROLE_PERMISSIONS[Role.AUDITOR] <= read_only
    for perm in ("loan.approve", "risk.assess", "risk.view", "customer.view", "customer.view_unmasked",
                 "application.view", "document.view"):
        assert not allowed(Role.ADMIN, perm), perm


# --- T33: audit tampering -------------------------------------------------------------------------------

@pytest.fixture
def chained(db, actors):
    from loandesk.services.context import SYSTEM

    with db.write() as s:
        for i in range(12):
            audit.record(s, SYSTEM if i % 2 else actors["clerk"], "test.event", entity_type="t",
                         entity_id=str(i), summary={"i": i, "name": "张三"})
        seq, head = audit.head(s)
    return db, seq, head


def _verify(db, actors, expected_head=None):
    with db.write() as s:
        return audit_query.verify(s, actors["auditor"], expected_head=expected_head)


# {n} = a record among the 12 test events (the last is {last}); the number is the first seq that must be
# reported (or an earlier one).
TAMPER = {
    "edit a summary": ("UPDATE audit_log SET summary = replace(summary, '张三', '李四') WHERE seq = {n}", 0),
    "edit who did it": ("UPDATE audit_log SET username = 'admin' WHERE seq = {n}", 0),
    "edit the outcome": ("UPDATE audit_log SET outcome = 'denied' WHERE seq = {n}", 0),
    "edit the time": ("UPDATE audit_log SET at = datetime(at, '-1 day') WHERE seq = {n}", 0),
    "delete one": ("DELETE FROM audit_log WHERE seq = {n}", 0),
    "insert a forged one": ("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= {n}; "
                            "INSERT INTO audit_log SELECT {n}, id || 'x', at, user_id, username, 'forged', entity_type, "
                            "entity_id, outcome, summary, prev_hash, hash FROM audit_log WHERE seq = {n} + 1000; "
                            "UPDATE audit_log SET seq = seq - 999 WHERE seq >= {n} + 1000", 0),
    "swap two": ("UPDATE audit_log SET seq = -1 WHERE seq = {n}; UPDATE audit_log SET seq = {n} WHERE seq = {n} + 1; "
                 "UPDATE audit_log SET seq = {n} + 1 WHERE seq = -1", 0),
    "blank a summary": ("UPDATE audit_log SET summary = '{{}}' WHERE seq = {n}", 0),
}


@pytest.mark.parametrize("case", list(TAMPER))
def test_t33_audit_records_changed_in_the_database_are_detected(chained, actors, case):
    """Fault T33: someone with the database key edits, deletes, inserts or reorders audit records
    directly (SQL, bypassing the app). Expect the verifier to report a broken chain at the first
    affected record, in Chinese, and the auditor's verification to be audited itself."""
    db, last, _head = chained
    assert _verify(db, actors).ok
    n = last - 6
    sql, _ = TAMPER[case]
    with db.write() as s:
        for stmt in sql.format(n=n).split("; "):
            assert s.execute(text(stmt)).rowcount >= 1, stmt  # the tampering really happened
    report = _verify(db, actors)
    assert not report.ok and report.first_bad_seq == n, report
    assert_clear_message(Exception(report.message()), "审计日志被篡改")


def test_t33_cut_tail_is_detected_against_the_head_kept_in_the_backup(chained, actors, tmp_path):
    """Fault T33: the newest audit records deleted (the chain that remains is valid by itself).
    Expect: detected against the chain head recorded in a backup manifest (or at head office)."""
    from loandesk.services import backup, restore

    db, seq, head = chained
    made = backup.create_backup(db, actors["admin"], tmp_path / "usb")
    info = restore.inspect_backup(made.path, key_hex=db.key_hex(), deep=False)
    with db.write() as s:
        s.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": seq - 3})
    assert _verify(db, actors).ok  # what is left is a valid chain ...
    report = _verify(db, actors, expected_head=info.audit_head[1])
    assert not report.ok and "截断" in report.message()  # ... but not the chain the backup saw


# --- T31 maker-checker, T32 login lockout -------------------------------------------------------------

def test_t31_the_clerk_who_entered_a_loan_cannot_approve_it_even_after_a_role_change(db, actors):
    """Fault T31: the clerk who entered an application is promoted to approver and tries to approve
    it. Expect: before the change PermissionDenied (the role is re-read on every call, no restart),
    after it a four-eyes refusal in Chinese, recorded as a denied attempt; another approver can."""
    from loandesk.services import approval
    from loandesk.services.context import ServiceError
    from tests.services.loans_support import pending_case

    app_id, _cid, _codes = pending_case(db, actors)
    with pytest.raises(PermissionDenied), db.write() as s:
        approval.decide(s, actors["clerk"], app_id, "approve", "同意")
    with db.write() as s:
        auth.update_user(s, actors["admin"], actors["clerk"].user_id, role="approver",
                         approval_limit_fen=100_000_000)
    with pytest.raises(ServiceError) as exc, db.write() as s:
        approval.decide(s, actors["clerk"], app_id, "approve", "同意")
    assert not isinstance(exc.value, PermissionDenied)
    assert_clear_message(exc.value, "不能审批")
    with db.read() as s:
        last = s.execute(select(AuditRecord.action, AuditRecord.outcome, AuditRecord.username)
                         .order_by(AuditRecord.seq.desc()).limit(1)).one()
    assert tuple(last) == ("approval.refused", "denied", "clerk")
    with db.write() as s:
        approval.decide(s, actors["approver"], app_id, "approve", "资料齐全，同意。")


def test_t32_five_wrong_passwords_lock_the_account_and_are_audited(db):
    """Fault T32: password guessing. Expect: after 5 failures the account is locked for 15 minutes
    (even the right password is refused, in Chinese), every attempt audited as denied, and the
    stored password is an Argon2id hash, never the text."""
    for i in range(4):
        with pytest.raises(auth.LoginFailed) as exc, db.write() as s:
            auth.login_once(s, "clerk", f"wrong-{i}")
        assert_clear_message(exc.value)
    with pytest.raises(auth.AccountLocked) as exc, db.write() as s:
        auth.login_once(s, "clerk", "wrong-4")
    assert_clear_message(exc.value, "锁定", "分钟")
    with pytest.raises(auth.AccountLocked), db.write() as s:
        auth.login_once(s, "clerk", "Passw0rd1")
    with db.read() as s:
        outcomes = s.execute(select(AuditRecord.action, AuditRecord.outcome).where(
            AuditRecord.action.like("auth.%")).order_by(AuditRecord.seq)).all()
        stored = s.scalar(select(User.password_hash).where(User.username == "clerk"))
    assert [o for _a, o in outcomes[-6:]] == ["denied"] * 6
    assert stored.startswith("$argon2id$") and "Passw0rd1" not in stored
