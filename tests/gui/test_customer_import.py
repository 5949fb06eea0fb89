"""批量导入 dialog and search-result export, driven through the real widgets on real SQLCipher files.

Files are real CSV (UTF-8 and GBK) and XLSX bytes written to tmp_path; the file choosers are
replaced (no modal dialog ever opens), everything else — preview, one-transaction commit, cancel,
error workbook, masking by role — runs through the services on the DB thread.
"""

from __future__ import annotations

import codecs
import csv
import io
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from loandesk.domain import permissions
from loandesk.services import customer_io as cio
from loandesk.store.models.customers import Customer
from loandesk.ui.context import AppContext
from loandesk.ui.customers import export as export_mod
from loandesk.ui.customers import import_dialog
from loandesk.ui.customers.import_dialog import CANCELLED_TEXT, ImportDialog
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import create, id_number, open_tab

HEADER = ["客户类型*", "姓名*", "身份证号*", "有效期起*", "有效期止*", "手机号*", "户籍地区", "月收入（元）"]
ID1 = id_number("19900307", 111)
ID2 = id_number("19851120", 222)
ID3 = id_number("19790101", 333, "330108")
ID4 = id_number("19800202", 444, "330108")


def good_rows() -> list[list[str]]:
    return [
        ["农户", "张三", ID1, "2015-05-01", "2035-05-01", "13800000001", "浙江省杭州市西湖区", "3000"],
        ["个人", "欧阳娜娜", ID2, "2016/6/1", "2036/6/1", "13900000002", "330106", "5万"],
    ]


def mixed_rows() -> list[list[str]]:
    bad_check = ID3[:-1] + ("0" if ID3[-1] != "0" else "1")
    return [
        *good_rows(),
        ["农户", "李四", bad_check, "2015-05-01", "2035-05-01", "12345", "", ""],  # row 4: ID check digit, phone
        ["农户", "王五", ID1, "2015-05-01", "2035-05-01", "13800000005", "", ""],  # row 5: same ID as row 2
        ["农民", "赵六", ID4, "2015-05-01", "长期", "13800000006", "火星省", "abc"],  # row 6: kind, region, income
    ]


EXPECTED = {(4, "身份证号"), (4, "手机号"), (5, "身份证号"), (6, "客户类型"), (6, "户籍地区"), (6, "月收入（元）")}


