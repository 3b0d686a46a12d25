"""Lanes and rows: where each event sits vertically, and fast look-ups of what is in view.

Every category gets a lane, in file order. Inside a lane, events are stacked in rows,
greedily by start: an event goes into the first row that is free from its start, where
"free" counts the event's glyph *and* its label, measured in days at a reference zoom
(pixels per day; each lane takes the coarsest of a few candidates it fits at). A label
follows a dot or a contested date's last date; it goes inside a bar or band when it fits
there at the reference zoom, and after the bar's end when it does not (the canvas never
lets a glyph's edge cut through its text). At that zoom and any closer one, nothing in a
row overlaps: closer in, a bar only grows, so a label that fitted inside still does. The layout depends only on the data
and the reference zooms, never on the current view, so panning and zooming never
reshuffle it; it is computed once per loaded timeline.

A lane has at most ``max_rows`` rows. An event that finds no free row goes into the row
that frees up first; the canvas then shows such crowded stretches as clusters or density,
which it has to do anyway when zoomed out.

:class:`LaneIndex` answers the per-frame questions — which events of a lane overlap the
view, how many, and how many per slice of time — in time proportional to the answer (or
to the number of slices), not to the number of events, using only sorted flat arrays.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat

from timeline_app.domain.columns import EventColumns, Flag, Shape
from timeline_app.domain.dates import Precision
from timeline_app.domain.slices import in_slices, stable_order, take

DEFAULT_MAX_ROWS = 6
GLYPH_PX = 10.0
"""Width reserved for an event's marker before its label starts."""
GAP_PX = 10.0
"""Space kept between one event's label and the next event in the same row."""
MAX_LABEL_PX = 220.0
"""Labels longer than this are elided, so a very long title cannot claim a row for years."""
LABEL_INSET_PX = 9.0
"""A label fits inside its bar or band when the glyph is this much wider than the text (5 px before, 4 after)."""
OPEN_END_PX = 40.0
"""A span with no recorded end is drawn at least this long, fading out."""

_POINT = int(Shape.POINT)
_CONTESTED = int(Shape.CONTESTED)
_DAY = int(Precision.DAY)
_OPEN_END = int(Flag.OPEN_END)


@dataclass(frozen=True)
class Lane:
    """One category's events in chronological order, each with its row."""

    category: int
    members: array[int]
    """Event rows (positions in the file), chronological."""
    row_count: int
    px_per_day: float
    """The reference zoom the lane was stacked for: from it inwards, nothing in a row overlaps."""


@dataclass(frozen=True)
class LaneLayout:
    lanes: list[Lane]
    rows: array[int]
    """Per event (file position): its row inside its lane; -1 for an event without a lane."""
    order: array[int]
    """All events in chronological order (start, then precision, then file position)."""
    rank: array[int]
    """Per event: its position in :attr:`order`."""

    def lane_of(self, category: int) -> int | None:
        for number, lane in enumerate(self.lanes):
            if lane.category == category:
                return number
        return None


def chronological_order(columns: EventColumns) -> array[int]:
    """Event rows sorted by start, then precision (a year before its dated events), then file order."""
    order = columns.chronological_order()
    return array("l", range(len(columns)) if order is None else order)


def estimated_label_px(titles: Sequence[str], char_px: float = 6.5) -> list[float]:
    """A cheap label width per title (average glyph width × characters), capped at :data:`MAX_LABEL_PX`."""
    # map() runs the arithmetic in C: a million titles in a fraction of the time of a loop. In
    # slices: one call over a million would hold a window waiting for its turn for a tenth of a second.
    estimates: list[float] = []
    for chunk in in_slices(titles):
        estimates.extend(map(min, map(operator.mul, map(len, chunk), repeat(char_px)), repeat(MAX_LABEL_PX)))
    return estimates


