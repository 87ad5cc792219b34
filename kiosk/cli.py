"""Command line: ``kiosk`` opens the window; ``kiosk demo`` registers demo visits; ``kiosk
officer``, ``purge``, ``backup`` and ``restore`` administer the installation (cli_admin.py);
``kiosk --self-check`` checks the installation (selfcheck.py)."""

from __future__ import annotations

import argparse
import sys

from kiosk import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Pelayanan Tanpa Turun: drive-thru and counter service lane kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="folder of this installation (settings, database, outbox, logs); "
        "default: $KIOSK_HOME, else the user data folder",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (settings, database, fonts, a slip, Qt, translations), "
        "one line per check; exit status 0 only if all pass",
    )
    sub = parser.add_subparsers(dest="command")

    window = sub.add_parser("window", help="open the lane window (the default)")
    _window_options(window)
    _window_options(parser)

    display = sub.add_parser("display", help="open the public display facing the lane")
    display.add_argument("--fullscreen", action="store_true", help="full screen (the kiosk way)")
    display.add_argument(
        "--screen", type=int, default=0, metavar="N", help="monitor number, 0 = first (default)"
    )
    # For tests/e2e/test_display_process.py: one line per newly shown call, and "ready".
    display.add_argument("--log-calls", action="store_true", help=argparse.SUPPRESS)

    demo = sub.add_parser("demo", help="register realistic demo visits for today")
    demo.add_argument("--visits", type=int, default=10, metavar="N", help="how many (default 10)")
    demo.add_argument("--seed", type=int, default=None, help="random seed, for repeatable data")
    demo.add_argument(
        "--no-print",
        action="store_true",
        help="store the slips' print jobs without printing them (the window prints them later)",
    )
    demo.add_argument(
        "--channel", choices=("drive_thru", "loket"), default=None, help="only this channel"
    )
    demo.add_argument(
        "--officer", default=None, help="name recorded on the visits (default: the demo officer)"
    )

    from kiosk.cli_admin import add_parsers  # officer, purge, backup, restore

    add_parsers(sub)
    from kiosk.cli_report import add_parser as add_report_parser  # report

    add_report_parser(sub)
    return parser


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fullscreen",
        action="store_true",
        help="full screen kiosk mode (closing it needs a supervisor's or an admin's PIN)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="act as the demo officer, without a login"
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save a picture of the lane screen once it is shown, then quit (for checks)",
    )
    # For bench/bench_startup.py: print "shown" once the lane screen is up, then quit.
    parser.add_argument("--probe-startup", action="store_true", help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.self_check:
        if args.command is not None:
            parser.error(f"--self-check takes no command (got {args.command!r})")
        from kiosk.selfcheck import run_self_check

        return run_self_check(args.home)
    from kiosk.app import build, setup_logging
    from kiosk.config import SettingsError, load_settings
    from kiosk.store import StoreError

    try:
        settings = load_settings(args.home)
        setup_logging(settings)
        kiosk = build(settings)
    except (SettingsError, StoreError) as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 2
    if args.command == "demo":
        from kiosk.cli_demo import run_demo

        return run_demo(
            kiosk,
            visits=args.visits,
            seed=args.seed,
            channel=args.channel,
            officer=args.officer,
            print_slips=not args.no_print,
        )
    from kiosk.cli_admin import COMMANDS as ADMIN_COMMANDS
    from kiosk.cli_admin import run_admin

    if args.command in ADMIN_COMMANDS:
        return run_admin(kiosk, args)
    if args.command == "report":
        from kiosk.cli_report import run_report

        return run_report(kiosk, args)
    if args.command == "display":
        from kiosk.app import run_display

        return run_display(
            kiosk, fullscreen=args.fullscreen, screen=args.screen, log_calls=args.log_calls
        )
    from kiosk.app import run_window

    return run_window(
        kiosk,
        fullscreen=args.fullscreen,
        demo=args.demo,
        screenshot=args.screenshot,
        probe_startup=args.probe_startup,
    )
