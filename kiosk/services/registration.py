"""Registering a visit: validate, number, store, queue its slip. One transaction."""

from __future__ import annotations

import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.officers import Permission
from kiosk.domain.visit import (
    Channel,
    RequestDraft,
    Status,
    ValidVisit,
    VisitDraft,
    VisitInvalid,
    format_queue_number,
    queue_prefix,
    validate_visit,
)
from kiosk.services.audit import Actor, actor_name, record, require
from kiosk.store import write_transaction
from kiosk.store.models import Event, PrintJob, Request, Visit, utc_naive
from kiosk.store.numbering import allocate_sequence
from kiosk.store.queries import count_ahead

log = logging.getLogger(__name__)

SLIP = "slip"


@dataclass(frozen=True)
class Registered:
    """What the officer is told once a visit is stored."""

    visit_id: int
    number: str
    reference: str
    cars_ahead: int
    slip_job_id: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ApplicantCheck:
    """Errors (blocking, by field) and warnings (the officer may go on) of one applicant."""

    errors: dict[str, str]
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


class RegistrationService:
    """The use case behind "Kendaraan Baru" / "Pengunjung Loket" and ``kiosk demo``."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock

    def reconfigure(self, settings: Settings) -> None:
        """Settings saved from the window apply from the next call on."""
        self._settings = settings

    def validate(self, draft: VisitDraft) -> ValidVisit:
        """Check a draft without storing it (raises VisitInvalid)."""
        return validate_visit(draft, self._catalogue, today=service_day(self._clock()))

    def check_applicant(
        self, channel: Channel, plate: str, request: RequestDraft
    ) -> ApplicantCheck:
        """Check one applicant step of the intake wizard (and the plate) before going on.

        Errors are keyed by field (``plate``, ``service``, ``nik``, ``name``, ``phone``) so the
        screen shows each next to its field; requirements are checked later, at their own step.
        """
        draft = VisitDraft(channel=channel, requests=(request,), plate=plate)
        try:
            valid = self.validate(draft)
        except VisitInvalid as err:
            errors = {key.removeprefix("requests.0."): msg for key, msg in err.errors.items()}
            errors.pop("received", None)
            return ApplicantCheck(errors=errors, warnings=())
        return ApplicantCheck(errors={}, warnings=valid.warnings)

    def register(
        self, draft: VisitDraft, officer: Actor, *, token: str | None = None
    ) -> Registered:
        """Validate and store a visit with its number, requests, first events and slip job.

        Everything happens in one write transaction: either the visit is stored with a number
        that no other lane got, or nothing is stored and no number is used up.

        ``token`` (the intake's own random id, at most 36 characters) makes the call safe to
        repeat: when the database server went away during the commit, the window cannot know
        whether the visit was stored, so it calls again with the same token and gets the visit
        that was stored, if it was, instead of a second one.
        """
        require(officer, Permission.REGISTER)
        name = actor_name(officer)
        now = self._clock()
        day = service_day(now)
        valid = validate_visit(draft, self._catalogue, today=day)
        if token is not None:
            stored = Visit.get_or_none(Visit.token == token)
            if stored is not None:
                log.info("registration %s already stored as %s", token, stored.number)
                return self._registered(stored, valid.warnings)
        prefix = queue_prefix(
            valid,
            number_by_service=self._settings.numbering.by_service,
            lane_prefix=self._lane_prefix(valid.channel),
        )
        stored_now = utc_naive(now)
        placeholder = uuid.uuid4().hex
        with write_transaction():
            # The rows first, under a placeholder number; the queue counter last, so that on a
            # shared server the counter row (which every lane registering now waits for) stays
            # locked only for the last few statements and the commit.
            visit = Visit.create(
                reference=placeholder,
                token=token,
                channel=valid.channel.value,
                station=self._settings.station.name,
                prefix=prefix,
                service_day=day,
                sequence=-secrets.randbelow(2**31 - 1) - 1,  # unique until numbered below
                number="",
                plate=valid.plate.value if valid.plate else None,
                officer=name,
                created_at=stored_now,
            )
            for position, request in enumerate(valid.requests):
                row = Request.create(
                    visit=visit,
                    position=position,
                    service_code=request.service.code,
                    nik=request.nik.value,
                    name=request.name,
                    phone=request.phone.e164 if request.phone else None,
                    received=request.received,
                    missing=request.missing,
                    status=Status.WAITING.value,
                    created_at=stored_now,
                )
                Event.create(
                    visit=visit,
                    request=row,
                    from_status=None,
                    to_status=Status.WAITING.value,
                    at=stored_now,
                    officer=name,
                    note="; ".join(request.warnings),
                )
            job = PrintJob.create(
                visit=visit,
                kind=SLIP,
                station=self._settings.station.name,
                officer=name,
                state="pending",
                created_at=stored_now,
                updated_at=stored_now,
            )
            sequence = allocate_sequence(prefix, day)
            visit.sequence = sequence
            visit.number = format_queue_number(prefix, sequence)
            visit.reference = f"{day:%Y%m%d}-{visit.number}"
            visit.save(only=(Visit.sequence, Visit.number, Visit.reference))
            codes = ", ".join(r.service.code for r in valid.requests)
            record(officer, "register", visit.number, codes, at=now)
        log.info("registered visit %s (%s)", visit.number, valid.channel.value)
        return self._registered(visit, valid.warnings, job.id)

    def _registered(
        self, visit: Visit, warnings: tuple[str, ...], slip_job_id: int | None = None
    ) -> Registered:
        if slip_job_id is None:
            slip_job_id = (
                PrintJob.select(PrintJob.id)
                .where((PrintJob.visit == visit) & (PrintJob.kind == SLIP))
                .order_by(PrintJob.id)
                .scalar()
            )
        return Registered(
            visit_id=visit.id,
            number=visit.number,
            reference=visit.reference,
            cars_ahead=count_ahead(visit),  # after commit: informational, needs no write lock
            slip_job_id=slip_job_id,
            warnings=warnings,
        )

    def _lane_prefix(self, channel: Channel) -> str:
        numbering = self._settings.numbering
        if channel is Channel.DRIVE_THRU:
            return numbering.drive_thru_prefix
        return numbering.loket_prefix
