"""Retention and backups: erasing old personal data, copying and restoring the database.

UU 27/2022 PDP keeps personal data only as long as it is needed (``[privacy] retention_days``).
After that a visit keeps its anonymous figures (services, channel, statuses, event times, calls,
counts) and loses its NIK, name, phone, plate and event notes; the PDFs of its slips and
receipts are deleted from the outbox. On SQLite the erased bytes are overwritten in the file
(``secure_delete``) and the WAL is truncated afterwards, so they do not linger in free space.
Backups hold personal data too: each file is readable by its owner only (0600), and the daily
ones are rotated (``[privacy] backups_kept``).

A SQLite backup is taken with SQLite's online backup API from a connection of its own, so lanes
may keep registering meanwhile: the copy is a consistent snapshot, checked with
``PRAGMA integrity_check``. (From the connection the use cases write with, inside its own write
transaction, the backup API would wait for itself: see ``store/migrations.backup_sqlite``.)
A PostgreSQL server is backed up with ``pg_dump`` on the server, not here.

:meth:`MaintenanceService.daily` runs the purge and a rotating daily backup at most once per WIB
day. The day's run is claimed with a ``daily`` entry in the audit log, written in a write
transaction: lanes sharing one database agree on it (the first one claims the day), it needs no
extra table or file, travels with the database, and shows an admin that it ran.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import SqliteDatabase

from kiosk.config import Settings
from kiosk.domain.clock import service_day, to_local, utc_now
from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.domain.officers import Officer, Permission
from kiosk.services.audit import Actor, record, require
from kiosk.store import (
    StoreError,
    close_database,
    database,
    open_database,
    write_transaction,
)
from kiosk.store.connection import BUSY_TIMEOUT_MS
from kiosk.store.migrations import LATEST_VERSION
from kiosk.store.models import (
    AuditEntry,
    Event,
    OfficerAccount,
    PrintJob,
    Request,
    SchemaVersion,
    Visit,
    utc_naive,
)

log = logging.getLogger(__name__)

SYSTEM_ACTOR = "sistem"
DAILY_ACTION = "daily"
DAILY_FOLDER = "daily"
_DAILY_NAME = re.compile(r"^kiosk-\d{8}\.sqlite3$")
_OUTPUT_NAME = re.compile(r"^(slip|receipt)-.*\.pdf$", re.IGNORECASE)
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@dataclass(frozen=True)
class PurgeResult:
    """What one purge erased: visits of service days before ``before``."""

    before: date
    retention_days: int
    visits: int = 0
    requests: int = 0
    files_deleted: int = 0

    @property
    def message(self) -> str:
        """One Indonesian sentence for the command line."""
        if not self.visits:
            return (
                f"Tidak ada data pribadi yang melewati masa retensi {self.retention_days} hari "
                f"(kunjungan sebelum {self.before.isoformat()})."
            )
        return (
            f"Data pribadi {self.visits} kunjungan ({self.requests} permohonan) sebelum "
            f"{self.before.isoformat()} dihapus (retensi {self.retention_days} hari); "
            f"{self.files_deleted} berkas PDF dihapus."
        )


@dataclass(frozen=True)
class BackupCheck:
    """A backup file that passed the checks: intact, a kiosk database, a version we know."""

    path: Path
    version: int
    visits: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    version: int  # the schema version of the source (migrated to the latest afterwards)
    visits: int
    saved_aside: Path  # the database as it was before the restore


@dataclass(frozen=True)
class DailyResult:
    day: date
    purge: PurgeResult
    backup: Path | None  # None on PostgreSQL (pg_dump on the server)
    removed: tuple[Path, ...] = ()


def sqlite_file(url: str) -> Path:
    """The file of a SQLite URL; a StoreError (Indonesian) for anything that is not one."""
    parsed = urlparse(url)
    if parsed.scheme in ("postgres", "postgresql"):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Basis data PostgreSQL tidak dicadangkan atau dipulihkan dari kiosk: pakai pg_dump "
                "(dan pg_restore) di server basis data.",
            )
        )
    path = unquote(parsed.path)
    if parsed.scheme != "sqlite" or parsed.netloc or path in ("", "/", "/:memory:"):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Messages", "Basis data {url} bukan berkas SQLite: tidak dapat dicadangkan."
            ),
            url=url,
        )
    return Path(path)


def integrity(path: Path) -> str:
    """``"ok"`` or the first problem ``PRAGMA integrity_check`` reports on a SQLite file."""
    connection = _read_only(path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


class MaintenanceService:
    """Retention (purge), backups and restores of one installation's database."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] = utc_now) -> None:
        self._settings = settings
        self._clock = clock

    def reconfigure(self, settings: Settings) -> None:
        """Settings saved from the window apply from the next call on."""
        self._settings = settings

    @property
    def daily_dir(self) -> Path:
        return self._settings.backup_dir / DAILY_FOLDER

    # --- retention ----------------------------------------------------------------------------

    def purge(self, actor: Actor) -> PurgeResult:
        """Erase the personal data of visits older than the retention period, in one write
        transaction; anonymous figures stay. A visit is purged once (``Visit.purged_at``)."""
        require(actor, Permission.PURGE)
        now = self._clock()
        days = self._settings.privacy.retention_days
        before = service_day(now) - timedelta(days=days)
        due = (Visit.service_day < before) & Visit.purged_at.is_null()
        old = Visit.select(Visit.id).where(due)
        with _overwriting(), write_transaction():
            visits = old.count()
            if not visits:
                return PurgeResult(before=before, retention_days=days)
            requests = (
                Request.update(nik="", name="", phone=None).where(Request.visit.in_(old)).execute()
            )
            Event.update(note="").where(Event.visit.in_(old) & (Event.note != "")).execute()
            jobs = PrintJob.select(PrintJob.output).where(
                PrintJob.visit.in_(old) & (PrintJob.output != "")
            )
            outputs = [output for (output,) in jobs.tuples()]
            PrintJob.update(output="").where(PrintJob.visit.in_(old)).execute()
            Visit.update(plate=None, purged_at=utc_naive(now)).where(due).execute()
            # Before the commit: should it fail, the next purge redoes the rows, and a file
            # already gone is no loss. After it, a crash would leave files nobody points to.
            files = self._delete_outputs(outputs)
            detail = (
                f"{visits} kunjungan sebelum {before.isoformat()}; "
                f"{requests} permohonan, {files} berkas PDF dihapus"
            )
            record(actor, "purge", f"retensi {days} hari", detail, at=now)
        _empty_wal()
        log.info("purge: %s", detail)
        return PurgeResult(before, days, visits, requests, files)

    def _delete_outputs(self, outputs: list[str]) -> int:
        """Delete the PDFs the outbox printer wrote (CUPS job ids and foreign paths are left)."""
        outbox = self._settings.outbox.resolve()
        deleted = 0
        for text in outputs:
            path = Path(text)
            if not path.is_absolute() or path.suffix.lower() != ".pdf":
                continue
            if not (path.resolve().is_relative_to(outbox) or _OUTPUT_NAME.match(path.name)):
                continue
            try:
                path.unlink()
                deleted += 1
            except FileNotFoundError:
                pass
            except OSError as err:
                log.warning("purge: %s not deleted: %s", path, err)
        return deleted

    # --- backups ------------------------------------------------------------------------------

    def backup(self, actor: Actor, dest: Path) -> Path:
        """A consistent, checked copy of the live SQLite database at ``dest`` (a file, or a
        folder that gets ``kiosk-YYYYMMDD-HHMMSS.sqlite3``); the copy's path. Mode 0600."""
        require(actor, Permission.BACKUP)
        live = self._live_file()
        dest = Path(dest).expanduser()
        if dest.is_dir():
            dest = _free_name(dest / f"kiosk-{self._stamp()}.sqlite3")
        if _same_database(dest, live):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan tidak boleh menimpa basis data yang sedang dipakai."
                )
            )
        problem = _copy_database(live, dest)
        if problem != "ok":
            dest.unlink(missing_ok=True)
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Salinan basis data tidak utuh ({problem}); cadangan dibatalkan."
                ),
                problem=problem,
            )
        size, visits = dest.stat().st_size, _visit_count(dest)
        with write_transaction():
            detail = f"{dest} ({size} byte, {visits} kunjungan)"
            record(actor, "backup", dest.name, detail, at=self._clock())
        log.info("backup: %s (%d bytes, %d visits)", dest, size, visits)
        return dest

    def check_backup(self, src: Path) -> BackupCheck:
        """Refuse (StoreError, Indonesian) a file that is not an intact kiosk database of a
        schema version this program knows."""
        src = Path(src).expanduser()
        if not src.is_file():
            raise StoreError(
                QT_TRANSLATE_NOOP("Messages", "Berkas cadangan {path} tidak ada."), path=src
            )
        try:
            problem = integrity(src)
            if problem != "ok":
                raise StoreError(
                    QT_TRANSLATE_NOOP("Messages", "Berkas cadangan {path} rusak: {problem}"),
                    path=src,
                    problem=problem,
                )
            connection = _read_only(src)
            try:
                table = SchemaVersion._meta.table_name
                found = connection.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
                ).fetchone()
                if not found:
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Berkas {path} bukan cadangan basis data kiosk."
                        ),
                        path=src,
                    )
                (version,) = connection.execute(f"SELECT max(version) FROM {table}").fetchone()
                visits = _count(connection, Visit._meta.table_name)
            finally:
                connection.close()
        except sqlite3.DatabaseError as err:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Berkas {path} bukan basis data SQLite yang utuh ({error})."
                ),
                path=src,
                error=err,
            ) from err
        if not isinstance(version, int) or version < 1:
            raise StoreError(
                QT_TRANSLATE_NOOP("Messages", "Berkas {path} tidak menyebut versi skemanya."),
                path=src,
            )
        if version > LATEST_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cadangan {path} berversi skema {version}, lebih baru dari program ini "
                    "({latest}). Perbarui program kiosk dulu.",
                ),
                path=src,
                version=version,
                latest=LATEST_VERSION,
            )
        return BackupCheck(path=src, version=version, visits=visits)

    def restore(self, actor: Actor, src: Path) -> RestoreResult:
        """Replace the live database with a checked backup; the current one is copied aside
        first (``backups/kiosk-before-restore-<stamp>.sqlite3``). The source is brought in with
        the backup API (so WAL and shared memory stay consistent), then migrated.

        Other lanes on this database must be closed first.
        """
        require(actor, Permission.BACKUP)
        live = self._live_file()
        checked = self.check_backup(src)
        if _same_database(checked.path, live):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Berkas cadangan adalah basis data yang sedang dipakai."
                )
            )
        aside = _free_name(
            self._settings.backup_dir / f"kiosk-before-restore-{self._stamp()}.sqlite3"
        )
        problem = _copy_database(live, aside)
        if problem != "ok":  # kept anyway: restoring is the cure for a damaged database
            log.warning("restore: the database set aside is damaged: %s", problem)
        close_database()
        try:
            source = _read_only(checked.path)
            target = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        except sqlite3.Error as err:
            raise StoreError(
                QT_TRANSLATE_NOOP("Messages", "Pemulihan gagal, basis data tidak berubah: {error}"),
                error=err,
            ) from err
        finally:
            open_database(self._settings.db_url, backup_dir=self._settings.backup_dir)
        with write_transaction():
            detail = (
                f"dari {checked.path} (versi skema {checked.version}, {checked.visits} "
                f"kunjungan); sebelumnya disimpan di {aside}"
            )
            record(_known(actor), "restore", checked.path.name, detail, at=self._clock())
        log.info("restore: %s", detail)
        return RestoreResult(checked.path, checked.version, checked.visits, aside)

    # --- once a day ---------------------------------------------------------------------------

    def daily(self, actor: Actor = SYSTEM_ACTOR) -> DailyResult | None:
        """The purge, then a daily backup (``backups/daily/kiosk-YYYYMMDD.sqlite3``, the last
        ``backups_kept`` kept), at most once per WIB day; None when today's has run already.

        The day is claimed before the work: a failure is recorded (``daily_failed``) and the
        next day tries again; ``kiosk purge`` and ``kiosk backup`` run them by hand meanwhile.
        """
        require(actor, Permission.PURGE)
        require(actor, Permission.BACKUP)
        now = self._clock()
        day = service_day(now)
        with write_transaction():
            claimed = AuditEntry.select().where(
                (AuditEntry.action == DAILY_ACTION) & (AuditEntry.subject == day.isoformat())
            )
            if claimed.exists():
                return None
            record(actor, DAILY_ACTION, day.isoformat(), "retensi dan cadangan harian", at=now)
        try:
            purged = self.purge(actor)
            if _is_postgres(self._settings.db_url):
                return DailyResult(day=day, purge=purged, backup=None)
            self.daily_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            copy = self.backup(actor, self.daily_dir / f"kiosk-{day:%Y%m%d}.sqlite3")
            removed = self.rotate()
        except (StoreError, OSError) as err:
            with write_transaction():
                record(actor, "daily_failed", day.isoformat(), str(err), at=self._clock())
            log.error("daily maintenance failed: %s", err)
            raise
        return DailyResult(day=day, purge=purged, backup=copy, removed=removed)

    def rotate(self) -> tuple[Path, ...]:
        """Delete all but the newest ``backups_kept`` daily backups; the deleted files."""
        if not self.daily_dir.is_dir():
            return ()
        files = sorted(p for p in self.daily_dir.iterdir() if _DAILY_NAME.match(p.name))
        old = tuple(files[: max(0, len(files) - self._settings.privacy.backups_kept)])
        for path in old:
            path.unlink(missing_ok=True)
        return old

    # --- helpers ------------------------------------------------------------------------------

    def _live_file(self) -> Path:
        path = sqlite_file(self._settings.db_url)
        if not path.is_file():
            raise StoreError(
                QT_TRANSLATE_NOOP("Messages", "Basis data {path} tidak ada."), path=path
            )
        return path

    def _stamp(self) -> str:
        return f"{to_local(self._clock()):%Y%m%d-%H%M%S}"


