"""Reports for the head of office (Camat): counts, times, the survey index, for any period.

:meth:`ReportService.build` turns the aggregate queries of :mod:`kiosk.store.report_queries`
into a :class:`Report` (plain data, for the reports screen); :meth:`ReportService.export`
writes it as PDF (A4, signed by the Camat), CSV or XLSX.

Choices, so that the screen, the documents and the tests agree:

- A period is a range of WIB service days, both ends included.
- ``by_service`` lists *every* catalogue service in catalogue order, zero rows included (the
  PDF table then always has the same rows), followed by any code found in the data that the
  catalogue no longer has (named by its code).
- Times are in minutes, from each request's first event of each step (registered -> in
  process = wait; in process -> ready = service; registered -> handed over = hand-over). A
  request that has not reached both steps is not counted in that time; a negative difference
  (a clock set back) is left out. p90 is the 90th percentile by linear interpolation between
  the closest ranks (``statistics.quantiles(method="inclusive")``, Excel's PERCENTILE.INC); for
  one value it is that value.
- ``within_target`` / ``measured``: of the requests handed over (``measured``), those whose
  hand-over time is at most their service's ``target_minutes``.

CSV layout (UTF-8 with a byte-order mark, so that Excel reads the names right; comma
separated): a first row ``LAPORAN PELAYANAN, <period>``, then one table per section: a row
with the section key alone (``ringkasan``, ``layanan``, ``jalur``, ``waktu``, ``per_jam``,
``petugas``, ``keluar``, ``ikm``), its header row, its data rows, and an empty row. Numbers are
plain numbers with a decimal point. XLSX: one sheet per section, named by the same key, header
row in bold, numbers as numbers.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import logging
import math
import os
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal as babel_decimal

from kiosk.config import Settings
from kiosk.domain.catalogue import DEFAULT_TARGET_MINUTES, Catalogue, CatalogueError
from kiosk.domain.clock import service_day, utc_now
from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.domain.officers import Permission
from kiosk.domain.skm import CODES as SKM_CODES
from kiosk.domain.skm import IkmResult, ikm_from_totals
from kiosk.domain.visit import Channel, Status
from kiosk.services.audit import Actor, record, require
from kiosk.store import report_queries as rq
from kiosk.store import write_transaction
from kiosk.store.connection import database

log = logging.getLogger(__name__)

FORMATS = (".pdf", ".csv", ".xlsx")
CHANNELS = (Channel.DRIVE_THRU.value, Channel.LOKET.value)
SECTION_TITLES = {
    "ringkasan": "Ringkasan",
    "layanan": "Permohonan per Layanan",
    "jalur": "Kunjungan per Jalur",
    "waktu": "Waktu Pelayanan",
    "per_jam": "Kunjungan per Jam (WIB)",
    "petugas": "Per Petugas",
    "keluar": "Permohonan Tidak Diserahkan di Tempat",
    "ikm": "Indeks Kepuasan Masyarakat (IKM)",
}


class ExportCancelled(Exception):
    """The export was cancelled through its progress callback; no file was left."""


# --- the period ----------------------------------------------------------------------------------


def _long(day: date, locale: str = "id") -> str:
    return format_date(day, "d MMMM y", locale=locale)


@dataclass(frozen=True)
class Period:
    """A range of WIB service days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal akhir periode tidak boleh sebelum tanggal awal."
                )
            )

    @classmethod
    def today(cls, day: date) -> Period:
        return cls(day, day)

    @classmethod
    def this_week(cls, day: date) -> Period:
        """Monday to Sunday of the week of ``day``."""
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def this_month(cls, day: date) -> Period:
        last = calendar.monthrange(day.year, day.month)[1]
        return cls(day.replace(day=1), day.replace(day=last))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self, locale: str = "id") -> str:
        """``30 Juni 2021``, ``1-30 Juni 2021``, ``28 Juni - 4 Juli 2021``,
        ``28 Desember 2021 - 3 Januari 2022`` (month names in ``locale``)."""
        start, end = self.start, self.end
        if start == end:
            return _long(start, locale)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}-{_long(end, locale)}"
        if start.year == end.year:
            return f"{format_date(start, 'd MMMM', locale=locale)} - {_long(end, locale)}"
        return f"{_long(start, locale)} - {_long(end, locale)}"


