"""The ways in a reader reaches things: Open Recent, File → Open, the keys, dragging files, the Legend,
the About box and Go to Date, each driven as a reader drives it and judged by what changes on screen."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from timeline_app import __version__
from timeline_app.domain.dates import day_number
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"
TIMELINEJS_DIR = DATA / "formats" / "timelinejs"
SAMPLE_TITLE = "Sample timeline for tests — Timeline Viewer"
MINIMAL_TITLE = "Minimal timeline — Timeline Viewer"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def new_window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    """A window shown and active, as a reader has it: shortcuts reach only the active window."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    win.timeline_panel.canvas.animation_ms = 0  # views arrive at once; the animation is tested in test_canvas.py
    return win


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = new_window(qtbot, settings)
    assert win.open_file(SAMPLE)
    return win


def shown_text(rich_text: str) -> str:
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


# -- Open Recent and File → Open ------------------------------------------------------------------------------


def test_open_recent_lists_the_files_last_opened_first_and_choosing_one_opens_it(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    first = new_window(qtbot, settings)
    assert not first.recent_menu.isEnabled()  # nothing opened yet: nothing to list
    assert first.open_file(MINIMAL)
    assert first.open_file(SAMPLE)
    first.close()

    again = new_window(qtbot, settings)
    actions = again.recent_menu.actions()
    assert again.recent_menu.isEnabled()
    assert [a.text() for a in actions] == ["&1 sample.timeline.json", "&2 minimal.timeline.json"]
    assert shown_text(actions[1].toolTip()) == str(MINIMAL.resolve())
    assert again.model.timeline is None
    with qtbot.waitSignal(again.timeline_loaded, timeout=10000):  # recent files open in the background
        actions[1].trigger()
    assert again.windowTitle() == MINIMAL_TITLE
    assert again.count_label.text() == "1 of 1 events"
    # The one just opened moves to the top.
    assert [a.text() for a in again.recent_menu.actions()] == ["&1 minimal.timeline.json", "&2 sample.timeline.json"]


def test_file_open_asks_for_a_timeline_beside_the_open_file_and_opens_the_one_chosen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, str]] = []

    def get_open_file_name(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((caption, folder, filters))
        return str(MINIMAL), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    with qtbot.waitSignal(window.timeline_loaded, timeout=10000):
        qtbot.keyClick(window.event_list, Qt.Key.Key_O, CTRL)  # File → Open's key, as a reader presses it
    assert len(asked) == 1
    caption, folder, filters = asked[0]
    assert caption == "Open Timeline"
    assert Path(folder) == SAMPLE.parent
    first_filter = filters.split(";;")[0]
    for pattern in ("*.timeline.json", "*.json", "*.csv", "*.timeline"):
        assert pattern in first_filter
    assert window.windowTitle() == MINIMAL_TITLE


def test_cancelling_file_open_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_event("mission")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    window.open_action.trigger()
    assert not window.is_loading()
    assert window.windowTitle() == SAMPLE_TITLE
    assert window.current_event_id() == "mission"


# -- keys ----------------------------------------------------------------------------------------------


def test_ctrl_f_puts_the_cursor_in_the_search_field_with_its_text_selected(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setText("signed")
    window.event_list.setFocus()
    assert not window.search_field.hasFocus()
    qtbot.keyClick(window.event_list, Qt.Key.Key_F, CTRL)
    assert window.search_field.hasFocus()
    assert window.search_field.selectedText() == "signed"  # typing replaces the old search
    qtbot.keyClicks(window.search_field, "brussels")
    assert window.search_field.text() == "brussels"


def test_ctrl_0_fits_the_whole_timeline(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    assert window.go_to_date("1997")
    assert canvas.view_state.span < 400
    window.event_list.setFocus()
    qtbot.keyClick(window.event_list, Qt.Key.Key_0, CTRL)
    state = canvas.view_state
    columns = window.model.columns
    assert columns is not None
    assert state.start <= min(columns.starts)
    assert state.end >= max(columns.ends)
    assert state.span < 1.2 * (max(columns.ends) - min(columns.starts)) + 2 * 365  # fitted, not zoomed far out


def test_f5_reads_the_file_again(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "copy.timeline.json"
    shutil.copy(SAMPLE, copy)
    assert window.open_file(copy)
    window.select_event("pfp")
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("Framework signed", "Framework re-signed"))
    with qtbot.waitSignal(window.timeline_loaded, timeout=10000):
        qtbot.keyClick(window.event_list, Qt.Key.Key_F5)
    assert window.current_event_id() == "pfp"
    assert window.detail_pane.toPlainText().startswith("Framework re-signed")


# -- dragging files onto the window ----------------------------------------------------------------------------


def drag_enter(window: MainWindow, mime: QMimeData) -> bool:
    # Its position is a QPoint up to PySide6 6.11; 6.12 takes a QPointF and warns that the QPoint form is deprecated.
    make: Callable[..., QDragEnterEvent] = QDragEnterEvent
    position = QPointF(200, 200) if PySide6.__version_info__ >= (6, 12) else QPoint(200, 200)
    event = make(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()  # refused unless the window says yes
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.mark.parametrize(
    "path",
    [
        SAMPLE,
        TIMELINEJS_DIR / "ours-minimal.json",
        TIMELINEJS_DIR / "ours-spreadsheet.csv",
        DATA / "formats" / "timeline" / "ours-full.timeline",
    ],
    ids=["ours", "timelinejs-json", "timelinejs-csv", "timeline"],
)
def test_dragging_one_timeline_file_over_the_window_is_accepted(window: MainWindow, path: Path) -> None:
    assert path.exists()
    assert drag_enter(window, files(path))


def test_dragging_anything_but_one_local_file_is_refused(window: MainWindow) -> None:
    assert not drag_enter(window, files(SAMPLE, MINIMAL))  # which one would it open?
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/timeline.json")])
    assert not drag_enter(window, web)
    text = QMimeData()
    text.setText(str(SAMPLE))
    assert not drag_enter(window, text)


def test_dropping_a_broken_file_lists_its_problems_and_keeps_the_timeline(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.select_event("mission")
    window.search_field.setText("unit")
    before = window.timeline_panel.view_state
    broken = tmp_path / "broken.timeline.json"
    broken.write_text(MINIMAL.read_text(encoding="utf-8")[:200], encoding="utf-8")  # cut off mid-file
    mime = files(broken)  # held here: the event does not keep it alive
    drop = QDropEvent(
        QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.load_ended_without_timeline, timeout=10000):
        # Straight to the handler: Qt delivers a drop only to the target of a drag it is running itself.
        window.dropEvent(drop)
    dialog = window.problems_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert f"{broken}:" in dialog.problems.toPlainText()
    assert "error" in dialog.problems.toPlainText()
    assert window.windowTitle() == SAMPLE_TITLE
    assert window.current_event_id() == "mission"
    assert window.search_field.text() == "unit"
    assert window.timeline_panel.view_state == before
    assert window.file_label.text() == "sample.timeline.json"


# -- the Legend ----------------------------------------------------------------------------------------------


def legend_corner(window: MainWindow) -> QImage:
    """The canvas's bottom-right corner, where the legend is drawn."""
    canvas = window.timeline_panel.canvas
    image = canvas.grab().toImage()
    return image.copy(image.width() - 360, image.height() - 200, 360, 200)


def legend_shown(window: MainWindow) -> bool:
    """Whether the Legend button is down and the canvas draws the legend."""
    button_down = window.timeline_panel.legend_button.isChecked()
    assert window.timeline_panel.canvas.legend_visible == button_down
    return button_down


def test_the_legend_button_shows_the_legend_and_the_choice_is_remembered(qtbot: QtBot, settings: QSettings) -> None:
    first = new_window(qtbot, settings)
    assert first.open_file(SAMPLE)
    assert not legend_shown(first)  # it covers lanes, so it starts hidden
    without = legend_corner(first)
    qtbot.mouseClick(first.timeline_panel.legend_button, Qt.MouseButton.LeftButton)
    assert legend_shown(first)
    assert legend_corner(first) != without, "the legend is not drawn"
    first.close()

    second = new_window(qtbot, settings)
    assert legend_shown(second)
    qtbot.mouseClick(second.timeline_panel.legend_button, Qt.MouseButton.LeftButton)
    assert not legend_shown(second)
    second.close()

    third = new_window(qtbot, settings)
    assert not legend_shown(third)


# -- About ----------------------------------------------------------------------------------------------------


def about_box(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def test_about_names_the_program_its_version_and_the_open_file(qtbot: QtBot, window: MainWindow) -> None:
    box = about_box(qtbot, window)
    assert box.windowTitle() == "About Timeline Viewer"
    text = shown_text(box.text())
    assert text.startswith(f"Timeline Viewer {__version__}\n")
    assert f"Data file: {SAMPLE}" in text
    assert "Read as: Timeline Viewer" in text
    assert "Licence: CC0" in text
    assert "Credits: Written for the test suite." in text
    box.close()


def test_about_without_a_file_names_only_the_program(qtbot: QtBot, settings: QSettings) -> None:
    empty = new_window(qtbot, settings)
    box = about_box(qtbot, empty)
    text = shown_text(box.text())
    assert text.startswith(f"Timeline Viewer {__version__}\n")
    assert "Data file" not in text
    box.close()


# -- Go to Date ----------------------------------------------------------------------------------------------


def go_to_date_dialog(qtbot: QtBot, window: MainWindow) -> QInputDialog:
    qtbot.keyClick(window.event_list, Qt.Key.Key_G, CTRL)
    dialog = window.findChild(QInputDialog, "go_to_date_dialog")
    assert isinstance(dialog, QInputDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_go_to_date_centres_the_canvas_on_the_date_typed(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    late_day, framework = window.model.row_of("late-day"), window.model.row_of("pfp")
    assert late_day is not None
    assert framework is not None
    dialog = go_to_date_dialog(qtbot, window)
    line_edit = dialog.findChild(type(window.search_field))
    assert line_edit is not None
    qtbot.keyClicks(line_edit, "1997")
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    state = canvas.view_state
    middle_of_1997 = (day_number(dt.date(1997, 1, 1)) + day_number(dt.date(1998, 1, 1))) / 2
    assert abs((state.start + state.end) / 2 - middle_of_1997) < 2
    assert 365 <= state.span < 450
    canvas.repaint()  # positions of this view, not of the one before
    position = canvas.event_position(late_day)
    assert position is not None  # 12 November 1997 is drawn …
    assert canvas.x_of(day_number(dt.date(1997, 1, 1))) < position.x() < canvas.x_of(day_number(dt.date(1998, 1, 1)))
    assert canvas.event_position(framework) is None  # … and 4 May 1994 is not


def test_go_to_date_with_what_is_not_a_date_says_so_and_stays(qtbot: QtBot, window: MainWindow) -> None:
    before = window.timeline_panel.view_state
    dialog = go_to_date_dialog(qtbot, window)
    dialog.setTextValue("next spring")
    dialog.accept()
    assert window.timeline_panel.view_state == before
    assert "'next spring' is not a date" in window.statusBar().currentMessage()
