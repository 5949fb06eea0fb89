"""Reading the audit trail: search with filters, keyset paging, verification and export.

Why keyset paging (``before_seq``) and not OFFSET: the audit log only grows, a branch collects
millions of rows over the retention period, and a Qt model that fetches pages on demand would
pay O(offset) per page with OFFSET. ``seq`` is the primary key, so each page is an index range.

Reading is itself governed: search needs ``audit.view``, verification ``audit.verify``, export
``audit.export`` — and ``export_audit`` writes the file itself and records the export only once
the file is in place (a failed write is recorded as such), so the caller passes a *write* session
(``db.write()``) and the target path.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import itertools
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from loandesk.domain.application_states import TRANSITIONS
from loandesk.services import audit
from loandesk.services.context import Actor, NotFound, ServiceError, require
from loandesk.store.files import part_path, write_bytes_atomic
from loandesk.store.models.audit import AuditRecord

CHINA_TZ = timezone(timedelta(hours=8), "北京时间")
PAGE_SIZE = 200
MAX_EXPORT_ROWS = 500_000
OUTCOMES = {"ok": "成功", "denied": "拒绝", "failed": "失败"}

# Labels for the actions services write today; unknown actions are shown as their code.
ACTION_LABELS: dict[str, str] = {
    "auth.login": "登录",
    "auth.login_failed": "登录失败",
    "auth.login_refused": "拒绝登录",
    "auth.account_locked": "账户锁定",
    "permission.denied": "越权操作被拒绝",
    "setup.branch_created": "初始化网点",
    "user.created": "新建用户",
    "user.updated": "修改用户",
    "user.update_refused": "修改用户被拒绝",
    "user.unlocked": "解锁用户",
    "user.password_reset": "重置密码",
    "user.password_changed": "修改本人密码",
    "user.recovered_with_passphrase": "用恢复口令找回管理员",
    "settings.changed": "修改系统设置",
    "audit.exported": "导出审计日志",
    "audit.export_failed": "导出审计日志失败",
    "audit.verified": "校验审计日志",
    "backup.created": "备份数据库",
    "backup.failed": "备份失败",
    "backup.verified": "校验备份",
    "backup.rotated": "按规则删除旧备份",
    "backup.safety_copies_removed": "删除较早的恢复前安全副本",
    "backup.restore_started": "开始从备份恢复",
    "backup.restored": "从备份恢复",
    "key.rekeyed": "更换数据库密钥",
    "key.passphrase_changed": "修改恢复口令",
    "key.passphrase_change_refused": "修改恢复口令被拒绝",
    "key.hq_export": "导出给总行",
    "key.recovery_sheet": "打印恢复单",
    "key.recovery_sheet_refused": "打印恢复单被拒绝",
    "health.integrity_check": "完整性检查",
    "customer.created": "新建客户",
    "customer.bulk_created": "批量新建客户",
    "customer.updated": "修改客户资料",
    "customer.archived": "归档客户",
    "customer.reactivated": "恢复客户",
    "customer.import": "导入客户",
    "customer.export": "导出客户资料",
    "customer.revealed": "查看完整证件号/手机号",
    "customer.field_revealed": "查看完整字段",
    "customer.consent_recorded": "登记授权",
    "customer.consent_revoked": "撤销授权",
    "document.attach": "上传影像资料",
    "document.view": "查看影像资料",
    "document.print": "打印/导出证件复印件",
    "document.void": "作废影像资料",
    "application.create": "录入贷款申请",
    "application.update": "修改贷款申请",
    "application.claim": "领取审核任务",
    "application.release": "退回审核任务",
    "application.statement_income": "登记流水收入",
    "risk.assess": "风险评估",
    "contract.generate": "生成合同",
    "contract.preview": "预览合同",
    "contract.sign": "登记合同签署",
    "contract.void": "作废合同",
    "contract.verify": "核验合同",
    "contract.schedule_sheet": "打印还款计划",
    "loan.disburse": "登记放款",
    "loan.notice": "打印放款通知",
    "loan.schedule_sheet": "打印还款计划",
    "loan.voucher_export": "导出放款凭证",
    "product.create": "新建贷款产品",
    "product.new_version": "贷款产品新版本",
    "product.status": "贷款产品状态变更",
    "lpr.record": "登记 LPR",
    "blacklist.add": "加入黑名单",
    "blacklist.deactivate": "移出黑名单",
    "rule_set.install": "安装审核规则",
    "approval.refused": "审批拒绝",
    "demo.customers_generated": "生成演示客户",
    "approval.approve": "审批通过",
    "approval.reject": "审批拒绝",
    "approval.investigate": "要求进一步调查",
    "approval.recommend": "超权限，提交上级审批",
    "contract.print": "打印合同",
    "contract.export": "导出合同",
    "key.rekey_rolled_back": "更换密钥未完成（已回退）",
}
# Application workflow moves are named after the state machine's own labels.
ACTION_LABELS.update({f"application.{t.action.value}": t.label for t in TRANSITIONS})

EXPORT_COLUMNS = ["序号", "时间（北京时间）", "用户名", "操作代码", "操作", "对象类型", "对象编号", "结果",
                  "摘要", "前一条哈希", "本条哈希"]


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return ACTION_LABELS[action]
    if action.startswith("application.file."):
        return "申请附件：" + action.rsplit(".", 1)[1]
    return action


@dataclass(frozen=True)
class AuditFilters:
    """What the auditor typed. Empty strings and None mean "any".

    ``action`` and ``entity_id`` match as prefixes ("user." finds every user action; the first
    eight characters of a UUID find its rows); ``username`` matches whole, in any letter case; dates are calendar
    days in China time, both ends inclusive.
    """

    username: str = ""
    action: str = ""
    entity_type: str = ""
    entity_id: str = ""
    date_from: date | None = None
    date_to: date | None = None
    outcome: str = ""

    def __post_init__(self) -> None:
        if self.outcome and self.outcome not in OUTCOMES:
            raise ServiceError("结果条件无效。", field="outcome")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ServiceError("开始日期不能晚于结束日期。", field="date_from")

    def as_dict(self) -> dict:
        """For the export's own audit record: which slice of the log left the building."""
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items() if v}


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # aware, UTC
    username: str
    user_id: str
    action: str
    entity_type: str
    entity_id: str
    outcome: str
    summary: str  # JSON text exactly as hashed
    prev_hash: str
    hash: str

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)

    @property
    def local_time(self) -> str:
        return self.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")

    def summary_pretty(self) -> str:
        """Indented JSON for the detail pane; raw text if a (tampered) row is not JSON."""
        try:
            return json.dumps(json.loads(self.summary), ensure_ascii=False, indent=2, sort_keys=True)
        except ValueError:
            return self.summary

    @staticmethod
    def of(r: AuditRecord) -> AuditRow:
        return AuditRow(r.seq, r.at, r.username, r.user_id or "", r.action, r.entity_type, r.entity_id,
                        r.outcome, r.summary, r.prev_hash, r.hash)


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    has_more: bool

    @property
    def last_seq(self) -> int | None:
        return self.rows[-1].seq if self.rows else None


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _day_start_utc(d: date) -> datetime:
    return datetime.combine(d, time.min, CHINA_TZ).astimezone(UTC)


