"""A full disk and a read-only database: the write is refused whole, with a plain Indonesian
message, and the next try after the problem is gone stores the visit with the next number.

A full disk is made with SQLite's own limit on the file's pages (``max_page_count`` set to the
pages it has), which fails every write that needs one more page exactly as a full disk does
(SQLITE_FULL); a read-only database with ``query_only`` (SQLITE_READONLY). Filling a real disk or
remounting it read-only needs privileges the test machine may not give.
"""

from __future__ import annotations

import pytest

from kiosk.services import Kiosk, StoreError
from kiosk.store import database
from kiosk.store.models import AuditEntry, Event, PrintJob, QueueCounter, Request, Visit
from tests.helpers import car, request

pytestmark = pytest.mark.sqlite_only


def counts() -> tuple[int, ...]:
    return tuple(
        model.select().count() for model in (Visit, Request, Event, PrintJob, AuditEntry)
    )


def fill_disk() -> None:
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")


def free_disk() -> None:
    database.execute_sql("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_refuses_the_whole_visit_and_burns_no_number(kiosk: Kiosk) -> None:
    kiosk.registration.register(car(request()), "Budi")
    before = counts()
    fill_disk()
    try:
        refused = 0
        for _ in range(30):  # until a write needs a new page (a page holds several visits)
            try:
                kiosk.registration.register(car(request()), "Budi")
            except StoreError as err:
                assert str(err).startswith("Penyimpanan penuh")
                assert "Yang sudah diketik tetap ada" in str(err)
                refused += 1
                break
        assert refused == 1
        stored = counts()
    finally:
        free_disk()
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = kiosk.registration.register(car(request()), "Budi")
    visits = stored[0] - before[0]  # those that still fitted
    assert after.number == f"D-{visits + 2:03d}"  # the refused one took no number
    assert QueueCounter.get().last_sequence == visits + 2
    assert [v.sequence for v in Visit.select().order_by(Visit.sequence)] == list(
        range(1, visits + 3)
    )


def test_a_read_only_database_refuses_writes_and_still_shows_the_board(kiosk: Kiosk) -> None:
    first = kiosk.registration.register(car(request()), "Budi")
    database.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(StoreError, match="hanya dapat dibaca"):
            kiosk.registration.register(car(request()), "Budi")
        assert [v.number for v in kiosk.lane.today()] == [first.number]  # reads go on
    finally:
        database.execute_sql("PRAGMA query_only = 0")
    assert counts() == (1, 1, 1, 1, 1)
    assert kiosk.registration.register(car(request()), "Budi").number == "D-002"
