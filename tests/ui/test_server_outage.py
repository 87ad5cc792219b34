"""The window while the shared PostgreSQL server is away: it says so, keeps what the officer
typed, tries again by itself, and carries on when the server is back, storing the visit once."""

from __future__ import annotations

import pytest

from kiosk.store.models import Visit
from kiosk.ui.main_window import MainWindow
from tests.ui.test_intake import fill_applicant, start_car

pytestmark = pytest.mark.postgresql_only


def to_confirm_page(window: MainWindow) -> None:
    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    wizard.next_button.click()
    wizard.requirements_page.all_button.click()
    wizard.next_button.click()
    assert wizard.current_page() is wizard.confirm_page


def test_confirm_while_the_server_is_away_keeps_the_visit_and_stores_it_once_back(
    qtbot, window: MainWindow, postgres_server
) -> None:
    to_confirm_page(window)
    wizard = window.wizard
    postgres_server.stop("fast")
    try:
        wizard.next_button.click()  # "Simpan & Cetak Slip"
        assert wizard.current_page() is wizard.confirm_page  # nothing typed is lost
        error = wizard.confirm_page.error_label.text()
        assert "Server basis data tidak dapat dihubungi" in error
        assert "Mencoba menyimpan lagi setiap 5 detik" in error
        assert wizard.retry_timer.isActive()
        assert wizard.next_button.isEnabled()  # the officer may also tap again
        assert wizard.presenter.draft().requests[0].name == "SITI RAHAYU"
        wizard.retry_timer.timeout.emit()  # the retry while the server is still away
        assert wizard.current_page() is wizard.confirm_page
        assert wizard.retry_timer.isActive()
    finally:
        postgres_server.start()
    with qtbot.waitSignal(wizard.registered, timeout=10_000) as signal:
        wizard.retry_timer.timeout.emit()  # the next retry, the server back
    assert wizard.current_page() is wizard.done_page
    assert signal.args[0].number == "D-001"
    assert not wizard.retry_timer.isActive()
    token = wizard.presenter.state.token
    assert [(v.number, v.token) for v in Visit.select()] == [("D-001", token)]


def test_the_board_says_the_server_is_away_and_recovers_by_itself(
    window: MainWindow, kiosk, postgres_server
) -> None:
    board = window.lane_screen
    postgres_server.stop("fast")
    try:
        board.refresh()  # the refresh tick while the server is away
        assert board.error_label.isVisibleTo(board)
        assert "Server basis data tidak dapat dihubungi" in board.error_label.text()
        assert "data terakhir" in board.error_label.text()
    finally:
        postgres_server.start()
    board.refresh()  # the next tick, server back
    assert not board.error_label.isVisibleTo(board)


def test_cancel_stops_the_retries(window: MainWindow, postgres_server) -> None:
    to_confirm_page(window)
    wizard = window.wizard
    postgres_server.stop("fast")
    try:
        wizard.next_button.click()
        assert wizard.retry_timer.isActive()
        wizard.cancel_button.click()
        assert not wizard.retry_timer.isActive()
    finally:
        postgres_server.start()
    assert Visit.select().count() == 0
