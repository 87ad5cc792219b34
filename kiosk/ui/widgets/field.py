"""A labelled text field with its inline error and warning, sized for a finger."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.metrics import MIN_TOUCH_MM, touch_px
from kiosk.ui.widgets.styling import set_style_property

# A symbol besides the colour, so errors and warnings read apart in sunlight and for officers
# who do not see red and amber apart.
_ERROR_MARK = "✖"
_WARNING_MARK = "⚠"


class FormField(QWidget):
    """A label, a tall QLineEdit and, under it, an inline error (red) and warning (amber).

    The error and warning labels are hidden while they have no message. The field holds no rule
    of its own: whoever validates the text calls set_error() / set_warning().

    Attributes:
        line_edit: the QLineEdit, for validators, maxLength, placeholders and the keypads.

    Signals:
        text_changed(str): the text changed (typed, from an on-screen key, or set_text()).
        focused(): the line edit received focus, e.g. so the wizard can point the on-screen
            keypad or keyboard at it.
    """

    text_changed = Signal(str)
    focused = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error: str | None = None
        self._warning: str | None = None

        self.label = QLabel(label, self)
        self.label.setProperty("role", "field-label")
        self.label.setWordWrap(True)

        self.line_edit = QLineEdit(self)
        self.line_edit.setMinimumHeight(touch_px(self, MIN_TOUCH_MM))
        self.line_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.line_edit.setProperty("invalid", False)
        self.line_edit.setAccessibleName(label)
        self.label.setBuddy(self.line_edit)

        self.error_label = self._message_label("field-error")
        self.warning_label = self._message_label("field-warning")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(touch_px(self, 1.2))
        layout.addWidget(self.label)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warning_label)

        self.setFocusProxy(self.line_edit)
        self.line_edit.installEventFilter(self)
        self.line_edit.textChanged.connect(self.text_changed)

    def _message_label(self, role: str) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setVisible(False)
        return label

    # --- public API -------------------------------------------------------------------------

    def text(self) -> str:
        """The text of the line edit."""
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        """Replace the text of the line edit."""
        self.line_edit.setText(text)

    def set_label(self, text: str) -> None:
        """Change the label above the line edit."""
        self.label.setText(text)
        self.line_edit.setAccessibleName(text)

    def error(self) -> str | None:
        """The error shown, if any."""
        return self._error

    def warning(self) -> str | None:
        """The warning shown, if any."""
        return self._warning

    def set_error(self, msg: str | None) -> None:
        """Show ``msg`` as a blocking error under the field; ``None`` or ``""`` hides it."""
        self._error = msg or None
        self._show(self.error_label, _ERROR_MARK, self._error)
        set_style_property(self.line_edit, "invalid", self._error is not None)

    def set_warning(self, msg: str | None) -> None:
        """Show ``msg`` as a non-blocking warning; ``None`` or ``""`` hides it."""
        self._warning = msg or None
        self._show(self.warning_label, _WARNING_MARK, self._warning)

    # --- Qt overrides -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        return super().eventFilter(watched, event)

    # --- internals --------------------------------------------------------------------------

    @staticmethod
    def _show(label: QLabel, mark: str, message: str | None) -> None:
        label.setText(f"{mark} {message}" if message else "")
        label.setVisible(message is not None)
