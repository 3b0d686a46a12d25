"""The canvas across deep time: from the Big Bang to a single day in 44 BC and back.

A small timeline spans 13.8 billion years, about 5e12 days; zooming, panning, fitting and
Go to date must work from there down to a day, and the axis the canvas paints must say
where the reader is in words they read: "14 billion years ago", "March 44 BC", "15".
Qt warnings fail these tests (see ``pyproject.toml``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from canvas_harness import CanvasHarness, canvas_harness, event_record
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.dates import MONTH_NAMES, calendar_day, days_from_civil, year_start
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.ticks import LABEL_PADDING, Axis, AxisRow, Level
from timeline_app.ui.canvas.canvas import visible_range_words

IDES = float(days_from_civil(-43, 3, 15))
"""15 March 44 BC, the first moment of the day."""
BIG_BANG = float(year_start(-13_799_999_999))
CHICXULUB = float(year_start(1 - 66_000_000))


DEEP_TIMELINE = {
    "format": "timeline-viewer",
    "format_version": 2,
    "title": "From the Big Bang to the Moon",
    "view": {"start": "-13799999999", "end": "2021"},
    "categories": [
        {"id": "cosmos", "label": "Cosmos", "colour": "#1f77b4"},
        {"id": "earth", "label": "Earth", "colour": "#2ca02c"},
        {"id": "people", "label": "People", "colour": "#d62728"},
    ],
    "sources": [{"id": "survey", "kind": "news_report", "title": "A survey", "url": "https://example.org/survey"}],
    "events": [
        event_record("big-bang", "The Big Bang", "-13799999999", "cosmos", source="survey"),
        event_record("earth", "The Earth forms", "-4539999999", "earth", source="survey"),
        event_record("chicxulub", "The Chicxulub impact", "-65999999", "earth", source="survey"),
        event_record("rome", "Rome is founded", "-0752", "people", source="survey"),
        event_record("ides", "Caesar is assassinated", "-0043-03-15", "people", source="survey"),
        event_record("moon", "Apollo 11 lands on the Moon", "1969-07-20", "people", source="survey"),
    ],
    "periods": [
        {"id": "cretaceous", "label": "Cretaceous", "start": "-144999999", "end": "-65999999"},
        {"id": "republic", "label": "Roman Republic", "start": "-0508", "end": "-0026"},
    ],
}


class Deep(CanvasHarness):
    def axis(self) -> Axis:
        """The axis as the canvas painted it just now."""
        self.canvas.repaint()
        axis = self.canvas.painted_axis()
        assert axis is not None
        return axis


@pytest.fixture
def deep(qtbot: QtBot, tmp_path: Path) -> Deep:
    path = tmp_path / "deep.timeline.json"
    path.write_text(json.dumps(DEEP_TIMELINE), encoding="utf-8")
    return canvas_harness(qtbot, load_timeline(path).timeline, Deep)


def _texts(row: AxisRow | None) -> list[str]:
    assert row is not None
    return [label.text for label in row.labels]


def _assert_readable(axis: Axis, width: float) -> None:
    """Every painted label whole inside the time area and clear of its neighbours (as the canvas measured them)."""
    for row in (axis.minor, axis.major):
        if row is None:
            continue
        assert len(row.ticks) <= width / 4 + 2, f"{len(row.ticks)} ticks on {width:.0f} px"
        for label in row.labels:
            assert label.x >= 0, f"{label.text!r} is cut at the left edge"
            assert label.right <= width, f"{label.text!r} is cut at the right edge"
        for before, after in zip(row.labels, row.labels[1:], strict=False):
            assert after.x >= before.right + LABEL_PADDING, f"{before.text!r} overlaps {after.text!r}"


def test_fit_all_shows_the_age_of_the_universe_in_billions_of_years(deep: Deep) -> None:
    deep.canvas.fit_all()
    state = deep.canvas.view_state
    assert state.start < BIG_BANG < float(days_from_civil(2021, 1, 1)) < state.end
    axis = deep.axis()
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 2_000_000_000)
    assert _texts(axis.minor) == [f"{n} billion years ago" for n in (14, 12, 10, 8, 6, 4, 2)]
    _assert_readable(axis, deep.canvas.plot_width())
    assert visible_range_words(state) == "14.214 billion years ago – 414.002 million years from now"


def test_the_overview_of_deep_time_has_a_few_round_labels(deep: Deep) -> None:
    overview = deep.panel.overview
    overview.repaint()  # an exception while painting fails the test (pytest-qt captures it)
    shown = [tick.label for tick in overview.year_marks() if overview.x_of(tick.day) >= overview.x_of(BIG_BANG) - 50]
    assert shown == ["10 billion years ago", "5 billion years ago", "AD 1"]


def test_zooming_from_the_big_bang_to_the_ides_of_march_and_back(deep: Deep) -> None:
    canvas = deep.canvas
    canvas.fit_all()
    noon = IDES + 0.5
    x = canvas.x_of(noon)
    steps = 0
    while canvas.view_state.span > canvas.limits.min_span:
        canvas.zoom_by(0.5, noon)
        steps += 1
        assert steps <= 50, "a zoom in by halves reaches a day in about 42 steps"
        # The day zoomed about stays under the cursor even 5e12 days from the start of the range.
        assert canvas.x_of(noon) == pytest.approx(x, abs=0.5)
        _assert_readable(deep.axis(), canvas.plot_width())
    assert steps >= 40
    state = canvas.view_state
    assert state.span == 1.0
    assert state.start < noon < state.end
    axis = deep.axis()
    assert axis.minor.level is Level.DAY
    assert _texts(axis.minor) == ["14", "15"]
    assert _texts(axis.major) == ["March 44 BC"]
    assert (calendar_day(state.start), calendar_day(state.end)) == ((-43, 3, 14), (-43, 3, 15))

    while canvas.view_state.span < canvas.limits.span:
        canvas.zoom_by(2.0, noon)
        steps -= 1
        _assert_readable(deep.axis(), canvas.plot_width())
    assert abs(steps) <= 1
    # Back to everything: to within a thousandth of a day of 5e12, the rounding of start + span.
    assert canvas.view_state.start == canvas.limits.first
    assert canvas.view_state.end == pytest.approx(canvas.limits.last, abs=1e-3)
    assert deep.axis().minor.stride == 2_000_000_000


def test_buttons_wheel_and_panning_work_a_day_at_a_time_in_44_bc(deep: Deep, qtbot: QtBot) -> None:
    canvas = deep.canvas
    assert canvas.go_to_date("15 March 44 BC")
    assert _texts(deep.axis().major) == ["March 44 BC"]
    span = canvas.view_state.span
    qtbot.mouseClick(deep.panel.zoom_in_button, Qt.MouseButton.LeftButton)
    assert canvas.view_state.span == pytest.approx(span / 2)
    assert canvas.view_state.start < IDES + 0.5 < canvas.view_state.end
    position = QPointF(canvas.x_of(IDES + 0.5), 300)
    wheel = QWheelEvent(
        position,
        canvas.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)
    assert canvas.x_of(IDES + 0.5) == pytest.approx(position.x(), abs=0.5)
    before = canvas.view_state
    canvas.pan_by(7.0)
    assert canvas.view_state.start == pytest.approx(before.start + 7.0)
    axis = deep.axis()
    assert axis.minor.level is Level.DAY
    assert "22" in _texts(axis.minor)
    _assert_readable(axis, canvas.plot_width())


def test_go_to_44_bc_shows_its_months(deep: Deep) -> None:
    assert deep.canvas.go_to_date("44 BC")
    state = deep.canvas.view_state
    assert state.start < float(year_start(-43)) < float(year_start(-42)) < state.end
    assert state.span < 366 * 1.1
    axis = deep.axis()
    assert axis.minor.level is Level.MONTH
    assert _texts(axis.minor) == list(MONTH_NAMES)
    assert _texts(axis.major) == ["44 BC"]
    _assert_readable(axis, deep.canvas.plot_width())
    assert visible_range_words(state) == "December 45 BC – January 43 BC"


def test_go_to_66_million_years_ago_shows_that_year_and_no_invented_months(deep: Deep) -> None:
    assert deep.canvas.go_to_date("66 million years ago")
    state = deep.canvas.view_state
    assert state.start < CHICXULUB < float(year_start(-65_999_998)) < state.end
    axis = deep.axis()
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 1)
    assert _texts(axis.minor) == ["66 million years ago"]
    assert axis.major is None
    # The ends of the view are said exactly: rounded, both would read "66 million years ago".
    assert visible_range_words(state) == "66,000,001 years ago – 65,999,999 years ago"


def test_go_to_the_big_bang_from_a_day_in_44_bc(deep: Deep) -> None:
    canvas = deep.canvas
    assert canvas.go_to_date("-0043-03-15")
    assert canvas.go_to_date("13.8 billion years ago")
    state = canvas.view_state
    assert state.start < BIG_BANG < BIG_BANG + 365 < state.end
    assert state.span < 366 * 1.1
    axis = deep.axis()
    assert (axis.minor.level, axis.minor.stride) == (Level.YEAR, 1)
    assert _texts(axis.minor) == ["13.8 billion years ago"]
    _assert_readable(axis, canvas.plot_width())
