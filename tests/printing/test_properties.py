"""Properties of the printed documents (queue slip, receipt, report) on random and hostile text.

Each document either renders, or is refused before anything is drawn (a name by the domain's
validation; a full NIK or an empty number by the renderer's own checks). What renders is a PDF
that pypdf opens, whose every character has a glyph in the printer fonts (no empty boxes), whose
text lies on the page (inside the printable width of a thermal roll), and which shows the names
and service names it was given. No slip or receipt holds a full NIK anywhere, even one smuggled
in with zero-width characters, combining marks or en dashes between its digits; the report,
which holds counts only, makes none.

The word boxes come from poppler's ``pdftotext -bbox`` (``scripts/bootstrap.sh`` installs
poppler-utils for the tests), which measures the text as drawn: scaled, spaced and clipped.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import assume, event, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.errors import DomainError
from kiosk.domain.masking import mask_nik, mask_phone
from kiosk.domain.visit import check_name, is_printable_name_char
from kiosk.printing.common import (
    REPLACEMENT,
    contains_unmasked_nik,
    drawable_characters,
    printable_text,
)
from kiosk.printing.fonts import SANS, SANS_BOLD, SANS_CONDENSED_BOLD
from kiosk.printing.receipt import COPY_WORD, PAPERS, ReceiptData, render_receipt
from kiosk.printing.report import ReportDocument, TableBlock, render_report
from kiosk.printing.slip import SlipData, render_slip
from kiosk.resources import resource_path
from tests.domain.test_properties import (
    HOSTILE_TEXTS,
    NAMES,
    assert_indonesian_message,
    hostile_text,
    mobile_digits,
    mostly,
    smuggled_nik,
    typed_plate,
    valid_nik,
)
from tests.helpers_documents import SAMPLE_RECEIPT, SAMPLE_SLIP

CATALOGUE = Catalogue.load(resource_path("catalogue.json"))
SERVICE_NAMES = tuple(service.name_id for service in CATALOGUE.services)
REQUIREMENTS = tuple(dict.fromkeys(r for s in CATALOGUE.services for r in s.requirements))

SAMPLE_REPORT = ReportDocument(
    letterhead=("PEMERINTAH KABUPATEN TANGERANG", "KECAMATAN CISAUK"),
    address_lines=("Jl. Raya Cisauk No. 1, Kab. Tangerang, Banten 15341",),
    lane_name="Pelayanan Tanpa Turun",
    period_label="1 Juli 2021 – 31 Juli 2021",
    totals=(("Jumlah kunjungan", "176"), ("Jumlah permohonan", "181")),
    blocks_before_chart=(
        TableBlock(
            title="Permohonan per Jenis Layanan",
            header=("Jenis Layanan", "Jumlah"),
            rows=(("Penggantian KTP-el Rusak", "59"), ("Akta Kelahiran", "35")),
            widths=(0.8, 0.2),
            numeric=(1,),
        ),
    ),
    per_hour=(0,) * 8 + (12, 30, 41, 22, 9, 30, 20, 12),
    blocks_after_chart=(),
    place_and_date="Cisauk, 31 Juli 2021",
    signer_title="CAMAT CISAUK",
    generated_at=datetime(2021, 7, 31, 9, 0, tzinfo=UTC),
)

ROLL_MM = {"80": (80, 72), "58": (58, 48)}
"""Roll width and printable width in mm, by paper."""
A4_WIDTH = A4[0]
TOLERANCE = 0.5  # points: rounding of the drawn positions

SPELLED_NIK = re.compile(r"\d(?:[\s.\-\u2010-\u2015\u2212]?\d){15}")
SLIP_REFUSALS = ("A slip needs a queue number", "Refusing to print an unmasked NIK")
RECEIPT_REFUSALS = (
    "A receipt needs a receipt number",
    "A receipt needs a reference",
    "Refusing to print an unmasked NIK",
)

# --- reading a PDF back --------------------------------------------------------------------------


@dataclass(frozen=True)
class Printed:
    """What a PDF shows: its pages' sizes, its text as pypdf extracts it, and its metadata."""

    sizes: list[tuple[float, float]]
    text: str
    metadata: str
    origins: list[tuple[str, int, float, float]]
    """Where each drawn text fragment starts: (text, page index, x, y) in points."""

    def holds(self, shown: str) -> bool:
        """Whether ``shown`` is in the text, white space (and so line breaks) aside."""
        return compact(shown) in compact(self.text)


