"""Officers: adding them, PIN login with lockout, unlocking. Every step is audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kiosk.domain.clock import utc_now
from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.domain.officers import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    LoginRefused,
    NotAllowed,
    Officer,
    Permission,
    Role,
    check_new_pin,
    hash_pin,
    verify_pin,
)
from kiosk.domain.visit import OFFICER, check_name
from kiosk.services.audit import Actor, record, require
from kiosk.store import write_transaction
from kiosk.store.models import OfficerAccount, as_utc, utc_naive


def _officer(account: OfficerAccount) -> Officer:
    return Officer(id=account.id, name=account.name, role=Role(account.role), nip=account.nip)


class OfficerService:
    """The use cases of the login screen and of officer management."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock

    def has_officers(self) -> bool:
        """Whether anyone can log in (the first run creates the first admin)."""
        return OfficerAccount.select().where(OfficerAccount.active == True).exists()  # noqa: E712

    def active(self) -> list[Officer]:
        """Officers who may log in, by name (for the login screen's tiles)."""
        query = (
            OfficerAccount.select()
            .where(OfficerAccount.active == True)  # noqa: E712
            .order_by(OfficerAccount.name)
        )
        return [_officer(a) for a in query]

    def all(self, actor: Actor) -> list[tuple[Officer, bool]]:
        """Every officer with whether they are active (officer management: admins only)."""
        require(actor, Permission.MANAGE_OFFICERS)
        query = OfficerAccount.select().order_by(OfficerAccount.active.desc(), OfficerAccount.name)
        return [(_officer(a), a.active) for a in query]

    def add(self, actor: Actor | None, name: str, pin: str, role: Role, nip: str = "") -> Officer:
        """Add an officer. An admin does it; with no officer yet, the first one (an admin) is
        created without a login (the first-run screen, or ``kiosk officer add``)."""
        name = check_name(name, OFFICER)
        check_new_pin(pin)
        with write_transaction():
            first = not OfficerAccount.select().exists()
            if first:
                if role is not Role.ADMIN:
                    raise NotAllowed(QT_TRANSLATE_NOOP("Messages", "Petugas pertama harus admin."))
            elif actor is None:
                raise NotAllowed(
                    QT_TRANSLATE_NOOP("Messages", "Hanya admin yang dapat menambah petugas.")
                )
            else:
                require(actor, Permission.MANAGE_OFFICERS)
            if OfficerAccount.select().where(OfficerAccount.name == name).exists():
                raise NotAllowed(
                    QT_TRANSLATE_NOOP("Messages", "Petugas bernama {name} sudah ada."), name=name
                )
            account = OfficerAccount.create(
                name=name,
                nip=nip.strip(),
                role=role.value,
                pin_hash=hash_pin(pin),
                created_at=utc_naive(self._clock()),
            )
            officer = _officer(account)
            record(actor or officer, "officer_add", name, f"peran {role.value}", at=self._clock())
        return officer

    def login(self, officer_id: int, pin: str) -> Officer:
        """The officer, if the PIN is right; five wrong PINs lock them for five minutes.

        Refusals are committed before they are raised: the failed attempt, the lock and their
        audit entries stay recorded.
        """
        now = self._clock()
        with write_transaction():
            account = OfficerAccount.get_or_none(OfficerAccount.id == officer_id)
            if account is None or not account.active:
                refusal = Message(QT_TRANSLATE_NOOP("Messages", "Petugas tidak aktif."))
            else:
                refusal = self._attempt(account, pin, now)
        if refusal:
            locked = bool(
                account is not None
                and account.locked_until
                and as_utc(account.locked_until) > now
            )
            raise LoginRefused(refusal, locked=locked)
        return _officer(account)

    def _attempt(self, account: OfficerAccount, pin: str, now: datetime) -> Message | None:
        """Why the login is refused, or None when the PIN is right."""
        officer = _officer(account)
        if account.locked_until and as_utc(account.locked_until) > now:
            record(officer, "login_refused", officer.name, "terkunci", at=now)
            return Message(
                QT_TRANSLATE_NOOP("Messages", "{name} terkunci sampai {time}. Hubungi supervisor."),
                name=officer.name,
                time=as_utc(account.locked_until),
            )
        if verify_pin(pin, account.pin_hash):
            account.failed_logins = 0
            account.locked_until = None
            account.save()
            record(officer, "login", officer.name, at=now)
            return None
        account.failed_logins += 1
        left = MAX_FAILED_LOGINS - account.failed_logins
        if left > 0:
            account.save()
            record(officer, "login_failed", officer.name, f"sisa {left} percobaan", at=now)
            return Message(
                QT_TRANSLATE_NOOP("Messages", "PIN salah. Sisa {left} percobaan."), left=left
            )
        account.locked_until = utc_naive(now + LOCKOUT)
        account.failed_logins = 0
        account.save()
        record(officer, "login_failed", officer.name, "percobaan ke-5", at=now)
        record(officer, "lock", officer.name, "PIN salah 5 kali: terkunci 5 menit", at=now)
        return Message(
            QT_TRANSLATE_NOOP("Messages", "PIN salah 5 kali: {name} terkunci sampai {time}."),
            name=officer.name,
            time=now + LOCKOUT,
        )

    def unlock(self, actor: Actor, officer_id: int) -> None:
        """A supervisor lifts a lockout."""
        require(actor, Permission.UNLOCK)
        with write_transaction():
            account = OfficerAccount.get_by_id(officer_id)
            account.failed_logins = 0
            account.locked_until = None
            account.save()
            record(actor, "unlock", account.name, at=self._clock())

    def set_active(self, actor: Actor, officer_id: int, active: bool) -> None:
        require(actor, Permission.MANAGE_OFFICERS)
        with write_transaction():
            account = OfficerAccount.get_by_id(officer_id)
            if not active and account.role == Role.ADMIN.value:
                admins = OfficerAccount.select().where(
                    (OfficerAccount.role == Role.ADMIN.value) & (OfficerAccount.active == True)  # noqa: E712
                )
                if admins.count() <= 1:
                    raise NotAllowed(
                        QT_TRANSLATE_NOOP("Messages", "Admin terakhir tidak dapat dinonaktifkan.")
                    )
            account.active = active
            account.save()
            record(
                actor,
                "officer_active" if active else "officer_inactive",
                account.name,
                at=self._clock(),
            )

    def check_pin(self, officer: Officer, pin: str) -> bool:
        """Whether ``pin`` is this officer's (a supervisor's PIN to leave kiosk mode, say)."""
        account = OfficerAccount.get_or_none(OfficerAccount.id == officer.id)
        return bool(account and account.active and verify_pin(pin, account.pin_hash))
