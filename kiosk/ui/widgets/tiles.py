"""Large checkable tiles for choosing among a handful of options (the services of the office)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.disposal import dispose
from kiosk.ui.widgets.scrolling import enable_finger_scroll
from kiosk.ui.widgets.styling import set_style_property

TILE_MIN_HEIGHT_MM = 22.0
"""Tiles are taller than the bare touch minimum: they hold a title and a subtitle."""


class Tile(QPushButton):
    """One checkable tile: a word-wrapped title, an optional subtitle and a check mark.

    A QPushButton gives the pressed/checked states, the click semantics and accessibility; the
    text sits in QLabels laid out inside it because a button's own text cannot wrap.

    Signals: only QPushButton's own (``clicked``, ``toggled``, ...).
    """

    def __init__(self, key: str, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setCheckable(True)
        self.setProperty("role", "tile")
        # Tab can still reach it, but a tap does not pull focus away from anything else.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_label = self._label(title, "tile-title")
        self.subtitle_label = self._label(subtitle, "tile-subtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        self.check_label = QLabel(self)
        self.check_label.setProperty("role", "tile-check")
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Its size is in the style sheet, in step with the type: it is a mark, not a target.

        # one grid, no nested layout (see BoardRow)
        grid = QGridLayout(self)
        margin = touch_px(self, 3.5)
        grid.setContentsMargins(margin, margin, margin, margin)
        grid.setHorizontalSpacing(margin)
        grid.setVerticalSpacing(touch_px(self, 1.0))
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.subtitle_label, 1, 0)
        grid.addWidget(self.check_label, 0, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2, 1)

        self.setMinimumHeight(touch_px(self, TILE_MIN_HEIGHT_MM))
        self.toggled.connect(self._show_check)
        self._show_check(False)

    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def _show_check(self, checked: bool) -> None:
        self.check_label.setText("✔" if checked else "")
        # The style sheet cannot select a child by its parent's :checked state, so the labels
        # carry the state themselves.
        for label in (self.title_label, self.subtitle_label, self.check_label):
            set_style_property(label, "checked", checked)

    def sizeHint(self) -> QSize:
        # QPushButton sizes itself from its own (empty) text; the labels decide here.
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else super().sizeHint()
        return hint.expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()
        return hint.expandedTo(self.minimumSize())


class TileGrid(QWidget):
    """A finger-scrollable grid of large checkable tiles, each for one key.

    In single-selection mode a tap selects its tile and deselects the others (at most one key is
    selected); in multi-selection mode a tap toggles its tile.

    Signals:
        selection_changed(list): the selected keys (in item order) changed, whether by a tap,
            set_selected() or set_items().
        activated(str): a tile was tapped (also when the tap did not change the selection, e.g. a
            selected tile in single mode); emitted after selection_changed.
    """

    selection_changed = Signal(list)
    activated = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        multi_select: bool = False,
        columns: int = 3,
        grow: bool = False,
    ) -> None:
        """``grow``: as tall as its tiles, for a grid in a page that scrolls as a whole (a
        box of its own to scroll, inside it, would hide part of its tiles)."""
        super().__init__(parent)
        if columns < 1:
            raise ValueError("columns must be at least 1")
        self._grow = grow
        self._multi_select = multi_select
        self._columns = columns
        self._tiles: dict[str, Tile] = {}
        self._last_selection: list[str] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multi_select)

        self._content = QWidget()
        self._content.setObjectName("tileGridContent")
        self._grid = QGridLayout(self._content)
        spacing = touch_px(self, 3.0)
        self._grid.setSpacing(spacing)
        self._grid.setContentsMargins(0, 0, spacing, 0)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("tileGridScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._content)
        enable_finger_scroll(self.scroll_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        if grow:
            self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._content.installEventFilter(self)  # tiles changed: the page lays it out again

    # --- public API -------------------------------------------------------------------------

    def is_multi_select(self) -> bool:
        """Whether several tiles can be selected at once."""
        return self._multi_select

    def set_items(self, items: Iterable[tuple[str, str, str]]) -> None:
        """Show one tile per ``(key, title, subtitle)``, in order; the selection is cleared."""
        items = list(items)
        keys = [key for key, _title, _subtitle in items]
        if len(set(keys)) != len(keys):
            raise ValueError("tile keys must be unique")
        for tile in self._tiles.values():
            self._group.removeButton(tile)
            self._grid.removeWidget(tile)
            dispose(tile)
        self._tiles.clear()
        previous_rows = self._grid.rowCount()
        for index, (key, title, subtitle) in enumerate(items):
            tile = Tile(key, title, subtitle, self._content)
            tile.clicked.connect(partial(self._on_tile_clicked, key))
            self._group.addButton(tile)
            self._grid.addWidget(tile, index // self._columns, index % self._columns)
            self._tiles[key] = tile
        # Few tiles stay at the top at their natural height instead of stretching to fill.
        rows = -(-len(items) // self._columns)
        for row in range(max(previous_rows, rows + 1)):
            self._grid.setRowStretch(row, 1 if row == rows else 0)
        self._emit_if_changed()

    def keys(self) -> list[str]:
        """The keys of the tiles, in order."""
        return list(self._tiles)

    def fit_width_to_tiles(self) -> None:
        """Never narrower than its tiles need across (its box scrolls only up and down): for
        a grid beside parts that grow with their words, as in a dialog."""
        widest = max((t.minimumSizeHint().width() for t in self._tiles.values()), default=0)
        margins = self._grid.contentsMargins()
        gaps = self._grid.horizontalSpacing() * (self._columns - 1)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(
            widest * self._columns + gaps + margins.left() + margins.right() + scroll_bar
        )

    def tile(self, key: str) -> Tile:
        """The tile of ``key``."""
        return self._tiles[key]

    def selected_keys(self) -> list[str]:
        """The keys of the selected tiles, in item order."""
        return [key for key, tile in self._tiles.items() if tile.isChecked()]

    def set_selected(self, keys: Iterable[str]) -> None:
        """Select exactly ``keys`` (an empty list clears the selection)."""
        wanted = set(keys)
        unknown = wanted - self._tiles.keys()
        if unknown:
            raise KeyError(f"no tile for {sorted(unknown)}")
        if not self._multi_select and len(wanted) > 1:
            raise ValueError("a single-selection grid selects at most one key")
        # An exclusive group refuses to uncheck its last checked button: lift it meanwhile.
        self._group.setExclusive(False)
        for key, tile in self._tiles.items():
            tile.setChecked(key in wanted)
        self._group.setExclusive(not self._multi_select)
        self._emit_if_changed()

    def clear_selection(self) -> None:
        """Select nothing."""
        self.set_selected([])

    # --- Qt overrides (a growing grid: as tall as its tiles at its width) --------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self._grow:
            hint.setHeight(self._tiles_height())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # at the present width (a page scrolled as a whole lays out the grid's height from
        # its minimum): once the grid is laid out at another width, it asks again
        hint = super().minimumSizeHint()
        if self._grow:
            hint.setHeight(self._tiles_height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._grow and event.size().width() != event.oldSize().width():
            self.updateGeometry()

    # --- internals --------------------------------------------------------------------------

    def _tiles_height(self) -> int:
        """The height the tiles take at the grid's present width."""
        grid = self._grid
        if grid.hasHeightForWidth():
            return grid.totalHeightForWidth(self.width())
        return grid.totalSizeHint().height()

    def _on_tile_clicked(self, key: str, _checked: bool = False) -> None:
        self._emit_if_changed()
        self.activated.emit(key)

    def _emit_if_changed(self) -> None:
        selection = self.selected_keys()
        if selection != self._last_selection:
            self._last_selection = selection
            self.selection_changed.emit(selection)
