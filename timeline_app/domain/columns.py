"""Compact, column-wise numbers for every event, computed once per loaded timeline.

The canvas lays out and paints up to a million events; it cannot afford to walk
pydantic objects every frame. These columns hold what layout, culling, sorting and
filtering need, in flat arrays indexed by event row (the event's position in the file).

Time is measured in days since 1970-01-01 as floats. An event covers the half-open
interval ``[start, end)``: a day-precision date covers one day, "May 1994" covers the
whole month, "1997" the whole year, so imprecise dates are drawn as the band they may
fall in rather than a pin on 1 January.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import weakref
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.model import PointDate, SpanDate, Timeline

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_number(date: dt.date) -> float:
    """Days since 1970-01-01 (the start of that day)."""
    return float(date.toordinal() - EPOCH_ORDINAL)


def date_of(day: float) -> dt.date:
    """The calendar day containing ``day`` (inverse of :func:`day_number`), clamped to Python's range."""
    ordinal = int(day // 1) + EPOCH_ORDINAL
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


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
        return sorted(range(len(keys)), key=keys.__getitem__)  # stable: equal dates keep file order

    def reordered(self, order: Sequence[int]) -> EventColumns:
        """The same columns with row ``i`` taken from row ``order[i]``."""
        new_row = {old: new for new, old in enumerate(order)} if self.alternatives else {}
        return EventColumns(
            ids=[self.ids[i] for i in order],
            titles=[self.titles[i] for i in order],
            starts=_take(self.starts, order),
            ends=_take(self.ends, order),
            precision=_take(self.precision, order),
            shapes=_take(self.shapes, order),
            flags=_take(self.flags, order),
            categories=_take(self.categories, order),
            alternatives={new_row[old]: spans for old, spans in self.alternatives.items()},
        )


def _take(values: array[Any], order: Sequence[int]) -> array[Any]:
    return array(values.typecode, [values[i] for i in order])


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


def _interval(date: PartialDate) -> tuple[float, float]:
    return day_number(date.earliest()), day_number(date.latest()) + 1.0


class _Days:
    """Interval and precision of each date, computed once per date object.

    The loader shares one object per distinct date (see ``dates.py``), so a million events
    hold a few thousand; they are looked up by identity, which is safe while the timeline
    being read keeps them all alive.
    """

    def __init__(self) -> None:
        self._known: dict[int, tuple[float, float, int]] = {}

    def __call__(self, date: PartialDate) -> tuple[float, float, int]:
        known = self._known.get(id(date))
        if known is None:
            start, end = _interval(date)
            known = self._known[id(date)] = (start, end, int(date.precision))
        return known


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
    ids = [event.id for event in events]
    titles = [event.title for event in events]
    categories = array("i", [category_index.get(event.category, -1) for event in events])
    starts = array("d", bytes(8 * count))
    ends = array("d", bytes(8 * count))
    precision = array("b", bytes(count))
    shapes = array("b", bytes(count))
    flags = array("b", bytes(count))
    alternatives: dict[int, list[tuple[float, float]]] = {}
    days = _Days()
    # One pass, no allocation per event beyond what it must hold: this runs for every event
    # of every file opened.
    for row, event in enumerate(events):
        date = event.date
        flag = 0
        if isinstance(date, PartialDate):
            starts[row], ends[row], precision[row] = days(date)
        elif isinstance(date, SpanDate):
            shapes[row] = _SPAN
            starts[row], end, precision[row] = days(date.start)
            if date.end is None:
                flag = _OPEN_END
            else:
                end = days(date.end)[1]
            ends[row] = end
            flag |= _APPROXIMATE * date.approximate | _UNCERTAIN * date.uncertain
        elif isinstance(date, PointDate):
            starts[row], ends[row], precision[row] = days(date.on)
            flag = _APPROXIMATE * date.approximate | _UNCERTAIN * date.uncertain
        else:
            shapes[row] = _CONTESTED
            spans = [_interval(a.on) for a in date.alternatives]
            alternatives[row] = spans
            starts[row] = min(s for s, _ in spans)
            ends[row] = max(e for _, e in spans)
            precision[row] = int(date.earliest().precision)
        if event.context:
            flag |= _CONTEXT
        if event.framing:
            flag |= _FRAMING
        if flag:
            flags[row] = flag
    return EventColumns(ids, titles, starts, ends, precision, shapes, flags, categories, alternatives)
