"""Indonesian mobile numbers (Nomor HP/WA): stored as E.164, shown as ``0812-3456-7890``.

The ``phonenumbers`` package knows Indonesia's numbering plan; only numbers it types as MOBILE
are accepted, because the number is for calling or messaging the resident when the document is
ready. Whether a phone is asked at all is the caller's business: here, empty text is an error.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from kiosk.domain.errors import InvalidPhone

_REGION = "ID"
_COUNTRY_CODE = 62
_DIGITS = frozenset("0123456789")
_ALLOWED_PUNCTUATION = frozenset("+-.()")
_EXAMPLE = "Contoh: 0812-3456-7890."


@dataclass(frozen=True)
class Phone:
    """A valid Indonesian mobile number: ``e164`` to store, ``national`` to show."""

    e164: str
    national: str

    def __str__(self) -> str:
        return self.national


def national_display(national_digits: str) -> str:
    """``"081234567890"`` -> ``"0812-3456-7890"``: groups of 4, 4 and the rest."""
    groups = [national_digits[:4], national_digits[4:8], national_digits[8:]]
    return "-".join(group for group in groups if group)


def parse_phone(text: str) -> Phone:
    """Normalise and validate an Indonesian mobile number; raise ``InvalidPhone`` otherwise.

    Accepts ``08…``, ``+628…`` and ``628…``, with spaces, dashes, dots and parentheses between
    the digits. Landlines and numbers of other countries are refused with a message saying so.
    """
    if not isinstance(text, str):
        raise InvalidPhone("Nomor HP harus diisi sebagai teks angka.")
    # Any run of white space (a pasted tab or line break too) counts as one space, so that
    # the number reads the same whichever was typed, and the messages below echo one line.
    stripped = " ".join(text.split())
    if not stripped:
        raise InvalidPhone("Nomor HP belum diisi.")
    for char in stripped:
        if not (char in _DIGITS or char.isspace() or char in _ALLOWED_PUNCTUATION):
            shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
            raise InvalidPhone(
                "Nomor HP hanya boleh berisi angka, spasi, tanda +, tanda hubung, titik, dan "
                f"tanda kurung; ditemukan karakter {shown}."
            )
    digits = "".join(c for c in stripped if c in _DIGITS)
    if not digits:
        raise InvalidPhone(f"Nomor HP belum berisi angka. {_EXAMPLE}")
    # "628…" without the plus is the country code, never a national number (those start with 0).
    candidate = "+" + digits if digits.startswith("62") else stripped
    try:
        number = phonenumbers.parse(candidate, _REGION)
    except phonenumbers.NumberParseException:
        raise InvalidPhone(f"Nomor HP tidak dapat dibaca: '{stripped}'. {_EXAMPLE}") from None

    if number.country_code != _COUNTRY_CODE:
        raise InvalidPhone(
            f"Nomor HP harus nomor Indonesia (+62); nomor ini berkode negara "
            f"+{number.country_code}."
        )
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(
            f"Nomor HP tidak sah: '{stripped}'. Periksa jumlah dan awalan digitnya. {_EXAMPLE}"
        )
    kind = phonenumbers.number_type(number)
    if kind != PhoneNumberType.MOBILE:
        shown = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        if kind == PhoneNumberType.FIXED_LINE:
            raise InvalidPhone(
                f"Nomor {shown} adalah telepon rumah/kantor, bukan HP. "
                "Masukkan nomor HP (diawali 08)."
            )
        raise InvalidPhone(f"Nomor {shown} bukan nomor HP. Masukkan nomor HP (diawali 08).")

    national_digits = "0" + phonenumbers.national_significant_number(number)
    return Phone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national=national_display(national_digits),
    )