def layout_lanes(
    columns: EventColumns,
    category_count: int,
    label_px: Sequence[float],
    zooms: Sequence[float],
    max_rows: int = DEFAULT_MAX_ROWS,
) -> LaneLayout:
    """Assign every event a lane (its category) and a row, as described in the module docstring.

    ``zooms`` are candidate reference zooms in pixels per day, coarsest first. Each lane uses
    the coarsest one at which its events fit in ``max_rows`` rows without overlapping (beyond
    the crowding even the last, closest zoom has, plus 1% of the lane), so a sparse lane keeps
    its labels whole even when zoomed far out, and a crowded lane packs for a closer zoom.
    """
    if not zooms or min(zooms) <= 0 or max_rows < 1:
        raise ValueError("zooms must be positive and max_rows at least 1")
    count = len(columns)
    order = chronological_order(columns)
    rank = array("l", bytes(array("l").itemsize * count))
    for position, event in enumerate(order):
        rank[event] = position
    members: list[list[int]] = [[] for _ in range(category_count)]
    categories = columns.categories
    for event in order:
        category = categories[event]
        if 0 <= category < category_count:
            members[category].append(event)
    rows = array("b", b"\xff" * count)
    lanes = []
    for category, lane_members in enumerate(members):
        lanes.append(_stack_lane(columns, category, lane_members, label_px, zooms, max_rows, rows))
    return LaneLayout(lanes, rows, order, rank)


def _stack_lane(
    columns: EventColumns,
    category: int,
    members: list[int],
    label_px: Sequence[float],
    zooms: Sequence[float],
    max_rows: int,
    rows: array[int],
) -> Lane:
    # Some crowding no zoom can undo (a dozen events on one day): measure it at the closest
    # zoom, then take the coarsest zoom that crowds hardly more than that.
    finest = zooms[-1]
    used, unavoidable = _stack(columns, members, label_px, finest, max_rows, rows)
    assert used is not None
    tolerance = unavoidable + len(members) // 100
    if len(members) > 5000 and unavoidable > len(members) // 20:
        # A big, hopelessly crowded lane (drawn as clusters and density anyway): trying coarser
        # zooms would cost a pass each and only crowd it more.
        return Lane(category, array("l", members), max(used, 1), finest)
    finest_rows = [rows[event] for event in members]
    for zoom in zooms[:-1]:
        coarse_used, _ = _stack(columns, members, label_px, zoom, max_rows, rows, overflow_limit=tolerance)
        if coarse_used is not None:
            return Lane(category, array("l", members), max(coarse_used, 1), zoom)
    for event, row in zip(members, finest_rows, strict=True):
        rows[event] = row
    return Lane(category, array("l", members), max(used, 1), finest)


def _stack(
    columns: EventColumns,
    members: list[int],
    label_px: Sequence[float],
    px_per_day: float,
    max_rows: int,
    rows: array[int],
    overflow_limit: int | None = None,
) -> tuple[int | None, int]:
    """Stack ``members`` into rows (written to ``rows``).

    Returns the number of rows used and how many events found no free row; the rows are
    ``None`` once more than ``overflow_limit`` events found none (the stacking stops there).
    """
    starts, ends, shapes = columns.starts, columns.ends, columns.shapes
    precision, flags = columns.precision, columns.flags
    extra = (GLYPH_PX + GAP_PX) / px_per_day
    open_end_days = OPEN_END_PX / px_per_day
    row_free_from: list[float] = []
    overflow = 0
    for event in members:
        start = starts[event]
        # A row is free once the previous event's bar and label have ended.
        row = -1
        for candidate in range(len(row_free_from)):
            if row_free_from[candidate] <= start:
                row = candidate
                break
        if row < 0:
            if len(row_free_from) < max_rows:
                row = len(row_free_from)
                row_free_from.append(start)
            else:
                overflow += 1
                if overflow_limit is not None and overflow > overflow_limit:
                    return None, overflow
                row = row_free_from.index(min(row_free_from))
        rows[event] = row
        end = ends[event]
        shape = shapes[event]
        reserve = extra + label_px[event] / px_per_day
        if shape == _CONTESTED:
            # A contested event's label follows its last alternative, so the joined dates stay unobstructed.
            occupied = end + reserve
        elif shape == _POINT and precision[event] == _DAY:
            occupied = max(end, start + reserve)
        else:
            # A bar or a band: its label goes inside when it fits there, else after the end.
            if flags[event] & _OPEN_END:
                end = max(end, start + open_end_days)
            inside = (end - start) * px_per_day >= label_px[event] + LABEL_INSET_PX
            occupied = max(end, start + reserve) if inside else end + reserve
        row_free_from[row] = max(row_free_from[row], occupied)
    return len(row_free_from), overflow


# --------------------------------------------------------------------------------------
# Per-frame look-ups
# --------------------------------------------------------------------------------------


def _duration_class(duration: float) -> int:
    # Events of similar length share a class; within a class, an event overlapping the view
    # starts at most the class's longest duration before it, so one binary search bounds it.
    return int(duration).bit_length()


@dataclass
class _LengthClass:
    longest: float
    starts: array[float] = field(default_factory=lambda: array("d"))
    events: array[int] = field(default_factory=lambda: array("l"))


