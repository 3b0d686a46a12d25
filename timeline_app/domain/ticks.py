"""The time axis: which ticks to draw at the current zoom, and where their labels go.

The axis has two rows. The minor row is the finest level whose labels fit between its
ticks (days, weeks, months, quarters or years); the major row is the level above it
(months over days and weeks, years over months and quarters, decades over years).
Only ticks inside the visible range are generated, so a day-level view costs the same
whether the timeline spans a month, three decades or 13.8 billion years.

Years are labelled every ``stride`` years, the stride taken from the series 1, 2, 5, 10,
20, 50, 100, ... 5 trillion: centuries, millennia, ten thousand years, a million, a
billion. Up to a stride of 50 years there is a tick every year (the rhythm of the
calendar, with only the labels thinned out); beyond that, or when years are too close for
a tick each, ticks mark a round fraction of the stride, like a ruler's finer lines. Only
the ticks in view are made, each at least :data:`MIN_TICK_SPACING` pixels from the next,
so their number is bounded by the width whatever the span. Decades head the year row only
while every year is labelled or every other or fifth one (as before: a stride of 10 or more
makes the decade row redundant), and not in deep time, where a decade is not a thing anyone
names. Beyond four-digit years, where dates are whole years only, so is the axis: zoomed in
on the Chicxulub impact it shows the year, not months nobody could date.

Labels say years as the rest of the app does (:func:`~timeline_app.domain.dates.year_in_words`),
so a label reads the same on the axis as in the detail pane: ``1994``, ``AD 500``, ``500 BC``,
``10,000 BC``, ``66 million years ago``, ``5 billion years from now``. AD years below 1000
keep their "AD": on an axis that crosses the era boundary a bare ``500`` next to ``500 BC``
invites a second look, and "AD" costs a few pixels. Strides count from the boundary between
1 BC and AD 1 both ways, so ticks fall on round *BC* years (``10 BC``, ``20 BC``: astronomical
years -9, -19) on one side, round AD years on the other, and the tick between them is
``AD 1``. From a million years away, where ``year_in_words`` rounds to six significant figures,
a label that would round (``65,999,990 years ago`` at a stride of 10) is written out in full,
so that no two ticks of a row ever read the same.

Text is measured by a function the caller passes in (``label_width``), and month names
come from another (``month_name``), so the Qt side can supply font metrics and the
locale's names while tests use plain arithmetic.
"""

from __future__ import annotations

import enum
import math
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline_app.domain.dates import (
    CALENDAR_YEARS,
    DEEP_TIME_YEARS,
    MONTH_NAMES,
    calendar_day,
    civil_from_days,
    days_from_civil,
    year_in_words,
    year_start,
)
from timeline_app.domain.language import date_words, decade_label, fill, format_count, quarter_label
from timeline_app.domain.timescale import ViewState

LabelWidth = Callable[[str], float]
MonthName = Callable[[int, bool], str]
"""``month_name(month, short)``: the name of month 1–12, abbreviated when ``short``."""

LABEL_PADDING = 6.0
"""Pixels of space kept on both sides of every label."""

MIN_TICK_SPACING = 4.0
"""Ticks closer than this would blur into a grey band, so such a level is never chosen."""

RULER_SPACING = 8.0
"""Ticks between the labels of a long stride are at least this far apart (and so, like other
minor ticks from 8 px, get grid lines on the canvas): a ruler's marks, not a comb."""

_MAX_TICKS = 5000
"""A level that would need more ticks than this across the view is never chosen."""

YEAR_STRIDES: tuple[int, ...] = tuple(m * 10**k for k in range(13) for m in (1, 2, 5))
"""Years between labels, 1 to 5 trillion: wide enough for a view across every year there is."""

