"""The view state: zoom about a point, pan, set a range, fit, and the limits that bound them."""

from __future__ import annotations

import pytest

from timeline_app.domain.timescale import MIN_SPAN_DAYS, Limits, ViewState

LIMITS = Limits(0.0, 10_000.0)
WIDTH = 1000.0


def test_mapping_days_to_pixels_and_back() -> None:
    state = ViewState(100.0, 300.0)
    assert state.x_of(100.0, WIDTH) == 0.0
    assert state.x_of(300.0, WIDTH) == WIDTH
    assert state.day_at(250.0, WIDTH) == pytest.approx(150.0)
    assert state.px_per_day(WIDTH) == pytest.approx(5.0)


@pytest.mark.parametrize("factor", [0.5, 0.8, 1.25, 2.0])
@pytest.mark.parametrize("x", [0.0, 137.0, 500.0, 999.0])
def test_zoom_keeps_the_day_under_the_cursor_where_it_is(factor: float, x: float) -> None:
    state = ViewState(2000.0, 4000.0)
    about = state.day_at(x, WIDTH)
    zoomed = state.zoom_by(factor, about, LIMITS)
    assert zoomed.span == pytest.approx(state.span * factor)
    assert zoomed.x_of(about, WIDTH) == pytest.approx(x)


def test_zoom_in_stops_at_the_minimum_span_without_moving() -> None:
    state = ViewState(5000.0, 5000.0 + MIN_SPAN_DAYS * 1.5)
    deepest = state.zoom_by(0.1, 5000.2, LIMITS)
    assert deepest.span == pytest.approx(MIN_SPAN_DAYS)
    # Further zooming in at the limit returns the very same state: no drift, no jitter.
    assert deepest.zoom_by(0.5, 5000.9, LIMITS) is deepest
    assert deepest.zoom_by(0.5, 5000.1, LIMITS) is deepest


def test_zoom_out_stops_at_the_whole_range() -> None:
    state = ViewState(9000.0, 9900.0)
    widest = state.zoom_by(100.0, 9800.0, LIMITS)
    assert (widest.start, widest.end) == (LIMITS.first, LIMITS.last)
    assert widest.zoom_by(2.0, 100.0, LIMITS) is widest


def test_zoom_out_near_an_edge_shifts_back_inside_instead_of_overshooting() -> None:
    state = ViewState(100.0, 1100.0)
    zoomed = state.zoom_by(3.0, 200.0, LIMITS)
    assert zoomed.start == LIMITS.first
    assert zoomed.span == pytest.approx(3000.0)


def test_pan_stops_dead_at_the_limits_keeping_the_span() -> None:
    state = ViewState(500.0, 1500.0)
    left = state.pan_by(-10_000.0, LIMITS)
    assert (left.start, left.end) == (0.0, 1000.0)
    assert left.pan_by(-1.0, LIMITS) is left
    right = state.pan_by(1e9, LIMITS)
    assert right.end == pytest.approx(LIMITS.last)
    assert right.span == pytest.approx(1000.0)
    assert right.pan_by(5.0, LIMITS) is right


def test_many_small_pans_against_a_limit_do_not_drift() -> None:
    state = ViewState(0.0, 777.7)
    for _ in range(1000):
        state = state.pan_by(-0.3, LIMITS)
    assert state.start == 0.0
    assert state.span == pytest.approx(777.7)


def test_set_range_shows_the_range_widened_to_the_minimum_and_clamped() -> None:
    state = ViewState(0.0, 100.0)
    assert state.set_range(200.0, 400.0, LIMITS) == ViewState(200.0, 400.0)
    narrow = state.set_range(500.0, 500.2, LIMITS)
    assert narrow.span == pytest.approx(MIN_SPAN_DAYS)
    assert narrow.centre == pytest.approx(500.1)
    swapped = state.set_range(400.0, 200.0, LIMITS)
    assert (swapped.start, swapped.end) == (200.0, 400.0)
    outside = state.set_range(9500.0, 12_000.0, LIMITS)
    assert outside.end == pytest.approx(LIMITS.last)
    assert outside.span == pytest.approx(2500.0)


def test_fit_shows_the_whole_range_and_keeps_the_scroll() -> None:
    state = ViewState(10.0, 20.0, scroll=40.0)
    assert state.fit(LIMITS) == ViewState(LIMITS.first, LIMITS.last, 40.0)


def test_scroll_is_clamped_between_zero_and_the_maximum() -> None:
    state = ViewState(0.0, 10.0)
    assert state.scroll_to(-5.0, 100.0).scroll == 0.0
    assert state.scroll_to(50.0, 100.0).scroll == 50.0
    assert state.scroll_to(500.0, 100.0).scroll == 100.0
    assert state.scroll_to(30.0, -10.0).scroll == 0.0


def test_limits_around_a_range_add_a_margin() -> None:
    limits = Limits.around(0.0, 1000.0, margin=0.05)
    assert (limits.first, limits.last) == (-50.0, 1050.0)


def test_limits_narrower_than_the_minimum_span_are_refused() -> None:
    with pytest.raises(ValueError, match="narrower"):
        Limits(5.0, 5.5)


def test_a_zoom_factor_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        ViewState(0.0, 10.0).zoom_by(0.0, 5.0, LIMITS)
