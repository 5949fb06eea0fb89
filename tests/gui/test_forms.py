"""Every Designer form compiles, is up to date, and builds its widgets."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget, QWizard

from loandesk.ui.forms import build

FORMS = sorted((Path(__file__).resolve().parents[2] / "forms").glob("*.ui"))


def test_there_are_forms():
    assert len(FORMS) >= 5


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_form_loads_and_compiled_module_is_current(qtbot, ui):
    compiled = build.target(ui)
    assert compiled.exists(), f"run python -m loandesk.ui.forms.build ({compiled.name} missing)"
    assert compiled.read_text(encoding="utf-8") == build.compile_one(ui), f"{compiled.name} is stale"
    module = importlib.import_module(f"loandesk.ui.forms.{compiled.stem}")
    cls_name = next(n for n in dir(module) if n.startswith("Ui_"))
    base = {"QDialog": QDialog, "QMainWindow": QMainWindow, "QWizard": QWizard}
    text = ui.read_text(encoding="utf-8")
    top = next((b for name, b in base.items() if f'class="{name}"' in text.split("<widget", 2)[1][:80]), QWidget)
    host = top()
    qtbot.addWidget(host)
    getattr(module, cls_name)().setupUi(host)
    assert host.findChildren(QWidget)
