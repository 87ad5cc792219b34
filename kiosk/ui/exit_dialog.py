"""Leaving kiosk mode: only a supervisor's or an admin's PIN closes the full-screen window."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.officers import MAX_FAILED_LOGINS, Officer, Permission
from kiosk.services import Kiosk
from kiosk.ui.i18n import error_text
from kiosk.ui.login_screen import officer_subtitle
from kiosk.ui.metrics import touch_px
from kiosk.ui.officer_form import pin_field
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.styling import role_label
from kiosk.ui.widgets.tiles import TileGrid

log = logging.getLogger(__name__)


class ExitKioskDialog(QDialog):
    """A supervisor or admin taps their name and types their PIN; "Keluar" then closes.

    Wrong PINs are audited; after as many as a login allows the dialog gives up.

    Attributes:
        officer: who allowed the exit, once the dialog is accepted.
    """

    REFUSED_ACTION = "exit_kiosk_refused"  # the audit entry of a wrong PIN

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._failures = 0
        self._officers: dict[str, Officer] = {}
        self.officer: Officer | None = None
        self.setWindowTitle(self.tr("Keluar dari mode kiosk"))
        self.setObjectName("exitKioskDialog")

        self.heading = heading = role_label(self.tr("Keluar dari mode kiosk"), "heading")
        hint = role_label(
            self.tr("Hanya supervisor atau admin: ketuk nama Anda dan ketik PIN."), "hint"
        )
        self.tiles = TileGrid(multi_select=False, columns=1)
        self.pin_field = pin_field(self.tr("PIN"))
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.pin_field.line_edit)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setProperty("role", "secondary")
        self.exit_button = QPushButton(self.tr("Keluar"))
        self.exit_button.setProperty("role", "danger")
        for button in (self.cancel_button, self.exit_button):
            button.setMinimumHeight(touch_px(self))
            button.setMinimumWidth(touch_px(self, 35))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)

        right = QVBoxLayout()
        right.addWidget(self.pin_field)
        right.addWidget(self.keypad)
        body = QHBoxLayout()
        body.setSpacing(touch_px(self, 5))
        body.addWidget(self.tiles, 1)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        # ask() gives the dialog its size; a layout setting the window's minimum size as well
        # only makes some platforms (offscreen) warn
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.exit_button.clicked.connect(self.check)
        self.pin_field.line_edit.returnPressed.connect(self.check)
        self.tiles.selection_changed.connect(lambda _keys: self.pin_field.set_text(""))
        self.pin_field.text_changed.connect(lambda _text: self.pin_field.set_error(None))
        self._load()

    @classmethod
    def ask(
        cls,
        kiosk: Kiosk,
        parent: QWidget,
        on_done: Callable[[Officer | None], None],
    ) -> ExitKioskDialog:
        """Open the dialog (window-modal, without blocking); ``on_done`` hears who allowed the
        exit, or None. Returns the dialog, for the tests to drive."""
        dialog = cls(kiosk, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        accepted = QDialog.DialogCode.Accepted.value
        dialog.finished.connect(
            lambda result: on_done(dialog.officer if result == accepted else None)
        )
        # at least the room its parts need (longer words in another language)
        size = QSize(touch_px(parent, 230), touch_px(parent, 160))
        dialog.resize(size.expandedTo(dialog.minimumSizeHint()))
        dialog.open()
        return dialog

    def _load(self) -> None:
        try:
            officers = [o for o in self._kiosk.officers.active() if o.can(Permission.UNLOCK)]
        except Exception:  # a database failure: nobody can be checked, the dialog says so
            log.exception("officers not loaded")
            officers = []
        self._officers = {str(o.id): o for o in officers}
        self.tiles.set_items([(k, o.name, officer_subtitle(o)) for k, o in self._officers.items()])
        self.tiles.fit_width_to_tiles()  # beside a keypad whose keys grow with their words
        if len(officers) == 1:
            self.tiles.set_selected([str(officers[0].id)])
        if not officers:
            self.pin_field.set_error(self.tr("Belum ada supervisor atau admin."))

    def select(self, officer_id: int) -> None:
        """Tap the tile of ``officer_id`` (for the tests)."""
        self.tiles.tile(str(officer_id)).click()

    def check(self) -> None:
        """Accept with a supervisor's or admin's right PIN; audit a wrong one."""
        keys = self.tiles.selected_keys()
        officer = self._officers.get(keys[0]) if keys else None
        if officer is None:
            self.pin_field.set_error(self.tr("Ketuk nama Anda terlebih dahulu."))
            return
        pin = self.pin_field.text()
        self.pin_field.set_text("")
        try:
            allowed = officer.can(Permission.UNLOCK) and self._kiosk.officers.check_pin(
                officer, pin
            )
        except Exception as err:  # a database failure must not close the lane window
            log.exception("PIN not checked")
            self.pin_field.set_error(self.tr("Gagal: %1").replace("%1", error_text(err)))
            return
        if allowed:
            self.officer = officer
            self.accept()
            return
        self._failures += 1
        self._record(officer, f"PIN salah ({self._failures}×)")
        if self._failures >= MAX_FAILED_LOGINS:
            self.reject()
            return
        self.pin_field.set_error(
            self.tr("PIN salah. Sisa %1 percobaan.").replace(
                "%1", str(MAX_FAILED_LOGINS - self._failures)
            )
        )

    def _record(self, officer: Officer, detail: str) -> None:
        try:
            self._kiosk.audit.record(officer, self.REFUSED_ACTION, officer.name, detail)
        except Exception:
            log.exception("refused kiosk exit not recorded")


class UnlockOfficerDialog(ExitKioskDialog):
    """A supervisor's or admin's PIN to lift an officer's lockout (five wrong PINs), at the
    login screen; the same checks and audit as leaving kiosk mode."""

    REFUSED_ACTION = "unlock_refused"

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None) -> None:
        super().__init__(kiosk, parent)
        self.setWindowTitle(self.tr("Buka kunci petugas"))
        self.heading.setText(self.tr("Buka kunci petugas"))
        self.exit_button.setText(self.tr("Buka Kunci"))
        self.exit_button.setProperty("role", "primary")