_YEARLY_TICKS_UP_TO = 50
"""Labels up to this many years apart keep a tick every year, as the axis always had."""


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
    """A period on the axis: it starts at ``day`` (where the tick line is) and ends at ``end``.

    ``label`` is empty for the ticks between the labels of a thinned-out year row.
    """

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
    stride: int = 1
    """Years from one label to the next (a row of years; 1 for every other level)."""
    tick_stride: int = 1
    """Years from one tick to the next (a row of years; 1 for every other level)."""


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
    if choice.level is Level.YEAR and (choice.stride >= 10 or _is_deep(view)):
        parent = None
    major = None
    if parent is not None:
        major = _row(view, width, _Choice(parent), major_label_width or label_width, month_name, major=True)
    return Axis(minor, major)


def year_marks(view: ViewState, width: float, label_width: LabelWidth, *, min_pitch: float = 0.0) -> list[Tick]:
    """The labelled years of a year row across ``view``, labels at least ``min_pitch`` pixels apart.

    The same strides and labels as the axis's year row, for a sparser row such as the overview
    strip's; each tick ends where the next label's begins. Years only, whatever the span.
    """
    choice = _year_choice(view, Level.YEAR.shortest_days * view.px_per_day(width), label_width, min_pitch)
    stride = choice.stride
    return [tick for tick, _ in _year_ticks(view.start, view.end, stride, stride)]


@dataclass(frozen=True, slots=True)
class _Choice:
    level: Level
    short: bool = False
    stride: int = 1
    """Label every ``stride``-th year only (years: 1, 2, 5, 10, 20, 50, 100, ...)."""
    tick_stride: int = 1
    """A tick every ``tick_stride`` years (years only)."""


def _finest_fitting_level(
    view: ViewState, px_per_day: float, label_width: LabelWidth, month_name: MonthName
) -> _Choice:
    # Like dates, the axis knows years beyond four digits as whole years only: months of the
    # Cretaceous would be the proleptic calendar's invention (its days were not even ours).
    calendar = calendar_day(view.start).year in CALENDAR_YEARS and calendar_day(view.end).year in CALENDAR_YEARS
    for level in (Level.DAY, Level.WEEK, Level.MONTH, Level.QUARTER) if calendar else ():
        spacing = level.shortest_days * px_per_day
        if spacing < MIN_TICK_SPACING or view.span / level.shortest_days > _MAX_TICKS:
            continue
        variants = (False, True) if level is Level.MONTH else (False,)
        for short in variants:
            widest = max(label_width(text) for text in _sample_labels(level, short, month_name))
            if widest + 2 * LABEL_PADDING <= spacing:
                return _Choice(level, short)
    return _year_choice(view, Level.YEAR.shortest_days * px_per_day, label_width)


def _year_choice(view: ViewState, year_px: float, label_width: LabelWidth, min_pitch: float = 0.0) -> _Choice:
    """The finest stride whose labels fit ``year_px`` pixels a year (and are ``min_pitch`` apart).

    A handful of label measurements whatever the zoom: the search starts at the first stride
    wide enough for the padding alone (a label is wider than nothing), and from there the
    strides grow by 2 to 2.5 times, far faster than labels widen.
    """
    first_year, last_year = calendar_day(view.start).year, calendar_day(view.end).year
    floor = max(2 * LABEL_PADDING, min_pitch)
    stride = YEAR_STRIDES[-1]
    for stride in YEAR_STRIDES[bisect_right(YEAR_STRIDES, floor / year_px) :]:
        pitch = stride * year_px
        widest = max(label_width(text) for text in _year_samples(first_year, last_year, stride))
        if widest + 2 * LABEL_PADDING <= pitch:
            break
    return _Choice(Level.YEAR, stride=stride, tick_stride=_tick_stride(stride, year_px, view.span))


def _tick_stride(stride: int, year_px: float, span: float) -> int:
    if stride <= _YEARLY_TICKS_UP_TO and year_px >= MIN_TICK_SPACING and span / 365 <= _MAX_TICKS:
        return 1
    # The finest round fraction of the stride (down to a tenth) whose ticks stay apart.
    for tick_stride in YEAR_STRIDES:
        if tick_stride * 10 >= stride and stride % tick_stride == 0 and tick_stride * year_px >= RULER_SPACING:
            return tick_stride
    return stride


