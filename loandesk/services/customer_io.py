"""Batch import of customers from .xlsx/.csv, the template, the error workbook, and export.

Why it is built this way:

* **One file is one transaction.** `preview_import()` only reads (it validates every row with
  the customer service's own checker and looks up duplicates); `commit_import()` writes all
  accepted rows through `customers.create_customers_bulk()` inside the caller's single write
  transaction. Cancel = an exception inside that transaction, so a cancelled, failed or crashed
  import leaves nothing behind.
* **Hostile input is expected.** Spreadsheets arrive from customers' USB sticks and other
  branches: the format is decided by content (magic bytes), not the file name; sizes, row and
  column counts, cell lengths and the xlsx zip's declared sizes are capped before anything big is
  decoded; control characters are refused per cell. Every problem is reported in Chinese with
  its row and column, as the clerk sees them in Excel.
* **Excel in China** saves CSV as GBK/GB18030 (or UTF-8 with BOM, or UTF-16 "Unicode text"),
  and turns 18-digit ID numbers into floating-point numbers (1.1E+17, or ...000 in a CSV). Both
  are detected and explained; an ID is never guessed.
* **Branches' own ledgers are read as the clerk sees them**: the header may sit below a title
  row; the customer sheet is found among instruction and hidden drop-down sheets (two customer
  sheets are refused by name, not guessed); merged cells apply to every row they cover; columns
  headed in 万元 are converted; text dates with a time, Excel date serials, 长期/永久, ledger words
  for choices (个体户, 再婚) and placeholders (无, -) are read; rows hidden by a filter are pointed
  out. What cannot be read unambiguously is an error at its row and column, never a default.
* **Memory:** a preview keeps each data row as one packed string (cells joined by U+001F, which
  no accepted cell can contain), not as objects; 100,000 rows stay in the tens of megabytes.
* **Export** masks ID numbers and phones unless the user holds ``customer.view_unmasked``, is
  audited with the row count, and neutralises formula injection (cells starting with = + - @).

Nothing here touches the disk: files come in and go out as ``bytes``.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import html
import io
import itertools
import re
import zipfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from loandesk.domain import regions
from loandesk.domain.documents import sanitize_filename
from loandesk.domain.masking import DEFAULT_POLICIES, MaskPolicy, mask_id_number, mask_phone
from loandesk.domain.permissions import allowed
from loandesk.domain.validators import normalize_text
from loandesk.services import audit
from loandesk.services import customer_bulk as cb
from loandesk.services import customers as cs
from loandesk.services.context import Actor, ServiceError, can, require
from loandesk.store import search as search_store
from loandesk.store.models.auth import User

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

# --- limits ------------------------------------------------------------------------------------

MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_XLSX_BYTES = 32 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 320 * 1024 * 1024  # declared total (the sheet is read into memory); ~200,000 rows fit
MAX_XLSX_RATIO = 200  # compression ratio above which a big member is treated as a zip bomb
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 2000
MAX_ERRORS = 50_000  # listed per preview (every bad row is still marked and skipped)
MAX_WARNINGS = 5_000
EXPORT_MAX_ROWS = 200_000
SEP = "\x1f"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"[\r\n\t]+")
_HEADER_NOISE = re.compile(r"[\s*＊:：]|[（(][^）)]*[）)]")


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported (format, size, encoding, header)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("已取消导入，未保存任何数据。")


# --- columns -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str  # CustomerInput field path ("name", "address.hukou_address") or "assigned_clerk"
    header: str  # as written in the template
    required: bool = False
    hint: str = ""
    example: str = ""
    aliases: tuple[str, ...] = ()
    text: bool = False  # force text format in Excel (long digit strings)
    choices: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("kind", "客户类型", True, "个人 / 农户 / 个体工商户", "农户", ("类型", "客户类别"),
           choices=tuple(cs.KIND_LABELS.values())),
    Column("name", "姓名", True, "与身份证一致", "张三", ("客户姓名", "客户名称", "借款人姓名")),
    Column("id_number", "身份证号", True, "18位；请设为文本格式，否则 Excel 会把后几位变成0",
           "330106199003071236", ("身份证号码", "证件号码", "公民身份号码", "身份证"), text=True),
    Column("gender", "性别", False, "可不填，按身份证号自动判断", "", choices=("男", "女")),
    Column("birth_date", "出生日期", False, "可不填，按身份证号自动判断", ""),
    Column("ethnicity", "民族", False, "", "汉", ("民族名称",)),
    Column("id_issuer", "签发机关", False, "见身份证背面", "杭州市公安局西湖分局"),
    Column("id_valid_from", "有效期起", True, "见身份证背面，如 2015-05-01", "2015-05-01",
           ("身份证有效期起", "证件有效期起")),
    Column("id_valid_to", "有效期止", True, "日期，长期有效填“长期”", "2035-05-01",
           ("身份证有效期止", "证件有效期止", "有效期至")),
    Column("mobile", "手机号", True, "11位手机号", "13800138000", ("手机", "手机号码", "联系电话"), text=True),
    Column("business_name", "个体工商户名称", False, "个体工商户必填", "", ("字号",)),
    Column("uscc", "统一社会信用代码", False, "个体工商户必填，18位", "", ("信用代码",), text=True),
    Column("personal.marital_status", "婚姻状况", False, "未婚 / 已婚 / 离异 / 丧偶", "已婚",
           choices=tuple(cs.MARITAL_LABELS.values())),
    Column("personal.education", "学历", False, "、".join(cs.EDUCATION_LABELS.values()), "初中",
           choices=tuple(cs.EDUCATION_LABELS.values())),
    Column("personal.phone_other", "其他电话", False, "", ""),
    Column("personal.wechat", "微信号", False, "", ""),
    Column("address.hukou_region_code", "户籍地区", False, "6位行政区划代码，或省市县全称（如 浙江省杭州市西湖区）",
           "330106", text=True),
    Column("address.hukou_address", "户籍地址", False, "", "西湖区某某村3组12号"),
    Column("address.current_region_code", "现居地区", False, "同户籍地区的写法", "", text=True),
    Column("address.current_address", "现居住地址", False, "", "", ("居住地址", "现住址")),
    Column("address.current_address_years", "现址居住年限", False, "整数（年）", ""),
    Column("work.occupation", "职业", False, "", "务农"),
    Column("work.employer", "工作单位/经营项目", False, "", "", ("工作单位", "经营项目")),
    Column("work.industry", "行业", False, "", ""),
    Column("work.position", "职务", False, "", ""),
    Column("work.years_employed", "从业年限", False, "整数（年）", ""),
    Column("income.monthly_income", "月收入（元）", False, "金额（元），可写 5000 或 5千", "3000", ("月收入",)),
    Column("income.income_source", "收入来源", False, "", "种植"),
    Column("income.household_income", "家庭年收入（元）", False, "金额（元），可写 8万", "80000", ("家庭年收入",)),
    Column("assets.housing_type", "住房情况", False, "、".join(cs.HOUSING_LABELS.values()), "自有住房",
           choices=tuple(cs.HOUSING_LABELS.values())),
    Column("assets.real_estate_count", "房产套数", False, "整数", ""),
    Column("assets.real_estate_value", "房产价值（元）", False, "金额（元）", ""),
    Column("assets.vehicle_count", "车辆数", False, "整数", ""),
    Column("assets.vehicle_value", "车辆价值（元）", False, "金额（元）", ""),
    Column("assets.deposits", "存款（元）", False, "金额（元）", ""),
    Column("assets.investments", "投资理财（元）", False, "金额（元）", ""),
    Column("assets.land_area_mu", "承包土地面积（亩）", False, "最多两位小数", "", ("承包土地面积", "土地面积")),
    Column("assets.land_certificate_no", "土地承包经营权证号", False, "", "", text=True),
    Column("liabilities.loans_here_count", "本行贷款笔数", False, "整数", ""),
    Column("liabilities.loans_here_balance", "本行贷款余额（元）", False, "金额（元）", ""),
    Column("liabilities.loans_elsewhere_count", "他行贷款笔数", False, "整数", ""),
    Column("liabilities.loans_elsewhere_balance", "他行贷款余额（元）", False, "金额（元）", ""),
    Column("liabilities.monthly_repayment", "月还款额（元）", False, "金额（元）", ""),
    Column("household.household_size", "家庭人口", False, "整数", ""),
    Column("household.dependants", "供养人数", False, "整数", ""),
    Column("assigned_clerk", "客户经理（用户名）", False, "登录用户名或姓名；不填则为导入人", "", ("客户经理",)),
    Column("notes", "备注", False, "", ""),
)
ERROR_HEADER = "错误原因"
_MONEY_KEYS = frozenset(c.key for c in COLUMNS if c.header.endswith("（元）"))
_BY_KEY = {c.key: c for c in COLUMNS}


_UNIT_SUFFIX = re.compile(r"/(?:单位:?)?(?:亿|千万|百万|万|千)?元$")  # "房产价值/万元"
_HEADER_UNIT = re.compile(r"[(/]\s*(?:单位\s*:?\s*)?(亿|千万|百万|万|千)元?\s*\)?\s*$")
_PLAIN_NUMBER = re.compile(r"[0-9][0-9.,，\s]*")


def _norm_header(h: str) -> str:
    return _HEADER_NOISE.sub("", _UNIT_SUFFIX.sub("", normalize_text(h))).lower()


def _header_unit(key: str, header: str) -> str:
    """"万" for an amount column headed 月收入（万元） (also 千, 百万, 千万, 亿): its plain numbers are
    in that unit. The template's columns are in 元."""
    if key not in _MONEY_KEYS:
        return ""
    m = _HEADER_UNIT.search(normalize_text(header))
    return m.group(1) if m else ""


