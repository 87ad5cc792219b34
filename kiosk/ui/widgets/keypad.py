"""The on-screen numeric keypad: NIK, Nomor KK, telephone numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.metrics import MIN_TOUCH_MM
from kiosk.ui.widgets.key_grid import KeyGrid

# Telephone order (1 2 3 on top), the order officers know from phones and EDC machines.
_DIGIT_ROWS = ("123", "456", "789")


class NumericKeypad(KeyGrid):
    """Big digit keys 0-9 with "⌫ Hapus" and "Bersihkan", editing the target set by set_target().

    Key names for ``key_button()``: ``"0"`` … ``"9"``, ``KeyGrid.BACKSPACE``, ``KeyGrid.CLEAR``.

    Signals:
        key_pressed(str): a key was pressed: the digit, or ``"backspace"`` / ``"clear"``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, key_height_mm=MIN_TOUCH_MM, key_width_mm=MIN_TOUCH_MM)
        for row, digits in enumerate(_DIGIT_ROWS):
            for column, digit in enumerate(digits):
                self._add_char_key(digit, row, column)
        self._add_clear_key(3, 0)
        self._add_char_key("0", 3, 1)
        self._add_backspace_key(3, 2)
        self._set_uniform_grid(4, 3)
        self.setObjectName("numericKeypad")
