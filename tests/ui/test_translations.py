"""English: the language setting applies at once, and every screen is then in English.

The check walks each screen as an officer reaches it and reads every visible label, button and
placeholder. A text fails when it holds an Indonesian phrase of the translation catalogue
(a source whose English differs) or a common Indonesian word of the screens: a string someone
forgot to pass through ``tr()``. Data stay as they are (names, plates, the office's lines, the
documents a service requires, which the office words in its catalogue).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import InvalidPlate
from kiosk.domain.flow import IllegalMove, Move, check_move
from kiosk.domain.nik import check_nik_against, parse_nik
from kiosk.domain.officers import Officer, Role
from kiosk.domain.people import Sex
from kiosk.domain.plate import parse_plate
from kiosk.domain.visit import Status, VisitInvalid
from kiosk.resources import resource_path
from kiosk.services import Kiosk
from kiosk.ui.i18n import apply_language, current_language, error_text, message_text, word_text
from kiosk.ui.main_window import MainWindow
from tests.ui.screens import NAMES, visible_texts, walk_screens

# Indonesian words of the screens that an English screen never shows (outside data)
INDONESIAN_WORDS = {
    "simpan", "batal", "kembali", "lanjut", "cetak", "petugas", "kendaraan", "antrean",
    "layanan", "pemohon", "pengaturan", "menunggu", "selesai", "diproses", "panggil",
    "serahkan", "menit", "hari", "dan", "yang", "untuk", "tidak", "dengan", "belum", "sudah",
    "tanggal", "semua", "cari", "laporan", "keluar", "masuk", "hapus", "ulang", "tambah",
    "kunjungan", "permohonan", "berkas", "lengkap", "siap", "nomor", "jalur",
    # dates in Indonesian (months and days that English spells otherwise)
    "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pukul",
}


def catalogue_phrases() -> list[str]:
    """Indonesian fragments (between placeholders) of every source whose English differs."""
    tree = ET.parse(resource_path("translations") / "kiosk_en.ts")
    phrases: set[str] = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source in forms:
            continue
        # between Qt's placeholders and the messages' named ones ("{plate}")
        for fragment in re.split(r"%\d|%n|\n|&&|\{[^{}]*\}", source):
            fragment = fragment.strip(" .,:;·…‹›()'")
            # ("Printer {name} …" is "… printer {name} …" in English: a word both languages use)
            if len(fragment) >= 5 and not any(fragment.lower() in f.lower() for f in forms):
                phrases.add(fragment)
    return sorted(phrases, key=len, reverse=True)


PHRASES = catalogue_phrases()


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Visible texts still in Indonesian (after taking the data out)."""
    found = []
    for widget, text in visible_texts(root):
        rest = text
        for datum in sorted(data, key=len, reverse=True):
            rest = rest.replace(datum, " ")
        phrase = next((p for p in PHRASES if p in rest), None)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)} & INDONESIAN_WORDS
        if phrase or words:
            found.append(f"{type(widget).__name__}: {text!r} ({phrase or sorted(words)})")
    return found


def data_of(kiosk: Kiosk) -> set[str]:
    settings = kiosk.settings
    office = settings.office
    data = {
        office.government, office.kecamatan, office.kecamatan.title(), office.address,
        office.lane_name, settings.station.name, "Sari", *NAMES,
    }
    for service in kiosk.catalogue.services:
        data.update(service.requirements)
    return data


def test_the_language_applies_at_once_from_the_settings(
    qtbot, window: MainWindow, kiosk: Kiosk
) -> None:
    window.lane_screen.settings_button.click()
    page = window.settings_screen.office_page
    page.language.buttons["en"].click()
    page.save_button.click()
    try:
        assert current_language() == "en"
        assert kiosk.settings.language == "en"
        assert 'language = "en"' in (kiosk.settings.home / "settings.toml").read_text()
        # the screens were built again, in English; the officer stays where they were
        settings = window.settings_screen
        assert window.stack.currentWidget() is settings
        assert settings.current_tab() == settings.OFFICE
        assert settings.tabs.buttons["office"].text() == "Office"
        assert window.switch_button.text() == "Switch Officer"
        assert window.lane_screen.new_vehicle_button.text().startswith("New Vehicle")
        settings.back_button.click()
        assert window.stack.currentWidget() is window.lane_screen
        assert not untranslated(window, data_of(kiosk))
    finally:
        apply_language("id")
    # back in Indonesian once Qt delivers its LanguageChange event
    qtbot.waitUntil(lambda: window.lane_screen.new_vehicle_button.text() == "Kendaraan Baru")


def test_every_screen_is_in_english(
    qtbot, window: MainWindow, kiosk: Kiosk, admin: Officer, english
) -> None:
    data = data_of(kiosk)
    problems: dict[str, list[str]] = {}
    for name in walk_screens(qtbot, window, kiosk, admin):
        found = untranslated(window, data)
        if found:
            problems[name] = found
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_first_run_screen_is_in_english(make_window, kiosk: Kiosk, english) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.first_run_screen
    assert not untranslated(window, data_of(kiosk))


def test_messages_from_below_the_window_are_shown_in_english(qapp, english) -> None:
    with pytest.raises(InvalidPlate) as plate:
        parse_plate("B 12345")
    assert str(plate.value) == "Nomor pada plat paling banyak 4 angka (tertulis 5 angka)."
    assert error_text(plate.value) == "The number on the plate has at most 4 digits (5 typed)."
    # words among the parameters are translated too: a status, a role, a sex, a date
    with pytest.raises(IllegalMove) as move:
        check_move(Status.HANDED_OVER, Move(to=Status.WAITING))
    assert error_text(move.value) == (
        "The request is already Completed; its status can no longer change."
    )
    assert word_text(Role.PETUGAS) == "Officer" and word_text(Sex.FEMALE) == "Female"
    nik = parse_nik("3603234112850002")  # a woman's NIK, born 1 December 1985
    (warning,) = check_nik_against(nik, sex=Sex.MALE)
    assert message_text(warning).startswith("The sex in the NIK (Female) differs from the one")
    (warning,) = check_nik_against(nik, birth_date=nik.birth_date.replace(day=2))
    assert "(December 1, 1985)" in message_text(warning)
    # several errors at once, each in English; an error without a message as it is
    invalid = VisitInvalid({"plate": plate.value.message, "x": move.value.message})
    assert error_text(invalid) == (
        "The number on the plate has at most 4 digits (5 typed). "
        "The request is already Completed; its status can no longer change."
    )
    assert error_text(OSError("disk on fire")) == "disk on fire"
    assert message_text(None) == "" and message_text("data") == "data"
