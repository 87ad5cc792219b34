"""Login with lockout, role refusals in the use cases, and an audit row for each action."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.flow import IllegalMove
from kiosk.domain.officers import LoginRefused, NotAllowed, Role
from kiosk.domain.visit import Status
from kiosk.services import Kiosk
from kiosk.store.models import AuditEntry, OfficerAccount, Request
from tests.helpers import car


def actions() -> list[tuple[str, str, str]]:
    return [
        (e.officer_name, e.action, e.subject) for e in AuditEntry.select().order_by(AuditEntry.id)
    ]


@pytest.fixture
def staff(kiosk: Kiosk):
    admin = kiosk.officers.add(None, "Joko", "2580", Role.ADMIN)
    supervisor = kiosk.officers.add(admin, "Sari", "1357", Role.SUPERVISOR)
    petugas = kiosk.officers.add(admin, "Budi", "8642", Role.PETUGAS)
    return admin, supervisor, petugas


def test_the_first_officer_must_be_an_admin_and_then_only_admins_add(kiosk: Kiosk) -> None:
    with pytest.raises(NotAllowed, match="pertama harus admin"):
        kiosk.officers.add(None, "Budi", "8642", Role.PETUGAS)
    admin = kiosk.officers.add(None, "Joko", "2580", Role.ADMIN)
    with pytest.raises(NotAllowed, match="Hanya admin"):
        kiosk.officers.add(None, "Sari", "1357", Role.SUPERVISOR)
    petugas = kiosk.officers.add(admin, "Budi", "8642", Role.PETUGAS)
    with pytest.raises(NotAllowed, match="Hanya admin yang dapat mengelola"):
        kiosk.officers.add(petugas, "Ani", "1379", Role.PETUGAS)


def test_five_wrong_pins_lock_for_five_minutes(kiosk: Kiosk, staff, clock) -> None:
    _, sari, _ = staff
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginRefused, match=f"Sisa {left} percobaan"):
            kiosk.officers.login(sari.id, "0001")
    with pytest.raises(LoginRefused, match="terkunci sampai 09.10"):
        kiosk.officers.login(sari.id, "0001")
    with pytest.raises(LoginRefused, match="terkunci"):
        kiosk.officers.login(sari.id, "1357")  # even the right PIN, while locked
    clock.moment += timedelta(minutes=5, seconds=1)
    assert kiosk.officers.login(sari.id, "1357").name == "Sari"
    log = [a for _, a, _ in actions()]
    assert log.count("login_failed") == 5 and log.count("lock") == 1
    assert log.count("login_refused") == 1 and log[-1] == "login"


def test_a_supervisor_unlocks_a_locked_officer(kiosk: Kiosk, staff) -> None:
    _, sari, budi = staff
    for _ in range(5):
        with pytest.raises(LoginRefused):
            kiosk.officers.login(budi.id, "0001")
    with pytest.raises(NotAllowed):
        kiosk.officers.unlock(budi, budi.id)
    kiosk.officers.unlock(sari, budi.id)
    assert kiosk.officers.login(budi.id, "8642").name == "Budi"


def test_a_petugas_is_refused_what_is_not_theirs(kiosk: Kiosk, staff) -> None:
    _, _, budi = staff
    visit_id = kiosk.registration.register(car(), budi).visit_id
    with pytest.raises(NotAllowed, match="membatalkan"):
        kiosk.flow.move_visit(visit_id, Status.CANCELLED, budi, note="salah")
    for step in (Status.IN_PROCESS, Status.READY, Status.HANDED_OVER):
        kiosk.flow.move_visit(visit_id, step, budi)
    request_id = Request.get().id
    with pytest.raises(NotAllowed, match="mencetak ulang"):
        kiosk.prints.print_receipt(request_id, budi)  # the copy: a reprint
    with pytest.raises(NotAllowed, match="log audit"):
        kiosk.audit.entries(budi)


def test_each_action_leaves_its_audit_row(kiosk: Kiosk, staff, tmp_path) -> None:
    joko, sari, budi = staff
    kiosk.officers.login(budi.id, "8642")
    with pytest.raises(LoginRefused):
        kiosk.officers.login(budi.id, "0000")
    result = kiosk.registration.register(car(), budi)
    kiosk.prints.print_job(result.slip_job_id)
    kiosk.flow.move_visit(result.visit_id, Status.IN_PROCESS, budi)
    kiosk.flow.move_visit(result.visit_id, Status.READY, budi)
    kiosk.flow.call_again(result.visit_id, budi)
    kiosk.flow.move_visit(result.visit_id, Status.HANDED_OVER, budi)  # prints the receipt
    request_id = Request.get().id
    revealed = kiosk.lane.reveal(budi, request_id)
    assert revealed.nik == "3603235708900001" and revealed.phone == "0812-3456-7890"
    kiosk.prints.print_receipt(request_id, sari)  # SALINAN
    kiosk.audit.export_csv(joko, tmp_path / "audit.csv")
    seen = {(who, action) for who, action, _ in actions()}
    expected = {
        ("Joko", "officer_add"),
        ("Budi", "login"),
        ("Budi", "login_failed"),
        ("Budi", "register"),
        ("Budi", "print"),
        ("Budi", "move"),
        ("Budi", "call"),
        ("Budi", "reveal_nik"),
        ("Sari", "reprint"),
        ("Sari", "print"),
        ("Joko", "export"),
    }
    assert expected <= seen, expected - seen
    register = AuditEntry.get(AuditEntry.action == "register")
    assert register.subject == "D-001" and register.officer_id == budi.id
    reveal = AuditEntry.get(AuditEntry.action == "reveal_nik")
    assert reveal.subject == "D-001/1" and "3603235708900001" not in reveal.detail
    exported = (tmp_path / "audit.csv").read_text()
    assert "reveal_nik" in exported and "waktu_wib" in exported


def test_an_illegal_move_leaves_no_audit_row(kiosk: Kiosk, staff) -> None:
    _, _, budi = staff
    visit_id = kiosk.registration.register(car(), budi).visit_id
    before = AuditEntry.select().count()
    with pytest.raises(IllegalMove):
        kiosk.flow.move_visit(visit_id, Status.HANDED_OVER, budi)
    assert AuditEntry.select().count() == before


def test_no_pin_is_stored_in_clear(kiosk: Kiosk, staff) -> None:
    # (tests/test_cli_admin.py also greps the raw database file for a PIN)
    hashes = [a.pin_hash for a in OfficerAccount.select()]
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)
    assert not {"2580", "1357", "8642"} & set(hashes)


def test_admins_list_every_officer_and_the_last_admin_stays(kiosk: Kiosk, staff) -> None:
    joko, sari, budi = staff
    kiosk.officers.set_active(joko, budi.id, False)
    listed = {officer.name: active for officer, active in kiosk.officers.all(joko)}
    assert listed == {"Joko": True, "Sari": True, "Budi": False}
    assert [o.name for o in kiosk.officers.active()] == ["Joko", "Sari"]
    with pytest.raises(NotAllowed, match="Admin terakhir"):
        kiosk.officers.set_active(joko, joko.id, False)
    with pytest.raises(NotAllowed):
        kiosk.officers.all(sari)
