from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.style import load_style_sheet
from kiosk.ui.widgets.field import FormField
from kiosk.ui.widgets.keyboard import TextKeyboard
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.tiles import TileGrid


def test_the_style_sheet_is_shipped():
    text = load_style_sheet()
    assert 'QPushButton[role="primary"]' in text
    assert 'QPushButton[role="tile"]:checked' in text


def styled_window(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    # No size constraint on the window: the offscreen platform warns about size hints otherwise.
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for widget in widgets:
        layout.addWidget(widget)
    window.setStyleSheet(load_style_sheet())
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_style_sheet_parses_and_reaches_the_widgets(qtbot):
    # A parse error would log a Qt warning, which fails the test (qt_log_level_fail).
    keypad = NumericKeypad()
    tiles = TileGrid()
    tiles.set_items([("ktp", "KTP Elektronik", "Cetak ulang")])
    field = FormField("Nama")
    primary = QPushButton("Simpan")
    primary.setProperty("role", "primary")
    window = styled_window(qtbot, field, keypad, tiles, primary, TextKeyboard())

    base = window.font().pointSizeF()
    assert base >= 16
    assert keypad.key_button("5").font().pointSizeF() > base
    assert field.line_edit.font().pointSizeF() > base
    assert primary.palette().color(QPalette.ColorRole.ButtonText) == QColor("#ffffff")

    title = tiles.tile("ktp").title_label
    unselected = title.palette().color(QPalette.ColorRole.WindowText)
    tiles.set_selected(["ktp"])
    assert title.palette().color(QPalette.ColorRole.WindowText) != unselected
