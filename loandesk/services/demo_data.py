"""Synthetic customers for demos and benchmarks: realistic, valid, and fast to load.

* ``generate_customers(n, seed)`` yields ``CustomerInput`` objects that pass ``customers.validate``
  (valid ID check digits with real GB/T 2260 county codes, card validity by age at issue, Luhn-valid
  UnionPay cards, GB 32100 USCCs for 个体工商户, consents where sensitive data is present).
* ``fill(db, n)`` writes the same kind of data straight into the tables: numpy-vectorised
  generation, executemany on the raw connection, ONE transaction, secondary indexes and the search
  index built once at the end (store.search.bulk_load). 1,000,000 customers in about two minutes.
* ``seed_demo(db)`` is what ``loandesk --demo`` runs after creating the demo database.

Demo data only ever goes into a database whose install marker says ``demo: true``; ``fill`` refuses
anything else unless ``force=True`` (CLI ``--force-non-demo``), so it cannot mix into real data.
It is not queued for head office (no outbox entries); one audit record notes each fill.
"""

from __future__ import annotations

import os
import time as _time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from itertools import repeat

import numpy as np
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from loandesk.domain import regions
from loandesk.domain.idcard import compute_check_digit, expected_expiry
from loandesk.domain.permissions import allowed
from loandesk.domain.validators import USCC_CHARSET, compute_uscc_check
from loandesk.services import audit
from loandesk.services.context import SYSTEM, ServiceError
from loandesk.services.customers import (
    AddressInput,
    AssetsInput,
    BankAccountInput,
    ConsentInput,
    ContactInput,
    CreditSummaryInput,
    CustomerInput,
    HouseholdInput,
    IncomeInput,
    LiabilitiesInput,
    PersonalInput,
    WorkInput,
    china_today,
    insert_sql,
)
from loandesk.store import search as search_store
from loandesk.store.database import Database
from loandesk.store.models.auth import Branch, Counter, User
from loandesk.store.models.customers import CustomerConsent, CustomerContact, CustomerProfile

# --- vocabulary -------------------------------------------------------------------------------------

# (surname, weight ‰) — roughly the 2020 census shares; compound surnames kept for realism.
SURNAMES = [
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20), ("吴", 19),
    ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13), ("胡", 13), ("郭", 11), ("何", 11), ("林", 11),
    ("罗", 11), ("高", 11), ("郑", 9), ("梁", 8), ("谢", 8), ("宋", 8), ("唐", 7), ("许", 7), ("韩", 6), ("冯", 6),
    ("邓", 6), ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 5), ("董", 5), ("潘", 5), ("袁", 5), ("蔡", 4),
    ("蒋", 4), ("余", 4), ("于", 4), ("杜", 4), ("叶", 4), ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4),
    ("任", 3), ("卢", 3), ("姚", 3), ("沈", 3), ("钟", 3), ("姜", 3), ("崔", 3), ("谭", 3), ("陆", 3), ("范", 2),
    ("汪", 2), ("廖", 2), ("石", 2), ("金", 2), ("韦", 2), ("贾", 2), ("夏", 2), ("傅", 2), ("方", 2), ("邹", 2),
    ("熊", 2), ("白", 2), ("孟", 2), ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("龙", 1), ("黎", 1), ("史", 1), ("陶", 1), ("贺", 1), ("毛", 1), ("郝", 1), ("顾", 1),
    ("龚", 1), ("邵", 1), ("万", 1), ("覃", 1), ("武", 1), ("钱", 1), ("戴", 1), ("严", 1), ("莫", 1), ("孔", 1),
    ("向", 1), ("常", 1), ("汤", 1), ("单", 1), ("解", 1), ("欧阳", 1), ("司马", 1), ("诸葛", 1), ("上官", 1),
]
MALE_CHARS = (
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国志文海峰亮成东新永德生春金荣福宝山根财贵兵"
    "松江云庆民中立晨博子睿轩昊然泽逸嘉一家天佳锦航诚毅豪哲景彬柏振昌长喜富贤双彦"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀英兰玲燕萍红梅琳雪婷慧莉洁倩颖琴云凤华丹欣怡悦佳妍婧涵萱梓琪雨晨薇月美桂珍玉翠菊花莲爱"
    "春淑巧彩冬香素金银小晓思诗梦蕾蓉岚茜露璐瑶嘉可馨蕊若语心宁"
)
ETHNICITIES = [("汉", 910), ("壮", 14), ("回", 8), ("满", 8), ("维吾尔", 8), ("苗", 8), ("彝", 7), ("土家", 7),
               ("藏", 5), ("蒙古", 5), ("侗", 3), ("布依", 3), ("瑶", 2), ("白", 2), ("朝鲜", 1)]
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
                   "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"]
