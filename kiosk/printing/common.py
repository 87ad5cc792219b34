"""Pieces shared by the printed documents (queue slip, receipt).

Flowables that know their own size (centred lines, badges, rules, the QR code drawn as one
path), centred and balanced text, the guard against printing a full NIK, and the renderer of a
thermal-roll page exactly as tall as its content.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import lru_cache
from os import PathLike
from typing import Any, TypeVar, cast
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import FILL_NON_ZERO, Drawing, Group, Path
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from kiosk.printing.fonts import (
    CAP_HEIGHT,
    MONO,
    SANS,
    SANS_BOLD,
    SANS_CONDENSED_BOLD,
    register_fonts,
)

log = logging.getLogger(__name__)

__all__ = [
    "CREATOR",
    "Badge",
    "Centred",
    "Line",
    "QrCode",
    "QrOnce",
    "RollPage",
    "Rule",
    "balanced_lines",
    "centred_text",
    "clipped_text",
    "contains_unmasked_nik",
    "dark_rectangles",
    "drawable_characters",
    "gap",
    "is_unmasked_nik",
    "measure",
    "para",
    "paragraph_style",
    "printable_fields",
    "printable_text",
    "refuse_unmasked_nik",
    "render_roll",
]

CREATOR = "Pelayanan Tanpa Turun"
"""The PDF creator of every printed document."""

# --- personal data -----------------------------------------------------------------------------

_SIXTEEN_DIGITS = re.compile(r"\d{16}")
# White space, dots and every dash the NIK parser ignores (kiosk.domain.masking.DASHES).
_NIK_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]")
_SPELLED_NIK = re.compile(r"\d(?:[\s.\-\u2010-\u2015\u2212]?\d){15}")


# Combining marks and zero-width format characters: drawn over or between the digits of a
# NIK, they leave every digit readable on paper.
_INVISIBLE_BETWEEN_DIGITS = frozenset({"Mn", "Me", "Cf"})


def _without_marks(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE_BETWEEN_DIGITS)


def is_unmasked_nik(value: str) -> bool:
    """Whether a NIK field holds a full NIK: 16 digits once spaces, dots and dashes are dropped."""
    return bool(_SIXTEEN_DIGITS.search(_NIK_SEPARATORS.sub("", _without_marks(value))))


def contains_unmasked_nik(text: str) -> bool:
    """Whether free text holds 16 digits in a row, at most one space, dot or dash between two.

    Catches a NIK typed as ``3603231234560002``, ``3603 2312 3456 0002``,
    ``360323.123456.0002`` or ``3603–2312–3456–0002`` into any field, without taking two
    phone numbers written side by side (``0812-3456-7890 / 021 5970 1234``) for one.
    Combining marks and zero-width characters between the digits do not hide it.
    """
    return bool(_SPELLED_NIK.search(_without_marks(text)))


def refuse_unmasked_nik(data: object, document: str) -> None:
    """Raise ValueError when any text of ``data`` (a document's dataclass, its tuples and
    nested dataclasses) holds a full NIK: the document leaves the office."""
    for name, text in _texts(data):
        if contains_unmasked_nik(text):
            raise ValueError(f"Refusing to print an unmasked NIK on a {document} ({name})")


def _texts(value: object, name: str = "") -> Iterable[tuple[str, str]]:
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item, name)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from _texts(getattr(value, field.name), field.name)


# --- characters the fonts can draw ---------------------------------------------------------------

REPLACEMENT = "?"
"""Printed instead of a character that no shipped font can draw (an emoji, a CJK ideograph)."""

_INVISIBLE = frozenset({"Cc", "Cf"})
_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # bidirectional classes of Hebrew and Arabic letters


@lru_cache(maxsize=2)
def drawable_characters(mono: bool = False) -> frozenset[str]:
    """Every character that each proportional face (regular, bold, condensed bold), and with
    ``mono`` the monospaced one too, has a glyph for and that prints as it reads. ReportLab
    draws a character without a glyph as the font's empty box, silently. Also left out:

    - right-to-left letters (Hebrew, Arabic): ReportLab lays every line out left to right, so
      a word in them would print backwards (and Arabic without its joined forms);
    - characters beyond U+FFFF (the few emoji DejaVu has): ReportLab writes them into the
      PDF's text map as invalid codes, so the PDF's text (copy, search) would lose them.
    """
    register_fonts()
    names = (SANS, SANS_BOLD, SANS_CONDENSED_BOLD) + ((MONO,) if mono else ())
    faces = [pdfmetrics.getFont(name).face for name in names]
    common = set.intersection(*(set(face.charToGlyph) for face in faces))
    return frozenset(
        chr(code)
        for code in common
        if code <= 0xFFFF and unicodedata.bidirectional(chr(code)) not in _RIGHT_TO_LEFT
    )


def printable_text(text: str, *, mono: bool = False) -> str:
    """``text`` as it can be printed: white space of any kind (a line break, a tab) becomes a
    space, control and format characters (NUL, escape, zero-width and direction marks) are
    dropped, and a character the fonts cannot print as it reads (:func:`drawable_characters`)
    becomes ``?``, never an empty box. ``mono``: for text set in the monospaced face, which
    has fewer glyphs (masked NIKs and phones, references).

    Names are checked before they are stored (``kiosk.domain.visit.check_name``); this keeps
    everything else printable too: office lines, service names, requirement names, notes.
    """
    drawable = drawable_characters(mono)
    out: list[str] = []
    for char in text:
        if char.isspace():
            out.append(" ")
        elif unicodedata.category(char) in _INVISIBLE:
            continue
        else:
            out.append(char if char in drawable else REPLACEMENT)
    return "".join(out)


_Data = TypeVar("_Data")


def printable_fields(data: _Data) -> _Data:
    """A copy of a document's dataclass with :func:`printable_text` applied to every text in
    it, in tuples and nested dataclasses too; other values are kept as they are."""
    return cast(_Data, _printable(data))


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return printable_text(value)
    if isinstance(value, tuple):
        return tuple(_printable(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _printable(getattr(value, f.name)) for f in fields(value) if f.init}
        return replace(value, **changes)
    return value


# --- flowables ---------------------------------------------------------------------------------


class Centred(Flowable):
    """A flowable that knows its own width and is drawn centred on the printable width."""

    def __init__(self) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # so that a platypus frame centres it too

    def centre_offset(self, available: float) -> float:
        return (available - self.width) / 2


class Line(Centred):
    """One line of capitals that never wraps: shrunk to fit when too long, maybe letter-spaced.

    Its height is the cap height, so it suits labels in capitals (no descenders).
    """

    def __init__(
        self, text: str, font: str, size: float, available: float, *, char_space: float = 0.0
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.char_space = char_space
        natural = stringWidth(text, font, size) + char_space * max(len(text) - 1, 0)
        if natural > available:
            scale = available / natural
            size *= scale
            self.char_space *= scale
            natural = available
        self.size = size
        self.width = natural
        self.height = size * CAP_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText(0, 0)
        text.setFont(self.font, self.size)
        text.setCharSpace(self.char_space)
        text.textOut(self.text)
        self.canv.drawText(text)


class Badge(Centred):
    """Text in a box: reversed (white on black) for the channel, outlined for the plate."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        available: float,
        *,
        reversed_: bool,
        pad_x: float,
        pad_y: float,
        line_width: float = 1.2,
    ) -> None:
        super().__init__()
        natural = stringWidth(text, font, size)
        room = available - 2 * pad_x - line_width
        if natural > room:
            size *= room / natural
            natural = room
        self.text = text
        self.font = font
        self.size = size
        self.reversed = reversed_
        self.pad_x = pad_x
        self.pad_y = pad_y
        self.line_width = line_width
        self.text_width = natural
        self.width = natural + 2 * pad_x + line_width
        self.height = size * CAP_HEIGHT + 2 * pad_y + line_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        half = self.line_width / 2
        radius = min(self.height / 4, 3 * mm)
        box_w = self.width - self.line_width
        box_h = self.height - self.line_width
        canv.saveState()
        canv.setLineWidth(self.line_width)
        if self.reversed:
            canv.roundRect(half, half, box_w, box_h, radius, stroke=0, fill=1)
            canv.setFillGray(1)
        else:
            canv.roundRect(half, half, box_w, box_h, radius, stroke=1, fill=0)
        text = canv.beginText(half + self.pad_x, half + self.pad_y)
        text.setFont(self.font, self.size)
        text.textOut(self.text)
        canv.drawText(text)
        canv.restoreState()


