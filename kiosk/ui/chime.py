"""A "ding-dong" before each call on the public display, without a multimedia stack.

QtMultimedia would add tens of megabytes (and GStreamer/FFmpeg plugins) for one short sound. The
chime is synthesised once with the standard library's ``wave`` module and handed to the first
command-line player found (PipeWire's ``pw-play``, PulseAudio's ``paplay``, ALSA's ``aplay``),
started without waiting for it. With none of them, the platform's beep is the fallback.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import struct
import subprocess
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SAMPLE_RATE = 22_050
# Two bell-like tones a major third apart, falling: E5 then C5, the classic door chime.
TONES_HZ = (659.25, 523.25)
TONE_GAP_S = 0.42
TONE_LENGTH_S = 0.85
PEAK = 0.45  # of full scale: pleasant, leaves room for the harmonics
PLAYERS: tuple[tuple[str, ...], ...] = (("pw-play",), ("paplay",), ("aplay", "-q"))
WAV_NAME = "kiosk-chime-v1.wav"


def chime_samples(rate: int = SAMPLE_RATE) -> list[int]:
    """The chime as signed 16-bit mono samples."""
    length = TONE_GAP_S * (len(TONES_HZ) - 1) + TONE_LENGTH_S
    total = int(length * rate)
    mix = [0.0] * total
    attack = int(0.006 * rate)  # a few milliseconds: no click at the start of a tone
    for index, freq in enumerate(TONES_HZ):
        start = int(index * TONE_GAP_S * rate)
        count = min(int(TONE_LENGTH_S * rate), total - start)
        for n in range(count):
            t = n / rate
            envelope = math.exp(-4.2 * t) * min(1.0, n / attack)
            # a little of the octave and the twelfth gives a bell's colour, not a pure beep
            value = (
                math.sin(2 * math.pi * freq * t)
                + 0.28 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-3 * t)
                + 0.08 * math.sin(2 * math.pi * 3 * freq * t) * math.exp(-6 * t)
            )
            mix[start + n] += envelope * value
    fade = int(0.05 * rate)  # end at silence, whatever the decay left
    for n in range(fade):
        mix[total - fade + n] *= 1 - n / fade
    loudest = max(abs(v) for v in mix) or 1.0
    scale = PEAK * 32767 / loudest
    return [int(round(v * scale)) for v in mix]


def write_chime(path: Path, rate: int = SAMPLE_RATE) -> Path:
    """Write the chime as a WAV file (mono, 16-bit), atomically: a player never reads half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    samples = chime_samples(rate)
    fd, temp_name = tempfile.mkstemp(prefix=".chime-", suffix=".wav", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def find_player(search_path: str | None = None) -> list[str] | None:
    """The command (without the file) of the first sound player on ``PATH``, or ``None``."""
    for command in PLAYERS:
        found = shutil.which(command[0], path=search_path)
        if found:
            return [found, *command[1:]]
    return None


def chime_duration_ms() -> int:
    return int(1000 * (TONE_GAP_S * (len(TONES_HZ) - 1) + TONE_LENGTH_S))


class Chime(QObject):
    """Plays the chime, one at a time: calls that come together chime one after another.

    The WAV file is written once, to ``directory`` (default: the system's temporary folder).
    """

    def __init__(self, directory: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory or Path(tempfile.gettempdir())
        self._wav: Path | None = None
        self._running: list[subprocess.Popen[bytes]] = []
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    @property
    def wav_path(self) -> Path:
        """The chime's WAV file, written at the first use."""
        if self._wav is None or not self._wav.exists():
            self._wav = write_chime(self._directory / WAV_NAME)
        return self._wav

    def play(self) -> subprocess.Popen[bytes] | None:
        """Chime now, or right after the chime still sounding.

        Returns the player process when one was started now (``None`` if queued, or beeped).
        """
        if self._timer.isActive():
            self._pending += 1
            return None
        return self._start()

    def wait(self, timeout: float = 5.0) -> None:
        """Wait for the players started so far to end (at exit, and in tests)."""
        for process in self._running:
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._running.clear()

    def _next(self) -> None:
        if self._pending:
            self._pending -= 1
            self._start()

    def _start(self) -> subprocess.Popen[bytes] | None:
        self._timer.start(chime_duration_ms())
        self._running = [p for p in self._running if p.poll() is None]  # reap finished ones
        command = find_player()
        if command is not None:
            try:
                process = subprocess.Popen(
                    [*command, str(self.wav_path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            except OSError as err:
                log.warning("chime: %s failed: %s", command[0], err)
            else:
                self._running.append(process)
                return process
        QApplication.beep()
        return None