# kind -> list of (occupation, industry, employer pattern, income source, median monthly income yuan)
OCCUPATIONS = {
    "farmer": [
        ("水稻种植", "农业", "{village}种植户", "种植收入", 3500), ("蔬菜种植", "农业", "{village}蔬菜基地", "种植收入", 4200),
        ("茶叶种植", "农业", "{village}茶园", "种植收入", 4500), ("水果种植", "农业", "{village}果园", "种植收入", 4800),
        ("生猪养殖", "畜牧业", "{village}养猪场", "养殖收入", 6000), ("家禽养殖", "畜牧业", "{village}养鸡场", "养殖收入", 5000),
        ("水产养殖", "渔业", "{village}鱼塘", "养殖收入", 5500), ("农机作业", "农业服务", "{village}农机合作社", "作业收入", 5200),
    ],
    "individual": [
        ("工人", "制造业", "{county}机械厂", "工资收入", 5000), ("教师", "教育", "{town}中心小学", "工资收入", 6500),
        ("司机", "交通运输", "{county}运输公司", "工资收入", 5500), ("医生", "卫生", "{town}卫生院", "工资收入", 7500),
        ("护士", "卫生", "{county}人民医院", "工资收入", 5800), ("村干部", "公共管理", "{village}村委会", "工资收入", 4000),
        ("建筑工", "建筑业", "{county}建筑公司", "务工收入", 6000), ("电工", "电力", "{county}供电所", "工资收入", 6200),
        ("厨师", "餐饮", "{town}饭店", "工资收入", 5200), ("外出务工", "制造业", "外地务工", "务工收入", 6500),
        ("销售", "批发零售", "{county}商贸公司", "工资收入", 5000), ("保安", "居民服务", "{county}物业公司", "工资收入", 3800),
    ],
    "business": [
        ("经营超市", "批发零售", "{town}{short}便民超市", "经营收入", 9000), ("经营农资店", "批发零售", "{town}{short}农资店", "经营收入", 8500),
        ("经营餐馆", "餐饮", "{town}{short}家常菜馆", "经营收入", 10000), ("经营五金店", "批发零售", "{town}{short}五金店", "经营收入", 8000),
        ("汽车修理", "居民服务", "{town}{short}汽修店", "经营收入", 9500), ("经营建材店", "批发零售", "{town}{short}建材店", "经营收入", 11000),
        ("经营粮油店", "批发零售", "{town}{short}粮油店", "经营收入", 7500), ("快递代办", "交通运输", "{town}{short}快递驿站", "经营收入", 6500),
    ],
}
TOWN_SUFFIX = ["镇", "乡", "街道"]
TOWN_WORDS = "城关新桥东岗西河南山北湖清水白沙石门青龙长安永安太平红旗光明和平马桥黄土高坪大石双河"
VILLAGE_WORDS = "李家王庄张湾刘岭陈坪杨柳桃园杏花溪口竹林梅岭荷塘枫树柏树松林龙潭凤凰金鸡白马"
ROAD_WORDS = ["人民路", "解放路", "建设路", "中山路", "新华路", "胜利路", "文化路", "长江路", "和平街", "幸福路"]
BANKS = ["农村商业银行", "农村信用合作联社", "中国农业银行", "中国邮政储蓄银行", "中国建设银行", "中国工商银行"]
CONSENT_SCOPE_PI = "贷款业务：身份证件影像、银行账户"
CONSENT_SCOPE_CREDIT = "贷款审查及贷后管理"
KINDS = [("farmer", 55), ("individual", 37), ("business", 8)]
EDUCATION = [("primary", 18), ("junior", 38), ("senior", 24), ("college", 11), ("bachelor", 8), ("postgraduate", 1)]
HOUSING = [("own", 72), ("mortgage", 10), ("rent", 8), ("family", 9), ("other", 1)]
ARCHIVE_REASONS = ["客户迁出本地", "贷款结清后客户申请销户", "长期无业务往来", "客户死亡"]


def _weights(pairs: list[tuple[str, int]]) -> tuple[list[str], np.ndarray]:
    values = [v for v, _ in pairs]
    w = np.array([w for _, w in pairs], dtype=float)
    return values, w / w.sum()


# --- regions ----------------------------------------------------------------------------------------

@cache
def _counties(province: str | None) -> tuple[str, ...]:
    """Current county-level codes (under one province, or all mainland provinces)."""
    provs = [p.code for p in regions.provinces() if p.code[:2] not in ("71", "81", "82")]
    if province:
        provs = [p for p in provs if p.startswith(province)]
    out: list[str] = []
    for p in provs:
        for pref in regions.children(p):
            kids = [c.code for c in regions.children(pref.code)]
            out.extend(kids or ([pref.code] if pref.level == "county" else []))
    return tuple(sorted(set(out)))


@cache
def _region_names(code: str) -> tuple[str, str]:
    """(full name, county short name) for address text and business names."""
    r = regions.lookup(code)
    if r is None:
        return "", ""
    short = r.name
    for suffix in ("自治县", "县", "市", "区", "旗"):
        if short.endswith(suffix) and len(short) > len(suffix) + 1:
            short = short[: -len(suffix)]
            break
    return r.full_name, short


@cache
def _issuer(code: str) -> str:
    """Issuing authority as printed on the back of the card: 县公安局, or 市公安局XX分局 for districts."""
    r = regions.lookup(code)
    if r is None:
        return "公安局"
    if r.name.endswith("区") and r.parent_code:
        parent = regions.lookup(r.parent_code)
        city = parent.name if parent and parent.name not in ("市辖区", "县") else r.full_name.removesuffix(r.name)
        return f"{city}公安局{r.name.removesuffix('区')}分局"
    return f"{r.name}公安局"


def _home_province(branch_code: str) -> str | None:
    code = branch_code[:2]
    return code if code.isdigit() and _counties(code) else "33"


# --- the vectorised generator ------------------------------------------------------------------------

_ID_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], dtype=np.int64)
_ID_CHECK = np.array(list("10X98765432"))


def _id_check_digits(bodies: list[str]) -> list[str]:
    digits = np.frombuffer("".join(bodies).encode("ascii"), dtype=np.uint8).reshape(-1, 17).astype(np.int64) - 48
    return _ID_CHECK[(digits @ _ID_WEIGHTS) % 11].tolist()


def _luhn_complete(payloads: list[str]) -> list[str]:
    """Append the Luhn check digit to equal-length digit strings (vectorised)."""
    if not payloads:
        return []
    width = len(payloads[0])
    d = np.frombuffer("".join(payloads).encode("ascii"), dtype=np.uint8).reshape(-1, width).astype(np.int64) - 48
    rev = d[:, ::-1]
    doubled = rev[:, 0::2] * 2
    doubled = np.where(doubled > 9, doubled - 9, doubled)
    total = doubled.sum(axis=1) + rev[:, 1::2].sum(axis=1)
    checks = ((10 - total % 10) % 10).tolist()
    return [p + str(c) for p, c in zip(payloads, checks, strict=True)]


