"""Builders for customer tests: valid ID numbers, cards and inputs without hand-made check digits."""

from __future__ import annotations

from datetime import date

from loandesk.domain.idcard import compute_check_digit
from loandesk.domain.validators import compute_uscc_check
from loandesk.services import customers as cs


def make_id(birth: str = "19800101", seq: int = 123, region: str = "110105") -> str:
    """A valid 18-digit ID number (odd seq = male, even = female)."""
    body = f"{region}{birth}{seq:03d}"
    return body + compute_check_digit(body)


def make_card(prefix: str = "622848001234567") -> str:
    """A Luhn-valid card number completing ``prefix``."""
    for d in "0123456789":
        candidate = prefix + d
        digits = [int(c) for c in reversed(candidate)]
        total = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(digits))
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")


def make_uscc(body: str = "92330100MA2ABCDE1") -> str:
    return body + compute_uscc_check(body)


def person(name: str = "张三丰", *, birth: str = "19800101", seq: int = 123, mobile: str = "13812345678",
           **kw: object) -> cs.CustomerInput:
    """A valid individual customer born ``birth``; the ID card is valid until 2040 (or long term)."""
    born = date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    age_2021 = 2021 - born.year
    if age_2021 >= 46:
        validity = {"id_valid_from": "2021-03-01", "id_long_term": True}
    else:
        validity = {"id_valid_from": "2021-03-01", "id_valid_to": "2041-03-01" if age_2021 > 25 else "2031-03-01"}
    base: dict[str, object] = {"kind": "farmer", "name": name, "id_number": make_id(birth, seq), "mobile": mobile,
                               "id_issuer": "北京市公安局朝阳分局", "ethnicity": "汉", **validity}
    base.update(kw)
    return cs.CustomerInput(**base)  # type: ignore[arg-type]
