"""The printer settings screen writes the settings file and prints with it at once."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import load_settings
from kiosk.printing.backends import media_of
from kiosk.services import Kiosk
from tests.helpers import car


def test_paper_and_copies_are_saved_and_used_for_the_next_slip(window, kiosk: Kiosk) -> None:
    window.lane_screen.settings_button.click()
    assert window.stack.currentWidget() is window.settings_screen
    window.settings_screen.tabs.buttons["printer"].click()
    screen = window.settings_screen.printer_page
    assert "outbox" in screen.slip_printers.keys()
    assert screen.slip_printers.selected_keys() == ["outbox"]
    screen.slip_paper.buttons["58"].click()
    screen.receipt_paper.buttons["80"].click()
    screen.slip_copies.plus.click()
    screen.save_button.click()
    assert "Tersimpan" in screen.message.text()

    saved = load_settings(kiosk.settings.home)  # the file, read back as the next start would
    assert saved.printing.paper_width_mm == 58
    assert saved.printing.receipt_paper == "80"
    assert saved.printing.slip_copies == 2
    assert "# 80 or 58 (mm thermal roll)" in (kiosk.settings.home / "settings.toml").read_text()

    job_id = kiosk.registration.register(car(), "x").slip_job_id
    outcome = kiosk.prints.print_job(job_id)
    assert outcome.ok and media_of(Path(outcome.output).read_bytes()).startswith("58x")
    window.settings_screen.back_button.click()
    assert window.stack.currentWidget() is window.lane_screen
