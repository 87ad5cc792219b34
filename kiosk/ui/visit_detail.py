"""A visit's details: each applicant's request with its own moves, side exits and receipt."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import format_long_date, format_long_datetime
from kiosk.domain.errors import DomainError
from kiosk.domain.flow import Move, allowed_moves
from kiosk.domain.officers import Permission
from kiosk.domain.visit import Channel, Status
from kiosk.services import Kiosk
from kiosk.services.lane import NEXT_STEP, RequestSummary, VisitSummary
from kiosk.services.print_jobs import PrintOutcome
from kiosk.ui.i18n import current_language, error_text, message_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.print_bridge import PrintBridge
from kiosk.ui.session import Session
from kiosk.ui.statuses import status_text, step_button_text
from kiosk.ui.survey_screen import survey_subject
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.fitting import TwoLineButton
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property
from kiosk.ui.widgets.tiles import TileGrid

log = logging.getLogger(__name__)

ACTION_COLUMNS = 3
# Moves that need the officer to choose something before they are made.
NEEDS_INPUT = frozenset({Status.INCOMPLETE, Status.CANCELLED, Status.FORWARDED})


class VisitDetailScreen(QWidget):
    """Details of one visit; every move here is one use-case call.

    Signals:
        closed(): back to the board.
        survey_requested(int): "Survei Kepuasan" for the resident of a visit handed over.
    """

    closed = Signal()
    survey_requested = Signal(int)

    def __init__(
        self, kiosk: Kiosk, session: Session, bridge: PrintBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._bridge = bridge
        self.visit: VisitSummary | None = None
        self._pending: tuple[int, Status] | None = None  # the move waiting for its input
        # per request: the applicant's label and its "Tampilkan" button (full NIK on demand)
        self._identity: dict[int, tuple[QLabel, QPushButton]] = {}

        self.back_button = QPushButton(self.tr("‹ Kembali ke Antrean"))
        self.back_button.setProperty("role", "secondary")
        self.back_button.setMinimumHeight(touch_px(self))
        self.survey_button = QPushButton(self.tr("Survei Kepuasan"))
        self.survey_button.setProperty("role", "success")
        self.survey_button.setMinimumHeight(touch_px(self))
        self.survey_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.survey_button.hide()
        self.title = role_label("", "heading")
        self.subtitle = role_label("", "hint")
        self.message = role_label("", "error")
        self.message.hide()

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        scroll = finger_scroll_area(self.cards_box)

        # the input a side exit needs: documents missing, a reason, or the pick-up date
        self.input_panel = QFrame()
        self.input_panel.setProperty("role", "card")
        self.input_title = role_label("", "card-title")
        self.input_tiles = TileGrid(multi_select=True, columns=2)
        self.input_note = role_label("", "hint")
        self.confirm_button = QPushButton(self.tr("Simpan"))
        self.confirm_button.setProperty("role", "primary")
        self.cancel_input_button = QPushButton(self.tr("Batal"))
        self.cancel_input_button.setProperty("role", "secondary")
        for button in (self.confirm_button, self.cancel_input_button):
            button.setMinimumHeight(touch_px(self))
            button.setMinimumWidth(touch_px(self, 35))
        input_buttons = QHBoxLayout()
        input_buttons.addStretch(1)
        input_buttons.addWidget(self.cancel_input_button)
        input_buttons.addWidget(self.confirm_button)
        input_layout = QVBoxLayout(self.input_panel)
        input_layout.addWidget(self.input_title)
        input_layout.addWidget(self.input_tiles, 1)
        input_layout.addWidget(self.input_note)
        input_layout.addLayout(input_buttons)
        self.input_panel.hide()

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(16)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.survey_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.input_panel, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.closed)
        self.survey_button.clicked.connect(self._on_survey)
        self.confirm_button.clicked.connect(self._confirm_input)
        self.cancel_input_button.clicked.connect(self._close_input)
        self._bridge.printed.connect(self._on_printed)

    # --- showing ------------------------------------------------------------------------------

    def open_visit(self, visit_id: int) -> None:
        """Show a visit freshly, from the board: no message left from before."""
        self._show_message(None, "error")
        self.show_visit(visit_id)

    def show_visit(self, visit_id: int) -> None:
        """Load and show a visit (again, after every move)."""
        self.visit = self._kiosk.lane.visit(visit_id)
        self._close_input()
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            if item.widget() is not None:
                dispose(item.widget())
        self._identity.clear()
        visit = self.visit
        self.survey_button.setVisible(visit is not None and survey_subject(visit) is not None)
        if visit is None:
            self.title.setText(self.tr("Kunjungan tidak ditemukan"))
            return
        where = visit.plate if visit.channel is Channel.DRIVE_THRU else self.tr("Loket")
        self.title.setText(f"{visit.number} · {where}")
        self.subtitle.setText(
            self.tr("Tiba %1 · %2 · dipanggil %3×")
            .replace("%1", format_long_datetime(visit.arrived_at, current_language()))
            .replace("%2", status_text(visit.status))
            .replace("%3", str(visit.calls))
        )
        for request in visit.requests:
            self.cards_layout.addWidget(self._card(request))
        self.cards_layout.addStretch(1)

    def _card(self, request: RequestSummary) -> QFrame:
        card = QFrame(self.cards_box)
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.addWidget(role_label(request.service_name, "card-title", parent=card), 0, 0, 1, 2)
        status = role_label(status_text(request.status), "board-status", parent=card)
        status.setProperty("status", request.status.value)
        grid.addWidget(status, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(role_label(self.tr("Pemohon"), "hint", parent=card), 1, 0)
        identity = role_label(self._masked_identity(request), "card-value", parent=card)
        identity.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        grid.addWidget(identity, 1, 1)
        reveal = QPushButton(self.tr("Tampilkan"), card)
        reveal.setToolTip(self.tr("Tampilkan NIK dan nomor HP lengkap (tercatat di log audit)"))
        reveal.setProperty("role", "secondary")
        reveal.setProperty("density", "compact")
        reveal.setProperty("target", "reveal")
        reveal.setMinimumHeight(touch_px(self))
        reveal.setCheckable(True)
        reveal.toggled.connect(
            lambda on, r=request: self._reveal(r) if on else self._hide_identity(r)
        )
        grid.addWidget(reveal, 1, 2, Qt.AlignmentFlag.AlignRight)
        self._identity[request.request_id] = (identity, reveal)
        row = 2
        if request.received:
            grid.addWidget(role_label(self.tr("Diterima"), "hint", parent=card), row, 0)
            grid.addWidget(
                role_label("; ".join(request.received), "card-value", parent=card), row, 1, 1, 2
            )
            row += 1
        if request.missing:
            grid.addWidget(role_label(self.tr("Belum lengkap"), "hint", parent=card), row, 0)
            grid.addWidget(
                role_label("; ".join(request.missing), "warning", parent=card), row, 1, 1, 2
            )
            row += 1
        if request.pickup_date:
            grid.addWidget(role_label(self.tr("Pengambilan"), "hint", parent=card), row, 0)
            pickup = format_long_date(request.pickup_date, current_language())
            grid.addWidget(role_label(pickup, "card-value", parent=card), row, 1)
            row += 1
        # parts made with their parent, a widget rather than a nested layout (see BoardRow)
        buttons_box = QWidget(card)
        buttons = QGridLayout(buttons_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        targets = sorted(allowed_moves(request.status), key=_button_order)
        # equal columns; a label too long for its column takes two lines
        for index, target in enumerate(targets):
            button = TwoLineButton(step_button_text(target), buttons_box)
            if target is Status.CANCELLED:
                button.setProperty("role", "danger")
            elif target is NEXT_STEP.get(request.status):
                button.setProperty("role", "primary")
            else:
                button.setProperty("role", "secondary")
            button.setProperty("target", target.value)
            button.setMinimumHeight(touch_px(self))
            button.clicked.connect(
                lambda _checked=False, r=request, t=target: self._start_move(r, t)
            )
            buttons.addWidget(button, index // ACTION_COLUMNS, index % ACTION_COLUMNS)
        if request.receipts:
            receipt = TwoLineButton(self.tr("Cetak Ulang Tanda Terima"), buttons_box)
        else:
            receipt = TwoLineButton(self.tr("Cetak Tanda Terima"), buttons_box)
        receipt.setProperty("role", "secondary")
        receipt.setProperty("target", "receipt")
        receipt.setMinimumHeight(touch_px(self))
        receipt.clicked.connect(lambda _checked=False, r=request: self._print_receipt(r))
        buttons.addWidget(receipt, len(targets) // ACTION_COLUMNS, len(targets) % ACTION_COLUMNS)
        for column in range(ACTION_COLUMNS):
            buttons.setColumnStretch(column, 1)
        grid.addWidget(buttons_box, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return card

    def buttons_for(self, request_id: int) -> dict[str, QPushButton]:
        """The move and receipt buttons of one request's card, keyed by target (for tests)."""
        assert self.visit is not None
        index = [r.request_id for r in self.visit.requests].index(request_id)
        card = self.cards_layout.itemAt(index).widget()
        return {b.property("target"): b for b in card.findChildren(QPushButton)}

    def identity_text(self, request_id: int) -> str:
        """The applicant line of a request's card, as shown (for the tests)."""
        return self._identity[request_id][0].text()

    # --- full NIK on demand -------------------------------------------------------------------

    def _masked_identity(self, request: RequestSummary) -> str:
        text = f"{request.name} · NIK {request.masked_nik}"
        if request.masked_phone:
            text += f" · HP {request.masked_phone}"
        return text

    def _reveal(self, request: RequestSummary) -> None:
        """ "Tampilkan": the full NIK and phone through the use case, which audits the view."""
        label, button = self._identity[request.request_id]
        try:
            revealed = self._kiosk.lane.reveal(self._session.current(), request.request_id)
        except DomainError as err:
            self._show_message(error_text(err), "error")
            revealed = None
        except Exception as err:  # a database failure must not close the lane window
            log.exception("reveal failed")
            self._show_message(self.tr("Gagal: %1").replace("%1", error_text(err)), "error")
            revealed = None
        if revealed is None:
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
            return
        text = f"{request.name} · NIK {revealed.nik}"
        label.setText(f"{text} · HP {revealed.phone}" if revealed.phone else text)
        button.setText(self.tr("Sembunyikan"))

    def _on_survey(self) -> None:
        if self.visit is not None:
            self.survey_requested.emit(self.visit.visit_id)

    def _hide_identity(self, request: RequestSummary) -> None:
        label, button = self._identity[request.request_id]
        label.setText(self._masked_identity(request))
        button.setText(self.tr("Tampilkan"))

    # --- moves --------------------------------------------------------------------------------

    def _start_move(self, request: RequestSummary, target: Status) -> None:
        if target not in NEEDS_INPUT:
            self._run(
                lambda: self._kiosk.flow.move(
                    request.request_id, Move(to=target), self._session.current()
                )
            )
            return
        if target is Status.CANCELLED:
            # Say so before the officer picks reasons; the use case refuses anyway.
            refusal = self._session.refusal(Permission.CANCEL)
            if refusal:
                self._show_message(refusal, "error")
                return
        self._pending = (request.request_id, target)
        if target is Status.INCOMPLETE:
            service = self._kiosk.catalogue.get(request.service_code)
            self.input_title.setText(self.tr("Berkas apa yang belum lengkap?"))
            self.input_tiles.set_items([(r, r, "") for r in service.requirements])
            self.input_tiles.set_selected(request.missing)
            self.input_tiles.show()
            self.input_note.setText(
                self.tr("Pemohon kembali ke loket atau pulang dengan daftar ini.")
            )
        elif target is Status.CANCELLED:
            self.input_title.setText(self.tr("Alasan pembatalan"))
            reasons = (
                self.tr("Atas permintaan pemohon"),
                self.tr("Salah memilih layanan"),
                self.tr("Berkas tidak sesuai"),
                self.tr("Data ganda"),
            )
            self.input_tiles.set_items([(r, r, "") for r in reasons])
            self.input_tiles.show()
            self.input_note.setText(self.tr("Pilih satu atau lebih alasan."))
        else:  # forwarded: the pick-up date counted in working days
            pickup = self._kiosk.flow.pickup_date(request.service_code)
            self.input_title.setText(self.tr("Teruskan berkas ke Disdukcapil"))
            self.input_tiles.hide()
            self.input_note.setText(
                self.tr("Tanggal pengambilan: %1 (hari kerja). Tanda terima dicetak.").replace(
                    "%1", format_long_date(pickup, current_language())
                )
            )
        self.input_panel.show()

    def _confirm_input(self) -> None:
        if self._pending is None:
            return
        request_id, target = self._pending
        chosen = tuple(self.input_tiles.selected_keys())
        if target is Status.INCOMPLETE:
            move = Move(to=target, missing=chosen)
        elif target is Status.CANCELLED:
            move = Move(to=target, note="; ".join(chosen))
        else:
            code = next(r.service_code for r in self.visit.requests if r.request_id == request_id)
            move = Move(to=target, pickup_date=self._kiosk.flow.pickup_date(code))
        self._run(lambda: self._kiosk.flow.move(request_id, move, self._session.current()))

    def _close_input(self) -> None:
        self._pending = None
        self.input_panel.hide()

    def _on_printed(self, outcome: PrintOutcome) -> None:
        """A receipt of the visit on screen printed, waits for the printer, or failed."""
        visit = self.visit
        if visit is None or outcome.kind != "receipt" or outcome.visit_id != visit.visit_id:
            return
        self.show_visit(self.visit.visit_id)
        self._show_outcomes((outcome,))

    def _show_outcomes(self, outcomes: tuple[PrintOutcome, ...]) -> None:
        failed = [p for p in outcomes if not p.ok]
        if failed and failed[0].waiting:
            text = self.tr("Tanda terima menunggu printer: %1").replace(
                "%1", message_text(failed[0].error)
            )
            self._show_message(text, "warning")
        elif failed:
            text = self.tr("Tanda terima belum tercetak: %1").replace(
                "%1", message_text(failed[0].error)
            )
            self._show_message(text, "error")
        elif outcomes:
            self._show_message(self.tr("Tanda terima dicetak."), "success")

    def _print_receipt(self, request: RequestSummary) -> None:
        def queue_and_print() -> None:
            job_id = self._kiosk.prints.queue_receipt(request.request_id, self._session.current())
            self._bridge.dispatch(job_id)  # the outcome arrives through the bridge

        self._run(queue_and_print)

    def _run(self, action) -> None:
        """Run one use case; a refusal stays on screen with the input, success reloads."""
        try:
            outcome = action()
        except DomainError as err:
            self._show_message(error_text(err), "error")
            return
        except Exception as err:  # a database failure must not close the lane window
            log.exception("detail action failed")
            self._show_message(self.tr("Gagal: %1").replace("%1", error_text(err)), "error")
            return
        assert self.visit is not None
        self.show_visit(self.visit.visit_id)
        self._show_message(None, "error")
        self._show_outcomes(tuple(getattr(outcome, "prints", ())))

    def _show_message(self, text: str | None, role: str) -> None:
        self.message.setText(text or "")
        set_style_property(self.message, "role", role)
        self.message.setVisible(bool(text))


_ORDER = (
    Status.WAITING,
    Status.IN_PROCESS,
    Status.READY,
    Status.HANDED_OVER,
    Status.FORWARDED,
    Status.INCOMPLETE,
    Status.NO_SHOW,
    Status.CANCELLED,
)


def _button_order(status: Status) -> int:
    return _ORDER.index(status)
