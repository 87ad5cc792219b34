"""Who works the lane now: the logged-in officer, and the idle lock that logs them out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from kiosk.domain.messages import QT_TRANSLATE_NOOP
from kiosk.domain.officers import NotAllowed, Officer, Permission
from kiosk.services import Kiosk
from kiosk.ui.i18n import error_text

log = logging.getLogger(__name__)

IDLE_LOCK_MINUTES = 5.0
"""Minutes without a touch or a key before the lane locks (a setting will replace it)."""

# What counts as the officer being there. Mouse moves count too: a touch screen sends none
# without a touch, and a mouse moved by hand means someone is at the desk.
_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
    }
)


class Session(QObject):
    """The officer the window acts as; every screen passes :meth:`current` to the use cases.

    A real officer's session locks after ``idle_lock_minutes`` without input anywhere in the
    application (an application-wide event filter restarts the timer). The demo officer of
    ``kiosk --demo`` never locks: there is nobody to log in again.

    Signals:
        changed(object): the officer changed: an :class:`Officer`, or None (logged out, locked).
        locked(): the session locked itself for lack of input (after ``changed(None)``).
    """

    changed = Signal(object)
    locked = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        *,
        idle_lock_minutes: float = IDLE_LOCK_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._officer: Officer | None = None
        self._idle_minutes = idle_lock_minutes
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)  # (tests read remainingTime)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_lock_minutes(idle_lock_minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- who ----------------------------------------------------------------------------------

    @property
    def officer(self) -> Officer | None:
        """The logged-in officer, or None while the login screen shows."""
        return self._officer

    def current(self) -> Officer:
        """The logged-in officer, for a use case; refused (Indonesian) when nobody is."""
        if self._officer is None:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "Messages", "Belum ada petugas yang masuk. Silakan masuk dengan PIN."
                )
            )
        return self._officer

    def refusal(self, permission: Permission) -> str:
        """What a use case would answer the current officer for ``permission``: its Indonesian
        refusal, or "" when allowed. Screens use it to say so before the officer starts; the use
        cases still check."""
        try:
            self.current().require(permission)
        except NotAllowed as err:
            return error_text(err)
        return ""

    def log_in(self, officer: Officer) -> None:
        """Act as ``officer`` from now on (the login screen checked the PIN)."""
        self._officer = officer
        if officer.demo:
            self.idle_timer.stop()
        else:
            self.idle_timer.start()
        self.changed.emit(officer)

    def log_out(self) -> None:
        """"Ganti Petugas": the officer leaves the lane to another one."""
        officer = self._officer
        if officer is None:
            return
        self._record(officer, "logout", "")
        self._end()

    def lock(self) -> None:
        """Lock for lack of input: the officer has to enter their PIN again."""
        officer = self._officer
        if officer is None or officer.demo:
            return
        self._record(officer, "lock", f"tidak aktif {self._idle_minutes:g} menit")
        self._end()
        self.locked.emit()

    # --- idle lock ----------------------------------------------------------------------------

    def idle_lock_minutes(self) -> float:
        return self._idle_minutes

    def set_idle_lock_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input (fractions allowed: the tests use a few ms)."""
        self._idle_minutes = minutes
        self.idle_timer.setInterval(max(1, round(minutes * 60_000)))
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()
        return False

    # --- internals ----------------------------------------------------------------------------

    def _end(self) -> None:
        self.idle_timer.stop()
        self._officer = None
        self.changed.emit(None)

    def _record(self, officer: Officer, action: str, detail: str) -> None:
        # The officer leaves whatever happens: a database failure must not keep the lane open.
        try:
            self._kiosk.audit.record(officer, action, officer.name, detail)
        except Exception:
            log.exception("audit %s of %s not recorded", action, officer.name)
