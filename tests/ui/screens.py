"""Every screen of the lane window, shown one at a time as an officer reaches it.

For the checks that read every screen (the English translation, the pseudo locale): the walk
registers a few visits (a car called, a walk-in waiting, one handed over, one in process) and
goes through the board, visits' details, the intake wizard, the settings tabs, the reports,
the resident's survey and the login screen. The first-run screen needs a window without
officers: the tests build it on their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

from kiosk.domain.officers import Officer
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.ui.main_window import MainWindow
from tests.helpers import car, request, walk_in
from tests.ui.test_intake import fill_applicant, start_car

# the names the walk registers (data: they stay as they are in every language)
NAMES = ("SITI RAHAYU", "BUDI SANTOSO")


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every visible label, button and empty line edit's placeholder under ``root``."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.placeholderText() if not widget.text() else ""
        else:
            continue
        if text.strip():
            yield widget, text


def clipped_buttons(root: QWidget) -> list[str]:
    """Every shown button under ``root`` not wholly in view across: past the edge of the box
    that scrolls it (a board, a grid of tiles) or of ``root``. (Up and down, a box scrolls.)"""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root):
            continue
        view = root
        parent = button.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent.parentWidget(), QAbstractScrollArea):  # a scroll area's view
                view = parent
                break
            parent = parent.parentWidget()
        left = button.mapTo(view, QPoint(0, 0)).x()
        if left < 0 or left + button.width() > view.width():
            what = button.text() or button.accessibleName() or type(button).__name__
            found.append(f"{what!r}: x {left}..{left + button.width()} in {view.width()} px")
    return found


def walk_screens(qtbot, window: MainWindow, kiosk: Kiosk, admin: Officer) -> Iterator[str]:
    """Show each screen in turn (``window`` logged in as ``admin``, on the board) and yield its
    name while it is shown; the caller reads it before asking for the next one.

    The walk includes the states that show messages from below the window: the applicant's
    input errors, the officer form's role names, a wrong PIN.
    """
    # the board with visits in every state a row can show
    ready = kiosk.registration.register(car(request()), "Sari").visit_id
    kiosk.registration.register(walk_in(request(name=NAMES[1])), "Sari")
    done = kiosk.registration.register(car(request(), plate="b 77 tt"), "Sari").visit_id
    busy = kiosk.registration.register(walk_in(request(name=NAMES[1])), "Sari").visit_id
    for step in (Status.IN_PROCESS, Status.READY):
        kiosk.flow.move_visit(ready, step, "Sari")
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(done, step, "Sari")
    kiosk.flow.move_visit(busy, Status.IN_PROCESS, "Sari")
    lane = window.lane_screen
    lane.refresh()
    yield "board"
    lane.keyboard_button.click()
    yield "board: keyboard"
    lane.keyboard_button.click()

    lane.row_for(ready).details_button.click()
    yield "visit details"
    window.detail_screen.back_button.click()
    lane.row_for(busy).details_button.click()
    detail = window.detail_screen
    assert detail.visit is not None
    detail.buttons_for(detail.visit.requests[0].request_id)["reveal"].click()
    yield "visit details: in process, NIK shown"
    detail.back_button.click()

    start_car(window)
    wizard = window.wizard
    yield "wizard: applicant"
    wizard.next_button.click()
    yield "wizard: applicant, errors"
    fill_applicant(window, plate="B 1234 XYZ")
    wizard.next_button.click()
    yield "wizard: requirements"
    wizard.next_button.click()
    yield "wizard: confirm"
    with qtbot.waitSignal(wizard.registered):
        wizard.next_button.click()
    yield "wizard: done"
    wizard.next_button.click()

    window.lane_screen.new_vehicle_button.click()
    yield "wizard: services"
    wizard.cancel_button.click()
    window.lane_screen.new_walk_in_button.click()
    yield "wizard: services (loket)"
    wizard.cancel_button.click()

    window.lane_screen.settings_button.click()
    settings = window.settings_screen
    for tab in ("office", "printer", "officers", "audit"):
        settings.tabs.buttons[tab].click()
        yield f"settings: {tab}"
        if tab == "officers":
            settings.officers_page.add_button.click()
            yield "settings: officers, new officer"
            settings.officers_page.cancel_button.click()
    settings.back_button.click()

    window.lane_screen.reports_button.click()
    reports = window.reports_screen
    yield "reports"
    reports.period_buttons["custom"].click()
    yield "reports: chosen dates"
    reports.back_button.click()

    window.show_survey(done)
    survey = window.survey_screen
    yield "survey: question"
    for _question in range(20):  # a tap answers and moves on, up to the review
        if not survey.faces[3].isVisible():
            break
        survey.faces[3].click()
    yield "survey: review"
    survey.send_button.click()
    yield "survey: thanks"
    survey.done_button.click()
    window.show_lane()

    window.session.log_out()
    yield "login"
    login = window.login_screen
    assert admin.id is not None
    login.select(admin.id)
    for digit in "1111":
        login.keypad.key_button(digit).click()
    login.login_button.click()
    yield "login: wrong PIN"
