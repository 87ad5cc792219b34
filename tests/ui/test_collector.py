"""While the window lives, Python collects cyclic garbage only in the GUI thread.

A collection in the print thread would free widgets' wrappers off the GUI thread (see
kiosk/ui/collector.py).
"""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from kiosk.ui.main_window import MainWindow


class Node:
    """A reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collections() -> list[str]:
    """The thread of every collection run while the test runs."""
    threads: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    yield threads
    gc.callbacks.remove(record)


@pytest.mark.sqlite_only
def test_a_worker_thread_never_collects_and_the_gui_thread_does(
    window: MainWindow, qtbot, collections: list[str]
) -> None:
    assert not gc.isenabled()
    refs: list[weakref.ref] = []

    def make_garbage() -> None:  # far past the threshold that would start a collection here
        for _ in range(20 * gc.get_threshold()[0]):
            refs.append(weakref.ref(Node()))

    worker = threading.Thread(target=make_garbage, name="print-queue-like")
    worker.start()
    worker.join()
    assert "print-queue-like" not in collections
    assert any(ref() is not None for ref in refs)  # waiting for the GUI thread

    qtbot.waitUntil(lambda: all(ref() is None for ref in refs))
    assert collections and set(collections) == {threading.main_thread().name}


@pytest.mark.sqlite_only
def test_collection_is_automatic_again_once_the_window_is_gone(make_window, qtbot) -> None:
    window = make_window()
    assert not gc.isenabled()
    window.allow_exit()
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    assert gc.isenabled()