def compact(text: str) -> str:
    return "".join(text.split())


def read_back(pdf: bytes) -> Printed:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages, "a PDF without pages"
    origins: list[tuple[str, int, float, float]] = []
    texts: list[str] = []
    sizes: list[tuple[float, float]] = []
    for index, page in enumerate(reader.pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, i: int = index) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                origins.append((text.strip(), i, x, y))

        texts.append(page.extract_text(visitor_text=visit) or "")
        sizes.append((float(page.mediabox.width), float(page.mediabox.height)))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    return Printed(sizes=sizes, text="\n".join(texts), metadata=metadata, origins=origins)


def word_boxes(pdf: bytes) -> list[tuple[str, int, float, float, float, float, float, float]]:
    """``(word, page, x_min, y_min, x_max, y_max, page_width, page_height)`` of every word."""
    tool = shutil.which("pdftotext")
    if tool is None:
        message = "pdftotext (poppler-utils) is needed to measure the drawn text"
        if os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}:
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [tool, "-bbox", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    )
    boxes = []
    page = -1
    width = height = 0.0
    number = r"(-?[0-9.]+)"
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        found = re.search(rf'<page width="{number}" height="{number}"', line)
        if found:
            page += 1
            width, height = float(found[1]), float(found[2])
            continue
        found = re.search(
            rf'<word xMin="{number}" yMin="{number}" xMax="{number}" yMax="{number}">(.*)</word>',
            line,
        )
        if found:
            x0, y0, x1, y1 = (float(found[i]) for i in range(1, 5))
            boxes.append((found[5], page, x0, y0, x1, y1, width, height))
    return boxes


def without_invisibles(text: str) -> str:
    """The text as a reader sees the digits: marks and control characters add nothing."""
    return "".join(c for c in text if c == "\n" or unicodedata.category(c)[0] not in "MC")


def assert_sound_pdf(
    pdf: bytes, *, page_width: float, printable_width: float, copy: bool = False
) -> Printed:
    """The properties every printed document has; returns what it shows.

    ``copy``: the page has the SALINAN watermark, drawn across the whole page under the text;
    its letters (one word each, for they are rotated) need only be on the page.
    """
    printed = read_back(pdf)
    for width, _height in printed.sizes:
        assert width == pytest.approx(page_width, abs=0.01)
    # Every character drawn has a glyph: ReportLab maps one without a glyph to code 0 (a box).
    assert "\x00" not in printed.text
    drawn = set(printed.text) - {" ", "\n"}
    assert drawn <= drawable_characters(), sorted(drawn - drawable_characters())
    # No full NIK on any line, nor in the metadata (title, author, subject).
    for line in without_invisibles(printed.text).splitlines():
        assert not SPELLED_NIK.search(line), line
    assert not SPELLED_NIK.search(without_invisibles(printed.metadata))
    # Every word on the page; on a roll, inside the printable width of the print head.
    left = (page_width - printable_width) / 2 - TOLERANCE
    right = page_width - left
    for word, page, x0, y0, x1, y1, width, height in word_boxes(pdf):
        if copy and len(word) == 1 and word in COPY_WORD:
            assert -TOLERANCE <= x0 and x1 <= width + TOLERANCE, (word, page, x0, x1)
        else:
            assert left <= x0 and x1 <= right, (word, page, x0, x1)
        assert -TOLERANCE <= y0 and y1 <= height + TOLERANCE, (word, page, y0, y1)
    for text, page, x, y in printed.origins:
        width, height = printed.sizes[page]
        if copy and text == COPY_WORD:
            assert -TOLERANCE <= x <= width + TOLERANCE, (text, page, x)
        else:
            assert left <= x <= right, (text, page, x)
        assert -TOLERANCE <= y <= height + TOLERANCE, (text, page, y)
    return printed


def assert_justified_refusal(error: ValueError, allowed: tuple[str, ...], texts: list[str]) -> None:
    """A renderer refused the data before drawing: for a reason it documents, and rightly."""
    message = str(error)
    assert message.startswith(allowed), message
    if "unmasked NIK" in message:
        assert any(contains_unmasked_nik(printable_text(text)) for text in texts)


