"""Indonesian mobile numbers: E.164 to store, 0812-3456-7890 to show; landlines refused."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.errors import DomainError, InvalidPhone
from kiosk.domain.phone import Phone, national_display, parse_phone


@pytest.mark.parametrize(
    "text",
    [
        "081234567890",
        "+6281234567890",
        "6281234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "(0812) 3456-7890",
        "+62 812-3456-7890",
        "+62 (812) 3456 7890",
        "62 812 3456 7890",
        "  081234567890  ",
    ],
)
def test_accepted_forms(text: str) -> None:
    phone = parse_phone(text)
    assert phone.e164 == "+6281234567890"
    assert phone.national == "0812-3456-7890"
    assert str(phone) == "0812-3456-7890"


@pytest.mark.parametrize(
    ("text", "e164", "national"),
    [
        ("0812345678", "+62812345678", "0812-3456-78"),
        ("08123456789", "+628123456789", "0812-3456-789"),
        ("08571234567", "+628571234567", "0857-1234-567"),
        ("087812345678", "+6287812345678", "0878-1234-5678"),
        ("0895123456789", "+62895123456789", "0895-1234-56789"),
    ],
)
def test_other_lengths_and_operators(text: str, e164: str, national: str) -> None:
    assert parse_phone(text) == Phone(e164=e164, national=national)


@pytest.mark.parametrize("text", ["021-5551234", "(021) 555 1234", "+62 21 5551234", "62215551234"])
def test_landline_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        parse_phone(text)
    message = str(info.value)
    assert "telepon rumah/kantor" in message
    assert "bukan HP" in message


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_is_an_error(text: str) -> None:
    with pytest.raises(InvalidPhone, match="belum diisi"):
        parse_phone(text)


@pytest.mark.parametrize("text", ["+65 9123 4567", "+1 202 555 0143"])
def test_foreign_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidPhone, match=r"nomor Indonesia \(\+62\)"):
        parse_phone(text)


@pytest.mark.parametrize("text", ["08123", "0812345", "0812345678901234", "0000000000"])
def test_wrong_digit_count_or_prefix_is_refused(text: str) -> None:
    with pytest.raises(InvalidPhone, match="tidak sah"):
        parse_phone(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [("0812-ABC-7890", "'A'"), ("0812/3456/7890", "'/'"), ("0812#34567890", "'#'")],
)
def test_other_characters_are_refused(text: str, shown: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        parse_phone(text)
    assert "hanya boleh berisi angka" in str(info.value)
    assert shown in str(info.value)


@pytest.mark.parametrize("text", ["+", "()", "- . -"])
def test_punctuation_without_digits_is_refused(text: str) -> None:
    with pytest.raises(InvalidPhone):
        parse_phone(text)


def test_non_text_is_refused_and_errors_are_domain_errors() -> None:
    with pytest.raises(InvalidPhone) as info:
        parse_phone(None)  # type: ignore[arg-type]
    assert isinstance(info.value, DomainError)


def test_phone_is_frozen() -> None:
    phone = parse_phone("081234567890")
    with pytest.raises(dataclasses.FrozenInstanceError):
        phone.e164 = "+62"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("digits", "shown"),
    [("081234567890", "0812-3456-7890"), ("0812345678", "0812-3456-78"), ("0812", "0812")],
)
def test_national_display_groups_4_4_rest(digits: str, shown: str) -> None:
    assert national_display(digits) == shown
