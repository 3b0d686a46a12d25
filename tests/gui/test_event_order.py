"""Rows are chronological from the start, without Qt comparing rows one Python call at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import Column, EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.qtmodels.roles import EventRole

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
CHRONOLOGICAL = ["pfp", "sofa", "year-only", "late-day", "mission", "approx", "fall"]


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


def test_ascending_date_sort_is_the_models_order_and_descending_reverses_it() -> None:
    # No Python call per row or per comparison: see test_filter_proxy.py, which counts them.
    model = EventTableModel()
    model.set_timeline(load_timeline(SAMPLE).timeline)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == CHRONOLOGICAL
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == CHRONOLOGICAL[::-1]
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy)[:3] == ["fall", "late-day", "approx"]  # "A capital…", "A day…", "Approximate…"
    proxy.set_search_text("signed")
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["pfp", "sofa"]
