"""Compile every forms/*.ui into loandesk/ui/forms/ui_<name>.py with pyside6-uic.

Compiled modules (not QUiLoader) because promoted widgets and packaged builds work with them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent


def uic() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_one(ui: Path) -> str:
    result = subprocess.run([*uic(), "-g", "python", str(ui)],
                            capture_output=True, text=True, check=True)
    # Drop the header line that carries the uic version/timestamp so builds are reproducible.
    lines = [ln for ln in result.stdout.splitlines() if "Created by: Qt User Interface Compiler" not in ln]
    return "\n".join(lines) + "\n"


def target(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main(check: bool = False) -> int:
    stale = []
    for ui in sorted(FORMS.glob("*.ui")):
        code = compile_one(ui)
        out = target(ui)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != code:
                stale.append(ui.name)
        else:
            out.write_text(code, encoding="utf-8")
    if stale:
        print("stale compiled forms: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv))
