"""The window's language: Indonesian (the source language of every string) or English.

Translations are Qt Linguist files: ``resources/translations/kiosk_<lang>.ts`` are the sources
(kept in git, refreshed with ``scripts/update_translations.sh``); the compiled ``.qm`` files are
not committed. A bundle ships them compiled (build.spec); in a checkout they are compiled with
``pyside6-lrelease`` the first time a language is chosen, into a temporary folder of the process.

Printed documents (slips, receipts, reports) stay in Indonesian whatever the window's language:
they are the office's documents.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_translator: QTranslator | None = None
_language = SOURCE_LANGUAGE
_compiled: dict[str, Path] = {}


class TranslationMissing(Exception):
    """A language's translation could not be found or compiled."""


def current_language() -> str:
    """The language the window shows now ("id" or "en"); also the locale for dates."""
    return _language


def translation_source(language: str) -> Path:
    return resource_path("translations") / f"kiosk_{language}.ts"


def _lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm, or None where there is none."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return [str(bundled)]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_translation(language: str) -> Path:
    """The ``.qm`` file of ``language``: shipped next to the sources, or compiled now."""
    shipped = resource_path("translations") / f"kiosk_{language}.qm"
    if shipped.exists():
        return shipped
    if language in _compiled:
        return _compiled[language]
    source = translation_source(language)
    command = _lrelease()
    if not source.exists() or command is None:
        raise TranslationMissing(f"no translation for {language!r} ({source.name})")
    target = Path(tempfile.mkdtemp(prefix="kiosk-qm-")) / f"kiosk_{language}.qm"
    done = subprocess.run(
        [*command, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not target.exists():
        raise TranslationMissing(f"{source.name} did not compile: {done.stderr.strip()}")
    _compiled[language] = target
    return target


def apply_language(language: str) -> bool:
    """Show the window's strings in ``language`` from now on; False if it cannot be loaded.

    Installing or removing the translator sends every widget a ``LanguageChange`` event; the
    main window rebuilds its screens on it.
    """
    global _translator, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    translator = None
    if language != SOURCE_LANGUAGE:
        try:
            path = compiled_translation(language)
        except TranslationMissing as err:
            log.warning("%s", err)
            return False
        translator = QTranslator(app)
        if not translator.load(str(path)):
            log.warning("translation %s could not be loaded", path)
            return False
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator.deleteLater()
    _translator = translator
    _language = language
    if translator is not None:
        app.installTranslator(translator)
    return True
