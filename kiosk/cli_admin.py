"""``kiosk officer``, ``kiosk purge``, ``kiosk backup``, ``kiosk restore``: administration.

PINs are read from the terminal without echo (getpass), or one per line from standard input with
``--pin-stdin`` (scripts, tests). They are never arguments (other users could read them in the
process list), and never printed or logged. Without ``--officer`` the maintenance commands act as
the trusted system actor ``sistem`` (whoever runs them can read the database file anyway); with
``--officer NAME`` that officer logs in with their PIN (wrong PINs count towards the lockout) and
their role is checked. Errors exit with status 2 and an Indonesian message.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.domain.officers import Officer
    from kiosk.services import Kiosk
    from kiosk.services.audit import Actor

COMMANDS = ("officer", "purge", "backup", "restore")
ROLES = ("admin", "supervisor", "petugas")
CONFIRM_WORD = "YA"


class CliError(Exception):
    """A refusal of the command line itself (Indonesian message)."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The administration subcommands, on the ``kiosk`` parser's subparsers."""
    officer = sub.add_parser("officer", help="officers: add one, list them")
    officers = officer.add_subparsers(dest="officer_command", required=True)
    add = officers.add_parser(
        "add",
        help="add an officer; the PIN is asked twice (the first officer must be an admin, "
        "later ones need --admin and that admin's PIN)",
    )
    add.add_argument("--name", required=True, help="the officer's name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--nip", default="", help="NIP (optional)")
    add.add_argument(
        "--admin", metavar="NAME", help="the admin who adds them (asked for their PIN after)"
    )
    _pin_stdin(add, "the new PIN on the first line, the admin's on the second")
    officers.add_parser("list", help="list the officers: name, role, active")

    purge = sub.add_parser(
        "purge", help="erase personal data older than [privacy] retention_days"
    )
    purge.add_argument(
        "--daily",
        action="store_true",
        help="the daily run: purge, then a daily backup kept [privacy] backups_kept days; "
        "does nothing if it already ran today (WIB), for a scheduled task",
    )
    _acting_officer(purge)

    backup = sub.add_parser("backup", help="copy the SQLite database (consistent, checked, 0600)")
    backup.add_argument("dest", metavar="DEST", help="a file, or a folder for kiosk-<time>.sqlite3")
    _acting_officer(backup)

    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument("src", metavar="SRC", help="the backup file")
    restore.add_argument(
        "--yes", action="store_true", help="do not ask (needed when stdin is not a terminal)"
    )
    _acting_officer(restore)


def _acting_officer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--officer",
        dest="acting_officer",
        metavar="NAME",
        help="act as this officer (an admin; their PIN is asked) instead of 'sistem'",
    )
    _pin_stdin(parser, "one line")


def _pin_stdin(parser: argparse.ArgumentParser, lines: str) -> None:
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=f"read PINs from standard input ({lines}) instead of the terminal",
    )


