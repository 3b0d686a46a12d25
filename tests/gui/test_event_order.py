"""Rows are chronological from the start, without Qt comparing rows one Python call at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from typing_extensions import override

from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import Column, EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.qtmodels.roles import EventRole

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
CHRONOLOGICAL = ["pfp", "sofa", "year-only", "late-day", "mission", "approx", "fall"]


class CountingProxy(EventFilterProxy):
    comparisons = 0

    @override
    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        CountingProxy.comparisons += 1
        return super().lessThan(left, right)


def ids(model: EventTableModel | EventFilterProxy) -> list[str]:
    return [str(model.index(row, 0).data(EventRole.EVENT_ID)) for row in range(model.rowCount())]


def test_the_model_lists_an_unordered_file_chronologically_and_remembers_file_positions(
    qtmodeltester: ModelTester,
) -> None:
    timeline = load_timeline(SAMPLE).timeline
    assert [e.id for e in timeline.events] != CHRONOLOGICAL
    model = EventTableModel()
    model.set_timeline(timeline)
    assert ids(model) == CHRONOLOGICAL
    file_order = [e.id for e in timeline.events]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert file_order[index.data(EventRole.SOURCE_ROW)] == index.data(EventRole.EVENT_ID)
        assert index.data(EventRole.EVENT).id == index.data(EventRole.EVENT_ID)
        assert model.event_at(row).id == index.data(EventRole.EVENT_ID)
    qtmodeltester.check(model, force_py=False)


def test_ascending_date_sort_needs_no_row_comparisons_and_descending_reverses_it() -> None:
    model = EventTableModel()
    model.set_timeline(load_timeline(SAMPLE).timeline)
    proxy = CountingProxy()
    proxy.setSourceModel(model)
    CountingProxy.comparisons = 0
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == CHRONOLOGICAL
    assert CountingProxy.comparisons == 0
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == CHRONOLOGICAL[::-1]
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy)[:3] == ["fall", "late-day", "approx"]  # "A capital…", "A day…", "Approximate…"
    proxy.set_search_text("signed")
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["pfp", "sofa"]
