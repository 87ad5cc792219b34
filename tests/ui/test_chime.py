"""The chime: a valid, audible WAV, handed to the first command-line player found on PATH."""

from __future__ import annotations

import array
import os
import stat
import wave
from pathlib import Path

import pytest

from kiosk.ui import chime as chime_module
from kiosk.ui.chime import Chime, find_player, write_chime


def fake_player(folder: Path, name: str, record: Path) -> Path:
    """A stand-in for a sound player: appends its arguments (one per line) to ``record``."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text(f'#!/bin/sh\nfor arg in "$@"; do echo "$arg"; done >> "{record}"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return script


def test_the_chime_is_a_short_audible_mono_16_bit_wav(tmp_path: Path) -> None:
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        rate = wav.getframerate()
        frames = wav.getnframes()
        samples = array.array("h", wav.readframes(frames))
    assert 0.5 <= frames / rate <= 2.0
    assert max(abs(s) for s in samples) > 8000  # not silent
    assert max(abs(s) for s in samples) < 32767  # not clipped
    # starts and ends at (near) silence: no click
    assert abs(samples[0]) < 500 and abs(samples[-1]) < 500
    assert list(tmp_path.iterdir()) == [path]  # written atomically, no temp file left


def test_the_first_player_in_order_is_chosen(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    record = tmp_path / "record.txt"
    assert find_player(str(bin_dir)) is None
    aplay = fake_player(bin_dir, "aplay", record)
    assert find_player(str(bin_dir)) == [str(aplay), "-q"]
    paplay = fake_player(bin_dir, "paplay", record)
    assert find_player(str(bin_dir)) == [str(paplay)]
    pw_play = fake_player(bin_dir, "pw-play", record)
    assert find_player(str(bin_dir)) == [str(pw_play)]


def test_the_player_found_on_path_is_started_with_the_wav(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real subprocess behaviour, up to the edge: there is no sound card here, so a fake ``aplay``
    on a PATH of the test's own records what it was started with."""
    record = tmp_path / "record.txt"
    fake_player(tmp_path / "bin", "aplay", record)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    chime = Chime(directory=tmp_path / "cache")
    process = chime.play()
    assert process is not None
    assert process.wait(timeout=10) == 0
    args = record.read_text().splitlines()
    assert args == ["-q", str(chime.wav_path)]
    assert chime.wav_path.parent == tmp_path / "cache"
    with wave.open(str(chime.wav_path), "rb") as wav:
        assert wav.getnframes() > 0
    chime.wait()


def test_calls_that_come_together_chime_one_after_another(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "record.txt"
    fake_player(tmp_path / "bin", "paplay", record)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    chime = Chime(directory=tmp_path)
    first = chime.play()
    assert first is not None
    assert chime.play() is None  # queued behind the one sounding
    first.wait(timeout=10)
    assert len(record.read_text().splitlines()) == 1
    qtbot.waitUntil(lambda: len(record.read_text().splitlines()) == 2, timeout=5000)
    chime.wait()


def test_without_a_player_the_platform_beeps(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[int] = []

    class FakeApplication:
        @staticmethod
        def beep() -> None:
            beeps.append(1)

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(chime_module, "QApplication", FakeApplication)
    assert Chime(directory=tmp_path).play() is None
    assert beeps == [1]
    assert os.listdir(empty) == []
