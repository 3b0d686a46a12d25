"""The time axis: which ticks to draw at the current zoom, and where their labels go.

The axis has two rows. The minor row is the finest level whose labels fit between its
ticks (days, weeks, months, quarters, years or decades); the major row is the level
above it (months over days and weeks, years over months and quarters, decades over
years). Only ticks inside the visible range are generated, so a day-level view costs
the same whether the timeline spans a month or three decades.

Text is measured by a function the caller passes in (``label_width``), and month names
come from another (``month_name``), so the Qt side can supply font metrics and the
locale's names while tests use plain arithmetic.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline_app.domain.columns import EPOCH_ORDINAL
from timeline_app.domain.dates import MONTH_NAMES
from timeline_app.domain.timescale import ViewState

LabelWidth = Callable[[str], float]
MonthName = Callable[[int, bool], str]
"""``month_name(month, short)``: the name of month 1–12, abbreviated when ``short``."""

LABEL_PADDING = 6.0
"""Pixels of space kept on both sides of every label."""

MIN_TICK_SPACING = 4.0
"""Ticks closer than this would blur into a grey band, so such a level is never chosen."""

_MAX_TICKS = 5000
"""A level that would need more ticks than this across the view is never chosen."""


def english_month_name(month: int, short: bool) -> str:
    name = MONTH_NAMES[month - 1]
    return name[:3] if short else name


class Level(enum.IntEnum):
    """Tick levels from finest to coarsest."""

    DAY = 0
    WEEK = 1
    MONTH = 2
    QUARTER = 3
    YEAR = 4
    DECADE = 5

    @property
    def shortest_days(self) -> float:
        """The shortest period of this level, which decides whether its labels fit."""
        return _SHORTEST_DAYS[self]

    @property
    def parent(self) -> Level | None:
        return _PARENT[self]


_SHORTEST_DAYS = {
    Level.DAY: 1.0,
    Level.WEEK: 7.0,
    Level.MONTH: 28.0,
    Level.QUARTER: 90.0,
    Level.YEAR: 365.0,
    Level.DECADE: 3652.0,
}
_PARENT = {
    Level.DAY: Level.MONTH,
    Level.WEEK: Level.MONTH,
    Level.MONTH: Level.YEAR,
    Level.QUARTER: Level.YEAR,
    Level.YEAR: Level.DECADE,
    Level.DECADE: None,
}


@dataclass(frozen=True, slots=True)
class Tick:
    """A period on the axis: it starts at ``day`` (where the tick line is) and ends at ``end``."""

    day: float
    end: float
    label: str


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label's left edge and width in pixels."""

    x: float
    width: float
    text: str

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class AxisRow:
    level: Level
    ticks: list[Tick]
    tick_x: list[float]
    labels: list[PlacedLabel]


@dataclass(frozen=True)
class Axis:
    minor: AxisRow
    major: AxisRow | None


def build_axis(
    view: ViewState,
    width: float,
    label_width: LabelWidth,
    month_name: MonthName = english_month_name,
    major_label_width: LabelWidth | None = None,
) -> Axis:
    """The ticks and labels of both rows for ``view`` drawn ``width`` pixels wide.

    ``major_label_width`` measures the major row's labels when they use another font (e.g. bold).
    """
    choice = _finest_fitting_level(view, view.px_per_day(width), label_width, month_name)
    minor = _row(view, width, choice, label_width, month_name, major=False)
    parent = choice.level.parent
    if choice.level is Level.YEAR and choice.stride >= 10:
        parent = None
    major = None
    if parent is not None:
        major = _row(view, width, _Choice(parent), major_label_width or label_width, month_name, major=True)
    return Axis(minor, major)


def choose_level(view: ViewState, width: float, label_width: LabelWidth, month_name: MonthName) -> Level:
    """The minor level :func:`build_axis` would use."""
    return _finest_fitting_level(view, view.px_per_day(width), label_width, month_name).level


@dataclass(frozen=True, slots=True)
class _Choice:
    level: Level
    short: bool = False
    stride: int = 1
    """Label every ``stride``-th period only (years: 1, 2, 5, 10, 20, 50; decades never get here)."""


_YEAR_STRIDES = (1, 2, 5, 10, 20, 50)


def _finest_fitting_level(
    view: ViewState, px_per_day: float, label_width: LabelWidth, month_name: MonthName
) -> _Choice:
    for level in Level:
        if level is Level.DECADE:
            break
        spacing = level.shortest_days * px_per_day
        if spacing < MIN_TICK_SPACING or view.span / level.shortest_days > _MAX_TICKS:
            continue
        variants = (False, True) if level is Level.MONTH else (False,)
        for short in variants:
            widest = max(label_width(text) for text in _sample_labels(level, short, month_name))
            # Years may be labelled every 2nd, 5th, 10th... so the tick rhythm stays yearly
            # while only the labels thin out; other levels label every period or not at all.
            strides = _YEAR_STRIDES if level is Level.YEAR else (1,)
            for stride in strides:
                if widest + 2 * LABEL_PADDING <= spacing * stride:
                    return _Choice(level, short, stride)
    return _Choice(Level.YEAR, False, _YEAR_STRIDES[-1])


