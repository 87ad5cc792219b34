"""Printing slips of stored visits: the outbox, and a failing printer that loses nothing."""

from __future__ import annotations

from pathlib import Path

from kiosk.printing.backends import OutboxPrinter
from kiosk.services import Kiosk
from kiosk.services.print_jobs import PrintService
from kiosk.store.models import PrintJob, Visit
from tests.helpers import FULL_NIK, NIK_B, car, pdf_text, request


def test_the_slip_lands_in_the_outbox_with_number_service_and_plate(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(
        car(request(), request(service="KIA", nik=NIK_B, name="AHMAD")), "x"
    )
    outcome = kiosk.prints.print_job(result.slip_job_id)
    assert outcome.ok, outcome.error
    path = Path(outcome.output)
    assert path.parent == kiosk.settings.outbox and path.suffix == ".pdf"
    text = pdf_text(path)
    assert "D-001" in text
    assert "Penggantian KTP-el Rusak" in text
    assert "Kartu Identitas Anak" in text
    assert "B 1234 ABC" in text
    assert "3603**********01" in text and "3603**********42" in text
    assert not FULL_NIK.search(text.replace(" ", ""))
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts, job.output) == ("sent", 1, str(path))


def test_a_dead_printer_keeps_the_visit_and_records_the_error(
    kiosk: Kiosk, tmp_path: Path, clock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the outbox folder should be")
    broken = PrintService(kiosk.catalogue, kiosk.settings, OutboxPrinter(blocker / "outbox"), clock)
    result = kiosk.registration.register(car(), "x")
    outcome = broken.print_job(result.slip_job_id)
    assert not outcome.ok
    assert outcome.error  # an Indonesian message for the officer
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts) == ("failed", 1)
    assert job.last_error == outcome.error
    assert Visit.get_by_id(result.visit_id).number == "D-001"
    # "Cetak Ulang" on a working printer prints the same job
    again = kiosk.prints.print_job(result.slip_job_id)
    assert again.ok
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts, job.last_error) == ("sent", 2, "")
