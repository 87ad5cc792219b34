"""Officers, roles and what each role may do; PIN rules. Pure rules: no storage here.

Roles (UU 27/2022 PDP asks that only the right officer sees or changes a record):
petugas registers and moves visits; supervisor also cancels, reprints, sees reports and unlocks;
admin also manages officers, settings and the catalogue, and reads the audit log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
PIN_LENGTHS = range(4, 9)
DEMO_OFFICER_NAME = QT_TRANSLATE_NOOP("Messages", "Demo (tanpa login)")


class Role(StrEnum):
    PETUGAS = "petugas"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    def label(self) -> str:
        """The Indonesian word (the window translates it, context "Messages")."""
        return _ROLE_WORDS[self.value]


_ROLE_WORDS = {
    "petugas": QT_TRANSLATE_NOOP("Messages", "Petugas"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Messages", "Admin"),
}


class Permission(StrEnum):
    REGISTER = "register"
    MOVE = "move"
    REVEAL = "reveal"  # see a full NIK/phone on a record's detail (audited)
    CANCEL = "cancel"
    REPRINT = "reprint"
    REPORTS = "reports"
    UNLOCK = "unlock"  # unlock a locked officer; leave kiosk mode
    MANAGE_OFFICERS = "manage_officers"
    SETTINGS = "settings"
    CATALOGUE = "catalogue"
    AUDIT = "audit"  # read and export the audit log
    PURGE = "purge"
    BACKUP = "backup"


_PETUGAS = frozenset({Permission.REGISTER, Permission.MOVE, Permission.REVEAL})
_SUPERVISOR = _PETUGAS | {
    Permission.CANCEL,
    Permission.REPRINT,
    Permission.REPORTS,
    Permission.UNLOCK,
}
_ADMIN = _SUPERVISOR | {
    Permission.MANAGE_OFFICERS,
    Permission.SETTINGS,
    Permission.CATALOGUE,
    Permission.AUDIT,
    Permission.PURGE,
    Permission.BACKUP,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PETUGAS: _PETUGAS,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}

_REFUSALS = {
    Permission.CANCEL: QT_TRANSLATE_NOOP(
        "Messages", "Hanya supervisor atau admin yang dapat membatalkan permohonan."
    ),
    Permission.REPRINT: QT_TRANSLATE_NOOP(
        "Messages", "Hanya supervisor atau admin yang dapat mencetak ulang dokumen."
    ),
    Permission.REPORTS: QT_TRANSLATE_NOOP(
        "Messages", "Hanya supervisor atau admin yang dapat melihat laporan."
    ),
    Permission.UNLOCK: QT_TRANSLATE_NOOP(
        "Messages", "Hanya supervisor atau admin yang dapat membuka kunci."
    ),
    Permission.MANAGE_OFFICERS: QT_TRANSLATE_NOOP(
        "Messages", "Hanya admin yang dapat mengelola petugas."
    ),
    Permission.SETTINGS: QT_TRANSLATE_NOOP(
        "Messages", "Hanya admin yang dapat mengubah pengaturan."
    ),
    Permission.CATALOGUE: QT_TRANSLATE_NOOP(
        "Messages", "Hanya admin yang dapat mengubah katalog layanan."
    ),
    Permission.AUDIT: QT_TRANSLATE_NOOP("Messages", "Hanya admin yang dapat membuka log audit."),
    Permission.PURGE: QT_TRANSLATE_NOOP(
        "Messages", "Hanya admin yang dapat menghapus data pribadi lama."
    ),
    Permission.BACKUP: QT_TRANSLATE_NOOP(
        "Messages", "Hanya admin yang dapat membuat atau memulihkan cadangan."
    ),
}
_NOT_PERMITTED = QT_TRANSLATE_NOOP("Messages", "Peran Anda tidak mengizinkan tindakan ini.")


class NotAllowed(DomainError):
    """The officer's role does not allow the action."""


class LoginRefused(DomainError):
    """Wrong PIN, locked officer, or inactive officer (``locked``: a supervisor may unlock)."""

    def __init__(self, template: str, /, *, locked: bool = False, **params: object) -> None:
        super().__init__(template, **params)
        self.locked = locked


class InvalidPin(DomainError):
    """A new PIN that breaks the PIN rules."""


@dataclass(frozen=True)
class Officer:
    """Who acts: a real officer, or the built-in demo officer of ``kiosk demo``."""

    id: int | None
    name: str
    role: Role
    nip: str = ""
    demo: bool = False

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise :class:`NotAllowed` (Indonesian) unless the role allows ``permission``."""
        if not self.can(permission):
            raise NotAllowed(_REFUSALS.get(permission, _NOT_PERMITTED))

    @property
    def label(self) -> str:
        """Name as recorded in events and the audit log (the demo officer is marked)."""
        return self.name


DEMO_OFFICER = Officer(id=None, name=DEMO_OFFICER_NAME, role=Role.SUPERVISOR, demo=True)


def check_new_pin(pin: str) -> str:
    """A new PIN: 4 to 8 digits, not all the same digit, not a simple run (1234, 9876)."""
    if not pin.isdigit() or not pin.isascii() or len(pin) not in PIN_LENGTHS:
        raise InvalidPin(QT_TRANSLATE_NOOP("Messages", "PIN harus 4 sampai 8 angka."))
    if len(set(pin)) == 1:
        raise InvalidPin(
            QT_TRANSLATE_NOOP("Messages", "PIN tidak boleh berisi satu angka yang diulang.")
        )
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:], strict=False)}
    if steps in ({1}, {-1}):
        raise InvalidPin(
            QT_TRANSLATE_NOOP("Messages", "PIN tidak boleh berupa urutan angka (mis. 1234).")
        )
    return pin


# scrypt, a slow salted hash from the standard library (about 50 ms per check here)
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash``: never the PIN itself."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    salt_text, digest_text = (base64.b64encode(b).decode() for b in (salt, digest))
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt_text}${digest_text}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        pin.encode(),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)
