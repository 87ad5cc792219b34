"""Officer management (admin): the officers, "Tambah Petugas", activate and deactivate."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import DomainError
from kiosk.domain.officers import Officer, Permission
from kiosk.services import Kiosk
from kiosk.ui.i18n import error_text, word_text
from kiosk.ui.login_screen import officer_subtitle
from kiosk.ui.metrics import touch_px
from kiosk.ui.officer_form import OfficerForm
from kiosk.ui.session import Session
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property

log = logging.getLogger(__name__)


class OfficersPage(QWidget):
    """The officers who can log in, each with "Nonaktifkan"; "Tambah Petugas" opens the form.

    The use cases check the role (managing officers is an admin's); the page says so at once to
    anyone else. Officers deactivated here stay listed, with "Aktifkan", until the page reloads:
    the use cases list only active officers so far.
    """

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session

        self.message = role_label("", "hint")
        self.message.hide()
        self.add_button = QPushButton(self.tr("Tambah Petugas"))
        self.add_button.setProperty("role", "primary")

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(8)
        self.list_scroll = finger_scroll_area(self.rows_box)

        self.form = OfficerForm(with_role=True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setProperty("role", "secondary")
        self.save_button = QPushButton(self.tr("Simpan Petugas"))
        self.save_button.setProperty("role", "primary")
        for button in (self.add_button, self.cancel_button, self.save_button):
            button.setMinimumHeight(touch_px(self))
            button.setMinimumWidth(touch_px(self, 35))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.hide()  # (shown with the form; their places are in the top row)
        self.save_button.hide()
        self.form_view = self.form

        self.views = QStackedWidget()
        self.views.addWidget(self.list_scroll)
        self.views.addWidget(self.form_view)

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        for button in (self.add_button, self.cancel_button, self.save_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addStretch(0)  # takes the room while the list is hidden (a refusal)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.start_adding)
        self.cancel_button.clicked.connect(self.show_list)
        self.save_button.clicked.connect(self.save)

    # --- the list -----------------------------------------------------------------------------

    def load(self) -> None:
        """The list, or why this officer may not manage officers."""
        self.show_list()

    def show_list(self) -> None:
        refusal = self._session.refusal(Permission.MANAGE_OFFICERS)
        self.add_button.setVisible(not refusal)
        self.cancel_button.hide()
        self.save_button.hide()
        self.views.setVisible(not refusal)
        self.views.setCurrentWidget(self.list_scroll)
        self._show(None, "hint")
        self._clear_rows()
        if refusal:
            self._show(refusal, "error")
            return
        try:
            officers = self._kiosk.officers.all(self._session.current())
        except Exception as err:  # a database failure must not close the lane window
            log.exception("officers not loaded")
            text = self.tr("Daftar petugas tidak dapat dibaca: %1").replace("%1", error_text(err))
            self._show(text, "error")
            return
        for officer, active in officers:
            self.rows_layout.addWidget(self._row(officer, active=active))
        self.rows_layout.addStretch(1)

    def _clear_rows(self) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            if item.widget() is not None:
                dispose(item.widget())

    def _row(self, officer: Officer, *, active: bool) -> QFrame:
        row = QFrame()
        row.setProperty("role", "card")
        row.setProperty("officer", officer.id)
        grid = QGridLayout(row)
        grid.setContentsMargins(16, 8, 12, 8)
        grid.addWidget(role_label(officer.name, "card-title"), 0, 0)
        grid.addWidget(role_label(officer_subtitle(officer), "hint"), 1, 0)
        state = role_label(self.tr("Aktif") if active else self.tr("Nonaktif"), "board-status")
        state.setProperty("status", "handed_over" if active else "cancelled")
        grid.addWidget(state, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        button = QPushButton(self.tr("Nonaktifkan") if active else self.tr("Aktifkan"))
        button.setProperty("role", "secondary" if active else "success")
        button.setProperty("density", "compact")
        button.setMinimumHeight(touch_px(self))
        button.setMinimumWidth(touch_px(self, 35))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        me = self._session.officer
        if active and me is not None and me.id == officer.id:
            button.setEnabled(False)  # an admin who deactivated themselves could lock all out
            button.setToolTip(self.tr("Akun Anda sendiri tidak dapat dinonaktifkan di sini."))
        button.clicked.connect(
            lambda _checked=False, o=officer, a=active: self.set_active(o, not a)
        )
        grid.addWidget(button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        return row

    def row_button(self, officer_id: int) -> QPushButton:
        """The "Nonaktifkan"/"Aktifkan" button of an officer's row (for the tests)."""
        for index in range(self.rows_layout.count()):
            row = self.rows_layout.itemAt(index).widget()
            if row is not None and row.property("officer") == officer_id:
                return row.findChild(QPushButton)
        raise KeyError(officer_id)

    def listed(self) -> list[str]:
        """The names listed, in order (for the tests)."""
        names = []
        for index in range(self.rows_layout.count()):
            row = self.rows_layout.itemAt(index).widget()
            if row is not None:
                names.append(row.findChildren(QLabel)[0].text())
        return names

    def set_active(self, officer: Officer, active: bool) -> None:
        assert officer.id is not None
        try:
            self._kiosk.officers.set_active(self._session.current(), officer.id, active)
        except DomainError as err:
            self._show(error_text(err), "error")
            return
        except Exception as err:  # a database failure must not close the lane window
            log.exception("officer not changed")
            self._show(self.tr("Gagal: %1").replace("%1", error_text(err)), "error")
            return
        self.show_list()
        text = self.tr("%1 dapat masuk lagi.") if active else self.tr("%1 tidak dapat masuk lagi.")
        self._show(text.replace("%1", officer.name), "success")

    # --- adding -------------------------------------------------------------------------------

    def start_adding(self) -> None:
        """"Tambah Petugas": the empty form (the use case checks the role when saving)."""
        refusal = self._session.refusal(Permission.MANAGE_OFFICERS)
        if refusal:
            self._show(refusal, "error")
            return
        self.form.clear()
        self.add_button.hide()
        self.cancel_button.show()
        self.save_button.show()
        self._show(self.tr("Petugas baru: nama, peran dan PIN pilihannya."), "hint")
        self.views.setCurrentWidget(self.form_view)

    def save(self) -> None:
        new = self.form.value()
        if new is None:
            return
        try:
            officer = self._kiosk.officers.add(
                self._session.current(), new.name, new.pin, new.role, new.nip
            )
        except DomainError as err:
            self.form.show_refusal(err)
            return
        except Exception as err:  # a database failure must not lose what was typed
            log.exception("officer not added")
            self.form.show_message(self.tr("Gagal menyimpan: %1").replace("%1", error_text(err)))
            return
        self.show_list()
        self._show(
            self.tr("%1 ditambahkan sebagai %2.")
            .replace("%1", officer.name)
            .replace("%2", word_text(officer.role)),
            "success",
        )

    # --- internals ----------------------------------------------------------------------------

    def _show(self, text: str | None, role: str) -> None:
        self.message.setText(text or "")
        set_style_property(self.message, "role", role)
        self.message.setVisible(bool(text))
