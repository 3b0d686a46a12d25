"""Reaching every event of a crowded day from the canvas: the popup list of a cluster or density bar.

At the deepest zoom (a day across the view) nothing more can be pulled apart by zooming, so a
click on a cluster or a density bar lists its events; choosing one selects it in the shared
selection (the list and the detail pane follow). Away from the deepest zoom a cluster of events
on different days still zooms in, as before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from canvas_harness import CanvasHarness, canvas_harness, event_record
from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timeline_app.domain.columns import day_number
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.canvas.event_popup import CrowdModel, EventPopup
from timeline_app.ui.canvas.renderer import Hit, HitKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
"""Qt's offscreen platform warns whenever a popup opens; with a display, none of this is said."""

CROWDED_DAY = "2021-08-15"
CLUSTERED = 20
"""Events of the "crowd" lane on the crowded day: few enough to be drawn as clusters at the deepest zoom."""
DENSE = 300
"""Events of the "dense" lane on the crowded day: too many for glyphs (see DENSITY_EVENTS_PER_PX)."""
TRICKY_TITLE = "<b>Not bold</b> & not markup"


def crowded_timeline() -> dict[str, object]:
    crowd = [event_record(f"crowd-{n:02}", f"Crowd meeting {n:02}", CROWDED_DAY, "crowd") for n in range(CLUSTERED)]
    crowd[5]["title"] = TRICKY_TITLE
    # Every third dense event names the harbour, for the search test: still too many for glyphs.
    dense = [
        event_record(f"dense-{n:03}", f"{'Harbour' if n % 3 == 0 else 'Market'} report {n:03}", CROWDED_DAY, "dense")
        for n in range(DENSE)
    ]
    # Last in the file but first in time: a month-long event overlaps the crowded day too.
    dense.append(event_record("dense-month", "Harbour strike all month", "2021-08", "dense"))
    spread = [event_record(f"spread-{n}", f"Spread {n}", f"2021-0{n + 1}-10", "crowd") for n in range(6)]
    # A fortnight of daily events, and one long before: zoomed out to decades, the fortnight's
    # marks merge into clusters of different dates, which zooming in does pull apart.
    fortnight = [event_record(f"daily-{n:02}", f"Daily {n:02}", f"2021-03-{n + 1:02}", "daily") for n in range(14)]
    fortnight.append(event_record("daily-1990", "Long before", "1990-06-01", "daily"))
    return {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": "A crowded day",
        "view": {"start": "2021-01", "end": "2021-12"},
        "categories": [
            {"id": "crowd", "label": "Crowd", "colour": "#1f77b4"},
            {"id": "dense", "label": "Dense <i>lane</i>", "colour": "#d62728"},
            {"id": "daily", "label": "Daily", "colour": "#2ca02c"},
        ],
        "sources": [{"id": "wire", "kind": "news_report", "title": "A wire", "url": "https://example.org/wire"}],
        "events": crowd + dense + spread + fortnight,
    }


class Crowded(CanvasHarness):
    def ids(self, rows: list[int]) -> list[str]:
        return [self.model.event_at(row).id for row in rows]

    def selected_id(self) -> str | None:
        index = self.selection.currentIndex()
        return self.model.event_at(self.proxy.mapToSource(index).row()).id if index.isValid() else None

    def show_day(self, day: str) -> None:
        """Zoom to the deepest level, on ``day``."""
        first = day_number(dt.date.fromisoformat(day))
        self.canvas.set_range(first, first + 1)
        assert self.canvas.at_deepest_zoom()

    def hits(self, kind: HitKind, lane_label: str) -> list[Hit]:
        self.canvas.repaint()
        scene = self.canvas.scene
        assert scene is not None
        lane = next(i for i, info in enumerate(scene.lanes) if info.label == lane_label)
        return [hit for hit in self.canvas.render_hits().items if hit.kind is kind and hit.lane == lane]

    def click(self, qtbot: QtBot, point: QPoint) -> EventPopup:
        qtbot.mouseClick(self.canvas, Qt.MouseButton.LeftButton, pos=point)
        popup = self.canvas.event_popup
        assert popup is not None, "the click opened no list"
        qtbot.waitExposed(popup)
        return popup

    def click_density(self, qtbot: QtBot, day: str) -> EventPopup:
        (bar,) = self.hits(HitKind.DENSITY, "Dense <i>lane</i>")
        x = self.canvas.x_of(day_number(dt.date.fromisoformat(day)) + 0.5)
        return self.click(qtbot, QPoint(round(x), round(bar.rect.bottom()) - 10))


