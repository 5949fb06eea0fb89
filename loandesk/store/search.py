"""Customer search: pinyin keys, the query planner over B-tree and FTS5 indexes, bulk indexing.

How one search box answers every query a clerk types (measured at 1,000,000 customers, see
tests/benchmarks/test_bench_search.py):

* The query is classified — digits (ID/phone/customer no.), latin letters (pinyin), letters and
  digits (USCC, customer no.), anything else (names, business names).
* Each class has an ordered list of *tiers*: exact matches, then prefix/suffix ("tail") matches,
  then substring matches. Every exact/prefix/suffix tier is one ordered range scan on a covering
  ``(key, sn)`` index (``INDEXED BY`` so the planner cannot wander), so a one- or two-character
  query (``张``, ``zs``, ``13``) costs the same as a long one. Suffix search uses generated reversed
  columns (``id_rev``, ``mobile_rev``, ``name_rev``).
* Substrings of three or more characters go to the trigram FTS5 table ``customer_fts`` as a
  phrase query (``detail=full``: positions make it an exact substring match inside the index).
  One or two Chinese characters *inside* a business name or a long (4+ character) personal name
  are found through the trigrams that start with them (:func:`_inside`), after every
  exact/prefix/suffix tier.
* A complete identifier (18-character ID, 11-digit mobile, full customer number, USCC) that
  matches exactly ends the search: partial matches of the same digits would only be noise.
* Tiers run in order with ``LIMIT offset+limit+1`` each, de-duplicated in Python, and stop once the
  page is full: the first page of a common query usually touches one or two indexes only.

The FTS index is maintained by triggers (migration 0002) in the same transaction as the row.
Bulk loaders switch the triggers off for their own transaction with :func:`bulk_load` and index
the new rows in one statement, which is ~5x faster than per-row trigger inserts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any

from pypinyin import lazy_pinyin
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from loandesk.domain.validators import normalize_text

CHINA_TZ = timezone(timedelta(hours=8))
MAX_QUERY_LEN = 64

# --- pinyin ------------------------------------------------------------------------------------

# Surnames whose surname reading differs from the most common reading of the character.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "覃": "qin", "乐": "yue", "缪": "miao", "盖": "ge", "召": "shao", "那": "na", "员": "yun",
    "翟": "zhai", "祭": "zhai", "种": "chong", "秘": "bi", "折": "she", "句": "gou", "繁": "po",
    "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun", "单于": "chanyu", "澹台": "tantai",
    "令狐": "linghu", "皇甫": "huangfu", "宓": "fu", "訾": "zi", "阚": "kan", "沈": "shen",
    "藏": "zang", "柏": "bai", "薄": "bo", "重": "chong", "华": "hua", "任": "ren", "纪": "ji",
    "燕": "yan", "冼": "xian", "洗": "xian", "隗": "wei", "黑": "he", "殷": "yin", "适": "kuo",
}
_ASCII_ALNUM = re.compile(r"[0-9a-z]+")


def _keep_ascii(segment: str) -> list[str]:
    """pypinyin hands non-Chinese runs here: keep latin letters/digits, drop the rest (·, spaces)."""
    return _ASCII_ALNUM.findall(segment.lower())


@lru_cache(maxsize=65536)
def _readings(part: str) -> tuple[str, ...]:
    if all(ch in _SINGLE_READING for ch in part) or (
            all("\u4e00" <= ch <= "\u9fff" for ch in part) and not _has_phrase(part)):
        # context cannot change any reading (one reading per character, or no phrase of
        # pypinyin's dictionary inside): per-character cache. An import sees tens of thousands
        # of distinct names and pypinyin costs ~100 us a name.
        return tuple(r for ch in part for r in _char_reading(ch))
    return tuple(s for s in lazy_pinyin(part, errors=_keep_ascii) if s)


def _has_phrase(part: str) -> bool:
    """Does any run of 2+ characters of ``part`` have its own entry in pypinyin's phrase table?"""
    n = len(part)
    return any(part[i:j] in phrases_dict for i in range(n - 1) for j in range(i + 2, n + 1))


