"""What the lane board and the public display show, read from the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.domain.catalogue import Catalogue, CatalogueError
from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.errors import DomainError
from kiosk.domain.flow import ACTIVE
from kiosk.domain.masking import mask_nik, mask_phone, mask_plate
from kiosk.domain.nik import parse_nik
from kiosk.domain.officers import Permission
from kiosk.domain.phone import parse_phone
from kiosk.domain.timings import punctuality
from kiosk.domain.visit import Channel, Status, visit_status
from kiosk.services.audit import Actor, record, require
from kiosk.store import write_transaction
from kiosk.store.models import Request, as_utc
from kiosk.store.queries import (
    DayVisit,
    board_selection,
    day_numbers,
    day_stations,
    day_visit,
    last_request_of_nik,
    recent_calls,
    visits_by_id,
    visits_of_day,
    waiting_count,
)

FINISHED_ROWS = 20
"""How many of the visits out of the queue the board keeps, the ones that left it last (a
long day would otherwise pile up hundreds of rows; older ones are found with the search)."""

# The one-tap step of a visit, by its status.
NEXT_STEP = {
    Status.WAITING: Status.IN_PROCESS,
    Status.IN_PROCESS: Status.READY,
    Status.READY: Status.HANDED_OVER,
}
# The board's order: cars at the window to collect first, then in process, then waiting; side
# exits after them and finished visits last.
_BOARD_GROUP = {
    Status.READY: 0,
    Status.IN_PROCESS: 1,
    Status.WAITING: 2,
    Status.INCOMPLETE: 3,
    Status.NO_SHOW: 3,
    Status.FORWARDED: 4,
    Status.HANDED_OVER: 5,
    Status.CANCELLED: 5,
}


@dataclass(frozen=True)
class RequestSummary:
    """One applicant's request, as the board's detail shows it (NIK masked)."""

    request_id: int
    service_code: str
    service_name: str
    status: Status
    name: str
    masked_nik: str
    masked_phone: str
    received: tuple[str, ...]
    missing: tuple[str, ...]
    pickup_date: date | None
    receipts: int = 0


@dataclass(frozen=True)
class VisitSummary:
    """One row of the lane board."""

    visit_id: int
    number: str
    channel: Channel
    plate: str | None
    services: tuple[str, ...]
    status: Status
    arrived_at: datetime
    failed_print_jobs: tuple[int, ...] = ()
    waiting_print_jobs: tuple[int, ...] = ()
    # why the latest failed or waiting document did not print (a Message: the window translates)
    print_error: str = ""
    requests: tuple[RequestSummary, ...] = ()
    calls: int = 0
    target_minutes: int = 10
    finished_at: datetime | None = None
    station: str = ""

    @property
    def print_failed(self) -> bool:
        """A slip or receipt of this visit did not print (shown with "Cetak Ulang")."""
        return bool(self.failed_print_jobs)

    @property
    def print_waiting(self) -> bool:
        """A slip or receipt waits for the printer (printed by itself once it is back)."""
        return bool(self.waiting_print_jobs)

    def minutes_since_arrival(self, now: datetime) -> int:
        """Whole minutes since arrival (until the visit finished, for finished ones)."""
        return max(0, int(self.elapsed(now).total_seconds() // 60))

    def elapsed(self, now: datetime) -> timedelta:
        end = self.finished_at if self.finished_at is not None else now
        return max(end - self.arrived_at, timedelta(0))

    def punctuality(self, now: datetime) -> str:
        """``on_time``, ``near`` or ``late`` against the visit's target."""
        return punctuality(self.elapsed(now), self.target_minutes)

    @property
    def next_step(self) -> Status | None:
        """The status the one-tap button moves the visit to, if any."""
        return NEXT_STEP.get(self.status)

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE


@dataclass(frozen=True)
class Board:
    """What the lane board shows: its rows in board order and the counts over the whole day."""

    rows: tuple[VisitSummary, ...]
    left_off: int  # visits out of the queue not shown: older than the FINISHED_ROWS shown
    active: int  # visits still to work (waiting, in process, ready)
    waiting: int
    total: int  # the day's visits (of the channel, station and search asked for)
    stations: frozenset[str]  # the stations of the day's visits (of the channel asked for)


@dataclass(frozen=True)
class KnownApplicant:
    """Name and phone of an applicant's last visit: a returning resident costs no typing."""

    name: str
    phone_display: str


@dataclass(frozen=True)
class Revealed:
    """The full NIK and phone of one request, shown on its detail after "Tampilkan"."""

    nik: str
    phone: str


@dataclass(frozen=True)
class CallInfo:
    """One call as the public display shows it: never a name or a NIK."""

    call_id: int
    number: str
    masked_plate: str
    station: str
    channel: Channel
    at: datetime


@dataclass(frozen=True)
class DisplaySnapshot:
    """What the public display shows: recent calls (oldest first) and how many wait."""

    calls: tuple[CallInfo, ...]
    waiting: int


