"""Running the public display on its own: ``kiosk display``.

The display is a separate process (usually on a PC or a mini-PC behind the lane's screen) reading
the same database as the lanes; it never writes.
"""

from __future__ import annotations

import sys
from typing import TextIO

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.services import Kiosk
from kiosk.services.lane import CallInfo
from kiosk.ui.application import configure_application
from kiosk.ui.display_window import DisplayWindow


def call_log_line(call: CallInfo, latency_s: float) -> str:
    """One ``--log-calls`` line: id, number, masked plate, station, seconds from call to shown."""
    return f"{call.call_id}\t{call.number}\t{call.masked_plate}\t{call.station}\t{latency_s:.3f}"


def run(
    kiosk: Kiosk,
    *,
    fullscreen: bool = False,
    screen: int = 0,
    log_calls: bool = False,
    out: TextIO | None = None,
    argv: list[str] | None = None,
) -> int:
    """Show the display window (full screen on monitor ``screen``) until it is closed.

    With ``log_calls``, every newly shown call is printed as :func:`call_log_line` and, once the
    first poll is done, a line ``ready`` (for the two-process test).
    """
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    screens = QGuiApplication.screens()
    if not 0 <= screen < len(screens):
        count = len(screens)
        print(f"kiosk: layar {screen} tidak ada ({count} layar: 0-{count - 1}).", file=sys.stderr)
        return 2
    window = DisplayWindow(kiosk)
    if log_calls:
        stream = out if out is not None else sys.stdout

        def log_call(call: CallInfo) -> None:
            latency = (kiosk.lane.now() - call.at).total_seconds()
            print(call_log_line(call, latency), file=stream, flush=True)

        window.call_shown.connect(log_call)
        window.ready.connect(lambda: print("ready", file=stream, flush=True))
    target = screens[screen]
    window.setScreen(target)
    if fullscreen:
        window.setGeometry(target.geometry())
        window.setCursor(Qt.CursorShape.BlankCursor)  # nobody points at a screen read from a car
        window.showFullScreen()
    else:
        window.resize(1280, 720)
        window.move(target.availableGeometry().topLeft())
        window.show()
    return app.exec()
