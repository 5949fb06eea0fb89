"""Training and honest validation of a WOE-binned logistic scorecard (numpy only).

The whole procedure — coarse classing, WOE, feature selection, choice of the ridge strength and
the PD calibration — lives in :func:`fit_model`, so cross-validation can repeat *all* of it inside
every outer fold (no information from a test fold ever reaches the model scored on it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from loandesk.risk.binning import BinningConfig, FeatureBinning, encode_column, fit_binning
from loandesk.risk.features import FIELD_SPECS, PROTECTED_ATTRIBUTES, FieldSpec
from loandesk.risk.logit import fit_logistic, predict_logistic
from loandesk.risk.metrics import evaluate, log_loss, stratified_folds
from loandesk.risk.pack import GRADES, PACK_FORMAT, PACK_FORMAT_VERSION, ScorecardPack


@dataclass(frozen=True)
class TrainConfig:
    """Every choice of the shipped procedure (recorded in the pack)."""

    binning: BinningConfig = field(default_factory=BinningConfig)
    min_iv: float = 0.02  # drop fields with less information value (decided inside each fold)
    l2_grid: tuple[float, ...] = (0.3, 1.0, 3.0, 10.0, 30.0)
    #: Fine-classing granularities tried (number of quantile classes of free numeric fields).
    quantile_grid: tuple[int, ...] = (10,)
    inner_folds: int = 5
    seed: int = 20240601
    # Points scaling: base_score points at good:bad odds base_odds, pdo points double the odds.
    base_score: int = 600
    base_odds: float = 19.0
    pdo: float = 20.0
    # Grade upper PD bounds for A..D (E takes the rest).
    grade_pd_bounds: tuple[float, ...] = (0.08, 0.15, 0.30, 0.50)


Encoded = dict[str, np.ndarray]


def encode_columns(columns: Mapping[str, Sequence[Any]], specs: Sequence[FieldSpec] = FIELD_SPECS) -> Encoded:
    """Raw field columns -> per-field arrays (float with NaN, or category codes)."""
    return {spec.name: encode_column(spec, columns[spec.name]) for spec in specs}


def subset(encoded: Encoded, index: np.ndarray) -> Encoded:
    return {name: values[index] for name, values in encoded.items()}


@dataclass
class FittedModel:
    """A fitted scorecard before it is turned into integer points."""

    binnings: list[FeatureBinning]  # selected fields only, in FIELD_SPECS order
    intercept: float
    weights: np.ndarray  # coefficient on WOE for P(bad); negative by construction
    l2: float
    n_quantiles: int
    calib_a: float  # logit(PD) = calib_a + calib_b * (intercept + weights @ woe)
    calib_b: float
    dropped: dict[str, str]  # field -> Chinese reason it is not in the model
    all_iv: dict[str, float]
    inner_log_loss: dict[str, float]


def _bin_all(encoded: Encoded, y: np.ndarray, config: TrainConfig) -> list[FeatureBinning]:
    return [fit_binning(spec, encoded[spec.name], y, config.binning) for spec in FIELD_SPECS]


def _fit_on_bins(
    binnings: list[FeatureBinning], encoded: Encoded, y: np.ndarray, l2: float, config: TrainConfig
) -> tuple[list[FeatureBinning], float, np.ndarray, dict[str, str]]:
    """Select by IV, fit the ridge logistic on WOE, drop wrong-signed fields and refit."""
    dropped: dict[str, str] = {}
    selected = []
    for binning in binnings:
        if len(binning.bins) < 2:
            dropped[binning.spec.name] = "分箱后只剩一档，无区分能力"
        elif binning.iv < config.min_iv:
            dropped[binning.spec.name] = f"信息值 IV={binning.iv:.3f} 低于阈值 {config.min_iv}"
        else:
            selected.append(binning)
    while True:
        x = (
            np.column_stack([b.woe_values(encoded[b.spec.name]) for b in selected])
            if selected
            else np.empty((len(y), 0))
        )
        intercept, weights = fit_logistic(x, y, l2)
        wrong = [i for i, w in enumerate(weights) if w >= 0]
        if not wrong:
            return selected, intercept, weights, dropped
        worst = max(wrong, key=lambda i: weights[i])
        dropped[selected[worst].spec.name] = "多变量模型中系数方向与 WOE 相反（共线），已剔除"
        selected = [b for i, b in enumerate(selected) if i != worst]


def _eta(
    binnings: list[FeatureBinning], intercept: float, weights: np.ndarray, encoded: Encoded
) -> np.ndarray:
    if not binnings:
        return np.full(len(next(iter(encoded.values()))), intercept)
    x = np.column_stack([b.woe_values(encoded[b.spec.name]) for b in binnings])
    return intercept + x @ weights


def fit_model(encoded: Encoded, y: np.ndarray, config: TrainConfig) -> FittedModel:
    """Fit the full procedure on (encoded, y).

    The fine-classing granularity and the ridge strength are chosen jointly by inner stratified
    CV (out-of-fold log-loss); the inner out-of-fold linear predictions of the chosen setting are
    then used for Platt calibration. Everything happens on the rows passed in.
    """
    y = np.asarray(y, dtype=float)
    folds = stratified_folds(y, config.inner_folds, config.seed)
    grid = [(q, l2) for q in config.quantile_grid for l2 in config.l2_grid]
    oof = {key: np.empty(len(y)) for key in grid}
    everything = np.arange(len(y))
    for test in folds:
        train = np.setdiff1d(everything, test)
        enc_train, enc_test = subset(encoded, train), subset(encoded, test)
        for q in config.quantile_grid:
            inner_config = _with_quantiles(config, q)
            binnings = _bin_all(enc_train, y[train], inner_config)
            for l2 in config.l2_grid:
                selected, intercept, weights, _ = _fit_on_bins(
                    binnings, enc_train, y[train], l2, inner_config
                )
                oof[(q, l2)][test] = _eta(selected, intercept, weights, enc_test)
    losses = {key: log_loss(y, 1.0 / (1.0 + np.exp(-eta))) for key, eta in oof.items()}
    best_q, best_l2 = min(grid, key=lambda key: (round(losses[key], 12), key))
    calib_a, calib_b_arr = fit_logistic(oof[(best_q, best_l2)][:, None], y, 0.0)
    calib_b = float(calib_b_arr[0])
    if not calib_b > 0:  # degenerate (no signal): fall back to the identity map
        calib_a, calib_b = 0.0, 1.0
    final_config = _with_quantiles(config, best_q)
    binnings = _bin_all(encoded, y, final_config)
    selected, intercept, weights, dropped = _fit_on_bins(binnings, encoded, y, best_l2, final_config)
    return FittedModel(
        binnings=selected,
        intercept=intercept,
        weights=weights,
        l2=best_l2,
        n_quantiles=best_q,
        calib_a=float(calib_a),
        calib_b=calib_b,
        dropped=dropped,
        all_iv={b.spec.name: round(b.iv, 6) for b in binnings},
        inner_log_loss={f"q={q},l2={l2:g}": round(v, 6) for (q, l2), v in losses.items()},
    )


def _with_quantiles(config: TrainConfig, n_quantiles: int) -> TrainConfig:
    return replace(config, binning=replace(config.binning, n_quantiles=n_quantiles))


# --------------------------------------------------------------------------- pack building
def _fmt(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def numeric_bin_label(spec: FieldSpec, lower: float | None, upper: float | None) -> str:
    """Chinese label of a numeric interval [lower, upper)."""
    unit = spec.unit
    if spec.integer:
        lo = None if lower is None else math.ceil(lower)
        hi = None if upper is None else math.ceil(upper) - 1  # last integer below upper
        if lo is None and hi is None:
            return "全部"
        if lo is None:
            return f"不超过{_fmt(hi)}{unit}"
        if hi is None:
            return f"{_fmt(lo)}{unit}及以上"
        if lo == hi:
            return f"{_fmt(lo)}{unit}"
        return f"{_fmt(lo)}–{_fmt(hi)}{unit}"
    if lower is None and upper is None:
        return "全部"
    if lower is None:
        return f"低于{_fmt(upper)}{unit}"
    if upper is None:
        return f"{_fmt(lower)}{unit}及以上"
    return f"{_fmt(lower)}{unit}（含）至{_fmt(upper)}{unit}（不含）"


def categorical_bin_label(spec: FieldSpec, categories: Sequence[str]) -> str:
    if spec.yes_no_text[0] and len(categories) == 1:
        return spec.yes_no_text[0] if categories[0] == "yes" else spec.yes_no_text[1]
    return "、".join(spec.category_label(code) for code in categories)


def _reason(spec: FieldSpec, direction: int, label: str) -> str:
    if spec.kind == "numeric":
        word = spec.high_word if direction > 0 else spec.low_word
        return f"{spec.label}{word}（{label}）"
    if spec.yes_no_text[0]:
        return label
    return f"{spec.label}为“{label}”"


def scaling_constants(config: TrainConfig) -> tuple[float, float]:
    """(factor, offset) of score = offset + factor * ln(good:bad odds)."""
    factor = config.pdo / math.log(2.0)
    return factor, config.base_score - factor * math.log(config.base_odds)


def build_pack(
    model: FittedModel,
    config: TrainConfig,
    *,
    model_version: str = "",
    created: str | None = None,
    training_data: Mapping[str, Any] | None = None,
    validation: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Turn a fitted model into the JSON pack: integer points, calibration, grades, texts."""
    factor, offset = scaling_constants(config)
    features: list[dict[str, Any]] = []
    base = offset - factor * (model.calib_a + model.calib_b * model.intercept)
    base_points = round(base)
    for binning, weight in zip(model.binnings, model.weights, strict=True):
        spec = binning.spec
        raw_points = [round(-factor * model.calib_b * weight * b.woe) for b in binning.bins]
        shift = min(raw_points)
        points = [p - shift for p in raw_points]
        base_points += shift
        best = max(points)
        bins = []
        for b, pts in zip(binning.bins, points, strict=True):
            if spec.kind == "numeric":
                label = numeric_bin_label(spec, b.lower, b.upper)
                entry: dict[str, Any] = {"label": label, "lower": b.lower, "upper": b.upper}
            else:
                label = categorical_bin_label(spec, b.categories)
                entry = {
                    "label": label,
                    "categories": list(b.categories),
                }
            entry.update(
                {
                    "count": b.count,
                    "bad": b.bad,
                    "bad_rate": round(b.bad / b.count, 4) if b.count else None,
                    "woe": round(b.woe, 6),
                    "points": int(pts),
                    "reason": _reason(spec, binning.direction, label) if pts < best else None,
                }
            )
            bins.append(entry)
        feature: dict[str, Any] = {
            "field": spec.name,
            "label": spec.label,
            "type": spec.kind,
            "unit": spec.unit,
            "iv": round(binning.iv, 6),
            "coefficient": round(float(weight), 6),
            "missing_bin": binning.missing_bin,
            "bins": bins,
        }
        if spec.kind == "numeric":
            feature["risk_trend"] = {1: "数值越大风险越高", -1: "数值越小风险越高"}.get(
                binning.direction, "无"
            )
        else:
            feature["unseen_categories"] = list(binning.unseen_categories)
        features.append(feature)
    intercept = offset / factor
    slope = -1.0 / factor
    grades = []
    lower_pd = 0.0
    for grade, bound in zip(GRADES, (*config.grade_pd_bounds, 1.0), strict=True):
        entry = {"grade": grade, "pd_min": lower_pd, "pd_max": bound}
        if bound < 1.0:
            # smallest integer score whose PD is below the bound
            threshold = (intercept - math.log(bound / (1.0 - bound))) / -slope
            entry["min_score"] = int(math.floor(threshold)) + 1
        else:
            entry["min_score"] = None
        grades.append(entry)
        lower_pd = bound
    pack: dict[str, Any] = {
        "format": PACK_FORMAT,
        "format_version": PACK_FORMAT_VERSION,
        "model_version": model_version,
        "created": created or _today(),
        "name": "LoanDesk 默认个人贷款申请评分卡",
        "description": (
            "WOE 分箱逻辑回归评分卡。分数越高风险越低；PD 为校准后的违约概率。"
            "硬性准入规则不在评分卡包中，由应用层执行。"
        ),
        "scaling": {
            "base_score": config.base_score,
            "base_odds": config.base_odds,
            "pdo": config.pdo,
            "odds": "good:bad",
            "factor": round(factor, 6),
            "offset": round(offset, 6),
            "formula": "score = offset + factor × ln(好:坏 比率)；每增加 pdo 分，好坏比翻倍",
        },
        "intercept": round(model.intercept, 6),
        "base_points": int(base_points),
        "calibration": {
            "method": "platt_inner_cv",
            "intercept": round(intercept, 9),
            "slope": round(slope, 9),
            "formula": "PD = 1 / (1 + exp(-(intercept + slope × score)))",
            "note": (
                "模型对数几率经内层交叉验证的折外预测做 Platt 校准后再换算为分值，"
                "因此分值刻度本身即校准后的 PD 映射。"
            ),
            "platt_a": round(model.calib_a, 6),
            "platt_b": round(model.calib_b, 6),
        },
        "grades": grades,
        "features": features,
        "excluded_fields": [
            {"field": name, "reason": reason} for name, reason in sorted(model.dropped.items())
        ],
        "protected_attributes_excluded": sorted(PROTECTED_ATTRIBUTES),
        "missing_value_policy": "缺失或无法识别的取值归入该特征得分最低（最保守）的分箱；训练数据中未出现的合法类别归入 WOE 最接近 0 的中性分箱。",
        "training": {
            "procedure": _procedure_description(config),
            "config": _config_dict(config),
            "selected_l2": model.l2,
            "selected_n_quantiles": model.n_quantiles,
            "inner_cv_log_loss_by_l2": model.inner_log_loss,
            "information_values": model.all_iv,
        },
    }
    if training_data is not None:
        pack["training_data"] = dict(training_data)
    if validation is not None:
        pack["validation"] = dict(validation)
    if not model_version:
        pack["model_version"] = "de-" + fingerprint(pack)[:10]
    return pack


