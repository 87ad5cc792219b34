"""Read queries used by the use cases. Each returns plain rows or model instances; no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from peewee import fn

from kiosk.domain.flow import ACTIVE
from kiosk.domain.messages import Message
from kiosk.store.models import Call, Event, PrintJob, Request, Visit

ACTIVE_STATUSES = ("waiting", "in_process")  # not yet served (the display's waiting count)
IN_QUEUE = tuple(sorted(s.value for s in ACTIVE))  # still in the queue: a visit to work


class JobState(NamedTuple):
    """A print job as the board needs it."""

    job_id: int
    state: str
    kind: str
    request_id: int | None
    error: Message  # why it did not print last ("" if it did)


@dataclass
class DayVisit:
    """A visit with everything the lane board shows of it."""

    visit: Visit
    requests: list[Request] = field(default_factory=list)
    print_jobs: list[JobState] = field(default_factory=list)
    calls: int = 0
    events: list[tuple[str, datetime]] = field(default_factory=list)


@dataclass(frozen=True)
class BoardSelection:
    """Which of a day's visits the lane board shows, and the counts over all of them."""

    shown: list[int]  # visit ids
    total: int
    active: int  # visits with a request still in the queue
    waiting: int  # visits with a request waiting


def board_selection(
    day: date, channel: str | None, station: str | None, keep: int
) -> BoardSelection:
    """The visits of a service day the board shows: every one still to work, every one with a
    slip or receipt that did not print or waits for the printer, and the ``keep`` that left the
    queue last (the last time one of its requests moved out of it). Counted and picked by the
    database, so the cost in Python is that of the visits shown, not of the day: five small
    queries.
    """
    day_visits = _day_visits(day, channel, station, Visit.id)
    in_queue = Request.select(Request.visit).where(
        Request.visit.in_(day_visits) & Request.status.in_(IN_QUEUE)
    )
    active = [v for (v,) in in_queue.distinct().tuples()]
    waiting = in_queue.where(Request.status == "waiting").select(fn.COUNT(Request.visit.distinct()))
    trouble = PrintJob.select(PrintJob.visit).where(
        PrintJob.visit.in_(day_visits)
        & (
            (PrintJob.state == "failed")
            | ((PrintJob.state == "pending") & (PrintJob.last_error != ""))
        )
    )
    troubled = [v for (v,) in trouble.distinct().tuples()]
    left_at = fn.MAX(Event.at)
    latest = (
        Event.select(Event.visit)
        .where(
            Event.visit.in_(day_visits)
            & Event.visit.not_in(in_queue)
            & Event.visit.not_in(trouble)
            & Event.to_status.not_in(IN_QUEUE)
        )
        .group_by(Event.visit)
        .order_by(left_at.desc(), Event.visit.desc())
        .limit(keep)
    )
    shown = list(dict.fromkeys([*active, *troubled, *(v for (v,) in latest.tuples())]))
    return BoardSelection(
        shown=shown,
        total=day_visits.count(),
        active=len(active),
        waiting=waiting.scalar() or 0,
    )


def day_stations(day: date, channel: str | None) -> frozenset[str]:
    """The lanes and counters the visits of a service day were registered at."""
    query = _day_visits(day, channel, None, Visit.station)
    return frozenset(s for (s,) in query.distinct().tuples())


def day_numbers(
    day: date, channel: str | None, station: str | None
) -> list[tuple[int, str, str | None]]:
    """Id, queue number and plate of a day's visits, oldest first (what a search looks at)."""
    query = _day_visits(day, channel, station, Visit.id, Visit.number, Visit.plate)
    return list(query.order_by(Visit.created_at, Visit.id).tuples())


def _day_visits(day: date, channel: str | None, station: str | None, *columns):
    """``columns`` of the visits of a service day, of one channel and one station if given."""
    query = Visit.select(*columns).where(Visit.service_day == day)
    if channel:
        query = query.where(Visit.channel == channel)
    if station is not None:
        query = query.where(Visit.station == station)
    return query


