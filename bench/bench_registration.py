"""Registration transaction and confirm-to-slip time, on the embedded SQLite default.

Prints medians of repeated runs (never asserted in tests). Run: .venv/bin/python
bench/bench_registration.py [--visits N] [--rounds R]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.app import build
from kiosk.config import load_settings
from kiosk.domain.clock import today_local
from kiosk.services.demo import DemoVisits
from kiosk.store import close_database


def measure(visits: int, rounds: int) -> None:
    register_ms: list[float] = []
    confirm_to_slip_ms: list[float] = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            kiosk = build(load_settings(Path(folder)))
            drafts = DemoVisits(kiosk.catalogue, seed=1, today=today_local())
            # warm-up: first transaction, first slip (ReportLab import, fonts, QR encoder)
            first = kiosk.registration.register(drafts.next_visit(), "bench")
            kiosk.prints.print_job(first.slip_job_id)
            # registrations back to back, as a busy lane with several officers
            for _ in range(visits):
                draft = drafts.next_visit()
                start = time.perf_counter()
                kiosk.registration.register(draft, "bench")
                register_ms.append((time.perf_counter() - start) * 1000)
            # the officer's confirm: store the visit, render its slip, hand it to the printer
            for _ in range(visits):
                draft = drafts.next_visit()
                start = time.perf_counter()
                result = kiosk.registration.register(draft, "bench")
                outcome = kiosk.prints.print_job(result.slip_job_id)
                confirm_to_slip_ms.append((time.perf_counter() - start) * 1000)
                assert outcome.ok, outcome.error
            close_database()
    n = len(register_ms)
    print(f"registration transaction (validate, number, store, commit with synchronous=FULL), "
          f"{n} visits: median {statistics.median(register_ms):.2f} ms, "
          f"p90 {statistics.quantiles(register_ms, n=10)[-1]:.2f} ms")
    print(f"confirm to slip PDF in the outbox (warm), {n} visits: "
          f"median {statistics.median(confirm_to_slip_ms):.2f} ms, "
          f"p90 {statistics.quantiles(confirm_to_slip_ms, n=10)[-1]:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    measure(args.visits, args.rounds)


if __name__ == "__main__":
    main()
