"""The login screen: the officer taps their name and types their PIN; and the first run."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.errors import DomainError
from kiosk.domain.officers import Officer, Role
from kiosk.services import Kiosk
from kiosk.ui.i18n import error_text, word_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.officer_form import OfficerForm, pin_field
from kiosk.ui.session import Session
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.styling import role_label
from kiosk.ui.widgets.tiles import TileGrid

if TYPE_CHECKING:
    from kiosk.ui.exit_dialog import UnlockOfficerDialog

log = logging.getLogger(__name__)


def officer_subtitle(officer: Officer) -> str:
    """``Admin · NIP 19870102…``: what a name tile shows under the name."""
    role = word_text(officer.role)
    return f"{role} · NIP {officer.nip}" if officer.nip else role


class LoginScreen(QWidget):
    """Name tiles of the active officers, a masked PIN field with the keypad, and "Masuk".

    A right PIN logs the officer into the session; a refusal (wrong PIN with the attempts left,
    locked until a time, inactive) shows under the PIN field.

    Signals:
        exit_requested(): "Tutup Aplikasi" (kiosk mode only): a supervisor's PIN closes the app.
    """

    exit_requested = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        session: Session,
        *,
        kiosk_mode: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._officers: dict[str, Officer] = {}
        self.setObjectName("loginScreen")

        self.heading = role_label(self.tr("Masuk"), "heading")
        self.hint = role_label(self.tr("Ketuk nama Anda, lalu ketik PIN."), "hint")
        self.notice = role_label("", "warning")
        self.notice.hide()
        self.tiles = TileGrid(multi_select=False, columns=2)
        self.pin_field = pin_field(self.tr("PIN"))
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.pin_field.line_edit)
        self.login_button = QPushButton(self.tr("Masuk"))
        self.login_button.setProperty("role", "primary")
        self.login_button.setObjectName("bigAction")
        self.login_button.setMinimumHeight(touch_px(self, 18))
        self.login_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button = QPushButton(self.tr("Buka Kunci (Supervisor)"))
        self.unlock_button.setProperty("role", "secondary")
        self.unlock_button.setMinimumHeight(touch_px(self))
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button.hide()  # only for a locked officer
        self.unlock_dialog: UnlockOfficerDialog | None = None
        self.exit_button = QPushButton(self.tr("Tutup Aplikasi"))
        self.exit_button.setProperty("role", "secondary")
        self.exit_button.setMinimumHeight(touch_px(self))
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if not kiosk_mode:
            self.exit_button.hide()

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.heading)
        left.addWidget(self.hint)
        left.addWidget(self.notice)
        left.addWidget(self.tiles, 1)
        left.addWidget(self.exit_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.setSpacing(touch_px(self, 2))
        right.addStretch(1)
        right.addWidget(self.pin_field)
        right.addWidget(self.keypad)
        right.addWidget(self.login_button)
        right.addWidget(self.unlock_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(touch_px(self, 8))
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.tiles.selection_changed.connect(self._on_officer_chosen)
        self.login_button.clicked.connect(self.log_in)
        self.pin_field.line_edit.returnPressed.connect(self.log_in)
        self.pin_field.text_changed.connect(lambda _text: self.pin_field.set_error(None))
        self.exit_button.clicked.connect(self.exit_requested)
        self.unlock_button.clicked.connect(self.ask_unlock)

    def load(self, selected: int | None = None, notice: str = "") -> None:
        """Show the active officers (``selected`` chosen, or the only one), an empty PIN."""
        try:
            officers = self._kiosk.officers.active()
        except Exception as err:  # a database failure must not close the lane window
            log.exception("officers not loaded")
            officers = []
            notice = self.tr("Daftar petugas tidak dapat dibaca: %1").replace("%1", error_text(err))
        self._officers = {str(o.id): o for o in officers}
        self.tiles.set_items([(k, o.name, officer_subtitle(o)) for k, o in self._officers.items()])
        if len(officers) == 1:
            selected = officers[0].id
        if selected is not None and str(selected) in self._officers:
            self.tiles.set_selected([str(selected)])
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.pin_field.set_text("")
        self.pin_field.set_error(None)
        self.pin_field.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def select(self, officer_id: int) -> None:
        """Tap the tile of ``officer_id`` (for the window and the tests)."""
        self.tiles.tile(str(officer_id)).click()

    def chosen(self) -> Officer | None:
        keys = self.tiles.selected_keys()
        return self._officers.get(keys[0]) if keys else None

    def _on_officer_chosen(self, _keys: list) -> None:
        self.unlock_button.hide()
        self.pin_field.set_text("")
        self.pin_field.set_error(None)
        self.pin_field.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def log_in(self) -> None:
        """Check the PIN through the use case; the session takes the officer on success."""
        officer = self.chosen()
        pin = self.pin_field.text()
        if officer is None:
            self.pin_field.set_error(self.tr("Ketuk nama Anda terlebih dahulu."))
            return
        if not pin:
            self.pin_field.set_error(self.tr("Ketik PIN Anda."))
            return
        assert officer.id is not None
        try:
            logged_in = self._kiosk.officers.login(officer.id, pin)
        except DomainError as err:
            self.pin_field.set_text("")
            self.pin_field.set_error(error_text(err))
            self.unlock_button.setVisible(getattr(err, "locked", False))
            return
        except Exception as err:  # a database failure must not close the lane window
            log.exception("login failed")
            self.pin_field.set_error(self.tr("Gagal: %1").replace("%1", error_text(err)))
            return
        self.pin_field.set_text("")
        self.notice.hide()
        self._session.log_in(logged_in)


    def ask_unlock(self) -> UnlockOfficerDialog | None:
        """A supervisor or admin lifts the chosen officer's lockout with their own PIN."""
        officer = self.chosen()
        if officer is None or officer.id is None or self.unlock_dialog is not None:
            return self.unlock_dialog
        from kiosk.ui.exit_dialog import UnlockOfficerDialog  # (it imports this module)

        self.unlock_dialog = UnlockOfficerDialog.ask(
            self._kiosk, self, lambda by: self._on_unlock_answered(officer, by)
        )
        return self.unlock_dialog

    def _on_unlock_answered(self, officer: Officer, supervisor: Officer | None) -> None:
        self.unlock_dialog = None
        if supervisor is None:
            return
        assert officer.id is not None
        try:
            self._kiosk.officers.unlock(supervisor, officer.id)
        except Exception as err:  # a refusal or a database failure: said under the PIN
            log.exception("officer not unlocked")
            self.pin_field.set_error(self.tr("Gagal: %1").replace("%1", error_text(err)))
            return
        self.unlock_button.hide()
        self.pin_field.set_error(None)
        self.notice.setText(
            self.tr("%1 membuka kunci %2. Ketik PIN lagi.")
            .replace("%1", supervisor.name)
            .replace("%2", officer.name)
        )
        self.notice.show()