@dataclass(frozen=True)
class LaneIndex:
    """The events of one lane that pass the filters, arranged for culling and counting."""

    starts: array[float]
    """Starts of the lane's accepted events, ascending."""
    ends: array[float]
    """Ends of the lane's accepted events, ascending (not in the same order as :attr:`starts`)."""
    members: array[int]
    """Accepted events, chronological (parallel to :attr:`starts`)."""
    ended: array[int]
    """Accepted events in order of their ends (parallel to :attr:`ends`)."""
    classes: list[_LengthClass]

    @classmethod
    def build(cls, lane: Lane, columns: EventColumns, mask: bytes | bytearray | None = None) -> LaneIndex:
        """Index ``lane``'s events; with ``mask`` (one byte per event), only those whose byte is non-zero."""
        members = lane.members
        starts_of, ends_of = columns.starts, columns.ends
        starts = array("d", map(starts_of.__getitem__, members))
        # As sorted(members, key=ends_of.__getitem__), in slices: a lane of a large file loads beside the window.
        ended = array("l", take(stable_order(array("d", map(ends_of.__getitem__, members))), members))
        ends = array("d", map(ends_of.__getitem__, ended))
        by_class: dict[int, _LengthClass] = {}
        for event, start in zip(members, starts, strict=True):
            duration = ends_of[event] - start
            number = _duration_class(duration)
            group = by_class.get(number)
            if group is None:
                group = by_class[number] = _LengthClass(duration)
            elif duration > group.longest:
                group.longest = duration
            group.starts.append(start)
            group.events.append(event)
        index = cls(starts, ends, members, ended, [by_class[k] for k in sorted(by_class)])
        return index if mask is None else index.filtered(mask)

    def filtered(self, mask: bytes | bytearray) -> LaneIndex:
        """This index with only the events whose ``mask`` byte is set.

        Every step runs in C (``map`` over the mask, ``compress`` over the arrays), so a new
        search or filter re-indexes a million events in a fraction of a second. A class keeps
        its unfiltered longest duration: still a safe bound for culling.
        """

        def keep(events: array[int]) -> bytes:
            return bytes(map(mask.__getitem__, events))

        chosen, by_end = keep(self.members), keep(self.ended)
        classes = []
        for group in self.classes:
            kept = keep(group.events)
            classes.append(
                _LengthClass(
                    group.longest, array("d", compress(group.starts, kept)), array("l", compress(group.events, kept))
                )
            )
        return LaneIndex(
            array("d", compress(self.starts, chosen)),
            array("d", compress(self.ends, by_end)),
            array("l", compress(self.members, chosen)),
            array("l", compress(self.ended, by_end)),
            [group for group in classes if group.events],
        )

    def __len__(self) -> int:
        return len(self.members)

    def count(self, first: float, last: float) -> int:
        """How many events overlap ``[first, last)``: those starting before ``last`` less those ended by ``first``."""
        return bisect_left(self.starts, last) - bisect_right(self.ends, first)

    def histogram(self, edges: Sequence[float]) -> list[int]:
        """Events overlapping each slice ``[edges[i], edges[i + 1])``."""
        started = [bisect_left(self.starts, edge) for edge in edges[1:]]
        ended = [bisect_right(self.ends, edge) for edge in edges[:-1]]
        return [s - e for s, e in zip(started, ended, strict=True)]

    def visible(self, first: float, last: float, ends_of: Sequence[float]) -> list[int]:
        """The events overlapping ``[first, last)``, grouped by length class (not sorted)."""
        found: list[int] = []
        for group in self.classes:
            low = bisect_right(group.starts, first - group.longest)
            high = bisect_left(group.starts, last)
            if low < high:
                candidates = group.events[low:high]
                found.extend(e for e in candidates if ends_of[e] > first)
        return found

    def first_at_or_after(self, day: float) -> int | None:
        """The first event starting at or after ``day``, or ``None``."""
        position = bisect_left(self.starts, day)
        return self.members[position] if position < len(self.members) else None

    def nearest(self, day: float) -> int | None:
        """The event whose start is nearest to ``day`` (the earlier one on a tie), or ``None``."""
        if not self.members:
            return None
        position = bisect_left(self.starts, day)
        if position == 0:
            return self.members[0]
        if position == len(self.members):
            return self.members[-1]
        before, after = self.starts[position - 1], self.starts[position]
        return self.members[position - 1] if day - before <= after - day else self.members[position]
