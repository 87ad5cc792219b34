"""How a request moves: waiting -> in process -> ready (called) -> handed over, and side exits.

A pure rule: :func:`check_move` says whether a move is allowed and what it needs (a reason to
cancel, the missing documents for "incomplete", a pick-up date for "forwarded", enough calls for
"no-show"), and refuses anything else with an Indonesian message for the officer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.errors import DomainError
from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.domain.visit import Status

ACTIVE = frozenset({Status.WAITING, Status.IN_PROCESS, Status.READY})
FINISHED = frozenset({Status.HANDED_OVER, Status.CANCELLED})

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.WAITING: frozenset({Status.IN_PROCESS, Status.INCOMPLETE, Status.CANCELLED}),
    Status.IN_PROCESS: frozenset(
        {Status.READY, Status.INCOMPLETE, Status.FORWARDED, Status.CANCELLED}
    ),
    Status.READY: frozenset({Status.HANDED_OVER, Status.NO_SHOW, Status.CANCELLED}),
    # the resident comes back with what was missing: the request queues again
    Status.INCOMPLETE: frozenset({Status.WAITING, Status.CANCELLED}),
    # the document came back from Disdukcapil: ready to be collected
    Status.FORWARDED: frozenset({Status.READY, Status.CANCELLED}),
    # the resident turns up after all
    Status.NO_SHOW: frozenset({Status.READY, Status.CANCELLED}),
    Status.HANDED_OVER: frozenset(),
    Status.CANCELLED: frozenset(),
}

DEFAULT_NO_SHOW_AFTER_CALLS = 3


class IllegalMove(DomainError):
    """A move the flow does not allow, or one missing what it needs."""


@dataclass(frozen=True)
class Move:
    """A requested move of one request, with what some moves need."""

    to: Status
    note: str = ""
    missing: tuple[str, ...] = ()
    pickup_date: date | None = None


def allowed_moves(current: Status) -> frozenset[Status]:
    """The statuses a request in ``current`` may move to."""
    return ALLOWED[current]


def check_move(
    current: Status,
    move: Move,
    *,
    calls: int = 0,
    no_show_after_calls: int = DEFAULT_NO_SHOW_AFTER_CALLS,
    today: date | None = None,
) -> None:
    """Raise :class:`IllegalMove` unless ``move`` is allowed from ``current``."""
    if move.to not in ALLOWED[current]:
        if current in FINISHED:
            raise IllegalMove(
                QT_TRANSLATE_NOOP(
                    "Messages", "Permohonan sudah {status}; statusnya tidak dapat diubah lagi."
                ),
                status=current,
            )
        raise IllegalMove(
            QT_TRANSLATE_NOOP(
                "Messages", "Tidak dapat mengubah status dari {current} ke {target}."
            ),
            current=current,
            target=move.to,
        )
    if move.to is Status.CANCELLED and not move.note.strip():
        raise IllegalMove(QT_TRANSLATE_NOOP("Messages", "Alasan pembatalan wajib diisi."))
    if move.to is Status.INCOMPLETE and not move.missing:
        raise IllegalMove(QT_TRANSLATE_NOOP("Messages", "Pilih berkas yang belum lengkap."))
    if move.to is Status.FORWARDED:
        if move.pickup_date is None:
            raise IllegalMove(
                QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal pengambilan wajib diisi untuk berkas yang diteruskan."
                )
            )
        if today is not None and move.pickup_date < today:
            raise IllegalMove(
                QT_TRANSLATE_NOOP("Messages", "Tanggal pengambilan tidak boleh sebelum hari ini.")
            )
    if move.to is Status.NO_SHOW and calls < no_show_after_calls:
        raise IllegalMove(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Pemohon baru dipanggil {calls} kali; tandai tidak hadir setelah "
                "{needed} kali panggilan.",
            ),
            calls=calls,
            needed=no_show_after_calls,
        )
