"""dispose(): a widget Python built is deleted with its parts' wrappers kept until Qt is done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QPushButton, QWidget
from shiboken6 import Shiboken

from kiosk.ui.widgets.disposal import dispose, waiting


def card(parent: QWidget) -> tuple[QFrame, list[QWidget]]:
    """A card like the details screen's: a grid, a box of buttons with its own grid."""
    frame = QFrame(parent)
    grid = QGridLayout(frame)
    box = QWidget(frame)
    buttons = QGridLayout(box)
    parts: list[QWidget] = [box, QLineEdit(frame)]
    for column in range(3):
        button = QPushButton(f"Langkah {column}", box)
        buttons.addWidget(button, 0, column)
        parts.append(button)
    grid.addWidget(box, 0, 0)
    grid.addWidget(parts[1], 1, 0)
    return frame, parts


def test_a_disposed_widget_goes_at_the_next_deferred_delete_its_parts_kept_till_then(
    qtbot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    frame, parts = card(host)
    frame.show()
    dispose(frame)
    assert frame.isHidden()
    assert waiting() == 1  # the frame and its parts' wrappers are held
    assert all(Shiboken.isValid(part) for part in parts)

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(frame)
    assert not any(Shiboken.isValid(part) for part in parts)
    assert waiting() == 0  # let go of once Qt has deleted them
    assert host.findChildren(QFrame) == []


def test_only_the_parts_python_made_are_held(qtbot) -> None:
    """A QLineEdit has parts of Qt's own; a wrapper for one of them would outlive it with a
    stale entry for its address, so none is made to be held."""
    from kiosk.ui.widgets import disposal

    host = QWidget()
    qtbot.addWidget(host)
    frame, parts = card(host)
    dispose(frame)
    (_, held), *_ = [entry for entry in disposal._graveyard if entry[0] is frame]
    assert held and all(Shiboken.createdByPython(part) for part in held)
    assert {id(part) for part in parts} <= {id(part) for part in held}
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert waiting() == 0
