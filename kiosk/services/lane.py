"""What the lane screen shows: today's visits, and a returning applicant's last details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.catalogue import Catalogue, CatalogueError
from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.errors import DomainError
from kiosk.domain.nik import parse_nik
from kiosk.domain.phone import parse_phone
from kiosk.domain.visit import Channel, Status, visit_status
from kiosk.store.models import as_utc
from kiosk.store.queries import last_request_of_nik, visits_of_day


@dataclass(frozen=True)
class VisitSummary:
    """One row of the lane screen."""

    visit_id: int
    number: str
    channel: Channel
    plate: str | None
    services: tuple[str, ...]
    status: Status
    arrived_at: datetime
    print_failed: bool

    def minutes_since_arrival(self, now: datetime) -> int:
        """Whole minutes since the visit was registered."""
        return max(0, int((now - self.arrived_at).total_seconds() // 60))


@dataclass(frozen=True)
class KnownApplicant:
    """Name and phone of an applicant's last visit: a returning resident costs no typing."""

    name: str
    phone_display: str


class LaneService:
    """Read side of the lane screen."""

    def __init__(self, catalogue: Catalogue, clock: Callable[[], datetime] = utc_now) -> None:
        self._catalogue = catalogue
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def today(self, channel: Channel | None = None) -> list[VisitSummary]:
        """Today's visits (WIB day), oldest first."""
        day = service_day(self._clock())
        rows = []
        for visit in visits_of_day(day, channel.value if channel else None):
            requests = list(visit.requests)
            names = tuple(dict.fromkeys(self._name(r.service_code) for r in requests))
            rows.append(
                VisitSummary(
                    visit_id=visit.id,
                    number=visit.number,
                    channel=Channel(visit.channel),
                    plate=visit.plate,
                    services=names,
                    status=visit_status([Status(r.status) for r in requests]),
                    arrived_at=as_utc(visit.created_at),
                    print_failed=any(job.state == "failed" for job in visit.print_jobs),
                )
            )
        return rows

    def known_applicant(self, nik_text: str) -> KnownApplicant | None:
        """The last name and phone used with this NIK, if the NIK is valid and was seen before."""
        try:
            nik = parse_nik(nik_text)
        except DomainError:
            return None
        request = last_request_of_nik(nik.value)
        if request is None:
            return None
        phone = ""
        if request.phone:
            try:
                phone = parse_phone(request.phone).national
            except DomainError:
                phone = request.phone
        return KnownApplicant(name=request.name, phone_display=phone)

    def _name(self, code: str) -> str:
        try:
            return self._catalogue.get(code).name_id
        except CatalogueError:
            return code
