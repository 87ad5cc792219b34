"""The pages of the intake wizard. Each shows part of the presenter's state and edits it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.visit import Channel
from kiosk.ui.i18n import current_language, message_text
from kiosk.ui.intake.presenter import IntakePresenter
from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.field import FormField
from kiosk.ui.widgets.keyboard import TextKeyboard
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.scrolling import enable_finger_scroll, finger_scroll_area
from kiosk.ui.widgets.styling import role_label, set_style_property
from kiosk.ui.widgets.tiles import TileGrid

NIK_LENGTH = 16


class ServicePage(QWidget):
    """Step 1: the service, as big tiles; a tap chooses and moves on.

    Signals:
        chosen(str): a service code was tapped.
    """

    chosen = Signal(str)

    def __init__(self, presenter: IntakePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.heading = role_label(self.tr("Pilih layanan"), "heading")
        self.tiles = TileGrid(multi_select=False, columns=3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tiles, 1)
        self.tiles.activated.connect(self.chosen)

    def load(self) -> None:
        """Show the services of the presenter's channel, the current one selected."""
        services = self._presenter.services()
        language = current_language()
        self.tiles.set_items(
            [
                (s.code, s.name(language), self.tr("Target %n menit", "", s.target_minutes))
                for s in services
            ]
        )
        current = self._presenter.state.current.service_code
        self.tiles.set_selected([current] if current else [])
        if self._presenter.is_first_applicant:
            self.heading.setText(self.tr("Pilih layanan"))
        else:
            count = len(self._presenter.requests()) + 1
            self.heading.setText(
                self.tr("Pilih layanan untuk pemohon ke-%1").replace("%1", str(count))
            )