@lru_cache(maxsize=16384)
def _char_reading(ch: str) -> tuple[str, ...]:
    return tuple(s for s in lazy_pinyin(ch, errors=_keep_ascii) if s)


def _toneless(reading: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", reading) if not unicodedata.combining(ch))


# characters whose readings differ in tone only (华 huá/huà): the toneless key cannot depend on context
_SINGLE_READING = frozenset(chr(cp) for cp, readings in pinyin_dict.items()
                            if len({_toneless(r) for r in readings.split(",")}) == 1)


def split_surname(name: str) -> tuple[str, str]:
    """(surname, given name) when the surname has a special reading, else ("", name)."""
    if len(name) > 2 and name[:2] in SURNAME_READINGS:
        return name[:2], name[2:]
    if len(name) > 1 and name[:1] in SURNAME_READINGS:
        return name[:1], name[1:]
    return "", name


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) for a name, lower-case ASCII: 张三丰 -> ("zhangsanfeng", "zsf").

    The surname takes its surname reading (曾 zeng, 单 shan, 解 xie …); the rest takes the common
    reading in context. ü is written v, as clerks type it. Characters pypinyin does not know are
    skipped (they cannot be typed as pinyin anyway). Parts are cached, so bulk loads stay fast.
    """
    s = normalize_text(name).strip()
    surname, given = split_surname(s)
    syllables = (_split_surname(surname, SURNAME_READINGS[surname]) if surname else ()) + _readings(given)
    return "".join(syllables)[:200], "".join(x[0] for x in syllables)[:50]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, str]:
    """Cached :func:`pinyin_keys` for the one-at-a-time paths (forms, imports)."""
    return pinyin_keys(name)


def _split_surname(sur: str, reading: str) -> tuple[str, ...]:
    if len(sur) == 1:
        return (reading,)
    first = _readings(sur[0])
    head = first[0] if first and reading.startswith(first[0]) else reading[: len(reading) // 2]
    return (head, reading[len(head):])


# --- query classification ------------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9]+[X]?")
_LETTERS = re.compile(r"[a-z]+")
_ALNUM = re.compile(r"[0-9A-Z]+")
_DIGIT_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.]+")
_LETTER_SEPARATORS = re.compile(r"[\s'’]+")


def normalize_query(query: str | None) -> str:
    """What was typed -> what is searched: half-width, no control/format characters, trimmed."""
    s = normalize_text(query or "")
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    return s.strip()[:MAX_QUERY_LEN]


@dataclass(frozen=True)
class Tier:
    """One ranked way a query can match: ``sql`` selects ``sn`` in rank order, ``LIMIT :n``.

    ``conclusive``: an exact hit on a complete identifier (18-character ID, 11-digit mobile, full
    customer number, USCC) ends the search — the clerk typed that customer, partial matches of the
    same digits elsewhere would only be noise.
    """

    code: str
    sql: str
    params: dict[str, Any]
    conclusive: bool = False
    # A tier whose final SQL needs a lookup first (see _inside): called when the tier is reached,
    # returns the tier to run, or None when it cannot match anything.
    expand: Callable[[Session], Tier | None] | None = None


@dataclass(frozen=True)
class Filters:
    """Search filters. ``created_from``/``created_to`` are China-time calendar days, inclusive."""

    status: str | None = None  # None = all; "active" | "archived"
    assigned_clerk_id: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    kind: str | None = None


SORTS = ("relevance", "customer_no", "customer_no_desc", "name", "created_desc", "created_asc")
# sort -> (index that yields that order, ORDER BY)
_SORT_SQL: dict[str, tuple[str | None, str]] = {
    "customer_no": ("uq_customers_customer_no", "c.customer_no"),
    "customer_no_desc": ("uq_customers_customer_no", "c.customer_no DESC"),
    "name": ("ix_customers_name_pinyin_sn", "c.name_pinyin, c.sn"),
    "created_desc": ("ix_customers_created_at_sn", "c.created_at DESC, c.sn DESC"),
    "created_asc": ("ix_customers_created_at_sn", "c.created_at, c.sn"),
}


def _db_datetime(value: datetime) -> str:
    """The text form SQLAlchemy's SQLite DateTime stores (naive UTC, microseconds)."""
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _filter_sql(f: Filters, alias: str = "c") -> tuple[str, dict[str, Any]]:
    parts: list[str] = []
    params: dict[str, Any] = {}
    if f.status is not None:
        if f.status not in ("active", "archived"):
            raise ValueError(f"unknown status {f.status!r}")
        # literal (validated above) so the partial index on archived rows can be used
        parts.append(f"{alias}.status = '{f.status}'")
    if f.assigned_clerk_id is not None:
        parts.append(f"{alias}.assigned_clerk_id = :f_clerk")
        params["f_clerk"] = f.assigned_clerk_id
    if f.created_from is not None:
        parts.append(f"{alias}.created_at >= :f_from")
        params["f_from"] = _db_datetime(datetime.combine(f.created_from, time(), CHINA_TZ))
    if f.created_to is not None:
        parts.append(f"{alias}.created_at < :f_to")
        params["f_to"] = _db_datetime(datetime.combine(f.created_to + timedelta(days=1), time(), CHINA_TZ))
    if f.kind is not None:
        parts.append(f"{alias}.kind = :f_kind")
        params["f_kind"] = f.kind
    return "".join(f" AND {p}" for p in parts), params


