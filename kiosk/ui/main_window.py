"""The main window: a header, and below it the login, the lane board, the intake wizard…"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import format_short_date, format_time, to_local, utc_now
from kiosk.domain.messages import CONTEXT
from kiosk.domain.officers import DEMO_OFFICER, Officer, Permission
from kiosk.domain.visit import Channel
from kiosk.printing.backends import PrinterState, PrinterStatus
from kiosk.services import Kiosk
from kiosk.ui.allocator import use_one_malloc_arena
from kiosk.ui.collector import collect_in_gui_thread
from kiosk.ui.exit_dialog import ExitKioskDialog
from kiosk.ui.i18n import apply_language, current_language, message_text, word_text
from kiosk.ui.intake import IntakeWizard
from kiosk.ui.lane_screen import LaneScreen
from kiosk.ui.login_screen import FirstRunScreen, LoginScreen
from kiosk.ui.metrics import touch_px
from kiosk.ui.print_bridge import PrintBridge
from kiosk.ui.reports_screen import ReportsScreen
from kiosk.ui.session import IDLE_LOCK_MINUTES, Session
from kiosk.ui.settings_screen import SettingsScreen
from kiosk.ui.survey_screen import SurveyScreen, survey_subject
from kiosk.ui.visit_detail import VisitDetailScreen
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.fitting import ElidedLabel
from kiosk.ui.widgets.styling import set_style_property
from kiosk.ui.widgets.taps import install_tap_guard

log = logging.getLogger(__name__)

# the screens built on first use (and built again in another language)
LAZY_SCREENS = (
    "_wizard",
    "_detail_screen",
    "_login_screen",
    "_first_run_screen",
    "_settings_screen",
    "_survey_screen",
    "_reports_screen",
)

# Kiosk mode: a frameless window above the others, without minimise or close buttons.
KIOSK_FLAGS = (
    Qt.WindowType.Window
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
)


class MainWindow(QMainWindow):
    """The kiosk's one window, acting as the officer logged into its :class:`Session`.

    Without ``demo`` it opens on the login screen (or, with no officer yet, on the first-run
    screen that creates the first admin); with ``demo`` it acts as the demo officer, whom the
    audit log marks. With ``kiosk_mode`` (``--fullscreen``) the window cannot be closed,
    minimised or left without a supervisor's or an admin's PIN.
    """

    def __init__(
        self,
        kiosk: Kiosk,
        *,
        demo: bool = False,
        kiosk_mode: bool = False,
        idle_lock_minutes: float = IDLE_LOCK_MINUTES,
    ) -> None:
        super().__init__()
        self._kiosk = kiosk
        self.kiosk_mode = kiosk_mode
        self._exit_allowed = False
        self.exit_dialog: ExitKioskDialog | None = None
        self._officer: Officer | None = None
        # where a locked or switched-away officer was (their id, the screen), to go back there
        self._left: tuple[int | None, QWidget] | None = None
        office = kiosk.settings.office
        self.setWindowTitle(f"{office.lane_name} · {office.kecamatan.title()}")
        if kiosk_mode:
            self.setWindowFlags(KIOSK_FLAGS)

        self.session = Session(kiosk, idle_lock_minutes=idle_lock_minutes, parent=self)
        install_tap_guard()  # one tap, one action, on every screen
        # the print thread must never free widgets' wrappers: the GUI thread collects garbage
        collect_in_gui_thread(self)
        use_one_malloc_arena()  # a long day's memory does not fragment over threads' arenas

        # the office's names and the officer's: data of any length, shortened with "…" (whole
        # in the tooltip) rather than pushing the printer, clock and "Ganti Petugas" away
        self.office_label = ElidedLabel(f"{office.lane_name} · {office.kecamatan.title()}")
        self.office_label.setProperty("role", "header-title")
        self.station_label = ElidedLabel(kiosk.settings.station.name)
        self.station_label.setProperty("role", "header-detail")
        self.switch_button = QPushButton(self.tr("Ganti Petugas"))
        self.switch_button.setProperty("role", "header-button")
        self.switch_button.setMinimumHeight(touch_px(self))
        self.switch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch_button.hide()
        self.printer_label = QLabel(self.tr("Printer …"))
        self.printer_label.setProperty("role", "printer-status")
        self.clock_label = QLabel()
        self.clock_label.setProperty("role", "header-detail")
        header = self.header = QWidget()
        header.setObjectName("header")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.office_label)
        titles.addWidget(self.station_label)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 6, 24, 6)
        header_layout.setSpacing(14)
        header_layout.addLayout(titles, 1)
        center = Qt.AlignmentFlag.AlignVCenter
        header_layout.addWidget(self.printer_label, 0, center)
        header_layout.addWidget(self.clock_label, 0, center)
        header_layout.addWidget(self.switch_button, 0, center)

        self.bridge = PrintBridge(kiosk.print_queue, self)
        self.lane_screen = LaneScreen(kiosk, self.session, self.bridge)
        # built on first use: start-up shows the board (or the login) sooner
        self._wizard: IntakeWizard | None = None
        self._detail_screen: VisitDetailScreen | None = None
        self._login_screen: LoginScreen | None = None
        self._first_run_screen: FirstRunScreen | None = None
        self._settings_screen: SettingsScreen | None = None
        self._survey_screen: SurveyScreen | None = None
        self._reports_screen: ReportsScreen | None = None
        self._survey_visit: int | None = None
        self._setting_up = False
        self._printer_status: tuple[PrinterStatus, int] | None = None
        self._language = current_language()
        self.stack = QStackedWidget()
        for screen in (
            self.lane_screen,
        ):
            self.stack.addWidget(screen)

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
        if demo:
            self.session.log_in(DEMO_OFFICER)
        else:
            self.show_login()

    def _connect_signals(self) -> None:
        # who is at the lane
        self.session.changed.connect(self._on_officer_changed)
        self.session.locked.connect(self._on_locked)
        self.switch_button.clicked.connect(self.session.log_out)
        self._connect_lane_screen()
        self.stack.currentChanged.connect(self._on_screen_changed)
        # header clock and printer
        self._clock_timer.timeout.connect(self._update_clock)
        self.bridge.status_changed.connect(self.show_printer_status)

    def _connect_lane_screen(self) -> None:
        # lane screen -> wizard
        self.lane_screen.new_vehicle_requested.connect(
            lambda: self.start_intake(Channel.DRIVE_THRU)
        )
        self.lane_screen.new_walk_in_requested.connect(lambda: self.start_intake(Channel.LOKET))
        # lane screen <-> a visit's details
        self.lane_screen.details_requested.connect(self.show_details)
        # lane screen <-> settings
        self.lane_screen.settings_requested.connect(self.show_settings)
        # lane screen -> the resident's survey; no officer (header) on it
        self.lane_screen.survey_requested.connect(self.show_survey)
        # lane screen <-> reports
        self.lane_screen.reports_requested.connect(self.show_reports)

    def prepare_screens(self) -> None:
        """Build the screens the board leads to, after the board is on screen (start-up shows
        the board first; the first "Kendaraan Baru" then opens at once)."""
        _ = self.wizard, self.detail_screen

    @property
    def wizard(self) -> IntakeWizard:
        if self._wizard is None:
            self._wizard = IntakeWizard(self._kiosk, self.session, self.bridge)
            self.stack.addWidget(self._wizard)
            self._wizard.registered.connect(lambda _result: self.lane_screen.refresh())
            self._wizard.closed.connect(self.show_lane)
        return self._wizard

    @property
    def detail_screen(self) -> VisitDetailScreen:
        if self._detail_screen is None:
            self._detail_screen = VisitDetailScreen(self._kiosk, self.session, self.bridge)
            self.stack.addWidget(self._detail_screen)
            self._detail_screen.closed.connect(self.show_lane)
            self._detail_screen.survey_requested.connect(self.show_survey)
        return self._detail_screen

    @property
    def login_screen(self) -> LoginScreen:
        if self._login_screen is None:
            self._login_screen = LoginScreen(self._kiosk, self.session, kiosk_mode=self.kiosk_mode)
            self.stack.addWidget(self._login_screen)
            self._login_screen.exit_requested.connect(self.close)
        return self._login_screen

    @property
    def first_run_screen(self) -> FirstRunScreen:
        if self._first_run_screen is None:
            self._first_run_screen = FirstRunScreen(self._kiosk, self.session)
            self.stack.addWidget(self._first_run_screen)
        return self._first_run_screen

    @property
    def settings_screen(self) -> SettingsScreen:
        if self._settings_screen is None:
            self._settings_screen = SettingsScreen(self._kiosk, self.session)
            self.stack.addWidget(self._settings_screen)
            self._settings_screen.closed.connect(self.show_lane)
            self._settings_screen.office_saved.connect(self._on_office_saved)
        return self._settings_screen

    @property
    def survey_screen(self) -> SurveyScreen:
        if self._survey_screen is None:
            self._survey_screen = SurveyScreen(self._kiosk)
            self.stack.addWidget(self._survey_screen)
            self._survey_screen.finished.connect(self._on_survey_finished)
        return self._survey_screen

    @property
    def reports_screen(self) -> ReportsScreen:
        if self._reports_screen is None:
            self._reports_screen = ReportsScreen(self._kiosk, self.session)
            self.stack.addWidget(self._reports_screen)
            self._reports_screen.closed.connect(self.show_lane)
        return self._reports_screen

    # --- who ----------------------------------------------------------------------------------

    def show_login(self, selected: int | None = None, notice: str = "") -> None:
        """The login screen, or the first-run screen while nobody can log in."""
        try:
            first_run = not self._kiosk.officers.has_officers()
        except Exception:  # the login screen says that the officers cannot be read
            log.exception("officers not checked")
            first_run = False
        if first_run:
            self._setting_up = True  # once the first admin is in: the office's set-up
            self.first_run_screen.load()
            self.stack.setCurrentWidget(self.first_run_screen)
        else:
            self.login_screen.load(selected, notice)
            self.stack.setCurrentWidget(self.login_screen)

    def _on_officer_changed(self, officer: Officer | None) -> None:
        previous, self._officer = self._officer, officer
        self._show_officer(officer)
        if officer is None:
            current = self.stack.currentWidget()
            entry = (self._login_screen, self._first_run_screen)
            if previous is not None and current not in entry:
                self._left = (previous.id, current)
            self.show_login()
            return
        left, self._left = self._left, None
        setting_up, self._setting_up = self._setting_up, False
        # the office's set-up for the first admin; a first officer made another way (on the
        # command line, by another lane) who may not change settings goes to the board
        if setting_up and officer.can(Permission.SETTINGS):
            self.show_settings(SettingsScreen.OFFICE)
            self.settings_screen.office_page.show_first_run()
        elif left is not None and left[0] == officer.id:
            self._resume(left[1])
        else:
            self.show_lane()

    def _on_locked(self) -> None:
        """The idle lock: the same officer's tile is chosen, the PIN is all they need."""
        minutes = f"{self.session.idle_lock_minutes():g}"
        self.show_login(
            selected=self._left[0] if self._left else None,
            notice=self.tr("Layar dikunci: tidak ada aktivitas %1 menit. Masukkan PIN lagi.")
            .replace("%1", minutes),
        )

    def _resume(self, screen: QWidget) -> None:
        """Back where the same officer was; a visit's details reload (full NIKs hidden)."""
        if screen is self._detail_screen and self.detail_screen.visit is not None:
            self.show_details(self.detail_screen.visit.visit_id)
        elif screen is not None and screen is self._settings_screen:
            self.show_settings()
        elif screen is not None and screen is self._reports_screen:
            self.show_reports()
        elif screen is not None and screen is self._wizard:
            self.stack.setCurrentWidget(self.wizard)
        else:
            self.show_lane()

    def _show_officer(self, officer: Officer | None) -> None:
        """The header: "Jalur 1 · Sari (Admin)", and "Ganti Petugas" for a real officer."""
        station = self._kiosk.settings.station.name
        if officer is None:
            self.station_label.setText(station)
        else:
            # the demo officer's name has its own brackets: "Demo (tanpa login) · Supervisor"
            text = self.tr("%1 · %2 · %3") if officer.demo else self.tr("%1 · %2 (%3)")
            name = officer.name
            if officer.demo:  # its name is a marked message (DEMO_OFFICER_NAME)
                name = QCoreApplication.translate(CONTEXT, name)
            self.station_label.setText(
                text.replace("%1", station)
                .replace("%2", name)
                .replace("%3", word_text(officer.role))
            )
        self.switch_button.setVisible(officer is not None and not officer.demo)

    # --- screens ------------------------------------------------------------------------------

    def start_intake(self, channel: Channel) -> None:
        self.wizard.start(channel)
        self.stack.setCurrentWidget(self.wizard)

    def show_details(self, visit_id: int) -> None:
        self.detail_screen.open_visit(visit_id)
        self.stack.setCurrentWidget(self.detail_screen)

    def show_settings(self, tab: str | None = None) -> None:
        self.settings_screen.load(tab or SettingsScreen.OFFICE)
        self.stack.setCurrentWidget(self.settings_screen)

    def show_reports(self) -> None:
        self.reports_screen.load()
        self.stack.setCurrentWidget(self.reports_screen)

    def show_survey(self, visit_id: int) -> None:
        """Turn the screen to the resident: the survey for the visit's handed-over service."""
        visit = self._kiosk.lane.visit(visit_id)
        subject = survey_subject(visit) if visit is not None else None
        if subject is None:
            self.show_lane()
            return
        self._survey_visit = visit_id
        self.survey_screen.start(*subject)
        self.stack.setCurrentWidget(self.survey_screen)

    def _on_survey_finished(self, _stored: bool) -> None:
        if self._survey_visit is not None:
            self.lane_screen.survey_done(self._survey_visit)
        self._survey_visit = None
        if self.stack.currentWidget() is self._survey_screen:  # not after a lock, say
            self.show_lane()

    def _on_screen_changed(self, _index: int) -> None:
        # the resident sees no officer's name and cannot tap "Ganti Petugas"
        on_survey = (
            self._survey_screen is not None and self.stack.currentWidget() is self._survey_screen
        )
        self.header.setVisible(not on_survey)

    def show_lane(self) -> None:
        self.lane_screen.refresh()
        self.stack.setCurrentWidget(self.lane_screen)

    def show_printer_status(self, status: PrinterStatus, waiting: int) -> None:
        """The printer indicator: ready / paused / offline / unknown, and jobs waiting."""
        self._printer_status = (status, waiting)
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
        self.printer_label.setToolTip(message_text(status.message))
        set_style_property(self.printer_label, "state", status.state.value)

    def _update_clock(self) -> None:
        now = to_local(utc_now())
        day = format_short_date(now.date(), current_language())
        self.clock_label.setText(f"{day} · {format_time(now, current_language())}")

    # --- kiosk mode ---------------------------------------------------------------------------

    def allow_exit(self) -> None:
        """Let the window close without a PIN: for the application itself quitting (a
        screenshot taken, the start-up probe), never for an officer's request."""
        self._exit_allowed = True

    def ask_exit(self) -> ExitKioskDialog | None:
        """Kiosk mode: ask for a supervisor's or an admin's PIN before closing (one dialog)."""
        if self.exit_dialog is None:
            self.exit_dialog = ExitKioskDialog.ask(self._kiosk, self, self._on_exit_answered)
        return self.exit_dialog

    def _on_exit_answered(self, officer: Officer | None) -> None:
        self.exit_dialog = None
        if officer is None:
            return
        try:
            self._kiosk.audit.record(officer, "exit_kiosk", self._kiosk.settings.station.name)
        except Exception:  # the supervisor is there: a failed audit write must not trap them
            log.exception("kiosk exit not recorded")
        self.allow_exit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.kiosk_mode and not self._exit_allowed:
            event.ignore()
            self.ask_exit()
            return
        self.session.idle_timer.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc and Alt+F4 that reach the window do nothing in kiosk mode (Alt+F4 handled by the
        # window system arrives as a close event, which asks for the PIN).
        if self.kiosk_mode and (
            event.key() == Qt.Key.Key_Escape
            or (
                event.key() == Qt.Key.Key_F4
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
        ):
            event.accept()
            if event.key() == Qt.Key.Key_F4:
                self.ask_exit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Kiosk mode: a minimised window comes straight back, full screen.
        if (
            self.kiosk_mode
            and not self._exit_allowed
            and event.type() == QEvent.Type.WindowStateChange
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self.showFullScreen)
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self._language = current_language()
            self._rebuild_screens()
        super().changeEvent(event)

    # --- language -----------------------------------------------------------------------------

    def _rebuild_screens(self) -> None:
        """Another language: every screen is built again in it. The officer stays logged in
        and comes back to the same kind of screen (a half-typed intake is dropped: the language
        is changed on the settings screen, not in the middle of a visit)."""
        current = self.stack.currentWidget()
        on_settings = current is not None and current is self._settings_screen
        tab = self._settings_screen.current_tab() if on_settings else None
        for name in LAZY_SCREENS:
            screen = getattr(self, name)
            if screen is not None:
                setattr(self, name, None)
                self.stack.removeWidget(screen)
                dispose(screen)
        old = self.lane_screen
        self.lane_screen = LaneScreen(self._kiosk, self.session, self.bridge)
        self.stack.insertWidget(0, self.lane_screen)
        self.stack.removeWidget(old)
        dispose(old)
        self._connect_lane_screen()
        self.switch_button.setText(self.tr("Ganti Petugas"))
        self._show_officer(self._officer)
        if self._printer_status is not None:
            self.show_printer_status(*self._printer_status)
        else:
            self.printer_label.setText(self.tr("Printer …"))
        self._update_clock()
        self._left = None
        if self._officer is None:
            self.show_login()
        elif tab is not None:
            self.show_settings(tab)
        else:
            self.show_lane()

    def _on_office_saved(self, settings) -> None:
        office = settings.office
        self.setWindowTitle(f"{office.lane_name} · {office.kecamatan.title()}")
        self.office_label.setText(f"{office.lane_name} · {office.kecamatan.title()}")
        self._show_officer(self._officer)
        if settings.language != current_language() and apply_language(settings.language):
            # at once (Qt's LanguageChange event is only posted; it finds nothing left to do)
            self._language = current_language()
            self._rebuild_screens()
