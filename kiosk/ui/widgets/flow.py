"""A row of controls that wraps onto more lines instead of squeezing its controls.

A QHBoxLayout short of room shrinks its buttons below their size hints, cutting their text (a
longer translation, an office's longer names). :class:`FlowLayout` keeps every item at its size
hint and starts a new line when the next item does not fit: on the kiosk's screen in Indonesian
everything stays on one row, as with a box layout; with longer words the row wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right at their size hints, wrapping to a new line when the next one does
    not fit.

    In each line the room left over goes to the items that expand horizontally (such an item
    needs only its minimum width to stay on the line: a word-wrapping label takes what the
    buttons leave); a line without one is aligned left, or right with ``align_right``. Items
    are centred vertically in their line.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        line_spacing: int | None = None,
        align_right: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._line_spacing = spacing if line_spacing is None else line_spacing
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # --- QLayout ------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        """Put ``widget`` before the item at ``index`` (as QBoxLayout.insertWidget)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self.spacing() * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        return self._with_margins(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        """One item a line: the widest item (an expanding one at its minimum)."""
        items = self._shown()
        width = max((self._fit_width(i) for i in items), default=0)
        height = max((i.minimumSize().height() for i in items), default=0)
        return self._with_margins(width, height)

    # --- internals ----------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _expands(item: QLayoutItem) -> bool:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)

    def _fit_width(self, item: QLayoutItem) -> int:
        """The width an item needs on a line."""
        if self._expands(item):
            return item.minimumSize().width()
        return item.sizeHint().width()

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return item.sizeHint().height()

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = min(self._fit_width(item), width)
            if lines[-1] and used + self.spacing() + needed > width:
                lines.append([])
                used = 0
            used += needed + (self.spacing() if lines[-1] else 0)
            lines[-1].append(item)
        return [line for line in lines if line]

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        """Each item's width in its line: its size hint, the room left shared by the
        expanding items (down to their minimum when the others leave less)."""
        spacing = self.spacing() * (len(line) - 1)
        widths = [min(self._fit_width(item), width) for item in line]
        growing = [i for i, item in enumerate(line) if self._expands(item)]
        if growing:
            spare = width - spacing - sum(widths)
            for n, i in enumerate(growing):
                share = spare // len(growing) + (1 if n < spare % len(growing) else 0)
                widths[i] += max(0, share)
        return widths

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (or only measure): the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            widths = self._widths(line, area.width())
            heights = [self._height(item, w) for item, w in zip(line, widths, strict=True)]
            line_height = max(heights)
            used = sum(widths) + self.spacing() * (len(line) - 1)
            x = area.x()
            if self._align_right and not any(self._expands(item) for item in line):
                x += max(0, area.width() - used)
            if apply:
                for item, w, h in zip(line, widths, heights, strict=True):
                    item.setGeometry(QRect(x, y + (line_height - h) // 2, w, h))
                    x += w + self.spacing()
            y += line_height + (self._line_spacing if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()
