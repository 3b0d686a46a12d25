"""Density bars: what a reader of a big file sees in a lane too crowded for glyphs.

The timeline is generated here (seeded): a lane of bursts of different sizes on single days,
a lane of events scattered at random over nine years, and a lane of a few events that is
drawn as glyphs with labels. The canvas is rendered and its pixels are read at positions
computed from its own layout (``lane_boxes``, ``header_height``, ``x_of``): bars stand where
the events are and nowhere else, taller where there are more, with no labels; the tooltip
counts the events under the pointer.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from pathlib import Path

import pytest
from canvas_harness import CanvasHarness, canvas_harness, event_record
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from timeline_app.domain.columns import day_number
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.canvas.renderer import HitKind, LaneBox, header_height, lane_boxes
from timeline_app.ui.canvas.style import GUTTER, LANE_PADDING
from timeline_app.ui.theme import current_theme

SEED = 20261205
BURSTS = {"2002-03-10": 30, "2005-06-01": 240, "2009-09-09": 15, "2013-01-20": 120, "2017-05-05": 60}
"""Day and number of events of each burst, out of order in size so height cannot follow time."""
SPREAD = 300
SPREAD_FROM, SPREAD_TO = dt.date(2001, 1, 1), dt.date(2009, 12, 31)
FEW = ["1999-02-01", "2003-07-15", "2008-11-30", "2011-04-04", "2015-09-09", "2019-02-14"]
VIEW = ("2000-01-01", "2020-01-01")


def day(text: str) -> float:
    return day_number(dt.date.fromisoformat(text))


def spread_days() -> list[str]:
    rng = random.Random(SEED)
    span = (SPREAD_TO - SPREAD_FROM).days
    return [(SPREAD_FROM + dt.timedelta(days=rng.randrange(span + 1))).isoformat() for _ in range(SPREAD)]


def big_timeline() -> dict[str, object]:
    bursts = [
        event_record(f"burst-{date}-{n:03}", f"Burst report {n:03}", date, "bursts")
        for date, count in BURSTS.items()
        for n in range(count)
    ]
    spread = [
        event_record(f"spread-{n:03}", f"Scattered note {n:03}", date, "spread") for n, date in enumerate(spread_days())
    ]
    few = [event_record(f"few-{n}", f"Rare meeting {n}", date, "few") for n, date in enumerate(FEW)]
    return {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": "A big file",
        "view": {"start": "2000", "end": "2019"},
        "categories": [
            {"id": "bursts", "label": "Bursts", "colour": "#1f77b4"},
            {"id": "spread", "label": "Spread", "colour": "#d62728"},
            {"id": "few", "label": "Few", "colour": "#2ca02c"},
        ],
        "sources": [{"id": "wire", "kind": "news_report", "title": "A wire", "url": "https://example.org/wire"}],
        "events": bursts + spread + few,
    }


class Big(CanvasHarness):
    def box(self, label: str) -> LaneBox:
        scene = self.canvas.scene
        assert scene is not None
        return next(box for box in lane_boxes(scene) if scene.lanes[box.lane].label == label)

    def plot_rows(self, label: str) -> tuple[int, int]:
        """The first and last pixel rows inside the lane's padding, where its drawing goes."""
        box = self.box(label)
        top = header_height(self.canvas.scene) + box.top - self.canvas.view_state.scroll
        return round(top + LANE_PADDING), round(top + box.height - LANE_PADDING) - 1

    def x(self, date: str) -> int:
        """The pixel column the middle of ``date`` falls in."""
        return math.floor(self.canvas.x_of(day(date) + 0.5))


@pytest.fixture
def big(qtbot: QtBot, tmp_path: Path) -> Big:
    path = tmp_path / "big.timeline.json"
    path.write_text(json.dumps(big_timeline()), encoding="utf-8")
    harness = canvas_harness(qtbot, load_timeline(path).timeline, Big)
    harness.canvas.set_range(day(VIEW[0]), day(VIEW[1]))
    return harness


def render(big: Big) -> QImage:
    return big.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def is_ink(image: QImage, x: int, y: int) -> bool:
    """Whether the pixel is drawn on: further from the plot's background than any grid line is."""
    pixel, ground = image.pixelColor(x, y), current_theme().background
    return (
        max(abs(pixel.red() - ground.red()), abs(pixel.green() - ground.green()), abs(pixel.blue() - ground.blue()))
        > 40
    )


def bar_height(image: QImage, x: int, rows: tuple[int, int]) -> int:
    """How tall the bar at column ``x`` stands, or at the column either side: a bar is a pixel narrower
    than the slice of time it counts, and the pixel's rounding can put a day's column just beside it."""
    top, bottom = rows
    tallest = 0
    for column in (x - 1, x, x + 1):
        y = bottom
        while y >= top and is_ink(image, column, y):
            y -= 1
        tallest = max(tallest, bottom - y)
    return tallest


