"""密钥恢复单: the recovery key on paper, for the branch safe.

Why paper: a Windows password reset can wipe the credential store that holds the database key;
then the recovery key (with a backup) is the only way back to the data.  The sheet is printed
once at setup and stored in the safe; the key appears in large grouped monospace characters for
typing and as a QR code for scanning.
"""

from __future__ import annotations

import re
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from loandesk.documents.layout import (
    CONTENT_WIDTH,
    DATE_BLANK,
    GAP,
    GRID_COLOR,
    SEP,
    PageDecor,
    PdfMeta,
    build_pdf,
    esc,
    fmt_datetime,
    get_styles,
    key_para,
    para,
    qr_drawing,
    table_style,
)
from loandesk.documents.schedule_sheet import info_table

__all__ = ["group_key", "render_recovery_sheet"]

_GROUPS_PER_LINE = 7  # 14 groups → two lines, so the sheet stays on one page
_SEPARATORS = re.compile(r"[\s\-]+")

INSTRUCTIONS: tuple[str, ...] = (
    "本恢复单用于在电脑故障、系统重装或 Windows 密码被重置导致数据库密钥丢失时，恢复本网点的 LoanDesk 数据库。",
    "恢复步骤：在电脑上安装 LoanDesk → 选择「从备份恢复」→ 选择最近的备份文件 → 按分组逐字输入下方恢复密钥，"
    "或用扫码枪扫描二维码 → 按提示设置新的管理员口令。",
    "恢复密钥区分字母与数字，请逐组核对后再确认；输入错误不会损坏数据，可重新输入。",
)
WARNING = (
    "本单据可解密本网点全部客户数据，属机密文件。打印后立即装入信封密封、加盖骑缝章，存放于网点保险柜，"
    "实行双人保管和登记；严禁拍照、复印、扫描或保存在任何电脑、手机中。"
    "如本单遗失或可能泄露，应立即由系统管理员更换恢复密钥并重新打印，旧单据当面销毁。"
)


def group_key(recovery_key: str, size: int = 4) -> list[str]:
    """Split the key into groups for reading; keeps the key's own grouping if it has one."""
    key = recovery_key.strip()
    if not key:
        raise ValueError("恢复密钥为空，无法打印恢复单")
    if _SEPARATORS.search(key):
        return [g for g in _SEPARATORS.split(key) if g]
    return [key[i : i + size] for i in range(0, len(key), size)]


def _key_lines(groups: list[str]) -> list[str]:
    return ["  ".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), _GROUPS_PER_LINE)]


def render_recovery_sheet(
    branch_name: str,
    branch_code: str,
    database_id: str,
    recovery_key: str,
    created: datetime,
) -> bytes:
    """One A4 page: warning, details, the key in groups of four (monospace, large) and a QR."""
    styles = get_styles()
    groups = group_key(recovery_key)
    warning = Table([[key_para(esc(WARNING), styles)]], colWidths=[CONTENT_WIDTH])
    warning.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor("#B00000")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF1F1")),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    key_rows = [[para(esc(line), styles.mono_large)] for line in _key_lines(groups)]
    key_box = Table(key_rows, colWidths=[CONTENT_WIDTH])
    key_box.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    qr = qr_drawing(recovery_key.strip(), 40 * mm)
    qr_table = Table(
        [
            [
                qr,
                para("扫描二维码可直接输入恢复密钥。二维码与上方文字内容相同，任选其一即可。", styles.small),
            ]
        ],
        colWidths=[46 * mm, CONTENT_WIDTH - 46 * mm],
        hAlign="LEFT",
    )
    qr_table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    sign = [
        para(
            f"制单人（签字）：＿＿＿＿＿＿＿＿{GAP}保管人（签字）：＿＿＿＿＿＿＿＿{SEP}＿＿＿＿＿＿＿＿",
            styles.body,
        ),
        Spacer(1, 4 * mm),
        para(f"封存日期：{DATE_BLANK}{GAP}存放位置：＿＿＿＿＿＿＿＿＿＿＿＿", styles.body),
    ]
    story: list[Flowable] = [
        para("数据库密钥恢复单", styles.title),
        para("机密 · 请存放于网点保险柜", styles.subtitle),
        warning,
        Spacer(1, 4 * mm),
        info_table(
            [
                ("网点名称", esc(branch_name)),
                ("网点代码", esc(branch_code)),
                ("数据库标识", esc(database_id)),
                ("生成时间", fmt_datetime(created)),
            ],
            styles,
        ),
        Spacer(1, 5 * mm),
        para(f"恢复密钥（共 {len(groups)} 组）：", styles.heading),
        key_box,
        Spacer(1, 4 * mm),
        qr_table,
        Spacer(1, 3 * mm),
        para("使用说明", styles.heading),
        *[para(f"{i}. {esc(t)}", styles.body) for i, t in enumerate(INSTRUCTIONS, start=1)],
        Spacer(1, 10 * mm),
        *sign,
    ]
    decor = PageDecor(
        header_left=f"{branch_name}　数据库密钥恢复单",
        header_right=f"网点代码：{branch_code}",
        footer_left="机密文件 · 严禁复印",
    )
    # No key material and no personal data in the metadata: viewers show it without warning.
    meta = PdfMeta(title="数据库密钥恢复单", subject="密钥恢复单", author=branch_name, created=created)
    return build_pdf(story, decor, meta)
