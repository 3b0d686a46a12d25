"""File → Save As: the timeline on screen written in our format, never over the opened file without a yes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from timeline_app.domain.loading import FileFormat
from timeline_app.domain.model import FORMAT_VERSION, Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.main_window import MainWindow, _our_file_name

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"


def in_this_version(timeline: Timeline) -> Timeline:
    """``timeline`` as this build saves it: in the format version it writes."""
    return timeline.model_copy(update={"format_version": FORMAT_VERSION})


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def test_save_as_writes_our_format_and_carries_on_from_the_new_file(window: MainWindow, tmp_path: Path) -> None:
    opened = tmp_path / "sample.timeline.json"
    shutil.copy(SAMPLE, opened)
    assert window.open_file(opened)
    assert window.select_event(window.model.events[2].id)
    chosen = window.current_event_id()
    target = tmp_path / "copy.timeline.json"
    assert window.save_as(target)
    saved = load_timeline(target)
    assert saved.file_format is FileFormat.TIMELINE_VIEWER
    assert saved.timeline == in_this_version(load_timeline(opened).timeline)
    assert window.path == target
    assert window.file_label.text() == "copy.timeline.json"
    assert window.current_event_id() == chosen, "saving keeps the reader's place"
    assert window.recent_files()[0] == str(target.resolve())
    assert opened.read_bytes() == SAMPLE.read_bytes(), "the opened file is untouched"


@pytest.mark.parametrize("answer", [False, True])
def test_the_opened_file_is_replaced_only_after_a_yes(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    opened = tmp_path / "sample.timeline.json"
    shutil.copy(SAMPLE, opened)
    assert window.open_file(opened)
    asked: list[str] = []

    def confirm(loaded: object) -> bool:
        asked.append(str(opened))
        return answer

    monkeypatch.setattr(window, "confirm_replacing_opened_file", confirm)
    assert window.save_as(opened) is answer
    assert asked == [str(opened)]
    if answer:
        assert load_timeline(opened).timeline == in_this_version(load_timeline(SAMPLE).timeline)
    else:
        assert opened.read_bytes() == SAMPLE.read_bytes()


def test_save_as_is_offered_once_a_timeline_is_open(window: MainWindow) -> None:
    assert not window.save_as_action.isEnabled()
    assert window.open_file(SAMPLE)
    assert window.save_as_action.isEnabled()
    assert window.save_as_action.shortcut().toString() == "Ctrl+Shift+S"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("women.csv", "women.timeline.json"),
        ("women_in_computing.json", "women_in_computing.timeline.json"),
        ("history.timeline", "history.timeline.json"),
        ("ours.timeline.json", "ours.timeline.json"),
    ],
)
def test_save_as_suggests_a_name_of_our_format(name: str, suggested: str) -> None:
    assert _our_file_name(Path(name)) == suggested
