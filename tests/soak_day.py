"""One simulated service day at the lane, in fast time: the scenario of the soak test and bench.

``SoakDay(kiosk, clock).run()`` works a day of 08.00-16.00 WIB through the real window
(``MainWindow``, with its print worker started as the application starts it) on the Kiosk's
database, driven by a settable clock moved from one simulated moment to the next: nothing waits
for real time. ``tests/e2e/test_soak.py`` asserts on what it returns; ``bench/soak.py`` prints
it for more visits and several runs.

The day: ``visits`` DemoVisits drafts (fixed seed; drive-thru and loket mixed, some cars with two
applicants) arrive through the day. Each is registered (every ``wizard_every``-th through the
intake wizard, tile by tile and key by key; the others through the registration use case, the
slip handed to the window's print bridge as the wizard does), its slip printed by the print
worker to an ``OutboxPrinter``, then moved along the lane with the board's buttons: Proses,
Siap · Panggil, sometimes Panggil Ulang once or twice, Serahkan (receipts printed). Some leave
by a side exit on the visit's details: Berkas Belum Lengkap, Teruskan ke Disdukcapil (receipt),
Tidak Hadir (after three calls), Batalkan (a supervisor's). Some receipts are reprinted
(SALINAN) by the supervisor, who takes the lane over with "Ganti Petugas" and a PIN and hands
it back. From 12.00 to 13.00 the printer is away: the outbox folder (a link to where the PDFs
land, like a share or a USB disk) points at nothing, so OutboxPrinter reports itself offline and
every slip and receipt waits; a few waiting rows get "Cetak Ulang" on the board; at 13.00 the
link is back and the worker prints every waiting job, once.

After every step the print worker is waited for and the window's events are processed (the
bridge's signals, deferred deletions), and the board has been reloaded: by the window itself
(after a tap, a print outcome, a screen closing) or else by ``lane_screen.refresh()``; so the
widgets' growth is part of what is measured, and every reload is timed. RSS (``VmRSS`` of
/proc/self/status, after ``gc.collect()`` and ``malloc_trim(0)``) is read after the first
simulated hour and at the end, and the RSS of one more board row is measured at the end; the
wall time of every step is added to its visit. ``check_day`` then checks the database, the
outbox and the board against what the scenario did.
"""

from __future__ import annotations

import ctypes
import gc
import os
import random
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLayout

from kiosk.domain.officers import Officer, Role
from kiosk.domain.visit import Channel, Status, VisitDraft
from kiosk.services import Kiosk
from kiosk.services.demo import DemoVisits
from kiosk.services.lane import FINISHED_ROWS
from kiosk.store.models import (
    AuditEntry,
    Call,
    Event,
    PrintJob,
    QueueCounter,
    Request,
    Visit,
)
from kiosk.ui.board_row import BoardRow
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.key_grid import KeyGrid

WIB = timezone(timedelta(hours=7), "WIB")
OPENS = datetime(2021, 7, 27, 8, 0, tzinfo=WIB)  # a Tuesday, the tests' day
DAY_MINUTES = 8 * 60  # until 16.00
LAST_ARRIVAL = 430  # 15.10: every car arriving is served before 16.00 (at most 45 minutes)
OUTAGE = (240, 300)  # 12.00-13.00: the printer is away
IDLE_LOCK_OFF = 24 * 60.0  # the idle lock runs on real time; a long bench must not trip it

OFFICER, OFFICER_PIN = "Dewi Lestari", "3691"  # petugas: works the lane all day
SUPERVISOR, SUPERVISOR_PIN = "Budi Santoso", "4826"  # cancels and reprints
ADMIN, ADMIN_PIN = "Sari Wulandari", "2580"

PRINT_TIMEOUT_S = 120.0

# What becomes of a visit (every applicant of it), with its weight in the day.
OUTCOMES = (
    (Status.HANDED_OVER, 80),
    (Status.INCOMPLETE, 6),
    (Status.FORWARDED, 5),
    (Status.CANCELLED, 4),
    (Status.NO_SHOW, 5),
)
NO_SHOW_CALLS = 3  # the settings' default: "Tidak Hadir" after three calls


class SettableClock(Protocol):
    """What the day needs of the use cases' clock: now, and a moment it can set."""

    moment: datetime

    def __call__(self) -> datetime: ...


