"""Finger scrolling for scroll areas and lists on the touch screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)


def finger_scroll_area(content: QWidget) -> QScrollArea:
    """A frameless, vertical-only scroll area around ``content`` that a finger drags."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    enable_finger_scroll(scroll)
    return scroll


def enable_finger_scroll(scroll_area: QAbstractScrollArea) -> QScroller:
    """Let a finger drag ``scroll_area`` (a QScrollArea, a list or table view) with kinetic flicks.

    The gesture is the left mouse button one: touch screens deliver touches that no widget takes
    as synthesized mouse events, so it serves a finger and a mouse alike. A tap that does not move
    still reaches the buttons inside. Item views are switched to per-pixel scrolling, otherwise
    they jump a whole row at a time under the finger. Returns the scroller, for tests or tuning.
    """
    if isinstance(scroll_area, QAbstractItemView):
        scroll_area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        scroll_area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    viewport = scroll_area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # No rubber-band bounce past the ends: on a work tool it reads as a glitch, not as polish.
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(properties)
    return scroller
