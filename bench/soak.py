"""The soak day as a bench: a simulated service day at the lane, its figures, medians of runs.

The day is ``tests/soak_day.py``, the scenario of ``tests/e2e/test_soak.py``: 08.00-16.00 WIB on
a settable clock, the real window (offscreen) with its print worker and an OutboxPrinter,
``--visits`` DemoVisits drafts moved along with the board's buttons, side exits, reprints by the
supervisor and the printer away from 12.00 to 13.00. Each run is a process of its own (a fresh
home in a temporary folder, its own QApplication and database), so that its RSS figures are its
own; each checks the day's consistency as the test does (``check_day``) and fails if it does not
hold. Printed: every run's figures, then the medians of the runs (never asserted here; the test
asserts on one run of 400 visits).

Run: .venv/bin/python bench/soak.py [--visits 400] [--runs 3] [--seed N] [--wizard-every 8]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: the checkout's kiosk and tests helpers

RUN_TIMEOUT_S = 3600.0
MARK = "FIGURES "

# (label, how to read it from a run's figures, format) for the medians
MEDIANS = (
    ("wall s", lambda f: f["wall_s"], ".1f"),
    ("ms per visit, first hour", lambda f: f["ms_per_visit_by_hour"][0], ".0f"),
    ("ms per visit, last hour", lambda f: f["ms_per_visit_by_hour"][-1], ".0f"),
    ("  without the board's refreshes, first hour", lambda f: f["work_ms_by_hour"][0], ".0f"),
    ("  without the board's refreshes, last hour", lambda f: f["work_ms_by_hour"][-1], ".0f"),
    ("board refresh ms, first hour", lambda f: f["refresh_ms_by_hour"][0], ".1f"),
    ("board refresh ms, last hour", lambda f: f["refresh_ms_by_hour"][-1], ".1f"),
    ("RSS MB after the first hour", lambda f: f["rss_first_hour_mb"], ".1f"),
    ("RSS MB at the end", lambda f: f["rss_end_mb"], ".1f"),
    ("RSS growth %", lambda f: 100 * (f["rss_end_mb"] / f["rss_first_hour_mb"] - 1), "+.1f"),
    ("KB per board row", lambda f: f["row_kb"], ".0f"),
    ("RSS growth % without the board's rows", lambda f: 100 * f["rss_growth_net"], "+.1f"),
    ("jobs held during the outage", lambda f: f["jobs_held"], ".0f"),
    ("s to take in the backlog's outcomes", lambda f: f["backlog_ui_s"], ".1f"),
)


def one_day(visits: int, seed: int, wizard_every: int) -> int:
    """Run one day in this process and print its figures (the child's side)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("KIOSK_DB", None)
    from datetime import UTC

    from PySide6.QtWidgets import QApplication

    from kiosk.app import build
    from kiosk.config import load_settings
    from kiosk.store import close_database
    from tests.soak_day import OPENS, SimClock, SoakDay, check_day, salinan_problems

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        clock = SimClock(OPENS.astimezone(UTC))
        kiosk = build(load_settings(home), clock=clock)
        day = SoakDay(kiosk, clock, visits=visits, seed=seed, wizard_every=wizard_every)
        try:
            figures = day.run()
            problems = check_day(day) + salinan_problems(day)
        finally:
            day.close()
            day.window.allow_exit()
            day.window.close()
            close_database()
        app.processEvents()
    print(figures.summary(), flush=True)
    data = asdict(figures) | {"rss_growth_net": figures.rss_growth_net, "problems": problems}
    print(MARK + json.dumps(data), flush=True)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20210727)
    parser.add_argument("--wizard-every", type=int, default=8)
    parser.add_argument("--one", action="store_true", help="run one day here (used per run)")
    args = parser.parse_args()
    if args.one:
        return one_day(args.visits, args.seed, args.wizard_every)

    runs = []
    for run in range(args.runs):
        print(f"--- run {run + 1} of {args.runs}: {args.visits} visits", flush=True)
        command = [
            sys.executable,
            __file__,
            "--one",
            f"--visits={args.visits}",
            f"--seed={args.seed}",
            f"--wizard-every={args.wizard_every}",
        ]
        child = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT_S
        )
        lines = child.stdout.splitlines()
        print("\n".join(line for line in lines if not line.startswith(MARK)), flush=True)
        if child.returncode != 0:
            print(child.stderr[-5000:], file=sys.stderr)
            print(f"run {run + 1} failed (exit {child.returncode})", file=sys.stderr)
            return 1
        runs.append(json.loads(next(line for line in lines if line.startswith(MARK))[len(MARK):]))

    print(f"--- medians of {len(runs)} runs of {args.visits} visits")
    for label, read, spec in MEDIANS:
        print(f"{label}: {statistics.median(read(f) for f in runs):{spec}}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
