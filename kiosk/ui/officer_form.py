"""The form of a new officer: name, role, NIP and the PIN twice, with the on-screen keys.

Used by the first-run screen (the first admin) and by "Tambah Petugas" on the officer screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import DomainError
from kiosk.domain.officers import PIN_LENGTHS, InvalidPin, NotAllowed, Role
from kiosk.ui.i18n import error_text, word_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.field import FormField
from kiosk.ui.widgets.keyboard import TextKeyboard
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label
from kiosk.ui.widgets.tiles import TILE_MIN_HEIGHT_MM, TileGrid

NIP_MAX_LENGTH = 21  # 18 digits, and the spaces some write between its parts


@dataclass(frozen=True)
class NewOfficer:
    """What the form holds, for ``OfficerService.add``."""

    name: str
    nip: str
    pin: str
    role: Role


def pin_field(label: str) -> FormField:
    """A masked PIN field: digits only, never shown."""
    field = FormField(label)
    edit = field.line_edit
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_LENGTHS[-1])
    edit.setValidator(QRegularExpressionValidator(r"[0-9]*", edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


class OfficerForm(QWidget):
    """Name, (role), NIP, PIN and PIN again; the keypad or the keyboard follows the field.

    Signals: none; the screen holding the form has the buttons that save it.
    """

    def __init__(self, *, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_field = FormField(self.tr("Nama petugas"))
        self.name_field.line_edit.setMaxLength(100)
        self.nip_field = FormField(self.tr("NIP (boleh kosong)"))
        self.nip_field.line_edit.setMaxLength(NIP_MAX_LENGTH)
        self.nip_field.line_edit.setValidator(
            QRegularExpressionValidator(r"[0-9 ]*", self.nip_field.line_edit)
        )
        self.pin_field = pin_field(self.tr("PIN baru (4–8 angka)"))
        self.pin_again_field = pin_field(self.tr("Ulangi PIN"))
        self.message = role_label("", "error")
        self.message.hide()

        self.role_title = role_label(self.tr("Peran"), "field-label")
        self.role_tiles = TileGrid(multi_select=False, columns=3)
        self.role_tiles.set_items([(r.value, word_text(r), "") for r in Role])
        self.role_hint = role_label(
            self.tr(
                "Petugas mendaftar dan melayani. Supervisor juga membatalkan, mencetak ulang "
                "dan membuka kunci. Admin juga mengelola petugas, pengaturan dan log audit."
            ),
            "hint",
        )
        self.role_tiles.set_selected([Role.PETUGAS.value])
        if not with_role:  # (setVisible(True) would show a widget without parent as a window)
            self.role_title.hide()
            self.role_tiles.hide()
            self.role_hint.hide()
        self._with_role = with_role

        self.keypad = NumericKeypad()
        self.keyboard = TextKeyboard()
        self.input_panel = QStackedWidget()
        self.input_panel.addWidget(self.keyboard)
        self.input_panel.addWidget(self.keypad)

        fields = QVBoxLayout()
        fields.setContentsMargins(0, 0, 8, 0)  # in line with the page; off the scroll bar
        fields.setSpacing(touch_px(self, 2))
        fields.addWidget(self.message)
        fields.addWidget(self.name_field)
        fields.addWidget(self.nip_field)
        fields.addWidget(self.pin_field)
        fields.addWidget(self.pin_again_field)
        fields.addStretch(1)
        box = QWidget()
        box.setLayout(fields)
        self.scroll = finger_scroll_area(box)

        # the role beside the fields, above the keys: the fields' column is narrow for tiles
        self.role_tiles.setFixedHeight(touch_px(self, TILE_MIN_HEIGHT_MM) + 4)
        keys = QVBoxLayout()
        keys.setSpacing(touch_px(self, 2))  # the keys need the height (not the page's spacing)
        keys.addWidget(self.role_title)
        keys.addWidget(self.role_tiles)
        keys.addWidget(self.role_hint)
        keys.addStretch(1)
        keys.addWidget(self.input_panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(touch_px(self, 5))
        layout.addWidget(self.scroll, 4)
        layout.addLayout(keys, 5)
        self._connect_signals()

    def _connect_signals(self) -> None:
        # the keys follow the focused field: letters for the name, digits for the rest
        self.name_field.focused.connect(lambda: self._edit_with(self.name_field, self.keyboard))
        for field in (self.nip_field, self.pin_field, self.pin_again_field):
            field.focused.connect(lambda f=field: self._edit_with(f, self.keypad))
        # an error goes away as soon as its field is edited
        for field in self.fields():
            field.text_changed.connect(lambda _text, f=field: f.set_error(None))

    def fields(self) -> tuple[FormField, ...]:
        return (self.name_field, self.nip_field, self.pin_field, self.pin_again_field)

    def _focus(self, field: FormField) -> None:
        """Put the cursor (and the right keys) in ``field``, scrolled into view."""
        field.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(field)
        self._edit_with(field, self.keyboard if field is self.name_field else self.keypad)

    def _edit_with(self, field: FormField, keys: NumericKeypad | TextKeyboard) -> None:
        self.keypad.set_target(field.line_edit if keys is self.keypad else None)
        self.keyboard.set_target(field.line_edit if keys is self.keyboard else None)
        self.input_panel.setCurrentWidget(keys)

    # --- public API ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty every field, role back to petugas, no errors; the name field has the keys."""
        for field in self.fields():
            field.set_text("")
            field.set_error(None)
        self.role_tiles.set_selected([Role.PETUGAS.value])
        self.show_message(None)
        self._focus(self.name_field)

    def value(self) -> NewOfficer | None:
        """The officer typed in, or None (with the error shown) when the PINs differ."""
        if self.pin_field.text() != self.pin_again_field.text():
            self.pin_again_field.set_text("")  # (editing clears the field's error: first)
            self.pin_again_field.set_error(self.tr("PIN tidak sama. Ketik ulang PIN yang sama."))
            self._focus(self.pin_again_field)
            return None
        role = Role.ADMIN
        if self._with_role:
            role = Role((self.role_tiles.selected_keys() or [Role.PETUGAS.value])[0])
        return NewOfficer(
            name=self.name_field.text(),
            nip=self.nip_field.text(),
            pin=self.pin_field.text(),
            role=role,
        )

    def show_refusal(self, error: DomainError) -> None:
        """Show a refusal of ``OfficerService.add`` next to the field it is about."""
        if isinstance(error, InvalidPin):
            self.pin_again_field.set_text("")
            self.pin_field.set_error(error_text(error))
            self._focus(self.pin_field)
        elif isinstance(error, NotAllowed):
            self.show_message(error_text(error))
        else:  # the name's rules (domain.visit.check_name)
            self.name_field.set_error(error_text(error))
            self._focus(self.name_field)

    def show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
