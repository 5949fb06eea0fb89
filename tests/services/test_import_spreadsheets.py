"""Customer import from spreadsheets as branches really have them: title rows above the header,
numbers Excel made of ID and phone columns, several sheets, text dates, disguised files."""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from loandesk.services import customer_io as cio
from loandesk.store.models.customers import Customer, CustomerProfile
from tests.services._fixtures_documents import valid_id
from tests.services.test_import_export import HEADER, ID1, customer_count, good_rows, preview


def _book(rows: list[list[object]], *, title: str | None = None, extra_top: list[list[object]] = ()) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for r in extra_top:
        ws.append(r)
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- the header below a title ----------------------------------------------------------------------

def test_title_rows_above_the_header_are_skipped_and_rows_keep_excel_numbers(db, actors):
    data = _book([list(r) for r in good_rows()], title="XX信用社客户导入表",
                 extra_top=[["填表单位：XX支行", None, None, "填表日期：2024年5月1日"]])
    p = preview(db, actors["clerk"], "titled.xlsx", data)
    assert (p.total, p.error_count) == (2, 0), [str(e) for e in p.errors]
    assert list(p.row_numbers) == [4, 5]  # title, 填表单位, header, then the customers
    with db.write() as s:
        assert cio.commit_import(s, actors["clerk"], p).created == 2
    with db.read() as s:
        assert s.scalars(select(Customer.name).order_by(Customer.name)).all() == ["张三", "欧阳娜娜"]


def test_numeric_id_below_a_title_row_is_still_refused(db, actors):
    rows: list[list[object]] = [list(r) for r in good_rows()]
    rows[0][2] = float(ID1)  # Excel keeps 15 digits: the last three become 0
    p = preview(db, actors["clerk"], "titled.xlsx", _book(rows, title="客户名单"))
    assert p.valid_count == 1
    (err,) = [e for e in p.errors if e.row == 3]
    assert err.column == "身份证号" and "存成了数字" in err.message and "文本" in err.message


def test_csv_title_line_without_separators(db, actors):
    body = "\r\n".join(",".join(r) for r in [HEADER, *good_rows()])
    data = ("2024年第一批客户名单\r\n" + body + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "名单.csv", data)
    assert (p.total, p.error_count, list(p.row_numbers)) == (2, 0, [3, 4]), [str(e) for e in p.errors]


def test_no_header_anywhere_says_so(db, actors):
    data = "\r\n".join(["客户名单", "张三,13800000001", "李四,13800000002"]).encode("utf-8")
    with pytest.raises(cio.ImportFileError) as info:
        preview(db, actors["clerk"], "x.csv", data)
    assert "表头缺少必填列" in str(info.value) and "没有找到" in str(info.value)
    assert customer_count(db) == 0


def test_header_only_below_a_title(db, actors):
    with pytest.raises(cio.ImportFileError, match="只有表头"):
        preview(db, actors["clerk"], "t.xlsx", _book([], title="客户名单"))


# --- which sheet ---------------------------------------------------------------------------------

