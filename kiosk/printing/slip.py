"""The queue slip: plain data -> a one-page PDF sized for an 80 mm or 58 mm thermal roll.

The page is exactly as tall as its content. Every block is a platypus flowable; each is wrapped
once to the printable width, the heights are added up, and a single canvas of
``(roll width, total height)`` draws them top to bottom. Drawing the measured flowables
directly (rather than through a doc template's frame) measures each paragraph once and can never
spill onto a second page through a rounding difference between measuring and laying out.

``invariant=1`` makes the output byte-identical for identical input.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from kiosk.domain.clock import format_long_datetime
from kiosk.printing.common import (
    CREATOR,
    Badge,
    Centred,
    Line,
    QrCode,
    RollPage,
    Rule,
    centred_text,
    dark_rectangles,
    gap,
    is_unmasked_nik,
    para,
    printable_fields,
    printable_text,
    refuse_unmasked_nik,
    render_roll,
)
from kiosk.printing.common import QrOnce as _QrOnce  # noqa: F401  (tests reach it here)
from kiosk.printing.fonts import (
    CAP_HEIGHT,
    MONO,
    SANS,
    SANS_BOLD,
    SANS_CONDENSED_BOLD,
    register_fonts,
)

__all__ = [
    "PAPER_WIDTHS_MM",
    "NumberFit",
    "SlipData",
    "dark_rectangles",
    "fit_queue_number",
    "render_slip",
]


@dataclass(frozen=True)
class SlipData:
    """Everything printed on one queue slip, already in the words and masking to print.

    ``channel_label`` is "Drive-Thru" or "Loket"; a drive-thru slip (one with a plate, or whose
    label names the drive-thru) is printed "Jalur Drive-Thru" and counts the queue ahead in
    vehicles, any other in people. Empty masked NIKs (a request without one) are left out.
    ``issued_at`` should be aware; a naive value is taken as UTC, as the store keeps times.
    """

    office_lines: tuple[str, ...]
    lane_name: str
    number: str
    channel_label: str
    services: tuple[str, ...]
    masked_niks: tuple[str, ...]
    plate: str | None
    issued_at: datetime
    cars_ahead: int
    reference: str
    footer_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Layout:
    """Sizes for one roll width; points unless the name says mm."""

    page_width_mm: float
    printable_mm: float
    top_mm: float
    bottom_mm: float
    office_size: float
    lane_size: float
    label_size: float
    number_cap_mm: float
    number_min_hscale: float
    channel_size: float
    plate_size: float
    service_size: float
    nik_size: float
    body_size: float
    qr_mm: float
    ref_size: float
    footer_size: float

    @property
    def printable(self) -> float:
        return self.printable_mm * mm

    @property
    def page_width(self) -> float:
        return self.page_width_mm * mm


_LAYOUTS: dict[int, _Layout] = {
    80: _Layout(
        page_width_mm=80,
        printable_mm=72,
        top_mm=4,
        bottom_mm=6,
        office_size=8.5,
        lane_size=11,
        label_size=9,
        number_cap_mm=28,
        number_min_hscale=0.66,
        channel_size=10.5,
        plate_size=20,
        service_size=10,
        nik_size=9,
        body_size=8.5,
        qr_mm=30,
        ref_size=7,
        footer_size=7.5,
    ),
    58: _Layout(
        page_width_mm=58,
        printable_mm=48,
        top_mm=3,
        bottom_mm=5,
        office_size=7,
        lane_size=9,
        label_size=7.5,
        number_cap_mm=19,
        number_min_hscale=0.66,
        channel_size=8.5,
        plate_size=15,
        service_size=8.5,
        nik_size=7.5,
        body_size=7,
        qr_mm=24,
        ref_size=6,
        footer_size=6.5,
    ),
}

PAPER_WIDTHS_MM: tuple[int, ...] = tuple(sorted(_LAYOUTS))
"""Roll widths a slip can be rendered for."""


def _layout(width_mm: int) -> _Layout:
    try:
        return _LAYOUTS[width_mm]
    except KeyError:
        widths = " or ".join(f"{w} mm" for w in sorted(PAPER_WIDTHS_MM, reverse=True))
        raise ValueError(f"Unsupported slip width {width_mm!r} mm: use {widths}") from None


# --- the queue number --------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberFit:
    """How the queue number is set: font size and horizontal scale that fit the printable width."""

    font_size: float
    h_scale: float
    width: float
    """Printed width in points, after horizontal scaling."""
    cap_height: float
    """Printed height of the capitals and digits in points."""
    available: float
    """Width the number may take in points: the printable width less a little air each side."""


_NUMBER_WIDTH_SHARE = 0.95
_OVERSHOOT = 0.015  # of the font size: DejaVu's "0" reaches 29/2048 below the baseline


def fit_queue_number(number: str, width_mm: int = 80) -> NumberFit:
    """The size of ``number`` on a slip of ``width_mm``: as tall as the layout wants, narrowed
    (down to a readable limit) and then shrunk until it fits the printable width."""
    register_fonts()
    return _fit_number(number, _layout(width_mm))


def _fit_number(number: str, layout: _Layout) -> NumberFit:
    available = layout.printable * _NUMBER_WIDTH_SHARE
    size = layout.number_cap_mm * mm / CAP_HEIGHT
    unit_width = stringWidth(number, SANS_CONDENSED_BOLD, 1.0)
    natural = unit_width * size
    h_scale = 1.0 if natural <= available else available / natural
    if h_scale < layout.number_min_hscale:
        # Narrowing further would distort the digits: make the number smaller instead.
        h_scale = layout.number_min_hscale
        size = available / (unit_width * h_scale)
    return NumberFit(
        font_size=size,
        h_scale=h_scale,
        width=unit_width * size * h_scale,
        cap_height=size * CAP_HEIGHT,
        available=available,
    )


# --- flowables ---------------------------------------------------------------------------------


class _QueueNumber(Centred):
    """The huge queue number, set with a condensed bold face and a horizontal scale."""

    def __init__(self, number: str, fit: NumberFit) -> None:
        super().__init__()
        self.number = number
        self.fit = fit
        self.width = fit.width
        # Round digits overshoot the cap height a little above and below the baseline.
        self.overshoot = fit.font_size * _OVERSHOOT
        self.height = fit.cap_height + 2 * self.overshoot

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText(0, self.overshoot)
        text.setFont(SANS_CONDENSED_BOLD, self.fit.font_size)
        text.setHorizScale(self.fit.h_scale * 100)
        text.textOut(self.number)
        self.canv.drawText(text)


# --- building the slip -------------------------------------------------------------------------


def _is_drive_thru(data: SlipData) -> bool:
    return bool(data.plate) or "drive" in data.channel_label.casefold()


def _channel_text(data: SlipData) -> str:
    label = data.channel_label.strip()
    if _is_drive_thru(data) and not label.casefold().startswith("jalur"):
        return f"Jalur {label}"
    return label


def _ahead(data: SlipData, size: float, available: float) -> Paragraph:
    """How many are ahead; on a narrow roll the count goes to its own line, not a lone unit."""
    if data.cars_ahead == 0:
        return centred_text("Giliran Anda berikutnya", SANS_BOLD, size, available, min_scale=0.85)
    unit = "kendaraan" if _is_drive_thru(data) else "orang"
    count = f"{data.cars_ahead:,}".replace(",", ".")
    lead = "Antrean di depan Anda:"
    plain_width = stringWidth(f"{lead} {count} {unit}", SANS, size)
    if plain_width * 0.92 > available:
        return para(f"{lead}<br/><b>{count}</b> {unit}", SANS, size)
    if plain_width > available:
        size = int(size * available / plain_width * 10) / 10
    return para(f"{lead} <b>{count}</b> {unit}", SANS, size)


def _issued(data: SlipData, size: float, available: float) -> Paragraph:
    """Issue date and time; on a narrow roll the time goes to its own line, not mid-phrase."""
    text = format_long_datetime(data.issued_at)
    width = stringWidth(text, SANS, size)
    if width * 0.92 > available and " pukul " in text:
        day, time = text.split(" pukul ", 1)
        return para(f"{escape(day)}<br/>pukul {escape(time)}", SANS, size)
    return centred_text(text, SANS, size, available, min_scale=0.92)


def _validate(data: SlipData) -> None:
    if not data.number.strip():
        raise ValueError("A slip needs a queue number")
    if data.cars_ahead < 0:
        raise ValueError(f"cars_ahead must not be negative: {data.cars_ahead}")
    for nik in data.masked_niks:
        if is_unmasked_nik(nik):
            # Personal data rule: a slip leaves the office, so a full NIK must never be on it.
            raise ValueError("Refusing to print an unmasked NIK on a slip")
    refuse_unmasked_nik(data, "slip")  # nor in any other field


def _flowables(data: SlipData, layout: _Layout) -> list[Flowable]:
    avail = layout.printable
    out: list[Flowable] = []

    for index, line in enumerate(data.office_lines):
        font = SANS_BOLD if index == 0 else SANS
        out.append(centred_text(line, font, layout.office_size, avail, min_scale=0.8))
    if data.lane_name:
        out.append(gap(2))
        out.append(centred_text(data.lane_name, SANS_BOLD, layout.lane_size, avail, min_scale=0.85))
    out += [gap(5), Rule(avail), gap(8)]

    out.append(Line("NOMOR ANTREAN", SANS_BOLD, layout.label_size, avail, char_space=1.2))
    out.append(gap(layout.label_size * 0.9))
    out.append(_QueueNumber(data.number, _fit_number(data.number, layout)))
    out.append(gap(layout.channel_size * 1.1))
    out.append(
        Badge(
            _channel_text(data).upper(),
            SANS_BOLD,
            layout.channel_size,
            avail,
            reversed_=True,
            pad_x=layout.channel_size * 0.9,
            pad_y=layout.channel_size * 0.45,
        )
    )
    if data.plate:
        out.append(gap(layout.channel_size * 0.9))
        out.append(
            Badge(
                data.plate,
                SANS_BOLD,
                layout.plate_size,
                avail,
                reversed_=False,
                pad_x=layout.plate_size * 0.55,
                pad_y=layout.plate_size * 0.3,
                line_width=1.6,
            )
        )
    out += [gap(9), Rule(avail, dashed=True), gap(7)]

    if data.services:
        out.append(Line("LAYANAN", SANS, layout.body_size * 0.9, avail, char_space=0.8))
        out.append(gap(5))
        for index, service in enumerate(data.services):
            if index:
                out.append(gap(2.5))
            out.append(centred_text(service, SANS_BOLD, layout.service_size, avail, min_scale=0.92))
    niks = [nik for nik in data.masked_niks if nik.strip()]
    if niks:
        out.append(gap(5))
        for nik in niks:
            out.append(centred_text(f"NIK {nik}", MONO, layout.nik_size, avail, min_scale=0.8))
    out += [gap(7), Rule(avail, dashed=True), gap(7)]

    out.append(_issued(data, layout.body_size, avail))
    out.append(gap(2))
    out.append(_ahead(data, layout.body_size + 1, avail))
    out.append(QrCode(data.reference, layout.qr_mm * mm))
    out.append(centred_text(data.reference, MONO, layout.ref_size, avail, min_scale=0.8))

    if data.footer_lines:
        out.append(gap(7))
        for line in data.footer_lines:
            out.append(centred_text(line, SANS, layout.footer_size, avail, min_scale=0.88))
    return out


def render_slip(data: SlipData, width_mm: int = 80) -> bytes:
    """The queue slip of ``data`` as PDF bytes for a ``width_mm`` (80 or 58) thermal roll.

    The page is ``width_mm`` wide and as tall as its content. Raises ValueError for another
    width, an empty number, a negative queue count or a NIK that is not masked. Texts are
    printed as :func:`~kiosk.printing.common.printable_text` makes them.
    """
    layout = _layout(width_mm)
    data = printable_fields(data)
    data = replace(  # set in the monospaced face
        data,
        masked_niks=tuple(printable_text(nik, mono=True) for nik in data.masked_niks),
        reference=printable_text(data.reference, mono=True),
    )
    _validate(data)
    register_fonts()
    page = RollPage(
        width=layout.page_width,
        printable=layout.printable,
        top=layout.top_mm * mm,
        bottom=layout.bottom_mm * mm,
    )
    return render_roll(
        _flowables(data, layout),
        page,
        title=f"Nomor Antrean {data.number}",
        author=" ".join(data.office_lines) or CREATOR,
        subject=data.lane_name,
    )