def _filtered(stmt: Select, f: AuditFilters) -> Select:
    name = unicodedata.normalize("NFKC", f.username).strip()
    if name:
        # User names are unique regardless of case and typed through an IME: "Clerk" or "ｃｌｅｒｋ"
        # in the filter found nothing though every row of clerk's was there.
        stmt = stmt.where(func.lower(AuditRecord.username) == name.lower())
    if f.action.strip():
        stmt = stmt.where(AuditRecord.action.like(_like_prefix(f.action.strip()), escape="\\"))
    if f.entity_type.strip():
        stmt = stmt.where(AuditRecord.entity_type == f.entity_type.strip())
    if f.entity_id.strip():
        stmt = stmt.where(AuditRecord.entity_id.like(_like_prefix(f.entity_id.strip()), escape="\\"))
    if f.date_from is not None:
        stmt = stmt.where(AuditRecord.at >= _day_start_utc(f.date_from))
    if f.date_to is not None:
        stmt = stmt.where(AuditRecord.at < _day_start_utc(f.date_to + timedelta(days=1)))
    if f.outcome:
        stmt = stmt.where(AuditRecord.outcome == f.outcome)
    return stmt


def count_audit(session: Session, actor: Actor, filters: AuditFilters) -> int:
    require(session, actor, "audit.view")
    return session.scalar(_filtered(select(func.count()).select_from(AuditRecord), filters)) or 0


def search_audit(session: Session, actor: Actor, filters: AuditFilters, *, before_seq: int | None = None,
                 limit: int = PAGE_SIZE) -> AuditPage:
    """Newest first. Pass the previous page's ``last_seq`` as ``before_seq`` for the next page."""
    require(session, actor, "audit.view")
    limit = max(1, min(limit, 5000))
    stmt = _filtered(select(AuditRecord), filters)
    if before_seq is not None:
        stmt = stmt.where(AuditRecord.seq < before_seq)
    rows = list(session.scalars(stmt.order_by(AuditRecord.seq.desc()).limit(limit + 1)))
    return AuditPage([AuditRow.of(r) for r in rows[:limit]], len(rows) > limit)


