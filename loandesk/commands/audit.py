"""`loandesk audit verify`: walk the hash chain, exit non-zero on the first broken record."""

from __future__ import annotations

import argparse

from loandesk.commands.common import EXIT_FAIL, EXIT_OK, add_data_dir, data_dir_of, fail, open_for_script
from loandesk.services import audit
from loandesk.store.errors import StorageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="审计日志")
    asub = p.add_subparsers(dest="audit_cmd", required=True)
    v = asub.add_parser("verify", help="校验审计日志哈希链")
    add_data_dir(v)
    v.add_argument("--expected-head", default=None, help="已知的链尾哈希（例如备份清单或总行记录的），用于发现尾部截断")
    v.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    try:
        db = open_for_script(data_dir_of(args))
    except StorageError as exc:
        return fail(exc.message)
    try:
        with db.read() as s:
            report = audit.verify_chain(s, expected_head=args.expected_head)
    finally:
        db.close()
    print(report.message())
    return EXIT_OK if report.ok else EXIT_FAIL