def _sheets(*specs: tuple[str, list[list[object]], bool]) -> bytes:
    """A workbook of (title, rows, hidden) sheets, in that order."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, hidden in specs:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        if hidden:
            ws.sheet_state = "hidden"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_customers_on_the_second_sheet_after_an_instructions_sheet(db, actors):
    data = _sheets(("填表说明", [["请按第二个工作表的格式填写"], ["身份证号请设为文本"]], False),
                   ("客户", [HEADER, *good_rows()], False))
    p = preview(db, actors["clerk"], "two.xlsx", data)
    assert (p.sheet, p.total, p.error_count) == ("客户", 2, 0), [str(e) for e in p.errors]


def test_hidden_first_sheet_of_drop_down_values_is_skipped(db, actors):
    data = _sheets(("下拉选项", [["客户类型"], ["农户"], ["个人"]], True), ("Sheet2", [HEADER, *good_rows()], False))
    p = preview(db, actors["clerk"], "hidden.xlsx", data)
    assert (p.sheet, p.total, p.error_count) == ("Sheet2", 2, 0), [str(e) for e in p.errors]


def test_two_customer_sheets_are_not_guessed(db, actors):
    rows = good_rows()
    data = _sheets(("一组", [HEADER, rows[0]], False), ("二组", [HEADER, rows[1]], False))
    with pytest.raises(cio.ImportFileError) as info:
        preview(db, actors["clerk"], "groups.xlsx", data)
    assert "多个工作表" in str(info.value) and "“一组”" in str(info.value) and "“二组”" in str(info.value)
    assert customer_count(db) == 0


def test_no_sheet_with_a_header_names_the_sheets(db, actors):
    data = _sheets(("汇总", [["合计", 3]], False), ("备注", [["无"]], False))
    with pytest.raises(cio.ImportFileError) as info:
        preview(db, actors["clerk"], "none.xlsx", data)
    assert "“汇总”、“备注”" in str(info.value) and "客户表头" in str(info.value)


def test_template_sheet_wins_over_other_sheets(db, actors):
    rows = good_rows()
    data = _sheets(("旧名单", [HEADER, rows[0]], False), ("客户信息", [HEADER, rows[1]], False))
    p = preview(db, actors["clerk"], "t.xlsx", data)
    assert (p.sheet, p.total) == ("客户信息", 1)


# --- ID numbers and phones that went through Excel ------------------------------------------------

def _with(row: int, **cells: object) -> list[list[object]]:
    rows: list[list[object]] = [list(r) for r in good_rows()]
    for header, value in cells.items():
        rows[row][HEADER.index(header)] = value
    return rows


def _csv(rows: list[list[object]], encoding: str = "gbk") -> bytes:
    return ("\r\n".join(",".join(str(c) for c in r) for r in [HEADER, *rows]) + "\r\n").encode(encoding)


@pytest.mark.parametrize("shown", ["3.30106E+17", "3.30106199001071E+17", "３.３０１０６E＋１７"])
def test_csv_id_in_scientific_notation_is_explained(db, actors, shown):
    p = preview(db, actors["clerk"], "sci.csv", _csv(_with(0, **{"身份证号*": shown})))
    (err,) = p.errors
    assert (err.row, err.column) == (2, "身份证号")
    assert "科学计数法" in err.message and "文本" in err.message and "重新录入" in err.message
    assert p.valid_count == 1


def test_csv_id_whose_last_digits_excel_zeroed_is_explained(db, actors):
    zeroed = ID1[:15] + "000"
    assert zeroed != ID1
    p = preview(db, actors["clerk"], "zeros.csv", _csv(_with(0, **{"身份证号*": zeroed})))
    (err,) = p.errors
    assert err.column == "身份证号" and "校验位" in err.message and "设为“文本”格式" in err.message


def test_valid_id_ending_in_000_is_accepted_with_a_prompt_to_check(db, actors):
    from loandesk.domain.idcard import compute_check_digit

    body = next(b for b in (f"3301061990{m:02d}{d:02d}100" for m in range(1, 13) for d in range(1, 29))
                if compute_check_digit(b) == "0")
    p = preview(db, actors["clerk"], "zeros.csv", _csv(_with(0, **{"身份证号*": body + "0"})))
    assert p.error_count == 0, [str(e) for e in p.errors]
    assert any(w.row == 2 and w.column == "身份证号" and "000" in w.message for w in p.warnings)


@pytest.mark.parametrize("prefix", ["'", "‘", "’", "＇"])
def test_text_prefix_apostrophe_on_id_and_phone_is_dropped(db, actors, prefix):
    rows = _with(0, **{"身份证号*": prefix + ID1, "手机号*": prefix + "13800000001"})
    for name, data in (("a.csv", _csv(rows)), ("a.xlsx", _book(rows))):
        p = preview(db, actors["clerk"], name, data)
        assert p.error_count == 0, (name, [str(e) for e in p.errors])
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer).where(Customer.name == "张三")).one()
        assert (c.id_number, c.mobile) == (ID1, "13800000001")


def test_lower_case_x_is_stored_upper_case(db, actors):
    from loandesk.domain.idcard import compute_check_digit

    body = next(b for b in (f"33010619850101{n:03d}" for n in range(100, 999)) if compute_check_digit(b) == "X")
    p = preview(db, actors["clerk"], "x.csv", _csv(_with(0, **{"身份证号*": body + "x"})))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.id_number).where(Customer.name == "张三")).one() == body + "X"


@pytest.mark.parametrize(("name", "mobile"), [
    ("int.xlsx", 13800000001), ("float.xlsx", 13800000001.0), ("pandas.csv", "13800000001.0"),
])
def test_mobile_stored_as_a_number_is_read_as_the_number(db, actors, name, mobile):
    rows = _with(0, **{"手机号*": mobile})
    p = preview(db, actors["clerk"], name, _book(rows) if name.endswith("xlsx") else _csv(rows))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.mobile).where(Customer.name == "张三")).one() == "13800000001"


def test_mobile_in_scientific_notation_is_explained(db, actors):
    p = preview(db, actors["clerk"], "m.csv", _csv(_with(1, **{"手机号*": "1.39E+10"})))
    (err,) = p.errors
    assert (err.row, err.column) == (3, "手机号") and "科学计数法" in err.message


# --- dates and amounts as spreadsheets hold them -----------------------------------------------------

VALID_FROM, VALID_TO = "有效期起*", "有效期止*"


@pytest.mark.parametrize(("valid_from", "valid_to"), [
    ("2015/5/1 0:00", "2035/5/1 0:00"),  # Excel's CSV of a date-time cell
    ("2015-05-01 00:00:00", "2035-05-01T00:00:00"),  # other systems' exports
    ("2015年5月1日", "20350501"),
    ("2015.05.01", "２０３５－０５－０１"),
])
def test_text_dates_as_csv_files_carry_them(db, actors, valid_from, valid_to):
    p = preview(db, actors["clerk"], "d.csv", _csv(_with(0, **{VALID_FROM: valid_from, VALID_TO: valid_to})))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer).where(Customer.name == "张三")).one()
        assert (str(c.id_valid_from), str(c.id_valid_to)) == ("2015-05-01", "2035-05-01")


def test_excel_date_serials_are_read_as_dates_with_a_prompt(db, actors):
    rows = _with(0, **{VALID_FROM: 42125, VALID_TO: 49430})  # a date column re-formatted as 常规
    p = preview(db, actors["clerk"], "serial.xlsx", _book(rows))
    assert p.error_count == 0, [str(e) for e in p.errors]
    notes = [(w.column, w.message) for w in p.warnings if w.row == 2 and "Excel 日期" in w.message]
    assert notes == [("有效期起", "日期在表格中显示为数字 42125，已按 Excel 日期读作 2015-05-01，请核对"),
                     ("有效期止", "日期在表格中显示为数字 49430，已按 Excel 日期读作 2035-05-01，请核对")]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer).where(Customer.name == "张三")).one()
        assert (str(c.id_valid_from), str(c.id_valid_to)) == ("2015-05-01", "2035-05-01")


@pytest.mark.parametrize("long_term", ["长期", "长期有效", " 长期 ", "永久", "长期（有效）", "永久有效"])
def test_long_term_validity_as_clerks_write_it(db, actors, long_term):
    older = [["个人", "王老汉", valid_id("330106", "19600101", "555"), "2015-05-01", long_term, "13700000003", "", "", ""]]
    p = preview(db, actors["clerk"], "lt.csv", _csv(older))
    assert p.error_count == 0, [str(e) for e in p.errors]


def test_unreadable_validity_end_mentions_long_term(db, actors):
    p = preview(db, actors["clerk"], "lt.csv", _csv(_with(0, **{VALID_TO: "有效"})))
    (err,) = p.errors
    assert err.column == "有效期止" and "2024-05-01" in err.message and "“长期”" in err.message


def test_blank_validity_end_says_write_long_term_not_tick_a_box(db, actors):
    (err,) = preview(db, actors["clerk"], "lt.csv", _csv(_with(0, **{VALID_TO: ""}))).errors
    assert err.column == "有效期止" and "填“长期”" in err.message and "勾选" not in err.message


def _patch_sheet(data: bytes, old: bytes, new: bytes) -> bytes:
    """Rewrite a value in the sheet XML the way Excel stores it (openpyxl shortens floats)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert old in body
                body = body.replace(old, new)
            z.writestr(info, body)
    return out.getvalue()


