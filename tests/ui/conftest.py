"""Fixtures for the screens: the main window, styled and shown at a kiosk's size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLayout

from kiosk.services import Kiosk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet

OFFICER = "Sari"


@pytest.fixture
def window(qtbot, kiosk: Kiosk) -> MainWindow:
    """The lane window on the test's database, 1280x800, officer "Sari"."""
    win = MainWindow(kiosk, officer=OFFICER)
    # offscreen Qt warns on a size-constrained top-level layout; the kiosk window is resized anyway
    win.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    win.setStyleSheet(load_style_sheet())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    return win
