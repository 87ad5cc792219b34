"""Opening databases: pragmas, URLs, schema versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.store import StoreError, close_database, open_database
from kiosk.store.migrations import LATEST_VERSION, schema_version
from kiosk.store.models import SchemaVersion, Visit

DATA = Path(__file__).parent / "data"


@pytest.fixture
def sqlite_url(tmp_path: Path):
    yield f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}"
    close_database()


@pytest.fixture
def url(db_url: str):
    """A new database on each engine (tests/conftest.py)."""
    yield db_url
    close_database()


@pytest.mark.sqlite_only
def test_sqlite_is_opened_for_safety(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL: a committed number survives a power cut
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000


def test_new_database_gets_the_latest_schema_version(url: str) -> None:
    db = open_database(url)
    assert schema_version(db) == LATEST_VERSION
    close_database()
    db = open_database(url)  # opening again migrates nothing and keeps one row
    assert SchemaVersion.select().count() == 1
    assert schema_version(db) == LATEST_VERSION


def test_a_database_newer_than_the_program_is_refused(url: str) -> None:
    open_database(url)
    SchemaVersion.update(version=LATEST_VERSION + 1).execute()
    close_database()
    with pytest.raises(StoreError, match="lebih baru"):
        open_database(url)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://x/y", "tidak dikenal"),
        ("sqlite://host/x.db", "tidak valid"),
        ("sqlite:///", "nama"),
    ],
)
def test_bad_urls_are_refused_in_indonesian(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words):
        open_database(url)


@pytest.mark.sqlite_only
def test_a_version_1_database_is_backed_up_and_migrated(tmp_path: Path) -> None:
    """The schema as the first release created it (tests/store/data/schema_v1.sql) upgrades."""
    path = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript((DATA / "schema_v1.sql").read_text())
        conn.execute(
            "INSERT INTO visit VALUES (1, '20210727-D-001', 'drive_thru', 'Jalur 1', 'D',"
            " '2021-07-27', 1, 'D-001', 'B 1 A', 'x', '2021-07-27 02:05:00')"
        )
    conn.close()

    backups = tmp_path / "backups"
    db = open_database(f"sqlite:///{path}", backup_dir=backups)
    assert schema_version(db) == LATEST_VERSION
    assert "pickup_date" in {c.name for c in db.get_columns("request")}
    assert {"request_id", "error_message"} <= {c.name for c in db.get_columns("print_job")}
    assert db.table_exists("call")
    assert Visit.get_by_id(1).number == "D-001"  # data kept
    (backup,) = backups.glob("*.sqlite3")
    close_database()
    copy = open_database(f"sqlite:///{backup}", migrate=False)
    assert schema_version(copy) == 1  # the copy is the database as it was
    close_database()