_HEADER_INDEX: dict[str, str] = {}
for _c in COLUMNS:
    for _h in (_c.header, *_c.aliases):
        _HEADER_INDEX.setdefault(_norm_header(_h), _c.key)
_HEADER_INDEX.setdefault(_norm_header(ERROR_HEADER), "")  # our own error column: ignored on re-import
# One column for both validity dates, as the back of the card prints them ("2015.05.01-2035.05.01");
# used when a file has neither 有效期起 nor 有效期止 (not a template column).
VALIDITY_KEY = "id_validity"
for _h in ("有效期限", "有效期", "证件有效期", "证件有效期限", "身份证有效期", "身份证有效期限"):
    _HEADER_INDEX.setdefault(_norm_header(_h), VALIDITY_KEY)
_VALIDITY_PARTS = ("id_valid_from", "id_valid_to")

_SECTIONS: dict[str, type] = {
    "personal": cs.PersonalInput, "address": cs.AddressInput, "work": cs.WorkInput, "income": cs.IncomeInput,
    "assets": cs.AssetsInput, "liabilities": cs.LiabilitiesInput, "household": cs.HouseholdInput,
}
_EMPTY_SECTIONS = {name: cls() for name, cls in _SECTIONS.items()}  # frozen: safe to share


# --- results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RowIssue:
    row: int  # as Excel shows it (header = row 1)
    column: str  # header text, "" for the whole row
    message: str

    def __str__(self) -> str:
        where = f"第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


@dataclass(frozen=True)
class ImportPreview:
    """What `preview_import` found. Hand it back unchanged to `commit_import`/`error_workbook`."""

    filename: str
    fmt: str  # "csv" | "xlsx"
    encoding: str  # "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16" or "" for xlsx
    sha256: str
    keys: tuple[str, ...]  # column keys in file order (mapped columns only)
    headers: tuple[str, ...]  # header texts of those columns as written in the file
    ignored_columns: tuple[str, ...]
    total: int
    errors: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    row_numbers: array = field(repr=False)
    packed: tuple[str, ...] = field(repr=False)
    bad: frozenset[int] = field(repr=False)
    clerks: Mapping[str, str] = field(repr=False, default_factory=dict)  # username -> user id
    truncated_issues: bool = False
    prepared: cb.PreparedRows | None = field(repr=False, default=None)  # checked rows, ready to write
    sheet: str = ""  # the worksheet read (xlsx), shown so the clerk knows which list was checked
    header_row: int = 1  # as Excel numbers it: rows above it (a title) were skipped
    notes: tuple[str, ...] = ()  # how the file was read, for the clerk ("月收入（万元）" converted)

    @property
    def error_count(self) -> int:
        """Rows with at least one error."""
        return len(self.bad)

    @property
    def valid_count(self) -> int:
        return self.total - len(self.bad)

    def errors_by_row(self) -> dict[int, list[RowIssue]]:
        out: dict[int, list[RowIssue]] = {}
        for e in self.errors:
            out.setdefault(e.row, []).append(e)
        return out


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    first_no: str
    last_no: str


# --- reading files -----------------------------------------------------------------------------

_SAVE_AS = "请用 Excel 或 WPS 打开，“另存为”Excel 工作簿（.xlsx）后再导入。"
_MARKUP_TAGS = (b"<html", b"<table", b"<!doctype", b"<?xml", b"urn:schemas-microsoft-com")


def _csv_with_header(name: str, data: bytes) -> bool:
    """Whether ``data`` (named .xlsx) is a CSV with a customer header in its first lines."""
    try:
        rows, _encoding, _estimate = _csv_rows(name, data)
        return any(_header_score(r)[1] >= 2 for r in itertools.islice(rows, HEADER_SCAN_ROWS))
    except ImportFileError:
        return False


def _detect_format(name: str, data: bytes) -> str:
    """"xlsx" or "csv" by content. Files that only look like spreadsheets get their own message:
    old .xls / WPS .et, a password-protected workbook, the HTML or XML "Excel" files that bank and
    government systems export, an OpenDocument sheet."""
    lower = name.lower()
    if data.startswith(b"PK\x03\x04"):
        if b"application/vnd.oasis.opendocument.spreadsheet" in data[:200]:
            raise ImportFileError(f"“{name}”是 OpenDocument 表格（.ods），不能直接导入。{_SAVE_AS}")
        return "xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        # An encrypted .xlsx is an OLE container too, with these two streams.
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise ImportFileError(f"“{name}”设置了打开密码，无法读取。请在 Excel 或 WPS 中打开，取消密码后另存为"
                                  "Excel 工作簿（.xlsx）再导入。")
        what = "WPS 表格（.et）文件" if lower.endswith((".et", ".ett")) else "旧版 Excel（.xls）文件"
        raise ImportFileError(f"“{name}”是{what}，不能直接导入。{_SAVE_AS}")
    head = data[:4096]
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        head = head.removeprefix(bom)
    head = head.replace(b"\x00", b"").lstrip().lower()  # (UTF-16 markup too)
    if head.startswith(b"<") and any(tag in head for tag in _MARKUP_TAGS):
        raise ImportFileError(f"“{name}”其实是网页或 XML 格式的表格（常见于业务系统“导出 Excel”），不是真正的"
                              f" Excel 文件。{_SAVE_AS}")
    if lower.endswith((".xlsx", ".xlsm")) and not _csv_with_header(name, data):
        raise ImportFileError(f"“{name}”的内容不是 Excel（.xlsx）格式（可能只是改了扩展名），无法导入。")
    return "csv"  # also a CSV renamed .xlsx (its content decides), but not any text called .xlsx


