"""Backup, restore and key commands for scripts and for the admin without a screen.

    loandesk backup [--to DIR]            make and verify a backup (default: <data dir>/backups)
    loandesk backup verify FILE           exit 0 when the backup is complete and intact, else 1
    loandesk restore FILE [--yes]         restore (asks for, or takes LOANDESK_PASSPHRASE)
    loandesk rekey [--yes]                new random database key
    loandesk change-passphrase            new recovery passphrase (LOANDESK_NEW_PASSPHRASE)
    loandesk recovery-sheet --to FILE.pdf a new printed recovery sheet (after a re-key)
    loandesk export-hq --to FILE|DIR      copy for head office under its own passphrase (never
                                          overwrites; a folder gets a dated file name)
                                          (LOANDESK_HQ_PASSPHRASE)

Every command takes the single-instance lock: while the LoanDesk window is open on the same data
folder, a script does not run a backup or restore underneath it (the window's own scheduled
backups cover that case).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from loandesk.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    absolute,
    add_data_dir,
    data_dir_of,
    fail,
    open_for_script,
    passphrase_from_env_or_prompt,
)
from loandesk.services.context import SYSTEM, ServiceError
from loandesk.store.database import Database
from loandesk.store.errors import StorageError
from loandesk.store.instance_lock import InstanceLock
from loandesk.store.keys import KeyringUnavailable, KeyStore, normalise_passphrase

if TYPE_CHECKING:
    from loandesk.store.backup_file import Container


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help="备份数据库（生成经校验的加密备份文件）")
    add_data_dir(b)
    b.add_argument("--to", type=Path, default=None, help="备份到此文件夹（默认：数据目录下的 backups）")
    bsub = b.add_subparsers(dest="backup_cmd")
    v = bsub.add_parser("verify", help="校验备份文件（完好返回 0，否则返回 1）")
    v.add_argument("file", type=Path)
    add_data_dir(v)
    v.set_defaults(func=_verify)
    b.set_defaults(func=_backup)

    r = sub.add_parser("restore", help="从备份文件恢复数据库（当前数据库保留为 pre-restore 安全副本）")
    r.add_argument("file", type=Path)
    add_data_dir(r)
    r.add_argument("--yes", action="store_true", help="不再询问确认（用于脚本）")
    r.add_argument("--branch", default=None, help="要求备份属于此网点代码")
    r.add_argument("--allow-other-branch", action="store_true", help="允许恢复其他网点的备份（迁移网点数据时）")
    r.set_defaults(func=_restore)

    k = sub.add_parser("rekey", help="更换数据库密钥（需要恢复口令）")
    add_data_dir(k)
    k.add_argument("--yes", action="store_true", help="不再询问确认")
    k.set_defaults(func=_rekey)

    c = sub.add_parser("change-passphrase", help="修改恢复口令")
    add_data_dir(c)
    c.set_defaults(func=_change_passphrase)

    e = sub.add_parser("export-hq", help="导出数据库给总行（使用单独的导出口令加密）")
    add_data_dir(e)
    e.add_argument("--to", type=Path, required=True,
                   help="导出文件路径（.db，不覆盖已有文件），或一个文件夹（自动按日期命名）")
    e.set_defaults(func=_export_hq)

    rs = sub.add_parser("recovery-sheet", help="重新生成恢复单 PDF（更换密钥后原恢复单上的恢复密钥不再能打开数据库）")
    add_data_dir(rs)
    rs.add_argument("--to", type=Path, required=True, help="恢复单 PDF 的保存路径（不覆盖已有文件）")
    rs.set_defaults(func=_recovery_sheet)


def _new_secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise StorageError(f"需要输入{prompt}：请在终端运行，或设置环境变量 {env}。")
    first = getpass.getpass(f"{prompt}：")
    # compared as they are keyed (NFKC): one entry in full-width IME mode and one in half-width is
    # the same passphrase, as the dialogs already treat it
    if normalise_passphrase(getpass.getpass(f"再次输入{prompt}：")) != normalise_passphrase(first):
        raise StorageError("两次输入不一致。")
    return first


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if getattr(args, "yes", False):
        return True
    if not sys.stdin or not sys.stdin.isatty():
        return False
    return input(f"{question}（输入 yes 确认）：").strip().lower() in ("yes", "y", "是")


def _open(args: argparse.Namespace) -> tuple[InstanceLock, Database]:
    from loandesk.services import restore

    data = data_dir_of(args)
    lock = InstanceLock(data.root).acquire() if data.root.exists() else InstanceLock(data.root)
    try:
        restore.recover_interrupted(data)
        db = open_for_script(data)
        restore.finish_after_open(db)
    except BaseException:
        lock.release()
        raise
    return lock, db


def _backup(args: argparse.Namespace) -> int:
    from loandesk.services import backup

    try:
        lock, db = _open(args)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    try:
        dest = absolute(args.to) if args.to else db.data.backups
        result = backup.create_backup(db, SYSTEM, dest)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    finally:
        db.close()
        lock.release()
    print(f"备份完成并已校验：{result.path}")
    print(f"大小 {result.size / 2**20:.1f} MB，用时 {result.seconds:.1f} 秒，SHA-256 {result.sha256}")
    return EXIT_OK


def _backup_passphrase(args: argparse.Namespace, container: Container | None = None) -> str:
    """The passphrase a backup opens with: the demo's is public (``--demo``); otherwise asked.

    Without one (a script with no LOANDESK_PASSPHRASE), ``container``'s parts are hashed first, so
    a damaged file is still reported as damaged rather than as "no passphrase".
    """
    if getattr(args, "demo", False):
        from loandesk.demo import DEMO_PASSPHRASE

        return DEMO_PASSPHRASE
    try:
        return passphrase_from_env_or_prompt("此备份的恢复口令：")
    except StorageError as exc:
        if container is None:
            raise
        from loandesk.store import backup_file as bf

        bf.check_parts(container)
        raise StorageError(f"各部分的 SHA-256 与清单一致，但检查数据库内容还需要恢复口令。{exc.message}") from None


def _verify(args: argparse.Namespace) -> int:
    from loandesk.services import restore
    from loandesk.store import backup_file as bf

    try:
        c = bf.read_container(args.file)
        key = None
        db_id = str(c.header.get("database_id", ""))
        try:
            store = KeyStore(db_id)
            for slot in ("current", "pending"):
                k = store.get(slot)
                if k and bf.mac_matches(c, k):
                    key = k
                    break
        except KeyringUnavailable:
            key = None
        if key is not None:
            info = restore.inspect_backup(args.file, key_hex=key)
        else:
            info = restore.inspect_backup(args.file, _backup_passphrase(args, c))
    except (bf.BackupFileError, restore.BackupDamaged, restore.BackupSchemaTooNew) as exc:
        return fail(f"备份文件不可用：{exc.message}")
    except (StorageError, ServiceError) as exc:
        # A missing or wrong passphrase says nothing about the file: a monitoring script that
        # reads "备份文件不可用" would raise a false alarm about the backup itself.
        return fail(f"未能校验备份（文件本身未发现问题）：{exc.message}")
    print(f"备份完好：{info.summary_zh()}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from loandesk.services import restore

    data = data_dir_of(args)
    try:
        passphrase = _backup_passphrase(args)
        info = restore.inspect_backup(args.file, passphrase, deep=False)
        print(f"备份内容：{info.summary_zh()}")
        if not _confirm(args, f"将用此备份替换 {data.root} 中的数据库，当前数据库保留为安全副本。继续吗"):
            return fail("未确认，未做任何改动。（脚本中请加 --yes）", EXIT_USAGE)
        older_passphrase = restore.passphrase_differs_from_live(data, passphrase)
        result = restore.restore_backup(data, args.file, passphrase, expected_branch=args.branch,
                                        allow_other_branch=args.allow_other_branch)
    except restore.WrongBranch as exc:  # its text names the GUI's checkbox
        return fail(exc.message + "（命令行：确需迁移时加 --allow-other-branch。）")
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    print(f"恢复完成：{data.root}")
    if result.migrated_from:
        print(f"备份的数据库版本 {result.migrated_from} 已升级到当前版本。")
    if result.safety_copy:
        print(f"原数据库已保留在：{result.safety_copy}")
    if result.cleanup.message_zh():
        print(result.cleanup.message_zh())
    if not result.key_in_keyring:
        print("注意：本机没有可用的系统凭据管理器，每次启动需要输入恢复口令。")
    if older_passphrase:
        print("注意：恢复后，本数据库的恢复口令是制作此备份时的口令（即刚才输入的口令），"
              "不是恢复前使用的口令。如需沿用之后设置的口令，请运行 loandesk change-passphrase 修改，"
              "并核对保险柜中的恢复单。")
    return EXIT_OK


def _rekey(args: argparse.Namespace) -> int:
    from loandesk.services import keymgmt

    try:
        lock, db = _open(args)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    try:
        if not _confirm(args, "将为数据库更换新的随机密钥（需要几秒到几分钟）。继续吗"):
            return fail("未确认，未做任何改动。（脚本中请加 --yes）", EXIT_USAGE)
        passphrase = passphrase_from_env_or_prompt()
        result = keymgmt.rekey_database(db, SYSTEM, passphrase)
        result.database.close()
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    finally:
        db.close()
        lock.release()
    print(f"密钥已更换，用时 {result.seconds:.1f} 秒。" + ("" if result.key_in_keyring else
          "本机没有可用的系统凭据管理器，启动时需输入恢复口令。"))
    print("建议立即做一次备份（loandesk backup）。")
    print("原恢复单上的恢复密钥已不能打开数据库（仍可打开更换前的备份）："
          "请用 loandesk recovery-sheet --to 文件.pdf 生成新的恢复单，打印后放入保险柜。")
    return EXIT_OK


def _recovery_sheet(args: argparse.Namespace) -> int:
    from loandesk.services import keymgmt

    target = absolute(args.to)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if os.path.lexists(target):
        return fail(f"文件已存在：{target}。为防止覆盖，未生成恢复单。请换一个文件名。")
    if not target.parent.is_dir():
        return fail(f"保存位置不存在：{target.parent}")
    try:
        lock, db = _open(args)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    try:
        pdf = keymgmt.recovery_sheet_pdf(db, SYSTEM, passphrase_from_env_or_prompt())
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    finally:
        db.close()
        lock.release()
    try:
        with open(target, "xb") as fh:  # never over an existing file
            fh.write(pdf)
    except OSError as exc:
        return fail(f"保存恢复单失败：{target}（{exc.strerror or type(exc).__name__}）。")
    print(f"恢复单已保存：{target}。请打印后放入保险柜，并删除电子文件（它含有数据库的恢复密钥）。")
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace) -> int:
    from loandesk.services import keymgmt

    try:
        lock, db = _open(args)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    try:
        old = passphrase_from_env_or_prompt("原恢复口令：")
        new = _new_secret("LOANDESK_NEW_PASSPHRASE", "新恢复口令")
        keymgmt.change_recovery_passphrase(db, SYSTEM, old, new)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    finally:
        db.close()
        lock.release()
    print("恢复口令已修改。此前的备份仍需使用旧口令恢复，建议立即做一次新备份并更新恢复单。")
    return EXIT_OK


def _export_hq(args: argparse.Namespace) -> int:
    from loandesk.services import keymgmt

    try:
        lock, db = _open(args)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    try:
        hq = _new_secret("LOANDESK_HQ_PASSPHRASE", "导出口令（交给总行）")
        result = keymgmt.export_for_hq(db, SYSTEM, args.to, hq)
    except (StorageError, ServiceError) as exc:
        return fail(exc.message)
    finally:
        db.close()
        lock.release()
    print(f"已导出：{result.path}（{result.size / 2**20:.1f} MB，{sum(result.counts.values())} 行）")
    print(f"SHA-256 {result.sha256}")
    if result.passphrase_normalised:
        print(keymgmt.HQ_HALF_WIDTH_NOTE)
    return EXIT_OK
