"""Helpers for the style sheet's hooks: properties that resources/style.qss selects on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, and re-polish so the change shows.

    Qt applies a style sheet's property selectors at polish time only; changing the property
    later needs an unpolish/polish. The polish alone leaves the old padding and border widths in
    the contents margins (a label turned from "hint" into "error" drew its text over its new
    border): a StyleChange event makes the widget take them. Nothing is done when the value is
    unchanged.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.update()


def role_label(text: str, role: str, *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """A label styled by its ``role`` (``heading``, ``hint``, ``error``, ``card-title``…)."""
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label
