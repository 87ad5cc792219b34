"""Local time of the office: WIB (Asia/Jakarta, UTC+7, no daylight saving).

Times are stored in UTC; the service day (which resets queue numbers) and everything shown or
printed is in WIB. Formatting uses Babel's Indonesian locale data so that month and day names are
right without a hand-written table.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.dates import format_time as babel_format_time

WIB = ZoneInfo("Asia/Jakarta")


def utc_now() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """An aware datetime converted to WIB; a naive one is taken as UTC (how the store keeps it)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WIB)


def service_day(moment: datetime) -> date:
    """The office's calendar day of ``moment``: it turns at local midnight, not UTC midnight."""
    return to_local(moment).date()


def today_local() -> date:
    """Today's date in WIB."""
    return service_day(utc_now())


def format_long_date(day: date, locale: str = "id") -> str:
    """``Selasa, 2 Agustus 2021`` (``Monday, August 2, 2021`` in English): the locale's full
    date, without Babel's zero-padded day in Indonesian ("02 Agustus")."""
    return format_date(day, "EEEE, d MMMM y" if locale == "id" else "full", locale=locale)


def format_short_date(day: date, locale: str = "id") -> str:
    """``27 Jul 2021``: for headers where space is short."""
    return format_date(day, "d MMM y", locale=locale)


def format_time(moment: datetime, locale: str = "id") -> str:
    """``09.05 WIB``: the locale's short time (a dot in Indonesian; ``9:05 AM`` in English)."""
    local = to_local(moment)
    return f"{babel_format_time(local, 'short', locale=locale)} WIB"


def format_long_datetime(moment: datetime, locale: str = "id") -> str:
    """``Selasa, 27 Juli 2021 pukul 09.05 WIB`` (``at`` in English)."""
    local = to_local(moment)
    word = "pukul" if locale.startswith("id") else "at"
    return f"{format_long_date(local.date(), locale)} {word} {format_time(local, locale)}"
