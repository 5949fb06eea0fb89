"""Validation metrics and deterministic stratified folds (numpy only, so training needs no sklearn)."""

from __future__ import annotations

import numpy as np


def auc(y_bad: np.ndarray, risk: np.ndarray) -> float:
    """ROC AUC of ``risk`` (higher = riskier) for ``y_bad`` (1 = bad); ties count one half."""
    y = np.asarray(y_bad, dtype=bool)
    r = np.asarray(risk, dtype=float)
    n_bad = int(y.sum())
    n_good = y.size - n_bad
    if n_bad == 0 or n_good == 0:
        return float("nan")
    order = np.argsort(r, kind="mergesort")
    sorted_r = r[order]
    ranks = np.empty(r.size, dtype=float)
    # average ranks over ties
    _, first, counts = np.unique(sorted_r, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[y].sum() - n_bad * (n_bad + 1) / 2.0) / (n_bad * n_good))


def ks(y_bad: np.ndarray, risk: np.ndarray) -> float:
    """Kolmogorov–Smirnov statistic: max gap between the bad and good cumulative distributions."""
    y = np.asarray(y_bad, dtype=bool)
    r = np.asarray(risk, dtype=float)
    n_bad = int(y.sum())
    n_good = y.size - n_bad
    if n_bad == 0 or n_good == 0:
        return float("nan")
    values = np.unique(r)
    cum_bad = np.searchsorted(np.sort(r[y]), values, side="right") / n_bad
    cum_good = np.searchsorted(np.sort(r[~y]), values, side="right") / n_good
    return float(np.max(np.abs(cum_bad - cum_good)))


def brier(y_bad: np.ndarray, pd: np.ndarray) -> float:
    """Mean squared error of the predicted default probability."""
    return float(np.mean((np.asarray(pd, dtype=float) - np.asarray(y_bad, dtype=float)) ** 2))


def log_loss(y_bad: np.ndarray, pd: np.ndarray) -> float:
    """Mean negative log-likelihood (clipped)."""
    p = np.clip(np.asarray(pd, dtype=float), 1e-12, 1 - 1e-12)
    y = np.asarray(y_bad, dtype=float)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def evaluate(y_bad: np.ndarray, pd: np.ndarray) -> dict[str, float]:
    """The standard validation figures for one set of predictions."""
    return {
        "auc": auc(y_bad, pd),
        "ks": ks(y_bad, pd),
        "brier": brier(y_bad, pd),
        "log_loss": log_loss(y_bad, pd),
        "mean_pd": float(np.mean(pd)),
        "bad_rate": float(np.mean(y_bad)),
    }


def stratified_folds(y: np.ndarray, n_folds: int, seed: int) -> list[np.ndarray]:
    """Deterministic stratified k-fold split; returns the test indices of each fold."""
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    folds: list[list[int]] = [[] for _ in range(n_folds)]
    offset = 0
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        members = members[rng.permutation(members.size)]
        for position, index in enumerate(members):
            folds[(position + offset) % n_folds].append(int(index))
        offset += members.size
    return [np.sort(np.array(fold, dtype=np.int64)) for fold in folds]


def stratified_split(y: np.ndarray, test_share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Deterministic stratified train/test split (indices)."""
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    train: list[np.ndarray] = []
    test: list[np.ndarray] = []
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        members = members[rng.permutation(members.size)]
        cut = int(round(members.size * test_share))
        test.append(members[:cut])
        train.append(members[cut:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