def _successor(s: str) -> str:
    """Smallest string greater than every string starting with ``s`` (code-point order = UTF-8 order)."""
    last = ord(s[-1])
    nxt = last + 1
    if 0xD800 <= nxt <= 0xDFFF:
        nxt = 0xE000
    if nxt > 0x10FFFF:
        return s + "\U0010ffff"
    return s[:-1] + chr(nxt)


def _range(code: str, index: str | None, column: str, value: str, filters: str, fparams: dict) -> Tier:
    hint = f" INDEXED BY {index}" if index else ""
    sql = (f"SELECT c.sn FROM customers AS c{hint} "
           f"WHERE c.{column} >= :lo AND c.{column} < :hi{filters} ORDER BY c.{column}, c.sn LIMIT :n")
    return Tier(code, sql, {"lo": value, "hi": _successor(value), **fparams})


def _exact(code: str, index: str | None, column: str, value: str, filters: str, fparams: dict, *,
           conclusive: bool = False) -> Tier:
    hint = f" INDEXED BY {index}" if index else ""
    sql = f"SELECT c.sn FROM customers AS c{hint} WHERE c.{column} = :v{filters} ORDER BY c.sn LIMIT :n"
    return Tier(code, sql, {"v": value, **fparams}, conclusive)


def _substring(q: str, filters: str, fparams: dict) -> Tier:
    """Any part of name, business name, ID number or mobile: an FTS5 trigram *phrase* query.

    With detail=full the phrase match is exact (positions are checked inside the index), so no
    row has to be read to confirm it; trigram matching folds ASCII case.
    """
    match = '"' + q.replace('"', '""') + '"'
    if filters:
        sql = ("SELECT c.sn FROM customer_fts AS f CROSS JOIN customers AS c ON c.sn = f.rowid "
               f"WHERE f.customer_fts MATCH :m{filters} ORDER BY f.rowid LIMIT :n")
    else:
        sql = "SELECT f.rowid FROM customer_fts AS f WHERE f.customer_fts MATCH :m ORDER BY f.rowid LIMIT :n"
    return Tier("substring", sql, {"m": match, **fparams})


