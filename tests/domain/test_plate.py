"""Vehicle plates: normalised to ``B 1234 ABC``; unknown region letters only warn."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.errors import DomainError, InvalidPlate
from kiosk.domain.plate import PLATE_PATTERN, PLATE_REGIONS, Plate, parse_plate, plate_parts


@pytest.mark.parametrize(
    "text",
    [
        "B 1234 ABC",
        "b1234abc",
        " B  1234  abc ",
        "B1234 ABC",
        "B 1234ABC",
        "b 1234abc",
        "B\t1234\nABC",
        "B-1234-ABC",
        "B.1234.ABC",
        "B 12 34 ABC",
    ],
)
def test_normalised_to_single_spaces_and_upper_case(text: str) -> None:
    plate = parse_plate(text)
    assert plate.value == "B 1234 ABC"
    assert plate.region == "B"
    assert plate.number == 1234
    assert plate.suffix == "ABC"
    assert plate.warnings == ()
    assert str(plate) == "B 1234 ABC"


@pytest.mark.parametrize(
    ("text", "value", "region", "number", "suffix"),
    [
        ("A 1 B", "A 1 B", "A", 1, "B"),
        ("ab 12 cd", "AB 12 CD", "AB", 12, "CD"),
        ("B 1234", "B 1234", "B", 1234, ""),
        ("b1", "B 1", "B", 1, ""),
        ("RI 1", "RI 1", "RI", 1, ""),
        ("DK 999 XY", "DK 999 XY", "DK", 999, "XY"),
        ("F 9999 ZZZ", "F 9999 ZZZ", "F", 9999, "ZZZ"),
    ],
)
def test_parts(text: str, value: str, region: str, number: int, suffix: str) -> None:
    plate = parse_plate(text)
    assert (plate.value, plate.region, plate.number, plate.suffix) == (
        value,
        region,
        number,
        suffix,
    )
    assert PLATE_PATTERN.match(plate.value)


@pytest.mark.parametrize("text", ["B 0", "B 0000 ABC", "b00abc", "A 000"])
def test_number_zero_is_an_error(text: str) -> None:
    with pytest.raises(InvalidPlate, match="tidak boleh 0"):
        parse_plate(text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        ("1234 ABC", "diawali kode wilayah"),
        ("ABC 1234", "diawali kode wilayah"),
        ("B", "harus memuat nomor"),
        ("B ABC", "harus memuat nomor"),
        ("B 12345 A", "paling banyak 4 angka"),
        ("B 1234 ABCD", "paling banyak 3"),
        ("B 12 AB 3", "tidak dikenali"),
        ("B 1234 ABC 5", "tidak dikenali"),
        ("B#1234", "hanya boleh berisi huruf dan angka"),
        ("B 1234 AB!", "'!'"),
        ("B 1234 \u00c9", "'\u00c9'"),
    ],
)
def test_malformed_plates_are_errors_with_a_reason(text: str, fragment: str) -> None:
    with pytest.raises(InvalidPlate) as info:
        parse_plate(text)
    assert fragment in str(info.value)
    assert isinstance(info.value, DomainError)


@pytest.mark.parametrize("value", [None, 1234, b"B 1234"])
def test_non_text_is_an_invalid_plate(value: object) -> None:
    with pytest.raises(InvalidPlate):
        parse_plate(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("region", ["XX", "Q", "C", "CD", "ZZ"])
def test_unknown_region_letters_are_only_a_warning(region: str) -> None:
    plate = parse_plate(f"{region} 1234 AB")
    assert plate.region == region
    assert len(plate.warnings) == 1
    assert f"'{region}'" in plate.warnings[0]
    assert "tidak dikenal" in plate.warnings[0]
    assert plate.region_area is None


@pytest.mark.parametrize("region", ["A", "B", "D", "F", "AB", "BK", "DK", "KT", "PA"])
def test_known_region_letters_give_no_warning(region: str) -> None:
    plate = parse_plate(f"{region} 1234 AB")
    assert plate.warnings == ()
    assert plate.region_area


def test_leading_zero_is_kept_but_warned() -> None:
    plate = parse_plate("B 0123 AB")
    assert plate.value == "B 0123 AB"
    assert plate.number == 123
    assert len(plate.warnings) == 1
    assert "diawali angka 0" in plate.warnings[0]


def test_region_table_holds_one_or_two_upper_case_letters() -> None:
    assert {"A", "B"} <= PLATE_REGIONS.keys()
    for code, area in PLATE_REGIONS.items():
        assert PLATE_PATTERN.match(f"{code} 1"), code
        assert area.strip()
    with pytest.raises(TypeError):
        PLATE_REGIONS["XX"] = "somewhere"  # type: ignore[index]


def test_plate_is_frozen() -> None:
    plate = parse_plate("B 1234 ABC")
    with pytest.raises(dataclasses.FrozenInstanceError):
        plate.value = "B 1 A"  # type: ignore[misc]
    assert plate == Plate(value="B 1234 ABC", region="B", number=1234, suffix="ABC")


@pytest.mark.parametrize(
    ("text", "parts"),
    [("b1234abc", ("B", "1234", "ABC")), ("B 1", ("B", "1", "")), ("nope!", None), (None, None)],
)
def test_plate_parts_never_raises(text: object, parts: tuple[str, str, str] | None) -> None:
    assert plate_parts(text) == parts