def fingerprint(pack: Mapping[str, Any]) -> str:
    """Content hash of the scoring-relevant part of a pack (stable across runs)."""
    relevant = {key: pack[key] for key in ("scaling", "base_points", "calibration", "grades", "features")}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def _config_dict(config: TrainConfig) -> dict[str, Any]:
    data = asdict(config)
    data["l2_grid"] = list(config.l2_grid)
    data["quantile_grid"] = list(config.quantile_grid)
    data["grade_pd_bounds"] = list(config.grade_pd_bounds)
    return data


def _procedure_description(config: TrainConfig) -> str:
    return (
        f"数值特征：{'/'.join(map(str, config.quantile_grid))} 等分位数细分箱"
        f"{'（在内层交叉验证中选择）' if len(config.quantile_grid) > 1 else ''}，"
        "由档次换算的字段用档次边界 → 合并小箱（每箱至少 "
        f"{config.binning.min_bin_share:.0%} 且不少于 {config.binning.min_bin_count} 条）→ "
        "合并相邻箱直至坏账率单调（方向取 IV 较大者）→ 每特征最多 "
        f"{config.binning.max_bins} 箱；类别特征：按坏账率排序，样本少于 "
        f"{config.binning.min_category_share:.0%} 的小类并入坏账率最接近的相邻组。"
        f"WOE 平滑 {config.binning.woe_smoothing}；IV 低于 {config.min_iv} 的特征剔除；"
        f"L2 正则逻辑回归，正则强度在 {list(config.l2_grid)} 中按内层 {config.inner_folds} 折交叉验证对数损失选取；"
        "系数方向与 WOE 相反的特征剔除后重拟合；内层折外线性预测做 Platt 校准；分值四舍五入为整数，"
        "每个特征最低档为 0 分。"
    )


