"""Times of a request, computed from its events, never typed in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.visit import Status


@dataclass(frozen=True)
class RequestTimes:
    """When a request reached each step (the first time), from its events."""

    registered: datetime | None = None
    started: datetime | None = None
    ready: datetime | None = None
    handed_over: datetime | None = None

    @property
    def wait(self) -> timedelta | None:
        """Registered -> processing started."""
        return _between(self.registered, self.started)

    @property
    def service(self) -> timedelta | None:
        """Processing started -> ready (called)."""
        return _between(self.started, self.ready)

    @property
    def to_hand_over(self) -> timedelta | None:
        """Registered -> handed over: what the resident lived through."""
        return _between(self.registered, self.handed_over)


def _between(start: datetime | None, end: datetime | None) -> timedelta | None:
    return end - start if start is not None and end is not None else None


_STEP = {
    Status.WAITING: "registered",
    Status.IN_PROCESS: "started",
    Status.READY: "ready",
    Status.HANDED_OVER: "handed_over",
}


def request_times(events: Iterable[tuple[Status, datetime]]) -> RequestTimes:
    """Times of a request from its ``(to_status, at)`` events, in any order."""
    firsts: dict[str, datetime] = {}
    for status, at in sorted(events, key=lambda e: e[1]):
        step = _STEP.get(status)
        if step and step not in firsts:
            firsts[step] = at
    return RequestTimes(**firsts)


class Punctuality:
    """How a visit stands against its target, for colours that read at a glance."""

    ON_TIME = "on_time"
    NEAR = "near"
    LATE = "late"


NEAR_FRACTION = 0.8


def punctuality(elapsed: timedelta, target_minutes: int) -> str:
    """On time below 80 % of the target, near up to the target, late past it."""
    minutes = elapsed.total_seconds() / 60
    if minutes > target_minutes:
        return Punctuality.LATE
    if minutes >= NEAR_FRACTION * target_minutes:
        return Punctuality.NEAR
    return Punctuality.ON_TIME
