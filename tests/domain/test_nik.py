"""NIK rules, one test (or parameter set) per rule of DOMAIN.md."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from kiosk.domain import nik as nik_module
from kiosk.domain.clock import service_day, today_local
from kiosk.domain.errors import DomainError, InvalidNik
from kiosk.domain.nik import Nik, check_nik_against, parse_nik
from kiosk.domain.people import Sex
from kiosk.domain.regions import PROVINCE_CODES

TODAY = date(2026, 5, 20)
CISAUK = "360323"


def make(
    region: str = CISAUK, dd: str = "12", mm: str = "03", yy: str = "85", serial: str = "0002"
) -> str:
    return f"{region}{dd}{mm}{yy}{serial}"


def parse(text: str, today: date = TODAY) -> Nik:
    return parse_nik(text, today=today)


def error_of(text: str, today: date = TODAY) -> str:
    with pytest.raises(InvalidNik) as info:
        parse_nik(text, today=today)
    return str(info.value)


# --- a valid NIK ------------------------------------------------------------------------------


def test_male_nik_gives_every_field() -> None:
    nik = parse("3603231203850002")
    assert nik.value == "3603231203850002"
    assert nik.region_code == "360323"
    assert nik.birth_date == date(1985, 3, 12)
    assert nik.sex is Sex.MALE
    assert nik.serial == 2
    assert nik.warnings == ()
    assert nik.province_code == "36"
    assert nik.regency_code == "3603"
    assert nik.grouped == "360323 120385 0002"


def test_female_day_is_plus_40() -> None:
    nik = parse("3603235203850002")
    assert nik.sex is Sex.FEMALE
    assert nik.birth_date == date(1985, 3, 12)


@pytest.mark.parametrize(
    ("dd", "sex", "day"),
    [
        ("01", Sex.MALE, 1),
        ("15", Sex.MALE, 15),
        ("31", Sex.MALE, 31),
        ("41", Sex.FEMALE, 1),
        ("55", Sex.FEMALE, 15),
        ("71", Sex.FEMALE, 31),
    ],
)
def test_day_ranges_for_each_sex(dd: str, sex: Sex, day: int) -> None:
    nik = parse(make(dd=dd, mm="01", yy="90"))
    assert nik.sex is sex
    assert nik.birth_date == date(1990, 1, day)


@pytest.mark.parametrize(("serial", "expected"), [("0001", 1), ("0420", 420), ("9999", 9999)])
def test_serial_0001_to_9999(serial: str, expected: int) -> None:
    assert parse(make(serial=serial)).serial == expected


def test_nik_is_frozen_and_its_repr_masks_the_number() -> None:
    nik = parse("3603231203850002")
    with pytest.raises(dataclasses.FrozenInstanceError):
        nik.value = "3603231203850003"  # type: ignore[misc]
    assert "3603231203850002" not in repr(nik)
    assert "3603**********02" in repr(nik)
    assert "3603231203850002" not in str(nik)


def test_invalid_nik_is_a_domain_error_and_a_value_error() -> None:
    with pytest.raises(DomainError):
        parse("123")
    with pytest.raises(ValueError):
        parse("123")


# --- rule 1: normalisation, 16 ASCII digits ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3603231203850002",
        "  3603231203850002  ",
        "3603 2312 0385 0002",
        "360323 120385 0002",
        "3603.2312.0385.0002",
        "36.03.23.120385.0002",
        "3603-2312-0385-0002",
        "3603 23.12-03 85 00 02",
        "3603\t2312\n0385\u00a00002",
        "3603\u20132312\u20140385\u22120002",
    ],
)
def test_spaces_dots_and_dashes_are_dropped(text: str) -> None:
    assert parse(text).value == "3603231203850002"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("3603231203850O02", "'O'"),
        ("3603/23/120385/0002", "'/'"),
        ("360323120385000x", "'x'"),
        ("+3603231203850002", "'+'"),
        ("3603_231203850002", "'_'"),
        ("3603231203850002,", "','"),
        ("36032312038500\uff102", "'\uff10'"),  # full-width zero: not an ASCII digit
        ("\u0663603231203850002", "'\u0663'"),  # Arabic-Indic three
        ("3603231203850002\u200b", "U+200B"),  # zero-width space, shown by its code point
    ],
)
def test_any_other_character_is_an_error(text: str, shown: str) -> None:
    message = error_of(text)
    assert "hanya boleh berisi angka" in message
    assert shown in message


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("360323120385000", 15),
        ("36032312038500021", 17),
        ("3", 1),
        ("3603 2312 0385 00", 14),
        ("3603231203850002 3603231203850002", 32),
    ],
)
def test_wrong_length_says_how_many_digits_were_written(text: str, count: int) -> None:
    message = error_of(text)
    assert message == f"NIK harus 16 digit angka (tertulis {count} digit)."


@pytest.mark.parametrize("text", ["", "   ", " - . "])
def test_empty_nik_is_an_error(text: str) -> None:
    assert "belum diisi" in error_of(text)


@pytest.mark.parametrize("value", [None, 3603231203850002])
def test_non_text_input_is_an_invalid_nik(value: object) -> None:
    with pytest.raises(InvalidNik, match="teks"):
        parse_nik(value, today=TODAY)  # type: ignore[arg-type]


# --- rule 2: region code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "province",
    [
        "00",
        "10",
        "20",
        "22",
        "30",
        "37",
        "50",
        "54",
        "60",
        "66",
        "70",
        "77",
        "80",
        "83",
        "90",
        "97",
        "99",
    ],
)
def test_unknown_province_is_an_error(province: str) -> None:
    message = error_of(make(region=f"{province}0101"))
    assert "Kode provinsi" in message
    assert f"2 digit pertama: {province}" in message
    assert "38 provinsi" in message


@pytest.mark.parametrize("province", sorted(PROVINCE_CODES))
def test_each_of_the_38_provinces_is_accepted(province: str) -> None:
    nik = parse(make(region=f"{province}0101"))
    assert nik.province_code == province
    assert nik.warnings == ()


def test_regency_00_is_an_error() -> None:
    message = error_of(make(region="360023"))
    assert "kabupaten/kota" in message
    assert "tidak boleh 00" in message


def test_kecamatan_00_is_an_error() -> None:
    message = error_of(make(region="360300"))
    assert "kecamatan" in message
    assert "tidak boleh 00" in message


@pytest.mark.parametrize("region", ["369901", "367001", "329901", "318901"])
def test_unknown_regency_is_only_a_warning(region: str) -> None:
    nik = parse(make(region=region))
    assert nik.region_code == region
    assert len(nik.warnings) == 1
    warning = nik.warnings[0]
    assert f"{region[:2]}.{region[2:4]}" in warning
    assert "tidak ada dalam daftar" in warning
    assert "Periksa kembali NIK" in warning


@pytest.mark.parametrize("region", ["360399", "360321", "360334"])
def test_unknown_kecamatan_of_a_listed_regency_is_only_a_warning(region: str) -> None:
    nik = parse(make(region=region))
    assert len(nik.warnings) == 1
    assert f"Kode kecamatan 36.03.{region[4:]}" in nik.warnings[0]
    assert "Kab. Tangerang" in nik.warnings[0]


@pytest.mark.parametrize("region", [CISAUK, "360301", "367401", "320199", "910101", "930101"])
def test_known_regions_give_no_warning(region: str) -> None:
    assert parse(make(region=region)).warnings == ()


# --- rule 3: date of birth, sex, century -------------------------------------------------------


@pytest.mark.parametrize("dd", ["00", "32", "39", "40", "72", "80", "81", "99"])
def test_day_outside_both_ranges_is_an_error(dd: str) -> None:
    message = error_of(make(dd=dd))
    assert "Tanggal lahir" in message
    assert f"digit ke-7 dan ke-8: {dd}" in message
    assert "01-31 untuk laki-laki" in message
    assert "41-71 untuk perempuan" in message


@pytest.mark.parametrize("mm", ["00", "13", "20", "99"])
def test_month_outside_01_12_is_an_error(mm: str) -> None:
    message = error_of(make(mm=mm))
    assert "Bulan lahir" in message
    assert f"digit ke-9 dan ke-10: {mm}" in message
    assert "01-12" in message


@pytest.mark.parametrize(
    ("dd", "mm", "yy", "expected"),
    [
        ("29", "02", "00", date(2000, 2, 29)),
        ("69", "02", "00", date(2000, 2, 29)),
        ("29", "02", "24", date(2024, 2, 29)),
        ("69", "02", "96", date(1996, 2, 29)),
        ("29", "02", "28", date(1928, 2, 29)),
    ],
)
def test_29_february_in_leap_years(dd: str, mm: str, yy: str, expected: date) -> None:
    assert parse(make(dd=dd, mm=mm, yy=yy)).birth_date == expected


@pytest.mark.parametrize(
    ("dd", "mm", "yy", "shown"),
    [
        ("29", "02", "23", "29-02-2023"),
        ("69", "02", "23", "29-02-2023"),
        ("29", "02", "97", "29-02-1997"),
        ("69", "02", "25", "29-02-2025"),
    ],
)
def test_29_february_in_other_years_is_an_error(dd: str, mm: str, yy: str, shown: str) -> None:
    message = error_of(make(dd=dd, mm=mm, yy=yy))
    assert "tidak ada di kalender" in message
    assert shown in message
    assert "bukan tahun kabisat" in message


@pytest.mark.parametrize(
    ("dd", "mm", "shown"),
    [
        ("30", "02", "30-02"),
        ("70", "02", "30-02"),
        ("31", "04", "31-04"),
        ("71", "06", "31-06"),
        ("31", "09", "31-09"),
        ("31", "11", "31-11"),
    ],
)
def test_days_past_the_end_of_the_month_are_errors(dd: str, mm: str, shown: str) -> None:
    message = error_of(make(dd=dd, mm=mm, yy="90"))
    assert "tidak ada di kalender" in message
    assert f"{shown}-1990" in message


@pytest.mark.parametrize(
    ("ddmmyy", "expected"),
    [
        ("200526", date(2026, 5, 20)),  # today itself is not in the future
        ("190526", date(2026, 5, 19)),
        ("210526", date(1926, 5, 21)),  # same year, later in the year: 19YY
        ("010626", date(1926, 6, 1)),
        ("311226", date(1926, 12, 31)),
        ("010126", date(2026, 1, 1)),
        ("311225", date(2025, 12, 31)),
        ("010127", date(1927, 1, 1)),  # YY = today's YY + 1
        ("150699", date(1999, 6, 15)),
        ("010100", date(2000, 1, 1)),
        ("010105", date(2005, 1, 1)),
    ],
)
def test_century_rule_with_a_fixed_today(ddmmyy: str, expected: date) -> None:
    nik = parse(f"{CISAUK}{ddmmyy}0001")
    assert nik.birth_date == expected


def test_century_rule_applies_to_female_niks_with_the_real_day() -> None:
    # 61 - 40 = 21 May 2026 is tomorrow, so the year is 1926.
    assert parse(f"{CISAUK}6105260001").birth_date == date(1926, 5, 21)
    assert parse(f"{CISAUK}6005260001").birth_date == date(2026, 5, 20)


def test_29_february_2000_is_tested_against_1900_when_2000_lies_ahead() -> None:
    # Seen from 1 January 2000, 29-02-00 is in the future, so 1900, which is not a leap year.
    message = error_of(f"{CISAUK}2902000001", today=date(2000, 1, 1))
    assert "29-02-1900" in message
    assert parse(f"{CISAUK}2902000001", today=date(2000, 2, 29)).birth_date == date(2000, 2, 29)


def test_a_datetime_today_is_cut_to_its_date() -> None:
    nik = parse_nik(f"{CISAUK}2005260001", today=datetime(2026, 5, 20, 23, 59))
    assert nik.birth_date == date(2026, 5, 20)


def test_default_today_is_the_date_in_jakarta(monkeypatch: pytest.MonkeyPatch) -> None:
    # 18:30 UTC on 20 May is already 01:30 on 21 May in Jakarta (UTC+7).
    monkeypatch.setattr(
        nik_module, "today_local", lambda: service_day(datetime(2026, 5, 20, 18, 30, tzinfo=UTC))
    )
    assert parse_nik(f"{CISAUK}2105260001").birth_date == date(2026, 5, 21)
    assert parse_nik(f"{CISAUK}2205260001").birth_date == date(1926, 5, 22)


def test_default_today_without_a_clock_stub() -> None:
    this_year = today_local().year
    next_yy = (this_year + 1) % 100
    nik = parse_nik(make(dd="01", mm="01", yy=f"{next_yy:02d}"))
    assert nik.birth_date == date(1900 + next_yy, 1, 1)


# --- rule 4: serial ---------------------------------------------------------------------------


def test_serial_0000_is_an_error() -> None:
    message = error_of(make(serial="0000"))
    assert message == "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000."


# --- rule 6: what the resident states ---------------------------------------------------------


@pytest.fixture
def female_nik() -> Nik:
    return parse("3603235203850002")  # woman born 12 March 1985


def test_matching_statements_give_no_warning(female_nik: Nik) -> None:
    assert check_nik_against(female_nik) == ()
    assert check_nik_against(female_nik, sex=Sex.FEMALE, birth_date=date(1985, 3, 12)) == ()
    assert check_nik_against(female_nik, sex="P") == ()


def test_different_sex_is_a_warning(female_nik: Nik) -> None:
    (warning,) = check_nik_against(female_nik, sex=Sex.MALE)
    assert "Jenis kelamin" in warning
    assert "(Perempuan)" in warning
    assert "(Laki-laki)" in warning
    assert "petugas boleh melanjutkan" in warning


def test_sex_may_be_given_as_its_letter(female_nik: Nik) -> None:
    assert check_nik_against(female_nik, sex="L") == check_nik_against(female_nik, sex=Sex.MALE)


def test_different_birth_date_is_a_warning(female_nik: Nik) -> None:
    (warning,) = check_nik_against(female_nik, birth_date=date(1985, 3, 13))
    assert "Tanggal lahir" in warning
    assert "12 Maret 1985" in warning
    assert "13 Maret 1985" in warning
    assert "abad" not in warning


def test_birth_date_a_century_apart_says_so(female_nik: Nik) -> None:
    (warning,) = check_nik_against(female_nik, birth_date=date(1885, 3, 12))
    assert "abad" in warning


def test_stated_datetime_is_compared_by_its_date(female_nik: Nik) -> None:
    assert check_nik_against(female_nik, birth_date=datetime(1985, 3, 12, 8, 0)) == ()


def test_both_differences_give_two_warnings(female_nik: Nik) -> None:
    warnings = check_nik_against(female_nik, sex=Sex.MALE, birth_date=date(1990, 1, 1))
    assert len(warnings) == 2
    assert "Jenis kelamin" in warnings[0]
    assert "1 Januari 1990" in warnings[1]


def test_region_warnings_and_statement_warnings_are_separate() -> None:
    nik = parse(make(region="369901"))
    assert len(nik.warnings) == 1
    assert check_nik_against(nik, sex=Sex.MALE, birth_date=date(1985, 3, 12)) == ()
