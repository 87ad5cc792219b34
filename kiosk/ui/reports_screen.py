"""Reports for supervisors and admins: a period, its figures, and exports to PDF, CSV or XLSX.

The figures come from ``kiosk.reports.build`` (which refuses a petugas); exports run on a worker
thread (:class:`ExportJob`) into the installation's ``exports/`` folder, with a progress bar and
"Batal".
"""

from __future__ import annotations

import calendar
import logging
import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import CatalogueError
from kiosk.domain.clock import format_long_date, service_day
from kiosk.domain.errors import DomainError
from kiosk.domain.officers import NotAllowed, Officer
from kiosk.domain.skm import IkmResult
from kiosk.services import Kiosk
from kiosk.services.reports import (
    ExportCancelled,
    Period,
    Report,
    TimeStats,
    format_decimal,
    format_number,
    format_percent,
)
from kiosk.store.connection import database
from kiosk.ui.i18n import current_language, error_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.session import Session
from kiosk.ui.widgets.buttons import TouchButton
from kiosk.ui.widgets.fitting import QWIDGETSIZE_MAX, OneLineLabel
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property

log = logging.getLogger(__name__)

EXPORT_FORMATS = (("pdf", "PDF"), ("csv", "CSV"), ("xlsx", "XLSX"))


def ikm_text(result: IkmResult) -> str:
    """``90,56 · A Sangat Baik``; ``–`` without an index (an element nobody answered)."""
    if result.ikm is None:
        return "–"
    words = {
        "Sangat Baik": QCoreApplication.translate("Ikm", "Sangat Baik"),
        "Baik": QCoreApplication.translate("Ikm", "Baik"),
        "Kurang Baik": QCoreApplication.translate("Ikm", "Kurang Baik"),
        "Tidak Baik": QCoreApplication.translate("Ikm", "Tidak Baik"),
    }
    grade_words = words.get(result.grade_words or "", result.grade_words or "")
    value = format_decimal(result.ikm, places=2, locale=current_language())
    return f"{value} · {result.grade} {grade_words}"


def _minutes(value: float | None) -> str:
    return "–" if value is None else format_decimal(value, locale=current_language())


def _num(value: int) -> str:
    return format_number(value, current_language())


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class ExportJob(QObject):
    """One export on a worker thread; its news comes back as signals on the window's thread.

    Signals:
        progress(float): 0-1 along the way.
        done(object): the written file's Path.
        cancelled(): "Batal" took effect; no file is left.
        failed(str): the reason, in words for the officer.
    """

    progress = Signal(float)
    done = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self, kiosk: Kiosk, actor: Officer, report: Report, path: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk, self._actor, self._report, self.path = kiosk, actor, report, path
        self._cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, name="report-export", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def _step(self, fraction: float) -> bool:
        if self._cancel.is_set():
            return False
        self.progress.emit(fraction)
        return True

    def _run(self) -> None:
        try:
            with database.connection_context():  # this thread's own connection
                path = self._kiosk.reports.export(self._actor, self._report, self.path, self._step)
        except ExportCancelled:
            self.cancelled.emit()
        except (DomainError, OSError, ValueError) as err:
            self.failed.emit(error_text(err))
        except Exception as err:  # the officer is told; the window goes on
            log.exception("report export failed")
            self.failed.emit(error_text(err))
        else:
            self.done.emit(path)


