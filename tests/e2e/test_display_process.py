"""Acceptance: the public display as its own process, on the lane's SQLite file.

The lane (this test process) calls three cars quickly one after another; the display process
(``kiosk display --log-calls``) must show each, in call order, within two seconds of its call.
Both use the real clock: the display reads "today's" calls, so the service days must match.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.app import build
from kiosk.config import load_settings
from kiosk.domain.visit import Status
from kiosk.store import close_database
from tests.helpers import car

START_TIMEOUT_S = 60
LINE_TIMEOUT_S = 15
MAX_LATENCY_S = 2.0


class LineReader:
    """Lines of a process's output, read by a thread, taken with a timeout (never a sleep)."""

    def __init__(self, stream) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)  # end of output: the process ended

    def next(self, timeout: float) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no line from the display within {timeout} s")
        if line is None:
            pytest.fail("the display process ended")
        return line


def test_the_display_process_shows_three_quick_calls_in_order_within_two_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_DB", raising=False)
    monkeypatch.delenv("KIOSK_HOME", raising=False)
    home = tmp_path / "home"
    kiosk = build(load_settings(home))  # the real clock, as the display process has
    process = None
    errors = tmp_path / "display-stderr.txt"
    try:
        visits = [
            kiosk.registration.register(car(plate=plate), "Budi").visit_id
            for plate in ("B 1234 ABC", "B 5678 DEF", "A 91 G")
        ]
        for visit_id in visits:
            kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Budi")

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("KIOSK_DB", None)
        env.pop("KIOSK_HOME", None)
        with errors.open("w") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "--home", str(home), "display", "--log-calls"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        reader = LineReader(process.stdout)
        assert reader.next(START_TIMEOUT_S) == "ready", errors.read_text()

        for visit_id in visits:
            kiosk.flow.move_visit(visit_id, Status.READY, "Budi")

        lines = [reader.next(LINE_TIMEOUT_S).split("\t") for _ in visits]
        assert [line[1] for line in lines] == ["D-001", "D-002", "D-003"]
        assert [line[2] for line in lines] == ["B 12** *BC", "B 56** *EF", "A 9* *"]
        assert all(line[3] == "Jalur 1" for line in lines)
        call_ids = [int(line[0]) for line in lines]
        assert call_ids == sorted(call_ids)
        latencies = [float(line[4]) for line in lines]
        assert all(0 <= latency < MAX_LATENCY_S for latency in latencies), latencies
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.stdout.close()
        close_database()


def test_a_screen_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(tmp_path), "display", "--screen", "7"],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
    )
    assert result.returncode == 2
    assert "layar 7 tidak ada" in result.stderr
