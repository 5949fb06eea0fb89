"""The backup/restore/key commands as scripts use them: exit codes and messages."""

from __future__ import annotations

import pytest

from loandesk.cli import main
from loandesk.services import backup
from loandesk.store.database import DataDir, key_from_passphrase
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed(db):
    data = db.data
    db.close()
    return data


def test_backup_verify_restore_round_trip(closed, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["backup", "--data-dir", str(closed.root), "--to", str(out)]) == 0
    files = list(out.glob("*.ldbackup"))
    assert len(files) == 1 and "备份完成并已校验" in capsys.readouterr().out
    assert main(["backup", "verify", str(files[0])]) == 0  # key from the keyring
    assert "备份完好" in capsys.readouterr().out
    bad = tmp_path / "bad.ldbackup"
    bad.write_bytes(files[0].read_bytes()[:-100])
    assert main(["backup", "verify", str(bad)]) == 1
    assert "不完整" in capsys.readouterr().err
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    fresh = DataDir(tmp_path / "fresh")
    assert main(["restore", str(files[0]), "--data-dir", str(fresh.root), "--yes"]) == 0
    assert "恢复完成" in capsys.readouterr().out
    assert key_from_passphrase(fresh, PASSPHRASE)


def test_restore_needs_confirmation_and_right_passphrase(closed, tmp_path, monkeypatch, capsys):
    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    r = backup.write_backup(db, tmp_path)
    db.close()
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    fresh = tmp_path / "fresh"
    assert main(["restore", str(r.path), "--data-dir", str(fresh)]) == 2  # no tty, no --yes
    assert not (fresh / "install.json").exists()
    monkeypatch.setenv("LOANDESK_PASSPHRASE", "Wrong-Passphrase-1")
    assert main(["restore", str(r.path), "--data-dir", str(fresh), "--yes"]) == 1
    assert "恢复口令不正确" in capsys.readouterr().err


def test_change_passphrase_rekey_and_export(closed, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LOANDESK_NEW_PASSPHRASE", "Another-Phrase-2027")
    assert main(["change-passphrase", "--data-dir", str(closed.root)]) == 0
    monkeypatch.setenv("LOANDESK_PASSPHRASE", "Another-Phrase-2027")
    before = key_from_passphrase(closed, "Another-Phrase-2027")
    assert main(["rekey", "--data-dir", str(closed.root), "--yes"]) == 0
    assert key_from_passphrase(closed, "Another-Phrase-2027") != before
    monkeypatch.setenv("LOANDESK_HQ_PASSPHRASE", "Zonghang-Export-2026")
    assert main(["export-hq", "--data-dir", str(closed.root), "--to", str(tmp_path / "hq.db")]) == 0
    assert (tmp_path / "hq.db").exists()
    assert "已导出" in capsys.readouterr().out


def test_successful_commands_print_no_sqlcipher_error_lines(closed, tmp_path):
    """A re-key tries candidate keys on purpose; SQLCipher printed "ERROR CORE … hmac check failed"
    for each one that did not fit, under the message that the re-key had succeeded."""
    import os
    import subprocess
    import sys

    from tests.services._backup_helpers import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT), LOANDESK_PASSPHRASE=PASSPHRASE)
    env.pop("LOANDESK_SQLCIPHER_LOG", None)
    runs = [["rekey", "--data-dir", str(closed.root), "--yes"],
            ["backup", "--data-dir", str(closed.root), "--to", str(tmp_path / "out")]]
    for args in runs:  # a fresh process each, with no keyring: the passphrase path, as on a server
        done = subprocess.run([sys.executable, "-m", "loandesk", *args], capture_output=True, text=True,
                              env=env, cwd=str(ROOT), timeout=300)
        assert done.returncode == 0, done.stderr
        assert "ERROR" not in done.stderr and "hmac" not in done.stderr, done.stderr
        assert "Traceback" not in done.stderr + done.stdout
    # For support the lines can be brought back; this also shows the case above really produces them.
    loud = subprocess.run([sys.executable, "-m", "loandesk", *runs[0]], capture_output=True, text=True,
                          env=dict(env, LOANDESK_SQLCIPHER_LOG="WARN"), cwd=str(ROOT), timeout=300)
    assert loud.returncode == 0 and "hmac check failed" in loud.stderr


