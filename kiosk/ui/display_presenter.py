"""What the public display shows, decided without Qt: which calls are new, and in what order.

The display polls :meth:`LaneService.display_snapshot` (the last calls of the day, by id). A call
id is the call order, but ids do not always commit in that order: two officers calling at once,
or a lower id committing a moment after a higher one (PostgreSQL hands out ids before commit).
So the presenter does not keep a high-water mark, which would skip such a call; it remembers the
ids it has shown and shows every id of the snapshot it has not, lowest first. A "Panggil Ulang"
is a new call id, so a car called again is shown (and announced) again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.services.lane import CallInfo, DisplaySnapshot

SNAPSHOT_CALLS = 20
"""How many of the latest calls each poll reads: far more than can happen between two polls."""
KEPT_CALLS = 4
"""Shown calls kept, per line of the screen."""


@dataclass(frozen=True)
class DisplayUpdate:
    """The outcome of one poll.

    ``shown`` are the calls shown for the first time by this poll, in call (id) order. On the
    first poll (``history``) they are the calls made before the display started: shown, but not
    announced.
    """

    shown: tuple[CallInfo, ...]
    history: bool
    current: CallInfo | None
    recent: tuple[CallInfo, ...]
    waiting: int

    @property
    def announced(self) -> tuple[CallInfo, ...]:
        """The calls to announce (chime, ``call_shown``): the new ones, unless history."""
        return () if self.history else self.shown


class DisplayPresenter:
    """Turns successive display snapshots into "what is on the screen now".

    ``snapshot`` is called once per :meth:`poll` (``LaneService.display_snapshot`` bound to a
    limit); :meth:`update` takes a snapshot directly, for tests and other sources.
    """

    def __init__(
        self,
        snapshot: Callable[[], DisplaySnapshot],
        *,
        recent_calls: int = 5,
    ) -> None:
        self._snapshot = snapshot
        self._recent_calls = max(1, recent_calls)
        self._seen: set[int] = set()
        # Shown calls, the last shown last: the current call and the list below it.
        self._shown: list[CallInfo] = []
        self._waiting = 0
        self._polled = False

    @property
    def polled(self) -> bool:
        """Whether the first poll (the one that shows history silently) has been done."""
        return self._polled

    @property
    def current(self) -> CallInfo | None:
        """The call shown last (large on the screen), if any."""
        return self._shown[-1] if self._shown else None

    @property
    def recent(self) -> tuple[CallInfo, ...]:
        """The calls shown before the current one, the latest first, one per queue number.

        A number called again ("Panggil Ulang") is listed once, at its latest call, and not at
        all while it is the current call.
        """
        listed = {self._shown[-1].number} if self._shown else set()
        recent: list[CallInfo] = []
        for call in reversed(self._shown[:-1]):
            if call.number not in listed and len(recent) < self._recent_calls:
                listed.add(call.number)
                recent.append(call)
        return tuple(recent)

    @property
    def waiting(self) -> int:
        return self._waiting

    def poll(self) -> DisplayUpdate:
        """Read a snapshot and apply it."""
        return self.update(self._snapshot())

    def update(self, snapshot: DisplaySnapshot) -> DisplayUpdate:
        """Apply one snapshot: show the calls not seen before, lowest id first."""
        history = not self._polled
        self._polled = True
        new = sorted(
            (call for call in snapshot.calls if call.call_id not in self._seen),
            key=lambda call: call.call_id,
        )
        self._seen.update(call.call_id for call in new)
        self._forget_older_than(snapshot)
        if not snapshot.calls:
            # No call today (yet): the night has turned the service day, clear the screen.
            self._shown.clear()
        self._shown.extend(new)
        # room for numbers called several times, which the list shows once
        del self._shown[: -KEPT_CALLS * (self._recent_calls + 1)]
        self._waiting = snapshot.waiting
        return DisplayUpdate(
            shown=tuple(new),
            history=history,
            current=self.current,
            recent=self.recent,
            waiting=self._waiting,
        )

    def _forget_older_than(self, snapshot: DisplaySnapshot) -> None:
        # Ids below the oldest of the snapshot cannot come back into it (it holds the latest
        # ids of the day), so forgetting them keeps a display running for months small.
        if snapshot.calls:
            oldest = min(call.call_id for call in snapshot.calls)
            self._seen = {call_id for call_id in self._seen if call_id >= oldest}
