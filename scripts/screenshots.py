"""Save a picture of every screen of the kiosk, to look at them as an officer would.

Usage: .venv/bin/python scripts/screenshots.py [OUT_DIR] [--size 1280x800] [--pseudo]
Runs offscreen on a temporary installation with a few demo visits (some late, some on time):
first the first-run screen, then officers are added and the screens are shown as they log in.
With --pseudo the window's strings are 40 % longer (kiosk.ui.i18n.apply_pseudo_locale), to see
where a longer translation would not fit; the last pictures are in English either way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLayout  # noqa: E402

from kiosk.app import build  # noqa: E402
from kiosk.config import load_settings  # noqa: E402
from kiosk.domain.clock import today_local, utc_now  # noqa: E402
from kiosk.domain.officers import Role  # noqa: E402
from kiosk.domain.skm import CODES  # noqa: E402
from kiosk.domain.visit import Channel, Status  # noqa: E402
from kiosk.services.demo import DemoVisits  # noqa: E402
from kiosk.store.models import PrintJob  # noqa: E402
from kiosk.ui.application import configure_application  # noqa: E402
from kiosk.ui.exit_dialog import ExitKioskDialog  # noqa: E402
from kiosk.ui.i18n import apply_pseudo_locale  # noqa: E402
from kiosk.ui.main_window import MainWindow  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.moment = utc_now() - timedelta(minutes=40)

    def __call__(self):
        return self.moment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--pseudo", action="store_true", help="strings 40 %% longer")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.pop("KIOSK_DB", None)

    app = QApplication([])
    configure_application(app)
    if args.pseudo:
        apply_pseudo_locale()
    clock = Clock()
    kiosk = build(load_settings(Path(tempfile.mkdtemp())), clock=clock)
    demo = DemoVisits(kiosk.catalogue, seed=3, today=today_local())
    ids = []
    now = utc_now()
    for minutes_ago in (38, 31, 24, 14, 12, 9, 6, 3, 1):  # late, near and on-time rows
        clock.moment = now - timedelta(minutes=minutes_ago)
        ids.append(kiosk.registration.register(demo.next_visit(), "Demo").visit_id)
    clock.moment = now
    # a board with every kind of row: handed over, ready (called), in process, waiting
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(ids[0], step, "Demo")
    for step in (Status.IN_PROCESS, Status.READY):
        kiosk.flow.move_visit(ids[1], step, "Demo")
    kiosk.flow.move_visit(ids[2], Status.IN_PROCESS, "Demo")
    kiosk.flow.move_visit(ids[7], Status.IN_PROCESS, "Demo")

    window = MainWindow(kiosk)
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.resize(width, height)
    window.show()

    def shot(name: str, widget=None) -> None:
        # a few rounds: a board whose rows refit to their room posts its own resize after them
        for _ in range(3):
            app.processEvents()
        (widget or window).grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    # nobody can log in yet: the first admin is made
    form = window.first_run_screen.form
    for char in "SARI WULANDARI":
        form.keyboard.key_button(char).click()
    form.pin_field.line_edit.setFocus()
    form.pin_field.set_text("2580")
    form.pin_again_field.set_text("2581")
    window.first_run_screen.save_button.click()
    shot("0-first-run")
    admin = kiosk.officers.add(None, "Sari Wulandari", "2580", Role.ADMIN, "198701022010012003")
    kiosk.officers.add(admin, "Joko Santoso", "4826", Role.SUPERVISOR)
    petugas = kiosk.officers.add(admin, "Budi Hartono", "7391", Role.PETUGAS)
    kiosk.officers.add(admin, "Dewi Lestari", "3917", Role.PETUGAS)
    window.show_login()
    login = window.login_screen
    login.select(petugas.id)
    for digit in "1111":
        login.keypad.key_button(digit).click()
    login.login_button.click()
    shot("0b-login-wrong-pin")
    window.session.log_in(kiosk.officers.login(petugas.id, "7391"))
    window.session.lock()
    shot("0c-login-locked")
    window.session.log_in(kiosk.officers.login(petugas.id, "7391"))

    shot("1-lane")
    # the printer away: the called car's slip waits, the reason on a line of its own
    outbox = kiosk.settings.outbox
    shutil.rmtree(outbox, ignore_errors=True)
    outbox.write_text("a file where the outbox folder should be")
    slip = PrintJob.get((PrintJob.visit == ids[1]) & (PrintJob.kind == "slip"))
    kiosk.prints.print_job(slip.id)
    window.lane_screen.refresh()
    shot("1p-lane-printer-away")
    outbox.unlink()
    kiosk.prints.print_job(slip.id)
    window.lane_screen.refresh()
    # the resident's survey, from the handed-over row
    board_bar = window.lane_screen.scroll.verticalScrollBar()
    app.processEvents()
    board_bar.setValue(board_bar.maximum())
    shot("1r-lane-survey-offered")
    board_bar.setValue(0)
    window.lane_screen.row_for(ids[0]).survey_button.click()
    survey = window.survey_screen
    shot("1s-survey-question")
    for answer in (4, 3):
        survey.faces[answer - 1].click()
    survey.skip_button.click()
    survey.faces[3].click()  # U4: gratis
    survey.back_button.click()
    shot("1t-survey-cost")
    for answer in (4, 3, 4, 4, 3, 4):
        survey.faces[answer - 1].click()
    shot("1u-survey-review")
    survey.send_button.click()
    shot("1v-survey-thanks")
    survey.done_button.click()
    window.show_details(ids[2])
    detail = window.detail_screen
    request_id = detail.visit.requests[0].request_id
    detail.buttons_for(request_id)["cancelled"].click()  # a petugas may not
    shot("1b-detail-petugas-refused")
    window.show_settings()
    shot("1c-settings-petugas-refused")
    window.settings_screen.tabs.buttons["audit"].click()
    shot("1d-audit-petugas-refused")
    window.show_lane()
    window.lane_screen.new_vehicle_button.click()
    shot("2-service")
    wizard = window.wizard
    wizard.service_page.tiles.tile("KTP_RUSAK").click()
    page = wizard.applicant_page
    page.nik_field.line_edit.setFocus()
    for digit in "3603235708900001":
        page.keypad.key_button(digit).click()
    shot("3-applicant-nik")
    page.name_field.line_edit.setFocus()
    for char in "SITI RAHAYU":
        page.keyboard.key_button(char).click()
    shot("3-applicant-name")
    page.phone_field.line_edit.setText("0812")
    wizard.next_button.click()
    shot("4-applicant-errors")
    page.phone_field.line_edit.setText("081234567890")
    page.plate_field.line_edit.setText("B 1234 ABC")
    wizard.next_button.click()
    wizard.requirements_page.tiles.set_selected(
        wizard.requirements_page.tiles.keys()[:2]
    )
    shot("5-requirements")
    wizard.next_button.click()
    shot("6-confirm")
    wizard.next_button.click()
    shot("7-done")
    wizard.next_button.click()
    window.lane_screen.new_walk_in_button.click()
    shot("8-loket-service")

    # the admin: full NIK on demand, the settings tabs
    window.switch_button.click()
    window.session.log_in(kiosk.officers.login(admin.id, "2580"))
    window.show_details(ids[2])
    detail.buttons_for(request_id)["reveal"].click()
    shot("9-detail-revealed")
    window.show_settings()
    shot("9a-office-settings")
    settings = window.settings_screen
    settings.tabs.buttons["printer"].click()
    shot("9b-printer-settings")
    settings.tabs.buttons["officers"].click()
    shot("9c-officers")
    settings.officers_page.add_button.click()
    form = settings.officers_page.form
    for char in "RINA":
        form.keyboard.key_button(char).click()
    form.role_tiles.tile(Role.SUPERVISOR.value).click()
    shot("9d-officer-add-name")
    form.pin_field.line_edit.setFocus()
    shot("9d-officer-add-pin")
    settings.tabs.buttons["audit"].click()
    shot("9e-audit-log")
    # the reports, with a few more survey answers
    for seed, visit_id in enumerate(ids[:3]):
        code = kiosk.lane.visit(visit_id).requests[0].service_code
        answers = {c: 3 + (seed + i) % 2 for i, c in enumerate(CODES)}
        kiosk.survey.submit(code, Channel.DRIVE_THRU, answers)
    window.show_reports()
    shot("9g-reports")
    reports = window.reports_screen
    bar = reports.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot("9h-reports-lower")
    reports.period_buttons["custom"].click()
    shot("9i-reports-custom-period")
    dialog = ExitKioskDialog.ask(kiosk, window, lambda _officer: None)
    dialog.pin_field.set_text("12")
    shot("9f-exit-kiosk-dialog", dialog)
    dialog.reject()

    # English: the office page saves the language, and every screen is built again in it
    window.show_settings()
    settings = window.settings_screen
    settings.office_page.language.buttons["en"].click()
    settings.office_page.save_button.click()
    shot("en-1-office-settings")
    window.show_lane()
    shot("en-2-lane")
    window.start_intake(Channel.DRIVE_THRU)
    shot("en-3-service")
    window.show_reports()
    shot("en-4-reports")
    # messages from below the window, in English: the roles, the applicant's input errors
    window.show_settings()
    settings = window.settings_screen
    settings.tabs.buttons["officers"].click()
    settings.officers_page.add_button.click()
    shot("en-5-officer-add")
    window.start_intake(Channel.DRIVE_THRU)
    wizard = window.wizard
    wizard.service_page.tiles.tile("KTP_RUSAK").click()
    page = wizard.applicant_page
    page.nik_field.line_edit.setText("3603235708900000")
    page.phone_field.line_edit.setText("0212")
    page.plate_field.line_edit.setText("B 12345")
    wizard.next_button.click()
    shot("en-6-applicant-errors")


if __name__ == "__main__":
    main()
