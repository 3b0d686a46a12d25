"""Live reload: the open file is read again when an editor changes it on disk, the reader's view and selection
stay, and a file that no longer reads leaves the last good timeline on screen with a bar, never a dialog."""

from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.loading import LoadedTimeline
from timeline_app.domain.opening import read_timeline
from timeline_app.ui import file_loader
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"
WAIT_MS = 5000
"""Generous: a file system's report can be late on a loaded machine; the waits end as soon as the app is done."""
QUIET_MS = 400
"""How long nothing must happen after a write that is not a change (twenty quiet times of the test watcher)."""


def day(year: int, month: int = 1, day_of_month: int = 1) -> float:
    """Days since 1970-01-01, counted independently of the app's own date code."""
    return float((date(year, month, day_of_month) - date(1970, 1, 1)).days)


@pytest.fixture
def live_file(tmp_path: Path) -> Path:
    folder = tmp_path / "timelines"
    folder.mkdir()
    path = folder / "live.timeline.json"
    path.write_bytes(SAMPLE.read_bytes())
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, live_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()  # the bar is "visible" only in a window that is
    win.file_watch.debounce_ms = 20  # fast tests; the gathering of bursts is the same at any length
    assert win.open_file(live_file)
    yield win
    win.cancel_loading()
    assert win.loader.wait(), "every worker ends"


def sample_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


def with_new_event(data: dict[str, Any], event_id: str = "added", title: str = "An event added in the editor") -> Any:
    changed = copy.deepcopy(data)
    event = copy.deepcopy(next(e for e in changed["events"] if e["id"] == "late-day"))
    event.update(id=event_id, title=title, date="1998-03-02")
    changed["events"].append(event)
    return changed


