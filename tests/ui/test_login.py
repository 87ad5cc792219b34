"""Logging in, the first run, switching officers, the idle lock and demo mode."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.domain.officers import Role
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry, Event, OfficerAccount
from kiosk.ui.main_window import MainWindow
from tests.helpers import car
from tests.ui.conftest import PIN, log_in


def type_pin(window: MainWindow, pin: str) -> None:
    for digit in pin:
        window.login_screen.keypad.key_button(digit).click()


def actions(officer_name: str) -> list[str]:
    query = AuditEntry.select().where(AuditEntry.officer_name == officer_name)
    return [e.action for e in query.order_by(AuditEntry.id)]


def test_the_window_opens_on_the_login_screen_and_a_right_pin_shows_the_board(
    make_window, kiosk: Kiosk, admin
) -> None:
    window = make_window()
    screen = window.login_screen
    assert window.stack.currentWidget() is screen
    assert screen.tiles.keys() == [str(admin.id)]
    assert screen.tiles.selected_keys() == [str(admin.id)]  # the only officer is chosen
    assert screen.pin_field.line_edit.echoMode() == screen.pin_field.line_edit.EchoMode.Password
    assert not window.switch_button.isVisible()
    assert window.station_label.text() == "Jalur 1"
    type_pin(window, PIN)
    assert screen.pin_field.text() == PIN
    screen.login_button.click()
    assert window.session.officer == admin
    assert window.stack.currentWidget() is window.lane_screen
    assert window.station_label.text() == "Jalur 1 · Sari (Admin)"
    assert window.switch_button.isVisible()
    assert actions("Sari")[-1] == "login"


def test_a_wrong_pin_says_how_many_tries_are_left_and_five_lock_the_officer(
    make_window, kiosk: Kiosk, admin
) -> None:
    window = make_window()
    screen = window.login_screen
    type_pin(window, "1111")
    screen.login_button.click()
    assert window.session.officer is None
    assert screen.pin_field.error() == "PIN salah. Sisa 4 percobaan."
    assert screen.pin_field.text() == ""  # typed again from scratch
    for _ in range(4):
        type_pin(window, "1111")
        screen.login_button.click()
    assert "terkunci sampai 09.10 WIB" in screen.pin_field.error()
    type_pin(window, PIN)  # even the right PIN waits for the lock to end
    screen.login_button.click()
    assert window.session.officer is None
    assert "terkunci sampai" in screen.pin_field.error()
    assert window.stack.currentWidget() is screen
    assert actions("Sari").count("login_failed") == 5


def test_the_first_run_creates_the_first_admin_and_logs_them_in(make_window, kiosk) -> None:
    window = make_window()
    screen = window.first_run_screen
    assert window.stack.currentWidget() is screen
    form = screen.form
    assert not form.role_tiles.isVisible()  # the first officer is an admin
    form.name_field.line_edit.setFocus()
    assert form.input_panel.currentWidget() is form.keyboard
    for char in "DEWI":
        form.keyboard.key_button(char).click()
    form.nip_field.line_edit.setFocus()
    assert form.input_panel.currentWidget() is form.keypad
    for digit in "198701022010012003":
        form.keypad.key_button(digit).click()
    form.pin_field.line_edit.setFocus()
    for digit in "1234":
        form.keypad.key_button(digit).click()
    form.pin_again_field.line_edit.setFocus()
    for digit in "1234":
        form.keypad.key_button(digit).click()
    screen.save_button.click()
    assert "urutan angka" in form.pin_field.error()  # the use case's PIN rules
    form.pin_field.set_text("2580")
    form.pin_again_field.set_text("2581")
    screen.save_button.click()
    assert "PIN tidak sama" in form.pin_again_field.error()
    assert not OfficerAccount.select().exists()
    form.pin_again_field.set_text("2580")
    screen.save_button.click()

    officer = window.session.officer
    assert officer is not None
    assert (officer.name, officer.role, officer.nip) == ("DEWI", Role.ADMIN, "198701022010012003")
    # then the office's set-up, on the settings' first tab
    assert window.stack.currentWidget() is window.settings_screen
    assert window.settings_screen.current_tab() == window.settings_screen.OFFICE
    assert "Penyiapan awal" in window.settings_screen.office_page.message.text()
    assert window.station_label.text() == "Jalur 1 · DEWI (Admin)"
    assert actions("DEWI") == ["officer_add", "login"]


def test_a_first_officer_made_elsewhere_who_may_not_set_up_goes_to_the_board(
    make_window, kiosk
) -> None:
    """The window waits on the first-run screen; the officers are made another way (the
    command line, another lane): the first to log in, a petugas, gets the board, not the
    office set-up they may not change."""
    window = make_window()
    assert window.stack.currentWidget() is window.first_run_screen
    admin = kiosk.officers.add(None, "Sari", PIN, Role.ADMIN)
    petugas = kiosk.officers.add(admin, "Budi", "7391", Role.PETUGAS)
    window.show_login()
    log_in(window, kiosk, petugas, "7391")
    assert window.stack.currentWidget() is window.lane_screen


def test_ganti_petugas_switches_to_another_officer(window, kiosk: Kiosk, admin) -> None:
    budi = kiosk.officers.add(admin, "Budi", "4826", Role.PETUGAS)
    visit_id = kiosk.registration.register(car(), "x").visit_id
    window.switch_button.click()
    assert window.session.officer is None
    assert window.stack.currentWidget() is window.login_screen
    assert not window.switch_button.isVisible()
    assert actions("Sari")[-1] == "logout"
    assert window.login_screen.tiles.keys() == [str(budi.id), str(admin.id)]
    log_in(window, kiosk, budi, "4826")
    assert window.station_label.text() == "Jalur 1 · Budi (Petugas)"
    window.lane_screen.row_for(visit_id).step_button.click()
    assert Event.get(Event.to_status == Status.IN_PROCESS.value).officer == "Budi"


def test_the_lane_locks_after_the_idle_time_and_the_same_officer_goes_on(
    qtbot, window, kiosk: Kiosk, admin
) -> None:
    window.lane_screen.new_vehicle_button.click()
    window.wizard.service_page.tiles.tile("KTP_RUSAK").click()
    window.wizard.applicant_page.nik_field.set_text("3603")
    window.session.set_idle_lock_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: window.session.officer is None, timeout=5_000)
    screen = window.login_screen
    assert window.stack.currentWidget() is screen
    assert "tidak ada aktivitas" in screen.notice.text()
    assert screen.tiles.selected_keys() == [str(admin.id)]
    lock = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (lock.action, lock.officer_name) == ("lock", "Sari")
    assert lock.detail == "tidak aktif 0.001 menit"

    window.session.set_idle_lock_minutes(10)
    log_in(window, kiosk, admin, PIN)
    # back in the intake that was being typed
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.applicant_page.nik_field.text() == "3603"
    assert not screen.notice.isVisible()


def test_input_restarts_the_idle_timer(qtbot, window) -> None:
    timer = window.session.idle_timer
    window.session.set_idle_lock_minutes(1)
    assert timer.isActive()
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_900, timeout=5_000)
    target = window.lane_screen.new_vehicle_button
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, move)
    assert timer.remainingTime() > 59_900


def test_a_logged_out_window_stops_its_idle_timer(window) -> None:
    window.switch_button.click()
    assert not window.session.idle_timer.isActive()


def test_demo_mode_acts_as_the_demo_officer_without_a_login(make_window, kiosk) -> None:
    visit_id = kiosk.registration.register(car(), "x").visit_id
    window = make_window(demo=True)
    assert window.stack.currentWidget() is window.lane_screen
    assert window.station_label.text() == "Jalur 1 · Demo (tanpa login) · Supervisor"
    assert not window.switch_button.isVisible()
    assert not window.session.idle_timer.isActive()  # nobody could log in again
    window.lane_screen.row_for(visit_id).step_button.click()
    entry = AuditEntry.get(AuditEntry.action == "move")
    assert entry.demo and entry.officer_name == "Demo (tanpa login)"


def test_a_supervisor_unlocks_a_locked_officer_at_the_login_screen(
    qtbot, make_window, kiosk: Kiosk, admin
) -> None:
    budi = kiosk.officers.add(admin, "Budi", "4826", Role.PETUGAS)
    window = make_window()
    screen = window.login_screen
    screen.select(budi.id)
    assert not screen.unlock_button.isVisible()
    for _ in range(5):
        screen.pin_field.set_text("1357")
        screen.login_button.click()
    assert "terkunci" in screen.pin_field.error()
    assert screen.unlock_button.isVisible()

    dialog = screen.ask_unlock()
    assert dialog is not None and dialog.windowTitle() == "Buka kunci petugas"
    assert dialog.tiles.keys() == [str(admin.id)]  # supervisors and admins only
    dialog.pin_field.set_text("0000")
    dialog.exit_button.click()  # "Buka Kunci" with a wrong PIN: refused, audited
    assert "PIN salah" in dialog.pin_field.error()
    dialog.pin_field.set_text("2580")
    with qtbot.waitSignal(dialog.finished):
        dialog.exit_button.click()
    assert not screen.unlock_button.isVisible()
    assert "Sari membuka kunci Budi" in screen.notice.text()
    assert "unlock_refused" in actions("Sari") and "unlock" in actions("Sari")

    screen.pin_field.set_text("4826")
    screen.login_button.click()
    assert window.session.officer is not None and window.session.officer.name == "Budi"
