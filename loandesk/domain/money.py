"""Money helpers: Decimal yuan in code, integer fen in the DB, Chinese capitals on paper.

``rmb_upper`` follows the PBOC 《正确填写票据和结算凭证的基本规定》 (domain-rules §4).
Where the rule leaves a choice, this module picks one and keeps it everywhere:
* 零 at the 万 position before a non-zero 千 is written (壹拾万零柒仟元), as the generic
  "a 0 between digits" rule gives;
* 零 at the 元 position before a non-zero 角 is omitted (壹仟陆佰捌拾元叁角贰分);
* no 整 after 角 unless ``jiao_zheng=True``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from loandesk.domain.validators import normalize_text

__all__ = [
    "FEN",
    "MAX_UPPER_AMOUNT",
    "fen_to_yuan",
    "format_yuan",
    "parse_amount",
    "quantize_fen",
    "rmb_upper",
    "yuan_to_fen",
]

FEN = Decimal("0.01")
MAX_UPPER_AMOUNT = Decimal("9999999999999999.99")  # below 万万亿; far beyond any branch loan

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_POS = ("仟", "佰", "拾", "")


def _as_decimal(amount: Decimal | int, what: str = "金额") -> Decimal:
    """Accept Decimal or int only: a float amount is a bug (binary rounding), so refuse it."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise ValueError(f"{what}必须是Decimal（不能用浮点数），实际为{type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"{what}不是有效数字")
    return value


def _check_two_places(value: Decimal, what: str = "金额") -> None:
    if value != value.quantize(FEN, rounding=ROUND_HALF_UP):
        raise ValueError(f"{what}最多只能有两位小数（到分），实际为{value}")


def quantize_fen(value: Decimal) -> Decimal:
    """Round half-up to the fen, the rounding banks use for schedules and fees."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def _below_yi(n: int) -> str:
    """Capitals for 0 < n < 10^8: 万 group then units group, one 零 per run of inner zeros."""
    out: list[str] = []
    started = pending_zero = False
    for group, unit in ((n // 10000, "万"), (n % 10000, "")):
        if group == 0:
            pending_zero = started
            continue
        for pos, ch in enumerate(f"{group:04d}"):
            d = ord(ch) - 48
            if d == 0:
                pending_zero = pending_zero or started
                continue
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[d] + _POS[pos])
            started = True
        out.append(unit)
    return "".join(out)


def _integer_upper(n: int) -> str:
    """Capitals for n > 0; above 10^8 recurse so 10001亿 reads 壹万零壹亿, not 壹万亿零壹亿."""
    if n < 10**8:
        return _below_yi(n)
    high, low = divmod(n, 10**8)
    out = _integer_upper(high) + "亿"
    if low:
        if high % 10 == 0 or low < 10**7:
            out += "零"
        out += _below_yi(low)
    return out


def rmb_upper(amount: Decimal | int, prefix: bool = False, *, jiao_zheng: bool = False) -> str:
    """Amount in Chinese capitals, e.g. Decimal("1409.50") -> "壹仟肆佰零玖元伍角".

    ``prefix=True`` prepends 人民币 with no gap. Negative amounts, more than two decimals and
    floats raise ValueError (a contract amount must never be silently rounded).
    """
    value = _as_decimal(amount)
    if value < 0:
        raise ValueError("金额不能为负数")
    _check_two_places(value)
    if value > MAX_UPPER_AMOUNT:
        raise ValueError("金额过大，无法转换为大写")
    fen_total = int(value * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    head = "人民币" if prefix else ""
    if fen_total == 0:
        return head + "零元整"
    parts: list[str] = []
    if yuan:
        parts.append(_integer_upper(yuan) + "元")
    if jiao == 0 and fen == 0:
        parts.append("整")
    elif jiao == 0:
        parts.append(("零" if yuan else "") + _DIGITS[fen] + "分")
    else:
        parts.append(_DIGITS[jiao] + "角")
        if fen:
            parts.append(_DIGITS[fen] + "分")
        elif jiao_zheng:
            parts.append("整")
    return head + "".join(parts)


def yuan_to_fen(amount: Decimal | int) -> int:
    """Decimal yuan -> integer fen for storage; refuses amounts finer than a fen."""
    value = _as_decimal(amount)
    _check_two_places(value)
    return int(value * 100)


def fen_to_yuan(fen: int) -> Decimal:
    """Integer fen from the DB -> Decimal yuan with exactly two places."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise ValueError(f"分必须是整数，实际为{type(fen).__name__}")
    return (Decimal(fen) / 100).quantize(FEN)


def format_yuan(amount: Decimal | int, *, symbol: str = "¥") -> str:
    """Display form with thousands separators: "¥1,234.50"; negatives as "-¥1,234.50"."""
    value = quantize_fen(_as_decimal(amount))
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


_AMOUNT_CLEAN = re.compile(r"[\s]+")
# longest first: "千万" before "万"
_UNITS = (("千万", Decimal(10_000_000)), ("百万", Decimal(1_000_000)), ("亿", Decimal(100_000_000)),
          ("万", Decimal(10_000)), ("千", Decimal(1_000)))
_AMOUNT_SHAPE = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^\.\d+$")


def parse_amount(text: str | None) -> Decimal:
    """Parse what a clerk types ("１２,３４５.６元", "¥ 5,000", "5万", "3千", "1.2亿") into Decimal yuan (2 places).

    Raises ValueError with a Chinese message on empty/garbage input, negatives, misplaced
    thousands separators or more than two decimals (never rounds silently).
    """
    s = normalize_text(text)
    s = s.replace("，", ",").replace("。", ".").replace("￥", "¥")
    s = _AMOUNT_CLEAN.sub("", s)
    if not s:
        raise ValueError("请输入金额")
    for word in ("人民币", "RMB", "rmb", "¥", "$"):
        if s.startswith(word):
            s = s[len(word) :]
    if s.startswith(("-", "−")):
        raise ValueError("金额不能为负数")
    if s.startswith("+"):
        s = s[1:]
    for tail in ("元整", "元正", "元", "块"):
        if s.endswith(tail):
            s = s[: -len(tail)]
            break
    factor = Decimal(1)
    for unit, multiple in _UNITS:
        if s.endswith(unit):
            s, factor = s[: -len(unit)], multiple
            break
    if not s or not _AMOUNT_SHAPE.match(s):
        if s and re.fullmatch(r"[\d,]+(\.\d*)?", s):
            raise ValueError(f"金额“{normalize_text(text)}”的千分位逗号位置不对")
        raise ValueError(f"无法识别的金额：“{normalize_text(text)}”")
    try:
        value = Decimal(s.replace(",", "")) * factor
    except InvalidOperation:
        raise ValueError(f"无法识别的金额：“{normalize_text(text)}”") from None
    _check_two_places(value)
    return value.quantize(FEN)
