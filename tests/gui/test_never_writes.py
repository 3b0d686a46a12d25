"""The app never writes to a file it opened: reading, searching, exporting, reloading and closing leave it as it was.

Only Save As over the file, after the reader says yes, may change it (tested in test_save_as.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from timeline_app.domain.exporting import ExportKind
from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
LONG_AGO = 1_000_000_000  # 2001-09-09: a rewrite of the file, even of the same bytes, moves its time off this


@pytest.mark.parametrize(
    "original",
    [
        DATA / "sample.timeline.json",
        DATA / "formats" / "timelinejs" / "ours-spreadsheet.csv",
        DATA / "formats" / "timeline" / "ours-full.timeline",
    ],
    ids=["ours", "timelinejs-csv", "timeline"],
)
def test_browsing_exporting_reloading_and_closing_leave_the_file_untouched(
    qtbot: QtBot, tmp_path: Path, original: Path
) -> None:
    folder = tmp_path / "reading"
    folder.mkdir()
    opened = folder / original.name
    shutil.copy(original, opened)
    os.utime(opened, ns=(LONG_AGO * 10**9, LONG_AGO * 10**9))
    before = opened.read_bytes()
    exports = tmp_path / "exports"
    exports.mkdir()

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    window.timeline_panel.canvas.animation_ms = 0
    with qtbot.waitSignal(window.timeline_loaded, timeout=10000):
        window.open_file_in_background(opened)  # as File → Open, Open Recent and dropping a file open it
    assert window.model.rowCount() > 1

    # Browse: choose events in the list, search, filter, zoom, show the legend.
    view = window.event_list
    for row in (0, window.proxy.rowCount() - 1):
        rect = view.visualRect(window.proxy.index(row, Column.TITLE))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_event_id() is not None
    first_word = str(window.proxy.index(0, Column.TITLE).data()).split()[0]
    qtbot.keyClicks(window.search_field, first_word)
    assert window.proxy.rowCount() >= 1
    next(iter(window.category_buttons.values())).click()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    window.fit_action.trigger()
    window.timeline_panel.legend_button.click()
    window.clear_filters()
    window.select_event(str(window.proxy.index(0, 0).data(EventRole.EVENT_ID)))

    # Export the events, the picture and the report, as File → Export… writes them.
    for kind, suffix in ((ExportKind.EVENTS, "csv"), (ExportKind.PICTURE, "png"), (ExportKind.REPORT, "html")):
        dialog = window.export_dialog()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.kind_buttons[kind].setChecked(True)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(suffix))
        target = exports / f"out.{suffix}"
        assert dialog.export_to(target), dialog.summary.text()
        assert target.stat().st_size > 0
        dialog.close()

    with qtbot.waitSignal(window.timeline_loaded, timeout=10000):
        window.reload_action.trigger()
    window.close()
    qtbot.wait(50)  # anything the close scheduled runs

    assert opened.read_bytes() == before
    assert opened.stat().st_mtime_ns == LONG_AGO * 10**9, "the file was written, even if with the same bytes"
    assert sorted(p.name for p in folder.iterdir()) == [original.name], "files were left beside the opened one"
    assert sorted(p.name for p in exports.iterdir()) == ["out.csv", "out.html", "out.png"]
