"""Fixtures for the screens: the main window, styled and shown at a kiosk's size, logged in."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout

from kiosk.domain.officers import Officer, Role
from kiosk.services import Kiosk
from kiosk.ui.i18n import apply_language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet

OFFICER = "Sari"
PIN = "2580"


@pytest.fixture
def make_window(qtbot, kiosk: Kiosk) -> Callable[..., MainWindow]:
    """Build the lane window on the test's database, 1280x800 (MainWindow's options passed)."""

    def make(**options) -> MainWindow:
        win = MainWindow(kiosk, **options)
        # offscreen Qt warns on a size-constrained top-level layout; the kiosk window is resized
        win.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        win.setStyleSheet(load_style_sheet())
        # a kiosk-mode window refuses pytest-qt's close at the end without a supervisor's PIN
        qtbot.addWidget(win, before_close_func=lambda w: w.allow_exit())
        win.resize(1280, 800)
        with qtbot.waitExposed(win):
            win.show()
        return win

    return make


@pytest.fixture
def admin(kiosk: Kiosk) -> Officer:
    """Admin "Sari" (PIN 2580), the first officer of the installation."""
    return kiosk.officers.add(None, OFFICER, PIN, Role.ADMIN)


def log_in(window: MainWindow, kiosk: Kiosk, officer: Officer, pin: str) -> None:
    """Log ``officer`` in through the login screen, as they would."""
    screen = window.login_screen
    assert window.stack.currentWidget() is screen
    assert officer.id is not None
    screen.select(officer.id)
    for digit in pin:
        screen.keypad.key_button(digit).click()
    screen.login_button.click()
    assert window.session.officer is not None, screen.pin_field.error()


@pytest.fixture
def window(make_window, kiosk: Kiosk, admin: Officer) -> MainWindow:
    """The lane window, admin "Sari" logged in, on the lane board."""
    win = make_window()
    log_in(win, kiosk, admin, PIN)
    assert win.stack.currentWidget() is win.lane_screen
    return win


@pytest.fixture
def english() -> Iterator[None]:
    """English for one test (ask for it after the window: it is undone while the window lives)."""
    assert apply_language("en")
    yield
    apply_language("id")
    QCoreApplication.processEvents()  # the window rebuilds in Indonesian while its database is open