class HourChart(QWidget):
    """Visits per WIB hour as simple bars (office hours always shown, other hours with visits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[int, ...] = (0,) * 24
        self.setMinimumHeight(touch_px(self, 55))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(touch_px(self, 150), touch_px(self, 60))

    def set_counts(self, counts: tuple[int, ...]) -> None:
        self._counts = tuple(counts)
        self.update()

    def hours(self) -> list[int]:
        busy = [h for h, n in enumerate(self._counts) if n]
        first = min([7, *busy])
        last = max([16, *busy])
        return list(range(first, last + 1))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hours = self.hours()
        top_peak = max((self._counts[h] for h in hours), default=0)
        font = QFont(self.font())
        font.setPointSizeF(12)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        area = QRectF(self.rect()).adjusted(4, label_h + 2, -4, -label_h - 4)
        # base line
        painter.setPen(QPen(QColor("#7d8c9b"), 2))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        slot = area.width() / max(1, len(hours))
        bar_width = slot * 0.62
        for index, hour in enumerate(hours):
            count = self._counts[hour]
            x = area.left() + index * slot + (slot - bar_width) / 2
            height = 0.0 if top_peak == 0 else area.height() * count / top_peak
            if count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#0b4f8a") if count == top_peak else QColor("#5b8fc4"))
                painter.drawRoundedRect(QRectF(x, area.bottom() - height, bar_width, height), 4, 4)
                painter.setPen(QColor("#1a1a1a"))
                painter.drawText(
                    QRectF(x - 10, area.bottom() - height - label_h, bar_width + 20, label_h),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(count),
                )
            painter.setPen(QColor("#4a5560"))
            painter.drawText(
                QRectF(area.left() + index * slot, area.bottom() + 4, slot, label_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{hour:02d}",
            )
        painter.end()


class DateStepper(QWidget):
    """A date with big − / + buttons for a day and a month (no calendar to aim at).

    Signals:
        changed(object): the new date.
    """

    changed = Signal(object)

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = date.today()
        self.caption = role_label(caption, "field-label", wrap=False)
        # never squeezed below their words (a touch size is their floor, not a fixed width)
        self.month_back = TouchButton(self.tr("− bln"), width_mm=22)
        self.day_back = TouchButton(self.tr("− hari"), width_mm=22)
        self.day_on = TouchButton(self.tr("+ hari"), width_mm=22)
        self.month_on = TouchButton(self.tr("+ bln"), width_mm=22)
        self.label = OneLineLabel()  # on two lines only if the row is short of room
        self.label.setProperty("role", "report-date")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(touch_px(self, 55))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        for button in (self.month_back, self.day_back, self.day_on, self.month_on):
            button.setProperty("role", "secondary")
            button.setProperty("density", "compact")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.month_back)
        layout.addWidget(self.day_back)
        layout.addWidget(self.label)
        layout.addWidget(self.day_on)
        layout.addWidget(self.month_on)
        self.month_back.clicked.connect(lambda: self.set_date(add_months(self._date, -1)))
        self.day_back.clicked.connect(lambda: self.set_date(self._date - timedelta(days=1)))
        self.day_on.clicked.connect(lambda: self.set_date(self._date + timedelta(days=1)))
        self.month_on.clicked.connect(lambda: self.set_date(add_months(self._date, 1)))

    def date(self) -> date:
        return self._date

    def set_date(self, day: date) -> None:
        self._date = day
        self.label.setText(format_long_date(day, current_language()))
        self.changed.emit(day)


class KpiStrip(QWidget):
    """The period's key figures side by side, as cards: their titles and notes on one line
    where the row has room for all of them at that, on more lines where it has not (longer
    words), rather than pushing the cards beyond the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[QFrame] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)

    def add_card(self, title: str, value: QLabel, note: QLabel, stretch: int) -> None:
        card = _card(title, value, note)
        self._cards.append(card)
        self._layout.addWidget(card, stretch)

    def fit(self, width: int) -> None:
        """One line for every title and note if they all fit in ``width`` (the page's width
        for the strip), else let them wrap."""
        needed = self._layout.spacing() * (len(self._cards) - 1)
        lines: list[tuple[QLabel, int]] = []
        for card in self._cards:
            card.ensurePolished()
            margins = card.layout().contentsMargins()
            chrome = card.width() - card.contentsRect().width() + margins.left() + margins.right()
            widest = 0
            for label in card.findChildren(QLabel):
                label.ensurePolished()
                # (a pixel more than the advance: a wrapping label's lines measure in fractions)
                line = label.fontMetrics().horizontalAdvance(label.text()) + 1
                line += label.width() - label.contentsRect().width() + 2 * label.margin()
                widest = max(widest, line)
                if label.wordWrap():
                    lines.append((label, line))
            needed += widest + chrome
        one_line = needed <= width
        for label, line in lines:
            label.setMinimumWidth(line if one_line else 0)


