"""Scorecard packs: load, validate and score (pure Python + numpy; no scikit-learn needed).

A pack is a JSON file (see ``resources/scorecard/README.md``). Scoring is a table look-up:
``score = base_points + sum(points of the applicant's bin in each feature)``; the PD comes from
the pack's logistic calibration ``logit(PD) = intercept + slope * score``; the grade from the
pack's score boundaries. Missing or unrecognised values fall into the feature's most
conservative (lowest-points) bin and are reported as warnings.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from loandesk.risk.features import (
    FIELD_BY_NAME,
    MISSING,
    PROTECTED_ATTRIBUTES,
    UNKNOWN,
    ApplicantFeatures,
    FieldSpec,
    columns_length,
    features_to_columns,
    normalize_category,
    normalize_numeric,
)

PACK_FORMAT = "loandesk-scorecard"
PACK_FORMAT_VERSION = 1
GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E")
MAX_REASONS = 5
MIN_REASONS = 3
DEFAULT_PACK_RESOURCE = ("loandesk.risk.data", "default_pack.json")


class PackError(ValueError):
    """The pack file is missing, unreadable or invalid; the message is Chinese."""


@dataclass(frozen=True)
class ScoreResult:
    """Outcome of scoring one application."""

    score: int
    pd: float
    grade: str
    #: (field, Chinese label, bin label, points) for every feature of the pack, in pack order.
    contributions: list[tuple[str, str, str, int]]
    #: 3–5 Chinese reason texts, largest point loss (versus the feature's best bin) first; when fewer
    #: than 3 features lost points the list is completed with "已为最优档" statements.
    reasons: list[str]
    reason_codes: list[str] = field(default_factory=list)
    #: Chinese warnings (missing / unrecognised values scored conservatively).
    warnings: list[str] = field(default_factory=list)
    #: Version of the pack that produced the score (store it with the application for audit).
    model_version: str = ""


@dataclass
class BatchScores:
    """Vectorised scoring output; arrays are aligned with the input rows."""

    score: np.ndarray  # int64
    pd: np.ndarray  # float64
    grade: np.ndarray  # '<U1'
    bin_index: np.ndarray  # (rows, features) int64
    points: np.ndarray  # (rows, features) int64
    feature_fields: tuple[str, ...]
    missing_counts: Counter[str]
    unknown_counts: Counter[str]
    _pack: ScorecardPack

    def __len__(self) -> int:
        return int(self.score.size)

    def __getitem__(self, key: str) -> np.ndarray:
        """Dict-style access to the main arrays: ``batch["score"]``, ``batch["pd"]``, ``batch["grade"]``."""
        if key not in ("score", "pd", "grade"):
            raise KeyError(key)
        return getattr(self, key)

    def top_reasons(self, k: int = 3) -> np.ndarray:
        """(rows, k) feature positions with the largest point loss; -1 where nothing was lost."""
        loss = self._pack._max_points[None, :] - self.points
        order = np.argsort(-loss, axis=1, kind="stable")[:, :k]
        top_loss = np.take_along_axis(loss, order, axis=1)
        return np.where(top_loss > 0, order, -1)

    def reason_texts(self, k: int = 3) -> list[list[str]]:
        """Chinese reason texts of the top-k losses for every row (only features that lost points)."""
        if not k:
            return [[] for _ in range(len(self))]
        columns = self.reason_columns(k)
        return [[text for text in row if text] for row in zip(*columns, strict=True)]

    def reason_columns(self, k: int = 3, top: np.ndarray | None = None) -> list[list[str]]:
        """k columns of reason texts ("" where nothing was lost); vectorised for big batches."""
        if top is None:
            top = self.top_reasons(k)
        bins = np.take_along_axis(self.bin_index, np.maximum(top, 0), axis=1)
        flat, offsets = self._pack._flat_reasons
        index = np.where(top >= 0, offsets[np.maximum(top, 0)] + bins, len(flat) - 1)
        texts = flat[index]
        return [texts[:, i].tolist() for i in range(k)]


@dataclass
class _Feature:
    spec: FieldSpec
    label: str
    kind: str
    cuts: np.ndarray  # numeric: lower edges of bins 1..n-1
    lookup: dict[str, int]  # categorical: code -> bin
    points: np.ndarray
    bin_labels: list[str]
    reasons: list[str]
    missing_bin: int


def _fail(message: str) -> PackError:
    return PackError(f"评分卡包无效：{message}")


def _require(mapping: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in mapping:
        raise _fail(f"{where}缺少“{key}”")
    value = mapping[key]
    if (
        not isinstance(value, kind)
        or isinstance(value, bool)
        and bool not in (kind if isinstance(kind, tuple) else (kind,))
    ):
        raise _fail(f"{where}“{key}”的类型不正确")
    return value


def _number(mapping: Mapping[str, Any], key: str, where: str) -> float:
    value = _require(mapping, key, (int, float), where)
    if not math.isfinite(float(value)):
        raise _fail(f"{where}“{key}”不是有限数值")
    return float(value)


class ScorecardPack:
    """A validated scorecard pack, ready to score :class:`ApplicantFeatures`."""

    def __init__(self, data: Mapping[str, Any], source: str = "<内存>") -> None:
        self.source = source
        self.data: dict[str, Any] = dict(data)
        self._validate_header()
        self.model_version: str = str(self.data["model_version"])
        self.created: str = str(self.data["created"])
        self.base_points: int = _require(self.data, "base_points", int, "")
        calibration = _require(self.data, "calibration", dict, "")
        self.pd_intercept = _number(calibration, "intercept", "校准参数")
        self.pd_slope = _number(calibration, "slope", "校准参数")
        if self.pd_slope >= 0:
            raise _fail("校准斜率必须为负（分数越高违约概率越低）")
        self._features = self._compile_features()
        self._max_points = np.array([int(f.points.max()) for f in self._features], dtype=np.int64)
        self._reason_table = [f.reasons for f in self._features]
        flat = [text for f in self._features for text in f.reasons] + [""]
        offsets = np.cumsum([0] + [len(f.reasons) for f in self._features[:-1]])
        self._flat_reasons = (np.array(flat, dtype=object), offsets.astype(np.int64))
        self._grade_min_scores, self.grades = self._compile_grades()

    # ----------------------------------------------------------------- validation
    def _validate_header(self) -> None:
        if self.data.get("format") != PACK_FORMAT:
            raise PackError(f"不是 LoanDesk 评分卡包文件（format 应为“{PACK_FORMAT}”）：{self.source}")
        version = self.data.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _fail("format_version 缺失或无效")
        if version > PACK_FORMAT_VERSION:
            raise PackError(
                f"评分卡包格式版本为 {version}，高于本程序支持的版本 {PACK_FORMAT_VERSION}，"
                "请先升级 LoanDesk 再使用该评分卡包"
            )
        for key in ("model_version", "created"):
            _require(self.data, key, str, "")
        scaling = _require(self.data, "scaling", dict, "")
        for key in ("base_score", "base_odds", "pdo"):
            if _number(scaling, key, "分值刻度") <= 0:
                raise _fail(f"分值刻度“{key}”必须为正数")

    def _compile_features(self) -> list[_Feature]:
        raw_features = _require(self.data, "features", list, "")
        if not raw_features:
            raise _fail("没有任何特征")
        compiled: list[_Feature] = []
        seen: set[str] = set()
        for position, raw in enumerate(raw_features, start=1):
            where = f"第 {position} 个特征"
            if not isinstance(raw, dict):
                raise _fail(f"{where}格式不正确")
            name = _require(raw, "field", str, where)
            if name in PROTECTED_ATTRIBUTES:
                raise _fail(f"特征“{name}”属于受保护属性，禁止用于评分")
            spec = FIELD_BY_NAME.get(name)
            if spec is None:
                raise _fail(f"未知字段“{name}”")
            if name in seen:
                raise _fail(f"字段“{name}”重复")
            seen.add(name)
            where = f"特征“{name}”"
            kind = _require(raw, "type", str, where)
            if kind != spec.kind:
                raise _fail(f"{where}的类型应为 {spec.kind}")
            bins = _require(raw, "bins", list, where)
            if not bins or not all(isinstance(b, dict) for b in bins):
                raise _fail(f"{where}没有分箱")
            points = []
            labels = []
            reasons = []
            for b in bins:
                value = _require(b, "points", int, where + "分箱")
                points.append(value)
                labels.append(str(b.get("label", "")))
                reasons.append(str(b.get("reason") or ""))
            cuts = np.empty(0)
            lookup: dict[str, int] = {}
            if kind == "numeric":
                cuts = self._numeric_cuts(bins, where)
            else:
                valid_codes = {code for code, _label in spec.categories}
                for index, b in enumerate(bins):
                    categories = _require(b, "categories", list, where + "分箱")
                    for code in categories:
                        if code not in valid_codes:
                            raise _fail(f"{where}含未知类别“{code}”")
                        if code in lookup:
                            raise _fail(f"{where}的类别“{code}”出现在多个分箱中")
                        lookup[code] = index
            missing_bin = _require(raw, "missing_bin", int, where)
            if not 0 <= missing_bin < len(bins):
                raise _fail(f"{where}的 missing_bin 超出范围")
            max_points = max(points)
            for index, text in enumerate(reasons):
                if points[index] < max_points and not text:
                    reasons[index] = f"{spec.label}：{labels[index]}"
            compiled.append(
                _Feature(
                    spec=spec,
                    label=str(raw.get("label") or spec.label),
                    kind=kind,
                    cuts=cuts,
                    lookup=lookup,
                    points=np.array(points, dtype=np.int64),
                    bin_labels=labels,
                    reasons=reasons,
                    missing_bin=missing_bin,
                )
            )
        return compiled

    @staticmethod
    def _numeric_cuts(bins: list[dict[str, Any]], where: str) -> np.ndarray:
        if bins[0].get("lower") is not None or bins[-1].get("upper") is not None:
            raise _fail(f"{where}的首尾分箱必须无界")
        cuts: list[float] = []
        for previous, current in zip(bins, bins[1:], strict=False):
            lower = current.get("lower")
            if (
                not isinstance(lower, int | float)
                or isinstance(lower, bool)
                or previous.get("upper") != lower
            ):
                raise _fail(f"{where}的分箱边界不连续")
            if cuts and not lower > cuts[-1]:
                raise _fail(f"{where}的分箱边界必须递增")
            cuts.append(float(lower))
        return np.array(cuts, dtype=float)

    def _compile_grades(self) -> tuple[np.ndarray, list[dict[str, Any]]]:
        grades = _require(self.data, "grades", list, "")
        if [g.get("grade") if isinstance(g, dict) else None for g in grades] != list(GRADES):
            raise _fail("等级必须依次为 A、B、C、D、E")
        minimums = []
        for g in grades[:-1]:
            minimums.append(_require(g, "min_score", int, f"等级 {g['grade']} "))
        if any(a <= b for a, b in zip(minimums, minimums[1:], strict=False)):
            raise _fail("等级分数下限必须从 A 到 D 递减")
        return np.array(minimums, dtype=np.int64), grades

    # ----------------------------------------------------------------- scoring
    @property
    def feature_fields(self) -> tuple[str, ...]:
        return tuple(f.spec.name for f in self._features)

    def pd_for_score(self, score: np.ndarray | int) -> np.ndarray | float:
        """Calibrated probability of default for a score (array or scalar)."""
        eta = self.pd_intercept + self.pd_slope * np.asarray(score, dtype=float)
        pd = 0.5 * (1.0 + np.tanh(0.5 * eta))  # logistic without overflow for extreme scores
        return float(pd) if np.ndim(pd) == 0 else pd

    def grade_for_score(self, score: np.ndarray) -> np.ndarray:
        """Grade letters for an array of scores."""
        index = np.searchsorted(-self._grade_min_scores, -np.asarray(score), side="right")
        return np.array(GRADES, dtype="<U1")[index]

    def score(self, features: ApplicantFeatures) -> ScoreResult:
        """Score one application (fast path, no numpy per-feature work)."""
        total = self.base_points
        contributions: list[tuple[str, str, str, int]] = []
        losses: list[tuple[int, int, str, str]] = []
        warnings: list[str] = []
        for position, feature in enumerate(self._features):
            value = getattr(features, feature.spec.name)
            problem = ""
            if feature.kind == "numeric":
                try:
                    number = normalize_numeric(value)
                except (ValueError, TypeError) as exc:
                    raise ValueError(f"“{feature.label}”的值“{value}”不是有效数字") from exc
                if math.isnan(number):
                    index, problem = feature.missing_bin, "缺失"
                else:
                    index = int(np.searchsorted(feature.cuts, number, side="right"))
            else:
                code = normalize_category(feature.spec.name, value)
                index = feature.lookup.get(code, feature.missing_bin)
                if code == MISSING:
                    problem = "缺失"
                elif code == UNKNOWN or code not in feature.lookup:
                    problem = f"无法识别（“{value}”）"
            if problem:
                warnings.append(f"“{feature.label}”{problem}，已按最保守档次评分")
            points = int(feature.points[index])
            total += points
            contributions.append((feature.spec.name, feature.label, feature.bin_labels[index], points))
            loss = int(self._max_points[position]) - points
            if loss > 0:
                losses.append((-loss, position, feature.spec.name, feature.reasons[index]))
        losses.sort()
        top = losses[:MAX_REASONS]
        if len(top) < MIN_REASONS:  # strong applicant: complete the list with best-bin statements
            used = {item[1] for item in top}
            for position, (_name, label, bin_label, _points) in enumerate(contributions):
                if len(top) >= MIN_REASONS:
                    break
                if position not in used:
                    text = f"{label}：{bin_label}（已为最优档）"
                    top.append((0, position, self._features[position].spec.name, text))
        pd = float(self.pd_for_score(total))
        grade = str(self.grade_for_score(np.array([total]))[0])
        return ScoreResult(
            score=int(total),
            pd=pd,
            grade=grade,
            contributions=contributions,
            reasons=[item[3] for item in top],
            reason_codes=[item[2] for item in top],
            warnings=warnings,
            model_version=self.model_version,
        )

    def score_many(
        self, data: Sequence[ApplicantFeatures] | Mapping[str, Sequence[Any] | np.ndarray]
    ) -> BatchScores:
        """Vectorised scoring of many applications (a list of features or field -> column mapping)."""
        columns: Mapping[str, Any]
        if isinstance(data, Mapping):
            columns = data
        elif hasattr(data, "columns") and hasattr(data, "__getitem__"):  # e.g. a pandas DataFrame
            columns = {f.spec.name: np.asarray(data[f.spec.name]) for f in self._features}
        else:
            columns = features_to_columns(list(data))
        absent = [f.label for f in self._features if f.spec.name not in columns]
        if absent:
            raise ValueError(f"缺少评分所需的字段：{'、'.join(absent)}")
        n = columns_length({f.spec.name: columns[f.spec.name] for f in self._features})
        bin_index = np.empty((n, len(self._features)), dtype=np.int64)
        points = np.empty((n, len(self._features)), dtype=np.int64)
        missing: Counter[str] = Counter()
        unknown: Counter[str] = Counter()
        for position, feature in enumerate(self._features):
            name = feature.spec.name
            values = columns[name]
            if feature.kind == "numeric":
                numbers = _to_float_array(values, feature.label)
                index = np.searchsorted(feature.cuts, numbers, side="right")
                nan = np.isnan(numbers)
                if nan.any():
                    index[nan] = feature.missing_bin
                    missing[name] += int(nan.sum())
            else:
                index, n_missing, n_unknown = _category_index(feature, values)
                if n_missing:
                    missing[name] += n_missing
                if n_unknown:
                    unknown[name] += n_unknown
            bin_index[:, position] = index
            points[:, position] = feature.points[index]
        score = self.base_points + points.sum(axis=1)
        pd = np.asarray(self.pd_for_score(score), dtype=float).reshape(-1)
        return BatchScores(
            score=score,
            pd=pd,
            grade=self.grade_for_score(score),
            bin_index=bin_index,
            points=points,
            feature_fields=self.feature_fields,
            missing_counts=missing,
            unknown_counts=unknown,
            _pack=self,
        )

    def feature_label(self, field_name: str) -> str:
        for feature in self._features:
            if feature.spec.name == field_name:
                return feature.label
        return FIELD_BY_NAME[field_name].label if field_name in FIELD_BY_NAME else field_name


def _to_float_array(values: Sequence[Any] | np.ndarray, label: str) -> np.ndarray:
    try:
        numbers = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        out = np.empty(len(values), dtype=float)
        for i, value in enumerate(values):
            try:
                out[i] = normalize_numeric(value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"第 {i + 1} 条记录“{label}”的值“{value}”不是有效数字") from exc
        return out
    if numbers.ndim != 1:
        raise ValueError(f"“{label}”列的形状不正确")
    if np.isinf(numbers).any():
        row = int(np.flatnonzero(np.isinf(numbers))[0])
        raise ValueError(f"第 {row + 1} 条记录“{label}”的值不是有限数值")
    return numbers


def _category_index(feature: _Feature, values: Sequence[Any] | np.ndarray) -> tuple[np.ndarray, int, int]:
    """Bin index per value; each distinct value is normalised once (fast on 100k rows)."""
    name = feature.spec.name
    fallback = feature.missing_bin
    lookup = feature.lookup
    plain = values.tolist() if isinstance(values, np.ndarray) else values
    try:
        distinct = dict.fromkeys(plain)
    except TypeError:  # unhashable values: normalise one by one
        entries = [_category_entry(name, value, lookup, fallback) for value in plain]
        index = np.fromiter((e[0] for e in entries), dtype=np.int64, count=len(entries))
        return index, sum(e[1] == 1 for e in entries), sum(e[1] == 2 for e in entries)
    table: dict[Any, int] = {}
    n_missing = n_unknown = 0
    for value in distinct:
        bin_index, status = _category_entry(name, value, lookup, fallback)
        table[value] = bin_index
        if status == 1:
            n_missing += plain.count(value)
        elif status == 2:
            n_unknown += plain.count(value)
    index = np.fromiter(map(table.__getitem__, plain), dtype=np.int64, count=len(plain))
    return index, n_missing, n_unknown


def _category_entry(name: str, value: Any, lookup: Mapping[str, int], fallback: int) -> tuple[int, int]:
    """(bin, status) of one raw value; status 0 ok, 1 missing, 2 unknown."""
    code = normalize_category(name, value)
    if code == MISSING:
        return fallback, 1
    if code in lookup:
        return lookup[code], 0
    return fallback, 2


def _read_json(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PackError(f"找不到评分卡包文件：{path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"无法读取评分卡包文件：{path}（{exc}）") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(f"评分卡包文件不是有效的 JSON（第 {exc.lineno} 行）：{path}") from exc
    if not isinstance(data, dict):
        raise PackError(f"不是 LoanDesk 评分卡包文件：{path}")
    return data


@lru_cache(maxsize=1)
def _default_pack() -> ScorecardPack:
    resource = resources.files(DEFAULT_PACK_RESOURCE[0]).joinpath(DEFAULT_PACK_RESOURCE[1])
    try:
        text = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise PackError("找不到程序自带的默认评分卡包，请重新安装 LoanDesk") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError("程序自带的默认评分卡包已损坏，请重新安装 LoanDesk") from exc
    return ScorecardPack(data, source="默认评分卡包")


def load_pack(path: str | Path | None = None) -> ScorecardPack:
    """Load and validate a pack; ``None`` gives the pack shipped with LoanDesk (cached)."""
    if path is None:
        return _default_pack()
    path = Path(path)
    return ScorecardPack(_read_json(path), source=str(path))


def default_pack_path() -> Path:
    """File-system location of the shipped pack (for display / export)."""
    return Path(str(resources.files(DEFAULT_PACK_RESOURCE[0]).joinpath(DEFAULT_PACK_RESOURCE[1])))
