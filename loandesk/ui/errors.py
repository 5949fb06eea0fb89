"""Turning exceptions into short Chinese messages: no traceback ever reaches a clerk."""

from __future__ import annotations

import logging
import traceback
import uuid

from PySide6.QtWidgets import QMessageBox, QWidget

from loandesk.services.context import ServiceError
from loandesk.store.errors import StorageError, translate_db_error

log = logging.getLogger("loandesk")


def user_message(exc: BaseException) -> str:
    if isinstance(exc, ServiceError | StorageError):
        return exc.message
    mapped = translate_db_error(exc)
    if mapped is not None:
        return mapped.message
    if isinstance(exc, MemoryError):
        return "内存不足，操作未完成。请关闭其他程序后重试。"
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.strerror or '未知错误'}。请检查磁盘空间与文件权限。"
    ref = log_failure("unexpected error", exc)
    return f"发生未预期的错误（参考编号 {ref}），操作未完成，数据未受影响。请联系系统管理员。"


def log_failure(context: str, exc: BaseException, *, logger: logging.Logger | None = None) -> str:
    """Log a failure by type, its causes' types and the code location; returns a reference number.

    Never the message: exception text can carry personal data (an IntegrityError's message holds
    the SQL parameters: names, ID numbers; a ServiceError may name the customer), so it never
    reaches the log — not even through exc_info / log.exception, whose formatter prints
    "Type: message". `context` must be fixed text from the code (a place, a section key), never data.
    """
    ref = uuid.uuid4().hex[:8].upper()
    causes = []
    cause = exc.__cause__ or exc.__context__
    while cause is not None and len(causes) < 5:
        causes.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    place = "".join(traceback.format_tb(exc.__traceback__)[-4:]) if exc.__traceback__ else ""
    (logger or log).error("%s ref=%s type=%s caused by=%s\n%s", context, ref, type(exc).__name__,
                          ",".join(causes) or "-", place)
    return ref


def show_error(parent: QWidget | None, exc: BaseException, title: str = "操作未完成") -> None:
    QMessageBox.warning(parent, title, user_message(exc))