def _sample_labels(level: Level, short: bool, month_name: MonthName) -> list[str]:
    if level in (Level.DAY, Level.WEEK):
        return ["28", "30", "31"]
    if level is Level.MONTH:
        return [month_name(m, short) for m in range(1, 13)]
    if level is Level.QUARTER:
        return ["Q1", "Q2", "Q3", "Q4"]
    return ["2000", "1988"]


def _row(
    view: ViewState,
    width: float,
    choice: _Choice,
    label_width: LabelWidth,
    month_name: MonthName,
    *,
    major: bool,
) -> AxisRow:
    level, stride = choice.level, choice.stride
    ticks = list(visible_ticks(view.start, view.end, level, choice.short, month_name, major=major))
    tick_x = [view.x_of(t.day, width) for t in ticks]
    labels: list[PlacedLabel] = []
    for tick, x in zip(ticks, tick_x, strict=True):
        if stride > 1 and int(tick.label) % stride:
            continue
        text_width = label_width(tick.label)
        end_x = view.x_of(tick.end if stride == 1 else tick.day + stride * 365.25, width)
        # The part of the period that is on screen; a label must fit inside it, whole.
        room_left = max(x, 0.0) + LABEL_PADDING
        room_right = min(end_x, width) - LABEL_PADDING
        if room_right - room_left < text_width:
            continue
        if major or level is Level.WEEK or stride > 1:
            # Major labels stick to the left edge like a header while their period is on screen;
            # week labels name the Monday at the tick, and thinned-out years the year at the tick.
            left = room_left
        else:
            centred = (x + end_x - text_width) / 2
            left = min(max(centred, room_left), room_right - text_width)
        if labels and left < labels[-1].right + LABEL_PADDING:
            continue
        labels.append(PlacedLabel(left, text_width, tick.label))
    return AxisRow(level, ticks, tick_x, labels)


def visible_ticks(
    start: float,
    end: float,
    level: Level,
    short: bool = False,
    month_name: MonthName = english_month_name,
    *,
    major: bool = False,
) -> Iterator[Tick]:
    """The periods of ``level`` that overlap ``[start, end)``, in order."""
    first = _date(start)
    period = _period_start(first, level)
    while True:
        following = _next_period(period, level)
        day = float(period.toordinal() - EPOCH_ORDINAL)
        if day >= end:
            return
        next_day = float(following.toordinal() - EPOCH_ORDINAL) if following is not None else end
        yield Tick(day, next_day, _label(period, level, short, month_name, major=major))
        if following is None:
            return
        period = following


def _date(day: float) -> dt.date:
    ordinal = int(day // 1) + EPOCH_ORDINAL
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


def _period_start(date: dt.date, level: Level) -> dt.date:
    if level is Level.DAY:
        return date
    if level is Level.WEEK:
        return date - dt.timedelta(days=date.weekday())
    if level is Level.MONTH:
        return date.replace(day=1)
    if level is Level.QUARTER:
        return date.replace(month=(date.month - 1) // 3 * 3 + 1, day=1)
    if level is Level.YEAR:
        return date.replace(month=1, day=1)
    return date.replace(year=max(date.year // 10 * 10, 1), month=1, day=1)


def _next_period(date: dt.date, level: Level) -> dt.date | None:
    try:
        if level is Level.DAY:
            return date + dt.timedelta(days=1)
        if level is Level.WEEK:
            return date + dt.timedelta(days=7)
        if level in (Level.MONTH, Level.QUARTER):
            step = 1 if level is Level.MONTH else 3
            months = date.year * 12 + date.month - 1 + step
            return dt.date(months // 12, months % 12 + 1, 1)
        years = 1 if level is Level.YEAR else 10
        return dt.date(date.year // years * years + years, 1, 1)
    except (OverflowError, ValueError):
        return None


def _label(date: dt.date, level: Level, short: bool, month_name: MonthName, *, major: bool) -> str:
    if level in (Level.DAY, Level.WEEK):
        return str(date.day)
    if level is Level.MONTH:
        name = month_name(date.month, short)
        return f"{name} {date.year}" if major else name
    if level is Level.QUARTER:
        return f"Q{(date.month - 1) // 3 + 1}"
    if level is Level.YEAR:
        return str(date.year)
    return f"{date.year}s"
