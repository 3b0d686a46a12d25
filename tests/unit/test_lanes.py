"""Lane layout (deterministic, no overlap at the reference zoom) and the per-frame look-ups."""

from __future__ import annotations

import itertools
import random
from array import array

import pytest

from timeline_app.domain.columns import EventColumns, Flag, Shape
from timeline_app.domain.dates import Precision
from timeline_app.domain.lanes import (
    GAP_PX,
    GLYPH_PX,
    LABEL_INSET_PX,
    OPEN_END_PX,
    LaneIndex,
    chronological_order,
    layout_lanes,
)


def make_columns(seed: int, count: int, categories: int = 3) -> EventColumns:
    rng = random.Random(seed)
    starts, ends, shapes, precision, cats = [], [], [], [], []
    for _ in range(count):
        start = float(rng.randrange(0, 3000))
        kind = rng.random()
        if kind < 0.6:
            end, shape = start + 1, Shape.POINT
        elif kind < 0.9:
            end, shape = start + rng.randrange(1, 400), Shape.SPAN
        else:
            end, shape = start + rng.randrange(30, 700), Shape.CONTESTED
        starts.append(start)
        ends.append(end)
        shapes.append(int(shape))
        precision.append(rng.randrange(3))
        cats.append(rng.randrange(categories))
    return EventColumns(
        ids=[f"e{i}" for i in range(count)],
        titles=["x" * rng.randrange(3, 40) for _ in range(count)],
        starts=array("d", starts),
        ends=array("d", ends),
        precision=array("b", precision),
        shapes=array("b", shapes),
        flags=array("b", bytes(count)),
        categories=array("i", cats),
    )


def label_px(columns: EventColumns) -> list[float]:
    return [7.0 * len(t) for t in columns.titles]


ZOOMS = [0.2, 0.5, 1.0, 4.0]


def test_the_same_data_always_gets_the_same_layout() -> None:
    columns = make_columns(1, 400)
    first = layout_lanes(columns, 3, label_px(columns), ZOOMS)
    second = layout_lanes(columns, 3, label_px(columns), ZOOMS)
    assert first.rows == second.rows
    assert [lane.row_count for lane in first.lanes] == [lane.row_count for lane in second.lanes]


def test_a_lane_per_category_in_file_order_holding_its_events_chronologically() -> None:
    columns = make_columns(2, 300)
    layout = layout_lanes(columns, 3, label_px(columns), ZOOMS)
    assert [lane.category for lane in layout.lanes] == [0, 1, 2]
    for lane in layout.lanes:
        assert all(columns.categories[e] == lane.category for e in lane.members)
        keys = [(columns.starts[e], columns.precision[e], e) for e in lane.members]
        assert keys == sorted(keys)
    assert sum(len(lane.members) for lane in layout.lanes) == len(columns)


@pytest.mark.parametrize("seed", range(5))
def test_nothing_in_a_row_overlaps_at_the_lanes_reference_zoom(seed: int) -> None:
    columns = make_columns(seed, 120)
    widths = label_px(columns)
    layout = layout_lanes(columns, 3, widths, [0.05, 0.2, 1.0, 5.0], max_rows=8)
    for lane in layout.lanes:
        zoom = lane.px_per_day
        by_row: dict[int, list[int]] = {}
        for event in lane.members:
            by_row.setdefault(layout.rows[event], []).append(event)
        assert set(by_row) == set(range(lane.row_count))
        for events in by_row.values():
            for before, after in itertools.pairwise(events):
                assert columns.starts[after] >= occupied_until(columns, before, widths[before], zoom)


def occupied_until(columns: EventColumns, event: int, label: float, zoom: float) -> float:
    """Where the glyph and label of ``event`` end, in days, at ``zoom`` px/day (the canvas's rule)."""
    start, end = columns.starts[event], columns.ends[event]
    reserve = (GLYPH_PX + GAP_PX + label) / zoom
    if columns.shapes[event] == Shape.CONTESTED:
        return end + reserve  # the label follows the last alternative
    if columns.shapes[event] == Shape.POINT and columns.precision[event] == Precision.DAY:
        return max(end, start + reserve)  # a dot, then its label
    if columns.flags[event] & Flag.OPEN_END:
        end = max(end, start + OPEN_END_PX / zoom)
    if (end - start) * zoom >= label + LABEL_INSET_PX:
        return max(end, start + reserve)  # the label fits inside the bar or band
    return end + reserve  # the label goes after the end


def test_a_label_too_long_for_its_bar_is_reserved_after_the_bar() -> None:
    """A 10-day bar at 2 px/day is 20 px wide: its 70 px label goes after it, and the row stays busy till then."""
    columns = make_columns(7, 4, categories=1)
    bars = [
        (0.0, 10.0, Shape.SPAN, Precision.DAY, Flag.NONE),  # short bar, long label
        (50.0, 51.0, Shape.POINT, Precision.DAY, Flag.NONE),  # after the bar, under its label
        (100.0, 200.0, Shape.SPAN, Precision.DAY, Flag.NONE),  # 200 px: the label fits inside
        (200.0, 201.0, Shape.POINT, Precision.DAY, Flag.NONE),  # right after the long bar
    ]
    for event, (start, end, shape, precision, flags) in enumerate(bars):
        columns.starts[event], columns.ends[event] = start, end
        columns.shapes[event], columns.precision[event], columns.flags[event] = shape, precision, flags
        columns.categories[event] = 0
    layout = layout_lanes(columns, 1, [70.0] * 4, [2.0])
    assert layout.rows[0] == 0
    assert layout.rows[1] == 1, "the label after the short bar ends at day 10 + (10 + 70 + 10) / 2 = 55"
    assert layout.rows[2] == 0
    assert layout.rows[3] == 0, "the long bar's label is inside it, so its row is free from the bar's end"