# --- the report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceRow:
    code: str
    name: str
    drive_thru: int
    loket: int
    total: int


@dataclass(frozen=True)
class TimeStats:
    count: int
    mean_minutes: float | None
    p90_minutes: float | None

    @classmethod
    def of(cls, minutes: list[float]) -> TimeStats:
        if not minutes:
            return cls(0, None, None)
        mean = math.fsum(minutes) / len(minutes)
        if len(minutes) == 1:
            return cls(1, mean, minutes[0])
        p90 = statistics.quantiles(minutes, n=10, method="inclusive")[8]
        return cls(len(minutes), mean, p90)


@dataclass(frozen=True)
class OfficerRow:
    name: str
    registered: int
    handed_over: int


@dataclass(frozen=True)
class Report:
    """Everything a report shows, for one period. See the module docstring for the choices."""

    period: Period
    visits: int
    requests: int
    by_service: tuple[ServiceRow, ...]
    by_channel: dict[str, int]
    wait: TimeStats
    service: TimeStats
    to_hand_over: TimeStats
    within_target: int
    measured: int
    per_hour: tuple[int, ...]
    per_officer: tuple[OfficerRow, ...]
    exits: dict[str, int]
    ikm: IkmResult
    ikm_by_service: dict[str, IkmResult]
    generated_at: datetime | None = None
    requests_by_channel: dict[str, int] = field(default_factory=dict)

    @property
    def within_target_share(self) -> float | None:
        """Percent (0-100) handed over within target, None when nothing was handed over."""
        return 100.0 * self.within_target / self.measured if self.measured else None


# --- formatting (Indonesian) ---------------------------------------------------------------------


def format_number(value: int, locale: str = "id") -> str:
    """``1.234``: the locale's thousands separator (a dot in Indonesian, ``1,234`` in English)."""
    return babel_decimal(value, format="#,##0", locale=locale)


def format_decimal(value: float, places: int = 1, locale: str = "id") -> str:
    """``9,5``: the locale's decimal mark (a comma in Indonesian), thousands grouped."""
    return babel_decimal(value, format="#,##0." + "0" * places, locale=locale)


def format_minutes(value: float | None, locale: str = "id") -> str:
    """``9,5 menit`` (``9.5 min``); ``–`` when there is nothing to measure."""
    if value is None:
        return "–"
    return f"{format_decimal(value, locale=locale)} {'menit' if locale == 'id' else 'min'}"


def format_percent(value: float | None, locale: str = "id") -> str:
    """``87,5 %`` (``87.5%``)."""
    if value is None:
        return "–"
    return f"{format_decimal(value, locale=locale)}{' %' if locale == 'id' else '%'}"


def format_ikm(result: IkmResult) -> tuple[str, str]:
    """(``90,56``, ``A (Sangat Baik)``), dashes without an index."""
    if result.ikm is None:
        return "–", "–"
    return result.formatted(), f"{result.grade} ({result.grade_words})"


def status_label(status: str) -> str:
    try:
        return Status(status).label()
    except ValueError:
        return status


def channel_label(channel: str) -> str:
    try:
        return Channel(channel).label()
    except ValueError:
        return channel


