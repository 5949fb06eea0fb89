"""Files the user asks to save (exports, contract PDFs, audit extracts): complete or absent.

Why one helper: a save-as that writes straight to the chosen name leaves half a file there when
the disk fills, the USB stick is pulled or the PC loses power, and the next person opens a
truncated contract or spreadsheet without knowing it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PART_SUFFIX = ".part"


def part_path(target: Path) -> Path:
    """Where the bytes go before the rename (beside the target: same volume, so the rename is atomic)."""
    return target.with_name(target.name + PART_SUFFIX)


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    """Write ``data`` beside ``target``, fsync, then rename over it; returns the target.

    On any failure the partial file is removed (as far as the OS allows) and the error raised.
    """
    target = Path(target)
    tmp = part_path(target)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
