"""Labels and a button that fit their text to the room a layout gives them.

:class:`ElidedLabel` and :class:`ElidedButton` stay one line and shorten their text with "…"
(the whole text in the tooltip); :class:`OneLineLabel` and :class:`TwoLineButton` wrap their
words only where they must.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's "no maximum" for a widget's size (PySide6 does not export it)."""


class _Elides:
    """What :class:`ElidedLabel` and :class:`ElidedButton` share: the whole text kept apart from
    the shown one, asked for in the size hint, and shortened with "…" to the room the widget has
    whenever that changes (a resize, a font or style change).

    It goes before the Qt class in the bases. A class gives ``_room()``, the width the shown text
    may take, and reaches its Qt class's shown text with ``_shown()`` and ``_show(text)``
    (``super().text()`` would find the ``text()`` here).
    """

    _vertical_policy = QSizePolicy.Policy.Preferred
    """How the widget's height may change (its width is always ``Preferred``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setProperty("elide", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self._vertical_policy)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802
        self._text = text
        self.setToolTip(text)
        self._show_fitting()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._text) - metrics.horizontalAdvance(self._shown())
        return QSize(hint.width() + max(0, extra), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_fitting()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_fitting()

    def _show_fitting(self) -> None:
        room = self._room()
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, room)
        if shown != self._shown():
            self._show(shown)

    def _room(self) -> int:
        raise NotImplementedError

    def _shown(self) -> str:
        raise NotImplementedError

    def _show(self, text: str) -> None:
        raise NotImplementedError


class ElidedLabel(_Elides, QLabel):
    """A label for one line of data (an office's names, an officer's name in the header): it
    asks for the room its whole text needs, and where a layout gives it less it shows the start
    of the text and "…", the whole text in its tooltip.

    ``text()`` is the whole text. The ``elide`` property marks it for the checks that find text
    cut by its widget (deliberately shortened here).
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        shown = self.fontMetrics().horizontalAdvance(self._shown())
        least = self.fontMetrics().horizontalAdvance("…")
        return QSize(max(0, hint.width() - shown) + least, hint.height())

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def _shown(self) -> str:
        return QLabel.text(self)

    def _show(self, text: str) -> None:
        QLabel.setText(self, text)


class ElidedButton(_Elides, QPushButton):
    """A push button whose label, where a row must stay one line and is short of room, is
    shortened with "…" (the whole label in its tooltip and accessible name); it asks for the
    room of the whole label and shrinks down to its minimum width (``setMinimumWidth``).

    ``text()`` is the whole label; the ``elide`` property marks it for the checks that find
    text cut by its widget.
    """

    _vertical_policy = QSizePolicy.Policy.Fixed

    def setText(self, text: str) -> None:  # noqa: N802
        self.setAccessibleName(text)
        super().setText(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # QPushButton's hint: the room of the shown label (the mixin's is the whole label's)
        hint = QPushButton.sizeHint(self)
        metrics = self.fontMetrics()
        least = hint.width() - metrics.horizontalAdvance(self._shown())
        return QSize(least + metrics.horizontalAdvance("…"), hint.height())

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return rect.width()

    def _shown(self) -> str:
        return QPushButton.text(self)

    def _show(self, text: str) -> None:
        QPushButton.setText(self, text)


class OneLineLabel(QLabel):
    """A word-wrapping label that asks for the room of its text on one line: where a layout
    has that room the text stays one line, where it has less the words wrap (QLabel's own
    size hint for wrapping text is a narrower block of several lines)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        chrome = self.width() - self.contentsRect().width() + 2 * self.margin()
        # a pixel more than the advance: the wrapping measures lines in fractions
        width = self.fontMetrics().horizontalAdvance(self.text()) + chrome + 1
        return QSize(width, self.heightForWidth(width))


class TwoLineButton(QPushButton):
    """A push button whose label takes two lines (broken at the space nearest its middle)
    where a layout gives it less room than one line needs: it asks for one line's room and
    shrinks down to two lines' (a row of equal buttons stays one row with longer words).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._label = text
        self._show_fitting()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        one_line = self._hint_for(self._label)
        return QSize(one_line.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        two_lines = self._hint_for(two_lines_text(self._label))
        return QSize(two_lines.width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_fitting()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_fitting()

    def _hint_for(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        contents = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )

    def _show_fitting(self) -> None:
        # one line until a layout has given the button its width (as it mostly stays)
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized) or self.isVisible()
        fits = not laid_out or self.width() >= self._hint_for(self._label).width()
        shown = self._label if fits else two_lines_text(self._label)
        if shown != QPushButton.text(self):
            QPushButton.setText(self, shown)
            self.updateGeometry()  # one line or two: another height


def two_lines_text(text: str) -> str:
    """``text`` broken at the space nearest its middle (as it is without a space)."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if "\n" in text or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(2 * i - len(text)))
    return f"{text[:cut]}\n{text[cut + 1 :]}"
