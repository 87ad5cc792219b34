"""⚙ Pengaturan → Kantor, also the first-run set-up: the office's identity and letterhead, its
logo, this PC's lane or counter, queue prefixes, how long personal data is kept, the language.

Saved to the settings file by ``services.setup.save_office`` and applied at once (a new language
rebuilds the window's screens). Nothing needs editing by hand.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Numbering, Office, SettingsError, Station
from kiosk.domain.errors import DomainError
from kiosk.domain.officers import Permission
from kiosk.services import Kiosk, StoreError
from kiosk.services.setup import import_logo, logo_candidates, save_office
from kiosk.ui.i18n import LANGUAGES, error_text
from kiosk.ui.metrics import touch_px
from kiosk.ui.session import Session
from kiosk.ui.widgets.choices import Segments
from kiosk.ui.widgets.field import FormField
from kiosk.ui.widgets.keyboard import TextKeyboard
from kiosk.ui.widgets.scrolling import finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property
from kiosk.ui.widgets.tiles import TileGrid

log = logging.getLogger(__name__)

NO_LOGO = ""
RETENTION_CHOICES = (90, 180, 365, 730, 1825)
# where a logo may come from besides the home folder: USB drives as Linux mounts them
REMOVABLE_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


def removable_folders() -> tuple[Path, ...]:
    """Mounted removable drives (two levels: /media/USER/DRIVE and /media/DRIVE)."""
    found: list[Path] = []
    for root in REMOVABLE_ROOTS:
        try:
            for child in root.iterdir():
                if child.is_dir():
                    found.append(child)
                    found += [g for g in child.iterdir() if g.is_dir()]
        except OSError:
            continue
    return tuple(found)


class OfficeSettingsPage(QWidget):
    """The office, this lane, numbering, retention and language (admin only).

    Signals:
        saved(object): the new :class:`~kiosk.config.Settings`, already applied.
    """

    saved = Signal(object)

    def __init__(self, kiosk: Kiosk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._session = session
        self._logos: dict[str, Path] = {}

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumHeight(touch_px(self))
        self.message = role_label("", "hint")
        self.message.hide()

        self.language = Segments(list(LANGUAGES.items()))
        self.government_field = FormField(self.tr("Pemerintah daerah (baris 1 kop surat)"))
        self.kecamatan_field = FormField(self.tr("Kecamatan (baris 2 kop surat)"))
        self.address_field = FormField(self.tr("Alamat kantor"))
        self.phone_field = FormField(self.tr("Telepon kantor (boleh kosong)"))
        self.lane_name_field = FormField(self.tr("Nama layanan"))
        self.station_field = FormField(self.tr("Nama jalur atau loket PC ini"))
        self.drive_thru_prefix_field = FormField(self.tr("Awalan nomor drive-thru"))
        self.loket_prefix_field = FormField(self.tr("Awalan nomor loket"))
        for field, length in (
            (self.government_field, 80),
            (self.kecamatan_field, 80),
            (self.address_field, 160),
            (self.phone_field, 30),
            (self.lane_name_field, 80),
            (self.station_field, 40),
            (self.drive_thru_prefix_field, 3),
            (self.loket_prefix_field, 3),
        ):
            field.line_edit.setMaxLength(length)
        self.retention = Segments(
            [(str(days), self.tr("%n hari", "", days)) for days in RETENTION_CHOICES]
        )
        self.logo_tiles = TileGrid(multi_select=False, columns=2, grow=True)
        self.keyboard = TextKeyboard()

        # left: everything to set, scrolled; right: the keyboard that types into the focused
        # field (a 10" panel has no room for both side by side with the choices)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 8, 0)  # in line with the tabs above; off the scroll bar
        column.setSpacing(touch_px(self, 2))
        column.addWidget(role_label(self.tr("Bahasa tampilan"), "card-title"))
        column.addWidget(self.language)
        column.addWidget(role_label(self.tr("Kantor (kop surat dan slip)"), "card-title"))
        for field in self.fields():
            column.addWidget(field)
        column.addWidget(role_label(self.tr("Lama data pribadi disimpan"), "card-title"))
        column.addWidget(self.retention)
        column.addWidget(role_label(self.tr("Logo kantor"), "card-title"))
        logo_hint = self.tr(
            "Gambar PNG atau JPEG di folder instalasi atau di flashdisk; dicetak pada "
            "kop tanda terima dan laporan."
        )
        column.addWidget(role_label(logo_hint, "hint"))
        column.addWidget(self.logo_tiles)
        column.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        self.scroll = finger_scroll_area(box)

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addStretch(0)
        top.addWidget(self.save_button)
        self.save_button.setMinimumWidth(touch_px(self, 40))
        body = QHBoxLayout()
        body.setSpacing(touch_px(self, 2))
        body.addWidget(self.scroll, 1)
        body.addWidget(self.keyboard, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._connect_signals()

    def fields(self) -> tuple[FormField, ...]:
        return (
            self.government_field,
            self.kecamatan_field,
            self.address_field,
            self.phone_field,
            self.lane_name_field,
            self.station_field,
            self.drive_thru_prefix_field,
            self.loket_prefix_field,
        )

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        for field in self.fields():
            field.focused.connect(lambda f=field: self.keyboard.set_target(f.line_edit))
            field.text_changed.connect(lambda _text, f=field: f.set_error(None))

    # --- loading and saving -------------------------------------------------------------------

    def load(self) -> None:
        """Show the current settings (or, to an officer who may not change them, why not)."""
        refusal = self._session.refusal(Permission.SETTINGS)
        for widget in (self.save_button, self.scroll, self.keyboard):
            widget.setVisible(not refusal)
        if refusal:
            self._show(refusal, "error")
            return
        settings = self._kiosk.settings
        office = settings.office
        self.language.set_value(settings.language)
        for field, value in (
            (self.government_field, office.government),
            (self.kecamatan_field, office.kecamatan),
            (self.address_field, office.address),
            (self.phone_field, office.phone),
            (self.lane_name_field, office.lane_name),
            (self.station_field, settings.station.name),
            (self.drive_thru_prefix_field, settings.numbering.drive_thru_prefix),
            (self.loket_prefix_field, settings.numbering.loket_prefix),
        ):
            field.set_text(value)
            field.line_edit.setCursorPosition(0)  # the start of a long line shows
            field.set_error(None)
        days = str(settings.privacy.retention_days)
        if days not in self.retention.buttons:  # a value set by hand stays a choice
            self.retention.add_choice(days, self.tr("%n hari", "", settings.privacy.retention_days))
        self.retention.set_value(days)
        self._load_logos()
        self.keyboard.set_target(self.government_field.line_edit)
        self._show("", "hint")

    def _load_logos(self) -> None:
        settings = self._kiosk.settings
        self._logos = {str(p): p for p in logo_candidates(settings, removable_folders())}
        items = [(NO_LOGO, self.tr("Tanpa logo"), "")]
        items += [(key, path.name, str(path.parent)) for key, path in self._logos.items()]
        self.logo_tiles.set_items(items)
        current = settings.logo_path
        self.logo_tiles.set_selected([str(current) if current else NO_LOGO])

    def save(self) -> None:
        settings = self._kiosk.settings
        chosen = (self.logo_tiles.selected_keys() or [NO_LOGO])[0]
        try:
            logo = import_logo(settings, self._logos[chosen]) if chosen else ""
            updated = replace(
                settings,
                language=self.language.value() or settings.language,
                office=Office(
                    government=self.government_field.text().strip(),
                    kecamatan=self.kecamatan_field.text().strip(),
                    address=self.address_field.text().strip(),
                    phone=self.phone_field.text().strip(),
                    lane_name=self.lane_name_field.text().strip(),
                    logo=logo,
                ),
                station=Station(name=self.station_field.text().strip()),
                numbering=Numbering(
                    by_service=settings.numbering.by_service,
                    drive_thru_prefix=self.drive_thru_prefix_field.text().strip().upper(),
                    loket_prefix=self.loket_prefix_field.text().strip().upper(),
                ),
                privacy=replace(settings.privacy, retention_days=int(self.retention.value())),
            )
            new = save_office(self._session.current(), settings, updated)
        except (SettingsError, DomainError, StoreError, OSError) as err:
            self._show(self.tr("Gagal menyimpan: %1").replace("%1", error_text(err)), "error")
            return
        self._kiosk.apply_settings(new)
        self._show(self.tr("Tersimpan. Pengaturan ini berlaku sekarang."), "success")
        self.saved.emit(new)

    def show_first_run(self) -> None:
        """The first admin is in: say what to check before the first car."""
        self._show(
            self.tr(
                "Penyiapan awal: periksa identitas kantor, nama jalur ini, logo dan lama "
                "penyimpanan data, lalu Simpan. Printer diatur di tab Printer."
            ),
            "hint",
        )

    def _show(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_style_property(self.message, "role", role)
        self.message.setVisible(bool(text))