def test_formula_results_are_read_as_excel_shows_them(db, actors):
    rows = _with(0, **{"月收入（元）": 1234.56})
    data = _patch_sheet(_book(rows), b"<v>1234.56</v>", b"<v>1234.5600000000002</v>")  # =A*B in Excel
    p = preview(db, actors["clerk"], "f.xlsx", data)
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        fen = s.scalars(select(CustomerProfile.monthly_income_fen)
                        .join(Customer, Customer.id == CustomerProfile.customer_id).where(Customer.name == "张三")).one()
        assert fen == 123456


# --- files that are not what their name says ---------------------------------------------------------

_HTML_XLS = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="gbk"></head><body><table>'
             '<tr><td>客户类型</td><td>姓名</td></tr><tr><td>农户</td><td>张三</td></tr></table></body></html>')
_XML_2003 = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
             'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table><Row>'
             '<Cell><Data ss:Type="String">姓名</Data></Cell></Row></Table></Worksheet></Workbook>')
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000


def _ods() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "needles"), [
    ("系统导出.xls", _HTML_XLS.encode("gbk"), ("网页或 XML", "另存为")),
    ("系统导出.xls", codecs.BOM_UTF16_LE + _HTML_XLS.encode("utf-16-le"), ("网页或 XML",)),
    ("xml2003.xml", _XML_2003.encode("utf-8"), ("网页或 XML",)),
    ("加密.xlsx", _OLE + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"),
     ("打开密码", "取消密码")),
    ("名单.et", _OLE, ("WPS 表格（.et）", "另存为")),
    ("old.xls", _OLE, ("旧版 Excel（.xls）", "另存为")),
    ("名单.ods", _ods(), ("OpenDocument", "另存为")),
    ("note.xlsx", "这不是表格，只是一段文字。".encode(), ("不是 Excel",)),
], ids=["html-gbk", "html-utf16", "xml2003", "encrypted", "wps-et", "xls", "ods", "text-named-xlsx"])
def test_files_that_only_look_like_spreadsheets_are_named(db, actors, name, data, needles):
    with pytest.raises(cio.ImportFileError) as info:
        preview(db, actors["clerk"], name, data)
    for needle in needles:
        assert needle in str(info.value), str(info.value)
    assert customer_count(db) == 0


