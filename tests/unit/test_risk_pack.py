"""The shipped scorecard pack: validation on load, single and batch scoring, reasons, speed."""

from __future__ import annotations

import copy
import csv
import json
import math
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from loandesk.risk.features import ApplicantFeatures
from loandesk.risk.german import adapt_row
from loandesk.risk.pack import (
    GRADES,
    PACK_FORMAT,
    PACK_FORMAT_VERSION,
    PackError,
    ScorecardPack,
    ScoreResult,
    default_pack_path,
    load_pack,
)

DEV_CSV = Path("/work/shared/data/german_credit_dev.csv")


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture(scope="module")
def dev_features() -> list[ApplicantFeatures]:
    with DEV_CSV.open(encoding="utf-8") as handle:
        return [adapt_row(row) for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def pack_data() -> dict[str, Any]:
    return json.loads(default_pack_path().read_text(encoding="utf-8"))


def test_default_pack_loads_and_is_cached() -> None:
    pack = load_pack()
    assert pack is load_pack()
    assert pack.data["format"] == PACK_FORMAT
    assert pack.data["format_version"] == PACK_FORMAT_VERSION
    assert pack.model_version
    assert default_pack_path().name == "default_pack.json"


def test_pack_documents_scaling_calibration_grades_and_validation(pack_data: dict[str, Any]) -> None:
    scaling = pack_data["scaling"]
    assert (scaling["base_score"], scaling["base_odds"], scaling["pdo"]) == (600, 19.0, 20.0)
    pack = load_pack()
    # 600 points <=> good:bad odds 19:1 <=> PD 5%; +20 points halves the odds of default
    assert pack.pd_for_score(600) == pytest.approx(0.05, abs=1e-6)
    odds = [(1 - pack.pd_for_score(s)) / pack.pd_for_score(s) for s in (600, 620)]
    assert odds[1] / odds[0] == pytest.approx(2.0, rel=1e-6)
    assert [g["grade"] for g in pack_data["grades"]] == list(GRADES)
    for grade in pack_data["grades"]:
        assert 0 <= grade["pd_min"] < grade["pd_max"] <= 1
    validation = pack_data["validation"]
    for model in ("scorecard", "plain_logistic"):
        for metric in ("auc", "ks", "brier", "mean_pd"):
            assert 0 < validation[model]["per_fold"][metric]["mean"] < 1
    assert validation["repeats"] * validation["folds"] >= 25
    assert pack_data["training_data"]["rows"] == 750
    assert "hard_rules" not in pack_data and "thresholds" not in pack_data


def test_numeric_bins_have_monotone_woe_and_points(pack_data: dict[str, Any]) -> None:
    numeric = [f for f in pack_data["features"] if f["type"] == "numeric"]
    assert len(numeric) >= 3
    for feature in numeric:
        woe = [b["woe"] for b in feature["bins"]]
        points = [b["points"] for b in feature["bins"]]
        diffs = np.diff(woe)
        assert (diffs > 0).all() or (diffs < 0).all(), feature["field"]
        pdiffs = np.diff(points)
        assert (pdiffs >= 0).all() or (pdiffs <= 0).all(), feature["field"]
        edges = [b["lower"] for b in feature["bins"][1:]]
        assert edges == sorted(edges) and feature["bins"][0]["lower"] is None


def test_every_low_points_bin_has_a_chinese_reason(pack_data: dict[str, Any]) -> None:
    for feature in pack_data["features"]:
        assert _has_cjk(feature["label"])
        best = max(b["points"] for b in feature["bins"])
        for b in feature["bins"]:
            assert isinstance(b["points"], int)
            if b["points"] < best:
                assert b["reason"] and _has_cjk(b["reason"])


def test_score_one_application(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    result = pack.score(dev_features[0])
    assert isinstance(result, ScoreResult)
    assert isinstance(result.score, int)
    assert 0.0 < result.pd < 1.0
    assert result.grade in GRADES
    assert len(result.contributions) == len(pack.feature_fields)
    assert result.score == pack.base_points + sum(c[3] for c in result.contributions)
    for field_name, label, bin_label, points in result.contributions:
        assert field_name in pack.feature_fields and _has_cjk(label) and bin_label
        assert isinstance(points, int)
    assert 3 <= len(result.reasons) <= 5
    assert all(_has_cjk(text) for text in result.reasons)


def test_reasons_are_the_largest_point_losses(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    best = {f["field"]: max(b["points"] for b in f["bins"]) for f in pack.data["features"]}
    for features in dev_features[:100]:
        result = pack.score(features)
        assert 3 <= len(result.reasons) <= 5
        losses = {c[0]: best[c[0]] - c[3] for c in result.contributions}
        positive = [code for code in result.reason_codes if losses[code] > 0]
        cited = [losses[code] for code in positive]
        assert cited == sorted(cited, reverse=True)
        if positive:
            uncited = [loss for code, loss in losses.items() if code not in result.reason_codes]
            assert max(uncited, default=0) <= min(cited)


def test_higher_score_means_lower_pd_and_better_grade(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    results = sorted((pack.score(f) for f in dev_features), key=lambda r: r.score)
    pds = [r.pd for r in results]
    assert all(a >= b for a, b in zip(pds, pds[1:], strict=False))
    grades = [GRADES.index(r.grade) for r in results]
    assert all(a >= b for a, b in zip(grades, grades[1:], strict=False))
    assert {r.grade for r in results} == set(GRADES)


def test_single_score_is_fast(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    pack.score(dev_features[0])
    timings = []
    for features in dev_features[:200]:
        start = time.perf_counter()
        pack.score(features)
        timings.append(time.perf_counter() - start)
    assert float(np.median(timings)) < 0.005
    assert max(timings) < 0.05


def test_score_many_matches_score(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    batch = pack.score_many(dev_features)
    singles = [pack.score(f) for f in dev_features]
    assert batch.score.tolist() == [r.score for r in singles]
    assert np.allclose(batch.pd, [r.pd for r in singles])
    assert batch.grade.tolist() == [r.grade for r in singles]
    texts = batch.reason_texts(3)
    for row, result in zip(texts, singles, strict=True):
        assert (
            row
            == [r for r, code in zip(result.reasons, result.reason_codes, strict=True) if "最优档" not in r][
                :3
            ]
        )


def test_score_many_accepts_columns(dev_features: list[ApplicantFeatures]) -> None:
    pack = load_pack()
    columns = {name: [getattr(f, name) for f in dev_features] for name in pack.feature_fields}
    from_columns = pack.score_many(columns)
    assert from_columns.score.tolist() == pack.score_many(dev_features).score.tolist()


def test_missing_and_unknown_values_get_the_most_conservative_bin() -> None:
    pack = load_pack()
    empty = pack.score(ApplicantFeatures())
    assert empty.score == pack.base_points  # every feature in its lowest (0-point) bin
    assert len(empty.warnings) == len(pack.feature_fields)
    assert all("最保守" in w for w in empty.warnings)
    odd = pack.score(ApplicantFeatures(purpose="spaceship", housing="castle"))
    purpose_points = {c[0]: c[3] for c in odd.contributions}
    assert purpose_points["purpose"] == 0
    assert any("无法识别" in w and "spaceship" in w for w in odd.warnings)
    batch = pack.score_many(
        {name: ["spaceship", None] for name in pack.feature_fields if name == "purpose"}
        | {name: [None, None] for name in pack.feature_fields if name != "purpose"}
    )
    assert batch.unknown_counts["purpose"] == 1 and batch.missing_counts["purpose"] == 1
    assert batch.score.tolist() == [pack.base_points, pack.base_points]


def test_loandesk_native_values_score() -> None:
    """A LoanDesk application (Chinese labels, agriculture purpose) scores without warnings."""
    pack = load_pack()
    features = ApplicantFeatures(
        account_balance_band="余额较低",
        term_months=12,
        credit_history="现有贷款正常还款",
        purpose="农业生产",
        amount_yuan=Decimal("30000.00"),
        savings_band="存款一般",
        employment_years=6,
        installment_burden_pct=28.5,
        has_guarantor=True,
        has_co_applicant=False,
        residence_years=12,
        property_type="房产",
        age=41,
        other_loans="无",
        housing="自有住房",
        existing_credits_count=1,
        occupation="管理人员、个体经营或高技能人员",
        dependants=2,
        has_phone=True,
    )
    result = pack.score(features)
    assert result.warnings == []
    assert result.grade in GRADES


def test_numeric_garbage_raises_chinese_value_error() -> None:
    pack = load_pack()
    with pytest.raises(ValueError, match="不是有效数字"):
        pack.score(ApplicantFeatures(term_months="abc"))  # type: ignore[arg-type]


# ------------------------------------------------------------------ validation on load
def _broken(pack_data: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(pack_data)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "不是 LoanDesk 评分卡包"),
        (lambda d: d.update(format_version=PACK_FORMAT_VERSION + 1), "高于本程序支持的版本"),
        (lambda d: d.update(format_version="1"), "format_version"),
        (lambda d: d.pop("calibration"), "calibration"),
        (lambda d: d.update(features=[]), "没有任何特征"),
        (lambda d: d["features"][0].update(field="personal_status_and_sex"), "受保护属性"),
        (lambda d: d["features"][0].update(field="foreign_worker"), "受保护属性"),
        (lambda d: d["features"][0].update(field="shoe_size"), "未知字段"),
        (lambda d: d["features"][1]["bins"][1].update(lower=-5), "不连续"),
        (lambda d: d["features"][0]["bins"][0].update(points=1.5), "类型不正确"),
        (lambda d: d["features"][0]["bins"][0]["categories"].append("spaceship"), "未知类别"),
        (lambda d: d["calibration"].update(slope=0.1), "校准斜率"),
        (lambda d: d["grades"].reverse(), "等级"),
    ],
)
def test_invalid_packs_are_refused_in_chinese(pack_data: dict[str, Any], change: Any, message: str) -> None:
    with pytest.raises(PackError, match=message):
        ScorecardPack(_broken(pack_data, change))


def test_load_pack_from_file_and_file_errors(tmp_path: Path, pack_data: dict[str, Any]) -> None:
    good = tmp_path / "pack.json"
    good.write_text(json.dumps(pack_data, ensure_ascii=False), encoding="utf-8")
    assert load_pack(good).model_version == pack_data["model_version"]
    with pytest.raises(PackError, match="找不到评分卡包文件"):
        load_pack(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PackError, match="不是有效的 JSON"):
        load_pack(bad)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(_broken(pack_data, lambda d: d.update(format_version=99))), encoding="utf-8")
    with pytest.raises(PackError, match="版本为 99"):
        load_pack(newer)


def test_pd_is_finite_for_extreme_scores() -> None:
    pack = load_pack()
    with np.errstate(all="raise"):
        for score in (-10_000, 0, 10_000):
            assert math.isfinite(pack.pd_for_score(score))