def plan(query: str, filters: Filters | None = None) -> list[Tier]:
    """The ranked tiers for a normalised query (empty query -> no tiers; use browse())."""
    q = normalize_query(query)
    if not q:
        return []
    fsql, fparams = _filter_sql(filters or Filters())
    tiers: list[Tier] = []
    digits = _DIGIT_SEPARATORS.sub("", q).upper()
    letters = _LETTER_SEPARATORS.sub("", q).lower()
    if _DIGITS.fullmatch(digits):
        q = digits
        rev = q[::-1]
        complete = len(q) >= 11  # a whole mobile, customer number or ID number
        if len(q) == 18:
            tiers.append(_exact("id_number", "uq_customers_id_number", "id_number", q, fsql, fparams,
                                conclusive=True))
        if len(q) == 11:
            tiers.append(_exact("mobile", "ix_customers_mobile_sn", "mobile", q, fsql, fparams, conclusive=True))
        if len(q) >= 8:
            tiers.append(_exact("customer_no", "uq_customers_customer_no", "customer_no", q, fsql, fparams,
                                conclusive=complete))
        if len(q) < 18:
            tiers.append(_range("id_tail", "ix_customers_id_rev_sn", "id_rev", rev, fsql, fparams))
        if len(q) < 11 and q.isdigit():
            tiers.append(_range("mobile_tail", "ix_customers_mobile_rev_sn", "mobile_rev", rev, fsql, fparams))
        if len(q) >= 6:
            tiers.append(_range("customer_no_prefix", "uq_customers_customer_no", "customer_no", q, fsql, fparams))
        if len(q) < 11 and q.isdigit():
            tiers.append(_range("mobile_prefix", "ix_customers_mobile_sn", "mobile", q, fsql, fparams))
        if len(q) < 18:
            tiers.append(_range("id_prefix", "uq_customers_id_number", "id_number", q, fsql, fparams))
        if len(q) >= 3:
            tiers.append(_substring(q, fsql, fparams))
    elif _LETTERS.fullmatch(letters):
        q = letters
        tiers.append(_exact("initials", "ix_customers_name_initials_sn", "name_initials", q, fsql, fparams))
        tiers.append(_exact("pinyin", "ix_customers_name_pinyin_sn", "name_pinyin", q, fsql, fparams))
        tiers.append(_range("initials_prefix", "ix_customers_name_initials_sn", "name_initials", q, fsql, fparams))
        tiers.append(_range("pinyin_prefix", "ix_customers_name_pinyin_sn", "name_pinyin", q, fsql, fparams))
        if len(q) >= 3:
            tiers.append(_substring(q, fsql, fparams))
    elif _ALNUM.fullmatch(digits):
        q = digits
        if len(q) == 18:
            tiers.append(_exact("uscc", "ix_customers_uscc", "uscc", q, fsql, fparams, conclusive=True))
        tiers.append(_exact("customer_no", "uq_customers_customer_no", "customer_no", q, fsql, fparams,
                            conclusive=True))
        tiers.append(_range("customer_no_prefix", "uq_customers_customer_no", "customer_no", q, fsql, fparams))
        if len(q) >= 3:
            tiers.append(_substring(q, fsql, fparams))
    else:
        q = re.sub(r"\s+", "", q) if re.search(r"[\u3400-\u9fff]", q) else q
        tiers.append(_exact("name", "ix_customers_name_sn", "name", q, fsql, fparams))
        tiers.append(_exact("business_name", "ix_customers_business_name_sn", "business_name", q, fsql, fparams))
        tiers.append(_range("name_prefix", "ix_customers_name_sn", "name", q, fsql, fparams))
        tiers.append(_range("business_name_prefix", "ix_customers_business_name_sn", "business_name", q,
                            fsql, fparams))
        if len(q) <= 8:
            tiers.append(_range("name_suffix", "ix_customers_name_rev_sn", "name_rev", q[::-1], fsql, fparams))
        if _SHORT_CJK.fullmatch(q):
            tiers.extend(_inside(q, fsql, fparams))
        if len(q) >= 3:
            tiers.append(_substring(q, fsql, fparams))
    return tiers


_SHORT_CJK = re.compile(r"[\u3400-\u9fff]{1,2}")
# (tier, partial index, the index's WHERE as a query must repeat it, column, through the trigrams?)
_INSIDE = (
    # long names are too few to be worth the trigrams: the rows holding two characters are mostly
    # business names and short names, each a row read to reject it; the partial index is tiny
    ("name_inside", "ix_customers_long_name_sn", "length(c.name) >= 4", "name", False),
    ("business_name_inside", "ix_customers_business_name_sn", "c.business_name IS NOT NULL", "business_name",
     True),
)
_MAX_TERMS = 300  # more trigrams than this start with the query (a common character): scan instead
_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.customer_fts_vocab USING fts5vocab(main, customer_fts, row)"


