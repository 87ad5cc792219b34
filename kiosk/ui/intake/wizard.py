"""The intake wizard: the pages, the step bar, and the Back / Next buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import DomainError
from kiosk.domain.visit import Channel, VisitInvalid
from kiosk.services import DatabaseUnavailable, Kiosk, StoreError
from kiosk.services.print_jobs import PrintOutcome
from kiosk.ui.i18n import error_text, message_text
from kiosk.ui.intake.pages import (
    ApplicantPage,
    ConfirmPage,
    DonePage,
    RequirementsPage,
    ServicePage,
)
from kiosk.ui.intake.presenter import IntakePresenter
from kiosk.ui.metrics import touch_px
from kiosk.ui.print_bridge import PrintBridge
from kiosk.ui.session import Session
from kiosk.ui.widgets.styling import set_style_property

log = logging.getLogger(__name__)


class IntakeWizard(QWidget):
    """Takes one visit from the service tiles to a stored visit and a printed slip.

    Signals:
        registered(object): a visit was stored (the :class:`Registered` result).
        closed(): the officer left the wizard (cancelled, or finished after the slip).
    """

    registered = Signal(object)
    closed = Signal()

    # while the database server cannot be reached, storing is tried again this often
    RETRY_MS = 5_000

    def __init__(
        self, kiosk: Kiosk, session: Session, bridge: PrintBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = IntakePresenter(kiosk, session.current)
        self._bridge = bridge
        self.setObjectName("intakeWizard")

        self.service_page = ServicePage(self.presenter)
        self.applicant_page = ApplicantPage(self.presenter)
        self.requirements_page = RequirementsPage(self.presenter)
        self.confirm_page = ConfirmPage(self.presenter)
        self.done_page = DonePage()
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(self.RETRY_MS)
        self.pages = QStackedWidget()
        for page in (
            self.service_page,
            self.applicant_page,
            self.requirements_page,
            self.confirm_page,
            self.done_page,
        ):
            self.pages.addWidget(page)

        self.channel_label = QLabel()
        self.channel_label.setProperty("role", "channel")
        self.channel_label.setWordWrap(True)  # two lines rather than cut, where words are long
        self.step_labels = [
            QLabel(text)
            for text in (
                self.tr("1 Layanan"),
                self.tr("2 Pemohon"),
                self.tr("3 Persyaratan"),
                self.tr("4 Konfirmasi"),
            )
        ]
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setProperty("role", "secondary")
        self.back_button = QPushButton(self.tr("‹ Kembali"))
        self.back_button.setProperty("role", "secondary")
        self.next_button = QPushButton(self.tr("Lanjut ›"))
        self.next_button.setProperty("role", "primary")
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setMinimumHeight(touch_px(self))
            button.setMinimumWidth(touch_px(self, 40))

        steps = QHBoxLayout()
        steps.setSpacing(touch_px(self, 2))
        steps.addWidget(self.channel_label)
        for label in self.step_labels:
            label.setProperty("role", "step")
            label.setWordWrap(True)
            steps.addWidget(label)
        steps.addStretch(1)
        steps.addWidget(self.cancel_button)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        self._connect_signals()

    def _connect_signals(self) -> None:
        # navigation
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button.clicked.connect(self.closed)
        self.cancel_button.clicked.connect(self.retry_timer.stop)
        self.back_button.clicked.connect(self.retry_timer.stop)
        self.retry_timer.timeout.connect(self._retry_confirm)
        # pages
        self.service_page.chosen.connect(self._on_service_chosen)
        self.confirm_page.add_applicant.connect(self._add_applicant)
        self.confirm_page.edit_last.connect(self._edit_last)
        self.done_page.reprint.connect(self._print)
        # the print worker's outcomes
        self._bridge.printed.connect(self._on_printed)

    # --- entering -----------------------------------------------------------------------------

    def start(self, channel: Channel) -> None:
        """Begin a new visit on ``channel``."""
        self.presenter.start(channel)
        if channel is Channel.DRIVE_THRU:
            self.channel_label.setText(self.tr("Jalur Drive-Thru"))
        else:
            self.channel_label.setText(self.tr("Loket"))
        self._show(self.service_page)

    # --- moving between pages -----------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _show(self, page: QWidget) -> None:
        if hasattr(page, "load"):
            page.load()
        self.pages.setCurrentWidget(page)
        index = self.pages.indexOf(page)
        for step, label in enumerate(self.step_labels):
            state = "current" if step == index else ("done" if step < index else "todo")
            set_style_property(label, "state", state)
        done = page is self.done_page
        self.back_button.setVisible(page is not self.service_page and not done)
        self.cancel_button.setVisible(not done)
        self.next_button.setVisible(page is not self.service_page)
        if page is self.confirm_page:
            self.next_button.setText(self.tr("Simpan && Cetak Slip"))
        elif done:
            self.next_button.setText(self.tr("Selesai"))
        else:
            self.next_button.setText(self.tr("Lanjut ›"))
        self.next_button.setEnabled(True)

    def go_next(self) -> None:
        """The primary button: check the current page and move on."""
        page = self.current_page()
        if page is self.applicant_page:
            if self.applicant_page.check():
                self._show(self.requirements_page)
        elif page is self.requirements_page:
            self.presenter.finish_applicant()
            self._show(self.confirm_page)
        elif page is self.confirm_page:
            self._confirm()
        elif page is self.done_page:
            self.closed.emit()

    def go_back(self) -> None:
        page = self.current_page()
        if page is self.applicant_page:
            self.applicant_page.store()
            self._show(self.service_page)
        elif page is self.requirements_page:
            self._show(self.applicant_page)
        elif page is self.confirm_page:
            self._edit_last()

    def _on_service_chosen(self, code: str) -> None:
        self.presenter.choose_service(code)
        self._show(self.applicant_page)

    def _add_applicant(self) -> None:
        self._show(self.service_page)

    def _edit_last(self) -> None:
        self.presenter.edit_last_applicant()
        self._show(self.requirements_page)

    # --- storing and printing -----------------------------------------------------------------

    def _confirm(self) -> None:
        # One tap stores one visit: the button is off until the result is shown, and the
        # presenter refuses to register the same intake twice.
        self.retry_timer.stop()
        self.next_button.setEnabled(False)
        try:
            result = self.presenter.confirm()
        except DatabaseUnavailable as err:
            # the shared server is away: everything typed stays on screen, and the same visit
            # (same token) is stored by the retry or by the officer's next tap, never twice
            self.confirm_page.show_error(
                error_text(err) + " " + self.tr("Mencoba menyimpan lagi setiap %n detik…", "", 5)
            )
            self.next_button.setEnabled(True)
            self.retry_timer.start()
            return
        except VisitInvalid as err:
            self.confirm_page.show_error(error_text(err))
            self.next_button.setEnabled(True)
            return
        except (StoreError, DomainError) as err:
            self.confirm_page.show_error(error_text(err))
            self.next_button.setEnabled(True)
            return
        except Exception as err:  # a database failure must not lose what was typed
            log.exception("registration failed")
            self.confirm_page.show_error(
                self.tr("Gagal menyimpan: %1. Data yang diketik masih ada; coba lagi.").replace(
                    "%1", error_text(err)
                )
            )
            self.next_button.setEnabled(True)
            return
        self.registered.emit(result)
        self._show(self.done_page)
        self.done_page.show_registered(
            result.number, result.cars_ahead, self.presenter.channel, result.warnings
        )
        self._print()

    def _retry_confirm(self) -> None:
        if self.current_page() is self.confirm_page and self.presenter.registered is None:
            self._confirm()

    def _print(self) -> None:
        """Hand the slip to the print worker; the window never waits for a printer."""
        registered = self.presenter.registered
        assert registered is not None
        self.done_page.show_printing()
        self._bridge.dispatch(registered.slip_job_id)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        registered = self.presenter.registered
        if registered is not None and outcome.job_id == registered.slip_job_id:
            self.done_page.show_print_result(
                outcome.ok, message_text(outcome.error), outcome.waiting
            )