class SimClock:
    """A settable clock (UTC), like the tests' FakeClock: what the use cases read as now."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


_LIBC = ctypes.CDLL(None)  # this process's C library (glibc on the kiosk's Debian)


def rss_mb() -> float:
    """This process's resident set size now, in MB (VmRSS: not the peak).

    After ``malloc_trim(0)``: the allocator gives back the free memory it keeps (freed widgets,
    a rendered PDF's buffers), which later allocations would reuse anyway; without it a reading
    is off by what happens to be free then (10-20 MB here), in either direction.
    """
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


@dataclass
class Plan:
    """One visit of the day: its draft and what happens to it."""

    index: int
    arrival: float  # minutes after 08.00
    draft: VisitDraft
    wizard: bool
    outcome: Status
    calls: int = 0  # how often the car is called (ready), 0 if never ready
    reprint: bool = False
    board_retry: bool = False  # "Cetak Ulang" on its board row while its slip waits
    # filled in while the day runs
    visit_id: int = 0
    number: str = ""
    request_ids: tuple[int, ...] = ()
    wall_s: float = 0.0  # wall time of all its steps
    board_s: float = 0.0  # of which reloading the board (every refresh, whoever asked)


@dataclass
class Figures:
    """What the day did and what it cost."""

    visits: int = 0
    requests: int = 0
    wizard_visits: int = 0
    drive_thru: int = 0
    loket: int = 0
    calls: int = 0
    calls_again: int = 0
    handed_over: int = 0  # requests
    forwarded: int = 0
    incomplete: int = 0
    cancelled: int = 0
    no_show: int = 0
    reprints: int = 0
    officer_switches: int = 0
    board_retries: int = 0
    jobs: int = 0
    jobs_held: int = 0  # waiting when the printer came back
    backlog_print_s: float = 0.0  # the print worker printing them
    backlog_ui_s: float = 0.0  # the window taking in their outcomes afterwards
    steps: int = 0
    board_refreshes: int = 0
    rss_start_mb: float = 0.0
    rss_first_hour_mb: float = 0.0
    rss_end_mb: float = 0.0
    rows_first_hour: int = 0
    rows_end: int = 0
    row_kb: float = 0.0  # RSS of one more board row, measured at the end
    ms_per_visit_by_hour: list[float] = field(default_factory=list)  # medians, by arrival hour
    work_ms_by_hour: list[float] = field(default_factory=list)  # the same without the board
    refresh_ms_by_hour: list[float] = field(default_factory=list)  # median board refresh
    rows_by_hour: list[int] = field(default_factory=list)  # board rows at the end of each hour
    wall_by_hour_s: list[float] = field(default_factory=list)  # by simulated hour of the steps
    wall_s: float = 0.0

    @property
    def rss_growth(self) -> float:
        """RSS at the end against after the first hour (the issue's measure)."""
        return self.rss_end_mb / self.rss_first_hour_mb - 1

    @property
    def board_rows_mb(self) -> float:
        """What the board's rows added since the first hour take, at their measured cost."""
        return (self.rows_end - self.rows_first_hour) * self.row_kb / 1024

    @property
    def rss_growth_net(self) -> float:
        """RSS growth without the board's rows: what no screen shows."""
        return (self.rss_end_mb - self.board_rows_mb) / self.rss_first_hour_mb - 1

    @property
    def ms_first_hour(self) -> float:
        return self.ms_per_visit_by_hour[0]

    @property
    def ms_last_hour(self) -> float:
        return self.ms_per_visit_by_hour[-1]

    @property
    def work_first_hour(self) -> float:
        return self.work_ms_by_hour[0]

    @property
    def work_last_hour(self) -> float:
        return self.work_ms_by_hour[-1]

    def summary(self) -> str:
        def row(values: list[float], digits: int = 0) -> str:
            return "[" + " ".join(f"{v:.{digits}f}" for v in values) + "]"

        return (
            f"visits={self.visits} (drive-thru {self.drive_thru}, loket {self.loket}, "
            f"{self.wizard_visits} through the wizard) requests={self.requests} "
            f"calls={self.calls} (again {self.calls_again}) hand-overs={self.handed_over} "
            f"forwarded={self.forwarded} incomplete={self.incomplete} "
            f"cancelled={self.cancelled} no-shows={self.no_show} reprints={self.reprints} "
            f"officer switches={self.officer_switches} board retries={self.board_retries} "
            f"print jobs={self.jobs} steps={self.steps} board refreshes={self.board_refreshes}\n"
            f"outage: {self.jobs_held} jobs held, printed in {self.backlog_print_s:.1f} s, "
            f"their outcomes taken in by the window in {self.backlog_ui_s:.1f} s\n"
            f"RSS start {self.rss_start_mb:.1f} MB, after the first hour "
            f"{self.rss_first_hour_mb:.1f} MB, end {self.rss_end_mb:.1f} MB "
            f"({self.rss_growth:+.1%}); board rows {self.rows_first_hour} -> {self.rows_end} "
            f"at {self.row_kb:.0f} KB each = {self.board_rows_mb:.1f} MB; without them "
            f"{self.rss_growth_net:+.1%}\n"
            f"ms per visit (median by arrival hour) first hour {self.ms_first_hour:.0f}, last "
            f"hour {self.ms_last_hour:.0f} ({self.ms_last_hour / self.ms_first_hour:.2f}x) "
            f"{row(self.ms_per_visit_by_hour)}; without the board's refreshes "
            f"{self.work_first_hour:.0f} -> {self.work_last_hour:.0f} "
            f"({self.work_last_hour / self.work_first_hour:.2f}x) {row(self.work_ms_by_hour)}\n"
            f"board refresh ms (median by hour) {row(self.refresh_ms_by_hour, 1)}, "
            f"rows {self.rows_by_hour}\n"
            f"wall s by simulated hour {row(self.wall_by_hour_s, 1)}; wall {self.wall_s:.1f} s"
        )


def plan_day(kiosk: Kiosk, visits: int, seed: int, wizard_every: int) -> list[Plan]:
    """The visits of the day and what becomes of each, from a seeded random source."""
    rnd = random.Random(seed)
    drafts = DemoVisits(kiosk.catalogue, seed=seed, today=OPENS.date())
    arrivals = sorted(rnd.uniform(0.5, LAST_ARRIVAL) for _ in range(visits))
    outcomes, weights = zip(*OUTCOMES, strict=True)
    plans = []
    for index, arrival in enumerate(arrivals):
        outcome = rnd.choices(outcomes, weights)[0]
        plan = Plan(
            index=index,
            arrival=arrival,
            draft=drafts.next_visit(),
            wizard=index % wizard_every == 0,
            outcome=outcome,
        )
        if outcome is Status.HANDED_OVER:
            plan.calls = rnd.choices((1, 2, 3), (75, 20, 5))[0]
            plan.reprint = rnd.random() < 0.08
        elif outcome is Status.NO_SHOW:
            plan.calls = NO_SHOW_CALLS
        plan.board_retry = OUTAGE[0] <= arrival < OUTAGE[1] - 5 and rnd.random() < 0.15
        plans.append(plan)
    return plans


def timeline(plans: list[Plan], seed: int) -> list[tuple[float, int, str, int]]:
    """Every step of the day as (minute, order, kind, plan index), in time order."""
    rnd = random.Random(seed + 1)
    steps: list[tuple[float, str, int]] = [(float(OUTAGE[0]), "printer_off", -1)]
    steps.append((float(OUTAGE[1]), "printer_on", -1))
    for plan in plans:
        at = plan.arrival
        steps.append((at, "arrive", plan.index))
        if plan.board_retry:
            steps.append((at + 0.5, "board_retry", plan.index))
        if plan.outcome is Status.CANCELLED:  # before it was taken into process
            steps.append((at + rnd.uniform(1, 6), "cancel", plan.index))
            continue
        at += rnd.uniform(1, 8)
        steps.append((at, "process", plan.index))
        if plan.outcome is Status.INCOMPLETE:
            steps.append((at + rnd.uniform(1, 5), "incomplete", plan.index))
            continue
        if plan.outcome is Status.FORWARDED:
            steps.append((at + rnd.uniform(2, 8), "forward", plan.index))
            continue
        at += rnd.uniform(3, 15)
        steps.append((at, "ready", plan.index))
        for _ in range(plan.calls - 1):
            at += 2
            steps.append((at, "call_again", plan.index))
        if plan.outcome is Status.NO_SHOW:
            steps.append((at + rnd.uniform(1, 3), "no_show", plan.index))
            continue
        at += rnd.uniform(0.5, 3)
        steps.append((at, "hand_over", plan.index))
        if plan.reprint:
            steps.append((at + rnd.uniform(2, 15), "reprint", plan.index))
    ordered = sorted((at, order, kind, index) for order, (at, kind, index) in enumerate(steps))
    last = ordered[-1][0]
    if last >= DAY_MINUTES:
        raise ValueError(f"a step at minute {last:.0f}, after 16.00")
    return ordered


def pump() -> None:
    """What the window's event loop does between taps: deliver queued signals (the print
    worker's outcomes through the bridge), run due timers, and delete what was deleteLater'd."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(kiosk: Kiosk) -> MainWindow:
    """The lane window at a kiosk's size, styled, on the login screen (as tests/ui does)."""
    window = MainWindow(kiosk, idle_lock_minutes=IDLE_LOCK_OFF)
    # offscreen Qt warns on a size-constrained top-level layout; the kiosk window is resized
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setStyleSheet(load_style_sheet())
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    pump()
    return window


class SoakDay:
    """The simulated day on ``kiosk`` (its use cases built with ``clock``)."""

    def __init__(
        self,
        kiosk: Kiosk,
        clock: SettableClock,
        *,
        visits: int = 400,
        seed: int = 20210727,
        wizard_every: int = 8,
    ) -> None:
        self.kiosk = kiosk
        self.clock = clock
        self.seed = seed
        self.figures = Figures()
        clock.moment = OPENS.astimezone(UTC) - timedelta(minutes=30)  # the officers come in
        self.plans = plan_day(kiosk, visits, seed, wizard_every)
        self.steps = timeline(self.plans, seed)
        self.outbox = kiosk.settings.outbox
        self.paper = self.outbox.with_name(self.outbox.name + "-paper")
        self.unplugged = self.outbox.with_name(self.outbox.name + "-unplugged")
        self._plug_in_printer()
        self.admin = kiosk.officers.add(None, ADMIN, ADMIN_PIN, Role.ADMIN)
        self.officer = kiosk.officers.add(self.admin, OFFICER, OFFICER_PIN, Role.PETUGAS)
        self.supervisor = kiosk.officers.add(
            self.admin, SUPERVISOR, SUPERVISOR_PIN, Role.SUPERVISOR
        )
        self.window = open_window(kiosk)
        kiosk.print_queue.start()  # as the application does, once the window listens
        self._log_in(self.officer, OFFICER_PIN)
        # every reload of the board is timed, whoever asks for it (a tap, a print outcome, a
        # screen closing, the 5 s timer): an instance attribute, which the board's own calls
        # (``self.refresh()``) and its signal lambdas find first
        lane = self.window.lane_screen
        self._board_s = 0.0  # reloading the board during the current step
        self._step_refreshes = 0
        self._hour = 0  # of the current step
        self._reload_board = lane.refresh
        lane.refresh = self._timed_board_refresh  # type: ignore[method-assign]
        self.refresh_ms: dict[int, list[float]] = defaultdict(list)
        self.expected_events: Counter[int] = Counter()  # by request id: moves made
        self.expected_calls: Counter[int] = Counter()  # by visit id
        self.reprint_jobs: list[int] = []

    def close(self) -> None:
        """Stop the print worker (the window is closed by its owner)."""
        self.kiosk.print_queue.stop()

    # --- the printer's folder -----------------------------------------------------------------

    def _plug_in_printer(self) -> None:
        """The outbox is a link to the folder the PDFs land in; ``unplugged`` is a file, so a
        link into it cannot be followed nor its folder made: OutboxPrinter says offline."""
        if self.outbox.exists() or self.outbox.is_symlink():
            raise RuntimeError(f"{self.outbox} exists already: the day needs a fresh home")
        self.paper.mkdir()
        self.unplugged.write_text("the printer's folder is not there")
        self._point_outbox_at(self.paper)

    def _point_outbox_at(self, target: Path) -> None:
        link = self.outbox.with_name(".outbox-link")
        os.symlink(target, link)
        os.replace(link, self.outbox)  # atomic: the worker sees the old or the new link

    # --- the day ------------------------------------------------------------------------------

    def run(self) -> Figures:
        figures = self.figures
        started = time.perf_counter()
        gc.collect()
        figures.rss_start_mb = rss_mb()
        hours = DAY_MINUTES // 60
        wall_by_hour = [0.0] * hours
        rows_by_hour = [0] * hours
        first_hour_done = False
        for minute, _order, kind, index in self.steps:
            hour = int(minute // 60)
            if not first_hour_done and minute >= 60:
                first_hour_done = True
                gc.collect()
                figures.rss_first_hour_mb = rss_mb()
                figures.rows_first_hour = len(self.window.lane_screen.rows())
            self.clock.moment = OPENS.astimezone(UTC) + timedelta(minutes=minute)
            step_started = time.perf_counter()
            self._board_s, self._step_refreshes, self._hour = 0.0, 0, hour
            plan = self.plans[index] if index >= 0 else None
            getattr(self, f"_step_{kind}")(plan)
            self._settle()
            self._check_board()
            elapsed = time.perf_counter() - step_started
            if plan is not None:
                plan.wall_s += elapsed
                plan.board_s += self._board_s
            wall_by_hour[hour] += elapsed
            rows_by_hour[hour] = len(self.window.lane_screen.rows())
            figures.steps += 1
        gc.collect()
        figures.rss_end_mb = rss_mb()
        figures.wall_s = time.perf_counter() - started
        figures.rows_end = len(self.window.lane_screen.rows())
        figures.row_kb = self.board_row_kb()
        figures.wall_by_hour_s = wall_by_hour
        figures.rows_by_hour = rows_by_hour
        by_arrival_hour: dict[int, list[Plan]] = defaultdict(list)
        for plan in self.plans:
            by_arrival_hour[int(plan.arrival // 60)].append(plan)
        arrival_hours = [by_arrival_hour[h] for h in sorted(by_arrival_hour)]
        figures.ms_per_visit_by_hour = [
            statistics.median(p.wall_s * 1000 for p in plans) for plans in arrival_hours
        ]
        figures.work_ms_by_hour = [
            statistics.median((p.wall_s - p.board_s) * 1000 for p in plans)
            for plans in arrival_hours
        ]
        figures.refresh_ms_by_hour = [
            statistics.median(self.refresh_ms[h]) for h in sorted(self.refresh_ms)
        ]
        figures.visits = len(self.plans)
        figures.requests = sum(len(p.draft.requests) for p in self.plans)
        figures.wizard_visits = sum(p.wizard for p in self.plans)
        figures.drive_thru = sum(p.draft.channel is Channel.DRIVE_THRU for p in self.plans)
        figures.loket = figures.visits - figures.drive_thru
        figures.jobs = PrintJob.select().count()
        return figures

    def _timed_board_refresh(self) -> None:
        started = time.perf_counter()
        self._reload_board()
        elapsed = time.perf_counter() - started
        self._board_s += elapsed
        self._step_refreshes += 1
        self.refresh_ms[self._hour].append(elapsed * 1000)
        self.figures.board_refreshes += 1

    def board_row_kb(self, count: int = 150) -> float:
        """The RSS one more board row takes, in KB: ``count`` rows added to the board's own
        layout as the board adds its own, each taken through the states a visit's row shows in
        a day (waiting, in process, ready, then as it ended), measured, then removed again."""
        lane = self.window.lane_screen
        summaries = [row.summary for row in lane.rows() if row.summary is not None]
        now = self.kiosk.lane.now()
        layout = lane.rows_layout
        room = getattr(BoardRow, "set_room", None)  # the board fits its rows to its width
        gc.collect()
        pump()
        before = rss_mb()
        rows = []
        for index in range(count):
            summary = summaries[index % len(summaries)]
            row = BoardRow()
            rows.append(row)
            layout.insertWidget(layout.count() - 1, row)  # before the closing stretch
            if room is not None:
                room(row, lane.scroll.viewport().width())
            for status in (Status.WAITING, Status.IN_PROCESS, Status.READY):
                row.set_summary(replace(summary, status=status, finished_at=None), now)
                pump()
            row.set_summary(summary, now)
        pump()
        gc.collect()
        after = rss_mb()
        for row in rows:
            layout.removeWidget(row)
            dispose(row)
        pump()
        return max(after - before, 0.0) * 1024 / count

    def _settle(self) -> None:
        """Let the print worker finish what the step gave it, then deliver its news."""
        if not self.kiosk.print_queue.wait_idle(PRINT_TIMEOUT_S):
            raise AssertionError("the print worker did not finish within the timeout")
        pump()

    def _check_board(self) -> None:
        """After every step the board is reloaded (by the window itself: after a tap, a print
        outcome or a screen closing; else here) and shows no error."""
        window = self.window
        lane = window.lane_screen
        if window.stack.currentWidget() is not lane:
            raise AssertionError(f"the step ended on {window.stack.currentWidget()!r}")
        if not self._step_refreshes:
            lane.refresh()
        if lane.error_label.isVisibleTo(lane):
            raise AssertionError(f"the board shows an error: {lane.error_label.text()}")

    # --- the steps ----------------------------------------------------------------------------

    def _row(self, plan: Plan) -> BoardRow:
        return self.window.lane_screen.row_for(plan.visit_id)

    def _tap_step(self, plan: Plan, expected: Status) -> None:
        row = self._row(plan)
        if row.summary is None or row.summary.next_step is not expected:
            raise AssertionError(f"{plan.number}: the step button is not {expected}: {row.summary}")
        row.step_button.click()
        for request_id in plan.request_ids:
            self.expected_events[request_id] += 1

    def _step_arrive(self, plan: Plan) -> None:
        if plan.wizard:
            registered = self._register_through_wizard(plan.draft)
        else:
            registered = self.kiosk.registration.register(plan.draft, self.window.session.current())
            self.window.bridge.dispatch(registered.slip_job_id)
        plan.visit_id, plan.number = registered.visit_id, registered.number
        plan.request_ids = tuple(
            r.id
            for r in Request.select(Request.id)
            .where(Request.visit == plan.visit_id)
            .order_by(Request.position)
        )
        if len(plan.request_ids) != len(plan.draft.requests):
            raise AssertionError(f"{plan.number}: requests {plan.request_ids} of {plan.draft}")

    def _step_board_retry(self, plan: Plan) -> None:
        """ "Cetak Ulang" on a row whose slip waits for the printer: it waits on, sent once."""
        row = self._row(plan)
        waiting = row.summary is not None and row.summary.print_waiting
        if not waiting or not row.reprint_button.isVisibleTo(row):
            raise AssertionError(f"{plan.number}: no waiting slip on the board during the outage")
        row.reprint_button.click()
        self.figures.board_retries += 1

    def _step_process(self, plan: Plan) -> None:
        self._tap_step(plan, Status.IN_PROCESS)

    def _step_ready(self, plan: Plan) -> None:
        self._tap_step(plan, Status.READY)  # "Siap · Panggil": calls the car
        self.expected_calls[plan.visit_id] += 1
        self.figures.calls += 1

    def _step_call_again(self, plan: Plan) -> None:
        row = self._row(plan)
        if not row.call_button.isVisibleTo(row):
            raise AssertionError(f"{plan.number}: no Panggil Ulang on a ready car")
        row.call_button.click()
        self.expected_calls[plan.visit_id] += 1
        self.figures.calls += 1
        self.figures.calls_again += 1

    def _step_hand_over(self, plan: Plan) -> None:
        self._tap_step(plan, Status.HANDED_OVER)  # prints a receipt per applicant
        self.figures.handed_over += len(plan.request_ids)

    def _step_incomplete(self, plan: Plan) -> None:
        self._side_exit(plan, Status.INCOMPLETE)
        self.figures.incomplete += len(plan.request_ids)

    def _step_forward(self, plan: Plan) -> None:
        self._side_exit(plan, Status.FORWARDED)
        self.figures.forwarded += len(plan.request_ids)

    def _step_no_show(self, plan: Plan) -> None:
        self._side_exit(plan, Status.NO_SHOW)
        self.figures.no_show += len(plan.request_ids)

    def _step_cancel(self, plan: Plan) -> None:
        self._as_supervisor(lambda: self._side_exit(plan, Status.CANCELLED))
        self.figures.cancelled += len(plan.request_ids)

    def _step_reprint(self, plan: Plan) -> None:
        def reprint() -> None:
            detail = self._open_details(plan)
            request_id = plan.request_ids[0]
            assert detail.visit is not None
            if detail.visit.requests[0].receipts < 1:  # "Cetak Ulang Tanda Terima" then
                raise AssertionError(f"{plan.number}: no receipt to reprint")
            detail.buttons_for(request_id)["receipt"].click()
            self._check_detail(plan)
            last = (
                PrintJob.select()
                .where((PrintJob.request == request_id) & (PrintJob.kind == "receipt"))
                .order_by(PrintJob.id.desc())
                .first()
            )
            if last is None or last.copy_number < 2:
                raise AssertionError(f"{plan.number}: no SALINAN job stored")
            self.reprint_jobs.append(last.id)
            detail.back_button.click()
            self.window.lane_screen.search.clear()  # if the visit had to be searched for

        self._as_supervisor(reprint)
        self.figures.reprints += 1

    def _step_printer_off(self, _plan: None) -> None:
        self._point_outbox_at(self.unplugged / "outbox")
        self.kiosk.print_queue.check_now()  # the header hears it now rather than in 3 s

    def _step_printer_on(self, _plan: None) -> None:
        window = self.window
        held = self.kiosk.prints.waiting_jobs()
        self.figures.jobs_held = len(held)
        # the lane showed the outage: the header, and every waiting visit's row
        self.kiosk.print_queue.check_now()
        self._settle()
        label = window.printer_label
        if label.property("state") != "offline" or f"{len(held)} " not in label.text():
            raise AssertionError(f"the header says {label.text()!r} with {len(held)} jobs waiting")
        window.lane_screen.refresh()
        waiting_visits = {
            visit_id
            for (visit_id,) in PrintJob.select(PrintJob.visit).where(PrintJob.id.in_(held)).tuples()
        }
        shown = {
            row.summary.visit_id
            for row in window.lane_screen.rows()
            if row.summary is not None
            and row.summary.print_waiting
            and row.print_label.isVisibleTo(row)
        }
        if shown != waiting_visits:
            raise AssertionError(f"rows marked waiting {len(shown)}, visits {len(waiting_visits)}")
        # the printer is back: the worker prints the backlog, then the window takes in one
        # outcome per job (each reloads the board) before it answers the next tap
        started = time.perf_counter()
        self._point_outbox_at(self.paper)
        self.kiosk.print_queue.check_now()
        if not self.kiosk.print_queue.wait_idle(PRINT_TIMEOUT_S):
            raise AssertionError("the backlog did not print within the timeout")
        printed = time.perf_counter()
        pump()
        self.figures.backlog_print_s = printed - started
        self.figures.backlog_ui_s = time.perf_counter() - printed
        left = self.kiosk.prints.waiting_jobs()
        if left:
            raise AssertionError(f"jobs still waiting after the printer came back: {left}")
        if window.printer_label.property("state") != "ready":
            raise AssertionError(f"the header says {window.printer_label.text()!r}")

    # --- the window's parts ---------------------------------------------------------------------

    def _open_details(self, plan: Plan):
        """The visit's details from its board row; a visit finished long ago (no longer on the
        board) is searched for by its number first, as the board's note says."""
        window = self.window
        lane = window.lane_screen
        if plan.visit_id not in {row.summary.visit_id for row in lane.rows() if row.summary}:
            lane.search.setText(plan.number)
            lane.refresh()
        self._row(plan).details_button.click()
        if window.stack.currentWidget() is not window.detail_screen:
            raise AssertionError(f"{plan.number}: the details did not open")
        return window.detail_screen

    def _check_detail(self, plan: Plan) -> None:
        message = self.window.detail_screen.message
        if message.isVisibleTo(self.window.detail_screen) and message.property("role") == "error":
            raise AssertionError(f"{plan.number}: the details say {message.text()!r}")

    def _side_exit(self, plan: Plan, target: Status) -> None:
        """One side exit for every applicant of the visit, on its details screen."""
        detail = self._open_details(plan)
        for request_id in plan.request_ids:
            buttons = detail.buttons_for(request_id)
            buttons[target.value].click()
            if target in (Status.INCOMPLETE, Status.CANCELLED):
                tiles = detail.input_tiles
                if not tiles.selected_keys():  # what is missing, or the reason
                    tiles.tile(tiles.keys()[0]).click()
            if target in (Status.INCOMPLETE, Status.CANCELLED, Status.FORWARDED):
                detail.confirm_button.click()
            self._check_detail(plan)
            self.expected_events[request_id] += 1
        detail.back_button.click()

    def _as_supervisor(self, action: Callable[[], None]) -> None:
        """The supervisor takes the lane over ("Ganti Petugas", PIN), acts, and hands it back."""
        self._switch_to(self.supervisor, SUPERVISOR_PIN)
        try:
            action()
        finally:
            self._switch_to(self.officer, OFFICER_PIN)

    def _switch_to(self, officer: Officer, pin: str) -> None:
        self.window.switch_button.click()
        self._log_in(officer, pin)
        self.figures.officer_switches += 1

    def _log_in(self, officer: Officer, pin: str) -> None:
        window = self.window
        screen = window.login_screen
        if window.stack.currentWidget() is not screen:
            raise AssertionError("not on the login screen")
        assert officer.id is not None
        screen.select(officer.id)
        for digit in pin:
            screen.keypad.key_button(digit).click()
        screen.login_button.click()
        logged_in = window.session.officer
        if logged_in is None or logged_in.id != officer.id:
            raise AssertionError(f"{officer.name} not logged in: {screen.pin_field.error()}")
        if window.stack.currentWidget() is not window.lane_screen:
            raise AssertionError("the login did not lead to the board")

    def _register_through_wizard(self, draft: VisitDraft):
        """The intake wizard, as an officer works it: tiles, keypad, keyboard, checklist."""
        window = self.window
        lane = window.lane_screen
        drive_thru = draft.channel is Channel.DRIVE_THRU
        (lane.new_vehicle_button if drive_thru else lane.new_walk_in_button).click()
        wizard = window.wizard
        page = wizard.applicant_page
        for position, request in enumerate(draft.requests):
            if position:
                wizard.confirm_page.add_button.click()
            wizard.service_page.tiles.tile(request.service_code).click()
            if wizard.current_page() is not page:
                raise AssertionError(f"the service tile {request.service_code} did not lead on")
            page.nik_field.line_edit.setFocus()
            _type(page.keypad, request.nik)
            # a NIK seen before fills in name and phone: cleared, then typed as given
            page.name_field.line_edit.setFocus()
            _type(page.keyboard, request.name, clear=True)
            page.phone_field.line_edit.setFocus()
            _type(page.keypad, "".join(ch for ch in request.phone if ch.isdigit()), clear=True)
            if position == 0 and drive_thru:
                page.plate_field.line_edit.setFocus()
                _type(page.keyboard, draft.plate, clear=True)
            wizard.next_button.click()
            if wizard.current_page() is not wizard.requirements_page:
                errors = {f.line_edit.text(): f.error() for f in page.fields() if f.error()}
                raise AssertionError(f"the applicant page refused {request}: {errors}")
            tiles = wizard.requirements_page.tiles
            for received in request.received:
                tiles.tile(received).click()
            wizard.next_button.click()
        if wizard.current_page() is not wizard.confirm_page:
            raise AssertionError("the wizard did not reach the confirm page")
        wizard.next_button.click()  # "Simpan & Cetak Slip"
        registered = wizard.presenter.registered
        if registered is None or wizard.current_page() is not wizard.done_page:
            raise AssertionError(f"not stored: {wizard.confirm_page.error_label.text()}")
        wizard.next_button.click()  # "Selesai": back to the board
        return registered


def _type(keys: KeyGrid, text: str, *, clear: bool = False) -> None:
    if clear:
        keys.key_button(KeyGrid.CLEAR).click()
    for char in text:
        keys.key_button(char.upper() if char.isalpha() else char).click()


# --- the checks at the end of the day -----------------------------------------------------------


def check_day(day: SoakDay) -> list[str]:
    """Everything the day stored against what it did; the problems found (none: [])."""
    problems: list[str] = []

    def expect(ok: bool, message: str) -> None:
        if not ok:
            problems.append(message)

    plans = day.plans
    by_visit = {p.visit_id: p for p in plans}
    visits = list(Visit.select())
    expect(len(visits) == len(plans), f"{len(visits)} visits stored of {len(plans)}")
    expect(set(by_visit) == {v.id for v in visits}, "stored visits differ from the registered")
    for visit in visits:
        plan = by_visit.get(visit.id)
        expect(plan is not None and visit.number == plan.number, f"{visit.number}: its number")

    # numbers: per prefix and day exactly 1..N, the counter at N
    sequences: dict[tuple[str, object], list[int]] = defaultdict(list)
    for visit in visits:
        sequences[(visit.prefix, visit.service_day)].append(visit.sequence)
    for key, found in sequences.items():
        expect(sorted(found) == list(range(1, len(found) + 1)), f"numbers of {key}: gaps")
    counters = {(c.prefix, c.service_day): c.last_sequence for c in QueueCounter.select()}
    expect(counters == {k: len(v) for k, v in sequences.items()}, f"counters {counters}")

    # requests: the planned end, and an unbroken chain of events to it
    requests = {r.id: r for r in Request.select()}
    planned_ids = {rid for p in plans for rid in p.request_ids}
    expect(set(requests) == planned_ids, "stored requests differ from the registered")
    chains: dict[int, list[Event]] = defaultdict(list)
    for event in Event.select().order_by(Event.id):
        chains[event.request_id].append(event)
    for plan in plans:
        for request_id in plan.request_ids:
            request = requests.get(request_id)
            if request is None:
                continue
            expect(request.status == plan.outcome.value, f"{plan.number}: {request.status}")
            chain = chains[request_id]
            moves = [(e.from_status, e.to_status) for e in chain]
            expect(
                bool(moves) and moves[0] == (None, Status.WAITING.value),
                f"{plan.number}: first event {moves[:1]}",
            )
            expect(
                all(a[1] == b[0] for a, b in zip(moves, moves[1:], strict=False)),
                f"{plan.number}: broken chain {moves}",
            )
            expect(
                bool(moves) and moves[-1][1] == request.status,
                f"{plan.number}: last event {moves[-1:]} vs {request.status}",
            )
            expect(
                len(chain) == 1 + day.expected_events[request_id],
                f"{plan.number}: {len(chain)} events, {1 + day.expected_events[request_id]} made",
            )
            expect(
                [e.at for e in chain] == sorted(e.at for e in chain),
                f"{plan.number}: events out of time order",
            )
    expect(
        Event.select().count() == len(requests) + sum(day.expected_events.values()),
        "events not belonging to the day's moves",
    )

    # calls
    calls = Counter(c.visit_id for c in Call.select())
    expect(calls == day.expected_calls, "calls differ from the taps")
    expect(sum(calls.values()) == day.figures.calls, "call count")

    # print jobs: all sent, one slip per visit, receipts 1..k per request, each PDF once
    jobs = list(PrintJob.select())
    states = Counter(j.state for j in jobs)
    expect(set(states) == {"sent"}, f"print jobs not sent: {dict(states)}")
    slips = Counter(j.visit_id for j in jobs if j.kind == "slip")
    expect(slips == Counter({v.id: 1 for v in visits}), "not exactly one slip per visit")
    receipts: dict[int, list[PrintJob]] = defaultdict(list)
    for job in jobs:
        if job.kind == "receipt":
            receipts[job.request_id].append(job)
    for plan in plans:
        originals = 1 if plan.outcome in (Status.HANDED_OVER, Status.FORWARDED) else 0
        for position, request_id in enumerate(plan.request_ids):
            copies = originals + (1 if plan.reprint and position == 0 else 0)
            found = sorted(j.copy_number for j in receipts[request_id])
            expect(found == list(range(1, copies + 1)), f"{plan.number}: receipts {found}")
    reprints = [j for j in jobs if j.kind == "receipt" and j.copy_number > 1]
    expect(len(reprints) == day.figures.reprints, f"{len(reprints)} reprint jobs")
    expect(
        sorted(j.id for j in reprints) == sorted(day.reprint_jobs),
        "reprint jobs differ from the taps",
    )
    expect(all(j.officer == SUPERVISOR for j in reprints), "a reprint not by the supervisor")
    audited = AuditEntry.select().where(AuditEntry.action == "reprint").count()
    expect(audited == len(reprints), f"{audited} reprints audited of {len(reprints)}")
    outputs = [j.output for j in jobs]
    expect(len(set(outputs)) == len(outputs), "two jobs share a PDF")
    pdfs = sorted(str(day.outbox / p.name) for p in day.paper.iterdir())
    expect(pdfs == sorted(outputs), f"{len(pdfs)} files in the outbox for {len(outputs)} jobs")
    for job in jobs:
        head = Path(job.output).read_bytes()[:5] if Path(job.output).is_file() else b""
        expect(head == b"%PDF-", f"job {job.id}: {job.output} is not a PDF")

    # the board: every visit still to work and the newest finished ones, each once, nothing
    # waiting, no row widget left over
    window = day.window
    window.lane_screen.refresh()
    pump()
    rows = window.lane_screen.rows()
    shown = [r.summary.visit_id for r in rows]
    expect(len(set(shown)) == len(shown), "a visit on the board twice")
    summaries = {s.visit_id: s for s in day.kiosk.lane.today()}
    expect(set(summaries) == set(by_visit), "the day's visits")
    finished = [s for s in summaries.values() if not s.is_active]
    to_work = {s.visit_id for s in summaries.values() if s.is_active}
    expect(to_work <= set(shown), "a visit still to work is not on the board")
    shown_finished = [summaries[v] for v in shown if v not in to_work]
    expect(
        len(shown_finished) == min(FINISHED_ROWS, len(finished)),
        f"{len(shown_finished)} finished visits on the board",
    )
    left_off = [s for s in finished if s.visit_id not in set(shown)]
    if left_off and shown_finished:
        expect(
            min(s.finished_at or s.arrived_at for s in shown_finished)
            >= max(s.finished_at or s.arrived_at for s in left_off),
            "the board left off a visit that finished after one it shows",
        )
    older = window.lane_screen.older_label
    expect(
        older.isVisibleTo(window.lane_screen) == bool(left_off)
        and (not left_off or older.text().startswith(f"{len(left_off)} kunjungan")),
        f"the board's note on finished visits left off says {older.text()!r}",
    )
    expect(not any(r.print_label.isVisibleTo(r) for r in rows), "a row shows a print problem")
    spare = window.lane_screen.spare_rows
    leftover = len(window.findChildren(BoardRow)) - len(rows) - spare
    expect(leftover == 0, f"{leftover} board row widgets left over")
    return problems


def salinan_problems(day: SoakDay, originals: int = 10) -> list[str]:
    """The reprints say SALINAN; the first ``originals`` original receipts do not."""
    from tests.helpers import pdf_text

    problems = []
    copies = list(PrintJob.select().where(PrintJob.id.in_(day.reprint_jobs)))
    first = list(
        PrintJob.select()
        .where((PrintJob.kind == "receipt") & (PrintJob.copy_number == 1))
        .order_by(PrintJob.id)
        .limit(originals)
    )
    for job in copies + first:
        says = "SALINAN" in pdf_text(Path(job.output))
        if says != (job.copy_number > 1):
            problems.append(f"receipt job {job.id} (copy {job.copy_number}): SALINAN {says}")
    return problems
