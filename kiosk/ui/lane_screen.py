"""The lane board: today's visits in the order an officer works them, with one-tap steps."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import DomainError
from kiosk.domain.visit import Channel, Status
from kiosk.services import DatabaseUnavailable, Kiosk
from kiosk.services.lane import Board, VisitSummary
from kiosk.ui.board_row import BoardRow
from kiosk.ui.i18n import error_text, message_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.print_bridge import PrintBridge
from kiosk.ui.session import Session
from kiosk.ui.survey_screen import survey_subject
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.keyboard import TextKeyboard
from kiosk.ui.widgets.scrolling import finger_scroll_area

log = logging.getLogger(__name__)


# Other lanes and counters change the same queue: the board reloads this often.
REFRESH_MS = 5_000

# Row widgets kept hidden for reuse: rows are reused rather than deleted and made anew. (The
# board shows only the visits that left the queue last, LaneService.board: a row is ~13 styled
# widgets, ~220 KB, and a day has ~200-400 visits.)
SPARE_ROWS = 10

# "Survei Kepuasan" is offered on a handed-over visit for this long: the car is still there.
SURVEY_OFFER = timedelta(minutes=15)


class LaneScreen(QWidget):
    """Today's visits, "Kendaraan Baru" / "Pengunjung Loket", filters, search and steps.

    Signals:
        new_vehicle_requested: the officer starts a drive-thru visit.
        new_walk_in_requested: the officer starts a walk-in (loket) visit.
        details_requested(int): the officer opens a visit's details (visit id).
        settings_requested: the officer opens the settings (printers, officers, audit log).
        reports_requested: the officer opens the reports (supervisors and admins).
        survey_requested(int): the officer turns the screen to the resident for the
            satisfaction survey of a visit just handed over (visit id).
    """

    new_vehicle_requested = Signal()
    new_walk_in_requested = Signal()
    details_requested = Signal(int)
    settings_requested = Signal()
    survey_requested = Signal(int)
    reports_requested = Signal()

    def __init__(
        self, kiosk: Kiosk, session: Session, bridge: PrintBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._bridge = bridge
        self._rows: dict[int, BoardRow] = {}
        self._shown: list[BoardRow] = []  # the rows in board order
        # rows of visits that left the board (finished long ago, filtered out), kept hidden for
        # the next visits instead of deleted: see BoardRow on deleting widgets
        self._spare_rows: list[BoardRow] = []
        self._channel: Channel | None = None
        # visits whose survey was done or declined (this window only: never stored)
        self._surveyed: set[int] = set()
        self.setObjectName("laneScreen")

        self.new_vehicle_button = QPushButton(self.tr("Kendaraan Baru"))
        self.new_vehicle_button.setProperty("role", "primary")
        self.new_walk_in_button = QPushButton(self.tr("Pengunjung Loket"))
        self.new_walk_in_button.setProperty("role", "secondary")
        for button in (self.new_vehicle_button, self.new_walk_in_button):
            button.setMinimumHeight(touch_px(self, 18))
            button.setObjectName("bigAction")

        self.summary = QLabel()
        # the counts take the room the buttons leave, on two lines when it is short
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(12, 0, 0, 0)  # apart from the filters
        self.summary.setProperty("role", "hint")

        self.filter_buttons: dict[Channel | None, QPushButton] = {
            None: QPushButton(self.tr("Semua")),
            Channel.DRIVE_THRU: QPushButton(self.tr("Drive-Thru")),
            Channel.LOKET: QPushButton(self.tr("Loket")),
        }
        self._filter_group = QButtonGroup(self)
        for button in self.filter_buttons.values():
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setMinimumHeight(touch_px(self))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._filter_group.addButton(button)
        self.filter_buttons[None].setChecked(True)
        # with several lanes on one queue: only the visits this lane or counter registered
        self.station = kiosk.settings.station.name
        self.station_button = QPushButton(self.tr("Hanya %1").replace("%1", self.station))
        self.station_button.setCheckable(True)
        self.station_button.setProperty("role", "segment")
        self.station_button.setMinimumHeight(touch_px(self))
        self.station_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari no./plat"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(touch_px(self))
        self.search.setFixedWidth(touch_px(self, 52))  # or its placeholder's width: _fit_search
        self.keyboard = TextKeyboard()
        self.keyboard.hide()
        # words, not ⌨ / ⚙: the fonts a kiosk has draw those symbols as boxes
        self.keyboard_button = QPushButton(self.tr("ABC"))
        self.keyboard_button.setToolTip(self.tr("Keyboard layar"))
        self.keyboard_button.setMinimumWidth(touch_px(self))
        self.keyboard_button.setProperty("role", "secondary")
        self.keyboard_button.setProperty("density", "compact")
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.setMinimumHeight(touch_px(self))
        self.keyboard_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.settings_button = QPushButton(self.tr("Pengaturan"))
        self.settings_button.setToolTip(self.tr("Pengaturan: printer, petugas, log audit"))
        self.settings_button.setAccessibleName(self.tr("Pengaturan"))
        self.settings_button.setProperty("role", "secondary")
        self.settings_button.setProperty("density", "compact")
        self.settings_button.setMinimumSize(touch_px(self), touch_px(self))
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.reports_button = QPushButton(self.tr("Laporan"))
        self.reports_button.setToolTip(self.tr("Laporan pelayanan dan IKM (supervisor, admin)"))
        self.reports_button.setProperty("role", "secondary")
        self.reports_button.setProperty("density", "compact")
        self.reports_button.setMinimumHeight(touch_px(self))
        self.reports_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(8)
        self.rows_layout.addStretch(1)
        self.scroll = finger_scroll_area(self.rows_box)
        self.scroll.viewport().installEventFilter(self)  # rows fit the board's width

        # below the rows: how many finished visits are left off, and how to find them
        self.older_label = QLabel()
        self.older_label.setProperty("role", "hint")
        self.older_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.older_label.setWordWrap(True)
        self.older_label.hide()
        self.rows_layout.insertWidget(0, self.older_label)

        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.new_vehicle_button, 3)
        actions.addWidget(self.new_walk_in_button, 2)

        # the filters and counts, then search, reports and settings on the right: on one row,
        # or (the station filter shown, longer words) the right-hand group on a second one
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(8)
        for button in self.filter_buttons.values():
            filters.addWidget(button)
        filters.addWidget(self.station_button)
        finder = QHBoxLayout()
        finder.setContentsMargins(0, 0, 0, 0)
        finder.setSpacing(8)
        finder.addWidget(self.search)
        finder.addWidget(self.keyboard_button)
        finder.addWidget(self.reports_button)
        finder.addWidget(self.settings_button)
        self.tools = QWidget()
        tools = FlowLayout(self.tools, spacing=8, align_right=True)
        for group in (filters, finder):
            box = QWidget()
            box.setLayout(group)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            tools.addWidget(box)
        tools.insertWidget(1, self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(actions)
        layout.addWidget(self.tools)
        layout.addWidget(self.keyboard)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty_label, 1)

        self._offline = False  # the last refresh found the database server unreachable
        self._print_refresh = QTimer(self)
        self._print_refresh.setSingleShot(True)
        self._print_refresh.setInterval(0)
        self._print_refresh.timeout.connect(self.refresh)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        # starting visits
        self.new_vehicle_button.clicked.connect(self.new_vehicle_requested)
        self.new_walk_in_button.clicked.connect(self.new_walk_in_requested)
        # filters and search
        for channel, button in self.filter_buttons.items():
            button.clicked.connect(lambda _checked=False, c=channel: self.set_channel(c))
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.station_button.toggled.connect(lambda _on: self.refresh())
        self.keyboard_button.toggled.connect(self._toggle_keyboard)
        self.settings_button.clicked.connect(self.settings_requested)
        self.reports_button.clicked.connect(self.reports_requested)
        # other lanes' changes and the minutes; printing outcomes
        self._refresh_timer.timeout.connect(self.refresh)
        # a method, not a lambda: the bridge outlives a board built again in another language
        self._bridge.printed.connect(self._on_printed)

    def _on_printed(self, _outcome) -> None:
        # one reload for a burst of outcomes (a printer back after an outage prints dozens)
        self._print_refresh.start()

    def showEvent(self, event) -> None:  # noqa: N802
        self._refresh_timer.start()
        self._fit_search()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            for row in self._rows.values():
                row.set_room(self.scroll.viewport().width())
        return super().eventFilter(watched, event)

    def _fit_search(self) -> None:
        """Wide enough for the placeholder (in the style sheet's font), and for a finger."""
        edit = self.search
        edit.ensurePolished()
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        # the text's room plus the line edit's two-pixel margins, and a thicker focus border
        text = QSize(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8, 0)
        needed = (
            edit.style()
            .sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, edit)
            .width()
        )
        edit.setFixedWidth(max(touch_px(self, 52), needed))

    def hideEvent(self, event) -> None:  # noqa: N802
        self._refresh_timer.stop()
        super().hideEvent(event)

    # --- showing ------------------------------------------------------------------------------

    def set_channel(self, channel: Channel | None) -> None:
        """Show one channel's visits, or both (None)."""
        self._channel = channel
        self.filter_buttons[channel].setChecked(True)
        self.refresh()

    def _toggle_keyboard(self, on: bool) -> None:
        self.keyboard.setVisible(on)
        self.keyboard.set_target(self.search if on else None)
        if on:
            self.search.setFocus()

    def rows(self) -> list[BoardRow]:
        """The rows in board order (for tests and screenshots)."""
        return list(self._shown)

    def row_for(self, visit_id: int) -> BoardRow:
        return self._rows[visit_id]

    def refresh(self) -> None:
        """Reload today's visits: reuse row widgets, add new ones, drop gone ones, reorder.

        While the database server cannot be reached, the board keeps what it last showed, says
        so, and tries again at every refresh tick.
        """
        only_here = self.station_button.isChecked()
        try:
            board = self._kiosk.lane.board(
                self._channel, self.search.text(), self.station if only_here else None
            )
        except DatabaseUnavailable as err:
            self._offline = True
            self.show_error(
                error_text(err) + " " + self.tr("Papan menampilkan data terakhir yang diketahui.")
            )
            return
        if self._offline:
            self._offline = False
            self.show_error(None)
        # the lane filter only when the queue is shared: other lanes' visits are on it today
        self.station_button.setVisible(bool(board.stations - {self.station}) or only_here)
        now = self._kiosk.lane.now()
        wanted = {s.visit_id for s in board.rows}
        for visit_id in list(self._rows):
            if visit_id not in wanted:
                row = self._rows.pop(visit_id)
                self.rows_layout.removeWidget(row)
                if len(self._spare_rows) < SPARE_ROWS:
                    row.hide()
                    self._spare_rows.append(row)
                else:
                    dispose(row)
        for index, summary in enumerate(board.rows):
            row = self._rows.get(summary.visit_id)
            if row is None:
                row = self._spare_rows.pop() if self._spare_rows else self._new_row()
                self._rows[summary.visit_id] = row
            row.set_summary(summary, now, survey=self._offers_survey(summary, now))
            if self.rows_layout.indexOf(row) != index:
                self.rows_layout.insertWidget(index, row)
                row.show()  # a spare row was hidden
            row.set_room(self.scroll.viewport().width())
        self._shown = [self._rows[s.visit_id] for s in board.rows]
        if self.rows_layout.indexOf(self.older_label) != len(board.rows):
            self.rows_layout.insertWidget(len(board.rows), self.older_label)
        self._show_older(board.left_off)
        self._show_counts(board)

    @property
    def spare_rows(self) -> int:
        """How many row widgets are kept hidden for reuse."""
        return len(self._spare_rows)

    def _show_older(self, left_off: int) -> None:
        self.older_label.setVisible(left_off > 0)
        if left_off:
            self.older_label.setText(
                self.tr(
                    "%n kunjungan sebelumnya yang sudah keluar antrean tidak ditampilkan: "
                    "cari dengan nomor antrean atau plat nomor.",
                    "",
                    left_off,
                )
            )

    def _new_row(self) -> BoardRow:
        row = BoardRow(self.rows_box)
        row.step_requested.connect(self._on_step)
        row.call_again_requested.connect(self._on_call_again)
        row.details_requested.connect(self.details_requested)
        row.reprint_requested.connect(self._on_reprint)
        row.survey_requested.connect(self.survey_requested)
        return row

    def _offers_survey(self, summary: VisitSummary, now: datetime) -> bool:
        return (
            not summary.is_active
            and survey_subject(summary) is not None
            and summary.visit_id not in self._surveyed
            and summary.finished_at is not None
            and now - summary.finished_at <= SURVEY_OFFER
        )

    def survey_done(self, visit_id: int) -> None:
        """The visit's survey was answered or declined: no more "Survei Kepuasan" on its row."""
        self._surveyed.add(visit_id)

    def _show_counts(self, board: Board) -> None:
        text = (
            self.tr("%n aktif", "", board.active)
            + " · "
            + self.tr("%n menunggu", "", board.waiting)
        )
        self.summary.setText(text)
        has_rows = board.total > 0
        self.scroll.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if self.search.text().strip():
            self.empty_label.setText(self.tr("Tidak ada kunjungan yang cocok dengan pencarian."))
        else:
            self.empty_label.setText(
                self.tr("Belum ada kunjungan hari ini. Ketuk “Kendaraan Baru” untuk mulai.")
            )

    # --- acting -------------------------------------------------------------------------------

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def _act(self, action) -> None:
        """Run one use case; show a refusal or failure inline, then reload."""
        try:
            outcome = action()
        except (DomainError, DatabaseUnavailable) as err:
            self.show_error(error_text(err))
        except Exception as err:  # a database failure must not close the lane window
            log.exception("board action failed")
            self.show_error(self.tr("Gagal: %1").replace("%1", error_text(err)))
        else:
            failed = [p for p in getattr(outcome, "prints", ()) if not p.ok]
            self.show_error(
                self.tr("Dokumen belum tercetak: %1").replace("%1", message_text(failed[0].error))
                if failed
                else None
            )
        self.refresh()

    def _on_step(self, visit_id: int, target: Status) -> None:
        self._act(lambda: self._kiosk.flow.move_visit(visit_id, target, self._session.current()))

    def _on_call_again(self, visit_id: int) -> None:
        self._act(lambda: self._kiosk.flow.call_again(visit_id, self._session.current()))

    def _on_reprint(self, visit_id: int) -> None:
        summary = self._rows[visit_id].summary
        assert summary is not None
        for job_id in summary.failed_print_jobs + summary.waiting_print_jobs:
            self._bridge.dispatch(job_id)
        self.refresh()
