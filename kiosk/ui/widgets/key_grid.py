"""The common base of the on-screen keypad and keyboard: a grid of keys editing a target line edit.

The keys never take focus, so the line edit being edited keeps it: its cursor stays visible, a
physical keyboard keeps working alongside, and the edits go through QLineEdit's own editing
functions, which respect ``maxLength``, the validator, the selection and undo.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.metrics import MIN_TOUCH_MM, touch_px

BACKSPACE_REPEAT_DELAY_MS = 450
BACKSPACE_REPEAT_INTERVAL_MS = 90


class Key(QPushButton):
    """A key of a KeyGrid: never takes focus, and is never smaller than a touch target.

    The touch size is a floor for the size hints rather than a fixed minimum size, so a key
    whose label needs more room (in a larger font from the style sheet, or a longer
    translation) grows instead of clipping its text.

    Signals: only QPushButton's own (``clicked``, ...).
    """

    def __init__(self, text: str, touch_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._touch_size = touch_size
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._touch_size)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._touch_size)


class KeyGrid(QWidget):
    """A grid of large buttons that never take focus and edit a target QLineEdit.

    Subclasses lay out their keys with ``_add_char_key`` and ``_add_action_key``. Without a target
    (or with a read-only or disabled one) the keys only emit ``key_pressed``.

    Signals:
        key_pressed(str): a key was pressed: the text it types, or ``BACKSPACE`` / ``CLEAR``
            (subclasses may add their own names, documented there).
    """

    key_pressed = Signal(str)

    BACKSPACE = "backspace"
    CLEAR = "clear"

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        key_height_mm: float = MIN_TOUCH_MM,
        key_width_mm: float = MIN_TOUCH_MM,
    ) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._keys: dict[str, Key] = {}
        self._spans: dict[str, int] = {}
        self._columns = 0
        self._columns_per_key = 1
        self._key_height = touch_px(self, key_height_mm)
        self._key_width = touch_px(self, key_width_mm)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # a narrower gap across than down: a longer key label (another language) widens every
        # column, and the keyboard beside a form must leave the form its room
        self._grid.setHorizontalSpacing(max(4, touch_px(self, 1.0)))
        self._grid.setVerticalSpacing(max(4, touch_px(self, 1.5)))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- Qt overrides -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Only now are the keys polished with the style sheet's fonts, which decide label widths.
        self._equalize_columns()
        super().showEvent(event)

    # --- target -----------------------------------------------------------------------------

    def set_target(self, line_edit: QLineEdit | None) -> None:
        """Edit ``line_edit`` from now on (``None``: edit nothing)."""
        if line_edit is self._target:
            return
        if self._target is not None:
            self._target.destroyed.disconnect(self._on_target_destroyed)
        self._target = line_edit
        if line_edit is not None:
            line_edit.destroyed.connect(self._on_target_destroyed)

    def target(self) -> QLineEdit | None:
        """The line edit the keys edit, if any."""
        return self._target

    def key_button(self, key: str) -> Key:
        """The button of ``key``: its character (as laid out) or ``BACKSPACE`` / ``CLEAR``."""
        return self._keys[key]

    def keys(self) -> list[str]:
        """Every key name, in layout order."""
        return list(self._keys)

    # --- for subclasses ---------------------------------------------------------------------

    def _add_char_key(
        self, char: str, row: int, column: int, row_span: int = 1, column_span: int = 1
    ) -> Key:
        """A key typing ``char`` (through ``_typed_text``) at the given grid cell."""
        button = self._make_key(char, char, "key", row, column, row_span, column_span)
        button.clicked.connect(lambda: self._on_char_key(char))
        return button

    def _add_action_key(
        self,
        name: str,
        text: str,
        action: Callable[[], None],
        row: int,
        column: int,
        row_span: int = 1,
        column_span: int = 1,
        role: str = "key-action",
    ) -> Key:
        """A key named ``name`` showing ``text`` that runs ``action`` when pressed."""
        button = self._make_key(name, text, role, row, column, row_span, column_span)
        button.clicked.connect(action)
        return button

    def _add_backspace_key(
        self, row: int, column: int, row_span: int = 1, column_span: int = 1
    ) -> Key:
        """The backspace key ("⌫ Hapus"), repeating while held like a hardware key."""
        button = self._add_action_key(
            self.BACKSPACE,
            self.tr("⌫ Hapus"),
            self._on_backspace,
            row,
            column,
            row_span,
            column_span,
        )
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(BACKSPACE_REPEAT_DELAY_MS)
        button.setAutoRepeatInterval(BACKSPACE_REPEAT_INTERVAL_MS)
        button.setAccessibleName(self.tr("Hapus satu karakter"))
        return button

    def _add_clear_key(self, row: int, column: int, row_span: int = 1, column_span: int = 1) -> Key:
        """The clear key ("Bersihkan"), emptying the whole target."""
        button = self._add_action_key(
            self.CLEAR,
            self.tr("Bersihkan"),
            self._on_clear,
            row,
            column,
            row_span,
            column_span,
            role="key-clear",
        )
        button.setAccessibleName(self.tr("Bersihkan seluruh isian"))
        return button

    def _typed_text(self, char: str) -> str:
        """The text a character key types; the keyboard overrides it for upper/lower case."""
        return char

    def _set_uniform_grid(self, rows: int, columns: int, columns_per_key: int = 1) -> None:
        """Make every row and column share the space equally, so keys line up in a grid.

        With ``columns_per_key`` > 1 a key spans several grid columns (to stagger rows by part of
        a key); the columns are then just wide enough for a spanning key to reach the key width.
        """
        self._columns = columns
        self._columns_per_key = columns_per_key
        for row in range(rows):
            self._grid.setRowStretch(row, 1)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        self._equalize_columns()

    def _equalize_columns(self) -> None:
        """Give every column the width the most demanding key needs, so the columns stay even.

        A label wider than a key (a longer translation, a larger font) widens all the columns
        alike instead of pushing its own row out of line with the others.
        """
        spacing = self._grid.horizontalSpacing()
        needed = math.ceil(
            (self._key_width - (self._columns_per_key - 1) * spacing) / self._columns_per_key
        )
        for name, key in self._keys.items():
            span = self._spans[name]
            width = key.minimumSizeHint().width()
            needed = max(needed, math.ceil((width - (span - 1) * spacing) / span))
        for column in range(self._columns):
            self._grid.setColumnMinimumWidth(column, needed)

    # --- editing ----------------------------------------------------------------------------

    def _editable_target(self) -> QLineEdit | None:
        target = self._target
        if target is None or target.isReadOnly() or not target.isEnabled():
            return None
        return target

    def _on_char_key(self, char: str) -> None:
        text = self._typed_text(char)
        target = self._editable_target()
        if target is not None:
            # insert() replaces the selection, truncates at maxLength and rejects what the
            # validator calls invalid, exactly as typing on a hardware keyboard does.
            target.insert(text)
            self._keep_focus(target)
        self.key_pressed.emit(text)

    def _on_backspace(self) -> None:
        target = self._editable_target()
        if target is not None:
            target.backspace()
            self._keep_focus(target)
        self.key_pressed.emit(self.BACKSPACE)

    def _on_clear(self) -> None:
        target = self._editable_target()
        if target is not None:
            # selectAll + del_ rather than clear(): it counts as a user edit (textEdited is
            # emitted, like every other key) and can be undone with Ctrl+Z.
            target.selectAll()
            target.del_()
            self._keep_focus(target)
        self.key_pressed.emit(self.CLEAR)

    @staticmethod
    def _keep_focus(target: QLineEdit) -> None:
        if not target.hasFocus():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_target_destroyed(self, _obj: QObject | None = None) -> None:
        self._target = None

    # --- layout -----------------------------------------------------------------------------

    def _make_key(
        self,
        name: str,
        text: str,
        role: str,
        row: int,
        column: int,
        row_span: int,
        column_span: int,
    ) -> Key:
        if name in self._keys:
            raise ValueError(f"duplicate key {name!r}")
        button = Key(text, QSize(self._key_width, self._key_height), self)
        button.setProperty("role", role)
        self._keys[name] = button
        self._spans[name] = column_span
        self._grid.addWidget(button, row, column, row_span, column_span)
        return button
