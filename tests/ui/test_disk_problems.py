"""The window on a full disk: it says so in plain Indonesian, keeps the visit on screen, and
stores it once there is room (see tests/store/test_disk_problems.py for how the full disk is
made)."""

from __future__ import annotations

import pytest

from kiosk.services import StoreError
from kiosk.store.models import Visit
from kiosk.ui.main_window import MainWindow
from tests.helpers import NIK_B, car, request
from tests.store.test_disk_problems import fill_disk, free_disk
from tests.ui.test_server_outage import to_confirm_page

pytestmark = pytest.mark.sqlite_only


def test_a_full_disk_keeps_the_visit_on_screen_until_there_is_room(
    qtbot, window: MainWindow, kiosk
) -> None:
    to_confirm_page(window)
    wizard = window.wizard
    # no page more for the file, and the tables' last pages filled by other lanes' visits
    fill_disk()
    try:
        with pytest.raises(StoreError, match="Penyimpanan penuh"):
            for _ in range(100):
                kiosk.registration.register(car(request(nik=NIK_B)), "Budi")
        stored = Visit.select().count()
        wizard.next_button.click()  # "Simpan & Cetak Slip"
        assert wizard.current_page() is wizard.confirm_page
        assert "Penyimpanan penuh" in wizard.confirm_page.error_label.text()
        assert wizard.next_button.isEnabled()
        assert wizard.presenter.draft().requests[0].name == "SITI RAHAYU"
        assert Visit.select().count() == stored
    finally:
        free_disk()
    with qtbot.waitSignal(wizard.registered):
        wizard.next_button.click()  # the officer taps again once the admin made room
    assert wizard.current_page() is wizard.done_page
    assert wizard.done_page.number_label.text() == f"D-{stored + 1:03d}"
    assert Visit.select().count() == stored + 1
