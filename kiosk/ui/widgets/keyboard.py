"""The on-screen text keyboard: names, addresses, vehicle plates."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.metrics import MIN_TOUCH_MM
from kiosk.ui.widgets.key_grid import KeyGrid

# The layout of the phone keyboards officers already know (Gboard and the like). The grid has two
# columns per key, so the middle letter row can be staggered by half a key.
_COLUMNS = 20
_ROWS = 5
_DIGITS = "1234567890"
_LETTER_ROWS = (("QWERTYUIOP", 1, 0), ("ASDFGHJKL", 2, 1), ("ZXCVBNM", 3, 3))
# (character, row, first column, column span)
_PUNCTUATION = (("'", 4, 4, 2), (",", 4, 6, 2), (".", 4, 16, 2), ("-", 4, 18, 2))


class TextKeyboard(KeyGrid):
    """An on-screen QWERTY keyboard with digits, space and the punctuation of names and addresses.

    Letters are typed in upper case by default, as names and plates are written in capitals; the
    "Kapital" key toggles lower case. Key names for ``key_button()``: the upper-case letters, the
    digits, ``"'"``, ``"-"``, ``","``, ``"."``, ``" "``, ``KeyGrid.BACKSPACE``, ``KeyGrid.CLEAR``
    and ``TextKeyboard.CAPS``.

    Signals:
        key_pressed(str): a key was pressed: the text it typed (a letter in its current case, a
            digit, punctuation or ``" "``), or ``"backspace"`` / ``"clear"`` / ``"caps"``.
        caps_lock_changed(bool): capitals were switched on (True) or off (False).
    """

    caps_lock_changed = Signal(bool)

    CAPS = "caps"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, key_height_mm=MIN_TOUCH_MM, key_width_mm=MIN_TOUCH_MM)
        self._caps_lock = True
        for index, digit in enumerate(_DIGITS):
            self._add_char_key(digit, 0, 2 * index, 1, 2)
        for letters, row, first_column in _LETTER_ROWS:
            for index, letter in enumerate(letters):
                self._add_char_key(letter, row, first_column + 2 * index, 1, 2)
        for char, row, column, span in _PUNCTUATION:
            self._add_char_key(char, row, column, 1, span)
        # The keys beside Z and M are only a key and a half wide: their labels take two lines.
        caps = self._add_action_key(
            self.CAPS, self.tr("⇧\nKapital"), self._on_caps, 3, 0, 1, 3, role="key-toggle"
        )
        caps.setCheckable(True)
        caps.setChecked(True)
        self._add_backspace_key(3, 17, 1, 3).setText(self.tr("⌫\nHapus"))
        # Far from the letters, so a slip of the finger does not wipe a whole name.
        self._add_clear_key(4, 0, 1, 4)
        space = self._add_char_key(" ", 4, 8, 1, 8)
        space.setText(self.tr("Spasi"))
        space.setAccessibleName(self.tr("Spasi"))
        self._set_uniform_grid(_ROWS, _COLUMNS, columns_per_key=2)
        self.setObjectName("textKeyboard")

    def is_caps_lock(self) -> bool:
        """Whether letters are typed in upper case."""
        return self._caps_lock

    def set_caps_lock(self, on: bool) -> None:
        """Type letters in upper case (``True``) or lower case (``False``)."""
        if on == self._caps_lock:
            return
        self._caps_lock = on
        self.key_button(self.CAPS).setChecked(on)
        for key in self.keys():
            if len(key) == 1 and key.isalpha():
                self.key_button(key).setText(self._typed_text(key))
        self.caps_lock_changed.emit(on)

    def _typed_text(self, char: str) -> str:
        return char.upper() if self._caps_lock else char.lower()

    def _on_caps(self) -> None:
        # A checkable button has already flipped its own state when clicked; the keyboard's state
        # is the source of truth, so flip that and let set_caps_lock() re-sync the button.
        self.set_caps_lock(not self._caps_lock)
        self.key_pressed.emit(self.CAPS)
