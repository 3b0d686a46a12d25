"""Opening a file in the background: the window stays in use, shows progress for a slow load, and Cancel or a
failed load leaves everything as it was."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot
from typing_extensions import override

from timeline_app import cli
from timeline_app.app import open_requested_in_background
from timeline_app.domain import loading
from timeline_app.domain.loading import EventsChecked, LoadedTimeline
from timeline_app.domain.model import Event
from timeline_app.domain.opening import read_timeline
from timeline_app.domain.selection import SearchTextFolder, search_texts
from timeline_app.qtmodels import event_model
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui import file_loader
from timeline_app.ui.file_loader import PreparedTimeline
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()  # the progress bar is in the status bar: shown only on a window that is
    assert win.open_file(SAMPLE)
    yield win
    win.cancel_loading()
    assert win.loader.wait(), "every worker ends"


class Gate:
    """Holds the worker inside its checking step until the test lets it go: a slow load, made deterministic."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

        def held(raw: bytes, name: str, events_checked: EventsChecked | None = None) -> LoadedTimeline:
            self.entered.set()
            assert self.release.wait(30), "the test never let the load go on"
            return read_timeline(raw, name, events_checked)

        monkeypatch.setattr(file_loader, "read_timeline", held)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.release.set()  # a test that failed half-way must not leave a worker waiting


