"""NIK (Nomor Induk Kependudukan): parsing and checking, exactly as DOMAIN.md states the rules.

A NIK is 16 digits ``PPKKCC DDMMYY SSSS``: the Kemendagri code of the kecamatan of first
registration, the birth date (day + 40 for women), and a serial number. There is no check digit.

The helpers shared with the Nomor KK (``compact_number``, ``check_region``, ``full_year``,
``build_date``, ``resolve_today``) live here: a KK number has the same region and date layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.clock import today_local
from kiosk.domain.errors import DomainError, InvalidNik
from kiosk.domain.masking import DASHES, mask_nik
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.domain.people import Sex
from kiosk.domain.regions import PROVINCE_CODES, is_known_region, regency_name

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40

_DIGITS = frozenset("0123456789")

NIK_LABEL = Message(QT_TRANSLATE_NOOP("Messages", "NIK"))
_BIRTH_DATE_IN_NIK = Message(QT_TRANSLATE_NOOP("Messages", "Tanggal lahir pada NIK"))


def resolve_today(value: date | None) -> date:
    """``today`` as given (a datetime is cut to its date), or today in Jakarta when None."""
    if value is None:
        return today_local()
    if isinstance(value, datetime):
        return value.date()
    return value


def _show_char(char: str) -> str:
    return f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"


def compact_number(text: str, *, label: Message, error: type[DomainError]) -> str:
    """Drop spaces, dots and dashes; raise ``error`` unless exactly 16 ASCII digits remain.

    ``label`` names the number in the messages ("NIK", "Nomor KK")."""
    if not isinstance(text, str):
        raise error(
            QT_TRANSLATE_NOOP("Messages", "{label} harus diisi sebagai teks angka."), label=label
        )
    # Separators people type or paste between digit groups: whitespace (any kind, tabs and
    # non-breaking spaces from copied text included), dots and every common dash.
    compact = "".join(c for c in text if not (c.isspace() or c == "." or c in DASHES))
    if not compact:
        raise error(QT_TRANSLATE_NOOP("Messages", "{label} belum diisi."), label=label)
    for char in compact:
        if char not in _DIGITS:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{label} hanya boleh berisi angka (spasi, titik, dan tanda hubung diabaikan); "
                    "ditemukan karakter {char}.",
                ),
                label=label,
                char=_show_char(char),
            )
    if len(compact) != NIK_LENGTH:
        raise error(
            QT_TRANSLATE_NOOP(
                "Messages", "{label} harus {length} digit angka (tertulis {count} digit)."
            ),
            label=label,
            length=NIK_LENGTH,
            count=len(compact),
        )
    return compact


def check_region(code6: str, *, label: Message, error: type[DomainError]) -> tuple[Message, ...]:
    """Check ``PPKKCC``: raise on a structural error, return warnings for codes not in the list."""
    province, regency, district = code6[:2], code6[2:4], code6[4:6]
    if province not in PROVINCE_CODES:
        raise error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Kode provinsi pada {label} (2 digit pertama: {province}) tidak dikenal. "
                "{label} selalu diawali kode salah satu dari 38 provinsi, mis. 36 untuk Banten.",
            ),
            label=label,
            province=province,
        )
    if regency == "00":
        raise error(
            QT_TRANSLATE_NOOP(
                "Messages", "Kode kabupaten/kota pada {label} (digit ke-3 dan ke-4) tidak boleh 00."
            ),
            label=label,
        )
    if district == "00":
        raise error(
            QT_TRANSLATE_NOOP(
                "Messages", "Kode kecamatan pada {label} (digit ke-5 dan ke-6) tidak boleh 00."
            ),
            label=label,
        )
    dotted_regency = f"{province}.{regency}"
    regency_label = regency_name(code6[:4])
    if regency_label is None:
        return (
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Kode kabupaten/kota {code} pada {label} tidak ada dalam daftar wilayah "
                    "yang tersimpan (mungkin wilayah baru hasil pemekaran). "
                    "Periksa kembali {label} dengan KTP/KK.",
                ),
                code=dotted_regency,
                label=label,
            ),
        )
    if not is_known_region(code6):
        return (
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Kode kecamatan {code} pada {label} tidak ada dalam daftar "
                    "kecamatan {regency} yang tersimpan. Periksa kembali {label} dengan KTP/KK.",
                ),
                code=f"{dotted_regency}.{district}",
                label=label,
                regency=regency_label,
            ),
        )
    return ()


def full_year(yy: int, month: int, day: int, today: date) -> int:
    """The century rule: 20YY unless that date is still in the future on ``today``, else 19YY.

    Compared as (year, month, day) tuples, so it works before checking that the date exists
    (29 February 2000 exists while 29 February 1900 does not).
    """
    year = 2000 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        return 1900 + yy
    return year


def build_date(year: int, month: int, day: int, *, what: Message, error: type[DomainError]) -> date:
    """``date(year, month, day)``, or ``error`` saying the date is not on the calendar."""
    try:
        return date(year, month, day)
    except ValueError:
        written = f"{day:02d}-{month:02d}-{year}"
        if month == 2 and day == 29:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{what} tidak ada di kalender: {date} (tahun {year} bukan tahun kabisat).",
                ),
                what=what,
                date=written,
                year=year,
            ) from None
        raise error(
            QT_TRANSLATE_NOOP("Messages", "{what} tidak ada di kalender: {date}."),
            what=what,
            date=written,
        ) from None


@dataclass(frozen=True, repr=False)
class Nik:
    """A valid NIK. ``warnings`` (Indonesian messages) never block: the officer may go on
    regardless.

    ``repr`` masks the number so that a NIK never lands whole in a log by accident; read
    ``value`` explicitly where the full number is needed.
    """

    value: str
    region_code: str
    birth_date: date
    sex: Sex
    serial: int
    warnings: tuple[Message, ...] = ()

    @property
    def province_code(self) -> str:
        return self.region_code[:2]

    @property
    def regency_code(self) -> str:
        return self.region_code[:4]

    @property
    def grouped(self) -> str:
        """``"360323 120385 0002"``: region, date and serial apart, for the officer's screen."""
        return f"{self.value[:6]} {self.value[6:12]} {self.value[12:]}"

    def __repr__(self) -> str:
        masked = mask_nik(self.value)
        return f"Nik({masked!r}, sex={self.sex.value!r}, warnings={len(self.warnings)})"


