"""Opening the branch database from a script: key from the keyring, else the recovery passphrase."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from loandesk.paths import default_data_dir
from loandesk.store.database import Database, DataDir, key_from_passphrase, open_database
from loandesk.store.errors import StorageError, WrongKeyOrCorrupt

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="数据目录（默认为本机用户数据目录）")
    parser.add_argument("--demo", action="store_true", help="使用演示数据库")


def data_dir_of(args: argparse.Namespace) -> DataDir:
    """Absolute: paths derived from it (the default backup folder) go into the backup history and
    the audit log, where a relative one would later be read against the GUI's working folder."""
    if getattr(args, "data_dir", None):
        return DataDir(absolute(Path(args.data_dir)))
    return DataDir(default_data_dir(demo=getattr(args, "demo", False)))


def absolute(path: Path) -> Path:
    """A path typed on the command line, made absolute without resolving links or drive mappings."""
    return Path(os.path.abspath(path.expanduser()))


def passphrase_from_env_or_prompt(prompt: str = "恢复口令：") -> str:
    """LOANDESK_PASSPHRASE lets scheduled scripts run unattended; otherwise ask on the terminal."""
    value = os.environ.get("LOANDESK_PASSPHRASE")
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise StorageError("需要恢复口令：请在终端运行，或设置环境变量 LOANDESK_PASSPHRASE。")
    return getpass.getpass(prompt)


def open_for_script(data: DataDir, *, upgrade: bool = False) -> Database:
    marker = data.read_marker()
    if marker is None:
        raise StorageError(f"此目录中没有 LoanDesk 数据库：{data.root}")
    from loandesk.services import keymgmt

    if marker.get("demo"):
        from loandesk.demo import DEMO_PASSPHRASE

        key = key_from_passphrase(data, DEMO_PASSPHRASE)
    else:
        try:  # keyring first; this also finishes a re-key that a crash interrupted
            key = keymgmt.unlock(data)
        except WrongKeyOrCorrupt:
            raise
        except StorageError:
            key = keymgmt.unlock(data, passphrase_from_env_or_prompt())
    return open_database(data, key, upgrade=upgrade)


def fail(message: str, code: int = EXIT_FAIL) -> int:
    print(message, file=sys.stderr)
    return code
