"""Text that does not fit: every screen in a pseudo locale 40 % longer than Indonesian.

A translation is often longer than the Indonesian source, and Indonesian itself varies (an
office's own service names, a longer officer's name). The pseudo locale
(``kiosk.ui.i18n.apply_pseudo_locale``) stretches every string of the window by 40 %; the check
walks each screen at the kiosk's size (1280x800) and reads every visible label, button and
placeholder. A text fails when its widget cuts it:

- a label that does not wrap, or a button, smaller than its text needs (the style sheet's
  padding and border included), in width or in height;
- a word-wrapping label whose lines need more height than it has, or a word wider than it;
- a widget reaching beyond what holds it (outside a scroll area's scrolling direction; a
  scroll area nested in a scrolled page counts in both);
- an empty line edit whose placeholder Qt shortens with "…".

Text shortened with "…" on purpose (``ElidedLabel``, ``ElidedButton``: the ``elide`` property)
passes when its tooltip holds the whole text. Data (names, plates, numbers, the catalogue's
service names) are not stretched and are checked as they are. The same walk runs in English and
in Indonesian, and on the first-run screen. Tables (the reports', the audit log) are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)

from kiosk.domain.officers import Officer, Role
from kiosk.services import Kiosk
from kiosk.ui.i18n import apply_language, apply_pseudo_locale, pseudo_text
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import load_style_sheet
from tests.ui.conftest import PIN, log_in
from tests.ui.screens import clipped_buttons, visible_texts, walk_screens

pytestmark = pytest.mark.sqlite_only  # layouts do not depend on the database engine

# QLineEdit's margin on each side of its text (QLineEditPrivate::horizontalMargin)
LINE_EDIT_MARGIN = 2
# event loop passes before a screen is read: layouts fitted to their room (the board's rows, the
# reports' key figures, tile grids in a scrolled page) take a few to settle
SETTLE = 10


def describe(widget: QWidget, text: str, problem: str) -> str:
    role = widget.property("role") or widget.objectName() or "-"
    return f"{type(widget).__name__}[{role}] {text!r}: {problem}"


def _text_size(widget: QWidget, text: str) -> tuple[int, int]:
    size = QFontMetrics(widget.font()).size(Qt.TextFlag.TextShowMnemonic, text)
    return size.width(), size.height()


def unbreakable(text: str) -> list[str]:
    """The pieces a wrapping label cannot break (Unicode line breaking: at spaces, after "/"
    or "-"), trailing spaces dropped."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(text[start:end].rstrip())
        start = end
    return [piece for piece in pieces if piece]


def elided(widget: QWidget, text: str) -> str | None:
    """A widget that shortens its text on purpose: the whole text must be its tooltip."""
    return None if widget.toolTip() == text else "shortened without the whole text as tooltip"


def label_cut(label: QLabel, text: str) -> str | None:
    if label.property("elide"):
        return elided(label, text)
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height:
            return f"{needed - height}px too low for its lines at {width}px wide"
        room = label.contentsRect().width() - 2 * label.margin()
        metrics = QFontMetrics(label.font())
        widest = max((metrics.horizontalAdvance(w) for w in unbreakable(text)), default=0)
        if label.textFormat() != Qt.TextFormat.RichText and widest > room:
            return f"a word {widest - room}px wider than the label"
        return None
    hint = label.sizeHint()
    if hint.width() > width or hint.height() > height:
        return f"{width}x{height}, needs {hint.width()}x{hint.height()}"
    return None


def button_cut(button: QAbstractButton, text: str) -> str | None:
    if button.property("elide"):
        return elided(button, text)
    if not isinstance(button, QPushButton):
        hint = button.sizeHint()
        if hint.width() > button.width() or hint.height() > button.height():
            return f"{button.width()}x{button.height()}, needs {hint.width()}x{hint.height()}"
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    width, height = _text_size(button, text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if width > room.width() or height > room.height():
        return (
            f"text {width}x{height} in {room.width()}x{room.height()} "
            f"(button {button.width()}x{button.height()})"
        )
    return None


def placeholder_cut(edit: QLineEdit, text: str) -> str | None:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = room.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    for side in edit.findChildren(QWidget):  # the clear button and other actions
        if side.isVisibleTo(edit) and side.parentWidget() is edit:
            available -= side.width()
    width, _ = _text_size(edit, text)
    if width > available:
        return f"placeholder {width}px in {available}px: shortened with '…'"
    return None


def text_area(widget: QWidget, text: str) -> QRect:
    """Where ``widget`` draws ``text``, in its own coordinates."""
    if isinstance(widget, QLabel):
        margin = widget.margin()
        room = widget.contentsRect().adjusted(margin, margin, -margin, -margin)
        flags = int(widget.alignment().value)
        if widget.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap.value
        return QFontMetrics(widget.font()).boundingRect(room, flags, text)
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, widget
        )
        size = QFontMetrics(widget.font()).size(Qt.TextFlag.TextShowMnemonic, text)
        return QStyle.alignedRect(
            widget.layoutDirection(), Qt.AlignmentFlag.AlignCenter, size, room
        )
    return widget.rect()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(widget: QWidget, text: str, root: QWidget) -> str | None:
    """Text outside one of the widget's parents. Inside a scroll area only the width counts:
    scrolling up and down is how such a list is read (but not in a scroll area within the
    scrolled content of another: a small box to scroll in a page that scrolls)."""
    area = text_area(widget, text)
    rect = QRect(widget.mapTo(root, area.topLeft()), area.size())
    shown = QRect(rect)
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None:
        bounds = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and parent is scroll.viewport():
            scrolled = scrolled or not _in_scroll_area(scroll)
        if scrolled:
            bounds = QRect(bounds.left(), shown.top(), bounds.width(), shown.height())
        shown = shown.intersected(bounds)
        if parent is root:
            break
        parent = parent.parentWidget()
    if shown != rect:
        return (
            f"only {shown.width()}x{shown.height()} of its text's {rect.width()}x{rect.height()} "
            "inside its parents"
        )
    return None