@pytest.fixture
def crowded(qtbot: QtBot, tmp_path: Path) -> Crowded:
    path = tmp_path / "crowded.timeline.json"
    path.write_text(json.dumps(crowded_timeline()), encoding="utf-8")
    return canvas_harness(qtbot, load_timeline(path).timeline, Crowded)


def test_clicking_a_density_bar_at_the_deepest_zoom_lists_its_events_in_time_order(
    qtbot: QtBot, crowded: Crowded
) -> None:
    crowded.show_day(CROWDED_DAY)
    popup = crowded.click_density(qtbot, CROWDED_DAY)
    expected = ["dense-month"] + [f"dense-{n:03}" for n in range(DENSE)]
    assert crowded.ids(popup.listed_events()) == expected
    assert popup.caption == f"{DENSE + 1} events · 15 August 2021 · Dense <i>lane</i>"
    # Nothing was chosen yet: the click changed no selection, and the list starts at its top.
    assert crowded.selected_id() is None
    assert popup.current_event() == popup.listed_events()[0]


def test_down_and_enter_choose_the_second_event_everywhere(qtbot: QtBot, crowded: Crowded) -> None:
    crowded.show_day(CROWDED_DAY)
    popup = crowded.click_density(qtbot, CROWDED_DAY)
    second = crowded.ids(popup.listed_events())[1]
    qtbot.keyClick(popup.view, Qt.Key.Key_Down)
    qtbot.keyClick(popup.view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert crowded.canvas.event_popup is None
    assert crowded.selected_id() == second
    # The list beside the canvas follows the shared selection.
    table_row = crowded.table.currentIndex()
    assert crowded.model.event_at(crowded.proxy.mapToSource(table_row).row()).id == second


def test_escape_closes_the_list_and_keeps_the_selection(qtbot: QtBot, crowded: Crowded) -> None:
    crowded.show_day(CROWDED_DAY)
    crowded.canvas.select_event(crowded.row("crowd-00"))
    assert crowded.selected_id() == "crowd-00"
    popup = crowded.click_density(qtbot, CROWDED_DAY)
    qtbot.keyClick(popup.view, Qt.Key.Key_Down)
    qtbot.keyClick(popup.view, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert crowded.selected_id() == "crowd-00"


def test_a_search_limits_the_list_to_its_matches(qtbot: QtBot, crowded: Crowded) -> None:
    crowded.proxy.set_search_text("harbour")
    crowded.show_day(CROWDED_DAY)
    popup = crowded.click_density(qtbot, CROWDED_DAY)
    expected = ["dense-month"] + [f"dense-{n:03}" for n in range(0, DENSE, 3)]
    assert crowded.ids(popup.listed_events()) == expected


def test_each_cluster_lists_the_events_it_counts_and_together_they_hold_the_whole_day(
    qtbot: QtBot, crowded: Crowded
) -> None:
    crowded.show_day(CROWDED_DAY)
    clusters = crowded.hits(HitKind.CLUSTER, "Crowd")
    dots = crowded.hits(HitKind.EVENT, "Crowd")
    assert clusters, "the crowded day should be drawn with clusters"
    listed: list[str] = []
    for cluster in clusters:
        popup = crowded.click(qtbot, cluster.rect.center().toPoint())
        ids = crowded.ids(popup.listed_events())
        assert len(ids) == cluster.count, "a cluster lists as many events as its pill says"
        assert ids == sorted(ids), "in time order (file order, as they share a day)"
        listed += ids
        qtbot.keyClick(popup.view, Qt.Key.Key_Escape)
    alone = crowded.ids([dot.event for dot in dots])
    assert sorted(listed + alone) == [f"crowd-{n:02}" for n in range(CLUSTERED)]
    assert len(set(listed)) == len(listed), "no event is listed by two clusters"


def test_a_cluster_of_one_date_is_listed_at_any_zoom_but_others_still_zoom_in(qtbot: QtBot, crowded: Crowded) -> None:
    first = day_number(dt.date.fromisoformat("2021-08-01"))
    crowded.canvas.set_range(first, first + 31)
    assert not crowded.canvas.at_deepest_zoom()
    (cluster, *_) = crowded.hits(HitKind.CLUSTER, "Crowd")
    assert crowded.canvas.tooltip_at(cluster.rect.center()).endswith("Click to list them")
    popup = crowded.click(qtbot, cluster.rect.center().toPoint())
    assert len(popup.listed_events()) == cluster.count
    qtbot.keyClick(popup.view, Qt.Key.Key_Escape)
    # The dense lane's bar on that day also holds the month-long strike: zooming in can tell
    # them apart, so a click there zooms in, as it always has.
    (bar,) = crowded.hits(HitKind.DENSITY, "Dense <i>lane</i>")
    x = crowded.canvas.x_of(day_number(dt.date.fromisoformat(CROWDED_DAY)) + 0.5)
    span = crowded.canvas.view_state.span
    qtbot.mouseClick(crowded.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(bar.rect.bottom()) - 10))
    assert crowded.canvas.event_popup is None
    assert crowded.canvas.view_state.span < span
    # Zoomed out to decades, a cluster of the daily events (different dates) zooms in, as before.
    crowded.canvas.fit_all()
    cluster = next(hit for hit in crowded.hits(HitKind.CLUSTER, "Daily") if hit.last - hit.first > 1)
    span = crowded.canvas.view_state.span
    assert crowded.canvas.tooltip_at(cluster.rect.center()).endswith("Click to zoom in")
    qtbot.mouseClick(crowded.canvas, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    assert crowded.canvas.event_popup is None
    assert crowded.canvas.view_state.span < span / 10
    assert crowded.canvas.view_state.start <= cluster.first < cluster.last <= crowded.canvas.view_state.end


def test_titles_show_literally_never_as_markup(qtbot: QtBot, crowded: Crowded, qtmodeltester: ModelTester) -> None:
    crowded.show_day(CROWDED_DAY)
    crowded.canvas.select_event(crowded.row("crowd-05"))
    popup = crowded.canvas.list_events_on_current_day()
    assert popup is not None
    model = popup.view.model()
    assert isinstance(model, CrowdModel)
    qtmodeltester.check(model)
    row = popup.listed_events().index(crowded.row("crowd-05"))
    title = model.index(row, CrowdModel.TITLE)
    assert title.data() == TRICKY_TITLE
    assert "&lt;b&gt;" in title.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in title.data(Qt.ItemDataRole.ToolTipRole)


def test_space_lists_the_current_events_day_starting_on_it(qtbot: QtBot, crowded: Crowded) -> None:
    crowded.show_day(CROWDED_DAY)
    crowded.canvas.select_event(crowded.row("crowd-07"))
    crowded.canvas.setFocus()
    qtbot.keyClick(crowded.canvas, Qt.Key.Key_Space)
    popup = crowded.canvas.event_popup
    assert popup is not None
    assert crowded.ids(popup.listed_events()) == [f"crowd-{n:02}" for n in range(CLUSTERED)]
    assert crowded.ids([popup.current_event() or -1]) == ["crowd-07"]
    qtbot.keyClick(popup.view, Qt.Key.Key_Down)
    qtbot.keyClick(popup.view, Qt.Key.Key_Enter)
    assert crowded.selected_id() == "crowd-08"


def test_a_long_list_scrolls_inside_a_popup_that_fits_the_screen(qtbot: QtBot, crowded: Crowded) -> None:
    crowded.show_day(CROWDED_DAY)
    popup = crowded.click_density(qtbot, CROWDED_DAY)
    view = popup.view
    assert view.verticalScrollBar().isVisible()
    assert view.verticalScrollBar().maximum() > 0
    screen = popup.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry())
    # The date column is wide enough for its text, and titles have room.
    metrics = view.fontMetrics()
    assert view.columnWidth(CrowdModel.DATE) >= metrics.horizontalAdvance("15 August 2021")
    assert view.columnWidth(CrowdModel.TITLE) >= metrics.horizontalAdvance("Market report 199")
