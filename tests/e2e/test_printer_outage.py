"""Acceptance: a paused printer loses nothing, and every slip prints exactly once afterwards.

A real private cupsd with a cups-pdf queue (tests/helpers_cups.py); the window with its print
worker; 20 registrations while the printer is disabled (cupsdisable).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLayout

from kiosk.app import build
from kiosk.config import load_settings, save_settings
from kiosk.printing.cups import wait_completed
from kiosk.store import close_database
from kiosk.store.models import PrintJob, Visit
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet
from tests.helpers import car
from tests.ui.screens import clipped_buttons


@pytest.fixture
def cups_kiosk(cups_server, home, monkeypatch):
    """A kiosk printing its slips and receipts on the private cupsd's cups-pdf queue."""
    monkeypatch.setenv("CUPS_SERVER", cups_server.socket)
    settings = load_settings(home)
    settings = replace(
        settings, printing=replace(settings.printing, printer=f"cups:{cups_server.printer}")
    )
    save_settings(settings)
    kiosk = build(load_settings(home))
    kiosk.print_queue.start()
    yield kiosk
    kiosk.print_queue.stop()
    close_database()
    cups_server.enable()
    cups_server.accept()


def completed_jobs(cups_server) -> set[str]:
    listing = cups_server.run("lpstat", "-W", "completed", "-o", cups_server.printer).stdout
    return set(re.findall(rf"^({re.escape(cups_server.printer)}-\d+)", listing, re.M))


def test_twenty_cars_while_the_printer_is_paused(qtbot, cups_server, cups_kiosk) -> None:
    kiosk = cups_kiosk
    window = MainWindow(kiosk, demo=True)
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setStyleSheet(load_style_sheet())  # the kiosk's sizes: touch targets, large type
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    before = completed_jobs(cups_server)

    cups_server.disable("kertas habis")
    for _ in range(20):
        result = kiosk.registration.register(car(), "Sari")
        window.bridge.dispatch(result.slip_job_id)
    assert kiosk.print_queue.wait_idle(60)
    assert Visit.select().count() == 20  # every registration stored
    assert {j.state for j in PrintJob.select()} == {"pending"}  # every job waits
    assert completed_jobs(cups_server) == before  # nothing reached the spooler
    # the lane shows the failure
    qtbot.waitUntil(lambda: "Printer dijeda" in window.printer_label.text(), timeout=10_000)
    assert "20 dokumen menunggu" in window.printer_label.text()
    assert "kertas habis" in window.printer_label.toolTip()
    window.lane_screen.refresh()
    rows = window.lane_screen.rows()
    assert len(rows) == 20
    assert all(r.print_label.text() == "Menunggu printer" for r in rows)
    # and every row still has its buttons on the board: the cars can still be moved
    qtbot.waitUntil(lambda: not clipped_buttons(window), timeout=5_000)

    cups_server.enable()
    kiosk.print_queue.check_now()
    assert kiosk.print_queue.wait_idle(120)
    jobs = list(PrintJob.select())
    assert {j.state for j in jobs} == {"sent"}
    spooler_ids = [j.output for j in jobs]
    assert len(set(spooler_ids)) == 20  # each slip handed over once
    for job_id in spooler_ids:
        assert wait_completed(job_id, 30)
    assert completed_jobs(cups_server) - before == set(spooler_ids)  # and printed exactly once
    qtbot.waitUntil(lambda: window.printer_label.text() == "Printer siap", timeout=10_000)
    window.lane_screen.refresh()
    assert not any(r.print_label.isVisible() for r in window.lane_screen.rows())


def test_a_rejecting_printer_keeps_jobs_waiting_too(cups_server, cups_kiosk) -> None:
    kiosk = cups_kiosk
    cups_server.reject("servis")
    result = kiosk.registration.register(car(), "Sari")
    kiosk.print_queue.dispatch(result.slip_job_id)
    assert kiosk.print_queue.wait_idle(30)
    job = PrintJob.get()
    assert job.state == "pending" and "servis" in job.last_error
    cups_server.accept()
    kiosk.print_queue.check_now()
    assert kiosk.print_queue.wait_idle(30)
    job = PrintJob.get()
    assert job.state == "sent" and wait_completed(job.output, 30)
