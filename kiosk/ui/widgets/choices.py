"""Finger-sized choices for settings: a row of exclusive segments, and a − n + counter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.flow import FlowLayout


class Segments(QWidget):
    """A row of exclusive, finger-sized choices; a row too narrow for them all goes on in a
    second line rather than squeezing their words.

    Signals:
        chosen(str): a choice was tapped.
    """

    chosen = Signal(str)

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._layout = FlowLayout(self, spacing=6)
        for key, text in choices:
            self.add_choice(key, text)

    def add_choice(self, key: str, text: str) -> QPushButton:
        """One more choice, after the others."""
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("role", "segment")
        button.setMinimumHeight(touch_px(self))
        button.setMinimumWidth(touch_px(self, 25))
        button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
        self._group.addButton(button)
        self._layout.insertWidget(len(self.buttons), button)
        self.buttons[key] = button
        return button

    def value(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, key: str) -> None:
        self.buttons[key].setChecked(True)


class Counter(QWidget):
    """− n + for a small count (copies)."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min, self._max = minimum, maximum
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(touch_px(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.minus, self.plus):
            button.setProperty("role", "secondary")
            button.setProperty("density", "counter")
            button.setFixedSize(touch_px(self), touch_px(self))
        layout.addWidget(self.minus)
        layout.addWidget(self.label)
        layout.addWidget(self.plus)
        layout.addStretch(1)
        self.minus.clicked.connect(lambda: self.set_value(self.value() - 1))
        self.plus.clicked.connect(lambda: self.set_value(self.value() + 1))
        self.set_value(minimum)

    def value(self) -> int:
        return int(self.label.text())

    def set_value(self, value: int) -> None:
        value = max(self._min, min(self._max, value))
        self.label.setText(str(value))
        self.minus.setEnabled(value > self._min)
        self.plus.setEnabled(value < self._max)
