"""`loandesk demo-data --customers N`: fill the demo database with N synthetic customers, fast.

Without ``--data-dir`` it works on the demo folder (created on first use, like ``loandesk --demo``).
A real branch database is refused unless ``--force-non-demo`` is given, with a loud warning:
synthetic people must never mix with real customers.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from loandesk.commands.common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, fail, open_for_script
from loandesk.paths import default_data_dir
from loandesk.services.context import ServiceError
from loandesk.store.database import DataDir
from loandesk.store.errors import StorageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-data", help="向演示数据库批量生成合成客户（演示、性能测试用）")
    p.add_argument("--customers", type=int, required=True, metavar="N", help="生成的客户数量，例如 1000000")
    p.add_argument("--data-dir", type=Path, default=None, help="数据目录（默认为演示数据库目录）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    p.add_argument("--force-non-demo", action="store_true",
                   help="危险：允许向非演示（正式）数据库写入合成数据，仅限测试环境")
    p.set_defaults(func=_run)


def _progress(started: float) -> Callable[[int, int], None]:
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 2 or done == total:
            last[0] = now
            print(f"  已生成 {done:,}/{total:,}（{done * 100 // total}%），用时 {now - started:.0f} 秒",
                  file=sys.stderr, flush=True)

    return report


def _run(args: argparse.Namespace) -> int:
    from loandesk.services import demo_data

    if args.customers <= 0:
        return fail("客户数量必须大于 0。", EXIT_USAGE)
    data = DataDir(args.data_dir or default_data_dir(demo=True))
    try:
        if data.read_marker() is None:
            from loandesk.demo import ensure_demo

            print(f"在 {data.root} 新建演示数据库…", file=sys.stderr)
            db = ensure_demo(data)
        else:
            db = open_for_script(data, upgrade=True)
    except StorageError as exc:
        return fail(exc.message)
    try:
        if not db.is_demo:
            if not args.force_non_demo:
                return fail(f"{data.root} 是正式数据库，不能写入合成数据。"
                            "如确为测试环境，请加 --force-non-demo。", EXIT_FAIL)
            print("!" * 72 + "\n警告：正在向非演示数据库写入合成客户数据！这些数据无法与真实客户区分，"
                  "仅限测试环境使用。\n" + "!" * 72, file=sys.stderr)
        started = time.perf_counter()
        try:
            stats = demo_data.fill(db, args.customers, seed=args.seed, force=args.force_non_demo,
                                   progress=_progress(started))
        except ServiceError as exc:
            return fail(exc.message)
        except KeyboardInterrupt:
            return fail("已中断，未写入任何数据。")
        print(f"已生成 {stats.customers:,} 位演示客户（客户号 {stats.first_no}–{stats.last_no}），"
              f"用时 {stats.seconds:.1f} 秒。")
        return EXIT_OK
    finally:
        db.close()