# --- sections: what CSV and XLSX hold, as numbers ------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def sections(report: Report) -> tuple[Section, ...]:
    """The report as tables of plain values (numbers as numbers), one per section."""
    r = report
    summary = (
        ("periode", r.period.label()),
        ("tanggal_awal", r.period.start.isoformat()),
        ("tanggal_akhir", r.period.end.isoformat()),
        ("kunjungan", r.visits),
        ("permohonan", r.requests),
        ("dalam_target", r.within_target),
        ("diserahkan_terukur", r.measured),
        ("persen_dalam_target", _round(r.within_target_share, 1)),
        ("ikm", None if r.ikm.ikm is None else float(r.ikm.ikm)),
        ("mutu_ikm", r.ikm.grade or ""),
        ("responden_skm", r.ikm.responses),
    )
    services = tuple((s.code, s.name, s.drive_thru, s.loket, s.total) for s in r.by_service) + (
        (
            "",
            "JUMLAH",
            sum(s.drive_thru for s in r.by_service),
            sum(s.loket for s in r.by_service),
            r.requests,
        ),
    )
    times = tuple(
        (key, label, stats.count, _round(stats.mean_minutes), _round(stats.p90_minutes))
        for key, label, stats in (
            ("tunggu", "Waktu tunggu (terdaftar - diproses)", r.wait),
            ("layanan", "Waktu layanan (diproses - siap)", r.service),
            ("serah", "Sampai diserahkan (terdaftar - diserahkan)", r.to_hand_over),
        )
    )
    ikm_rows = [("", "Semua layanan", r.ikm)] + [
        (code, _service_name(r, code), result) for code, result in r.ikm_by_service.items()
    ]
    ikm = tuple(
        (
            code,
            name,
            result.responses,
            None if result.ikm is None else float(result.ikm),
            result.grade or "",
            *(
                None if result.nrr.get(c) is None else round(float(result.nrr[c]), 4)
                for c in SKM_CODES
            ),
        )
        for code, name, result in ikm_rows
    )
    return (
        Section("ringkasan", SECTION_TITLES["ringkasan"], ("ukuran", "nilai"), summary),
        Section(
            "layanan",
            SECTION_TITLES["layanan"],
            ("kode", "layanan", "drive_thru", "loket", "jumlah"),
            services,
        ),
        Section(
            "jalur",
            SECTION_TITLES["jalur"],
            ("jalur", "nama", "kunjungan", "permohonan"),
            tuple(
                (ch, channel_label(ch), n, r.requests_by_channel.get(ch, 0))
                for ch, n in r.by_channel.items()
            ),
        ),
        Section(
            "waktu",
            SECTION_TITLES["waktu"],
            ("ukuran", "keterangan", "jumlah", "rata_rata_menit", "p90_menit"),
            times,
        ),
        Section(
            "per_jam",
            SECTION_TITLES["per_jam"],
            ("jam", "kunjungan"),
            tuple((hour, n) for hour, n in enumerate(r.per_hour)),
        ),
        Section(
            "petugas",
            SECTION_TITLES["petugas"],
            ("petugas", "kunjungan_didaftarkan", "permohonan_diserahkan"),
            tuple((o.name, o.registered, o.handed_over) for o in r.per_officer),
        ),
        Section(
            "keluar",
            SECTION_TITLES["keluar"],
            ("status", "keterangan", "permohonan"),
            tuple((s, status_label(s), n) for s, n in r.exits.items()),
        ),
        Section(
            "ikm",
            SECTION_TITLES["ikm"],
            ("kode", "layanan", "responden", "ikm", "mutu", *(f"nrr_{c}" for c in SKM_CODES)),
            ikm,
        ),
    )


def _service_name(report: Report, code: str) -> str:
    for row in report.by_service:
        if row.code == code:
            return row.name
    return code


# --- the use case --------------------------------------------------------------------------------


Progress = Callable[[float], bool]


