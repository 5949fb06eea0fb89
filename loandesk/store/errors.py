"""Storage errors that carry a message a clerk or admin can act on.

SQLCipher reports a wrong key, a damaged file and a foreign file identically ("file is not a
database"), so the messages here never pretend to know which one it was.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class: `str(err)` is a plain-Chinese message fit for a dialog."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class KeyFormatError(StorageError):
    def __init__(self) -> None:
        super().__init__("数据库密钥格式不正确（应为 64 位十六进制）。请用恢复口令解锁。")


class WrongKeyOrCorrupt(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "密钥错误或数据库文件损坏：无法打开数据库。请确认使用的是本库的密钥或恢复口令；"
            "若密钥无误，请从备份恢复。",
            detail=detail,
        )


class DamagedFile(WrongKeyOrCorrupt):
    """Damage that shows without the key (or with a key known to be right): no point asking for
    the recovery passphrase. A WrongKeyOrCorrupt still, so callers that stop on that stop here."""

    def __init__(self, path: str, reason: str) -> None:
        StorageError.__init__(
            self,
            f"数据库文件已损坏或已被其他文件替换（{reason}）：{path}\n这不是密钥问题，输入恢复口令也无法打开。"
            "数据文件未被改动。请从备份恢复（系统管理 → 从备份恢复，或命令 loandesk restore 备份文件）。",
            detail=reason,
        )


class DatabaseMissing(StorageError):
    """A database was set up here (install marker) but the file is gone or empty."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"数据库文件{reason}：{path}\n本机已初始化过 LoanDesk，系统不会自动新建空库以免覆盖数据。"
            "请从备份恢复（系统管理 → 从备份恢复，或命令 loandesk restore 备份文件）。"
        )


class DatabaseDamaged(StorageError):
    def __init__(self, problems: list[str]) -> None:
        shown = "；".join(problems[:3])
        super().__init__(f"数据库完整性检查未通过：{shown}。请停止录入并从备份恢复。")
        self.problems = problems


class SchemaTooNew(StorageError):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"数据库版本（{found}）比本程序新，无法打开。请升级 LoanDesk 后再试。"
        )


class DiskFull(StorageError):
    def __init__(self) -> None:
        super().__init__("磁盘空间不足，本次操作未保存。请清理磁盘后重试，已录入的数据未丢失。")


class DatabaseBusy(StorageError):
    def __init__(self) -> None:
        super().__init__("数据库正忙（可能有备份或同步正在进行），请稍后重试。")


class NotLocalDisk(StorageError):
    """The data folder is on a share or a cloud-synced folder (T10): SQLite's locks fail there."""

    def __init__(self, path: str, reason: str = "") -> None:
        where = f"（{reason}）" if reason else ""
        super().__init__(
            f"数据库不能放在网络共享或同步文件夹中：{path}{where}。\n"
            "数据库依赖本机的文件锁和共享内存（WAL 模式）；在网络共享上这些锁不可靠，"
            "两台电脑或同步程序同时访问会损坏数据库。请把数据目录设在本机磁盘上"
            "（默认位置即可，或用 --data-dir 指定本机文件夹），网络共享只用作备份目标。",
            detail=reason,
        )


def translate_db_error(exc: BaseException) -> StorageError | None:
    """Map environment errors (not bugs) from SQLite/SQLCipher to clear messages."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "file is not a database" in text or "not an error" in text and "key" in text:
        return WrongKeyOrCorrupt(detail=text)
    if "database or disk is full" in text or "disk i/o error" in text and "full" in text:
        return DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy()
    if "malformed" in text or "hmac" in text:
        return DatabaseDamaged([text])
    return None
