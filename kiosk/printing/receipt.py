"""The receipt "TANDA TERIMA BERKAS PERMOHONAN": plain data -> PDF, on A4 or a thermal roll.

On A4 it is a letter of the office: a kop surat (letterhead, address, double rule), the title
and receipt number, the request beside its QR code, the checklist of documents, the status and
pick-up date, two signature spaces and the complaint channels, laid out with platypus in 20 mm
margins. One page as a rule; a long checklist flows onto a second page (its header repeated,
the signatures kept together) and the pages are then numbered.

On an 80 mm or 58 mm roll the same content is stacked and the page is as tall as it is, as the
queue slip does (:func:`kiosk.printing.common.render_roll`).

A reprint (``copy=True``) says SALINAN: a badge beside the title (at the top of a roll) and a
diagonal watermark under the content. ``invariant=1`` makes equal input give equal bytes. The
receipt leaves the office, so :func:`render_receipt` refuses data that holds a full NIK.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kiosk.domain.clock import format_long_date, format_long_datetime
from kiosk.printing.common import (
    CREATOR,
    LOGO_COLUMN,
    Badge,
    Line,
    QrCode,
    RollPage,
    Rule,
    beside_logo,
    centred_text,
    clipped_text,
    gap,
    is_unmasked_nik,
    logo_flowable,
    para,
    printable_fields,
    printable_text,
    refuse_unmasked_nik,
    render_roll,
)
from kiosk.printing.fonts import CAP_HEIGHT, MONO, SANS, SANS_BOLD, register_fonts

__all__ = ["PAPERS", "TITLE", "ReceiptData", "render_receipt"]

TITLE = "TANDA TERIMA BERKAS PERMOHONAN"
PAPERS: tuple[str, ...] = ("A4", "80", "58")
"""What a receipt can be printed on: an A4 sheet, or an 80 mm or 58 mm thermal roll."""

BRING_RECEIPT = "Bawa tanda terima ini saat pengambilan dokumen."
RECEIVED_MARK = "\u2611"  # ☑ ballot box with check
MISSING_MARK = "\u2610"  # ☐ ballot box
COPY_WORD = "SALINAN"

_GREY_TEXT = Color(0.25, 0.25, 0.25)
_SHADE = Color(0.92, 0.92, 0.92)
_WATERMARK = Color(0.86, 0.86, 0.86)


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on one receipt, already in the words and masking to print.

    Empty ``address_lines`` and ``complaint_lines`` entries are left out, as are the phone row
    when ``masked_phone`` is empty, the NIK row when ``masked_nik`` is, the plate row without a
    plate (the counter) and the pick-up row without a date. ``issued_at`` should be aware; a
    naive value is taken as UTC, as the store keeps times.
    """

    letterhead: tuple[str, ...]
    address_lines: tuple[str, ...]
    receipt_number: str
    reference: str
    issued_at: datetime
    channel_label: str
    queue_number: str
    service_name: str
    applicant_name: str
    masked_nik: str
    masked_phone: str
    plate: str | None
    received: tuple[str, ...]
    missing: tuple[str, ...]
    status_line: str
    pickup_date: date | None
    fee: str
    officer: str
    complaint_lines: tuple[str, ...]
    copy: bool = False
    # the office's logo file, beside the A4 letterhead (None: no logo)
    logo: Path | None = None  # a Path: not a text to clean for printing


# --- what is printed, whatever the paper -------------------------------------------------------


def _validate(data: ReceiptData) -> None:
    if not data.receipt_number.strip():
        raise ValueError("A receipt needs a receipt number")
    if not data.reference.strip():
        raise ValueError("A receipt needs a reference for its QR code")
    # Personal data rule: a receipt leaves the office, so a full NIK must never be on it.
    if is_unmasked_nik(data.masked_nik):
        raise ValueError("Refusing to print an unmasked NIK on a receipt")
    refuse_unmasked_nik(data, "receipt")