def get_record(session: Session, actor: Actor, seq: int) -> AuditRow:
    require(session, actor, "audit.view")
    rec = session.get(AuditRecord, seq)
    if rec is None:
        raise NotFound(f"审计记录第 {seq} 条不存在。")
    return AuditRow.of(rec)


@dataclass(frozen=True)
class FilterChoices:
    """Distinct values for the search form's drop-downs (small: one row per kind, not per record)."""

    usernames: list[str]
    actions: list[str]
    entity_types: list[str]


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    require(session, actor, "audit.view")

    def distinct_of(col: InstrumentedAttribute[str]) -> list[str]:
        return [v for v in session.scalars(select(col).distinct().order_by(col)) if v]

    return FilterChoices(distinct_of(AuditRecord.username), distinct_of(AuditRecord.action),
                         distinct_of(AuditRecord.entity_type))


def verify(session: Session, actor: Actor, *, expected_head: str | None = None) -> audit.ChainReport:
    """Walk the whole chain (read-only) for a user who holds ``audit.verify``."""
    require(session, actor, "audit.verify")
    return audit.verify_chain(session, expected_head=expected_head)


def record_verification(session: Session, actor: Actor, report: audit.ChainReport) -> None:
    """Leave a trace that the chain was checked, and with what result (a separate short write,
    so the walk itself never holds the write lock)."""
    require(session, actor, "audit.verify")
    audit.record(session, actor, "audit.verified", entity_type="audit_log",
                 summary={"ok": report.ok, "checked": report.checked, "first_bad_seq": report.first_bad_seq,
                          "head_hash": report.head_hash}, outcome="ok")


# --- export ----------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int


def _cell(value: object) -> Cell:
    """Neutralise spreadsheet formulas (T29): a leading ' keeps Excel from evaluating the cell."""
    if isinstance(value, int):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _export_rows(session: Session, filters: AuditFilters) -> Iterator[list[Cell]]:
    stmt = _filtered(select(AuditRecord), filters).order_by(AuditRecord.seq)
    for n, rec in enumerate(session.scalars(stmt.execution_options(yield_per=2000)), 1):
        if n > MAX_EXPORT_ROWS:
            raise ServiceError(f"符合条件的记录超过 {MAX_EXPORT_ROWS:,} 条，请缩小日期范围后分批导出。")
        r = AuditRow.of(rec)
        yield [_cell(v) for v in (r.seq, r.local_time, r.username, r.action, r.action_label, r.entity_type,
                                  r.entity_id, r.outcome_label, r.summary, r.prev_hash, r.hash)]


@dataclass(frozen=True)
class AuditExport:
    path: Path
    size: int
    rows: int
    sha256: str


def export_audit(session: Session, actor: Actor, filters: AuditFilters, target: Path | str,
                 fmt: str = "csv") -> AuditExport:
    """Write the matching records, oldest first, to `target` as CSV (UTF-8 with BOM, opens in
    Chinese Excel) or xlsx, and record the export in the audit log.

    The trail must describe what happened, so the record comes *after* the file is in place:
    ``audit.exported`` (with the file's name, size and SHA-256, so an auditor can tell which file
    it was) is committed here, and if it cannot be committed the file is deleted again. A write
    that fails (disk full, no permission, folder gone, file open in Excel) is recorded as
    ``audit.export_failed`` (outcome "failed") rather than left out: the attempt to take the
    trail off the PC is itself what an auditor looks for, and a half-written file may have
    reached a USB stick before the failure. The caller gets a ServiceError in Chinese.

    Summary JSON and both hashes are included so an auditor can re-verify the chain outside
    LoanDesk. Built in memory and written once to ``<target>.part`` beside the target, then
    renamed: no other plaintext temporary file (openpyxl's writer would spill sheets to the temp
    folder, hence our own xlsx).
    """
    require(session, actor, "audit.export")
    if fmt not in ("csv", "xlsx"):
        raise ServiceError("导出格式只能是 CSV 或 Excel（xlsx）。", field="fmt")
    target = Path(target)
    data, summary = _render_export(session, filters, fmt)
    summary["file"] = target.name
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        left = os.path.lexists(part_path(target))
        session.rollback()
        audit.record(session, actor, "audit.export_failed", entity_type="audit_log", outcome="failed",
                     summary={**summary, "error": _errno_name(exc), "partial_file_left": left})
        session.commit()
        raise ServiceError(_export_write_message(exc, target), field="path") from exc
    digest = hashlib.sha256(data).hexdigest()
    try:
        audit.record(session, actor, "audit.exported", entity_type="audit_log",
                     summary={**summary, "size": len(data), "sha256": digest})
        session.commit()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()  # no file without its record
        raise
    return AuditExport(target, len(data), summary["rows"], digest)