def _year_samples(first_year: int, last_year: int, stride: int) -> set[str]:
    """Labels to measure for ``stride``: three at each end of the view.

    The widest labels are at the ends (the largest numbers), and three in a row catch
    alternating forms such as ``2 million`` / ``2.5 million``.
    """
    first = _mark_at_or_before(first_year, stride)
    last = _mark_at_or_before(last_year, stride)
    marks = {first, last}
    for _ in range(2):
        first = _mark_at_or_after(first + 1, stride)
        last = _mark_at_or_before(last - 1, stride)
        marks.update((first, last))
    return {year_label(year) for year in marks}


def _sample_labels(level: Level, short: bool, month_name: MonthName) -> list[str]:
    if level in (Level.DAY, Level.WEEK):
        return ["28", "30", "31"]
    if level is Level.MONTH:
        return [month_name(m, short) for m in range(1, 13)]
    return ["Q1", "Q2", "Q3", "Q4"]


def _is_deep(view: ViewState) -> bool:
    """Whether any of ``view`` is a million years or more from AD 1."""
    return calendar_day(view.start).year <= -DEEP_TIME_YEARS or calendar_day(view.end).year >= DEEP_TIME_YEARS


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
    # Where each label's room ends: its own period's end, or in a thinned-out row of years the next label's tick.
    ticks: list[Tick]
    room_ends: list[float]
    if level is Level.YEAR:
        pairs = list(_year_ticks(view.start, view.end, choice.tick_stride, stride))
        ticks = [tick for tick, _ in pairs]
        room_ends = [room_end for _, room_end in pairs]
    else:
        ticks = list(visible_ticks(view.start, view.end, level, choice.short, month_name, major=major))
        room_ends = [tick.end for tick in ticks]
    tick_x = [view.x_of(t.day, width) for t in ticks]
    labels: list[PlacedLabel] = []
    for tick, x, room_end in zip(ticks, tick_x, room_ends, strict=True):
        if not tick.label:
            continue
        text_width = label_width(tick.label)
        end_x = view.x_of(room_end, width)
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
    return AxisRow(level, ticks, tick_x, labels, stride, choice.tick_stride)


# --------------------------------------------------------------------------------------
# Periods: the calendar of dates.py, so any year works, BC included
# --------------------------------------------------------------------------------------


def visible_ticks(
    start: float,
    end: float,
    level: Level,
    short: bool = False,
    month_name: MonthName = english_month_name,
    *,
    major: bool = False,
) -> Iterator[Tick]:
    """The periods of ``level`` that overlap ``[start, end)``, in order, each with its label."""
    if level in (Level.DAY, Level.WEEK):
        yield from _day_ticks(start, end, 1 if level is Level.DAY else 7)
    elif level in (Level.MONTH, Level.QUARTER):
        yield from _month_ticks(start, end, level, short, month_name, major=major)
    elif level is Level.YEAR:
        yield from (tick for tick, _ in _year_ticks(start, end, 1, 1))
    else:
        yield from _decade_ticks(start, end)


def _day_ticks(start: float, end: float, step: int) -> Iterator[Tick]:
    day = math.floor(start)
    if step == 7:
        day -= (day + 3) % 7  # back to Monday: day 0, 1 January 1970, was a Thursday
    while day < end:
        yield Tick(float(day), float(day + step), str(civil_from_days(day).day))
        day += step


