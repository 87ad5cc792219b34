"""Queue counters: a daily sequence per prefix, unique, never reused, no gaps on rollback."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from peewee import IntegrityError

from kiosk.store import close_database, open_database, write_transaction
from kiosk.store.connection import database
from kiosk.store.models import QueueCounter, Visit
from kiosk.store.numbering import allocate_sequence

DAY = date(2021, 7, 27)


@pytest.fixture(autouse=True)
def db(db_url: str):
    yield open_database(db_url)
    close_database()


def test_sequences_start_at_one_and_count_per_prefix_and_day() -> None:
    with write_transaction():
        got = [allocate_sequence("D", DAY) for _ in range(3)]
        got.append(allocate_sequence("L", DAY))
        got.append(allocate_sequence("D", date(2021, 7, 28)))
    assert got == [1, 2, 3, 1, 1]


def test_a_rolled_back_transaction_uses_up_no_number() -> None:
    with write_transaction():
        assert allocate_sequence("D", DAY) == 1
    with pytest.raises(RuntimeError), write_transaction():
        assert allocate_sequence("D", DAY) == 2
        raise RuntimeError("registration failed after numbering")
    with write_transaction():
        assert allocate_sequence("D", DAY) == 2


def test_counters_of_past_days_are_kept() -> None:
    with write_transaction():
        allocate_sequence("D", date(2021, 7, 26))
        allocate_sequence("D", DAY)
    assert QueueCounter.select().count() == 2


def test_the_database_refuses_a_number_twice() -> None:
    fields = dict(
        channel="drive_thru",
        station="Jalur 1",
        prefix="D",
        service_day=DAY,
        sequence=1,
        number="D-001",
        officer="x",
        created_at=datetime(2021, 7, 27, 2, 0),
    )
    Visit.create(reference="a", **fields)
    with pytest.raises(IntegrityError):
        Visit.create(reference="b", **fields)


def test_lanes_numbering_at_once_get_distinct_numbers_without_gaps() -> None:
    """Four lanes (threads, each with its own connection) take numbers of one day together."""
    from concurrent.futures import ThreadPoolExecutor

    def lane(_: int) -> list[int]:
        got = []
        database.connect()  # a connection of this thread, as each lane PC has its own
        try:
            for _ in range(15):
                with write_transaction():
                    got.append(allocate_sequence("D", DAY))
        finally:
            close_database()
        return got

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = [n for got in pool.map(lane, range(4)) for n in got]
    assert sorted(numbers) == list(range(1, 61))
