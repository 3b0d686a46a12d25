"""Help → Keyboard Shortcuts lists every shortcut; Esc in the search field clears it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.shortcuts_dialog import CANVAS_KEYS, ShortcutsDialog

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(SAMPLE)
    return win


def test_every_shortcut_of_the_window_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window, parent=window)
    qtbot.addWidget(dialog)
    listed = dialog.listed()
    keys = {k for k, _ in listed}
    with_shortcuts = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_shortcuts) >= 12
    for action in with_shortcuts:
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert any(native in k for k in keys), f"{action.text()} ({native}) is not listed"
    assert ("Ctrl+P", "Print") in listed
    assert ("Ctrl+Shift+C", "Copy Link to Event") in listed
    for row in CANVAS_KEYS:
        assert row in listed
    assert ("Esc", "Clear the search") in listed
    assert window.shortcuts_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_esc_in_the_search_field_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "mission")
    assert window.proxy.rowCount() < window.model.rowCount()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.proxy.rowCount() == window.model.rowCount()