def test_an_open_ended_span_reserves_its_drawn_length_then_its_label() -> None:
    """A span without an end is drawn 40 px long; a label longer than that goes after the fade."""
    columns = make_columns(8, 2, categories=1)

    def second_row(label: float, second_start: float) -> int:
        for event, start in enumerate((0.0, second_start)):
            columns.starts[event], columns.ends[event] = start, start + 1
            columns.shapes[event], columns.precision[event] = Shape.SPAN, Precision.DAY
            columns.flags[event], columns.categories[event] = Flag.OPEN_END, 0
        return layout_lanes(columns, 1, [label, label], [1.0]).rows[1]

    # A 30 px label fits inside (30 + 9 <= 40): the row is free from day (10 + 30 + 10) / 1.
    assert second_row(30.0, 50.0) == 0
    # A 60 px label goes after the 40 px fade: the row is busy until day 40 + (10 + 60 + 10).
    assert second_row(60.0, 100.0) == 1
    assert second_row(60.0, 120.0) == 0


def test_a_sparse_lane_keeps_the_coarsest_zoom_and_a_crowded_one_a_closer_zoom() -> None:
    columns = make_columns(3, 200, categories=2)
    # Category 0 gets only three events far apart.
    categories = array("i", [1] * len(columns))
    for event in (0, 1, 2):
        categories[event] = 0
        columns.starts[event] = float(event * 1000)
        columns.ends[event] = columns.starts[event] + 1
        columns.shapes[event] = int(Shape.POINT)
    columns = EventColumns(**{**columns.__dict__, "categories": categories})
    layout = layout_lanes(columns, 2, label_px(columns), ZOOMS, max_rows=4)
    assert layout.lanes[0].px_per_day == ZOOMS[0]
    assert layout.lanes[1].px_per_day > ZOOMS[0]


def test_rows_are_capped_and_the_overflow_shares_rows() -> None:
    columns = make_columns(4, 500, categories=1)
    layout = layout_lanes(columns, 1, label_px(columns), [0.01], max_rows=3)
    assert layout.lanes[0].row_count == 3
    assert set(layout.rows) == {0, 1, 2}


def test_chronological_order_breaks_ties_by_precision_then_file_position() -> None:
    columns = make_columns(5, 10)
    for event in range(10):
        columns.starts[event] = 100.0 if event < 6 else 50.0
    columns.precision[0], columns.precision[1], columns.precision[2] = 2, 0, 2
    order = list(chronological_order(columns))
    assert order == sorted(range(10), key=lambda e: (columns.starts[e], columns.precision[e], e))
    assert order.index(1) < order.index(0) < order.index(2), "a year sorts before days of the same start"


@pytest.mark.parametrize("seed", range(4))
def test_the_index_counts_finds_and_bins_exactly_what_overlaps(seed: int) -> None:
    columns = make_columns(seed, 600)
    layout = layout_lanes(columns, 3, label_px(columns), ZOOMS)
    rng = random.Random(seed)
    mask = bytes(rng.random() < 0.7 for _ in range(len(columns)))
    for lane in layout.lanes:
        for filtered in (None, mask):
            index = LaneIndex.build(lane, columns, filtered)
            accepted = [e for e in lane.members if filtered is None or filtered[e]]
            assert list(index.members) == accepted
            for _ in range(30):
                first = rng.uniform(-100, 3200)
                last = first + rng.uniform(0.5, 900)
                expected = {e for e in accepted if columns.starts[e] < last and columns.ends[e] > first}
                assert index.count(first, last) == len(expected)
                assert set(index.visible(first, last, columns.ends)) == expected
            edges = [0.0, 250.0, 251.0, 900.0, 3100.0]
            assert index.histogram(edges) == [
                sum(1 for e in accepted if columns.starts[e] < b and columns.ends[e] > a)
                for a, b in itertools.pairwise(edges)
            ]


def test_nearest_and_first_at_or_after() -> None:
    columns = make_columns(6, 50, categories=1)
    layout = layout_lanes(columns, 1, label_px(columns), ZOOMS)
    index = LaneIndex.build(layout.lanes[0], columns)
    starts = sorted(columns.starts)
    assert index.first_at_or_after(-5.0) == index.members[0]
    assert index.first_at_or_after(starts[-1] + 1) is None
    nearest = index.nearest(1234.5)
    assert nearest is not None
    assert abs(columns.starts[nearest] - 1234.5) == min(abs(s - 1234.5) for s in starts)
    assert LaneIndex.build(layout.lanes[0], columns, bytes(len(columns))).nearest(3.0) is None
