"""``kiosk --self-check``: prove an installation (a checkout or the one-folder bundle) works.

Each check prints one line, ``OK name: detail`` or ``GAGAL name: why``, as soon as it finishes;
the exit status is 0 only when every check passed. The checks are those a kiosk needs before its
first visit: its settings and catalogue, the database (schema version, and ``PRAGMA
integrity_check`` on SQLite), the shipped fonts, a queue slip rendered in memory, the compiled
translations, and Qt (a QApplication, the UI modules, a painted widget).

The database is opened as the kiosk opens it at start: on a fresh home this writes the settings
and creates the SQLite file with the current schema there. Nothing is printed on paper and no
visit is stored. Qt is imported only by the Qt checks, so the others run without it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit, urlunsplit

from kiosk.config import Settings
from kiosk.resources import resource_path

TRANSLATIONS_DIR = "translations"

# One page object per page in ReportLab's output: "/Type /Page" (not "/Pages", the page tree).
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class CheckFailed(Exception):
    """A check ran and found a problem; the message says what."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check, printed as one line."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK' if self.ok else 'GAGAL'} {self.name}: {self.detail}"


def run_self_check(home: str | None = None, *, out: TextIO | None = None) -> int:
    """Run every check against the installation at ``home`` (None: $KIOSK_HOME, else the user
    data folder), print one line per check to ``out`` (stdout), return 0 if all passed, else 1."""
    out = out if out is not None else sys.stdout
    results: list[CheckResult] = []

    def report(name: str, check: Callable[[], str]) -> CheckResult:
        result = _run(name, check)
        results.append(result)
        print(result.line(), file=out, flush=True)
        return result

    loaded: list[Settings] = []

    def settings_check() -> str:
        settings, detail = check_settings(home)
        loaded.append(settings)
        return detail

    report("settings", settings_check)
    settings = loaded[0] if loaded else None
    if settings is not None:
        report("database", lambda: check_database(settings))
    else:
        report("database", _skipped_without_settings)
    report("fonts", check_fonts)
    report("slip", lambda: check_slip(settings))
    report("translations", check_translations)
    # Last: a Qt platform that cannot start aborts the process, after the other lines are out.
    report("qt", check_qt)
    return 0 if all(result.ok for result in results) else 1


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except CheckFailed as failure:
        return CheckResult(name, False, str(failure))
    except Exception as error:  # any error fails this check only, not the others
        return CheckResult(name, False, f"{type(error).__name__}: {_one_line(error)}")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or repr(error)


def _skipped_without_settings() -> str:
    raise CheckFailed("not opened: the settings could not be read")


# --- the checks -------------------------------------------------------------------------------


def check_settings(home: str | None) -> tuple[Settings, str]:
    """Read (on a fresh home: write) the settings, and load the office's service catalogue."""
    from kiosk.config import load_settings
    from kiosk.domain.catalogue import Catalogue

    settings = load_settings(home)
    catalogue = Catalogue.load(settings.catalogue_path)
    return settings, f"{settings.home}, catalogue of {len(catalogue)} services"


