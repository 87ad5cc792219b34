"""The queue slip, read back from the PDF with pypdf."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm

from kiosk.printing import slip as slip_module
from kiosk.printing.slip import (
    PAPER_WIDTHS_MM,
    SlipData,
    dark_rectangles,
    fit_queue_number,
    render_slip,
)
from tests.helpers_documents import SAMPLE_SLIP

PRINTABLE_MM = {80: 72, 58: 48}
MAIN = Path(__file__).resolve().parents[2]

LONG_SERVICE = (
    "Surat Pengantar Akta Kematian dan Pelaporan Perubahan Data Kependudukan Anggota "
    "Keluarga yang Meninggal Dunia di Luar Wilayah Kecamatan"
)

BASE = SAMPLE_SLIP

COUNTER = replace(
    BASE,
    number="L-012",
    channel_label="Loket",
    services=("Surat Keterangan Tidak Mampu (SKTM)",),
    masked_niks=("3603**********11",),
    plate=None,
    cars_ahead=2,
    reference="CSK-20210727-L012-7QX2",
)

widths = pytest.mark.parametrize("width", [80, 58])


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """The page's text with all runs of whitespace (line breaks included) made one space."""
    reader = read(pdf)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def size_mm(pdf: bytes) -> tuple[float, float]:
    box = read(pdf).pages[0].mediabox
    return float(box.width) / mm, float(box.height) / mm


@widths
def test_drive_thru_slip_prints_every_field(width: int) -> None:
    text = text_of(render_slip(BASE, width))

    for expected in (
        "PEMERINTAH KABUPATEN TANGERANG",
        "KECAMATAN CISAUK",
        "Pelayanan Tanpa Turun",
        "NOMOR ANTREAN",
        "D-001",
        "B 1234 ABC",
        "Penggantian KTP-el Rusak",
        "Perubahan Kartu Keluarga",
        "NIK 3603**********02",
        "NIK 3603**********07",
        "Selasa, 27 Juli 2021 pukul 09.05 WIB",
        "Antrean di depan Anda: 3 kendaraan",
        "CSK-20210727-D001-K3F9",
        "Simpan slip ini. Nomor Anda akan dipanggil.",
    ):
        assert expected in text
    assert "jalur drive-thru" in text.casefold()


@widths
def test_counter_slip_has_no_plate_and_counts_people(width: int) -> None:
    text = text_of(render_slip(COUNTER, width))

    assert "L-012" in text
    assert "LOKET" in text.upper()
    assert "Antrean di depan Anda: 2 orang" in text
    assert "kendaraan" not in text
    assert "jalur" not in text.casefold()
    assert "B 1234 ABC" not in text


@pytest.mark.parametrize("data", [BASE, COUNTER], ids=["drive-thru", "counter"])
def test_nobody_ahead_says_you_are_next(data: SlipData) -> None:
    text = text_of(render_slip(replace(data, cars_ahead=0)))

    assert "Giliran Anda berikutnya" in text
    assert "Antrean di depan Anda" not in text


@widths
def test_no_full_nik_is_ever_printed(width: int) -> None:
    pdf = render_slip(BASE, width)

    assert not re.search(r"\d{16}", text_of(pdf))
    metadata = " ".join(str(value) for value in (read(pdf).metadata or {}).values())
    assert not re.search(r"\d{16}", metadata)
    assert "3603" not in metadata


@pytest.mark.parametrize("nik", ["3603231234560002", "3603 2312 3456 0002", "360323.123456.0002"])
def test_an_unmasked_nik_is_refused(nik: str) -> None:
    with pytest.raises(ValueError, match="unmasked NIK"):
        render_slip(replace(BASE, masked_niks=(nik,)))


def test_empty_masked_niks_are_left_out() -> None:
    text = text_of(render_slip(replace(BASE, masked_niks=("", "3603**********02"))))

    assert text.count("NIK ") == 1


@widths
def test_page_is_exactly_the_roll_width(width: int) -> None:
    page_width, _ = size_mm(render_slip(BASE, width))

    assert page_width == pytest.approx(width, abs=0.001)


@pytest.mark.parametrize("width", [0, 57, 72, 100])
def test_other_widths_are_refused(width: int) -> None:
    with pytest.raises(ValueError, match="80 mm or 58 mm"):
        render_slip(BASE, width)


def test_supported_widths() -> None:
    assert PAPER_WIDTHS_MM == (58, 80)


@widths
def test_height_follows_the_content(width: int) -> None:
    one = replace(BASE, services=BASE.services[:1], masked_niks=BASE.masked_niks[:1])
    three = replace(BASE, services=(*BASE.services, "Pembuatan Kartu Identitas Anak (KIA)"))

    heights = [size_mm(render_slip(data, width))[1] for data in (one, BASE, three)]

    assert heights[0] < heights[1] < heights[2]
    assert size_mm(render_slip(COUNTER, width))[1] < heights[0]  # no plate badge


def test_identical_input_gives_identical_bytes() -> None:
    first = render_slip(BASE)
    render_slip(COUNTER, 58)  # other documents in between change nothing

    assert render_slip(BASE) == first
    assert render_slip(replace(BASE, cars_ahead=4)) != first


