"""Audit search, paging, verification and export: filters, permissions, the export's own trace."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from loandesk.services import audit, audit_query, auth
from loandesk.services.audit_query import AuditFilters
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.engine import connect_raw
from tests.conftest import PASSWORD


@pytest.fixture
def trail(db, actors):
    """Known records on top of the setup ones: logins, a failure, user changes, a hostile summary."""
    with db.write() as s:
        auth.login(s, "clerk", PASSWORD)
    with db.write() as s, pytest.raises(ServiceError):
        auth.login_once(s, "clerk2", "wrong-pass1")
    with db.write() as s:
        auth.update_user(s, actors["admin"], actors["clerk2"].user_id, approval_limit_fen=100)
        audit.record(s, actors["clerk"], "customer.created", entity_type="customer",
                     entity_id="c-0001-abcdef", summary={"name": "=HYPERLINK(\"x\")", "note": "张三"})
    return db


def q(db, actor, **kw):
    with db.read() as s:
        f = AuditFilters(**kw)
        return audit_query.count_audit(s, actor, f), audit_query.search_audit(s, actor, f)


def test_search_by_user_action_entity_outcome(trail, actors):
    auditor = actors["auditor"]
    n_all, page = q(trail, auditor)
    with trail.read() as s:
        assert n_all == audit.count(s) >= 10
    assert [r.seq for r in page.rows] == sorted((r.seq for r in page.rows), reverse=True)  # newest first
    n, page = q(trail, auditor, username="clerk")
    assert n == len(page.rows) and {r.username for r in page.rows} == {"clerk"}
    assert {r.action for r in page.rows} == {"auth.login", "customer.created"}
    n, page = q(trail, auditor, action="user.")
    assert n >= 7 and all(r.action.startswith("user.") for r in page.rows)
    n, page = q(trail, auditor, action="user.updated")
    assert n == 1 and json.loads(page.rows[0].summary)["after"]["approval_limit_fen"] == 100
    n, page = q(trail, auditor, entity_type="customer", entity_id="c-0001")
    assert n == 1 and page.rows[0].entity_id == "c-0001-abcdef"
    n, page = q(trail, auditor, outcome="denied")
    assert n == 1 and page.rows[0].action == "auth.login_failed" and page.rows[0].outcome_label == "拒绝"
    n, _ = q(trail, auditor, username="clerk", outcome="denied")
    assert n == 0


def test_username_filter_ignores_case_and_full_width(trail, actors):
    """"Clerk" typed in the filter (user names are unique regardless of case) found no rows."""
    n_exact, _ = q(trail, actors["auditor"], username="clerk")
    assert n_exact > 0
    for typed in ("Clerk", " CLERK ", "ｃｌｅｒｋ"):
        n, page = q(trail, actors["auditor"], username=typed)
        assert n == n_exact and {r.username for r in page.rows} == {"clerk"}
    n, _ = q(trail, actors["auditor"], username="cler")  # still the whole name, not a prefix
    assert n == 0


def test_like_wildcards_are_literal(trail, actors):
    n, _ = q(trail, actors["auditor"], action="%")
    assert n == 0
    n, _ = q(trail, actors["auditor"], entity_id="c_0001")
    assert n == 0


def test_date_range_in_china_time(trail, actors):
    # A record at 2026-03-01 23:30 Beijing time is 15:30 UTC the same day; at 00:30 Beijing it is
    # still the previous day in UTC. Both must land on their Beijing calendar day.
    late = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)
    early = datetime(2026, 3, 1, 16, 30, tzinfo=UTC)  # 2026-03-02 00:30 Beijing
    with trail.write() as s:
        for at, tag in ((late, "late"), (early, "early")):
            rec = audit.record(s, actors["clerk"], f"test.{tag}")
            rec.at = at  # only to place the row in time; the chain is not checked here
    auditor = actors["auditor"]
    n, page = q(trail, auditor, action="test.", date_from=date(2026, 3, 1), date_to=date(2026, 3, 1))
    assert n == 1 and page.rows[0].action == "test.late" and page.rows[0].local_time == "2026-03-01 23:30:00"
    n, page = q(trail, auditor, action="test.", date_from=date(2026, 3, 2))
    assert n == 1 and page.rows[0].action == "test.early"
    n, _ = q(trail, auditor, action="test.", date_to=date(2026, 2, 28))
    assert n == 0
    with pytest.raises(ServiceError, match="开始日期"):
        AuditFilters(date_from=date(2026, 3, 2), date_to=date(2026, 3, 1))


def test_keyset_paging_walks_every_row_once(trail, actors):
    auditor = actors["auditor"]
    with trail.read() as s:
        total = audit_query.count_audit(s, auditor, AuditFilters())
        seen: list[int] = []
        before = None
        while True:
            page = audit_query.search_audit(s, auditor, AuditFilters(), before_seq=before, limit=3)
            seen += [r.seq for r in page.rows]
            if not page.has_more:
                break
            before = page.last_seq
    assert len(seen) == total == len(set(seen)) and seen == sorted(seen, reverse=True)


def test_clerk_may_not_read_and_is_audited(trail, actors):
    with trail.write() as s, pytest.raises(PermissionDenied):
        audit_query.search_audit(s, actors["clerk"], AuditFilters())
    n, page = q(trail, actors["auditor"], action="permission.denied")
    assert n == 1 and json.loads(page.rows[0].summary) == {"permission": "audit.view"}


def test_admin_may_view_and_verify_but_not_export(trail, actors, tmp_path):
    n, _ = q(trail, actors["admin"])
    assert n > 0
    with trail.read() as s:
        assert audit_query.verify(s, actors["admin"]).ok
    with trail.write() as s, pytest.raises(PermissionDenied):
        audit_query.export_audit(s, actors["admin"], AuditFilters(), tmp_path / "a.csv")
    assert not (tmp_path / "a.csv").exists() and not list(tmp_path.glob("a.csv*"))


def test_export_csv_as_auditor_contains_rows_and_is_audited(trail, actors, tmp_path):
    with trail.write() as s:
        result = audit_query.export_audit(s, actors["auditor"], AuditFilters(username="clerk"),
                                          tmp_path / "审计.csv", "csv")
    data = (tmp_path / "审计.csv").read_bytes()
    assert result.size == len(data) and not list(tmp_path.glob("*.part"))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == audit_query.EXPORT_COLUMNS
    body = rows[1:]
    assert {r[2] for r in body} == {"clerk"} and [int(r[0]) for r in body] == sorted(int(r[0]) for r in body)
    cust = next(r for r in body if r[3] == "customer.created")
    summary = json.loads(cust[8])
    assert summary["note"] == "张三"
    # the summary JSON begins with "{", so it is left alone; a cell that begins with = is not
    assert not any(c.startswith("=") for r in body for c in r)
    n, page = q(trail, actors["auditor"], action="audit.exported")
    assert n == 1
    rec = json.loads(page.rows[0].summary)
    assert rec["rows"] == len(body) and rec["format"] == "csv" and rec["filters"] == {"username": "clerk"}
    assert rec["file"] == "审计.csv" and rec["size"] == len(data) and rec["sha256"] == result.sha256


def _exports(db, auditor) -> list[tuple[str, str, dict]]:
    with db.read() as s:
        rows = audit_query.search_audit(s, auditor, AuditFilters(entity_type="audit_log")).rows
    return [(r.action, r.outcome, json.loads(r.summary)) for r in reversed(rows) if r.action.startswith("audit.export")]


@pytest.mark.parametrize("where", ["parent_is_a_file", "folder_gone", "target_is_a_folder"])
def test_export_that_cannot_be_written_is_recorded_as_failed_not_as_exported(trail, actors, tmp_path, where):
    """The export was recorded before the UI wrote the file: with the disk full, no permission or
    the folder gone, the trail claimed an export that never happened."""
    if where == "parent_is_a_file":
        (tmp_path / "U盘").write_text("a file, not a folder", encoding="utf-8")
        target = tmp_path / "U盘" / "审计.csv"
    elif where == "folder_gone":
        target = tmp_path / "拔出的U盘" / "审计.csv"
    else:  # the rename onto the chosen name fails after the .part was written
        target = tmp_path / "审计.csv"
        target.mkdir()
    with trail.write() as s, pytest.raises(ServiceError) as err:
        audit_query.export_audit(s, actors["auditor"], AuditFilters(), target, "csv")
    assert "审计日志未导出" in err.value.message and err.value.field == "path"
    assert ("不存在或不可用" in err.value.message) == (where != "target_is_a_folder")
    assert not target.is_file() and not list(tmp_path.rglob("*.part"))
    assert [(a, o) for a, o, _ in _exports(trail, actors["auditor"])] == [("audit.export_failed", "failed")]
    summary = _exports(trail, actors["auditor"])[0][2]
    assert summary["file"] == "审计.csv" and summary["format"] == "csv" and summary["partial_file_left"] is False
    assert summary["error"].split("/")[0] in ("NotADirectoryError", "FileNotFoundError", "IsADirectoryError")
    with trail.read() as s:
        assert audit.verify_chain(s).ok
    # a later export to a good place is recorded as exported, after the failure
    with trail.write() as s:
        audit_query.export_audit(s, actors["auditor"], AuditFilters(), tmp_path / "ok.csv", "csv")
    assert [a for a, _, _ in _exports(trail, actors["auditor"])] == ["audit.export_failed", "audit.exported"]


def test_export_whose_record_cannot_be_committed_leaves_no_file(trail, actors, tmp_path, monkeypatch):
    """The other half of "the trail describes what happened": no exported file without its record."""
    real_record = audit.record

    def failing(session, actor, action, **kw):
        if action == "audit.exported":
            raise OSError(28, "No space left on device")
        return real_record(session, actor, action, **kw)

    monkeypatch.setattr(audit, "record", failing)
    with trail.write() as s, pytest.raises(OSError):
        audit_query.export_audit(s, actors["auditor"], AuditFilters(), tmp_path / "a.csv", "csv")
    assert not list(tmp_path.glob("a.csv*"))


def test_formula_cells_are_neutralised():
    assert audit_query._cell("=1+1") == "'=1+1"
    assert audit_query._cell("@SUM(A1)") == "'@SUM(A1)"
    assert audit_query._cell("-3") == "'-3"
    assert audit_query._cell("张三") == "张三"
    assert audit_query._cell(42) == 42


def test_export_xlsx_reads_back(trail, actors, tmp_path):
    with trail.write() as s:
        audit_query.export_audit(s, actors["auditor"], AuditFilters(entity_type="customer"), tmp_path / "a.xlsx",
                                 "xlsx")
    wb = load_workbook(tmp_path / "a.xlsx", read_only=True)
    assert wb.sheetnames == ["审计日志", "导出说明"]
    rows = list(wb["审计日志"].iter_rows(values_only=True))
    assert list(rows[0]) == audit_query.EXPORT_COLUMNS
    assert len(rows) == 2 and rows[1][3] == "customer.created" and rows[1][6] == "c-0001-abcdef"
    assert isinstance(rows[1][0], int)
    info = {r[0]: r[1] for r in wb["导出说明"].iter_rows(values_only=True)}
    assert info["筛选条件"] == "entity_type=customer" and len(info["导出时链尾哈希"]) == 64


def test_export_refused_for_clerk_and_leaves_only_the_denial(trail, actors, tmp_path):
    with trail.read() as s:
        before = audit.count(s)
    with trail.write() as s, pytest.raises(PermissionDenied):
        audit_query.export_audit(s, actors["clerk"], AuditFilters(), tmp_path / "a.csv", "csv")
    assert not list(tmp_path.glob("a.csv*"))
    with trail.read() as s:
        assert audit.count(s) == before + 1
        last = audit_query.search_audit(s, actors["auditor"], AuditFilters(), limit=1).rows[0]
    assert last.action == "permission.denied" and last.username == "clerk"


def test_bad_format_and_outcome_refused(trail, actors, tmp_path):
    with trail.write() as s, pytest.raises(ServiceError, match="CSV"):
        audit_query.export_audit(s, actors["auditor"], AuditFilters(), tmp_path / "a.pdf", "pdf")
    with pytest.raises(ServiceError):
        AuditFilters(outcome="maybe")


def test_verify_detects_a_tampered_row(trail, actors, data_dir):
    with trail.read() as s:
        assert audit_query.verify(s, actors["auditor"]).ok
    conn = connect_raw(data_dir.db, trail.key_hex())
    try:
        conn.execute("UPDATE audit_log SET username = 'nobody' WHERE seq = 3")
    finally:
        conn.close()
    with trail.read() as s:
        report = audit_query.verify(s, actors["auditor"])
    assert not report.ok and report.first_bad_seq == 3 and "第 3 条" in report.message()
    with trail.write() as s:
        audit_query.record_verification(s, actors["auditor"], report)
    _, page = q(trail, actors["auditor"], action="audit.verified")
    assert json.loads(page.rows[0].summary)["first_bad_seq"] == 3


def test_filter_choices_and_detail(trail, actors):
    with trail.read() as s:
        choices = audit_query.filter_choices(s, actors["auditor"])
        row = audit_query.get_record(s, actors["auditor"], 1)
    assert {"admin", "clerk", "system"} <= set(choices.usernames)
    assert "customer" in choices.entity_types and "user.created" in choices.actions
    assert row.seq == 1 and row.action_label == "初始化网点"
    assert row.summary_pretty().startswith("{\n")
    assert row.at.tzinfo is not None and datetime.now(UTC) - row.at < timedelta(minutes=5)
