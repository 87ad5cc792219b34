"""Crash test: a lane killed with SIGKILL 100 times loses no confirmed visit and no slip.

A child process (``child_main`` below, started as ``python -c``) plays a lane on the kiosk's
embedded SQLite database (WAL, ``synchronous=FULL``): it builds the Kiosk, starts the print queue
as the window does at start-up (which resumes the jobs a crash left waiting), and registers demo
visits in a loop through ``RegistrationService.register``, handing each slip to the print queue
(the OutboxPrinter of the settings writes the PDFs into ``home/outbox``). It writes one line per
visit to stdout, flushed, only after ``register`` returned: the moment the officer sees the
number. Other lines are markers that tell the parent where the child is (see
``choose_trigger``): opening the database, creating the schema, resuming the print jobs, inside a
registration's transaction, writing a slip's PDF, after the PDF is out but before it is recorded.

The parent draws from a seeded ``random.Random`` after which marker, and after how many of it, to
send SIGKILL (no sleeps: it reads the pipe and kills at once), so the kills fall during start-up
and schema creation, while waiting jobs resume, inside registrations and while slips are rendered
and written. After each kill it checks a copy of what the crash left (database, WAL file and
journal, as the next start-up finds them): ``integrity_check`` is ok, ``foreign_key_check`` is
empty, every confirmed visit is stored with its requests and its one slip job, and the numbers of
each prefix and day are exactly 1..N with the counter at N (a killed transaction burns no number).
After the last kill a final start-up resumes the waiting print jobs and exits: every slip job is
then sent, and its PDF is in the outbox exactly once (no job lost, none printed twice).

The figures (kills, visits confirmed and stored, jobs resumed, wall time) are printed (``-s``)
and are part of every assertion message. ``CRASH_SEED`` replays the test with another seed.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

KILLS = 100
SEED = int(os.environ.get("CRASH_SEED", "20210727"))
LINE_TIMEOUT_S = 60.0
REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]


# --- the child: one lane, until it is killed ----------------------------------------------------


def child_main(mode: str, seed: int, ahead: int = 3) -> None:
    """Start a lane like the window does and register visits until killed (``run``), or only
    resume the waiting print jobs and exit once they are done (``drain``).

    Registering and printing run at once, as in the window (the worker prints while the officer
    takes the next car), so a kill falls anywhere in either; the child waits only while
    ``ahead`` of its own slips are not printed yet, so the backlog stays as small as a lane's.
    """
    import threading

    emit_lock = threading.Lock()

    def emit(line: str) -> None:
        with emit_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    from kiosk.app import build
    from kiosk.config import load_settings
    from kiosk.domain.clock import today_local
    from kiosk.domain.officers import DEMO_OFFICER
    from kiosk.services.demo import DemoVisits
    from kiosk.services.print_jobs import PrintOutcome
    from kiosk.store import database, migrations

    unprinted: set[int] = set()
    printed_one = threading.Condition()

    def printed(outcome: PrintOutcome) -> None:
        emit(f"P\t{outcome.job_id}\t{outcome.ok:d}")
        with printed_one:
            unprinted.discard(outcome.job_id)
            printed_one.notify_all()

    migrate = migrations.migrate

    def migrate_marked(*args: object, **kwargs: object) -> int:
        emit("M")  # connected; the schema is read, and created on the first run
        return migrate(*args, **kwargs)

    migrations.migrate = migrate_marked  # open_database imports it when it runs

    settings = load_settings()  # KIOSK_HOME
    emit("B")
    kiosk = build(settings)
    kiosk.print_queue.add_listener(printed)
    # markers inside the steps, so that the parent can kill right there: the number taken
    # inside the registration's transaction, and the slip handed to the printer and not yet
    # recorded as sent
    database.connection().set_trace_callback(
        lambda sql: emit("N") if sql.startswith('UPDATE "queue_counter"') else None
    )
    printer = kiosk.prints.printers.slip
    submit = printer.submit

    def submit_marked(pdf: bytes, **options: object) -> str:
        emit("S")
        output = submit(pdf, **options)
        emit("L")
        return output

    printer.submit = submit_marked  # type: ignore[method-assign]
    kiosk.print_queue.start()  # as the window: half-sent jobs wait again, waiting jobs print
    emit("R")
    if mode == "drain":
        idle = kiosk.print_queue.wait_idle(120)
        kiosk.print_queue.stop()
        emit(f"DONE\t{idle:d}")
        return
    source = DemoVisits(kiosk.catalogue, seed=seed, today=today_local())
    while True:
        with printed_one:
            if not printed_one.wait_for(lambda: len(unprinted) < ahead, LINE_TIMEOUT_S):
                raise RuntimeError(f"slips not printed: {sorted(unprinted)}")
        draft = source.next_visit()
        registered = kiosk.registration.register(draft, DEMO_OFFICER)
        codes = ",".join(r.service_code for r in draft.requests)
        emit(
            f"V\t{registered.visit_id}\t{registered.number}\t{registered.reference}"
            f"\t{registered.slip_job_id}\t{codes}"
        )
        with printed_one:
            unprinted.add(registered.slip_job_id)
        kiosk.print_queue.dispatch(registered.slip_job_id)


def start_child(
    home: Path, mode: str, seed: int, stderr: IO[bytes], ahead: int = 3
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_DB"}
    env["KIOSK_HOME"] = str(home)
    code = f"from tests.e2e.test_crash import child_main; child_main({mode!r}, {seed}, {ahead})"
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        bufsize=0,
    )


# --- the parent ---------------------------------------------------------------------------------


class Lines:
    """Lines of a child's stdout, read with a timeout (select on the pipe; no sleeping)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        self._buffer = b""
        self.eof = False

    def next(self, timeout: float = LINE_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if self.eof or remaining <= 0:
                raise AssertionError(f"no line from the child within {timeout} s (eof={self.eof})")
            ready, _, _ = select.select([self._fd], [], [], remaining)
            if ready:
                chunk = os.read(self._fd, 65536)
                self.eof = not chunk
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode()

    def rest(self) -> list[str]:
        """The complete lines left once the child is dead (a torn last line is dropped)."""
        while not self.eof:
            chunk = os.read(self._fd, 65536)
            self.eof = not chunk
            self._buffer += chunk
        *lines, _torn = self._buffer.split(b"\n")
        self._buffer = b""
        return [line.decode() for line in lines]


@dataclass(frozen=True)
class Confirmed:
    """A visit whose number the child showed (a ``V`` line)."""

    visit_id: int
    number: str
    reference: str
    job_id: int
    codes: tuple[str, ...]

    @classmethod
    def parse(cls, line: str) -> Confirmed:
        _, visit_id, number, reference, job_id, codes = line.split("\t")
        return cls(int(visit_id), number, reference, int(job_id), tuple(codes.split(",")))


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    confirmed: int = 0
    stored: int = 0
    kills_by_trigger: Counter[str] = field(default_factory=Counter)
    kills_before_database: int = 0  # no database file yet: start-up
    kills_before_schema: int = 0  # a database file without the schema yet: schema creation
    kills_after_commit: int = 0  # a visit stored whose line was not written yet
    kills_while_sending: int = 0  # a job claimed (sending) and not recorded
    unconfirmed: int = 0  # stored visits whose line was never written
    jobs_left: set[int] = field(default_factory=set)  # not sent at a kill: resumed later
    jobs_out_unrecorded: set[int] = field(default_factory=set)  # sending, and its PDF out
    jobs_resumed_at_end: int = 0  # jobs not sent before the final start-up
    temporary_files: int = 0  # half-written outbox files of killed writes

    def summary(self) -> str:
        return (
            f"runs={self.runs} kills={self.kills} visits confirmed={self.confirmed} "
            f"visits stored={self.stored} kills before the database={self.kills_before_database} "
            f"kills before the schema={self.kills_before_schema} "
            f"kills after a commit, before its line={self.kills_after_commit} "
            f"kills while sending={self.kills_while_sending} "
            f"jobs left unfinished by kills (resumed later)={len(self.jobs_left)} "
            f"of which written and not recorded={len(self.jobs_out_unrecorded)} "
            f"jobs resumed by the last start-up={self.jobs_resumed_at_end} "
            f"outbox temporary files={self.temporary_files} "
            f"triggers={dict(sorted(self.kills_by_trigger.items()))}"
        )


def choose_trigger(rnd: random.Random, run: int) -> tuple[str, int]:
    """After which marker the parent kills: (kind, how many of it).

    ``B``: while the database opens; ``M``: while the schema is read (the first runs: created,
    in one transaction); ``R``: while the waiting jobs resume; ``V``: after n confirmed visits;
    ``P``: after n print attempts; ``N``: inside a registration's transaction, its number taken
    and not committed; ``S``: while a slip's PDF is written; ``L``: the PDF written, the job not
    yet recorded as sent (the next start-up must not print it again).
    """
    if run < 3:
        return "BMM"[run], 1
    if run == KILLS - 1:
        return "S", 3  # the last kill leaves a half-written slip for the last start-up
    kind = rnd.choices("BMRVPNSL", weights=(4, 4, 8, 22, 20, 14, 14, 14))[0]
    return kind, 1 if kind in "BMR" else rnd.randint(1, 6)


def copy_crashed(db_path: Path, target: Path) -> Path | None:
    """The database as the crash left it (main file, WAL, rollback journal), copied aside so
    that checking it does not recover it for the next start-up; None if there is none."""
    if not db_path.exists():
        return None
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    for suffix in ("", "-wal", "-journal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, target / f"{db_path.name}{suffix}")
    return target / db_path.name


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {name for (name,) in rows}


def check_database(
    path: Path, confirmed: dict[int, Confirmed], figures: Figures, outbox: Path
) -> None:
    """The checks after every kill (and at the end) on a database file."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        if "visit" not in tables(connection):
            assert not confirmed, "confirmed visits but no visit table"
            figures.kills_before_schema += 1
            return
        visits = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT id, number, reference, prefix, service_day, sequence FROM visit"
            )
        }
        requests: dict[int, list[str]] = defaultdict(list)
        for visit_id, code in connection.execute(
            "SELECT visit_id, service_code FROM request ORDER BY visit_id, position"
        ):
            requests[visit_id].append(code)
        slips: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for job_id, visit_id, state in connection.execute(
            "SELECT id, visit_id, state FROM print_job WHERE kind = 'slip'"
        ):
            slips[visit_id].append((job_id, state))
            if (
                state == "sending"
                and (outbox / f"slip-{visits[visit_id][1]}-{job_id}.pdf").exists()
            ):
                figures.jobs_out_unrecorded.add(job_id)  # the next start-up must not reprint it

        # every confirmed visit is stored, with its number, requests and slip job
        lost = sorted(v.number for v in confirmed.values() if v.visit_id not in visits)
        assert not lost, f"confirmed visits lost: {lost}"
        for visit in confirmed.values():
            number, reference = visits[visit.visit_id][:2]
            assert (number, reference) == (visit.number, visit.reference), visit
            assert tuple(requests[visit.visit_id]) == visit.codes, visit
            assert [job for job, _ in slips[visit.visit_id]] == [visit.job_id], visit
        assert all(requests[v] for v in visits), "a visit stored without requests"
        assert all(len(slips[v]) == 1 for v in visits), "a visit without exactly one slip job"

        # per prefix and day: exactly 1..N, and the counter at N (no doubled number, no gap)
        sequences: dict[tuple[str, str], list[int]] = defaultdict(list)
        for _, _, prefix, day, sequence in visits.values():
            sequences[(prefix, day)].append(sequence)
        for key, found in sequences.items():
            assert sorted(found) == list(range(1, len(found) + 1)), f"numbers of {key}: {found}"
        counters = {
            (prefix, day): last
            for prefix, day, last in connection.execute(
                "SELECT prefix, service_day, last_sequence FROM queue_counter"
            )
        }
        assert counters == {key: len(found) for key, found in sequences.items()}

        assert len(visits) >= figures.stored, "stored visits went missing"
        if len(visits) - len(confirmed) > figures.unconfirmed:
            figures.kills_after_commit += 1
        figures.unconfirmed = len(visits) - len(confirmed)
        figures.stored = len(visits)
        states = Counter(state for jobs in slips.values() for _, state in jobs)
        figures.jobs_left.update(
            job for jobs in slips.values() for job, state in jobs if state != "sent"
        )
        figures.kills_while_sending += states["sending"] > 0
        assert set(states) <= {"pending", "sending", "sent"}, states
    finally:
        connection.close()


def test_a_hundred_kills_lose_nothing(home: Path, tmp_path: Path) -> None:
    rnd = random.Random(SEED)
    db_path = home / "kiosk.sqlite3"
    outbox = home / "outbox"
    figures = Figures()
    confirmed: dict[int, Confirmed] = {}
    started = time.monotonic()
    stderr_path = tmp_path / "child-stderr.txt"

    with stderr_path.open("wb") as stderr:
        for run in range(KILLS):
            kind, count = choose_trigger(rnd, run)
            ahead = 4 if run == KILLS - 1 else rnd.randint(1, 4)
            child = start_child(home, "run", run, stderr, ahead=ahead)
            figures.runs += 1
            lines = Lines(child)
            try:
                seen = 0
                while seen < count:
                    line = lines.next()
                    if line.startswith("V\t"):
                        visit = Confirmed.parse(line)
                        confirmed[visit.visit_id] = visit
                    if line.split("\t", 1)[0] == kind:
                        seen += 1
                child.send_signal(signal.SIGKILL)
                child.wait(30)
                rest = lines.rest()  # written before the kill, not read yet: shown too
            except AssertionError as error:
                tail = stderr_path.read_text(errors="replace")[-3000:]
                raise AssertionError(f"run {run}: {error}\nchild stderr:\n{tail}") from error
            finally:
                child.kill()
                child.wait(30)
                assert child.stdout is not None
                child.stdout.close()
            assert child.returncode == -signal.SIGKILL, f"run {run} ended on its own"
            figures.kills += 1
            figures.kills_by_trigger[kind] += 1
            for line in rest:
                if line.startswith("V\t"):
                    visit = Confirmed.parse(line)
                    confirmed[visit.visit_id] = visit
            figures.confirmed = len(confirmed)
            crashed = copy_crashed(db_path, tmp_path / "crashed")
            if crashed is None:
                assert not confirmed
                figures.kills_before_database += 1
                continue
            try:
                check_database(crashed, confirmed, figures, outbox)
            except AssertionError as error:
                trigger = f"{count} x {kind}"
                message = f"after kill {run} ({trigger}): {error}; {figures.summary()}"
                raise AssertionError(message) from error

        # the last start-up: resume every waiting job, then stop
        connection = sqlite3.connect(tmp_path / "crashed" / db_path.name)  # the last kill's copy
        try:
            (figures.jobs_resumed_at_end,) = connection.execute(
                "SELECT count(*) FROM print_job WHERE state IN ('pending', 'sending')"
            ).fetchone()
        finally:
            connection.close()
        child = start_child(home, "drain", KILLS, stderr)
        figures.runs += 1
        try:
            out, _ = child.communicate(timeout=180)
        finally:
            child.kill()
    errors = stderr_path.read_text(errors="replace")
    assert child.returncode == 0, errors
    assert "Traceback" not in errors, errors  # the print worker logs any failure there
    assert out.decode().splitlines()[-1] == "DONE\t1", out

    check_database(db_path, confirmed, figures, outbox)
    connection = sqlite3.connect(db_path)
    try:
        jobs = connection.execute("SELECT id, state, output FROM print_job").fetchall()
    finally:
        connection.close()
    figures.temporary_files = sum(1 for p in outbox.iterdir() if p.name.endswith(".tmp"))
    summary = figures.summary() + f" wall={time.monotonic() - started:.0f}s"
    print(summary)

    assert figures.kills == KILLS, summary
    assert figures.stored >= figures.confirmed > 0, summary
    not_sent = [(job_id, state) for job_id, state, _ in jobs if state != "sent"]
    assert not not_sent, f"jobs not printed after the last start-up: {not_sent}; {summary}"
    pdfs = sorted(str(p) for p in outbox.glob("*.pdf"))
    outputs = sorted(output for _, _, output in jobs)
    duplicates = sorted(set(pdfs) - set(outputs))
    assert not duplicates, f"PDFs printed twice: {duplicates}; {summary}"
    assert pdfs == outputs, summary  # each job's PDF exists, once
