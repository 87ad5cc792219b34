"""The receipt "TANDA TERIMA BERKAS PERMOHONAN", read back from its PDF."""

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
from reportlab.lib.units import mm

from kiosk.printing.receipt import PAPERS, render_receipt
from tests.helpers_documents import SAMPLE_RECEIPT

MAIN = Path(__file__).resolve().parents[2]
ROLL_WIDTHS_MM = {"80": 80, "58": 58}
PRINTABLE_MM = {"80": 72, "58": 48}

DRIVE = SAMPLE_RECEIPT

COUNTER = replace(
    DRIVE,
    receipt_number="TT-20210727-L-012-1",
    reference="CSK-20210727-L012-7QX2",
    channel_label="Loket",
    queue_number="L-012",
    service_name="Surat Keterangan Tidak Mampu (SKTM)",
    applicant_name="Budi Santoso",
    masked_nik="3603**********11",
    masked_phone="",
    plate=None,
    received=("Surat pengantar RT/RW", "Fotokopi KTP-el", "Fotokopi Kartu Keluarga"),
    missing=(),
    status_line="Dokumen telah diserahkan kepada pemohon",
    pickup_date=None,
)

LONG_CHECKLIST = replace(
    DRIVE,
    received=tuple(
        f"Dokumen persyaratan nomor {i}: fotokopi yang telah dilegalisasi oleh pejabat "
        "berwenang di kelurahan atau desa setempat"
        for i in range(1, 11)
    ),
    missing=tuple(
        f"Dokumen tambahan nomor {i} yang belum dibawa oleh pemohon pada saat pendaftaran"
        for i in range(1, 6)
    ),
)

