"""The reports screen: the period's figures for supervisors and admins, exports off the thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QHeaderView

from kiosk.domain.officers import Role
from kiosk.domain.skm import CODES
from kiosk.domain.visit import Channel, Status
from tests.helpers import NIK_B, car, request, walk_in
from tests.ui.conftest import log_in


def some_visits(kiosk) -> None:
    """Two cars (one with two requests, one handed over) and a walk-in, on 27 July 2021."""
    first = kiosk.registration.register(car(), "Budi").visit_id
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(first, step, "Budi")
    both = car(request(), request(service="KIA", nik=NIK_B, name="BUDI"), plate="b 77 xy")
    kiosk.registration.register(both, "Budi")
    kiosk.registration.register(walk_in(request(service="SKTM")), "Dewi")
    kiosk.survey.submit("KTP_RUSAK", Channel.DRIVE_THRU, dict.fromkeys(CODES, 4))


def open_reports(window):
    window.lane_screen.reports_button.click()
    screen = window.reports_screen
    assert window.stack.currentWidget() is screen
    return screen


def test_today_shows_the_counts_of_the_visits(window, kiosk) -> None:
    some_visits(kiosk)
    screen = open_reports(window)
    assert screen.period_buttons["today"].isChecked()
    assert screen.period_label.text() == "27 Juli 2021"
    assert not screen.message.isVisible()
    assert screen.visits_value.text() == "3"
    assert screen.visits_note.text() == "Drive-Thru 2 · Loket 1"
    assert screen.requests_value.text() == "4"
    rows = screen.services_table.texts()
    assert ["Penggantian KTP-el Rusak", "2", "0", "2"] in rows
    assert rows[-1] == ["Jumlah", "3", "1", "4"]
    assert screen.ikm_value.text() == "100,00 · A Sangat Baik"
    assert screen.target_note.text() == "1 dari 1 diserahkan"
    assert sum(screen.hour_chart._counts) == 3
    assert [r[0] for r in screen.officers_table.texts()] == ["Budi", "Dewi"]

    screen.period_buttons["month"].click()
    assert screen.period_label.text() == "1-31 Juli 2021"
    assert screen.visits_value.text() == "3"

    # a chosen day without visits
    screen.period_buttons["custom"].click()
    assert screen.custom_panel.isVisible()
    screen.start_date.day_back.click()
    screen.end_date.day_back.click()
    screen.show_button.click()
    assert screen.period_label.text() == "26 Juli 2021"
    assert screen.visits_value.text() == "0"
    screen.end_date.month_back.click()  # before the start: refused, said so
    screen.show_button.click()
    assert screen.message.isVisible()

    screen.back_button.click()
    assert window.stack.currentWidget() is window.lane_screen


def test_a_petugas_sees_the_refusal(make_window, kiosk, admin) -> None:
    petugas = kiosk.officers.add(admin, "Budi", "7391", Role.PETUGAS)
    window = make_window()
    log_in(window, kiosk, petugas, "7391")
    screen = open_reports(window)
    assert screen.message.isVisible()
    assert "supervisor atau admin" in screen.message.text()
    assert not screen.scroll.isVisible()
    assert not any(b.isEnabled() for b in screen.export_buttons.values())


def test_an_export_writes_its_file(window, kiosk, qtbot) -> None:
    some_visits(kiosk)
    screen = open_reports(window)
    job = screen.export("csv")
    assert job is not None and screen.progress_bar.isVisible()
    qtbot.waitUntil(lambda: screen.job is None, timeout=10_000)
    assert job.path.exists() and job.path.parent == kiosk.settings.home / "exports"
    assert "LAPORAN PELAYANAN" in job.path.read_text(encoding="utf-8-sig")
    assert screen.export_message.text().startswith("Tersimpan")
    assert not screen.progress_bar.isVisible()
    assert all(b.isEnabled() for b in screen.export_buttons.values())


def test_a_cancelled_export_leaves_no_file(window, kiosk, qtbot, monkeypatch) -> None:
    some_visits(kiosk)
    screen = open_reports(window)
    gate = threading.Event()
    export = kiosk.reports.export

    def held_export(actor, report, path, progress=None):
        assert gate.wait(10)  # until "Batal" was tapped
        return export(actor, report, path, progress)

    monkeypatch.setattr(kiosk.reports, "export", held_export)
    screen.export_buttons["pdf"].click()
    job = screen.job
    assert job is not None and screen.cancel_button.isVisible()
    screen.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: screen.job is None, timeout=10_000)
    assert screen.export_message.text() == "Ekspor dibatalkan."
    assert not job.path.exists()
    assert list((kiosk.settings.home / "exports").iterdir()) == []


def test_the_first_month_of_cisauk_on_screen(window, kiosk, clock) -> None:
    """Acceptance: the 176 visits of June 2021 show exactly their counts on the reports screen."""
    from datetime import date

    from kiosk.services.reports import Period
    from tests.services.test_reports import MIX, _register_june

    june = _register_june(kiosk, clock)
    window.show_reports()
    screen = window.reports_screen
    screen.show_period(Period(date(2021, 6, 1), date(2021, 6, 30)))
    assert screen.visits_value.text() == "176"
    rows = {row[0]: tuple(row[1:]) for row in screen.services_table.texts()}
    names = {s.code: s.name_id for s in kiosk.catalogue}
    for code, count in MIX:
        counted = june.by_service[code]
        expected = (str(counted["drive_thru"]), str(counted["loket"]), str(count))
        assert rows[names[code]] == expected, code
    ktp = sum(int(rows[names[c]][2]) for c in ("KTP_RUSAK", "KTP_HILANG", "KTP_PERUBAHAN"))
    assert ktp == 59
    assert rows[names["AKTA_LAHIR"]][2] == "35"
    assert rows[names["KIA"]][2] == "3" and rows[names["SKTM"]][2] == "30"


def test_a_cut_service_name_has_the_whole_name_as_tooltip(window, kiosk) -> None:
    some_visits(kiosk)
    table = open_reports(window).services_table
    long_name = next(i for i in range(table.rowCount()) if "KTP-el" in table.item(i, 0).text())
    item = table.item(long_name, 0)
    assert not table.elided(item) and item.toolTip() == ""
    # the name's column narrower than the name (a longer name, a narrower screen): cut with "…"
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 120)
    assert table.elided(item)
    assert item.toolTip() == item.text()
    table.setColumnWidth(0, 600)
    assert item.toolTip() == ""
    short = table.item(table.rowCount() - 1, 1)  # a number: never cut
    assert short.toolTip() == ""