class LaneService:
    """Read side of the lane board and the public display."""

    def __init__(
        self, catalogue: Catalogue, clock: Callable[[], datetime] = utc_now, locale: str = "id"
    ) -> None:
        self._catalogue = catalogue
        self._clock = clock
        # the language of the service names it gives ("id" or "en": the window's language)
        self.locale = locale

    def now(self) -> datetime:
        return self._clock()

    def today(self, channel: Channel | None = None, search: str = "") -> list[VisitSummary]:
        """Today's visits (WIB day) in board order, optionally one channel or a search."""
        day = service_day(self._clock())
        rows = [self._summary(v) for v in visits_of_day(day, channel.value if channel else None)]
        wanted = _compact(search)
        if wanted:
            rows = [r for r in rows if _matches(wanted, r.number, r.plate)]
        rows.sort(key=lambda r: (_BOARD_GROUP[r.status], r.arrived_at, r.visit_id))
        return rows

    def board(
        self,
        channel: Channel | None = None,
        search: str = "",
        station: str | None = None,
        keep: int = FINISHED_ROWS,
    ) -> Board:
        """The lane board of today (WIB day), optionally one channel, one station or a search.

        It shows every visit still to work, every one whose slip or receipt did not print (the
        officer still has to see to it) and the ``keep`` visits that left the queue last (handed
        over, cancelled, incomplete, no-show, forwarded); a search shows all that match. The
        details are read only for the visits shown, so a refresh costs about the same at the
        end of a long day as at its start.
        """
        day = service_day(self._clock())
        code = channel.value if channel else None
        wanted = _compact(search)
        stations = day_stations(day, code)
        if wanted:  # every match, however many (the numbers and plates of a day are quick)
            matches = [
                v
                for v, number, plate in day_numbers(day, code, station)
                if _matches(wanted, number, plate)
            ]
            rows = self._board_rows(matches)
            return Board(
                rows=rows,
                left_off=0,
                active=sum(1 for r in rows if r.is_active),
                waiting=sum(1 for r in rows if r.status is Status.WAITING),
                total=len(rows),
                stations=stations,
            )
        picked = board_selection(day, code, station, keep)
        return Board(
            rows=self._board_rows(picked.shown),
            left_off=picked.total - len(picked.shown),
            active=picked.active,
            waiting=picked.waiting,
            total=picked.total,
            stations=stations,
        )

    def _board_rows(self, visit_ids: list[int]) -> tuple[VisitSummary, ...]:
        rows = [self._summary(v) for v in visits_by_id(visit_ids)]
        rows.sort(key=lambda r: (_BOARD_GROUP[r.status], r.arrived_at, r.visit_id))
        return tuple(rows)

    def visit(self, visit_id: int) -> VisitSummary | None:
        """One visit as the board shows it (any day), or None if it does not exist."""
        found = day_visit(visit_id)
        return self._summary(found) if found else None

    def reveal(self, actor: Actor, request_id: int) -> Revealed:
        """The full NIK and phone of a request: protected data, so the view is audited."""
        require(actor, Permission.REVEAL)
        with write_transaction():
            request = Request.get_by_id(request_id)
            subject = f"{request.visit.number}/{request.position + 1}"
            record(actor, "reveal_nik", subject, mask_nik(request.nik), at=self._clock())
        phone = ""
        if request.phone:
            try:
                phone = parse_phone(request.phone).national
            except DomainError:
                phone = request.phone
        return Revealed(nik=request.nik, phone=phone)

    def display_snapshot(self, limit: int = 20) -> DisplaySnapshot:
        """The last ``limit`` calls of today, oldest first, and the waiting count."""
        day = service_day(self._clock())
        calls = tuple(
            CallInfo(
                call_id=call.id,
                number=visit.number,
                masked_plate=mask_plate(visit.plate) if visit.plate else "",
                station=call.station,
                channel=Channel(visit.channel),
                at=as_utc(call.at),
            )
            for call, visit in reversed(recent_calls(day, limit))
        )
        return DisplaySnapshot(calls=calls, waiting=waiting_count(day))

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

    def _summary(self, day_visit: DayVisit) -> VisitSummary:
        visit = day_visit.visit
        requests = tuple(
            RequestSummary(
                request_id=r.id,
                service_code=r.service_code,
                service_name=self._name(r.service_code),
                status=Status(r.status),
                name=r.name,
                masked_nik=mask_nik(r.nik),
                masked_phone=mask_phone(r.phone) if r.phone else "",
                received=tuple(r.received),
                missing=tuple(r.missing),
                pickup_date=r.pickup_date,
                receipts=sum(1 for j in day_visit.print_jobs if j.request_id == r.id),
            )
            for r in day_visit.requests
        )
        status = visit_status([r.status for r in requests])
        return VisitSummary(
            visit_id=visit.id,
            number=visit.number,
            channel=Channel(visit.channel),
            plate=visit.plate,
            services=tuple(dict.fromkeys(r.service_name for r in requests)),
            status=status,
            arrived_at=as_utc(visit.created_at),
            failed_print_jobs=tuple(j.job_id for j in day_visit.print_jobs if j.state == "failed"),
            waiting_print_jobs=tuple(
                j.job_id for j in day_visit.print_jobs if j.state == "pending" and j.error
            ),
            print_error=next(
                (j.error for j in reversed(day_visit.print_jobs) if j.state != "sent" and j.error),
                "",
            ),
            requests=requests,
            calls=day_visit.calls,
            target_minutes=max((self._target(r.service_code) for r in requests), default=10),
            finished_at=None if status in ACTIVE else _left_queue_at(day_visit.events),
            station=visit.station,
        )

    def _name(self, code: str) -> str:
        try:
            return self._catalogue.get(code).name(self.locale)
        except CatalogueError:
            return code

    def _target(self, code: str) -> int:
        try:
            return self._catalogue.get(code).target_minutes
        except CatalogueError:
            return 10


def _left_queue_at(events: list[tuple[str, datetime]]) -> datetime | None:
    """When a visit out of the queue left it: the last time one of its requests moved to a
    status out of the queue (the rule store/queries.board_selection applies in SQL)."""
    ends = [at for to, at in events if Status(to) not in ACTIVE]
    return as_utc(max(ends)) if ends else None


def _matches(wanted: str, number: str, plate: str | None) -> bool:
    """A compacted search ``wanted`` is part of the queue number or the plate."""
    return wanted in _compact(number) or bool(plate and wanted in _compact(plate))


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())
