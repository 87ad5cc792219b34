"""Printing off the window's thread, and printing waiting jobs when the printer comes back.

The window hands a stored job id to :meth:`PrintQueue.enqueue` and goes on; a worker thread
prints it (``PrintService.print_job``: claim, check the printer, render, send, record) and tells
the listeners. Every few seconds the worker also asks the printer for its state and, when it is
ready, prints this station's waiting jobs in order, each exactly once (the claim in
``print_job`` guards against a second send).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from kiosk.printing.backends import PrinterState, PrinterStatus
from kiosk.services.print_jobs import RECEIPT, SLIP, PrintOutcome, PrintService
from kiosk.store import StoreError, database

log = logging.getLogger(__name__)

Listener = Callable[[PrintOutcome], None]
StatusListener = Callable[[PrinterStatus, int], None]

DEFAULT_CHECK_S = 3.0


class PrintQueue:
    """One worker thread printing this station's jobs."""

    def __init__(self, prints: PrintService, *, check_s: float = DEFAULT_CHECK_S) -> None:
        self._prints = prints
        self._check_s = check_s
        self._jobs: queue.Queue[int | None] = queue.Queue()
        self._listeners: list[Listener] = []
        self._status_listeners: list[StatusListener] = []
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        self._unsettled = 0  # requests put and not yet done
        self._status = PrinterStatus(PrinterState.UNKNOWN)
        self._waiting = 0

    # --- for the window -----------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Called (on the worker thread) with the outcome of every print attempt."""
        self._listeners.append(listener)

    def add_status_listener(self, listener: StatusListener) -> None:
        """Called (on the worker thread) with the printer's status and the waiting-job count."""
        self._status_listeners.append(listener)

    def dispatch(self, job_id: int) -> PrintOutcome | None:
        """Print a stored job: on the worker when it runs (returns None; listeners hear the
        outcome), else right here (returns the outcome: the command line, tests)."""
        if self._thread is not None:
            self.enqueue(job_id)
            return None
        return self._prints.print_job(job_id)

    def enqueue(self, job_id: int) -> None:
        """Print a stored job soon, on the worker thread."""
        self._put(job_id)

    def check_now(self) -> None:
        """Ask the printer for its state and print waiting jobs now rather than in a moment."""
        self._put(None)

    def _put(self, item: int | None) -> None:
        with self._lock:
            self._unsettled += 1
        self._jobs.put(item)

    @property
    def status(self) -> PrinterStatus:
        with self._lock:
            return self._status

    @property
    def waiting(self) -> int:
        with self._lock:
            return self._waiting

    # --- the worker ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker (after the database is open)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="print-queue", daemon=True)
        self._thread.start()
        self.check_now()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the job in hand and stop."""
        if self._thread is None:
            return
        self._stopping = True
        self._jobs.put(None)
        self._thread.join(timeout)
        self._thread = None

    def wait_idle(self, timeout: float) -> bool:
        """Block until every enqueued job was attempted (for tests, benches and shutdown)."""
        with self._settled:
            return self._settled.wait_for(lambda: self._unsettled == 0, timeout)

    _stopping = False

    def _run(self) -> None:
        try:
            self._loop()
        finally:
            if not database.is_closed():
                database.close()  # this thread's own connection

    def _loop(self) -> None:
        recovered = False
        while not self._stopping:
            if not recovered:
                # a dead database server at start is retried at every periodic check
                try:
                    database.connect(reuse_if_open=True)
                    count = self._prints.recover()
                    recovered = True
                    if count:
                        log.info("%d half-sent print jobs wait again", count)
                except StoreError as err:
                    log.warning("print worker: %s", err)
            put = True
            try:
                job_id = self._jobs.get(timeout=self._check_s)
            except queue.Empty:
                job_id, put = None, False  # the periodic check
            if self._stopping:
                break
            try:
                if job_id is None:
                    self._retry_waiting()
                else:
                    self._print(job_id)
                if self._jobs.empty():
                    self._publish_status()
            except StoreError as err:
                # the database went away mid-job: the job is still stored (pending, or sending
                # until the recovery above puts it back), so the periodic check prints it later
                log.warning("print worker: job %s: %s", job_id, err)
                recovered = False
            except Exception:  # the worker must outlive any one failure
                log.exception("print worker: job %s", job_id)
            if put:
                with self._settled:
                    self._unsettled -= 1
                    self._settled.notify_all()

    def _print(self, job_id: int) -> None:
        outcome = self._prints.print_job(job_id)
        for listener in self._listeners:
            listener(outcome)

    def _retry_waiting(self) -> None:
        printers = self._prints.printers
        ready = tuple(kind for kind in (SLIP, RECEIPT) if printers.for_kind(kind).status().ready)
        # a paused receipt printer holds back receipts only; nothing is tried on a printer
        # that is not ready (each job would only be put back to wait)
        for job_id in self._prints.waiting_jobs(ready) if ready else ():
            self._print(job_id)

    def _publish_status(self) -> None:
        status = self._prints.printers.status()
        waiting = len(self._prints.waiting_jobs())
        with self._lock:
            self._status = status
            self._waiting = waiting
        for listener in self._status_listeners:
            listener(status, waiting)
