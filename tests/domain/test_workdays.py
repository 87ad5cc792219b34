"""Working days for pick-up dates: weekends, public holidays, cuti bersama."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.workdays import WorkingCalendar


def test_a_pickup_date_skips_independence_day() -> None:
    # Friday 13 August 2021 + 3 working days: Mon 16, (Tue 17 August is a holiday), Wed 18, Thu 19
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(date(2021, 8, 17))
    assert calendar.add_working_days(date(2021, 8, 13), 3) == date(2021, 8, 19)


def test_weekends_are_not_working_days() -> None:
    calendar = WorkingCalendar()
    assert calendar.add_working_days(date(2021, 7, 30), 1) == date(2021, 8, 2)  # Fri -> Mon
    assert calendar.add_working_days(date(2021, 7, 31), 1) == date(2021, 8, 2)  # Sat -> Mon


def test_cuti_bersama_from_the_settings_is_skipped() -> None:
    plain = WorkingCalendar()
    with_leave = WorkingCalendar([date(2021, 12, 24)])
    assert plain.add_working_days(date(2021, 12, 23), 1) == date(2021, 12, 24)
    assert with_leave.add_working_days(date(2021, 12, 23), 1) == date(2021, 12, 27)


def test_eid_al_fitr_is_known() -> None:
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(date(2021, 5, 13))
    assert not calendar.is_working_day(date(2021, 5, 14))


def test_zero_days_is_the_same_day_and_negative_is_refused() -> None:
    calendar = WorkingCalendar()
    assert calendar.add_working_days(date(2021, 8, 16), 0) == date(2021, 8, 16)
    with pytest.raises(ValueError):
        calendar.add_working_days(date(2021, 8, 16), -1)
