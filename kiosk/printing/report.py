"""The report for the head of office, "LAPORAN PELAYANAN": plain data -> an A4 PDF.

A letter of the office like the receipt: kop surat, title and period, the totals, tables (by
service, by channel, times, per officer, side exits, the survey index), a bar chart of visits per
hour of the day, and the Camat's signature block. Everything arrives already in the words to
print (:class:`ReportDocument`, made by :mod:`kiosk.services.reports`); ``invariant=1`` makes
equal input give equal bytes. Pages are numbered at the foot.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Table,
    TableStyle,
)

from kiosk.domain.clock import format_long_datetime
from kiosk.printing.common import (
    CREATOR,
    LOGO_COLUMN,
    Line,
    beside_logo,
    centred_text,
    clipped_text,
    gap,
    logo_flowable,
    para,
    printable_fields,
)
from kiosk.printing.fonts import SANS, SANS_BOLD, register_fonts

__all__ = ["TITLE", "ReportDocument", "TableBlock", "render_report"]

TITLE = "LAPORAN PELAYANAN"

_MARGIN = 18 * mm
_TOP = 14 * mm
_BOTTOM = 16 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_BODY = 9.5
_SMALL = 8.0
_SHADE = Color(0.90, 0.90, 0.90)
_LIGHT = Color(0.96, 0.96, 0.96)
_BAR = Color(0.20, 0.36, 0.60)
_GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class TableBlock:
    """A titled table: header, rows, an optional total row, column width fractions, which
    columns are numbers (right-aligned), and a note under it."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: tuple[int, ...] = ()
    footer: tuple[str, ...] | None = None
    note: str = ""
    empty: str = ""
    bold_first: bool = False


@dataclass(frozen=True)
class ReportDocument:
    """Everything printed on the report, in the words to print."""

    letterhead: tuple[str, ...]
    address_lines: tuple[str, ...]
    lane_name: str
    period_label: str
    totals: tuple[tuple[str, str], ...]
    blocks_before_chart: tuple[TableBlock, ...]
    per_hour: tuple[int, ...]
    blocks_after_chart: tuple[TableBlock, ...]
    place_and_date: str
    signer_title: str
    signer_name: str = ""
    signer_nip: str = ""
    generated_at: datetime | None = None
    chart_title: str = "Kunjungan per Jam Kedatangan (WIB)"
    # the office's logo file, beside the letterhead (None: no logo)
    logo: Path | None = None  # a Path: not a text to clean for printing


def _p(markup: str, size: float = _BODY, *, font: str = SANS, align: int = TA_LEFT):
    return para(markup, font, size, align)


