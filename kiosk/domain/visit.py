"""A visit: one car at the drive-thru lane, or one walk-in person at the counter (loket).

A visit carries one or more requests (one service for one applicant each) and gets one queue
number. The plate belongs to a drive-thru visit. :func:`validate_visit` turns the officer's plain
draft into checked, normalised values or a :class:`VisitInvalid` that names every bad field, so the
screen can show each message next to its field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.catalogue import Catalogue, CatalogueError, Service
from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.domain.nik import NIK_LENGTH, Nik, check_nik_against, parse_nik
from kiosk.domain.people import Sex
from kiosk.domain.phone import Phone, parse_phone
from kiosk.domain.plate import Plate, parse_plate

MAX_NAME_LENGTH = 100
MAX_REQUESTS_PER_VISIT = 10


class Channel(StrEnum):
    """Where the resident is served."""

    DRIVE_THRU = "drive_thru"
    LOKET = "loket"

    def label(self, locale: str = "id") -> str:
        """Printed and shown name of the channel."""
        if self is Channel.DRIVE_THRU:
            return "Drive-Thru"
        return "Counter" if locale.startswith("en") else "Loket"


class Status(StrEnum):
    """Status of a request (and, derived from its requests, of a visit)."""

    WAITING = "waiting"
    IN_PROCESS = "in_process"
    READY = "ready"
    HANDED_OVER = "handed_over"
    INCOMPLETE = "incomplete"
    FORWARDED = "forwarded"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    def label(self, locale: str = "id") -> str:
        """Indonesian (or English) word for the status."""
        words = _STATUS_WORDS[self]
        return words[1] if locale.startswith("en") else words[0]


_STATUS_WORDS = {
    Status.WAITING: ("Menunggu", "Waiting"),
    Status.IN_PROCESS: ("Diproses", "In process"),
    Status.READY: ("Siap Diambil", "Ready"),
    Status.HANDED_OVER: ("Selesai", "Handed over"),
    Status.INCOMPLETE: ("Berkas Belum Lengkap", "Incomplete"),
    Status.FORWARDED: ("Diteruskan ke Disdukcapil", "Forwarded"),
    Status.CANCELLED: ("Batal", "Cancelled"),
    Status.NO_SHOW: ("Tidak Hadir", "No-show"),
}


@dataclass(frozen=True)
class RequestDraft:
    """What the officer typed for one applicant and one service."""

    service_code: str
    nik: str
    name: str
    phone: str = ""
    received: tuple[str, ...] = ()
    stated_sex: Sex | None = None
    stated_birth_date: date | None = None


@dataclass(frozen=True)
class VisitDraft:
    """What the officer typed for one car or one walk-in person."""

    channel: Channel
    requests: tuple[RequestDraft, ...]
    plate: str = ""


@dataclass(frozen=True)
class ValidRequest:
    """A checked request: normalised identity, requirements received and missing."""

    service: Service
    nik: Nik
    name: str
    phone: Phone | None
    received: tuple[str, ...]
    missing: tuple[str, ...]
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ValidVisit:
    """A checked visit, ready to be stored."""

    channel: Channel
    plate: Plate | None
    requests: tuple[ValidRequest, ...]

    @property
    def warnings(self) -> tuple[Message, ...]:
        """Every non-blocking warning of the visit (the officer may go on)."""
        plate_warnings = self.plate.warnings if self.plate else ()
        return plate_warnings + tuple(w for r in self.requests for w in r.warnings)


@dataclass
class VisitInvalid(DomainError):
    """The draft has errors. ``errors`` maps a field key to its Indonesian message.

    Keys: ``"plate"``, ``"requests"``, and ``"requests.<i>.<field>"`` with field one of
    ``service``, ``nik``, ``name``, ``phone``, ``received``. ``message`` is all of them, one
    after the other.
    """

    errors: dict[str, Message] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(Message.joined(map(Message.of, self.errors.values())))

    def __str__(self) -> str:
        return " ".join(self.errors.values())


def normalise_name(text: str) -> str:
    """Compose accents (NFC), collapse white space, drop control characters; the name keeps
    the letters it was given."""
    composed = unicodedata.normalize("NFC", text)
    cleaned = "".join(ch for ch in composed if unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", cleaned).strip()


# Typographic apostrophes, as in a pasted "Ma’ruf"; ASCII punctuation is allowed as it is.
_NAME_APOSTROPHES = frozenset("\u2018\u2019\u02bc")
_LATIN_EXTENDED_ADDITIONAL = range(0x1E00, 0x1EFA)  # up to "ỹ"; not the Middle Welsh letters


def is_printable_name_char(char: str) -> bool:
    """Whether ``char`` may stand in a name: a Latin letter, a space, an ASCII digit or
    punctuation mark, or a typographic apostrophe.

    Names on KTP-el and KK are written in Latin letters, and the printer fonts draw every
    Latin letter of these blocks (tests/printing/test_properties.py checks that they do).
    Other scripts are refused: emoji and most scripts have no glyph in the fonts, and the
    printing cannot lay out right-to-left text or marks that do not compose with a letter.
    """
    if char == " " or char in _NAME_APOSTROPHES:
        return True
    if char.isascii():
        return char.isprintable()
    code = ord(char)
    return (
        (code <= 0x24F or code in _LATIN_EXTENDED_ADDITIONAL)
        and unicodedata.category(char)[0] == "L"
        and unicodedata.name(char, "").startswith("LATIN ")
    )


def _shown(char: str) -> str:
    """A character for a message: itself and its code, or only the code when it would not show
    on its own (a combining mark, an invisible or unassigned character)."""
    code = f"U+{ord(char):04X}"
    if char.isprintable() and unicodedata.category(char)[0] != "M":
        return f"{char} ({code})"
    return code


APPLICANT = Message(QT_TRANSLATE_NOOP("Messages", "pemohon"))
"""Whose name :func:`check_name` checks, in its message: an applicant's (or ``OFFICER``'s)."""
OFFICER = Message(QT_TRANSLATE_NOOP("Messages", "petugas"))


def check_name(text: str, what: Message = APPLICANT) -> str:
    """A normalised name (of an applicant, or an officer), or a DomainError in Indonesian."""
    name = normalise_name(text)
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "Nama {what} wajib diisi."), what=what)
    if len(name) > MAX_NAME_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "Nama terlalu panjang (maksimal {length} karakter)."),
            length=MAX_NAME_LENGTH,
        )
    if sum(ch.isdigit() for ch in name) >= NIK_LENGTH:
        # A NIK typed into the name: the receipt, which leaves the office, would refuse it.
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "Nama tidak boleh berisi NIK; isi NIK di kolomnya sendiri."
            )
        )
    refused = [ch for ch in dict.fromkeys(name) if not is_printable_name_char(ch)]
    if refused:
        shown = ", ".join(_shown(ch) for ch in refused[:3]) + (", …" if len(refused) > 3 else "")
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nama berisi karakter yang tidak dapat dicetak: {chars}. "
                "Tulis nama dengan huruf Latin seperti pada KTP/KK.",
            ),
            chars=shown,
        )
    if not any(ch.isalpha() for ch in name):
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "Nama harus berisi huruf."))
    return name


def validate_request(
    draft: RequestDraft, catalogue: Catalogue, *, today: date | None = None
) -> ValidRequest:
    """Check one request; raises :class:`VisitInvalid` with keys relative to the request."""
    errors: dict[str, Message] = {}
    service: Service | None = None
    nik: Nik | None = None
    phone: Phone | None = None
    name = ""
    try:
        service = catalogue.get(draft.service_code)
    except CatalogueError as err:
        errors["service"] = err.message
    try:
        nik = parse_nik(draft.nik, today=today)
    except DomainError as err:
        errors["nik"] = err.message
    try:
        name = check_name(draft.name)
    except DomainError as err:
        errors["name"] = err.message
    if draft.phone.strip():
        try:
            phone = parse_phone(draft.phone)
        except DomainError as err:
            errors["phone"] = err.message
    if service is not None:
        unknown = [r for r in draft.received if r not in service.requirements]
        if unknown:
            errors["received"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Persyaratan tidak dikenal untuk layanan ini: {names}"
                ),
                names=tuple(unknown),
            )
    if errors:
        raise VisitInvalid(errors)
    assert service is not None and nik is not None
    received = tuple(r for r in service.requirements if r in draft.received)
    missing = tuple(r for r in service.requirements if r not in draft.received)
    warnings = nik.warnings + check_nik_against(
        nik, sex=draft.stated_sex, birth_date=draft.stated_birth_date
    )
    return ValidRequest(
        service=service,
        nik=nik,
        name=name,
        phone=phone,
        received=received,
        missing=missing,
        warnings=warnings,
    )


def validate_visit(
    draft: VisitDraft, catalogue: Catalogue, *, today: date | None = None
) -> ValidVisit:
    """Check a whole visit; every error of every field is collected, not just the first."""
    errors: dict[str, Message] = {}
    plate: Plate | None = None
    if draft.channel is Channel.DRIVE_THRU:
        if not draft.plate.strip():
            errors["plate"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Plat nomor kendaraan wajib diisi untuk jalur drive-thru."
                )
            )
        else:
            try:
                plate = parse_plate(draft.plate)
            except DomainError as err:
                errors["plate"] = err.message
    if not draft.requests:
        errors["requests"] = Message(QT_TRANSLATE_NOOP("Messages", "Pilih minimal satu layanan."))
    elif len(draft.requests) > MAX_REQUESTS_PER_VISIT:
        errors["requests"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Satu kunjungan paling banyak {count} permohonan."),
            count=MAX_REQUESTS_PER_VISIT,
        )
    requests: list[ValidRequest] = []
    seen: set[tuple[str, str]] = set()
    for index, request_draft in enumerate(draft.requests):
        try:
            valid = validate_request(request_draft, catalogue, today=today)
        except VisitInvalid as err:
            errors.update({f"requests.{index}.{key}": msg for key, msg in err.errors.items()})
            continue
        if draft.channel is Channel.DRIVE_THRU and not valid.service.drive_thru:
            errors[f"requests.{index}.service"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layanan {service} tidak dilayani di jalur drive-thru; silakan ke loket.",
                ),
                service=valid.service,
            )
        key = (valid.service.code, valid.nik.value)
        if key in seen:
            errors[f"requests.{index}.service"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Permohonan yang sama (layanan dan NIK) sudah ada di kunjungan ini."
                )
            )
        seen.add(key)
        requests.append(valid)
    if errors:
        raise VisitInvalid(errors)
    return ValidVisit(channel=draft.channel, plate=plate, requests=tuple(requests))


def queue_prefix(visit: ValidVisit, *, number_by_service: bool, lane_prefix: str) -> str:
    """The queue prefix of a visit.

    By default the lane's (``D`` for the drive-thru lane, ``L`` for a counter). An office that
    numbers by service gives services their own prefix in the catalogue; a visit then takes the
    prefix of its first request, falling back to the lane's where the service has none.
    """
    if number_by_service and visit.requests and visit.requests[0].service.prefix:
        return visit.requests[0].service.prefix
    return lane_prefix


def format_queue_number(prefix: str, sequence: int) -> str:
    """``D-001``: zero-padded to three digits, wider when the day goes past 999."""
    if sequence < 1:
        raise ValueError("queue sequence starts at 1")
    return f"{prefix}-{sequence:03d}"


_ACTIVE_ORDER = (Status.WAITING, Status.IN_PROCESS, Status.READY)


def visit_status(request_statuses: list[Status] | tuple[Status, ...]) -> Status:
    """The status of a visit, derived from its requests.

    While any request is still moving, the visit is at the earliest step among them (the car
    waits for its slowest request); once all are finished it is handed over if any request was,
    else the status they share (or the first one's).
    """
    if not request_statuses:
        return Status.WAITING
    for status in _ACTIVE_ORDER:
        if status in request_statuses:
            return status
    if Status.HANDED_OVER in request_statuses:
        return Status.HANDED_OVER
    return request_statuses[0]
