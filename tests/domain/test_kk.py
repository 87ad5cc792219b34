"""Nomor KK rules: NIK layout without the +40, a registration date that exists and has passed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kiosk.domain.errors import DomainError, InvalidKK, InvalidNik
from kiosk.domain.kk import KK, parse_kk

TODAY = date(2026, 5, 20)
CISAUK = "360323"


def make(
    region: str = CISAUK, dd: str = "15", mm: str = "06", yy: str = "15", serial: str = "0007"
) -> str:
    return f"{region}{dd}{mm}{yy}{serial}"


def parse(text: str, today: date = TODAY) -> KK:
    return parse_kk(text, today=today)


def error_of(text: str, today: date = TODAY) -> str:
    with pytest.raises(InvalidKK) as info:
        parse_kk(text, today=today)
    return str(info.value)


def test_valid_kk_gives_every_field() -> None:
    kk = parse("3603231506150007")
    assert kk.value == "3603231506150007"
    assert kk.region_code == "360323"
    assert kk.registration_date == date(2015, 6, 15)
    assert kk.serial == 7
    assert kk.warnings == ()
    assert kk.grouped == "360323 150615 0007"


def test_kk_is_frozen_and_its_repr_masks_the_number() -> None:
    kk = parse("3603231506150007")
    with pytest.raises(dataclasses.FrozenInstanceError):
        kk.serial = 8  # type: ignore[misc]
    assert "3603231506150007" not in repr(kk)
    assert "3603**********07" in repr(kk)


def test_invalid_kk_is_its_own_domain_error() -> None:
    with pytest.raises(InvalidKK) as info:
        parse("123")
    assert isinstance(info.value, DomainError)
    assert not isinstance(info.value, InvalidNik)


@pytest.mark.parametrize(
    "text",
    [
        "3603231506150007",
        " 3603 2315 0615 0007 ",
        "3603.2315.0615.0007",
        "3603-2315-0615-0007",
        "360323 150615 0007",
    ],
)
def test_spaces_dots_and_dashes_are_dropped(text: str) -> None:
    assert parse(text).value == "3603231506150007"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Nomor KK belum diisi."),
        ("360323150615000", "Nomor KK harus 16 digit angka (tertulis 15 digit)."),
        ("36032315061500071", "Nomor KK harus 16 digit angka (tertulis 17 digit)."),
        ("360323150615000A", "Nomor KK hanya boleh berisi angka"),
        ("3603/23/150615/0007", "'/'"),
    ],
)
def test_shape_errors_name_the_kk(text: str, fragment: str) -> None:
    assert fragment in error_of(text)


@pytest.mark.parametrize("province", ["00", "20", "37", "99"])
def test_unknown_province_is_an_error(province: str) -> None:
    message = error_of(make(region=f"{province}0101"))
    assert "Kode provinsi pada Nomor KK" in message


@pytest.mark.parametrize(
    ("region", "word"), [("360023", "kabupaten/kota"), ("360300", "kecamatan")]
)
def test_regency_or_kecamatan_00_is_an_error(region: str, word: str) -> None:
    message = error_of(make(region=region))
    assert word in message
    assert "tidak boleh 00" in message


def test_unknown_region_is_only_a_warning() -> None:
    kk = parse(make(region="369901"))
    assert len(kk.warnings) == 1
    assert "36.99" in kk.warnings[0]
    assert "Nomor KK" in kk.warnings[0]


@pytest.mark.parametrize("dd", ["41", "55", "71"])
def test_day_plus_40_is_an_error_that_hints_at_a_nik(dd: str) -> None:
    message = error_of(make(dd=dd))
    assert "harus 01-31" in message
    assert "tambahan 40" in message


@pytest.mark.parametrize("dd", ["00", "32", "40", "72", "99"])
def test_day_outside_01_31_is_an_error(dd: str) -> None:
    message = error_of(make(dd=dd))
    assert f"digit ke-7 dan ke-8: {dd}" in message
    assert "harus 01-31" in message
    assert "tambahan 40" not in message


@pytest.mark.parametrize("mm", ["00", "13", "99"])
def test_month_outside_01_12_is_an_error(mm: str) -> None:
    message = error_of(make(mm=mm))
    assert "Bulan pada Nomor KK" in message
    assert "01-12" in message


@pytest.mark.parametrize(
    ("ddmmyy", "shown"),
    [("290223", "29-02-2023"), ("310415", "31-04-2015"), ("300210", "30-02-2010")],
)
def test_date_must_exist(ddmmyy: str, shown: str) -> None:
    message = error_of(f"{CISAUK}{ddmmyy}0001")
    assert "tidak ada di kalender" in message
    assert shown in message


@pytest.mark.parametrize(
    ("ddmmyy", "expected"),
    [
        ("290224", date(2024, 2, 29)),
        ("290200", date(2000, 2, 29)),
        ("200526", date(2026, 5, 20)),  # registered today
        ("210526", date(1926, 5, 21)),  # tomorrow as 20YY, so 19YY (the NIK century rule)
        ("010199", date(1999, 1, 1)),
    ],
)
def test_registration_date_and_century(ddmmyy: str, expected: date) -> None:
    assert parse(f"{CISAUK}{ddmmyy}0001").registration_date == expected


def test_registration_date_in_the_future_is_an_error() -> None:
    # Only reachable when "today" lies before 2000: seen from 1 January 1999, 01-06-99 reads
    # as 2099 (future), then 1999, which is still ahead.
    message = error_of(f"{CISAUK}0106990001", today=date(1999, 1, 1))
    assert "belum terjadi" in message
    assert "1 Juni 1999" in message


def test_serial_0000_is_an_error() -> None:
    assert error_of(make(serial="0000")) == (
        "Nomor urut pada Nomor KK (4 digit terakhir) tidak boleh 0000."
    )


@pytest.mark.parametrize(("serial", "expected"), [("0001", 1), ("9999", 9999)])
def test_serial_bounds(serial: str, expected: int) -> None:
    assert parse(make(serial=serial)).serial == expected


def test_default_today_accepts_a_past_registration() -> None:
    assert parse_kk("3603231506150007").registration_date == date(2015, 6, 15)