def test_identical_bytes_across_processes() -> None:
    script = (
        "import datetime, sys\n"
        "from kiosk.printing.slip import SlipData, render_slip\n"
        f"sys.stdout.buffer.write(render_slip({BASE!r}, 58))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=MAIN, capture_output=True, check=True, timeout=60
    )

    assert result.stdout == render_slip(BASE, 58)


def text_positions(pdf: bytes) -> list[tuple[str, float]]:
    """Each drawn text fragment with the x where it starts on the page, in points."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4]))

    read(pdf).pages[0].extract_text(visitor_text=visit)
    return found


@widths
def test_long_service_name_wraps_inside_the_printable_width(width: int) -> None:
    pdf = render_slip(replace(BASE, services=(LONG_SERVICE,)), width)

    assert size_mm(pdf)[0] == pytest.approx(width, abs=0.001)
    assert LONG_SERVICE in text_of(pdf)
    lines = read(pdf).pages[0].extract_text().splitlines()
    assert not any(LONG_SERVICE in line for line in lines), "expected the name on several lines"
    margin = (width - PRINTABLE_MM[width]) / 2 * mm
    positions = text_positions(pdf)
    assert positions
    assert min(x for _, x in positions) >= margin - 0.5


def test_markup_characters_are_printed_as_text() -> None:
    service = 'Legalisasi <Fotokopi> & Surat "Keterangan"'

    text = text_of(render_slip(replace(BASE, services=(service,))))

    assert service in text


@pytest.mark.parametrize("number", ["D-001", "KTP-123", "AKTA-1234", "PENGANTAR-9999"])
@widths
def test_queue_number_fits_the_printable_width(number: str, width: int) -> None:
    fit = fit_queue_number(number, width)

    assert fit.width <= fit.available <= PRINTABLE_MM[width] * mm
    assert number in text_of(render_slip(replace(BASE, number=number), width))


def test_queue_number_is_huge() -> None:
    on_80 = fit_queue_number("D-001", 80)
    on_58 = fit_queue_number("D-001", 58)

    assert on_80.cap_height >= 24 * mm  # readable at arm's length
    assert on_58.cap_height >= 16 * mm
    assert fit_queue_number("AKTA-1234", 58).cap_height < on_58.cap_height  # shrunk to fit


def test_issue_time_is_shown_in_wib() -> None:
    naive_utc = datetime(2021, 7, 27, 2, 5)  # the store keeps naive UTC

    text = text_of(render_slip(replace(BASE, issued_at=naive_utc)))

    assert "Selasa, 27 Juli 2021 pukul 09.05 WIB" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [({"number": " "}, "queue number"), ({"cars_ahead": -1}, "negative")],
)
def test_invalid_data_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_slip(replace(BASE, **change))  # type: ignore[arg-type]


def test_pdf_title_names_the_number_only() -> None:
    metadata = read(render_slip(BASE)).metadata

    assert metadata is not None
    assert metadata.title == "Nomor Antrean D-001"


def test_qr_code_is_encoded_once_per_slip(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    make = qrencoder.QRCode.make

    def counting_make(self: qrencoder.QRCode) -> None:
        calls.append("make")
        make(self)

    monkeypatch.setattr(qrencoder.QRCode, "make", counting_make)

    render_slip(BASE)
    assert calls == ["make"]

    widget = slip_module._QrOnce("CSK-1", barWidth=80, barHeight=80)
    assert widget.getBounds() == (0, 0, 80, 80)
    widget.draw()
    widget.draw()
    assert widget.getBounds() == (0, 0, 80, 80)
    assert calls == ["make", "make"]


def test_qr_path_matches_the_encoded_modules() -> None:
    widget = slip_module._QrOnce(BASE.reference, barWidth=100, barHeight=100, barBorder=4)
    path = widget.draw().contents[0]

    dark = sum(sum(1 for module in row if module) for row in widget.qr.modules)
    count = widget.qr.getModuleCount()
    box = 100 / (count + 8)
    # Each rectangle is one run of dark modules: its width divided by a module is the run length.
    points = path.points
    area_in_modules = 0.0
    for start in range(0, len(points), 8):
        x0, y0, x1, _, _, y2 = points[start : start + 6]
        area_in_modules += (x1 - x0) * (y2 - y0) / (box * box)
    assert area_in_modules == pytest.approx(dark)


@pytest.mark.parametrize("value", [BASE.reference, "X", "CSK-" + "9" * 36])
def test_dark_rectangles_cover_exactly_the_dark_modules(value: str) -> None:
    widget = slip_module._QrOnce(value, barLevel="M")
    widget.qr.make()
    modules = widget.qr.modules
    count = widget.qr.getModuleCount()

    painted = [[0] * count for _ in range(count)]
    for column, row, width, height in dark_rectangles(modules):
        for r in range(row, row + height):
            for c in range(column, column + width):
                painted[r][c] += 1

    assert painted == [[int(bool(module)) for module in row] for row in modules]


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)
@widths
def test_qr_code_scans_at_thermal_resolution(width: int, tmp_path: Path) -> None:
    """Rasterised as a 203 dpi thermal head prints it (1 bit), the code reads back."""
    (tmp_path / "slip.pdf").write_bytes(render_slip(BASE, width))
    subprocess.run(
        ["pdftoppm", "-r", "203", "-mono", "-singlefile", "slip.pdf", "slip"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "slip.pbm"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert scanned.stdout.strip() == BASE.reference
