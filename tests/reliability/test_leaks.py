"""G. Privacy — no plaintext personal data or keys outside the encrypted files (T16, T34, T35).

A whole working session runs with the app's own logging set-up (ui.app.setup_logging, raised to
DEBUG) and a private temp directory: a customer whose name is a sentinel string and who has a
sample ID number and mobile number is created, searched, revealed, edited, imported, exported,
given a document, backed up, restored elsewhere, re-keyed and exported for head office; refused
and unexpected errors pass through the GUI's error handler (ui.errors.user_message). Afterwards
the logs, the temp directory, every file in the data folder (``-wal``/``-shm`` included), the
backups, captured stdout/stderr and every exception text are searched for the sentinel (UTF-8
and UTF-16), the ID and phone patterns, the key(s) in hex and the passphrase: 0 hits (G4).

Not reachable from Linux tests: the Windows print spool and Qt's caches on a branch PC (T35).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import tempfile
import traceback

import pytest
import sqlcipher3
from sqlalchemy import text

from loandesk.services import audit_query, backup, health, keymgmt, restore
from loandesk.services import customer_io as cio
from loandesk.services import customers as cs
from loandesk.services import documents as docs
from loandesk.store.attachments import BlobStore
from loandesk.store.database import DataDir, open_database
from loandesk.store.errors import StorageError
from loandesk.store.keys import WrongPassphrase
from tests.conftest import PASSPHRASE, make_db
from tests.reliability._support import grep_files, make_id, mobile, person

SENTINEL = "哨兵客户甲乙丙"
ID = make_id(4242)
PHONE = mobile(4242)
CONTACT_ID = make_id(4343)
ID_RE = re.compile(rb"(?<!\d)\d{17}[\dXx](?!\d)")
PHONE_RE = re.compile(rb"(?<![\d.])1[3-9]\d{9}(?!\d)")


def _needles(keys: list[str]) -> list[bytes | re.Pattern[bytes]]:
    out: list[bytes | re.Pattern[bytes]] = [SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le"),
                                            ID.encode(), PHONE.encode(), CONTACT_ID.encode(),
                                            ID.encode("utf-16-le"), PASSPHRASE.encode(), ID_RE, PHONE_RE]
    for k in keys:
        out += [k.encode(), k.upper().encode(), k.encode("utf-16-le")]
    return out


def _pdf_with(text_: str) -> bytes:
    """A PDF whose page content carries the text uncompressed (so a plaintext copy would show)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(300, 300)
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 20 150 Td ({text_}) Tj ET".encode())
    page[NameObject("/Contents")] = w._add_object(stream)
    import io

    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


@pytest.fixture
def app_logging(tmp_path):
    """The GUI's log set-up (rotating file in <data>/logs), at DEBUG for the session."""
    from loandesk.ui.app import setup_logging

    data = DataDir(tmp_path / "branch")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging(data)
    root.setLevel(logging.DEBUG)
    yield data
    for h in root.handlers[:]:
        if h not in handlers:
            h.close()
            root.removeHandler(h)
    root.setLevel(level)