def texts_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in texts_of(item)]
    if is_dataclass(value):
        return [text for field in fields(value) for text in texts_of(getattr(value, field.name))]
    return []


# --- strategies ----------------------------------------------------------------------------------



def lines(max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(hostile_text(), max_size=max_size).map(tuple)


MASKED_NIKS = st.one_of(valid_nik(), hostile_text(30), smuggled_nik()).map(mask_nik)
MASKED_PHONES = st.one_of(mobile_digits(), hostile_text(20)).map(mask_phone)
PLATES = st.one_of(st.none(), typed_plate().map(lambda typed: typed[1]), hostile_text(20))
# Numbers and references are made by the kiosk; hostile ones now and then. (An empty number is
# refused by the renderer: see the explicit examples.)
NUMBERS = st.one_of(
    st.from_regex(r"[A-Z]{1,10}-[0-9]{3,4}", fullmatch=True),
    hostile_text(14).map(lambda text: f"D-{text}"),
)
REFERENCES = st.one_of(
    st.from_regex(r"CSK-[0-9]{8}-[A-Z][0-9]{3}-[A-Z0-9]{4}", fullmatch=True), hostile_text(40)
)
SERVICE_NAME = st.one_of(st.sampled_from(SERVICE_NAMES), hostile_text())


def is_text_field(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, tuple) and all(isinstance(item, str) for item in value)
    )


@st.composite
def with_smuggled_nik(draw: st.DrawFn, document: object) -> object:
    """``document`` with a full NIK (separators, zero-width characters or combining marks
    between its digits) in one of its texts, or added to one of its lists of lines."""
    names = [f.name for f in fields(document) if is_text_field(getattr(document, f.name))]
    name = draw(st.sampled_from(names))
    text = draw(st.tuples(hostile_text(20), smuggled_nik(), hostile_text(20)).map("".join))
    value = getattr(document, name)
    return replace(document, **{name: (*value, text) if isinstance(value, tuple) else text})


@st.composite
def slips(draw: st.DrawFn) -> SlipData:
    return replace(
        SAMPLE_SLIP,
        office_lines=draw(lines()),
        lane_name=draw(hostile_text(60)),
        number=draw(NUMBERS),
        channel_label=draw(st.one_of(st.sampled_from(["Drive-Thru", "Loket"]), hostile_text(30))),
        services=tuple(draw(st.lists(SERVICE_NAME, max_size=3))),
        masked_niks=tuple(draw(st.lists(MASKED_NIKS, max_size=3))),
        plate=draw(PLATES),
        cars_ahead=draw(st.integers(0, 10**9)),
        reference=draw(REFERENCES),
        footer_lines=draw(lines(2)),
    )


@st.composite
def receipts(draw: st.DrawFn) -> ReceiptData:
    items = st.lists(st.one_of(st.sampled_from(REQUIREMENTS), hostile_text()), max_size=4)
    return replace(
        SAMPLE_RECEIPT,
        letterhead=draw(lines()),
        address_lines=draw(lines(2)),
        receipt_number=draw(NUMBERS),
        reference=draw(REFERENCES),
        channel_label=draw(st.one_of(st.sampled_from(["Drive-Thru", "Loket"]), hostile_text(30))),
        queue_number=draw(NUMBERS),
        service_name=draw(SERVICE_NAME),
        masked_nik=draw(MASKED_NIKS),
        masked_phone=draw(MASKED_PHONES),
        plate=draw(PLATES),
        received=tuple(draw(items)),
        missing=tuple(draw(items)),
        status_line=draw(hostile_text()),
        pickup_date=draw(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2099, 12, 31)))),
        complaint_lines=draw(lines(2)),
        copy=draw(st.booleans()),
    )


# Names as typed at the lane: mostly Latin names, else hostile text for the validation to judge.
TYPED_NAMES = mostly(NAMES, hostile_text(160))


def validated(name: str, what: str = "pemohon") -> str | None:
    """The name as stored, or None when the validation refuses it (with a clear message)."""
    try:
        return check_name(name, what)
    except DomainError as err:
        assert_indonesian_message(str(err))
        return None


# --- the helpers the documents share -------------------------------------------------------------


