"""Reports: the first month of the Cisauk lane (176 visits in June 2021), in the built report,
the PDF, the CSV and the XLSX; times on a controlled case; who may see them; the CLI."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.flow import Move
from kiosk.domain.officers import NotAllowed, Officer, Role
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.services.reports import ExportCancelled, Period, TimeStats
from kiosk.store.models import AuditEntry, Request
from tests.helpers import car, pdf_text, request, walk_in

JUNE = Period(date(2021, 6, 1), date(2021, 6, 30))
# (service, how many): KTP 59, akta kelahiran 35, KIA 3, SKTM 30, 49 others = 176.
MIX = (
    ("KTP_RUSAK", 25),
    ("KTP_HILANG", 18),
    ("KTP_PERUBAHAN", 16),
    ("AKTA_LAHIR", 35),
    ("KIA", 3),
    ("SKTM", 30),
    ("KK_PERUBAHAN", 14),
    ("KK_BARU", 8),
    ("KK_HILANG_RUSAK", 5),
    ("WARIS", 5),
    ("PBB_CETAK", 8),
    ("DOMISILI", 5),
    ("LAINNYA", 4),
)
SUPERVISOR = Officer(id=None, name="Bu Sri", role=Role.SUPERVISOR)
PETUGAS = Officer(id=None, name="Pak Asep", role=Role.PETUGAS)


def _nik(index: int) -> str:
    """A valid NIK of Cisauk: born on distinct days from 1 January 1980, serial ``index + 1``."""
    born = date(1980, 1, 1) + timedelta(days=index * 37)
    female = index % 2 == 1
    day = born.day + (40 if female else 0)
    return f"360323{day:02d}{born:%m%y}{index + 1:04d}"


def _working_days() -> list[date]:
    days = [date(2021, 6, d) for d in range(1, 31)]
    return [d for d in days if d.weekday() < 5 and d != date(2021, 6, 1)]  # 1 June: Pancasila


class June:
    """What was registered, to compare the report with."""

    def __init__(self) -> None:
        self.by_service: dict[str, Counter] = {}
        self.hours: Counter = Counter()
        self.visit_ids: list[int] = []


def _register_june(kiosk: Kiosk, clock) -> June:
    codes = [code for code, count in MIX for _ in range(count)]
    days = _working_days()
    june = June()
    for index, code in enumerate(codes):
        day = days[index * len(days) // len(codes)]
        per_day = index - next(
            i for i in range(len(codes)) if days[i * len(days) // len(codes)] == day
        )
        wib = datetime(day.year, day.month, day.day, 8, 0) + timedelta(minutes=23 * per_day)
        clock.moment = (wib - timedelta(hours=7)).replace(tzinfo=UTC)
        drive_thru = index % 4 != 3
        draft = request(service=code, nik=_nik(index), name=f"WARGA NOMOR {index + 1}")
        visit = car(draft, plate=f"B {1000 + index} ABC") if drive_thru else walk_in(draft)
        june.visit_ids.append(kiosk.registration.register(visit, "x").visit_id)
        june.by_service.setdefault(code, Counter())["drive_thru" if drive_thru else "loket"] += 1
        june.hours[wib.hour] += 1
    return june


@pytest.fixture
def june(kiosk: Kiosk, clock) -> June:
    june = _register_june(kiosk, clock)
    flow = kiosk.flow
    ids = june.visit_ids
    start = clock.moment
    # ten cars served: 4 minutes waiting, 6 in service, handed over 2 minutes after
    for n, visit_id in enumerate(ids[:10]):
        clock.moment = start + timedelta(hours=1, minutes=20 * n)
        flow.move_visit(visit_id, Status.IN_PROCESS, "Pak Asep")
        clock.moment += timedelta(minutes=6)
        flow.move_visit(visit_id, Status.READY, "Pak Asep")
        clock.moment += timedelta(minutes=2)
        flow.move_visit(visit_id, Status.HANDED_OVER, "Bu Sri")
    clock.moment = start + timedelta(hours=6)
    flow.move_visit(ids[10], Status.CANCELLED, "Bu Sri", note="Pemohon membatalkan")
    flow.move_visit(ids[11], Status.CANCELLED, "Bu Sri", note="Salah layanan")
    for visit_id in ids[12:15]:
        flow.move_visit(visit_id, Status.IN_PROCESS, "Pak Asep")
        flow.move_visit(visit_id, Status.FORWARDED, "Pak Asep")
    req = Request.get(Request.visit == ids[15])
    flow.move(req.id, Move(to=Status.INCOMPLETE, missing=("Surat Pengantar RT/RW",)), "Pak Asep")
    flow.move_visit(ids[16], Status.IN_PROCESS, "Pak Asep")
    flow.move_visit(ids[16], Status.READY, "Pak Asep")
    flow.call_again(ids[16], "Pak Asep")
    flow.call_again(ids[16], "Pak Asep")
    flow.move_visit(ids[16], Status.NO_SHOW, "Pak Asep")
    # survey: five of KTP_RUSAK all 4, three of SKTM all 3
    from kiosk.domain.visit import Channel

    for _ in range(5):
        kiosk.survey.submit("KTP_RUSAK", Channel.DRIVE_THRU, {f"U{i}": 4 for i in range(1, 10)})
    for _ in range(3):
        kiosk.survey.submit("SKTM", Channel.LOKET, {f"U{i}": 3 for i in range(1, 10)})
    return june


def _expected_rows(june: June) -> dict[str, tuple[int, int, int]]:
    return {
        code: (c["drive_thru"], c["loket"], c["drive_thru"] + c["loket"])
        for code, c in june.by_service.items()
    }


def test_the_first_month_counts(kiosk: Kiosk, june: June) -> None:
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    assert report.visits == 176
    assert report.requests == 176
    rows = {row.code: (row.drive_thru, row.loket, row.total) for row in report.by_service}
    assert {code: rows[code] for code in june.by_service} == _expected_rows(june)
    assert sum(rows[c][2] for c in ("KTP_RUSAK", "KTP_HILANG", "KTP_PERUBAHAN")) == 59
    assert rows["AKTA_LAHIR"][2] == 35
    assert rows["KIA"][2] == 3
    assert rows["SKTM"][2] == 30
    others = sum(
        total
        for code, (_, _, total) in rows.items()
        if code not in {"KTP_RUSAK", "KTP_HILANG", "KTP_PERUBAHAN", "AKTA_LAHIR", "KIA", "SKTM"}
    )
    assert others == 49
    # every catalogue service has a row, in catalogue order
    assert [row.code for row in report.by_service] == [s.code for s in kiosk.catalogue]
    assert report.by_channel == {"drive_thru": 132, "loket": 44}
    assert report.per_hour == tuple(june.hours.get(h, 0) for h in range(24))
    assert report.exits == {"incomplete": 1, "forwarded": 3, "cancelled": 2, "no_show": 1}
    assert report.measured == 10
    assert report.wait.count == 14  # the ten served, three forwarded, the no-show
    assert report.to_hand_over.mean_minutes == pytest.approx(report.to_hand_over.mean_minutes)
    officers = {o.name: (o.registered, o.handed_over) for o in report.per_officer}
    assert officers["x"] == (176, 0)
    assert officers["Bu Sri"] == (0, 10)
    assert report.ikm.responses == 8
    assert report.ikm.formatted() == "90,63"  # NRR 29/8 for every element
    assert report.ikm.grade == "A"
    assert report.ikm_by_service["KTP_RUSAK"].formatted() == "100,00"
    assert report.ikm_by_service["SKTM"].formatted() == "75,00"
    assert list(report.ikm_by_service) == ["KTP_RUSAK", "SKTM"]
    # a day outside the month shows nothing
    empty = kiosk.reports.build(SUPERVISOR, Period.today(date(2021, 7, 1)))
    assert (empty.visits, empty.requests, sum(empty.per_hour)) == (0, 0, 0)


def test_the_pdf_csv_and_xlsx_show_the_same_counts(
    kiosk: Kiosk, june: June, tmp_path: Path
) -> None:
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    expected = _expected_rows(june)
    names = {s.code: s.name_id for s in kiosk.catalogue}

    pdf = kiosk.reports.export(SUPERVISOR, report, tmp_path / "juni.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = re.sub(r"[ \t]+", " ", pdf_text(pdf))
    assert "LAPORAN PELAYANAN" in text
    assert "1-30 Juni 2021" in text
    assert "CAMAT CISAUK" in text
    assert "Cisauk, 30 Juni 2021" in text
    assert "90,63" in text and "A (Sangat Baik)" in text
    for code, (dt, loket, total) in expected.items():
        assert re.search(rf"{re.escape(names[code])}\s+{dt}\s+{loket}\s+{total}\b", text), code
    assert re.search(r"JUMLAH\s+132\s+44\s+176", text)

    path = kiosk.reports.export(SUPERVISOR, report, tmp_path / "juni.csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    start = rows.index(["layanan"])
    assert rows[start + 1] == ["kode", "layanan", "drive_thru", "loket", "jumlah"]
    table = {}
    for row in rows[start + 2 :]:
        if not row:
            break
        table[row[0]] = tuple(int(v) for v in row[2:5])
    assert {code: table[code] for code in expected} == expected
    assert table[""] == (132, 44, 176)

    path = kiosk.reports.export(SUPERVISOR, report, tmp_path / "juni.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(path)
    assert "layanan" in book.sheetnames and "ikm" in book.sheetnames
    sheet_rows = list(book["layanan"].iter_rows(values_only=True))
    assert sheet_rows[0] == ("kode", "layanan", "drive_thru", "loket", "jumlah")
    cells = {row[0]: tuple(row[2:5]) for row in sheet_rows[1:]}
    assert {code: cells[code] for code in expected} == expected  # ints, not text
    summary = dict(book["ringkasan"].iter_rows(values_only=True))
    assert summary["kunjungan"] == 176 and summary["ikm"] == pytest.approx(90.63)

    exports = AuditEntry.select().where(AuditEntry.action == "export")
    assert sorted(e.detail for e in exports) == ["juni.csv", "juni.pdf", "juni.xlsx"]


def test_times_on_a_controlled_case(kiosk: Kiosk, clock) -> None:
    """Ten cars waiting 1..10 minutes, served in 3 minutes, handed over 1 minute after ready."""
    start = datetime(2021, 6, 7, 1, 0, tzinfo=UTC)  # 08.00 WIB
    for n in range(10):
        clock.moment = start + timedelta(minutes=30 * n)
        visit_id = kiosk.registration.register(
            car(request(nik=_nik(n)), plate=f"B {2000 + n} XY"), "x"
        ).visit_id
        clock.moment += timedelta(minutes=n + 1)
        kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "x")
        clock.moment += timedelta(minutes=3)
        kiosk.flow.move_visit(visit_id, Status.READY, "x")
        clock.moment += timedelta(minutes=1)
        kiosk.flow.move_visit(visit_id, Status.HANDED_OVER, "x")
    report = kiosk.reports.build("x", Period.today(date(2021, 6, 7)))
    assert report.wait == TimeStats(10, pytest.approx(5.5), pytest.approx(9.1))
    assert report.service == TimeStats(10, pytest.approx(3.0), pytest.approx(3.0))
    # hand-over 5..14 minutes; KTP_RUSAK's target is 10 minutes: 5..10 within
    assert report.to_hand_over == TimeStats(10, pytest.approx(9.5), pytest.approx(13.1))
    assert (report.within_target, report.measured) == (6, 10)
    assert report.within_target_share == pytest.approx(60.0)
    assert report.per_hour[8:13] == (2, 2, 2, 2, 2)
    text = pdf_text(kiosk.reports.pdf_bytes(report))
    assert "9,5 menit" in text and "13,1 menit" in text and "60,0 %" in text


def test_time_stats_of_one_and_none() -> None:
    assert TimeStats.of([]) == TimeStats(0, None, None)
    assert TimeStats.of([4.0]) == TimeStats(1, 4.0, 4.0)


def test_periods() -> None:
    day = date(2021, 6, 16)  # a Wednesday
    assert Period.this_month(day) == JUNE
    assert JUNE.label() == "1-30 Juni 2021"
    assert Period.today(day).label() == "16 Juni 2021"
    assert Period.this_week(day) == Period(date(2021, 6, 14), date(2021, 6, 20))
    assert Period(date(2021, 6, 28), date(2021, 7, 4)).label() == "28 Juni - 4 Juli 2021"
    assert (
        Period(date(2021, 12, 28), date(2022, 1, 3)).label() == "28 Desember 2021 - 3 Januari 2022"
    )
    with pytest.raises(ValueError):
        Period(date(2021, 6, 2), date(2021, 6, 1))


def test_a_petugas_may_not_see_or_export_reports(kiosk: Kiosk, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed, match="supervisor atau admin"):
        kiosk.reports.build(PETUGAS, JUNE)
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    with pytest.raises(NotAllowed):
        kiosk.reports.export(PETUGAS, report, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".xlsx"])
def test_a_cancelled_export_leaves_no_file(kiosk: Kiosk, tmp_path: Path, suffix: str) -> None:
    tmp_path = tmp_path / "out"  # not the installation home
    tmp_path.mkdir()
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return fraction < 0.5

    with pytest.raises(ExportCancelled):
        kiosk.reports.export(SUPERVISOR, report, tmp_path / f"r{suffix}", progress)
    assert list(tmp_path.iterdir()) == []
    assert seen and seen[-1] >= 0.5
    assert not AuditEntry.select().where(AuditEntry.action == "export").exists()
    # not cancelled: progress reaches 1
    seen.clear()
    kiosk.reports.export(
        SUPERVISOR, report, tmp_path / f"r{suffix}", lambda f: seen.append(f) or True
    )
    assert seen[-1] == 1.0
    assert [p.name for p in tmp_path.iterdir()] == [f"r{suffix}"]


def test_an_unknown_format_is_refused(kiosk: Kiosk, tmp_path: Path) -> None:
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    with pytest.raises(ValueError, match=".pdf"):
        kiosk.reports.export(SUPERVISOR, report, tmp_path / "r.docx")


def test_cli_report(
    kiosk: Kiosk, june: June, home: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from kiosk.cli import main
    from kiosk.store import close_database

    monkeypatch.setenv("KIOSK_DB", kiosk.settings.db_url)  # the same database, on either engine
    close_database()
    out = tmp_path / "juni.csv"
    try:
        code = main(
            [
                "--home",
                str(home),
                "report",
                "--from",
                "2021-06-01",
                "--to",
                "2021-06-30",
                "--out",
                str(out),
            ]
        )
    finally:
        close_database()
    assert code == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0] == str(out)
    assert "Kunjungan: 176 (Drive-Thru 132, Loket 44)" in printed
    assert "Permohonan: 176" in printed
    assert "IKM: 90,63 A (Sangat Baik)" in printed
    assert out.exists()


def test_cli_report_refusals(home: Path, tmp_path: Path, capsys) -> None:
    tmp_path = tmp_path / "out"  # not the installation home
    tmp_path.mkdir()
    from kiosk.cli import main
    from kiosk.store import close_database

    try:
        bad = main(
            [
                "--home",
                str(home),
                "report",
                "--from",
                "2021-06-30",
                "--to",
                "2021-06-01",
                "--out",
                str(tmp_path / "r.pdf"),
            ]
        )
        wrong = main(
            [
                "--home",
                str(home),
                "report",
                "--from",
                "2021-06-01",
                "--to",
                "2021-06-30",
                "--out",
                str(tmp_path / "r.doc"),
            ]
        )
    finally:
        close_database()
    assert (bad, wrong) == (2, 2)
    err = capsys.readouterr().err
    assert "sebelum tanggal awal" in err and ".xlsx" in err
    assert list(tmp_path.iterdir()) == []


def test_the_logo_chosen_for_the_office_is_on_the_report_and_the_receipt(kiosk: Kiosk) -> None:
    import io
    from dataclasses import replace

    from pypdf import PdfReader

    from kiosk.store.models import PrintJob
    from tests.helpers import car, request
    from tests.printing.test_receipt import write_logo

    write_logo(kiosk.settings.home / "logo.png")
    settings = kiosk.settings
    kiosk.apply_settings(replace(settings, office=replace(settings.office, logo="logo.png")))
    report = kiosk.reports.build(SUPERVISOR, JUNE)
    assert len(PdfReader(io.BytesIO(kiosk.reports.pdf_bytes(report))).pages[0].images) == 1
    visit = kiosk.registration.register(car(request()), "Budi")
    request_id = kiosk.lane.visit(visit.visit_id).requests[0].request_id
    job_id = kiosk.prints.queue_receipt(request_id, "Budi")
    pdf = kiosk.prints.receipt_pdf(PrintJob.get_by_id(job_id))
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1
