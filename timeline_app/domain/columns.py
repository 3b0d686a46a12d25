"""Compact, column-wise numbers for every event, computed once per loaded timeline.

The canvas lays out and paints up to a million events; it cannot afford to walk
event objects every frame. These columns hold what layout, culling, sorting and
filtering need, in flat arrays indexed by event row (the event's position in the file).

Time is measured in days since 1970-01-01 as floats. An event covers the half-open
interval ``[start, end)``: a day-precision date covers one day, "May 1994" covers the
whole month, "1997" the whole year, so imprecise dates are drawn as the band they may
fall in rather than a pin on 1 January.
"""

from __future__ import annotations

import enum
import itertools
import weakref
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.dates import day_number as day_number
from timeline_app.domain.model import ContestedDate, PointDate, SpanDate, Timeline
from timeline_app.domain.slices import in_slices, stable_order, take


class Shape(enum.IntEnum):
    POINT = 0
    SPAN = 1
    CONTESTED = 2


class Flag(enum.IntFlag):
    NONE = 0
    APPROXIMATE = 1
    UNCERTAIN = 2
    CONTEXT = 4
    OPEN_END = 8
    FRAMING = 16


@dataclass(frozen=True)
class EventColumns:
    ids: list[str]
    titles: list[str]
    starts: array[float]
    """First possible day of the event."""
    ends: array[float]
    """Day after the last possible day (exclusive)."""
    precision: array[int]
    """:class:`~timeline_app.domain.dates.Precision` of the (first) date."""
    shapes: array[int]
    flags: array[int]
    categories: array[int]
    """Index into ``Timeline.categories``; -1 when the category is unknown."""
    alternatives: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    """For contested events: each alternative's ``[start, end)``."""

    def __len__(self) -> int:
        return len(self.ids)

    def sort_key(self, row: int) -> tuple[float, int, int]:
        """Chronological, precision-aware (a year before its months and days), stable by row."""
        return (self.starts[row], self.precision[row], row)

    def chronological_order(self) -> list[int] | None:
        """Rows sorted by :meth:`sort_key`, or ``None`` when they already are (the usual case)."""
        # One float per row orders like (start, precision): starts are whole days and precision is
        # 0-2, so start * 4 + precision is exact, and sorting floats is three times faster than tuples.
        keys = [start * 4.0 + precision for start, precision in zip(self.starts, self.precision, strict=True)]
        if all(a <= b for a, b in itertools.pairwise(keys)):
            return None
        return stable_order(keys)  # equal dates keep file order

    def reordered(self, order: Sequence[int]) -> EventColumns:
        """The same columns with row ``i`` taken from row ``order[i]``."""
        # Only the contested rows need their new number; a loop (not one dict() over every row)
        # lets a window that waits for its turn have it while a large file loads.
        contested = self.alternatives
        new_row = {old: new for new, old in enumerate(order) if old in contested} if contested else {}
        return EventColumns(
            ids=take(order, self.ids),
            titles=take(order, self.titles),
            starts=array("d", take(order, self.starts)),
            ends=array("d", take(order, self.ends)),
            precision=array("b", take(order, self.precision)),
            shapes=array("b", take(order, self.shapes)),
            flags=array("b", take(order, self.flags)),
            categories=array("i", take(order, self.categories)),
            alternatives={new_row[old]: spans for old, spans in self.alternatives.items()},
        )


_KEPT: dict[int, EventColumns] = {}


def event_columns(timeline: Timeline) -> EventColumns:
    """:func:`build_columns` for ``timeline``, built once and kept for as long as the timeline lives.

    The loader's checks and the event model both need the columns of the same timeline.
    They are kept beside the timeline rather than on it, so they play no part in comparing
    timelines.
    """
    key = id(timeline)
    columns = _KEPT.get(key)
    if columns is None:
        columns = _KEPT[key] = build_columns(timeline)
        weakref.finalize(timeline, _KEPT.pop, key, None)
    return columns


_APPROXIMATE, _UNCERTAIN, _CONTEXT, _OPEN_END, _FRAMING = (
    int(Flag.APPROXIMATE),
    int(Flag.UNCERTAIN),
    int(Flag.CONTEXT),
    int(Flag.OPEN_END),
    int(Flag.FRAMING),
)
_SPAN, _CONTESTED = int(Shape.SPAN), int(Shape.CONTESTED)


def build_columns(timeline: Timeline) -> EventColumns:
    events = timeline.events
    category_index = {c.id: i for i, c in enumerate(timeline.categories)}
    count = len(events)
    # map() walks the events in C; an array fills twice as fast from a list as from an iterator.
    # In slices: a call over a million events would hold a window waiting for its turn (the file
    # loading in the background) for a tenth of a second.
    ids: list[str] = []
    titles: list[str] = []
    category_numbers: list[int] = []
    for chunk in in_slices(events):
        ids.extend(map(attrgetter("id"), chunk))
        titles.extend(map(attrgetter("title"), chunk))
        category_numbers.extend(map(category_index.get, map(attrgetter("category"), chunk), itertools.repeat(-1)))
    categories = array("i", category_numbers)
    starts = array("d", bytes(8 * count))
    ends = array("d", bytes(8 * count))
    precision = array("b", bytes(count))
    shapes = array("b", bytes(count))
    flags = array("b", bytes(count))
    alternatives: dict[int, list[tuple[float, float]]] = {}
    # This runs for every event of every file opened, so Python does per event only what it
    # must: each date carries its numbers (PartialDate.days), and most events (dated by plain
    # text) take the first branch.
    for row, date in enumerate(map(attrgetter("date"), events)):
        kind = type(date)
        if kind is PartialDate:
            starts[row], ends[row], precision[row] = date.days
        elif kind is SpanDate:
            shapes[row] = _SPAN
            starts[row], end, precision[row] = date.start.days
            flag = _APPROXIMATE * date.approximate | _UNCERTAIN * date.uncertain
            if date.end is None:
                flag |= _OPEN_END
            else:
                end = date.end.days[1]
            ends[row] = end
            flags[row] = flag
        elif kind is PointDate:
            starts[row], ends[row], precision[row] = date.on.days
            flags[row] = _APPROXIMATE * date.approximate | _UNCERTAIN * date.uncertain
        elif kind is ContestedDate:
            shapes[row] = _CONTESTED
            days = [a.on.days for a in date.alternatives]
            alternatives[row] = [(first, end) for first, end, _ in days]
            # The earliest alternative as PartialDate.sort_key has it: by first day, then precision.
            starts[row], precision[row] = min((first, exactness) for first, _, exactness in days)
            ends[row] = max(end for _, end, _ in days)
        else:
            # Records built in code are not validated; a wrong date must not end up drawn in 1970.
            raise TypeError(f"event {events[row].id!r}: {date!r} is not a date")
    for row in compress(range(count), map(attrgetter("context"), events)):
        flags[row] |= _CONTEXT
    for row in compress(range(count), map(attrgetter("framing"), events)):
        flags[row] |= _FRAMING
    return EventColumns(ids, titles, starts, ends, precision, shapes, flags, categories, alternatives)