def test_backup_time_printed_in_beijing_time_like_its_file_name(closed, tmp_path, monkeypatch, capsys):
    """A backup made at 00:30 Beijing time is named …-20260302-003000-…; `backup verify` and
    `restore` said "备份时间 2026-03-01 16:30" on a PC whose zone is UTC (the PC's own zone)."""
    import os
    import time
    from datetime import UTC, datetime

    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    r = backup.write_backup(db, tmp_path, now=datetime(2026, 3, 1, 16, 30, tzinfo=UTC))
    db.close()
    assert "-20260302-003000-" in r.path.name
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"  # the PC's zone is not China's (the message used the PC's zone)
    time.tzset()
    try:
        assert main(["backup", "verify", str(r.path)]) == 0
        out = capsys.readouterr().out
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
    assert "备份时间 2026-03-02 00:30（北京时间）" in out, out


def test_data_folder_that_is_a_file_gives_a_message_not_a_traceback(closed, tmp_path, monkeypatch, capsys):
    """`--data-dir` naming a file (or a folder under one) ended in FileExistsError / NotADirectoryError
    tracebacks from the instance lock."""
    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    r = backup.write_backup(db, tmp_path / "b")
    db.close()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep me")
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    for where in (a_file, a_file / "branch"):
        assert main(["restore", str(r.path), "--data-dir", str(where), "--yes"]) == 1
        err = capsys.readouterr().err
        assert "无法使用数据目录" in err and "不是文件夹" in err and "Traceback" not in err
        assert main(["backup", "--data-dir", str(where)]) == 1
        assert "无法使用数据目录" in capsys.readouterr().err
    assert a_file.read_text() == "keep me"


