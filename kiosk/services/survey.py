"""Storing satisfaction survey answers (SKM): with the service and the day, never an identity."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.skm import IkmResult, check_answers, compute_ikm
from kiosk.domain.visit import Channel
from kiosk.store import write_transaction
from kiosk.store.models import SurveyResponse, utc_naive


class SurveyService:
    """The survey screen's use case, and the IKM of a period."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock

    def submit(
        self, service_code: str, channel: Channel, answers: Mapping[str, int | None]
    ) -> int | None:
        """Store one response (unanswered elements are None); nothing when all are skipped."""
        checked = check_answers(answers)
        if all(value is None for value in checked.values()):
            return None
        now = self._clock()
        with write_transaction():
            row = SurveyResponse.create(
                service_day=service_day(now),
                at=utc_naive(now),
                service_code=service_code,
                channel=channel.value,
                **{code.lower(): value for code, value in checked.items()},
            )
        return row.id

    def ikm(self, start: date, end: date, service_code: str | None = None) -> IkmResult:
        """The IKM of the responses of ``start``..``end`` (WIB days, inclusive)."""
        query = SurveyResponse.select().where(SurveyResponse.service_day.between(start, end))
        if service_code:
            query = query.where(SurveyResponse.service_code == service_code)
        return compute_ikm(row.answers() for row in query.iterator())
