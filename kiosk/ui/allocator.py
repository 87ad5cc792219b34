"""One malloc arena for the window's process, so that a long day does not fragment its memory.

glibc gives each thread that allocates at the same time as another an arena of its own (up to 8
per core). The window's process has the GUI thread, the print worker (which builds every slip
and receipt with ReportLab) and Qt's own threads; memory freed in one arena is not reused by
another, and the arenas fragment as widgets, summaries and PDFs come and go all day. Measured
with the soak day of 400 visits (``bench/soak.py``, RSS at the end against after the first
hour, three runs each): +8.0 to +14.0 % with glibc's default arenas, +6.0 to +13.6 % with two,
+5.1 to +5.2 % with one, and no slower (the interpreter lock serialises Python's allocations
anyway).

An explicit ``MALLOC_ARENA_MAX`` in the environment is left as it is. Elsewhere than glibc (no
arenas of this kind, or no ``mallopt``) nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

M_ARENA_MAX = -8
"""mallopt's parameter for the most arenas (glibc's malloc.h)."""


def use_one_malloc_arena() -> bool:
    """Cap glibc's malloc to one arena for this process; True if it is now capped (by this
    call or by ``MALLOC_ARENA_MAX``). Call it early, before the print worker starts: a thread
    that already has an arena keeps it."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return False
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallopt"):
        return False  # not glibc (musl has no per-thread arenas)
    if libc.mallopt(M_ARENA_MAX, 1) != 1:
        log.warning("mallopt(M_ARENA_MAX, 1) refused")
        return False
    return True
