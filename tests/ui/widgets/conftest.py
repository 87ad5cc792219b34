"""Fixtures for the touch widget tests: a styled, shown, active window around the widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.ui.style import load_style_sheet

ShowFn = Callable[..., QWidget]


@pytest.fixture
def show_in_window(qtbot) -> ShowFn:
    """Show widgets stacked in a 1280x800 window with the application style sheet, made active.

    The window's layout puts no size constraint on the window itself: with one, Qt's offscreen
    platform logs a warning ("does not support propagateSizeHints"), which fails the test.
    """
    # qtbot only holds weak references: keep the windows (and so their widgets) alive.
    windows: list[QWidget] = []

    def show(*widgets: QWidget) -> QWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        window.setStyleSheet(load_style_sheet())
        layout = QVBoxLayout(window)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for widget in widgets:
            layout.addWidget(widget)
        window.resize(1280, 800)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return show
