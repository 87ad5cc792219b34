"""Moving requests along, calling cars, and printing receipts at hand-over.

Every move is one write transaction that checks the flow rule on the current (locked) status,
updates the request and records an event with time, officer and note. Wait and service times are
computed from those events, never typed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.flow import IllegalMove, Move, allowed_moves, check_move
from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.domain.officers import Permission
from kiosk.domain.visit import Status
from kiosk.domain.workdays import WorkingCalendar
from kiosk.services.audit import Actor, actor_name, record, require
from kiosk.services.print_jobs import PrintOutcome, queue_receipt
from kiosk.services.print_queue import PrintQueue
from kiosk.store import write_transaction
from kiosk.store.models import Call, Event, Request, Visit, utc_naive

log = logging.getLogger(__name__)

# Moves after which the resident is given a receipt (tanda terima).
RECEIPT_ON = frozenset({Status.FORWARDED, Status.HANDED_OVER})


@dataclass(frozen=True)
class Moved:
    """What one move did."""

    request_id: int
    from_status: Status
    to_status: Status
    receipt_job_id: int | None = None


@dataclass(frozen=True)
class VisitMoved:
    """What a one-tap move of a whole visit did, and how its receipts printed (when printed
    right away; with the print worker running, its listeners hear the outcomes instead)."""

    visit_id: int
    moves: tuple[Moved, ...]
    call_id: int | None
    prints: tuple[PrintOutcome, ...] = ()


class FlowService:
    """The use cases behind the lane board's buttons."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        printing: PrintQueue,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._catalogue = catalogue
        self._settings = settings
        self._printing = printing
        self._clock = clock
        self.calendar = WorkingCalendar(settings.cuti_bersama)

    def reconfigure(self, settings: Settings) -> None:
        """Settings saved from the window apply from the next call on."""
        self._settings = settings
        self.calendar = WorkingCalendar(settings.cuti_bersama)

    # --- moving -------------------------------------------------------------------------------

    def move(self, request_id: int, move: Move, officer: Actor) -> VisitMoved:
        """Move one request (side exits, or one applicant of a car); prints its receipt if due."""
        _require_move(officer, move.to)
        with write_transaction():
            request = Request.get_by_id(request_id)
            moved = self._apply(request, move, officer)
            call_id = self._call(request.visit_id, officer) if move.to is Status.READY else None
        return self._finish(request.visit_id, (moved,), call_id)

    def move_visit(self, visit_id: int, to: Status, officer: Actor, note: str = "") -> VisitMoved:
        """The one-tap step of a car: move every request of the visit that may make this move.

        Requests that cannot (already further along, or finished) are left as they are; if none
        can, the move is refused with the reason of the first.
        """
        _require_move(officer, to)
        with write_transaction():
            requests = list(
                Request.select().where(Request.visit == visit_id).order_by(Request.position)
            )
            movable = [r for r in requests if to in allowed_moves(Status(r.status))]
            if not movable:
                current = Status(requests[0].status) if requests else Status.WAITING
                check_move(current, Move(to=to, note=note))  # raises with the reason
                raise IllegalMove(
                    QT_TRANSLATE_NOOP("Messages", "Tidak ada permohonan yang dapat dipindahkan.")
                )
            moves = tuple(self._apply(r, self._default_move(r, to, note), officer) for r in movable)
            call_id = self._call(visit_id, officer) if to is Status.READY else None
        return self._finish(visit_id, moves, call_id)

    def call_again(self, visit_id: int, officer: Actor) -> int:
        """ "Panggil Ulang": call a car whose document is ready once more."""
        require(officer, Permission.MOVE)
        with write_transaction():
            ready = Request.select().where(
                (Request.visit == visit_id) & (Request.status == Status.READY.value)
            )
            if not ready.exists():
                raise IllegalMove(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Hanya kendaraan yang dokumennya siap yang dapat dipanggil."
                    )
                )
            return self._call(visit_id, officer)

    def pickup_date(self, service_code: str, start: date | None = None) -> date:
        """The expected pick-up date of a forwarded request: working days from ``start``."""
        start = start or service_day(self._clock())
        days = self._catalogue.get(service_code).pickup_days
        return self.calendar.add_working_days(start, days)

    # --- inside the transaction ---------------------------------------------------------------

    def _default_move(self, request: Request, to: Status, note: str) -> Move:
        if to is Status.FORWARDED:
            return Move(to=to, note=note, pickup_date=self.pickup_date(request.service_code))
        if to is Status.INCOMPLETE:
            return Move(to=to, note=note, missing=tuple(request.missing))
        return Move(to=to, note=note)

    def _apply(self, request: Request, move: Move, officer: Actor) -> Moved:
        now = self._clock()
        # re-read under the write lock: another lane may have moved it a moment ago
        request = Request.get_by_id(request.id)
        current = Status(request.status)
        calls = Call.select().where(Call.visit == request.visit_id).count()
        check_move(
            current,
            move,
            calls=calls,
            no_show_after_calls=self._settings.flow.no_show_after_calls,
            today=service_day(now),
        )
        changes: dict = {"status": move.to.value}
        if move.to is Status.FORWARDED:
            changes["pickup_date"] = move.pickup_date
        if move.to is Status.INCOMPLETE:
            received = [r for r in request.received if r not in move.missing]
            missing = [r for r in request.missing if r not in move.missing] + list(move.missing)
            changes.update(received=received, missing=missing)
        Request.update(**changes).where(Request.id == request.id).execute()
        Event.create(
            visit=request.visit_id,
            request=request,
            from_status=current.value,
            to_status=move.to.value,
            at=utc_naive(now),
            officer=actor_name(officer),
            note=self._event_note(move),
        )
        number = Visit.get_by_id(request.visit_id).number
        detail = f"{current.label()} → {move.to.label()}"
        record(officer, "move", f"{number}/{request.position + 1}", detail, at=now)
        job_id = None
        if move.to in RECEIPT_ON:
            station = self._settings.station.name
            job_id = queue_receipt(
                Request.get_by_id(request.id), actor_name(officer), now, station
            ).id
        log.info("request %s: %s -> %s by %s", request.id, current.value, move.to.value, officer)
        return Moved(request.id, current, move.to, job_id)

    def _event_note(self, move: Move) -> str:
        parts = [move.note.strip()] if move.note.strip() else []
        if move.missing:
            parts.append("Belum lengkap: " + "; ".join(move.missing))
        if move.pickup_date:
            parts.append(f"Tanggal pengambilan: {move.pickup_date.isoformat()}")
        return " | ".join(parts)

    def _call(self, visit_id: int, officer: Actor) -> int:
        now = self._clock()
        call = Call.create(
            visit=visit_id,
            at=utc_naive(now),
            officer=actor_name(officer),
            station=self._settings.station.name,
        )
        record(officer, "call", Visit.get_by_id(visit_id).number, call.station, at=now)
        return call.id

    def _finish(self, visit_id: int, moves: tuple[Moved, ...], call_id: int | None) -> VisitMoved:
        dispatched = (self._printing.dispatch(m.receipt_job_id) for m in moves if m.receipt_job_id)
        prints = tuple(outcome for outcome in dispatched if outcome is not None)
        return VisitMoved(visit_id=visit_id, moves=moves, call_id=call_id, prints=prints)


def _require_move(officer: Actor, to: Status) -> None:
    """Every officer moves visits along; cancelling is a supervisor's."""
    require(officer, Permission.CANCEL if to is Status.CANCELLED else Permission.MOVE)
