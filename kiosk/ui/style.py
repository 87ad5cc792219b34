"""The application style sheet."""

from __future__ import annotations

from kiosk.resources import resource_path

STYLE_SHEET_FILE = "style.qss"


def load_style_sheet() -> str:
    """The text of ``resources/style.qss``, for ``QApplication.setStyleSheet``."""
    return resource_path(STYLE_SHEET_FILE).read_text(encoding="utf-8")
