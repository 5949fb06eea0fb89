"""Validators for identifiers a clerk types: mobile, bank card, USCC; plus text normalisation.

Clerks type on Chinese IMEs, so full-width digits/letters, ideographic spaces, hyphens and the
+86 prefix must be tolerated; every error carries a Chinese message the UI can show as-is.
"""

from __future__ import annotations

import re

__all__ = [
    "INVISIBLE_IN_NAMES",
    "LUHN_FAILED",
    "USCC_CHARSET",
    "ValidationError",
    "compute_uscc_check",
    "luhn_ok",
    "normalize_text",
    "strip_separators",
    "validate_bank_card",
    "validate_mobile",
    "validate_uscc",
]


# Characters no name may hold: NUL and other control characters, zero-width characters and bidi
# override marks (U+202E can make one name read as another on screen, in a contract or the audit
# trail). Shared by customer names, business names, reasons and user display names.
INVISIBLE_IN_NAMES = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class ValidationError(ValueError):
    """Input failed validation; ``str(exc)`` is a Chinese message for the operator."""


# Full-width ASCII block U+FF01..U+FF5E maps to U+0021..U+007E; U+3000 is the ideographic space.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0xFFE5] = ord("¥")  # full-width yen/yuan sign
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_·.]+")


def normalize_text(s: str | None) -> str:
    """Convert full-width ASCII (and the ideographic space) to half-width and strip.

    None becomes "" so form code can pass empty widgets straight through.
    """
    if s is None:
        return ""
    return str(s).translate(_FULLWIDTH).strip()


def strip_separators(s: str | None) -> str:
    """normalize_text, then drop spaces, hyphens/dashes, dots and underscores clerks type as grouping."""
    return _SEPARATORS.sub("", normalize_text(s))


# --- mobile ----------------------------------------------------------------------------------

_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def validate_mobile(text: str | None) -> str:
    """Return the normalised 11-digit mainland mobile number or raise ValidationError.

    14x numbers are data-only/IoT blocks and cannot be a contact phone (domain-rules §1.5);
    the prefix list is otherwise not hard-coded because new blocks keep appearing.
    """
    s = _SEPARATORS.sub("", normalize_text(text).replace("(", "").replace(")", ""))
    if not s:
        raise ValidationError("请输入手机号码")
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("0086"):
        s = s[4:]
    elif len(s) == 13 and s.startswith("86"):
        s = s[2:]
    if not s.isascii() or not s.isdigit():
        raise ValidationError("手机号码只能包含数字")
    if len(s) != 11:
        raise ValidationError(f"手机号码应为11位数字，实际为{len(s)}位")
    if not _MOBILE.match(s):
        raise ValidationError("手机号码格式不正确：应以13–19开头")
    if s.startswith("14"):
        raise ValidationError("14号段为上网卡/物联网号码，不能作为联系电话")
    return s


# --- bank card -------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check over an ASCII digit string; False for anything else."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


LUHN_FAILED = "银行卡号校验失败（Luhn校验不通过），请核对是否输错"


def validate_bank_card(text: str | None, *, luhn: bool = True) -> str:
    """Return the card number as 16–19 ASCII digits or raise ValidationError.

    Only for card PANs: passbooks (存折) and internal accounts often fail Luhn, so callers must not
    run this on other account types (domain-rules §1.6). ``luhn=False`` checks the form only, for
    callers that warn about the check digit instead of refusing (the customer form: §1.6 says
    warn, since some older RCC-issued cards do not carry a Luhn digit).
    """
    s = strip_separators(text)
    if not s:
        raise ValidationError("请输入银行卡号")
    if not s.isascii() or not s.isdigit():
        raise ValidationError("银行卡号只能包含数字")
    if not 16 <= len(s) <= 19:
        raise ValidationError(f"银行卡号应为16–19位数字，实际为{len(s)}位")
    if luhn and not luhn_ok(s):
        raise ValidationError(LUHN_FAILED)
    return s


# --- unified social credit code (GB 32100-2015) ----------------------------------------------

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARSET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def compute_uscc_check(first17: str) -> str:
    """Check character for the first 17 USCC characters (outer ``mod 31`` included)."""
    s = strip_separators(first17).upper()
    if len(s) != 17 or any(c not in _USCC_VALUE for c in s):
        raise ValidationError("统一社会信用代码前17位格式不正确")
    total = sum(_USCC_VALUE[c] * w for c, w in zip(s, _USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def validate_uscc(text: str | None) -> str:
    """Return the normalised 18-character USCC or raise ValidationError."""
    s = strip_separators(text).upper()
    if not s:
        raise ValidationError("请输入统一社会信用代码")
    if len(s) != 18:
        raise ValidationError(f"统一社会信用代码应为18位，实际为{len(s)}位")
    bad = sorted({c for c in s if c not in _USCC_VALUE})
    if bad:
        raise ValidationError(f"统一社会信用代码含有非法字符：{'、'.join(bad)}（不使用字母I、O、Z、S、V）")
    expected = compute_uscc_check(s[:17])
    if s[17] != expected:
        raise ValidationError(f"统一社会信用代码校验位错误，应为{expected}，请核对是否输错")
    return s