def parse_nik(text: str, *, today: date | None = None) -> Nik:
    """Parse and validate a NIK typed or scanned at the lane; raise ``InvalidNik`` if invalid.

    Rules (DOMAIN.md): spaces, dots and dashes are dropped, anything else but digits is an
    error; exactly 16 ASCII digits; the province must be one of the 38; regency and kecamatan
    00 are errors, codes missing from the shipped list only warnings; DD 01-31 (male) or 41-71
    (female, day + 40); MM 01-12; the year is 20YY unless that date is after ``today``
    (default: today in Asia/Jakarta), else 19YY; the date must exist; serial 0000 is an error.

    The two-digit year cannot tell a 2020 birth from a 1920 one: a centenarian's NIK reads as
    a child's. That is the rule, and the stated birth date check (``check_nik_against``) shows it.
    """
    value = compact_number(text, label=NIK_LABEL, error=InvalidNik)
    warnings = check_region(value[:6], label=NIK_LABEL, error=InvalidNik)

    raw_day, month, yy = int(value[6:8]), int(value[8:10]), int(value[10:12])
    if 1 <= raw_day <= 31:
        sex, day = Sex.MALE, raw_day
    elif 1 + FEMALE_DAY_OFFSET <= raw_day <= 31 + FEMALE_DAY_OFFSET:
        sex, day = Sex.FEMALE, raw_day - FEMALE_DAY_OFFSET
    else:
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tanggal lahir pada NIK (digit ke-7 dan ke-8: {digits}) tidak sah: harus "
                "01-31 untuk laki-laki atau 41-71 untuk perempuan (tanggal lahir + 40).",
            ),
            digits=value[6:8],
        )
    if not 1 <= month <= 12:
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Bulan lahir pada NIK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.",
            ),
            digits=value[8:10],
        )
    year = full_year(yy, month, day, resolve_today(today))
    birth_date = build_date(year, month, day, what=_BIRTH_DATE_IN_NIK, error=InvalidNik)

    serial = int(value[12:])
    if serial == 0:
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "Messages", "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000."
            )
        )

    return Nik(
        value=value,
        region_code=value[:6],
        birth_date=birth_date,
        sex=sex,
        serial=serial,
        warnings=warnings,
    )


def check_nik_against(
    nik: Nik, *, sex: Sex | str | None = None, birth_date: date | None = None
) -> tuple[Message, ...]:
    """Warnings (Indonesian) where what the resident states differs from what the NIK encodes.

    Never an error: a NIK does not change after a data correction, and real NIKs with odd day
    offsets exist, so the officer decides.
    """
    warnings: list[Message] = []
    if sex is not None:
        stated_sex = Sex(sex)
        if stated_sex is not nik.sex:
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang disampaikan "
                        "({stated_sex}). Periksa KTP/KK; petugas boleh melanjutkan bila data "
                        "sudah benar.",
                    ),
                    nik_sex=nik.sex,
                    stated_sex=stated_sex,
                )
            )
    if birth_date is not None:
        stated = birth_date.date() if isinstance(birth_date, datetime) else birth_date
        if stated != nik.birth_date:
            if _differs_by_century(stated, nik.birth_date):
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan "
                    "({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah "
                    "benar. Bedanya hanya abad: tahun pada NIK hanya ditulis 2 digit.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan "
                    "({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah "
                    "benar.",
                )
            warnings.append(Message(template, nik_date=nik.birth_date, stated_date=stated))
    return tuple(warnings)


def _differs_by_century(a: date, b: date) -> bool:
    return (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 100
