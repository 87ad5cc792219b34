"""Brings the print worker's news onto the window's thread, as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.printing.backends import PrinterStatus
from kiosk.services.print_jobs import PrintOutcome
from kiosk.services.print_queue import PrintQueue


class PrintBridge(QObject):
    """Re-emits the print queue's callbacks as signals; Qt queues them to the window's thread.

    Signals:
        printed(object): a :class:`PrintOutcome` (printed, waiting for the printer, or failed).
        status_changed(object, int): the printer's :class:`PrinterStatus` and how many jobs wait.
    """

    printed = Signal(object)
    status_changed = Signal(object, int)

    def __init__(self, print_queue: PrintQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = print_queue
        print_queue.add_listener(self._on_printed)
        print_queue.add_status_listener(self._on_status)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self.printed.emit(outcome)

    def _on_status(self, status: PrinterStatus, waiting: int) -> None:
        self.status_changed.emit(status, waiting)

    def dispatch(self, job_id: int) -> PrintOutcome | None:
        """Print a stored job; an outcome now (no worker) or later through ``printed``."""
        outcome = self.queue.dispatch(job_id)
        if outcome is not None:
            self.printed.emit(outcome)
        return outcome
