"""Other tools' files in the window: opened by content, said what they were read as, kept in our format."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextDocument
from pytestqt.qtbot import QtBot

from timeline_app.domain.loading import FileFormat
from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import Column
from timeline_app.ui.main_window import TIMELINE_FILE_FILTER, MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
FORMATS = DATA / "formats"
WOMEN_JSON = FORMATS / "timelinejs" / "women-in-computing.json"
WOMEN_CSV = FORMATS / "timelinejs" / "women-in-computing.csv"
TIMELINE_FILE = FORMATS / "timeline" / "ours-full.timeline"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    return win


def pane_text(win: MainWindow) -> str:
    return re.sub("[ \xa0]+", " ", win.detail_pane.toPlainText())


@pytest.mark.parametrize(
    ("path", "label", "events"),
    [
        (WOMEN_JSON, "TimelineJS JSON", 10),
        (WOMEN_CSV, FileFormat.TIMELINEJS_CSV.label, 10),
        (TIMELINE_FILE, FileFormat.TIMELINE_XML.label, 11),
    ],
)
def test_another_tools_file_opens_and_says_what_it_was_read_as(
    window: MainWindow, path: Path, label: str, events: int
) -> None:
    assert window.open_file(path)
    assert window.count_label.text() == f"{events} of {events} events"
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Opened {path.name} as {label} with ")
    assert message.endswith("warnings: File → Warnings…")
    assert f"Read as {label}" in window.file_label.toolTip()
    assert f"<b>Read as:</b> {label}" in window.about_text()


def test_the_warnings_of_an_imported_file_are_listed_with_their_places(window: MainWindow) -> None:
    assert window.open_file(WOMEN_CSV)
    assert window.warnings_action.isEnabled()
    window.warnings_action.trigger()
    dialog = window.problems_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Warnings"
    listed = dialog.problems.toPlainText().splitlines()
    loaded = window.loaded
    assert loaded is not None
    assert listed == [str(w) for w in loaded.warnings]
    assert any(line.startswith(f"{WOMEN_CSV}:8:74: warning: row 6, Media:") for line in listed)


def test_an_imported_event_is_shown_as_not_assessed_with_where_it_came_from(window: MainWindow) -> None:
    assert window.open_file(WOMEN_JSON)
    event = next(e for e in window.model.events if e.title == "Edith Clarke: Bucking the Trend")
    assert window.select_event(event.id)
    text = pane_text(window)
    assert "CONFIDENCE NOT ASSESSED unverified" in text
    assert "Nobody has yet judged how well the sources support this event" in text
    assert "Read from the TimelineJS JSON file “women-in-computing.json”" in text
    assert "There is no demand for women engineers" in text, "the blockquote is a quote"
    assert "Edith Clarke" in text


def test_a_dropped_timelinejs_spreadsheet_opens_like_any_timeline(window: MainWindow, qtbot: QtBot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(WOMEN_CSV))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.timeline_loaded):  # a dropped file is read in the background
        window.dropEvent(drop)
    assert window.path == WOMEN_CSV
    assert window.loaded is not None
    assert window.loaded.file_format is FileFormat.TIMELINEJS_CSV


def test_a_file_that_is_no_timeline_is_refused_and_the_open_timeline_stays(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_file(WOMEN_JSON)
    shown = window.model.timeline
    not_a_sheet = tmp_path / "addresses.csv"
    not_a_sheet.write_text("Name,Street,Town\nAda,1 Long Lane,London\n", encoding="utf-8")
    assert not window.open_file(not_a_sheet)
    dialog = window.problems_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Could not open timeline"
    assert "Year" in dialog.problems.toPlainText()
    assert "Headline" in dialog.problems.toPlainText()
    assert window.model.timeline is shown
    assert window.path == WOMEN_JSON


def test_save_as_keeps_an_imported_timeline_in_our_format(window: MainWindow, tmp_path: Path) -> None:
    opened = tmp_path / "women.csv"
    shutil.copy(WOMEN_CSV, opened)
    assert window.open_file(opened)
    imported = window.model.timeline
    target = tmp_path / "women.timeline.json"
    assert window.save_as(target)
    saved = load_timeline(target)
    assert saved.file_format is FileFormat.TIMELINE_VIEWER
    assert saved.timeline == imported
    assert opened.read_bytes() == WOMEN_CSV.read_bytes(), "the TimelineJS file is untouched"
    assert window.file_label.text() == "women.timeline.json"
    assert "Read as" not in window.file_label.toolTip()


def test_replacing_an_imported_file_asks_first_naming_its_format(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = tmp_path / "women.json"
    shutil.copy(WOMEN_JSON, opened)
    assert window.open_file(opened)
    questions: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        questions.append(text)
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr("timeline_app.ui.main_window.QMessageBox.question", question)
    assert not window.save_as(opened)
    assert opened.read_bytes() == WOMEN_JSON.read_bytes()
    (asked,) = questions
    assert "women.json is the file you opened" in asked
    assert "It was read as TimelineJS JSON" in asked


def test_the_open_dialog_offers_every_format_the_app_reads() -> None:
    first = TIMELINE_FILE_FILTER.split(";;")[0]
    for pattern in ("*.timeline.json", "*.json", "*.csv", "*.timeline"):
        assert pattern in first


def test_an_era_that_goes_on_is_shaded_to_the_end_of_the_timeline(window: MainWindow) -> None:
    # Timeline's "ends today" era is a period without an end: it must not shrink to its first day.
    assert window.open_file(TIMELINE_FILE)
    scene = window.timeline_panel.canvas.scene
    assert scene is not None
    bands = {band.label: band for band in scene.periods}
    modern = bands["Modern Brindlemoor"]
    assert modern.end >= max(scene.columns.ends), "the band reaches the last event"
    assert modern.end - modern.start > 150 * 365
    timeline = window.model.timeline
    assert timeline is not None
    ended = next(p for p in timeline.periods if p.label == "Old Brindlemoor")
    assert ended.end is not None
    assert (bands["Old Brindlemoor"].start, bands["Old Brindlemoor"].end) == (ended.start.first_day, ended.end.end_day)


def test_names_from_a_file_are_shown_as_written_never_as_html_or_shortcuts(window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "a<i>&b.csv"
    # The group's HTML says "<b>R&D</b>" in so many characters: that is the category's name.
    sheet.write_text("Year,Headline,Group\n1994,Founded,&lt;b&gt;R&amp;D&lt;/b&gt;\n", encoding="utf-8")
    assert window.open_file(sheet)
    timeline = window.model.timeline
    assert timeline is not None
    label = next(c.label for c in timeline.categories if "R" in c.label)
    assert label == "<b>R&D</b>"
    button = next(iter(window.category_buttons.values()))
    assert button.text().replace("&&", "&") == label, "an & is shown, not taken as a shortcut mark"
    menu_texts = [a.text() for a in window.categories_menu.actions()]
    assert menu_texts == [button.text()]

    def shown(tooltip: str) -> str:
        document = QTextDocument()
        document.setHtml(tooltip)
        return document.toPlainText()

    assert shown(button.toolTip()) == f"Show or hide {label} events"
    assert shown(window.file_label.toolTip()).startswith(f"{sheet}\n")
    assert window.file_label.textFormat() == Qt.TextFormat.PlainText
    assert window.file_label.text() == "a<i>&b.csv"
    recent = window.recent_menu.actions()[0]
    assert recent.text() == "&1 a<i>&&b.csv"
    assert shown(recent.toolTip()) == str(sheet.resolve())


def test_titles_from_a_file_are_shown_as_written_in_the_window_title_and_the_list(
    window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "drafts.csv"
    sheet.write_text(
        "Year,Headline,Text,Type\n,Drafts [*],,title\n1994,&lt;b&gt;Bold&lt;/b&gt; move,,\n", encoding="utf-8"
    )
    assert window.open_file(sheet)
    # Qt takes "[*]" in a window title as the place of its "modified" mark, and would hide it.
    assert window.windowTitle() == "Drafts [*][*] — Timeline Viewer"
    row = window.proxy.index(0, Column.TITLE)
    tooltip = row.data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == "<b>Bold</b> move"
