"""Retention (purge), backups and restores, and the daily run."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.app import build
from kiosk.config import Privacy, Settings, SettingsError, load_settings
from kiosk.domain.officers import NotAllowed, Officer, Role
from kiosk.domain.timings import request_times
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.services.maintenance import MaintenanceService, integrity
from kiosk.store import StoreError, close_database
from kiosk.store.migrations import LATEST_VERSION
from kiosk.store.models import AuditEntry, Call, Event, PrintJob, Request, Visit
from tests.helpers import NIK_A, NIK_B, car, pdf_text, request, walk_in

WIB = ZoneInfo("Asia/Jakarta")
DATA = Path(__file__).parent.parent / "store" / "data"

# Who came only on the old days: none of it may stay anywhere in the database file.
OLD_NIK, OLD_NIK_2 = "3603234508700003", "3603231203650017"
OLD_NAME, OLD_NAME_2 = "WARSINAH", "SUPARMAN TUA"
OLD_PLATE = "B 9876 XYZ"
OLD_NOTE = "WARSINAH menunggu di parkiran"


def at(clock, day: date, hour: int = 9, minute: int = 0) -> None:
    clock.moment = datetime.combine(day, clock_time(hour, minute), WIB).astimezone(UTC)


def fill_day(kiosk: Kiosk, clock, day: date, *, old: bool) -> list[int]:
    """Three visits on ``day``: a car handed over (slip + receipt), a walk-in left waiting,
    a car cancelled with a note. The old days' residents are not seen again later."""
    nik, name = (OLD_NIK, OLD_NAME) if old else (NIK_A, "SITI RAHAYU")
    plate = OLD_PLATE if old else "B 1234 ABC"
    at(clock, day)
    first = kiosk.registration.register(
        car(
            request(nik=nik, name=name),
            request("SKTM", nik=OLD_NIK_2 if old else NIK_B, name=OLD_NAME_2 if old else "AHMAD"),
            plate=plate,
        ),
        "x",
    )
    second = kiosk.registration.register(walk_in(request("KIA", nik=nik, name=name)), "x")
    third = kiosk.registration.register(car(request(nik=nik, name=name), plate=plate), "x")
    for registered in (first, second, third):
        assert kiosk.prints.print_job(registered.slip_job_id).ok
    clock.moment += timedelta(minutes=3)
    kiosk.flow.move_visit(first.visit_id, Status.IN_PROCESS, "x", note=OLD_NOTE if old else "")
    clock.moment += timedelta(minutes=6)
    kiosk.flow.move_visit(first.visit_id, Status.READY, "x")
    clock.moment += timedelta(minutes=2)
    done = kiosk.flow.move_visit(first.visit_id, Status.HANDED_OVER, "x")
    assert all(outcome.ok for outcome in done.prints)
    kiosk.flow.move_visit(third.visit_id, Status.CANCELLED, "x", note=f"{name} batal")
    return [first.visit_id, second.visit_id, third.visit_id]


def figures(visit_ids: list[int]) -> dict:
    """The anonymous figures of some visits: what must survive a purge unchanged."""
    counts: Counter = Counter()
    rows = Request.select(Request, Visit).join(Visit).where(Visit.id.in_(visit_ids))
    for req in rows:
        counts[(req.visit.service_day, req.service_code, req.visit.channel, req.status)] += 1
    events: dict = defaultdict(list)
    for event in Event.select().where(Event.visit.in_(visit_ids)).order_by(Event.id):
        events[event.request_id].append((event.from_status, event.to_status, event.at))
    times = {
        request_id: request_times((Status(to), moment) for _, to, moment in steps)
        for request_id, steps in events.items()
    }
    calls = Counter(call.visit_id for call in Call.select().where(Call.visit.in_(visit_ids)))
    visits = [
        (v.id, v.number, v.channel, v.service_day, v.created_at, v.officer)
        for v in Visit.select().where(Visit.id.in_(visit_ids)).order_by(Visit.id)
    ]
    return {"counts": counts, "events": dict(events), "times": times, "calls": calls, "v": visits}