def test_crowded_lanes_are_drawn_as_bars_where_the_events_are_and_nowhere_else(big: Big) -> None:
    image = render(big)
    plot_left, plot_right = big.canvas.x_of(day(VIEW[0])), big.canvas.width() - 1
    # Every burst stands as a bar at its day.
    bursts = big.plot_rows("Bursts")
    for date in BURSTS:
        assert bar_height(image, big.x(date), bursts) > 0, f"no bar at the burst of {date}"
    # Between the bursts the lane is empty: no bar further than two bars' width from one.
    burst_xs = [big.x(date) for date in BURSTS]
    empty = [x for x in range(round(plot_left) + 2, plot_right - 2) if min(abs(x - b) for b in burst_xs) > 12]
    assert all(bar_height(image, x, bursts) == 0 for x in empty), "a bar stands where the lane has no event"
    # The scattered lane: a bar over each event's day, none after the last of them.
    spread = big.plot_rows("Spread")
    for date in spread_days():
        assert bar_height(image, big.x(date), spread) > 0, f"no bar over the event of {date}"
    after = big.x((SPREAD_TO + dt.timedelta(days=60)).isoformat())
    assert all(bar_height(image, x, spread) == 0 for x in range(after, plot_right - 2))
    assert all(bar_height(image, x, spread) == 0 for x in range(round(plot_left) + 2, big.x("2000-11-01")))


def test_bars_are_taller_where_there_are_more_events_and_the_busiest_fills_the_lane(big: Big) -> None:
    image = render(big)
    rows = big.plot_rows("Bursts")
    heights = [bar_height(image, big.x(date), rows) for date in sorted(BURSTS, key=BURSTS.__getitem__)]
    assert heights == sorted(heights), f"bars by burst size {sorted(BURSTS.values())}: heights {heights}"
    assert len(set(heights)) == len(heights), f"each burst size has its own height: {heights}"
    assert heights[-1] == rows[1] - rows[0] + 1, "the busiest bar fills the lane's height"
    assert heights[0] < heights[-1] / 2


def test_a_crowded_lane_draws_no_labels_and_one_bar_colour(big: Big) -> None:
    image = render(big)
    ground = current_theme().background
    for lane in ("Bursts", "Spread"):
        top, bottom = big.plot_rows(lane)
        inked = {
            image.pixel(x, y)
            for y in range(top, bottom + 1)
            for x in range(round(big.canvas.x_of(day(VIEW[0]))) + 1, big.canvas.width() - 1)
            if is_ink(image, x, y)
        }
        # Whole-pixel bars in one colour: a label (antialiased text) would add many shades.
        assert len(inked) == 1, f"{lane}: {len(inked)} colours drawn; labels or glyphs among the bars?"
        assert inked != {ground.rgb()}
    scene = big.canvas.scene
    assert scene is not None
    drawn = big.canvas.render_hits().items
    crowded = {i for i, info in enumerate(scene.lanes) if info.label in ("Bursts", "Spread")}
    assert not [hit for hit in drawn if hit.lane in crowded and hit.kind is not HitKind.DENSITY]
    # The lane of a few events is still drawn as events, each with its label.
    labelled = {
        big.model.columns.ids[hit.event]  # type: ignore[union-attr]
        for hit in drawn
        if hit.kind is HitKind.EVENT and scene.lanes[hit.lane].label == "Few" and hit.label is not None
    }
    assert labelled == {f"few-{n}" for n, date in enumerate(FEW) if VIEW[0] <= date < VIEW[1]}


def test_crowded_lanes_answer_as_density_and_the_tooltip_counts_the_events_under_the_pointer(big: Big) -> None:
    render(big)
    scene = big.canvas.scene
    assert scene is not None
    crowded = {scene.lanes[hit.lane].label for hit in big.canvas.render_hits().items if hit.kind is HitKind.DENSITY}
    assert crowded == {"Bursts", "Spread"}
    top, bottom = big.plot_rows("Bursts")
    tip = big.canvas.tooltip_at(QPointF(big.x("2005-06-01"), bottom - 2))
    assert tip.startswith("<b>Bursts</b>: 240 events around "), tip
    tip = big.canvas.tooltip_at(QPointF(big.x("2013-01-20"), (top + bottom) / 2))
    assert tip.startswith("<b>Bursts</b>: 120 events around "), tip
    # Over the scattered lane: the events within four pixels either side, counted here from the data.
    top, bottom = big.plot_rows("Spread")
    x = big.x("2006-06-15")
    half = 4 * big.canvas.view_state.span / big.canvas.plot_width()
    around = big.canvas.day_at(x)
    near = sum(1 for date in spread_days() if around - half - 1 < day(date) < around + half)
    assert near > 0
    assert big.canvas.tooltip_at(QPointF(x, bottom - 1)).startswith(f"<b>Spread</b>: {near} events around ")


def test_the_lane_names_hide_what_runs_under_them_so_pointing_there_finds_no_event(big: Big) -> None:
    # The Few lane's first event lies just left of the view: its label runs on under the lane names.
    render(big)
    top, bottom = big.plot_rows("Few")
    under_the_names = [
        hit
        for hit in big.canvas.render_hits().items
        if hit.kind is HitKind.EVENT and hit.rect.left() < GUTTER and top <= hit.rect.center().y() <= bottom
    ]
    assert under_the_names, "the set-up draws an event whose hit region reaches under the lane names"
    for hit in under_the_names:
        point = QPointF((hit.rect.left() + min(hit.rect.right(), GUTTER)) / 2, hit.rect.center().y())  # under the names
        assert hit.rect.contains(point)
        assert big.canvas.render_hits().at(point.x(), point.y()) is None
        assert big.canvas.tooltip_at(point) == ""