def cut_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that its widget does not show whole."""
    for _ in range(SETTLE):  # as they are by the time a person looks
        QCoreApplication.processEvents()
    found = []
    for widget, text in visible_texts(root):
        if isinstance(widget, QLabel):
            problem = label_cut(widget, text)
        elif isinstance(widget, QAbstractButton):
            problem = button_cut(widget, text)
        else:
            assert isinstance(widget, QLineEdit)
            problem = placeholder_cut(widget, text)
        if not widget.property("elide"):
            problem = problem or clipped(widget, text, root)
        if problem:
            found.append(describe(widget, text, problem))
    return found


@pytest.fixture
def app_style(qapp) -> Iterator[None]:
    """The style sheet on the application, as the kiosk sets it (``configure_application``):
    widgets are styled as they are built, and sized from the styled fonts (ask for it before
    the window)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_style_sheet())
    yield
    qapp.setStyleSheet(before)


def _apply(locale: str) -> None:
    if locale == "pseudo":
        apply_pseudo_locale()
    else:
        assert apply_language(locale)


@pytest.fixture(params=["pseudo", "en", "id"])
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The pseudo locale, and English and Indonesian as they are, for one test (ask for it after
    the window, as for the English fixture: it is undone while the window lives)."""
    _apply(request.param)
    QCoreApplication.processEvents()  # the window is built again in it
    yield request.param
    apply_language("id")
    QCoreApplication.processEvents()  # back in Indonesian while the window's database is open


@pytest.fixture
def pseudo() -> Iterator[None]:
    """The pseudo locale alone (after the window, as ``locale``)."""
    apply_pseudo_locale()
    QCoreApplication.processEvents()
    yield
    apply_language("id")
    QCoreApplication.processEvents()


def test_the_pseudo_locale_stretches_and_keeps_placeholders() -> None:
    assert pseudo_text("Simpan") == "[Ŝîmpåñ~]"
    assert pseudo_text("Simpan && Cetak Slip").count("&&") == 1
    stretched = pseudo_text("%1 menit · target %2\nBaris %n")
    assert "%1" in stretched and "%2" in stretched and "%n" in stretched
    assert stretched.count("\n") == 1
    assert len(pseudo_text("Kendaraan Baru")) >= 1.4 * len("Kendaraan Baru")
    # the named placeholders of the messages from below the window, format specs too
    stretched = pseudo_text("Plat {plate} tidak menjawab dalam {seconds:g} detik.")
    assert "{plate}" in stretched and "{seconds:g}" in stretched


def test_the_printer_placeholder_follows_the_language(window: MainWindow, pseudo) -> None:
    # before the print worker's first status (none here), the header says "Printer …"
    assert window.printer_label.text() == pseudo_text("Printer …")


def test_plural_strings_still_count_in_the_pseudo_locale(window: MainWindow, pseudo) -> None:
    # Qt replaces %n in what a Python translator returns, for translate() and for tr()
    text = QCoreApplication.translate("LaneScreen", "%n aktif", "", 3)
    assert text == "[3 åķţîf~~]"
    counts = window.lane_screen.summary.text()
    assert counts == "[0 åķţîf~~] · [0 méñûñĝĝû~~~]", counts


def test_no_screen_cuts_its_text(
    qtbot, app_style, window: MainWindow, kiosk: Kiosk, admin: Officer, locale: str
) -> None:
    problems: dict[str, list[str]] = {}
    if locale == "pseudo":
        assert window.lane_screen.new_vehicle_button.text().startswith("[")
    for name in walk_screens(qtbot, window, kiosk, admin):
        found = cut_texts(window) + [f"cut off: {b}" for b in clipped_buttons(window)]
        if found:
            problems[name] = found
    count = sum(len(found) for found in problems.values())
    assert not problems, f"{count} texts cut:\n" + "\n".join(
        f"{name}: {line}" for name, found in problems.items() for line in found
    )


def test_the_first_run_screen_cuts_no_text(
    app_style, make_window, kiosk: Kiosk, locale: str
) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.first_run_screen
    found = cut_texts(window)
    assert not found, "\n".join(found)


def test_the_exit_dialog_cuts_no_text_and_no_tile(
    qtbot, app_style, make_window, kiosk: Kiosk, admin: Officer, locale: str
) -> None:
    """The officers' tiles beside a keypad whose keys grow with their words."""
    kiosk.officers.add(admin, "Joko Santoso", "4826", Role.SUPERVISOR)
    kiosk.officers.add(admin, "Sari Wulandari", "1357", Role.ADMIN, "198701022010012003")
    window = make_window(kiosk_mode=True)
    log_in(window, kiosk, admin, PIN)
    window.close()  # asks for a supervisor's PIN
    dialog = window.exit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    found = cut_texts(dialog) + [f"cut off: {b}" for b in clipped_buttons(dialog)]
    assert not found, "\n".join(found)
    dialog.reject()
