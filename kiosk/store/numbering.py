"""Queue number allocation: a counter row per prefix and service day.

Called inside the transaction that stores the visit: the insert of a missing counter row and the
``UPDATE … RETURNING`` both take the write lock, so concurrent lanes get distinct numbers, and a
rolled-back registration rolls its number back too (no gap, no reuse). Works the same on SQLite
(3.35+ for RETURNING) and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

from kiosk.store.models import QueueCounter


def allocate_sequence(prefix: str, day: date) -> int:
    """The next sequence for ``prefix`` on ``day``, from 1. Call inside a transaction."""
    for _ in range(2):
        cursor = (
            QueueCounter.update(last_sequence=QueueCounter.last_sequence + 1)
            .where((QueueCounter.prefix == prefix) & (QueueCounter.service_day == day))
            .returning(QueueCounter.last_sequence)
            .execute()
        )
        rows = list(cursor)
        if rows:
            return rows[0].last_sequence
        # the day's first number: create its counter (another lane may just have done so;
        # then the insert does nothing and the update above is tried again)
        QueueCounter.insert(
            prefix=prefix, service_day=day, last_sequence=0
        ).on_conflict_ignore().execute()
    raise RuntimeError(f"queue counter {prefix} {day} could not be created")
