"""Read queries used by the use cases. Each returns plain rows or model instances; no Qt."""

from __future__ import annotations

from datetime import date

from peewee import fn, prefetch

from kiosk.store.models import PrintJob, Request, Visit

ACTIVE_STATUSES = ("waiting", "in_process")


def visits_of_day(day: date, channel: str | None = None) -> list[Visit]:
    """The visits of a service day, oldest first, with their requests and print jobs prefetched.

    Three queries whatever the number of visits (no N+1 on the lane screen).
    """
    query = Visit.select().where(Visit.service_day == day)
    if channel:
        query = query.where(Visit.channel == channel)
    query = query.order_by(Visit.created_at, Visit.id)
    requests = Request.select().order_by(Request.position)
    jobs = PrintJob.select().order_by(PrintJob.id)
    return list(prefetch(query, requests, jobs))


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


def last_request_of_nik(nik: str) -> Request | None:
    """The most recent request of an applicant, to offer their name and phone again."""
    return (
        Request.select()
        .where(Request.nik == nik)
        .order_by(Request.created_at.desc(), Request.id.desc())
        .first()
    )


def visit_count(day: date) -> int:
    """How many visits a service day has."""
    return Visit.select(fn.COUNT(Visit.id)).where(Visit.service_day == day).scalar() or 0
