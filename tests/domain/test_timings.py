"""Times of a request from its events, and punctuality against the target."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.timings import Punctuality, punctuality, request_times
from kiosk.domain.visit import Status

T0 = datetime(2021, 7, 27, 2, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_wait_service_and_hand_over_times_come_from_the_events() -> None:
    times = request_times(
        [
            (Status.HANDED_OVER, at(14)),  # any order
            (Status.WAITING, at(0)),
            (Status.IN_PROCESS, at(3)),
            (Status.READY, at(11)),
        ]
    )
    assert times.wait == timedelta(minutes=3)
    assert times.service == timedelta(minutes=8)
    assert times.to_hand_over == timedelta(minutes=14)


def test_the_first_time_a_step_is_reached_counts() -> None:
    times = request_times(
        [
            (Status.WAITING, at(0)),
            (Status.IN_PROCESS, at(2)),
            (Status.INCOMPLETE, at(4)),
            (Status.WAITING, at(30)),
            (Status.IN_PROCESS, at(31)),
        ]
    )
    assert times.registered == at(0) and times.started == at(2)
    assert times.service is None and times.to_hand_over is None


def test_punctuality_against_a_ten_minute_target() -> None:
    assert punctuality(timedelta(minutes=7, seconds=59), 10) == Punctuality.ON_TIME
    assert punctuality(timedelta(minutes=8), 10) == Punctuality.NEAR
    assert punctuality(timedelta(minutes=10), 10) == Punctuality.NEAR
    assert punctuality(timedelta(minutes=10, seconds=1), 10) == Punctuality.LATE
