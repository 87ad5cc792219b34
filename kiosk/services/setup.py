"""Changing an installation's settings from the window: printers and paper, the office."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

from kiosk.config import LOGO_SUFFIXES, Printing, Settings, SettingsError, save_settings
from kiosk.domain.messages import QT_TRANSLATE_NOOP
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


LOGO_MAX_BYTES = 2_000_000


def save_office(actor: Actor, settings: Settings, updated: Settings) -> Settings:
    """Check and save the office's identity, this PC's lane, numbering, retention and language
    (the first-run set-up and "⚙ Pengaturan → Kantor"); the new settings.

    Only those parts of ``updated`` are taken; printers have :func:`save_printing`. Raises
    SettingsError (an Indonesian message) for a value the settings file would refuse.
    """
    require(actor, Permission.SETTINGS)
    new = replace(
        settings,
        language=updated.language,
        office=updated.office,
        station=updated.station,
        numbering=updated.numbering,
        privacy=updated.privacy,
    )
    save_settings(new)
    changes = "; ".join(
        part
        for part in (
            _changes(settings.office, new.office),
            _changes(settings.station, new.station),
            _changes(settings.numbering, new.numbering),
            _changes(settings.privacy, new.privacy),
            f"language: {settings.language} -> {new.language}"
            if settings.language != new.language
            else "",
        )
        if part
    )
    with write_transaction():
        record(actor, "settings", "office", changes)
    log.info("office settings changed: %s", changes)
    return new


def logo_candidates(settings: Settings, folders: tuple[Path, ...] = ()) -> list[Path]:
    """Image files an admin may take as the office's logo: in the home folder and in
    ``folders`` (removable drives), newest first."""
    found: list[Path] = []
    for folder in (settings.home, *folders):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        found += [p for p in entries if p.is_file() and p.suffix.lower() in LOGO_SUFFIXES]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def import_logo(settings: Settings, source: Path) -> str:
    """Copy ``source`` into the home folder as the logo; its name there (for ``office.logo``).

    Raises SettingsError for a file that is not a PNG or JPEG image or is over 2 MB.
    """
    suffix = source.suffix.lower()
    if suffix not in LOGO_SUFFIXES:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Logo harus berkas PNG atau JPEG."))
    try:
        head = source.read_bytes()[:8] if source.stat().st_size <= LOGO_MAX_BYTES else None
    except OSError as err:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Berkas logo tidak dapat dibaca: {error}"), error=err
        ) from err
    if head is None:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Berkas logo lebih dari 2 MB."))
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise SettingsError(
            QT_TRANSLATE_NOOP("Messages", "Berkas logo bukan gambar PNG atau JPEG.")
        )
    name = f"logo{'.png' if suffix == '.png' else '.jpg'}"
    target = settings.home / name
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    return name


def _changes(before: object, after: object) -> str:
    """``printer: outbox -> cups:struk; slip_copies: 1 -> 2`` for the audit log."""
    fields = before.__dataclass_fields__
    return "; ".join(
        f"{name}: {getattr(before, name)} -> {getattr(after, name)}"
        for name in fields
        if getattr(before, name) != getattr(after, name)
    )