def test_every_character_a_name_may_hold_has_a_glyph_in_the_printer_fonts() -> None:
    """The domain's name rule and the shipped fonts agree, for every code point there is."""
    allowed = [chr(c) for c in range(sys.maxunicode + 1) if is_printable_name_char(chr(c))]
    missing = [f"U+{ord(c):04X}" for c in allowed if c not in drawable_characters()]

    assert len(allowed) > 600  # the Latin blocks: not an empty rule
    assert missing == []


def test_the_drawable_set_is_what_each_face_draws() -> None:
    for name in (SANS, SANS_BOLD, SANS_CONDENSED_BOLD):
        face = pdfmetrics.getFont(name).face
        assert {ord(c) for c in drawable_characters()} <= set(face.charToGlyph)
    assert printable_text("Siti 中文") == "Siti ??"  # no CJK glyphs in the shipped fonts


@given(text=st.one_of(hostile_text(200), st.text()))
@example(text="Siti\x00Rahayu\n\u200b😀中")
@example(text="\u202eRTL\u202c")
def test_printable_text_keeps_only_what_the_fonts_draw(text: str) -> None:
    printed = printable_text(text)

    assert set(printed) <= drawable_characters() | {" ", REPLACEMENT}
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in printed)
    assert printable_text(printed) == printed
    kept = [c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf")]
    assert len(printed.replace(" ", "")) == len(kept)  # one for one: nothing silently lost


# --- queue slip ----------------------------------------------------------------------------------


@given(data=slips(), paper=st.sampled_from(["80", "58"]))
@settings(max_examples=120)
@example(
    data=replace(SAMPLE_SLIP, services=("KTP 3603\u200b231234560002",)), paper="80"
).via("a NIK hidden by a zero-width space")
@example(data=replace(SAMPLE_SLIP, masked_niks=("3603–2312–3456–0002",)), paper="58").via(
    "a NIK with en dashes"
)
@example(data=replace(SAMPLE_SLIP, number="\x00\u200b"), paper="80").via("an invisible number")
@example(
    data=replace(SAMPLE_SLIP, office_lines=HOSTILE_TEXTS[:8], services=HOSTILE_TEXTS[8:16]),
    paper="58",
)
def test_a_slip_of_any_text_prints_soundly_or_is_refused(data: SlipData, paper: str) -> None:
    page_mm, printable_mm = ROLL_MM[paper]
    try:
        pdf = render_slip(data, page_mm)
    except ValueError as err:
        event("refused")
        assert_justified_refusal(err, SLIP_REFUSALS, texts_of(data))
        return
    event("printed")

    printed = assert_sound_pdf(pdf, page_width=page_mm * mm, printable_width=printable_mm * mm)

    assert len(printed.sizes) == 1
    for shown in (*data.services, *data.office_lines, data.number):
        assert printed.holds(printable_text(shown))
    if data.plate:
        assert printed.holds(printable_text(data.plate))


# --- receipt -------------------------------------------------------------------------------------


@given(data=receipts(), applicant=TYPED_NAMES, officer=NAMES, paper=st.sampled_from(PAPERS))
@settings(max_examples=120)
@example(data=SAMPLE_RECEIPT, applicant="Budi 😀", officer="Ahmad Fauzi", paper="A4")
@example(data=SAMPLE_RECEIPT, applicant="שלום", officer="Ahmad Fauzi", paper="80")
@example(data=SAMPLE_RECEIPT, applicant="Siti 3603231234560002", officer="Ahmad", paper="58")
@example(data=SAMPLE_RECEIPT, applicant="W" * 100, officer="Nguyễn Thị Ánh", paper="58")
@example(
    data=SAMPLE_RECEIPT, applicant="'); DROP TABLE visit;--", officer="Ahmad & <b>", paper="A4"
)
@example(
    data=replace(SAMPLE_RECEIPT, receipt_number="\t\x00", reference="CSK-\U0001f600"),
    applicant="Siti",
    officer="Ahmad",
    paper="80",
)
def test_a_receipt_prints_the_names_it_was_given_or_the_names_are_refused(
    data: ReceiptData, applicant: str, officer: str, paper: str
) -> None:
    stored_applicant = validated(applicant)
    stored_officer = validated(officer, "petugas")
    if stored_applicant is None or stored_officer is None:
        event("name refused")
        return  # refused before anything is stored or printed
    data = replace(data, applicant_name=stored_applicant, officer=stored_officer)
    try:
        pdf = render_receipt(data, paper)
    except ValueError as err:
        event("refused")
        assert_justified_refusal(err, RECEIPT_REFUSALS, texts_of(data))
        return
    event("printed")
    page, printable = (A4_WIDTH, A4_WIDTH) if paper == "A4" else ROLL_MM[paper]
    if paper != "A4":
        page, printable = page * mm, printable * mm

    printed = assert_sound_pdf(pdf, page_width=page, printable_width=printable, copy=data.copy)

    # Validated names print exactly as stored: every letter has its glyph.
    assert printed.holds(stored_applicant)
    assert printed.holds(stored_officer)
    assert printed.holds(printable_text(data.service_name))
    for item in (*data.received, *data.missing):
        assert printed.holds(printable_text(item))


@given(name=hostile_text(100), paper=st.sampled_from(PAPERS))
@settings(max_examples=60)
@example(name="Budi 😀 王", paper="A4")
@example(name="Siti\x00\x1b[31m\n", paper="80")
def test_a_name_stored_before_the_rule_still_prints_legibly(name: str, paper: str) -> None:
    """Names stored before the validation refused unprintable characters print too: what the
    fonts cannot draw shows as "?", control characters are dropped, nothing is an empty box."""
    data = replace(SAMPLE_RECEIPT, applicant_name=name, officer=name)
    try:
        pdf = render_receipt(data, paper)
    except ValueError as err:
        assert_justified_refusal(err, RECEIPT_REFUSALS, [name])
        return
    page, printable = (A4_WIDTH, A4_WIDTH) if paper == "A4" else ROLL_MM[paper]
    if paper != "A4":
        page, printable = page * mm, printable * mm

    printed = assert_sound_pdf(pdf, page_width=page, printable_width=printable)

    assert printed.holds(printable_text(name))


# --- report --------------------------------------------------------------------------------------


@st.composite
def reports(draw: st.DrawFn) -> tuple[ReportDocument, list[str]]:
    """A report with hostile texts everywhere, and the officer names it shows."""
    count = st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", "."))
    typed_names = draw(st.lists(TYPED_NAMES, max_size=4))
    officers = [name for name in map(validated, typed_names) if name is not None]
    services = draw(st.lists(SERVICE_NAME, max_size=4))
    by_service = TableBlock(
        title=draw(hostile_text(60)),
        header=("No.", "Jenis Layanan", "Drive-Thru", "Loket", "Jumlah"),
        rows=tuple(
            (str(i), name, draw(count), draw(count), draw(count))
            for i, name in enumerate(services, 1)
        ),
        footer=("", "JUMLAH", draw(count), draw(count), draw(count)),
        widths=(0.07, 0.54, 0.15, 0.10, 0.14),
        numeric=(0, 2, 3, 4),
        note=draw(hostile_text()),
    )
    per_officer = TableBlock(
        title="Kinerja per Petugas",
        header=("Petugas", "Kunjungan Didaftarkan", "Permohonan Diserahkan"),
        rows=tuple((name, draw(count), draw(count)) for name in officers),
        widths=(0.5, 0.25, 0.25),
        numeric=(1, 2),
        empty=draw(hostile_text(60)),
    )
    document = ReportDocument(
        letterhead=draw(lines()),
        address_lines=draw(lines(2)),
        lane_name=draw(hostile_text(60)),
        period_label=draw(hostile_text(60)),
        totals=tuple(draw(st.lists(st.tuples(hostile_text(60), count), max_size=4))),
        blocks_before_chart=(by_service,),
        per_hour=tuple(draw(st.lists(st.integers(0, 10**6), max_size=24))),
        blocks_after_chart=(per_officer,),
        place_and_date=draw(hostile_text(60)),
        signer_title=draw(hostile_text(40)),
        signer_name=draw(st.one_of(st.just(""), NAMES)),
        signer_nip=draw(hostile_text(30)),
        generated_at=datetime(2021, 7, 31, 9, 0, tzinfo=UTC),
        chart_title=draw(hostile_text(60)),
    )
    return document, officers


@given(report=reports())
@settings(max_examples=60)
def test_a_report_of_any_text_prints_soundly(
    report: tuple[ReportDocument, list[str]],
) -> None:
    document, officers = report
    # The report holds counts, never a NIK: it does not look for one (see the NIP test below),
    # and must not make one of texts that hold none.
    assume(not any(contains_unmasked_nik(printable_text(t)) for t in texts_of(document)))

    pdf = render_report(document)

    printed = assert_sound_pdf(pdf, page_width=A4_WIDTH, printable_width=A4_WIDTH)

    for name in officers:
        assert printed.holds(name)
    for row in document.blocks_before_chart[0].rows:
        assert printed.holds(printable_text(row[1]))


# --- a full NIK in any text of a slip or a receipt ---------------------------------------------

RENDER = {
    "slip": (SAMPLE_SLIP, lambda doc: render_slip(doc, 58), 58 * mm, 48 * mm),
    "receipt": (SAMPLE_RECEIPT, lambda doc: render_receipt(doc, "80"), 80 * mm, 72 * mm),
    "receipt A4": (SAMPLE_RECEIPT, lambda doc: render_receipt(doc, "A4"), A4_WIDTH, A4_WIDTH),
}


@given(kind=st.sampled_from(sorted(RENDER)), data=st.data())
@settings(max_examples=100)
def test_a_full_nik_smuggled_into_any_text_is_refused_or_never_printed(
    kind: str, data: st.DataObject
) -> None:
    sample, render, page_width, printable_width = RENDER[kind]
    document = data.draw(with_smuggled_nik(sample), label="document")
    try:
        pdf = render(document)
    except ValueError as err:
        event("refused")
        assert "unmasked NIK" in str(err)
        return
    event("printed")  # the NIK no longer reads as one: a character became "?"

    assert_sound_pdf(pdf, page_width=page_width, printable_width=printable_width)


@pytest.mark.parametrize(
    "text",
    [
        "3603\u200b231234560002",  # a zero-width space
        "3\u03366\u033603231234560002",  # combining strokes over the digits
        "3603–2312–3456–0002",  # en dashes
        "3603\x00231234560002",  # NUL
        "3603\u00ad2312\u20603456\ufeff0002",  # soft hyphen, word joiner, BOM
    ],
)
def test_a_nik_hidden_between_invisible_characters_is_refused(text: str) -> None:
    for kind, (sample, render, _, _) in RENDER.items():
        field = "services" if kind == "slip" else "letterhead"
        with pytest.raises(ValueError, match="unmasked NIK"):
            render(replace(sample, **{field: (text,)}))
    with pytest.raises(ValueError, match="unmasked NIK"):
        render_slip(replace(SAMPLE_SLIP, masked_niks=(text,)))


def test_the_signers_nip_prints_on_the_report() -> None:
    # 18 digits, of which 16 in a row would read as a NIK: the report does not look for one.
    nip = "198001012005011001"

    pdf = render_report(replace(SAMPLE_REPORT, signer_name="Drs. Camat", signer_nip=nip))

    assert f"NIP. {nip}" in read_back(pdf).text


def test_a_long_period_keeps_the_report_footer_on_the_page() -> None:
    """The footer is one line beside the page number: a period too long for it is cut short."""
    period = "1 Januari 2021 – 31 Desember 2021, " * 8
    pdf = render_report(replace(SAMPLE_REPORT, period_label=period))

    printed = assert_sound_pdf(pdf, page_width=A4_WIDTH, printable_width=A4_WIDTH)

    assert "…" in printed.text and "Halaman 1" in printed.text


def test_a_long_receipt_number_keeps_the_page_footer_on_the_page() -> None:
    data = replace(
        SAMPLE_RECEIPT,
        receipt_number="TT-" + "CSK-20210727-D001-K3F9-" * 6,
        received=tuple(f"Dokumen persyaratan nomor {i}" for i in range(60)),
    )

    printed = assert_sound_pdf(
        render_receipt(data, "A4"), page_width=A4_WIDTH, printable_width=A4_WIDTH
    )

    assert len(printed.sizes) > 1  # the footer is only on receipts of several pages
    assert "Halaman 2 dari" in printed.text


def test_a_report_without_totals_prints() -> None:
    # ReportLab refuses a table without rows: the summary is left out instead.
    printed = read_back(render_report(replace(SAMPLE_REPORT, totals=())))

    assert "Ringkasan" not in printed.text
    assert "Penggantian KTP-el Rusak" in printed.text
