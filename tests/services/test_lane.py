"""The lane screen's read side."""

from __future__ import annotations

from datetime import timedelta

from playhouse.test_utils import assert_query_count

from kiosk.domain.flow import Move
from kiosk.domain.visit import Channel, Status
from kiosk.services import Kiosk
from kiosk.store.models import PrintJob
from tests.helpers import NIK_A, NIK_B, car, request, walk_in


def test_today_lists_the_days_visits_oldest_first(kiosk: Kiosk, clock) -> None:
    kiosk.registration.register(car(), "x")
    clock.moment += timedelta(minutes=4)
    kiosk.registration.register(walk_in(request(service="SKTM")), "x")
    clock.moment += timedelta(minutes=7)
    rows = kiosk.lane.today()
    assert [r.number for r in rows] == ["D-001", "L-001"]
    assert rows[0].services == ("Penggantian KTP-el Rusak",)
    assert rows[0].status is Status.WAITING
    assert rows[0].minutes_since_arrival(clock.moment) == 11
    assert rows[1].channel is Channel.LOKET and rows[1].plate is None
    assert [r.number for r in kiosk.lane.today(Channel.LOKET)] == ["L-001"]


def test_yesterdays_visits_are_not_listed(kiosk: Kiosk, clock) -> None:
    kiosk.registration.register(car(), "x")
    clock.moment += timedelta(days=1)
    assert kiosk.lane.today() == []


def test_listing_costs_the_same_queries_for_one_or_many_visits(kiosk: Kiosk) -> None:
    for plate in ("B 1 A", "B 2 A", "B 3 A", "B 4 A", "B 5 A"):
        kiosk.registration.register(car(plate=plate), "x")
    with assert_query_count(5):
        assert len(kiosk.lane.today()) == 5


ROUTE = {
    Status.HANDED_OVER: (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER),
    Status.FORWARDED: (Status.IN_PROCESS, Status.FORWARDED),
    Status.CANCELLED: (Status.CANCELLED,),
}


def _finish(kiosk: Kiosk, visit_id: int, last: Status = Status.HANDED_OVER) -> None:
    for step in ROUTE[last]:
        kiosk.flow.move_visit(visit_id, step, "x", note="pemohon pulang")


def test_the_board_keeps_the_visits_that_left_the_queue_last(kiosk: Kiosk, clock) -> None:
    ids = [kiosk.registration.register(car(plate=f"B {n} A"), "x").visit_id for n in range(1, 6)]
    first, second, third, fourth, fifth = ids
    # they leave the queue in another order than they came: third, first, fourth, second
    for visit_id, last in (
        (third, Status.HANDED_OVER),
        (first, Status.CANCELLED),
        (fourth, Status.HANDED_OVER),
        (second, Status.FORWARDED),
    ):
        clock.moment += timedelta(minutes=2)
        _finish(kiosk, visit_id, last)

    board = kiosk.lane.board(keep=2)
    # the one still to work, then the two that left last in board order (forwarded before
    # handed over); the third and the first are left off
    assert [r.visit_id for r in board.rows] == [fifth, second, fourth]
    assert (board.left_off, board.active, board.waiting, board.total) == (2, 1, 1, 5)
    assert board.stations == {kiosk.settings.station.name}

    # a visit whose receipt did not print stays however long ago it left the queue
    PrintJob.update(state="failed").where(PrintJob.visit == third).execute()
    board = kiosk.lane.board(keep=2)
    assert [r.visit_id for r in board.rows] == [fifth, second, third, fourth]
    assert board.rows[2].print_failed and board.left_off == 1

    # a search shows every match; a station none of the visits came from shows nothing
    assert [r.visit_id for r in kiosk.lane.board(search="b 1", keep=2).rows] == [first]
    assert kiosk.lane.board(search="b 1", keep=2).left_off == 0
    other = kiosk.lane.board(station="Jalur 9")
    assert (other.rows, other.total, other.stations) == ((), 0, {kiosk.settings.station.name})


def test_a_visit_leaves_the_queue_when_its_last_request_does(kiosk: Kiosk, clock) -> None:
    two = car(request(), request(service="AKTA_LAHIR", nik=NIK_B, name="AHMAD"))
    visit_id = kiosk.registration.register(two, "x").visit_id
    first, second = (r.request_id for r in kiosk.lane.visit(visit_id).requests)
    for step in ROUTE[Status.HANDED_OVER]:
        kiosk.flow.move(first, Move(to=step), "x")
    clock.moment += timedelta(minutes=6)
    assert kiosk.lane.visit(visit_id).finished_at is None  # the birth certificate is still due
    clock.moment += timedelta(minutes=3)
    letter = "Surat keterangan lahir dari RS/Puskesmas/dokter/bidan (atau kepala desa/lurah)"
    kiosk.flow.move(second, Move(to=Status.INCOMPLETE, missing=(letter,)), "x")
    (row,) = kiosk.lane.board().rows
    # handed over (one request was), out of the queue since the birth certificate's refusal
    assert row.status is Status.HANDED_OVER and row.finished_at == clock.moment
    assert row.minutes_since_arrival(clock.moment + timedelta(hours=1)) == 9


def test_the_board_reads_the_details_only_of_the_visits_it_shows(kiosk: Kiosk) -> None:
    for n in range(1, 9):
        visit_id = kiosk.registration.register(car(plate=f"B {n} A"), "x").visit_id
        _finish(kiosk, visit_id)
    with assert_query_count(1 + 5 + 5):  # stations, the selection, the details shown
        board = kiosk.lane.board(keep=3)
    assert (len(board.rows), board.left_off) == (3, 5)


def test_a_returning_nik_offers_its_last_name_and_phone(kiosk: Kiosk, clock) -> None:
    assert kiosk.lane.known_applicant(NIK_A) is None
    kiosk.registration.register(car(request(name="SITI R.", phone="")), "x")
    clock.moment += timedelta(days=3)
    kiosk.registration.register(car(request(name="SITI RAHAYU", phone="+62 812 3456 7890")), "x")
    known = kiosk.lane.known_applicant("3603 2357 0890 0001")
    assert known is not None
    assert (known.name, known.phone_display) == ("SITI RAHAYU", "0812-3456-7890")
    assert kiosk.lane.known_applicant("123") is None
