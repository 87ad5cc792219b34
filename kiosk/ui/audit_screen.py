"""The audit log viewer (admin): newest first, a page at a time, and its CSV export."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import format_short_date, to_local
from kiosk.domain.errors import DomainError
from kiosk.services import Kiosk
from kiosk.services.audit import AuditRow
from kiosk.ui.i18n import current_language, error_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.session import Session
from kiosk.ui.widgets.scrolling import enable_finger_scroll
from kiosk.ui.widgets.styling import role_label, set_style_property

log = logging.getLogger(__name__)

PAGE_SIZE = 50
EXPORT_FOLDER = "exports"


def export_path(kiosk: Kiosk) -> Path:
    """``HOME/exports/audit-YYYYMMDD-HHMMSS.csv`` (WIB), never an existing file."""
    folder = kiosk.settings.home / EXPORT_FOLDER
    stem = f"audit-{to_local(kiosk.lane.now()):%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.csv"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.csv"
        number += 1
    return path


class AuditPage(QWidget):
    """Who did what and when: time (WIB), officer ("demo" marked), action, subject, detail.

    Reading it needs the audit permission; the use case refuses others and the page shows why.
    """

    COLUMNS = 5

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._rows: list[AuditRow] = []

        self.message = role_label("", "hint")
        self.message.hide()
        self.more_button = QPushButton(self.tr("Lebih banyak"))
        self.more_button.setProperty("role", "secondary")
        self.export_button = QPushButton(self.tr("Ekspor CSV"))
        self.export_button.setProperty("role", "primary")
        for button in (self.more_button, self.export_button):
            button.setMinimumHeight(touch_px(self))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Waktu (WIB)"),
                self.tr("Petugas"),
                self.tr("Tindakan"),
                self.tr("Objek"),
                self.tr("Keterangan"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        enable_finger_scroll(self.table)

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addStretch(0)  # takes the room while the table is hidden (a refusal)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.export)

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        """The newest page of the log, or the refusal of the use case."""
        self._rows = []
        self.table.setRowCount(0)
        self._show(None, "hint")
        self.load_more()

    def load_more(self) -> None:
        """"Lebih banyak": the next older page."""
        try:
            rows = self._kiosk.audit.entries(
                self._session.current(), limit=PAGE_SIZE, offset=len(self._rows)
            )
        except DomainError as err:
            self._refused(error_text(err))
            return
        except Exception as err:  # a database failure must not close the lane window
            log.exception("audit log not read")
            self._show(self.tr("Gagal membaca log: %1").replace("%1", error_text(err)), "error")
            return
        self._allowed(True)
        start = len(self._rows)
        self._rows.extend(rows)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(rows, start):
            for column, text in enumerate(self._cells(row)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.more_button.setEnabled(len(rows) == PAGE_SIZE)
        if not self._rows:
            self._show(self.tr("Log audit masih kosong."), "hint")

    def rows(self) -> list[AuditRow]:
        """The entries shown, newest first (for the tests)."""
        return list(self._rows)

    def _cells(self, row: AuditRow) -> tuple[str, ...]:
        local = to_local(row.at)
        officer = row.officer + (" " + self.tr("(demo)") if row.demo else "")
        return (
            f"{format_short_date(local.date(), current_language())} {local:%H.%M.%S}",
            officer,
            self.action_text(row.action),
            row.subject,
            row.detail,
        )

    def action_text(self, action: str) -> str:
        """An action in words (an unknown one as stored)."""
        words = {
            "login": self.tr("Masuk"),
            "login_failed": self.tr("PIN salah"),
            "login_refused": self.tr("Masuk ditolak"),
            "logout": self.tr("Ganti petugas"),
            "lock": self.tr("Terkunci"),
            "unlock": self.tr("Buka kunci"),
            "officer_add": self.tr("Tambah petugas"),
            "officer_active": self.tr("Aktifkan petugas"),
            "officer_inactive": self.tr("Nonaktifkan petugas"),
            "register": self.tr("Pendaftaran"),
            "move": self.tr("Ubah status"),
            "call": self.tr("Panggil"),
            "print": self.tr("Cetak"),
            "reprint": self.tr("Cetak ulang"),
            "reveal_nik": self.tr("Lihat NIK/HP lengkap"),
            "export": self.tr("Ekspor"),
            "settings": self.tr("Ubah pengaturan"),
            "exit_kiosk": self.tr("Keluar mode kiosk"),
            "exit_kiosk_refused": self.tr("Keluar mode kiosk ditolak"),
        }
        return words.get(action, action)

    # --- exporting ----------------------------------------------------------------------------

    def export(self) -> None:
        """The whole log as CSV in the home's ``exports`` folder (the export is audited)."""
        path = export_path(self._kiosk)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            count = self._kiosk.audit.export_csv(self._session.current(), path)
        except DomainError as err:
            self._refused(error_text(err))
            return
        except Exception as err:  # a full disk must not close the lane window
            log.exception("audit export failed")
            self._show(self.tr("Ekspor gagal: %1").replace("%1", error_text(err)), "error")
            return
        self.load()  # the export is in the log now
        self._show(
            self.tr("%n baris diekspor ke %1", "", count).replace("%1", str(path)), "success"
        )

    # --- internals ----------------------------------------------------------------------------

    def _refused(self, text: str) -> None:
        self._rows = []
        self.table.setRowCount(0)
        self._allowed(False)
        self._show(text, "error")

    def _allowed(self, allowed: bool) -> None:
        self.table.setVisible(allowed)
        self.more_button.setVisible(allowed)
        self.export_button.setVisible(allowed)

    def _show(self, text: str | None, role: str) -> None:
        self.message.setText(text or "")
        set_style_property(self.message, "role", role)
        self.message.setVisible(bool(text))
