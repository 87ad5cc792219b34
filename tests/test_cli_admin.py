"""The administration commands: `kiosk officer`, `kiosk purge`, `kiosk backup`, `kiosk restore`."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.services import Kiosk
from kiosk.services.maintenance import integrity
from kiosk.store import close_database
from kiosk.store.models import AuditEntry, OfficerAccount, Visit
from tests.helpers import car

ADMIN_PIN = "73915284"
OTHER_PIN = "24681357"


def kiosk_cli(home: Path, *args: str, stdin: str = "") -> int:
    """``kiosk --home HOME ARGS`` in this process, with ``stdin`` as standard input."""
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(["--home", str(home), *args])
    finally:
        sys.stdin = saved


def add_first_admin(home: Path) -> None:
    add = ("officer", "add", "--name", "Admin Satu", "--role", "admin", "--pin-stdin")
    assert kiosk_cli(home, *add, stdin=f"{ADMIN_PIN}\n") == 0


def test_the_first_admin_is_added_and_its_pin_is_nowhere_in_clear(
    kiosk: Kiosk, home: Path
) -> None:
    """Through a real process: the PIN goes in on stdin, and is in no file afterwards. The
    fixture's connection stays open, so the WAL is still there to be searched too."""
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_DB", "KIOSK_HOME")}
    command = [sys.executable, "-m", "kiosk", "--home", str(home), "officer", "add"]
    command += ["--name", "Admin Satu", "--role", "admin", "--nip", "198001012005011001"]
    done = subprocess.run(
        [*command, "--pin-stdin"],
        input=f"{ADMIN_PIN}\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Petugas Admin Satu (Admin) ditambahkan.\n"
    assert ADMIN_PIN not in done.stdout + done.stderr

    (account,) = OfficerAccount.select()
    assert (account.name, account.role) == ("Admin Satu", "admin")
    assert account.nip == "198001012005011001"
    assert account.pin_hash.startswith("scrypt$")
    database = home / "kiosk.sqlite3"
    wal = home / "kiosk.sqlite3-wal"
    assert wal.exists()
    for path in (database, wal, home / "logs" / "kiosk.log"):
        content = path.read_bytes()
        assert content, path
        assert ADMIN_PIN.encode() not in content, path
    assert b"Admin Satu" in database.read_bytes() + wal.read_bytes()  # the search does find
    (entry,) = AuditEntry.select().where(AuditEntry.action == "officer_add")
    assert ADMIN_PIN not in entry.detail + entry.subject


def test_a_second_officer_needs_an_admin_and_their_pin(home: Path, capsys) -> None:
    try:
        add_first_admin(home)
        add = ("officer", "add", "--name", "Budi", "--role", "petugas", "--pin-stdin")
        assert kiosk_cli(home, *add, stdin=f"{OTHER_PIN}\n") == 2
        assert "--admin" in capsys.readouterr().err

        with_admin = (*add, "--admin", "admin satu")  # the name in any case
        assert kiosk_cli(home, *with_admin, stdin=f"{OTHER_PIN}\n13572468\n") == 2
        assert "PIN salah" in capsys.readouterr().err
        assert kiosk_cli(home, *with_admin, stdin=f"{OTHER_PIN}\n") == 2  # no admin PIN
        assert "PIN tidak terbaca" in capsys.readouterr().err
        assert OfficerAccount.select().count() == 1

        assert kiosk_cli(home, *with_admin, stdin=f"{OTHER_PIN}\n{ADMIN_PIN}\n") == 0
        assert "Petugas Budi (Petugas) ditambahkan." in capsys.readouterr().out
        entry = AuditEntry.select().where(AuditEntry.action == "officer_add").order_by(
            AuditEntry.id.desc()
        ).first()
        assert (entry.officer_name, entry.subject) == ("Admin Satu", "Budi")

        assert kiosk_cli(home, "officer", "list") == 0
        assert capsys.readouterr().out == "Admin Satu\tadmin\taktif\nBudi\tpetugas\taktif\n"
    finally:
        close_database()


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--role", "petugas", "--pin-stdin"), f"{ADMIN_PIN}\n", "pertama harus admin"),
        (("--role", "admin", "--pin-stdin"), "1234\n", "urutan angka"),
        (("--role", "admin"), "", "untuk skrip pakai --pin-stdin"),  # stdin is no terminal
    ],
)
def test_officer_add_refusals(home: Path, capsys, args, stdin: str, message: str) -> None:
    try:
        assert kiosk_cli(home, "officer", "add", "--name", "Sari", *args, stdin=stdin) == 2
        assert message in capsys.readouterr().err
        assert OfficerAccount.select().count() == 0
    finally:
        close_database()


