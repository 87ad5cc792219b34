import string

import pytest
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.key_grid import KeyGrid
from kiosk.ui.widgets.keyboard import TextKeyboard


@pytest.fixture
def keyboard(qtbot):
    widget = TextKeyboard()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def edit(qtbot, keyboard):
    widget = QLineEdit()
    qtbot.addWidget(widget)
    keyboard.set_target(widget)
    return widget


def press(keyboard, *keys):
    for key in keys:
        keyboard.key_button(key).click()


def test_has_letters_digits_punctuation_and_editing_keys(keyboard):
    expected = {
        *string.ascii_uppercase,
        *string.digits,
        *"'.-, ",
        KeyGrid.BACKSPACE,
        KeyGrid.CLEAR,
        TextKeyboard.CAPS,
    }
    assert set(keyboard.keys()) == expected
    assert keyboard.key_button(" ").text() == "Spasi"


def test_letters_are_upper_case_by_default(keyboard, edit):
    assert keyboard.is_caps_lock()
    assert keyboard.key_button(TextKeyboard.CAPS).isChecked()
    assert keyboard.key_button("Q").text() == "Q"
    press(keyboard, "B", "U", "D", "I")
    assert edit.text() == "BUDI"


def test_a_name_with_punctuation_and_spaces(keyboard, edit):
    press(keyboard, *"DRS. H. NUR'AINI-S, SH")
    assert edit.text() == "DRS. H. NUR'AINI-S, SH"


def test_digits_for_a_plate(keyboard, edit):
    press(keyboard, *"B 1234 XYZ")
    assert edit.text() == "B 1234 XYZ"


def test_the_caps_key_toggles_lower_case(qtbot, keyboard, edit):
    caps = keyboard.key_button(TextKeyboard.CAPS)
    with qtbot.waitSignal(keyboard.caps_lock_changed) as blocker:
        caps.click()
    assert blocker.args == [False]
    assert not keyboard.is_caps_lock()
    assert not caps.isChecked()
    assert keyboard.key_button("Q").text() == "q"
    press(keyboard, "A", "B")
    caps.click()
    assert keyboard.is_caps_lock()
    assert caps.isChecked()
    assert keyboard.key_button("Q").text() == "Q"
    press(keyboard, "C")
    assert edit.text() == "abC"


def test_set_caps_lock_emits_only_on_a_change(qtbot, keyboard):
    with qtbot.assertNotEmitted(keyboard.caps_lock_changed):
        keyboard.set_caps_lock(True)
    with qtbot.waitSignal(keyboard.caps_lock_changed) as blocker:
        keyboard.set_caps_lock(False)
    assert blocker.args == [False]
    assert not keyboard.key_button(TextKeyboard.CAPS).isChecked()


@pytest.mark.parametrize(
    ("keys", "name"),
    [(["A"], "A"), ([TextKeyboard.CAPS, "A"], "a"), ([" "], " "), ([TextKeyboard.CAPS], "caps")],
)
def test_key_pressed_carries_the_typed_text(qtbot, keyboard, keys, name):
    *before, last = keys
    press(keyboard, *before)
    with qtbot.waitSignal(keyboard.key_pressed) as blocker:
        press(keyboard, last)
    assert blocker.args == [name]


def test_backspace_and_clear(keyboard, edit):
    press(keyboard, "A", "B", "C", KeyGrid.BACKSPACE)
    assert edit.text() == "AB"
    press(keyboard, KeyGrid.CLEAR)
    assert edit.text() == ""


def test_max_length_is_respected(keyboard, edit):
    edit.setMaxLength(4)
    press(keyboard, *"ABCDEF")
    assert edit.text() == "ABCD"


def test_the_validator_is_respected(keyboard, edit):
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Z ]*"), edit))
    press(keyboard, "A", "1", ".")
    keyboard.set_caps_lock(False)
    press(keyboard, "B")
    assert edit.text() == "A"


def test_no_key_takes_focus(keyboard):
    for key in keyboard.keys():
        assert keyboard.key_button(key).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_focus_stays_on_the_target(qtbot, show_in_window, keyboard, edit):
    show_in_window(edit, keyboard)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    press(keyboard, "A", TextKeyboard.CAPS, "B", " ", KeyGrid.BACKSPACE, KeyGrid.CLEAR, "C")
    assert edit.hasFocus()
    assert edit.text() == "c"


def test_keys_are_at_least_15_mm_tall_and_wide(show_in_window, keyboard):
    show_in_window(keyboard)
    minimum = touch_px(keyboard)
    for key in keyboard.keys():
        button = keyboard.key_button(key)
        assert button.minimumSizeHint().height() >= minimum
        assert button.height() >= minimum, key
        assert button.width() >= minimum, key


def test_labels_are_not_clipped(show_in_window, keyboard):
    show_in_window(keyboard)
    for key in keyboard.keys():
        button = keyboard.key_button(key)
        assert button.width() > button.fontMetrics().horizontalAdvance(button.text()), key


def test_letter_and_digit_keys_line_up_in_even_columns(show_in_window, keyboard):
    show_in_window(keyboard)
    widths = {keyboard.key_button(key).width() for key in string.ascii_uppercase + string.digits}
    assert max(widths) - min(widths) <= 1


def test_fits_a_1280_pixel_wide_screen(show_in_window, keyboard):
    show_in_window(keyboard)
    assert keyboard.minimumSizeHint().width() <= 1280 - 2 * 24