def _decode_csv(name: str, data: bytes) -> tuple[str, str]:
    """Text and encoding label. Order: BOMs, strict UTF-8, GB18030 (a superset of GBK/GB2312)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (BOM)"
        except UnicodeDecodeError:
            raise ImportFileError(f"“{name}”声明为 UTF-8 编码，但内容有乱码，无法读取。请用 Excel 重新另存为 CSV。") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(f"“{name}”的 UTF-16 内容不完整，无法读取。") from None
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        raise ImportFileError(f"“{name}”不是文本格式的 CSV 文件（含有二进制内容），无法导入。请选择客户导入模板或 Excel 另存的 CSV。")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise ImportFileError(
            f"“{name}”的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030），或不是文本文件。请在 Excel 中另存为“CSV UTF-8”后再导入。"
        ) from None


def _csv_rows(name: str, data: bytes) -> tuple[Iterator[list[str]], str, int]:
    text_, encoding = _decode_csv(name, data)
    if "\x00" in text_:
        raise ImportFileError(f"“{name}”含有二进制内容，不是 CSV 文件。")
    # The first lines, not only the first: a title line ("XX信用社客户导入表") may have no separator.
    head = text_[:65536].splitlines()[:HEADER_SCAN_ROWS]
    counts = {d: sum(line.count(d) for line in head) for d in (",", "\t", ";")}
    delimiter = max(counts, key=counts.__getitem__) if any(counts.values()) else ","
    estimate = text_.count("\n") + 1
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 20))
    reader = csv.reader(io.StringIO(text_, newline=""), delimiter=delimiter)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as exc:
            raise ImportFileError(f"“{name}”第 {reader.line_num} 行的 CSV 格式有误（{exc}），请用 Excel 重新另存为 CSV。") from None

    return rows(), encoding, estimate


def _check_zip(name: str, data: bytes) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportFileError(f"“{name}”不是有效的 Excel（.xlsx）文件（文件已损坏或不完整）。") from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
            raise ImportFileError(f"“{name}”是压缩包，但不是 Excel 工作簿（.xlsx）。")
        if len(infos) > 5000:
            raise ImportFileError(f"“{name}”内部结构异常（文件数过多），可能是恶意文件，已拒绝。")
        total = 0
        for i in infos:
            total += i.file_size
            if i.file_size > 16 * 1024 * 1024 and i.file_size > MAX_XLSX_RATIO * max(1, i.compress_size):
                raise ImportFileError(f"“{name}”的压缩比异常（疑似“压缩炸弹”），已拒绝。")
        if total > MAX_XLSX_UNCOMPRESSED:
            raise ImportFileError(f"“{name}”解压后过大（约 {total // 1048576} MB），请拆分成多个文件导入。")


def _cell_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if value.is_integer():
            return repr(value)
        # As Excel shows it (15 significant digits): a formula's 1234.5600000000002 is 1234.56.
        return f"{value:.15g}"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


class _Number(str):
    """Text of a cell the workbook stores as a number. In the ID column that means Excel kept only
    15 significant digits (the rest became 0), whichever row the header turns out to be on."""

    __slots__ = ()


TEMPLATE_SHEET = "客户信息"
MAX_SHEETS_SCANNED = 30


def _pick_sheet(name: str, wb: Any) -> tuple[str, Any]:
    """The sheet holding the customers: 客户信息 (the template's) if present, else the one visible
    sheet whose first rows carry a customer header. Hidden sheets (drop-down sources) are skipped;
    when several sheets look like customer lists the clerk is asked to keep one, because guessing
    would import the wrong list without a word."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    metas = [m for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    visible = [m.name for m in metas if m.visible == SheetVisibleEnum.Visible] or [m.name for m in metas]
    if not visible:
        raise ImportFileError(f"“{name}”中没有工作表。")
    if TEMPLATE_SHEET in visible or len(visible) == 1:
        sheet = TEMPLATE_SHEET if TEMPLATE_SHEET in visible else visible[0]
        return sheet, wb.get_sheet_by_name(sheet)
    found: list[tuple[tuple[int, int], str, Any]] = []
    for sheet in visible[:MAX_SHEETS_SCANNED]:
        ws = wb.get_sheet_by_name(sheet)
        lead = itertools.islice(ws.iter_rows(), HEADER_SCAN_ROWS)
        score = max((_header_score([_cell_str(v) for v in raw[:MAX_COLUMNS]]) for raw in lead), default=(0, 0))
        if score[1] >= 2:
            found.append((score, sheet, ws))
    complete = [f for f in found if f[0][0] == len(_REQUIRED_KEYS)]
    if len(complete) == 1:
        return complete[0][1], complete[0][2]
    if len(found) == 1:
        return found[0][1], found[0][2]
    listed = "、".join(f"“{n[:20]}”" for n in visible[:10]) + ("等" if len(visible) > 10 else "")
    if not found:
        raise ImportFileError(f"“{name}”的工作表（{listed}）中都没有找到客户表头（“姓名”“身份证号”等列名）。"
                              "请下载客户导入模板，按模板的表头填写。")
    names = "、".join(f"“{f[1][:20]}”" for f in (complete or found))
    raise ImportFileError(f"“{name}”中有多个工作表都是客户表（{names}），无法确定导入哪一个。"
                          "请每次只导入一个工作表：把其他工作表删除或另存到别的文件后再导入。")


MAX_MERGED_RANGES = 20_000


class _Filled(str):
    """A cell's text taken from the merged cell above or beside it (not the row's own value)."""

    __slots__ = ()


class _FilledNumber(_Number):
    __slots__ = ()


class _FilledRow(list):  # type: ignore[type-arg]
    """A row with _Filled cells: it is a customer only if it has a value of its own too."""


_FILLED = (_Filled, _FilledNumber)


def _merged_ranges(ws: Any) -> list[tuple[int, int, int, int]]:
    """Merged areas as (first row, first col, last row, last col) in iter_rows() coordinates (rows
    from the top of the sheet, columns from the first used one), by first row. Only the top-left
    cell holds the value; a clerk's sheet merges 农户 or a village over the rows it applies to."""
    try:
        ranges = ws.merged_cell_ranges or []
        first_col = ws.start[1] if ws.start else 0
    except Exception:  # a format calamine cannot give them for: read the cells as stored
        return []
    out = [(r0, c0 - first_col, r1, c1 - first_col) for (r0, c0), (r1, c1) in ranges[:MAX_MERGED_RANGES]
           if (r1 > r0 or c1 > c0) and c1 >= first_col]
    out.sort()
    return out


def _xlsx_rows(name: str, data: bytes) -> tuple[Iterator[list[str]], int, Callable[[], None], str]:
    """Rows of the customer sheet (see _pick_sheet) as text, read with calamine, and its name.

    Why calamine and not openpyxl: openpyxl's reader cost ~300 us a row (10x the whole check of
    a CSV row); calamine (Rust) reads the same sheet ~10x faster. It holds the sheet in memory,
    so the declared size of the workbook's parts is capped first (_check_zip). Leading empty rows
    come back as empty rows, so row numbers stay as Excel shows them; error cells (#N/A) read
    as empty.
    """
    _check_zip(name, data)
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet, ws = _pick_sheet(name, wb)
        estimate = int(ws.height or 0)
    except ImportFileError:
        raise
    except Exception:  # any parser failure on a hostile/broken file
        raise ImportFileError(f"“{name}”无法作为 Excel 工作簿打开（文件已损坏或格式不受支持）。") from None

    def rows() -> Iterator[list[str]]:
        try:
            merged = _merged_ranges(ws)
            at = 0  # next range (by first row) to open
            open_ranges: list[tuple[int, int, int, int, str]] = []  # last row, first/last col, first row, value
            for r, raw in enumerate(ws.iter_rows()):
                if len(raw) > MAX_COLUMNS * 4:
                    raise ImportFileError(f"“{name}”的列数过多（{len(raw)} 列），请使用客户导入模板。")
                if open_ranges:
                    open_ranges = [m for m in open_ranges if m[0] >= r]
                if raw.count("") == len(raw):
                    # Blank (a stray cell far below makes many of these), also inside a merged 农户:
                    # a row needs a value of its own to be a customer.
                    while at < len(merged) and merged[at][0] <= r:
                        at += 1  # (a range starting here has an empty top-left cell)
                    yield []
                    continue
                # type() rather than isinstance: a bool cell is not a number Excel rounded.
                out = [_Number(_cell_str(v)) if type(v) in (int, float) else _cell_str(v) for v in raw]
                while at < len(merged) and merged[at][0] <= r:
                    r0, c0, r1, c1 = merged[at]
                    at += 1
                    if r0 == r and 0 <= c0 < len(out) and out[c0]:
                        open_ranges.append((r1, c0, c1, r0, out[c0]))
                if not open_ranges:
                    yield out
                    continue
                filled = _FilledRow(out)
                for _last, c0, c1, r0, value in open_ranges:  # what Excel shows in a merged cell
                    for c in range(c0 + (r == r0), min(c1, len(out) - 1) + 1):
                        if not filled[c]:
                            filled[c] = _FilledNumber(value) if isinstance(value, _Number) else _Filled(value)
                yield filled
        except ImportFileError:
            raise
        except Exception:
            raise ImportFileError(f"“{name}”读取到中途出错（文件已损坏或不完整），未导入任何数据。") from None

    return rows(), estimate, lambda: None, sheet


# --- preview -----------------------------------------------------------------------------------

def _notify(progress: ProgressFn | None, cancel: CancelFn | None, done: int, total: int, what: str) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total, what)


_SPECIAL = re.compile(r"[\x00-\x1f\x7f]")


def _clean_cell(value: str) -> tuple[str, str | None]:
    """(normalised cell, error). Excel line breaks become spaces; control characters are errors."""
    if not value:
        return "", None
    if len(value) > MAX_CELL_CHARS:
        return value[:20] + "…", f"内容过长（{len(value)} 字），单元格最多 {MAX_CELL_CHARS} 字"
    if _SPECIAL.search(value) is not None:
        if _CONTROL.search(value):
            return _CONTROL.sub("?", value), "含有不可见的控制字符，请删除后重新填写"
        value = _NEWLINES.sub(" ", value)
    value = value.strip()
    # Undo our own export neutralisation ('=abc) so a fixed error workbook re-imports as typed.
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        value = value[1:]
    return value, None


