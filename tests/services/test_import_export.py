"""Customer import (CSV in UTF-8/GBK, xlsx) and export on real SQLCipher files."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from loandesk.domain import permissions
from loandesk.services import customer_io as cio
from loandesk.services import customers as cs
from loandesk.services.context import PermissionDenied, ServiceError
from loandesk.store.models.audit import AuditRecord
from loandesk.store.models.customers import Customer
from tests.services._fixtures_documents import valid_id

HEADER = ["客户类型*", "姓名*", "身份证号*", "有效期起*", "有效期止*", "手机号*", "户籍地区", "月收入（元）", "备注"]
ID1 = valid_id("330106", "19900307", "111")
ID2 = valid_id("330106", "19851120", "222")
ID3 = valid_id("330108", "19790101", "333")
ID4 = valid_id("330108", "19800202", "444")


def good_rows() -> list[list[str]]:
    return [
        ["农户", "张三", ID1, "2015-05-01", "2035-05-01", "13800000001", "浙江省杭州市西湖区", "3000", "老客户"],
        ["个人", "欧阳娜娜", ID2, "2016/6/1", "2036/6/1", "13900000002", "330106", "5万", ""],
    ]


def mixed_rows() -> list[list[str]]:
    bad_check = ID3[:-1] + ("0" if ID3[-1] != "0" else "1")
    return [
        *good_rows(),
        ["农户", "李四", bad_check, "2015-05-01", "2035-05-01", "12345", "", "", ""],  # row 4: ID + phone
        ["农户", "王五", ID1, "2015-05-01", "2035-05-01", "13800000005", "", "", ""],  # row 5: dup of row 2
        ["农民", "赵六", ID4, "2015-05-01", "长期", "13800000006", "火星省", "abc", ""],  # row 6: kind, region, income
    ]


def to_csv(rows: list[list[str]], encoding: str = "utf-8", bom: bool = False, header=HEADER) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def to_xlsx(rows: list[list[object]], header=HEADER) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "客户信息"
    ws.append(header)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def preview(db, actor, name, data, **kw):
    with db.read() as s:
        return cio.preview_import(s, actor, name, data, **kw)


def customer_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def issues(p: cio.ImportPreview) -> set[tuple[int, str]]:
    return {(e.row, e.column) for e in p.errors}


# --- template ---------------------------------------------------------------------------------

def test_templates():
    raw = cio.template_csv()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw.decode("utf-8-sig").strip().split(",")
    assert header[:3] == ["客户类型*", "姓名*", "身份证号*"] and len(header) == len(cio.COLUMNS)
    wb = load_workbook(io.BytesIO(cio.template_xlsx()))
    ws = wb["客户信息"]
    assert [c.value for c in ws[1]] == header
    id_col = header.index("身份证号*") + 1
    assert ws.cell(row=2, column=id_col).number_format == "@"  # ID numbers stay text in Excel
    assert ws.data_validations.dataValidation  # drop-downs for choice columns
    assert "填写说明" in wb.sheetnames


# --- previews ---------------------------------------------------------------------------------

EXPECTED = {
    (4, "身份证号"), (4, "手机号"),
    (5, "身份证号"),
    (6, "客户类型"), (6, "户籍地区"), (6, "月收入（元）"),
}


@pytest.mark.parametrize(
    ("name", "make", "encoding"),
    [
        ("utf8-bom.csv", lambda r: to_csv(r, bom=True), "UTF-8 (BOM)"),
        ("utf8.csv", lambda r: to_csv(r), "UTF-8"),
        ("gbk.csv", lambda r: to_csv(r, "gbk"), "GB18030"),
        ("gb18030.csv", lambda r: to_csv(r, "gb18030"), "GB18030"),
        ("utf16.txt", lambda r: to_csv(r, "utf-16"), "UTF-16"),
        ("book.xlsx", to_xlsx, ""),
    ],
)
def test_mixed_rows_preview_and_commit(db, actors, name, make, encoding):
    clerk = actors["clerk"]
    p = preview(db, clerk, name, make(mixed_rows()))
    assert p.encoding == encoding
    assert (p.total, p.valid_count, p.error_count) == (5, 2, 3)
    assert issues(p) == EXPECTED, [str(e) for e in p.errors]
    dup = next(e for e in p.errors if e.row == 5)
    assert dup.message == "与第 2 行的身份证号重复"
    assert str(next(e for e in p.errors if e.row == 4 and e.column == "身份证号")).startswith("第 4 行“身份证号”列：校验位错误")
    assert customer_count(db) == 0  # a preview writes nothing
    with db.write() as s:
        result = cio.commit_import(s, clerk, p)
    assert (result.created, result.skipped) == (2, 3)
    with db.read() as s:
        names = set(s.scalars(select(Customer.name)))
        assert names == {"张三", "欧阳娜娜"}
        # pinyin and the search index came along in the same transaction
        assert [r.name for r in cs.search_customers(s, clerk, "oynn").rows] == ["欧阳娜娜"]
        assert [r.name for r in cs.search_customers(s, clerk, ID1[-6:]).rows] == ["张三"]
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "customer.import")).one()
        assert '"created": 2' in rec.summary and '"skipped": 3' in rec.summary
        assert ID1 not in rec.summary  # no personal data in the audit log
        c = s.scalars(select(Customer).where(Customer.name == "张三")).one()
        assert c.assigned_clerk_id == clerk.user_id


def test_duplicates_against_customers_on_file(db, actors):
    clerk = actors["clerk"]
    with db.write() as s:
        cio.commit_import(s, clerk, cio.preview_import(s, clerk, "a.csv", to_csv(good_rows()[:1])))
    p = preview(db, clerk, "b.csv", to_csv(good_rows()))
    assert p.error_count == 1
    err = p.errors[0]
    assert (err.row, err.column) == (2, "身份证号") and "已是本行客户" in err.message


def test_all_or_nothing(db, actors):
    clerk = actors["clerk"]
    p = preview(db, clerk, "mixed.csv", to_csv(mixed_rows()))
    with pytest.raises(ServiceError, match="未导入任何数据"), db.write() as s:
        cio.commit_import(s, clerk, p, mode="all_or_nothing")
    assert customer_count(db) == 0
    with db.write() as s:
        r = cio.commit_import(s, clerk, preview(db, clerk, "good.csv", to_csv(good_rows())), mode="all_or_nothing")
    assert r.created == 2 and customer_count(db) == 2


def test_database_changed_between_preview_and_commit(db, actors):
    clerk = actors["clerk"]
    p = preview(db, clerk, "good.csv", to_csv(good_rows()))
    with db.write() as s:  # another clerk registers one of these customers meanwhile
        cio.commit_import(s, actors["clerk2"], cio.preview_import(s, actors["clerk2"], "x.csv",
                                                                   to_csv(good_rows()[1:])))
    with pytest.raises(ServiceError, match="重新预览"), db.write() as s:
        cio.commit_import(s, clerk, p)
    assert customer_count(db) == 1


def _many_rows(n: int) -> list[list[str]]:
    out = []
    for i in range(n):
        idn = valid_id("330106", f"19{60 + i % 30}0{1 + i % 9}1{i % 9}", f"{i % 1000:03d}")
        out.append(["农户", f"测试{i}", idn, "2015-05-01", "长期", f"138{i:08d}", "", "", ""])
    return out


def test_cancel_mid_import_leaves_zero_rows(db, actors):
    clerk = actors["clerk"]
    p = preview(db, clerk, "many.csv", to_csv(_many_rows(2500)))
    assert p.error_count == 0
    seen: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done >= 2000:
            raise RuntimeError("用户取消")  # what TaskState.progress does on 取消

    with pytest.raises(RuntimeError), db.write() as s:
        cio.commit_import(s, clerk, p, progress=progress)
    assert max(seen) >= 2000
    assert customer_count(db) == 0
    # cancel() is polled too, the last time after every row was written: still nothing stays.
    polls = {"n": 0}

    def count_polls() -> bool:
        polls["n"] += 1
        return False

    class Abort(Exception):
        pass

    with pytest.raises(Abort), db.write() as s:  # dry run, rolled back: how often is cancel polled?
        cio.commit_import(s, clerk, p, cancel=count_polls)
        raise Abort
    assert customer_count(db) == 0
    calls = {"n": 0}

    def cancel_at_last_poll() -> bool:
        calls["n"] += 1
        return calls["n"] == polls["n"]

    with pytest.raises(cio.ImportCancelled), db.write() as s:
        cio.commit_import(s, clerk, p, cancel=cancel_at_last_poll)
    assert customer_count(db) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord)
                        .where(AuditRecord.action.in_(["customer.import", "customer.bulk_created"]))) == 0


def test_cancel_during_preview(db, actors):
    with pytest.raises(cio.ImportCancelled):
        preview(db, actors["clerk"], "many.csv", to_csv(_many_rows(1500)), cancel=lambda: True)


def test_error_workbook_fix_and_reimport(db, actors):
    clerk = actors["clerk"]
    p = preview(db, clerk, "mixed.csv", to_csv(mixed_rows()))
    wb = load_workbook(io.BytesIO(cio.error_workbook(p)))
    ws = wb.active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][-2:] == ["错误原因", "原行号"]
    assert [r[-1] for r in rows[1:]] == [4, 5, 6]
    assert "校验位错误" in rows[1][-2] and "手机号" in rows[1][-2]
    id_idx = rows[0].index("身份证号")
    assert ws.cell(row=2, column=id_idx + 1).fill.fgColor.rgb.endswith("FFC7CE")  # bad cell highlighted
    # fix the three rows in the workbook and re-import it as is (the error columns are ignored)
    ws.cell(row=2, column=id_idx + 1, value=ID3)
    ws.cell(row=2, column=rows[0].index("手机号") + 1, value="13800000004")
    ws.cell(row=3, column=id_idx + 1, value=valid_id("330106", "19700101", "555"))
    ws.cell(row=4, column=1, value="农户")
    ws.cell(row=4, column=rows[0].index("户籍地区") + 1, value="")
    ws.cell(row=4, column=rows[0].index("月收入（元）") + 1, value="4000")
    out = io.BytesIO()
    wb.save(out)
    fixed = preview(db, clerk, "fixed.xlsx", out.getvalue())
    assert fixed.error_count == 0, [str(e) for e in fixed.errors]
    assert fixed.ignored_columns == ("原行号",)
    with db.write() as s:
        assert cio.commit_import(s, clerk, fixed).created == 3


def test_clerk_column_and_unknown_columns(db, actors):
    header = [*HEADER, "客户经理", "身高"]
    rows = [[*good_rows()[0], "clerk2", "180"], [*good_rows()[1], "nobody", ""]]
    p = preview(db, actors["clerk"], "c.csv", to_csv(rows, header=header))
    assert p.ignored_columns == ("身高",)
    assert issues(p) == {(3, "客户经理")}
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer)).one()
        assert c.assigned_clerk_id == actors["clerk2"].user_id


def test_permissions(db, actors):
    for who in ("auditor", "admin", "reviewer"):
        with pytest.raises(PermissionDenied):
            preview(db, actors[who], "a.csv", to_csv(good_rows()))
    p = preview(db, actors["clerk"], "a.csv", to_csv(good_rows()))
    with pytest.raises(PermissionDenied), db.write() as s:
        cio.commit_import(s, actors["approver"], p)
    assert customer_count(db) == 0


# --- hostile files ----------------------------------------------------------------------------------

def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (64 * 1024 * 1024))
    return buf.getvalue()


def _swap_sheet(xml: bytes) -> bytes:
    """A real workbook whose sheet XML is replaced (broken XML, billion-laughs entities ...)."""
    src = zipfile.ZipFile(io.BytesIO(to_xlsx(good_rows())))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, xml if info.filename == "xl/worksheets/sheet1.xml" else src.read(info))
    return buf.getvalue()


_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
           b'&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
           b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
           b'<c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')


def _plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "needle"),
    [
        ("empty.csv", lambda: b"", "空文件"),
        ("garbage.csv", lambda: bytes(range(256)) * 64, "二进制"),
        ("garbage.xlsx", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "不是 Excel"),
        ("random.csv", lambda: bytes((i * 7919 + 13) % 251 + 1 for i in range(4000)), "编码无法识别"),
        ("old.xls", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ".xls"),
        ("bomb.xlsx", _zip_bomb, "压缩炸弹"),
        ("notexcel.xlsx", _plain_zip, "不是 Excel 工作簿"),
        ("truncated.xlsx", lambda: to_xlsx(good_rows())[:-300], "不是有效的 Excel"),
        ("brokenxml.xlsx", lambda: _swap_sheet(b"<worksheet><sheetData><row><c>"), "无法作为 Excel 工作簿打开"),
        ("laughs.xlsx", lambda: _swap_sheet(_LAUGHS), "无法作为 Excel 工作簿打开"),
        ("noheader.csv", lambda: "张三,13800000001\n".encode(), "表头缺少必填列"),
        ("onlyheader.csv", lambda: to_csv([]), "没有客户数据"),
        ("dupheader.csv", lambda: to_csv(good_rows(), header=[*HEADER[:-1], "姓名"]), "同一列"),
    ],
)
def test_hostile_files_refused_with_nothing_written(db, actors, name, make, needle):
    with pytest.raises(cio.ImportFileError) as info:
        preview(db, actors["clerk"], name, make())
    assert needle in str(info.value), str(info.value)
    assert customer_count(db) == 0


def test_oversized_file_refused(db, actors, monkeypatch):
    monkeypatch.setattr(cio, "MAX_CSV_BYTES", 1024)
    with pytest.raises(cio.ImportFileError, match="太大"):
        preview(db, actors["clerk"], "big.csv", to_csv(_many_rows(50)))


def test_too_many_rows_refused(db, actors, monkeypatch):
    monkeypatch.setattr(cio, "MAX_ROWS", 10)
    with pytest.raises(cio.ImportFileError, match="拆分"):
        preview(db, actors["clerk"], "many.csv", to_csv(_many_rows(11)))


def test_huge_cells_and_control_characters_are_cell_errors(db, actors):
    rows = good_rows()
    rows[0][1] = "张" * 10_240  # a 10 KB cell
    rows[1][8] = "备注\x07\x1b带控制字符"  # (a NUL byte makes the whole CSV "binary", see above)
    p = preview(db, actors["clerk"], "odd.csv", to_csv(rows))
    by = {(e.row, e.column): e.message for e in p.errors}
    assert "内容过长（10240 字）" in by[(2, "姓名")]
    assert "控制字符" in by[(3, "备注")]
    assert len(p.packed[0]) < 200  # the 10 KB value is not kept in memory
    assert p.valid_count == 0


def test_excel_numeric_id_numbers_are_explained(db, actors):
    rows: list[list[object]] = [list(r) for r in good_rows()]
    rows[0][2] = float(ID1)  # what Excel does when the column is not text
    p = preview(db, actors["clerk"], "n.xlsx", to_xlsx(rows))
    err = next(e for e in p.errors if e.row == 2)
    assert err.column == "身份证号" and "存成了数字" in err.message
    assert p.valid_count == 1


def test_excel_dates_and_line_breaks(db, actors):
    from datetime import datetime

    rows: list[list[object]] = [list(r) for r in good_rows()]
    rows[0][3] = datetime(2015, 5, 1)
    rows[0][8] = "第一行\n第二行"
    p = preview(db, actors["clerk"], "d.xlsx", to_xlsx(rows))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer).where(Customer.name == "张三")).one()
        assert str(c.id_valid_from) == "2015-05-01"


# --- export -----------------------------------------------------------------------------------------

@pytest.fixture
def customers_on_file(db, actors):
    rows = good_rows()
    rows[0][1] = "=HYPERLINK(\"http://x\")"  # a hostile name: must never become a formula
    rows[1][8] = "@SUM(A1)"
    with db.write() as s:
        p = cio.preview_import(s, actors["clerk"], "a.csv", to_csv(rows))
        assert p.error_count == 0, [str(e) for e in p.errors]
        cio.commit_import(s, actors["clerk"], p)
    with db.write() as s:
        c = s.scalars(select(Customer).where(Customer.id_number == ID2)).one()
        s.execute(Customer.__table__.update().where(Customer.id == c.id).values(ethnicity="+1"))


def _export(db, actor, fmt, **kw) -> list[list[str]]:
    with db.write() as s:
        data = cio.export_customers(s, actor, fmt=fmt, sort="customer_no", **kw)
    return cio.read_table(data, f"x.{fmt}")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_unmasked_for_roles_with_permission(db, actors, customers_on_file, fmt):
    table = _export(db, actors["clerk"], fmt)
    header, rows = table[0], table[1:]
    assert header[:3] == ["客户号", "客户类型", "姓名"]
    ids = [r[header.index("身份证号")].strip() for r in rows]
    assert ids == [ID1, ID2]
    assert rows[1][header.index("手机号")] == "13900000002"
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "customer.export")).one()
        assert '"count": 2' in rec.summary and '"unmasked": true' in rec.summary


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_masked_without_view_unmasked(db, actors, customers_on_file, fmt, monkeypatch):
    # Permissions are re-read on every call: a branch that withdraws "查看完整证件号" from clerks gets
    # masked exports at once, without a restart.
    clerk_perms = permissions.ROLE_PERMISSIONS[permissions.Role.CLERK] - {"customer.view_unmasked"}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, permissions.Role.CLERK, clerk_perms)
    table = _export(db, actors["clerk"], fmt)
    header, rows = table[0], table[1:]
    flat = "\n".join(",".join(r) for r in table)
    assert ID1 not in flat and ID2 not in flat and "13900000002" not in flat
    idn = rows[0][header.index("身份证号")]
    assert idn.startswith(ID1[0]) and idn.endswith(ID1[-1]) and "*" in idn
    assert rows[1][header.index("手机号")] == "139****0002"
    with db.read() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "customer.export")).one()
        assert '"unmasked": false' in rec.summary


def test_export_masks_with_the_branch_masking_setting(db, actors, customers_on_file, monkeypatch):
    """The configured pattern (系统设置 → 屏蔽规则) applies to exports too, not only to screens."""
    from loandesk.store.models.auth import Setting

    clerk_perms = permissions.ROLE_PERMISSIONS[permissions.Role.CLERK] - {"customer.view_unmasked"}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, permissions.Role.CLERK, clerk_perms)
    with db.write() as s:
        s.add(Setting(key="mask.id_keep", value="[6, 4]"))
        s.add(Setting(key="mask.phone_keep", value="[3, 2]"))
    table = _export(db, actors["clerk"], "csv")
    header, rows = table[0], table[1:]
    assert rows[0][header.index("身份证号")].strip() == ID1[:6] + "*" * 8 + ID1[-4:]
    assert rows[1][header.index("手机号")] == "139******02"


@pytest.mark.parametrize("who", ["auditor", "reviewer", "approver", "admin"])
def test_export_refused_without_permission(db, actors, customers_on_file, who):
    with pytest.raises(PermissionDenied), db.write() as s:
        cio.export_customers(s, actors[who])


def test_export_neutralises_formulas(db, actors, customers_on_file):
    with db.write() as s:
        xlsx = cio.export_customers(s, actors["clerk"], fmt="xlsx", sort="customer_no")
        raw_csv = cio.export_customers(s, actors["clerk"], fmt="csv", sort="customer_no")
    ws = load_workbook(io.BytesIO(xlsx)).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://x\")" in values and "'+1" in values
    assert not any(v[:1] in "=+-@" for v in values)
    rows = list(csv.reader(io.StringIO(raw_csv.decode("utf-8-sig"))))
    assert raw_csv.startswith(codecs.BOM_UTF8)
    for row in rows:
        for v in row:
            assert not v or v[0] not in "=+-@", v
    assert any(v == "'=HYPERLINK(\"http://x\")" for r in rows for v in r)


def test_export_by_query_and_ids(db, actors, customers_on_file):
    table = _export(db, actors["clerk"], "csv", query="oynn")
    assert [r[2] for r in table[1:]] == ["欧阳娜娜"]
    with db.read() as s:
        ids = [c.id for c in s.scalars(select(Customer).order_by(Customer.sn))]
    table = _export(db, actors["clerk"], "xlsx", customer_ids=[ids[1]])
    assert len(table) == 2 and table[1][2] == "欧阳娜娜"
