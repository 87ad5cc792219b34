"""Facts about a person shared by the identity rules: sex, and dates as an officer reads them."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from kiosk.domain.messages import QT_TRANSLATE_NOOP

_MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


class Sex(StrEnum):
    """Sex as written on KTP-el and KK: L (laki-laki) or P (perempuan); the value is stored."""

    MALE = "L"
    FEMALE = "P"

    @property
    def label(self) -> str:
        """Indonesian word for the officer's screen and printed documents (the window
        translates it, context "Messages")."""
        if self is Sex.MALE:
            return QT_TRANSLATE_NOOP("Messages", "Laki-laki")
        return QT_TRANSLATE_NOOP("Messages", "Perempuan")


def format_date_id(value: date) -> str:
    """``date(1985, 3, 12)`` -> ``"12 Maret 1985"``, for messages shown to the officer.

    Kept here (not with Babel) so the domain's messages need no locale data.
    """
    return f"{value.day} {_MONTHS_ID[value.month - 1]} {value.year}"