def to_csv(rows: list[list[str]], encoding: str = "utf-8", bom: bool = False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def to_xlsx(rows: list[list[str]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "客户信息"
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def customer_count(db) -> int:
    wait_db_idle()
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def make_dialog(qtbot, db, actor) -> ImportDialog:
    ctx = AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")
    dlg = ImportDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def load(qtbot, dlg: ImportDialog, path: Path) -> cio.ImportPreview:
    with qtbot.waitSignal(dlg.sig_previewed, timeout=20000) as blocker:
        dlg.load_file(str(path))
    return blocker.args[0]


def issues_shown(dlg: ImportDialog) -> set[tuple[int, str]]:
    """(row, column) as the error table shows them: "第 4 行" / "手机号"."""
    m = dlg.errors
    out = set()
    for r in range(m.rowCount()):
        row_text = m.data(m.index(r, 0))
        out.add((int(row_text.removeprefix("第 ").removesuffix(" 行")), m.data(m.index(r, 1))))
    return out


@pytest.fixture
def saves(monkeypatch, tmp_path):
    """Every save-as goes to tmp_path under the suggested name; returns the list of paths."""
    chosen: list[Path] = []

    def choose(_parent, _title, name, _filters):
        path = tmp_path / "out" / name
        path.parent.mkdir(exist_ok=True)
        chosen.append(path)
        return str(path)

    monkeypatch.setattr(export_mod, "choose_save_file", choose)
    return chosen


@pytest.mark.parametrize(
    ("name", "make", "encoding"),
    [
        ("客户_utf8.csv", lambda r: to_csv(r, bom=True), "UTF-8 (BOM)"),
        ("客户_gbk.csv", lambda r: to_csv(r, "gbk"), "GB18030"),
        ("客户.xlsx", to_xlsx, ""),
    ],
)
def test_preview_lists_errors_by_row_and_column_then_imports_the_valid_rows(qtbot, db, actors, tmp_path, name,
                                                                             make, encoding):
    path = tmp_path / name
    path.write_bytes(make(mixed_rows()))
    dlg = make_dialog(qtbot, db, actors["clerk"])
    f = dlg.form
    assert not f.importButton.isEnabled()  # nothing chosen yet
    preview = load(qtbot, dlg, path)
    assert preview.encoding == encoding
    assert (preview.total, preview.valid_count, preview.error_count) == (5, 2, 3)
    assert issues_shown(dlg) == EXPECTED
    messages = " ".join(dlg.errors.data(dlg.errors.index(r, 2)) for r in range(dlg.errors.rowCount()))
    assert "校验" in messages and "重复" in messages  # Chinese reasons, not codes
    assert "可导入 <b>2</b> 行" in f.summaryLabel.text() and "有错误 <b>3</b> 行" in f.summaryLabel.text()
    assert f.issueTabs.tabText(0) == f"错误（{len(EXPECTED)}）"
    assert f.importButton.isEnabled() and f.importButton.text() == "导入 2 行（跳过 3 行）"
    assert f.errorBookButton.isEnabled()
    assert customer_count(db) == 0  # the preview writes nothing
    with qtbot.waitSignal(dlg.sig_imported, timeout=20000) as blocker:
        f.importButton.click()
    result = blocker.args[0]
    assert (result.created, result.skipped) == (2, 3)
    assert "新建 2 位客户" in dlg.message() and "跳过有错误的 3 行" in dlg.message()
    assert not f.importButton.isEnabled()  # one file, one import
    assert customer_count(db) == 2
    with db.read() as s:
        assert sorted(s.scalars(select(Customer.name))) == sorted(["张三", "欧阳娜娜"])
    wait_db_idle()


def test_choose_none_imports_nothing_and_all_bad_cannot_import(qtbot, db, actors, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(to_csv(mixed_rows()))
    dlg = make_dialog(qtbot, db, actors["clerk"])
    f = dlg.form
    load(qtbot, dlg, path)
    f.noneRadio.setChecked(True)
    assert not f.importButton.isEnabled()
    assert "全部不导入" in f.importButton.toolTip() and "3 行错误" in dlg.message()
    dlg.start_import()  # even called directly: refused
    f.validOnlyRadio.setChecked(True)
    assert f.importButton.isEnabled()
    # A file where every row is wrong: there is nothing to import.
    bad = tmp_path / "bad.csv"
    bad.write_bytes(to_csv([mixed_rows()[2], mixed_rows()[4]]))
    preview = load(qtbot, dlg, bad)
    assert preview.valid_count == 0
    assert not f.importButton.isEnabled() and "没有可以导入的行" in dlg.message()
    assert customer_count(db) == 0
    wait_db_idle()


def test_cancel_mid_import_leaves_zero_rows(qtbot, db, actors, tmp_path, monkeypatch):
    """Rows are already inserted in the open transaction when 取消 is pressed: all are rolled back."""
    rows = [["个人", f"客户{i:03d}", id_number(f"1980{i % 12 + 1:02d}{i % 28 + 1:02d}", i), "2015-05-01",
             "2035-05-01", f"139{i:08d}", "330106", ""] for i in range(300)]
    path = tmp_path / "big.csv"
    path.write_bytes(to_csv(rows))
    dlg = make_dialog(qtbot, db, actors["clerk"])
    f = dlg.form
    preview = load(qtbot, dlg, path)
    assert preview.valid_count == 300
    reached = threading.Event()
    release = threading.Event()
    real_notify = cio._notify

    def notify(progress, cancel, done, total, what):
        if what == "正在提交":  # every row is in the transaction now, nothing committed yet
            reached.set()
            release.wait(10)
        return real_notify(progress, cancel, done, total, what)

    monkeypatch.setattr(cio, "_notify", notify)
    f.importButton.click()
    assert f.cancelButton.isVisible() and not f.closeButton.isEnabled()
    qtbot.waitUntil(reached.is_set, timeout=20000)
    with qtbot.waitSignal(dlg.sig_cancelled, timeout=20000) as blocker:
        f.cancelButton.click()
        assert "正在取消" in f.progressLabel.text()
        release.set()
    assert blocker.args == ["commit"]
    assert dlg.message() == CANCELLED_TEXT
    assert customer_count(db) == 0
    assert not f.cancelButton.isVisible() and f.closeButton.isEnabled()
    assert f.importButton.isEnabled()  # the clerk may try again
    wait_db_idle()


def test_cancel_while_checking(qtbot, db, actors, tmp_path):
    rows = [["个人", f"客户{i}", id_number(f"1970{i % 12 + 1:02d}{i % 28 + 1:02d}", i % 1000), "2015-05-01",
             "2035-05-01", f"138{i:08d}", "", ""] for i in range(3000)]
    data = to_csv(rows)
    dlg = make_dialog(qtbot, db, actors["clerk"])
    block = threading.Event()
    from loandesk.ui.tasks import run_db

    run_db(lambda: block.wait(10))  # hold the DB thread so 取消 certainly comes first
    dlg.preview_bytes("big.csv", data)
    dlg.cancel()
    with qtbot.waitSignal(dlg.sig_cancelled, timeout=20000):
        block.set()
    assert dlg.preview is None and "已取消检查" in dlg.message()
    wait_db_idle()


def test_error_workbook_and_templates(qtbot, db, actors, tmp_path, saves):
    path = tmp_path / "mixed.xlsx"
    path.write_bytes(to_xlsx(mixed_rows()))
    dlg = make_dialog(qtbot, db, actors["clerk"])
    f = dlg.form
    load(qtbot, dlg, path)
    f.errorBookButton.click()
    qtbot.waitUntil(lambda: "已保存错误清单" in dlg.message(), timeout=10000)
    book = saves[-1]
    assert book.name.startswith("mixed_错误清单_") and book.suffix == ".xlsx"
    ws = load_workbook(book).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][-2:] == [cio.ERROR_HEADER, "原行号"]
    assert [r[-1] for r in rows[1:]] == [4, 5, 6]
    assert "手机号" in rows[1][-2]
    assert not list(book.parent.glob("*.part"))  # nothing half-written left beside it
    # The error workbook goes back in as it is (its 错误原因 column is ignored).
    again = load(qtbot, dlg, book)
    assert again.total == 3 and set(again.ignored_columns) <= {"原行号"}
    assert again.error_count == 2  # 王五's duplicate (张三's row) is not in this file any more
    f.templateXlsxButton.click()
    qtbot.waitUntil(lambda: "已保存导入模板" in dlg.message() and saves[-1].exists(), timeout=10000)
    assert saves[-1].name == "客户导入模板.xlsx"
    assert "填写说明" in load_workbook(saves[-1]).sheetnames
    f.templateCsvButton.click()
    qtbot.waitUntil(lambda: saves[-1].suffix == ".csv" and saves[-1].exists(), timeout=10000)
    assert saves[-1].read_bytes().startswith(codecs.BOM_UTF8 + "客户类型*".encode())
    wait_db_idle()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("客户.xlsx", b"not a zip at all", "不是 Excel"),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "旧版 Excel"),
        ("empty.csv", b"", "空文件"),
    ],
)
def test_unreadable_files_get_a_chinese_message(qtbot, db, actors, tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    dlg = make_dialog(qtbot, db, actors["clerk"])
    with qtbot.waitSignal(dlg.sig_failed, timeout=10000) as blocker:
        dlg.load_file(str(path))
    assert expected in blocker.args[0] and expected in dlg.message()
    assert dlg.preview is None and not dlg.form.importButton.isEnabled()
    wait_db_idle()


def test_tab_import_button_opens_the_dialog(qtbot, db, actors, tmp_path, monkeypatch):
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda _p: "")
    tab = open_tab(qtbot, db, actors["clerk"], tmp_path)
    assert tab.panel.importButton.isEnabled()
    tab.panel.importButton.click()
    dialogs = [d for d in tab.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
    wait_db_idle()


# --- export ---------------------------------------------------------------------------------------

@pytest.fixture
def two_customers(db, actors):
    a = create(db, actors["clerk"], name="张三丰", id_number=id_number("19850312", 123), mobile="13812345678")
    b = create(db, actors["clerk"], name="李四", id_number=id_number("19900101", 456), mobile="13987654321")
    return a, b


def run_export(qtbot, db, actor, monkeypatch, query: str = "", filters=None) -> tuple[str, str]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(export_mod, "inform", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(export_mod, "warn", lambda _p, title, text: said.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(db=db, actor=actor, branch_name="测试支行", branch_code="3301")
    export_mod.export_results(ctx, parent, query, filters)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    wait_db_idle()
    return said[0]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_masks_per_role(qtbot, db, actors, two_customers, monkeypatch, tmp_path, fmt):
    out = tmp_path / f"全部客户.{fmt}"
    monkeypatch.setattr(export_mod, "choose_save_file", lambda *_a: str(out))
    full_ids = {id_number("19850312", 123), id_number("19900101", 456)}
    # A clerk holds customer.view_unmasked: full numbers, and the message says the file is sensitive.
    title, text = run_export(qtbot, db, actors["clerk"], monkeypatch)
    assert title == "导出完成" and "已导出 2 位客户" in text and "完整号码" in text
    table = cio.read_table(out.read_bytes(), out.name)
    col_id, col_mobile = table[0].index("身份证号"), table[0].index("手机号")
    assert {r[col_id].strip() for r in table[1:]} == full_ids
    assert {r[col_mobile].strip() for r in table[1:]} == {"13812345678", "13987654321"}
    # The same clerk without the permission (a change takes effect at once): masked.
    clerk_perms = permissions.ROLE_PERMISSIONS[permissions.Role.CLERK] - {"customer.view_unmasked"}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, permissions.Role.CLERK, clerk_perms)
    title, text = run_export(qtbot, db, actors["clerk"], monkeypatch, query="张三丰")
    assert "已导出 1 位客户" in text and "已按您的权限屏蔽" in text
    table = cio.read_table(out.read_bytes(), out.name)
    assert len(table) == 2
    idn, mobile = table[1][col_id].strip(), table[1][col_mobile].strip()
    full = id_number("19850312", 123)
    assert idn not in full_ids and "*" in idn and idn[0] == full[0] and idn[-1] == full[-1]
    assert mobile != "13812345678" and "*" in mobile and mobile.endswith("5678")
    assert not list(tmp_path.glob("*.part"))


def test_export_refused_without_permission_and_cancel_chosen(qtbot, db, actors, two_customers, monkeypatch, tmp_path):
    monkeypatch.setattr(export_mod, "choose_save_file", lambda *_a: str(tmp_path / "x.xlsx"))
    title, text = run_export(qtbot, db, actors["reviewer"], monkeypatch)
    assert title == "导出未完成" and "权限" in text
    assert not (tmp_path / "x.xlsx").exists()
    # Cancelling the file chooser does nothing at all.
    monkeypatch.setattr(export_mod, "choose_save_file", lambda *_a: "")
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(db=db, actor=actors["clerk"])
    export_mod.export_results(ctx, parent, "", None)
    wait_db_idle()
    assert not list(tmp_path.glob("*.xlsx"))
