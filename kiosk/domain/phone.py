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
from kiosk.domain.messages import QT_TRANSLATE_NOOP

_REGION = "ID"
_COUNTRY_CODE = 62
_DIGITS = frozenset("0123456789")
_ALLOWED_PUNCTUATION = frozenset("+-.()")


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
        raise InvalidPhone(
            QT_TRANSLATE_NOOP("Messages", "Nomor HP harus diisi sebagai teks angka.")
        )
    # Any run of white space (a pasted tab or line break too) counts as one space, so that
    # the number reads the same whichever was typed, and the messages below echo one line.
    stripped = " ".join(text.split())
    if not stripped:
        raise InvalidPhone(QT_TRANSLATE_NOOP("Messages", "Nomor HP belum diisi."))
    for char in stripped:
        if not (char in _DIGITS or char.isspace() or char in _ALLOWED_PUNCTUATION):
            shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
            raise InvalidPhone(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nomor HP hanya boleh berisi angka, spasi, tanda +, tanda hubung, titik, dan "
                    "tanda kurung; ditemukan karakter {char}.",
                ),
                char=shown,
            )
    digits = "".join(c for c in stripped if c in _DIGITS)
    if not digits:
        raise InvalidPhone(
            QT_TRANSLATE_NOOP("Messages", "Nomor HP belum berisi angka. Contoh: 0812-3456-7890.")
        )
    # "628…" without the plus is the country code, never a national number (those start with 0).
    candidate = "+" + digits if digits.startswith("62") else stripped
    try:
        number = phonenumbers.parse(candidate, _REGION)
    except phonenumbers.NumberParseException:
        raise InvalidPhone(
            QT_TRANSLATE_NOOP(
                "Messages", "Nomor HP tidak dapat dibaca: '{number}'. Contoh: 0812-3456-7890."
            ),
            number=stripped,
        ) from None

    if number.country_code != _COUNTRY_CODE:
        raise InvalidPhone(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nomor HP harus nomor Indonesia (+62); nomor ini berkode negara +{country}.",
            ),
            country=number.country_code,
        )
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nomor HP tidak sah: '{number}'. Periksa jumlah dan awalan digitnya. "
                "Contoh: 0812-3456-7890.",
            ),
            number=stripped,
        )
    kind = phonenumbers.number_type(number)
    if kind != PhoneNumberType.MOBILE:
        shown = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        if kind == PhoneNumberType.FIXED_LINE:
            raise InvalidPhone(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nomor {number} adalah telepon rumah/kantor, bukan HP. "
                    "Masukkan nomor HP (diawali 08).",
                ),
                number=shown,
            )
        raise InvalidPhone(
            QT_TRANSLATE_NOOP(
                "Messages", "Nomor {number} bukan nomor HP. Masukkan nomor HP (diawali 08)."
            ),
            number=shown,
        )

    national_digits = "0" + phonenumbers.national_significant_number(number)
    return Phone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national=national_display(national_digits),
    )