def check_database(settings: Settings) -> str:
    """Open the configured database as the kiosk does (migrating it if needed), then check its
    schema version and, on SQLite, ``PRAGMA integrity_check``."""
    from peewee import SqliteDatabase

    from kiosk.store import close_database, open_database
    from kiosk.store.migrations import LATEST_VERSION, schema_version

    url = settings.db_url
    try:
        db = open_database(url, backup_dir=settings.backup_dir)
    except Exception as error:
        # The store names the URL in its messages: never show a server's password here.
        detail = f"{type(error).__name__}: {_one_line(error)}".replace(url, masked_url(url))
        raise CheckFailed(detail) from error
    try:
        sqlite = isinstance(db, SqliteDatabase)
        engine = "sqlite" if sqlite else "postgresql"
        version = schema_version(db)
        if version != LATEST_VERSION:
            raise CheckFailed(f"{engine}, schema {version}, this kiosk needs {LATEST_VERSION}")
        if not sqlite:
            return f"{engine}, schema {version}"
        rows = db.execute_sql("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems = "; ".join(str(row[0]) for row in rows[:3])
            raise CheckFailed(f"{engine}, schema {version}, integrity: {problems}")
        return f"{engine}, schema {version}, integrity ok"
    finally:
        close_database()


def masked_url(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def check_fonts() -> str:
    """Register the shipped TTF fonts with ReportLab and measure text in each of them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from kiosk.printing.fonts import FONT_FILES, register_fonts

    register_fonts()
    sample = "Nomor Antrean D-001 Pelayanan Tanpa Turun é"
    for name, filename in FONT_FILES.items():
        font = pdfmetrics.getFont(name)
        if not isinstance(font, TTFont):
            raise CheckFailed(f"{name} is not the shipped TTF ({filename})")
        missing = [c for c in set(sample) if ord(c) not in font.face.charToGlyph]
        if missing or pdfmetrics.stringWidth(sample, name, 10) <= 0:
            raise CheckFailed(f"{filename} lacks glyphs for {''.join(sorted(missing))!r}")
    folder = resource_path("fonts")
    return f"{len(FONT_FILES)} TTF loaded into ReportLab from {folder} ({', '.join(FONT_FILES)})"


def check_slip(settings: Settings | None) -> str:
    """Render a queue slip of a sample visit in memory: a PDF of one page, fonts embedded."""
    from kiosk.config import Office
    from kiosk.domain.clock import utc_now
    from kiosk.printing.slip import SlipData, render_slip

    office = settings.office if settings is not None else Office()
    width = settings.printing.paper_width_mm if settings is not None else 80
    data = SlipData(
        office_lines=office.letterhead,
        lane_name=office.lane_name,
        number="D-001",
        channel_label="Drive-Thru",
        services=("Penggantian KTP-el Rusak", "Perubahan Kartu Keluarga"),
        masked_niks=("3603**********02",),
        plate="B 1234 ABC",
        issued_at=utc_now(),
        cars_ahead=3,
        reference="CEK-MANDIRI-D001",
        footer_lines=("Simpan slip ini. Nomor Anda akan dipanggil.",),
    )
    pdf = render_slip(data, width)
    if not pdf.startswith(b"%PDF-") or not pdf.rstrip().endswith(b"%%EOF"):
        raise CheckFailed(f"the rendered slip is not a PDF ({pdf[:8]!r}...)")
    pages = len(_PAGE_OBJECT.findall(pdf))
    if pages != 1:
        raise CheckFailed(f"the rendered slip has {pages} pages, not 1")
    if b"DejaVu" not in pdf:
        raise CheckFailed("the rendered slip does not embed the shipped fonts")
    return f"{width} mm queue slip rendered in memory: PDF, 1 page, {len(pdf):,} bytes"


def _platform_arguments() -> list[str]:
    """``-platform offscreen`` on a Linux machine without a screen (e.g. a check over SSH), where
    the default platform would abort the process; QT_QPA_PLATFORM, when set, decides."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    return ["-platform", "offscreen"]


def check_qt() -> str:
    """Create the QApplication (or use the running one), import the UI, paint a widget."""
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance()
    if app is None:
        app = QApplication(["kiosk", *_platform_arguments()])
    import kiosk.ui.application  # noqa: F401 - every window module, as the kiosk starts them
    from kiosk.ui.style import load_style_sheet

    label = QLabel("D-001")
    label.setStyleSheet(load_style_sheet())
    picture = label.grab()
    label.deleteLater()
    if picture.isNull():
        raise CheckFailed("Qt could not paint a widget")
    platform = QGuiApplication.platformName()
    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform {platform}, UI loaded"


def check_translations(folder: Path | None = None) -> str:
    """Load every compiled translation (``resources/translations/*.qm``, or those in ``folder``)
    with QTranslator; none is no failure (the translations are compiled when the bundle is
    built, and a checkout may have none)."""
    folder = folder if folder is not None else resource_path(TRANSLATIONS_DIR)
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not files:
        return "0 found"
    from PySide6.QtCore import QTranslator

    broken = [path.name for path in files if not QTranslator().load(str(path))]
    if broken:
        raise CheckFailed(f"{len(files)} found, cannot load {', '.join(broken)}")
    return f"{len(files)} loaded ({', '.join(path.stem for path in files)})"
