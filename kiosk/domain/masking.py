"""Masked forms of personal data for slips, receipts and the public display (UU 27/2022 PDP).

Every function here accepts anything and never raises: printing a receipt must not fail on an
odd stored value. When the input does not look like what it should be, everything is masked.
"""

from __future__ import annotations

from kiosk.domain.phone import Phone
from kiosk.domain.plate import Plate, plate_parts

MASK = "*"
_NIK_FULLY_MASKED = MASK * 16
_PHONE_FULLY_MASKED = "-".join([MASK * 4] * 3)
_PLATE_FULLY_MASKED = MASK * 4
_DIGITS = frozenset("0123456789")
_PHONE_PUNCTUATION = frozenset("+-.()")
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
"""Every common dash: typed or pasted between the digit groups of a NIK, each is ignored."""


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def mask_nik(nik: object) -> str:
    """``"3603231234560002"`` -> ``"3603**********02"``: province and regency, last 2 digits.

    Spaces, dots and dashes in the input are ignored, as :func:`~kiosk.domain.nik.parse_nik`
    ignores them; anything that is not then 16 digits is masked whole. ``None`` or empty
    gives ``""``.
    """
    text = _as_text(getattr(nik, "value", nik))
    compact = "".join(c for c in text if not (c.isspace() or c == "." or c in DASHES))
    if not compact:
        return ""
    if len(compact) != 16 or not all(c in _DIGITS for c in compact):
        return _NIK_FULLY_MASKED
    return compact[:4] + MASK * 10 + compact[-2:]


def mask_phone(phone: object) -> str:
    """``"+6281234567890"`` -> ``"0812-****-7890"``: national form, only the middle hidden.

    Takes E.164, ``62…`` or ``08…`` forms (punctuation ignored) or a ``Phone``; the first and
    the last four digits stay visible. Anything else is masked whole; empty gives ``""``.
    """
    text = _as_text(phone.e164 if isinstance(phone, Phone) else phone).strip()
    if not text:
        return ""
    if any(not (c in _DIGITS or c.isspace() or c in _PHONE_PUNCTUATION) for c in text):
        return _PHONE_FULLY_MASKED
    digits = "".join(c for c in text if c in _DIGITS)
    if digits.startswith("62"):
        national = "0" + digits[2:]
    elif digits.startswith("0") and not text.startswith("+"):
        national = digits
    else:
        return _PHONE_FULLY_MASKED
    if not 10 <= len(national) <= 13:
        return _PHONE_FULLY_MASKED
    return f"{national[:4]}-{MASK * (len(national) - 8)}-{national[-4:]}"


def _keep_visible(length: int) -> int:
    """At most two characters stay visible, and never all of them."""
    return min(2, length - 1)


def mask_plate(plate: object) -> str:
    """``"B 1234 ABC"`` -> ``"B 12** *BC"``: region, first two digits, last two letters.

    Short parts keep at least one character hidden (``"B 12 A"`` -> ``"B 1* *"``), so a
    masked plate is never the whole plate. Text that is not a plate is masked whole.
    """
    text = _as_text(plate.value if isinstance(plate, Plate) else plate)
    if not text.strip():
        return ""
    parts = plate_parts(text)
    if parts is None:
        return _PLATE_FULLY_MASKED
    region, digits, suffix = parts
    shown_digits = _keep_visible(len(digits))
    masked_number = digits[:shown_digits] + MASK * (len(digits) - shown_digits)
    masked_suffix = ""
    if suffix:
        shown_letters = _keep_visible(len(suffix))
        masked_suffix = MASK * (len(suffix) - shown_letters) + suffix[len(suffix) - shown_letters :]
    return f"{region} {masked_number} {masked_suffix}".rstrip()