class ShowCounter(QObject):
    """Counts how often a widget was shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def snapshot(win: MainWindow) -> dict[str, object]:
    """What a reader sees and has set up: the file, the rows, the selection, the filters and the view."""
    state = win.timeline_panel.view_state
    return {
        "timeline": win.model.timeline,
        "path": win.path,
        "rows": win.model.rowCount(),
        "shown": win.proxy.rowCount(),
        "current": win.current_event_id(),
        "search": win.search_field.text(),
        "categories": {c: b.isChecked() for c, b in win.category_buttons.items()},
        "confidences": {c: a.isChecked() for c, a in win.confidence_actions.items()},
        "view": (state.start, state.end, state.scroll),
        "title": win.windowTitle(),
        "count": win.count_label.text(),
    }


def set_up_a_view(win: MainWindow) -> dict[str, object]:
    win.select_event("sofa")
    win.category_buttons["missions"].setChecked(False)
    win.search_field.setText("agreement")
    win.timeline_panel.canvas.set_range(9000.0, 12000.0)
    return snapshot(win)


def test_a_background_load_shows_the_file_and_says_so(window: MainWindow, qtbot: QtBot) -> None:
    prepared: list[object] = []
    window.loader.finished.connect(prepared.append)
    with qtbot.waitSignal(window.timeline_loaded) as loaded:
        window.open_file_in_background(MINIMAL)
    assert loaded.args == [str(MINIMAL)]
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"
    assert window.count_label.text() == "1 of 1 events"
    assert window.path == MINIMAL
    assert not window.is_loading()
    # The list and the canvas were handed what the worker built, not left to build it again.
    (ready,) = prepared
    assert isinstance(ready, PreparedTimeline)
    assert window.model.timeline is ready.loaded.timeline
    assert window.timeline_panel.canvas.scene is ready.scene


def test_while_a_file_loads_the_old_timeline_stays_and_the_window_answers(
    window: MainWindow, qtbot: QtBot, gate: Gate
) -> None:
    before = set_up_a_view(window)
    window.open_file_in_background(MINIMAL)
    assert gate.entered.wait(10)
    # The worker is in the middle of checking the file: the UI thread still runs its timers and the reader's clicks.
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 1, timeout=5000)
    timer.stop()
    assert window.is_loading()
    assert snapshot(window) == before
    window.select_event("pfp")  # the timeline on screen is still in use
    assert window.current_event_id() == "pfp"
    with qtbot.waitSignal(window.timeline_loaded):
        gate.release.set()
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"


def test_cancel_leaves_model_selection_filters_and_view_exactly_as_they_were(
    window: MainWindow, qtbot: QtBot, gate: Gate
) -> None:
    before = set_up_a_view(window)
    timeline = window.model.timeline
    ended: list[str] = []
    loaded: list[str] = []
    window.load_ended_without_timeline.connect(ended.append)
    window.timeline_loaded.connect(loaded.append)
    window.open_file_in_background(MINIMAL)
    qtbot.waitUntil(window.loading_bar.isVisible, timeout=5000)
    qtbot.mouseClick(window.loading_bar.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.is_loading()
    assert not window.loading_bar.isVisible()
    gate.release.set()
    assert window.loader.wait()
    qtbot.wait(50)  # anything the worker still sent is delivered now, and must be ignored
    assert ended == [str(MINIMAL)]
    assert loaded == []
    assert window.model.timeline is timeline
    assert snapshot(window) == before
    assert window.statusBar().currentMessage() == "Opening minimal.timeline.json cancelled"


def test_a_file_that_cannot_be_read_lists_its_problems_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    before = set_up_a_view(window)
    broken = tmp_path / "broken.timeline.json"
    broken.write_text('{"format": "timeline-viewer", "format_version": 1, "title": ', encoding="utf-8")
    with qtbot.waitSignal(window.load_ended_without_timeline) as ended:
        window.open_file_in_background(broken)
    assert ended.args == [str(broken)]
    assert window.problems_dialog is not None
    assert window.problems_dialog.isVisible()
    assert str(broken) in window.problems_dialog.windowTitle() + window.problems_dialog.problems.toPlainText()
    assert snapshot(window) == before
    assert not window.loading_bar.isVisible()


def test_progress_appears_for_a_slow_load_with_the_files_name_and_not_for_a_fast_one(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shows = ShowCounter()
    window.loading_bar.installEventFilter(shows)
    with qtbot.waitSignal(window.timeline_loaded):
        window.open_file_in_background(MINIMAL)
    qtbot.wait(file_loader.SHOW_PROGRESS_AFTER_MS + 100)
    assert shows.shown == 0, "a load that ends at once shows no progress"

    gate = Gate(monkeypatch)
    window.open_file_in_background(SAMPLE)
    try:
        assert gate.entered.wait(10)
        qtbot.waitUntil(window.loading_bar.isVisible, timeout=5000)
        assert shows.shown == 1
        assert window.loading_bar.label.text().startswith("Opening sample.timeline.json (5 kB): checking")
        assert window.loading_bar.cancel_button.isVisible()
    finally:
        gate.release.set()
    with qtbot.waitSignal(window.timeline_loaded):
        pass
    assert not window.loading_bar.isVisible()


def test_reload_and_recent_files_read_in_the_background(window: MainWindow, qtbot: QtBot, gate: Gate) -> None:
    shown = window.model.timeline
    window.reload_action.trigger()
    assert window.is_loading()
    assert window.model.timeline is shown, "nothing changes until the file is read"
    with qtbot.waitSignal(window.timeline_loaded):
        gate.release.set()
    assert window.statusBar().currentMessage() == "Reloaded sample.timeline.json"
    assert window.model.timeline is not shown

    assert window.open_file(MINIMAL)
    recent = next(a for a in window.recent_menu.actions() if a.data() == str(SAMPLE.resolve()))
    gate.release.clear()
    recent.trigger()
    assert window.is_loading()
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"
    with qtbot.waitSignal(window.timeline_loaded):
        gate.release.set()
    assert window.windowTitle() == "Sample timeline for tests — Timeline Viewer"


def test_opening_another_file_while_one_loads_shows_only_the_last(window: MainWindow, qtbot: QtBot) -> None:
    opened: list[str] = []
    window.timeline_loaded.connect(opened.append)
    window.open_file_in_background(SAMPLE)
    with qtbot.waitSignal(window.timeline_loaded):
        window.open_file_in_background(MINIMAL)
    assert window.loader.wait()
    qtbot.wait(50)
    assert opened == [str(MINIMAL)]
    assert window.path == MINIMAL


def test_start_up_opens_the_command_lines_file_in_the_background_at_its_event(window: MainWindow, qtbot: QtBot) -> None:
    options = cli.app_parser().parse_args([str(SAMPLE), "--event", "pfp"])
    window.select_event("sofa")
    with qtbot.waitSignal(window.timeline_loaded):
        open_requested_in_background(window, options)
    assert window.current_event_id() == "pfp"


def count_folded_slices(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of events in each slice the search texts are folded in, as they are folded."""
    slices: list[int] = []
    real_texts = SearchTextFolder.texts

    def counted(folder: SearchTextFolder, events: Sequence[Event]) -> list[str]:
        slices.append(len(events))
        return real_texts(folder, events)

    monkeypatch.setattr(SearchTextFolder, "texts", counted)
    return slices