def test_csv_renamed_xlsx_and_xlsx_renamed_csv_are_read_by_content(db, actors):
    p = preview(db, actors["clerk"], "名单.xlsx", _csv(good_rows()))  # a GBK CSV someone renamed
    assert (p.fmt, p.encoding, p.total, p.error_count) == ("csv", "GB18030", 2, 0)
    p = preview(db, actors["clerk"], "名单.csv", _book(good_rows()))
    assert (p.fmt, p.total, p.error_count) == ("xlsx", 2, 0)


# --- text pasted from web pages, WeChat and Word ---------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("张\u00a0三", "张三"),  # a non-breaking space from a web page
    ("张  三", "张三"),  # padded to line up with three-character names
    ("张\u3000三", "张三"),  # the ideographic space of a Chinese IME
    ("\u200b张三\u200b", "张三"),  # zero-width spaces from a WeChat copy
    ("John\u00a0Smith", "John Smith"),  # a name in Latin letters keeps one plain space
])
def test_names_pasted_with_odd_spaces(db, actors, typed, stored):
    p = preview(db, actors["clerk"], "n.xlsx", _book(_with(0, **{"姓名*": typed})))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.name).where(Customer.id_number == ID1)).one() == stored


def test_id_and_mobile_pasted_with_invisible_characters(db, actors):
    rows = _with(0, **{"身份证号*": "\u200b" + ID1[:6] + "\u00a0" + ID1[6:] + "\ufeff",
                       "手机号*": "\u200b138\u00a00000\u20060001"})
    p = preview(db, actors["clerk"], "z.csv", codecs.BOM_UTF8 + _csv(rows, "utf-8"))
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.mobile).where(Customer.id_number == ID1)).one() == "13800000001"


# --- amount columns in 万元 ----------------------------------------------------------------------------

