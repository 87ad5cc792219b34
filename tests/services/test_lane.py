"""The lane screen's read side."""

from __future__ import annotations

from datetime import timedelta

from playhouse.test_utils import assert_query_count

from kiosk.domain.visit import Channel, Status
from kiosk.services import Kiosk
from tests.helpers import NIK_A, car, request, walk_in


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


def test_a_returning_nik_offers_its_last_name_and_phone(kiosk: Kiosk, clock) -> None:
    assert kiosk.lane.known_applicant(NIK_A) is None
    kiosk.registration.register(car(request(name="SITI R.", phone="")), "x")
    clock.moment += timedelta(days=3)
    kiosk.registration.register(car(request(name="SITI RAHAYU", phone="+62 812 3456 7890")), "x")
    known = kiosk.lane.known_applicant("3603 2357 0890 0001")
    assert known is not None
    assert (known.name, known.phone_display) == ("SITI RAHAYU", "0812-3456-7890")
    assert kiosk.lane.known_applicant("123") is None
