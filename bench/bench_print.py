"""Confirm to spooler: from the officer's "Simpan & Cetak Slip" to the slip accepted by CUPS.

Runs a private cupsd with a cups-pdf queue (as the tests do; needs root, cups and
printer-driver-cups-pdf, which scripts/bootstrap.sh test installs) and prints medians of
repeated runs: the registration + slip render + `lp` submit (what the officer waits for, on the
print worker), and, for scale, how long CUPS then takes to finish the job.
Run: .venv/bin/python bench/bench_print.py [--visits N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: the checkout's tests helpers

from kiosk.app import build  # noqa: E402
from kiosk.config import load_settings, save_settings  # noqa: E402
from kiosk.domain.clock import today_local  # noqa: E402
from kiosk.printing.cups import wait_completed  # noqa: E402
from kiosk.services.demo import DemoVisits  # noqa: E402
from kiosk.store import close_database  # noqa: E402
from tests.helpers_cups import private_cupsd  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=30)
    args = parser.parse_args()
    with private_cupsd() as server, tempfile.TemporaryDirectory() as home:
        os.environ["CUPS_SERVER"] = server.socket
        os.environ.pop("KIOSK_DB", None)
        settings = load_settings(Path(home))
        save_settings(
            replace(settings, printing=replace(settings.printing, printer=f"cups:{server.printer}"))
        )
        kiosk = build(load_settings(Path(home)))
        drafts = DemoVisits(kiosk.catalogue, seed=2, today=today_local())
        warm = kiosk.registration.register(drafts.next_visit(), "bench")
        kiosk.prints.print_job(warm.slip_job_id)  # ReportLab import, fonts, first lp
        to_spooler, to_completed = [], []
        for _ in range(args.visits):
            draft = drafts.next_visit()
            start = time.perf_counter()
            result = kiosk.registration.register(draft, "bench")
            outcome = kiosk.prints.print_job(result.slip_job_id)
            accepted = time.perf_counter()
            if not outcome.ok:
                raise SystemExit(f"print failed: {outcome.error}")
            if not wait_completed(outcome.output, 30):
                raise SystemExit(f"CUPS did not complete {outcome.output}")
            to_spooler.append((accepted - start) * 1000)
            to_completed.append((time.perf_counter() - accepted) * 1000)
        close_database()
        server.remove_outputs()
    n = len(to_spooler)
    print(
        f"confirm to slip accepted by the spooler (register + render + lp), {n} visits: "
        f"median {statistics.median(to_spooler):.1f} ms, "
        f"p90 {statistics.quantiles(to_spooler, n=10)[-1]:.1f} ms"
    )
    print(
        f"then CUPS to job completed (cups-pdf, Ghostscript): "
        f"median {statistics.median(to_completed):.0f} ms"
    )


if __name__ == "__main__":
    main()