def visits_by_id(ids: list[int]) -> list[DayVisit]:
    """Visits with the same details as :func:`visits_of_day`, oldest first."""
    if not ids:
        return []
    query = Visit.select().where(Visit.id.in_(ids))
    return _with_details(query.order_by(Visit.created_at, Visit.id))


def visits_of_day(day: date, channel: str | None = None) -> list[DayVisit]:
    """The visits of a service day, oldest first, with requests, print jobs, calls and events.

    Five queries whatever the number of visits (no N+1 on the lane board).
    """
    query = _day_visits(day, channel, None)
    return _with_details(query.order_by(Visit.created_at, Visit.id))


def day_visit(visit_id: int) -> DayVisit | None:
    """One visit with the same details as :func:`visits_of_day`."""
    found = _with_details(Visit.select().where(Visit.id == visit_id))
    return found[0] if found else None


def _with_details(query) -> list[DayVisit]:
    rows = {v.id: DayVisit(v) for v in query}
    if not rows:
        return []
    ids = query.select(Visit.id).order_by()  # a subquery: no parameter limit on a long day
    for request in Request.select().where(Request.visit.in_(ids)).order_by(Request.position):
        rows[request.visit_id].requests.append(request)
    jobs = (
        PrintJob.select(
            PrintJob.visit,
            PrintJob.id,
            PrintJob.state,
            PrintJob.kind,
            PrintJob.request,
            PrintJob.last_error,
            PrintJob.error_message,
        )
        .where(PrintJob.visit.in_(ids))
        .order_by(PrintJob.id)
    )
    for visit_id, job_id, state, kind, request_id, text, message in jobs.tuples():
        error = _job_error(text, message)
        rows[visit_id].print_jobs.append(JobState(job_id, state, kind, request_id, error))
    calls = (
        Call.select(Call.visit, fn.COUNT(Call.id)).where(Call.visit.in_(ids)).group_by(Call.visit)
    )
    for visit_id, count in calls.tuples():
        rows[visit_id].calls = count
    events = (
        Event.select(Event.visit, Event.to_status, Event.at)
        .where(Event.visit.in_(ids))
        .order_by(Event.id)
    )
    for visit_id, to_status, at in events.tuples():
        rows[visit_id].events.append((to_status, at))
    return list(rows.values())


def _job_error(text: str, message: str) -> Message:
    """A job's last error: the message it was stored as, else (a job of before schema v8, or
    a message that cannot be read back) its Indonesian text."""
    if message:
        try:
            return Message.from_json(message)
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    return Message.of(text)


def visit_with_requests(visit_id: int) -> tuple[Visit, list[Request]]:
    """One visit and its requests in order."""
    visit = Visit.get_by_id(visit_id)
    requests = list(Request.select().where(Request.visit == visit).order_by(Request.position))
    return visit, requests


def count_ahead(visit: Visit) -> int:
    """Visits of the same day and channel registered before ``visit`` and not yet served."""
    return (
        Visit.select(fn.COUNT(Visit.id.distinct()))
        .join(Request)
        .where(
            (Visit.service_day == visit.service_day)
            & (Visit.channel == visit.channel)
            & (Visit.id < visit.id)
            & (Request.status.in_(ACTIVE_STATUSES))
        )
        .scalar()
        or 0
    )


def waiting_count(day: date) -> int:
    """Visits of a day with a request still waiting or in process."""
    return (
        Visit.select(fn.COUNT(Visit.id.distinct()))
        .join(Request)
        .where((Visit.service_day == day) & (Request.status.in_(ACTIVE_STATUSES)))
        .scalar()
        or 0
    )


def recent_calls(day: date, limit: int) -> list[tuple[Call, Visit]]:
    """The last ``limit`` calls of a day, newest first, with their visits (one query)."""
    query = (
        Call.select(Call, Visit)
        .join(Visit)
        .where(Visit.service_day == day)
        .order_by(Call.id.desc())
        .limit(limit)
    )
    return [(call, call.visit) for call in query]


def last_request_of_nik(nik: str) -> Request | None:
    """The most recent request of an applicant, to offer their name and phone again."""
    return (
        Request.select()
        .where(Request.nik == nik)
        .order_by(Request.created_at.desc(), Request.id.desc())
        .first()
    )
