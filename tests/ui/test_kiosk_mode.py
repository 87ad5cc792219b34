"""Kiosk mode (--fullscreen): the window stays until a supervisor or an admin lets it go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.domain.officers import Role
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry
from kiosk.ui.exit_dialog import ExitKioskDialog
from tests.ui.conftest import PIN, log_in


def type_pin(dialog: ExitKioskDialog, pin: str) -> None:
    for digit in pin:
        dialog.keypad.key_button(digit).click()


def test_kiosk_mode_refuses_to_close_without_a_supervisor_pin(
    qtbot, make_window, kiosk: Kiosk, admin
) -> None:
    joko = kiosk.officers.add(admin, "Joko", "4826", Role.SUPERVISOR)
    budi = kiosk.officers.add(admin, "Budi", "7391", Role.PETUGAS)
    window = make_window(kiosk_mode=True)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert not flags & Qt.WindowType.WindowMinimizeButtonHint
    assert not flags & Qt.WindowType.WindowCloseButtonHint
    log_in(window, kiosk, budi, "7391")

    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.close()  # Alt+F4 arrives like this
    assert window.isVisible()
    dialog = window.exit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # only supervisors and admins can let the window go
    assert dialog.tiles.keys() == [str(joko.id), str(admin.id)]
    window.close()
    assert window.exit_dialog is dialog  # one dialog at a time

    dialog.select(joko.id)
    type_pin(dialog, "7391")  # Budi's PIN on Joko's name
    dialog.exit_button.click()
    assert "PIN salah" in dialog.pin_field.error()
    assert window.isVisible()
    refused = AuditEntry.get(AuditEntry.action == "exit_kiosk_refused")
    assert refused.officer_name == "Joko"
    dialog.cancel_button.click()
    assert window.exit_dialog is None
    assert window.isVisible()

    window.close()
    dialog = window.exit_dialog
    dialog.select(joko.id)
    type_pin(dialog, "4826")
    with qtbot.waitSignal(dialog.finished):
        dialog.exit_button.click()
    assert not window.isVisible()
    exit_entry = AuditEntry.get(AuditEntry.action == "exit_kiosk")
    assert (exit_entry.officer_name, exit_entry.subject) == ("Joko", "Jalur 1")


def test_the_login_screen_offers_closing_in_kiosk_mode_only(make_window, kiosk, admin) -> None:
    window = make_window(kiosk_mode=True)
    assert window.login_screen.exit_button.isVisible()
    window.login_screen.exit_button.click()
    dialog = window.exit_dialog
    assert dialog is not None and dialog.tiles.selected_keys() == [str(admin.id)]
    type_pin(dialog, PIN)
    dialog.exit_button.click()
    assert not window.isVisible()


def test_five_wrong_pins_close_the_dialog(make_window, kiosk, admin) -> None:
    window = make_window(kiosk_mode=True)
    window.close()
    dialog = window.exit_dialog
    for _ in range(5):
        type_pin(dialog, "1111")
        dialog.exit_button.click()
    assert window.exit_dialog is None
    assert window.isVisible()
    assert AuditEntry.select().where(AuditEntry.action == "exit_kiosk_refused").count() == 5


def test_without_kiosk_mode_the_window_closes(window) -> None:
    assert not window.login_screen.exit_button.isVisible()
    window.close()
    assert not window.isVisible()