def _dates_iso(days: np.ndarray) -> list[str]:
    return np.datetime_as_string(days.astype("datetime64[D]"), unit="D").tolist()


@dataclass
class _Context:
    branch_code: str
    bank_name: str
    clerks: list[str]
    today: date
    taken_ids: set[str]
    actor_id: str | None = None


@dataclass
class _Chunk:
    customers: list[tuple]
    profiles: list[tuple]
    contacts: list[tuple]
    consents: list[tuple]


CUSTOMER_COLS = (
    "id", "sn", "customer_no", "kind", "name", "name_pinyin", "name_initials", "business_name", "uscc", "gender",
    "ethnicity", "birth_date", "id_kind", "id_number", "id_number_original", "id_issuer", "id_valid_from",
    "id_valid_to", "mobile", "status", "assigned_clerk_id", "pi_consent_on", "credit_consent_on", "created_at",
    "created_by", "updated_at", "updated_by", "archived_at", "archived_by", "archive_reason", "version",
    "id_rev", "mobile_rev", "name_rev",
)
PROFILE_COLS = tuple(c.key for c in CustomerProfile.__table__.columns)
CONTACT_COLS = tuple(c.key for c in CustomerContact.__table__.columns)
CONSENT_COLS = tuple(c.key for c in CustomerConsent.__table__.columns)


def _uuid7s(ms: list[int], sub: int, rand: np.ndarray) -> list[str]:
    """Time-ordered UUIDs (RFC 9562 version 7) from creation times: rows arrive in key order, so
    every primary-key B-tree only appends during a bulk load (random v4 keys scatter the writes).
    ``rand``: (n, 8) uint8 random bytes. Built as one byte array, hex-encoded once."""
    n = len(ms)
    raw = np.empty((n, 16), dtype=np.uint8)
    stamp = np.asarray(ms, dtype=">u8").view(np.uint8).reshape(n, 8)
    raw[:, 0:6] = stamp[:, 2:8]  # 48-bit big-endian milliseconds
    raw[:, 6] = 0x70 | (sub >> 8 & 0x0F)
    raw[:, 7] = sub & 0xFF
    raw[:, 8:16] = rand
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.tobytes().hex()
    return [f"{h[j:j + 8]}-{h[j + 8:j + 12]}-{h[j + 12:j + 16]}-{h[j + 16:j + 20]}-{h[j + 20:j + 32]}"
            for j in range(0, 32 * n, 32)]


@cache
def _surname_keys(surname: str) -> tuple[str, str]:
    """Surname pinyin as pinyin_keys reads it in a full name (surname readings: 曾 zeng, 单 shan)."""
    py, ini = search_store.pinyin_keys(surname + "甲")  # 甲 = jia
    return py[:-3], ini[:-1]


@cache
def _char_keys(ch: str) -> tuple[str, str]:
    return search_store.pinyin_keys(ch)


def _names(rng: np.random.Generator, male: list[bool], n: int) -> tuple[list[str], list[str], list[str]]:
    """(names, pinyin, initials); pinyin assembled from cached per-character readings (fast)."""
    surnames, sw = _weights(SURNAMES)
    sur = rng.choice(len(surnames), size=n, p=sw).tolist()
    two = (rng.random(n) < 0.72).tolist()
    c1 = rng.integers(0, 10_000, size=n).tolist()
    c2 = rng.integers(0, 10_000, size=n).tolist()
    names, pys, inis = [], [], []
    for i in range(n):
        pool = MALE_CHARS if male[i] else FEMALE_CHARS
        g1 = pool[c1[i] % len(pool)]
        s_py, s_ini = _surname_keys(surnames[sur[i]])
        p1, i1 = _char_keys(g1)
        if two[i]:
            g2 = pool[c2[i] % len(pool)]
            p2, i2 = _char_keys(g2)
            names.append(surnames[sur[i]] + g1 + g2)
            pys.append(s_py + p1 + p2)
            inis.append(s_ini + i1 + i2)
        else:
            names.append(surnames[sur[i]] + g1)
            pys.append(s_py + p1)
            inis.append(s_ini + i1)
    return names, pys, inis


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + years, day=28)


def _validity(born: date, age_days: int, u: float, today: date) -> tuple[str, str | None]:
    """Issue date inside the card's current validity period, expiry by age at issue (never expired)."""
    today_ord = today.toordinal()
    back = int(u * 20 * 365) % max(1, age_days - 16 * 365)
    for _ in range(8):
        issued = date.fromordinal(today_ord - back - 1)
        age = issued.year - born.year - ((issued.month, issued.day) < (born.month, born.day))
        years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
        if years is None:
            return issued.isoformat(), None
        expiry = _add_years(issued, years)
        if expiry > today:
            return issued.isoformat(), expiry.isoformat()
        back //= 2
    issued = date.fromordinal(today_ord - 1)
    expiry = expected_expiry(issued, born)
    return issued.isoformat(), expiry.isoformat() if expiry else None


def _take(values: list, idx: np.ndarray) -> list:
    """values[idx] for a whole column at C speed."""
    return np.asarray(values, dtype=object)[idx].tolist()


def _where(mask: np.ndarray, values: list | np.ndarray | str | int, other: object = None) -> list:
    """values where mask, else other (None by default) — a column, as a list."""
    out = np.full(len(mask), other, dtype=object)
    if isinstance(values, str | int):
        out[mask] = values
    else:
        out[mask] = np.asarray(values, dtype=object)[mask]
    return out.tolist()


