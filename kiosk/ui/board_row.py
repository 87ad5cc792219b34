"""One visit on the lane board: number, plate, services, status, time against target, actions."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.visit import Channel, Status
from kiosk.services.lane import NEXT_STEP, VisitSummary
from kiosk.ui.i18n import message_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.statuses import status_text, step_button_text
from kiosk.ui.widgets.fitting import QWIDGETSIZE_MAX, two_lines_text
from kiosk.ui.widgets.styling import set_style_property

ACTION_SPACING = 8  # between a row's buttons


def _fit(widget: QLabel | QPushButton, texts: list[str]) -> None:
    """Give ``widget`` the fixed width its widest text needs (style sheet included)."""
    current = widget.text()
    widget.ensurePolished()
    widget.setMinimumWidth(0)  # a label's size hint follows a fixed width set before
    widget.setMaximumWidth(QWIDGETSIZE_MAX)
    width = 0
    for text in texts:
        widget.setText(text)
        width = max(width, widget.sizeHint().width())
    widget.setText(current)
    widget.setFixedWidth(width)


def _one_line(text: str) -> str:
    return text


def _retain_when_hidden(widget: QWidget, retain: bool) -> None:
    policy = widget.sizePolicy()
    if policy.retainSizeWhenHidden() != retain:
        policy.setRetainSizeWhenHidden(retain)
        widget.setSizePolicy(policy)


class BoardRow(QFrame):
    """A card for one visit, updated in place as the board refreshes.

    Signals:
        step_requested(int, object): the one-tap next step (visit id, target Status).
        call_again_requested(int): "Panggil Ulang" (visit id).
        details_requested(int): "›" (Rincian) (visit id): side exits, receipts.
        reprint_requested(int): "Cetak Ulang" of a failed print (visit id).
        survey_requested(int): "Survei Kepuasan" after a hand-over (visit id).
    """

    step_requested = Signal(int, object)
    call_again_requested = Signal(int)
    details_requested = Signal(int)
    reprint_requested = Signal(int)
    survey_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "board-row")
        self.summary: VisitSummary | None = None

        self.number_label = QLabel(self)
        self.number_label.setProperty("role", "board-number")
        self.channel_label = QLabel(self)
        self.channel_label.setProperty("role", "board-channel")
        self.plate_label = QLabel(self)
        self.plate_label.setProperty("role", "board-plate")
        self.services_label = QLabel(self)
        self.services_label.setProperty("role", "board-services")
        self.services_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setProperty("role", "board-status")
        self.time_label = QLabel(self)
        self.time_label.setProperty("role", "board-time")
        self.print_label = QLabel(self.tr("Cetak gagal"), self)
        self.print_label.setProperty("role", "board-alert")
        self.print_reason = QLabel(self)  # why the document did not print
        self.print_reason.setProperty("role", "board-services")
        self.print_reason.setWordWrap(True)

        self.step_button = QPushButton(self)
        self.step_button.setProperty("role", "primary")
        self.call_button = QPushButton(self.tr("Panggil Ulang"), self)
        self.call_button.setProperty("role", "secondary")
        self.reprint_button = QPushButton(self.tr("Cetak Ulang"), self)
        self.reprint_button.setProperty("role", "danger")
        # offered in the call button's place, not the step's: a double tap on "Serahkan" must
        # not start the survey
        self.survey_button = QPushButton(self.tr("Survei Kepuasan"), self)
        self.survey_button.setProperty("role", "success")
        self.survey_button.setToolTip(self.tr("Survei kepuasan untuk pemohon (tanpa identitas)"))
        self.survey_button.hide()
        self.details_button = QPushButton("›", self)
        self.details_button.setToolTip(self.tr("Rincian"))
        self.details_button.setAccessibleName(self.tr("Rincian"))
        self.details_button.setProperty("role", "secondary")
        height = touch_px(self)
        for button in (
            self.step_button,
            self.call_button,
            self.reprint_button,
            self.details_button,
            self.survey_button,
        ):
            button.setMinimumHeight(height)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (
            self.step_button,
            self.call_button,
            self.details_button,
            self.reprint_button,
            self.survey_button,
        ):
            button.setProperty("density", "compact")
        policy = self.call_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.call_button.setSizePolicy(policy)
        self._widths_fitted = False
        # the board's width for a row (None: not known yet), and the labels' shape in it: one
        # line, or two where the row is short of room for the longest words
        self._room: int | None = None
        self._shape = _one_line
        self._survey_text = self.survey_button.text()

        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 12, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number_label, 0, 0)
        grid.addWidget(self.channel_label, 1, 0)
        grid.addWidget(self.plate_label, 0, 1)
        grid.addWidget(self.services_label, 1, 1)
        grid.addWidget(self.status_label, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.time_label, 1, 2, Qt.AlignmentFlag.AlignTop)
        # Every part is made with its parent and the buttons sit in a widget of their own (no
        # nested layout): plain ownership for PySide. Rows are reused by the board, or deleted
        # with dispose() (kiosk/ui/widgets/disposal.py), never with a bare deleteLater().
        actions_box = QWidget(self)
        actions = QHBoxLayout(actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(ACTION_SPACING)
        actions.addWidget(self.call_button)
        actions.addWidget(self.survey_button)
        actions.addWidget(self.step_button)
        actions.addWidget(self.details_button)
        grid.addWidget(actions_box, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        # A document that did not print: a line of its own under the row (shown only then), so
        # that the step and details buttons keep their place in every language.
        alert_box = QWidget(self)
        alert = QHBoxLayout(alert_box)
        alert.setContentsMargins(0, 0, 0, 0)
        alert.setSpacing(ACTION_SPACING)
        alert.addStretch(1)
        alert.addWidget(self.print_label)
        alert.addWidget(self.reprint_button)
        grid.addWidget(self.print_reason, 2, 1, 1, 2)
        grid.addWidget(alert_box, 2, 3)
        self._alert_box = alert_box
        grid.setColumnMinimumWidth(0, touch_px(self, 32))
        grid.setColumnStretch(1, 1)
        self._connect_signals()

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._widths_fitted:
            self._fit_widths()
        super().showEvent(event)

    def set_room(self, width: int) -> None:
        """The width the board gives its rows: the columns are fitted to it (in every row
        alike, so that they line up)."""
        if width == self._room:
            return
        self._room = width
        self._widths_fitted = False
        if self.isVisible():
            self._fit_widths()

    def _fit_widths(self) -> None:
        """Fixed widths from the widest text each column can show, once styled, so that every
        row's columns line up whatever its buttons and words. Where the row is short of room
        for them (longer words in another language) the buttons' labels and the status take
        two lines instead."""
        self._widths_fitted = True
        self.ensurePolished()
        step_texts = [step_button_text(s) for s in NEXT_STEP.values()]
        call_texts = [self._call_text(9), self._survey_text]
        statuses = [status_text(s) for s in Status]
        for shape in (_one_line, two_lines_text):
            _fit(self.step_button, [shape(t) for t in step_texts])
            _fit(self.call_button, [shape(t) for t in call_texts])
            _fit(self.survey_button, [shape(t) for t in call_texts])
            self.details_button.setFixedWidth(touch_px(self))
            self.status_label.setWordWrap(False)
            _fit(self.status_label, [shape(t) for t in statuses])
            self.time_label.setFixedWidth(self.status_label.width())
            if self._room is None or self._needed_width() <= self._room:
                break
        self._shape = shape
        wrap = shape is two_lines_text
        self.status_label.setWordWrap(wrap)
        self.time_label.setWordWrap(wrap)
        self.survey_button.setText(shape(self._survey_text))
        if self.summary is not None:
            self.call_button.setText(shape(self._call_text(self.summary.calls)))
            if self.summary.next_step is not None:
                self.step_button.setText(shape(step_button_text(self.summary.next_step)))

    def _needed_width(self) -> int:
        """The row's width with its columns as fitted and room for a plate and a service."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        margins = grid.contentsMargins()
        self.channel_label.ensurePolished()
        metrics = self.channel_label.fontMetrics()
        channels = (self.tr("Drive-Thru"), self.tr("Loket"))
        first = max(grid.columnMinimumWidth(0), *(metrics.horizontalAdvance(c) for c in channels))
        actions = self.call_button.width() + self.step_button.width()
        actions += self.details_button.width() + 2 * ACTION_SPACING
        columns = first + touch_px(self, 45) + self.status_label.width() + actions
        return (
            self.width()
            - self.contentsRect().width()
            + margins.left()
            + margins.right()
            + 3 * grid.horizontalSpacing()
            + columns
        )

    def _connect_signals(self) -> None:
        # bound methods rather than lambdas that hold the row: no reference to the row is kept
        # on Qt's side of a connection
        self.step_button.clicked.connect(self._on_step)
        self.call_button.clicked.connect(self._on_call_again)
        self.details_button.clicked.connect(self._on_details)
        self.reprint_button.clicked.connect(self._on_reprint)
        self.survey_button.clicked.connect(self._on_survey)

    def _on_call_again(self) -> None:
        self.call_again_requested.emit(self._id())

    def _on_details(self) -> None:
        self.details_requested.emit(self._id())

    def _on_reprint(self) -> None:
        self.reprint_requested.emit(self._id())

    def _on_survey(self) -> None:
        self.survey_requested.emit(self._id())

    def _call_text(self, calls: int) -> str:
        """ "Panggil Ulang (2)": how often the car was called shows on the button."""
        return self.tr("Panggil Ulang (%1)").replace("%1", str(calls))

    def _id(self) -> int:
        assert self.summary is not None
        return self.summary.visit_id

    def _on_step(self) -> None:
        if self.summary is not None and self.summary.next_step is not None:
            self.step_requested.emit(self.summary.visit_id, self.summary.next_step)

    def set_summary(self, summary: VisitSummary, now: datetime, *, survey: bool = False) -> None:
        """Show ``summary``; minutes and colours are counted to ``now``; ``survey`` offers
        "Survei Kepuasan" (a visit just handed over)."""
        self.summary = summary
        self.number_label.setText(summary.number)
        self.channel_label.setText(
            self.tr("Drive-Thru") if summary.channel is Channel.DRIVE_THRU else self.tr("Loket")
        )
        self.plate_label.setText(summary.plate or "")
        self.plate_label.setVisible(bool(summary.plate))
        self.services_label.setText(", ".join(summary.services))
        self.status_label.setText(status_text(summary.status))
        self.call_button.setText(self._shape(self._call_text(summary.calls)))
        set_style_property(self.status_label, "status", summary.status.value)
        self.update_time(now)
        step = summary.next_step
        self.step_button.setVisible(step is not None)
        if step is not None:
            self.step_button.setText(self._shape(step_button_text(step)))
        self.call_button.setVisible(summary.status is Status.READY)
        # the survey takes the call button's place; the step's place stays empty meanwhile
        self.survey_button.setVisible(survey)
        _retain_when_hidden(self.call_button, not survey)
        _retain_when_hidden(self.step_button, survey)
        if summary.print_failed:
            self.print_label.setText(self.tr("Cetak gagal"))
        elif summary.print_waiting:
            self.print_label.setText(self.tr("Menunggu printer"))
        trouble = summary.print_failed or summary.print_waiting
        reason = message_text(summary.print_error) if trouble else ""
        self.print_reason.setText("⚠ " + reason if reason else "")
        self.print_reason.setVisible(bool(reason))
        self._alert_box.setVisible(trouble)  # the alert label and Cetak Ulang with it

    def update_time(self, now: datetime) -> None:
        """Minutes since arrival against the target, and the row's colour."""
        summary = self.summary
        if summary is None:
            return
        minutes = summary.minutes_since_arrival(now)
        self.time_label.setText(
            self.tr("%1 menit · target %2")
            .replace("%1", str(minutes))
            .replace("%2", str(summary.target_minutes))
        )
        state = summary.punctuality(now) if summary.is_active else "finished"
        set_style_property(self, "punctuality", state)
        set_style_property(self.time_label, "punctuality", state)
