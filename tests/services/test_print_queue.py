"""Printing on the worker thread: nothing lost while the printer is away, each job once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.printing.backends import OutboxPrinter, PrinterState
from kiosk.services import Kiosk
from kiosk.services.print_jobs import PrintOutcome, PrintService
from kiosk.services.print_queue import PrintQueue
from kiosk.store.models import PrintJob, Visit
from tests.helpers import car


@pytest.fixture
def blocked_outbox(tmp_path: Path) -> Path:
    """An outbox folder that cannot be made while a file stands where its parent should be."""
    blocker = tmp_path / "usb-stick"
    blocker.write_text("not a folder")
    return blocker


def test_jobs_wait_while_the_printer_is_away_and_print_once_when_it_is_back(
    kiosk: Kiosk, blocked_outbox: Path, clock
) -> None:
    outbox = blocked_outbox / "outbox"
    prints = PrintService(kiosk.catalogue, kiosk.settings, OutboxPrinter(outbox), clock)
    worker = PrintQueue(prints, check_s=0.05)
    outcomes: list[PrintOutcome] = []
    lock = threading.Lock()

    def heard(outcome: PrintOutcome) -> None:
        with lock:
            outcomes.append(outcome)

    worker.add_listener(heard)
    worker.start()
    try:
        jobs = [kiosk.registration.register(car(), "x").slip_job_id for _ in range(20)]
        for job_id in jobs:
            assert worker.dispatch(job_id) is None  # handed to the worker, the caller goes on
        assert worker.wait_idle(30)
        assert Visit.select().count() == 20  # every registration stored
        assert {j.state for j in PrintJob.select()} == {"pending"}
        assert worker.status.state is PrinterState.OFFLINE
        assert worker.waiting == 20
        assert all(o.waiting and not o.ok for o in outcomes)

        blocked_outbox.unlink()  # the printer is back
        worker.check_now()
        assert worker.wait_idle(30)
        assert {j.state for j in PrintJob.select()} == {"sent"}
        printed = sorted(p.name for p in outbox.glob("*.pdf"))
        assert len(printed) == 20  # every job exactly once
        assert worker.status.state is PrinterState.READY and worker.waiting == 0
    finally:
        worker.stop()


def test_two_taps_on_the_same_job_print_it_once(kiosk: Kiosk) -> None:
    worker = PrintQueue(kiosk.prints, check_s=10)
    worker.start()
    try:
        job_id = kiosk.registration.register(car(), "x").slip_job_id
        worker.dispatch(job_id)
        worker.dispatch(job_id)
        assert worker.wait_idle(30)
        assert len(list(kiosk.settings.outbox.glob("*.pdf"))) == 1
        assert PrintJob.get_by_id(job_id).attempts == 1
    finally:
        worker.stop()


def test_without_the_worker_dispatch_prints_right_away(kiosk: Kiosk) -> None:
    job_id = kiosk.registration.register(car(), "x").slip_job_id
    outcome = kiosk.print_queue.dispatch(job_id)
    assert outcome is not None and outcome.ok
