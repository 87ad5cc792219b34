"""Physical sizes on the touch screen: millimetres to pixels.

A finger needs a target of a given size in millimetres whatever the panel's resolution, so touch
targets are sized from the screen's DPI rather than in fixed pixels.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

MIN_TOUCH_MM = 15.0
"""The smallest height (and, for keys, width) of anything the officer taps, in millimetres."""

MM_PER_INCH = 25.4
FALLBACK_DPI = 96.0
_SANE_DPI = (50.0, 600.0)


def px_for_mm(
    mm: float, physical_dpi: float, logical_dpi: float, device_pixel_ratio: float = 1.0
) -> int:
    """Device-independent pixels covering ``mm`` millimetres, rounded up.

    ``physical_dpi`` counts device pixels, so it is divided by the device pixel ratio to give the
    device-independent pixels that widget geometry uses. Some panels and virtual screens report a
    nonsense physical size (EDID missing, projectors, "0 mm"): outside 50-600 dpi the logical DPI,
    already device-independent, is used instead.
    """
    low, high = _SANE_DPI
    if not (math.isfinite(device_pixel_ratio) and device_pixel_ratio > 0):
        device_pixel_ratio = 1.0
    if math.isfinite(physical_dpi) and low <= physical_dpi <= high:
        dpi = physical_dpi / device_pixel_ratio
    elif math.isfinite(logical_dpi) and logical_dpi > 0:
        dpi = logical_dpi
    else:
        dpi = FALLBACK_DPI
    return math.ceil(mm / MM_PER_INCH * dpi)


def touch_px(widget_or_screen: QWidget | QScreen | None, mm: float = MIN_TOUCH_MM) -> int:
    """Pixels for ``mm`` millimetres on the screen showing ``widget_or_screen``.

    ``None`` means the primary screen. A widget not shown yet reports the primary screen, which is
    the only one on a lane kiosk.
    """
    if isinstance(widget_or_screen, QScreen):
        screen: QScreen | None = widget_or_screen
    elif isinstance(widget_or_screen, QWidget):
        screen = widget_or_screen.screen()
    else:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return px_for_mm(mm, math.nan, FALLBACK_DPI)
    return px_for_mm(
        mm,
        screen.physicalDotsPerInch(),
        screen.logicalDotsPerInch(),
        screen.devicePixelRatio(),
    )
