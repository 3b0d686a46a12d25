"""A timeline panel over a model, a filter proxy, a shared selection and a table, as the window wires them,
for tests of the canvas on its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.domain.model import Timeline
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas import TimelineCanvas, TimelinePanel


@dataclass
class CanvasHarness:
    model: EventTableModel
    proxy: EventFilterProxy
    selection: QItemSelectionModel
    panel: TimelinePanel
    table: QTableView
    window: QWidget
    """Held here: the panel lives only as long as its window."""

    @property
    def canvas(self) -> TimelineCanvas:
        return self.panel.canvas

    def row(self, event_id: str) -> int:
        row = self.model.row_of(event_id)
        assert row is not None
        return row


H = TypeVar("H", bound=CanvasHarness)


def canvas_harness(qtbot: QtBot, timeline: Timeline, kind: type[H]) -> H:
    """``timeline`` on a 1400×700 panel in a fixed font, with animations off, shown offscreen."""
    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    selection = QItemSelectionModel(proxy)
    panel = TimelinePanel()
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    panel.setFont(font)
    panel.canvas.animation_ms = 0
    panel.set_models(proxy, selection)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionModel(selection)
    # A plain top-level holds the panel: a top-level with a layout would make the offscreen
    # platform warn that it cannot apply size hints.
    window = QWidget()
    panel.setParent(window)
    window.resize(1400, 700)
    panel.setGeometry(0, 0, 1400, 700)
    for widget in (window, table):
        qtbot.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    return kind(model, proxy, selection, panel, table, window)


def event_record(event_id: str, title: str, date: str, category: str, source: str = "wire") -> dict[str, object]:
    """An event as a timeline file writes it: one citation, high confidence (for generated test timelines)."""
    return {
        "id": event_id,
        "title": title,
        "summary": "What happened.",
        "date": date,
        "category": category,
        "citations": [{"source": source}],
        "confidence": {"level": "high"},
    }
