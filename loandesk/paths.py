"""Where LoanDesk keeps its files (platformdirs: %LOCALAPPDATA%\\LoanDesk on Windows)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir(*, demo: bool = False) -> Path:
    override = os.environ.get("LOANDESK_DATA_DIR")
    base = Path(override) if override else Path(user_data_dir("LoanDesk", appauthor=False))
    return base / ("demo" if demo else "branch")
