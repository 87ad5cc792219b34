"""The satisfaction survey, offered after a hand-over and answered by the resident."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.flow import Move
from kiosk.domain.skm import CODES
from kiosk.domain.visit import Status
from kiosk.store.models import SurveyResponse
from kiosk.ui.main_window import MainWindow
from tests.helpers import NIK_B, car, request


def hand_over(window: MainWindow, kiosk) -> int:
    """A car registered and handed over through the board; its id."""
    visit_id = kiosk.registration.register(car(), "Budi").visit_id
    for step in (Status.IN_PROCESS, Status.READY):
        kiosk.flow.move_visit(visit_id, step, "Budi")
    board = window.lane_screen
    board.refresh()
    row = board.row_for(visit_id)
    assert not row.survey_button.isVisible()
    assert row.step_button.text() == "Serahkan"
    row.step_button.click()
    return visit_id


def test_the_resident_answers_and_skips_and_one_anonymous_response_is_stored(
    window, kiosk
) -> None:
    visit_id = hand_over(window, kiosk)
    row = window.lane_screen.row_for(visit_id)
    assert row.survey_button.isVisible()  # one tap away, where "Panggil Ulang" was
    row.survey_button.click()
    screen = window.survey_screen
    assert window.stack.currentWidget() is screen
    assert not window.header.isVisible()  # no officer's name, no "Ganti Petugas"

    assert screen.current_code() == "U1"
    assert "persyaratan" in screen.question_label.text()
    assert [f.text() for f in screen.faces] == [
        "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"
    ]
    screen.faces[3].click()  # U1: 4
    screen.faces[2].click()  # U2: 3
    screen.skip_button.click()  # U3 skipped
    assert screen.current_code() == "U4"
    assert screen.faces[3].text() == "Gratis"
    screen.back_button.click()  # back to U3, answered after all…
    assert screen.current_code() == "U3"
    screen.faces[0].click()
    screen.back_button.click()
    assert screen.faces[0].isChecked()
    screen.skip_button.click()  # …and skipped again
    for _code in CODES[3:]:
        screen.faces[1].click()
    assert screen.pages.currentWidget() is screen.review_page
    assert screen.send_button.isEnabled()

    screen.send_button.click()
    screen.send_button.click()  # a second tap stores nothing more
    assert screen.pages.currentWidget() is screen.thanks_page
    response = SurveyResponse.get()
    assert SurveyResponse.select().count() == 1
    expected = {"U1": 4, "U2": 3, "U3": None} | dict.fromkeys(CODES[3:], 2)
    assert response.answers() == expected
    assert response.service_code == "KTP_RUSAK" and response.channel == "drive_thru"
    assert str(response.service_day) == "2021-07-27"

    screen.done_button.click()
    assert window.stack.currentWidget() is window.lane_screen
    assert window.header.isVisible()
    assert not row.survey_button.isVisible()  # done: not offered twice


def test_the_thank_you_page_returns_to_the_board_by_itself(window, kiosk, qtbot) -> None:
    window.show_survey(hand_over(window, kiosk))
    screen = window.survey_screen
    for _code in CODES:
        screen.faces[3].click()
    screen.send_button.click()
    screen.thanks_timer.setInterval(1)
    screen.thanks_timer.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lane_screen)
    assert SurveyResponse.select().count() == 1


def test_a_skipped_survey_stores_nothing(window, kiosk) -> None:
    visit_id = hand_over(window, kiosk)
    window.show_survey(visit_id)
    screen = window.survey_screen
    screen.faces[0].click()
    screen.skip_all_button.click()  # the resident would rather not, even after one answer
    assert window.stack.currentWidget() is window.lane_screen
    assert SurveyResponse.select().count() == 0
    assert not window.lane_screen.row_for(visit_id).survey_button.isVisible()

    # every question skipped: "Kirim" has nothing to send
    window.show_survey(visit_id)
    assert screen.answers() == dict.fromkeys(CODES)  # nothing of the last attempt left
    for _code in CODES:
        screen.skip_button.click()
    assert not screen.send_button.isEnabled()
    screen.skip_all_review_button.click()
    assert SurveyResponse.select().count() == 0


def test_the_survey_is_stored_under_the_first_handed_over_service(window, kiosk) -> None:
    draft = car(request(service="KTP_RUSAK"), request(service="KIA", nik=NIK_B, name="BUDI"))
    visit_id = kiosk.registration.register(draft, "Budi").visit_id
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Budi")
    first, second = kiosk.lane.visit(visit_id).requests
    forward = Move(to=Status.FORWARDED, pickup_date=kiosk.flow.pickup_date("KTP_RUSAK"))
    kiosk.flow.move(first.request_id, forward, "Budi")  # to Disdukcapil: not handed over
    for step in (Status.READY, Status.HANDED_OVER):
        kiosk.flow.move(second.request_id, Move(to=step), "Budi")
    window.lane_screen.refresh()
    window.lane_screen.row_for(visit_id).survey_button.click()
    screen = window.survey_screen
    for _code in CODES:
        screen.faces[2].click()
    screen.send_button.click()
    assert SurveyResponse.get().service_code == "KIA"


def test_the_survey_is_offered_only_while_the_car_is_there(window, kiosk, clock) -> None:
    visit_id = hand_over(window, kiosk)
    board = window.lane_screen
    assert board.row_for(visit_id).survey_button.isVisible()
    clock.moment += timedelta(minutes=16)
    board.refresh()
    assert not board.row_for(visit_id).survey_button.isVisible()


def test_the_survey_starts_from_a_visits_details_too(window, kiosk) -> None:
    visit_id = kiosk.registration.register(car(), "Budi").visit_id
    window.show_details(visit_id)
    detail = window.detail_screen
    assert not detail.survey_button.isVisible()  # nothing handed over yet
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(visit_id, step, "Budi")
    window.show_details(visit_id)
    assert detail.survey_button.isVisible()
    detail.survey_button.click()
    assert window.stack.currentWidget() is window.survey_screen
    window.survey_screen.skip_all_button.click()
    assert window.stack.currentWidget() is window.lane_screen
