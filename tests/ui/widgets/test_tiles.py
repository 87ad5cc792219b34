import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QScroller

from kiosk.ui.metrics import touch_px
from kiosk.ui.widgets.scrolling import enable_finger_scroll
from kiosk.ui.widgets.tiles import TileGrid

ITEMS = [
    ("ktp", "KTP Elektronik", "Perekaman dan cetak ulang"),
    ("kk", "Kartu Keluarga", "Penerbitan baru, tambah anggota"),
    ("akta", "Akta Kelahiran", ""),
    ("pindah", "Surat Keterangan Pindah Datang Antar Kabupaten/Kota", "SKPWNI"),
]


@pytest.fixture
def single(qtbot):
    grid = TileGrid()
    qtbot.addWidget(grid)
    grid.set_items(ITEMS)
    return grid


@pytest.fixture
def multi(qtbot):
    grid = TileGrid(multi_select=True)
    qtbot.addWidget(grid)
    grid.set_items(ITEMS)
    return grid


def tap(grid, key):
    grid.tile(key).click()


def test_one_tile_per_item_in_order(single):
    assert single.keys() == ["ktp", "kk", "akta", "pindah"]
    tile = single.tile("pindah")
    assert tile.title_label.text() == "Surat Keterangan Pindah Datang Antar Kabupaten/Kota"
    assert tile.title_label.wordWrap()
    assert tile.subtitle_label.text() == "SKPWNI"
    assert single.tile("akta").subtitle_label.isHidden()
    assert single.selected_keys() == []


def test_duplicate_keys_are_refused(qtbot):
    grid = TileGrid()
    qtbot.addWidget(grid)
    with pytest.raises(ValueError):
        grid.set_items([("a", "A", ""), ("a", "B", "")])


def test_single_mode_selects_one_tile_at_a_time(qtbot, single):
    assert not single.is_multi_select()
    with qtbot.waitSignal(single.selection_changed) as blocker:
        tap(single, "kk")
    assert blocker.args == [["kk"]]
    with qtbot.waitSignal(single.selection_changed) as blocker:
        tap(single, "akta")
    assert blocker.args == [["akta"]]
    assert single.selected_keys() == ["akta"]
    assert not single.tile("kk").isChecked()


def test_single_mode_tapping_the_selected_tile_keeps_it_and_activates(qtbot, single):
    tap(single, "kk")
    with (
        qtbot.assertNotEmitted(single.selection_changed),
        qtbot.waitSignal(single.activated) as blocker,
    ):
        tap(single, "kk")
    assert blocker.args == ["kk"]
    assert single.selected_keys() == ["kk"]


def test_multi_mode_toggles_tiles(qtbot, multi):
    assert multi.is_multi_select()
    tap(multi, "pindah")
    tap(multi, "ktp")
    assert multi.selected_keys() == ["ktp", "pindah"]
    with qtbot.waitSignal(multi.selection_changed) as blocker:
        tap(multi, "pindah")
    assert blocker.args == [["ktp"]]


def test_a_tap_emits_selection_changed_then_activated(single):
    events = []
    single.selection_changed.connect(lambda keys: events.append(("selection_changed", keys)))
    single.activated.connect(lambda key: events.append(("activated", key)))
    tap(single, "akta")
    assert events == [("selection_changed", ["akta"]), ("activated", "akta")]


def test_set_selected_keeps_item_order_and_emits(qtbot, multi):
    with qtbot.waitSignal(multi.selection_changed) as blocker:
        multi.set_selected(["pindah", "ktp"])
    assert blocker.args == [["ktp", "pindah"]]
    assert multi.selected_keys() == ["ktp", "pindah"]
    with qtbot.assertNotEmitted(multi.selection_changed):
        multi.set_selected(["ktp", "pindah"])


def test_set_selected_does_not_activate(qtbot, single):
    with qtbot.assertNotEmitted(single.activated):
        single.set_selected(["kk"])


def test_single_mode_can_be_cleared(qtbot, single):
    tap(single, "kk")
    with qtbot.waitSignal(single.selection_changed) as blocker:
        single.clear_selection()
    assert blocker.args == [[]]
    assert single.selected_keys() == []
    tap(single, "ktp")
    tap(single, "akta")
    assert single.selected_keys() == ["akta"]


def test_set_selected_refuses_unknown_keys_and_two_keys_in_single_mode(single):
    with pytest.raises(KeyError):
        single.set_selected(["sim"])
    with pytest.raises(ValueError):
        single.set_selected(["ktp", "kk"])
    assert single.selected_keys() == []


def test_set_items_replaces_the_tiles_and_clears_the_selection(qtbot, multi):
    multi.set_selected(["kk"])
    with qtbot.waitSignal(multi.selection_changed) as blocker:
        multi.set_items([("sktm", "Surat Keterangan Tidak Mampu", "")])
    assert blocker.args == [[]]
    assert multi.keys() == ["sktm"]
    tap(multi, "sktm")
    assert multi.selected_keys() == ["sktm"]


def test_a_selected_tile_shows_a_check_mark(single):
    tap(single, "kk")
    assert single.tile("kk").check_label.text() == "✔"
    assert single.tile("ktp").check_label.text() == ""
    tap(single, "ktp")
    assert single.tile("kk").check_label.text() == ""


def test_tiles_do_not_take_focus_on_a_tap(single):
    for key in single.keys():
        assert single.tile(key).focusPolicy() == Qt.FocusPolicy.TabFocus


def test_tiles_are_at_least_15_mm_tall(show_in_window, single):
    show_in_window(single)
    minimum = touch_px(single)
    for key in single.keys():
        assert single.tile(key).height() >= minimum, key


def test_long_titles_wrap_inside_their_tile(show_in_window, single):
    show_in_window(single)
    tile = single.tile("pindah")
    label = tile.title_label
    assert label.geometry().right() < tile.width()
    assert label.height() >= 2 * label.fontMetrics().height()


def test_the_grid_scrolls_with_a_finger(single):
    assert QScroller.hasScroller(single.scroll_area.viewport())


def test_finger_scroll_on_a_list_scrolls_per_pixel(qtbot):
    view = QListWidget()
    qtbot.addWidget(view)
    scroller = enable_finger_scroll(view)
    assert QScroller.hasScroller(view.viewport())
    assert scroller is QScroller.scroller(view.viewport())
    assert view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
