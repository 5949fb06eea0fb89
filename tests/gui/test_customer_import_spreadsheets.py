"""批量导入 dialog with a spreadsheet as branches make them: a hidden list sheet, a title row above
the header, an ID column Excel stored as numbers. Real files in tmp_path, real SQLCipher."""

from __future__ import annotations

import io

from openpyxl import Workbook

from tests.gui.test_customer_import import HEADER, ID1, customer_count, good_rows, load, make_dialog


def _branch_workbook() -> bytes:
    wb = Workbook()
    lists = wb.active
    lists.title = "选项"
    for v in ("农户", "个人", "个体工商户"):
        lists.append([v])
    lists.sheet_state = "hidden"
    ws = wb.create_sheet("客户")
    ws.append(["XX信用社客户导入表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    rows: list[list[object]] = [list(r) for r in good_rows()]
    rows[0][2] = float(ID1)  # the ID column was not set to 文本
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_titled_sheet_after_a_hidden_sheet_previews_and_imports_the_good_row(qtbot, db, actors, tmp_path):
    path = tmp_path / "支行客户.xlsx"
    path.write_bytes(_branch_workbook())
    dlg = make_dialog(qtbot, db, actors["clerk"])
    preview = load(qtbot, dlg, path)
    f = dlg.form
    assert (preview.total, preview.valid_count, preview.error_count) == (2, 1, 1)
    summary = f.summaryLabel.text()
    assert "工作表“客户”" in summary and "表头在第 2 行" in summary
    m = dlg.errors
    shown = [(m.data(m.index(r, 0)), m.data(m.index(r, 1)), m.data(m.index(r, 2))) for r in range(m.rowCount())]
    assert len(shown) == 1
    row, column, message = shown[0]
    assert (row, column) == ("第 3 行", "身份证号") and "存成了数字" in message and "文本" in message
    assert f.importButton.isEnabled() and f.importButton.text() == "导入 1 行（跳过 1 行）"
    with qtbot.waitSignal(dlg.sig_imported, timeout=20000) as blocker:
        f.importButton.click()
    assert (blocker.args[0].created, blocker.args[0].skipped) == (1, 1)
    assert customer_count(db) == 1


def test_summary_says_an_amount_column_in_wan_yuan_was_converted(qtbot, db, actors, tmp_path):
    header = [*HEADER[:7], "月收入（万元）"]
    rows = [[*r[:7], "0.5"] for r in good_rows()]
    path = tmp_path / "万元.csv"
    path.write_bytes(("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk"))
    dlg = make_dialog(qtbot, db, actors["clerk"])
    preview = load(qtbot, dlg, path)
    assert preview.error_count == 0
    assert "“月收入（万元）”列按万元填写，已换算为元" in dlg.form.summaryLabel.text()


def test_file_chooser_shows_unicode_text_and_the_formats_the_import_explains(qtbot, db, actors, tmp_path,
                                                                              monkeypatch):
    from loandesk.ui.customers import export as export_mod

    seen: list[str] = []
    monkeypatch.setattr(export_mod, "choose_open_file", lambda _p, _t, filters: seen.append(filters) or "")
    dlg = make_dialog(qtbot, db, actors["clerk"])
    dlg.form.chooseButton.click()
    first = seen[0].split(";;")[0]
    for pattern in ("*.xlsx", "*.csv", "*.txt", "*.xls", "*.et"):
        assert pattern in first.replace("(", " ").replace(")", " ").split(), (pattern, first)


def _village_ledger() -> bytes:
    """A branch's own list: a hidden drop-down sheet, a title, (必填) markers, a 万元 column, 农户
    merged down the rows, a name padded with a non-breaking space, a "-" for no income, an
    ID column where Excel turned one number into 1.1E+17, dates with a time, a blank row."""
    from tests.gui.test_customer_import import ID2

    wb = Workbook()
    lists = wb.active
    lists.title = "下拉"
    lists.append(["农户"])
    lists.sheet_state = "hidden"
    ws = wb.create_sheet("某村")
    ws.append(["XX信用社某某村农户信息表"])
    ws.merge_cells("A1:H1")
    ws.append(["客户类型（必填）", "姓名（必填）", "身份证号码（必填）", "有效期限", "手机号码", "月收入（万元）", "序号", "备注"])
    ws.append(["农户", "张\u00a0三", ID1, "2015.05.01-2035.05.01", 13800000001, 0.3, 1, ""])
    ws.append([None, "欧阳娜娜", ID2, "2016.06.01-2036.06.01", "13900000002", "-", 2, ""])
    ws.append([None, None, None, None, None, None, None, None])
    ws.append([None, "李四", float(ID1[:-1] + "9"), "2015.05.01-2035.05.01", "13700000003", "0.5", 3, ""])
    ws.merge_cells("A3:A6")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_village_ledger_as_branches_keep_it(qtbot, db, actors, tmp_path):
    from sqlalchemy import select

    from loandesk.store.models.customers import Customer, CustomerProfile

    path = tmp_path / "某村农户.xlsx"
    path.write_bytes(_village_ledger())
    dlg = make_dialog(qtbot, db, actors["clerk"])
    preview = load(qtbot, dlg, path)
    assert (preview.total, preview.valid_count, preview.error_count) == (3, 2, 1), [str(e) for e in preview.errors]
    (err,) = preview.errors
    assert (err.row, err.column) == (6, "身份证号码（必填）") and "存成了数字" in err.message
    summary = dlg.form.summaryLabel.text()
    assert "工作表“某村”" in summary and "表头在第 2 行" in summary and "按万元填写" in summary
    with qtbot.waitSignal(dlg.sig_imported, timeout=20000) as blocker:
        dlg.form.importButton.click()
    assert (blocker.args[0].created, blocker.args[0].skipped) == (2, 1)
    with db.read() as s:
        got = s.execute(select(Customer.name, Customer.kind, Customer.mobile, Customer.id_valid_to,
                               CustomerProfile.monthly_income_fen)
                        .join(CustomerProfile, CustomerProfile.customer_id == Customer.id).order_by(Customer.sn)).all()
    assert [(n, k, m, str(v), fen) for n, k, m, v, fen in got] == [
        ("张三", "farmer", "13800000001", "2035-05-01", 300_000),
        ("欧阳娜娜", "farmer", "13900000002", "2036-06-01", None),
    ]
