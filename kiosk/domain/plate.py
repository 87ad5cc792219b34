"""Vehicle plates (tanda nomor kendaraan bermotor) for the drive-thru lane.

Stored as ``B 1234 ABC``: region letters, number, optional suffix letters, single spaces.
Cars come from everywhere, so an unknown region code is a warning, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from kiosk.domain.errors import InvalidPlate
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable

PLATE_PATTERN: Final = re.compile(r"^([A-Z]{1,2}) ?(\d{1,4})(?: ?([A-Z]{1,3}))?$")
"""The stored form (DOMAIN.md); input is compacted first, so spacing never matters."""

PLATE_REGIONS: Final = MappingProxyType(
    {
        # Sumatra
        "BL": "Aceh",
        "BB": "Sumatera Utara bagian barat",
        "BK": "Sumatera Utara bagian timur",
        "BA": "Sumatera Barat",
        "BM": "Riau",
        "BP": "Kepulauan Riau",
        "BH": "Jambi",
        "BG": "Sumatera Selatan",
        "BN": "Kepulauan Bangka Belitung",
        "BD": "Bengkulu",
        "BE": "Lampung",
        # Java
        "A": "Banten",
        "B": "DKI Jakarta, Depok, Tangerang, Bekasi",
        "D": "Bandung Raya",
        "E": "Cirebon, Indramayu, Majalengka, Kuningan",
        "F": "Bogor, Sukabumi, Cianjur",
        "T": "Karawang, Purwakarta, Subang",
        "Z": "Priangan Timur (Garut, Tasikmalaya, Ciamis, Sumedang, Banjar, Pangandaran)",
        "G": "Pekalongan dan sekitarnya",
        "H": "Semarang dan sekitarnya",
        "K": "Pati dan sekitarnya",
        "R": "Banyumas dan sekitarnya",
        "AA": "Kedu (Magelang dan sekitarnya)",
        "AB": "DI Yogyakarta",
        "AD": "Surakarta dan sekitarnya",
        "L": "Surabaya",
        "M": "Madura",
        "N": "Malang dan sekitarnya",
        "P": "Besuki (Jember, Banyuwangi, Bondowoso, Situbondo)",
        "S": "Bojonegoro dan sekitarnya",
        "W": "Gresik, Sidoarjo",
        "AE": "Madiun dan sekitarnya",
        "AG": "Kediri dan sekitarnya",
        # Bali and Nusa Tenggara
        "DK": "Bali",
        "DR": "Lombok",
        "EA": "Sumbawa",
        "DH": "Timor",
        "EB": "Flores",
        "ED": "Sumba",
        # Kalimantan
        "KB": "Kalimantan Barat",
        "KH": "Kalimantan Tengah",
        "DA": "Kalimantan Selatan",
        "KT": "Kalimantan Timur",
        "KU": "Kalimantan Utara",
        # Sulawesi
        "DB": "Sulawesi Utara",
        "DL": "Sangihe dan Talaud",
        "DM": "Gorontalo",
        "DN": "Sulawesi Tengah",
        "DD": "Sulawesi Selatan (Makassar dan sekitarnya)",
        "DP": "Sulawesi Selatan (Parepare dan wilayah utara)",
        "DW": "Sulawesi Selatan (Bone, Soppeng, Wajo, Sinjai)",
        "DC": "Sulawesi Barat",
        "DT": "Sulawesi Tenggara",
        # Maluku and Papua
        "DE": "Maluku",
        "DG": "Maluku Utara",
        "PA": "Papua",
        "PB": "Papua Barat",
        "DS": "Papua (kode lama)",
        # National
        "RI": "Pejabat negara",
    }
)
"""Region letters of Indonesian plates (Korlantas), with the area for the officer's screen."""

_SEPARATORS = frozenset("-.")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")


class _PlateError(Translatable, ValueError):
    """Internal: why a text is not a plate, before it becomes an ``InvalidPlate``."""


@dataclass(frozen=True)
class Plate:
    """A valid plate. ``value`` is the stored form; ``warnings`` (Indonesian messages) never
    block."""

    value: str
    region: str
    number: int
    suffix: str = ""
    warnings: tuple[Message, ...] = ()

    @property
    def region_area(self) -> str | None:
        """Where the region letters come from (``"B"`` -> ``"DKI Jakarta, ..."``), if known."""
        return PLATE_REGIONS.get(self.region)

    def __str__(self) -> str:
        return self.value


