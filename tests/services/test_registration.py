"""Registering visits: one transaction storing number, requests, events and the slip job."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from kiosk.domain.visit import Channel, Status, VisitInvalid
from kiosk.services import Kiosk
from kiosk.services.registration import RegistrationService
from kiosk.store.models import Event, PrintJob, QueueCounter, Request, Visit
from tests.helpers import NIK_A, NIK_B, car, request, walk_in


def test_a_car_is_stored_with_its_number_requests_event_and_slip_job(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(
        car(request(received=("Formulir F-1.02",))), officer="Budi"
    )
    assert result.number == "D-001"
    visit = Visit.get_by_id(result.visit_id)
    assert visit.plate == "B 1234 ABC"
    assert visit.service_day == date(2021, 7, 27)
    assert visit.channel == "drive_thru"
    assert visit.officer == "Budi"
    (req,) = visit.requests
    assert req.nik == NIK_A and req.name == "SITI RAHAYU"
    assert req.phone == "+6281234567890"
    assert req.status == Status.WAITING
    assert req.received == ["Formulir F-1.02"]
    assert "KTP-el yang rusak (asli)" in req.missing
    (event,) = Event.select().where(Event.visit == visit)
    assert (event.from_status, event.to_status, event.officer) == (None, "waiting", "Budi")
    job = PrintJob.get_by_id(result.slip_job_id)
    assert (job.kind, job.state, job.visit_id) == ("slip", "pending", visit.id)


def test_channels_number_apart_and_count_those_ahead(kiosk: Kiosk) -> None:
    numbers = [
        kiosk.registration.register(car(), "x").number,
        kiosk.registration.register(walk_in(), "x").number,
        kiosk.registration.register(car(plate="B 9 XY"), "x").number,
    ]
    assert numbers == ["D-001", "L-001", "D-002"]
    third = kiosk.registration.register(car(plate="A 1 B"), "x")
    assert third.cars_ahead == 2  # D-001 and D-002 wait ahead of D-003; L-001 is not in the lane


def test_numbering_resets_at_wib_midnight_not_utc_midnight(kiosk: Kiosk, clock) -> None:
    clock.moment = datetime(2021, 7, 27, 16, 59, 59, tzinfo=UTC)  # 23.59.59 WIB
    before = kiosk.registration.register(car(), "x")
    clock.moment = datetime(2021, 7, 27, 17, 0, 0, tzinfo=UTC)  # 00.00.00 WIB, next day
    after = kiosk.registration.register(car(), "x")
    assert (before.number, after.number) == ("D-001", "D-001")
    assert before.reference == "20210727-D-001"
    assert after.reference == "20210728-D-001"
    assert Visit.get_by_id(after.visit_id).service_day == date(2021, 7, 28)


def test_an_invalid_visit_stores_nothing_and_uses_no_number(kiosk: Kiosk) -> None:
    with pytest.raises(VisitInvalid) as caught:
        kiosk.registration.register(car(request(nik="3603230000000000"), plate=""), "x")
    assert set(caught.value.errors) == {"plate", "requests.0.nik"}
    assert "Plat nomor" in caught.value.errors["plate"]
    assert Visit.select().count() == 0 and Request.select().count() == 0
    assert QueueCounter.select().count() == 0
    assert kiosk.registration.register(car(), "x").number == "D-001"


def test_two_applicants_in_one_car_share_one_number(kiosk: Kiosk) -> None:
    result = kiosk.registration.register(
        car(request(), request(service="AKTA_LAHIR", nik=NIK_B, name="AHMAD HIDAYAT")), "x"
    )
    visit = Visit.get_by_id(result.visit_id)
    assert [r.service_code for r in visit.requests.order_by(Request.position)] == [
        "KTP_RUSAK",
        "AKTA_LAHIR",
    ]
    assert Event.select().count() == 2


def test_numbering_by_service_takes_the_first_requests_prefix(
    kiosk: Kiosk, settings, clock
) -> None:
    akta = replace(kiosk.catalogue.get("AKTA_LAHIR"), prefix="AK")
    catalogue = replace(
        kiosk.catalogue,
        services=tuple(akta if s.code == "AKTA_LAHIR" else s for s in kiosk.catalogue),
    )
    by_service = replace(settings, numbering=replace(settings.numbering, by_service=True))
    service = RegistrationService(catalogue, by_service, clock)
    assert service.register(car(request(service="AKTA_LAHIR")), "x").number == "AK-001"
    # a service without its own prefix falls back to the lane's
    assert service.register(car(request(service="KIA")), "x").number == "D-001"


def test_check_applicant_keys_errors_by_field_and_passes_warnings(kiosk: Kiosk) -> None:
    bad = kiosk.registration.check_applicant(
        Channel.DRIVE_THRU, "B 0 X", request(nik="12", name=" ", phone="021-555")
    )
    assert set(bad.errors) == {"plate", "nik", "name", "phone"}
    assert not bad.ok
    good = kiosk.registration.check_applicant(Channel.LOKET, "", request())
    assert good.ok and good.errors == {}


def test_the_same_service_for_the_same_nik_twice_in_a_visit_is_refused(kiosk: Kiosk) -> None:
    with pytest.raises(VisitInvalid, match="sudah ada"):
        kiosk.registration.register(car(request(), request()), "x")


def test_a_service_the_lane_does_not_take_is_sent_to_the_counter(kiosk: Kiosk) -> None:
    with pytest.raises(VisitInvalid, match="loket"):
        kiosk.registration.register(car(request(service="LEGALISASI")), "x")
    assert (
        kiosk.registration.register(walk_in(request(service="LEGALISASI")), "x").number == "L-001"
    )


def test_a_registration_repeated_with_its_token_is_stored_once(kiosk: Kiosk) -> None:
    """The window repeats a registration whose answer was lost: the stored visit comes back."""
    first = kiosk.registration.register(car(request()), "Budi", token="intake-1")
    again = kiosk.registration.register(car(request()), "Budi", token="intake-1")
    other = kiosk.registration.register(car(request()), "Budi", token="intake-2")
    assert again == first
    assert (first.number, other.number) == ("D-001", "D-002")
    assert [v.token for v in Visit.select().order_by(Visit.id)] == ["intake-1", "intake-2"]
    assert PrintJob.select().count() == 2
    assert QueueCounter.get().last_sequence == 2
