"""The one masking formatter (屏蔽) for UI, printing, export and logging.

Defaults (domain-rules §7 / reliability-notes §5, JR/T 0171-2020 Annex A still to confirm):
ID number first 1 + last 1 (``1****************X``), mobile 3 + 4 (``138****5678``),
bank card at most first 6 + last 4, name keeps the surname (``张*`` / ``欧阳**``).
An administrator can swap in other ``MaskPolicy`` values. Every function here is total: it
never raises and, for short or malformed input, shows at most half of the characters and never
more than the policy allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loandesk.domain.validators import normalize_text, strip_separators

__all__ = [
    "DEFAULT_POLICIES",
    "MaskPolicy",
    "mask",
    "mask_bank_card",
    "mask_id_number",
    "mask_name",
    "mask_phone",
    "redact_text",
]


@dataclass(frozen=True)
class MaskPolicy:
    """How many leading/trailing characters stay visible; the rest become ``mask_char``.

    ``min_hidden``: a value too short to hide that many characters falls back to showing at most
    half of it. ``fixed_mask_len``: if set, always print that many mask characters (hides length).
    """

    keep_prefix: int = 0
    keep_suffix: int = 0
    mask_char: str = "*"
    min_hidden: int = 1
    fixed_mask_len: int | None = None

    def __post_init__(self) -> None:
        for name in ("keep_prefix", "keep_suffix", "min_hidden"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"屏蔽规则参数{name}必须是非负整数")
        if not isinstance(self.mask_char, str) or len(self.mask_char) != 1:
            raise ValueError("屏蔽字符必须是单个字符")
        if self.fixed_mask_len is not None and (
            isinstance(self.fixed_mask_len, bool)
            or not isinstance(self.fixed_mask_len, int)
            or self.fixed_mask_len < 1
        ):
            raise ValueError("固定屏蔽长度必须是正整数")

    def apply(self, value: object) -> str:
        """Mask ``value`` (None/empty -> ""). Never raises."""
        try:
            s = "" if value is None else normalize_text(str(value))
        except Exception:  # a broken __str__ must not break a screen or a log line
            return self.mask_char * 3
        n = len(s)
        if n == 0:
            return ""
        prefix, suffix = self.keep_prefix, self.keep_suffix
        hidden_needed = max(self.min_hidden, 1)
        if n - prefix - suffix < hidden_needed:
            budget = max(0, min(prefix + suffix, n // 2, n - hidden_needed))
            suffix = min(suffix, budget)
            prefix = min(prefix, budget - suffix)
        hidden = n - prefix - suffix
        stars = self.mask_char * (self.fixed_mask_len or hidden)
        return s[:prefix] + stars + (s[n - suffix :] if suffix else "")


DEFAULT_POLICIES: dict[str, MaskPolicy] = {
    "id_number": MaskPolicy(keep_prefix=1, keep_suffix=1),
    "phone": MaskPolicy(keep_prefix=3, keep_suffix=4, min_hidden=4),
    "bank_card": MaskPolicy(keep_prefix=6, keep_suffix=4, min_hidden=4),
    "name": MaskPolicy(keep_prefix=1, keep_suffix=0),
}

# Two-character surnames (复姓) that stay visible as a whole: 欧阳娜娜 -> 欧阳**.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里 "
    "呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 万俟 濮阳 淳于 单于 拓跋 司空 东郭 第五 梁丘 左丘 乐正 "
    "谷梁 宗政 公羊 仲孙 叔孙 漆雕 壤驷 公良 巫马 南门 东门 羊舌 微生 梁丘 子车 颛孙 亓官 鲜于 闾丘".split()
)


def _policy(kind: str, policy: MaskPolicy | None) -> MaskPolicy:
    return policy if policy is not None else DEFAULT_POLICIES[kind]


def _clean(value: object) -> str:
    try:
        return "" if value is None else strip_separators(str(value)).upper()
    except Exception:
        return "***"


def mask_id_number(value: object, policy: MaskPolicy | None = None) -> str:
    """ID number, default ``1****************X`` (spaces/hyphens dropped, x upper-cased)."""
    return _policy("id_number", policy).apply(_clean(value))


def mask_phone(value: object, policy: MaskPolicy | None = None) -> str:
    """Mobile, default ``138****5678``; a +86/0086 prefix is dropped first."""
    s = _clean(value)
    for prefix in ("+86", "0086"):
        if s.startswith(prefix):
            s = s[len(prefix) :]
    if len(s) == 13 and s.startswith("86"):
        s = s[2:]
    return _policy("phone", policy).apply(s)


def mask_bank_card(value: object, policy: MaskPolicy | None = None) -> str:
    """Bank card or account number, default first 6 + last 4 (the PCI DSS maximum)."""
    return _policy("bank_card", policy).apply(_clean(value))


def mask_name(value: object, policy: MaskPolicy | None = None) -> str:
    """Name with only the surname visible: 张三 -> 张*, 欧阳娜娜 -> 欧阳**, 张 -> *."""
    if policy is not None:
        return policy.apply(value)
    try:
        s = "" if value is None else normalize_text(str(value))
    except Exception:
        return "***"
    keep = 2 if len(s) > 2 and s[:2] in COMPOUND_SURNAMES else 1
    return MaskPolicy(keep_prefix=keep).apply(s)


_MASKERS = {
    "id_number": mask_id_number,
    "phone": mask_phone,
    "bank_card": mask_bank_card,
    "name": mask_name,
}


def mask(kind: str, value: object, policies: dict[str, MaskPolicy] | None = None) -> str:
    """Mask by field kind ("id_number", "phone", "bank_card", "name") with configured policies.

    An unknown kind hides everything but never raises.
    """
    masker = _MASKERS.get(kind)
    if masker is None:
        return MaskPolicy().apply(value)
    policy = (policies or {}).get(kind)
    return masker(value, policy)


_NUMBER_RUN = re.compile(r"(?<![0-9A-Za-z])(\d{11,19}[Xx]?)(?![0-9A-Za-z])")


def redact_text(text: object, policies: dict[str, MaskPolicy] | None = None) -> str:
    """Mask ID, mobile and card numbers inside free text (log lines, error messages)."""
    try:
        s = "" if text is None else str(text)
    except Exception:
        return "***"

    def repl(m: re.Match[str]) -> str:
        token = m.group(1)
        if token[-1] in "Xx" or len(token) in (15, 18):
            return mask("id_number", token, policies)  # an 18-digit card is hidden even more
        if len(token) == 11:
            return mask("phone", token, policies)
        return mask("bank_card", token, policies)  # cards and other long account numbers

    return _NUMBER_RUN.sub(repl, s)
