"""The time axis: a level for every zoom, visible ticks only, labels that never overlap or get cut."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline_app.domain.columns import day_number
from timeline_app.domain.ticks import LABEL_PADDING, Axis, Level, build_axis, visible_ticks
from timeline_app.domain.timescale import ViewState

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
