"""Registrations per second with 1 and with 4 lanes registering at once, on SQLite and PostgreSQL.

Each lane is a separate process (multiprocessing, "spawn") with its own database connection,
opened by ``build(load_settings(home))`` as a lane's kiosk does (``KIOSK_DB`` for PostgreSQL).
Each registers ``--visits`` DemoVisits drafts through ``RegistrationService.register`` (no slip
printing). The wall time runs from a start barrier (a ``multiprocessing.Event``, set once every
lane has opened its database and prepared its drafts) until the last lane reports done;
registrations/s = total registered / wall time.

SQLite: one shared file in a temporary home (WAL, synchronous=FULL, BEGIN IMMEDIATE, 15 s busy
timeout). PostgreSQL: the tests' private server (tests/helpers_pg.py; started with fsync=off and
synchronous_commit=off, so its commits are not durable as SQLite's are), a fresh database per run.

After every run the queue numbers are checked: per prefix and service day exactly 1..count, no
gap, no duplicate, and every registration a lane reported is stored. Prints medians of
``--rounds`` runs (never asserted in tests).
Run: .venv/bin/python bench/bench_lanes.py [--visits N] [--rounds R] [--lanes 1 4]
[--engines sqlite postgresql]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: the checkout's tests helpers

from kiosk.app import build  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.domain.clock import today_local  # noqa: E402
from kiosk.services.demo import DemoVisits  # noqa: E402
from kiosk.store import close_database  # noqa: E402
from kiosk.store.models import QueueCounter, Request, Visit  # noqa: E402

READY_TIMEOUT_S = 120.0
RUN_TIMEOUT_S = 600.0


def lane(
    index: int,
    home: str,
    db_url: str | None,
    visits: int,
    start: multiprocessing.synchronize.Event,
    results: multiprocessing.Queue,
) -> None:
    """One lane: open the database, prepare drafts, wait for the start, register them all."""
    try:
        if db_url:
            os.environ["KIOSK_DB"] = db_url
        else:
            os.environ.pop("KIOSK_DB", None)
        kiosk = build(load_settings(Path(home)))
        demo = DemoVisits(kiosk.catalogue, seed=1000 + index, today=today_local())
        drafts = [demo.next_visit() for _ in range(visits)]
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the run
        results.put(("failed", index, traceback.format_exc()))
        return
    results.put(("ready", index, None))
    start.wait()
    numbers: list[str] = []
    errors: list[str] = []
    for draft in drafts:
        try:
            numbers.append(kiosk.registration.register(draft, "bench").number)
        except Exception as err:  # noqa: BLE001 - e.g. a lock timeout: counted, not fatal
            errors.append(f"{type(err).__name__}: {err}")
    done = time.perf_counter()  # CLOCK_MONOTONIC: comparable across processes on Linux
    close_database()
    results.put(("done", index, (done, numbers, errors)))


def verify(home: str, db_url: str | None, reported: list[str]) -> list[str]:
    """Problems with the stored numbers (empty when distinct, gapless and all stored)."""
    if db_url:
        os.environ["KIOSK_DB"] = db_url
    else:
        os.environ.pop("KIOSK_DB", None)
    build(load_settings(Path(home)))
    problems: list[str] = []
    try:
        sequences: dict[tuple[str, object], list[int]] = defaultdict(list)
        stored_numbers = []
        for prefix, day, sequence, number in Visit.select(
            Visit.prefix, Visit.service_day, Visit.sequence, Visit.number
        ).tuples():
            sequences[(prefix, day)].append(sequence)
            stored_numbers.append(number)
        for (prefix, day), found in sorted(sequences.items(), key=lambda item: str(item[0])):
            if sorted(found) != list(range(1, len(found) + 1)):
                duplicates = len(found) - len(set(found))
                missing = sorted(set(range(1, max(found) + 1)) - set(found))
                problems.append(
                    f"{prefix} {day}: {len(found)} numbers, {duplicates} duplicated, "
                    f"missing {missing[:10]}"
                )
            counter = QueueCounter.get_or_none(
                (QueueCounter.prefix == prefix) & (QueueCounter.service_day == day)
            )
            if counter is None or counter.last_sequence != len(found):
                problems.append(f"{prefix} {day}: counter {counter and counter.last_sequence} "
                                f"for {len(found)} visits")
        if len(stored_numbers) != len(reported) or sorted(stored_numbers) != sorted(reported):
            problems.append(f"{len(reported)} registrations reported, {len(stored_numbers)} stored")
        if len(set(reported)) != len(reported):
            problems.append(f"{len(reported) - len(set(reported))} numbers given to two lanes")
        orphans = Visit.select().where(
            ~Visit.id.in_(Request.select(Request.visit))
        ).count()
        if orphans:
            problems.append(f"{orphans} visits without a request")
    finally:
        close_database()
    return problems


def run_once(home: str, db_url: str | None, lanes: int, visits: int) -> tuple[float, int, list]:
    """One run: (registrations/s, registered, problems and lane errors)."""
    if db_url:
        os.environ["KIOSK_DB"] = db_url
    else:
        os.environ.pop("KIOSK_DB", None)
    build(load_settings(Path(home)))  # create and migrate the schema before the lanes open it
    close_database()

    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results = context.Queue()
    processes = [
        context.Process(target=lane, args=(i, home, db_url, visits, start, results))
        for i in range(lanes)
    ]
    for process in processes:
        process.start()
    try:
        for _ in range(lanes):
            kind, index, detail = results.get(timeout=READY_TIMEOUT_S)
            if kind == "failed":
                raise RuntimeError(f"lane {index} did not start:\n{detail}")
        began = time.perf_counter()
        start.set()
        finished: list[float] = []
        reported: list[str] = []
        errors: list[str] = []
        for _ in range(lanes):
            kind, index, detail = results.get(timeout=RUN_TIMEOUT_S)
            done, numbers, lane_errors = detail
            finished.append(done)
            reported.extend(numbers)
            errors.extend(f"lane {index}: {e}" for e in lane_errors)
        wall = max(finished) - began
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
    problems = verify(home, db_url, reported)
    if errors:
        problems.append(f"{len(errors)} failed registrations, first: {errors[0]}")
    return len(reported) / wall, len(reported), problems


def measure(engine: str, lanes: int, visits: int, rounds: int, server=None) -> None:
    rates: list[float] = []
    all_problems: list[str] = []
    registered = 0
    for round_ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="kiosk-lanes-") as home:
            db_url = None
            if engine == "postgresql":
                name = f"kiosk_lanes_{lanes}_{round_}_{os.getpid()}"
                server.psql(f"CREATE DATABASE {name} OWNER kiosk")
                db_url = f"postgresql://kiosk@127.0.0.1:{server.port}/{name}"
            rate, count, problems = run_once(home, db_url, lanes, visits)
            if engine == "postgresql":
                server.psql(f"DROP DATABASE {name}")
        rates.append(rate)
        registered += count
        all_problems.extend(f"run {round_ + 1}: {p}" for p in problems)
    verdict = (
        "numbers distinct and gapless, every visit stored"
        if not all_problems
        else "PROBLEMS:\n    " + "\n    ".join(all_problems)
    )
    runs = ", ".join(f"{r:,.0f}" for r in rates)
    print(
        f"{engine}, {lanes} lane{'s' if lanes > 1 else ''} x {visits}: "
        f"median {statistics.median(rates):,.0f} registrations/s "
        f"({rounds} runs: {runs}), {verdict}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=500, help="registrations per lane")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lanes", type=int, nargs="+", default=[1, 4])
    parser.add_argument(
        "--engines", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    args = parser.parse_args()
    if "sqlite" in args.engines:
        for lanes in args.lanes:
            measure("sqlite", lanes, args.visits, args.rounds)
    if "postgresql" in args.engines:
        from tests.helpers_pg import PostgresUnavailableForTests, private_postgres

        try:
            with private_postgres() as server:
                for lanes in args.lanes:
                    measure("postgresql", lanes, args.visits, args.rounds, server)
        except PostgresUnavailableForTests as err:
            print(f"postgresql: skipped ({err})")


if __name__ == "__main__":
    main()