class Rule(Flowable):
    """A thin full-width line between sections."""

    def __init__(self, available: float, thickness: float = 0.6, dashed: bool = False) -> None:
        super().__init__()
        self.width = available
        self.height = thickness
        self.dashed = dashed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.height)
        if self.dashed:
            canv.setDash(2, 1.5)
        y = self.height / 2
        canv.line(0, y, self.width, y)
        canv.restoreState()


class QrOnce(QrCodeWidget):
    """QrCodeWidget that encodes its value once and draws it as one path.

    The stock widget runs ``qr.make()`` (eight trial maskings, the costliest step of a slip) in
    every ``draw()``, and the inherited ``getBounds()`` calls ``draw()`` again; here the drawn
    group is kept and the bounds are the widget's known box. The stock widget also makes one
    validated ``Rect`` shape per run of dark modules (a few hundred per code); one filled path
    of merged rectangles (:func:`dark_rectangles`) draws the same modules in well under half
    the time (3 ms instead of 8.5 ms here) and leaves no hairline seams between rows on screen.
    """

    def draw(self) -> Group:
        group = self.__dict__.get("_group")
        if group is None:
            group = self._encode_and_draw()
            # Bypasses Widget.__setattr__'s attribute validation, as QrCodeWidget does for "qr".
            self.__dict__["_group"] = group
        return group

    def getBounds(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + self.barWidth, self.y + self.barHeight)

    def _encode_and_draw(self) -> Group:
        self.qr.make()
        count = self.qr.getModuleCount()
        border = self.barBorder
        width, height = self.barWidth, self.barHeight
        side = min(width, height)
        box = side / (count + 2 * border)
        left = self.x + (width - side) / 2 + border * box
        top = self.y + (side - height) / 2 + height - border * box
        path = Path(fillColor=self.barFillColor, strokeColor=None, fillMode=FILL_NON_ZERO)
        for column, row, run, rows in dark_rectangles(self.qr.modules):
            x0, x1 = left + column * box, left + (column + run) * box
            y0, y1 = top - (row + rows) * box, top - row * box
            path.moveTo(x0, y0)
            path.lineTo(x1, y0)
            path.lineTo(x1, y1)
            path.lineTo(x0, y1)
            path.closePath()
        group = Group()
        group.add(path)
        return group


