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
from array import array
from dataclasses import dataclass, field

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.model import ContestedDate, PointDate, SpanDate, Timeline

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
        """Chronological, precision-aware (a year before its months and days), stable by file order."""
        return (self.starts[row], self.precision[row], row)


def _interval(date: PartialDate) -> tuple[float, float]:
    return day_number(date.earliest()), day_number(date.latest()) + 1.0


def build_columns(timeline: Timeline) -> EventColumns:
    category_index = {c.id: i for i, c in enumerate(timeline.categories)}
    count = len(timeline.events)
    ids: list[str] = []
    titles: list[str] = []
    starts = array("d", bytes(8 * count))
    ends = array("d", bytes(8 * count))
    precision = array("b", bytes(count))
    shapes = array("b", bytes(count))
    flags = array("b", bytes(count))
    categories = array("i", bytes(4 * count))
    alternatives: dict[int, list[tuple[float, float]]] = {}
    for row, event in enumerate(timeline.events):
        ids.append(event.id)
        titles.append(event.title)
        date = event.date
        flag = Flag.NONE
        if isinstance(date, PartialDate):
            first = date
            starts[row], ends[row] = _interval(date)
        elif isinstance(date, PointDate):
            first = date.on
            starts[row], ends[row] = _interval(date.on)
        elif isinstance(date, SpanDate):
            first = date.start
            shapes[row] = Shape.SPAN
            starts[row] = _interval(date.start)[0]
            if date.end is None:
                ends[row] = _interval(date.start)[1]
                flag |= Flag.OPEN_END
            else:
                ends[row] = _interval(date.end)[1]
        else:
            assert isinstance(date, ContestedDate)
            shapes[row] = Shape.CONTESTED
            spans = [_interval(a.on) for a in date.alternatives]
            alternatives[row] = spans
            first = date.earliest()
            starts[row] = min(s for s, _ in spans)
            ends[row] = max(e for _, e in spans)
        if isinstance(date, (PointDate, SpanDate)):
            if date.approximate:
                flag |= Flag.APPROXIMATE
            if date.uncertain:
                flag |= Flag.UNCERTAIN
        if event.context:
            flag |= Flag.CONTEXT
        if event.framing:
            flag |= Flag.FRAMING
        precision[row] = int(first.precision)
        flags[row] = int(flag)
        categories[row] = category_index.get(event.category, -1)
    return EventColumns(ids, titles, starts, ends, precision, shapes, flags, categories, alternatives)
