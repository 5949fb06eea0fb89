"""store.files.write_bytes_atomic: a user's saved file is complete or absent."""

from __future__ import annotations

import errno
import os

import pytest

from loandesk.store import files


def test_writes_then_replaces_an_existing_file(tmp_path) -> None:
    target = tmp_path / "合同.pdf"
    target.write_bytes(b"old")
    assert files.write_bytes_atomic(str(target), b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new" and not files.part_path(target).exists()


def test_a_failed_write_leaves_neither_half_a_file_nor_the_part(tmp_path, monkeypatch) -> None:
    """The disk fills at the last moment (fsync): the old file stays as it was, no .part remains."""
    target = tmp_path / "导出.xlsx"
    target.write_bytes(b"complete old export")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as exc:
        files.write_bytes_atomic(target, b"x" * 100_000)
    assert exc.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"complete old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["导出.xlsx"]


def test_a_folder_that_is_a_file_is_an_os_error(tmp_path) -> None:
    (tmp_path / "not-a-folder").write_bytes(b"")
    with pytest.raises(OSError):
        files.write_bytes_atomic(tmp_path / "not-a-folder" / "a.csv", b"a")
