"""IKM against worked examples (Permenpan RB 14/2017)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from kiosk.domain.skm import CODES, InvalidSurvey, compute_ikm, grade


def all_(value: int) -> dict[str, int]:
    return dict.fromkeys(CODES, value)


def test_all_answers_four_is_100_a() -> None:
    result = compute_ikm([all_(4)] * 10)
    assert result.ikm == Decimal("100.00") and result.grade == "A"
    assert result.formatted() == "100,00"
    assert result.grade_words == "Sangat Baik"


def test_a_mixed_set_checked_by_hand() -> None:
    # Two responses. NRR: U1..U8 = (4+3)/2 = 3.5, U9 = (2+3)/2 = 2.5
    # IKM_raw = (8 x 3.5 + 2.5) / 9 = 30.5 / 9 = 3.38888...; x 25 = 84.7222... -> 84,72 B
    first = all_(4) | {"U9": 2}
    second = all_(3)
    result = compute_ikm([first, second])
    assert result.nrr["U1"] == Fraction(7, 2) and result.nrr["U9"] == Fraction(5, 2)
    assert result.ikm == Decimal("84.72") and result.grade == "B"
    assert result.formatted() == "84,72"


def test_answers_are_keyed_by_code_not_position() -> None:
    reordered = {code: 4 for code in reversed(CODES)} | {"U1": 1}
    assert compute_ikm([reordered]).nrr["U1"] == 1


def test_blanks_are_skipped() -> None:
    # U3 blank in the first response: NRR_U3 is the second response's 2, not (0 + 2) / 2
    result = compute_ikm([all_(4) | {"U3": None}, all_(4) | {"U3": 2}])
    assert result.nrr["U3"] == 2
    assert result.nrr["U1"] == 4
    # (8 x 4 + 2) / 9 x 25 = 94.444 -> 94,44
    assert result.ikm == Decimal("94.44")


@pytest.mark.parametrize(
    ("ikm", "letter"),
    [
        ("88.31", "A"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("25.00", "D"),
        ("100.00", "A"),
    ],
)
def test_grade_boundaries(ikm: str, letter: str) -> None:
    assert grade(Decimal(ikm))[0] == letter


def test_an_element_nobody_answered_gives_no_index() -> None:
    result = compute_ikm([all_(4) | {"U4": None}])
    assert result.nrr["U4"] is None and result.ikm is None and result.formatted() == "–"


@pytest.mark.parametrize("bad", [{"U1": 5}, {"U1": 0}, {"U10": 3}, {"U2": True}])
def test_bad_answers_are_refused(bad) -> None:
    with pytest.raises(InvalidSurvey):
        compute_ikm([all_(4) | bad])
