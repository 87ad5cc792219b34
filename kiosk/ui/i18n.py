"""The window's language: Indonesian (the source language of every string) or English.

Translations are Qt Linguist files: ``resources/translations/kiosk_<lang>.ts`` are the sources
(kept in git, refreshed with ``scripts/update_translations.sh``); the compiled ``.qm`` files are
not committed. A bundle ships them compiled (build.spec); in a checkout they are compiled with
``pyside6-lrelease`` the first time a language is chosen, into a temporary folder of the process.

Printed documents (slips, receipts, reports) stay in Indonesian whatever the window's language:
they are the office's documents.

Messages built below the window (the domain's errors and warnings, the services' refusals, the
store's and the printer's troubles: :mod:`kiosk.domain.messages`) are Indonesian templates with
named ``{placeholders}``, marked for translation in the context "Messages";
:func:`error_text` and :func:`message_text` show them in the window's language.

A pseudo locale (:func:`apply_pseudo_locale`) shows every string of the window 40 % longer, in
accented look-alike letters between brackets ("Simpan" -> "[Ŝîmpåñ~]"): a translation's longer
words must fit, and text that is cut shows at once (a bracket is missing).
"""

from __future__ import annotations

import logging
import math
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.domain.clock import format_time
from kiosk.domain.messages import CONTEXT, Message, indonesian
from kiosk.domain.visit import Status
from kiosk.resources import resource_path
from kiosk.ui.statuses import status_text

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
PSEUDO_LANGUAGE = "id_ID"
"""What :func:`current_language` says under the pseudo locale: Indonesian dates and data, and a
code of its own so that the window is built again when the pseudo locale comes or goes."""

PSEUDO_STRETCH = 0.4
"""How much longer the pseudo locale makes every string (brackets and padding included)."""

_translator: QTranslator | None = None
_language = SOURCE_LANGUAGE
_compiled: dict[str, Path] = {}


class TranslationMissing(Exception):
    """A language's translation could not be found or compiled."""


def current_language() -> str:
    """The language the window shows now ("id" or "en"; ``PSEUDO_LANGUAGE`` under the pseudo
    locale); also the locale for dates."""
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


# what the pseudo locale leaves as it is: Qt's placeholders (%1, %L1, %n), the messages' named
# placeholders ({name}, {seconds:g}) and an escaped "&"
_KEPT = re.compile(r"%L?\d+|%n|&&|\{\w*(?::[^{}]*)?\}")
_LOOKALIKES = str.maketrans(
    "AaCcEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŜŝŢţÛûŴŵÝýŽž",
)


def _accented(text: str) -> str:
    """Letters in look-alikes, placeholders and "&&" left as they are."""
    parts, last = [], 0
    for kept in _KEPT.finditer(text):
        parts.append(text[last : kept.start()].translate(_LOOKALIKES))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_LOOKALIKES))
    return "".join(parts)


def _shares(extra: int, sizes: list[int]) -> list[int]:
    """``extra`` split in proportion to ``sizes`` (all to the last one when they are 0)."""
    total = sum(sizes)
    if not total:
        return [0] * (len(sizes) - 1) + [extra]
    shares = [extra * size // total for size in sizes]
    rest = extra - sum(shares)
    by_remainder = sorted(range(len(sizes)), key=lambda i: -(extra * sizes[i] % total))
    for i in by_remainder[:rest]:
        shares[i] += 1
    return shares


def pseudo_text(source: str, stretch: float = PSEUDO_STRETCH) -> str:
    """``source`` in the pseudo locale: each line between brackets, its letters accented, and
    ``stretch`` longer: the brackets and "~" after its words, in proportion to their length
    ("Simpan" -> "[Ŝîmpåñ~]"), so that words grow as a translation's would.

    Placeholders (``%1``, ``%n``), "&&" and the lines stay as they are, so that the code's
    ``.replace("%1", …)`` and Qt's plural ``%n`` still work.
    """
    lines = []
    for line in source.split("\n"):
        body = line.strip()
        if not body:
            lines.append(line)
            continue
        start = line.index(body)
        words = list(re.finditer(r"\S+", body))
        letters = [len(re.findall(r"[^\W\d_]", _KEPT.sub("", w.group()))) for w in words]
        extra = max(0, math.ceil(len(body) * stretch) - 2)
        parts, last = [], 0
        for word, pad in zip(words, _shares(extra, letters), strict=True):
            parts.append(body[last : word.start()])
            parts.append(_accented(word.group()) + "~" * pad)
            last = word.end()
        lines.append(f"{line[:start]}[{''.join(parts)}]{line[start + len(body) :]}")
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Every string of the window in the pseudo locale (:func:`pseudo_text`).

    Qt still replaces ``%n`` in what ``translate`` returns (``QCoreApplication.translate`` does,
    after asking the translators), so plural strings need nothing more here.
    """

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return "LTR"  # Qt asks for the layout direction this way: left to right
        return pseudo_text(source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def apply_pseudo_locale() -> None:
    """Show the window's strings in the pseudo locale from now on (``apply_language`` ends it).

    For looking at the screens (``scripts/screenshots.py --pseudo``) and the test that finds
    text cut by its widget; never for an office.
    """
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    _install(PseudoTranslator(app), PSEUDO_LANGUAGE)


def _install(translator: QTranslator | None, language: str) -> None:
    """Replace the installed translator (None: the source strings) and note the language."""
    global _translator, _language
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator.deleteLater()
    _translator = translator
    _language = language
    if translator is not None:
        app.installTranslator(translator)


def apply_language(language: str) -> bool:
    """Show the window's strings in ``language`` from now on; False if it cannot be loaded.

    Installing or removing the translator sends every widget a ``LanguageChange`` event; the
    main window rebuilds its screens on it.
    """
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
    _install(translator, language)
    return True


# --- messages from below the window --------------------------------------------------------------


def word_text(word: Enum) -> str:
    """A word of the domain in the window's language: a status, a role, a sex."""
    if isinstance(word, Status):
        return status_text(word)
    return QCoreApplication.translate(CONTEXT, str(indonesian(word)))


def _parameter_text(value: object) -> object:
    """A message's parameter as the window shows it: words and dates in its language, data
    (numbers above all, for their format specs) as they are."""
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, BaseException):
        return error_text(value)
    if isinstance(value, Enum):
        return word_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return format_time(value, _locale())
    if isinstance(value, date):
        return format_date(value, "long", locale=_locale())
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_parameter_text(item)) for item in value)
    name = getattr(value, "name", None)  # a service of the catalogue: its name in this language
    if callable(name) and isinstance(getattr(value, "name_id", None), str):
        return name(_locale())
    return value


def _locale() -> str:
    return SOURCE_LANGUAGE if current_language() == PSEUDO_LANGUAGE else current_language()


def message_text(message: object) -> str:
    """A message from below the window (:class:`~kiosk.domain.messages.Message`) in the
    window's language; any other text as it is ("" for None)."""
    if message is None:
        return ""
    if not isinstance(message, Message):
        return str(message)
    if message.parts:
        return message.separator.join(message_text(part) for part in message.parts)
    text = QCoreApplication.translate(CONTEXT, message.template)
    return _filled(text, message.params, fallback=str(message))


def _filled(text: str, params: Mapping[str, object], *, fallback: str) -> str:
    try:
        return text.format_map({key: _parameter_text(value) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):
        log.warning("translation %r does not fit its parameters", text)
        return fallback


def error_text(error: BaseException) -> str:
    """What the officer reads for ``error``: its message in the window's language, or, for an
    error without one (a bug, a library's error), its own text."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message_text(message)
    return str(error)
