"""Composition root: read settings, open the database, build the use cases, start the window.

Qt is imported only by :func:`run_window`, so the command line (demo, later reports and backups)
starts without it.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.clock import utc_now
from kiosk.services import Kiosk
from kiosk.services.audit import AuditService
from kiosk.services.flow import FlowService
from kiosk.services.lane import LaneService
from kiosk.services.maintenance import MaintenanceService
from kiosk.services.officers import OfficerService
from kiosk.services.print_jobs import PrintService, make_printers
from kiosk.services.print_queue import PrintQueue
from kiosk.services.registration import RegistrationService
from kiosk.services.reports import ReportService
from kiosk.services.survey import SurveyService
from kiosk.store import open_database

log = logging.getLogger(__name__)


def setup_logging(settings: Settings) -> None:
    """Log to a rotating file in the installation's home (and warnings to stderr)."""
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if any(getattr(h, "_kiosk", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        settings.log_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def build(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> Kiosk:
    """Open the database of ``settings`` and build the use cases on it."""
    open_database(settings.db_url, backup_dir=settings.home / "backups")
    catalogue = Catalogue.load(settings.catalogue_path)
    prints = PrintService(catalogue, settings, make_printers(settings), clock)
    print_queue = PrintQueue(prints)
    return Kiosk(
        settings=settings,
        catalogue=catalogue,
        registration=RegistrationService(catalogue, settings, clock),
        lane=LaneService(catalogue, clock, settings.language),
        prints=prints,
        print_queue=print_queue,
        flow=FlowService(catalogue, settings, print_queue, clock),
        officers=OfficerService(clock),
        audit=AuditService(clock),
        survey=SurveyService(clock),
        maintenance=MaintenanceService(settings, clock),
        reports=ReportService(catalogue, settings, clock),
    )


def run_window(
    kiosk: Kiosk,
    *,
    fullscreen: bool = False,
    demo: bool = False,
    screenshot: str | None = None,
    probe_startup: bool = False,
    argv: list[str] | None = None,
) -> int:
    """Show the main window and run the Qt event loop until it closes."""
    from kiosk.ui.application import run

    return run(
        kiosk,
        fullscreen=fullscreen,
        demo=demo,
        screenshot=screenshot,
        probe_startup=probe_startup,
        argv=argv,
    )


def run_display(
    kiosk: Kiosk, *, fullscreen: bool = False, screen: int = 0, log_calls: bool = False
) -> int:
    """Show the public display (``kiosk display``) and run the Qt event loop until it closes."""
    from kiosk.ui.display_app import run

    return run(kiosk, fullscreen=fullscreen, screen=screen, log_calls=log_calls)
