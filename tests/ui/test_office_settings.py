"""⚙ Pengaturan → Kantor: the office, this lane, numbering, logo and retention, saved to the
settings file and applied at once (the next visit, the header, the next receipt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from kiosk.config import load_settings
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry
from kiosk.ui.main_window import MainWindow
from tests.helpers import car, request


def office_page(window: MainWindow):
    window.lane_screen.settings_button.click()
    settings = window.settings_screen
    assert settings.current_tab() == settings.OFFICE  # the first tab
    return settings.office_page


def write_png(path: Path) -> Path:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(path), "PNG")
    return path


def test_the_office_is_saved_and_applies_at_once(window: MainWindow, kiosk: Kiosk) -> None:
    write_png(kiosk.settings.home / "lambang-kabupaten.png")
    page = office_page(window)
    assert page.kecamatan_field.text() == "KECAMATAN CISAUK"
    page.kecamatan_field.set_text("KECAMATAN PAGEDANGAN")
    page.station_field.set_text("Jalur 2")
    page.drive_thru_prefix_field.set_text("b")
    page.retention.buttons["730"].click()
    assert page.logo_tiles.keys()[0] == ""  # "Tanpa logo" first
    logo_key = next(k for k in page.logo_tiles.keys() if k.endswith("lambang-kabupaten.png"))
    page.logo_tiles.set_selected([logo_key])
    page.save_button.click()
    assert page.message.property("role") == "success", page.message.text()

    saved = load_settings(kiosk.settings.home)
    assert saved.office.kecamatan == "KECAMATAN PAGEDANGAN"
    assert (saved.station.name, saved.numbering.drive_thru_prefix) == ("Jalur 2", "B")
    assert saved.privacy.retention_days == 730
    assert saved.office.logo == "logo.png" and saved.logo_path is not None
    assert kiosk.settings == saved  # applied in the running kiosk
    assert window.office_label.text().endswith("Kecamatan Pagedangan")
    assert window.station_label.text().startswith("Jalur 2")
    registered = kiosk.registration.register(car(request()), "Sari")
    assert registered.number == "B-001"  # the next visit: new prefix, this PC's new name
    entry = AuditEntry.select().where(AuditEntry.action == "settings").get()
    assert entry.subject == "office" and "KECAMATAN PAGEDANGAN" in entry.detail


def test_a_bad_value_is_refused_in_indonesian_and_nothing_is_written(
    window: MainWindow, kiosk: Kiosk
) -> None:
    before = (kiosk.settings.home / "settings.toml").read_text()
    page = office_page(window)
    page.government_field.set_text("   ")
    page.save_button.click()
    assert page.message.property("role") == "error"
    assert "wajib diisi" in page.message.text()
    assert (kiosk.settings.home / "settings.toml").read_text() == before
    page.government_field.set_text("PEMERINTAH KOTA TANGERANG SELATAN")
    page.drive_thru_prefix_field.set_text("D-")
    page.save_button.click()
    assert "Awalan nomor antrean" in page.message.text()
    assert (kiosk.settings.home / "settings.toml").read_text() == before


def test_a_file_that_is_not_an_image_is_refused_as_a_logo(window: MainWindow, kiosk) -> None:
    (kiosk.settings.home / "logo-palsu.png").write_text("bukan gambar")
    page = office_page(window)
    key = next(k for k in page.logo_tiles.keys() if k.endswith("logo-palsu.png"))
    page.logo_tiles.set_selected([key])
    page.save_button.click()
    assert "bukan gambar PNG atau JPEG" in page.message.text()
    assert load_settings(kiosk.settings.home).office.logo == ""