def _present(lines: tuple[str, ...]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


def _identity_rows(data: ReceiptData) -> list[tuple[str, str, str]]:
    """(label, value, font) of the request: when, where, who."""
    rows = [
        ("Tanggal / Waktu", format_long_datetime(data.issued_at), SANS),
        ("Jalur Layanan", data.channel_label, SANS),
        ("Nomor Antrean", data.queue_number, SANS_BOLD),
        ("Jenis Layanan", data.service_name, SANS_BOLD),
        ("Nama Pemohon", data.applicant_name, SANS),
    ]
    if data.masked_nik.strip():
        rows.append(("NIK", data.masked_nik, MONO))
    if data.masked_phone.strip():
        rows.append(("Nomor HP/WA", data.masked_phone, MONO))
    if data.plate:
        rows.append(("Plat Nomor", data.plate, SANS_BOLD))
    return rows


def _status_rows(data: ReceiptData) -> list[tuple[str, str, str]]:
    rows = [("Status Berkas", data.status_line, SANS_BOLD)]
    if data.pickup_date is not None:
        rows.append(("Perkiraan Pengambilan", format_long_date(data.pickup_date), SANS_BOLD))
    rows.append(("Biaya", data.fee, SANS))
    return rows


def _checklist_summary(data: ReceiptData) -> str:
    total = len(data.received) + len(data.missing)
    if not data.missing:
        return f"Berkas lengkap: {total} dokumen diterima"
    return f"Berkas belum lengkap: {len(data.missing)} dari {total} dokumen belum diserahkan"


def _value_markup(value: str, font: str, size: float = 0, width: float = 0) -> str:
    """A row's value as paragraph markup; given its ``size`` and column ``width``, a date and
    time too long for one line is broken before "pukul", not inside the time."""
    text = escape(value)
    if width and " pukul " in value and stringWidth(value, font, size) > width:
        text = text.replace(" pukul ", "<br/>pukul ", 1)
    if font == SANS_BOLD:
        return f"<b>{text}</b>"
    if font == MONO:
        return f'<font name="{MONO}">{text}</font>'
    return text


# --- A4 ----------------------------------------------------------------------------------------

_A4_MARGIN = 20 * mm
_A4_TOP = 16 * mm
_A4_BOTTOM = 18 * mm
_A4_WIDTH = A4[0] - 2 * _A4_MARGIN
_LABEL_WIDTH = 44 * mm
_COLON_WIDTH = 4 * mm
_QR_SIZE = 32 * mm
_BODY = 10.0
_SMALL = 8.5


def _p(markup: str, size: float = _BODY, *, font: str = SANS, align: int = TA_LEFT) -> Paragraph:
    return para(markup, font, size, align)


class _DoubleRule(Flowable):
    """The rule under a kop surat: a thick line over a thin one."""

    def __init__(self, width: float, thick: float = 2.2, thin: float = 0.7, space: float = 1.6):
        super().__init__()
        self.width = width
        self.thick = thick
        self.thin = thin
        self.space = space
        self.height = thick + space + thin

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.thin)
        canv.line(0, self.thin / 2, self.width, self.thin / 2)
        canv.setLineWidth(self.thick)
        top = self.height - self.thick / 2
        canv.line(0, top, self.width, top)
        canv.restoreState()


class _Underlined(Flowable):
    """One centred line of bold text with a rule under it: the title of an Indonesian letter."""

    def __init__(self, text: str, font: str, size: float, width: float) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.width = width
        self.height = size * 1.25

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        baseline = self.size * 0.3
        text_width = canv.stringWidth(self.text, self.font, self.size)
        left = (self.width - text_width) / 2
        canv.saveState()
        canv.setFont(self.font, self.size)
        canv.drawString(left, baseline, self.text)
        canv.setLineWidth(0.9)
        canv.line(left, baseline - 2.6, left + text_width, baseline - 2.6)
        canv.restoreState()


