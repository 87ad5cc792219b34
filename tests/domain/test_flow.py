"""Every allowed and every refused move of a request."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.flow import IllegalMove, Move, check_move
from kiosk.domain.visit import Status

W, P, R, H = Status.WAITING, Status.IN_PROCESS, Status.READY, Status.HANDED_OVER
INC, FWD, CAN, NS = Status.INCOMPLETE, Status.FORWARDED, Status.CANCELLED, Status.NO_SHOW

# Written out by hand (not read from the code): the flow of DOMAIN.md.
EXPECTED = {
    W: {P, INC, CAN},
    P: {R, INC, FWD, CAN},
    R: {H, NS, CAN},
    INC: {W, CAN},
    FWD: {R, CAN},
    NS: {R, CAN},
    H: set(),
    CAN: set(),
}
TODAY = date(2021, 8, 16)


def complete(to: Status) -> Move:
    """A move with everything its target needs."""
    return Move(to=to, note="alasan", missing=("Formulir F-1.02",), pickup_date=date(2021, 8, 18))


@pytest.mark.parametrize("current", list(Status))
@pytest.mark.parametrize("target", list(Status))
def test_each_move_is_allowed_or_refused_as_the_flow_says(current, target) -> None:
    if target in EXPECTED[current]:
        check_move(current, complete(target), calls=9, today=TODAY)
    else:
        with pytest.raises(IllegalMove) as caught:
            check_move(current, complete(target), calls=9, today=TODAY)
        assert "tidak dapat" in str(caught.value).lower()


def test_the_table_covers_every_status() -> None:
    assert set(EXPECTED) == set(Status)


def test_refusal_names_both_statuses_in_indonesian() -> None:
    with pytest.raises(IllegalMove, match="Menunggu ke Selesai"):
        check_move(W, Move(to=H))


def test_cancelling_needs_a_reason() -> None:
    with pytest.raises(IllegalMove, match="Alasan pembatalan"):
        check_move(W, Move(to=CAN, note="  "))
    check_move(W, Move(to=CAN, note="Pemohon membatalkan"))


def test_incomplete_needs_the_missing_documents() -> None:
    with pytest.raises(IllegalMove, match="belum lengkap"):
        check_move(P, Move(to=INC))
    check_move(P, Move(to=INC, missing=("KK",)))


def test_forwarding_needs_a_pickup_date_not_in_the_past() -> None:
    with pytest.raises(IllegalMove, match="Tanggal pengambilan wajib"):
        check_move(P, Move(to=FWD), today=TODAY)
    with pytest.raises(IllegalMove, match="sebelum hari ini"):
        check_move(P, Move(to=FWD, pickup_date=date(2021, 8, 13)), today=TODAY)
    check_move(P, Move(to=FWD, pickup_date=TODAY), today=TODAY)


def test_no_show_only_after_the_configured_number_of_calls() -> None:
    with pytest.raises(IllegalMove, match="baru dipanggil 2 kali"):
        check_move(R, Move(to=NS), calls=2, no_show_after_calls=3)
    check_move(R, Move(to=NS), calls=3, no_show_after_calls=3)
    check_move(R, Move(to=NS), calls=1, no_show_after_calls=1)
