"""Opening databases: pragmas, URLs, schema versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import StoreError, close_database, open_database
from kiosk.store.migrations import LATEST_VERSION, schema_version
from kiosk.store.models import SchemaVersion


@pytest.fixture
def sqlite_url(tmp_path: Path):
    yield f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}"
    close_database()


def test_sqlite_is_opened_for_safety(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL: a committed number survives a power cut
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000


def test_new_database_gets_the_latest_schema_version(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    assert schema_version(db) == LATEST_VERSION
    close_database()
    db = open_database(sqlite_url)  # opening again migrates nothing and keeps one row
    assert SchemaVersion.select().count() == 1
    assert schema_version(db) == LATEST_VERSION


def test_a_database_newer_than_the_program_is_refused(sqlite_url: str) -> None:
    open_database(sqlite_url)
    SchemaVersion.update(version=LATEST_VERSION + 1).execute()
    close_database()
    with pytest.raises(StoreError, match="lebih baru"):
        open_database(sqlite_url)


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
