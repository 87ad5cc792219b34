import pytest
from PySide6.QtWidgets import QLineEdit

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.field import FormField
from kiosk.ui.widgets.key_grid import KeyGrid
from kiosk.ui.widgets.keypad import NumericKeypad


@pytest.fixture
def field(qtbot):
    widget = FormField("NIK")
    qtbot.addWidget(widget)
    return widget


def test_label_is_the_buddy_and_accessible_name_of_the_line_edit(field):
    assert field.label.text() == "NIK"
    assert field.label.buddy() is field.line_edit
    assert field.line_edit.accessibleName() == "NIK"
    field.set_label("Nomor KK")
    assert field.label.text() == "Nomor KK"
    assert field.line_edit.accessibleName() == "Nomor KK"


def test_text_and_set_text(qtbot, field):
    with qtbot.waitSignal(field.text_changed) as blocker:
        field.set_text("3174")
    assert blocker.args == ["3174"]
    assert field.text() == "3174"
    assert field.line_edit.text() == "3174"


def test_typing_emits_text_changed(qtbot, field):
    with qtbot.waitSignal(field.text_changed) as blocker:
        field.line_edit.insert("9")
    assert blocker.args == ["9"]


def test_messages_are_hidden_at_first(field):
    assert field.error() is None
    assert field.warning() is None
    assert field.error_label.isHidden()
    assert field.warning_label.isHidden()


def test_set_error_shows_and_hides_the_error(field):
    field.set_error("NIK harus 16 digit")
    assert field.error() == "NIK harus 16 digit"
    assert not field.error_label.isHidden()
    assert "NIK harus 16 digit" in field.error_label.text()
    assert field.line_edit.property("invalid") is True
    field.set_error(None)
    assert field.error() is None
    assert field.error_label.isHidden()
    assert field.line_edit.property("invalid") is False


def test_an_empty_error_counts_as_none(field):
    field.set_error("Wajib diisi")
    field.set_error("")
    assert field.error() is None
    assert field.error_label.isHidden()


def test_warning_is_independent_of_the_error(field):
    field.set_warning("Nomor HP ini sudah dipakai hari ini")
    field.set_error("Wajib diisi")
    assert not field.warning_label.isHidden()
    assert "Nomor HP ini sudah dipakai hari ini" in field.warning_label.text()
    field.set_error(None)
    assert not field.warning_label.isHidden()
    assert field.warning() == "Nomor HP ini sudah dipakai hari ini"
    field.set_warning(None)
    assert field.warning_label.isHidden()


def test_messages_are_shown_in_the_window(show_in_window, field):
    show_in_window(field)
    field.set_error("Wajib diisi")
    assert field.error_label.isVisible()
    assert not field.warning_label.isVisible()


def test_focused_is_emitted_each_time_the_line_edit_gets_focus(qtbot, show_in_window, field):
    other = QLineEdit()
    show_in_window(field, other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    with qtbot.waitSignal(field.focused):
        field.line_edit.setFocus()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    with qtbot.waitSignal(field.focused):
        field.setFocus()  # the field forwards focus to its line edit
    assert field.line_edit.hasFocus()


def test_the_line_edit_is_a_touch_target(show_in_window, field):
    show_in_window(field)
    assert field.line_edit.height() >= touch_px(field)


def test_a_keypad_pointed_at_the_field_on_focus(qtbot, show_in_window, field):
    keypad = NumericKeypad()
    other = QLineEdit()
    field.focused.connect(lambda: keypad.set_target(field.line_edit))
    field.line_edit.setMaxLength(16)
    show_in_window(other, field, keypad)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert keypad.target() is None
    with qtbot.waitSignal(field.focused):
        field.line_edit.setFocus()
    with qtbot.waitSignal(field.text_changed) as blocker:
        keypad.key_button("3").click()
    assert blocker.args == ["3"]
    assert other.text() == ""
    keypad.key_button(KeyGrid.BACKSPACE).click()
    assert field.text() == ""
    assert field.line_edit.hasFocus()
