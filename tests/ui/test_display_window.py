"""The public display, polling a real database while the lane calls cars through FlowService."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.ui.display_window import DisplayWindow, FitLabel
from kiosk.ui.style import load_style_sheet
from tests.helpers import FULL_NIK, NIK_A, NIK_B, car, request, walk_in


class FakeChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


def open_display(qtbot, kiosk: Kiosk, chime: FakeChime, size=(1280, 720)) -> DisplayWindow:
    window = DisplayWindow(kiosk, chime=chime)
    window.setStyleSheet(load_style_sheet())
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.presenter.polled)
    return window


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


@pytest.fixture
def shown() -> list:
    """The calls the display announces (``call_shown``), in order."""
    return []


@pytest.fixture
def display(qtbot, kiosk: Kiosk, chime: FakeChime, shown: list) -> DisplayWindow:
    window = open_display(qtbot, kiosk, chime)
    window.call_shown.connect(shown.append)
    return window


def register(kiosk: Kiosk, plate: str, nik: str = NIK_A, name: str = "SITI RAHAYU") -> int:
    return kiosk.registration.register(car(request(nik=nik, name=name), plate=plate), "x").visit_id


def call_to_window(kiosk: Kiosk, visit_id: int) -> None:
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Budi")
    kiosk.flow.move_visit(visit_id, Status.READY, "Budi")


def visible_text(window: DisplayWindow) -> str:
    return "\n".join(
        label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    )


def test_a_call_shows_number_masked_plate_and_where_to_go(qtbot, kiosk, display, chime, shown):
    first = register(kiosk, "B 1234 ABC")
    register(kiosk, "A 987 Z", nik=NIK_B, name="AHMAD FAUZI")
    register(kiosk, "B 4321 TUV")
    qtbot.waitUntil(lambda: display.waiting_label.text() == "Menunggu: 3")

    with qtbot.waitSignal(display.call_shown) as blocker:
        call_to_window(kiosk, first)
    assert blocker.args[0].number == "D-001"
    assert display.number_label.text() == "D-001"
    assert display.plate_label.text() == "B 12** *BC"
    assert display.where_label.text() == "Silakan ke Jalur 1"
    assert display.waiting_label.text() == "Menunggu: 2"
    assert chime.plays == 1
    assert display.current_card.property("fresh") is True


def test_the_screen_never_shows_a_name_a_nik_or_a_whole_plate(qtbot, kiosk, display, shown):
    visits = [
        register(kiosk, "B 1234 ABC"),
        register(kiosk, "A 987 Z", nik=NIK_B, name="AHMAD FAUZI"),
        kiosk.registration.register(walk_in(request(name="DEWI LESTARI")), "x").visit_id,
    ]
    for visit_id in visits:
        call_to_window(kiosk, visit_id)
    qtbot.waitUntil(lambda: len(shown) == 3)
    text = visible_text(display)
    assert "D-001" in text and "D-002" in text and "L-001" in text
    assert "B 12** *BC" in text and "A 98* *" in text
    for private in ("SITI", "RAHAYU", "AHMAD", "FAUZI", "DEWI", "LESTARI", "B 1234 ABC", NIK_A):
        assert private not in text
    assert not FULL_NIK.search(text.replace(" ", ""))


def test_calls_are_announced_in_call_order_and_a_call_again_is_announced_again(
    qtbot, kiosk, display, chime, shown
):
    first, second = register(kiosk, "B 1 A"), register(kiosk, "B 2 B")
    call_to_window(kiosk, first)
    call_to_window(kiosk, second)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert [c.number for c in shown] == ["D-001", "D-002"]
    assert display.number_label.text() == "D-002"
    assert display.recent_rows[0].number.text() == "D-001"

    kiosk.flow.call_again(first, "Budi")
    qtbot.waitUntil(lambda: len(shown) == 3)
    assert shown[2].number == "D-001" and shown[2].call_id > shown[1].call_id
    assert display.number_label.text() == "D-001"
    assert [row.number.text() for row in display.recent_rows[:2]] == ["D-002", ""]
    assert chime.plays == 3


def test_calls_made_before_the_display_starts_are_history_without_a_chime(qtbot, kiosk, clock):
    for plate in ("B 1 A", "B 2 B"):
        call_to_window(kiosk, register(kiosk, plate))
        clock.moment += timedelta(minutes=1)
    chime = FakeChime()
    window = DisplayWindow(kiosk, chime=chime)
    shown: list = []
    window.call_shown.connect(shown.append)
    ready: list = []
    window.ready.connect(lambda: ready.append(True))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: ready == [True])
    assert window.number_label.text() == "D-002"
    assert window.recent_rows[0].number.text() == "D-001"
    assert shown == [] and chime.plays == 0
    assert window.current_card.property("fresh") is not True
    assert window.clock_label.text() == "09.07 WIB"
    assert window.date_label.text() == "Selasa, 27 Juli 2021"


def test_before_any_call_the_screen_says_so(qtbot, kiosk, display) -> None:
    assert display.number_label.text() == "Belum ada panggilan"
    assert display.plate_label.text() == ""
    assert display.where_label.text() == "Nomor Anda akan dipanggil di sini"
    assert display.waiting_label.text() == "Menunggu: 0"


def test_a_database_that_fails_a_moment_does_not_end_the_display(
    qtbot, kiosk, display, shown, monkeypatch
):
    def broken():
        raise OSError("server restarting")

    monkeypatch.setattr(display.presenter, "_snapshot", broken)
    display.poll()
    assert display.note_label.text() == "Menghubungkan ulang…"
    monkeypatch.undo()
    call_to_window(kiosk, register(kiosk, "B 1 A"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert display.note_label.text() == "Mohon tetap di dalam kendaraan"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_the_number_is_huge_and_fits_at_both_screen_sizes(qtbot, kiosk, chime, size) -> None:
    call_to_window(kiosk, register(kiosk, "B 1234 ABC"))
    window = open_display(qtbot, kiosk, chime, size)
    number = window.number_label
    assert number.text() == "D-001"
    height = size[1]
    for label, share in ((number, 0.18), (window.where_label, 0.045), (window.plate_label, 0.05)):
        font = label.fitted_font()
        assert font.pixelSize() >= share * height, label.property("role")
        width = QFontMetricsF(font).horizontalAdvance(label.text())
        assert width <= label.contentsRect().width()
    # every text of the screen fits its box
    for label in window.findChildren(FitLabel):
        if label.text():
            width = QFontMetricsF(label.fitted_font()).horizontalAdvance(label.text())
            assert width <= label.contentsRect().width() + 1, label.text()


def test_the_next_service_day_starts_empty(qtbot, kiosk, display, shown, clock) -> None:
    call_to_window(kiosk, register(kiosk, "B 1 A"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    clock.moment += timedelta(days=1)
    qtbot.waitUntil(lambda: display.number_label.text() == "Belum ada panggilan")
    assert display.clock_label.text() == "09.05 WIB"
    assert display.date_label.text() == "Rabu, 28 Juli 2021"
    assert display.recent_rows[0].number.text() == ""