def personal(visit_ids: list[int]) -> dict:
    """Everything personal about some visits, and where their PDFs are."""
    result = {}
    for visit in Visit.select().where(Visit.id.in_(visit_ids)):
        requests = [
            (r.nik, r.name, r.phone)
            for r in Request.select().where(Request.visit == visit).order_by(Request.position)
        ]
        notes = [e.note for e in Event.select().where(Event.visit == visit).order_by(Event.id)]
        outputs = [j.output for j in PrintJob.select().where(PrintJob.visit == visit)]
        result[visit.id] = (visit.plate, requests, notes, outputs)
    return result


def database_bytes(settings: Settings) -> bytes:
    path = Path(settings.db_url.removeprefix("sqlite:///"))
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_purge_erases_old_personal_data_and_keeps_the_figures(
    kiosk: Kiosk, clock, settings: Settings, db_engine: str
) -> None:
    old = fill_day(kiosk, clock, date(2021, 7, 27), old=True)
    old += fill_day(kiosk, clock, date(2021, 7, 28), old=True)
    kept = fill_day(kiosk, clock, date(2021, 8, 1), old=False)  # exactly the retention limit
    purge_day = date(2022, 8, 1)  # 365 days after 2021-08-01
    kept += fill_day(kiosk, clock, purge_day, old=False)
    at(clock, purge_day, 15)
    before_figures = figures(old + kept)
    before_personal = personal(old + kept)
    old_pdfs = [Path(o) for v in old for o in before_personal[v][3]]
    assert len(old_pdfs) == 2 * (3 + 2) and all(p.exists() for p in old_pdfs)  # slips, receipts
    if db_engine == "sqlite":  # the raw file (secure_delete) is a SQLite matter
        assert OLD_NAME.encode() in database_bytes(settings)

    result = kiosk.maintenance.purge("sistem")

    assert (result.visits, result.requests, result.files_deleted) == (6, 8, 10)
    assert result.before == date(2021, 8, 1)
    assert figures(old + kept) == before_figures
    after = personal(old + kept)
    for visit_id in old:
        plate, requests, notes, outputs = after[visit_id]
        assert plate is None
        assert all(r == ("", "", None) for r in requests)
        assert set(notes) == {""} and set(outputs) == {""}
        assert Visit.get_by_id(visit_id).purged_at is not None
    assert not any(p.exists() for p in old_pdfs)
    for visit_id in kept:
        assert after[visit_id] == before_personal[visit_id]
        assert all(Path(o).exists() for o in after[visit_id][3])
        assert Visit.get_by_id(visit_id).purged_at is None
    if db_engine == "sqlite":
        raw = database_bytes(settings)  # not even in the file's free space or the WAL
        for text in (OLD_NIK, OLD_NIK_2, OLD_NAME, OLD_NAME_2, OLD_PLATE, "9876", OLD_NOTE):
            assert text.encode() not in raw, text

    (entry,) = AuditEntry.select().where(AuditEntry.action == "purge")
    assert (entry.officer_name, entry.subject) == ("sistem", "retensi 365 hari")
    assert entry.detail.startswith("6 kunjungan sebelum 2021-08-01")

    # the purged visits still read and print, with nothing personal
    assert kiosk.lane.known_applicant(OLD_NIK) is None
    summary = kiosk.lane.visit(old[0])
    assert summary is not None and summary.plate is None
    assert {r.masked_nik for r in summary.requests} == {""}
    reprint = kiosk.prints.print_receipt(summary.requests[0].request_id, "x")
    assert reprint.ok, reprint.error
    assert OLD_NAME not in pdf_text(Path(reprint.output))

    again = kiosk.maintenance.purge("sistem")
    assert (again.visits, again.requests, again.files_deleted) == (0, 0, 0)
    assert AuditEntry.select().where(AuditEntry.action == "purge").count() == 1
    assert figures(old + kept) == before_figures


