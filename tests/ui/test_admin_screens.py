"""The admin's screens under ⚙: the audit log (paging, CSV export) and the officers."""

from __future__ import annotations

import csv

from kiosk.domain.officers import Officer, Role
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry
from kiosk.ui.audit_screen import PAGE_SIZE
from kiosk.ui.main_window import MainWindow


def open_tab(window: MainWindow, tab: str):
    window.lane_screen.settings_button.click()
    settings = window.settings_screen
    settings.tabs.buttons[tab].click()
    assert settings.current_tab() == tab
    return settings


def test_the_audit_log_lists_newest_first_pages_and_exports_csv(window, kiosk: Kiosk) -> None:
    for number in range(PAGE_SIZE + 5):
        kiosk.audit.record("skrip", "register", f"D-{number:03}", "KTP_RUSAK")
    page = open_tab(window, "audit").audit_page
    table = page.table
    assert table.isVisible()
    assert table.rowCount() == PAGE_SIZE
    assert [table.item(0, c).text() for c in range(5)] == [
        "27 Jul 2021 09.05.00",
        "skrip",
        "Pendaftaran",
        f"D-{PAGE_SIZE + 4:03}",
        "KTP_RUSAK",
    ]
    assert page.more_button.isEnabled()
    page.more_button.click()
    total = AuditEntry.select().count()
    assert table.rowCount() == total
    assert not page.more_button.isEnabled()
    last = table.rowCount() - 1
    assert (table.item(last, 1).text(), table.item(last, 2).text()) == ("Sari", "Tambah petugas")

    page.export_button.click()
    path = kiosk.settings.home / "exports" / "audit-20210727-090500.csv"
    assert path.exists()
    assert str(path) in page.message.text() and page.message.property("role") == "success"
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["waktu_wib", "petugas", "demo", "tindakan", "objek", "keterangan"]
    assert len(rows) == total + 2  # the header, and the export itself
    assert table.item(0, 2).text() == "Ekspor"  # the export is in the log too
    page.export_button.click()  # a second export in the same second: a new file
    assert (kiosk.settings.home / "exports" / "audit-20210727-090500-2.csv").exists()


def test_the_audit_log_marks_the_demo_officer(make_window, kiosk: Kiosk, admin) -> None:
    from kiosk.domain.officers import DEMO_OFFICER

    kiosk.audit.record(DEMO_OFFICER, "register", "D-001")
    window = make_window()
    window.session.log_in(admin)
    page = open_tab(window, "audit").audit_page
    assert page.table.item(0, 1).text() == "Demo (tanpa login) (demo)"


def test_an_admin_adds_an_officer_and_deactivates_them(window, kiosk: Kiosk, admin) -> None:
    page = open_tab(window, "officers").officers_page
    assert page.listed() == ["Sari"]
    assert not page.row_button(admin.id).isEnabled()  # not oneself
    page.add_button.click()
    form = page.form
    assert page.views.currentWidget() is page.form_view
    assert form.role_tiles.isVisible()
    for char in "JOKO":
        form.keyboard.key_button(char).click()
    form.role_tiles.tile(Role.SUPERVISOR.value).click()
    form.nip_field.set_text("198001012005011001")
    form.pin_field.line_edit.setFocus()
    assert form.input_panel.currentWidget() is form.keypad
    for digit in "4826":
        form.keypad.key_button(digit).click()
    form.pin_again_field.set_text("4827")
    page.save_button.click()
    assert "PIN tidak sama" in form.pin_again_field.error()
    form.pin_again_field.set_text("4826")
    page.save_button.click()

    assert page.views.currentWidget() is page.list_scroll
    assert page.message.text() == "JOKO ditambahkan sebagai Supervisor."
    assert page.listed() == ["JOKO", "Sari"]
    (joko,) = [o for o in kiosk.officers.active() if o.name == "JOKO"]
    assert (joko.role, joko.nip) == (Role.SUPERVISOR, "198001012005011001")
    assert kiosk.officers.login(joko.id, "4826") == joko

    page.row_button(joko.id).click()  # Nonaktifkan
    assert [o.name for o in kiosk.officers.active()] == ["Sari"]
    assert page.row_button(joko.id).text() == "Aktifkan"
    page.row_button(joko.id).click()
    assert [o.name for o in kiosk.officers.active()] == ["JOKO", "Sari"]
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.subject == "JOKO")]
    assert actions[-2:] == ["officer_inactive", "officer_active"]


def test_adding_an_officer_twice_is_refused_on_the_form(window, kiosk, admin: Officer) -> None:
    kiosk.officers.add(admin, "Budi", "7391", Role.PETUGAS)
    page = open_tab(window, "officers").officers_page
    page.add_button.click()
    form = page.form
    form.name_field.set_text("Budi")
    form.pin_field.set_text("5820")
    form.pin_again_field.set_text("5820")
    page.save_button.click()
    assert form.message.text() == "Petugas bernama Budi sudah ada."
    page.cancel_button.click()
    assert page.listed() == ["Budi", "Sari"]
