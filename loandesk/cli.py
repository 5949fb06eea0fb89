"""The `loandesk` command: the GUI by default, admin tasks as subcommands."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import uuid
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
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """A subcommand, with the last-resort handling the GUI has too: Ctrl+C and unexpected errors
    end in one Chinese line and an exit code, never a traceback. The error's text is not shown (it
    may carry personal data or SQL parameters): its type and a reference number are, and
    LOANDESK_DEBUG=1 re-raises for support."""
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("\n已中断。正在进行的操作已取消；备份、恢复和更换密钥在中断后都不会留下半成品。", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("LOANDESK_DEBUG"):
            raise
        from loandesk.services.context import ServiceError
        from loandesk.store.errors import StorageError

        if isinstance(exc, ServiceError | StorageError):
            print(exc.message, file=sys.stderr)
            return 1
        ref = uuid.uuid4().hex[:8].upper()
        print(f"发生未预期的错误（参考编号 {ref}，{type(exc).__name__}），操作未完成。"
              "请联系技术支持；设置环境变量 LOANDESK_DEBUG=1 后重新运行可显示详细信息。", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