def _split(text: str) -> tuple[str, str, str]:
    """``" b 1234  abc"`` -> ``("B", "1234", "ABC")``; raises ``_PlateError`` with the reason."""
    # Checked before upper-casing: str.upper() turns some non-ASCII letters into ASCII ones
    # ("ß" -> "SS", dotless "ı" -> "I", the ligature "ﬀ" -> "FF"), which no plate holds.
    compact = "".join(c for c in text if not (c.isspace() or c in _SEPARATORS))
    if not compact:
        raise _PlateError(QT_TRANSLATE_NOOP("Messages", "Plat nomor belum diisi."))
    for char in compact:
        if not (char.isascii() and (char.upper() in _LETTERS or char in _DIGITS)):
            shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
            raise _PlateError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Plat nomor hanya boleh berisi huruf dan angka; ditemukan karakter {char}.",
                ),
                char=shown,
            )
    compact = compact.upper()
    runs = re.findall(r"[A-Z]+|[0-9]+", compact)
    starts_with_letters = runs[0][0] in _LETTERS
    if starts_with_letters and len(runs) == 1:
        raise _PlateError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Plat nomor harus memuat nomor (1-4 angka) setelah kode wilayah. "
                "Contoh penulisan: B 1234 ABC.",
            )
        )
    if not starts_with_letters or len(runs[0]) > 2:
        raise _PlateError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Plat nomor harus diawali kode wilayah berupa 1-2 huruf (tertulis '{plate}'). "
                "Contoh penulisan: B 1234 ABC.",
            ),
            plate=compact,
        )
    if len(runs[1]) > 4:
        raise _PlateError(
            QT_TRANSLATE_NOOP(
                "Messages", "Nomor pada plat paling banyak 4 angka (tertulis {count} angka)."
            ),
            count=len(runs[1]),
        )
    if len(runs) > 3:
        raise _PlateError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Format plat nomor tidak dikenali: '{plate}'. Contoh penulisan: B 1234 ABC.",
            ),
            plate=compact,
        )
    suffix = runs[2] if len(runs) == 3 else ""
    if len(suffix) > 3:
        raise _PlateError(
            QT_TRANSLATE_NOOP(
                "Messages", "Huruf di belakang plat paling banyak 3 (tertulis {count} huruf)."
            ),
            count=len(suffix),
        )
    return runs[0], runs[1], suffix


def plate_parts(text: object) -> tuple[str, str, str] | None:
    """``(region, digits, suffix)`` of a plate-like text, or None; never raises."""
    if not isinstance(text, str):
        return None
    try:
        return _split(text)
    except _PlateError:
        return None


def parse_plate(text: str) -> Plate:
    """Normalise and validate a plate; raise ``InvalidPlate`` if it is not one.

    Upper case; whitespace, dashes and dots between the parts are ignored, so ``b1234abc`` and
    ``" B  1234  abc "`` both give ``B 1234 ABC``. The number may not be 0. Unknown region
    letters and a number written with a leading 0 are warnings only.
    """
    if not isinstance(text, str):
        raise InvalidPlate(QT_TRANSLATE_NOOP("Messages", "Plat nomor harus diisi sebagai teks."))
    try:
        region, digits, suffix = _split(text)
    except _PlateError as err:
        raise InvalidPlate(err.message) from None
    number = int(digits)
    if number == 0:
        raise InvalidPlate(QT_TRANSLATE_NOOP("Messages", "Nomor pada plat tidak boleh 0."))
    warnings: list[Message] = []
    if region not in PLATE_REGIONS:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Kode wilayah plat '{region}' tidak dikenal; periksa kembali plat nomor.",
                ),
                region=region,
            )
        )
    if digits.startswith("0"):
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nomor plat diawali angka 0 (tertulis {digits}); periksa kembali plat nomor.",
                ),
                digits=digits,
            )
        )
    value = f"{region} {digits} {suffix}".rstrip()
    return Plate(value=value, region=region, number=number, suffix=suffix, warnings=tuple(warnings))
