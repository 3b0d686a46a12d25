"""The Sources and Speakers views: choosing a publisher, sources or speakers filters the list and the canvas,
marks the events a chosen source contradicts, combines with search, and Reset Filters / Reset View clear it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.reading_by import event_links, sources_by_publisher, speakers
from timeline_app.domain.selection import in_time_order
from timeline_app.qtmodels.filter_proxy import CONTRADICTED_BY_ROLE
from timeline_app.qtmodels.roles import EventRole
from timeline_app.qtmodels.source_model import SORT_ROLE, SOURCE_IDS_ROLE, SourceColumn, SourceTreeModel
from timeline_app.qtmodels.speaker_model import PERSON_ID_ROLE, SpeakerColumn, SpeakerTableModel
from timeline_app.ui.canvas.renderer import HitKind
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.sources_view import EVENTS_TAB, SOURCES_TAB, SPEAKERS_TAB, ReadingTabs
from timeline_app.ui.theme import current_theme

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_timeline_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    win.timeline_panel.canvas.animation_ms = 0
    assert win.open_file(bundled_timeline_path())
    return win


def nato_sources(raw: dict[str, Any]) -> set[str]:
    """NATO's sources, as their publisher names them: "NATO" or "NATO (its outlet)"."""
    return {
        s["id"] for s in raw["sources"] if s.get("publisher") == "NATO" or s.get("publisher", "").startswith("NATO (")
    }


def citing(raw: dict[str, Any], sources: set[str], *, stance: str | None = None) -> set[str]:
    """Ids of the events that cite any of ``sources`` (with that ``stance`` only, if given), read from the JSON."""
    quote_sources = {q["id"]: q["source"] for q in raw["quotes"]}
    found = set()
    for event in raw["events"]:
        citations = list(event.get("citations", []))
        for claim in event.get("claims", []):
            citations += claim.get("citations", [])
        cited = {(c["source"], c.get("stance", "supports")) for c in citations}
        if isinstance(event["date"], dict):
            cited |= {(s, "supports") for a in event["date"].get("alternatives", []) for s in a["sources"]}
        cited |= {(quote_sources[q], "supports") for q in event.get("quotes", [])}
        if any(source in sources and stance in (None, said) for source, said in cited):
            found.add(event["id"])
    return found


def listed(window: MainWindow) -> set[str]:
    proxy = window.proxy
    return {str(proxy.index(row, 0).data(EventRole.EVENT_ID)) for row in range(proxy.rowCount())}


def chosen(window: MainWindow) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    return window.proxy.sources, window.proxy.speakers


def on_canvas(window: MainWindow) -> set[str]:
    scene = window.timeline_panel.canvas.scene
    assert scene is not None
    return {scene.columns.ids[row] for row in range(len(scene.columns)) if scene.accepted(row)}


def row_named(model: Any, name: str) -> QModelIndex:
    rows: list[QModelIndex] = [model.index(row, 0) for row in range(model.rowCount())]
    found = [index for index in rows if index.data() == name]
    assert len(found) == 1, name
    return found[0]


def choose_publisher(window: MainWindow, name: str) -> None:
    tabs = window.reading_tabs
    tabs.setCurrentIndex(SOURCES_TAB)
    tabs.sources_tree.selectionModel().select(row_named(tabs.sources_sorted, name), ROWS)


# -- the models -------------------------------------------------------------------------------------------


def test_the_models_follow_qts_rules(qtmodeltester: ModelTester) -> None:
    timeline = load_timeline(bundled_timeline_path()).timeline
    links = event_links(timeline, in_time_order(timeline)[1])
    sources = SourceTreeModel()
    qtmodeltester.check(sources, force_py=True)
    sources.set_readings(sources_by_publisher(timeline, links))
    qtmodeltester.check(sources, force_py=True)
    speaking = SpeakerTableModel()
    speaking.set_readings(speakers(timeline, links))
    qtmodeltester.check(speaking, force_py=True)
    assert sources.rowCount() > 1
    nato = row_named(sources, "NATO")
    assert sources.rowCount(nato) > 1
    assert sources.rowCount(sources.index(0, SourceColumn.SUPPORTS)) == 0, "only the first column holds sources"