def test_unexpected_errors_and_ctrl_c_end_in_one_line_not_a_traceback(closed, tmp_path, monkeypatch, capsys):
    """Fault injection at the service boundary (the database itself stays real): an exception no
    command expected, and Ctrl+C at a prompt, printed Python tracebacks — with the exception's text,
    which may carry personal data."""
    def boom(*_a, **_k):
        raise RuntimeError("张三 110101199003071234 13800138000")

    monkeypatch.setattr(backup, "create_backup", boom)
    assert main(["backup", "--data-dir", str(closed.root), "--to", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "未预期的错误" in err and "参考编号" in err and "RuntimeError" in err
    assert "Traceback" not in err and "张三" not in err and "110101" not in err

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "create_backup", interrupted)
    assert main(["backup", "--data-dir", str(closed.root), "--to", str(tmp_path / "out")]) == 130
    assert "已中断" in capsys.readouterr().err
    monkeypatch.setenv("LOANDESK_DEBUG", "1")
    monkeypatch.setattr(backup, "create_backup", boom)
    with pytest.raises(RuntimeError):
        main(["backup", "--data-dir", str(closed.root), "--to", str(tmp_path / "out")])
    from loandesk.store.instance_lock import held_by_this_process

    assert not held_by_this_process(closed.root)  # the lock was released on the way out each time


def test_backup_to_a_file_says_it_is_not_a_folder(closed, tmp_path, capsys):
    """`backup --to` naming a file said only "写入备份位置失败…请检查磁盘后重试" (nothing wrong with the disk)."""
    a_file = tmp_path / "E盘备份.txt"
    a_file.write_text("keep me")
    for where in (a_file, a_file / "sub"):
        assert main(["backup", "--data-dir", str(closed.root), "--to", str(where)]) == 1
        err = capsys.readouterr().err
        assert "备份位置不是文件夹" in err and str(where) in err, err
    assert a_file.read_text() == "keep me"


def test_other_branch_refusal_names_the_command_line_option(closed, tmp_path, monkeypatch, capsys):
    """The refusal told a command-line admin to tick a checkbox of the GUI."""
    from loandesk.services import setup
    from loandesk.store.database import create

    other, _key, _stored = create(DataDir(tmp_path / "other"), PASSPHRASE, branch_code="3399", branch_name="别的支行")
    with other.write() as s:
        setup.initialise(s, branch_code="3399", branch_name="别的支行", admin_username="admin",
                         admin_display_name="管理员", admin_password="Passw0rd1")
    r = backup.write_backup(other, tmp_path / "b")
    other.close()
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    assert main(["restore", str(r.path), "--data-dir", str(closed.root), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "网点 3399" in err and "--allow-other-branch" in err
    assert main(["restore", str(r.path), "--data-dir", str(closed.root), "--yes", "--allow-other-branch"]) == 0
    assert "恢复完成" in capsys.readouterr().out
    assert closed.read_marker()["branch_code"] == "3399"


def test_verify_without_the_right_passphrase_does_not_call_the_file_unusable(closed, tmp_path, monkeypatch,
                                                                               capsys, memory_keyring):
    """A wrong or missing passphrase printed "备份文件不可用：恢复口令不正确" — a false alarm about an
    intact backup for whoever reads the monitoring script's output."""
    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    r = backup.write_backup(db, tmp_path)
    db.close()
    memory_keyring.store.clear()  # another PC: only the passphrase opens it
    monkeypatch.setenv("LOANDESK_PASSPHRASE", "Wrong-Passphrase-1")
    assert main(["backup", "verify", str(r.path)]) == 1
    err = capsys.readouterr().err
    assert "恢复口令不正确" in err and "备份文件不可用" not in err
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    assert main(["backup", "verify", str(r.path)]) == 0
    cut = tmp_path / "cut.ldbackup"
    cut.write_bytes(r.path.read_bytes()[:-5000])
    assert main(["backup", "verify", str(cut)]) == 1
    assert "备份文件不可用" in capsys.readouterr().err


def test_relative_paths_are_recorded_absolute(closed, tmp_path, monkeypatch, capsys):
    """`loandesk backup --data-dir branch --to out` stored "out" and "branch/backups" in the backup
    history, which the 系统管理 tab later read against its own working folder (verify and
    rotation then looked in the wrong place)."""
    from loandesk.store.database import open_database

    monkeypatch.chdir(closed.root.parent)
    rel = closed.root.name
    assert main(["backup", "--data-dir", rel, "--to", "out"]) == 0
    assert main(["backup", "--data-dir", rel]) == 0
    capsys.readouterr()
    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    try:
        views = backup.list_backups(db, backup.SYSTEM)
    finally:
        db.close()
    assert {v.location for v in views} == {str(closed.root.parent / "out"), str(closed.backups)}
    assert all(v.path.is_file() for v in views)


def test_recovery_sheet_command_after_rekey(closed, tmp_path, monkeypatch, capsys):
    """After `rekey` the printed sheet's key no longer opens the database: the command says so and
    `recovery-sheet` writes a new one (never over an existing file)."""
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    assert main(["rekey", "--data-dir", str(closed.root), "--yes"]) == 0
    assert "loandesk recovery-sheet" in capsys.readouterr().out
    sheet = tmp_path / "恢复单"
    assert main(["recovery-sheet", "--data-dir", str(closed.root), "--to", str(sheet)]) == 0
    made = tmp_path / "恢复单.pdf"
    assert made.read_bytes().startswith(b"%PDF") and "恢复单已保存" in capsys.readouterr().out
    before = made.read_bytes()
    assert main(["recovery-sheet", "--data-dir", str(closed.root), "--to", str(made)]) == 1
    assert "文件已存在" in capsys.readouterr().err and made.read_bytes() == before
    monkeypatch.setenv("LOANDESK_PASSPHRASE", "Wrong-Passphrase-1")
    other = tmp_path / "other.pdf"
    assert main(["recovery-sheet", "--data-dir", str(closed.root), "--to", str(other)]) == 1
    assert "恢复口令不正确" in capsys.readouterr().err and not other.exists()


def test_restoring_a_backup_from_before_a_passphrase_change_says_which_passphrase_now_applies(
        closed, tmp_path, monkeypatch, capsys):
    """The restored folder takes the backup's key slot, so the recovery passphrase silently went
    back to the older one; the admin learnt it at the next unlock without the keyring."""
    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    old = backup.write_backup(db, tmp_path / "b")
    db.close()
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LOANDESK_NEW_PASSPHRASE", "Another-Phrase-2027")
    assert main(["change-passphrase", "--data-dir", str(closed.root)]) == 0
    capsys.readouterr()
    assert main(["restore", str(old.path), "--data-dir", str(closed.root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "恢复口令是制作此备份时的口令" in out and "change-passphrase" in out
    assert key_from_passphrase(closed, PASSPHRASE)  # as the note says
    assert main(["restore", str(old.path), "--data-dir", str(closed.root), "--yes"]) == 0
    assert "恢复口令是制作此备份时的口令" not in capsys.readouterr().out  # same passphrase: no note


def test_restore_command_says_which_old_safety_copies_it_deleted(closed, tmp_path, monkeypatch, capsys):
    from loandesk.services import restore
    from loandesk.store.database import open_database

    db = open_database(closed, key_from_passphrase(closed, PASSPHRASE), upgrade=False)
    made = backup.write_backup(db, tmp_path / "b")
    db.close()
    old = []
    for stamp in ("20240101T080000Z", "20240201T080000Z", "20240301T080000Z"):
        folder = closed.root / f"{restore.PRE_PREFIX}{stamp}"
        folder.mkdir()
        (folder / "loandesk.db").write_bytes(b"\0" * 4096)
        old.append(folder)
    monkeypatch.setenv("LOANDESK_PASSPHRASE", PASSPHRASE)
    assert main(["restore", str(made.path), "--data-dir", str(closed.root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "已删除 1 个较早的恢复前安全副本" in out and old[2].name in out and not old[0].exists()


def test_export_hq_with_a_full_width_passphrase_says_it_is_keyed_half_width(closed, tmp_path, monkeypatch, capsys):
    from loandesk.services import keymgmt

    monkeypatch.setenv("LOANDESK_HQ_PASSPHRASE", "Ｚｏｎｇｈａｎｇ－Ｅｘｐｏｒｔ－２０２６")
    assert main(["export-hq", "--data-dir", str(closed.root), "--to", str(tmp_path / "hq.db")]) == 0
    assert "按半角" in capsys.readouterr().out
    keymgmt.open_hq_export(tmp_path / "hq.db", "Zonghang-Export-2026").close()


def test_verify_a_demo_backup_and_check_the_file_without_a_passphrase(tmp_path, monkeypatch, capsys,
                                                                        memory_keyring):
    """`loandesk backup verify --demo FILE` asked for a passphrase (the demo's is public); and with no
    passphrase at all a bit-flipped backup was reported as "文件本身未发现问题" — the parts' SHA-256
    in the manifest show the damage without any key."""
    from loandesk.demo import DEMO_PASSPHRASE
    from loandesk.store.database import create

    db, _key, _stored = create(DataDir(tmp_path / "demo"), DEMO_PASSPHRASE, branch_code="DEMO01",
                               branch_name="演示支行", demo=True)
    r = backup.write_backup(db, tmp_path / "out")
    db.close()
    memory_keyring.store.clear()  # another PC, or a keyring that lost the entry
    monkeypatch.delenv("LOANDESK_PASSPHRASE", raising=False)  # and pytest's stdin is no terminal
    assert main(["backup", "verify", "--demo", str(r.path)]) == 0
    assert "备份完好" in capsys.readouterr().out
    assert main(["backup", "verify", str(r.path)]) == 1
    err = capsys.readouterr().err
    assert "文件本身未发现问题" in err and "SHA-256 与清单一致" in err and "LOANDESK_PASSPHRASE" in err
    flipped = bytearray(r.path.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    bad = tmp_path / "flipped.ldbackup"
    bad.write_bytes(bytes(flipped))
    assert main(["backup", "verify", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "备份文件不可用" in err and "未发现问题" not in err


def test_terminal_passphrase_entries_compare_as_keyed(monkeypatch) -> None:
    """Typed once in full-width IME mode and once in half-width, a new passphrase is the same one
    (it is keyed NFKC-normalised); a real typo is still refused."""
    import sys

    from loandesk.commands import backup as cmd
    from loandesk.store.errors import StorageError

    monkeypatch.delenv("LOANDESK_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["Ｒｅｃｏｖｅｒｙ－２０２６", "Recovery-2026", "Recovery-2026", "Recovery-2027"])
    monkeypatch.setattr(cmd.getpass, "getpass", lambda _prompt="": next(answers))
    assert cmd._new_secret("LOANDESK_NEW_PASSPHRASE", "新恢复口令") == "Ｒｅｃｏｖｅｒｙ－２０２６"
    with pytest.raises(StorageError, match="两次输入不一致"):
        cmd._new_secret("LOANDESK_NEW_PASSPHRASE", "新恢复口令")
