"""State of one intake in progress, kept apart from the widgets that show it.

Plain Python: the wizard's pages read and write it; it calls the use cases for every check and
for the registration itself, so no rule lives in a widget. What the officer typed stays here
while pages come and go, so nothing typed is lost when they go back or an error shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.domain.catalogue import Service
from kiosk.domain.officers import Officer
from kiosk.domain.visit import Channel, RequestDraft, VisitDraft
from kiosk.services import Kiosk
from kiosk.services.lane import KnownApplicant
from kiosk.services.registration import ApplicantCheck, Registered


@dataclass
class Applicant:
    """The applicant being typed."""

    service_code: str = ""
    nik: str = ""
    name: str = ""
    phone: str = ""
    received: tuple[str, ...] = ()

    def draft(self) -> RequestDraft:
        return RequestDraft(
            service_code=self.service_code,
            nik=self.nik,
            name=self.name,
            phone=self.phone,
            received=self.received,
        )


@dataclass
class IntakeState:
    """One visit being taken: its channel, plate, finished requests and the current one."""

    channel: Channel = Channel.DRIVE_THRU
    plate: str = ""
    done: list[RequestDraft] = field(default_factory=list)
    current: Applicant = field(default_factory=Applicant)
    # sent with every try to store this visit: a retry after a lost connection never doubles it
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


class IntakePresenter:
    """Drives one intake through the use cases of ``kiosk``."""

    def __init__(self, kiosk: Kiosk, officer: Callable[[], Officer]) -> None:
        self._kiosk = kiosk
        self._officer = officer  # the logged-in officer when asked (the session's current())
        self.state = IntakeState()
        self.registered: Registered | None = None

    # --- the visit --------------------------------------------------------------------------

    def start(self, channel: Channel) -> None:
        """Forget everything and begin a new visit on ``channel``."""
        self.state = IntakeState(channel=channel)
        self.registered = None

    @property
    def channel(self) -> Channel:
        return self.state.channel

    @property
    def is_first_applicant(self) -> bool:
        return not self.state.done

    def services(self) -> tuple[Service, ...]:
        """The services this channel takes, in catalogue order."""
        catalogue = self._kiosk.catalogue
        if self.state.channel is Channel.DRIVE_THRU:
            return catalogue.for_drive_thru()
        return tuple(catalogue)

    def service(self, code: str) -> Service:
        return self._kiosk.catalogue.get(code)

    def choose_service(self, code: str) -> None:
        if code != self.state.current.service_code:
            self.state.current.received = ()
        self.state.current.service_code = code

    # --- the applicant ----------------------------------------------------------------------

    def known_applicant(self, nik: str) -> KnownApplicant | None:
        """Name and phone from this NIK's last visit, if any."""
        return self._kiosk.lane.known_applicant(nik)

    def set_applicant(self, *, nik: str, name: str, phone: str, plate: str | None) -> None:
        current = self.state.current
        current.nik, current.name, current.phone = nik, name, phone
        if plate is not None:
            self.state.plate = plate

    def check_applicant(self) -> ApplicantCheck:
        """Errors by field and warnings for the current applicant (and the plate)."""
        return self._kiosk.registration.check_applicant(
            self.state.channel, self.state.plate, self.state.current.draft()
        )

    # --- requirements -----------------------------------------------------------------------

    def requirements(self) -> tuple[str, ...]:
        code = self.state.current.service_code
        return self.service(code).requirements if code else ()

    def set_received(self, received: list[str] | tuple[str, ...]) -> None:
        self.state.current.received = tuple(received)

    def missing(self) -> tuple[str, ...]:
        received = set(self.state.current.received)
        return tuple(r for r in self.requirements() if r not in received)

    # --- several applicants in one car ------------------------------------------------------

    def finish_applicant(self) -> None:
        """The current applicant is complete: keep it and start an empty one."""
        self.state.done.append(self.state.current.draft())
        self.state.current = Applicant()

    def edit_last_applicant(self) -> None:
        """Take the last finished applicant back for editing (the "Ubah" of the summary)."""
        if not self.state.done:
            return
        last = self.state.done.pop()
        self.state.current = Applicant(
            service_code=last.service_code,
            nik=last.nik,
            name=last.name,
            phone=last.phone,
            received=last.received,
        )

    def requests(self) -> tuple[RequestDraft, ...]:
        return tuple(self.state.done)

    def draft(self) -> VisitDraft:
        plate = self.state.plate if self.state.channel is Channel.DRIVE_THRU else ""
        return VisitDraft(channel=self.state.channel, requests=self.requests(), plate=plate)

    # --- confirm and print ------------------------------------------------------------------

    def confirm(self) -> Registered:
        """Store the visit (one transaction); raises VisitInvalid or StoreError on failure.

        Safe to call again after any failure: the intake's token makes the store keep one visit.
        """
        if self.registered is None:
            self.registered = self._kiosk.registration.register(
                self.draft(), self._officer(), token=self.state.token
            )
        return self.registered
