"""The lane board's read as a day fills up, on the embedded SQLite default.

A day of ``--visits`` DemoVisits, each handed over once ten more have come (ten cars in the
queue all day), and at every ``--step`` visits the time of ``LaneService.board()`` (what the board
reloads every 5 s and after every tap: the day's standings, then the details of the visits it
shows) next to ``LaneService.today()`` (the details of every visit of the day). Prints medians
of ``--rounds`` reads (never asserted in tests).

Run: .venv/bin/python bench/bench_board.py [--visits 400] [--step 100] [--rounds 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kiosk.app import build  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.domain.visit import Status  # noqa: E402
from kiosk.services.demo import DemoVisits  # noqa: E402
from kiosk.store import close_database  # noqa: E402

OPENS = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 08.00 WIB
QUEUE = 10
TO_HANDOVER = (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER)


class Clock:
    def __init__(self) -> None:
        self.moment = OPENS

    def __call__(self) -> datetime:
        return self.moment


def median_ms(read, rounds: int) -> float:
    read()  # warm
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        read()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(visits: int, step: int, rounds: int) -> None:
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        kiosk = build(load_settings(Path(folder)), clock=clock)
        drafts = DemoVisits(kiosk.catalogue, seed=7, today=OPENS.date())
        print(f"{'visits':>7} {'shown':>6} {'board() ms':>11} {'today() ms':>11}")
        queue: list[int] = []
        for done in range(1, visits + 1):
            clock.moment += timedelta(minutes=1)
            queue.append(kiosk.registration.register(drafts.next_visit(), "bench").visit_id)
            if len(queue) > QUEUE:
                visit_id = queue.pop(0)
                for status in TO_HANDOVER:
                    kiosk.flow.move_visit(visit_id, status, "bench")
            if done % step == 0:
                shown = len(kiosk.lane.board().rows)
                board = median_ms(kiosk.lane.board, rounds)
                today = median_ms(kiosk.lane.today, rounds)
                print(f"{done:>7} {shown:>6} {board:>11.1f} {today:>11.1f}")
        close_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=400)
    parser.add_argument("--step", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    measure(args.visits, args.step, args.rounds)


if __name__ == "__main__":
    main()