def test_the_tables_sort_counts_as_numbers_and_a_publisher_stands_for_all_its_sources(
    qtbot: QtBot, window: MainWindow, raw: dict[str, Any], qtmodeltester: ModelTester
) -> None:
    tabs = window.reading_tabs
    tabs.setCurrentIndex(SOURCES_TAB)
    qtmodeltester.check(tabs.sources_sorted, force_py=True)
    tabs.sources_tree.sortByColumn(SourceColumn.SUPPORTS, Qt.SortOrder.DescendingOrder)
    model = tabs.sources_sorted
    counts = [int(model.index(row, SourceColumn.SUPPORTS).data() or 0) for row in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] >= 10 > counts[-1], "numerically: 23 before 9"
    nato = row_named(model, "NATO")
    assert nato.data(SOURCE_IDS_ROLE) == nato_sources(raw)
    tabs.setCurrentIndex(SPEAKERS_TAB)
    qtmodeltester.check(tabs.speakers_sorted, force_py=True)
    tabs.speakers_table.sortByColumn(SpeakerColumn.QUOTES, Qt.SortOrder.DescendingOrder)
    quotes = [tabs.speakers_sorted.index(row, SpeakerColumn.QUOTES).data(SORT_ROLE) for row in range(3)]
    assert quotes == sorted(quotes, reverse=True)


# -- choosing ---------------------------------------------------------------------------------------------


def test_choosing_natos_sources_filters_the_list_and_the_canvas_to_the_events_citing_them(
    window: MainWindow, raw: dict[str, Any]
) -> None:
    nato = nato_sources(raw)
    expected = citing(raw, nato)
    assert 0 < len(expected) < len(raw["events"])
    choose_publisher(window, "NATO")
    assert window.proxy.sources == frozenset(nato)
    assert listed(window) == expected
    assert on_canvas(window) == expected
    total = len(raw["events"])
    assert window.count_label.text() == f"{len(expected)} of {total} events · by source: NATO"
    assert window.reading_tabs.tabText(EVENTS_TAB) == f"Events ({len(expected)} of {total})"
    # A second publisher adds its events (Ctrl+click).
    choose_publisher(window, "AFP")
    afp = {s["id"] for s in raw["sources"] if s.get("publisher", "").startswith("AFP")}
    assert listed(window) == expected | citing(raw, afp)
    assert window.count_label.text().endswith("· by source: NATO, AFP")


def test_the_events_a_chosen_source_contradicts_are_listed_and_marked(window: MainWindow, raw: dict[str, Any]) -> None:
    nato = nato_sources(raw)
    contradicted = citing(raw, nato, stance="contradicts")
    assert contradicted, "the bundled file records NATO sources contradicting claims"
    choose_publisher(window, "NATO")
    proxy = window.proxy
    marked = {
        str(proxy.index(row, 0).data(EventRole.EVENT_ID))
        for row in range(proxy.rowCount())
        if proxy.index(row, 0).data(CONTRADICTED_BY_ROLE)
    }
    assert marked == contradicted
    names = {s["id"]: s.get("publisher") or s["title"] for s in raw["sources"]}
    for row in range(proxy.rowCount()):
        title = proxy.index(row, 1)
        against = title.data(CONTRADICTED_BY_ROLE)
        if against:
            assert set(against) <= nato
            tip = str(title.data(Qt.ItemDataRole.ToolTipRole))
            assert "Contradicted by " + ", ".join(names[s] for s in against) in tip
            assert title.data(Qt.ItemDataRole.DecorationRole) is not None


def test_a_search_narrows_the_chosen_sources_events(qtbot: QtBot, window: MainWindow, raw: dict[str, Any]) -> None:
    choose_publisher(window, "NATO")
    by_nato = listed(window)
    window.search_field.setText("Kosovo")
    narrowed = listed(window)
    window.reading_tabs.clear_choice()
    kosovo = listed(window)
    assert narrowed == by_nato & kosovo
    assert 0 < len(narrowed) < min(len(by_nato), len(kosovo))
    assert on_canvas(window) == kosovo


@pytest.mark.parametrize("how", ["reset filters", "reset view", "clear button"])
def test_the_choice_is_cleared_by_reset_filters_reset_view_and_clear(
    qtbot: QtBot, window: MainWindow, raw: dict[str, Any], how: str
) -> None:
    choose_publisher(window, "NATO")
    tabs = window.reading_tabs
    tabs.setCurrentIndex(SPEAKERS_TAB)
    tabs.speakers_table.selectionModel().select(row_named(tabs.speakers_sorted, "Jens Stoltenberg"), ROWS)
    assert chosen(window) == (frozenset(nato_sources(raw)), frozenset({"jens-stoltenberg"}))
    assert "quoting: Jens Stoltenberg" in window.count_label.text()
    if how == "reset filters":
        window.clear_filters_action.trigger()
    elif how == "reset view":
        window.reset_view_action.trigger()
    else:
        qtbot.mouseClick(tabs.speakers_page.clear_button, Qt.MouseButton.LeftButton)
        assert chosen(window) == (frozenset(nato_sources(raw)), None), "each page's Clear lets go of its own choice"
        assert not tabs.speakers_page.clear_button.isEnabled()
        tabs.setCurrentIndex(SOURCES_TAB)
        qtbot.mouseClick(tabs.sources_page.clear_button, Qt.MouseButton.LeftButton)
    assert chosen(window) == (None, None)
    assert len(listed(window)) == len(raw["events"])
    assert len(on_canvas(window)) == len(raw["events"])
    assert not tabs.sources_tree.selectionModel().hasSelection()
    assert not tabs.speakers_table.selectionModel().hasSelection()
    assert window.count_label.text() == f"{len(raw['events'])} of {len(raw['events'])} events"
    assert tabs.tabText(EVENTS_TAB) == "Events"


