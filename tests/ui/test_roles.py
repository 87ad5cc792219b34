"""What a petugas may not do is refused clearly; a full NIK shows only after "Tampilkan"."""

from __future__ import annotations

import pytest

from kiosk.domain.officers import Officer, Role
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry, PrintJob, Request
from kiosk.ui.main_window import MainWindow
from tests.helpers import NIK_A, car
from tests.ui.conftest import log_in


@pytest.fixture
def petugas(kiosk: Kiosk, admin: Officer) -> Officer:
    return kiosk.officers.add(admin, "Budi", "7391", Role.PETUGAS)


@pytest.fixture
def petugas_window(make_window, kiosk: Kiosk, petugas: Officer) -> MainWindow:
    window = make_window()
    log_in(window, kiosk, petugas, "7391")
    return window


def test_a_petugas_cannot_cancel_and_is_told_why(petugas_window, kiosk: Kiosk) -> None:
    window = petugas_window
    visit_id = kiosk.registration.register(car(), "x").visit_id
    req = Request.get()
    window.show_details(visit_id)
    detail = window.detail_screen
    detail.buttons_for(req.id)["cancelled"].click()
    assert detail.message.isVisible()
    assert detail.message.text() == (
        "Hanya supervisor atau admin yang dapat membatalkan permohonan."
    )
    assert not detail.input_panel.isVisible()  # no reasons to pick for nothing
    assert Request.get().status == "waiting"
    # the other moves are a petugas's
    detail.buttons_for(req.id)["in_process"].click()
    assert Request.get().status == "in_process"
    assert not detail.message.isVisible()


def test_a_petugas_cannot_reprint_a_receipt(petugas_window, kiosk: Kiosk) -> None:
    window = petugas_window
    visit_id = kiosk.registration.register(car(), "x").visit_id
    req = Request.get()
    window.show_details(visit_id)
    detail = window.detail_screen
    receipt = detail.buttons_for(req.id)["receipt"]
    assert receipt.text() == "Cetak Tanda Terima"
    receipt.click()  # the first receipt is any officer's
    assert PrintJob.select().where(PrintJob.kind == "receipt").count() == 1
    receipt = detail.buttons_for(req.id)["receipt"]
    assert receipt.text() == "Cetak Ulang Tanda Terima"
    receipt.click()
    assert detail.message.text() == "Hanya supervisor atau admin yang dapat mencetak ulang dokumen."
    assert PrintJob.select().where(PrintJob.kind == "receipt").count() == 1


def test_a_petugas_is_told_that_settings_are_an_admins(petugas_window) -> None:
    window = petugas_window
    window.lane_screen.settings_button.click()
    settings = window.settings_screen
    assert window.stack.currentWidget() is settings
    office = settings.office_page
    assert office.message.text() == "Hanya admin yang dapat mengubah pengaturan."
    assert not office.save_button.isVisible() and not office.scroll.isVisible()
    settings.tabs.buttons["printer"].click()
    printer = settings.printer_page
    assert printer.message.text() == "Hanya admin yang dapat mengubah pengaturan."
    assert printer.message.property("role") == "error"
    assert not printer.save_button.isVisible() and not printer.save_button.isEnabled()
    assert not printer.scroll.isVisible()

    settings.tabs.buttons["officers"].click()
    officers = settings.officers_page
    assert officers.message.text() == "Hanya admin yang dapat mengelola petugas."
    assert not officers.add_button.isVisible()
    assert not officers.views.isVisible()

    settings.tabs.buttons["audit"].click()
    audit = settings.audit_page
    assert audit.message.text() == "Hanya admin yang dapat membuka log audit."
    assert not audit.table.isVisible()
    assert not audit.export_button.isVisible()


def test_tampilkan_shows_the_full_nik_and_phone_and_is_audited(window, kiosk: Kiosk) -> None:
    visit_id = kiosk.registration.register(car(), "x").visit_id
    req = Request.get()
    window.show_details(visit_id)
    detail = window.detail_screen
    masked = detail.identity_text(req.id)
    assert "3603**********01" in masked and NIK_A not in masked
    reveal = detail.buttons_for(req.id)["reveal"]
    assert reveal.text() == "Tampilkan"
    reveal.click()
    shown = detail.identity_text(req.id)
    assert NIK_A in shown and "0812-3456-7890" in shown
    assert reveal.text() == "Sembunyikan"
    entry = AuditEntry.get(AuditEntry.action == "reveal_nik")
    assert (entry.officer_name, entry.subject) == ("Sari", "D-001/1")
    assert NIK_A not in entry.detail  # the log says whose NIK was seen, masked

    reveal.click()  # hidden again
    assert NIK_A not in detail.identity_text(req.id)
    reveal.click()
    window.show_details(visit_id)  # reloaded: masked again
    assert NIK_A not in detail.identity_text(req.id)
    assert AuditEntry.select().where(AuditEntry.action == "reveal_nik").count() == 2