def test_amount_columns_headed_in_wan_yuan_are_converted(db, actors):
    header = [*HEADER[:7], "月收入（万元）", "家庭年收入(万元)", "存款/千元", "房产价值（单位：万元）", "他行贷款余额（元）"]
    row = [*good_rows()[0][:7], 0.5, "8", "20", "30", "50000"]
    row2 = [*good_rows()[1][:7], "3000元", "", "", "1.5万", ""]  # a unit typed in the cell wins
    wb = Workbook()
    for r in (header, row, row2):
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    p = preview(db, actors["clerk"], "wan.xlsx", out.getvalue())
    assert p.error_count == 0 and not p.ignored_columns, ([str(e) for e in p.errors], p.ignored_columns)
    assert "“月收入（万元）”列按万元填写，已换算为元" in p.notes and "“存款/千元”列按千元填写，已换算为元" in p.notes
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    cols = (CustomerProfile.monthly_income_fen, CustomerProfile.household_income_fen, CustomerProfile.deposits_fen,
            CustomerProfile.real_estate_value_fen, CustomerProfile.loans_elsewhere_balance_fen)
    with db.read() as s:
        got = {name: tuple(r) for name, *r in s.execute(
            select(Customer.name, *cols).join(CustomerProfile, CustomerProfile.customer_id == Customer.id)).all()}
    assert got["张三"] == (500_000, 8_000_000, 2_000_000, 30_000_000, 5_000_000)  # fen
    assert got["欧阳娜娜"] == (300_000, None, None, 1_500_000, None)


def test_error_workbook_of_a_wan_yuan_file_reimports_the_same_amounts(db, actors):
    header = [*HEADER[:7], "月收入（万元）"]
    rows = [[*good_rows()[0][:7], "0.5"], [*good_rows()[1][:5], "123", "", "2"]]  # row 3: bad phone
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "wan.csv", data)
    assert p.error_count == 1
    fixed = cio.error_workbook(p)
    table = cio.read_table(fixed, "e.xlsx")
    table[1][table[0].index("手机号")] = "13900000002"
    wb = Workbook()
    for r in table:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    p2 = preview(db, actors["clerk"], "fixed.xlsx", out.getvalue())
    assert p2.error_count == 0, [str(e) for e in p2.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p2)
    with db.read() as s:
        assert s.scalars(select(CustomerProfile.monthly_income_fen)).one() == 2_000_000  # 2万, not 2万万


# --- the words ledgers use for the template's choices ------------------------------------------------------

def test_choice_synonyms_from_branch_ledgers(db, actors):
    header = [*HEADER[:6], "性别", "婚姻状况", "学历", "住房情况"]
    rows = [[*good_rows()[0][:6], "男性", "再婚", "大学本科", "自建房"],
            [*good_rows()[1][:6], "女性", "离婚", "中专", "租住"]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "ledger.csv", data)
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        got = s.execute(select(Customer.name, Customer.gender, CustomerProfile.marital_status,
                               CustomerProfile.education, CustomerProfile.housing_type)
                        .join(CustomerProfile, CustomerProfile.customer_id == Customer.id).order_by(Customer.sn)).all()
    assert [tuple(r) for r in got] == [("张三", "male", "married", "bachelor", "own"),
                                       ("欧阳娜娜", "female", "divorced", "senior", "rent")]


def test_unknown_choice_still_lists_the_choices(db, actors):
    header = [*HEADER[:6], "婚姻状况"]
    data = ("\r\n".join(",".join(r) for r in [header, [*good_rows()[0][:6], "已婚有子女"]]) + "\r\n").encode("gbk")
    (err,) = preview(db, actors["clerk"], "ledger.csv", data).errors
    assert err.column == "婚姻状况" and "未婚、已婚、离异、丧偶" in err.message


def test_geti_hu_is_a_business_and_needs_its_columns(db, actors):
    p = preview(db, actors["clerk"], "k.csv", _csv(_with(0, **{"客户类型*": "个体户"})))
    assert {e.column for e in p.errors if e.row == 2} == {"个体工商户名称", "统一社会信用代码"}


# --- the 客户经理 column as ledgers fill it ------------------------------------------------------------------

