"""Aggregate queries of the reports: counts and times of a period of WIB service days.

Every query filters visits by ``service_day`` (indexed) first and joins the rows of those visits
only, so a month stays fast on a database of years. Counting and grouping happen in SQL; Python
gets one row per group (or per request for the times).

The SQL is plain (``CASE``, ``MIN``, ``COUNT``, ``GROUP BY``) and runs on SQLite and PostgreSQL.
The two things that differ by database, the UTC hour of a timestamp and a timestamp as epoch
seconds, are in :func:`_hour_of` and :func:`_epoch_seconds`, and nowhere else. Times are stored
as naive UTC; WIB is UTC+7 all year, so the WIB hour is the UTC hour shifted by seven, done in
Python on the 24 grouped rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import SQL, Case, PostgresqlDatabase, fn

from kiosk.store.connection import database
from kiosk.store.models import Event, Request, SurveyResponse, Visit

WIB_OFFSET_HOURS = 7
EXIT_STATUSES = ("incomplete", "forwarded", "cancelled", "no_show")
_TIMED_STATUSES = ("waiting", "in_process", "ready", "handed_over")
SURVEY_COLUMNS = tuple(f"u{i}" for i in range(1, 10))


def _is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _hour_of(column):
    """The hour (0-23) of a stored naive UTC timestamp, as an integer."""
    if _is_postgres():
        return fn.date_part("hour", column).cast("INTEGER")
    return fn.strftime("%H", column).cast("INTEGER")


def _epoch_seconds(column):
    """A stored naive UTC timestamp as seconds since 1970 (fractions kept), for differences."""
    if _is_postgres():
        return fn.date_part("epoch", column)
    return (fn.julianday(column) - 2440587.5) * 86400.0


def _visits_in(start: date, end: date):
    return Visit.service_day.between(start, end)


def requests_by_service_and_channel(start: date, end: date) -> list[tuple[str, str, int]]:
    """``(service_code, channel, requests)`` of the period."""
    query = (
        Request.select(Request.service_code, Visit.channel, fn.COUNT(Request.id))
        .join(Visit)
        .where(_visits_in(start, end))
        .group_by(Request.service_code, Visit.channel)
    )
    return [(code, channel, count) for code, channel, count in query.tuples()]


def visits_by_channel(start: date, end: date) -> dict[str, int]:
    """Visits of the period per channel."""
    query = (
        Visit.select(Visit.channel, fn.COUNT(Visit.id))
        .where(_visits_in(start, end))
        .group_by(Visit.channel)
    )
    return dict(query.tuples())


def visits_by_wib_hour(start: date, end: date) -> tuple[int, ...]:
    """24 counts: visits of the period by WIB hour of arrival (registration)."""
    hour = _hour_of(Visit.created_at)
    query = (
        Visit.select(hour.alias("h"), fn.COUNT(Visit.id))
        .where(_visits_in(start, end))
        .group_by(SQL("h"))
    )
    counts = [0] * 24
    for utc_hour, count in query.tuples():
        counts[(int(utc_hour) + WIB_OFFSET_HOURS) % 24] += count
    return tuple(counts)


def visits_by_officer(start: date, end: date) -> dict[str, int]:
    """Visits registered per officer name."""
    query = (
        Visit.select(Visit.officer, fn.COUNT(Visit.id))
        .where(_visits_in(start, end))
        .group_by(Visit.officer)
    )
    return dict(query.tuples())


def handed_over_by_officer(start: date, end: date) -> dict[str, int]:
    """Requests handed over per officer (who recorded the hand-over), each request once."""
    query = (
        Event.select(Event.officer, fn.COUNT(Event.request.distinct()))
        .join(Visit, on=(Event.visit == Visit.id))
        .where(_visits_in(start, end) & (Event.to_status == "handed_over"))
        .group_by(Event.officer)
    )
    return dict(query.tuples())


def exits_by_status(start: date, end: date) -> dict[str, int]:
    """Requests of the period that left the lane by a side exit, per status (all four keys)."""
    query = (
        Request.select(Request.status, fn.COUNT(Request.id))
        .join(Visit)
        .where(_visits_in(start, end) & Request.status.in_(EXIT_STATUSES))
        .group_by(Request.status)
    )
    found = dict(query.tuples())
    return {status: found.get(status, 0) for status in EXIT_STATUSES}


@dataclass(frozen=True)
class RequestTimeRow:
    """When a request first reached each step, as epoch seconds (None: not reached)."""

    request_id: int
    service_code: str
    registered: float | None
    started: float | None
    ready: float | None
    handed_over: float | None


def request_step_times(start: date, end: date) -> list[RequestTimeRow]:
    """Per request of the period, the first time of each timed step (one row per request)."""
    seconds = _epoch_seconds(Event.at)

    def first(status: str):
        return fn.MIN(Case(None, [(Event.to_status == status, seconds)], None))

    query = (
        Event.select(
            Event.request,
            Request.service_code,
            first("waiting"),
            first("in_process"),
            first("ready"),
            first("handed_over"),
        )
        .join(Visit, on=(Event.visit == Visit.id))
        .switch(Event)
        .join(Request, on=(Event.request == Request.id))
        .where(_visits_in(start, end) & Event.to_status.in_(_TIMED_STATUSES))
        .group_by(Event.request, Request.service_code)
    )
    return [RequestTimeRow(*row) for row in query.tuples()]


def survey_totals(start: date, end: date) -> list[tuple[str, int, dict[str, int], dict[str, int]]]:
    """Per service code: responses, and per element (``U1``…) the sum and count of answers."""
    columns = [getattr(SurveyResponse, name) for name in SURVEY_COLUMNS]
    query = (
        SurveyResponse.select(
            SurveyResponse.service_code,
            fn.COUNT(SurveyResponse.id),
            *[fn.SUM(column) for column in columns],
            *[fn.COUNT(column) for column in columns],
        )
        .where(SurveyResponse.service_day.between(start, end))
        .group_by(SurveyResponse.service_code)
    )
    out = []
    n = len(SURVEY_COLUMNS)
    for code, responses, *values in query.tuples():
        sums = {c.upper(): int(v or 0) for c, v in zip(SURVEY_COLUMNS, values[:n], strict=True)}
        counts = {c.upper(): int(v or 0) for c, v in zip(SURVEY_COLUMNS, values[n:], strict=True)}
        out.append((code, responses, sums, counts))
    return out