def _inside(q: str, filters: str, fparams: dict) -> list[Tier]:
    """One or two Chinese characters inside a business name (五金 in 王五五金店) or inside a personal
    name of four or more characters (阳娜 in 欧阳娜娜), which a trigram phrase cannot express.

    Every occurrence of ``q`` in the indexed text is the start of some trigram (the text goes on
    with a space or another character), so the trigrams that *start with* ``q`` — a range of the
    FTS vocabulary, usually a handful — OR-ed together find every row that holds ``q``; a check on
    the row keeps the hits inside a business name. No trigram, no row: a query that matches nothing
    costs one vocabulary lookup. Long names, and business names for a character so common that
    more than ``_MAX_TERMS`` trigrams start with it, are found by scanning a *partial* covering
    index (only the long names / only the rows with a business name: a few percent of the
    customers), which stops as soon as the page is full. Hits at the start (``instr = 1``) were
    found by the prefix tiers; a suffix hit keeps its earlier rank.
    """
    out = []
    for code, index, partial, column, via_trigrams in _INSIDE:
        check = f"{partial} AND instr(c.{column}, :v) > 1"
        scan = Tier(code, f"SELECT c.sn FROM customers AS c INDEXED BY {index} WHERE {check}{filters} "
                          f"ORDER BY c.{column}, c.sn LIMIT :n", {"v": q, **fparams})

        def expand(session: Session, scan: Tier = scan, check: str = check, via_trigrams: bool = via_trigrams
                   ) -> Tier | None:
            terms = _trigrams_starting_with(session, q)
            if terms is None or (terms and not via_trigrams):
                return scan
            if not terms:
                return None
            match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
            sql = ("SELECT c.sn FROM customer_fts AS f CROSS JOIN customers AS c ON c.sn = f.rowid "
                   f"WHERE f.customer_fts MATCH :m AND {check}{filters} ORDER BY f.rowid LIMIT :n")
            return Tier(scan.code, sql, {"m": match, "v": q, **fparams})

        out.append(Tier(code, scan.sql, scan.params, expand=expand))
    return out


def _trigrams_starting_with(session: Session, q: str) -> list[str] | None:
    """Trigram terms of the FTS index that start with ``q`` (None: more than ``_MAX_TERMS``).

    Read through a per-connection TEMP fts5vocab table (no schema change, nothing written to the
    database file); cached for the session, both inside tiers ask.
    """
    cache = session.info.setdefault("loandesk.trigram_terms", {})
    if q not in cache:
        session.execute(text(_VOCAB))
        terms = list(session.execute(text("SELECT term FROM temp.customer_fts_vocab WHERE term >= :lo AND "
                                          "term < :hi LIMIT :k"),
                                     {"lo": q, "hi": _successor(q), "k": _MAX_TERMS + 1}).scalars())
        cache[q] = None if len(terms) > _MAX_TERMS else terms
    return cache[q]


def _resolve(session: Session, tier: Tier) -> Tier | None:
    return tier.expand(session) if tier.expand is not None else tier


def _resolved(session: Session, tiers: Sequence[Tier]) -> list[Tier]:
    return [t for t in (_resolve(session, x) for x in tiers) if t is not None]


# --- running searches ----------------------------------------------------------------------------

@dataclass
class Hits:
    """Ranked ``sn`` values for one page, the tier each matched in, and whether more follow."""

    sns: list[int]
    matched: dict[int, str] = field(default_factory=dict)
    has_more: bool = False


def _run(session: Session, sql: str, params: dict[str, Any]) -> list[int]:
    return [row[0] for row in session.execute(text(sql), params)]


