"""What the canvas shows, independent of where it is looking: lanes, rows, periods, filters.

Built once per loaded timeline (the layout) and refreshed once per filter change (the
per-lane indices). Painting reads it; nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.domain.columns import EventColumns, Flag
from timeline_app.domain.lanes import LaneIndex, LaneLayout, estimated_label_px, layout_lanes
from timeline_app.domain.model import Timeline
from timeline_app.domain.timescale import Limits

REFERENCE_WIDTH_PX = 1200.0
"""The layout aims to keep labels whole when the file's own range is shown about this wide."""
REFERENCE_ZOOMS = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0)
"""Multiples of that zoom a lane may be stacked for when it is too crowded for the first."""


@dataclass(frozen=True, slots=True)
class PeriodBand:
    start: float
    end: float
    label: str
    row: int
    """Which line of the period strip its name goes on (overlapping periods get separate lines)."""


@dataclass(frozen=True, slots=True)
class LaneInfo:
    category: int
    label: str
    colour: str
    rows: int
    total: int
    """Events in the lane, filtered or not."""


_APPROXIMATE = int(Flag.APPROXIMATE)
_UNCERTAIN = int(Flag.UNCERTAIN)


def label_text(title: str, flags: int) -> str:
    """An event's label: the title, with ``c.`` for approximate dates and ``?`` for uncertain ones."""
    # Plain ints, not Flag members: this runs for every label of every frame.
    if flags & _APPROXIMATE:
        title = f"c. {title}"
    if flags & _UNCERTAIN:
        title = f"{title} ?"
    return title


class CanvasScene:
    """Layout and filtered look-ups for one loaded timeline."""

    def __init__(self, timeline: Timeline, columns: EventColumns) -> None:
        self.columns = columns
        view = timeline.view
        self.home = (view.start.first_day, view.end.end_day)
        first, last = self.home
        if len(columns):
            first = min(first, min(columns.starts))
            last = max(last, max(columns.ends))
        for period in timeline.periods:
            first = min(first, period.start.first_day)
            last = max(last, period.end.end_day if period.end is not None else period.start.end_day)
        self.extent = (first, last)
        """From the earliest to the latest day of anything in the file (events, periods, its view)."""
        self.limits = Limits.around(first, last)
        """How far the view may go: the extent with a margin, which is what "Fit all" shows."""
        fit_zoom = REFERENCE_WIDTH_PX / max(self.home[1] - self.home[0], 1.0)
        self.layout: LaneLayout = layout_lanes(
            columns,
            len(timeline.categories),
            estimated_label_px(columns.titles),
            [fit_zoom * multiple for multiple in REFERENCE_ZOOMS],
        )
        self.lanes = [
            LaneInfo(i, c.label, c.colour, lane.row_count, len(lane.members))
            for i, (c, lane) in enumerate(zip(timeline.categories, self.layout.lanes, strict=True))
        ]
        self.periods = _period_bands(timeline, last)
        self.period_rows = max((p.row + 1 for p in self.periods), default=0)
        self.mask: bytes | bytearray | None = None
        self.search_active = False
        self.contradicted: bytes | bytearray | None = None
        """One byte per event, set where a source chosen in the Sources view contradicts it (``None``: none)."""
        self.shown_lanes: list[int] = [i for i, lane in enumerate(self.lanes) if lane.total]
        self._unfiltered: list[LaneIndex] = [LaneIndex.build(lane, columns) for lane in self.layout.lanes]
        self.indices: list[LaneIndex] = self._unfiltered

    def apply_filter(
        self, mask: bytes | bytearray | None, search_active: bool, categories: Sequence[int] | None
    ) -> None:
        """Show only events whose ``mask`` byte is set; ``categories`` (lane numbers) limits the lanes shown."""
        if mask is not None and len(mask) != len(self.columns):
            mask = None
        if mask is not None and mask.count(0) == 0:
            mask = None
        if mask != self.mask:
            unfiltered = self._unfiltered
            self.indices = unfiltered if mask is None else [index.filtered(mask) for index in unfiltered]
        self.mask = mask
        self.search_active = search_active
        allowed = None if categories is None else set(categories)
        self.shown_lanes = [i for i, lane in enumerate(self.lanes) if lane.total and (allowed is None or i in allowed)]

    def accepted(self, event: int) -> bool:
        return self.mask is None or bool(self.mask[event])

    def lane_number(self, event: int) -> int | None:
        category = self.columns.categories[event]
        return category if 0 <= category < len(self.lanes) else None


def _period_bands(timeline: Timeline, last_day: float) -> list[PeriodBand]:
    """The periods as bands; one with no end runs on to the end of the timeline (``last_day``), as it has not ended."""
    spans = []
    for period in timeline.periods:
        start = period.start.first_day
        end = period.end.end_day if period.end is not None else max(last_day, period.start.end_day)
        spans.append((start, end, period.label))
    spans.sort()
    bands: list[PeriodBand] = []
    row_ends: list[float] = []
    for start, end, label in spans:
        row = next((r for r, free in enumerate(row_ends) if free <= start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        else:
            row_ends[row] = end
        bands.append(PeriodBand(start, end, label, row))
    return bands
