"""One tap, one action: a guard against double taps on a touchscreen.

A finger that bounces, or an officer who taps twice because the first tap seemed not to take,
sends a second press within a few hundred milliseconds. On the lane board the second one is the
dangerous one: the first tap has already moved the visit and re-sorted the rows, so the second
lands on the *next* step of the same visit, or on another visit's button that slid under the
finger. :class:`DoubleTapGuard`, installed once on the application, swallows any press on an
action button that comes within :data:`GUARD_MS` of the previous accepted click on an action
button, and every double-click event on one.

Keys of the on-screen keypad and keyboard are not guarded: "1 1 2" typed quickly is three digits.
Times are the events' own timestamps, so tests can send taps "500 ms apart" without waiting.

Long presses and sliding touches need no guard: Qt's buttons act on release, once, and only when
the release is on the button that was pressed (no action button auto-repeats; a test checks).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.widgets.key_grid import Key

# Qt's own double-click interval: a second tap sooner than this is the same tap
GUARD_MS = 400


def is_action_button(widget: object) -> bool:
    """A button that does something (not a typing key)."""
    return isinstance(widget, QAbstractButton) and not isinstance(widget, Key)


_guard: DoubleTapGuard | None = None


def install_tap_guard() -> DoubleTapGuard:
    """The application's guard, installed on first call (a touchscreen's taps reach buttons as
    mouse events Qt makes from them, so mouse events are what it filters)."""
    global _guard
    if _guard is None:
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist"
        _guard = DoubleTapGuard(app)
        app.installEventFilter(_guard)
    return _guard


class DoubleTapGuard(QObject):
    """An application-wide event filter: see the module."""

    def __init__(self, parent: QObject | None = None, guard_ms: int = GUARD_MS) -> None:
        super().__init__(parent)
        self.guard_ms = guard_ms
        self.swallowed = 0
        self._last_release: int | None = None  # timestamp (ms) of the last accepted tap's end
        self._pressed: QObject | None = None
        self._last_button: QObject | None = None  # the button of the last accepted tap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick and is_action_button(watched):
            self.swallowed += 1
            return True  # Qt turns the second press of a double click into this: never a tap
        if kind == QEvent.Type.MouseButtonPress and is_action_button(watched):
            now = event.timestamp()
            soon = self._last_release is not None and 0 <= now - self._last_release < self.guard_ms
            # a checklist's tiles are ticked one after another quickly: only a second tap on the
            # same tile is a bounce there
            other_tile = watched.isCheckable() and watched is not self._last_button
            if soon and not other_tile:
                self.swallowed += 1
                return True
            self._pressed = watched
        elif kind == QEvent.Type.MouseButtonRelease and watched is self._pressed:
            self._pressed = None
            self._last_release = event.timestamp()
            self._last_button = watched
        return False