def search(session: Session, query: str, filters: Filters | None = None, *, sort: str = "relevance",
           offset: int = 0, limit: int = 50) -> Hits:
    """One page of matches, best first (or in ``sort`` order). Empty query = browse everything."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    offset, limit = max(0, int(offset)), max(1, min(int(limit), 1000))
    filters = filters or Filters()
    tiers = plan(query, filters)
    if not tiers:
        if normalize_query(query):
            return Hits([])
        return _browse(session, filters, sort, offset, limit)
    if sort != "relevance":
        return _sorted_matches(session, tiers, sort, offset, limit)
    need = offset + limit + 1
    seen = _collect(session, tiers, need)
    ordered = list(seen)
    page = ordered[offset:offset + limit]
    return Hits(page, {sn: seen[sn] for sn in page}, len(ordered) > offset + limit)


def _collect(session: Session, tiers: Sequence[Tier], need: int) -> dict[int, str]:
    """sn -> tier code for the first ``need`` matches in rank order (insertion order = rank)."""
    seen: dict[int, str] = {}
    for planned in tiers:
        if len(seen) >= need:
            break
        tier = _resolve(session, planned)
        if tier is None:
            continue
        for sn in _run(session, tier.sql, {**tier.params, "n": need}):
            seen.setdefault(sn, tier.code)
        if tier.conclusive and seen:
            break
    return seen


def _browse(session: Session, filters: Filters, sort: str, offset: int, limit: int) -> Hits:
    """No query: everything that passes the filters, newest first unless another sort is asked."""
    fsql, fparams = _filter_sql(filters)
    if sort == "relevance":
        sort = "created_desc"
    index, order = _SORT_SQL[sort]
    if filters.status == "archived":
        index = "ix_customers_archived_sn"  # the (usually small) archived set, then sorted
    hint = f" INDEXED BY {index}" if index else ""
    where = fsql[5:] if fsql else "1"
    sql = (f"SELECT c.sn FROM customers AS c{hint} WHERE {where} "
           f"ORDER BY {order} LIMIT :n OFFSET :o")
    sns = _run(session, sql, {**fparams, "n": limit + 1, "o": offset})
    return Hits(sns[:limit], {}, len(sns) > limit)


def _union_sql(tiers: Sequence[Tier]) -> tuple[str, dict[str, Any]]:
    """All tiers as one UNION (no limits), parameters renamed per tier."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    for i, tier in enumerate(tiers):
        sql = tier.sql.rsplit(" ORDER BY ", 1)[0]
        for name, value in tier.params.items():
            new = f"t{i}_{name}"
            sql = re.sub(rf":{name}\b", f":{new}", sql)
            params[new] = value
        parts.append(sql)
    return " UNION ".join(parts), params


def _conclusive(session: Session, tiers: Sequence[Tier]) -> list[Tier] | None:
    """The exact tier that settles a complete-identifier query, if it has a hit."""
    for tier in tiers:
        if not tier.conclusive:
            return None
        if _run(session, tier.sql, {**tier.params, "n": 1}):
            return [tier]
    return None


def _sorted_matches(session: Session, tiers: Sequence[Tier], sort: str, offset: int, limit: int) -> Hits:
    tiers = _conclusive(session, tiers) or _resolved(session, tiers)
    union, params = _union_sql(tiers)
    _index, order = _SORT_SQL[sort]
    sql = (f"SELECT c.sn FROM customers AS c WHERE c.sn IN ({union}) "
           f"ORDER BY {order} LIMIT :n OFFSET :o")
    sns = _run(session, sql, {**params, "n": limit + 1, "o": offset})
    return Hits(sns[:limit], {}, len(sns) > limit)


def count(session: Session, query: str, filters: Filters | None = None, *, cap: int | None = None) -> int:
    """Number of matches (all tiers, de-duplicated). With ``cap`` it stops counting there (fast:
    the ranked tiers are read only until ``cap`` distinct rows are seen)."""
    filters = filters or Filters()
    tiers = plan(query, filters)
    if not tiers:
        if normalize_query(query):
            return 0
        fsql, fparams = _filter_sql(filters)
        where = fsql[5:] if fsql else "1"
        limit = "" if cap is None else f" LIMIT {int(cap)}"
        sql = f"SELECT count(*) FROM (SELECT 1 FROM customers AS c WHERE {where}{limit})"
        return int(session.execute(text(sql), fparams).scalar_one())
    if cap is not None:
        return min(len(_collect(session, tiers, int(cap))), int(cap))
    tiers = _conclusive(session, tiers) or _resolved(session, tiers)
    union, params = _union_sql(tiers)
    return int(session.execute(text(f"SELECT count(*) FROM ({union})"), params).scalar_one())


