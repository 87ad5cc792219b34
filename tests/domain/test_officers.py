"""Roles, permissions, PIN rules and PIN hashing."""

from __future__ import annotations

import pytest

from kiosk.domain.officers import (
    DEMO_OFFICER,
    InvalidPin,
    NotAllowed,
    Officer,
    Permission,
    Role,
    check_new_pin,
    hash_pin,
    verify_pin,
)

PETUGAS = Officer(1, "Budi", Role.PETUGAS)
SUPERVISOR = Officer(2, "Sari", Role.SUPERVISOR)
ADMIN = Officer(3, "Joko", Role.ADMIN)


@pytest.mark.parametrize(
    ("officer", "allowed"),
    [
        (PETUGAS, {Permission.REGISTER, Permission.MOVE, Permission.REVEAL}),
        (
            SUPERVISOR,
            {
                Permission.REGISTER,
                Permission.MOVE,
                Permission.REVEAL,
                Permission.CANCEL,
                Permission.REPRINT,
                Permission.REPORTS,
                Permission.UNLOCK,
            },
        ),
        (ADMIN, set(Permission)),
    ],
)
def test_each_role_may_do_exactly_its_list(officer: Officer, allowed) -> None:
    for permission in Permission:
        assert officer.can(permission) is (permission in allowed), permission


def test_refusals_are_clear_and_in_indonesian() -> None:
    with pytest.raises(NotAllowed, match="Hanya supervisor atau admin yang dapat membatalkan"):
        PETUGAS.require(Permission.CANCEL)
    with pytest.raises(NotAllowed, match="Hanya admin yang dapat mengubah pengaturan"):
        SUPERVISOR.require(Permission.SETTINGS)
    ADMIN.require(Permission.SETTINGS)


def test_the_demo_officer_is_marked() -> None:
    assert DEMO_OFFICER.demo and DEMO_OFFICER.id is None


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", "0000", "1234", "9876"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(InvalidPin):
        check_new_pin(pin)


@pytest.mark.parametrize("pin", ["2580", "1357", "90210", "24681357"])
def test_good_pins_pass(pin: str) -> None:
    assert check_new_pin(pin) == pin


def test_pins_are_stored_as_salted_slow_hashes() -> None:
    first, second = hash_pin("2580"), hash_pin("2580")
    assert first != second  # salted
    assert "2580" not in first
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin("2580", first) and verify_pin("2580", second)
    assert not verify_pin("2581", first)
    assert not verify_pin("2580", "plain-text-pin")