def test_clerk_by_display_name_and_an_ambiguous_one(db, actors):
    from loandesk.domain.permissions import Role
    from loandesk.services import auth
    from tests.conftest import PASSWORD

    with db.write() as s:
        auth.create_user(s, actors["admin"], "clerk3", "王小二", Role.CLERK, PASSWORD, must_change_password=False)
        auth.create_user(s, actors["admin"], "clerk4", "王小二", Role.CLERK, PASSWORD, must_change_password=False)
    header = [*HEADER, "客户经理"]
    rows = [[*good_rows()[0], "李客户经理"], [*good_rows()[1], "王小二"]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "c.csv", data)
    (err,) = p.errors
    assert (err.row, err.column) == (3, "客户经理") and "王小二" in err.message and "用户名" in err.message
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.assigned_clerk_id)).one() == actors["clerk2"].user_id


# --- a stray cell far below the list -------------------------------------------------------------------

def test_blank_rows_down_to_a_stray_cell_are_not_checked_cell_by_cell(db, actors, monkeypatch):
    """Ctrl+End in a clerk's sheet often lands on row 60,000-odd (a space typed once, long ago): the
    blank rows above it must cost nothing per column (7.5 s for 500,000 of them before)."""
    wb = Workbook()
    ws = wb.active
    for r in (HEADER, *good_rows()):
        ws.append(r)
    ws.cell(row=60_000, column=3, value=" ")
    out = io.BytesIO()
    wb.save(out)
    calls = 0
    real = cio._clean_cell

    def counting(value: str) -> tuple[str, str | None]:
        nonlocal calls
        calls += 1
        return real(value)

    monkeypatch.setattr(cio, "_clean_cell", counting)
    p = preview(db, actors["clerk"], "far.xlsx", out.getvalue())
    assert (p.total, p.error_count) == (2, 0)
    assert calls < 10 * len(HEADER), calls  # header scan + 2 rows + the stray one; not 60,000 rows


# --- a ledger naming one column twice ----------------------------------------------------------------------

def test_template_name_wins_over_another_name_for_the_same_column(db, actors):
    header = ["联系电话", *HEADER]  # 联系电话 (another name for 手机号) before the template's 手机号
    rows = [["0571-88886666", *good_rows()[0]], ["", *good_rows()[1]]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "two-phones.csv", data)
    assert p.error_count == 0 and p.ignored_columns == ("联系电话",), ([str(e) for e in p.errors], p.ignored_columns)
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.mobile).where(Customer.name == "张三")).one() == "13800000001"


