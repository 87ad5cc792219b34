"""Masked NIK, phone and plate for slips, receipts and the public display; never raising."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.masking import mask_nik, mask_phone, mask_plate
from kiosk.domain.nik import parse_nik
from kiosk.domain.phone import parse_phone
from kiosk.domain.plate import parse_plate

ODD_INPUTS = [
    None,
    "",
    "x",
    "???",
    123,
    12.5,
    b"3603231234560002",
    ["3603231234560002"],
    object(),
    "\u0663\u0666\u0660\u0663",
    "3603231234560002" * 3,
]

# --- NIK ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["3603231234560002", "3603 2312 3456 0002", "3603.2312.3456.0002", "3603-231234560002"]
)
def test_nik_shows_first_four_and_last_two(text: str) -> None:
    assert mask_nik(text) == "3603**********02"


def test_nik_object_is_masked_too() -> None:
    nik = parse_nik("3603231203850002", today=date(2026, 5, 20))
    assert mask_nik(nik) == "3603**********02"


def test_integer_nik_is_masked() -> None:
    assert mask_nik(3603231234560002) == "3603**********02"


@pytest.mark.parametrize(
    "text", ["123", "360323123456000", "36032312345600021", "3603ABCD34560002"]
)
def test_anything_but_16_digits_is_masked_whole(text: str) -> None:
    assert mask_nik(text) == "*" * 16


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_nik_masks_to_nothing(value: object) -> None:
    assert mask_nik(value) == ""


# --- phone --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "+6281234567890",
        "081234567890",
        "6281234567890",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "(0812) 3456.7890",
    ],
)
def test_phone_shows_national_form_with_the_middle_hidden(text: str) -> None:
    assert mask_phone(text) == "0812-****-7890"


def test_phone_object_is_masked_too() -> None:
    assert mask_phone(parse_phone("+6281234567890")) == "0812-****-7890"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("+62812345678", "0812-**-5678"),
        ("+628123456789", "0812-***-6789"),
        ("+62895123456789", "0895-*****-6789"),
    ],
)
def test_phone_of_other_lengths_keeps_four_digits_each_side(text: str, masked: str) -> None:
    assert mask_phone(text) == masked


@pytest.mark.parametrize(
    "text", ["+6591234567", "12345", "0812", "0812345678901234", "abc", "0812-ABC-7890", "+081234"]
)
def test_unsure_phone_is_masked_whole(text: str) -> None:
    assert mask_phone(text) == "****-****-****"


@pytest.mark.parametrize("value", [None, "", "  "])
def test_empty_phone_masks_to_nothing(value: object) -> None:
    assert mask_phone(value) == ""


# --- plate --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("B 1234 ABC", "B 12** *BC"),
        ("b1234abc", "B 12** *BC"),
        ("AB 1234 CD", "AB 12** *D"),
        ("B 123 AB", "B 12* *B"),
        ("B 1234", "B 12**"),
        ("B 12 A", "B 1* *"),
        ("B 1", "B *"),
        ("D 5 XYZ", "D * *YZ"),
    ],
)
def test_plate_shows_region_first_two_digits_last_two_letters(text: str, masked: str) -> None:
    assert mask_plate(text) == masked


def test_plate_object_is_masked_too() -> None:
    assert mask_plate(parse_plate("B 1234 ABC")) == "B 12** *BC"


@pytest.mark.parametrize("text", ["B 1234 ABC", "B 12 A", "B 1", "AB 99 XY", "RI 1"])
def test_masked_plate_always_hides_something(text: str) -> None:
    assert mask_plate(text) != parse_plate(text).value
    assert "*" in mask_plate(text)


@pytest.mark.parametrize("text", ["###", "1234", "B 12345 ABC", "NOT A PLATE 1"])
def test_unsure_plate_is_masked_whole(text: str) -> None:
    assert mask_plate(text) == "****"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_plate_masks_to_nothing(value: object) -> None:
    assert mask_plate(value) == ""


# --- never raise --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ODD_INPUTS)
@pytest.mark.parametrize("mask", [mask_nik, mask_phone, mask_plate])
def test_masks_never_raise_and_return_text(mask, value: object) -> None:  # type: ignore[no-untyped-def]
    result = mask(value)
    assert isinstance(result, str)
    assert "3603231234560002" not in result
