"""GB/T 2260 administrative division codes (行政区划代码), including retired codes.

The table ships offline in ``loandesk/domain/data/regions.csv.gz`` (built by
``resources/regions/build_regions.py``; sources and licences in ``resources/regions/README.md``).
Retired codes are kept because ID numbers keep the code valid when the card was issued, and a
number is never "corrected" (GB 11643, 居民身份证法 art. 3). Loaded lazily once, then cached.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Region", "children", "is_known", "lookup", "provinces"]

_DATA_PACKAGE = "loandesk.domain.data"
_DATA_FILE = "regions.csv.gz"

# Prefecture-level placeholder names that are not real places and are left out of full names.
_PLACEHOLDER_PREFECTURES = frozenset(
    {
        "市辖区",
        "县",
        "省直辖县级行政单位",
        "省直辖县级行政区划",
        "省直辖行政单位",
        "自治区直辖县级行政单位",
        "自治区直辖县级行政区划",
    }
)
# County-level placeholders (XXYY01 市辖区 etc.): valid codes on old cards, not selectable places.
_PLACEHOLDER_COUNTIES = frozenset({"市辖区", "市区"})
# 830000 is the 台湾居民居住证 prefix, not a GB/T 2260 province; hide it from the cascade.
_PSEUDO_PROVINCES = frozenset({"830000"})


@dataclass(frozen=True)
class Region:
    """One GB/T 2260 code. ``name`` is the current name, or the last one for a retired code."""

    code: str
    name: str
    full_name: str
    retired: bool
    level: str  # "province" | "prefecture" | "county"
    parent_code: str | None
    start_year: int | None
    end_year: int | None
    former_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Period:
    name: str
    start: int | None
    end: int | None

    def covers(self, year: int | None) -> bool:
        if year is None:
            return self.end is None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


def _year(text: str) -> int | None:
    return int(text) if text else None


@cache
def _periods() -> dict[str, tuple[_Period, ...]]:
    raw = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_bytes()
    table: dict[str, list[_Period]] = {}
    with io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table.setdefault(row["code"], []).append(
                _Period(row["name"], _year(row["start_year"]), _year(row["end_year"]))
            )
    return {code: tuple(ps) for code, ps in table.items()}


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def _parent(code: str) -> str | None:
    level = _level(code)
    if level == "province":
        return None
    if level == "county" and code[:4] + "00" in _periods():
        return code[:4] + "00"
    return code[:2] + "0000"


def _main_period(periods: tuple[_Period, ...]) -> _Period:
    """The open (current) period, else the one that ended last."""
    for p in periods:
        if p.end is None:
            return p
    return max(periods, key=lambda p: p.end or 0)


def _name_at(code: str, year: int | None) -> str | None:
    periods = _periods().get(code)
    if not periods:
        return None
    for p in periods:
        if p.covers(year):
            return p.name
    return _main_period(periods).name


@cache
def lookup(code: str) -> Region | None:
    """Region for a 6-digit code (current or retired), or None if the code was never issued."""
    if not isinstance(code, str) or len(code) != 6 or not code.isascii() or not code.isdigit():
        return None
    periods = _periods().get(code)
    if not periods:
        return None
    main = _main_period(periods)
    retired = main.end is not None
    # Name the parents as they were when this code was last in use.
    year = main.end if retired else None
    parts: list[str] = []
    level = _level(code)
    if level != "province":
        prov = _name_at(code[:2] + "0000", year)
        if prov:
            parts.append(prov)
        if level == "county":
            pref = _name_at(code[:4] + "00", year)
            if pref and pref not in _PLACEHOLDER_PREFECTURES:
                parts.append(pref)
    parts.append(main.name)
    former = tuple(dict.fromkeys(p.name for p in periods if p is not main and p.name != main.name))
    return Region(
        code=code,
        name=main.name,
        full_name="".join(parts),
        retired=retired,
        level=level,
        parent_code=_parent(code),
        start_year=main.start,
        end_year=main.end,
        former_names=former,
    )


def is_known(code: str) -> bool:
    """True if the code is in the table, current or retired."""
    return isinstance(code, str) and code in _periods()


@cache
def _children_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code, periods in _periods().items():
        main = _main_period(periods)
        if main.end is not None or _level(code) == "province":
            continue
        if _level(code) == "county" and main.name in _PLACEHOLDER_COUNTIES:
            continue
        parent = _parent(code)
        if parent is not None:
            index.setdefault(parent, []).append(code)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def provinces() -> list[Region]:
    """Current province-level regions (incl. 台湾/香港/澳门), ordered by code."""
    out = []
    for code in sorted(_periods()):
        if _level(code) == "province" and code not in _PSEUDO_PROVINCES:
            region = lookup(code)
            if region is not None and not region.retired:
                out.append(region)
    return out


def children(code: str) -> list[Region]:
    """Current direct children for a 省→市→县 cascade, ordered by code.

    A province's children are its prefectures, including GB/T 2260 placeholders such as
    市辖区 (municipalities) and 省直辖县级行政单位; county-level 市辖区 placeholders are skipped.
    """
    return [r for c in _children_index().get(code, ()) if (r := lookup(c)) is not None]