@contextmanager
def _overwriting() -> Iterator[None]:
    """On SQLite, erased values are overwritten with zeros in the file (``secure_delete``), not
    merely marked free, so the bytes of a NIK do not linger in the database file."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        yield  # PostgreSQL: old row versions go at the server's next VACUUM
        return
    (previous,) = db.execute_sql("PRAGMA secure_delete").fetchone()
    db.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA secure_delete = {int(previous)}")


def _empty_wal() -> None:
    """Copy the WAL into the database and truncate it: its older frames still hold the pages as
    they were before the purge. Best effort: a lane reading at this moment keeps it for now."""
    db = database.obj
    if isinstance(db, SqliteDatabase):
        busy, _, _ = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.info("purge: the WAL is in use, it is emptied at a later checkpoint")


def _is_postgres(url: str) -> bool:
    return urlparse(url).scheme in ("postgres", "postgresql")


def _known(actor: Actor) -> Actor:
    """The actor for an entry in the restored database: an officer who is not in it (or is
    someone else there) is recorded by name only, without a dangling officer id."""
    if isinstance(actor, Officer):
        account = OfficerAccount.get_or_none(OfficerAccount.id == actor.id)
        if account is None or account.name != actor.name:
            return actor.name
    return actor


def _same_database(path: Path, live: Path) -> bool:
    resolved, database = path.resolve(), live.resolve()
    return resolved in {database, *(database.with_name(database.name + s) for s in _SIDE_FILES)}


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _free_name(path: Path) -> Path:
    """``path``, or ``stem-2``, ``stem-3``… when it is taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _copy_database(source: Path, target: Path) -> str:
    """Copy a live SQLite database with the backup API into a new private file at ``target``
    (atomically replacing it); the copy's ``integrity_check`` result ("ok" when intact).

    The copy is written next to the target under a temporary name, made self-contained
    (rollback journal, no ``-wal``/``-shm`` beside it), checked, then renamed into place.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove_with_side_files(temporary)
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    try:
        try:
            source_connection = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                copy = sqlite3.connect(temporary)
                try:
                    source_connection.backup(copy)  # one step: a consistent snapshot
                finally:
                    copy.close()
            finally:
                source_connection.close()
            copy = sqlite3.connect(temporary)
            try:
                # the copied header says WAL, like the source: one file is easier to keep
                copy.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                copy.close()
        except sqlite3.Error as err:
            raise StoreError(
                QT_TRANSLATE_NOOP("Messages", "Basis data tidak dapat disalin: {error}"), error=err
            ) from err
        problem = integrity(temporary)
        os.chmod(temporary, PRIVATE_FILE)
        os.replace(temporary, target)
    except BaseException:
        _remove_with_side_files(temporary)
        raise
    return problem


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except sqlite3.OperationalError:  # no such table
        return 0


def _visit_count(path: Path) -> int:
    connection = _read_only(path)
    try:
        return _count(connection, Visit._meta.table_name)
    finally:
        connection.close()


def run_daily_in_background(maintenance: MaintenanceService) -> threading.Thread:
    """Run :meth:`MaintenanceService.daily` on a thread of its own (the window calls this at
    start and every hour; it does the work at most once per WIB day)."""

    def work() -> None:
        with database.connection_context():
            try:
                result = maintenance.daily()
            except Exception:  # a failed purge or backup must not take the window down
                log.exception("daily maintenance failed")
                return
        if result is not None:
            log.info("daily maintenance: %s", result)

    thread = threading.Thread(target=work, name="daily-maintenance", daemon=True)
    thread.start()
    return thread