class _DoubleRule(Flowable):
    """The rule under a kop surat: a thick line over a thin one."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 2.2 + 1.6 + 0.7

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(0.7)
        canv.line(0, 0.35, self.width, 0.35)
        canv.setLineWidth(2.2)
        canv.line(0, self.height - 1.1, self.width, self.height - 1.1)
        canv.restoreState()


def _letterhead(doc: ReportDocument) -> list[Flowable]:
    out: list[Flowable] = []
    logo = logo_flowable(doc.logo)
    width = _WIDTH - 2 * LOGO_COLUMN if logo else _WIDTH
    lines = [line.strip() for line in doc.letterhead if line.strip()]
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if index:
            out.append(gap(5 if last else 4))
        if last:
            out.append(Line(line.upper(), SANS_BOLD, 17, width, char_space=0.6))
        else:
            out.append(Line(line.upper(), SANS, 12.5, width, char_space=0.5))
    if logo:
        out = [beside_logo(logo, out, _WIDTH)]
    address = [line.strip() for line in doc.address_lines if line.strip()]
    if address:
        out.append(gap(4))
        out += [centred_text(line, SANS, 9, _WIDTH, min_scale=0.85) for line in address]
    out += [gap(5), _DoubleRule(_WIDTH)]
    return out


def _title(doc: ReportDocument) -> list[Flowable]:
    out: list[Flowable] = [
        gap(12),
        Line(TITLE, SANS_BOLD, 14, _WIDTH, char_space=0.8),
        gap(6),
    ]
    if doc.lane_name.strip():
        out += [centred_text(doc.lane_name.strip(), SANS, 10.5, _WIDTH), gap(2)]
    out += [centred_text(f"Periode: {doc.period_label}", SANS_BOLD, 10.5, _WIDTH), gap(10)]
    return out


def _heading(text: str) -> Flowable:
    return _p(f"<b>{escape(text)}</b>", 10.5)


def _totals(doc: ReportDocument) -> Table:
    cells = [
        [_p(escape(label)), _p(":"), _p(f"<b>{escape(value)}</b>")] for label, value in doc.totals
    ]
    table = Table(cells, colWidths=[92 * mm, 4 * mm, _WIDTH - 96 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _table(block: TableBlock) -> list[Flowable]:
    def cell(text: str, column: int, *, bold: bool = False) -> Flowable:
        align = TA_RIGHT if column in block.numeric else TA_LEFT
        markup = escape(text)
        return _p(f"<b>{markup}</b>" if bold else markup, _BODY, align=align)

    header = [_p(f"<b>{escape(h)}</b>", _BODY, align=TA_CENTER) for h in block.header]
    rows = [header]
    for index, row in enumerate(block.rows):
        bold = block.bold_first and index == 0
        rows.append([cell(text, c, bold=bold) for c, text in enumerate(row)])
    if not block.rows and block.empty:
        rows.append([_p(escape(block.empty))] + [""] * (len(block.header) - 1))
    if block.footer is not None:
        rows.append([cell(text, c, bold=True) for c, text in enumerate(block.footer)])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not block.rows and block.empty:
        style.append(("SPAN", (0, 1), (-1, 1)))
    if block.footer is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), _LIGHT))
    table = Table(rows, colWidths=[w * _WIDTH for w in block.widths], repeatRows=1)
    table.setStyle(TableStyle(style))
    head: list[Flowable] = [_heading(block.title), gap(4)]
    out: list[Flowable] = [KeepTogether([*head, table])] if len(rows) <= 8 else [*head, table]
    if block.note:
        out += [gap(3), _p(escape(block.note), _SMALL)]
    out.append(gap(12))
    return out


def _chart(doc: ReportDocument) -> list[Flowable]:
    """Visits per WIB hour, from 07 to 17 at least, wider when there were visits outside."""
    counts = list(doc.per_hour) + [0] * (24 - len(doc.per_hour))
    busy = [hour for hour, n in enumerate(counts) if n]
    first = min([7, *busy])
    last = max([17, *busy])
    hours = list(range(first, last + 1))
    values = [counts[h] for h in hours]
    top = max(values) if values else 0

    width, height = _WIDTH, 58 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 11 * mm
    chart.width, chart.height = width - 18 * mm, height - 16 * mm
    chart.data = [values]
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in hours]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) * 1.15 if top else 5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", ".")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _SHADE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barLabelFormat = lambda v: f"{v:,.0f}".replace(",", ".") if v else ""
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(
        String(
            width / 2,
            0,
            "Jam (WIB)",
            fontName=SANS,
            fontSize=7.5,
            fillColor=_GREY,
            textAnchor="middle",
        )
    )
    drawing.add(String(0, height - 4, "Kunjungan", fontName=SANS, fontSize=7.5, fillColor=_GREY))
    return [KeepTogether([_heading(doc.chart_title), gap(4), drawing]), gap(12)]


def _signature(doc: ReportDocument) -> Flowable:
    column = 70 * mm
    name = escape(doc.signer_name.strip()) if doc.signer_name.strip() else "." * 44
    lines = [
        _p(escape(doc.place_and_date), _BODY, align=TA_CENTER),
        gap(2),
        _p(f"<b>{escape(doc.signer_title)}</b>", _BODY, align=TA_CENTER),
        gap(50),
        _p(f"<b><u>{name}</u></b>" if doc.signer_name.strip() else name, _BODY, align=TA_CENTER),
        gap(2),
        _p(f"NIP. {escape(doc.signer_nip.strip()) or '.' * 30}", _BODY, align=TA_CENTER),
    ]
    table = Table([["", lines]], colWidths=[_WIDTH - column, column])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([gap(2), table])


def _footer(doc: ReportDocument):
    printed = f"Dicetak {format_long_datetime(doc.generated_at)}" if doc.generated_at else ""

    def draw(canv, template) -> None:
        canv.saveState()
        canv.setFont(SANS, 7.5)
        canv.setFillColor(_GREY)
        y = _BOTTOM - 8 * mm
        # one line, left to right, so the period and the print time never overlap
        left = f"{TITLE} · {doc.period_label}" + (f" · {printed}" if printed else "")
        right = f"Halaman {canv.getPageNumber()}"
        room = _WIDTH - canv.stringWidth(right, SANS, 7.5) - 6 * mm
        canv.drawString(_MARGIN, y, clipped_text(left, SANS, 7.5, room))
        canv.drawRightString(A4[0] - _MARGIN, y, right)
        canv.restoreState()

    return draw


def render_report(doc: ReportDocument) -> bytes:
    """The report as A4 PDF bytes. Texts are printed as
    :func:`~kiosk.printing.common.printable_text` makes them.

    Unlike slips and receipts it is not searched for a full NIK: it holds counts, never
    personal data, and the signer's NIP (18 digits) would read as one."""
    doc = printable_fields(doc)
    register_fonts()
    story: list[Flowable] = [*_letterhead(doc), *_title(doc)]
    if doc.totals:  # a table without rows is an error in ReportLab
        story += [_heading("Ringkasan"), gap(4), _totals(doc), gap(12)]
    for block in doc.blocks_before_chart:
        story += _table(block)
    story += _chart(doc)
    *middle, last = doc.blocks_after_chart or (None,)
    for block in middle:
        story += _table(block)
    # the signature never stands alone on a page: it keeps the last table with it
    closing = [*(_table(last) if last is not None else []), _signature(doc)]
    story.append(KeepTogether(closing))

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_TOP,
        bottomMargin=_BOTTOM,
        title=f"{TITLE} {doc.period_label}",
        author=" ".join(line for line in doc.letterhead if line.strip()),
        subject=f"{TITLE} {doc.lane_name} {doc.period_label}".strip(),
        creator=CREATOR,
        invariant=1,
        pageCompression=1,
    )
    frame = Frame(
        _MARGIN,
        _BOTTOM,
        _WIDTH,
        A4[1] - _TOP - _BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer(doc))])
    template.build(story)
    return buffer.getvalue()
