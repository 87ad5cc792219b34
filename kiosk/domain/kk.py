"""Nomor KK (Kartu Keluarga): 16 digits ``PPKKCC DDMMYY SSSS``.

Same region code as a NIK, then the date the family card was registered (no +40: a KK has no
sex) and a serial number 0001-9999.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.errors import InvalidKK
from kiosk.domain.masking import mask_nik
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.domain.nik import (
    build_date,
    check_region,
    compact_number,
    full_year,
    resolve_today,
)

_LABEL = Message(QT_TRANSLATE_NOOP("Messages", "Nomor KK"))
_DATE_IN_KK = Message(QT_TRANSLATE_NOOP("Messages", "Tanggal pada Nomor KK"))


@dataclass(frozen=True, repr=False)
class KK:
    """A valid Nomor KK; ``warnings`` (Indonesian messages) never block. ``repr`` masks the
    number."""

    value: str
    region_code: str
    registration_date: date
    serial: int
    warnings: tuple[Message, ...] = ()

    @property
    def grouped(self) -> str:
        """``"360323 150615 0007"``: region, date and serial apart, for the officer's screen."""
        return f"{self.value[:6]} {self.value[6:12]} {self.value[12:]}"

    def __repr__(self) -> str:
        return f"KK({mask_nik(self.value)!r}, warnings={len(self.warnings)})"


def parse_kk(text: str, *, today: date | None = None) -> KK:
    """Parse and validate a Nomor KK; raise ``InvalidKK`` if invalid.

    Spaces, dots and dashes are dropped; exactly 16 ASCII digits; the region code follows the
    NIK rules (province one of the 38, regency/kecamatan 00 an error, unlisted codes a warning);
    DD 01-31 (a KK never adds 40), MM 01-12; the year is 20YY unless that date is after
    ``today`` (default: today in Asia/Jakarta), else 19YY; the date must exist and must not be in
    the future; serial 0001-9999.

    With the century rule a date is only ever in the future when ``today`` itself lies before
    2000; the check is kept so that the rule holds whatever the century rule yields.
    """
    value = compact_number(text, label=_LABEL, error=InvalidKK)
    warnings = check_region(value[:6], label=_LABEL, error=InvalidKK)

    day, month, yy = int(value[6:8]), int(value[8:10]), int(value[10:12])
    if not 1 <= day <= 31:
        if 41 <= day <= 71:
            raise InvalidKK(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: "
                    "harus 01-31. Nomor KK tidak memakai tambahan 40 seperti NIK perempuan; "
                    "apakah ini NIK?",
                ),
                digits=value[6:8],
            )
        raise InvalidKK(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31.",
            ),
            digits=value[6:8],
        )
    if not 1 <= month <= 12:
        raise InvalidKK(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Bulan pada Nomor KK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.",
            ),
            digits=value[8:10],
        )
    today_date = resolve_today(today)
    year = full_year(yy, month, day, today_date)
    registered = build_date(year, month, day, what=_DATE_IN_KK, error=InvalidKK)
    if registered > today_date:
        raise InvalidKK(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tanggal pada Nomor KK ({date}) belum terjadi; periksa kembali Nomor KK.",
            ),
            date=registered,
        )

    serial = int(value[12:])
    if serial == 0:
        raise InvalidKK(
            QT_TRANSLATE_NOOP(
                "Messages", "Nomor urut pada Nomor KK (4 digit terakhir) tidak boleh 0000."
            )
        )

    return KK(
        value=value,
        region_code=value[:6],
        registration_date=registered,
        serial=serial,
        warnings=warnings,
    )