# --------------------------------------------------------------------------- baseline
@dataclass
class BaselineModel:
    """Plain ridge logistic regression on one-hot categories and standardised raw numbers."""

    categories: dict[str, list[str]]
    means: dict[str, float]
    scales: dict[str, float]
    intercept: float
    weights: np.ndarray

    def design(self, encoded: Encoded) -> np.ndarray:
        columns = []
        for spec in FIELD_SPECS:
            values = encoded[spec.name]
            if spec.kind == "numeric":
                filled = np.where(np.isnan(values), self.means[spec.name], values)
                columns.append((filled - self.means[spec.name]) / self.scales[spec.name])
            else:
                for code in self.categories[spec.name]:
                    columns.append((values == code).astype(float))
        return np.column_stack(columns)

    def predict(self, encoded: Encoded) -> np.ndarray:
        return predict_logistic(self.intercept, self.weights, self.design(encoded))


def fit_baseline(encoded: Encoded, y: np.ndarray, l2: float = 1.0) -> BaselineModel:
    """Fit the comparison model (l2=1 equals scikit-learn's default C=1)."""
    categories: dict[str, list[str]] = {}
    means: dict[str, float] = {}
    scales: dict[str, float] = {}
    for spec in FIELD_SPECS:
        values = encoded[spec.name]
        if spec.kind == "numeric":
            means[spec.name] = float(np.nanmean(values))
            std = float(np.nanstd(values))
            scales[spec.name] = std if std > 0 else 1.0
        else:
            present = set(values.tolist())
            categories[spec.name] = [code for code, _label in spec.categories if code in present]
    model = BaselineModel(categories, means, scales, 0.0, np.empty(0))
    model.intercept, model.weights = fit_logistic(model.design(encoded), y, l2)
    return model