def _generate(rng: np.random.Generator, ctx: _Context, start_sn: int, n: int, span_start: datetime,
              span_seconds: float, total: int) -> _Chunk:
    """``n`` customers with sn ``start_sn``…, as tuples in the column orders above.

    Built column by column (numpy draws, list comprehensions, then one zip): a per-row loop that
    touched numpy scalars cost several times more than the database inserts.
    """
    today = ctx.today
    today_ord = today.toordinal()
    epoch = date(1970, 1, 1).toordinal()
    male_np = rng.random(n) < 0.52
    male = male_np.tolist()
    names, pinyins, initials = _names(rng, male, n)
    kinds_v, kinds_w = _weights(KINDS)
    kind_idx = rng.choice(len(kinds_v), size=n, p=kinds_w)
    kinds = _take(kinds_v, kind_idx)
    is_farmer = kind_idx == kinds_v.index("farmer")
    is_business = kind_idx == kinds_v.index("business")
    eth_v, eth_w = _weights(ETHNICITIES)
    edu_v, edu_w = _weights(EDUCATION)
    hou_v, hou_w = _weights(HOUSING)
    housing_idx = rng.choice(len(hou_v), size=n, p=hou_w)
    owns = (housing_idx == hou_v.index("own")) | (housing_idx == hou_v.index("mortgage"))
    # ages 18-70, most between 30 and 60
    age_days_np = np.clip(rng.normal(44 * 365.25, 11 * 365.25, size=n), 18 * 365.25 + 1, 70 * 365.25).astype(np.int64)
    age_np = (age_days_np / 365.25).astype(np.int64)
    birth_np = np.array(today_ord - age_days_np - epoch, dtype="datetime64[D]")
    birth_iso = _dates_iso(birth_np)
    home = _counties(_home_province(ctx.branch_code))
    everywhere = _counties(None)
    region_pick = np.where(rng.random(n) < 0.85, rng.integers(0, len(home), size=n) + len(everywhere),
                           rng.integers(0, len(everywhere), size=n))
    regions_ = _take(list(everywhere) + list(home), region_pick)
    seq = (rng.integers(0, 500, size=n) * 2 + male_np).tolist()
    bodies = [f"{r}{b[:4]}{b[5:7]}{b[8:]}{s:03d}" for r, b, s in zip(regions_, birth_iso, seq, strict=True)]
    ids = [b + c for b, c in zip(bodies, _id_check_digits(bodies), strict=True)]
    taken = ctx.taken_ids
    for i, idn in enumerate(ids):  # the few collisions: next sequence code of the same gender
        while idn in taken:
            s = (int(idn[14:17]) + 2) % 1000
            body = idn[:14] + f"{s:03d}"
            idn = body + compute_check_digit(body)
        ids[i] = idn
        taken.add(idn)
    issue_u = rng.random(n).tolist()
    validity = [_validity(date.fromisoformat(b), d, u, today)
                for b, d, u in zip(birth_iso, age_days_np.tolist(), issue_u, strict=True)]
    prefix_idx = rng.integers(0, len(MOBILE_PREFIXES), size=n)
    prefixes = _take(MOBILE_PREFIXES, prefix_idx)
    tails = rng.integers(0, 100_000_000, size=n).tolist()
    mobiles = [f"{p}{t:08d}" for p, t in zip(prefixes, tails, strict=True)]
    # created over the span, in sn order (customer numbers grow with time)
    sns = list(range(start_sn, start_sn + n))
    offsets = (np.arange(start_sn, start_sn + n) - 1) / max(1, total) * span_seconds
    created = np.datetime64(span_start.replace(tzinfo=None), "us") + (offsets * 1e6).astype("timedelta64[us]")
    created_s = [s.replace("T", " ") for s in np.datetime_as_string(created, unit="us").tolist()]
    created_ms = (created.astype(np.int64) // 1000).tolist()
    uuids = _uuid7s(created_ms, 0, rng.integers(0, 256, size=(n, 8), dtype=np.uint8))
    numbers = [f"{ctx.branch_code}{sn:08d}" for sn in sns]
    archived = rng.random(n) < 0.03
    pi_ok = rng.random(n) < 0.85
    credit_ok = pi_ok & (rng.random(n) < 0.9)
    consent_back = rng.integers(0, 400, size=n)
    consent_on = _dates_iso(np.array(today_ord - consent_back - epoch, dtype="datetime64[D]"))
    report_on = _dates_iso(np.array(today_ord - consent_back // 2 - epoch, dtype="datetime64[D]"))
    words = rng.integers(0, 1 << 30, size=(n, 4))
    w0, w1, w2, w3 = (words[:, k].tolist() for k in range(4))
    towns = [TOWN_WORDS[a % 20 * 2:a % 20 * 2 + 2] + TOWN_SUFFIX[a % 3] for a in w0]
    villages = [VILLAGE_WORDS[b % 20 * 2:b % 20 * 2 + 2] + "村" for b in w1]
    fulls = [_region_names(r) for r in regions_]
    hukou = [f"{f[0]}{t}{v}{c % 12 + 1}组{d % 90 + 1}号"
             for f, t, v, c, d in zip(fulls, towns, villages, w2, w3, strict=True)]
    moved = (words[:, 2] % 7 == 0)
    moved_region = _take(list(home), words[:, 3] % len(home))
    current_region = _where(moved, moved_region, None)
    current_region = [m if m is not None else r for m, r in zip(current_region, regions_, strict=True)]
    current_address = [f"{_region_names(cr)[0]}{ROAD_WORDS[a % 10]}{b % 300 + 1}号" if mv else h
                       for mv, cr, a, b, h in zip(moved.tolist(), current_region, w0, w1, hukou, strict=True)]
    occ_pick = rng.integers(0, 1 << 30, size=n).tolist()
    occs = [OCCUPATIONS[k][p % len(OCCUPATIONS[k])] for k, p in zip(kinds, occ_pick, strict=True)]
    employers = [o[2].format(village=v, county=f[1], town=t, short=nm[0])
                 for o, v, f, t, nm in zip(occs, villages, fulls, towns, names, strict=True)]
    monthly_np = (np.array([o[4] for o in occs]) * rng.lognormal(0.0, 0.35, size=n)).astype(np.int64) * 100
    monthly = monthly_np.tolist()
    business_names = _where(is_business, employers)
    uscc: list[str | None] = [None] * n
    for i in np.flatnonzero(is_business).tolist():
        body = "92" + ids[i][:6] + "".join(USCC_CHARSET[(words[i, j % 4] >> (3 * j)) % 31] for j in range(9))
        uscc[i] = body + compute_uscc_check(body)
    marital_u = rng.random(n)
    married = marital_u < np.where(age_np < 25, 0.15, 0.85)
    marital = np.where(married, "married", np.where(age_np < 35, "single", np.where(
        marital_u > 0.95, "divorced", np.where(age_np > 60, "widowed", "single")))).astype(object).tolist()
    clerk_col = _take(ctx.clerks, rng.integers(0, len(ctx.clerks), size=n)) if ctx.clerks else [None] * n
    pi_on = _where(pi_ok, consent_on)
    credit_on = _where(credit_ok, consent_on)
    statuses = np.where(archived, "archived", "active").astype(object).tolist()
    archived_at = _where(archived, created_s)
    reasons = _where(archived, _take(ARCHIVE_REASONS, words[:, 0] % 4), "")
    actor = ctx.actor_id
    customers = list(zip(
        uuids, sns, numbers, kinds, names, pinyins, initials, business_names, uscc,
        np.where(male_np, "male", "female").astype(object).tolist(),
        _take(eth_v, rng.choice(len(eth_v), size=n, p=eth_w)), birth_iso, repeat("resident", n), ids,
        repeat(None, n), [_issuer(r) for r in regions_], [v[0] for v in validity], [v[1] for v in validity],
        mobiles, statuses, clerk_col, pi_on, credit_on, created_s, repeat(actor, n), created_s, repeat(actor, n),
        archived_at, repeat(None, n), reasons, repeat(1, n),
        [x[::-1] for x in ids], [m[::-1] for m in mobiles], [nm[::-1][:8] for nm in names],
        strict=True))
    # profile
    a = rng.random((n, 8))
    size_np = 2 + (a[:, 2] * 4).astype(np.int64)
    loans_here = (rng.integers(0, 4, size=n) > 1).astype(np.int64)
    loans_else = (rng.integers(0, 4, size=n) > 2).astype(np.int64)
    land = np.where(is_farmer, (a[:, 0] * 1500).astype(np.int64) + 100, 0)
    counts = rng.integers(0, 4, size=(n, 3))
    cards = _luhn_complete([f"62{x:016d}" for x in rng.integers(0, 10**16, size=n).tolist()])
    short_names = [f[1] for f in fulls]
    profiles = list(zip(
        uuids, marital, _take(edu_v, rng.choice(len(edu_v), size=n, p=edu_w)), repeat("", n),
        _where(a[:, 1] < 0.3, [f"wx{m[-6:]}" for m in mobiles], ""),
        regions_, hukou, current_region, current_address,
        np.minimum(age_np, (a[:, 2] * 30).astype(np.int64) + 1).tolist(),
        [o[0] for o in occs], employers, [o[1] for o in occs], _where(is_business, "负责人", ""),
        np.minimum(np.maximum(age_np - 17, 0), (a[:, 3] * 25).astype(np.int64) + 1).tolist(),
        monthly, [o[3] for o in occs], (monthly_np * 12 * np.where(married, 2, 1)).tolist(),
        _take(hou_v, housing_idx), (owns.astype(np.int64) + (a[:, 4] > 0.9)).tolist(),
        _where(owns, ((a[:, 4] * 80).astype(np.int64) + 10) * 1_000_000),
        (a[:, 5] > 0.6).astype(np.int64).tolist(), _where(a[:, 5] > 0.6, (a[:, 5] * 15).astype(np.int64) * 1_000_000),
        ((a[:, 6] ** 2 * 300).astype(np.int64) * 100_000).tolist(),
        ((a[:, 7] > 0.8) * (a[:, 7] * 10).astype(np.int64) * 1_000_000).tolist(),
        _where(is_farmer, land), _where(is_farmer, [f"{r}{sn:010d}J" for r, sn in zip(regions_, sns, strict=True)], ""),
        loans_here.tolist(), (loans_here * ((a[:, 6] * 20).astype(np.int64) + 1) * 1_000_000).tolist(),
        loans_else.tolist(), (loans_else * ((a[:, 7] * 30).astype(np.int64) + 1) * 1_000_000).tolist(),
        ((loans_here + loans_else) * (a[:, 3] * 30).astype(np.int64) * 10_000).tolist(),
        size_np.tolist(), np.minimum((a[:, 1] * 3).astype(np.int64), size_np - 1).tolist(),
        _where(pi_ok, "card", ""), _where(pi_ok, cards, ""),
        _where(pi_ok, [f"{s}{BANKS[b % 6]}" for s, b in zip(short_names, w3, strict=True)], ""),
        _where(credit_ok, report_on), _where(credit_ok, counts[:, 0]), _where(credit_ok, (counts[:, 0] > 1) * 1),
        _where(credit_ok, np.zeros(n, dtype=np.int64)), _where(credit_ok, counts[:, 1]),
        _where(credit_ok, counts[:, 2] + 1), repeat("", n),
        strict=True))
    # spouse (married) and one emergency contact for some
    spouse_seq = (rng.integers(0, 500, size=n) * 2 + ~male_np).tolist()
    spouse_birth = _dates_iso(birth_np - rng.integers(-5, 6, size=n) * 365)
    sp_bodies = [f"{x[:6]}{b[:4]}{b[5:7]}{b[8:]}{s:03d}" for x, b, s in zip(ids, spouse_birth, spouse_seq, strict=True)]
    sp_ids = [b + c for b, c in zip(sp_bodies, _id_check_digits(sp_bodies), strict=True)]
    other_names = _names(rng, [not m for m in male], n)[0]
    sp_prefix = _take(MOBILE_PREFIXES, (prefix_idx + 3) % len(MOBILE_PREFIXES))
    ct_prefix = _take(MOBILE_PREFIXES, (prefix_idx + 7) % len(MOBILE_PREFIXES))
    sp_ids_uuid = _uuid7s(created_ms, 1, rng.integers(0, 256, size=(n, 8), dtype=np.uint8))
    ct_ids_uuid = _uuid7s(created_ms, 2, rng.integers(0, 256, size=(n, 8), dtype=np.uint8))
    has_contact = (rng.random(n) < 0.3).tolist()
    contacts: list[tuple] = []
    for i, is_married in enumerate(married.tolist()):
        if is_married:
            contacts.append((sp_ids_uuid[i], uuids[i], 0, "spouse", other_names[i], sp_ids[i], "配偶",
                             f"{sp_prefix[i]}{tails[i] // 7:08d}", "", None, ""))
        if has_contact[i]:
            contacts.append((ct_ids_uuid[i], uuids[i], 1, "contact", other_names[(i + 1) % n], "", "亲属",
                             f"{ct_prefix[i]}{tails[i] // 3:08d}", "", None, ""))
    pi_uuid = _uuid7s(created_ms, 3, rng.integers(0, 256, size=(n, 8), dtype=np.uint8))
    cr_uuid = _uuid7s(created_ms, 4, rng.integers(0, 256, size=(n, 8), dtype=np.uint8))
    consents: list[tuple] = []
    for i, (pi, cr) in enumerate(zip(pi_ok.tolist(), credit_ok.tolist(), strict=True)):
        if pi:
            consents.append((pi_uuid[i], uuids[i], "pi_sensitive", consent_on[i], CONSENT_SCOPE_PI, None,
                             created_s[i], actor, None))
        if cr:
            consents.append((cr_uuid[i], uuids[i], "credit_query", consent_on[i], CONSENT_SCOPE_CREDIT, None,
                             created_s[i], actor, None))
    return _Chunk(customers, profiles, contacts, consents)


def _context(session: Session, seed_ids: set[str]) -> _Context:
    branch = session.scalar(select(Branch.code).limit(1))
    if branch is None:
        raise ServiceError("本库尚未初始化网点信息，不能生成演示客户。")
    clerks = [u.id for u in session.scalars(select(User).where(User.active).order_by(User.username))
              if allowed(u.role, "customer.create")]
    return _Context(branch_code=branch, bank_name="", clerks=clerks, today=china_today(), taken_ids=seed_ids)


# --- public API ------------------------------------------------------------------------------------

def generate_customers(n: int, seed: int = 1, *, branch_code: str = "3301",
                       today: date | None = None) -> Iterator[CustomerInput]:
    """``n`` realistic customers as CustomerInput (each passes ``customers.validate``)."""
    rng = np.random.default_rng(seed)
    ctx = _Context(branch_code=branch_code, bank_name="", clerks=[], today=today or china_today(), taken_ids=set())
    start = datetime.now(UTC) - timedelta(days=5 * 365)
    done = 0
    while done < n:
        size = min(5000, n - done)
        chunk = _generate(rng, ctx, done + 1, size, start, 5 * 365 * 86400, n)
        contacts: dict[str, list[tuple]] = {}
        for ct in chunk.contacts:
            contacts.setdefault(ct[1], []).append(ct)
        consents: dict[str, list[tuple]] = {}
        for cs in chunk.consents:
            consents.setdefault(cs[1], []).append(cs)
        for c, p in zip(chunk.customers, chunk.profiles, strict=True):
            yield _as_input(dict(zip(CUSTOMER_COLS, c, strict=True)), dict(zip(PROFILE_COLS, p, strict=True)),
                            contacts.get(c[0], []), consents.get(c[0], []))
        done += size


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def _as_input(c: dict, p: dict, contacts: list[tuple], consents: list[tuple]) -> CustomerInput:
    return CustomerInput(
        kind=c["kind"], name=c["name"], id_number=c["id_number"], gender=c["gender"], birth_date=c["birth_date"],
        ethnicity=c["ethnicity"], id_issuer=c["id_issuer"], id_valid_from=c["id_valid_from"],
        id_valid_to=c["id_valid_to"], id_long_term=c["id_valid_to"] is None, mobile=c["mobile"],
        business_name=c["business_name"] or "", uscc=c["uscc"] or "",
        personal=PersonalInput(p["marital_status"], p["education"], p["phone_other"], p["wechat"]),
        address=AddressInput(p["hukou_region_code"], p["hukou_address"], p["current_region_code"],
                             p["current_address"], p["current_address_years"]),
        work=WorkInput(p["occupation"], p["employer"], p["industry"], p["position"], p["years_employed"]),
        income=IncomeInput(_yuan(p["monthly_income_fen"]), p["income_source"], _yuan(p["household_income_fen"])),
        assets=AssetsInput(p["housing_type"], p["real_estate_count"], _yuan(p["real_estate_value_fen"]),
                           p["vehicle_count"], _yuan(p["vehicle_value_fen"]), _yuan(p["deposits_fen"]),
                           _yuan(p["investments_fen"]), _yuan(p["land_area_mu100"]), p["land_certificate_no"]),
        liabilities=LiabilitiesInput(p["loans_here_count"], _yuan(p["loans_here_balance_fen"]),
                                     p["loans_elsewhere_count"], _yuan(p["loans_elsewhere_balance_fen"]),
                                     _yuan(p["monthly_repayment_fen"])),
        household=HouseholdInput(p["household_size"], p["dependants"]),
        bank=BankAccountInput(p["bank_account_type"] or "card", p["bank_account_no"], p["bank_name"]),
        credit=CreditSummaryInput(p["credit_report_date"], p["credit_overdue_count"], p["credit_overdue_max_months"],
                                  _yuan(p["credit_current_overdue_fen"]), p["credit_inquiries_6m"],
                                  p["credit_lender_count"]),
        contacts=tuple(ContactInput(role=ct[3], name=ct[4], id_number=ct[5], relation=ct[6], phone=ct[7])
                       for ct in contacts),
        consents=tuple(ConsentInput(kind=cs[2], signed_on=cs[3], scope=cs[4]) for cs in consents),
    )


@dataclass(frozen=True)
class FillStats:
    customers: int
    seconds: float
    first_no: str
    last_no: str
    phases: dict[str, float] = field(default_factory=dict)  # generate, insert, index, commit (seconds)


SPAN_SECONDS = 5 * 365 * 86400  # demo customers were "created" over the last five years

ChunkSource = Callable[[_Context, int, datetime], Iterator[_Chunk]]


def _inline_chunks(seed: int, n: int, chunk_size: int) -> ChunkSource:
    def source(ctx: _Context, base: int, span_start: datetime) -> Iterator[_Chunk]:
        rng = np.random.default_rng(seed)
        done = 0
        while done < n:
            size = min(chunk_size, n - done)
            yield _generate(rng, ctx, base + done + 1, size, span_start, SPAN_SECONDS, base + n)
            done += size
    return source


def _load(session: Session, n: int, seed: int, chunk_size: int, progress: Callable[[int, int], bool | None] | None,
          is_demo: bool, source: ChunkSource | None = None, cache_mib: int = 256) -> FillStats:
    """The load itself, inside the caller's write transaction (in-process or in the worker).

    ``source`` yields the generated chunks (inline by default; the worker uses a second process so
    generating the next chunk overlaps inserting this one).
    """
    started = _time.perf_counter()
    conn = session.connection()
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    existing = int(session.execute(text("SELECT count(*) FROM customers")).scalar_one())
    taken = set(session.scalars(text("SELECT id_number FROM customers"))) if existing else set()
    ctx = _context(session, taken)
    cur = dbapi.cursor()
    old_cache = cur.execute("PRAGMA cache_size").fetchone()[0]
    cur.execute(f"PRAGMA cache_size = -{int(cache_mib) * 1024}")  # for this load only; restored below
    counter = session.get(Counter, "customer_no")
    base = max(counter.value if counter else 0, search_store.max_sn(session))
    span_start = datetime.now(UTC) - timedelta(seconds=SPAN_SECONDS)
    phases = {"generate": 0.0, "insert": 0.0, "index": 0.0}
    chunks = (source or _inline_chunks(seed, n, chunk_size))(ctx, base, span_start)
    try:
        with search_store.bulk_load(conn, defer_indexes=n > existing):
            done = 0
            sqls = (insert_sql("customers", CUSTOMER_COLS), insert_sql("customer_profiles", PROFILE_COLS),
                    insert_sql("customer_contacts", CONTACT_COLS), insert_sql("customer_consents", CONSENT_COLS))
            while done < n:
                t0 = _time.perf_counter()
                chunk = next(chunks)
                t1 = _time.perf_counter()
                cur.executemany(sqls[0], chunk.customers)
                cur.executemany(sqls[1], chunk.profiles)
                cur.executemany(sqls[2], chunk.contacts)
                cur.executemany(sqls[3], chunk.consents)
                phases["generate"] += t1 - t0
                phases["insert"] += _time.perf_counter() - t1
                done += len(chunk.customers)
                if progress is not None and progress(done, n) is False:
                    raise ServiceError("已取消生成演示数据，未保存任何数据。")
            t_index = _time.perf_counter()
        phases["index"] = _time.perf_counter() - t_index
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
        cur.execute(f"PRAGMA cache_size = {int(old_cache)}")
        cur.close()
    if counter is None:
        counter = Counter(name="customer_no", value=0)
        session.add(counter)
    counter.value = base + n
    first_no, last_no = f"{ctx.branch_code}{base + 1:08d}", f"{ctx.branch_code}{base + n:08d}"
    audit.record(session, SYSTEM, "demo.customers_generated", entity_type="customer",
                 summary={"count": n, "seed": seed, "first_no": first_no, "last_no": last_no,
                          "demo_database": is_demo})
    return FillStats(n, _time.perf_counter() - started, first_no, last_no, phases)


def _produce(ctx: _Context, seed: int, base: int, n: int, chunk_size: int, span_start: datetime,
             out: object) -> None:
    """Generator process: the same chunks _inline_chunks would yield, sent over a bounded queue."""
    for chunk in _inline_chunks(seed, n, chunk_size)(ctx, base, span_start):
        out.put(chunk)  # type: ignore[attr-defined]
    out.put(None)  # type: ignore[attr-defined]


def _process_chunks(seed: int, n: int, chunk_size: int) -> ChunkSource:
    """Chunks generated in a second process (two cores: generate chunk k+1 while inserting k)."""
    import multiprocessing as mp
    import queue

    def source(ctx: _Context, base: int, span_start: datetime) -> Iterator[_Chunk]:
        spawn = mp.get_context("spawn")
        out = spawn.Queue(maxsize=2)
        proc = spawn.Process(target=_produce, name="loandesk-demo-generate",
                             args=(ctx, seed, base, n, chunk_size, span_start, out), daemon=True)
        proc.start()
        try:
            while True:
                try:
                    chunk = out.get(timeout=2.0)
                except queue.Empty:
                    if not proc.is_alive():
                        raise ServiceError("生成演示数据的进程意外退出，未保存任何数据。") from None
                    continue
                if chunk is None:
                    return
                yield chunk
        finally:
            if proc.is_alive():
                proc.terminate()
            proc.join(timeout=10)
    return source


IN_PROCESS_MAX = 20_000


def fill(db: Database, n: int, *, seed: int = 1, progress: Callable[[int, int], bool | None] | None = None,
         force: bool = False, chunk_size: int = 20_000, in_process: bool | None = None) -> FillStats:
    """Insert ``n`` synthetic customers in ONE transaction (search index included).

    Refuses a non-demo database unless ``force``. ``progress(done, n)`` after each chunk; returning
    False cancels and nothing is kept. Secondary indexes are dropped and rebuilt when the load is
    larger than what is already there (a sort beats a million random B-tree inserts).

    Loads above IN_PROCESS_MAX rows run in a worker process on its own connection, with a second
    process generating the next chunk while this one is inserted (two cores busy) and a 1 GiB page
    cache that lives and dies with the worker, so the app's own memory stays small.
    """
    if not db.is_demo and not force:
        raise ServiceError("这不是演示数据库：为防止合成数据混入正式数据，已拒绝生成。"
                           "如确需在非演示库中生成（仅限测试环境），请使用 --force-non-demo。")
    if n <= 0:
        raise ServiceError("客户数量必须大于 0。")
    if in_process is None:
        in_process = n <= IN_PROCESS_MAX
    if in_process:
        with db.write() as session:
            return _load(session, n, seed, chunk_size, progress, db.is_demo)
    return _fill_in_worker(db, n, seed, chunk_size, progress)


def _fill_in_worker(db: Database, n: int, seed: int, chunk_size: int,
                    progress: Callable[[int, int], bool | None] | None) -> FillStats:
    import multiprocessing as mp
    import queue

    spawn = mp.get_context("spawn")  # a fresh interpreter: nothing inherited (Qt, open connections)
    messages = spawn.Queue()
    cancel = spawn.Event()
    worker = spawn.Process(target=_worker_main, name="loandesk-demo-fill",
                           args=(str(db.data.db), db.key_hex(), n, seed, chunk_size, db.is_demo, messages, cancel))
    worker.start()
    result: FillStats | None = None
    error: str | None = None
    try:
        while True:
            try:
                kind, payload = messages.get(timeout=1.0)
            except queue.Empty:
                if not worker.is_alive():
                    break
                continue
            if kind == "progress":
                if progress is not None and progress(payload, n) is False:
                    cancel.set()
            elif kind == "done":
                result = FillStats(*payload)
                break
            else:
                error = payload
                break
    finally:
        if result is None and worker.is_alive():  # interrupted here: stop the worker, its transaction rolls back
            cancel.set()
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
        worker.join()
    if result is None:
        raise ServiceError(error or "生成演示数据的后台进程意外退出，未保存任何数据。")
    return result


def _worker_main(path: str, key_hex: str, n: int, seed: int, chunk_size: int, is_demo: bool,
                 messages: object, cancel: object) -> None:
    """Worker process: its own keyed connection, one transaction, then exit."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from loandesk.store.engine import check_key

    def send(kind: str, payload: object) -> None:
        messages.put((kind, payload))  # type: ignore[attr-defined]

    try:
        raw = sqlcipher3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        raw.execute(f"PRAGMA key = \"x'{check_key(key_hex)}'\"")
        raw.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        for pragma in ("busy_timeout = 30000", "synchronous = FULL", "temp_store = MEMORY", "trusted_schema = OFF",
                       # the sorter behind each CREATE INDEX may use helper threads: a 1M-row index
                       # rebuild is the largest phase after inserting
                       f"threads = {min(4, os.cpu_count() or 1)}"):
            raw.execute(f"PRAGMA {pragma}")
        engine = create_engine("sqlite://", module=sqlcipher3, creator=lambda: raw, poolclass=StaticPool)
        with Session(engine) as session:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")

            def report(done: int, total: int) -> bool:
                send("progress", done)
                return not cancel.is_set()  # type: ignore[attr-defined]

            try:
                # 1 GiB page cache: the tables stay decrypted in memory while the indexes are rebuilt
                stats = _load(session, n, seed, chunk_size, report, is_demo, _process_chunks(seed, n, chunk_size),
                              cache_mib=1024)
                t0 = _time.perf_counter()
                session.commit()
            except BaseException:
                session.rollback()
                raise
        t1 = _time.perf_counter()
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()
        phases = {**stats.phases, "commit": t1 - t0, "checkpoint": _time.perf_counter() - t1}
        send("done", (stats.customers, stats.seconds + _time.perf_counter() - t0, stats.first_no, stats.last_no,
                      phases))
    except ServiceError as exc:
        send("error", exc.message)
    except Exception as exc:  # reported to the parent, which raises ServiceError
        send("error", f"生成演示数据失败：{type(exc).__name__}: {exc}")


def seed_demo(db: Database, n: int = 300) -> None:
    """What ``loandesk --demo`` runs on a fresh demo database: a few hundred customers."""
    fill(db, n, seed=2026)