# Number-like text columns (ID, phones, codes): what spreadsheets do to them, undone or explained.
_QUOTES = "'‘’＇`"  # a typed text prefix; with a Chinese IME the ' comes out as ‘ or ’
_SCIENTIFIC = re.compile(r"[0-9]+(?:\.[0-9]*)?[eE]\+?[0-9]+")
_WHOLE_FLOAT = re.compile(r"([0-9]+)\.0+")
_DIGITS_ID, _DIGITS_OTHER, _DATE, _NAME, _CHOICE = 1, 2, 3, 4, 5
# The words branch ledgers use for the template's choices, where they mean exactly one of them
# (征信 marital codes: 初婚/再婚/复婚 are kinds of 已婚). Anything else is reported with the choices.
_CHOICE_ALIASES: dict[str, dict[str, str]] = {
    "kind": {"个体户": "个体工商户", "个人客户": "个人", "自然人": "个人", "农户客户": "农户"},
    "gender": {"男性": "男", "女性": "女"},
    "personal.marital_status": {"初婚": "已婚", "再婚": "已婚", "复婚": "已婚", "离婚": "离异"},
    "personal.education": {"文盲": "小学及以下", "半文盲": "小学及以下", "小学": "小学及以下", "高中": "高中/中专",
                           "中专": "高中/中专", "职高": "高中/中专", "技校": "高中/中专", "大学专科": "大专",
                           "专科": "大专", "大学本科": "本科", "研究生": "研究生及以上", "硕士": "研究生及以上",
                           "博士": "研究生及以上"},
    "assets.housing_type": {"自有": "自有住房", "自建房": "自有住房", "自有房": "自有住房", "按揭": "按揭购房",
                            "租住": "租房", "租赁": "租房", "与父母同住": "与亲属同住"},
}
# What ledgers write for "nothing" in a number, date, code or choice column: read as blank (a
# required column then asks to be filled; "-" in 月收入 said 金额不能为负数). Free text keeps it.
_PLACEHOLDERS = frozenset({"无", "-", "--", "/", "\\", "—", "——", "－", "／", "–", "暂无", "空", "n/a", "na", "null", "none",
                           "ｎ／ａ", "ｎａ"})
_FREE_TEXT = frozenset({
    "name", "business_name", "ethnicity", "id_issuer", "personal.wechat", "address.hukou_address",
    "address.current_address", "work.occupation", "work.employer", "work.industry", "work.position",
    "income.income_source", "assets.land_certificate_no", "assigned_clerk", "notes"})
_DIGIT_COLUMNS = {c.key: _DIGITS_OTHER for c in COLUMNS if c.text} | {
    "id_number": _DIGITS_ID, "personal.phone_other": _DIGITS_OTHER,
    "birth_date": _DATE, "id_valid_from": _DATE, "id_valid_to": _DATE, "name": _NAME} | dict.fromkeys(
    _CHOICE_ALIASES, _CHOICE)
# Pasted from web pages and WeChat: zero-width characters go, odd spaces become plain ones (only in
# the name, number and date columns; free text is stored exactly as written).
_PASTED = {0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None,
           0xA0: " ", 0x202F: " ", 0x205F: " ", 0x3000: " ", **{c: " " for c in range(0x2000, 0x200B)}}
