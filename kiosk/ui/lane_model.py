"""Table model of the lane screen: today's visits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from kiosk.domain.visit import Channel, Status
from kiosk.services.lane import VisitSummary

_LATE = QColor("#b42318")


class VisitTableModel(QAbstractTableModel):
    """Rows of :class:`VisitSummary`; columns number, channel, plate, services, status, minutes."""

    COLUMNS = ("number", "channel", "plate", "services", "status", "minutes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitSummary] = []
        self._now: datetime | None = None
        self._headers = (
            self.tr("Nomor"),
            self.tr("Jalur"),
            self.tr("Plat Nomor"),
            self.tr("Layanan"),
            self.tr("Status"),
            self.tr("Menit"),
        )

    def set_rows(self, rows: list[VisitSummary], now: datetime) -> None:
        """Replace the rows (a day's visits) and the moment their minutes are counted to."""
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def row_at(self, row: int) -> VisitSummary:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and visit.print_failed:
            return QBrush(_LATE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "minutes"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, visit: VisitSummary, column: str) -> str:
        if column == "number":
            return visit.number
        if column == "channel":
            return (
                self.tr("Drive-Thru") if visit.channel is Channel.DRIVE_THRU else self.tr("Loket")
            )
        if column == "plate":
            return visit.plate or "–"
        if column == "services":
            return ", ".join(visit.services)
        if column == "status":
            text = _status_text(self, visit.status)
            if visit.print_failed:
                text += " · " + self.tr("slip gagal dicetak")
            return text
        if column == "minutes" and self._now is not None:
            return str(visit.minutes_since_arrival(self._now))
        return ""


def _status_text(model: QObject, status: Status) -> str:
    words = {
        Status.WAITING: model.tr("Menunggu"),
        Status.IN_PROCESS: model.tr("Diproses"),
        Status.READY: model.tr("Siap Diambil"),
        Status.HANDED_OVER: model.tr("Selesai"),
        Status.INCOMPLETE: model.tr("Berkas Belum Lengkap"),
        Status.FORWARDED: model.tr("Diteruskan ke Disdukcapil"),
        Status.CANCELLED: model.tr("Batal"),
        Status.NO_SHOW: model.tr("Tidak Hadir"),
    }
    return words[status]
