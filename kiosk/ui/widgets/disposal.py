"""Deleting a widget that Python built, without PySide freeing its parts' wrappers too early.

A widget deleted with ``deleteLater()`` is torn down by Qt: its layout, its child widgets and
their layouts. Every part Python created has a Python wrapper that Shiboken releases as the
part's C++ object goes. With PySide6 (6.10.3 and 6.11.3 seen) the wrapper of a part (a visit
card's button grid, a board row's button) can be freed by Python while Qt is still deleting the
widget, when the only references to it were its parents'; the part's own destructor then reaches
the freed wrapper (``Shiboken::BindingManager::releaseWrapper`` on freed memory). The soak day
found it: about one run in five died; under ``PYTHONMALLOC=debug``, which poisons freed memory,
every run did, within minutes (10 of 10). Neither confining Python's collection to the GUI
thread, nor removing the app-wide event filter, nor PySide6 6.10.3 changed that, nor holding the
references until the widget's ``destroyed`` signal (PySide drops that connection as the
widget's own wrapper goes, before Qt deletes the parts).

:func:`dispose` keeps a reference to the widget's wrapper and to the wrapper of every part of it
that Python made until Qt has deleted them all (Shiboken marks each wrapper invalid as its C++
object goes); a later call lets go of those. Each part's wrapper thus outlives its C++ object,
as Shiboken expects. With it, days under ``PYTHONMALLOC=debug`` run to the end.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

# widgets given to dispose() and their parts, until Qt has deleted them
_graveyard: list[tuple[QWidget, list[QObject]]] = []


def dispose(widget: QWidget) -> None:
    """Hide ``widget`` and delete it once control is back in the event loop, its parts'
    Python wrappers kept until then (see the module). Use instead of ``deleteLater()`` for a
    widget built in Python."""
    _let_go_of_deleted()
    # only the parts Python made: a wrapper of Qt's own parts (made here by findChildren) would
    # keep a stale entry for its address once Qt deletes it
    parts = [part for part in widget.findChildren(QObject) if Shiboken.createdByPython(part)]
    _graveyard.append((widget, parts))
    widget.hide()
    widget.deleteLater()


def _let_go_of_deleted() -> None:
    _graveyard[:] = [entry for entry in _graveyard if Shiboken.isValid(entry[0])]


def waiting() -> int:
    """How many disposed widgets Qt has not deleted yet (for the tests)."""
    _let_go_of_deleted()
    return len(_graveyard)
