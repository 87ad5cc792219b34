"""Double taps, long presses and sliding touches never act twice.

Taps are sent as the mouse events Qt makes from a touchscreen's touches, with their own
timestamps (so "150 ms later" needs no waiting), through the application's event filters as
real input is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.store.models import Call, Request
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.key_grid import Key
from kiosk.ui.widgets.taps import GUARD_MS, install_tap_guard
from tests.helpers import car, request, walk_in

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
_clock = [10_000_000]  # event time (ms): far from any real event's


def later(ms: int) -> int:
    _clock[0] += ms
    return _clock[0]


def send(widget: QWidget, kind: QEvent.Type, at: int, pos: QPoint | None = None) -> None:
    local = QPointF(pos if pos is not None else widget.rect().center())
    buttons = LEFT if kind != QEvent.Type.MouseButtonRelease else NONE
    event = QMouseEvent(
        kind, local, QPointF(widget.mapToGlobal(local)), LEFT, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.setTimestamp(at)
    QApplication.sendEvent(widget, event)


def tap(widget: QWidget, at: int, hold_ms: int = 60) -> None:
    send(widget, QEvent.Type.MouseButtonPress, at)
    send(widget, QEvent.Type.MouseButtonRelease, at + hold_ms)


def test_a_double_tap_on_the_board_moves_a_visit_one_step(window: MainWindow, kiosk) -> None:
    visit_id = kiosk.registration.register(car(request()), "Sari").visit_id
    board = window.lane_screen
    board.refresh()
    button = board.row_for(visit_id).step_button
    assert button.text() == "Proses"
    start = later(60_000)
    tap(button, start)
    tap(board.row_for(visit_id).step_button, start + 150)  # the bounce: now "Siap · Panggil"
    assert Request.get().status == "in_process"
    assert Call.select().count() == 0
    tap(board.row_for(visit_id).step_button, start + 150 + GUARD_MS + 100)  # a deliberate tap
    assert Request.get().status == "ready"


def test_a_second_tap_on_another_row_that_slid_under_the_finger_is_ignored(
    window: MainWindow, kiosk
) -> None:
    first = kiosk.registration.register(car(request()), "Sari").visit_id
    second = kiosk.registration.register(walk_in(request()), "Sari").visit_id
    board = window.lane_screen
    board.refresh()
    start = later(60_000)
    tap(board.row_for(first).step_button, start)
    tap(board.row_for(second).step_button, start + 200)
    statuses = [r.status for r in Request.select().order_by(Request.id)]
    assert statuses == ["in_process", "waiting"]


def test_qt_double_click_events_never_act(window: MainWindow, kiosk) -> None:
    visit_id = kiosk.registration.register(car(request()), "Sari").visit_id
    window.lane_screen.refresh()
    button = window.lane_screen.row_for(visit_id).step_button
    at = later(60_000)
    send(button, QEvent.Type.MouseButtonDblClick, at)
    send(button, QEvent.Type.MouseButtonRelease, at + 50)
    assert Request.get().status == "waiting"
    assert install_tap_guard().swallowed >= 1


def test_a_long_press_acts_once_on_release(window: MainWindow, kiosk) -> None:
    visit_id = kiosk.registration.register(car(request()), "Sari").visit_id
    window.lane_screen.refresh()
    tap(window.lane_screen.row_for(visit_id).step_button, later(60_000), hold_ms=3000)
    assert Request.get().status == "in_process"


def test_a_touch_that_slides_off_the_button_does_nothing(window: MainWindow, kiosk) -> None:
    visit_id = kiosk.registration.register(car(request()), "Sari").visit_id
    window.lane_screen.refresh()
    button = window.lane_screen.row_for(visit_id).step_button
    at = later(60_000)
    send(button, QEvent.Type.MouseButtonPress, at)
    outside = QPoint(button.width() + 40, button.height() // 2)
    send(button, QEvent.Type.MouseMove, at + 80, outside)
    send(button, QEvent.Type.MouseButtonRelease, at + 160, outside)
    assert Request.get().status == "waiting"


def test_keys_type_every_quick_tap(window: MainWindow) -> None:
    window.lane_screen.new_vehicle_button.click()
    window.wizard.service_page.tiles.tile("KTP_RUSAK").click()
    page = window.wizard.applicant_page
    page.nik_field.line_edit.setFocus()
    key = page.keypad.key_button("3")
    start = later(60_000)
    for n in range(4):
        tap(key, start + n * 120)  # four quick taps on one key: four digits
    assert page.nik_field.text() == "3333"


def test_no_action_button_repeats_while_held(window: MainWindow, kiosk) -> None:
    kiosk.registration.register(car(request()), "Sari")
    window.lane_screen.refresh()
    screens = [window.lane_screen, window.wizard, window.settings_screen, window.reports_screen]
    repeating = [
        f"{type(b).__name__} {b.text()!r}"
        for screen in screens
        for b in screen.findChildren(QAbstractButton)
        if b.autoRepeat() and not isinstance(b, Key)
    ]
    assert repeating == []


def test_quick_taps_on_different_checklist_tiles_each_tick_one(window: MainWindow) -> None:
    from tests.ui.test_intake import fill_applicant, start_car

    start_car(window)
    fill_applicant(window)
    wizard = window.wizard
    wizard.next_button.click()
    tiles = wizard.requirements_page.tiles
    keys = tiles.keys()
    assert len(keys) >= 2
    start = later(60_000)
    tap(tiles.tile(keys[0]), start)
    tap(tiles.tile(keys[1]), start + 150)  # another tile, quickly: ticked too
    tap(tiles.tile(keys[1]), start + 300)  # the same tile again, a bounce: still ticked
    assert tiles.selected_keys() == keys[:2]