class ReportService:
    """Building and exporting reports (supervisor or admin)."""

    def __init__(
        self, catalogue: Catalogue, settings: Settings, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock

    def reconfigure(self, settings: Settings) -> None:
        """Settings saved from the window apply from the next call on."""
        self._settings = settings

    # --- building -----------------------------------------------------------------------------

    def build(self, actor: Actor, period: Period) -> Report:
        """The report of ``period``; refused (NotAllowed) for a petugas."""
        require(actor, Permission.REPORTS)
        start, end = period.start, period.end
        with database.atomic():  # one consistent snapshot for all the figures
            by_code_channel = rq.requests_by_service_and_channel(start, end)
            channels = rq.visits_by_channel(start, end)
            per_hour = rq.visits_by_wib_hour(start, end)
            registered = rq.visits_by_officer(start, end)
            handed = rq.handed_over_by_officer(start, end)
            exits = rq.exits_by_status(start, end)
            times = rq.request_step_times(start, end)
            surveys = rq.survey_totals(start, end)
        by_service = self._by_service(by_code_channel)
        by_channel = {ch: channels.get(ch, 0) for ch in CHANNELS}
        by_channel.update({ch: n for ch, n in channels.items() if ch not in by_channel})
        requests_by_channel = dict.fromkeys(by_channel, 0)
        for _, channel, count in by_code_channel:
            requests_by_channel[channel] = requests_by_channel.get(channel, 0) + count
        wait, service, hand_over, within = self._times(times)
        officers = sorted(
            (
                OfficerRow(name, registered.get(name, 0), handed.get(name, 0))
                for name in set(registered) | set(handed)
            ),
            key=lambda o: (-o.registered, -o.handed_over, o.name.casefold()),
        )
        ikm, ikm_by_service = self._ikm(surveys)
        return Report(
            period=period,
            visits=sum(by_channel.values()),
            requests=sum(row.total for row in by_service),
            by_service=by_service,
            by_channel=by_channel,
            wait=TimeStats.of(wait),
            service=TimeStats.of(service),
            to_hand_over=TimeStats.of(hand_over),
            within_target=within,
            measured=len(hand_over),
            per_hour=per_hour,
            per_officer=tuple(officers),
            exits=exits,
            ikm=ikm,
            ikm_by_service=ikm_by_service,
            generated_at=self._clock(),
            requests_by_channel=requests_by_channel,
        )

    def _by_service(self, rows: list[tuple[str, str, int]]) -> tuple[ServiceRow, ...]:
        counts: dict[str, dict[str, int]] = {}
        for code, channel, count in rows:
            counts.setdefault(code, {}).setdefault(channel, 0)
            counts[code][channel] += count
        codes = [s.code for s in self._catalogue] + sorted(
            code for code in counts if code not in self._catalogue
        )
        out = []
        for code in codes:
            found = counts.get(code, {})
            name = self._catalogue.get(code).name_id if code in self._catalogue else code
            out.append(
                ServiceRow(
                    code=code,
                    name=name,
                    drive_thru=found.get(Channel.DRIVE_THRU.value, 0),
                    loket=found.get(Channel.LOKET.value, 0),
                    total=sum(found.values()),
                )
            )
        return tuple(out)

    def _target(self, code: str) -> int:
        try:
            return self._catalogue.get(code).target_minutes
        except CatalogueError:
            return DEFAULT_TARGET_MINUTES

    def _times(
        self, rows: Iterable[rq.RequestTimeRow]
    ) -> tuple[list[float], list[float], list[float], int]:
        wait: list[float] = []
        service: list[float] = []
        hand_over: list[float] = []
        within = 0
        targets: dict[str, int] = {}

        def minutes(a: float | None, b: float | None) -> float | None:
            if a is None or b is None or b < a:
                return None
            return (b - a) / 60.0

        for row in rows:
            if (m := minutes(row.registered, row.started)) is not None:
                wait.append(m)
            if (m := minutes(row.started, row.ready)) is not None:
                service.append(m)
            if (m := minutes(row.registered, row.handed_over)) is not None:
                hand_over.append(m)
                target = targets.get(row.service_code)
                if target is None:
                    target = targets[row.service_code] = self._target(row.service_code)
                # a thousandth of a second of float noise must not push a request past its target
                if m <= target + 1e-6:
                    within += 1
        return wait, service, hand_over, within

    def _ikm(self, surveys) -> tuple[IkmResult, dict[str, IkmResult]]:
        sums = dict.fromkeys(SKM_CODES, 0)
        counts = dict.fromkeys(SKM_CODES, 0)
        responses = 0
        found: dict[str, IkmResult] = {}
        for code, n, service_sums, service_counts in surveys:
            responses += n
            for c in SKM_CODES:
                sums[c] += service_sums[c]
                counts[c] += service_counts[c]
            found[code] = ikm_from_totals(service_sums, service_counts, n)
        order = [s.code for s in self._catalogue] + sorted(
            c for c in found if c not in self._catalogue
        )
        by_service = {code: found[code] for code in order if code in found}
        return ikm_from_totals(sums, counts, responses), by_service

    # --- exporting ------------------------------------------------------------------------------

    def export(
        self, actor: Actor, report: Report, path: Path, progress: Progress | None = None
    ) -> Path:
        """Write ``report`` to ``path`` as PDF, CSV or XLSX (from the suffix); audited.

        ``progress(fraction)`` is called along the way; returning False cancels the export
        (:class:`ExportCancelled`) and leaves no file. The file is written beside ``path`` under
        a temporary name and renamed when complete, so a reader never sees half a report.
        """
        require(actor, Permission.REPORTS)
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in FORMATS:
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "Format laporan harus .pdf, .csv atau .xlsx.")
            )

        def step(fraction: float) -> None:
            if progress is not None and progress(fraction) is False:
                raise ExportCancelled("Ekspor laporan dibatalkan.")

        step(0.0)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            if suffix == ".pdf":
                data = self.pdf_bytes(report, step)
                step(0.9)
                temp.write_bytes(data)
            elif suffix == ".csv":
                write_csv(report, temp, step)
            else:
                write_xlsx(report, temp, step)
            step(1.0)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        with write_transaction():
            record(actor, "export", "laporan", path.name, at=self._clock())
        log.info("report %s exported to %s", report.period.label(), path)
        return path

    def pdf_bytes(self, report: Report, step: Callable[[float], None] | None = None) -> bytes:
        """The report as an A4 PDF (also for a preview)."""
        from kiosk.printing.report import render_report

        document = self.document(report)
        if step is not None:
            step(0.2)
        return render_report(document)

    def document(self, report: Report):
        """The printed words of ``report`` (:class:`kiosk.printing.report.ReportDocument`)."""
        from kiosk.printing.report import ReportDocument, TableBlock

        office = self._settings.office
        r = report
        place = office.kecamatan.strip()
        if place.upper().startswith("KECAMATAN "):
            place = place[len("KECAMATAN ") :]
        generated = r.generated_at or self._clock()
        signed_on = min(r.period.end, service_day(generated))
        services = TableBlock(
            title=SECTION_TITLES["layanan"],
            header=("No.", "Jenis Layanan", "Drive-Thru", "Loket", "Jumlah"),
            rows=tuple(
                (
                    str(i),
                    s.name,
                    format_number(s.drive_thru),
                    format_number(s.loket),
                    format_number(s.total),
                )
                for i, s in enumerate(r.by_service, 1)
            ),
            footer=(
                "",
                "JUMLAH",
                format_number(sum(s.drive_thru for s in r.by_service)),
                format_number(sum(s.loket for s in r.by_service)),
                format_number(r.requests),
            ),
            widths=(0.07, 0.54, 0.15, 0.10, 0.14),
            numeric=(0, 2, 3, 4),
        )
        channels = TableBlock(
            title=SECTION_TITLES["jalur"],
            header=("Jalur", "Kunjungan", "Permohonan"),
            rows=tuple(
                (
                    channel_label(ch),
                    format_number(n),
                    format_number(r.requests_by_channel.get(ch, 0)),
                )
                for ch, n in r.by_channel.items()
            ),
            footer=("Jumlah", format_number(r.visits), format_number(r.requests)),
            widths=(0.5, 0.25, 0.25),
            numeric=(1, 2),
        )
        times = TableBlock(
            title=SECTION_TITLES["waktu"],
            header=("Ukuran", "Jumlah", "Rata-rata", "P90"),
            rows=tuple(
                (
                    label,
                    format_number(s.count),
                    format_minutes(s.mean_minutes),
                    format_minutes(s.p90_minutes),
                )
                for label, s in (
                    ("Waktu tunggu (terdaftar sampai diproses)", r.wait),
                    ("Waktu layanan (diproses sampai siap)", r.service),
                    ("Sampai diserahkan (terdaftar sampai diserahkan)", r.to_hand_over),
                )
            ),
            widths=(0.44, 0.14, 0.21, 0.21),
            numeric=(1, 2, 3),
            note=(
                f"Diserahkan dalam target waktu layanan: {format_number(r.within_target)} "
                f"dari {format_number(r.measured)} permohonan "
                f"({format_percent(r.within_target_share)}). P90: 90 % permohonan selesai "
                "dalam waktu ini atau kurang."
            ),
        )
        officers = TableBlock(
            title=SECTION_TITLES["petugas"],
            header=("Petugas", "Kunjungan Didaftarkan", "Permohonan Diserahkan"),
            rows=tuple(
                (o.name, format_number(o.registered), format_number(o.handed_over))
                for o in r.per_officer
            ),
            widths=(0.5, 0.25, 0.25),
            numeric=(1, 2),
            empty="Tidak ada kunjungan pada periode ini.",
        )
        exits = TableBlock(
            title=SECTION_TITLES["keluar"],
            header=("Status", "Permohonan"),
            rows=tuple((status_label(s), format_number(n)) for s, n in r.exits.items()),
            footer=("Jumlah", format_number(sum(r.exits.values()))),
            widths=(0.75, 0.25),
            numeric=(1,),
        )
        ikm_rows = [("Semua layanan", r.ikm)] + [
            (_service_name(r, code), result) for code, result in r.ikm_by_service.items()
        ]
        ikm = TableBlock(
            title=SECTION_TITLES["ikm"],
            header=("Layanan", "Responden", "IKM", "Mutu Pelayanan"),
            rows=tuple(
                (name, format_number(result.responses), *format_ikm(result))
                for name, result in ikm_rows
            ),
            widths=(0.46, 0.14, 0.12, 0.28),
            numeric=(1, 2),
            bold_first=True,
            note="IKM menurut Permenpan RB No. 14 Tahun 2017 (sembilan unsur, skala 25-100).",
        )
        totals = (
            ("Jumlah kunjungan (kendaraan dan pengunjung loket)", format_number(r.visits)),
            ("Jumlah permohonan (warga dilayani)", format_number(r.requests)),
            ("Diserahkan dalam target waktu", format_percent(r.within_target_share)),
            (
                "Indeks Kepuasan Masyarakat",
                " ".join(x for x in format_ikm(r.ikm) if x != "–") or "–",
            ),
        )
        return ReportDocument(
            logo=self._settings.logo_path,
            letterhead=office.letterhead,
            address_lines=tuple(
                line
                for line in (office.address, f"Telp. {office.phone}" if office.phone else "")
                if line
            ),
            lane_name=office.lane_name,
            period_label=r.period.label(),
            totals=totals,
            blocks_before_chart=(services, channels, times),
            per_hour=r.per_hour,
            blocks_after_chart=(officers, exits, ikm),
            place_and_date=f"{place.title()}, {_long(signed_on)}",
            signer_title=f"CAMAT {place.upper()}",
            generated_at=generated,
        )


