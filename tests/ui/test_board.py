"""The lane board and a visit's details, driven as an officer would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.domain.visit import Channel, Status
from kiosk.services.lane import FINISHED_ROWS
from kiosk.store.models import Call, Event, PrintJob, Request
from kiosk.ui.board_row import BoardRow
from kiosk.ui.lane_screen import SPARE_ROWS
from kiosk.ui.main_window import MainWindow
from tests.helpers import FULL_NIK, car, pdf_text, request, walk_in
from tests.ui.screens import clipped_buttons

DOCS = ("KTP-el yang rusak (asli)", "Kartu Keluarga (fotokopi/tunjukkan)")


def board_numbers(window: MainWindow) -> list[str]:
    return [row.summary.number for row in window.lane_screen.rows()]


def test_a_visit_from_registration_to_hand_over_through_the_board(window, kiosk) -> None:
    visit_id = kiosk.registration.register(car(request(received=DOCS)), "Budi").visit_id
    board = window.lane_screen
    board.refresh()
    row = board.row_for(visit_id)
    assert row.step_button.text() == "Proses"
    row.step_button.click()
    assert Request.get().status == "in_process"
    assert row.step_button.text() == "Siap · Panggil"
    row.step_button.click()
    assert Request.get().status == "ready"
    assert Call.select().count() == 1
    assert row.call_button.isVisible() and row.call_button.text() == "Panggil Ulang (1)"
    row.call_button.click()
    assert Call.select().count() == 2
    assert row.step_button.text() == "Serahkan"
    row.step_button.click()
    assert Request.get().status == "handed_over"
    assert not row.step_button.isVisible()
    assert not board.error_label.isVisible()
    officers = {e.officer for e in Event.select().where(Event.from_status.is_null(False))}
    assert officers == {"Sari"}

    # the receipt printed at hand-over: documents, dates, masked NIK
    job = PrintJob.get(PrintJob.kind == "receipt")
    text = pdf_text(Path(job.output))
    assert DOCS[0] in text and DOCS[1] in text and "Formulir F-1.02" in text
    assert "Selasa, 27 Juli 2021" in text
    assert "3603**********01" in text
    assert not FULL_NIK.search(text.replace(" ", ""))
    assert "SALINAN" not in text

    # a reprint from the visit's details says SALINAN and is recorded
    row.details_button.click()
    detail = window.detail_screen
    assert window.stack.currentWidget() is detail
    req = Request.get()
    detail.buttons_for(req.id)["receipt"].click()
    copy = PrintJob.select().where(PrintJob.kind == "receipt").order_by(PrintJob.id.desc()).get()
    assert copy.copy_number == 2 and copy.officer == "Sari"
    assert "SALINAN" in pdf_text(Path(copy.output))
    detail.back_button.click()
    assert window.stack.currentWidget() is board


def test_an_illegal_move_shows_its_reason_on_the_board(window, kiosk) -> None:
    visit_id = kiosk.registration.register(car(), "Budi").visit_id
    board = window.lane_screen
    board.refresh()
    kiosk.flow.move_visit(visit_id, Status.CANCELLED, "Joko", note="salah")  # another lane
    board.row_for(visit_id).step_button.click()  # the row still offers "Proses"
    assert board.error_label.isVisible()
    assert "tidak dapat diubah" in board.error_label.text()
    assert Request.get().status == "cancelled"


def test_side_exits_from_the_details_take_their_input(window, kiosk, clock) -> None:
    visit_id = kiosk.registration.register(car(request(received=DOCS)), "Budi").visit_id
    req = Request.get()
    window.show_details(visit_id)
    detail = window.detail_screen
    # incomplete: choose what is missing
    detail.buttons_for(req.id)["incomplete"].click()
    assert detail.input_panel.isVisible()
    assert detail.input_tiles.selected_keys() == ["Formulir F-1.02"]
    detail.confirm_button.click()
    assert Request.get().status == "incomplete"
    # back in the queue, then cancelled with a reason
    detail.buttons_for(req.id)["waiting"].click()
    assert Request.get().status == "waiting"
    detail.buttons_for(req.id)["cancelled"].click()
    detail.confirm_button.click()  # no reason chosen: refused, input kept
    assert "Alasan" in detail.message.text()
    assert detail.input_panel.isVisible()
    detail.input_tiles.set_selected([detail.input_tiles.keys()[0]])
    detail.confirm_button.click()
    assert Request.get().status == "cancelled"
    assert Event.get(Event.to_status == "cancelled").note == "Atas permintaan pemohon"


def test_the_board_filters_by_channel_and_searches(window, kiosk) -> None:
    kiosk.registration.register(car(plate="B 1234 ABC"), "x")
    kiosk.registration.register(walk_in(), "x")
    kiosk.registration.register(car(plate="A 55 XY"), "x")
    board = window.lane_screen
    board.refresh()
    assert board_numbers(window) == ["D-001", "L-001", "D-002"]
    assert not board.station_button.isVisible()  # one lane only: no lane filter to show
    board.filter_buttons[Channel.LOKET].click()
    assert board_numbers(window) == ["L-001"]
    board.filter_buttons[None].click()
    board.keyboard_button.click()
    assert board.keyboard.isVisible()
    for key in "A55":
        board.keyboard.key_button(key).click()
    assert board.search.text() == "A55"
    assert board_numbers(window) == ["D-002"]


def test_rows_show_time_against_target_in_colours(window, kiosk, clock) -> None:
    visit_id = kiosk.registration.register(car(), "x").visit_id
    board = window.lane_screen
    clock.moment += timedelta(minutes=5)
    board.refresh()
    row = board.row_for(visit_id)
    assert row.property("punctuality") == "on_time"
    assert row.time_label.text().startswith("5 menit")
    clock.moment += timedelta(minutes=4)
    board.refresh()
    assert row.property("punctuality") == "near"
    clock.moment += timedelta(minutes=2)
    board.refresh()
    assert row.property("punctuality") == "late"


def test_the_board_shows_one_lane_or_all(window, kiosk, settings, clock) -> None:
    from dataclasses import replace

    from kiosk.services.registration import RegistrationService

    other_lane = replace(settings, station=replace(settings.station, name="Jalur 2"))
    RegistrationService(kiosk.catalogue, other_lane, clock).register(car(plate="B 2 XY"), "x")
    kiosk.registration.register(car(plate="B 1 XY"), "x")
    board = window.lane_screen
    board.refresh()
    assert board_numbers(window) == ["D-001", "D-002"]  # one queue for both lanes
    assert board.station_button.isVisible() and board.station_button.text() == "Hanya Jalur 1"
    board.station_button.click()
    assert board_numbers(window) == ["D-002"]  # D-001 came from Jalur 2
    board.station_button.click()
    assert len(board_numbers(window)) == 2


def test_the_board_keeps_the_newest_finished_visits_and_finds_older_ones(
    window, kiosk, clock
) -> None:
    board = window.lane_screen
    finished = []
    for _ in range(FINISHED_ROWS + 3):
        visit_id = kiosk.registration.register(walk_in(), "Budi").visit_id
        for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
            kiosk.flow.move_visit(visit_id, step, "Budi")
        finished.append(visit_id)
        clock.moment += timedelta(minutes=3)
    waiting = kiosk.registration.register(car(), "Budi").visit_id
    board.refresh()
    shown = [row.summary.visit_id for row in board.rows()]
    # every visit still to work, then the finished ones that finished last
    assert shown == [waiting, *finished[3:]]
    # in that order in the layout too
    rows = board.rows()
    assert [board.rows_layout.indexOf(row) for row in rows] == list(range(len(rows)))
    assert board.older_label.isVisible()
    assert board.older_label.text().startswith("3 kunjungan sebelumnya")
    assert board.summary.text().startswith("1 aktif")

    # the oldest is found with the search, and the note goes while searching
    oldest = kiosk.lane.visit(finished[0])
    assert oldest is not None
    board.search.setText(oldest.number)
    board.refresh()
    assert [row.summary.visit_id for row in board.rows()] == [finished[0]]
    assert not board.older_label.isVisible()
    board.search.clear()
    board.refresh()
    assert len(board.rows()) == FINISHED_ROWS + 1
    assert board.rows_layout.indexOf(board.older_label) == FINISHED_ROWS + 1
    assert all(row.isVisible() for row in board.rows())
    # of the rows the search hid, SPARE_ROWS were kept and shown again, the others deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(board.rows_box.findChildren(BoardRow)) == FINISHED_ROWS + 1
    board.search.setText("X-999")  # nothing matches: every row hidden, a few kept
    board.refresh()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(board.rows_box.findChildren(BoardRow)) == SPARE_ROWS


ROUTES = {
    Status.WAITING: (),
    Status.IN_PROCESS: (Status.IN_PROCESS,),
    Status.READY: (Status.IN_PROCESS, Status.READY),
    Status.HANDED_OVER: (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER),
    Status.FORWARDED: (Status.IN_PROCESS, Status.FORWARDED),
    Status.CANCELLED: (Status.CANCELLED,),
}


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_kind_of_row_keeps_its_buttons_on_the_board(
    request, qtbot, window, kiosk, language
) -> None:
    """Every status, a car called nine times, a survey offered, and each row's slip or receipt
    failed or waiting for the printer with a long reason: at the kiosk's 1280 px, in both
    languages, every button of every row is wholly on the board."""
    if language == "en":
        request.getfixturevalue("english")
    for status, route in ROUTES.items():
        visit_id = kiosk.registration.register(car(plate=f"B {len(route) + 1} XYZ"), "Sari")
        visit_id = visit_id.visit_id
        for step in route:
            kiosk.flow.move_visit(visit_id, step, "Sari", note="berkas tertinggal")
        if status is Status.READY:
            for _ in range(8):
                kiosk.flow.call_again(visit_id, "Sari")
    reason = Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Printer {name} tidak dapat mulai mencetak '{title}'. "
            "Periksa printer, lalu tekan Cetak Ulang.",
        ),
        name="'Printer-Loket-Lantai-Satu-Sebelah-Kiri'",
        title="Tanda Terima D-001",
    )
    for job in PrintJob.select():
        state = "failed" if job.id % 2 else "pending"
        PrintJob.update(state=state, last_error=str(reason), error_message=reason.to_json()).where(
            PrintJob.id == job.id
        ).execute()
    board = window.lane_screen
    board.refresh()
    rows = board.rows()
    assert len(rows) == len(ROUTES)
    assert all(row.print_label.isVisibleTo(row) for row in rows)
    assert any(row.call_button.isVisibleTo(row) for row in rows)
    assert any(row.survey_button.isVisibleTo(row) for row in rows)
    qtbot.waitUntil(lambda: not clipped_buttons(window), timeout=5_000)
