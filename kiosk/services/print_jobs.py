"""Printing stored print jobs (queue slips, receipts), and choosing the printer backend.

A job is stored in the transaction that makes it necessary (a registration, a hand-over, a
reprint), so rendering and printing happen after the commit: a failed print never loses the
visit; the job stays ``failed`` with its error for "Cetak Ulang". ReportLab is imported at the
first print, not at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue, CatalogueError
from kiosk.domain.clock import utc_now
from kiosk.domain.masking import mask_nik, mask_phone
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from kiosk.domain.officers import Permission
from kiosk.domain.visit import Channel, Status
from kiosk.printing.backends import (
    OutboxPrinter,
    PrinterBackend,
    PrintError,
    PrinterState,
    PrinterStatus,
    media_of,
)
from kiosk.services.audit import Actor, actor_name, record, require
from kiosk.store import write_transaction
from kiosk.store.models import PrintJob, Request, Visit, as_utc, utc_naive
from kiosk.store.queries import count_ahead, visit_with_requests

log = logging.getLogger(__name__)

# pending: waiting to be printed (also while the printer is paused or offline: it retries);
# sending: claimed by one printing thread; sent: accepted by the printer or spooler;
# failed: the printer was ready but refused it, or the document could not be made: "Cetak Ulang".
PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
SLIP, RECEIPT = "slip", "receipt"

SLIP_FOOTER = (
    "Simpan slip ini. Nomor Anda akan dipanggil.",
    "Layanan ini GRATIS (Rp0).",
)
FEE = "Gratis (Rp0)"
ALREADY_PRINTING = Message(QT_TRANSLATE_NOOP("Messages", "Dokumen ini sedang dicetak."))

_RECEIPT_STATUS_LINES = {
    Status.FORWARDED: "Berkas diterima dan diteruskan ke Disdukcapil Kab. Tangerang.",
    Status.HANDED_OVER: "Dokumen telah diserahkan kepada pemohon.",
    Status.READY: "Dokumen siap diambil.",
    Status.INCOMPLETE: "Berkas belum lengkap: lengkapi dokumen yang belum diserahkan.",
}


@dataclass(frozen=True)
class PrintOutcome:
    """Result of one print attempt. ``waiting``: not sent because the printer is not ready; the
    job stays pending and is printed when the printer is back. ``error`` is a
    :class:`~kiosk.domain.messages.Message` (the window translates it)."""

    job_id: int
    ok: bool
    output: str = ""
    error: str = ""
    waiting: bool = False
    kind: str = ""
    visit_id: int = 0


@dataclass(frozen=True)
class Printers:
    """The printer for queue slips and the one for receipts (often the same)."""

    slip: PrinterBackend
    receipt: PrinterBackend

    def for_kind(self, kind: str) -> PrinterBackend:
        return self.receipt if kind == RECEIPT else self.slip

    def status(self) -> PrinterStatus:
        """The worse of the two printers' states (one, when they are the same printer)."""
        statuses = [self.slip.status()]
        if self.receipt is not self.slip:
            statuses.append(self.receipt.status())
        return max(statuses, key=lambda st: _SEVERITY[st.state])


_SEVERITY = {
    PrinterState.READY: 0,
    PrinterState.UNKNOWN: 1,
    PrinterState.PAUSED: 2,
    PrinterState.OFFLINE: 3,
}


def make_backend(name: str, settings: Settings) -> PrinterBackend:
    """The backend for a printer setting: ``outbox``, ``cups:NAME`` or ``qt:NAME``."""
    if name == "outbox":
        return OutboxPrinter(settings.outbox)
    kind, _, destination = name.partition(":")
    if kind == "cups" and destination:
        from kiosk.printing.cups import CupsPrinter

        return CupsPrinter(destination)
    if kind == "qt" and destination:
        from kiosk.printing.qt_backend import QtPrinter  # Qt only where it is chosen

        return QtPrinter(destination)
    raise PrintError(
        QT_TRANSLATE_NOOP(
            "Messages", "Printer {name} tidak dikenal (pakai outbox, cups:NAMA atau qt:NAMA)."
        ),
        name=repr(name),
    )


def make_printers(settings: Settings) -> Printers:
    """The slip and receipt printers named in the settings."""
    slip = make_backend(settings.printing.printer, settings)
    receipt_name = settings.printing.receipt_printer
    if not receipt_name or receipt_name == settings.printing.printer:
        return Printers(slip=slip, receipt=slip)
    return Printers(slip=slip, receipt=make_backend(receipt_name, settings))


def _title(job: PrintJob) -> str:
    """The document's title at the printer; it names the job (see ``PrintService.recover``)."""
    return f"{job.kind}-{job.visit.reference}-{job.id}"


