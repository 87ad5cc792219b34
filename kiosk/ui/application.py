"""Creating the QApplication and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.services import Kiosk
from kiosk.services.maintenance import run_daily_in_background
from kiosk.ui.i18n import apply_language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000


def configure_application(app: QApplication) -> None:
    """Names, style sheet: everything the whole application shares."""
    app.setApplicationName("Pelayanan Tanpa Turun")
    app.setOrganizationName("Kecamatan")
    app.setStyleSheet(load_style_sheet())


def run(
    kiosk: Kiosk,
    *,
    fullscreen: bool = False,
    demo: bool = False,
    screenshot: str | None = None,
    probe_startup: bool = False,
    argv: list[str] | None = None,
) -> int:
    """Run the window until closed; with ``screenshot``, save a picture once shown and quit.

    ``fullscreen`` is kiosk mode (closing needs a supervisor's PIN); ``demo`` acts as the demo
    officer without a login.
    """
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    configure_application(app)
    if not apply_language(kiosk.settings.language):
        log.warning("language %r not available: Bahasa Indonesia", kiosk.settings.language)
    window = MainWindow(
        kiosk,
        demo=demo,
        kiosk_mode=fullscreen,
        idle_lock_minutes=kiosk.settings.privacy.idle_lock_minutes,
    )
    kiosk.print_queue.start()  # after the window listens: it hears the first status
    app.aboutToQuit.connect(kiosk.print_queue.stop)
    # retention purge and the daily backup: at start, then hourly (they run once per WIB day)
    daily = QTimer(app)
    daily.setInterval(DAILY_CHECK_MS)
    daily.timeout.connect(lambda: run_daily_in_background(kiosk.maintenance))
    daily.start()
    if not (screenshot or probe_startup):
        run_daily_in_background(kiosk.maintenance)
        QTimer.singleShot(0, window.prepare_screens)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    if screenshot:

        def grab_and_quit() -> None:
            window.grab().save(screenshot)
            window.allow_exit()  # Qt 6 quits by closing the windows: kiosk mode would refuse
            app.quit()

        QTimer.singleShot(0, grab_and_quit)
    elif probe_startup:

        def report_and_quit() -> None:
            print("shown", flush=True)
            window.allow_exit()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    return app.exec()
