"""The display presenter: which calls are new, in what order, and which are only history."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.domain.visit import Channel
from kiosk.services.lane import CallInfo, DisplaySnapshot
from kiosk.ui.display_presenter import DisplayPresenter

AT = datetime(2021, 7, 27, 2, 5, tzinfo=UTC)


def call(call_id: int, number: str = "", station: str = "Jalur 1") -> CallInfo:
    return CallInfo(
        call_id=call_id,
        number=number or f"D-{call_id:03d}",
        masked_plate="B 12** *BC",
        station=station,
        channel=Channel.DRIVE_THRU,
        at=AT,
    )


def snapshot(*calls: CallInfo, waiting: int = 0) -> DisplaySnapshot:
    """As LaneService builds it: oldest first."""
    return DisplaySnapshot(calls=tuple(sorted(calls, key=lambda c: c.call_id)), waiting=waiting)


def ids(calls: tuple[CallInfo, ...]) -> list[int]:
    return [c.call_id for c in calls]


def started(*calls: CallInfo) -> DisplayPresenter:
    """A presenter whose first poll (history) saw ``calls``."""
    presenter = DisplayPresenter(lambda: snapshot(), recent_calls=3)
    presenter.update(snapshot(*calls))
    return presenter


def test_calls_found_at_start_are_history_shown_but_not_announced() -> None:
    presenter = DisplayPresenter(lambda: snapshot(call(1), call(2), waiting=4))
    assert not presenter.polled
    update = presenter.poll()
    assert presenter.polled
    assert update.history
    assert ids(update.shown) == [1, 2]
    assert update.announced == ()
    assert update.current == call(2)
    assert update.recent == (call(1),)
    assert update.waiting == 4


def test_an_empty_start_then_calls_are_announced() -> None:
    presenter = started()
    assert presenter.current is None and presenter.recent == ()
    update = presenter.update(snapshot(call(1)))
    assert not update.history
    assert ids(update.announced) == [1]
    assert update.current == call(1)


def test_new_calls_are_shown_in_id_order_whatever_the_snapshot_order() -> None:
    presenter = started(call(1))
    unordered = DisplaySnapshot(calls=(call(4), call(2), call(3), call(1)), waiting=0)
    update = presenter.update(unordered)
    assert ids(update.announced) == [2, 3, 4]
    assert update.current == call(4)
    assert ids(update.recent) == [3, 2, 1]


def test_a_lower_id_committed_after_a_higher_one_is_not_skipped() -> None:
    presenter = started(call(1))
    # two officers call at once; call 2 commits a moment after call 3
    first = presenter.update(snapshot(call(1), call(3)))
    assert ids(first.announced) == [3]
    later = presenter.update(snapshot(call(1), call(2), call(3)))
    assert ids(later.announced) == [2]
    assert later.current == call(2)  # shown last, so it is the one on screen now
    assert presenter.update(snapshot(call(1), call(2), call(3))).announced == ()


def test_nothing_is_shown_twice_as_the_window_of_calls_slides() -> None:
    presenter = started(call(1), call(2), call(3))
    assert ids(presenter.update(snapshot(call(2), call(3), call(4))).announced) == [4]
    assert ids(presenter.update(snapshot(call(3), call(4), call(5))).announced) == [5]
    assert presenter.update(snapshot(call(3), call(4), call(5))).announced == ()


def test_a_call_again_is_a_new_call_and_is_announced_again() -> None:
    presenter = started(call(1, "D-001"), call(2, "D-002"))
    update = presenter.update(snapshot(call(1, "D-001"), call(2, "D-002"), call(3, "D-001")))
    assert ids(update.announced) == [3]
    assert update.current.number == "D-001"
    # the list shows each other number once: not D-001 again while it is the current call
    assert [c.number for c in update.recent] == ["D-002"]


def test_the_list_shows_the_latest_call_of_each_number_at_most_n() -> None:
    presenter = started()
    calls = [call(1, "D-001"), call(2, "D-002"), call(3, "D-001"), call(4, "D-003"),
             call(5, "D-004"), call(6, "D-005")]
    presenter.update(snapshot(*calls))
    assert presenter.current.number == "D-005"
    assert [c.number for c in presenter.recent] == ["D-004", "D-003", "D-001"]
    assert presenter.recent[2].call_id == 3


def test_the_waiting_count_follows_each_snapshot() -> None:
    presenter = started()
    assert presenter.update(snapshot(waiting=7)).waiting == 7
    assert presenter.update(snapshot(call(1), waiting=6)).waiting == 6
    assert presenter.waiting == 6


def test_poll_reads_the_source_each_time() -> None:
    snapshots = iter([snapshot(), snapshot(call(1)), snapshot(call(1), call(2))])
    presenter = DisplayPresenter(lambda: next(snapshots))
    assert presenter.poll().history
    assert ids(presenter.poll().announced) == [1]
    assert ids(presenter.poll().announced) == [2]


def test_a_new_service_day_starts_with_an_empty_screen() -> None:
    presenter = started(call(1), call(2))
    update = presenter.update(snapshot(waiting=0))  # after midnight WIB: no call today yet
    assert update.current is None and update.recent == ()
    assert ids(presenter.update(snapshot(call(3))).announced) == [3]
    assert presenter.recent == ()
