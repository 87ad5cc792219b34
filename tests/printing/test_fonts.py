"""The shipped fonts and their registration with ReportLab."""

from __future__ import annotations

import threading
import time

import pytest
from PIL import ImageFont
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from kiosk.printing import fonts
from kiosk.resources import resource_path


@pytest.mark.parametrize("filename", sorted(fonts.FONT_FILES.values()))
def test_font_files_are_shipped(filename: str) -> None:
    path = resource_path("fonts", filename)

    assert path.is_file()
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font


def test_licence_is_shipped() -> None:
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")

    assert "Bitstream" in licence
    assert "DejaVu changes are in public domain" in licence


def test_every_font_is_registered_from_resources() -> None:
    fonts.register_fonts()

    for name, filename in fonts.FONT_FILES.items():
        font = pdfmetrics.getFont(name)
        assert font.face.filename == str(resource_path("fonts", filename))


def test_bold_markup_maps_to_the_bold_face() -> None:
    fonts.register_fonts()

    assert tt2ps(fonts.SANS, 1, 0) == fonts.SANS_BOLD
    assert tt2ps(fonts.SANS, 0, 0) == fonts.SANS


def test_registering_again_is_cheap_and_harmless() -> None:
    fonts.register_fonts()
    before = {name: pdfmetrics.getFont(name) for name in fonts.FONT_FILES}

    started = time.perf_counter()
    for _ in range(1000):
        fonts.register_fonts()
    elapsed = time.perf_counter() - started

    assert elapsed < 0.05
    assert all(pdfmetrics.getFont(name) is font for name, font in before.items())


def test_concurrent_first_calls_register_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    registered: list[str] = []
    register = pdfmetrics.registerFont

    def counting(font: object) -> None:
        registered.append(font.fontName)  # type: ignore[attr-defined]
        register(font)  # type: ignore[arg-type]

    monkeypatch.setattr(fonts.pdfmetrics, "registerFont", counting)
    start = threading.Barrier(4)

    def first_print() -> None:
        start.wait()
        fonts.register_fonts()

    threads = [threading.Thread(target=first_print) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(registered) == sorted(fonts.FONT_FILES)


@pytest.mark.parametrize("name", sorted(fonts.FONT_FILES))
def test_cap_height_constant_matches_the_fonts(name: str) -> None:
    path = resource_path("fonts", fonts.FONT_FILES[name])
    face = ImageFont.truetype(str(path), 2048)  # 2048 units per em: one pixel per unit

    for letter in "HDKLT":
        _, top, _, bottom = face.getbbox(letter, anchor="ls")
        assert (bottom - top) / 2048 == pytest.approx(fonts.CAP_HEIGHT, abs=0.001)
