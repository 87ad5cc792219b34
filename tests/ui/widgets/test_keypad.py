import pytest
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.key_grid import KeyGrid
from kiosk.ui.widgets.keypad import NumericKeypad


@pytest.fixture
def keypad(qtbot):
    widget = NumericKeypad()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def edit(qtbot):
    widget = QLineEdit()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def keypad_on_edit(keypad, edit):
    keypad.set_target(edit)
    return keypad, edit


def press(keypad, *keys):
    for key in keys:
        keypad.key_button(key).click()


def test_has_the_ten_digits_backspace_and_clear(keypad):
    assert sorted(keypad.keys()) == sorted([*"0123456789", KeyGrid.BACKSPACE, KeyGrid.CLEAR])
    assert keypad.key_button(KeyGrid.BACKSPACE).text() == "⌫ Hapus"
    assert keypad.key_button(KeyGrid.CLEAR).text() == "Bersihkan"


def test_digits_are_typed_into_the_target(keypad_on_edit):
    keypad, edit = keypad_on_edit
    press(keypad, "3", "1", "7", "4")
    assert edit.text() == "3174"


def test_digits_are_inserted_at_the_cursor(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setText("1234")
    edit.setCursorPosition(2)
    press(keypad, "9")
    assert edit.text() == "12934"
    assert edit.cursorPosition() == 3


def test_a_digit_replaces_the_selection(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setText("123456")
    edit.setSelection(1, 3)
    press(keypad, "0")
    assert edit.text() == "1056"


def test_backspace_deletes_left_of_the_cursor(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setText("1234")
    edit.setCursorPosition(2)
    press(keypad, KeyGrid.BACKSPACE)
    assert edit.text() == "134"
    edit.setCursorPosition(0)
    press(keypad, KeyGrid.BACKSPACE)
    assert edit.text() == "134"


def test_backspace_repeats_while_held(keypad):
    assert keypad.key_button(KeyGrid.BACKSPACE).autoRepeat()


def test_clear_empties_the_target_as_a_user_edit(qtbot, keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setText("3174")
    with qtbot.waitSignal(edit.textEdited) as blocker:
        press(keypad, KeyGrid.CLEAR)
    assert blocker.args == [""]
    assert edit.text() == ""
    edit.undo()
    assert edit.text() == "3174"


def test_max_length_is_respected(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setMaxLength(3)
    press(keypad, "1", "2", "3", "4", "5")
    assert edit.text() == "123"


def test_the_validator_is_respected(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[1-9][0-9]{0,2}"), edit))
    press(keypad, "0", "4", "0", "0", "7")
    assert edit.text() == "400"


def test_a_read_only_target_is_left_alone(keypad_on_edit):
    keypad, edit = keypad_on_edit
    edit.setText("12")
    edit.setReadOnly(True)
    press(keypad, "3", KeyGrid.BACKSPACE, KeyGrid.CLEAR)
    assert edit.text() == "12"


@pytest.mark.parametrize(
    ("key", "name"), [("7", "7"), (KeyGrid.BACKSPACE, "backspace"), (KeyGrid.CLEAR, "clear")]
)
def test_every_key_emits_key_pressed(qtbot, keypad_on_edit, key, name):
    keypad, _edit = keypad_on_edit
    with qtbot.waitSignal(keypad.key_pressed) as blocker:
        press(keypad, key)
    assert blocker.args == [name]


def test_without_a_target_keys_only_emit(qtbot, keypad):
    assert keypad.target() is None
    with qtbot.waitSignal(keypad.key_pressed) as blocker:
        press(keypad, "5")
    assert blocker.args == ["5"]
    press(keypad, KeyGrid.BACKSPACE, KeyGrid.CLEAR)


def test_set_target_moves_the_typing_to_another_line_edit(qtbot, keypad_on_edit):
    keypad, first = keypad_on_edit
    second = QLineEdit()
    qtbot.addWidget(second)
    press(keypad, "1")
    keypad.set_target(second)
    press(keypad, "2")
    assert (first.text(), second.text()) == ("1", "2")
    assert keypad.target() is second
    keypad.set_target(None)
    press(keypad, "3")
    assert (first.text(), second.text()) == ("1", "2")


def test_a_destroyed_target_is_forgotten(qtbot, keypad):
    edit = QLineEdit()
    keypad.set_target(edit)
    with qtbot.waitSignal(edit.destroyed):
        edit.deleteLater()
    assert keypad.target() is None
    press(keypad, "1", KeyGrid.BACKSPACE, KeyGrid.CLEAR)


def test_no_key_takes_focus(keypad):
    for key in keypad.keys():
        assert keypad.key_button(key).focusPolicy() == Qt.FocusPolicy.NoFocus
    assert keypad.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_focus_stays_on_the_target(qtbot, show_in_window, keypad_on_edit):
    keypad, edit = keypad_on_edit
    show_in_window(edit, keypad)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    press(keypad, "1", "2", KeyGrid.BACKSPACE, "3", KeyGrid.CLEAR, "4")
    assert edit.hasFocus()
    assert edit.text() == "4"


def test_a_key_brings_focus_back_to_the_target(qtbot, show_in_window, keypad_on_edit):
    keypad, edit = keypad_on_edit
    other = QLineEdit()
    show_in_window(edit, other, keypad)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    press(keypad, "8")
    qtbot.waitUntil(edit.hasFocus)
    assert (edit.text(), other.text()) == ("8", "")


def test_keys_are_at_least_15_mm_tall_and_wide(show_in_window, keypad):
    show_in_window(keypad)
    minimum = touch_px(keypad)
    for key in keypad.keys():
        button = keypad.key_button(key)
        assert button.minimumSizeHint().height() >= minimum
        assert button.minimumSizeHint().width() >= minimum
        assert button.height() >= minimum, key
        assert button.width() >= minimum, key


def test_keys_share_one_width_even_with_long_labels(show_in_window, keypad):
    show_in_window(keypad)
    widths = {keypad.key_button(key).width() for key in keypad.keys()}
    assert max(widths) - min(widths) <= 1
    clear = keypad.key_button(KeyGrid.CLEAR)
    assert clear.width() > clear.fontMetrics().horizontalAdvance(clear.text())
