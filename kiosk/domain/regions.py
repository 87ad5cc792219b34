"""Kemendagri region codes: provinces, regencies (kabupaten/kota) and some districts (kecamatan).

The first six digits of a NIK or a Nomor KK are the Kemendagri code of the kecamatan where the
number was first registered, written ``PP.KK.CC``. These are *not* BPS codes (Cisauk is 36.03.23
for Kemendagri but 3603081 for BPS).

The 38 province codes are a rule and live here as a constant. Names, regencies and districts are
data, shipped in ``resources/regions.json`` and loaded lazily, once, on first use. The file lists
every current regency, the regency codes retired when Papua was split in 2022 (NIKs issued before
then still carry them), and the districts of only a few regencies (around the office). So a region
code is "known" when its district is listed, or, for a regency whose districts are not listed at
all, when the regency is known. An unknown code is only ever a warning: codes change whenever a
region is split.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from kiosk.resources import resource_path

PROVINCE_CODES: frozenset[str] = frozenset(
    {
        *(str(n) for n in range(11, 20)),
        "21",
        *(str(n) for n in range(31, 37)),
        "51",
        "52",
        "53",
        *(str(n) for n in range(61, 66)),
        *(str(n) for n in range(71, 77)),
        "81",
        "82",
        *(str(n) for n in range(91, 97)),
    }
)
"""The 38 Kemendagri province codes (11-19, 21, 31-36, 51-53, 61-65, 71-76, 81, 82, 91-96)."""


@dataclass(frozen=True)
class _RegionTable:
    provinces: dict[str, str]
    regencies: dict[str, str]  # "3603" -> "Kab. Tangerang" (current and former codes)
    districts: dict[str, str]  # "360323" -> "Cisauk"
    regencies_with_districts: frozenset[str]  # "3603", ...


@cache
def _table() -> _RegionTable:
    with resource_path("regions.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    regencies = {_digits(code): name for code, name in raw["regencies"].items()}
    for code, entry in raw.get("former_regencies", {}).items():
        regencies.setdefault(_digits(code), entry["name"])
    districts = {_digits(code): name for code, name in raw.get("districts", {}).items()}
    return _RegionTable(
        provinces={_digits(code): name for code, name in raw["provinces"].items()},
        regencies=regencies,
        districts=districts,
        regencies_with_districts=frozenset(code[:4] for code in districts),
    )


def _digits(code: str) -> str:
    """``"36.03.23"`` -> ``"360323"``; the dotted and the plain spelling are both accepted."""
    return code.replace(".", "").strip()


def _clean(code: object, length: int) -> str | None:
    if not isinstance(code, str):
        return None
    digits = _digits(code)
    if len(digits) != length or not all(c in "0123456789" for c in digits):
        return None
    return digits


def province_name(code2: str) -> str | None:
    """Name of the province with this two-digit code (``"36"`` -> ``"Banten"``), else None."""
    code = _clean(code2, 2)
    if code is None or code not in PROVINCE_CODES:
        return None
    return _table().provinces.get(code)


def regency_name(code4: str) -> str | None:
    """Name of the regency/city (``"3603"`` or ``"36.03"`` -> ``"Kab. Tangerang"``), else None."""
    code = _clean(code4, 4)
    if code is None or code[:2] not in PROVINCE_CODES:
        return None
    return _table().regencies.get(code)


def district_name(code6: str) -> str | None:
    """Name of the kecamatan (``"360323"`` -> ``"Cisauk"``) if the list has it, else None."""
    code = _clean(code6, 6)
    if code is None:
        return None
    return _table().districts.get(code)


def is_known_region(code6: str) -> bool:
    """Whether a six-digit region code (``"360323"`` or ``"36.03.23"``) is in the shipped list.

    True when the kecamatan is listed; or, when the list holds no kecamatan at all for that
    regency, when the regency (current or retired by the 2022 Papua split) is known. Malformed
    input gives False, never an error.
    """
    code = _clean(code6, 6)
    if code is None or code[:2] not in PROVINCE_CODES or code[4:] == "00":
        return False
    table = _table()
    regency = code[:4]
    if regency not in table.regencies:
        return False
    if regency in table.regencies_with_districts:
        return code in table.districts
    return True
