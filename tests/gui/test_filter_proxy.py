"""The filter proxy shows exactly the events the filters select, in the order the reader sorted, without
Qt calling Python once per row (which froze the window for most of a second per million events)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import timeline_app.qtmodels.filter_proxy as filter_proxy_module
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.model import ConfidenceLevel, Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.selection import DateRange, EventFilter, selected_events
from timeline_app.qtmodels.event_model import Column, EventTableModel
from timeline_app.qtmodels.filter_proxy import CONTRADICTED_BY_ROLE, EventFilterProxy
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.event_list import EventList

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
TIMELINES = {"sample": SAMPLE, "bundled": bundled_timeline_path()}
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def proxy_over(timeline: Timeline) -> tuple[EventTableModel, EventFilterProxy]:
    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown_ids(proxy: EventFilterProxy) -> list[str]:
    return [str(proxy.index(row, 0).data(EventRole.EVENT_ID)) for row in range(proxy.rowCount())]


def assert_maps_both_ways(proxy: EventFilterProxy) -> None:
    """Every event shown maps to its row and back; every event hidden maps to no row."""
    model = proxy.source_model()
    shown = set(shown_ids(proxy))
    for row in range(model.rowCount()):
        source = model.index(row, Column.TITLE)
        mapped = proxy.mapFromSource(source)
        assert mapped.isValid() == (source.data(EventRole.EVENT_ID) in shown)
        if mapped.isValid():
            assert mapped.column() == Column.TITLE
            assert proxy.mapToSource(mapped) == source


def apply(proxy: EventFilterProxy, wanted: EventFilter) -> None:
    proxy.set_search_text(wanted.search)
    proxy.set_categories(wanted.categories)
    proxy.set_confidences(wanted.confidences)
    proxy.set_window(wanted.window)
    proxy.set_reading_choice(wanted.sources, wanted.speakers)


def filters_of(timeline: Timeline) -> list[EventFilter]:
    """Filters taken from the file itself: a word of an event's title, some of its categories, and so on."""
    word = max(timeline.events[len(timeline.events) // 2].title.split(), key=len)
    categories = frozenset(c.id for c in timeline.categories[:2])
    years = DateRange.parse("1994..2008").days
    # Sources and speakers from the file too: the first publisher's sources, and a speaker of a quote.
    publisher = timeline.sources[0].publisher
    sources = frozenset(s.id for s in timeline.sources if s.publisher == publisher)
    speakers = frozenset(q.speaker for q in timeline.quotes[:1])
    return [
        EventFilter(),
        EventFilter(search=word),
        EventFilter(categories=categories),
        EventFilter(confidences=frozenset({"high", "low"})),
        EventFilter(window=years),
        EventFilter(search=word, categories=categories, window=years),
        EventFilter(search="no event has these words in it"),
        EventFilter(sources=sources),
        EventFilter(speakers=speakers),
        EventFilter(search=word, sources=sources, speakers=speakers, categories=categories),
    ]


@pytest.mark.parametrize("name", TIMELINES)
def test_the_filters_show_the_events_the_selection_selects(name: str, qtmodeltester: ModelTester) -> None:
    timeline = load_timeline(TIMELINES[name]).timeline
    _, proxy = proxy_over(timeline)
    qtmodeltester.check(proxy, force_py=False)
    for wanted in filters_of(timeline):
        apply(proxy, wanted)
        assert proxy.current_filter() == wanted
        assert shown_ids(proxy) == [e.id for e in selected_events(timeline, wanted)], wanted
        assert_maps_both_ways(proxy)
    # The same events, in reverse, while sorted by date descending.
    proxy.sort(Column.DATE, DESCENDING)
    for wanted in filters_of(timeline):
        apply(proxy, wanted)
        assert shown_ids(proxy) == [e.id for e in reversed(selected_events(timeline, wanted))], wanted
        assert_maps_both_ways(proxy)


def expected_order(proxy: EventFilterProxy, column: Column, order: Qt.SortOrder) -> list[str]:
    """A plain Python sort of the rows shown by what the column displays, ties by date."""
    model = proxy.source_model()
    rows = [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]

    def key(row: int) -> tuple[Any, ...]:
        shown = model.index(row, column).data()
        value: Any
        if column == Column.SOURCES:
            value = int(shown)
        elif column == Column.CONFIDENCE:
            value = ConfidenceLevel(model.index(row, 0).data(EventRole.CONFIDENCE)).rank
        elif column == Column.DATE:
            value = ()
        else:
            value = str(shown).casefold()
        return (value, model.index(row, 0).data(EventRole.SORT_KEY))

    ordered = sorted(rows, key=key, reverse=order == DESCENDING)
    return [str(model.index(row, 0).data(EventRole.EVENT_ID)) for row in ordered]


@pytest.mark.parametrize("name", TIMELINES)
def test_sorting_by_each_column_orders_the_rows_shown_as_a_plain_sort_does(
    name: str, qtmodeltester: ModelTester
) -> None:
    timeline = load_timeline(TIMELINES[name]).timeline
    _, proxy = proxy_over(timeline)
    qtmodeltester.check(proxy, force_py=False)
    narrow = filters_of(timeline)[2]
    for wanted in (EventFilter(), narrow):
        apply(proxy, wanted)
        for column in Column:
            for order in (ASCENDING, DESCENDING):
                proxy.sort(column, order)
                assert shown_ids(proxy) == expected_order(proxy, column, order), (column, order)
                assert sorted(shown_ids(proxy)) == sorted(e.id for e in selected_events(timeline, wanted))
                assert_maps_both_ways(proxy)
    # A filter changed while sorted keeps the sort.
    proxy.sort(Column.TITLE, DESCENDING)
    apply(proxy, EventFilter())
    assert shown_ids(proxy) == expected_order(proxy, Column.TITLE, DESCENDING)
    assert len(shown_ids(proxy)) == len(timeline.events)


def test_a_selected_event_follows_its_row_through_filters_and_sorts_and_is_let_go_when_hidden() -> None:
    timeline = load_timeline(SAMPLE).timeline
    model, proxy = proxy_over(timeline)
    selection = QItemSelectionModel(proxy)
    current_ids: list[str | None] = []
    selection.currentChanged.connect(
        lambda current, _previous: current_ids.append(current.data(EventRole.EVENT_ID) if current.isValid() else None)
    )
    chosen = timeline.events[0]
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(proxy.mapFromSource(model.index(model.row_of(chosen.id) or 0, 0)), flags)
    held = QPersistentModelIndex(proxy.index(selection.currentIndex().row(), Column.TITLE))
    current_ids.clear()

    keeps_it = EventFilter(categories=frozenset({chosen.category}))
    apply(proxy, keeps_it)
    proxy.sort(Column.TITLE, DESCENDING)
    assert selection.currentIndex().data(EventRole.EVENT_ID) == chosen.id
    assert [i.data(EventRole.EVENT_ID) for i in selection.selectedRows()] == [chosen.id]
    assert held.isValid()
    assert (held.data(), held.column()) == (chosen.title, Column.TITLE)
    assert current_ids == []  # the row moved; the reader's choice did not change

    proxy.set_search_text("no event has these words in it")
    assert proxy.rowCount() == 0
    assert not held.isValid()
    assert not selection.currentIndex().isValid()
    assert current_ids[-1] is None  # the selection said that its current row went away
    assert selection.selectedRows() == []


def test_a_hidden_current_row_hands_over_to_a_row_that_stays_shown() -> None:
    timeline = load_timeline(bundled_timeline_path()).timeline
    model, proxy = proxy_over(timeline)
    selection = QItemSelectionModel(proxy)
    # An event of another category in the middle of the list, so that its neighbours are hidden too.
    kept = timeline.categories[0].id
    chosen = next(e for e in timeline.events[len(timeline.events) // 2 :] if e.category != kept)
    selection.setCurrentIndex(
        proxy.mapFromSource(model.index(model.row_of(chosen.id) or 0, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    proxy.set_categories({kept})
    current = selection.currentIndex()
    assert current.isValid()
    assert current.data(EventRole.CATEGORY_ID) == kept


def test_a_painted_cell_shows_its_events_text_and_colour(qapp: QApplication) -> None:
    # A delegate asks for all its roles at once (multiData), which the proxy answers itself.
    timeline = load_timeline(SAMPLE).timeline
    model, proxy = proxy_over(timeline)
    proxy.set_search_text(filters_of(timeline)[1].search)
    proxy.sort(Column.TITLE, DESCENDING)
    assert 0 < proxy.rowCount() < model.rowCount()
    delegate = QStyledItemDelegate()
    for row in range(proxy.rowCount()):
        for column in Column:
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, proxy.index(row, column))
            source = proxy.mapToSource(proxy.index(row, column))
            assert option.text == source.data()
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, proxy.index(row, Column.CATEGORY))
        assert option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration  # the category's colour
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, proxy.index(row, Column.SOURCES))
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # a count, aligned as numbers are
        assert not option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration


def test_events_a_chosen_source_contradicts_are_shown_and_marked(qapp: QApplication) -> None:
    timeline = load_timeline(SAMPLE).timeline
    # In the sample, the "sceptic" source contradicts a claim of the "mission" event and supports none.
    contradicted = {e.id for e in timeline.events for c in e.claims for x in c.citations if x.stance == "contradicts"}
    assert contradicted == {"mission"}
    _, proxy = proxy_over(timeline)
    proxy.set_reading_choice({"sceptic", "paper"}, None)
    assert "mission" in shown_ids(proxy)
    delegate = QStyledItemDelegate()
    for row in range(proxy.rowCount()):
        title = proxy.index(row, Column.TITLE)
        marked = title.data(EventRole.EVENT_ID) == "mission"
        assert proxy.index(row, Column.DATE).data(CONTRADICTED_BY_ROLE) == (("sceptic",) if marked else None)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, title)  # as the list paints it: all roles at once
        assert bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration) == marked
        assert option.text == proxy.mapToSource(title).data()  # the title itself is not changed
        tip = str(title.data(Qt.ItemDataRole.ToolTipRole))
        assert ("Contradicted by Example Monitor" in tip) == marked
        spoken = str(title.data(Qt.ItemDataRole.AccessibleTextRole))
        assert spoken.endswith("Contradicted by Example Monitor") == marked
    # Choosing only sources that contradict nothing marks nothing.
    proxy.set_reading_choice({"paper"}, None)
    assert all(proxy.index(row, 0).data(CONTRADICTED_BY_ROLE) is None for row in range(proxy.rowCount()))
    assert proxy.current_filter() == EventFilter(sources=frozenset({"paper"}))


def test_a_new_timeline_keeps_only_the_chosen_sources_and_speakers_it_has() -> None:
    sample = load_timeline(SAMPLE).timeline
    model, proxy = proxy_over(sample)
    proxy.set_reading_choice({"sceptic"}, {sample.quotes[0].speaker})
    narrowed = shown_ids(proxy)
    assert 0 < len(narrowed) < len(sample.events)
    model.set_timeline(load_timeline(SAMPLE).timeline)  # a reload: the same ids
    assert shown_ids(proxy) == narrowed
    model.set_timeline(load_timeline(bundled_timeline_path()).timeline)  # another file, without those ids
    assert (proxy.sources, proxy.speakers) == (None, None)
    assert proxy.rowCount() == model.rowCount()


def python_calls_into_the_proxy(action: Any) -> Counter[str]:
    """The calls of ``action`` into code of the proxy's module, by function name (Qt's calls included)."""
    calls: Counter[str] = Counter()
    proxy_code = filter_proxy_module.__file__

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_filename == proxy_code:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_a_large_timeline_is_shown_filtered_and_sorted_without_a_python_call_per_row(qtbot: QtBot) -> None:
    sample = load_timeline(SAMPLE).timeline
    events = [msgspec.structs.replace(e, id=f"{e.id}-{n}", related=()) for n in range(3000) for e in sample.events]
    large = sample.model_copy(update={"events": events})
    rows = len(events)
    model = EventTableModel()
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    table = EventList()  # the window's list: it asks only about the rows on screen
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.configure_columns()
    selection = table.selectionModel()
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)

    def settle() -> None:
        qtbot.wait(20)  # let the table lay itself out and paint

    def load() -> None:
        model.set_timeline(large)
        settle()

    def search() -> None:
        selection.setCurrentIndex(proxy.index(rows // 2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        proxy.set_search_text(sample.events[1].title.split()[0])
        settle()
        proxy.set_search_text("")
        settle()

    def choose_sources() -> None:
        proxy.set_reading_choice({"sceptic", "official"}, None)
        settle()
        proxy.set_reading_choice(None, None)
        settle()

    def sort() -> None:
        table.sortByColumn(Column.TITLE, DESCENDING)
        settle()
        table.sortByColumn(Column.DATE, ASCENDING)
        settle()

    for action in (load, search, choose_sources, sort):
        calls = python_calls_into_the_proxy(action)
        assert proxy.rowCount() == rows
        # What is left is per cell on screen (a few dozen cells, a dozen roles each) and per change: a call
        # per event would be 21,000 more.
        assert sum(calls.values()) < rows // 4, (action.__name__, calls.most_common(5))
