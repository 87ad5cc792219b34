"""Working days of the office, for pick-up dates.

Saturdays, Sundays, Indonesian public holidays (the ``holidays`` package) and the office's
configured cuti bersama (collective leave days, decided each year by decree) are not working days.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=16)
def _public_holidays(year: int) -> frozenset[date]:
    import holidays  # at the first pick-up date, not at start-up (it loads every country)

    return frozenset(holidays.country_holidays("ID", years=year))


class WorkingCalendar:
    """Which days the office works."""

    def __init__(self, cuti_bersama: Iterable[date] = ()) -> None:
        self._leave = frozenset(cuti_bersama)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in _public_holidays(day.year) and (
            day not in self._leave
        )

    def add_working_days(self, start: date, days: int) -> date:
        """The working day ``days`` working days after ``start`` (``start`` itself not counted)."""
        if days < 0:
            raise ValueError("days must not be negative")
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day
