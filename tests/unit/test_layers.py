"""The layer rule as a check: nothing below the UI imports Qt; the UI never writes SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "loandesk"
NO_QT = ["domain", "store", "services", "documents", "risk", "commands"]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_below_the_ui():
    offenders = []
    for pkg in NO_QT:
        for path in (ROOT / pkg).rglob("*.py"):
            if any(name.startswith("PySide6") for name in imports(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_domain_imports_no_storage():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "domain").rglob("*.py")
        if any(n.startswith(("sqlalchemy", "sqlcipher3", "loandesk.store", "loandesk.services")) for n in imports(p))
    ]
    assert offenders == []


def test_ui_writes_no_sql():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.parent.name == "forms":
            continue
        names = imports(path)
        text = path.read_text(encoding="utf-8")
        if any(n.startswith(("sqlalchemy", "sqlcipher3")) for n in names) or "exec_driver_sql" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
