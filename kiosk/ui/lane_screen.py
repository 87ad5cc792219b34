"""The lane screen: today's visits and the two ways to start one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.lane import LaneService
from kiosk.ui.lane_model import VisitTableModel
from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.scrolling import enable_finger_scroll

REFRESH_MS = 30_000


class LaneScreen(QWidget):
    """Today's visits, refreshed every half minute, with "Kendaraan Baru" and "Pengunjung Loket".

    Signals:
        new_vehicle_requested: the officer starts a drive-thru visit.
        new_walk_in_requested: the officer starts a walk-in (loket) visit.
    """

    new_vehicle_requested = Signal()
    new_walk_in_requested = Signal()

    def __init__(self, lane: LaneService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lane = lane
        self.setObjectName("laneScreen")

        self.new_vehicle_button = QPushButton(self.tr("Kendaraan Baru"))
        self.new_vehicle_button.setProperty("role", "primary")
        self.new_walk_in_button = QPushButton(self.tr("Pengunjung Loket"))
        self.new_walk_in_button.setProperty("role", "secondary")
        for button in (self.new_vehicle_button, self.new_walk_in_button):
            button.setMinimumHeight(touch_px(self, 20))
            button.setObjectName("bigAction")

        self.title = QLabel(self.tr("Antrean Hari Ini"))
        self.title.setObjectName("screenTitle")
        self.summary = QLabel()
        self.summary.setObjectName("screenSubtitle")

        self.model = VisitTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("laneTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(touch_px(self, 12))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            VisitTableModel.COLUMNS.index("services"), QHeaderView.ResizeMode.Stretch
        )
        enable_finger_scroll(self.table)

        self.empty_label = QLabel(
            self.tr("Belum ada kunjungan hari ini. Ketuk “Kendaraan Baru” untuk mulai.")
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.new_vehicle_button, 3)
        actions.addWidget(self.new_walk_in_button, 2)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(16)
        layout.addLayout(actions)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        # actions
        self.new_vehicle_button.clicked.connect(self.new_vehicle_requested)
        self.new_walk_in_button.clicked.connect(self.new_walk_in_requested)
        # periodic refresh of minutes and statuses
        self._timer.timeout.connect(self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Reload today's visits."""
        rows = self._lane.today()
        self.model.set_rows(rows, self._lane.now())
        waiting = sum(1 for r in rows if r.status.value == "waiting")
        self.summary.setText(
            self.tr("%n kunjungan", "", len(rows)) + " · " + self.tr("%n menunggu", "", waiting)
        )
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
