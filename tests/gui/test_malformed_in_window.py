"""Every malformed file, opened while a good timeline is on screen: its problems are listed, and nothing changes.

The files are the malformed-file table of ``tests/unit/test_malformed_files.py`` (each a one-place
edit of ``minimal.timeline.json``), the broken encodings and numbers that file tests beside the
table, a file over the size limit, the refused files of the other tools' formats in
``tests/data/formats``, and a file that is not there or is a folder. Each is opened both ways the
window opens files: :meth:`MainWindow.open_file` (at once) and
:meth:`MainWindow.open_file_in_background` (in a worker). Each time, the problems dialog must list
exactly the problems the loader found, and the rows, the selected event, the search and filters,
the canvas's range and the window's title must be exactly what they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from module_from_file import module_from_file
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from timeline_app.domain import loading
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import TimelineLoadError, TimelineReadError
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

TESTS = Path(__file__).resolve().parent.parent
DATA = TESTS / "data"
SAMPLE = DATA / "sample.timeline.json"
FORMATS = DATA / "formats"


def _malformed_file_table() -> ModuleType:
    """``tests/unit/test_malformed_files.py``, whose ``CASES`` are the table (loaded by path: tests are no package)."""
    return module_from_file("malformed_file_table", TESTS / "unit" / "test_malformed_files.py")


TABLE = _malformed_file_table()
MINIMAL_TEXT: str = TABLE.MINIMAL


@dataclass(frozen=True)
class Malformed:
    """A file that must be refused: its name, and how to write it into a folder (or not, for one that is missing)."""

    id: str
    name: str
    write: Callable[[Path], object]
    says: str = ""
    """Words the problems must include (the table's expected message), when known."""
    size_limit: int | None = None
    """A lower size limit to open it under (a file over the real one would be a gigabyte)."""


def _text(text: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(text, encoding="utf-8", newline="")


def _bytes(raw: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(raw)


def _copy(source: Path) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(source.read_bytes())


def _nothing(_path: Path) -> None:
    pass


def _folder(path: Path) -> None:
    path.mkdir()


_MINIMAL_BYTES = MINIMAL_TEXT.encode("utf-8")

TABLE_FILES = [Malformed(case.id, "broken.timeline.json", _text(case.text()), case.message) for case in TABLE.CASES]
"""The malformed-file table itself."""

BESIDE_THE_TABLE = [
    Malformed(
        "latin-1-byte", "latin1.timeline.json", _bytes(_MINIMAL_BYTES.replace(b"Some words.", b"Some w\xe9rds."))
    ),
    Malformed("utf-16", "utf16.timeline.json", _bytes(MINIMAL_TEXT.encode("utf-16")), "the file is UTF-16 text"),
    Malformed(
        "nan",
        "nan.timeline.json",
        _text(MINIMAL_TEXT.replace('"title": "First"', '"title": "First", "x": NaN')),
        "NaN is not a number JSON allows",
    ),
    Malformed(
        "huge-number",
        "huge.timeline.json",
        _text(MINIMAL_TEXT.replace('"title": "First"', '"title": "First", "x": ' + "1" * 5000)),
        "a number has more digits than this app reads",
    ),
    Malformed(
        "half-a-character",
        "half.timeline.json",
        _text(MINIMAL_TEXT.replace('"title": "First"', '"title": "A \\ud800 alone"')),
        "half of a character",
    ),
    Malformed(
        "events-not-a-list",
        "section.timeline.json",
        _text(MINIMAL_TEXT.replace('"events": [', '"events": {"oops": [', 1).replace("  ]\n}", "  ]}\n}", 1)),
        "expected a list [...], found an object",
    ),
    Malformed(
        "too-large",
        "large.timeline.json",
        _bytes(_MINIMAL_BYTES + b" " * 2 * 1024 * 1024),
        "the largest timeline this app opens is 1 MB",
        size_limit=1024 * 1024,
    ),
    Malformed("missing", "gone.timeline.json", _nothing, "no such file"),
    Malformed("folder", "folder.timeline.json", _folder, "this is a folder, not a timeline file"),
]
"""The other refusals ``test_malformed_files.py`` checks, and files that cannot be read at all."""

FOREIGN_FILES = [
    Malformed(path.name, path.name, _copy(path))
    for path in [
        FORMATS / "timelinejs" / "ours-invalid-bc-letters.json",
        FORMATS / "timelinejs" / "ours-invalid-dates.json",
        FORMATS / "timelinejs" / "ours-invalid-no-events.json",
        FORMATS / "timelinejs" / "ours-invalid-no-readable-dates.json",
        FORMATS / "timelinejs" / "ours-not-a-timeline.csv",
        FORMATS / "timelinejs" / "ours-spreadsheet-invalid.csv",
        FORMATS / "timeline" / "ours-invalid-dates.timeline",
        FORMATS / "timeline" / "ours-bosparanian.timeline",
        FORMATS / "timeline" / "ours-coptic.timeline",
        FORMATS / "timeline" / "ours-numeric.timeline",
        FORMATS / "timeline" / "timeline-0.3.0-old-text-format.timeline",
        FORMATS / "timeline" / "timeline-1.7.0-year0-from-xmltimeline-test.timeline",
    ]
]
"""The refused files of the other tools' formats (TimelineJS JSON and CSV, Timeline XML)."""

MALFORMED = [*TABLE_FILES, *BESIDE_THE_TABLE, *FOREIGN_FILES]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window showing a good timeline, with an event chosen, a search, a hidden category and a range of its own."""
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()
    assert win.open_file(SAMPLE)
    win.select_event("mission")
    win.search_field.setText("a")
    win.category_buttons["diplomacy"].setChecked(False)
    win.confidence_actions["low"].setChecked(False)
    win.timeline_panel.canvas.set_range(9000.0, 12000.0)
    # The set-up took: a reader has something of their own to lose.
    assert win.current_event_id() == "mission"
    assert 1 < win.proxy.rowCount() < win.model.rowCount()
    yield win
    win.cancel_loading()
    assert win.loader.wait(), "every worker ends"


def what_the_reader_has(win: MainWindow) -> dict[str, Any]:
    """Everything a failed open must leave as it was: the timeline, the rows, the choice, the filters, the view."""
    canvas = win.timeline_panel.canvas
    shown_ids = [win.proxy.index(row, 0).data(EventRole.EVENT_ID) for row in range(win.proxy.rowCount())]
    selected = [index.data(EventRole.EVENT_ID) for index in win.selection.selectedRows()]
    return {
        "loaded": win.loaded,
        "timeline": win.model.timeline,
        "path": win.path,
        "rows": [win.model.index(row, 0).data(EventRole.EVENT_ID) for row in range(win.model.rowCount())],
        "shown rows": shown_ids,
        "current event": win.current_event_id(),
        "selected rows": selected,
        "search": win.search_field.text(),
        "categories shown": {category: button.isChecked() for category, button in win.category_buttons.items()},
        "confidence shown": {level: action.isChecked() for level, action in win.confidence_actions.items()},
        "only events in view": win.list_in_view_action.isChecked(),
        "range": (canvas.view_state.start, canvas.view_state.end, canvas.view_state.scroll),
        "title": win.windowTitle(),
        "count": win.count_label.text(),
        "file label": win.file_label.text(),
        "detail pane": win.detail_pane.toPlainText(),
    }


def expected_listing(path: Path) -> str:
    """The problems as the loader locates them, one per line: what the dialog must show."""
    with pytest.raises(TimelineLoadError) as refused:
        load_timeline(path)
    problems = refused.value.problems
    if not isinstance(refused.value, TimelineReadError):
        assert all(p.line is not None and p.column is not None for p in problems), "a problem without a place"
    return "\n".join(str(problem) for problem in problems)


def assert_problems_listed_and_closed(win: MainWindow, path: Path, listing: str, says: str) -> None:
    dialog = win.problems_dialog
    assert dialog is not None, f"{path.name}: no problems were shown"
    assert dialog.isVisible()
    shown = dialog.problems.toPlainText()
    assert shown == listing
    assert str(path) in shown
    assert says in shown
    dialog.reject()
    assert not dialog.isVisible()


OPENED: set[tuple[str, str]] = set()
"""(file, way) pairs opened in this session: the last test counts them for the note."""


@pytest.mark.parametrize("malformed", MALFORMED, ids=[m.id for m in MALFORMED])
def test_a_malformed_file_lists_its_problems_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, malformed: Malformed
) -> None:
    if malformed.size_limit is not None:
        monkeypatch.setattr(loading, "MAX_FILE_BYTES", malformed.size_limit)
    path = tmp_path / malformed.name
    malformed.write(path)
    listing = expected_listing(path)
    before = what_the_reader_has(window)

    assert not window.open_file(path)
    assert_problems_listed_and_closed(window, path, listing, malformed.says)
    assert what_the_reader_has(window) == before
    OPENED.add((malformed.id, "at once"))

    with qtbot.waitSignal(window.load_ended_without_timeline, timeout=20_000) as ended:
        window.open_file_in_background(path)
    assert ended.args == [str(path)]
    assert not window.is_loading()
    assert_problems_listed_and_closed(window, path, listing, malformed.says)
    assert what_the_reader_has(window) == before
    OPENED.add((malformed.id, "in the background"))


def test_every_malformed_file_was_opened_both_ways(request: pytest.FixtureRequest) -> None:
    """Runs last (pytest keeps the file's order): every case that ran opened its file both ways; counts them."""
    ran = {item.name for item in request.session.items if item.module is request.module}  # type: ignore[attr-defined]
    ran_ids = {name.partition("[")[2].removesuffix("]") for name in ran if "[" in name}
    for case in ran_ids:
        assert {(case, "at once"), (case, "in the background")} <= OPENED, f"{case} was not opened both ways"
    files = {file for file, _way in OPENED}
    print(f"\n{len(files)} malformed files opened in the window, {len(OPENED)} opens")
    if ran_ids == {m.id for m in MALFORMED}:
        assert len(TABLE_FILES) >= 20
        assert len(OPENED) == 2 * len(MALFORMED)
