"""Schema versions and migrations, from the first day.

A new database gets the current schema and the latest version at once. An existing one runs,
in order, each step above its version, each step in its own transaction (playhouse migrations for
column changes). A SQLite file is copied aside before any step runs, so a failed upgrade at an
office never costs its data.

To change the schema: change the models, append a step to ``STEPS`` that makes an existing
database match, and never edit a step that has shipped.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from peewee import Database, SqliteDatabase

from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.store.models import MODELS, SchemaVersion

log = logging.getLogger(__name__)

Step = Callable[[Database], None]


def _step_1(db: Database) -> None:
    """Version 1: the first schema (visits, requests, events, queue counters, print jobs).

    Never run on an existing database (a database has at least version 1); kept so that the
    step list reads as the history of the schema.
    """
    db.create_tables(MODELS, safe=True)


def _step_2(db: Database) -> None:
    """Version 2: calls, pick-up dates, receipts per request, who printed."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as apply

    from kiosk.store.models import Call, PrintJob, Request

    migrator = SchemaMigrator.from_database(db)
    apply(
        migrator.add_column(Request._meta.table_name, "pickup_date", Request.pickup_date),
        migrator.add_column(PrintJob._meta.table_name, "request_id", PrintJob.request),
        migrator.add_column(PrintJob._meta.table_name, "officer", PrintJob.officer),
    )
    db.create_tables([Call], safe=True)


def _step_3(db: Database) -> None:
    """Version 3: print jobs say which station prints them."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as apply

    from kiosk.store.models import PrintJob

    migrator = SchemaMigrator.from_database(db)
    table = PrintJob._meta.table_name
    apply(migrator.add_column(table, "station", PrintJob.station))  # with its index


def _step_4(db: Database) -> None:
    """Version 4: officers with PIN hashes, and the audit log."""
    from kiosk.store.models import AuditEntry, OfficerAccount

    db.create_tables([OfficerAccount, AuditEntry], safe=True)


def _step_5(db: Database) -> None:
    """Version 5: visits say when their personal data was erased (retention)."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as apply

    from kiosk.store.models import Visit

    migrator = SchemaMigrator.from_database(db)
    apply(migrator.add_column(Visit._meta.table_name, "purged_at", Visit.purged_at))


def _step_6(db: Database) -> None:
    """Version 6: satisfaction survey responses (SKM), with no identity."""
    from kiosk.store.models import SurveyResponse

    db.create_tables([SurveyResponse], safe=True)


def _step_7(db: Database) -> None:
    """Version 7: visits carry their intake's token, so a retried registration is not doubled."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as apply

    from kiosk.store.models import Visit

    migrator = SchemaMigrator.from_database(db)
    apply(migrator.add_column(Visit._meta.table_name, "token", Visit.token))  # with its index


def _step_8(db: Database) -> None:
    """Version 8: a print job keeps its last error as a message, for the window's language."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as apply

    from kiosk.store.models import PrintJob

    migrator = SchemaMigrator.from_database(db)
    apply(migrator.add_column(PrintJob._meta.table_name, "error_message", PrintJob.error_message))


STEPS: tuple[Step, ...] = (
    _step_1,
    _step_2,
    _step_3,
    _step_4,
    _step_5,
    _step_6,
    _step_7,
    _step_8,
)
LATEST_VERSION = len(STEPS)
SCHEMA_LOCK_KEY = 0x4B494F534B  # "KIOSK"


def schema_version(db: Database) -> int:
    """The version recorded in the database; 0 for an empty database."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def backup_sqlite(db: SqliteDatabase, backup_dir: Path, label: str) -> Path:
    """A consistent copy of a live SQLite database (online backup API)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"kiosk-{label}-{stamp}.sqlite3"
    target.touch(mode=0o600)  # personal data: readable by the kiosk's own account only
    destination = sqlite3.connect(target)
    try:
        db.connection().backup(destination)
    finally:
        destination.close()
    return target


def _schema_lock(db: Database):
    """A transaction that holds the schema lock, so lanes starting together migrate once."""
    if isinstance(db, SqliteDatabase):
        return db.atomic("IMMEDIATE")
    transaction = db.atomic()

    class _Locked:
        def __enter__(self):
            transaction.__enter__()
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK_KEY,))

        def __exit__(self, *exc):
            return transaction.__exit__(*exc)

    return _Locked()


def migrate(db: Database, *, backup_dir: Path | None = None) -> int:
    """Bring the schema to :data:`LATEST_VERSION`; returns the version it started from.

    The version is read under the schema lock: of several lanes opening a new or old database at
    the same moment, one migrates and the others find it done.
    """
    found = schema_version(db)
    if found == LATEST_VERSION:
        return LATEST_VERSION
    if 0 < found < LATEST_VERSION and backup_dir is not None and isinstance(db, SqliteDatabase):
        # Before taking the lock: the backup API cannot copy a database its own connection is
        # writing to. The copy is consistent (a snapshot) even if another lane migrates now.
        path = backup_sqlite(db, backup_dir, f"v{found}-before-v{LATEST_VERSION}")
        log.info("database backed up to %s before migrating", path)
    with _schema_lock(db):
        current = schema_version(db)
        if current > LATEST_VERSION:
            from kiosk.store.connection import StoreError

            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Basis data berversi {version}, lebih baru dari program ini ({latest}). "
                    "Perbarui program kiosk.",
                ),
                version=current,
                latest=LATEST_VERSION,
            )
        if current == LATEST_VERSION:
            return current
        if current == 0:
            db.create_tables(MODELS, safe=True)
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=LATEST_VERSION)
            log.info("new database created at schema version %d", LATEST_VERSION)
            return current
        for version in range(current + 1, LATEST_VERSION + 1):
            with db.atomic():  # a savepoint per step
                STEPS[version - 1](db)
                SchemaVersion.update(version=version).execute()
            log.info("database migrated to schema version %d", version)
    return current