_NAME_ODD = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]")
_SPACED_HAN_NAME = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]+(?:\s+[\u3400-\u9fff\U00020000-\U0003134f]+)+")
_TIME_SUFFIX = re.compile(r"(\S+?)(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug aside)
_SERIAL_MAX = 73050  # 2099-12-31
EXCEL_NUMBER_HINT = "若该列在 Excel 中是数字格式，第15位以后会变成0：请把该列设为“文本”格式，重新录入号码后再导入"


def _name_text(value: str) -> str:
    """"张\u00a0三" or "王  五" (padded to line up with three-character names) is 张三 / 王五; a
    name in Latin letters keeps its spaces."""
    if _NAME_ODD.search(value) is None:
        return value  # the usual case: nothing to tidy
    value = value.translate(_PASTED).strip()
    if _SPACED_HAN_NAME.fullmatch(value):
        return "".join(value.split())
    return value


def _date_text(value: str) -> tuple[str, str | None]:
    """A date cell as CSV/WPS write a date-time ("2020/5/1 0:00"): the date part. A bare Excel
    serial (43952: a date column re-formatted as 常规/数值) becomes its date, with a prompt."""
    if " " in value or "T" in value:
        m = _TIME_SUFFIX.fullmatch(value)
        if m:
            return m.group(1), None
    compact = value
    if compact.isascii() and compact.isdigit() and len(compact) <= 5 and 0 < int(compact) <= _SERIAL_MAX:
        day = _EXCEL_EPOCH + timedelta(days=int(compact))
        return day.isoformat(), f"日期在表格中显示为数字 {compact}，已按 Excel 日期读作 {day.isoformat()}，请核对"
    return value, None


def _digit_text(value: str, kind: int) -> tuple[str, str | None]:
    """A leading ' (Excel's text prefix, kept literally in CSV and by some systems) is dropped;
    "13800138000.0" (a number written out by another program) becomes 13800138000, except in the
    ID column where a number has already lost digits; 3.30106E+17 is explained, never guessed."""
    if value.isascii():
        if value.isdigit():
            return value, None  # most IDs, phones and codes: nothing to undo
    else:
        value = value.translate(_PASTED).strip()
    if value[:1] in _QUOTES:
        value = value[1:].lstrip()
    compact = normalize_text(value).replace(" ", "")
    if _SCIENTIFIC.fullmatch(compact):
        return value, (f"号码被 Excel 存成了数字，显示成了科学计数法（{compact[:32]}），后几位已丢失。"
                       "请把该列设为“文本”格式，重新录入号码后再导入")
    if kind == _DIGITS_OTHER:
        m = _WHOLE_FLOAT.fullmatch(compact)
        if m:
            return m.group(1), None
    return value, None


_region_names: dict[str, str] | None = None


def _region_code(value: str) -> str | None:
    """6-digit code as typed, or the code of a current region's full name ("浙江省杭州市西湖区")."""
    v = value.replace(" ", "")
    if len(v) == 6 and v.isascii() and v.isdigit():
        return v
    global _region_names
    if _region_names is None:
        names: dict[str, str] = {}
        stack = list(regions.provinces())
        while stack:
            r = stack.pop()
            names.setdefault(r.full_name, r.code)
            stack.extend(regions.children(r.code))
        _region_names = names
    return _region_names.get(v)


_TOP, _SECTION, _CLERK, _REGION, _VALID_TO, _VALIDITY = range(6)
_VALIDITY_TOKEN = re.compile(r"\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|\d{8}|长期(?:有效)?|永久(?:有效)?")
_LONG_TERM = re.compile(r"(长期|永久)(有效)?")  # as printed on the card (长期), as clerks say it (永久)
_LONG_TERM_NOISE = re.compile(r"[\s()（）]")


def _plan(keys: Sequence[str]) -> list[tuple[str, int, str, str]]:
    """Per column, once per file: how a cell becomes part of a CustomerInput."""
    out = []
    for key in keys:
        section, dot, leaf = key.partition(".")
        if key == "assigned_clerk":
            kind = _CLERK
        elif key.endswith("_region_code"):
            kind = _REGION
        elif key == "id_valid_to":
            kind = _VALID_TO
        elif key == VALIDITY_KEY:
            kind = _VALIDITY
        else:
            kind = _SECTION if dot else _TOP
        out.append((key, kind, section if dot else "", leaf if dot else key))
    return out


def _build_input(plan: Sequence[tuple[str, int, str, str]], cells: Sequence[str], clerks: Mapping[str, str],
                 cell_errors: dict[str, str]) -> cs.CustomerInput:
    top: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    for (key, kind, section, leaf), value in zip(plan, cells, strict=False):
        if not value:
            continue
        if kind == _CLERK:
            uid = clerks.get(value)
            if uid is None:
                cell_errors[key] = f"用户名“{value[:20]}”不存在或不是客户经理"
            elif not uid:
                cell_errors[key] = f"有多位客户经理的姓名是“{value[:20]}”，请改填其登录用户名"
            else:
                top["assigned_clerk_id"] = uid
            continue
        if kind == _REGION:
            code = _region_code(value)
            if code is None:
                cell_errors[key] = "地区名称无法识别，请填6位行政区划代码或省市县全称"
                continue
            value = code
        elif kind == _VALID_TO and _LONG_TERM.fullmatch(_LONG_TERM_NOISE.sub("", value)):
            top["id_long_term"] = True
            continue
        elif kind == _VALIDITY:
            parts = _VALIDITY_TOKEN.findall(normalize_text(value))
            if len(parts) != 2 or _LONG_TERM.fullmatch(parts[0]):
                cell_errors[key] = "有效期限请按身份证背面写成“2015.05.01-2035.05.01”，长期有效的写“2015.05.01-长期”"
                continue
            top["id_valid_from"] = parts[0]
            if _LONG_TERM.fullmatch(parts[1]):
                top["id_long_term"] = True
            else:
                top["id_valid_to"] = parts[1]
            continue
        if section:
            sub = sections.get(section)
            if sub is None:
                sub = sections[section] = {}
            sub[leaf] = value
        else:
            top[key] = value
    for name, empty in _EMPTY_SECTIONS.items():
        values = sections.get(name)
        top[name] = _SECTIONS[name](**values) if values else empty
    return cs.CustomerInput(**top)


HEADER_SCAN_ROWS = 20  # the header may sit below a title ("XX信用社客户导入表") and a 填表单位 line
# Other institutions' templates put a sample customer right under the header, marked as such.
EXAMPLE_ROWS = 3
_EXAMPLE_MARKS = ("示例", "填写示例", "样例", "范例", "举例", "例:", "例如", "(示例", "(样例", "(例")
_REQUIRED_KEYS = frozenset(c.key for c in COLUMNS if c.required)


def _header_score(row: Sequence[str]) -> tuple[int, int]:
    """(required columns, recognised columns) a row would give as the header."""
    keys = {_HEADER_INDEX.get(_norm_header(_clean_cell(h)[0])) for h in row if h}
    keys.discard(None)
    keys.discard("")
    return len(keys & _REQUIRED_KEYS), len(keys)


def _is_sample(raw: Sequence[str], name: str) -> bool:
    """A sample row: its first cell (often 序号) or its name says 示例/样例/例：."""
    first = next((c for c in raw if c and type(c) not in _FILLED), "")
    return any(normalize_text(v).startswith(_EXAMPLE_MARKS) for v in (first, name) if v)


def _find_header(lead: Sequence[list[str]]) -> int | None:
    """Index in ``lead`` (the file's first rows) of the header: the row naming the most template
    columns, the first such row on a tie; the first non-empty row when none names any (its
    missing columns are then reported); None for no content at all."""
    best: int | None = None
    best_score = (0, 0)
    first_filled: int | None = None
    for i, row in enumerate(lead):
        if not any((c or "").strip() for c in row):
            continue
        if first_filled is None:
            first_filled = i
        score = _header_score(row)
        if score > best_score:
            best, best_score = i, score
    return best if best is not None else first_filled


def _clerk_names(session: Session) -> dict[str, str]:
    """Who may be named in the 客户经理 column: active users who may create customers, by user name
    and, since ledgers write people's names, by display name (mapped to "" when two share it)."""
    users = [u for u in session.execute(select(User.id, User.username, User.display_name, User.role, User.active))
             if u.active and allowed(u.role, "customer.create")]
    out: dict[str, str] = {}
    for u in users:
        name = (u.display_name or "").strip()
        if name:
            out[name] = "" if name in out and out[name] != u.id else u.id
    out.update({u.username: u.id for u in users})  # a user name always means that user
    return out


def _map_header(header: Sequence[str], header_row: int = 1) -> tuple[list[int], list[str], list[str], list[str]]:
    """Indexes and keys of recognised columns, their header texts, and ignored headers."""
    idx: list[int] = []
    keys: list[str] = []
    texts: list[str] = []
    ignored: list[str] = []
    seen: dict[str, str] = {}
    for j, h in enumerate(header):
        h = (h or "").strip()
        if not h:
            continue
        key = _HEADER_INDEX.get(_norm_header(h))
        if key is None:
            ignored.append(h[:30])
            continue
        if key == "":
            continue
        if key in seen:
            # A ledger with both 手机号 and 联系电话: the template's own name wins, the other is ignored
            # (and listed as such); two other names for one column stay a question for the clerk.
            canonical = _norm_header(_BY_KEY[key].header) if key in _BY_KEY else None
            old_is, new_is = _norm_header(seen[key]) == canonical, _norm_header(h) == canonical
            if old_is == new_is:
                raise ImportFileError(f"表头中“{seen[key]}”和“{h[:30]}”是同一列，请删除其中一列后再导入。")
            if old_is:
                ignored.append(h[:30])
                continue
            at = keys.index(key)
            ignored.append(texts[at])
            del idx[at], keys[at], texts[at]
        seen[key] = h
        idx.append(j)
        keys.append(key)
        texts.append(h[:30])
    if VALIDITY_KEY in seen and any(k in seen for k in _VALIDITY_PARTS):  # the separate columns win
        at = keys.index(VALIDITY_KEY)
        ignored.append(texts[at])
        del idx[at], keys[at], texts[at]
    elif VALIDITY_KEY in seen:
        seen.update(dict.fromkeys(_VALIDITY_PARTS, seen[VALIDITY_KEY]))
    missing = [c.header for c in COLUMNS if c.required and c.key not in seen]
    if missing:
        where = (f"第 {header_row} 行被当作表头，" if seen else
                 f"前 {HEADER_SCAN_ROWS} 行中没有找到“姓名”“身份证号”等列名，")
        raise ImportFileError(
            f"表头缺少必填列：{'、'.join(missing)}（{where}表头须与模板一致）。请下载客户导入模板，按模板的表头填写。"
        )
    return idx, keys, texts, ignored


def _header_for(path: str, keys: Sequence[str], texts: Sequence[str]) -> str:
    base = re.sub(r"\[\d+\]", "", path)
    if base in (*_VALIDITY_PARTS, "id_long_term") and VALIDITY_KEY in keys:
        base = VALIDITY_KEY
    if base in keys:
        return texts[keys.index(base)]
    col = _BY_KEY.get(base)
    if col is not None:
        return col.header
    return cs.FIELD_LABELS.get(base.split(".")[0] if base.startswith(("contacts", "consents")) else base, "")


def preview_import(session: Session, actor: Actor, filename: str, data: bytes, progress: ProgressFn | None = None,
                   cancel: CancelFn | None = None, *, today: date | None = None) -> ImportPreview:
    """Read and check a whole file; nothing is written. Errors come per row and column, in Chinese.

    Checks: every row with the customer service's validator, duplicate ID numbers inside the
    file and against customers already on file. ``progress(done, total, text)`` may raise to
    cancel; ``cancel()`` returning True cancels (ImportCancelled).
    """
    require(session, actor, "customer.import", entity_type="customer")
    name = sanitize_filename(filename, default="导入文件")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ImportFileError("文件内容无效。")
    data = bytes(data)
    if not data:
        raise ImportFileError(f"“{name}”是空文件（0 字节）。")
    fmt = _detect_format(name, data)
    limit = MAX_XLSX_BYTES if fmt == "xlsx" else MAX_CSV_BYTES
    if len(data) > limit:
        raise ImportFileError(f"“{name}”太大（{len(data) / 1048576:.1f} MB），单个文件不能超过 {limit // 1048576} MB，请拆分后再导入。")
    sha = hashlib.sha256(data).hexdigest()
    close: Callable[[], None] = lambda: None  # noqa: E731
    encoding = ""
    _notify(progress, cancel, 0, 0, "正在读取文件")
    if fmt == "xlsx":
        rows, estimate, close, sheet = _xlsx_rows(name, data)
    else:
        rows, encoding, estimate = _csv_rows(name, data)
        sheet = ""
    try:
        preview = _preview_rows(session, actor, name, fmt, encoding, sha, rows, max(estimate - 1, 0), progress,
                                cancel, today)
    finally:
        close()
    notes = preview.notes
    if fmt == "xlsx":
        hidden = _hidden_rows(data, sheet)
        shown = [n for n in preview.row_numbers if n in hidden] if hidden else []
        if shown:
            where = "、".join(str(n) for n in shown[:5]) + ("等" if len(shown) > 5 else "")
            notes += (f"有 {len(shown)} 行在 Excel 中被隐藏或筛选掉了（第 {where} 行），这些行同样会导入；"
                      "不想导入的请在文件中删除后重新选择。",)
    return dataclasses.replace(preview, sheet=sheet, notes=notes)


_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')


def _hidden_rows(data: bytes, sheet: str) -> frozenset[int]:
    """Excel row numbers hidden (by hand or by a filter) on ``sheet``. calamine reads every row and
    does not say which were hidden; a clerk who filtered a village's list down to the applicants
    would otherwise import the whole list without being told. The sheet XML is streamed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            book = zf.read("xl/workbook.xml")
            rels = zf.read("xl/_rels/workbook.xml.rels")
            rid = None
            for tag in re.findall(rb"<(?:\w+:)?sheet\b[^>]*>", book):
                m_name = re.search(rb'\bname="([^"]*)"', tag)
                if m_name and html.unescape(m_name.group(1).decode("utf-8")) == sheet:
                    m_id = re.search(rb'\br:id="([^"]*)"', tag) or re.search(rb'\b\w+:id="([^"]*)"', tag)
                    rid = m_id.group(1) if m_id else None
                    break
            target = None
            for tag in re.findall(rb"<Relationship\b[^>]*>", rels):
                if rid is not None and re.search(rb'\bId="' + re.escape(rid) + rb'"', tag):
                    m_target = re.search(rb'\bTarget="([^"]*)"', tag)
                    target = m_target.group(1).decode("utf-8") if m_target else None
                    break
            if target is None:
                return frozenset()
            path = target.lstrip("/") if target.startswith("/") else "xl/" + target
            hidden: set[int] = set()
            carry = b""
            with zf.open(path) as fh:
                while chunk := fh.read(1 << 20):
                    buf = carry + chunk
                    cut = buf.rfind(b"<")
                    body, carry = (buf[:cut], buf[cut:]) if cut >= 0 else (buf, b"")
                    if b"hidden=" not in body:
                        continue
                    for tag in _ROW_TAG.findall(body):
                        if _HIDDEN.search(tag):
                            m = _ROW_NUMBER.search(tag)
                            if m:
                                hidden.add(int(m.group(1)))
            return frozenset(hidden)
    except Exception:  # only a note for the clerk: a workbook we cannot scan simply gets none
        return frozenset()


def _preview_rows(session: Session, actor: Actor, name: str, fmt: str, encoding: str, sha: str,
                  rows: Iterator[list[str]], estimate: int, progress: ProgressFn | None, cancel: CancelFn | None,
                  today: date | None) -> ImportPreview:
    today = today or cs.china_today()
    lead = list(itertools.islice(rows, HEADER_SCAN_ROWS))
    at = _find_header(lead)
    if at is None:
        raise ImportFileError(f"“{name}”中没有数据（找不到表头行）。")
    header, header_row = lead[at], at + 1
    rows = itertools.chain(lead[at + 1:], rows)  # rows above the header (a title) are not data
    if len(header) > MAX_COLUMNS:
        raise ImportFileError(f"“{name}”的列数过多（{len(header)} 列），请使用客户导入模板。")
    idx, keys, texts, ignored = _map_header([_clean_cell(h)[0] for h in header], header_row)
    texts = [t.rstrip("*＊ ") or t for t in texts]  # "姓名*" in the template: show 姓名
    key_index = {k: i for i, k in enumerate(keys)}
    plan = _plan(keys)
    clerks = _clerk_names(session)

    errors: list[RowIssue] = []
    warns: list[RowIssue] = []
    packed: list[str] = []
    row_numbers = array("I")
    bad: set[int] = set()
    first_row_of_id: dict[str, int] = {}
    id_of_row: dict[int, str] = {}
    truncated = False
    prepared = cb.Preparer(today)

    def issue(lst: list[RowIssue], row: int, column: str, message: str) -> None:
        nonlocal truncated
        if len(lst) >= (MAX_ERRORS if lst is errors else MAX_WARNINGS):
            truncated = True
            return
        lst.append(RowIssue(row, column, message))

    units = [_header_unit(k, t) for k, t in zip(keys, texts, strict=True)]
    notes = tuple(f"“{t}”列按{u}元填写，已换算为元" for t, u in zip(texts, units, strict=True) if u)
    id_pos, kind_pos, name_pos = key_index["id_number"], key_index["kind"], key_index["name"]
    id_at = idx[id_pos]
    digit_kinds = [_DIGIT_COLUMNS.get(k, 0) for k in keys]
    blankables = [k not in _FREE_TEXT for k in keys]
    row_no = header_row
    for raw in rows:
        row_no += 1
        if not raw:
            if row_no % 65536 == 0:
                _notify(progress, cancel, len(packed), estimate, "正在检查数据")
            continue
        if len(packed) % 1000 == 0:
            _notify(progress, cancel, len(packed), estimate, "正在检查数据")
        cells: list[str] = []
        cell_errors: dict[str, str] = {}
        if id_at < len(raw) and isinstance(raw[id_at], _Number):
            cell_errors["id_number"] = ("身份证号被 Excel 存成了数字，后几位可能已变成0。请把该列设为“文本”格式，"
                                        "重新录入号码后再导入")
        for key, j, digits, unit, blankable in zip(keys, idx, digit_kinds, units, blankables, strict=True):
            value = raw[j] if j < len(raw) else ""
            value, err = _clean_cell(value)
            if blankable and len(value) <= 4 and value.lower() in _PLACEHOLDERS:
                value = ""
            if unit and value and _PLAIN_NUMBER.fullmatch(normalize_text(value)):
                value += unit  # 0.5 under 月收入（万元） is 0.5万; a unit typed in the cell wins
            if digits and value and not err:
                if digits == _CHOICE:
                    value = _CHOICE_ALIASES[key].get(value, value)
                elif digits == _NAME:
                    value = _name_text(value)
                elif digits == _DATE:
                    value, note = _date_text(value if value.isascii() else value.translate(_PASTED).strip())
                    if note:
                        issue(warns, row_no, texts[len(cells)], note)
                else:
                    value, err = _digit_text(value, digits)
            if err:
                cell_errors.setdefault(key, err)
            cells.append(value)
        if type(raw) is _FilledRow and not any(raw[j] and type(raw[j]) not in _FILLED for j in idx if j < len(raw)):
            cells = []  # only what merged cells spread into it (序号 pre-numbered down an empty list)
        if not any(cells):
            if any((c or "").strip() for c in raw if type(c) not in _FILLED):
                issue(warns, row_no, "", "该行只有模板以外的列有内容，已跳过")
            continue
        if row_no - header_row <= EXAMPLE_ROWS and not packed and _is_sample(raw, cells[name_pos]):
            issue(warns, row_no, "", "这是填写示例行，已跳过（不会导入）")
            continue
        if len(packed) >= MAX_ROWS:
            raise ImportFileError(f"“{name}”超过 {MAX_ROWS:,} 行，请拆分成多个文件导入。")
        i = len(packed)
        packed.append(SEP.join(cells))
        row_numbers.append(row_no)
        if not cells[kind_pos]:  # CustomerInput defaults to 个人: a blank would import a farmer as one
            cell_errors.setdefault("kind", "请填写客户类型：" + "、".join(cs.KIND_LABELS.values()))
        item = _build_input(plan, cells, clerks, cell_errors)
        clean, result = cb.check_row(item, today)
        row_errors = dict(cell_errors)
        for path, msg in result.errors.items():
            row_errors.setdefault(path, msg)
        to_error = row_errors.get("id_valid_to", "")  # the form has a 长期 box; a file has not
        if to_error.startswith("日期格式不正确"):
            row_errors["id_valid_to"] = "日期格式不正确，请按 2024-05-01 的格式填写；长期有效的身份证填“长期”"
        elif to_error.startswith("请填写身份证有效期截止日期"):
            row_errors["id_valid_to"] = "请填写身份证有效期截止日期；长期有效的身份证填“长期”"
        if VALIDITY_KEY in cell_errors:  # one message for the one 有效期限 cell
            for part in _VALIDITY_PARTS:
                row_errors.pop(part, None)
        if cells[id_pos].endswith("000"):  # what Excel leaves of an 18-digit number: explain it
            if "校验位" in row_errors.get("id_number", ""):
                row_errors["id_number"] += "。" + EXCEL_NUMBER_HINT
            elif "id_number" not in row_errors:
                issue(warns, row_no, texts[id_pos], f"身份证号末三位是000，请与身份证核对。{EXCEL_NUMBER_HINT}")
        if result.derived is not None and "id_number" not in row_errors:
            idn = result.derived.id_number
            first = first_row_of_id.get(idn)
            if first is not None:
                row_errors["id_number"] = f"与第 {first} 行的身份证号重复"
            else:
                first_row_of_id[idn] = row_no
                id_of_row[i] = idn
        if row_errors:
            bad.add(i)
            for path, msg in row_errors.items():
                issue(errors, row_no, _header_for(path, keys, texts), msg)
        else:
            prepared.add(i, cb.clean_row(clean, item.assigned_clerk_id))
        for path, msg in result.warnings.items():
            issue(warns, row_no, _header_for(path, keys, texts), msg)

    if not packed:
        raise ImportFileError(f"“{name}”只有表头，没有客户数据。")
    _notify(progress, cancel, len(packed), len(packed), "正在核对已有客户")
    existing = cs.existing_by_id_number(session, actor, id_of_row.values())
    if existing:
        id_col = texts[key_index["id_number"]]
        for i, idn in id_of_row.items():
            hit = existing.get(idn)
            if hit is not None:
                bad.add(i)
                issue(errors, row_numbers[i], id_col, f"该身份证号已是本行客户（客户号 {hit[1]}），不能重复导入")
    errors.sort(key=lambda e: e.row)
    warns.sort(key=lambda e: e.row)
    return ImportPreview(
        filename=name, fmt=fmt, encoding=encoding, sha256=sha, keys=tuple(keys), headers=tuple(texts),
        ignored_columns=tuple(ignored), total=len(packed), errors=tuple(errors), warnings=tuple(warns),
        row_numbers=row_numbers, packed=tuple(packed), bad=frozenset(bad), clerks=clerks,
        truncated_issues=truncated, prepared=prepared.finish(), header_row=header_row, notes=notes,
    )


# --- commit ------------------------------------------------------------------------------------

def commit_import(session: Session, actor: Actor, preview: ImportPreview, mode: str = "valid_only",
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None, *,
                  today: date | None = None) -> ImportResult:
    """Write the previewed file in the caller's ONE transaction (``db.write()``).

    ``mode="valid_only"`` imports the rows without errors and skips the rest;
    ``mode="all_or_nothing"`` refuses the whole file if any row has an error. Rows are checked
    again on write (another clerk may have added one of these customers since the preview): any
    failure, a cancel or a crash rolls everything back.
    """
    require(session, actor, "customer.import", entity_type="customer")
    if mode not in ("valid_only", "all_or_nothing"):
        raise ServiceError("导入方式无效。", field="mode")
    if mode == "all_or_nothing" and preview.bad:
        raise ServiceError(f"文件中有 {len(preview.bad)} 行存在错误，按“有错误则全部不导入”的选择，未导入任何数据。"
                           "请下载错误清单修改后重新导入。")
    wanted = [i for i in range(preview.total) if i not in preview.bad]
    if not wanted:
        raise ServiceError("没有可以导入的行（所有行都有错误）。请下载错误清单修改后重新导入。")
    total = len(wanted)
    today = today or cs.china_today()

    def bulk_progress(done: int) -> bool:
        _notify(progress, cancel, done, total, "正在导入")
        return True

    prepared = preview.prepared
    try:
        if prepared is not None and prepared.checked_on == today and len(prepared.indexes) - sum(
                1 for i in prepared.indexes if i in preview.bad) == total:
            # checked in the preview today: write those rows (re-checking only what can change)
            rows = (row for i, row in prepared.rows() if i not in preview.bad)
            result = cb.insert_clean_rows(session, actor, rows, total, source=preview.filename,
                                          progress=bulk_progress)
        else:  # another day (card validity moves with it) or an old preview: check every row again
            result = _commit_rechecked(session, actor, preview, wanted, today, progress, cancel)
    except cs.ValidationFailed as exc:
        raise ServiceError(_changed_since_preview(exc.errors, wanted, preview)) from None
    except cs.DuplicateCustomer as exc:
        raise ServiceError(f"导入期间客户 {exc.existing_no} 已由他人登记，本文件未导入任何数据。请重新预览后再导入。") from None
    _notify(progress, cancel, total, total, "正在提交")
    audit.record(session, actor, "customer.import", entity_type="customer",
                 summary={"file": preview.filename, "sha256": preview.sha256, "format": preview.fmt,
                          "rows": preview.total, "created": len(result.created), "skipped": len(preview.bad),
                          "mode": mode, "first_no": result.first_no, "last_no": result.last_no})
    return ImportResult(len(result.created), len(preview.bad), result.first_no, result.last_no)


def _commit_rechecked(session: Session, actor: Actor, preview: ImportPreview, wanted: Sequence[int], today: date,
                      progress: ProgressFn | None, cancel: CancelFn | None) -> cs.BulkResult:
    total = len(wanted)
    plan = _plan(preview.keys)
    _notify(progress, cancel, 0, total, "正在准备数据")
    items: list[cs.CustomerInput] = []
    for n, i in enumerate(wanted):
        if n % 5000 == 0 and n:
            _notify(progress, cancel, 0, total, "正在准备数据")
        items.append(_build_input(plan, preview.packed[i].split(SEP), preview.clerks, {}))

    def bulk_progress(done: int) -> bool:
        _notify(progress, cancel, done, total, "正在校验")
        return True

    return cs.create_customers_bulk(session, actor, items, source=preview.filename, progress=bulk_progress,
                                    today=today)


def _changed_since_preview(errors: Mapping[str, str], wanted: Sequence[int], preview: ImportPreview) -> str:
    path, message = next(iter(errors.items()))
    m = re.match(r"row\[(\d+)\]\.(.*)", path)
    if m and int(m.group(1)) < len(wanted):
        row = preview.row_numbers[wanted[int(m.group(1))]]
        column = _header_for(m.group(2), preview.keys, preview.headers)
        return f"第 {row} 行“{column}”：{message}。数据在预览后发生了变化，本文件未导入任何数据，请重新预览。"
    return f"{message}。本文件未导入任何数据，请重新预览。"


# --- templates and the error workbook ------------------------------------------------------------

def _neutral(value: Any) -> Any:
    """Formula-injection guard for spreadsheet cells (OWASP CSV injection)."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r＝＋－＠":
        return "'" + value
    return value


def template_csv() -> bytes:
    """Header row only, UTF-8 with BOM so Excel in China opens it with the right encoding."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([c.header + ("*" if c.required else "") for c in COLUMNS])
    return codecs.BOM_UTF8 + buf.getvalue().encode("utf-8")


def template_xlsx() -> bytes:
    """The import template: header row (required columns marked), text-formatted ID/phone
    columns, drop-downs for choice columns, and a 填写说明 sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "客户信息"
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for j, c in enumerate(COLUMNS, 1):
        cell = ws.cell(row=1, column=j, value=c.header + ("*" if c.required else ""))
        cell.font = Font(bold=True, color="C00000" if c.required else "000000")
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if c.hint:
            cell.comment = Comment(c.hint, "LoanDesk")
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = max(10, min(30, len(c.header) * 2 + 4, 22 if c.text else 30))
        if c.text:
            # The whole column (a go-live list runs to thousands of rows), and the first rows' cells
            # for programs that ignore column styles.
            ws.column_dimensions[letter].number_format = "@"
            for r in range(2, 1002):
                ws.cell(row=r, column=j).number_format = "@"
        if c.choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(c.choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="输入有误", error="请从下拉列表中选择")
            dv.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30
    help_ws = wb.create_sheet("填写说明")
    help_ws.append(["列名", "是否必填", "填写说明", "示例"])
    for c in COLUMNS:
        help_ws.append([c.header, "必填" if c.required else "", c.hint, c.example])
    help_ws.append([])
    help_ws.append(["说明", "", "第一行是表头，请勿修改或删除；从第二行起每行一位客户。身份证号、手机号列已设为文本格式，"
                                "请勿改为数字。日期可写 2024-05-01、2024/5/1 或 2024年5月1日。", ""])
    for col, width in zip("ABCD", (22, 10, 60, 24), strict=True):
        help_ws.column_dimensions[col].width = width
    for row in help_ws.iter_rows(min_row=1, max_row=1):
        for cell in row:
            cell.font = Font(bold=True)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def error_workbook(preview: ImportPreview) -> bytes:
    """The rows with errors, in the file's columns plus 错误原因, bad cells highlighted: fix and
    re-import as is (the error column is ignored on import)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    by_row = preview.errors_by_row()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("错误行")
    red = PatternFill("solid", fgColor="FFC7CE")
    bold = Font(bold=True)
    header = []
    for h in (*preview.headers, ERROR_HEADER, "原行号"):
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    text_keys = {c.key for c in COLUMNS if c.text}
    for i in sorted(preview.bad):
        row_no = preview.row_numbers[i]
        issues = by_row.get(row_no, [])
        bad_cols = {e.column for e in issues}
        cells = []
        for key, h, value in zip(preview.keys, preview.headers, preview.packed[i].split(SEP), strict=True):
            cell = WriteOnlyCell(ws, value=_neutral(value))
            if key in text_keys:
                cell.number_format = "@"
            if h in bad_cols:
                cell.fill = red
                msgs = "；".join(e.message for e in issues if e.column == h)
                cell.comment = Comment(msgs[:500], "LoanDesk")
            cells.append(cell)
        reason = "；".join((f"{e.column}：" if e.column else "") + e.message for e in issues) or "有错误"
        cells.append(WriteOnlyCell(ws, value=_neutral(reason)))
        cells.append(WriteOnlyCell(ws, value=row_no))
        ws.append(cells)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- export ------------------------------------------------------------------------------------

EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("customer_no", "客户号"), ("kind", "客户类型"), ("name", "姓名"), ("business_name", "个体工商户名称"),
    ("uscc", "统一社会信用代码"), ("gender", "性别"), ("birth_date", "出生日期"), ("ethnicity", "民族"),
    ("id_number", "身份证号"), ("id_valid_to", "有效期止"), ("mobile", "手机号"), ("hukou_address", "户籍地址"),
    ("current_address", "现居住地址"), ("occupation", "职业"), ("monthly_income", "月收入（元）"),
    ("status", "状态"), ("clerk", "客户经理"), ("created_on", "建档日期"), ("missing_consents", "缺少的授权"),
)

_EXPORT_SQL = (
    "SELECT c.sn, c.customer_no, c.kind, c.name, c.business_name, c.uscc, c.gender, c.birth_date, c.ethnicity, "
    "c.id_number, c.id_valid_to, c.mobile, p.hukou_address, p.current_address, p.occupation, "
    "p.monthly_income_fen, c.status, u.display_name, c.created_at, c.pi_consent_on, c.credit_consent_on "
    "FROM customers AS c LEFT JOIN customer_profiles AS p ON p.customer_id = c.id "
    "LEFT JOIN users AS u ON u.id = c.assigned_clerk_id WHERE c.sn IN ({marks})"
)


def _mask_policies(session: Session) -> dict[str, MaskPolicy]:
    """The branch's masking settings (the customer service owns them); defaults if unavailable."""
    getter = getattr(cs, "mask_policies", None) or getattr(cs, "_policies", None)
    if getter is None:
        return dict(DEFAULT_POLICIES)
    return getter(session)


def _export_sns(session: Session, query: str, filters: cs.Filters | None, sort: str,
                customer_ids: Sequence[str] | None, cancel: CancelFn | None) -> list[int]:
    if customer_ids is not None:
        ids = list(dict.fromkeys(customer_ids))
        if len(ids) > EXPORT_MAX_ROWS:
            raise ServiceError(f"一次最多导出 {EXPORT_MAX_ROWS:,} 位客户，请缩小范围。")
        sns: list[int] = []
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            marks = ",".join(f":i{j}" for j in range(len(chunk)))
            found = dict(session.execute(text(f"SELECT id, sn FROM customers WHERE id IN ({marks})"),
                                         {f"i{j}": v for j, v in enumerate(chunk)}).all())
            sns.extend(found[i] for i in chunk if i in found)
        return sns
    f = filters or cs.Filters()
    if search_store.count(session, query, f, cap=EXPORT_MAX_ROWS + 1) > EXPORT_MAX_ROWS:
        raise ServiceError(f"符合条件的客户超过 {EXPORT_MAX_ROWS:,} 位，一次最多导出 {EXPORT_MAX_ROWS:,} 位，请缩小筛选范围。")
    out: list[int] = []
    seen: set[int] = set()
    offset = 0
    while True:
        if cancel is not None and cancel():
            raise ServiceError("已取消导出。")
        hits = search_store.search(session, query, f, sort=sort, offset=offset, limit=1000)
        for sn in hits.sns:
            if sn not in seen:
                seen.add(sn)
                out.append(sn)
        if len(out) > EXPORT_MAX_ROWS:
            raise ServiceError(f"符合条件的客户超过 {EXPORT_MAX_ROWS:,} 位，一次最多导出 {EXPORT_MAX_ROWS:,} 位，请缩小筛选范围。")
        if not hits.has_more or not hits.sns:
            return out
        offset += len(hits.sns)


def _export_rows(session: Session, sns: Sequence[int], unmasked: bool) -> Iterator[list[Any]]:
    policies = _mask_policies(session)
    for k in range(0, len(sns), 500):
        chunk = list(sns[k:k + 500])
        marks = ",".join(f":s{j}" for j in range(len(chunk)))
        result = session.execute(text(_EXPORT_SQL.format(marks=marks)), {f"s{j}": v for j, v in enumerate(chunk)})
        by_sn = {r[0]: r for r in result}
        for sn in chunk:
            r = by_sn.get(sn)
            if r is None:
                continue
            idn, mobile = r[9] or "", r[11] or ""
            if not unmasked:
                idn = mask_id_number(idn, policies.get("id_number"))
                mobile = mask_phone(mobile, policies.get("phone")) if mobile else ""
            income = None if r[15] is None else Decimal(r[15]) / 100
            missing = [cs.CONSENT_LABELS[k] for k, on in (("pi_sensitive", r[19]), ("credit_query", r[20])) if on is None]
            created = str(r[18] or "")[:10]
            yield [
                r[1], cs.KIND_LABELS.get(r[2], r[2]), r[3], r[4] or "", r[5] or "", cs.GENDER_LABELS.get(r[6], ""),
                str(r[7] or ""), r[8] or "", idn, str(r[10]) if r[10] else "长期", mobile, r[12] or "", r[13] or "",
                r[14] or "", income, cs.STATUS_LABELS.get(r[16], r[16]), r[17] or "", created, "、".join(missing),
            ]


def export_customers(session: Session, actor: Actor, query: str = "", filters: cs.Filters | None = None,
                     fmt: str = "xlsx", *, sort: str = "relevance", customer_ids: Sequence[str] | None = None,
                     progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> bytes:
    """Search results (or the given customers) as .xlsx or .csv bytes. Audited (customer.export).

    ID numbers and phones are masked unless the actor holds ``customer.view_unmasked`` (checked
    against the current role). Text cells starting with = + - @ are prefixed with ' so no
    spreadsheet evaluates them. Needs a write session: the export is recorded in the audit log.
    """
    require(session, actor, "customer.export", entity_type="customer")
    if fmt not in ("xlsx", "csv"):
        raise ServiceError("导出格式只能是 xlsx 或 csv。", field="fmt")
    if sort not in search_store.SORTS:
        raise ServiceError("排序方式无效。", field="sort")
    unmasked = can(session, actor, "customer.view_unmasked")
    _notify(progress, cancel, 0, 0, "正在查找客户")
    sns = _export_sns(session, query or "", filters, sort, customer_ids, cancel)
    headers = [h for _k, h in EXPORT_COLUMNS]
    id_cols = {i for i, (k, _h) in enumerate(EXPORT_COLUMNS) if k in ("id_number", "mobile", "uscc")}
    count = 0
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(headers)
        for row in _export_rows(session, sns, unmasked):
            count += 1
            if count % 2000 == 0:
                _notify(progress, cancel, count, len(sns), "正在导出")
            out = []
            for j, v in enumerate(row):
                if v is None:
                    out.append("")
                elif isinstance(v, Decimal):
                    out.append(format(v, "f"))
                else:
                    s = str(v)
                    # Long digit strings: a leading tab keeps Excel from turning them into 3.3E+17.
                    out.append("\t" + s if j in id_cols and len(s) >= 12 and s.isdigit() else _neutral(s))
            w.writerow(out)
        payload = codecs.BOM_UTF8 + buf.getvalue().encode("utf-8")
    else:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("客户")
        bold = Font(bold=True)
        head = []
        for h in headers:
            c = WriteOnlyCell(ws, value=h)
            c.font = bold
            head.append(c)
        ws.append(head)
        for row in _export_rows(session, sns, unmasked):
            count += 1
            if count % 2000 == 0:
                _notify(progress, cancel, count, len(sns), "正在导出")
            cells = []
            for j, v in enumerate(row):
                cell = WriteOnlyCell(ws, value=_neutral(v) if isinstance(v, str) else v)
                if j in id_cols:
                    cell.number_format = "@"
                cells.append(cell)
            ws.append(cells)
        out = io.BytesIO()
        wb.save(out)
        payload = out.getvalue()
    audit.record(session, actor, "customer.export", entity_type="customer",
                 summary={"count": count, "format": fmt, "unmasked": unmasked, "query_given": bool(query),
                          "by_ids": customer_ids is not None,
                          "filters": _filters_summary(filters)})
    _notify(progress, cancel, count, count, "导出完成")
    return payload


def _filters_summary(filters: cs.Filters | None) -> dict[str, Any]:
    if filters is None:
        return {}
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in vars(filters).items() if v is not None}


def read_table(data: bytes, filename: str = "export.xlsx") -> list[list[str]]:
    """All cells of an exported/created file as text (tests and the UI's preview of a template)."""
    fmt = _detect_format(filename, data)
    if fmt == "xlsx":
        rows, _est, close, _sheet = _xlsx_rows(filename, data)
        try:
            return [list(r) for r in rows]
        finally:
            close()
    rows_iter, _enc, _est = _csv_rows(filename, data)
    return [list(r) for r in rows_iter]


def iter_columns() -> Iterable[Column]:
    """The template's columns (for the UI's help text)."""
    return iter(COLUMNS)
