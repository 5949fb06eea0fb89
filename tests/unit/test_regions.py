"""GB/T 2260 region table: lookups, retired codes, cascade."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from loandesk.domain import regions


def test_data_file_is_packaged_and_gzip() -> None:
    raw = resources.files("loandesk.domain.data").joinpath("regions.csv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    assert text.startswith("code,name,start_year,end_year\n")
    assert text.count("\n") > 7000


def test_lookup_current_county_full_name() -> None:
    r = regions.lookup("330106")
    assert r is not None
    assert r.name == "西湖区"
    assert r.full_name == "浙江省杭州市西湖区"
    assert not r.retired
    assert r.level == "county"
    assert r.parent_code == "330100"


def test_municipality_skips_placeholder_prefecture() -> None:
    r = regions.lookup("110101")
    assert r is not None and r.full_name == "北京市东城区"


def test_province_directly_administered_county() -> None:
    r = regions.lookup("429004")
    assert r is not None and r.full_name == "湖北省仙桃市" and r.parent_code == "429000"


@pytest.mark.parametrize(
    ("code", "name"),
    [("110103", "崇文区"), ("110104", "宣武区"), ("330103", "下城区"), ("350427", "沙县")],
)
def test_retired_codes_are_known_and_flagged(code: str, name: str) -> None:
    r = regions.lookup(code)
    assert r is not None
    assert r.retired
    assert r.name == name
    assert r.end_year is not None
    assert regions.is_known(code)


def test_codes_created_after_2020_are_current() -> None:
    for code, name in [("330113", "临平区"), ("659011", "新星市"), ("350405", "沙县区")]:
        r = regions.lookup(code)
        assert r is not None and r.name == name and not r.retired


def test_renamed_code_keeps_former_names() -> None:
    r = regions.lookup("120110")
    assert r is not None
    assert r.name == "东丽区"
    assert "东郊区" in r.former_names


@pytest.mark.parametrize("code", ["999999", "110199", "", "11010", "1101011", "abcdef", None, 110101])
def test_unknown_or_malformed_codes(code: object) -> None:
    assert regions.lookup(code) is None  # type: ignore[arg-type]
    assert not regions.is_known(code)  # type: ignore[arg-type]


def test_provinces() -> None:
    provs = regions.provinces()
    codes = [p.code for p in provs]
    assert codes == sorted(codes)
    assert len(provs) == 34  # 31 mainland + 台湾 + 香港 + 澳门
    assert "830000" not in codes
    assert {"110000", "330000", "650000", "710000", "810000", "820000"} <= set(codes)
    assert all(p.level == "province" and not p.retired for p in provs)


def test_cascade_children_are_current_and_nested() -> None:
    zj = regions.children("330000")
    assert "杭州市" in [c.name for c in zj]
    hz = regions.children("330100")
    names = [c.name for c in hz]
    assert "西湖区" in names and "临平区" in names
    assert "下城区" not in names  # retired in 2021
    assert "市辖区" not in names  # county-level placeholder
    assert all(c.parent_code == "330100" and not c.retired for c in hz)
    assert [c.name for c in regions.children("110000")] == ["市辖区"]
    assert "东城区" in [c.name for c in regions.children("110100")]
    assert regions.children("330106") == []
    assert regions.children("nonsense") == []


def test_every_current_province_has_children_except_sar() -> None:
    for p in regions.provinces():
        if p.code in {"710000", "810000", "820000"}:
            continue
        assert regions.children(p.code), p.code


def test_lookup_is_cached() -> None:
    assert regions.lookup("330106") is regions.lookup("330106")
