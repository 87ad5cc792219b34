"""One malloc arena for the window's process (kiosk/ui/allocator.py).

glibc reports its arenas with ``malloc_stats()`` (on stderr, "Arena N:" each); a child process
starts threads that allocate at the same time and counts them, with and without the cap.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import ctypes, sys, threading
from kiosk.ui.allocator import use_one_malloc_arena
if sys.argv[1] == "capped":
    assert use_one_malloc_arena()
start = threading.Barrier(4)
held = []
def allocate():
    start.wait()  # all at once: glibc gives a thread that finds the arena locked one of its own
    held.append([bytearray(4096) for _ in range(2000)])
threads = [threading.Thread(target=allocate) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL(None).malloc_stats()
"""


def arenas(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas")
def test_the_window_process_allocates_from_one_arena_where_threads_would_take_more() -> None:
    assert arenas("default") > 1
    assert arenas("capped") == 1


def test_an_explicit_malloc_arena_max_is_left_as_it_is(monkeypatch) -> None:
    from kiosk.ui.allocator import use_one_malloc_arena

    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert use_one_malloc_arena()
