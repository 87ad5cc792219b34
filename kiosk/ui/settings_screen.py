"""The settings screen: the office, printers (slips and receipts, paper, copies), officers, the
audit log."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import RECEIPT_PAPERS, SettingsError
from kiosk.domain.errors import DomainError
from kiosk.domain.officers import Permission
from kiosk.services import Kiosk
from kiosk.services.setup import OUTBOX, save_printing, system_printers
from kiosk.ui.audit_screen import AuditPage
from kiosk.ui.i18n import error_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.office_settings import OfficeSettingsPage
from kiosk.ui.officers_screen import OfficersPage
from kiosk.ui.session import Session
from kiosk.ui.widgets.choices import Counter, Segments
from kiosk.ui.widgets.fitting import ElidedButton
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property
from kiosk.ui.widgets.tiles import TileGrid

log = logging.getLogger(__name__)

SAME_AS_SLIP = ""


class PrinterSettingsPage(QWidget):
    """Printers the system knows, paper and copies; saved to the settings file (admin only)."""

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._settings = kiosk.settings

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setProperty("role", "primary")
        self.refresh_button = QPushButton(self.tr("Cari Printer Lagi"))
        self.refresh_button.setProperty("role", "secondary")
        for button in (self.save_button, self.refresh_button):
            button.setMinimumHeight(touch_px(self))
        self.message = role_label("", "hint")
        self.message.hide()

        self.slip_printers = TileGrid(multi_select=False, columns=3, grow=True)
        self.receipt_printers = TileGrid(multi_select=False, columns=3, grow=True)
        self.slip_paper = Segments([("80", "80 mm"), ("58", "58 mm")])
        self.receipt_paper = Segments([(p, p if p == "A4" else f"{p} mm") for p in RECEIPT_PAPERS])
        self.slip_copies = Counter(1, 5)
        self.receipt_copies = Counter(1, 5)

        form = QGridLayout()
        form.setVerticalSpacing(12)
        form.addWidget(role_label(self.tr("Printer slip antrean"), "card-title"), 0, 0, 1, 2)
        form.addWidget(self.slip_printers, 1, 0, 1, 2)
        form.addWidget(role_label(self.tr("Kertas slip"), "hint"), 2, 0)
        form.addWidget(self.slip_paper, 2, 1)
        form.addWidget(role_label(self.tr("Salinan slip"), "hint"), 3, 0)
        form.addWidget(self.slip_copies, 3, 1)
        form.addWidget(role_label(self.tr("Printer tanda terima"), "card-title"), 4, 0, 1, 2)
        form.addWidget(self.receipt_printers, 5, 0, 1, 2)
        form.addWidget(role_label(self.tr("Kertas tanda terima"), "hint"), 6, 0)
        form.addWidget(self.receipt_paper, 6, 1)
        form.addWidget(role_label(self.tr("Salinan tanda terima"), "hint"), 7, 0)
        form.addWidget(self.receipt_copies, 7, 1)
        form.setColumnStretch(1, 1)
        box = QWidget()
        box.setLayout(form)
        self.scroll = finger_scroll_area(box)

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)  # takes the room while the form is hidden (a refusal)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.refresh_button.clicked.connect(self.load)

    def _printer_items(self, names: list[str]) -> list[tuple[str, str, str]]:
        items = [(OUTBOX, self.tr("Folder PDF (outbox)"), str(self._settings.outbox))]
        for name in names:
            kind, _, printer = name.partition(":")
            items.append((name, printer, self.tr("Printer sistem (%1)").replace("%1", kind)))
        return items

    def load(self) -> None:
        """Ask the system for its printers and show the current settings.

        An officer whose role may not change settings sees the refusal instead; the use case
        refuses the save anyway.
        """
        refusal = self._session.refusal(Permission.SETTINGS)
        self.save_button.setEnabled(not refusal)
        for widget in (self.save_button, self.refresh_button, self.scroll):
            widget.setVisible(not refusal)
        if refusal:
            self._show(refusal, "error")
            return
        printing = self._settings.printing
        names = system_printers()
        for current in (printing.printer, printing.receipt_printer):
            if current and current != OUTBOX and current not in names:
                names.append(current)  # keep showing a configured printer that is gone
        items = self._printer_items(names)
        self.slip_printers.set_items(items)
        self.slip_printers.set_selected([printing.printer])
        same = [(SAME_AS_SLIP, self.tr("Sama dengan printer slip"), "")]
        self.receipt_printers.set_items(same + items)
        self.receipt_printers.set_selected([printing.receipt_printer or SAME_AS_SLIP])
        self.slip_paper.set_value(str(printing.paper_width_mm))
        self.receipt_paper.set_value(printing.receipt_paper)
        self.slip_copies.set_value(printing.slip_copies)
        self.receipt_copies.set_value(printing.receipt_copies)
        self._show(
            self.tr("%n printer ditemukan di sistem.", "", len(names)) if names
            else self.tr("Tidak ada printer sistem; dokumen disimpan sebagai PDF di folder."),
            "hint",
        )

    def save(self) -> None:
        slip = (self.slip_printers.selected_keys() or [OUTBOX])[0]
        receipt = (self.receipt_printers.selected_keys() or [SAME_AS_SLIP])[0]
        printing = replace(
            self._settings.printing,
            printer=slip,
            receipt_printer="" if receipt == slip else receipt,
            paper_width_mm=int(self.slip_paper.value()),
            receipt_paper=self.receipt_paper.value(),
            slip_copies=self.slip_copies.value(),
            receipt_copies=self.receipt_copies.value(),
        )
        try:
            self._settings = save_printing(
                self._session.current(), self._settings, printing, self._kiosk.prints
            )
        except (SettingsError, DomainError, OSError) as err:
            self._show(self.tr("Gagal menyimpan: %1").replace("%1", error_text(err)), "error")
            return
        self._kiosk.print_queue.check_now()
        self._show(self.tr("Tersimpan. Dokumen berikutnya memakai pengaturan ini."), "success")

    def _show(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_style_property(self.message, "role", role)
        self.message.setVisible(bool(text))


class SettingsScreen(QWidget):
    """"⚙ Pengaturan": tabs "Kantor", "Printer", "Petugas" and "Log Audit" over their pages.

    Every officer may open it; each page tells an officer whose role may not use it so, and
    the use cases refuse anyway.

    Signals:
        closed(): back to the board.
        office_saved(object): the office page saved (and applied) new settings.
    """

    closed = Signal()
    office_saved = Signal(object)

    OFFICE = "office"
    PRINTER = "printer"
    OFFICERS = "officers"
    AUDIT = "audit"

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the top row stays one row (the pages below need their height): where it is short of
        # room the way back shortens its words with "…" rather than the tabs wrapping
        self.back_button = ElidedButton(self.tr("‹ Kembali ke Antrean"))
        self.back_button.setProperty("role", "secondary")
        self.back_button.setMinimumSize(touch_px(self, 35), touch_px(self))
        self.tabs = Segments(
            [
                (self.OFFICE, self.tr("Kantor")),
                (self.PRINTER, self.tr("Printer")),
                (self.OFFICERS, self.tr("Petugas")),
                (self.AUDIT, self.tr("Log Audit")),
            ]
        )
        self.tabs.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.office_page = OfficeSettingsPage(kiosk, session)
        self.printer_page = PrinterSettingsPage(kiosk, session)
        self.officers_page = OfficersPage(kiosk, session)
        self.audit_page = AuditPage(kiosk, session)
        self._pages: dict[str, QWidget] = {
            self.OFFICE: self.office_page,
            self.PRINTER: self.printer_page,
            self.OFFICERS: self.officers_page,
            self.AUDIT: self.audit_page,
        }
        self.stack = QStackedWidget()
        for page in self._pages.values():
            self.stack.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(16)
        top.addWidget(role_label(self.tr("Pengaturan"), "heading"))
        top.addSpacing(16)
        top.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.closed)
        self.tabs.chosen.connect(self.show_tab)
        self.office_page.saved.connect(self.office_saved)

    def load(self, tab: str = OFFICE) -> None:
        """Open on ``tab`` (the office by default), freshly loaded."""
        self.show_tab(tab)

    def show_tab(self, tab: str) -> None:
        self.tabs.set_value(tab)
        page = self._pages[tab]
        page.load()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(page)

    def current_tab(self) -> str:
        return self.tabs.value()