def _errno_name(exc: OSError) -> str:
    name = errno.errorcode.get(exc.errno or 0, "")
    return f"{type(exc).__name__}{'/' + name if name else ''}"


def _export_write_message(exc: OSError, target: Path) -> str:
    """What went wrong writing an export, in words the auditor can act on."""
    tail = "审计日志未导出（已记入审计日志）。"
    winerror = getattr(exc, "winerror", 0)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in (39, 112):
        return f"磁盘空间不足，无法写入 {target}。{tail}请清理空间或换一个位置后重试。"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"没有权限写入 {target}（文件夹只读、U 盘写保护，或同名文件正被 Excel 等程序打开）。"
                f"{tail}请关闭该文件或换一个位置后重试。")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO) or winerror == 3:
        return (f"导出位置不存在或不可用：{target.parent}（文件夹已被删除、路径中有同名文件，或 U 盘已拔出）。"
                f"{tail}请重新选择位置。")
    return f"写入导出文件失败：{target}。{tail}请检查磁盘后重试。"


def _render_export(session: Session, filters: AuditFilters, fmt: str) -> tuple[bytes, dict]:
    """The export's bytes and the summary its audit record carries (format, rows, filters, head)."""
    head_seq, head_hash = audit.head(session)
    counter = _Counter(_export_rows(session, filters))
    if fmt == "csv":
        raw = io.BytesIO()
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(counter)
        text.flush()
        data = raw.getvalue()
        text.detach()
    else:
        now = datetime.now(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")
        cond = "；".join(f"{k}={v}" for k, v in filters.as_dict().items()) or "全部"
        info: list[list[Cell]] = [["导出时间（北京时间）", now], ["筛选条件", _cell(cond)],
                                  ["导出时链尾序号", head_seq], ["导出时链尾哈希", head_hash]]
        data = write_xlsx([("审计日志", [EXPORT_COLUMNS], counter), ("导出说明", [], iter(info))])
    return data, {"format": fmt, "rows": counter.n, "filters": filters.as_dict(),
                  "chain_head_seq": head_seq, "chain_head_hash": head_hash}


class _Counter:
    """Counts rows as they stream past, for the export's audit record."""

    def __init__(self, rows: Iterator[list[Cell]]) -> None:
        self._rows = rows
        self.n = 0

    def __iter__(self) -> Iterator[list[Cell]]:
        for row in self._rows:
            self.n += 1
            yield row


# --- a minimal streaming xlsx writer ------------------------------------------------------------------

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _col(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def _xml_cell(ref: str, value: Cell) -> str:
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = escape(_XML_BAD.sub("\ufffd", value)[:32767])
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def write_xlsx(sheets: list[tuple[str, list[list[Cell]], Iterable[list[Cell]]]]) -> bytes:
    """Sheets of (name, header rows, body rows) into an .xlsx in memory, rows streamed into the zip.

    Inline strings (no shared-string table) keep it one pass; Excel, WPS and openpyxl read it.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (_name, head, body) in enumerate(sheets, 1):
            with zf.open(f"xl/worksheets/sheet{i}.xml", "w") as fh:
                fh.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         b"<sheetData>")
                r = 0
                for row in itertools.chain(head, body):
                    r += 1
                    cells = "".join(_xml_cell(f"{_col(c)}{r}", v) for c, v in enumerate(row))
                    fh.write(f'<row r="{r}">{cells}</row>'.encode())
                fh.write(b"</sheetData></worksheet>")
        n = len(sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1))
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Default Extension="xml" ContentType="application/xml"/>'
                    '<Override PartName="/xl/workbook.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                    f"{overrides}</Types>")
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" '
                    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                    'Target="xl/workbook.xml"/></Relationships>')
        sheet_tags = "".join(f'<sheet name="{escape(name[:31], {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
                             for i, (name, _h, _b) in enumerate(sheets, 1))
        zf.writestr("xl/workbook.xml",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    f"<sheets>{sheet_tags}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{i}" '
                       'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f"{rels}</Relationships>")
    return out.getvalue()