class ApplicantPage(QWidget):
    """Step 2: NIK, name, phone and (drive-thru) plate, with the on-screen keypad and keyboard.

    Signals:
        known_applicant_filled(): name and phone were filled in from the NIK's last visit.
    """

    known_applicant_filled = Signal()

    def __init__(self, presenter: IntakePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.heading = role_label(self.tr("Data pemohon"), "heading")
        self.service_label = role_label("", "hint")

        self.nik_field = FormField(self.tr("NIK (16 digit)"))
        self.nik_field.line_edit.setMaxLength(NIK_LENGTH + 6)  # room for typed spaces and dots
        self.nik_field.line_edit.setValidator(
            QRegularExpressionValidator(r"[0-9 .\-]*", self.nik_field.line_edit)
        )
        self.nik_field.line_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.name_field = FormField(self.tr("Nama lengkap (sesuai KTP)"))
        self.name_field.line_edit.setMaxLength(100)
        self.phone_field = FormField(self.tr("Nomor HP/WA (boleh kosong)"))
        self.phone_field.line_edit.setMaxLength(20)
        self.phone_field.line_edit.setValidator(
            QRegularExpressionValidator(r"[0-9 +().\-]*", self.phone_field.line_edit)
        )
        self.plate_field = FormField(self.tr("Plat nomor kendaraan"))
        self.plate_field.line_edit.setMaxLength(12)
        self.known_label = role_label("", "success")
        self.known_label.hide()

        self.keypad = NumericKeypad()
        self.keyboard = TextKeyboard()
        self.input_panel = QStackedWidget()
        self.input_panel.addWidget(self.keypad)
        self.input_panel.addWidget(self.keyboard)

        fields = QVBoxLayout()
        fields.setContentsMargins(0, 0, 8, 0)  # in line with the heading; off the scroll bar
        fields.setSpacing(touch_px(self, 2))
        fields.addWidget(self.nik_field)
        fields.addWidget(self.known_label)
        fields.addWidget(self.name_field)
        fields.addWidget(self.phone_field)
        fields.addWidget(self.plate_field)
        fields.addStretch(1)
        fields_box = QWidget()
        fields_box.setLayout(fields)
        self.scroll = finger_scroll_area(fields_box)

        # the heading over the fields and the keys alike: its words keep their room when the
        # keys need more (a longer language's key labels widen the keyboard)
        body = QHBoxLayout()
        body.setSpacing(touch_px(self, 5))
        body.addWidget(self.scroll, 4)
        body.addWidget(self.input_panel, 5, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(touch_px(self, 2))
        layout.addWidget(self.heading)
        layout.addWidget(self.service_label)
        layout.addLayout(body, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        # the on-screen keys follow the focused field: digits for NIK and phone, letters otherwise
        self.nik_field.focused.connect(lambda: self._edit_with(self.nik_field, self.keypad))
        self.phone_field.focused.connect(lambda: self._edit_with(self.phone_field, self.keypad))
        self.name_field.focused.connect(lambda: self._edit_with(self.name_field, self.keyboard))
        self.plate_field.focused.connect(lambda: self._edit_with(self.plate_field, self.keyboard))
        # a NIK seen before fills in name and phone
        self.nik_field.text_changed.connect(self._on_nik_changed)
        # an error goes away as soon as its field is edited
        for field in self.fields():
            field.text_changed.connect(lambda _text, f=field: f.set_error(None))

    def fields(self) -> tuple[FormField, ...]:
        return (self.nik_field, self.name_field, self.phone_field, self.plate_field)

    def _edit_with(self, field: FormField, keys: NumericKeypad | TextKeyboard) -> None:
        self.keypad.set_target(field.line_edit if keys is self.keypad else None)
        self.keyboard.set_target(field.line_edit if keys is self.keyboard else None)
        self.input_panel.setCurrentWidget(keys)

    def _on_nik_changed(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        self.known_label.hide()
        if len(digits) != NIK_LENGTH:
            return
        known = self._presenter.known_applicant(digits)
        if known is None:
            return
        filled = False
        if not self.name_field.text().strip():
            self.name_field.set_text(known.name)
            filled = True
        if not self.phone_field.text().strip() and known.phone_display:
            self.phone_field.set_text(known.phone_display)
            filled = True
        if filled:
            self.known_label.setText(
                self.tr("Pemohon pernah datang: nama dan nomor HP diisi dari kunjungan terakhir.")
            )
            self.known_label.show()
            self.known_applicant_filled.emit()
            if self.name_field.text():
                self._focus(self.phone_field if not self.phone_field.text() else self.name_field)

    def load(self) -> None:
        """Show the presenter's current applicant (nothing typed is lost between pages)."""
        presenter = self._presenter
        current = presenter.state.current
        self.service_label.setText(
            presenter.service(current.service_code).name(current_language())
        )
        self.nik_field.set_text(current.nik)
        self.name_field.set_text(current.name)
        self.phone_field.set_text(current.phone)
        self.plate_field.set_text(presenter.state.plate)
        drive_thru = presenter.channel is Channel.DRIVE_THRU
        self.plate_field.setVisible(drive_thru and presenter.is_first_applicant)
        self.known_label.hide()
        for field in self.fields():
            field.set_error(None)
            field.set_warning(None)
        self._focus(self.nik_field)

    def _focus(self, field: FormField) -> None:
        field.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(field)
        self._edit_with(
            field, self.keypad if field in (self.nik_field, self.phone_field) else self.keyboard
        )

    def store(self) -> None:
        """Write what is typed into the presenter."""
        plate = self.plate_field.text() if self.plate_field.isVisibleTo(self) else None
        self._presenter.set_applicant(
            nik=self.nik_field.text(),
            name=self.name_field.text(),
            phone=self.phone_field.text(),
            plate=plate,
        )

    def check(self) -> bool:
        """Store, check through the use case, and show each error next to its field."""
        self.store()
        result = self._presenter.check_applicant()
        by_key = {
            "nik": self.nik_field,
            "name": self.name_field,
            "phone": self.phone_field,
            "plate": self.plate_field,
        }
        for key, field in by_key.items():
            error = result.errors.get(key)
            field.set_error(message_text(error) if error else None)
        self.nik_field.set_warning(" ".join(map(message_text, result.warnings)) or None)
        for key, field in by_key.items():
            if key in result.errors:
                self._focus(field)
                break
        return result.ok


class RequirementsPage(QWidget):
    """Step 3: the requirements checklist; what is not ticked is recorded as missing."""

    def __init__(self, presenter: IntakePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.heading = role_label(self.tr("Persyaratan yang diterima"), "heading")
        self.hint = role_label(self.tr("Ketuk setiap berkas yang sudah diterima."), "hint")
        self.tiles = TileGrid(multi_select=True, columns=2)
        self.all_button = QPushButton(self.tr("Semua Lengkap"))
        self.all_button.setProperty("role", "secondary")
        self.all_button.setMinimumHeight(touch_px(self))
        self.status_label = role_label("", "warning")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tiles, 1)
        layout.addWidget(self.status_label)
        self.all_button.clicked.connect(self._select_all)
        self.tiles.selection_changed.connect(self._on_selection)

    def load(self) -> None:
        requirements = self._presenter.requirements()
        self.tiles.set_items([(r, r, "") for r in requirements])
        self.tiles.set_selected(self._presenter.state.current.received)
        self._update_status()

    def _select_all(self) -> None:
        self.tiles.set_selected(self.tiles.keys())

    def _on_selection(self, keys: list) -> None:
        self._presenter.set_received(keys)
        self._update_status()

    def _update_status(self) -> None:
        missing = self._presenter.missing()
        if missing:
            set_style_property(self.status_label, "role", "warning")
            self.status_label.setText(
                self.tr(
                    "Berkas belum lengkap: %n kurang. Tetap bisa dilanjutkan.", "", len(missing)
                )
            )
        else:
            set_style_property(self.status_label, "role", "success")
            self.status_label.setText(self.tr("Berkas lengkap."))


class ConfirmPage(QWidget):
    """Step 4: everything of the visit once more, before it is stored and the slip printed.

    Signals:
        add_applicant(): "Tambah Pemohon" was tapped.
        edit_last(): "Ubah" was tapped.
    """

    add_applicant = Signal()
    edit_last = Signal()

    def __init__(self, presenter: IntakePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.heading = role_label(self.tr("Periksa sebelum disimpan"), "heading")
        self.plate_label = role_label("", "summary-plate")
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(touch_px(self, 2))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        enable_finger_scroll(scroll)
        self.add_button = QPushButton(self.tr("+ Tambah Pemohon"))
        self.add_button.setProperty("role", "secondary")
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.edit_button.setProperty("role", "secondary")
        for button in (self.add_button, self.edit_button):
            button.setMinimumHeight(touch_px(self))
        self.error_label = role_label("", "error")
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.plate_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_applicant)
        self.edit_button.clicked.connect(self.edit_last)

    def load(self) -> None:
        presenter = self._presenter
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget() is not None:
                dispose(item.widget())
        if presenter.channel is Channel.DRIVE_THRU:
            self.plate_label.setText(self.tr("Kendaraan: %1").replace("%1", presenter.state.plate))
        else:
            self.plate_label.setText(self.tr("Pengunjung loket (tanpa kendaraan)"))
        for index, request in enumerate(presenter.requests(), start=1):
            self.list_layout.addWidget(self._card(index, request))
        self.list_layout.addStretch(1)
        self.error_label.hide()
        self.add_button.setEnabled(len(presenter.requests()) < 10)

    def _card(self, index: int, request) -> QFrame:
        service = self._presenter.service(request.service_code)
        received = set(request.received)
        missing = [r for r in service.requirements if r not in received]
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        title = f"{index}. {service.name(current_language())}"
        grid.addWidget(role_label(title, "card-title"), 0, 0, 1, 2)
        grid.addWidget(role_label(self.tr("NIK"), "hint"), 1, 0)
        grid.addWidget(role_label(request.nik, "card-value"), 1, 1)
        grid.addWidget(role_label(self.tr("Nama"), "hint"), 2, 0)
        grid.addWidget(role_label(request.name, "card-value"), 2, 1)
        if request.phone:
            grid.addWidget(role_label(self.tr("HP/WA"), "hint"), 3, 0)
            grid.addWidget(role_label(request.phone, "card-value"), 3, 1)
        if missing:
            text = self.tr("Belum lengkap: %1").replace("%1", "; ".join(missing))
            grid.addWidget(role_label(text, "warning"), 4, 0, 1, 2)
        else:
            grid.addWidget(role_label(self.tr("Berkas lengkap"), "success"), 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return card

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class DonePage(QWidget):
    """Step 5: the number, and whether the slip printed ("Cetak Ulang" if it did not).

    Signals:
        reprint(): "Cetak Ulang" was tapped.
    """

    reprint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = role_label(self.tr("Nomor antrean"), "hint")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label = QLabel()
        self.number_label.setProperty("role", "queue-number")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = role_label("", "hint")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_label = role_label("", "success")
        self.print_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning_label = role_label("", "warning")
        self.warning_label.hide()
        self.reprint_button = QPushButton(self.tr("Cetak Ulang"))
        self.reprint_button.setProperty("role", "danger")
        self.reprint_button.setMinimumHeight(touch_px(self))
        self.reprint_button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.number_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.print_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.reprint_button.clicked.connect(self.reprint)

    def show_registered(
        self, number: str, ahead: int, channel: Channel, warnings: tuple[str, ...]
    ) -> None:
        self.number_label.setText(number)
        if channel is Channel.DRIVE_THRU:
            text = self.tr("%n kendaraan di depan", "", ahead)
        else:
            text = self.tr("%n orang di depan", "", ahead)
        self.detail_label.setText(text)
        self.warning_label.setText("\n".join(map(message_text, warnings)))
        self.warning_label.setVisible(bool(warnings))

    def show_printing(self) -> None:
        """The slip is on its way to the printer."""
        set_style_property(self.print_label, "role", "hint")
        self.print_label.setText(self.tr("Mencetak slip…"))
        self.reprint_button.hide()

    def show_print_result(self, ok: bool, error: str = "", waiting: bool = False) -> None:
        """Printed; waiting for the printer (it prints by itself when back); or failed."""
        if ok:
            role, text = "success", self.tr("Slip dicetak. Serahkan kepada pemohon.")
        elif waiting:
            role = "warning"
            text = self.tr(
                "Slip menunggu printer: %1 Data sudah tersimpan; slip dicetak otomatis saat "
                "printer siap."
            ).replace("%1", error)
        else:
            role = "error"
            text = self.tr("Slip belum tercetak: %1 Data sudah tersimpan.").replace("%1", error)
        set_style_property(self.print_label, "role", role)
        self.print_label.setText(text)
        self.reprint_button.setVisible(not ok)