class _QrOnWhite(QrCode):
    """The QR code on its own white square, so that no watermark shows between the modules."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(white)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.restoreState()
        super().draw()


def _letterhead(data: ReceiptData) -> list[Flowable]:
    out: list[Flowable] = []
    logo = logo_flowable(data.logo)
    width = _A4_WIDTH - 2 * LOGO_COLUMN if logo else _A4_WIDTH
    lines = _present(data.letterhead)
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if index:
            out.append(gap(5 if last else 4))
        if last:
            out.append(Line(line.upper(), SANS_BOLD, 18, width, char_space=0.6))
        else:
            out.append(Line(line.upper(), SANS, 13, width, char_space=0.5))
    if logo:
        out = [beside_logo(logo, out, _A4_WIDTH)]
    address = _present(data.address_lines)
    if address:
        out.append(gap(4))
        for line in address:
            out.append(centred_text(line, SANS, 9, _A4_WIDTH, min_scale=0.85))
    out += [gap(5), _DoubleRule(_A4_WIDTH)]
    return out


def _title_block(data: ReceiptData) -> Flowable:
    """The title and number, centred, with the SALINAN badge of a reprint beside them."""
    side = 34 * mm
    middle = _A4_WIDTH - 2 * side
    centre = [
        _Underlined(TITLE, SANS_BOLD, 13, middle),
        gap(4),
        _p(f"Nomor: {escape(data.receipt_number)}", 10.5, align=TA_CENTER),
    ]
    badge: Flowable | str = ""
    if data.copy:
        badge = Badge(COPY_WORD, SANS_BOLD, 12, side, reversed_=True, pad_x=9, pad_y=5.5)
    table = Table([["", centre, badge]], colWidths=[side, middle, side])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _key_values(rows: list[tuple[str, str, str]], width: float) -> Table:
    """Label : value rows, values wrapping in their column."""
    cells = [
        [_p(escape(label)), _p(":"), _p(_value_markup(value, font))] for label, value, font in rows
    ]
    table = Table(
        cells, colWidths=[_LABEL_WIDTH, _COLON_WIDTH, width - _LABEL_WIDTH - _COLON_WIDTH]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ]
        )
    )
    return table


def _request_block(data: ReceiptData) -> Table:
    """The request's rows, with the QR code of its reference on the right."""
    qr_column = _QR_SIZE + 4 * mm
    rows_width = _A4_WIDTH - qr_column
    qr = [
        _QrOnWhite(data.reference, _QR_SIZE),
        _p(escape(data.reference), 7, font=MONO, align=TA_CENTER),
    ]
    table = Table(
        [[_key_values(_identity_rows(data), rows_width), qr]],
        colWidths=[rows_width, qr_column],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _section_heading(text: str) -> Paragraph:
    return _p(f"<b>{escape(text)}</b>", 10.5)


def _checklist_table(data: ReceiptData) -> Table:
    number_width = 10 * mm
    status_width = 50 * mm
    header = [
        _p("<b>No.</b>", 9, align=TA_CENTER),
        _p("<b>Dokumen Persyaratan</b>", 9),
        _p("<b>Keterangan</b>", 9),
    ]
    rows: list[list[Flowable]] = [header]
    items = [(name, True) for name in data.received] + [(name, False) for name in data.missing]
    for index, (name, received) in enumerate(items, start=1):
        if received:
            status = f"{RECEIVED_MARK} Diterima"
        else:
            status = f"{MISSING_MARK} <b>Belum diserahkan</b>"
        rows.append(
            [
                _p(str(index), _BODY, align=TA_CENTER),
                _p(escape(name)),
                _p(status),
            ]
        )
    table = Table(
        rows,
        colWidths=[number_width, _A4_WIDTH - number_width - status_width, status_width],
        repeatRows=1,
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    table.setStyle(TableStyle(style))
    return table


def _bring_note() -> Table:
    table = Table([[_p(f"<b>{escape(BRING_RECEIPT)}</b>", 10.5, align=TA_CENTER)]], [_A4_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.1, black),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6.5),
            ]
        )
    )
    return table