def _card(title: str, value: QLabel, note: QLabel | None = None) -> QFrame:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 10, 16, 10)
    layout.setSpacing(2)
    layout.addWidget(role_label(title, "report-kpi-title"))
    layout.addWidget(value)
    if note is not None:
        layout.addWidget(note)
    return card


class ReportTable(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setProperty("role", "report-table")
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(touch_px(self, 10))
        header.sectionResized.connect(lambda *_: self._show_full_texts())

    def set_rows(self, rows: list[tuple[str, ...]], *, bold_last: bool = False) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bold_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        height = self.horizontalHeader().sizeHint().height()
        height += self.verticalHeader().defaultSectionSize() * max(1, len(rows))
        self.setFixedHeight(height + 2 * self.frameWidth())
        self._show_full_texts()

    def elided(self, item: QTableWidgetItem) -> bool:
        """Whether the cell shows its text cut ("Surat Keterangan Pindah …"), as the style
        lays it out: the item's text rectangle (the style sheet's padding taken off), less the
        style's text margins."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualItemRect(item)
        option.text = item.text()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        font = QFont(self.font())
        font.setBold(item.font().bold())
        option.font = font
        option.fontMetrics = QFontMetrics(font)
        style = self.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self).width()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return option.fontMetrics.horizontalAdvance(item.text()) > room - 2 * margin

    def _show_full_texts(self) -> None:
        """A cut cell (a long service name) has its whole text as its tooltip."""
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    item.setToolTip(item.text() if self.elided(item) else "")

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_full_texts()

    def texts(self) -> list[list[str]]:
        """The cells as shown (for tests)."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]


class ReportsScreen(QWidget):
    """Period picker, the period's figures, and "Ekspor PDF / CSV / XLSX".

    Signals:
        closed(): back to the board.
    """

    closed = Signal()

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self.report: Report | None = None
        self.period: Period | None = None
        self.job: ExportJob | None = None

        self.back_button = QPushButton(self.tr("‹ Kembali"))
        self.back_button.setProperty("role", "secondary")
        self.title = role_label(self.tr("Laporan"), "heading", wrap=False)
        self.period_label = role_label("", "hint", wrap=False)

        self.period_buttons: dict[str, QPushButton] = {
            "today": QPushButton(self.tr("Hari ini")),
            "week": QPushButton(self.tr("Minggu ini")),
            "month": QPushButton(self.tr("Bulan ini")),
            "custom": QPushButton(self.tr("Pilih tanggal")),
        }
        self._period_group = QButtonGroup(self)
        for button in self.period_buttons.values():
            button.setCheckable(True)
            button.setProperty("role", "segment")
            self._period_group.addButton(button)

        self.start_date = DateStepper(self.tr("Dari"))
        self.end_date = DateStepper(self.tr("Sampai"))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setProperty("role", "primary")
        self.custom_panel = QFrame()
        self.custom_panel.setProperty("role", "card")
        custom = QGridLayout(self.custom_panel)
        custom.setContentsMargins(16, 10, 16, 10)
        custom.addWidget(self.start_date, 0, 0)
        custom.addWidget(self.end_date, 1, 0)
        custom.addWidget(self.show_button, 0, 1, 2, 1)
        custom.setColumnStretch(2, 1)
        self.custom_panel.hide()

        self.message = role_label("", "error")
        self.message.hide()

        # --- the figures
        self.visits_value = role_label("", "report-kpi", wrap=False)
        self.visits_note = role_label("", "report-kpi-note")
        self.requests_value = role_label("", "report-kpi", wrap=False)
        self.requests_note = role_label("", "report-kpi-note")
        self.target_value = role_label("", "report-kpi", wrap=False)
        self.target_note = role_label("", "report-kpi-note")
        self.ikm_value = role_label("", "report-kpi", wrap=False)
        self.ikm_note = role_label("", "report-kpi-note")
        self.kpis = KpiStrip()
        self.kpis.add_card(self.tr("Kunjungan"), self.visits_value, self.visits_note, 2)
        self.kpis.add_card(self.tr("Permohonan"), self.requests_value, self.requests_note, 2)
        self.kpis.add_card(
            self.tr("Selesai dalam target"), self.target_value, self.target_note, 2
        )
        self.kpis.add_card(self.tr("IKM (SKM)"), self.ikm_value, self.ikm_note, 3)

        self.services_table = ReportTable(
            [self.tr("Layanan"), self.tr("Drive-Thru"), self.tr("Loket"), self.tr("Jumlah")]
        )
        self.hour_chart = HourChart()
        self.times_table = ReportTable(
            [self.tr("Waktu (menit)"), self.tr("Permohonan"), self.tr("Rata-rata"),
             self.tr("p90")]
        )
        self.officers_table = ReportTable(
            [self.tr("Petugas"), self.tr("Daftar"), self.tr("Serah")]
        )
        self.exits_table = ReportTable([self.tr("Tidak diserahkan di tempat"), self.tr("Jumlah")])
        self.ikm_table = ReportTable(
            [self.tr("IKM per layanan"), self.tr("Responden"), self.tr("IKM · Mutu")]
        )

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.kpis, 0, 0, 1, 2)
        grid.addWidget(role_label(self.tr("Permohonan per layanan"), "card-title"), 1, 0)
        grid.addWidget(role_label(self.tr("Kunjungan per jam (WIB)"), "card-title"), 1, 1)
        grid.addWidget(self.services_table, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.hour_chart, 2, 1)
        grid.addWidget(role_label(self.tr("Waktu pelayanan"), "card-title"), 3, 0)
        grid.addWidget(role_label(self.tr("Per petugas"), "card-title"), 3, 1)
        grid.addWidget(self.times_table, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.officers_table, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(role_label(self.tr("Indeks Kepuasan Masyarakat"), "card-title"), 5, 0)
        grid.addWidget(role_label(self.tr("Permohonan keluar"), "card-title"), 5, 1)
        grid.addWidget(self.ikm_table, 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.exits_table, 6, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(7, 1)
        self.scroll = finger_scroll_area(content)
        self.scroll.viewport().installEventFilter(self)  # the key figures fit its width

        # --- exports
        self.export_buttons: dict[str, QPushButton] = {
            key: QPushButton(self.tr("Ekspor %1").replace("%1", name))
            for key, name in EXPORT_FORMATS
        }
        for button in self.export_buttons.values():
            button.setProperty("role", "secondary")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.hide()
        self.export_message = role_label("", "hint")
        self.export_message.hide()

        buttons = [
            self.back_button, *self.period_buttons.values(), self.show_button,
            *self.export_buttons.values(), self.cancel_button,
        ]
        for button in buttons:
            button.setMinimumHeight(touch_px(self))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.back_button)
        top.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.period_label)
        top.addLayout(titles, 1)
        # the periods on the right, on two lines where their words are too long for one
        periods = QWidget()
        periods_flow = FlowLayout(periods, spacing=12, align_right=True)
        for button in self.period_buttons.values():
            periods_flow.addWidget(button)
        top.addWidget(periods)

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        for button in self.export_buttons.values():
            bottom.addWidget(button)
        bottom.addWidget(self.export_message, 1)
        bottom.addWidget(self.progress_bar, 1)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.custom_panel)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self._connect_signals()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_kpis(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_kpis(self, width: int | None = None) -> None:
        """The key figures on one line each if the page is wide enough (``width``: the
        scroll area's; by default its present one, or unlimited before it is laid out)."""
        viewport = self.scroll.viewport()
        if width is None:
            width = viewport.width() if viewport.isVisible() else QWIDGETSIZE_MAX
        margins = self.scroll.widget().layout().contentsMargins()
        self.kpis.fit(width - margins.left() - margins.right())

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._close)
        # the period
        for key, button in self.period_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.choose_period(k))
        self.show_button.clicked.connect(self._show_custom)
        # exports
        for key, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.export(k))
        self.cancel_button.clicked.connect(self.cancel_export)

    # --- the period ---------------------------------------------------------------------------

    def today(self) -> date:
        return service_day(self._kiosk.lane.now())

    def load(self) -> None:
        """Open on today's report (or the refusal, for a petugas)."""
        today = self.today()
        self.start_date.set_date(today)
        self.end_date.set_date(today)
        self._set_message(None)
        self.export_message.hide()
        self.choose_period("today")

    def choose_period(self, key: str) -> None:
        self.period_buttons[key].setChecked(True)
        self.custom_panel.setVisible(key == "custom")
        today = self.today()
        if key == "today":
            self.show_period(Period.today(today))
        elif key == "week":
            self.show_period(Period.this_week(today))
        elif key == "month":
            self.show_period(Period.this_month(today))

    def _show_custom(self) -> None:
        start, end = self.start_date.date(), self.end_date.date()
        if end < start:
            self._set_message(self.tr("Tanggal “Sampai” tidak boleh sebelum tanggal “Dari”."))
            return
        self.show_period(Period(start, end))

    def show_period(self, period: Period) -> None:
        """Build and show the report of ``period``; a refusal or failure shows instead."""
        self.period = period
        self.period_label.setText(period.label(current_language()))
        try:
            report = self._kiosk.reports.build(self._session.current(), period)
        except (NotAllowed, DomainError) as err:
            self._refuse(error_text(err))
            return
        except Exception as err:  # a database failure must not close the window
            log.exception("report not built")
            self._refuse(self.tr("Laporan tidak dapat dibuat: %1").replace("%1", error_text(err)))
            return
        self._set_message(None)
        self.scroll.show()
        for button in self.export_buttons.values():
            button.setEnabled(self.job is None)
        self.show_report(report)

    def _refuse(self, text: str) -> None:
        self.report = None
        self._set_message(text)
        self.scroll.hide()
        for button in self.export_buttons.values():
            button.setEnabled(False)

    # --- showing ------------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        self.report = report
        channels = report.by_channel
        self.visits_value.setText(_num(report.visits))
        self.visits_note.setText(
            self.tr("Drive-Thru %1 · Loket %2")
            .replace("%1", _num(channels.get("drive_thru", 0)))
            .replace("%2", _num(channels.get("loket", 0)))
        )
        self.requests_value.setText(_num(report.requests))
        self.requests_note.setText(
            self.tr("%1 tidak diserahkan di tempat").replace(
                "%1", _num(sum(report.exits.values()))
            )
        )
        self.target_value.setText(format_percent(report.within_target_share, current_language()))
        self.target_note.setText(
            self.tr("%1 dari %2 diserahkan")
            .replace("%1", _num(report.within_target))
            .replace("%2", _num(report.measured))
        )
        ikm = report.ikm
        self.ikm_value.setText(ikm_text(ikm))
        set_style_property(self.ikm_value, "grade", ikm.grade or "")
        self.ikm_note.setText(self.tr("%n responden", "", ikm.responses))
        self._fit_kpis()

        rows = [
            (self._service_name(s.code, s.name), _num(s.drive_thru), _num(s.loket), _num(s.total))
            for s in report.by_service
            if s.total
        ]
        rows.append((
            self.tr("Jumlah"),
            _num(sum(s.drive_thru for s in report.by_service)),
            _num(sum(s.loket for s in report.by_service)),
            _num(report.requests),
        ))
        self.services_table.set_rows(rows, bold_last=True)
        self.hour_chart.set_counts(report.per_hour)
        self.times_table.set_rows([
            self._time_row(self.tr("Menunggu"), report.wait),
            self._time_row(self.tr("Diproses"), report.service),
            self._time_row(self.tr("Sampai diserahkan"), report.to_hand_over),
        ])
        self.officers_table.set_rows(
            [
                (o.name, _num(o.registered), _num(o.handed_over))
                for o in report.per_officer
            ]
            or [(self.tr("Belum ada"), "–", "–")]
        )
        words = {
            "incomplete": self.tr("Berkas belum lengkap"),
            "forwarded": self.tr("Diteruskan ke Disdukcapil"),
            "cancelled": self.tr("Dibatalkan"),
            "no_show": self.tr("Tidak hadir"),
        }
        self.exits_table.set_rows(
            [(words.get(k, k), _num(n)) for k, n in report.exits.items()]
        )
        ikm_rows = [(self.tr("Semua layanan"), _num(ikm.responses), ikm_text(ikm))]
        names = {s.code: self._service_name(s.code, s.name) for s in report.by_service}
        for code, result in report.ikm_by_service.items():
            ikm_rows.append(
                (names.get(code, code), _num(result.responses), ikm_text(result))
            )
        self.ikm_table.set_rows(ikm_rows)

    def _service_name(self, code: str, stored: str) -> str:
        try:
            return self._kiosk.catalogue.get(code).name(current_language())
        except CatalogueError:  # a service since removed from the catalogue: its stored name
            return stored

    def _time_row(self, label: str, stats: TimeStats) -> tuple[str, str, str, str]:
        return (
            label,
            _num(stats.count),
            _minutes(stats.mean_minutes),
            _minutes(stats.p90_minutes),
        )

    def _set_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    # --- exporting ----------------------------------------------------------------------------

    def exports_dir(self) -> Path:
        return self._kiosk.settings.home / "exports"

    def export(self, kind: str) -> ExportJob | None:
        """Write the report shown as ``kind`` (pdf, csv, xlsx) into exports/, off this thread."""
        if self.report is None or self.job is not None:
            return None
        try:
            actor = self._session.current()
            folder = self.exports_dir()
            folder.mkdir(parents=True, exist_ok=True)
        except (DomainError, OSError) as err:
            self._export_done(error_text(err), "error")
            return None
        period = self.report.period
        stamp = self._kiosk.lane.now().strftime("%H%M%S")
        name = f"laporan-{period.start.isoformat()}_{period.end.isoformat()}-{stamp}.{kind}"
        job = ExportJob(self._kiosk, actor, self.report, folder / name, self)
        job.progress.connect(lambda f: self.progress_bar.setValue(round(f * 100)))
        job.done.connect(self._on_exported)
        job.cancelled.connect(self._on_cancelled)
        job.failed.connect(
            lambda reason: self._export_done(
                self.tr("Ekspor gagal: %1").replace("%1", reason), "error"
            )
        )
        self.job = job
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.export_message.hide()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.cancel_button.show()
        job.start()
        return job

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _on_exported(self, path: Path) -> None:
        self._export_done(self.tr("Tersimpan: %1").replace("%1", str(path)), "success")

    def _on_cancelled(self) -> None:
        self._export_done(self.tr("Ekspor dibatalkan."), "hint")

    def _export_done(self, text: str, role: str) -> None:
        self.job = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)
        self.export_message.setText(text)
        set_style_property(self.export_message, "role", role)
        self.export_message.show()

    def _close(self) -> None:
        self.cancel_export()  # an export running on goes on being cancelled
        self.closed.emit()
