"""Training internals: metrics, ridge logistic, coarse classing, honest cross-validation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from loandesk.risk.binning import BinningConfig, bin_categorical, bin_numeric, encode_column
from loandesk.risk.features import FIELD_BY_NAME, FieldSpec
from loandesk.risk.german import read_german_csv
from loandesk.risk.logit import fit_logistic, predict_logistic
from loandesk.risk.metrics import auc, brier, ks, stratified_folds, stratified_split
from loandesk.risk.pack import ScorecardPack, load_pack
from loandesk.risk.train import TrainConfig, build_pack, cross_validate, encode_columns, fit_model

DEV_CSV = Path("/work/shared/data/german_credit_dev.csv")


@pytest.fixture(scope="module")
def dev() -> tuple[dict[str, np.ndarray], np.ndarray]:
    table = read_german_csv(DEV_CSV, require_target=True)
    assert table.target is not None
    return encode_columns(table.columns), table.target.astype(float)


def test_metrics_match_scikit_learn() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 400)
    risk = np.round(rng.normal(size=400) + y * 0.8, 1)  # rounded: many ties
    assert auc(y, risk) == pytest.approx(metrics.roc_auc_score(y, risk), abs=1e-12)
    fpr, tpr, _ = metrics.roc_curve(y, risk)
    assert ks(y, risk) == pytest.approx(float(np.max(tpr - fpr)), abs=1e-12)
    p = 1 / (1 + np.exp(-risk))
    assert brier(y, p) == pytest.approx(metrics.brier_score_loss(y, p), abs=1e-12)


def test_ridge_logistic_matches_scikit_learn() -> None:
    linear_model = pytest.importorskip("sklearn.linear_model")
    rng = np.random.default_rng(5)
    x = rng.normal(size=(300, 4))
    y = (rng.random(300) < 1 / (1 + np.exp(-(x @ [1.0, -2.0, 0.5, 0.0] + 0.3)))).astype(float)
    intercept, weights = fit_logistic(x, y, l2=1.0)
    reference = linear_model.LogisticRegression(C=1.0, tol=1e-10, max_iter=10_000).fit(x, y)
    assert intercept == pytest.approx(reference.intercept_[0], abs=1e-4)
    assert weights == pytest.approx(reference.coef_[0], abs=1e-4)
    assert predict_logistic(intercept, weights, x) == pytest.approx(
        reference.predict_proba(x)[:, 1], abs=1e-5
    )


def test_stratified_folds_partition_and_keep_the_bad_rate() -> None:
    y = np.array([1] * 90 + [0] * 210)
    folds = stratified_folds(y, 5, seed=11)
    assert sorted(np.concatenate(folds).tolist()) == list(range(300))
    assert all(int(y[f].sum()) == 18 for f in folds)
    assert [f.tolist() for f in folds] == [f.tolist() for f in stratified_folds(y, 5, seed=11)]
    train, test = stratified_split(y, 1 / 3, seed=0)
    assert len(test) == 100 and int(y[test].sum()) == 30 and not set(train) & set(test)


def test_numeric_binning_enforces_monotone_woe_on_a_u_shape() -> None:
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 100, 2000)
    bad_p = 0.15 + 0.5 * ((x - 40) / 60) ** 2  # U-shaped, mostly increasing
    y = (rng.random(2000) < bad_p).astype(float)
    spec = FieldSpec("amount_yuan", "贷款金额", "numeric", unit="元", cut_digits=2)
    binning = bin_numeric(spec, x, y, BinningConfig())
    woe = np.diff([b.woe for b in binning.bins])
    assert len(binning.bins) >= 2
    assert (woe > 0).all() or (woe < 0).all()
    assert all(b.count >= 0.05 * 2000 for b in binning.bins)
    assert len(binning.bins) <= BinningConfig().max_bins
    # missing goes to the most conservative bin
    assert binning.bin_index(np.array([np.nan]))[0] == int(np.argmin([b.woe for b in binning.bins]))


def test_categorical_binning_merges_small_groups_and_places_unseen_codes_in_the_neutral_bin(
    dev: tuple[dict[str, np.ndarray], np.ndarray],
) -> None:
    encoded, y = dev
    spec = FIELD_BY_NAME["purpose"]
    binning = bin_categorical(spec, encoded["purpose"], y, BinningConfig())
    assert all(b.count >= 0.05 * len(y) for b in binning.bins)
    assert set(binning.unseen_categories) == {"agriculture", "medical", "travel"}
    neutral = binning.bins[binning.neutral_bin]
    assert {"agriculture", "medical", "travel"} <= set(neutral.categories)
    codes = [c for b in binning.bins for c in b.categories]
    assert sorted(codes) == sorted(code for code, _ in spec.categories)  # every code placed exactly once


def test_shipped_pack_places_every_loandesk_code() -> None:
    pack = load_pack()
    for feature in pack.data["features"]:
        if feature["type"] == "categorical":
            spec = FIELD_BY_NAME[feature["field"]]
            placed = [c for b in feature["bins"] for c in b["categories"]]
            assert sorted(placed) == sorted(code for code, _ in spec.categories), feature["field"]


def test_cross_validation_does_not_leak_labels(dev: tuple[dict[str, np.ndarray], np.ndarray]) -> None:
    """With shuffled labels an honest procedure scores AUC ~0.5; any leak of test folds would inflate it."""
    encoded, y = dev
    shuffled = np.random.default_rng(0).permutation(y)
    report = cross_validate(encoded, shuffled, TrainConfig(), folds=5, repeats=1)
    assert abs(report["scorecard"]["pooled_out_of_fold"]["auc"]["mean"] - 0.5) < 0.07
    real = cross_validate(encoded, y, TrainConfig(), folds=5, repeats=1)
    assert real["scorecard"]["pooled_out_of_fold"]["auc"]["mean"] > 0.74


def test_built_pack_round_trips_through_the_scorer(dev: tuple[dict[str, np.ndarray], np.ndarray]) -> None:
    encoded, y = dev
    config = TrainConfig()
    model = fit_model(encoded, y, config)
    assert all(w < 0 for w in model.weights)  # every WOE coefficient has the expected sign
    data = build_pack(model, config, created="2026-01-01")
    pack = ScorecardPack(data)
    batch = pack.score_many(encoded)
    assert auc(y, batch.pd) > 0.78  # in-sample sanity only; honest figures come from CV
    for feature in data["features"]:
        assert min(b["points"] for b in feature["bins"]) == 0
    # score -> PD follows the documented scaling: 600 points at good:bad odds 19:1, PDO 20
    assert pack.pd_for_score(580) == pytest.approx(1 / (1 + 19 / 2), rel=1e-6)


def test_encode_column_rejects_garbage() -> None:
    spec = FIELD_BY_NAME["age"]
    assert np.isnan(encode_column(spec, [None, ""])).all()
    with pytest.raises(ValueError):
        encode_column(spec, ["forty"])