def _signatures(data: ReceiptData) -> Table:
    column = _A4_WIDTH / 2

    def block(role: str, name: str) -> list[Flowable]:
        return [
            _p(escape(role), _BODY, align=TA_CENTER),
            gap(22 * mm),
            _p(f"<b><u>{escape(name) or '&nbsp;' * 40}</u></b>", _BODY, align=TA_CENTER),
        ]

    table = Table(
        [[block("Pemohon,", data.applicant_name), block("Petugas Penerima,", data.officer)]],
        colWidths=[column, column],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table


def _complaints(data: ReceiptData) -> list[Flowable]:
    lines = _present(data.complaint_lines)
    if not lines:
        return []
    markup = "<br/>".join(escape(line) for line in lines)
    table = Table(
        [[_p("<b>Layanan Pengaduan</b>", _SMALL), _p(markup, _SMALL)]],
        colWidths=[40 * mm, _A4_WIDTH - 40 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [table]


def _a4_story(data: ReceiptData) -> list[Flowable]:
    story: list[Flowable] = [*_letterhead(data), gap(12), _title_block(data), gap(12)]
    story.append(_request_block(data))
    if data.received or data.missing:
        story += [
            gap(10),
            KeepTogether(
                [_section_heading("Kelengkapan Berkas"), gap(2), _p(_checklist_summary(data), 9)]
            ),
            gap(5),
            _checklist_table(data),
        ]
    story += [gap(10), _key_values(_status_rows(data), _A4_WIDTH)]
    closing: list[Flowable] = [gap(10), _bring_note(), gap(12), _signatures(data)]
    story.append(KeepTogether(closing))
    story += [gap(14), *_complaints(data)]
    return story


def _watermark(canv: Canvas, width: float, height: float, *, angle: float, step: float) -> None:
    """SALINAN diagonally across the page in light grey, under the content: as large as fits
    the width (at most 110 pt), once per ``step`` of height (a long roll has several)."""
    radians = math.radians(angle)
    unit = stringWidth(COPY_WORD, SANS_BOLD, 1)
    size = min(110.0, 0.9 * width / (unit * math.cos(radians) + CAP_HEIGHT * math.sin(radians)))
    canv.saveState()
    canv.setFillColor(_WATERMARK)
    canv.setFont(SANS_BOLD, size)
    count = max(1, int(height / step))
    for index in range(count):
        canv.saveState()
        canv.translate(width / 2, height * (index + 0.5) / count)
        canv.rotate(angle)
        canv.drawCentredString(0, -size * CAP_HEIGHT / 2, COPY_WORD)
        canv.restoreState()
    canv.restoreState()


def _numbered_canvas(receipt_number: str) -> type[Canvas]:
    """A canvas that numbers the pages ("Halaman 1 dari 2") once it knows how many there are;
    a one-page receipt gets no number."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                if total > 1:
                    self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(SANS, 8)
            self.setFillColor(_GREY_TEXT)
            y = _A4_BOTTOM - 8 * mm
            right = f"Halaman {self._pageNumber} dari {total}"
            room = _A4_WIDTH - self.stringWidth(right, SANS, 8) - 6 * mm
            left = clipped_text(f"Tanda Terima {receipt_number}", SANS, 8, room)
            self.drawString(_A4_MARGIN, y, left)
            self.drawRightString(A4[0] - _A4_MARGIN, y, right)
            self.restoreState()

    return NumberedCanvas


def _render_a4(data: ReceiptData) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_A4_MARGIN,
        rightMargin=_A4_MARGIN,
        topMargin=_A4_TOP,
        bottomMargin=_A4_BOTTOM,
        title=f"Tanda Terima {data.receipt_number}",
        author=" ".join(_present(data.letterhead)) or CREATOR,
        subject=TITLE.title(),
        creator=CREATOR,
        invariant=1,
        pageCompression=1,
    )
    frame = Frame(
        _A4_MARGIN,
        _A4_BOTTOM,
        _A4_WIDTH,
        A4[1] - _A4_TOP - _A4_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        # Called as each page begins: the watermark goes under the content.
        if data.copy:
            _watermark(canv, A4[0], A4[1], angle=45, step=A4[1])

    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame], onPage=on_page)])
    doc.build(_a4_story(data), canvasmaker=_numbered_canvas(data.receipt_number))
    return buffer.getvalue()


# --- thermal rolls -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Roll:
    """Sizes for one roll width; points unless the name says mm."""

    page_mm: float
    printable_mm: float
    government: float
    office: float
    address: float
    title: float
    number: float
    qr_mm: float
    label: float
    value: float
    small: float
    copy_badge: float
    stacked: bool
    """Labels above their values (narrow roll) instead of beside them."""
    label_mm: float

    @property
    def printable(self) -> float:
        return self.printable_mm * mm


_ROLLS: dict[str, _Roll] = {
    "80": _Roll(
        page_mm=80,
        printable_mm=72,
        government=8,
        office=11,
        address=7,
        title=10,
        number=8.5,
        qr_mm=26,
        label=7.5,
        value=8.5,
        small=7,
        copy_badge=12,
        stacked=False,
        label_mm=24.5,
    ),
    "58": _Roll(
        page_mm=58,
        printable_mm=48,
        government=6.5,
        office=9,
        address=6,
        title=8.5,
        number=7.5,
        qr_mm=22,
        label=6.5,
        value=7.5,
        small=6,
        copy_badge=10,
        stacked=True,
        label_mm=0,
    ),
}


def _roll_rows(rows: list[tuple[str, str, str]], roll: _Roll) -> list[Flowable]:
    avail = roll.printable
    if roll.stacked:
        out: list[Flowable] = []
        for index, (label, value, font) in enumerate(rows):
            if index:
                out.append(gap(3))
            out.append(para(escape(label), SANS, roll.label, TA_LEFT))
            markup = _value_markup(value, font, roll.value, avail)
            out.append(para(markup, SANS, roll.value, TA_LEFT))
        return out
    label_width = roll.label_mm * mm
    value_width = avail - label_width
    cells = [
        [
            para(escape(label), SANS, roll.label, TA_LEFT),
            para(_value_markup(value, font, roll.value, value_width), SANS, roll.value, TA_LEFT),
        ]
        for label, value, font in rows
    ]
    table = Table(cells, colWidths=[label_width, value_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                # The smaller label sits on the value's first baseline.
                ("TOPPADDING", (0, 0), (0, -1), 1.2 + roll.value - roll.label),
            ]
        )
    )
    return [table]


def _roll_checklist(data: ReceiptData, roll: _Roll) -> list[Flowable]:
    avail = roll.printable
    mark_width = roll.value * 1.6
    out: list[Flowable] = [
        Line("KELENGKAPAN BERKAS", SANS_BOLD, roll.label, avail, char_space=0.8),
        gap(4),
        centred_text(_checklist_summary(data), SANS, roll.small, avail, min_scale=0.85),
    ]
    groups = [
        ("Diterima", RECEIVED_MARK, data.received, SANS),
        ("Belum diserahkan", MISSING_MARK, data.missing, SANS_BOLD),
    ]
    for heading, mark, names, font in groups:
        if not names:
            continue
        rows = [
            [
                para(mark, SANS, roll.value, TA_LEFT),
                para(_value_markup(name, font), SANS, roll.value, TA_LEFT),
            ]
            for name in names
        ]
        table = Table(rows, colWidths=[mark_width, avail - mark_width])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        out += [gap(5), para(f"<b>{heading}:</b>", SANS, roll.label, TA_LEFT), gap(1.5), table]
    return out


def _roll_flowables(data: ReceiptData, roll: _Roll) -> list[Flowable]:
    avail = roll.printable
    out: list[Flowable] = []
    lines = _present(data.letterhead)
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if index:
            out.append(gap(2.5))
        size = roll.office if last else roll.government
        out.append(
            centred_text(line.upper(), SANS_BOLD if last else SANS, size, avail, min_scale=0.8)
        )
    for line in _present(data.address_lines):
        out.append(centred_text(line, SANS, roll.address, avail, min_scale=0.9))
    out += [gap(4), _DoubleRule(avail, thick=1.6, thin=0.6, space=1.2), gap(8)]

    if data.copy:
        badge = Badge(
            COPY_WORD,
            SANS_BOLD,
            roll.copy_badge,
            avail,
            reversed_=True,
            pad_x=roll.copy_badge * 1.2,
            pad_y=roll.copy_badge * 0.4,
        )
        out += [badge, gap(7)]
    out.append(centred_text(TITLE, SANS_BOLD, roll.title, avail, min_scale=0.9))
    out.append(gap(3))
    out.append(centred_text(f"Nomor: {data.receipt_number}", SANS, roll.number, avail))
    out.append(_QrOnWhite(data.reference, roll.qr_mm * mm))
    out.append(centred_text(data.reference, MONO, roll.small, avail, min_scale=0.8))
    out += [gap(6), Rule(avail, dashed=True), gap(6)]

    out += _roll_rows(_identity_rows(data), roll)
    if data.received or data.missing:
        out += [gap(6), Rule(avail, dashed=True), gap(7)]
        out += _roll_checklist(data, roll)
    out += [gap(6), Rule(avail, dashed=True), gap(6)]
    out += _roll_rows([*_status_rows(data), ("Petugas", data.officer, SANS)], roll)

    out.append(gap(8))
    note = para(f"<b>{escape(BRING_RECEIPT)}</b>", SANS, roll.value, TA_CENTER)
    box = Table([[note]], colWidths=[avail])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, black),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ]
        )
    )
    out.append(box)

    complaints = _present(data.complaint_lines)
    if complaints:
        out += [gap(7), centred_text("Layanan Pengaduan", SANS_BOLD, roll.small, avail)]
        out.append(gap(1))
        for line in complaints:
            out.append(centred_text(line, SANS, roll.small, avail, min_scale=0.88))
    return out


def _render_roll(data: ReceiptData, roll: _Roll) -> bytes:
    page = RollPage(
        width=roll.page_mm * mm,
        printable=roll.printable,
        top=4 * mm,
        bottom=8 * mm,
    )
    background = partial(_watermark, angle=30, step=60 * mm) if data.copy else None
    return render_roll(
        _roll_flowables(data, roll),
        page,
        title=f"Tanda Terima {data.receipt_number}",
        author=" ".join(_present(data.letterhead)) or CREATOR,
        subject=TITLE.title(),
        background=background,
    )


# --- the entry point ---------------------------------------------------------------------------


def render_receipt(data: ReceiptData, paper: str = "A4") -> bytes:
    """The receipt of ``data`` as PDF bytes on ``paper``: "A4", or "80" / "58" (mm roll).

    Raises ValueError for other paper, a missing receipt number or reference, and data that
    holds a full NIK anywhere. Texts are printed as
    :func:`~kiosk.printing.common.printable_text` makes them.
    """
    if paper not in PAPERS:
        raise ValueError(f"Unsupported receipt paper {paper!r}: use {', '.join(PAPERS)}")
    data = printable_fields(data)
    data = replace(  # set in the monospaced face
        data,
        masked_nik=printable_text(data.masked_nik, mono=True),
        masked_phone=printable_text(data.masked_phone, mono=True),
        reference=printable_text(data.reference, mono=True),
    )
    _validate(data)
    register_fonts()
    if paper == "A4":
        return _render_a4(data)
    return _render_roll(data, _ROLLS[paper])
