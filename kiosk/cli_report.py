"""``kiosk report``: the report of a period as a PDF, CSV or XLSX file, without a window.

Without ``--officer`` the command acts as the trusted system actor ``sistem`` (whoever runs it
can read the database file anyway); with ``--officer NAME`` that officer logs in with their PIN
(from the terminal, or standard input with ``--pin-stdin``) and must be a supervisor or an admin.
The export is audited. Errors exit with status 2 and an Indonesian message.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.services import Kiosk


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``report`` subcommand, on the ``kiosk`` parser's subparsers."""
    report = sub.add_parser(
        "report", help="write the report of a period (WIB days) as PDF, CSV or XLSX"
    )
    report.add_argument(
        "--from",
        dest="start",
        required=True,
        type=_day,
        metavar="YYYY-MM-DD",
        help="first service day (WIB)",
    )
    report.add_argument(
        "--to",
        dest="end",
        required=True,
        type=_day,
        metavar="YYYY-MM-DD",
        help="last service day (WIB), included",
    )
    report.add_argument(
        "--out", required=True, metavar="FILE", help="the file; .pdf, .csv or .xlsx"
    )
    report.add_argument(
        "--officer",
        dest="acting_officer",
        metavar="NAME",
        help="act as this officer (a supervisor or admin; their PIN is asked) instead of 'sistem'",
    )
    report.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input (one line) instead of the terminal",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"tanggal tidak valid: {text} (YYYY-MM-DD)") from err


def run_report(kiosk: Kiosk, args: argparse.Namespace) -> int:
    """Build and write the report; 0 when done, 2 on an error."""
    from kiosk.cli_admin import CliError, PinReader, _actor, _os_error
    from kiosk.domain.errors import DomainError
    from kiosk.services.reports import (
        FORMATS,
        Period,
        format_minutes,
        format_number,
        format_percent,
    )
    from kiosk.store import StoreError

    out = Path(args.out).expanduser()
    try:
        if out.suffix.lower() not in FORMATS:
            raise CliError("Nama berkas harus berakhiran .pdf, .csv atau .xlsx.")
        try:
            period = Period(args.start, args.end)
        except ValueError as err:
            raise CliError(str(err)) from err
        actor = _actor(kiosk, args.acting_officer, PinReader(from_stdin=args.pin_stdin))
        report = kiosk.reports.build(actor, period)
        path = kiosk.reports.export(actor, report, out)
    except (CliError, DomainError, StoreError) as err:
        print(f"kiosk report: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"kiosk report: {_os_error(err)}", file=sys.stderr)
        return 2
    channels = ", ".join(
        f"{'Drive-Thru' if ch == 'drive_thru' else 'Loket' if ch == 'loket' else ch} "
        f"{format_number(n)}"
        for ch, n in report.by_channel.items()
    )
    print(path)
    print(f"Periode: {period.label()}")
    print(f"Kunjungan: {format_number(report.visits)} ({channels})")
    print(f"Permohonan: {format_number(report.requests)}")
    print(
        f"Sampai diserahkan: rata-rata {format_minutes(report.to_hand_over.mean_minutes)}, "
        f"dalam target {format_percent(report.within_target_share)}"
    )
    ikm = report.ikm
    print(f"IKM: {ikm.formatted()}" + (f" {ikm.grade} ({ikm.grade_words})" if ikm.grade else ""))
    return 0