def queue_receipt(request: Request, officer: str, now: datetime, station: str) -> PrintJob:
    """Store a receipt job for ``request`` (call inside the transaction that needs it).

    The first receipt of a request is the original; every later one is a copy (SALINAN), and the
    job row records who printed it and when.
    """
    copies = PrintJob.select().where((PrintJob.request == request) & (PrintJob.kind == RECEIPT))
    stored = utc_naive(now)
    return PrintJob.create(
        visit=request.visit_id,
        request=request,
        kind=RECEIPT,
        copy_number=copies.count() + 1,
        officer=officer,
        station=station,
        state=PENDING,
        created_at=stored,
        updated_at=stored,
    )


class PrintService:
    """Renders and sends print jobs."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        printers: Printers | PrinterBackend,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._catalogue = catalogue
        self._settings = settings
        if not isinstance(printers, Printers):
            printers = Printers(slip=printers, receipt=printers)
        self._printers = printers
        self._clock = clock
        self._station = settings.station.name

    # --- documents ----------------------------------------------------------------------------

    def slip_pdf(self, visit_id: int) -> bytes:
        """The queue slip of a visit as PDF bytes."""
        from kiosk.printing.slip import SlipData, render_slip

        visit, requests = visit_with_requests(visit_id)
        names = tuple(dict.fromkeys(self._service_name(r.service_code) for r in requests))
        data = SlipData(
            office_lines=self._settings.office.letterhead,
            lane_name=self._settings.office.lane_name,
            number=visit.number,
            channel_label=Channel(visit.channel).label(),
            services=names,
            masked_niks=tuple(dict.fromkeys(mask_nik(r.nik) for r in requests)),
            plate=visit.plate,
            issued_at=as_utc(visit.created_at),
            cars_ahead=count_ahead(visit),
            reference=visit.reference,
            footer_lines=SLIP_FOOTER,
        )
        return render_slip(data, self._settings.printing.paper_width_mm)

    def receipt_pdf(self, job: PrintJob) -> bytes:
        """The receipt (tanda terima) of the job's request as PDF bytes."""
        from kiosk.printing.receipt import ReceiptData, render_receipt

        request: Request = job.request
        visit: Visit = request.visit
        office = self._settings.office
        position = request.position + 1
        status = Status(request.status)
        data = ReceiptData(
            logo=self._settings.logo_path,
            letterhead=office.letterhead,
            address_lines=tuple(
                line
                for line in (office.address, f"Telp. {office.phone}" if office.phone else "")
                if line
            ),
            receipt_number=f"TT-{visit.reference}-{position}",
            reference=f"{visit.reference}/{position}",
            issued_at=as_utc(job.created_at),
            channel_label=Channel(visit.channel).label(),
            queue_number=visit.number,
            service_name=self._service_name(request.service_code),
            applicant_name=request.name,
            masked_nik=mask_nik(request.nik),
            masked_phone=mask_phone(request.phone) if request.phone else "",
            plate=visit.plate,
            received=tuple(request.received),
            missing=tuple(request.missing),
            status_line=_RECEIPT_STATUS_LINES.get(status, status.label()),
            pickup_date=request.pickup_date,
            fee=FEE,
            officer=job.officer or visit.officer,
            complaint_lines=self._complaint_lines(),
            copy=job.copy_number > 1,
        )
        return render_receipt(data, self._settings.printing.receipt_paper)

    def _complaint_lines(self) -> tuple[str, ...]:
        lines = [self._catalogue.complaint] if self._catalogue.complaint else []
        if self._settings.office.phone:
            lines.append(f"Telepon kantor: {self._settings.office.phone}")
        return tuple(lines)

    # --- jobs ---------------------------------------------------------------------------------

    @property
    def printers(self) -> Printers:
        return self._printers

    def reconfigure(self, settings: Settings, printers: Printers) -> None:
        """New paper and printers from the settings screen, for the next job on."""
        self._settings = settings
        self._printers = printers
        self._station = settings.station.name

    def print_job(self, job_id: int) -> PrintOutcome:
        """Render and send one job, once; record the result on it. Never raises PrintError.

        The job is claimed first (pending or failed -> sending in one UPDATE), so two taps, two
        threads or two lanes never send it twice. While the printer is not ready the job is not
        sent at all: it stays pending with the reason, and a later retry prints it exactly once.
        """
        job = PrintJob.get_by_id(job_id)
        base = {"job_id": job_id, "kind": job.kind, "visit_id": job.visit_id}
        if job.state == SENT:
            return PrintOutcome(ok=True, output=job.output, **base)
        printer = self._printers.for_kind(job.kind)
        status = printer.status()
        if not status.ready:
            self._record(job_id, PENDING, error=status.message, count=False)
            return PrintOutcome(ok=False, error=status.message, waiting=True, **base)
        if not self._claim(job_id):
            return PrintOutcome(ok=False, error=ALREADY_PRINTING, waiting=True, **base)
        try:
            pdf = self.receipt_pdf(job) if job.kind == RECEIPT else self.slip_pdf(job.visit_id)
            output = printer.submit(
                pdf,
                title=_title(job),
                copies=self._copies(job.kind),
                media=media_of(pdf),
            )
        except (PrintError, ValueError, OSError) as err:
            # ValueError: the document refused its data (it never prints a full NIK, say).
            # If the printer went away meanwhile, the job waits for it instead of failing.
            waiting = not printer.status().ready
            message = message_of(err)
            self._record(job_id, PENDING if waiting else FAILED, error=message)
            log.warning("print job %s %s: %s", job_id, "waits" if waiting else "failed", err)
            return PrintOutcome(ok=False, error=message, waiting=waiting, **base)
        self._record(job_id, SENT, output=output, audit=(job, printer.name))
        return PrintOutcome(ok=True, output=output, **base)

    def _copies(self, kind: str) -> int:
        printing = self._settings.printing
        return printing.receipt_copies if kind == RECEIPT else printing.slip_copies

    def waiting_jobs(self, kinds: tuple[str, ...] = (SLIP, RECEIPT)) -> list[int]:
        """This station's jobs still to print (pending), oldest first, of the given kinds."""
        query = (
            PrintJob.select(PrintJob.id)
            .where(
                (PrintJob.state == PENDING)
                & (PrintJob.station == self._station)
                & (PrintJob.kind.in_(kinds))
            )
            .order_by(PrintJob.id)
        )
        return [job_id for (job_id,) in query.tuples()]

    def recover(self) -> int:
        """Jobs this station left half-sent (a crash while sending) wait again; how many.

        A half-sent job whose document the printer already holds (the crash came after the
        hand-over, before it was recorded) is recorded as sent instead, so it is not printed
        twice. Only a backend that can tell (``delivered(title)``: the PDF folder) is asked; a
        spooler's job cannot be matched after a crash, so such a job prints again.
        """
        with write_transaction():
            half_sent = list(
                PrintJob.select().where(
                    (PrintJob.state == SENDING) & (PrintJob.station == self._station)
                )
            )
            waiting = [job.id for job in half_sent if not self._record_if_delivered(job)]
            if waiting:
                PrintJob.update(state=PENDING).where(PrintJob.id.in_(waiting)).execute()
        return len(waiting)

    def _record_if_delivered(self, job: PrintJob) -> bool:
        printer = self._printers.for_kind(job.kind)
        delivered = getattr(printer, "delivered", None)
        output = delivered(_title(job)) if delivered is not None else None
        if not output:
            return False
        self._record(job.id, SENT, output=output, audit=(job, printer.name))
        log.info("print job %s was sent before a crash: %s", job.id, output)
        return True

    def _claim(self, job_id: int) -> bool:
        with write_transaction():
            claimed = (
                PrintJob.update(state=SENDING, updated_at=utc_naive(self._clock()))
                .where((PrintJob.id == job_id) & (PrintJob.state.in_((PENDING, FAILED))))
                .execute()
            )
        return claimed == 1

    def queue_receipt(self, request_id: int, officer: Actor) -> int:
        """Store a receipt job for a request (original, then SALINAN copies); its id.

        A copy (SALINAN) is a reprint: a supervisor's, and audited.
        """
        with write_transaction():
            request = Request.get_by_id(request_id)
            job = queue_receipt(request, actor_name(officer), self._clock(), self._station)
            if job.copy_number > 1:
                require(officer, Permission.REPRINT)  # raising here rolls the job back
                number = request.visit.number
                detail = f"salinan ke-{job.copy_number - 1}"
                subject = f"{number}/{request.position + 1}"
                record(officer, "reprint", subject, detail, at=self._clock())
        return job.id

    def print_receipt(self, request_id: int, officer: Actor) -> PrintOutcome:
        """Print a request's receipt: the original if none was printed yet, else a copy (SALINAN).

        Every print is recorded as a job with its copy number and officer.
        """
        return self.print_job(self.queue_receipt(request_id, officer))

    def _record(
        self,
        job_id: int,
        state: str,
        *,
        output: str = "",
        error: str = "",  # a Message (the window translates it) or plain text
        count: bool = True,
        audit: tuple[PrintJob, str] | None = None,
    ) -> None:
        changes = {
            "state": state,
            "last_error": str(error),
            "error_message": Message.of(error).to_json() if error else "",
            "output": output,
            "updated_at": utc_naive(self._clock()),
        }
        if count:
            changes["attempts"] = PrintJob.attempts + 1
        with write_transaction():
            PrintJob.update(**changes).where(PrintJob.id == job_id).execute()
            if audit is not None:
                job, printer_name = audit
                subject = f"{job.kind} {job.visit.number}"
                record(job.officer or "sistem", "print", subject, printer_name, at=self._clock())

    def _service_name(self, code: str) -> str:
        try:
            return self._catalogue.get(code).name_id
        except CatalogueError:
            return code
