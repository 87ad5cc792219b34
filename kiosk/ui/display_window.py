"""The public display facing the lane: the car called now, where to go, the calls before it.

Read from a car a few metres away, on a landscape screen of any size: every text is drawn by a
:class:`FitLabel`, which sizes its font to the box the layout gives it, so the proportions set
here (stretch factors) hold from 1280x720 to 1920x1080 and beyond. Colours live in the style
sheet (``resources/style.qss``, section "Public display").

Personal data: only queue numbers, masked plates and station names reach this window (the
``CallInfo`` snapshot has no name or NIK), as the PDP law asks of a public screen.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import format_long_date, format_time, service_day
from kiosk.services import Kiosk
from kiosk.services.lane import CallInfo
from kiosk.ui.chime import Chime
from kiosk.ui.display_presenter import SNAPSHOT_CALLS, DisplayPresenter, DisplayUpdate
from kiosk.ui.i18n import current_language
from kiosk.ui.widgets.styling import set_style_property

log = logging.getLogger(__name__)

FRESH_MS = 12_000
"""How long the current call's card stays highlighted after it is called."""

DESIGN_SIZE = QSize(1920, 1080)
"""The size the margins below are given for; they scale with the window."""


class FitLabel(QLabel):
    """A one-line label whose text fills its box: ``fill`` of the box height, less if too wide.

    Its size hint is ignored, so the layout's stretch factors alone decide the box. Font family,
    weight and colour still come from the style sheet; only the size is computed. Labels joined
    by :func:`share_size` (a column of a list) all take the smallest of their sizes.
    """

    def __init__(self, text: str = "", *, fill: float = 0.7, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._fill = fill
        self._peers: list[FitLabel] = [self]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    def sizeHint(self) -> QSize:
        return QSize(1, 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(1, 1)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        for peer in self._peers:
            if peer is not self:
                peer.update()

    def own_pixel_size(self) -> int:
        """The pixel size that fits this label's own text in its own box."""
        rect = self.contentsRect()
        size = max(1, int(rect.height() * self._fill))
        if self.text():
            font = QFont(self.font())
            font.setPixelSize(size)
            width = QFontMetricsF(font).horizontalAdvance(self.text())
            if width > rect.width() > 0:
                size = max(1, int(size * rect.width() / width))
        return size

    def fitted_font(self) -> QFont:
        """The label's font at the pixel size it is drawn with."""
        font = QFont(self.font())
        font.setPixelSize(min(peer.own_pixel_size() for peer in self._peers))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # border of the style sheet (its background is drawn)
        if not self.text():
            return
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
        painter.end()


def share_size(labels: list[FitLabel]) -> None:
    """Draw ``labels`` at one size (the smallest that fits each), like a column of a table."""
    for label in labels:
        label._peers = labels


def _frame(name: str = "", role: str = "") -> QFrame:
    frame = QFrame()
    if name:
        frame.setObjectName(name)
    if role:
        frame.setProperty("role", role)
    frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return frame


def _label(
    role: str, fill: float, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
) -> FitLabel:
    label = FitLabel(fill=fill)
    label.setProperty("role", role)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return label


class RecentRow(QFrame):
    """One earlier call: the number large on the left; the masked plate over where to go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "display-row")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.number = _label("display-row-number", 0.56)
        self.plate = _label("display-row-plate", 0.8)
        self.station = _label("display-row-station", 0.72)
        details = QVBoxLayout()
        details.setSpacing(0)
        details.addWidget(self.plate, 52)
        details.addWidget(self.station, 48)
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.addWidget(self.number, 42)
        self.row_layout.addLayout(details, 58)

    def show_call(self, call: CallInfo | None) -> None:
        self.number.setText(call.number if call else "")
        self.plate.setText(call.masked_plate if call else "")  # none for a walk-in
        self.station.setText(self.tr("ke %1").replace("%1", call.station) if call else "")


class DisplayWindow(QWidget):
    """The lane's public display, polling the database through a :class:`DisplayPresenter`.

    Polls every ``settings.display.poll_ms`` while shown. Calls made before the first poll are
    shown as history (no chime, no ``call_shown``); every later call is shown, announced and
    chimed once, in call order.

    Signals:
        call_shown(object): a call (``CallInfo``) was newly shown and announced; one per call,
            in call order, after the first poll.
        ready(): the first poll is done (anything called from now on is announced).
    """

    call_shown = Signal(object)
    ready = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        *,
        chime: Chime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        settings = kiosk.settings
        self._display = settings.display
        if chime is None and settings.display.chime:
            chime = Chime(directory=settings.home / "cache", parent=self)
        self._chime = chime
        self.presenter = DisplayPresenter(
            lambda: kiosk.lane.display_snapshot(SNAPSHOT_CALLS),
            recent_calls=settings.display.recent_calls,
        )
        self._failing = False
        self._clock_key: tuple[date, str] | None = None
        self.setObjectName("displayWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lane = settings.office.lane_name
        self.setWindowTitle(self.tr("Layar Antrean — %1").replace("%1", lane))

        self._build(settings.office.kecamatan, lane)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self._display.poll_ms)
        self._fresh_timer = QTimer(self)
        self._fresh_timer.setSingleShot(True)
        self._fresh_timer.setInterval(FRESH_MS)
        self._connect_signals()
        self._show_update(
            DisplayUpdate(shown=(), history=True, current=None, recent=(), waiting=0)
        )
        self._update_clock()

    # --- building ---------------------------------------------------------------------------

    def _build(self, office: str, lane: str) -> None:
        align_right = Qt.AlignmentFlag.AlignRight
        align_center = Qt.AlignmentFlag.AlignHCenter

        self.header = _frame("displayHeader")
        self.office_label = _label("display-office", 0.62)
        self.office_label.setText(office)
        self.lane_label = _label("display-lane", 0.6)
        self.lane_label.setText(lane)
        self.clock_label = _label("display-clock", 0.78, align_right)
        self.date_label = _label("display-date", 0.6, align_right)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.office_label, 55)
        titles.addWidget(self.lane_label, 45)
        clock_box = QVBoxLayout()
        clock_box.setSpacing(0)
        clock_box.addWidget(self.clock_label, 60)
        clock_box.addWidget(self.date_label, 40)
        self._header_layout = QHBoxLayout(self.header)
        self._header_layout.addLayout(titles, 60)
        self._header_layout.addLayout(clock_box, 40)

        # The call of the moment: number, plate, where to go.
        self.current_card = _frame(role="display-card")
        self.caption_label = _label("display-caption", 0.62, align_center)
        self.caption_label.setText(self.tr("NOMOR ANTREAN"))
        self.number_label = _label("display-number", 0.95, align_center)
        self.plate_label = _label("display-plate", 0.62, align_center)
        self.where_label = _label("display-where", 0.58, align_center)
        plate_row = QHBoxLayout()
        plate_row.addStretch(18)
        plate_row.addWidget(self.plate_label, 64)
        plate_row.addStretch(18)
        self._card_layout = QVBoxLayout(self.current_card)
        self._card_layout.addWidget(self.caption_label, 8)
        self._card_layout.addWidget(self.number_label, 44)
        self._card_layout.addLayout(plate_row, 17)
        self._card_layout.addSpacing(1)
        self._card_layout.addWidget(self.where_label, 19)

        # The calls before it.
        self.recent_panel = _frame(role="display-panel")
        self.recent_title = _label("display-panel-title", 0.44)
        self.recent_title.setText(self.tr("Panggilan Sebelumnya"))
        self.recent_rows = [RecentRow() for _ in range(self._display.recent_calls)]
        share_size([row.number for row in self.recent_rows])
        share_size([row.plate for row in self.recent_rows])
        share_size([row.station for row in self.recent_rows])
        self._panel_layout = QVBoxLayout(self.recent_panel)
        self._panel_layout.setSpacing(0)
        self._panel_layout.addWidget(self.recent_title, 14)
        for row in self.recent_rows:
            self._panel_layout.addWidget(row, 86 // len(self.recent_rows))

        self._body_layout = QHBoxLayout()
        self._body_layout.addWidget(self.current_card, 56)
        self._body_layout.addWidget(self.recent_panel, 44)

        self.footer = _frame("displayFooter")
        self.waiting_label = _label("display-waiting", 0.6)
        self.note_label = _label("display-note", 0.46, align_right)
        self._footer_layout = QHBoxLayout(self.footer)
        self._footer_layout.addWidget(self.waiting_label, 40)
        self._footer_layout.addWidget(self.note_label, 60)

        layout = QVBoxLayout(self)
        # The window is sized by the screen, never by its contents (offscreen Qt also warns
        # about size hints of a size-constrained top-level layout).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header, 13)
        layout.addLayout(self._body_layout, 76)
        layout.addWidget(self.footer, 11)
        self._scale_spacing()

    def _connect_signals(self) -> None:
        # polling
        self._poll_timer.timeout.connect(self.poll)
        # the highlight of a fresh call fades back to normal
        self._fresh_timer.timeout.connect(lambda: self._set_fresh(False))

    # --- Qt overrides ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._poll_timer.isActive():
            self._poll_timer.start()
            QTimer.singleShot(0, self, self.poll)

    def hideEvent(self, event: QHideEvent) -> None:
        # Closed or hidden by the program: stop reading. Minimised (a spontaneous hide by the
        # window system): keep reading, or calls made meanwhile would all chime on restore.
        if not event.spontaneous():
            self._poll_timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_spacing()

    # --- polling -----------------------------------------------------------------------------

    def poll(self) -> None:
        """Read the database once and show what changed (the timer calls this)."""
        self._update_clock()
        try:
            update = self.presenter.poll()
        except Exception:
            # A database that is away for a moment (a server restart) must not end the display.
            if not self._failing:
                log.exception("display: reading the calls failed")
            self._failing = True
            self.note_label.setText(self.tr("Menghubungkan ulang…"))
            return
        if self._failing:
            log.info("display: reading the calls works again")
            self._failing = False
        self._show_update(update)
        for call in update.announced:
            if self._chime is not None:
                self._chime.play()
            self.call_shown.emit(call)
        if update.announced:
            self._set_fresh(True)
            self._fresh_timer.start()
        if update.history:
            self.ready.emit()

    def _show_update(self, update: DisplayUpdate) -> None:
        current = update.current
        no_plate = self.tr("Pengunjung Loket")
        if current is None:
            self.number_label.setText(self.tr("Belum ada panggilan"))
            self.plate_label.setText("")
            set_style_property(self.plate_label, "plate", "none")
            self.where_label.setText(self.tr("Nomor Anda akan dipanggil di sini"))
        else:
            self.number_label.setText(current.number)
            self.plate_label.setText(current.masked_plate or no_plate)
            set_style_property(
                self.plate_label, "plate", "yes" if current.masked_plate else "none"
            )
            where = self.tr("Silakan ke %1").replace("%1", current.station)
            self.where_label.setText(where)
        set_style_property(self.number_label, "empty", current is None)
        recent = list(update.recent)
        for index, row in enumerate(self.recent_rows):
            row.show_call(recent[index] if index < len(recent) else None)
        self.waiting_label.setText(self.tr("Menunggu: %1").replace("%1", str(update.waiting)))
        self.note_label.setText(self.tr("Mohon tetap di dalam kendaraan"))

    def _set_fresh(self, fresh: bool) -> None:
        set_style_property(self.current_card, "fresh", fresh)

    def _update_clock(self) -> None:
        now = self._kiosk.lane.now()
        key = (service_day(now), format_time(now, current_language()))
        if key != self._clock_key:
            self._clock_key = key
            self.clock_label.setText(key[1])
            self.date_label.setText(format_long_date(key[0], current_language()))

    def _scale_spacing(self) -> None:
        scale = min(
            self.width() / DESIGN_SIZE.width(), self.height() / DESIGN_SIZE.height(), 2.0
        )
        unit = max(1, round(24 * scale))
        self._header_layout.setContentsMargins(2 * unit, unit // 2, 2 * unit, unit // 2)
        self._body_layout.setContentsMargins(unit, unit, unit, unit)
        self._body_layout.setSpacing(unit)
        self._card_layout.setContentsMargins(unit, unit // 2, unit, unit)
        self._card_layout.setSpacing(unit // 2)
        self._panel_layout.setContentsMargins(unit, unit // 2, unit, unit // 2)
        for row in self.recent_rows:
            row.row_layout.setSpacing(unit)
        self._footer_layout.setContentsMargins(2 * unit, unit // 3, 2 * unit, unit // 3)
