"""Printing from the window through the print worker: the window never waits for a printer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.services import Kiosk
from kiosk.store.models import PrintJob, Visit
from tests.helpers import car
from tests.ui.screens import clipped_buttons
from tests.ui.test_intake import fill_applicant, start_car


@pytest.fixture
def worker(kiosk: Kiosk):
    kiosk.print_queue.start()
    yield kiosk.print_queue
    kiosk.print_queue.stop()


def confirm_a_car(window) -> None:
    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    wizard.next_button.click()
    wizard.next_button.click()
    wizard.next_button.click()  # Simpan & Cetak Slip


def test_the_slip_prints_on_the_worker_and_the_done_page_hears_it(qtbot, window, worker) -> None:
    confirm_a_car(window)
    done = window.wizard.done_page
    assert done.number_label.text() == "D-001"  # shown at once, before the printer answered
    qtbot.waitUntil(lambda: "Slip dicetak" in done.print_label.text(), timeout=10_000)
    assert PrintJob.get().state == "sent"
    qtbot.waitUntil(lambda: "Printer siap" in window.printer_label.text(), timeout=10_000)


@pytest.fixture
def dead_outbox(kiosk: Kiosk):
    """The printer is away: a file where the outbox folder should be (before the worker starts,
    whose first status check would make the folder)."""
    outbox = kiosk.settings.outbox
    outbox.write_text("a file where the outbox folder should be")
    return outbox


def test_a_dead_printer_loses_nothing_and_prints_once_when_back(
    qtbot, window, dead_outbox, worker, kiosk: Kiosk
) -> None:
    outbox = dead_outbox
    confirm_a_car(window)
    done = window.wizard.done_page
    qtbot.waitUntil(lambda: "menunggu printer" in done.print_label.text(), timeout=10_000)
    assert done.reprint_button.isVisible()
    assert Visit.get().number == "D-001"  # stored before anything was printed
    qtbot.waitUntil(lambda: "Printer offline" in window.printer_label.text(), timeout=10_000)
    assert "1 dokumen menunggu" in window.printer_label.text()
    window.wizard.next_button.click()  # Selesai: back to the board
    (row,) = window.lane_screen.rows()
    assert row.print_label.isVisible() and row.print_label.text() == "Menunggu printer"
    assert "tidak dapat dibuat" in row.print_reason.text()  # the reason, in Indonesian
    # the alert has a line of its own: the step and details buttons keep their place
    qtbot.waitUntil(lambda: not clipped_buttons(window), timeout=5_000)

    outbox.unlink()  # the printer is back: the waiting slip prints by itself, once
    worker.check_now()
    qtbot.waitUntil(lambda: PrintJob.get().state == "sent", timeout=10_000)
    assert len(list(outbox.glob("*.pdf"))) == 1
    qtbot.waitUntil(lambda: not row.print_label.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.printer_label.text() == "Printer siap", timeout=10_000)


def test_the_reason_a_document_waits_is_shown_in_the_windows_language(
    qtbot, window, dead_outbox, kiosk: Kiosk, english
) -> None:
    """The job keeps its error as a message (schema v8), not only as Indonesian text."""
    registered = kiosk.registration.register(car(), "Sari")
    outcome = kiosk.prints.print_job(registered.slip_job_id)
    assert outcome.waiting
    job = PrintJob.get()
    assert "tidak dapat dibuat" in job.last_error  # the log's and the command line's text
    window.lane_screen.refresh()
    (row,) = window.lane_screen.rows()
    assert row.print_label.text() == "Waiting for printer"
    assert f"Cannot create the folder {kiosk.settings.outbox}: " in row.print_reason.text()
    qtbot.waitUntil(lambda: not clipped_buttons(window), timeout=5_000)
    assert {b.text() for b in row.findChildren(QPushButton) if b.isVisibleTo(row)} == {
        "Process",
        "›",
        "Reprint",
    }
