"""The audit log: who registered, changed, viewed in full, printed or exported what, and when.

Entries are only ever added by the use cases (inside the transaction of what they record); the
window offers no way to change or delete them. An admin reads and exports them.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import to_local, utc_now
from kiosk.domain.officers import Officer, Permission
from kiosk.store import write_transaction
from kiosk.store.models import AuditEntry, as_utc, utc_naive

Actor = Officer | str


def actor_fields(actor: Actor) -> dict:
    """Who, as the audit log and events store it. A plain name is a trusted caller (the
    command line, scripts, tests); the window always passes the logged-in :class:`Officer`."""
    if isinstance(actor, Officer):
        return {"officer": actor.id, "officer_name": actor.name, "demo": actor.demo}
    return {"officer": None, "officer_name": actor, "demo": False}


def actor_name(actor: Actor) -> str:
    return actor.name if isinstance(actor, Officer) else actor


def require(actor: Actor, permission: Permission) -> None:
    """Refuse (NotAllowed, Indonesian) unless the officer's role allows ``permission``."""
    if isinstance(actor, Officer):
        actor.require(permission)


def record(
    actor: Actor, action: str, subject: str = "", detail: str = "", *, at: datetime | None = None
) -> None:
    """Add one entry; call it inside the transaction of the action it records."""
    AuditEntry.create(
        at=utc_naive(at or utc_now()),
        action=action,
        subject=subject,
        detail=detail,
        **actor_fields(actor),
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    officer: str
    demo: bool
    action: str
    subject: str
    detail: str


class AuditService:
    """Reading and exporting the audit log (admin only)."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock

    def record(self, actor: Actor, action: str, subject: str = "", detail: str = "") -> None:
        """Record an action that has no transaction of its own (a login, a lock, a view)."""
        with write_transaction():
            record(actor, action, subject, detail, at=self._clock())

    def entries(self, actor: Actor, *, limit: int = 200, offset: int = 0) -> list[AuditRow]:
        """The newest entries first."""
        require(actor, Permission.AUDIT)
        query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
        return [_row(e) for e in query]

    def export_csv(self, actor: Actor, path: Path) -> int:
        """Write the whole log to ``path`` as CSV (times in WIB); the export is audited too."""
        require(actor, Permission.AUDIT)
        with write_transaction():
            record(actor, "export", "audit", str(path), at=self._clock())
        count = 0
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(["waktu_wib", "petugas", "demo", "tindakan", "objek", "keterangan"])
            for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
                row = _row(entry)
                writer.writerow(
                    [
                        f"{to_local(row.at):%Y-%m-%d %H:%M:%S}",
                        row.officer,
                        "ya" if row.demo else "",
                        row.action,
                        row.subject,
                        row.detail,
                    ]
                )
                count += 1
        return count


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        at=as_utc(entry.at),
        officer=entry.officer_name,
        demo=entry.demo,
        action=entry.action,
        subject=entry.subject,
        detail=entry.detail,
    )
