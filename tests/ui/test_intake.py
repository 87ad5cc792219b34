"""The intake wizard, driven as an officer would: tiles, keypad, keyboard, confirm, slip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from kiosk.domain.visit import Channel
from kiosk.services import Kiosk
from kiosk.store.models import PrintJob, Request, Visit
from kiosk.ui.main_window import MainWindow
from kiosk.ui.metrics import MIN_TOUCH_MM, touch_px
from tests.helpers import FULL_NIK, NIK_A, NIK_B, car, pdf_text, request


def type_digits(window: MainWindow, digits: str) -> None:
    keypad = window.wizard.applicant_page.keypad
    for digit in digits:
        keypad.key_button(digit).click()


def type_letters(window: MainWindow, text: str) -> None:
    keyboard = window.wizard.applicant_page.keyboard
    for char in text:
        keyboard.key_button(char).click()


def start_car(window: MainWindow, service: str = "KTP_RUSAK") -> None:
    window.lane_screen.new_vehicle_button.click()
    wizard = window.wizard
    assert window.stack.currentWidget() is wizard
    assert wizard.current_page() is wizard.service_page
    wizard.service_page.tiles.tile(service).click()
    assert wizard.current_page() is wizard.applicant_page


def fill_applicant(window: MainWindow, *, nik: str = NIK_A, name: str = "SITI RAHAYU",
                   phone: str = "081234567890", plate: str | None = "B 1234 ABC") -> None:
    page = window.wizard.applicant_page
    page.nik_field.line_edit.setFocus()
    type_digits(window, nik)
    page.name_field.line_edit.setFocus()
    page.name_field.line_edit.clear()
    type_letters(window, name)
    page.phone_field.line_edit.setFocus()
    page.phone_field.line_edit.clear()
    type_digits(window, phone)
    if plate is not None:
        page.plate_field.line_edit.setFocus()
        type_letters(window, plate)


def test_a_car_from_the_tiles_to_a_stored_visit_and_a_slip(qtbot, window, kiosk) -> None:
    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    page = wizard.applicant_page
    assert page.nik_field.text() == NIK_A
    assert page.name_field.text() == "SITI RAHAYU"
    assert page.plate_field.text() == "B 1234 ABC"
    wizard.next_button.click()
    assert wizard.current_page() is wizard.requirements_page
    wizard.requirements_page.all_button.click()
    wizard.next_button.click()
    assert wizard.current_page() is wizard.confirm_page
    with qtbot.waitSignal(wizard.registered) as signal:
        wizard.next_button.click()
    assert wizard.current_page() is wizard.done_page
    assert signal.args[0].number == "D-001"
    assert wizard.done_page.number_label.text() == "D-001"

    visit = Visit.get()
    assert (visit.number, visit.plate, visit.channel) == ("D-001", "B 1234 ABC", "drive_thru")
    (req,) = visit.requests
    assert (req.nik, req.name, req.phone) == (NIK_A, "SITI RAHAYU", "+6281234567890")
    assert req.missing == []
    job = PrintJob.get()
    assert job.state == "sent"
    text = pdf_text(Path(job.output))
    assert "D-001" in text and "Penggantian KTP-el Rusak" in text and "B 1234 ABC" in text
    assert not FULL_NIK.search(text.replace(" ", ""))

    wizard.next_button.click()  # "Selesai"
    assert window.stack.currentWidget() is window.lane_screen
    assert [r.summary.number for r in window.lane_screen.rows()] == ["D-001"]


def test_bad_input_shows_inline_in_indonesian_and_keeps_what_was_typed(window) -> None:
    start_car(window)
    fill_applicant(window, nik="3603230000000000", name="SITI", phone="0215551234", plate="")
    wizard = window.wizard
    wizard.next_button.click()
    page = wizard.applicant_page
    assert wizard.current_page() is page
    assert "NIK" in page.nik_field.error() or "Tanggal" in page.nik_field.error()
    assert page.phone_field.error()
    assert "Plat nomor" in page.plate_field.error()
    assert page.name_field.error() is None
    assert page.nik_field.text() == "3603230000000000"  # nothing typed is lost
    assert page.name_field.text() == "SITI"
    assert Visit.select().count() == 0
    # correcting the NIK clears its error as soon as it is edited
    page.nik_field.line_edit.setFocus()
    page.keypad.key_button(page.keypad.CLEAR).click()
    assert page.nik_field.error() is None


def test_a_returning_nik_fills_name_and_phone(window, kiosk: Kiosk) -> None:
    kiosk.registration.register(car(request(nik=NIK_B, name="AHMAD HIDAYAT")), "x")
    start_car(window)
    page = window.wizard.applicant_page
    page.nik_field.line_edit.setFocus()
    type_digits(window, NIK_B)
    assert page.name_field.text() == "AHMAD HIDAYAT"
    assert page.phone_field.text() == "0812-3456-7890"
    assert page.known_label.isVisible()


def test_two_applicants_in_one_car_get_one_number(qtbot, window) -> None:
    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    wizard.next_button.click()
    wizard.next_button.click()  # requirements: nothing ticked yet, recorded as missing
    wizard.confirm_page.add_button.click()
    assert wizard.current_page() is wizard.service_page
    wizard.service_page.tiles.tile("AKTA_LAHIR").click()
    assert not wizard.applicant_page.plate_field.isVisible()  # the plate is the car's, asked once
    fill_applicant(window, nik=NIK_B, name="AHMAD", plate=None)
    wizard.next_button.click()
    wizard.next_button.click()
    with qtbot.waitSignal(wizard.registered):
        wizard.next_button.click()
    visit = Visit.get()
    assert visit.plate == "B 1234 ABC"
    assert [r.service_code for r in visit.requests.order_by(Request.position)] == [
        "KTP_RUSAK",
        "AKTA_LAHIR",
    ]
    assert Visit.select().count() == 1


def test_a_double_tap_on_confirm_stores_one_visit(window) -> None:
    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    wizard.next_button.click()
    wizard.next_button.click()
    wizard.next_button.click()
    wizard.presenter.confirm()  # a second confirm of the same intake
    assert Visit.select().count() == 1


def test_the_counter_takes_walk_ins_without_a_plate(window) -> None:
    window.lane_screen.new_walk_in_button.click()
    wizard = window.wizard
    assert wizard.presenter.channel is Channel.LOKET
    assert "LEGALISASI" in wizard.service_page.tiles.keys()  # counter-only services appear
    wizard.service_page.tiles.tile("SKTM").click()
    assert not wizard.applicant_page.plate_field.isVisible()
    fill_applicant(window, plate=None)
    wizard.next_button.click()
    wizard.next_button.click()
    wizard.next_button.click()
    assert Visit.get().number == "L-001"


def test_the_drive_thru_lane_offers_only_its_services(window) -> None:
    window.lane_screen.new_vehicle_button.click()
    keys = window.wizard.service_page.tiles.keys()
    assert "KTP_RUSAK" in keys and "LEGALISASI" not in keys


def test_cancel_returns_to_the_lane_without_storing(window) -> None:
    start_car(window)
    window.wizard.cancel_button.click()
    assert window.stack.currentWidget() is window.lane_screen
    assert Visit.select().count() == 0


def visible_buttons(window: MainWindow) -> list[QPushButton]:
    return [b for b in window.findChildren(QPushButton) if b.isVisible()]


def test_every_visible_button_is_a_finger_target_on_every_page(window) -> None:
    minimum = touch_px(window, MIN_TOUCH_MM)
    seen = 0

    def check() -> None:
        nonlocal seen
        for button in visible_buttons(window):
            assert button.height() >= minimum, (button.text(), button.height(), minimum)
            seen += 1

    check()  # lane screen
    start_car(window)
    check()  # applicant page with keypad
    window.wizard.applicant_page.name_field.line_edit.setFocus()
    check()  # keyboard
    window.wizard.applicant_page.nik_field.line_edit.setFocus()
    fill_applicant(window)
    window.wizard.next_button.click()
    check()  # requirements
    window.wizard.next_button.click()
    check()  # confirm
    assert seen > 60
