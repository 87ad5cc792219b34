"""Opening the one database of the process, from a URL.

``sqlite:///path`` is the embedded default; ``postgresql://user:pass@host:port/db`` a shared
server for several lanes. The SQLite pragmas trade a little speed for safety at a kiosk whose
power may be cut at any moment: WAL, ``synchronous=FULL`` (a committed queue number survives a
power cut, so it can never be handed out twice), foreign keys on, and a busy timeout so that
several lanes writing one file wait for each other instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import Database, DatabaseProxy, OperationalError, SqliteDatabase

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable

log = logging.getLogger(__name__)

database = DatabaseProxy()

BUSY_TIMEOUT_MS = 15_000

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16_000,  # 16 MB
}


class StoreError(Translatable, Exception):
    """The database cannot be opened or used (Indonesian message, fit to show an officer;
    marked for the window's translation: :mod:`kiosk.domain.messages`)."""


class DatabaseUnavailable(StoreError):
    """The database server cannot be reached now; try again later (PostgreSQL only).

    Raised for a lost connection, never for an ordinary error. Whatever the statement was doing
    in its transaction was rolled back, unless the connection died during ``COMMIT``, when the
    server may have kept it: a use case that retries must be safe to repeat.
    """


def _make_database(url: str) -> Database:
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if parsed.netloc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Alamat basis data SQLite tidak valid: {url} (pakai sqlite:///path).",
                ),
                url=url,
            )
        if path in ("", "/"):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Alamat basis data SQLite tidak menyebut nama berkas."
                )
            )
        if path != "/:memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        else:
            path = ":memory:"
        return SqliteDatabase(
            path,
            pragmas=SQLITE_PRAGMAS,
            timeout=BUSY_TIMEOUT_MS / 1000,
            autoconnect=False,
        )
    if parsed.scheme in ("postgres", "postgresql"):
        # Imported here: the PostgreSQL driver is an optional extra a single-lane kiosk skips.
        from kiosk.store.postgres import ResilientPostgresqlDatabase

        return ResilientPostgresqlDatabase(
            unquote(parsed.path.lstrip("/")),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname,
            port=parsed.port,
        )
    raise StoreError(
        QT_TRANSLATE_NOOP(
            "Messages", "Jenis basis data tidak dikenal: {scheme} (sqlite atau postgresql)."
        ),
        scheme=repr(parsed.scheme),
    )


def open_database(url: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Database:
    """Open the database at ``url``, bind the models to it, and bring its schema up to date.

    Before a SQLite file is migrated, a copy is written to ``backup_dir`` (if given).
    """
    db = _make_database(url)
    try:
        db.connect()
    except (OperationalError, DatabaseUnavailable) as err:
        raise StoreError(
            QT_TRANSLATE_NOOP("Messages", "Basis data tidak dapat dibuka ({url}): {error}"),
            url=url,
            error=err,
        ) from err
    database.initialize(db)
    if migrate:
        from kiosk.store.migrations import migrate as run_migrations

        run_migrations(db, backup_dir=backup_dir)
    log.info("database open: %s", db.__class__.__name__)
    return db


def close_database() -> None:
    """Close the connection of this thread, if any."""
    if database.obj is not None and not database.is_closed():
        database.close()


# SQLite's words for a write the machine cannot take, and what the officer is told
_DISK_PROBLEMS = {
    "database or disk is full": QT_TRANSLATE_NOOP(
        "Messages",
        "Penyimpanan penuh: belum ada yang tersimpan. Yang sudah diketik tetap ada; kosongkan "
        "ruang disk (hubungi admin), lalu coba lagi.",
    ),
    "readonly database": QT_TRANSLATE_NOOP(
        "Messages",
        "Basis data hanya dapat dibaca (read-only): belum ada yang tersimpan. Yang sudah "
        "diketik tetap ada; hubungi admin, lalu coba lagi.",
    ),
    "disk i/o error": QT_TRANSLATE_NOOP(
        "Messages",
        "Disk gagal menulis: belum ada yang tersimpan. Yang sudah diketik tetap ada; hubungi "
        "admin, lalu coba lagi.",
    ),
}


def disk_problem(error: BaseException | None) -> Message | None:
    """The officer's message for a write the disk refused (full, read-only, I/O), else None.

    The error's context counts too: after SQLITE_FULL, SQLite has already rolled the
    transaction back itself, so the ROLLBACK that follows fails ("no transaction is active")
    while handling the real cause.
    """
    while error is not None:
        text = str(error).lower()
        words = next((words for words in _DISK_PROBLEMS if words in text), None)
        if words is not None:
            return Message(_DISK_PROBLEMS[words])
        error = error.__cause__ or error.__context__
    return None


@contextmanager
def write_transaction() -> Iterator[None]:
    """A transaction that takes the write lock at its start.

    On SQLite ``BEGIN IMMEDIATE``: two lanes on one file serialise at the beginning of the
    transaction (waiting up to the busy timeout) instead of failing at their first write, which a
    deferred transaction that read first would do. On PostgreSQL a plain transaction: the queue
    counter row is locked by its ``UPDATE … RETURNING``.

    A full disk, a read-only file or an I/O error rolls the whole transaction back (nothing is
    half-written) and becomes a StoreError with an Indonesian message.
    """
    atomic = (
        database.atomic("IMMEDIATE") if isinstance(database.obj, SqliteDatabase)
        else database.atomic()
    )  # fmt: skip
    try:
        with atomic:
            yield
    except OperationalError as err:
        message = disk_problem(err)
        if message is None:
            raise
        log.error("write refused by the disk: %s", err)
        raise StoreError(message) from err
