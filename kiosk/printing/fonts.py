"""The TTF fonts of printed documents, shipped in resources/fonts and registered with ReportLab.

ReportLab's own bundled fonts are never used: PyInstaller does not collect them, and their
standard-14 fallbacks cannot print every Indonesian name correctly. DejaVu covers Latin fully,
prints crisply on 203 dpi thermal heads, and its licence (resources/fonts/LICENSE-DejaVu.txt)
allows redistribution with the app.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.resources import resource_path

SANS = "DejaVuSans"
"""Body text."""
SANS_BOLD = "DejaVuSans-Bold"
"""Headings, service names, the plate; also what ``<b>`` selects inside a SANS paragraph."""
SANS_CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
"""The huge queue number: narrower letters let the number be taller on a narrow roll."""
MONO = "DejaVuSansMono"
"""Masked NIKs and references: fixed width keeps the masking stars and digits readable."""

FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

CAP_HEIGHT = 0.729
"""Height of DejaVu capitals and digits as a fraction of the font size (1493/2048 units)."""

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with ReportLab; later calls return at once.

    Safe to call from several threads (a print worker and the UI thread may both print). Raises
    FileNotFoundError naming the missing file when the installation lacks a font.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FONT_FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Font file missing from the installation: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Lets <b> inside a SANS paragraph select SANS_BOLD (no italics are shipped).
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        _registered = True
