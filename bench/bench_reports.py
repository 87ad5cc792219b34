"""Report of one month on a SQLite database of 1,000,000 visits (ten years of a busy office).

The database is made once, in bulk (executemany inside transactions, not through the use case)
but with realistic rows: one request per visit mostly (15 % two), the service mix of the demo,
events waiting -> in process -> ready -> handed over (or a side exit), survey answers for one
visit in five. It is cached in the system temp folder under a name keyed by
:data:`DATA_VERSION` and the schema version, so reruns reuse it. Prints the database size, the
time it took to make, and the median of ``ReportService.build`` for one month (target < 200 ms).

Run: .venv/bin/python bench/bench_reports.py [--visits N] [--runs R] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.config import load_settings
from kiosk.domain.catalogue import Catalogue
from kiosk.resources import resource_path
from kiosk.services.demo import _MIX
from kiosk.services.reports import Period, ReportService
from kiosk.store import close_database, open_database
from kiosk.store.migrations import LATEST_VERSION

DATA_VERSION = "1"
START = date(2012, 1, 2)
YEARS = 10
OFFICERS = ("Asep", "Dewi", "Rudi", "Siti", "Hendra", "Yuli")
MONTH = Period(date(2021, 6, 1), date(2021, 6, 30))


def _working_days() -> list[date]:
    days = []
    day = START
    end = date(START.year + YEARS, 1, 1)
    while day < end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _rows(visits: int, seed: int = 1):
    """Yield (visit, [requests], [events], survey or None) tuples in id order."""
    rnd = random.Random(seed)
    codes = [c for c, _ in _MIX]
    weights = [w for _, w in _MIX]
    days = _working_days()
    per_day = visits / len(days)
    request_id = 0
    event_id = 0
    visit_id = 0
    for day_index, day in enumerate(days):
        count = int(per_day * (day_index + 1)) - int(per_day * day_index)
        sequences = {"D": 0, "L": 0}
        # arrivals spread over 07.30-15.30 WIB (00.30-08.30 UTC), in order
        offsets = sorted(rnd.uniform(0.5, 8.5) for _ in range(count))
        for hours in offsets:
            visit_id += 1
            channel = "drive_thru" if rnd.random() < 0.75 else "loket"
            prefix = "D" if channel == "drive_thru" else "L"
            sequences[prefix] += 1
            seq = sequences[prefix]
            arrived = datetime(day.year, day.month, day.day) + timedelta(hours=hours)
            officer = rnd.choice(OFFICERS)
            visit = (
                visit_id,
                f"{day:%Y%m%d}-{prefix}{seq:03d}-{visit_id}",
                channel,
                "Jalur 1",
                prefix,
                day.isoformat(),
                seq,
                f"{prefix}-{seq:03d}",
                f"B {rnd.randint(1, 9999)} XYZ" if channel == "drive_thru" else None,
                officer,
                _stamp(arrived),
                None,
            )
            requests, events = [], []
            for position in range(2 if rnd.random() < 0.15 else 1):
                request_id += 1
                code = rnd.choices(codes, weights)[0]
                fate = rnd.random()
                status = (
                    "handed_over"
                    if fate < 0.85
                    else "forwarded"
                    if fate < 0.91
                    else "incomplete"
                    if fate < 0.95
                    else "cancelled"
                    if fate < 0.98
                    else "no_show"
                    if fate < 0.99
                    else "waiting"
                )
                requests.append(
                    (
                        request_id,
                        visit_id,
                        position,
                        code,
                        f"3603231708{rnd.randint(0, 999999):06d}",
                        "WARGA",
                        "0812-0000-0000",
                        "[]",
                        "[]",
                        status,
                        _stamp(arrived),
                        None,
                    )
                )
                t = arrived
                steps = [(None, "waiting", t)]
                if status in ("handed_over", "forwarded", "no_show"):
                    t += timedelta(minutes=rnd.uniform(0.5, 20))
                    steps.append(("waiting", "in_process", t))
                    if status == "forwarded":
                        steps.append(("in_process", "forwarded", t + timedelta(minutes=3)))
                    else:
                        t += timedelta(minutes=rnd.uniform(2, 15))
                        steps.append(("in_process", "ready", t))
                        t += timedelta(minutes=rnd.uniform(0.3, 5))
                        steps.append(("ready", status, t))
                elif status in ("incomplete", "cancelled"):
                    steps.append(("waiting", status, t + timedelta(minutes=rnd.uniform(1, 9))))
                for from_status, to_status, at in steps:
                    event_id += 1
                    events.append(
                        (
                            event_id,
                            visit_id,
                            request_id,
                            from_status,
                            to_status,
                            _stamp(at),
                            officer,
                            "",
                        )
                    )
            survey = None
            if rnd.random() < 0.2:
                answers = [rnd.choice((2, 3, 3, 4, 4)) for _ in range(9)]
                survey = (day.isoformat(), _stamp(t), requests[0][3], channel, *answers)
            yield visit, requests, events, survey


def build_database(path: Path, visits: int) -> float:
    """Make the database at ``path`` (schema by the kiosk, rows in bulk); returns seconds."""
    started = time.perf_counter()
    part = path.with_name(path.name + ".part")
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        leftover.unlink(missing_ok=True)
    open_database(f"sqlite:///{part}")
    close_database()
    connection = sqlite3.connect(part)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-200000")
    batch: dict[str, list] = {"visit": [], "request": [], "event": [], "survey": []}
    sql = {
        "visit": "INSERT INTO visit VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        "request": "INSERT INTO request VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        "event": "INSERT INTO event VALUES (?,?,?,?,?,?,?,?)",
        "survey": "INSERT INTO survey_response (service_day, at, service_code, channel, "
        "u1, u2, u3, u4, u5, u6, u7, u8, u9) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    }

    def flush() -> None:
        with connection:
            for table in ("visit", "request", "event", "survey"):
                connection.executemany(sql[table], batch[table])
                batch[table].clear()

    for n, (visit, requests, events, survey) in enumerate(_rows(visits), 1):
        batch["visit"].append(visit)
        batch["request"].extend(requests)
        batch["event"].extend(events)
        if survey:
            batch["survey"].append(survey)
        if n % 50_000 == 0:
            flush()
            print(f"  {n:,} visits", flush=True)
    flush()
    connection.execute("ANALYZE")
    connection.close()
    os.replace(part, path)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rebuild", action="store_true", help="make the database again")
    args = parser.parse_args()

    folder = Path(tempfile.gettempdir())
    path = folder / f"kiosk-bench-reports-v{DATA_VERSION}-s{LATEST_VERSION}-{args.visits}.sqlite3"
    if args.rebuild or not path.exists():
        print(f"making {path} ({args.visits:,} visits over {YEARS} years)…", flush=True)
        seconds = build_database(path, args.visits)
        print(f"database made in {seconds:.0f} s")
    else:
        print(f"reusing {path}")
    print(f"database size: {path.stat().st_size / 1e6:.0f} MB")

    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(Path(home))
        open_database(f"sqlite:///{path}")
        try:
            service = ReportService(Catalogue.load(resource_path("catalogue.json")), settings)
            report = service.build("bench", MONTH)  # warm: first query, page cache
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                service.build("bench", MONTH)
                times.append((time.perf_counter() - started) * 1000)
        finally:
            close_database()
    print(
        f"report of {MONTH.label()} ({report.visits:,} visits, {report.requests:,} requests, "
        f"{report.ikm.responses:,} survey responses): median {statistics.median(times):.1f} ms "
        f"over {args.runs} runs (min {min(times):.1f}, max {max(times):.1f}); target < 200 ms"
    )


if __name__ == "__main__":
    main()
