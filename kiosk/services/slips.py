"""Printing the stored print jobs of visits, and choosing the printer backend.

A job is stored with its visit, so rendering or printing happens after the registering
transaction committed: a failed print never loses the visit; the job stays ``failed`` with its
error for "Cetak Ulang". ReportLab is imported at the first print, not at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue, CatalogueError
from kiosk.domain.clock import utc_now
from kiosk.domain.masking import mask_nik
from kiosk.domain.visit import Channel
from kiosk.printing.backends import OutboxPrinter, PrinterBackend, PrintError
from kiosk.store import write_transaction
from kiosk.store.models import PrintJob, as_utc, utc_naive
from kiosk.store.queries import count_ahead, visit_with_requests

log = logging.getLogger(__name__)

PENDING, SENT, FAILED = "pending", "sent", "failed"

SLIP_FOOTER = (
    "Simpan slip ini. Nomor Anda akan dipanggil.",
    "Layanan ini GRATIS (Rp0).",
)


@dataclass(frozen=True)
class PrintOutcome:
    """Result of one print attempt."""

    job_id: int
    ok: bool
    output: str = ""
    error: str = ""


def make_printer(settings: Settings) -> PrinterBackend:
    """The printer backend named in the settings."""
    if settings.printing.printer == "outbox":
        return OutboxPrinter(settings.outbox)
    raise PrintError(f"Printer {settings.printing.printer!r} tidak dikenal (pakai 'outbox').")


class SlipService:
    """Renders and sends print jobs."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        printer: PrinterBackend,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._catalogue = catalogue
        self._settings = settings
        self._printer = printer
        self._clock = clock

    def slip_pdf(self, visit_id: int) -> bytes:
        """The queue slip of a visit as PDF bytes."""
        from kiosk.printing.slip import SlipData, render_slip

        visit, requests = visit_with_requests(visit_id)
        names: list[str] = []
        for request in requests:
            name = self._service_name(request.service_code)
            if name not in names:
                names.append(name)
        channel = Channel(visit.channel)
        data = SlipData(
            office_lines=self._settings.office.letterhead,
            lane_name=self._settings.office.lane_name,
            number=visit.number,
            channel_label=channel.label(),
            services=tuple(names),
            masked_niks=tuple(dict.fromkeys(mask_nik(r.nik) for r in requests)),
            plate=visit.plate,
            issued_at=as_utc(visit.created_at),
            cars_ahead=count_ahead(visit),
            reference=visit.reference,
            footer_lines=SLIP_FOOTER,
        )
        return render_slip(data, self._settings.printing.paper_width_mm)

    def print_job(self, job_id: int) -> PrintOutcome:
        """Render and send one job; record success or failure on it. Never raises PrintError."""
        job = PrintJob.get_by_id(job_id)
        try:
            pdf = self.slip_pdf(job.visit_id)
            output = self._printer.submit(pdf, title=f"{job.kind}-{job.visit.reference}-{job.id}")
        except (PrintError, ValueError, OSError) as err:
            # ValueError: the document refused its data (it never prints a full NIK, say);
            # recorded like a printer failure, so the visit stays and the officer sees why.
            self._record(job_id, FAILED, error=str(err))
            log.warning("print job %s failed: %s", job_id, err)
            return PrintOutcome(job_id, ok=False, error=str(err))
        self._record(job_id, SENT, output=output)
        return PrintOutcome(job_id, ok=True, output=output)

    def _record(self, job_id: int, state: str, *, output: str = "", error: str = "") -> None:
        with write_transaction():
            PrintJob.update(
                state=state,
                attempts=PrintJob.attempts + 1,
                last_error=error,
                output=output,
                updated_at=utc_naive(self._clock()),
            ).where(PrintJob.id == job_id).execute()

    def _service_name(self, code: str) -> str:
        try:
            return self._catalogue.get(code).name_id
        except CatalogueError:
            return code
