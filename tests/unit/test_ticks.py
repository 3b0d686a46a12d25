"""The time axis: a level for every zoom, visible ticks only, labels that never overlap or get cut."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline_app.domain.columns import day_number
from timeline_app.domain.dates import days_from_civil, year_start
from timeline_app.domain.ticks import (
    LABEL_PADDING,
    MIN_TICK_SPACING,
    Axis,
    AxisRow,
    Level,
    build_axis,
    visible_ticks,
    year_marks,
)
from timeline_app.domain.timescale import Limits, ViewState

WIDTH = 1400.0


def char_width(text: str) -> float:
    """A font metric for tests: every character 7 px wide."""
    return 7.0 * len(text)


def view(first: dt.date, days: float) -> ViewState:
    start = day_number(first)
    return ViewState(start, start + days)


# One view per level: the span across 1400 px that makes it the finest level whose labels fit.
LEVEL_VIEWS = [
    (Level.DAY, view(dt.date(2021, 8, 10), 12), Level.MONTH),
    (Level.DAY, view(dt.date(2021, 8, 10), 0.9), Level.MONTH),
    (Level.WEEK, view(dt.date(2021, 7, 1), 120), Level.MONTH),
    (Level.MONTH, view(dt.date(2020, 1, 1), 700), Level.YEAR),
    (Level.QUARTER, view(dt.date(2010, 1, 1), 365 * 7), Level.YEAR),
    (Level.YEAR, view(dt.date(1991, 6, 1), 365 * 31), Level.DECADE),
]


def _assert_readable(axis: Axis, width: float) -> None:
    rows = [axis.minor] if axis.major is None else [axis.minor, axis.major]
    for row in rows:
        for label in row.labels:
            assert label.x >= 0, f"{label.text!r} is cut at the left edge"
            assert label.right <= width, f"{label.text!r} is cut at the right edge"
            assert label.width == char_width(label.text)
        for before, after in zip(row.labels, row.labels[1:], strict=False):
            assert after.x >= before.right + LABEL_PADDING, f"{before.text!r} overlaps {after.text!r}"


@pytest.mark.parametrize(("level", "state", "major"), LEVEL_VIEWS)
def test_each_zoom_gets_its_level_with_a_coarser_major_row(level: Level, state: ViewState, major: Level) -> None:
    axis = build_axis(state, WIDTH, char_width)
    assert axis.minor.level is level
    assert axis.major is not None
    assert axis.major.level is major
    assert axis.minor.labels, "the minor row has labels"
    assert axis.major.labels, "the major row has at least the label of the period on screen"
    _assert_readable(axis, WIDTH)


@pytest.mark.parametrize(("level", "state", "major"), LEVEL_VIEWS)
def test_only_ticks_that_overlap_the_view_are_made(level: Level, state: ViewState, major: Level) -> None:
    axis = build_axis(state, WIDTH, char_width)
    for row in (axis.minor, axis.major):
        assert row is not None
        assert all(t.day < state.end and t.end > state.start for t in row.ticks)
        assert [t.day for t in row.ticks] == sorted(t.day for t in row.ticks)


def test_a_day_view_over_thirty_years_of_range_makes_a_handful_of_ticks() -> None:
    state = view(dt.date(2021, 8, 15), 3)
    axis = build_axis(state, WIDTH, char_width)
    assert axis.minor.level is Level.DAY
    assert len(axis.minor.ticks) == 3
    assert [t.label for t in axis.minor.ticks] == ["15", "16", "17"]


@pytest.mark.parametrize("width", [300.0, 500.0, 800.0, 1100.0, 1600.0, 2400.0])
@pytest.mark.parametrize("days", [0.8, 3, 10, 40, 95, 200, 400, 900, 2000, 4000, 8000, 11_500])
def test_labels_never_overlap_or_leave_the_view_at_any_zoom_or_width(width: float, days: float) -> None:
    for offset in (0.0, 0.37, 13.6, 200.25):
        state = ViewState(day_number(dt.date(1993, 2, 3)) + offset, day_number(dt.date(1993, 2, 3)) + offset + days)
        _assert_readable(build_axis(state, width, char_width), width)


def test_years_too_narrow_for_every_label_are_labelled_every_other_or_fifth_year() -> None:
    state = view(dt.date(1991, 1, 1), 365.25 * 31)
    axis = build_axis(state, 900.0, char_width)
    assert axis.minor.level is Level.YEAR
    years = [int(label.text) for label in axis.minor.labels]
    assert len(axis.minor.ticks) == 31, "a tick every year"
    steps = {b - a for a, b in itertools.pairwise(years)}
    assert len(steps) == 1
    assert steps.pop() in (2, 5)


def test_month_names_come_from_the_function_given_long_when_they_fit_short_when_not() -> None:
    def german(month: int, short: bool) -> str:
        names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
        names += ["September", "Oktober", "November", "Dezember"]
        return names[month - 1][:3] if short else names[month - 1]

    wide = build_axis(view(dt.date(2020, 1, 1), 450), WIDTH, char_width, german)
    assert wide.minor.level is Level.MONTH
    assert [label.text for label in wide.minor.labels][:3] == ["Januar", "Februar", "März"]
    narrow = build_axis(view(dt.date(2020, 1, 1), 800), WIDTH, char_width, german)
    assert narrow.minor.level is Level.MONTH
    assert "Mär" in [label.text for label in narrow.minor.labels]


def test_the_major_label_of_a_period_begun_off_screen_sticks_to_the_left_edge() -> None:
    state = view(dt.date(2021, 8, 20), 20)
    axis = build_axis(state, WIDTH, char_width)
    assert axis.major is not None
    first = axis.major.labels[0]
    assert first.text == "August 2021"
    assert first.x == LABEL_PADDING


def test_a_major_label_with_no_room_before_the_next_period_is_dropped_not_cut() -> None:
    # Only the last tenth of a day of July is on screen: "July 2021" cannot fit there whole.
    state = ViewState(day_number(dt.date(2021, 7, 31)) + 0.9, day_number(dt.date(2021, 8, 5)))
    axis = build_axis(state, WIDTH, char_width)
    assert axis.major is not None
    assert [label.text for label in axis.major.labels] == ["August 2021"]


def test_major_labels_may_be_measured_in_their_own_font() -> None:
    def bold(text: str) -> float:
        return 8.0 * len(text)

    axis = build_axis(view(dt.date(2021, 8, 1), 20), WIDTH, char_width, major_label_width=bold)
    assert axis.major is not None
    assert axis.major.labels[0].width == bold("August 2021")


@pytest.mark.parametrize(
    ("level", "first", "labels"),
    [
        (Level.WEEK, dt.date(2021, 8, 4), ["2", "9", "16"]),
        (Level.QUARTER, dt.date(2021, 5, 4), ["Q2", "Q3", "Q4"]),
        (Level.DECADE, dt.date(1995, 5, 4), ["1990s", "2000s", "2010s"]),
    ],
)
def test_periods_start_on_their_natural_boundaries(level: Level, first: dt.date, labels: list[str]) -> None:
    start = day_number(first)
    ticks = list(visible_ticks(start, start + level.shortest_days * 2.2, level))
    assert [t.label for t in ticks] == labels
    assert ticks[0].day <= start < ticks[0].end


# -- deep time: any year, BC included, from billions of years down to a day -----------------------

MAX_TICKS = 400
"""No row ever needs more ticks than this across 1400 px (one every 4 px at most)."""


def year_view(first_year: int, last_year: int) -> ViewState:
    return ViewState(float(year_start(first_year)), float(year_start(last_year)))


def _all_ticks(axis: Axis) -> int:
    return len(axis.minor.ticks) + (len(axis.major.ticks) if axis.major is not None else 0)


def _texts(row: AxisRow | None) -> list[str]:
    assert row is not None
    return [label.text for label in row.labels]


def test_the_age_of_the_universe_is_labelled_every_two_billion_years() -> None:
    limits = Limits.around(float(year_start(-13_799_999_999)), float(days_from_civil(2026, 1, 1)))
    state = ViewState(limits.first, limits.last)
    axis = build_axis(state, WIDTH, char_width)
    assert (axis.minor.level, axis.minor.stride, axis.minor.tick_stride) == (Level.YEAR, 2 * 10**9, 2 * 10**8)
    assert axis.major is None
    assert _texts(axis.minor)[:3] == ["14 billion years ago", "12 billion years ago", "10 billion years ago"]
    assert _texts(axis.minor)[-1] == "2 billion years ago"
    assert len(axis.minor.ticks) <= 100, "a ruler mark every 200 million years, not a tick per year"
    _assert_readable(axis, WIDTH)


def test_the_big_bang_itself_is_a_round_label_when_zoomed_in_on_it() -> None:
    axis = build_axis(year_view(-14_000_000_000, -13_000_000_000), WIDTH, char_width)
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 2 * 10**8)
    assert "13.8 billion years ago" in _texts(axis.minor)
    _assert_readable(axis, WIDTH)


def test_the_dinosaurs_end_on_a_round_number_of_millions_of_years() -> None:
    state = year_view(-70_000_000, -60_000_000)
    axis = build_axis(state, WIDTH, char_width)
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 2_000_000)
    assert _texts(axis.minor)[:3] == ["70 million years ago", "68 million years ago", "66 million years ago"]
    # "66 million years ago" is the year 1 - 66,000,000, as year_in_words counts.
    labelled = [tick for tick in axis.minor.ticks if tick.label == "66 million years ago"]
    assert [tick.day for tick in labelled] == [float(year_start(1 - 66_000_000))]
    assert len(axis.minor.ticks) <= MAX_TICKS
    _assert_readable(axis, WIDTH)


def test_years_around_a_deep_round_figure_are_never_rounded_into_the_same_label() -> None:
    # year_in_words says every one of these years "66 million years ago" (six significant figures).
    axis = build_axis(year_view(-66_000_010, -65_999_980), WIDTH, char_width)
    texts = _texts(axis.minor)
    assert axis.minor.level is Level.YEAR
    assert len(set(texts)) == len(texts) > 3
    assert "65,999,990 years ago" in texts
    assert "66 million years ago" in texts
    _assert_readable(axis, WIDTH)


def test_three_thousand_years_across_the_era_fall_on_round_bc_and_ad_years() -> None:
    state = year_view(-1500, 1500)
    axis = build_axis(state, WIDTH, char_width)
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 200)
    texts = _texts(axis.minor)
    assert texts[texts.index("800 BC") :][:7] == ["800 BC", "600 BC", "400 BC", "200 BC", "AD 1", "AD 200", "AD 400"]
    # 200 BC is astronomical year -199, and its tick is where that year begins.
    tick = next(t for t in axis.minor.ticks if t.label == "200 BC")
    assert tick.day == float(year_start(-199))
    assert len(axis.minor.ticks) <= MAX_TICKS
    _assert_readable(axis, WIDTH)


def test_decades_before_christ_are_counted_as_readers_count_them() -> None:
    start = float(year_start(-52))  # 53 BC
    ticks = list(visible_ticks(start, float(year_start(-30)), Level.DECADE))
    assert [t.label for t in ticks] == ["50s BC", "40s BC", "30s BC"]
    assert ticks[1].day == float(year_start(-48))  # the 40s BC begin with 49 BC
    around_the_era = list(visible_ticks(float(year_start(-12)), float(year_start(12)), Level.DECADE))
    assert [t.label for t in around_the_era] == ["10s BC", "0s BC", "AD 0s", "AD 10s"]


def test_a_month_in_44_bc_is_labelled_by_day_under_march_44_bc() -> None:
    state = ViewState(float(days_from_civil(-43, 3, 1)), float(days_from_civil(-43, 4, 1)))
    axis = build_axis(state, WIDTH, char_width)
    assert axis.minor.level is Level.DAY
    assert _texts(axis.minor)[:3] == ["1", "2", "3"]
    assert _texts(axis.minor)[-1] == "31"
    assert _texts(axis.major) == ["March 44 BC"]
    _assert_readable(axis, WIDTH)


def test_the_year_44_bc_is_labelled_by_month_and_its_weeks_start_on_mondays() -> None:
    axis = build_axis(year_view(-43, -42), 1000.0, char_width)
    assert axis.minor.level is Level.MONTH
    assert _texts(axis.minor)[:2] == ["January", "February"]
    assert _texts(axis.major) == ["44 BC"]
    _assert_readable(axis, 1000.0)
    mondays = list(visible_ticks(float(days_from_civil(-43, 3, 10)), float(days_from_civil(-43, 3, 24)), Level.WEEK))
    assert all((int(t.day) + 3) % 7 == 0 for t in mondays), "1 January 1970, day 0, was a Thursday"
    # 15 March 44 BC (proleptic Gregorian; Julian Day 1705428) was a Friday, so the Monday before was the 11th.
    assert [t.label for t in mondays] == ["4", "11", "18"]


def test_the_ides_of_march_44_bc_at_day_zoom() -> None:
    ides = float(days_from_civil(-43, 3, 15))
    axis = build_axis(ViewState(ides, ides + 1), WIDTH, char_width)
    assert axis.minor.level is Level.DAY
    assert [t.label for t in axis.minor.ticks] == ["15"]
    assert _texts(axis.major) == ["March 44 BC"]
    _assert_readable(axis, WIDTH)


def test_beyond_four_digit_years_the_axis_stops_at_whole_years() -> None:
    # Dates there are whole years only: a day's view 66 million years ago names its year, not a month.
    day = float(year_start(1 - 66_000_000)) + 100
    axis = build_axis(ViewState(day, day + 1), WIDTH, char_width)
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 1)
    assert _texts(axis.minor) == ["66 million years ago"]


@pytest.mark.parametrize("width", [500.0, WIDTH, 2400.0])
@pytest.mark.parametrize(
    ("about", "finest"),
    [
        (float(days_from_civil(-43, 3, 15)) + 0.5, Level.DAY),  # the Ides of March
        (float(days_from_civil(1994, 5, 4)) + 0.5, Level.DAY),
        (float(year_start(1 - 66_000_000)) + 100.5, Level.YEAR),  # whole years only out there
    ],
)
def test_a_zoom_from_the_big_bang_to_a_day_is_readable_and_bounded_at_every_step(
    width: float, about: float, finest: Level
) -> None:
    limits = Limits.around(float(year_start(-13_799_999_999)), float(days_from_civil(2026, 1, 1)))
    state = ViewState(limits.first, limits.last)
    levels = []
    for _ in range(60):
        axis = build_axis(state, width, char_width)
        _assert_readable(axis, width)
        assert _all_ticks(axis) <= width / MIN_TICK_SPACING + 4, f"too many ticks over {state.span:.3g} days"
        assert axis.minor.labels, f"no label at all over {state.span:.3g} days"
        levels.append(axis.minor.level)
        if state.span == limits.min_span:
            break
        state = state.zoom_by(0.5, about, limits)
    assert state.span == limits.min_span, "the sweep reaches a single day"
    assert state.start <= about <= state.end
    assert levels[0] is Level.YEAR
    assert levels[-1] is finest
    assert levels == sorted(levels, reverse=True), "each step in is as fine as the one before, or finer"


def test_a_sparse_row_of_years_uses_the_axis_strides_and_labels() -> None:
    # What the overview strip shows: labels at least 200 px apart.
    modern = ViewState(day_number(dt.date(1991, 2, 4)), day_number(dt.date(2022, 11, 25)))
    marks = [t for t in year_marks(modern, 1230.0, char_width, min_pitch=200.0) if t.day >= modern.start]
    assert [t.label for t in marks] == ["2000", "2010", "2020"]
    limits = Limits.around(float(year_start(-13_799_999_999)), float(days_from_civil(2026, 1, 1)))
    deep = ViewState(limits.first, limits.last)
    marks = [t for t in year_marks(deep, 1230.0, char_width, min_pitch=200.0) if t.day >= deep.start]
    assert [t.label for t in marks] == ["10 billion years ago", "5 billion years ago", "AD 1"]