def test_t34_t35_a_full_session_leaves_no_personal_data_or_key_outside_the_encrypted_files(
        app_logging, private_temp, tmp_path, capfd, memory_keyring):
    """Faults T34/T35 (and T16 for production logging): personal data or the key reaching a log,
    a temp file, a sidecar file, a backup or an error text. Expect 0 hits everywhere."""
    from loandesk.ui.errors import user_message

    data = app_logging
    db = make_db(data)
    keys = [db.key_hex()]
    shown: list[str] = []
    errors: list[BaseException] = []
    with db.read() as s:
        ids = dict(s.execute(text("SELECT username, id FROM users")).all())
    from loandesk.services.context import Actor

    clerk, admin, auditor = Actor(ids["clerk"], "clerk"), Actor(ids["admin"], "admin"), Actor(ids["auditor"], "auditor")
    data_in = person(4242, name=SENTINEL, notes=f"{SENTINEL}的备注 {ID} {PHONE}",
                     bank=cs.BankAccountInput("passbook", "PB4242424242", "农村信用社"),
                     contacts=(cs.ContactInput("guarantor", f"{SENTINEL}担保人", id_number=CONTACT_ID,
                                               phone="13912340000", relation="朋友"),),
                     consents=(cs.ConsentInput("pi_sensitive", "2024-01-02", "贷款业务"),))
    with db.write() as s:
        cid = cs.create_customer(s, clerk, data_in).id
    with db.write() as s:
        for q in (ID, PHONE, SENTINEL, ID[-6:], PHONE[-4:]):
            assert cs.search_customers(s, clerk, q).rows
        cs.reveal_field(s, clerk, cid, "id_number")
        cs.reveal_field(s, clerk, cid, "mobile")
        view = cs.get_customer(s, clerk, cid, unmasked=True)
        cs.update_customer(s, clerk, cid, dataclasses.replace(view.to_input(), notes=f"改 {SENTINEL} {ID}"))
    # refusals and an unexpected error, through the GUI's handler
    for attempt in (
        lambda s: cs.create_customer(s, clerk, person(4242, name=SENTINEL)),  # duplicate
        lambda s: cs.create_customer(s, clerk, person(1, name=SENTINEL, id_number=ID[:-1] + "0", mobile="1391")),
        lambda s: s.execute(text("INSERT INTO settings(key, value) VALUES ('dup', :v), ('dup', :v)"),
                            {"v": f"{SENTINEL} {ID} {PHONE}"}),  # an IntegrityError carrying the values
    ):
        try:
            with db.write() as s:
                attempt(s)
        except Exception as exc:
            errors.append(exc)
            shown.append(user_message(exc))
    # import, export, documents, audit export
    rows = "\r\n".join(["客户类型,姓名,身份证号,有效期起,有效期止,手机号,备注"] + [
        f"农户,{SENTINEL}{i},{make_id(5000 + i)},2021-03-01,长期,{mobile(5000 + i)},{SENTINEL}" for i in range(20)])
    with db.read() as s:
        preview = cio.preview_import(s, clerk, f"{SENTINEL}名单.csv", rows.encode("utf-8"))
    with db.write() as s:
        cio.commit_import(s, clerk, preview)
        for fmt in ("xlsx", "csv"):
            assert cio.export_customers(s, clerk, SENTINEL, fmt=fmt)
        doc = docs.attach_document(s, clerk, cid, "other", f"{SENTINEL}.pdf", _pdf_with("SENTINEL-PDF-7f3c"),
                                   blobs=BlobStore.of(db))
        assert docs.render_watermarked_copy(s, clerk, doc.id, blobs=BlobStore.of(db))
        assert audit_query.export_audit(s, auditor, audit_query.AuditFilters(), tmp_path / "audit.xlsx",
                                        fmt="xlsx").size
    # backup, verify (extracts into the temp dir), restore on "another PC", health, re-key, HQ export
    made = backup.create_backup(db, admin, tmp_path / "usb")
    restore.inspect_backup(made.path, PASSPHRASE)
    try:
        restore.inspect_backup(made.path, "Wrong-Passphrase-9")
    except WrongPassphrase as exc:
        errors.append(exc)
        shown.append(user_message(exc))
    other = restore.restore_backup(DataDir(tmp_path / "other-pc"), made.path, PASSPHRASE)
    keys.append(other.key_hex)
    assert health.health_report(db, admin, check_integrity=True).integrity == {"core": [], "attachments": []}
    db = keymgmt.rekey_database(db, admin, PASSPHRASE).database
    keys.append(db.key_hex())
    keymgmt.export_for_hq(db, admin, tmp_path / "hq.db", "Hq-Export-2026!")
    db.close()
    try:
        open_database(data, keys[0])  # the old key, after the re-key
    except StorageError as exc:
        errors.append(exc)
        shown.append(user_message(exc))
    for h in logging.getLogger().handlers:
        h.flush()
    out, err = capfd.readouterr()

    needles = _needles(keys)
    logs = list(data.logs.rglob("*"))
    assert logs, "the app's log file was not written: the scan would prove nothing"
    assert grep_files([p for p in logs if p.is_file()], needles) == []
    assert grep_files([p for p in private_temp.rglob("*") if p.is_file()], needles) == []
    everything = [p for root in (data.root, tmp_path / "usb", tmp_path / "other-pc", tmp_path / "hq.db")
                  for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()]
    assert any(p.name.endswith("-wal") or p.name.endswith(".ldbackup") for p in everything)
    assert grep_files([p for p in everything if p not in logs], needles) == []
    for stream in (out, err, *shown):
        for needle in needles:
            raw = stream.encode("utf-8")
            assert not (needle.search(raw) if isinstance(needle, re.Pattern) else needle in raw), \
                (needle, stream[:300])
    for exc in errors:  # T16: no key in any exception text, chained causes included
        text_ = "".join(traceback.format_exception(exc))
        for k in keys:
            assert k not in text_ and k.upper() not in text_


def test_t16_debug_logging_of_sqlalchemy_and_sqlcipher_never_shows_a_key(db, actors, tmp_path, capfd):
    """Fault T16: a support technician turns on SQLAlchemy statement logging (echo) and SQLCipher's
    DEBUG log. Expect: open, wrong key, re-key, backup, verify and the head-office export leave the
    key (hex, either case) and the passphrases out of every log line and of stderr."""
    log_file = tmp_path / "debug.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    sa = logging.getLogger("sqlalchemy")
    old_level = sa.level
    sa.addHandler(handler)
    sa.setLevel(logging.DEBUG)
    cipher_log = tmp_path / "sqlcipher.log"
    probe = sqlcipher3.connect(":memory:")
    probe.execute(f"PRAGMA cipher_log = '{cipher_log}'")
    probe.execute("PRAGMA cipher_log_level = DEBUG")
    keys = [db.key_hex()]
    try:
        with db.write() as s:
            cs.create_customer(s, actors["clerk"], person(7, name="日志客户"))
        made = backup.create_backup(db, actors["admin"], tmp_path / "usb")
        restore.inspect_backup(made.path, PASSPHRASE)
        db2 = keymgmt.rekey_database(db, actors["admin"], PASSPHRASE).database
        keys.append(db2.key_hex())
        keymgmt.export_for_hq(db2, actors["admin"], tmp_path / "hq.db", "Hq-Export-2026!")
        data = db2.data
        db2.close()
        with pytest.raises(StorageError):
            open_database(data, keys[0])
    finally:
        probe.execute("PRAGMA cipher_log_level = WARN")
        probe.execute("PRAGMA cipher_log = stderr")
        probe.close()
        sa.removeHandler(handler)
        sa.setLevel(old_level)
        handler.close()
    out, err = capfd.readouterr()
    assert log_file.stat().st_size > 0 and cipher_log.stat().st_size > 0  # the logs really ran
    needles = []
    for k in keys:
        needles += [k.encode(), k.upper().encode()]
    needles += [PASSPHRASE.encode(), b"Hq-Export-2026!"]
    assert grep_files([log_file, cipher_log], needles) == []
    assert not [n for n in needles if n in (out + err).encode()]