def dark_rectangles(modules: Iterable[Iterable[object]]) -> list[tuple[int, int, int, int]]:
    """The dark modules of a QR matrix as ``(column, row, width, height)`` rectangles.

    Each rectangle is a horizontal run of dark modules, extended downwards while the rows below
    repeat the same run (finder patterns, bars). Fewer rectangles make a smaller page and a
    faster render than the stock widget's one rectangle per run per row.
    """
    done: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    row_index = -1
    for row_index, row in enumerate(modules):
        runs: set[tuple[int, int]] = set()
        column = 0
        for dark, cells in itertools.groupby(row, key=bool):
            length = sum(1 for _ in cells)
            if dark:
                runs.add((column, length))
            column += length
        for run in [run for run in open_runs if run not in runs]:
            first = open_runs.pop(run)
            done.append((run[0], first, run[1], row_index - first))
        for run in runs:
            open_runs.setdefault(run, row_index)
    for (column, length), first in open_runs.items():
        done.append((column, first, length, row_index + 1 - first))
    done.sort(key=lambda rect: (rect[1], rect[0]))
    return done


class QrCode(Centred):
    """The QR code of the reference, as a square Drawing."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.drawing = Drawing(size, size)
        self.drawing.add(QrOnce(value, barWidth=size, barHeight=size, barLevel="M", barBorder=4))
        self.width = size
        self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


# --- text ----------------------------------------------------------------------------------------


@lru_cache(maxsize=128)
def paragraph_style(
    font: str, size: float, leading_factor: float = 1.25, alignment: int = TA_CENTER
) -> ParagraphStyle:
    """A paragraph style without space before or after; centred unless told otherwise."""
    return ParagraphStyle(
        name=f"doc-{font}-{size}-{leading_factor}-{alignment}",
        fontName=font,
        fontSize=size,
        leading=round(size * leading_factor, 2),
        alignment=alignment,
        spaceBefore=0,
        spaceAfter=0,
    )


def para(markup: str, font: str, size: float, alignment: int = TA_CENTER) -> Paragraph:
    """A paragraph of ReportLab markup (escape plain text first)."""
    return Paragraph(markup, paragraph_style(font, size, alignment=alignment))


def _greedy_lines(widths: list[float], space: float, limit: float) -> list[list[int]]:
    """Word indices per line when each line takes as many words as fit in ``limit``."""
    lines: list[list[int]] = [[]]
    used = 0.0
    for index, width in enumerate(widths):
        needed = width if not lines[-1] else used + space + width
        if lines[-1] and needed > limit:
            lines.append([index])
            used = width
        else:
            lines[-1].append(index)
            used = needed
    return lines


def balanced_lines(text: str, font: str, size: float, available: float) -> list[str]:
    """``text`` broken into as few lines as fit ``available``, all of about the same length.

    Centred text broken greedily leaves a lonely last word ("... Nomor Anda akan / dipanggil.");
    the narrowest limit that still gives the greedy line count evens the lines out.
    """
    words = text.split()
    widths = [stringWidth(word, font, size) for word in words]
    space = stringWidth(" ", font, size)
    count = len(_greedy_lines(widths, space, available))
    if count <= 1:
        return [" ".join(words)]
    low, high = max(widths) if widths else 0.0, available
    for _ in range(14):
        middle = (low + high) / 2
        if len(_greedy_lines(widths, space, middle)) <= count:
            high = middle
        else:
            low = middle
    return [" ".join(words[i] for i in line) for line in _greedy_lines(widths, space, high)]


def centred_text(
    text: str, font: str, size: float, available: float, *, min_scale: float = 1.0
) -> Paragraph:
    """Centred plain text: one line if it fits, shrunk down to ``min_scale`` to stay on one
    line, else wrapped into balanced lines at the full size. Never wider than ``available``."""
    width = stringWidth(text, font, size)
    if width <= available:
        return para(escape(text), font, size)
    if width * min_scale <= available:
        shrunk = int(size * available / width * 10) / 10  # a tenth of a point down: stays inside
        return para(escape(text), font, shrunk)
    lines = balanced_lines(text, font, size, available)
    return para("<br/>".join(escape(line) for line in lines), font, size)


def clipped_text(text: str, font: str, size: float, available: float) -> str:
    """``text`` as it is when it fits ``available``, else cut short with an ellipsis: for a
    running line (a page footer) that must stay one line and clear of its neighbour."""
    if stringWidth(text, font, size) <= available:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= available:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def gap(points: float) -> Spacer:
    return Spacer(0, points)


# --- a roll page as tall as its content ----------------------------------------------------------


def measure(flowables: Iterable[Flowable], available: float) -> list[tuple[Flowable, float]]:
    """Each flowable wrapped once to ``available`` width, with its height."""
    measured = []
    for flowable in flowables:
        _, height = flowable.wrap(available, 1e6)
        measured.append((flowable, height))
    return measured


@dataclass(frozen=True)
class RollPage:
    """A thermal roll page: its width, the printable width centred on it, top and bottom air."""

    width: float
    printable: float
    top: float
    bottom: float


def render_roll(
    flowables: Iterable[Flowable],
    page: RollPage,
    *,
    title: str,
    author: str,
    subject: str,
    background: Callable[[Canvas, float, float], None] | None = None,
) -> bytes:
    """``flowables`` drawn top to bottom on one page exactly as tall as they are, as PDF bytes.

    Each flowable is wrapped once to the printable width and drawn where the heights put it
    (no frame: a rounding difference between measuring and laying out can never spill onto a
    second page). :class:`Centred` flowables are centred. ``background(canvas, width, height)``
    draws under the content (a watermark). ``invariant=1``: equal input, equal bytes.
    """
    measured = measure(flowables, page.printable)
    content_height = sum(height for _, height in measured)
    page_height = page.top + content_height + page.bottom

    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(page.width, page_height), invariant=1, pageCompression=1)
    canv.setTitle(title)
    canv.setAuthor(author)
    canv.setCreator(CREATOR)
    canv.setSubject(subject)
    if background is not None:
        background(canv, page.width, page_height)

    left = (page.width - page.printable) / 2
    y = page_height - page.top
    for flowable, height in measured:
        y -= height
        x = left + (flowable.centre_offset(page.printable) if isinstance(flowable, Centred) else 0)
        flowable.drawOn(canv, x, y)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


# --- the office's logo on A4 letterheads ------------------------------------------------------

LOGO_COLUMN = 26 * mm
LOGO_HEIGHT = 22 * mm


def logo_flowable(path: PathLike | None) -> Flowable | None:
    """The office's logo scaled into the letterhead's logo column, or None (no logo, or a file
    that cannot be read: the letterhead is then printed without it rather than not at all)."""
    if not path:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as error:  # a missing, truncated or foreign file
        log.warning("logo %s not printed: %s", path, error)
        return None
    scale = min(LOGO_HEIGHT / height, (LOGO_COLUMN - 4 * mm) / width)
    return Image(str(path), width=width * scale, height=height * scale)


def beside_logo(logo: Flowable, lines: list[Flowable], width: float) -> Flowable:
    """The letterhead's centred lines with the logo to their left, as a kop surat has it: the
    lines stay centred on the page (an empty column of the logo's width balances it)."""
    table = Table(
        [[logo, lines, ""]],
        colWidths=[LOGO_COLUMN, width - 2 * LOGO_COLUMN, LOGO_COLUMN],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