# --- CSV and XLSX --------------------------------------------------------------------------------


def write_csv(report: Report, path: Path, step: Callable[[float], None] | None = None) -> None:
    """The report as CSV: one table per section (see the module docstring)."""
    parts = sections(report)
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        writer.writerow(["LAPORAN PELAYANAN", report.period.label()])
        writer.writerow([])
        for index, section in enumerate(parts):
            if step is not None:
                step(0.1 + 0.8 * index / len(parts))
            writer.writerow([section.key])
            writer.writerow(section.header)
            writer.writerows(["" if v is None else v for v in row] for row in section.rows)
            writer.writerow([])


def write_xlsx(report: Report, path: Path, step: Callable[[float], None] | None = None) -> None:
    """The report as an Excel workbook: one sheet per section, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    parts = sections(report)
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for index, section in enumerate(parts):
        if step is not None:
            step(0.1 + 0.7 * index / len(parts))
        sheet = book.create_sheet(section.key)
        sheet.append(list(section.header))
        for cell in sheet[1]:
            cell.font = bold
        for row in section.rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        for column, name in zip(sheet.columns, section.header, strict=False):
            width = max([len(str(name))] + [len(str(c.value or "")) for c in column])
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    book.properties.title = f"Laporan Pelayanan {report.period.label()}"
    book.properties.creator = "Pelayanan Tanpa Turun"
    book.save(path)