papers = pytest.mark.parametrize("paper", PAPERS)
rolls = pytest.mark.parametrize("paper", ["80", "58"])


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """The text of every page, with all runs of whitespace (line breaks included) one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in read(pdf).pages)


def size_pt(pdf: bytes, page: int = 0) -> tuple[float, float]:
    box = read(pdf).pages[page].mediabox
    return float(box.width), float(box.height)


def metadata_of(pdf: bytes) -> str:
    return " ".join(str(value) for value in (read(pdf).metadata or {}).values())


@papers
def test_drive_thru_receipt_prints_every_field(paper: str) -> None:
    text = text_of(render_receipt(DRIVE, paper))

    for expected in (
        "PEMERINTAH KABUPATEN TANGERANG",
        "KECAMATAN CISAUK",
        "Jl. Raya Cisauk No. 1",
        "TANDA TERIMA BERKAS PERMOHONAN",
        "TT-20210727-D-001-1",
        "CSK-20210727-D001-K3F9",
        "Selasa, 27 Juli 2021 pukul 09.05 WIB",
        "Drive-Thru",
        "D-001",
        "Penggantian KTP-el Rusak",
        "Siti Nurhaliza Rahmawati",
        "3603**********02",
        "0812-****-7890",
        "B 1234 ABC",
        "KTP-el yang rusak (asli)",
        "Fotokopi Kartu Keluarga",
        "Surat pengantar RT/RW",
        "Berkas diteruskan ke Disdukcapil Kab. Tangerang",
        "Senin, 2 Agustus 2021",
        "Gratis (Rp0)",
        "Ahmad Fauzi",
        "Bawa tanda terima ini saat pengambilan dokumen.",
        "SP4N-LAPOR! www.lapor.go.id / SMS 1708",
        "Telp. kantor (021) 7588 1234",
    ):
        assert expected in text, expected


@papers
def test_received_documents_are_ticked_and_missing_ones_are_not(paper: str) -> None:
    text = text_of(render_receipt(DRIVE, paper))

    assert text.count("\u2611") == len(DRIVE.received)  # ☑
    assert text.count("\u2610") == len(DRIVE.missing)  # ☐
    assert "Belum diserahkan" in text
    assert "1 dari 3 dokumen belum diserahkan" in text


@papers
def test_counter_receipt_leaves_out_plate_phone_and_pickup(paper: str) -> None:
    text = text_of(render_receipt(COUNTER, paper))

    for expected in (
        "L-012",
        "Loket",
        "Surat Keterangan Tidak Mampu (SKTM)",
        "Budi Santoso",
        "3603**********11",
        "Fotokopi KTP-el",
        "Dokumen telah diserahkan kepada pemohon",
        "Berkas lengkap: 3 dokumen diterima",
        "Gratis (Rp0)",
        "Ahmad Fauzi",
    ):
        assert expected in text, expected
    for absent in ("Plat Nomor", "B 1234 ABC", "Nomor HP/WA", "Perkiraan Pengambilan", "\u2610"):
        assert absent not in text, absent


@papers
def test_salinan_only_on_a_copy(paper: str) -> None:
    assert "SALINAN" not in text_of(render_receipt(DRIVE, paper))
    copy = text_of(render_receipt(replace(DRIVE, copy=True), paper))

    assert "SALINAN" in copy
    assert "TT-20210727-D-001-1" in copy  # the copy is the same receipt


@papers
def test_no_full_nik_is_ever_printed(paper: str) -> None:
    pdf = render_receipt(DRIVE, paper)

    assert not re.search(r"\d{16}", text_of(pdf))
    metadata = metadata_of(pdf)
    assert not re.search(r"\d{16}", metadata)
    assert "3603" not in metadata
    assert DRIVE.applicant_name not in metadata


@pytest.mark.parametrize("nik", ["3603231234560002", "3603 2312 3456 0002", "360323.123456.0002"])
def test_an_unmasked_nik_is_refused(nik: str) -> None:
    with pytest.raises(ValueError, match="unmasked NIK"):
        render_receipt(replace(DRIVE, masked_nik=nik))


@pytest.mark.parametrize(
    "change",
    [
        {"applicant_name": "Siti 3603231234560002"},
        {"service_name": "KTP-el untuk NIK 3603 2312 3456 0002"},
        {"received": ("Fotokopi KTP-el 3603-2312-3456-0002",)},
        {"missing": ("Akta 3603231234560002",)},
        {"status_line": "Diteruskan (NIK 3603231234560002)"},
        {"complaint_lines": ("3603231234560002",)},
        {"masked_phone": "3603231234560002"},
        {"reference": "REF-3603231234560002"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_full_nik_anywhere_in_the_data_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="unmasked NIK"):
        render_receipt(replace(DRIVE, **change))  # type: ignore[arg-type]


def test_phone_numbers_side_by_side_are_not_taken_for_a_nik() -> None:
    lines = ("Telp. (021) 7588 1234 / 0812-3456-7890", "WA 0812 3456 7890, 021 7588 1234")

    assert "0812-3456-7890" in text_of(render_receipt(replace(DRIVE, complaint_lines=lines)))


def test_a4_is_one_a4_page() -> None:
    pdf = render_receipt(DRIVE, "A4")

    assert len(read(pdf).pages) == 1
    width, height = size_pt(pdf)
    assert width == pytest.approx(595.27, abs=0.01)
    assert height == pytest.approx(841.89, abs=0.01)
    assert "Halaman" not in text_of(pdf)  # one page: no page numbers


@rolls
def test_roll_is_one_page_of_the_roll_width(paper: str) -> None:
    pdf = render_receipt(DRIVE, paper)

    assert len(read(pdf).pages) == 1
    width, _ = size_pt(pdf)
    assert width / mm == pytest.approx(ROLL_WIDTHS_MM[paper], abs=0.001)


@rolls
def test_roll_height_follows_the_content(paper: str) -> None:
    heights = [
        size_pt(render_receipt(data, paper))[1]
        for data in (replace(COUNTER, received=()), COUNTER, DRIVE, LONG_CHECKLIST)
    ]

    assert heights == sorted(heights)
    assert len(set(heights)) == len(heights)
    assert size_pt(render_receipt(LONG_CHECKLIST, paper))[1] > 841.89  # longer than A4, one page


def test_long_checklist_flows_onto_a_second_a4_page() -> None:
    pdf = render_receipt(LONG_CHECKLIST, "A4")
    reader = read(pdf)
    text = text_of(pdf)

    assert 1 <= len(reader.pages) <= 2
    for name in (*LONG_CHECKLIST.received, *LONG_CHECKLIST.missing):
        assert name in text, name
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (595.27, 841.89), abs=0.01
        )
    if len(reader.pages) == 2:
        assert "Halaman 1 dari 2" in text
        assert "Halaman 2 dari 2" in text
        assert text.count("Dokumen Persyaratan") == 2  # the table header is repeated
    # The closing block (note, signatures) stays together after the checklist.
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Bawa tanda terima ini saat pengambilan dokumen." in last
    assert "Ahmad Fauzi" in last


def text_positions(pdf: bytes) -> list[tuple[str, float]]:
    """Each drawn text fragment with the x where it starts on the page, in points."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4]))

    for page in read(pdf).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_a4_text_keeps_the_20_mm_margin() -> None:
    positions = text_positions(render_receipt(LONG_CHECKLIST, "A4"))

    assert positions
    assert min(x for _, x in positions) >= 20 * mm - 0.5


@rolls
def test_roll_text_starts_inside_the_printable_width(paper: str) -> None:
    positions = text_positions(render_receipt(LONG_CHECKLIST, paper))
    margin = (ROLL_WIDTHS_MM[paper] - PRINTABLE_MM[paper]) / 2 * mm

    assert positions
    assert min(x for _, x in positions) >= margin - 0.5