def test_two_other_names_for_one_column_are_still_a_question(db, actors):
    header = [h for h in HEADER if h != "手机号*"] + ["联系电话", "手机号码"]
    rows = [[c for h, c in zip(HEADER, r, strict=True) if h != "手机号*"] + ["13800000001", "13800000009"]
            for r in good_rows()[:1]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    with pytest.raises(cio.ImportFileError, match="“联系电话”和“手机号码”是同一列"):
        preview(db, actors["clerk"], "x.csv", data)


# --- the template ------------------------------------------------------------------------------------------

def test_template_keeps_whole_id_and_phone_columns_as_text():
    """A go-live list of thousands of customers runs past the first 1,000 pre-formatted rows."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    ws = load_workbook(io.BytesIO(cio.template_xlsx()))["客户信息"]
    for j, c in enumerate(cio.COLUMNS, 1):
        letter = get_column_letter(j)
        assert (ws.column_dimensions[letter].number_format == "@") == c.text, c.header
    kind = next(dv for dv in ws.data_validations.dataValidation if "A2" in str(dv.sqref))
    assert str(kind.sqref) == f"A2:A{cio.MAX_ROWS + 1}"


# --- blank required cells ----------------------------------------------------------------------------------

def test_blank_customer_kind_is_an_error_not_individual(db, actors):
    """CustomerInput defaults to 个人; a blank 客户类型 cell (a required column) was imported as 个人."""
    p = preview(db, actors["clerk"], "k.csv", _csv(_with(1, **{"客户类型*": ""})))
    (err,) = p.errors
    assert (err.row, err.column) == (3, "客户类型") and "个人、农户、个体工商户" in err.message
    assert p.valid_count == 1


def test_merged_cells_apply_to_every_row_they_cover(db, actors):
    """A ledger merges 农户 (or a village) over the rows it applies to: Excel stores it in the top
    row only, and shows it on all of them."""
    ids = [valid_id("330106", f"1988{m:02d}15", "246") for m in (1, 2, 3)]
    rows = [["农户", f"客户{i}", idn, "2015-05-01", "2035-05-01", f"1380000000{i}", "330106", "", ""]
            for i, idn in enumerate(ids)]
    for r in rows[1:]:
        r[0] = r[6] = None
    wb = Workbook()
    ws = wb.active
    ws.append(["某某村农户名单"])
    ws.merge_cells("A1:I1")
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    ws.merge_cells("A3:A5")  # 客户类型
    ws.merge_cells("G3:G5")  # 户籍地区
    out = io.BytesIO()
    wb.save(out)
    p = preview(db, actors["clerk"], "merged.xlsx", out.getvalue())
    assert (p.total, p.error_count) == (3, 0), [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        assert s.scalars(select(Customer.kind)).all() == ["farmer"] * 3


@pytest.mark.parametrize("nothing", ["无", "-", "/", "—", "－", "暂无", "N/A"])
def test_placeholders_for_nothing_in_number_and_choice_columns(db, actors, nothing):
    header = [*HEADER, "住房情况", "家庭人口", "出生日期", "职业", "存款（元）"]
    rows = [[*good_rows()[0], nothing, nothing, nothing, nothing, nothing],
            [*_with(1, **{"手机号*": nothing})[1], "", "", "", "", ""]]
    data = codecs.BOM_UTF8 + ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode()
    p = preview(db, actors["clerk"], "dash.csv", data)
    assert [(e.row, e.column) for e in p.errors] == [(3, "手机号")], [str(e) for e in p.errors]
    assert p.errors[0].message == "请输入手机号码"  # asks for it, not "只能包含数字"
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        got = s.execute(select(CustomerProfile.monthly_income_fen, CustomerProfile.housing_type,
                               CustomerProfile.household_size, CustomerProfile.occupation,
                               CustomerProfile.deposits_fen)).one()
    assert tuple(got) == (300_000, "", None, nothing, None)  # 月收入 3000 from good_rows; free text as written


# --- one 有效期限 column, as the back of the card prints it ---------------------------------------------

@pytest.mark.parametrize(("validity", "expected_to"), [
    ("2015.05.01-2035.05.01", "2035-05-01"),
    ("2015-05-01-2035-05-01", "2035-05-01"),
    ("2015.05.01—2035.05.01", "2035-05-01"),
    ("2015年5月1日至2035年5月1日", "2035-05-01"),
    ("20150501-20350501", "2035-05-01"),
])
def test_one_validity_column_as_printed_on_the_card(db, actors, validity, expected_to):
    header = ["客户类型", "姓名", "身份证号", "有效期限", "手机号"]
    rows = [[r[0], r[1], r[2], validity, r[5]] for r in good_rows()[:1]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "card.csv", data)
    assert p.error_count == 0, [str(e) for e in p.errors]
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer)).one()
        assert (str(c.id_valid_from), str(c.id_valid_to)) == ("2015-05-01", expected_to)


def test_one_validity_column_long_term_and_errors_at_that_column(db, actors):
    header = ["客户类型", "姓名", "身份证号", "证件有效期", "手机号"]
    rows = [["个人", "王老汉", valid_id("330106", "19600101", "555"), "2015.05.01-长期", "13700000003"],
            ["个人", "李四", ID1, "2015.05.01", "13700000004"],  # the end is missing
            ["个人", "赵五", valid_id("330106", "19700101", "777"), "2015.05.01-2020.05.01", "13700000005"]]
    data = ("\r\n".join(",".join(r) for r in [header, *rows]) + "\r\n").encode("gbk")
    p = preview(db, actors["clerk"], "card.csv", data)
    by_row = {e.row: e for e in p.errors}
    assert set(by_row) == {3, 4}, [str(e) for e in p.errors]
    assert by_row[3].column == "证件有效期" and "2015.05.01-2035.05.01" in by_row[3].message
    assert by_row[4].column == "证件有效期" and "过期" in by_row[4].message  # the service's check, same column
    with db.write() as s:
        cio.commit_import(s, actors["clerk"], p)
    with db.read() as s:
        c = s.scalars(select(Customer)).one()
        assert (c.name, c.id_valid_to) == ("王老汉", None)  # None = 长期


def test_separate_validity_columns_win_over_a_combined_one(db, actors):
    p = preview(db, actors["clerk"], "both.csv", _csv([[*r, "乱写"] for r in good_rows()]).replace(
        "备注\r\n".encode("gbk"), "备注,有效期限\r\n".encode("gbk")))
    assert p.error_count == 0 and p.ignored_columns == ("有效期限",), ([str(e) for e in p.errors], p.ignored_columns)


# --- rows hidden by a filter ----------------------------------------------------------------------------

def test_rows_hidden_by_a_filter_are_pointed_out(db, actors):
    """A clerk filters a village's list down to the applicants and imports: every row is imported
    (Excel keeps them all), so the preview says how many were hidden and where."""
    wb = Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("名单")
    ws.append(["某村名单"])
    ws.append(HEADER)
    for r in good_rows():
        ws.append(r)
    ws.auto_filter.ref = "A2:I4"
    ws.row_dimensions[4].hidden = True  # 欧阳娜娜, filtered out
    # (名单 is sheet2.xml in the zip: the sheet is found by its name through workbook.xml and its rels)
    out = io.BytesIO()
    wb.save(out)
    p = preview(db, actors["clerk"], "filtered.xlsx", out.getvalue())
    assert p.total == 2 and p.sheet == "名单"
    (note,) = [n for n in p.notes if "隐藏" in n]
    assert "有 1 行" in note and "第 4 行" in note and "同样会导入" in note


def test_no_note_without_hidden_rows(db, actors):
    p = preview(db, actors["clerk"], "plain.xlsx", _book(good_rows()))
    assert not [n for n in p.notes if "隐藏" in n]


def test_rows_with_nothing_of_their_own_under_a_merged_cell_are_not_customers(db, actors):
    """序号 pre-numbered down the sheet and 农户 merged over all of it, customers in the first rows."""
    header = ["序号", *HEADER]
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for n, r in enumerate(good_rows(), 1):
        ws.append([n, *r])
    ws.append([None] * len(header))  # a blank row inside the merged area
    for n in (4, 5):
        ws.append([n])
    ws.merge_cells("B2:B6")  # 客户类型 = 农户 for rows 2-6
    out = io.BytesIO()
    wb.save(out)
    p = preview(db, actors["clerk"], "numbered.xlsx", out.getvalue())
    assert (p.total, p.error_count) == (2, 0), [str(e) for e in p.errors]
    assert {(w.row, w.message) for w in p.warnings if not w.column} == {
        (5, "该行只有模板以外的列有内容，已跳过"), (6, "该行只有模板以外的列有内容，已跳过")}


def test_scientific_notation_is_quoted_whole(db, actors):
    """As the error workbook writes an Excel-number ID back (3.301061990030711e+17)."""
    (err,) = preview(db, actors["clerk"], "sci.csv", _csv(_with(0, **{"身份证号*": "3.301061990030711e+17"}))).errors
    assert "（3.301061990030711e+17）" in err.message


@pytest.mark.parametrize("mark", ["示例", "填写示例：", "（示例）张三", "例：张三"])
def test_a_sample_row_under_the_header_is_skipped(db, actors, mark):
    sample = ["农户", mark, "330106199003071236", "2015-05-01", "2035-05-01", "13800138000", "", "", ""]
    p = preview(db, actors["clerk"], "s.xlsx", _book([sample, *good_rows()]))
    assert (p.total, p.error_count) == (2, 0), [str(e) for e in p.errors]
    assert [(w.row, w.message) for w in p.warnings if not w.column] == [(2, "这是填写示例行，已跳过（不会导入）")]


def test_a_customer_further_down_is_never_taken_for_a_sample(db, actors):
    rows = [*good_rows(), ["农户", "示例", ID1, "2015-05-01", "2035-05-01", "13800000009", "", "", ""]]
    p = preview(db, actors["clerk"], "s.xlsx", _book(rows))
    assert p.total == 3  # (an error: it repeats 张三's ID) -- counted, not skipped as a sample


def test_a_remark_starting_with_shili_does_not_make_a_sample(db, actors):
    rows = _with(0, **{"备注": "示例村的老客户"})
    p = preview(db, actors["clerk"], "s.xlsx", _book(rows))
    assert (p.total, p.error_count) == (2, 0)
