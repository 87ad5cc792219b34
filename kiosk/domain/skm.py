"""The satisfaction survey (Survei Kepuasan Masyarakat, Permenpan RB 14/2017) and its index.

Nine elements, each answered 1-4. NRR_j is the mean of element j's answers (blanks skipped);
IKM_raw = sum of NRR_j x 1/9 (the weight exactly 1/9); IKM = IKM_raw x 25, rounded to 2
decimals before grading: 88.31-100 A (Sangat Baik), 76.61-88.30 B (Baik), 65.00-76.60 C
(Kurang Baik), 25.00-64.99 D (Tidak Baik). Answers are keyed by element code, never by position.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP

ELEMENTS: tuple[tuple[str, str], ...] = (
    ("U1", "Persyaratan"),
    ("U2", "Sistem, Mekanisme, dan Prosedur"),
    ("U3", "Waktu Penyelesaian"),
    ("U4", "Biaya/Tarif"),
    ("U5", "Produk Spesifikasi Jenis Pelayanan"),
    ("U6", "Kompetensi Pelaksana"),
    ("U7", "Perilaku Pelaksana"),
    ("U8", "Penanganan Pengaduan, Saran dan Masukan"),
    ("U9", "Sarana dan Prasarana"),
)
CODES = tuple(code for code, _ in ELEMENTS)
WEIGHT = Fraction(1, len(CODES))  # exactly 1/9
SCALE = 25
GRADES = (  # lower bound of the rounded IKM, grade, words
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)


class InvalidSurvey(DomainError):
    """An answer outside 1-4, or an unknown element code."""


@dataclass(frozen=True)
class IkmResult:
    """NRR per element, the index and its grade. ``nrr`` holds None for an element nobody
    answered; such an element cannot be weighed, so ``ikm`` is then None too."""

    nrr: dict[str, Fraction | None]
    ikm: Decimal | None
    grade: str | None
    grade_words: str | None
    responses: int

    def formatted(self) -> str:
        """``90,56``: Indonesian decimal comma."""
        return "–" if self.ikm is None else f"{self.ikm:.2f}".replace(".", ",")


def check_answers(answers: Mapping[str, int | None]) -> dict[str, int | None]:
    """One response, checked: known codes only, each 1-4 or None (skipped)."""
    unknown = set(answers) - set(CODES)
    if unknown:
        raise InvalidSurvey(
            QT_TRANSLATE_NOOP("Messages", "Unsur survei tidak dikenal: {codes}."),
            codes=tuple(sorted(unknown)),
        )
    checked: dict[str, int | None] = {}
    for code in CODES:
        value = answers.get(code)
        if value is not None and (isinstance(value, bool) or value not in (1, 2, 3, 4)):
            raise InvalidSurvey(
                QT_TRANSLATE_NOOP("Messages", "Jawaban {code} harus 1 sampai 4."), code=code
            )
        checked[code] = value
    return checked


def grade(ikm: Decimal) -> tuple[str, str]:
    """The grade letter and words of a rounded IKM."""
    for lower, letter, words in GRADES:
        if ikm >= lower:
            return letter, words
    return "D", "Tidak Baik"


def compute_ikm(responses: Iterable[Mapping[str, int | None]]) -> IkmResult:
    """The IKM of a set of responses, exactly as Permenpan RB 14/2017 computes it."""
    sums = dict.fromkeys(CODES, 0)
    counts = dict.fromkeys(CODES, 0)
    total = 0
    for response in responses:
        total += 1
        for code, value in check_answers(response).items():
            if value is not None:
                sums[code] += value
                counts[code] += 1
    return ikm_from_totals(sums, counts, total)


def ikm_from_totals(
    sums: Mapping[str, int], counts: Mapping[str, int], responses: int
) -> IkmResult:
    """The IKM from each element's sum and count of answers (as a query adds them up)."""
    nrr: dict[str, Fraction | None] = {
        code: Fraction(sums.get(code, 0), counts[code]) if counts.get(code) else None
        for code in CODES
    }
    total = responses
    if any(value is None for value in nrr.values()):
        return IkmResult(nrr=nrr, ikm=None, grade=None, grade_words=None, responses=total)
    raw = sum((value * WEIGHT for value in nrr.values() if value is not None), Fraction(0))
    exact = raw * SCALE
    ikm = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    letter, words = grade(ikm)
    return IkmResult(nrr=nrr, ikm=ikm, grade=letter, grade_words=words, responses=total)
