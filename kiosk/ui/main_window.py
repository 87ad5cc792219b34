"""The main window: a header, and the lane screen or the intake wizard below it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.clock import format_short_date, format_time, to_local, utc_now
from kiosk.domain.visit import Channel
from kiosk.printing.backends import PrinterState, PrinterStatus
from kiosk.services import Kiosk
from kiosk.ui.intake import IntakeWizard
from kiosk.ui.lane_screen import LaneScreen
from kiosk.ui.print_bridge import PrintBridge
from kiosk.ui.settings_screen import PrinterSettingsScreen
from kiosk.ui.visit_detail import VisitDetailScreen
from kiosk.ui.widgets.styling import set_style_property


class MainWindow(QMainWindow):
    """The kiosk's one window."""

    def __init__(self, kiosk: Kiosk, officer: str = "Petugas") -> None:
        super().__init__()
        self._kiosk = kiosk
        office = kiosk.settings.office
        self.setWindowTitle(f"{office.lane_name} · {office.kecamatan.title()}")

        self.office_label = QLabel(f"{office.lane_name} · {office.kecamatan.title()}")
        self.office_label.setProperty("role", "header-title")
        self.station_label = QLabel(
            self.tr("%1 · %2")
            .replace("%1", kiosk.settings.station.name)
            .replace("%2", officer)
        )
        self.station_label.setProperty("role", "header-detail")
        self.printer_label = QLabel(self.tr("Printer …"))
        self.printer_label.setProperty("role", "printer-status")
        self.clock_label = QLabel()
        self.clock_label.setProperty("role", "header-detail")
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        header_layout.addWidget(self.office_label, 1)
        header_layout.setSpacing(14)
        header_layout.addWidget(self.printer_label)
        header_layout.addWidget(self.station_label)
        header_layout.addWidget(self.clock_label)

        self.bridge = PrintBridge(kiosk.print_queue, self)
        self.lane_screen = LaneScreen(kiosk, officer, self.bridge)
        self.wizard = IntakeWizard(kiosk, officer, self.bridge)
        self.detail_screen = VisitDetailScreen(kiosk, officer, self.bridge)
        self.settings_screen = PrinterSettingsScreen(kiosk, officer)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lane_screen)
        self.stack.addWidget(self.wizard)
        self.stack.addWidget(self.detail_screen)
        self.stack.addWidget(self.settings_screen)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(15_000)
        self._connect_signals()
        self._clock_timer.start()
        self._update_clock()

    def _connect_signals(self) -> None:
        # lane screen -> wizard
        self.lane_screen.new_vehicle_requested.connect(
            lambda: self.start_intake(Channel.DRIVE_THRU)
        )
        self.lane_screen.new_walk_in_requested.connect(lambda: self.start_intake(Channel.LOKET))
        # wizard -> lane screen
        self.wizard.registered.connect(lambda _result: self.lane_screen.refresh())
        self.wizard.closed.connect(self.show_lane)
        # lane screen <-> a visit's details
        self.lane_screen.details_requested.connect(self.show_details)
        self.detail_screen.closed.connect(self.show_lane)
        # lane screen <-> printer settings
        self.lane_screen.settings_requested.connect(self.show_settings)
        self.settings_screen.closed.connect(self.show_lane)
        # header clock and printer
        self._clock_timer.timeout.connect(self._update_clock)
        self.bridge.status_changed.connect(self.show_printer_status)

    def start_intake(self, channel: Channel) -> None:
        self.wizard.start(channel)
        self.stack.setCurrentWidget(self.wizard)

    def show_details(self, visit_id: int) -> None:
        self.detail_screen.show_visit(visit_id)
        self.stack.setCurrentWidget(self.detail_screen)

    def show_settings(self) -> None:
        self.settings_screen.load()
        self.stack.setCurrentWidget(self.settings_screen)

    def show_lane(self) -> None:
        self.lane_screen.refresh()
        self.stack.setCurrentWidget(self.lane_screen)

    def show_printer_status(self, status: PrinterStatus, waiting: int) -> None:
        """The printer indicator: ready / paused / offline / unknown, and jobs waiting."""
        words = {
            PrinterState.READY: self.tr("Printer siap"),
            PrinterState.PAUSED: self.tr("Printer dijeda"),
            PrinterState.OFFLINE: self.tr("Printer offline"),
            PrinterState.UNKNOWN: self.tr("Printer: status tidak diketahui"),
        }
        text = words[status.state]
        if waiting:
            text += " · " + self.tr("%n dokumen menunggu", "", waiting)
        self.printer_label.setText(text)
        self.printer_label.setToolTip(status.message)
        set_style_property(self.printer_label, "state", status.state.value)

    def _update_clock(self) -> None:
        now = to_local(utc_now())
        self.clock_label.setText(f"{format_short_date(now.date())} · {format_time(now)}")
