import math

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.ui.metrics import FALLBACK_DPI, MIN_TOUCH_MM, px_for_mm, touch_px


def test_min_touch_size_is_15_mm():
    assert MIN_TOUCH_MM == 15.0


def test_an_inch_at_100_dpi_is_100_pixels():
    assert px_for_mm(25.4, physical_dpi=100.0, logical_dpi=96.0) == 100


def test_rounds_up_so_a_target_is_never_smaller_than_asked():
    # 15 mm at 100 dpi is 59.06 px.
    assert px_for_mm(15.0, physical_dpi=100.0, logical_dpi=96.0) == 60


def test_physical_dpi_is_divided_by_the_device_pixel_ratio():
    # A 200-dpi panel at 200 % scaling: widget pixels are two device pixels wide.
    assert px_for_mm(25.4, physical_dpi=200.0, logical_dpi=96.0, device_pixel_ratio=2.0) == 100


@pytest.mark.parametrize("physical_dpi", [0.0, 10.0, 49.9, 600.1, 5000.0, math.nan, math.inf])
def test_nonsense_physical_dpi_falls_back_to_logical_dpi(physical_dpi):
    expected = math.ceil(15.0 / 25.4 * 96.0)
    assert px_for_mm(15.0, physical_dpi=physical_dpi, logical_dpi=96.0) == expected


@pytest.mark.parametrize("ratio", [0.0, -1.0, math.nan])
def test_nonsense_device_pixel_ratio_counts_as_one(ratio):
    assert px_for_mm(25.4, physical_dpi=120.0, logical_dpi=96.0, device_pixel_ratio=ratio) == 120


def test_no_usable_dpi_at_all_uses_96():
    assert px_for_mm(25.4, physical_dpi=math.nan, logical_dpi=0.0) == FALLBACK_DPI


def test_touch_px_of_a_screen_follows_its_dpi(qapp):
    screen = qapp.primaryScreen()
    expected = px_for_mm(
        MIN_TOUCH_MM,
        screen.physicalDotsPerInch(),
        screen.logicalDotsPerInch(),
        screen.devicePixelRatio(),
    )
    assert touch_px(screen) == expected
    assert touch_px(screen, 30.0) >= 2 * expected - 1


def test_touch_px_of_a_widget_or_none_uses_its_screen(qtbot, qapp):
    widget = QWidget()
    qtbot.addWidget(widget)
    screen_px = touch_px(qapp.primaryScreen())
    assert touch_px(widget) == screen_px
    assert touch_px(None) == screen_px
    # 15 mm is a sizeable target on any real screen, not a handful of pixels.
    assert screen_px >= 40