class FirstRunScreen(QWidget):
    """The very first start: nobody can log in yet, so the first admin is made here.

    No default password exists anywhere: the admin chooses their own PIN, then is logged in.
    """

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self.setObjectName("firstRunScreen")

        self.heading = role_label(self.tr("Selamat datang: buat akun admin pertama"), "heading")
        self.hint = role_label(
            self.tr(
                "Belum ada petugas. Admin pertama memilih PIN-nya sendiri, lalu menambah "
                "petugas lain lewat ⚙ Pengaturan › Petugas."
            ),
            "hint",
        )
        self.form = OfficerForm(with_role=False)
        self.save_button = QPushButton(self.tr("Simpan && Masuk"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumHeight(touch_px(self))
        self.save_button.setMinimumWidth(touch_px(self, 50))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)

    def load(self) -> None:
        self.form.clear()

    def save(self) -> None:
        """Create the first admin through the use case and log them in."""
        new = self.form.value()
        if new is None:
            return
        try:
            officer = self._kiosk.officers.add(None, new.name, new.pin, Role.ADMIN, new.nip)
            assert officer.id is not None
            logged_in = self._kiosk.officers.login(officer.id, new.pin)
        except DomainError as err:
            self.form.show_refusal(err)
            return
        except Exception as err:  # a database failure must not close the lane window
            log.exception("first admin not created")
            self.form.show_message(self.tr("Gagal menyimpan: %1").replace("%1", error_text(err)))
            return
        self._session.log_in(logged_in)

