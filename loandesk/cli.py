"""The `loandesk` command: the GUI by default, admin tasks as subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from loandesk import __version__
from loandesk.commands import COMMAND_MODULES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loandesk", description="LoanDesk 贷款客户入库资料系统")
    parser.add_argument("--version", action="version", version=f"LoanDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="打开演示数据库（含合成数据，与正式库完全分开）")
    parser.add_argument("--data-dir", type=Path, default=None, help="数据目录")
    parser.add_argument("--reset-demo", action="store_true", help="重新生成演示数据库")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a module not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from loandesk.store.engine import quiet_sqlcipher_log

    quiet_sqlcipher_log()
    if args.command is None:
        from loandesk.ui.app import run_gui

        return run_gui(demo=args.demo, data_dir=args.data_dir, reset_demo=args.reset_demo)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