@papers
def test_identical_input_gives_identical_bytes(paper: str) -> None:
    first = render_receipt(DRIVE, paper)
    render_receipt(COUNTER, "58")  # other documents in between change nothing

    assert render_receipt(DRIVE, paper) == first
    assert render_receipt(replace(DRIVE, copy=True), paper) != first
    assert render_receipt(replace(DRIVE, officer="Dewi Lestari"), paper) != first


def test_identical_bytes_across_processes() -> None:
    script = (
        "import datetime, sys\n"
        "from kiosk.printing.receipt import ReceiptData, render_receipt\n"
        f"sys.stdout.buffer.write(render_receipt({LONG_CHECKLIST!r}, 'A4'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=MAIN, capture_output=True, check=True, timeout=60
    )

    assert result.stdout == render_receipt(LONG_CHECKLIST, "A4")


@pytest.mark.parametrize("paper", ["A5", "a4", "", "57", "80mm", 80, None])
def test_other_paper_is_refused(paper: object) -> None:
    with pytest.raises(ValueError, match="Unsupported receipt paper"):
        render_receipt(DRIVE, paper)  # type: ignore[arg-type]


def test_supported_papers() -> None:
    assert PAPERS == ("A4", "80", "58")


@pytest.mark.parametrize(
    ("change", "message"),
    [({"receipt_number": " "}, "receipt number"), ({"reference": ""}, "reference")],
)
def test_invalid_data_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_receipt(replace(DRIVE, **change))  # type: ignore[arg-type]


@papers
def test_markup_characters_are_printed_as_text(paper: str) -> None:
    data = replace(
        DRIVE,
        service_name='Legalisasi <Fotokopi> & Surat "Keterangan"',
        applicant_name="Siti & <Rahma>",
        received=("Surat <asli> & fotokopi",),
    )

    text = text_of(render_receipt(data, paper))

    for expected in (data.service_name, data.applicant_name, data.received[0]):
        assert expected in text


@papers
def test_issue_time_is_shown_in_wib(paper: str) -> None:
    naive_utc = datetime(2021, 7, 27, 2, 5)  # the store keeps naive UTC

    text = text_of(render_receipt(replace(DRIVE, issued_at=naive_utc), paper))

    assert "Selasa, 27 Juli 2021 pukul 09.05 WIB" in text


@papers
def test_empty_lines_are_left_out(paper: str) -> None:
    data = replace(
        DRIVE,
        address_lines=("", "Telp. (021) 7588 1234", "  "),
        complaint_lines=("", "SP4N-LAPOR! www.lapor.go.id / SMS 1708"),
        masked_nik="",
    )

    text = text_of(render_receipt(data, paper))

    assert "Telp. (021) 7588 1234" in text
    assert "SP4N-LAPOR!" in text
    assert "NIK" not in text


def test_pdf_title_names_the_receipt_number_only() -> None:
    metadata = read(render_receipt(DRIVE)).metadata

    assert metadata is not None
    assert metadata.title == "Tanda Terima TT-20210727-D-001-1"


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)
@papers
def test_qr_code_scans_even_on_a_copy(paper: str, tmp_path: Path) -> None:
    """Rasterised in 1 bit at 203 dpi (a thermal head; a coarse office scan of the A4), the
    code of a copy reads back: the watermark never reaches between the modules."""
    (tmp_path / "receipt.pdf").write_bytes(render_receipt(replace(DRIVE, copy=True), paper))
    subprocess.run(
        ["pdftoppm", "-r", "203", "-mono", "-singlefile", "receipt.pdf", "receipt"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "receipt.pbm"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert scanned.stdout.strip() == DRIVE.reference


def write_logo(path: Path) -> Path:
    """A small PNG (an emblem-like red disc on white), written with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 140), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 110, 130), fill=(178, 34, 34))
    image.save(path)
    return path


def images_on_first_page(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages[0].images)


def test_the_office_logo_stands_beside_the_a4_letterhead(tmp_path: Path) -> None:
    logo = write_logo(tmp_path / "logo.png")
    with_logo = render_receipt(replace(SAMPLE_RECEIPT, logo=logo), "A4")
    assert images_on_first_page(with_logo) == 1
    assert images_on_first_page(render_receipt(SAMPLE_RECEIPT, "A4")) == 0
    text = PdfReader(io.BytesIO(with_logo)).pages[0].extract_text()
    assert "KECAMATAN CISAUK" in text  # the letterhead lines are still there, beside it


def test_a_logo_that_cannot_be_read_leaves_the_letterhead_without_it(tmp_path: Path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    pdf = render_receipt(replace(SAMPLE_RECEIPT, logo=broken), "A4")
    assert images_on_first_page(pdf) == 0
    assert "KECAMATAN CISAUK" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