def test_only_an_admin_purges_or_backs_up(kiosk: Kiosk, tmp_path: Path) -> None:
    petugas = Officer(id=None, name="Sari", role=Role.PETUGAS)
    with pytest.raises(NotAllowed, match="menghapus data pribadi"):
        kiosk.maintenance.purge(petugas)
    with pytest.raises(NotAllowed, match="cadangan"):
        kiosk.maintenance.backup(petugas, tmp_path)
    with pytest.raises(NotAllowed, match="cadangan"):
        kiosk.maintenance.restore(petugas, tmp_path / "x.sqlite3")


def table_rows(path: Path, table: str) -> list[tuple]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
    finally:
        connection.close()


def tables(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        return [name for (name,) in connection.execute(query)]
    finally:
        connection.close()


@pytest.mark.sqlite_only
def test_a_backup_while_another_process_registers_and_its_restore(
    kiosk: Kiosk, home: Path, settings: Settings, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_DB", "KIOSK_HOME")}
    command = [sys.executable, "-m", "kiosk", "--home", str(home), "demo", "--visits", "300"]
    writer = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while Visit.select().count() < 30:
            assert writer.poll() is None, writer.stderr.read()
            assert time.monotonic() < deadline, "the writer registers nothing"
            time.sleep(0.02)
        copy = kiosk.maintenance.backup("x", tmp_path / "copies" / "kiosk.sqlite3")
        written_meanwhile = writer.poll() is None
        _, errors = writer.communicate(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, errors
    assert written_meanwhile

    assert integrity(copy) == "ok"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no -wal, no temp
    live = Path(settings.db_url.removeprefix("sqlite:///"))
    copied, final = table_rows(copy, "visit"), table_rows(live, "visit")
    assert 30 <= len(copied) < len(final) == 300
    assert copied == final[: len(copied)]  # each copied visit is in the live one, identical
    copied_requests = table_rows(copy, "request")
    assert copied_requests == table_rows(live, "request")[: len(copied_requests)]
    (entry,) = AuditEntry.select().where(AuditEntry.action == "backup")
    assert entry.subject == copy.name and f"{len(copied)} kunjungan" in entry.detail

    close_database()
    fresh = build(load_settings(tmp_path / "fresh"))
    result = fresh.maintenance.restore("x", copy)
    assert (result.version, result.visits) == (LATEST_VERSION, len(copied))
    assert result.saved_aside.exists() and table_rows(result.saved_aside, "visit") == []
    restored = Path(fresh.settings.db_url.removeprefix("sqlite:///"))
    assert integrity(restored) == "ok"
    assert tables(restored) == tables(copy)
    for table in tables(copy):
        rows = table_rows(restored, table)
        if table == "audit_entry":  # the restore adds its own entry
            assert rows[:-1] == table_rows(copy, table)
            assert rows[-1][5] == "restore"  # (id, at, officer, officer_name, demo, action, …)
        else:
            assert rows == table_rows(copy, table), table
    assert Visit.select().count() == len(copied)  # the open connection sees the restored data


@pytest.mark.sqlite_only
def test_a_restore_refuses_a_corrupt_file_or_a_newer_schema(
    kiosk: Kiosk, settings: Settings, tmp_path: Path
) -> None:
    kiosk.registration.register(car(), "x")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all\n" * 200)
    with pytest.raises(StoreError, match="bukan basis data SQLite yang utuh"):
        kiosk.maintenance.restore("x", garbage)

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="bukan cadangan basis data kiosk"):
        kiosk.maintenance.restore("x", other)

    newer = kiosk.maintenance.backup("x", tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE schema_version SET version = ?", (LATEST_VERSION + 1,))
    connection.close()
    with pytest.raises(StoreError, match="lebih baru dari program ini"):
        kiosk.maintenance.restore("x", newer)

    with pytest.raises(StoreError, match="tidak ada"):
        kiosk.maintenance.restore("x", tmp_path / "missing.sqlite3")
    assert not list(settings.backup_dir.glob("kiosk-before-restore-*"))  # refused before copying
    assert Visit.select().count() == 1


@pytest.mark.sqlite_only
def test_a_restored_old_version_is_migrated(kiosk: Kiosk, tmp_path: Path) -> None:
    old = tmp_path / "v1.sqlite3"
    with sqlite3.connect(old) as connection:
        connection.executescript((DATA / "schema_v1.sql").read_text())
        connection.execute(
            "INSERT INTO visit VALUES (1, '20210727-D-001', 'drive_thru', 'Jalur 1', 'D',"
            " '2021-07-27', 1, 'D-001', 'B 1 A', 'x', '2021-07-27 02:05:00')"
        )
    connection.close()
    result = kiosk.maintenance.restore("x", old)
    assert result.version == 1
    visit = Visit.get_by_id(1)
    assert (visit.number, visit.purged_at) == ("D-001", None)
    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1


@pytest.mark.sqlite_only
def test_postgresql_is_backed_up_with_pg_dump(settings: Settings, clock, tmp_path: Path) -> None:
    server = replace(settings, database_url="postgresql://kiosk:secret@db.example/kiosk")
    maintenance = MaintenanceService(server, clock)
    with pytest.raises(StoreError, match="pg_dump"):
        maintenance.backup("x", tmp_path)
    with pytest.raises(StoreError, match="pg_dump"):
        maintenance.restore("x", tmp_path / "x.sqlite3")


@pytest.mark.sqlite_only
def test_daily_runs_once_a_day_and_keeps_the_last_backups(
    kiosk: Kiosk, clock, settings: Settings
) -> None:
    kept = replace(settings, privacy=Privacy(retention_days=30, backups_kept=3))
    maintenance = MaintenanceService(kept, clock)
    first_day = date(2021, 7, 27)
    fill_day(kiosk, clock, first_day, old=True)
    names = []
    for offset in range(5):
        day = first_day + timedelta(days=offset)
        at(clock, day, 6)
        result = maintenance.daily()
        assert result is not None and result.day == day
        names.append(result.backup.name)
        assert result.backup.name == f"kiosk-{day:%Y%m%d}.sqlite3"
        at(clock, day, 20)
        assert maintenance.daily() is None  # once a day
    daily = settings.backup_dir / "daily"
    assert sorted(p.name for p in daily.iterdir()) == names[-3:]
    assert stat.S_IMODE(daily.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in daily.iterdir())
    assert AuditEntry.select().where(AuditEntry.action == "daily").count() == 5
    assert AuditEntry.select().where(AuditEntry.action == "backup").count() == 5

    at(clock, first_day + timedelta(days=31), 6)  # the first day's visits now past retention
    result = maintenance.daily()
    assert result is not None and result.purge.visits == 3


def test_the_privacy_settings_are_read_checked_and_written(home: Path) -> None:
    settings = load_settings(home)
    assert settings.privacy == Privacy(retention_days=365, backups_kept=14)
    text = (home / "settings.toml").read_text()
    assert "[privacy]\n" in text and "retention_days = 365" in text
    (home / "settings.toml").write_text("[privacy]\nretention_days = 400\nbackups_kept = 7\n")
    assert load_settings(home).privacy == Privacy(retention_days=400, backups_kept=7)
    (home / "settings.toml").write_text("[privacy]\nretention_days = 29\n")
    with pytest.raises(SettingsError, match="minimal 30 hari"):
        load_settings(home)
    (home / "settings.toml").write_text("[privacy]\nbackups_kept = 0\n")
    with pytest.raises(SettingsError, match="backups_kept minimal 1"):
        load_settings(home)


def test_the_daily_run_goes_on_a_thread_of_its_own(kiosk) -> None:
    from kiosk.services.maintenance import run_daily_in_background
    from kiosk.store.models import AuditEntry

    run_daily_in_background(kiosk.maintenance).join(60)
    assert AuditEntry.select().where(AuditEntry.action == "daily").count() == 1
    run_daily_in_background(kiosk.maintenance).join(60)  # once per day
    assert AuditEntry.select().where(AuditEntry.action == "daily").count() == 1
