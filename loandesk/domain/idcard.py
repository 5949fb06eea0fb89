"""Resident ID numbers (公民身份号码, GB 11643-1999) and card validity (居民身份证法 art. 5).

Design choices (domain-rules §1.1–1.3):
* The number is never "corrected": a retired or unknown address code only sets ``notice``.
* Clerk typing is tolerated: spaces, hyphens, full-width digits, lower-case/full-width x.
* 15-digit numbers are upgraded (insert ``19``, append the MOD 11-2 check) with a notice;
  ``original`` keeps what was typed so both forms can be stored.
* A leading ``9`` is the 2023 外国人永久居留身份证: accepted with a notice, not rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loandesk.domain import regions
from loandesk.domain.clock import china_today
from loandesk.domain.validators import normalize_text

__all__ = [
    "VALID_PROVINCE_PREFIXES",
    "IdNumber",
    "InvalidIdNumber",
    "compute_check_digit",
    "expected_expiry",
    "id_card_validity_years",
    "is_valid_id_number",
    "parse_id_number",
]


class InvalidIdNumber(ValueError):
    """The text is not a valid ID number; ``str(exc)`` says what is wrong, in Chinese."""


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
VALID_PROVINCE_PREFIXES = frozenset(
    [str(n) for n in (*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47))]
    + [str(n) for n in (*range(50, 55), *range(61, 66), 71, 81, 82, 83)]
)
_PERMIT_PREFIXES = {"81": "港澳居民居住证（香港）", "82": "港澳居民居住证（澳门）", "83": "台湾居民居住证"}
_STRIP = re.compile(r"[\s\-‐‑‒–—―_]+")


def compute_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character ("0"-"9" or "X") for the first 17 digits."""
    s = _STRIP.sub("", normalize_text(first17))
    if len(s) != 17 or not s.isascii() or not s.isdigit():
        raise InvalidIdNumber("计算校验位需要17位数字")
    total = sum((ord(c) - 48) * w for c, w in zip(s, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class IdNumber:
    """A parsed, valid ID number. ``number`` is the canonical 18-character form."""

    number: str
    birth_date: date
    gender: str  # "male" | "female"
    region_code: str
    notice: str | None = None
    original: str = ""

    @property
    def upgraded(self) -> bool:
        """True if the clerk typed an old 15-digit number."""
        return len(_STRIP.sub("", normalize_text(self.original))) == 15

    @property
    def document_kind(self) -> str:
        """ "resident" | "foreigner" (外国人永久居留身份证) | "permit" (港澳台居民居住证)."""
        if self.number.startswith("9"):
            return "foreigner"
        if self.number[:2] in _PERMIT_PREFIXES:
            return "permit"
        return "resident"

    @property
    def region(self) -> regions.Region | None:
        """The GB/T 2260 entry of the address code, if known (foreigner numbers have none)."""
        return None if self.document_kind == "foreigner" else regions.lookup(self.region_code)

    def age_on(self, on: date) -> int:
        """Completed years of age on ``on`` (a 29 Feb birthday counts from 1 Mar in common years)."""
        years = on.year - self.birth_date.year
        if (on.month, on.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years

    def __str__(self) -> str:
        return self.number


def _birth(text: str, today: date) -> date:
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise InvalidIdNumber(f"出生日期无效：“{text}”不是真实的日期") from None
    if born.year < 1800:
        raise InvalidIdNumber(f"出生日期无效：“{text}”早于1800年")
    if born > today:
        raise InvalidIdNumber(f"出生日期无效：“{text}”晚于今天")
    return born


def parse_id_number(text: str | None, *, today: date | None = None) -> IdNumber:
    """Parse and validate a typed ID number; raise InvalidIdNumber with a Chinese reason.

    ``today`` exists for tests (future-birth check); it defaults to today's date in China.
    """
    if text is None or not isinstance(text, str):
        raise InvalidIdNumber("请输入身份证号码")
    today = today or china_today()
    original = text.strip()
    s = _STRIP.sub("", normalize_text(text)).upper()
    if not s:
        raise InvalidIdNumber("请输入身份证号码")
    last = len(s) - 1
    bad = sorted(
        {c for i, c in enumerate(s) if not (c.isascii() and c.isdigit()) and not (c == "X" and i == last)}
    )
    if bad:
        raise InvalidIdNumber(f"身份证号码含有非法字符：{'、'.join(bad)}（只能是数字，最后一位可以是X）")
    notices: list[str] = []
    if len(s) == 15:
        if s.endswith("X"):
            raise InvalidIdNumber("15位旧身份证号码只能由数字组成")
        seq = s[12:15]
        first17 = s[:6] + "19" + s[6:15]
        body_birth = first17[6:14]
        number = first17 + compute_check_digit(first17)
        notices.append(f"15位旧号码，已按GB 11643升级为18位：{number}（原15位号码一并保存，两者都能查到）")
        if seq in {"996", "997", "998", "999"}:
            notices.append("顺序码为996–999，可能是百岁老人的特殊编号（出生于19世纪），请核实出生年份")
    elif len(s) == 18:
        number = s
        body_birth = s[6:14]
    else:
        hint = ""
        if len(s) == 17 and s.isdigit():  # most often the last character (an X) was left out
            hint = f"；若前17位无误，漏输的最后一位应为{compute_check_digit(s)}"
        raise InvalidIdNumber(f"位数不对：身份证号码应为18位（旧号码15位），实际为{len(s)}位{hint}")

    prefix = number[:2]
    if number.startswith("9"):
        notices.append("首位为9：外国人永久居留身份证号码，已按“外国人永久居留身份证”登记证件类型，请核对证件")
    elif prefix not in VALID_PROVINCE_PREFIXES:
        raise InvalidIdNumber(f"省份代码不存在：前两位“{prefix}”不是有效的省级行政区代码")

    born = _birth(body_birth, today)

    expected = compute_check_digit(number[:17])
    if number[17] != expected:
        raise InvalidIdNumber(
            f"校验位错误，应为{expected}（实际为{number[17]}）：请核对整个号码，前面的数字也可能输错"
        )

    region_code = number[:6]
    if not number.startswith("9"):
        if prefix in _PERMIT_PREFIXES:
            notices.append(f"前两位为{prefix}：{_PERMIT_PREFIXES[prefix]}号码")
        else:
            region = regions.lookup(region_code)
            if region is None:
                notices.append(
                    f"地址码“{region_code}”不在行政区划代码表中（可能是新设区划），号码仍可使用，请核对"
                )
            elif region.retired:
                notices.append(
                    f"地址码“{region_code}”（{region.full_name}）已撤销或变更，号码仍然有效，无需更改"
                )
    return IdNumber(
        number=number,
        birth_date=born,
        gender="male" if (ord(number[16]) - 48) % 2 == 1 else "female",
        region_code=region_code,
        notice="；".join(notices) or None,
        original=original,
    )


def is_valid_id_number(text: str | None) -> bool:
    """Convenience for filters; use parse_id_number where the reason matters."""
    try:
        parse_id_number(text)
    except InvalidIdNumber:
        return False
    return True


def id_card_validity_years(age_at_issue: int) -> int | None:
    """Card validity by age at issue (居民身份证法 art. 5): 5 / 10 / 20 years, None = 长期."""
    if age_at_issue < 0:
        raise ValueError("领证年龄不能为负数")
    if age_at_issue < 16:
        return 5
    if age_at_issue <= 25:
        return 10
    if age_at_issue <= 45:
        return 20
    return None


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb -> 28 Feb in a common year
        return d.replace(year=d.year + years, day=28)


def expected_expiry(issue_date: date, birth_date: date) -> date | None:
    """Expiry date printed on a card issued on ``issue_date``; None for 长期 (long-term)."""
    if issue_date < birth_date:
        raise ValueError("签发日期不能早于出生日期")
    age = (
        issue_date.year
        - birth_date.year
        - ((issue_date.month, issue_date.day) < (birth_date.month, birth_date.day))
    )
    years = id_card_validity_years(age)
    return None if years is None else _add_years(issue_date, years)
