"""Changing an installation's settings from the window: printers and paper for now."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace

from kiosk.config import Printing, Settings, save_settings
from kiosk.domain.officers import Permission
from kiosk.printing.backends import PrintError
from kiosk.services.audit import Actor, record, require
from kiosk.services.print_jobs import PrintService, make_printers
from kiosk.store import write_transaction

log = logging.getLogger(__name__)

OUTBOX = "outbox"


def system_printers() -> list[str]:
    """Printer settings for every printer the system knows: ``cups:NAME`` where CUPS runs
    (Linux), else Qt's list (``qt:NAME``, Windows)."""
    if shutil.which("lpstat"):
        from kiosk.printing.cups import list_printers

        try:
            return [f"cups:{name}" for name in list_printers()]
        except PrintError as err:
            log.warning("CUPS printers not listed: %s", err)
            return []
    from kiosk.printing.qt_backend import list_qt_printers  # Windows: Qt knows the printers

    return [f"qt:{name}" for name in list_qt_printers()]


def save_printing(
    actor: Actor, settings: Settings, printing: Printing, prints: PrintService
) -> Settings:
    """Check and save new printer settings, and print with them from the next job on.

    Raises SettingsError (an Indonesian message) for values the settings file would refuse.
    """
    require(actor, Permission.SETTINGS)
    updated = replace(settings, printing=printing)
    save_settings(updated)
    with write_transaction():
        record(actor, "settings", "printing", _changes(settings.printing, printing))
    prints.reconfigure(updated, make_printers(updated))
    log.info("printer settings changed: %s", printing)
    return updated


def _changes(before: Printing, after: Printing) -> str:
    """``printer: outbox -> cups:struk; slip_copies: 1 -> 2`` for the audit log."""
    fields = before.__dataclass_fields__
    return "; ".join(
        f"{name}: {getattr(before, name)} -> {getattr(after, name)}"
        for name in fields
        if getattr(before, name) != getattr(after, name)
    )