# --------------------------------------------------------------------------- validation
def _summary(values: list[float]) -> dict[str, float]:
    arr = np.array(values, dtype=float)
    return {
        "mean": round(float(arr.mean()), 4),
        "std": round(float(arr.std(ddof=1)) if arr.size > 1 else 0.0, 4),
        "min": round(float(arr.min()), 4),
        "max": round(float(arr.max()), 4),
    }


def cross_validate(
    encoded: Encoded,
    y: np.ndarray,
    config: TrainConfig,
    *,
    folds: int = 5,
    repeats: int = 5,
    seed: int = 1,
) -> dict[str, Any]:
    """Repeated stratified k-fold CV of the WHOLE procedure, plus the plain baseline on the same folds."""
    y = np.asarray(y, dtype=float)
    everything = np.arange(len(y))
    per_fold: dict[str, dict[str, list[float]]] = {"scorecard": {}, "plain_logistic": {}}
    pooled: dict[str, dict[str, list[float]]] = {"scorecard": {}, "plain_logistic": {}}
    for repeat in range(repeats):
        oof = {"scorecard": np.empty(len(y)), "plain_logistic": np.empty(len(y))}
        for test in stratified_folds(y, folds, seed + repeat):
            train = np.setdiff1d(everything, test)
            enc_train, enc_test = subset(encoded, train), subset(encoded, test)
            model = fit_model(enc_train, y[train], config)
            pack = ScorecardPack(build_pack(model, config, model_version="cv", created="cv"))
            oof["scorecard"][test] = pack.score_many(enc_test).pd
            oof["plain_logistic"][test] = fit_baseline(enc_train, y[train]).predict(enc_test)
            for name in oof:
                for metric, value in evaluate(y[test], oof[name][test]).items():
                    per_fold[name].setdefault(metric, []).append(value)
        for name in oof:
            for metric, value in evaluate(y, oof[name]).items():
                pooled[name].setdefault(metric, []).append(value)
    result: dict[str, Any] = {
        "method": f"{repeats}×{folds} 重复分层交叉验证；每折内重新执行全部流程（分箱、WOE、特征选择、正则选择、校准）",
        "folds": folds,
        "repeats": repeats,
        "seeds": [seed + r for r in range(repeats)],
        "rows": len(y),
        "bad_rate": round(float(y.mean()), 4),
    }
    for name in ("scorecard", "plain_logistic"):
        result[name] = {
            "per_fold": {metric: _summary(values) for metric, values in per_fold[name].items()},
            "pooled_out_of_fold": {metric: _summary(values) for metric, values in pooled[name].items()},
        }
    result["plain_logistic"]["description"] = (
        "对比模型：同一特征（不含受保护属性）的类别独热编码 + 标准化原始数值，L2 正则 (C=1) 逻辑回归，同一折划分"
    )
    return result


def in_sample_report(pack: ScorecardPack, encoded: Encoded, y: np.ndarray) -> dict[str, Any]:
    """Resubstitution figures of the shipped pack (optimistic; for reference only)."""
    batch = pack.score_many(encoded)
    figures = {k: round(v, 4) for k, v in evaluate(y, batch.pd).items()}
    grades = {}
    for grade in GRADES:
        mask = batch.grade == grade
        grades[grade] = {
            "count": int(mask.sum()),
            "bad_rate": round(float(np.mean(y[mask])), 4) if mask.any() else None,
            "mean_pd": round(float(np.mean(batch.pd[mask])), 4) if mask.any() else None,
        }
    return {
        "note": "训练样本内（乐观）指标，仅供参考；泛化能力以交叉验证为准",
        **figures,
        "score_min": int(batch.score.min()),
        "score_max": int(batch.score.max()),
        "score_mean": round(float(batch.score.mean()), 1),
        "grades": grades,
    }