def run_admin(kiosk: Kiosk, args: argparse.Namespace) -> int:
    """Run one administration command; 0 when done, 2 on an error, 1 when cancelled."""
    from kiosk.domain.errors import DomainError
    from kiosk.store import StoreError

    pins = PinReader(from_stdin=getattr(args, "pin_stdin", False))
    command = args.command
    try:
        if command == "officer":
            if args.officer_command == "list":
                return _officer_list()
            return _officer_add(kiosk, args, pins)
        actor = _actor(kiosk, args.acting_officer, pins)
        if command == "purge":
            return _purge(kiosk, actor, daily=args.daily)
        if command == "backup":
            return _backup(kiosk, actor, args.dest)
        return _restore(kiosk, actor, Path(args.src), yes=args.yes)
    except (CliError, DomainError, StoreError) as err:
        print(f"kiosk {command}: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"kiosk {command}: {_os_error(err)}", file=sys.stderr)
        return 2


class PinReader:
    """PINs from the terminal (getpass: never echoed) or, for scripts, one per stdin line."""

    def __init__(self, *, from_stdin: bool) -> None:
        self._from_stdin = from_stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._from_stdin:
            line = sys.stdin.readline()
            if not line.strip():
                raise CliError("PIN tidak terbaca dari masukan standar (satu PIN per baris).")
            return line.strip()
        if not sys.stdin.isatty():
            raise CliError("PIN hanya dibaca dari terminal; untuk skrip pakai --pin-stdin.")
        pin = getpass.getpass(prompt)
        if confirm and getpass.getpass("Ulangi PIN: ") != pin:
            raise CliError("Kedua PIN tidak sama.")
        return pin


def _find_officer(kiosk: Kiosk, name: str) -> Officer:
    from kiosk.domain.visit import normalise_name

    wanted = normalise_name(name).casefold()
    for officer in kiosk.officers.active():
        if officer.name.casefold() == wanted:
            return officer
    raise CliError(f"Tidak ada petugas aktif bernama {name}.")


def _login(kiosk: Kiosk, name: str, pins: PinReader) -> Officer:
    officer = _find_officer(kiosk, name)
    return kiosk.officers.login(officer.id, pins.read(f"PIN {officer.name}: "))


def _actor(kiosk: Kiosk, name: str | None, pins: PinReader) -> Actor:
    from kiosk.services.maintenance import SYSTEM_ACTOR

    return _login(kiosk, name, pins) if name else SYSTEM_ACTOR


def _officer_add(kiosk: Kiosk, args: argparse.Namespace, pins: PinReader) -> int:
    from kiosk.domain.officers import Role

    if not args.admin and kiosk.officers.has_officers():
        raise CliError(
            "Sudah ada petugas: sebutkan admin yang menambahkan dengan --admin NAMA "
            "(PIN-nya ditanyakan)."
        )
    admin = _find_officer(kiosk, args.admin) if args.admin else None
    pin = pins.read(f"PIN baru untuk {args.name}: ", confirm=True)
    actor = kiosk.officers.login(admin.id, pins.read(f"PIN {admin.name}: ")) if admin else None
    officer = kiosk.officers.add(actor, args.name, pin, Role(args.role), nip=args.nip or "")
    print(f"Petugas {officer.name} ({officer.role.label()}) ditambahkan.")
    return 0


def _officer_list() -> int:
    from kiosk.store.models import OfficerAccount

    for account in OfficerAccount.select().order_by(OfficerAccount.name):
        state = "aktif" if account.active else "nonaktif"
        print(f"{account.name}\t{account.role}\t{state}")
    return 0


def _purge(kiosk: Kiosk, actor: Actor, *, daily: bool) -> int:
    if not daily:
        print(kiosk.maintenance.purge(actor).message)
        return 0
    result = kiosk.maintenance.daily(actor)
    if result is None:
        print("Pemeliharaan harian hari ini sudah dijalankan.")
        return 0
    print(result.purge.message)
    if result.backup is not None:
        print(f"Cadangan harian: {result.backup} ({_size(result.backup)})")
    for path in result.removed:
        print(f"Cadangan lama dihapus: {path}")
    return 0


def _backup(kiosk: Kiosk, actor: Actor, dest: str) -> int:
    target = Path(dest).expanduser()
    if dest.endswith(("/", os.sep)):  # a folder, created if need be
        target.mkdir(parents=True, exist_ok=True)
    path = kiosk.maintenance.backup(actor, target)
    print(f"Cadangan: {path} ({_size(path)})")
    return 0


def _restore(kiosk: Kiosk, actor: Actor, src: Path, *, yes: bool) -> int:
    checked = kiosk.maintenance.check_backup(src)  # refuse a bad file before asking anything
    if not yes:
        if not sys.stdin.isatty():
            raise CliError("Tanpa terminal, pemulihan harus dikonfirmasi dengan --yes.")
        print(
            f"Basis data sekarang akan diganti dengan {checked.path} "
            f"({checked.visits} kunjungan, versi skema {checked.version}).\n"
            "Basis data sekarang disalin dulu ke folder backups. "
            "Tutup semua jendela kiosk yang memakai basis data ini."
        )
        if input(f"Ketik {CONFIRM_WORD} untuk melanjutkan: ").strip() != CONFIRM_WORD:
            print("Dibatalkan.")
            return 1
    result = kiosk.maintenance.restore(actor, checked.path)
    print(
        f"Dipulihkan dari {result.source} ({result.visits} kunjungan, versi skema "
        f"{result.version}). Basis data sebelumnya disimpan di {result.saved_aside}."
    )
    return 0


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size:,} byte".replace(",", ".")


def _os_error(err: OSError) -> str:
    where = f": {err.filename}" if err.filename else ""
    return f"berkas tidak dapat dibaca atau ditulis ({err.strerror or err}){where}"
