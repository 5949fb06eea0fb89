"""`python -m loandesk.risk` end to end: held-out quality, output contract, errors, determinism."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from loandesk.risk.german import adapt_row
from loandesk.risk.metrics import auc, brier, stratified_split
from loandesk.risk.pack import PACK_FORMAT_VERSION, default_pack_path, load_pack

DEV_CSV = Path("/work/shared/data/german_credit_dev.csv")
REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("LOANDESK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "loandesk.risk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=240,
    )


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def dev() -> tuple[list[str], list[dict[str, str]]]:
    return read_rows(DEV_CSV)


def test_held_out_quality_of_the_training_procedure(
    tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]]
) -> None:
    """Train via the CLI on a stratified 2/3, score the unseen 1/3 via the CLI.

    Over 20 different 2/3–1/3 splits the procedure measured AUC 0.714–0.792 (mean 0.767) and Brier
    0.165–0.195 (mean 0.174) on the unseen third; 500 training rows are fewer than the 750 the
    shipped pack uses. Thresholds sit near the 10th percentile of that spread; seed 0 (the first
    split tried, not a chosen one) gives AUC 0.769, Brier 0.175.
    """
    header, rows = dev
    y = np.array([1 if r["creditability"] == "bad" else 0 for r in rows])
    train_idx, test_idx = stratified_split(y, 1 / 3, seed=0)
    train_csv = write_rows(tmp_path / "train.csv", header, [rows[i] for i in train_idx])
    test_header = [c for c in header if c != "creditability"]
    test_csv = write_rows(tmp_path / "test.csv", test_header, [rows[i] for i in test_idx])
    pack_path = tmp_path / "pack.json"
    trained = run_cli("train", "--data", train_csv, "--out", pack_path, "--cv-repeats", "0")
    assert trained.returncode == 0, trained.stderr
    out = tmp_path / "scored.csv"
    scored = run_cli("score", "--data", test_csv, "--out", out, "--pack", pack_path)
    assert scored.returncode == 0, scored.stderr
    _, result = read_rows(out)
    assert len(result) == len(test_idx)
    pd = np.array([float(r["pd"]) for r in result])
    y_test = y[test_idx]
    assert auc(y_test, pd) >= 0.74
    assert auc(y_test, -np.array([int(r["score"]) for r in result])) >= 0.74
    assert brier(y_test, pd) <= 0.185
    assert abs(pd.mean() - y_test.mean()) <= 0.05


def test_score_with_shipped_pack_keeps_rows_and_order(
    tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]]
) -> None:
    header, rows = dev
    subset = rows[:200]
    no_target = [c for c in header if c != "creditability"]
    data = write_rows(tmp_path / "in.csv", no_target, subset)
    out = tmp_path / "out.csv"
    done = run_cli("score", "--data", data, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "警告" not in done.stderr
    out_header, result = read_rows(out)
    assert {"row", "score", "pd", "grade", "reason_1", "reason_code_1"} <= set(out_header)
    assert "creditability" not in out_header
    assert [int(r["row"]) for r in result] == list(range(1, 201))
    pack = load_pack()
    expected = [pack.score(adapt_row(r)) for r in subset]
    assert [int(r["score"]) for r in result] == [e.score for e in expected]
    assert [r["grade"] for r in result] == [e.grade for e in expected]
    assert np.allclose([float(r["pd"]) for r in result], [e.pd for e in expected], atol=1e-6)
    for r in result:
        assert 0 < float(r["pd"]) < 1
        if r["reason_1"]:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in r["reason_1"])
    # higher score is safer
    scores = np.array([int(r["score"]) for r in result])
    pds = np.array([float(r["pd"]) for r in result])
    assert np.all(np.diff(pds[np.argsort(scores)]) <= 1e-12)


def test_score_passes_creditability_through_when_present(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    done = run_cli("score", "--data", DEV_CSV, "--out", out, "--pack", default_pack_path())
    assert done.returncode == 0, done.stderr
    header, result = read_rows(out)
    _, source = read_rows(DEV_CSV)
    assert len(result) == 750
    assert [r["creditability"] for r in result] == [r["creditability"] for r in source]


def test_unknown_and_missing_categories_are_counted_not_fatal(
    tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]]
) -> None:
    header, rows = dev
    subset = [dict(r) for r in rows[:10]]
    subset[2]["purpose"] = "spaceship"
    subset[5]["purpose"] = "time machine"
    subset[7]["housing"] = ""
    data = write_rows(tmp_path / "in.csv", header, subset)
    out = tmp_path / "out.csv"
    done = run_cli("score", "--data", data, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "警告" in done.stderr and "贷款用途" in done.stderr and "无法识别 2 个" in done.stderr
    assert "住房情况" in done.stderr and "缺失 1 个" in done.stderr
    _, result = read_rows(out)
    assert len(result) == 10
    pack = load_pack()
    worst = pack.score(adapt_row({**subset[2], "purpose": "others"}))  # others/education = lowest bin
    assert int(result[2]["score"]) == worst.score


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda header, rows: ([c for c in header if c != "credit_amount"], rows), "缺少必需的列"),
        (lambda header, rows: (header, [{**rows[0], "credit_amount": "abc"}, *rows[1:]]), "不是有效数字"),
        (
            lambda header, rows: (header, [{**rows[0], "duration_in_month": "十二"}, *rows[1:]]),
            "不是有效数字",
        ),
        (lambda header, rows: (header, [{**rows[0], "age_in_years": "inf"}, *rows[1:]]), "不是有效数字"),
    ],
)
def test_malformed_csv_exits_2_with_chinese_message(
    tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]], mutate, message: str
) -> None:
    header, rows = mutate(*dev)
    data = write_rows(tmp_path / "bad.csv", header, rows[:20])
    done = run_cli("score", "--data", data, "--out", tmp_path / "out.csv")
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.csv").exists()


def test_other_input_errors_exit_2(tmp_path: Path) -> None:
    ragged = tmp_path / "ragged.csv"
    ragged.write_text(DEV_CSV.read_text(encoding="utf-8").splitlines()[0] + "\n1,2,3\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    cases = [
        (("score", "--data", ragged, "--out", tmp_path / "o.csv"), "字段数"),
        (("score", "--data", empty, "--out", tmp_path / "o.csv"), "为空"),
        (("score", "--data", tmp_path / "missing.csv", "--out", tmp_path / "o.csv"), "找不到数据文件"),
        (("score", "--data", DEV_CSV), "命令行参数错误"),
        (
            ("score", "--data", DEV_CSV, "--out", tmp_path / "o.csv", "--pack", tmp_path / "no.json"),
            "找不到评分卡包",
        ),
        (("train", "--data", ragged, "--out", tmp_path / "p.json"), "字段数"),
    ]
    for args, message in cases:
        done = run_cli(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_train_requires_valid_target(tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]]) -> None:
    header, rows = dev
    no_target = write_rows(tmp_path / "nt.csv", [c for c in header if c != "creditability"], rows)
    done = run_cli("train", "--data", no_target, "--out", tmp_path / "p.json")
    assert done.returncode == 2 and "creditability" in done.stderr
    bad_target = write_rows(tmp_path / "bt.csv", header, [{**rows[0], "creditability": "maybe"}, *rows[1:]])
    done = run_cli("train", "--data", bad_target, "--out", tmp_path / "p.json")
    assert done.returncode == 2 and "good 或 bad" in done.stderr


def test_newer_pack_format_is_refused_by_the_cli(tmp_path: Path) -> None:
    data = json.loads(default_pack_path().read_text(encoding="utf-8"))
    data["format_version"] = PACK_FORMAT_VERSION + 1
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = run_cli("score", "--data", DEV_CSV, "--out", tmp_path / "o.csv", "--pack", newer)
    assert done.returncode == 2
    assert "高于本程序支持的版本" in done.stderr and "升级" in done.stderr


def test_training_is_deterministic_and_monotone(
    tmp_path: Path, dev: tuple[list[str], list[dict[str, str]]]
) -> None:
    header, rows = dev
    data = write_rows(tmp_path / "part.csv", header, rows[:450])
    env = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01: fixed date, fixed pack
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        done = run_cli("train", "--data", data, "--out", out, "--cv-repeats", "1", env=env)
        assert done.returncode == 0, done.stderr
    assert first.read_bytes() == second.read_bytes()
    pack = json.loads(first.read_text(encoding="utf-8"))
    assert pack["created"] == "2026-01-01"
    assert pack["validation"]["repeats"] == 1
    for feature in pack["features"]:
        assert feature["field"] not in ("personal_status_and_sex", "foreign_worker")
        if feature["type"] == "numeric":
            woe = np.diff([b["woe"] for b in feature["bins"]])
            assert (woe > 0).all() or (woe < 0).all()
    assert load_pack(first).score(adapt_row(rows[0])).grade in "ABCDE"
