"""A push button a finger's size that never squeezes its label."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.metrics import MIN_TOUCH_MM, touch_px


class TouchButton(QPushButton):
    """A push button at least ``width_mm`` wide and a finger tall, and never narrower than its
    label.

    ``setMinimumWidth`` would be a fixed minimum: a row short of room squeezes the button down
    to it and cuts a longer label. Here the touch size is a floor of the size hints instead (as
    for the keys of :class:`~kiosk.ui.widgets.key_grid.Key`), so a longer label widens it.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        width_mm: float = MIN_TOUCH_MM,
        height_mm: float = MIN_TOUCH_MM,
    ) -> None:
        super().__init__(text, parent)
        self._floor = QSize(touch_px(self, width_mm), touch_px(self, height_mm))

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(self._floor)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()
