"""Python's cyclic garbage collection, in the GUI thread only, while the window lives.

CPython runs a collection in whichever thread happens to allocate past its threshold. The
print queue's worker (and a report export) are Python threads; a collection there can free the
Python wrappers of widgets that have become cyclic garbage, and Shiboken then unregisters or
deletes Qt objects off the GUI thread, possibly while the GUI thread is inside Qt (PySide
releases the interpreter lock around Qt calls). Qt objects belong to the GUI thread; so does
the collection of their wrappers. Measured in the soak day (400 visits): 687 collections ran in
the print thread (17,447 objects freed there) before this; none after.

(This removes a hazard; it does not fix the soak's intermittent crash in
``Shiboken::BindingManager::releaseWrapper``, which happened with it too. That crash's fix is
kiosk/ui/widgets/disposal.py: ``dispose(widget)`` keeps the Python wrappers of a deleted
widget's parts until Qt has deleted them.)

:func:`collect_in_gui_thread` switches automatic collection off while its owner (the main
window) lives and collects from a timer in the GUI thread instead, by the thresholds CPython
itself uses, so no more garbage piles up than it would. (The same remedy as pyqtgraph's
``GarbageCollector``.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

CHECK_MS = 100
"""How often the GUI thread looks at the collector's counts (a tap is ~100 ms)."""


class GuiThreadCollector(QObject):
    """Automatic collection off while an owner holds it; the timer collects instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owners = 0
        self._was_enabled = True
        self.collections = 0  # collections run by the timer (for tests and figures)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._owners > 0

    def hold(self, owner: QObject) -> None:
        """Collect in the GUI thread until ``owner`` is destroyed."""
        if self._owners == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._owners += 1
        owner.destroyed.connect(self._release)

    @Slot()
    def _release(self) -> None:
        self._owners -= 1
        if self._owners == 0:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()

    @Slot()
    def check(self) -> None:
        """Collect the generations past their thresholds, as CPython would have."""
        gen0, gen1, gen2 = gc.get_count()
        limit0, limit1, limit2 = gc.get_threshold()
        if limit0 == 0 or gen0 < limit0:  # a threshold of 0: collection switched off
            return
        generation = 0
        if gen1 >= limit1:
            generation = 2 if gen2 >= limit2 else 1
        gc.collect(generation)
        self.collections += 1


_collector: GuiThreadCollector | None = None


def collect_in_gui_thread(owner: QObject) -> GuiThreadCollector:
    """While ``owner`` lives, Python collects cyclic garbage only in the GUI thread (see the
    module). Call it from the GUI thread, with the application created."""
    global _collector
    if _collector is None:
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist"
        _collector = GuiThreadCollector(app)
    _collector.hold(owner)
    return _collector
