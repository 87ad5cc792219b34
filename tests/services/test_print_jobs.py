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


def test_a_dead_printer_keeps_the_visit_and_the_job_waits(
    kiosk: Kiosk, tmp_path: Path, clock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the outbox folder should be")
    broken = PrintService(kiosk.catalogue, kiosk.settings, OutboxPrinter(blocker / "outbox"), clock)
    result = kiosk.registration.register(car(), "x")
    outcome = broken.print_job(result.slip_job_id)
    assert not outcome.ok and outcome.waiting
    assert "tidak dapat dibuat" in outcome.error  # an Indonesian message for the officer
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts, job.last_error) == ("pending", 0, outcome.error)
    assert broken.waiting_jobs() == [job.id]
    assert Visit.get_by_id(result.visit_id).number == "D-001"
    # the printer is back: the same job prints, once
    again = kiosk.prints.print_job(result.slip_job_id)
    assert again.ok
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts, job.last_error) == ("sent", 1, "")
    assert kiosk.prints.print_job(result.slip_job_id).output == again.output  # not sent twice
    assert len(list(kiosk.settings.outbox.glob("*.pdf"))) == 1


def test_a_document_that_cannot_be_made_fails_for_cetak_ulang(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(car(), "x")
    Visit.update(number="").execute()  # data the slip refuses to print
    outcome = kiosk.prints.print_job(result.slip_job_id)
    assert not outcome.ok and not outcome.waiting
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.state, job.attempts) == ("failed", 1)


def test_a_job_claimed_by_another_thread_is_not_sent_again(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(car(), "x")
    PrintJob.update(state="sending").execute()  # another tap or lane is sending it
    outcome = kiosk.prints.print_job(result.slip_job_id)
    assert not outcome.ok and outcome.waiting
    assert list(kiosk.settings.outbox.glob("*.pdf")) == []
    assert kiosk.prints.recover() == 1  # after a crash, the half-sent job waits again
    assert kiosk.prints.print_job(result.slip_job_id).ok


def test_a_slip_written_just_before_a_crash_is_recorded_not_printed_again(kiosk: Kiosk) -> None:
    """Killed after the PDF reached the outbox, before the job was marked sent."""
    result = kiosk.registration.register(car(), "x")
    assert kiosk.prints.print_job(result.slip_job_id).ok
    PrintJob.update(state="sending", output="").execute()  # as the crash left it
    assert kiosk.prints.recover() == 0  # nothing waits again: the outbox holds it
    job = PrintJob.get_by_id(result.slip_job_id)
    assert job.state == "sent" and Path(job.output).is_file()
    assert len(list(kiosk.settings.outbox.glob("*.pdf"))) == 1