def test_backup_then_restore_from_the_command_line(home: Path, tmp_path: Path, capsys) -> None:
    try:
        assert main(["--home", str(home), "demo", "--visits", "3", "--seed", "1"]) == 0
        capsys.readouterr()
        folder = tmp_path / "usb"
        assert kiosk_cli(home, "backup", f"{folder}/") == 0  # a folder, created
        out = capsys.readouterr().out
        match = re.fullmatch(r"Cadangan: (?P<path>\S+) \((?P<size>[\d.]+) byte\)\n", out)
        assert match, out
        copy = Path(match["path"])
        assert copy.parent == folder and copy.stat().st_size == int(match["size"].replace(".", ""))
        assert integrity(copy) == "ok"

        assert main(["--home", str(home), "demo", "--visits", "2"]) == 0
        assert Visit.select().count() == 5
        assert kiosk_cli(home, "restore", str(copy)) == 2  # no terminal, no --yes
        assert "--yes" in capsys.readouterr().err
        assert Visit.select().count() == 5

        assert kiosk_cli(home, "restore", "--yes", str(copy)) == 0
        out = capsys.readouterr().out
        assert f"Dipulihkan dari {copy} (3 kunjungan" in out
        assert Visit.select().count() == 3
        (aside,) = (home / "backups").glob("kiosk-before-restore-*.sqlite3")
        assert str(aside) in out

        garbage = tmp_path / "garbage.sqlite3"
        garbage.write_bytes(b"\x00garbage" * 100)
        assert kiosk_cli(home, "restore", "--yes", str(garbage)) == 2
        assert "bukan basis data SQLite yang utuh" in capsys.readouterr().err
        assert kiosk_cli(home, "backup", str(home / "kiosk.sqlite3")) == 2
        assert "tidak boleh menimpa" in capsys.readouterr().err
    finally:
        close_database()


def test_purge_as_the_system_or_as_a_named_admin(home: Path, capsys) -> None:
    try:
        add_first_admin(home)
        capsys.readouterr()
        assert kiosk_cli(home, "purge") == 0
        assert "Tidak ada data pribadi yang melewati masa retensi 365 hari" in (
            capsys.readouterr().out
        )
        assert kiosk_cli(home, "purge", "--officer", "Admin Satu", "--pin-stdin") == 2
        assert "PIN tidak terbaca" in capsys.readouterr().err
        daily = ("purge", "--daily", "--officer", "Admin Satu", "--pin-stdin")
        assert kiosk_cli(home, *daily, stdin=f"{ADMIN_PIN}\n") == 0
        out = capsys.readouterr().out
        assert "Cadangan harian: " in out and "daily/kiosk-" in out
        entry = AuditEntry.select().where(AuditEntry.action == "daily").get()
        assert entry.officer_name == "Admin Satu"
        assert kiosk_cli(home, "purge", "--daily") == 0
        assert capsys.readouterr().out == "Pemeliharaan harian hari ini sudah dijalankan.\n"
    finally:
        close_database()


def test_an_officer_who_may_not_purge_is_refused(home: Path, kiosk: Kiosk, capsys) -> None:
    kiosk.registration.register(car(), "x")
    close_database()
    try:
        add_first_admin(home)
        add = ("officer", "add", "--name", "Sari", "--role", "supervisor", "--pin-stdin")
        pins = f"{OTHER_PIN}\n{ADMIN_PIN}\n"
        assert kiosk_cli(home, *add, "--admin", "Admin Satu", stdin=pins) == 0
        backup = ("backup", str(home / "copy.sqlite3"), "--officer", "Sari", "--pin-stdin")
        assert kiosk_cli(home, *backup, stdin=f"{OTHER_PIN}\n") == 2
        assert "Hanya admin yang dapat membuat atau memulihkan cadangan" in capsys.readouterr().err
        assert not (home / "copy.sqlite3").exists()
    finally:
        close_database()