def test_choosing_a_speaker_shows_the_events_that_carry_their_quotes(window: MainWindow, raw: dict[str, Any]) -> None:
    tabs = window.reading_tabs
    tabs.setCurrentIndex(SPEAKERS_TAB)
    row = row_named(tabs.speakers_sorted, "Jens Stoltenberg")
    assert row.data(PERSON_ID_ROLE) == "jens-stoltenberg"
    tabs.speakers_table.selectionModel().select(row, ROWS)
    his = {q["id"] for q in raw["quotes"] if q["speaker"] == "jens-stoltenberg"}
    expected = {e["id"] for e in raw["events"] if his & set(e.get("quotes", []))}
    assert listed(window) == on_canvas(window) == expected
    assert int(row.siblingAtColumn(SpeakerColumn.EVENTS).data()) == len(expected)
    assert int(row.siblingAtColumn(SpeakerColumn.QUOTES).data()) == len(his)


def test_the_sources_are_reached_and_chosen_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.reading_tabs
    window.timeline_panel.canvas.setFocus()
    qtbot.waitUntil(window.timeline_panel.canvas.hasFocus)
    qtbot.keyClick(window.timeline_panel.canvas, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tabs.tabBar()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentIndex() == SOURCES_TAB
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tabs.sources_tree
    qtbot.keyClick(tabs.sources_tree, Qt.Key.Key_Space)  # the first row is current on arriving: choose it
    first = tabs.sources_sorted.index(0, 0)
    assert window.proxy.sources == first.data(SOURCE_IDS_ROLE)
    assert window.proxy.rowCount() < window.model.rowCount()
    qtbot.keyClick(tabs.sources_tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    second = tabs.sources_sorted.index(1, 0)
    assert window.proxy.sources == first.data(SOURCE_IDS_ROLE) | second.data(SOURCE_IDS_ROLE)
    qtbot.keyClick(tabs.sources_tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tabs.sources_page.clear_button
    qtbot.keyClick(tabs.sources_page.clear_button, Qt.Key.Key_Space)
    assert window.proxy.sources is None


def test_a_reload_keeps_the_choice_and_another_file_drops_it(
    qtbot: QtBot, window: MainWindow, raw: dict[str, Any], tmp_path: Path
) -> None:
    choose_publisher(window, "NATO")
    chosen = listed(window)
    assert window.open_file(bundled_timeline_path())
    tabs = window.reading_tabs
    assert listed(window) == chosen
    selected = tabs.sources_tree.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["NATO"], "the publisher is shown chosen again"
    sample = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
    assert window.open_file(sample)
    assert window.proxy.sources is None
    assert window.proxy.rowCount() == window.model.rowCount()
    assert not tabs.sources_tree.selectionModel().hasSelection()
    assert isinstance(tabs, ReadingTabs)


def ring_rows(window: MainWindow) -> set[int]:
    """The rows of the events drawn with a contradiction ring around their glyph."""
    canvas = window.timeline_panel.canvas
    canvas.repaint()
    image = canvas.grab().toImage()
    ring = current_theme().contradicted
    found: set[int] = set()
    for hit in canvas.render_hits().items:
        if hit.kind is not HitKind.EVENT:
            continue
        # Around the event's glyph: a dot, or the start of a bar.
        top = max(int(hit.rect.center().y()) - 14, 0)
        bottom = min(int(hit.rect.center().y()) + 14, image.height() - 1)
        left, right = max(int(hit.rect.left()) - 4, 0), min(int(hit.rect.left()) + 26, image.width() - 1)
        if any(
            image.pixelColor(x, y).rgb() == ring.rgb() for y in range(top, bottom + 1) for x in range(left, right + 1)
        ):
            found.add(hit.event)
    return found


def test_the_canvas_rings_the_events_a_chosen_source_contradicts(window: MainWindow, raw: dict[str, Any]) -> None:
    contradicted = citing(raw, nato_sources(raw), stance="contradicts")
    canvas = window.timeline_panel.canvas
    assert ring_rows(window) == set(), "no ring while no source is chosen"
    choose_publisher(window, "NATO")
    rows_of = {window.model.row_of(event_id): event_id for event_id in contradicted}
    for row in rows_of:
        assert row is not None
        canvas.reveal(row)
    ringed = {rows_of.get(row, f"row {row}") for row in ring_rows(window)}
    assert ringed == contradicted