def write_in_place(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def write_by_rename(path: Path, data: Any) -> None:
    """As many editors save: a new file beside the old one, renamed over it (a new inode)."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def has_event(window: MainWindow, event_id: str) -> bool:
    return window.model.row_of(event_id) is not None


def view_days(window: MainWindow) -> tuple[float, float]:
    state = window.timeline_panel.view_state
    return state.start, state.end


def set_up_reader(window: MainWindow) -> None:
    window.select_event("sofa")
    window.category_buttons["missions"].setChecked(False)
    window.timeline_panel.canvas.set_range(day(1995), day(2000))


def assert_reader_kept(window: MainWindow) -> None:
    assert window.current_event_id() == "sofa"
    assert window.detail_pane.toPlainText().startswith(window.current_event().title)  # type: ignore[union-attr]
    assert not window.category_buttons["missions"].isChecked()
    assert view_days(window) == pytest.approx((day(1995), day(2000)))


def no_dialog_is_up(window: MainWindow) -> bool:
    return window.problems_dialog is None and QApplication.activeModalWidget() is None


def test_a_file_written_in_place_is_read_again_keeping_the_selection_range_and_filters(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    set_up_reader(window)
    write_in_place(live_file, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert_reader_kept(window)
    assert window.count_label.text() == "4 of 8 events"  # the three diplomacy events, the new one; missions hidden
    assert window.statusBar().currentMessage() == "Reloaded live.timeline.json: it changed on disk"
    assert not window.problems_bar.isVisible()


def test_a_file_saved_by_renaming_a_new_one_over_it_is_read_again_and_still_watched(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    set_up_reader(window)
    write_by_rename(live_file, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert_reader_kept(window)
    # The watched inode was replaced: a later in-place write must be seen on the new one.
    write_in_place(live_file, with_new_event(sample_data(), "added-later", "Added by a second save"))
    qtbot.waitUntil(lambda: has_event(window, "added-later"), timeout=WAIT_MS)
    assert not has_event(window, "added")
    assert_reader_kept(window)


def test_a_file_that_no_longer_reads_keeps_the_last_good_timeline_with_a_bar_until_it_is_fixed(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    set_up_reader(window)
    broken = with_new_event(sample_data())
    for event in broken["events"][:2]:
        event["date"] = "2021-02-30"  # two located problems
    write_in_place(live_file, broken)
    bar = window.problems_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    assert bar.message.text() == "The file changed on disk and now has 2 problems; the last good version is shown."
    assert no_dialog_is_up(window), "a reload nobody asked for interrupts nobody"
    assert not has_event(window, "added")
    assert window.count_label.text() == "3 of 7 events"
    assert_reader_kept(window)

    qtbot.mouseClick(bar.show_button, Qt.MouseButton.LeftButton)
    dialog = window.problems_dialog
    assert dialog is not None
    assert dialog.isVisible()
    listed = dialog.problems.toPlainText().splitlines()
    assert len(listed) == 2
    assert all(line.startswith(f"{live_file}:") and "2021-02-30" in line for line in listed), listed
    dialog.close()

    write_in_place(live_file, "{")  # a half-written save: still broken, the count follows
    qtbot.waitUntil(lambda: "now has 1 problem;" in bar.message.text(), timeout=WAIT_MS)
    assert bar.isVisible()

    write_by_rename(live_file, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT_MS)
    assert has_event(window, "added")
    assert_reader_kept(window)
    assert window.problems_dialog is dialog, "no dialog was opened for the live reloads"


def test_a_deleted_file_leaves_the_timeline_on_screen_and_the_bar_says_so(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    set_up_reader(window)
    live_file.unlink()
    bar = window.problems_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    assert bar.message.text() == (
        "The file is no longer on disk (deleted, moved or renamed); the last version read is shown."
    )
    assert not bar.show_button.isVisible(), "there are no problems to list"
    assert no_dialog_is_up(window)
    assert window.count_label.text() == "3 of 7 events"
    assert_reader_kept(window)

    write_in_place(live_file, with_new_event(sample_data()))  # it comes back: read, and the bar goes
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert not bar.isVisible()
    assert_reader_kept(window)


def test_a_file_deleted_and_written_again_in_one_save_is_read_not_reported_gone(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    window.file_watch.missing_retries = 50  # the gap below is far shorter than 50 quiet times
    seen_gone: list[Path] = []
    window.file_watch.removed.connect(seen_gone.append)
    with qtbot.assertNotEmitted(window.file_watch.changed, wait=QUIET_MS):
        live_file.unlink()  # the editor's first step: nothing to read yet
    write_in_place(live_file, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert seen_gone == []
    assert not window.problems_bar.isVisible()


def test_our_own_save_as_and_other_files_in_the_folder_are_not_changes(
    window: MainWindow, live_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_reader(window)
    monkeypatch.setattr(window, "confirm_replacing_opened_file", lambda loaded: True)
    with qtbot.assertNotEmitted(window.timeline_loaded, wait=QUIET_MS):
        (live_file.parent / "notes.txt").write_text("beside the timeline", encoding="utf-8")
    with qtbot.assertNotEmitted(window.timeline_loaded, wait=QUIET_MS):
        assert window.save_as(live_file)
    assert window.statusBar().currentMessage().startswith("Saved as live.timeline.json")
    # The watch carries on after our save: the next editor's save is read.
    write_in_place(live_file, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert_reader_kept(window)


def test_after_save_as_elsewhere_the_new_file_is_watched_and_the_old_one_not(
    window: MainWindow, live_file: Path, qtbot: QtBot
) -> None:
    elsewhere = live_file.parent.parent / "copy.timeline.json"
    assert window.save_as(elsewhere)
    with qtbot.assertNotEmitted(window.timeline_loaded, wait=QUIET_MS):
        write_in_place(live_file, with_new_event(sample_data(), "in-the-old-file"))
    write_by_rename(elsewhere, with_new_event(sample_data()))
    qtbot.waitUntil(lambda: has_event(window, "added"), timeout=WAIT_MS)
    assert window.path == elsewhere


class Gate:
    """Holds every load inside its checking step until the test lets them go: a slow reload, made deterministic."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

        def held(raw: bytes, name: str, *rest: Any) -> LoadedTimeline:
            self.entered.set()
            assert self.release.wait(30), "the test never let the load go on"
            return read_timeline(raw, name, *rest)

        monkeypatch.setattr(file_loader, "read_timeline", held)


def test_a_change_during_a_reload_waits_for_it_and_is_read_after(
    window: MainWindow, live_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    started: list[Path] = []
    start = window.loader.start

    def counted(path: Path, **options: bool) -> None:
        started.append(path)
        start(path, **options)

    monkeypatch.setattr(window.loader, "start", counted)
    try:
        write_in_place(live_file, with_new_event(sample_data(), "first"))
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        with qtbot.waitSignal(window.file_watch.changed, timeout=WAIT_MS):
            write_by_rename(live_file, with_new_event(sample_data(), "second"))
        assert len(started) == 1, "the reload under way is not dropped for another"
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: has_event(window, "second"), timeout=WAIT_MS)
    assert len(started) == 2, "the change made meanwhile is read once, after"
    assert not has_event(window, "first")


def test_opening_another_file_moves_the_watch_to_it(window: MainWindow, live_file: Path, qtbot: QtBot) -> None:
    other = live_file.with_name("other.timeline.json")
    other.write_bytes(MINIMAL.read_bytes())
    assert window.open_file(other)
    with qtbot.assertNotEmitted(window.timeline_loaded, wait=QUIET_MS):
        write_in_place(live_file, with_new_event(sample_data()))
    minimal = json.loads(MINIMAL.read_text(encoding="utf-8"))
    minimal["title"] = "Minimal timeline, edited"
    write_by_rename(other, minimal)
    qtbot.waitUntil(lambda: window.windowTitle() == "Minimal timeline, edited — Timeline Viewer", timeout=WAIT_MS)