# --- maintenance -----------------------------------------------------------------------------------

def check_index(session: Session) -> list[str]:
    """FTS5's own integrity check against the customers table; [] when in step."""
    try:
        session.execute(text("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)"))
    except Exception as exc:  # any failure is a finding, reported by the caller
        return [f"客户搜索索引与客户表不一致：{exc}"]
    return []


def rebuild_index(session: Session) -> None:
    """Rebuild the whole trigram index from the customers table (repair tool; run in a write txn)."""
    session.execute(text("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')"))


def max_sn(conn: Connection | Session) -> int:
    return int(conn.execute(text("SELECT coalesce(max(sn), 0) FROM customers")).scalar_one())


FTS_HASH_DEFAULT = 1024 * 1024  # FTS5's own default for the 'hashsize' option
FTS_HASH_BULK = 256 * 1024 * 1024  # memory the term hash may use while a big load is indexed
BIG_FTS_LOAD_ROWS = 50_000


@contextmanager
def bulk_load(conn: Connection, *, defer_indexes: bool = False) -> Iterator[int]:
    """Inside ONE write transaction: insert many *new* customers fast, then index them at once.

    Yields the highest ``sn`` before loading; every row inserted meanwhile must have a larger sn and
    must not be updated or deleted inside the block. The FTS triggers are dropped for the block and
    recreated from their stored SQL (per-row trigger calls made inserts ~5x slower); the new rows
    are then indexed with one INSERT ... SELECT. DDL is transactional in SQLite: other connections
    never see the triggers missing, and an exception rolls everything back. ``defer_indexes`` does
    the same with the customer tables' indexes (unique ones included, so uniqueness is re-checked
    when they are rebuilt) — a sort instead of a million random B-tree inserts.
    """
    before = max_sn(conn)
    tables = "('customers', 'customer_profiles', 'customer_contacts', 'customer_consents')"
    kinds = "('trigger', 'index')" if defer_indexes else "('trigger')"
    rows = conn.execute(text(
        f"SELECT type, name, sql FROM sqlite_schema WHERE type IN {kinds} AND sql IS NOT NULL "
        f"AND tbl_name IN {tables} AND (type = 'index' OR name LIKE 'customers_fts_%')")).all()
    for kind, name, _sql in rows:
        conn.execute(text(f'DROP {kind.upper()} "{name}"'))
    yield before
    for _kind, _name, sql in sorted(rows, key=lambda r: r[0] != "index"):  # indexes first, then triggers
        conn.execute(text(sql))
    # FTS5 flushes its in-memory term hash to a new segment every FTS_HASH_DEFAULT bytes and keeps
    # merging those segments; one bigger hash for this statement (it is a persistent table option,
    # so it is set back in the same transaction) made indexing 1M customers 17.4 → 10.8 s.
    new_rows = conn.execute(text("SELECT count(*) FROM customers WHERE sn > :b"), {"b": before}).scalar_one()
    big = new_rows >= BIG_FTS_LOAD_ROWS
    if big:
        conn.execute(text(f"INSERT INTO customer_fts(customer_fts, rank) VALUES ('hashsize', {FTS_HASH_BULK})"))
    conn.execute(text("INSERT INTO customer_fts(rowid, search_keys) "
                      "SELECT sn, search_keys FROM customer_search_keys WHERE sn > :b ORDER BY sn"), {"b": before})
    if big:
        conn.execute(text(f"INSERT INTO customer_fts(customer_fts, rank) VALUES ('hashsize', {FTS_HASH_DEFAULT})"))
    if defer_indexes:  # a big load: merge the index into one segment (faster queries, ~3 s per 1M rows)
        conn.execute(text("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')"))