def _month_ticks(
    start: float, end: float, level: Level, short: bool, month_name: MonthName, *, major: bool
) -> Iterator[Tick]:
    step = 1 if level is Level.MONTH else 3
    first = calendar_day(start)
    # Months counted from year 0, so stepping across a year (or the era) is plain arithmetic.
    months = first.year * 12 + (first.month - 1) // step * step
    day = days_from_civil(first.year, months % 12 + 1, 1)
    while day < end:
        year, month = divmod(months, 12)
        months += step
        following = days_from_civil(months // 12, months % 12 + 1, 1)
        if level is Level.QUARTER:
            label = quarter_label(month // 3 + 1)
        else:
            name = month_name(month + 1, short)
            label = f"{name} {year_label(year)}" if major else name
        yield Tick(float(day), float(following), label)
        day = following


def _decade_ticks(start: float, end: float) -> Iterator[Tick]:
    # Decades as readers count them: the 1990s are 1990–1999, the 40s BC are 49–40 BC, and the
    # decades on either side of the era boundary (9–1 BC, AD 1–9) have nine years.
    year = _decade_start(calendar_day(start).year)
    day = year_start(year)
    while day < end:
        following_year = _decade_after(year)
        following = year_start(following_year)
        yield Tick(float(day), float(following), _decade_label(year))
        year, day = following_year, following


def _decade_start(year: int) -> int:
    if year >= 1:
        return max(year // 10 * 10, 1)
    before = 1 - year  # 44 BC → 44
    return 1 - (before // 10 * 10 + 9)


def _decade_after(year: int) -> int:
    if year >= 1:
        return (year // 10 + 1) * 10
    lowest = (1 - year) // 10 * 10  # the decade's last BC year, e.g. 40 for the 40s BC
    return 1 if lowest == 0 else 2 - lowest


def _decade_label(year: int) -> str:
    if year >= 1:
        decade = year // 10 * 10
        if decade >= 10_000:
            return decade_label(decade, "ad")  # in full: "AD 12,000s", never "1 million years from nows"
        if decade == 0:
            return decade_label(0, "ad")
        return decade_label(decade, "" if decade >= 1000 else "ad")  # "1990s", as year_in_words says 1990
    return decade_label((1 - year) // 10 * 10, "bc")


def _year_ticks(start: float, end: float, tick_stride: int, stride: int) -> Iterator[tuple[Tick, float]]:
    """A tick every ``tick_stride`` years overlapping ``[start, end)``, labelled on the marks of ``stride``.

    With each tick comes the day the room for its label ends: the next labelled tick.
    """
    year = _mark_at_or_before(calendar_day(start).year, tick_stride)
    day = year_start(year)
    while day < end:
        following_year = _mark_at_or_after(year + 1, tick_stride)
        following = year_start(following_year)
        if _is_mark(year, stride):
            room_end = following if stride == tick_stride else year_start(_mark_at_or_after(year + 1, stride))
            yield Tick(float(day), float(following), year_label(year)), float(room_end)
        else:
            yield Tick(float(day), float(following), ""), float(following)
        year, day = following_year, following


def year_label(year: int) -> str:
    """How a tick names ``year``: :func:`year_in_words`, but never rounded.

    From a million years away ``year_in_words`` keeps six significant figures; a year that
    they would not say exactly is written in full (``65,999,990 years ago``).
    """
    count = 1 - year if year < 1 else year
    if count >= DEEP_TIME_YEARS and float(f"{count:.6g}") != count:
        words = date_words()
        return fill(words.years_ago if year < 1 else words.years_from_now, format_count(count))
    return year_in_words(year)


# The marks of a stride: round BC years before AD 1 (1 - k * stride), round AD years after
# it (k * stride), and AD 1 itself between them.


def _is_mark(year: int, stride: int) -> bool:
    if year >= 1:
        return year % stride == 0 or year == 1
    return (1 - year) % stride == 0


def _mark_at_or_before(year: int, stride: int) -> int:
    if year >= 1:
        return max(year // stride * stride, 1)
    return 1 - -(-(1 - year) // stride) * stride


def _mark_at_or_after(year: int, stride: int) -> int:
    if year >= 1:
        return year if year == 1 else -(-year // stride) * stride
    before = (1 - year) // stride * stride
    return 1 - before if before else 1
