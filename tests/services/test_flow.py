"""Moving visits along: one transaction per move, an event each, receipts at hand-over."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.flow import IllegalMove, Move
from kiosk.domain.timings import request_times
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.store.models import Call, Event, PrintJob, Request
from tests.helpers import FULL_NIK, NIK_B, car, pdf_text, request

KTP_DOCS = ("KTP-el yang rusak (asli)", "Kartu Keluarga (fotokopi/tunjukkan)", "Formulir F-1.02")


def register(kiosk: Kiosk, *requests) -> int:
    return kiosk.registration.register(car(*requests), "Budi").visit_id


def test_a_car_from_waiting_to_handed_over_with_a_receipt(kiosk: Kiosk, clock) -> None:
    visit_id = register(kiosk, request(received=KTP_DOCS[:2]))
    clock.moment += timedelta(minutes=3)
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Sari")
    clock.moment += timedelta(minutes=6)
    moved = kiosk.flow.move_visit(visit_id, Status.READY, "Sari")
    assert moved.call_id is not None
    clock.moment += timedelta(minutes=2)
    done = kiosk.flow.move_visit(visit_id, Status.HANDED_OVER, "Sari")

    (req,) = Request.select()
    assert req.status == "handed_over"
    events = list(Event.select().where(Event.request == req).order_by(Event.id))
    assert [(e.from_status, e.to_status) for e in events] == [
        (None, "waiting"),
        ("waiting", "in_process"),
        ("in_process", "ready"),
        ("ready", "handed_over"),
    ]
    assert [e.officer for e in events] == ["Budi", "Sari", "Sari", "Sari"]
    times = request_times((Status(e.to_status), e.at) for e in events)
    assert times.wait == timedelta(minutes=3)
    assert times.service == timedelta(minutes=6)
    assert times.to_hand_over == timedelta(minutes=11)

    (outcome,) = done.prints
    assert outcome.ok, outcome.error
    text = pdf_text(Path(outcome.output))
    assert "TANDA TERIMA BERKAS PERMOHONAN" in text
    assert "D-001" in text and "SITI RAHAYU" in text
    assert "3603**********01" in text and "0812-****-7890" in text
    for doc in KTP_DOCS:
        assert doc in text  # received ones and the missing one
    assert "Sari" in text and "Gratis (Rp0)" in text
    assert "Selasa, 27 Juli 2021" in text
    assert "SALINAN" not in text
    assert not FULL_NIK.search(text.replace(" ", ""))


def test_a_reprint_says_salinan_and_is_recorded(kiosk: Kiosk) -> None:
    visit_id = register(kiosk)
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(visit_id, step, "Sari")
    (req,) = Request.select()
    copy = kiosk.prints.print_receipt(req.id, "Joko")
    assert copy.ok
    assert "SALINAN" in pdf_text(Path(copy.output))
    jobs = list(PrintJob.select().where(PrintJob.kind == "receipt").order_by(PrintJob.id))
    assert [(j.copy_number, j.officer, j.state) for j in jobs] == [
        (1, "Sari", "sent"),
        (2, "Joko", "sent"),
    ]


def test_forwarding_gives_a_receipt_with_a_pickup_date_in_working_days(kiosk, clock) -> None:
    clock.moment = datetime(2021, 8, 13, 2, 0, tzinfo=UTC)  # Friday 13 August 2021, 09.00 WIB
    visit_id = register(kiosk)  # KTP_RUSAK: Disdukcapil, 3 working days
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Sari")
    moved = kiosk.flow.move_visit(visit_id, Status.FORWARDED, "Sari")
    (req,) = Request.select()
    assert req.pickup_date == date(2021, 8, 19)  # Mon 16, (17 August), Wed 18, Thu 19
    text = pdf_text(Path(moved.prints[0].output))
    assert "Kamis, 19 Agustus 2021" in text
    assert "Disdukcapil" in text


def test_an_illegal_move_is_refused_and_writes_nothing(kiosk: Kiosk) -> None:
    visit_id = register(kiosk)
    before = Event.select().count()
    with pytest.raises(IllegalMove, match="Menunggu ke Selesai"):
        kiosk.flow.move_visit(visit_id, Status.HANDED_OVER, "Sari")
    assert Event.select().count() == before
    assert Request.get().status == "waiting"


def test_each_request_of_a_car_moves_on_its_own(kiosk: Kiosk) -> None:
    visit_id = register(kiosk, request(), request(service="AKTA_LAHIR", nik=NIK_B, name="AHMAD"))
    first, second = Request.select().order_by(Request.position)
    kiosk.flow.move(second.id, Move(to=Status.CANCELLED, note="salah layanan"), "Sari")
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Sari")  # only the active one moves
    statuses = [r.status for r in Request.select().order_by(Request.position)]
    assert statuses == ["in_process", "cancelled"]
    (row,) = kiosk.lane.today()
    assert row.status is Status.IN_PROCESS
    note = Event.get(Event.to_status == "cancelled").note
    assert note == "salah layanan"


def test_incomplete_records_what_is_missing(kiosk: Kiosk) -> None:
    register(kiosk, request(received=KTP_DOCS))
    req = Request.get()
    kiosk.flow.move(req.id, Move(to=Status.INCOMPLETE, missing=(KTP_DOCS[2],)), "Sari")
    req = Request.get()
    assert req.missing == [KTP_DOCS[2]] and KTP_DOCS[2] not in req.received
    assert "Formulir F-1.02" in Event.get(Event.to_status == "incomplete").note


def test_no_show_only_after_enough_calls(kiosk: Kiosk) -> None:
    visit_id = register(kiosk)
    kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Sari")
    kiosk.flow.move_visit(visit_id, Status.READY, "Sari")  # call 1
    with pytest.raises(IllegalMove, match="baru dipanggil 1 kali"):
        kiosk.flow.move_visit(visit_id, Status.NO_SHOW, "Sari")
    kiosk.flow.call_again(visit_id, "Sari")
    kiosk.flow.call_again(visit_id, "Sari")
    assert Call.select().count() == 3
    kiosk.flow.move_visit(visit_id, Status.NO_SHOW, "Sari")
    assert Request.get().status == "no_show"


def test_only_a_ready_car_can_be_called_again(kiosk: Kiosk) -> None:
    visit_id = register(kiosk)
    with pytest.raises(IllegalMove, match="siap"):
        kiosk.flow.call_again(visit_id, "Sari")


def test_the_board_sorts_and_times_visits(kiosk: Kiosk, clock) -> None:
    ids = [register(kiosk, request(name=f"P{i}")) for i in range(3)]
    clock.moment += timedelta(minutes=9)
    kiosk.flow.move_visit(ids[2], Status.IN_PROCESS, "Sari")
    kiosk.flow.move_visit(ids[1], Status.IN_PROCESS, "Sari")
    kiosk.flow.move_visit(ids[1], Status.READY, "Sari")
    rows = kiosk.lane.today()
    assert [r.visit_id for r in rows] == [ids[1], ids[2], ids[0]]  # ready, in process, waiting
    assert rows[0].calls == 1 and rows[0].next_step is Status.HANDED_OVER
    assert rows[2].punctuality(clock.moment) == "near"  # 9 of 10 minutes
    clock.moment += timedelta(minutes=2)
    assert rows[2].punctuality(clock.moment) == "late"
    assert [r.number for r in kiosk.lane.today(search="d 002")] == ["D-002"]
    assert [r.number for r in kiosk.lane.today(search="1234")] == ["D-002", "D-003", "D-001"]


def test_the_display_snapshot_shows_calls_in_order_with_masked_plates(kiosk: Kiosk) -> None:
    first = register(kiosk)
    second = kiosk.registration.register(car(plate="A 77 XY"), "Budi").visit_id
    for visit_id in (second, first):
        kiosk.flow.move_visit(visit_id, Status.IN_PROCESS, "Sari")
        kiosk.flow.move_visit(visit_id, Status.READY, "Sari")
    snapshot = kiosk.lane.display_snapshot()
    assert [c.number for c in snapshot.calls] == ["D-002", "D-001"]
    assert snapshot.calls[1].masked_plate == "B 12** *BC"
    assert snapshot.calls[0].station == "Jalur 1"
    assert snapshot.waiting == 0