def test_search_texts_are_folded_after_the_timeline_is_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_model, "FOLD_SLICE", 2)  # the sample's 7 events in four idle moments
    slices = count_folded_slices(monkeypatch)
    with qtbot.waitSignal(window.timeline_loaded):
        window.open_file_in_background(SAMPLE)
    # Shown before they are folded (a million events' texts would hold the first frame for
    # seconds), then folded a slice at a time while the window is idle, not all at once.
    assert window.model.folding_search_texts
    qtbot.waitUntil(lambda: not window.model.folding_search_texts, timeout=10000)
    assert slices == [2, 2, 2, 1]
    timeline = window.model.timeline
    assert timeline is not None
    assert window.model.search_texts() == search_texts(timeline, window.model.events)


def listed_ids(window: MainWindow) -> list[str]:
    return [str(window.proxy.index(r, 0).data(EventRole.EVENT_ID)) for r in range(window.proxy.rowCount())]


def test_a_search_before_the_texts_are_all_folded_folds_the_rest_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_model, "FOLD_SLICE", 2)
    slices = count_folded_slices(monkeypatch)
    with qtbot.waitSignal(window.timeline_loaded):
        window.open_file_in_background(SAMPLE)
    # The test, not the event loop, decides how many idle moments come: the loop that waited for the
    # signal may have had one already.
    window.model._fold_timer.stop()
    if not slices:
        window.model._fold_a_slice()  # one idle moment, no more
    assert slices == [2]
    window.search_field.setText("framework")  # the first slice's event, searched before the rest is folded
    assert listed_ids(window) == ["pfp"]
    assert not window.model.folding_search_texts
    window.search_field.setText("last to leave")  # and one of the rest
    assert listed_ids(window) == ["mission"]
    assert sum(slices) == 7, "each event folded once"


def test_a_file_that_opens_with_a_search_has_its_texts_folded_in_the_load(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setText("mission")
    shown = window.proxy.rowCount()
    with qtbot.waitSignal(window.timeline_loaded):
        window.reload_action.trigger()
    # Reloading keeps the search: its texts came with the load, so nothing is left to fold.
    assert window.search_field.text() == "mission"
    assert window.proxy.rowCount() == shown
    assert not window.model.folding_search_texts


def test_while_checking_the_bar_counts_the_events_checked_and_cancel_stops_the_decode_part_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sample has seven events; a count every 2 makes several reports within one decode.
    monkeypatch.setattr(loading, "EVENTS_CHECKED_EVERY", 2)
    seen: list[file_loader.LoadProgress] = []
    prepared = file_loader.prepare_timeline(SAMPLE, seen.append)
    counts = [p.done for p in seen if p.phase == "Checking"]
    events = len(prepared.loaded.timeline.events)
    assert counts == [0, *range(2, events + 1, 2)], "a report every 2 events, from inside the one decode"
    checking = next(p for p in seen if p.phase == "Checking" and p.done == 4)
    size = f"{SAMPLE.stat().st_size / 1000:,.0f} kB"
    assert checking.in_words() == f"Opening sample.timeline.json ({size}): 4 events checked"

    cancelled = threading.Event()
    heard: list[int] = []

    def cancel_at_ten(progress: file_loader.LoadProgress) -> None:
        if progress.phase == "Checking":
            heard.append(progress.done)
            if progress.done == 4:
                cancelled.set()

    with pytest.raises(file_loader.LoadCancelledError):
        file_loader.prepare_timeline(SAMPLE, cancel_at_ten, cancelled)
    assert heard == [0, 2, 4], "the decode stopped at the next count after Cancel"


def test_what_folds_the_search_texts_later_is_made_in_the_worker_not_on_the_ui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made on the UI thread it held a million-event window still for a quarter of a second after the load.
    made_on: list[str] = []
    real_init = SearchTextFolder.__init__

    def recorded(folder: SearchTextFolder, timeline: object) -> None:
        made_on.append(threading.current_thread().name)
        real_init(folder, timeline)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchTextFolder, "__init__", recorded)
    with qtbot.waitSignal(window.timeline_loaded):
        window.open_file_in_background(MINIMAL)
    qtbot.waitUntil(lambda: not window.model.folding_search_texts)
    assert made_on == ["load minimal.timeline.json"]
