"""The timeline canvas: zoom, pan, selection shared with a list, keyboard, overview, filters."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from canvas_harness import CanvasHarness, canvas_harness
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.columns import Flag, Shape, day_number
from timeline_app.domain.dates import Precision
from timeline_app.domain.lanes import OPEN_END_PX
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.canvas.canvas import WHEEL_ZOOM_PER_NOTCH
from timeline_app.ui.canvas.renderer import Hit, HitKind, header_height
from timeline_app.ui.canvas.style import GUTTER
from timeline_app.ui.theme import current_theme

SAMPLE = Path(__file__).resolve().parent.parent / "screenshots" / "sample.timeline.json"


class Setup(CanvasHarness):
    def painted(self) -> TimelineCanvas:
        """The canvas after a synchronous repaint, so its hit regions match the current view."""
        self.canvas.repaint()
        return self.canvas

    def point_of(self, event_id: str) -> QPoint:
        position = self.painted().event_position(self.row(event_id))
        assert position is not None, f"{event_id} is not drawn on its own"
        return position.toPoint()

    def current_id(self) -> str | None:
        row = self.canvas.current_event
        return None if row is None else self.model.columns.ids[row] if self.model.columns else None


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    return canvas_harness(qtbot, load_timeline(SAMPLE).timeline, Setup)


def day(text: str) -> float:
    return day_number(dt.date.fromisoformat(text))


def wheel(canvas: TimelineCanvas, position: QPointF, dx: int, dy: int, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        position,
        canvas.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


# -- loading ------------------------------------------------------------------------------------


def test_a_new_timeline_is_laid_out_once_and_shows_its_own_range(setup: Setup) -> None:
    state = setup.canvas.view_state
    assert state.start <= day("1992-01-01") < day("2022-01-01") <= state.end
    assert state.span < (day("2022-01-01") - day("1992-01-01")) * 1.1
    scene = setup.canvas.scene
    assert scene is not None
    assert [lane.label for lane in scene.lanes] == [
        "Diplomacy",
        "Partnership programmes",
        "Peace-support operations",
        "Summits",
        "Regional context",
    ]


def _message_alone(canvas: TimelineCanvas, message: str) -> QImage:
    """What the canvas looks like with nothing but ``message`` on it, centred, in its muted text colour."""
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    theme = current_theme()
    image.fill(theme.background)
    painter = QPainter(image)
    try:
        painter.setFont(canvas.font())
        painter.setPen(theme.text_muted)
        painter.drawText(QRectF(0, 0, canvas.width(), canvas.height()), Qt.AlignmentFlag.AlignCenter, message)
    finally:
        painter.end()
    return image


def test_an_empty_model_shows_a_message_and_no_events(setup: Setup) -> None:
    canvas = setup.canvas
    loaded = canvas.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert loaded != _message_alone(canvas, "No timeline loaded")
    setup.model.set_timeline(None)
    assert canvas.scene is None
    assert setup.painted().render_hits().items == []
    # The reader sees the message, centred, and nothing else: pixel for pixel what the message alone looks like.
    shown = canvas.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert shown == _message_alone(canvas, "No timeline loaded")
    assert shown != _message_alone(canvas, "")


# -- zoom and pan -----------------------------------------------------------------------------------


@pytest.mark.parametrize("x", [GUTTER + 40.0, 700.0, 1300.0])
def test_wheel_zoom_keeps_the_day_under_the_cursor(setup: Setup, x: float) -> None:
    canvas = setup.canvas
    before = canvas.view_state
    pinned = canvas.day_at(x)
    wheel(canvas, QPointF(x, 300), 0, 120)
    after = canvas.view_state
    assert after.span == pytest.approx(before.span * WHEEL_ZOOM_PER_NOTCH)
    assert canvas.day_at(x) == pytest.approx(pinned, abs=1e-6)
    wheel(canvas, QPointF(x, 300), 0, -240)
    assert canvas.view_state.span > after.span


def test_wheel_zoom_out_stops_at_the_whole_range(setup: Setup) -> None:
    canvas = setup.canvas
    for _ in range(30):
        wheel(canvas, QPointF(500, 300), 0, -120)
    widest = canvas.view_state
    wheel(canvas, QPointF(900, 300), 0, -120)
    assert canvas.view_state is widest
    assert (widest.start, widest.end) == (canvas.limits.first, canvas.limits.last)


def test_horizontal_and_shift_wheel_pan_without_zooming(setup: Setup) -> None:
    canvas = setup.canvas
    canvas.set_range(day("2000-01-01"), day("2004-01-01"))
    before = canvas.view_state
    wheel(canvas, QPointF(700, 300), -120, 0)
    later = canvas.view_state
    assert later.span == pytest.approx(before.span)
    assert later.start > before.start
    wheel(canvas, QPointF(700, 300), 0, 120, shift=True)
    assert canvas.view_state.span == pytest.approx(before.span)
    assert canvas.view_state.start < later.start


def test_dragging_pans_the_view_with_the_pointer(qtbot: QtBot, setup: Setup) -> None:
    canvas = setup.canvas
    canvas.set_range(day("2000-01-01"), day("2004-01-01"))
    before = canvas.view_state
    empty = QPoint(600, canvas.height() - 30)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=empty)
    qtbot.mouseMove(canvas, empty - QPoint(100, 0))
    qtbot.mouseMove(canvas, empty - QPoint(200, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=empty - QPoint(200, 0))
    days_per_px = before.span / canvas.plot_width()
    assert canvas.view_state.start == pytest.approx(before.start + 200 * days_per_px)
    assert canvas.view_state.span == pytest.approx(before.span)
    assert canvas.current_event is None, "a drag is not a click"


def test_zoom_buttons_and_fit_all(qtbot: QtBot, setup: Setup) -> None:
    canvas = setup.canvas
    start = canvas.view_state
    qtbot.mouseClick(setup.panel.zoom_in_button, Qt.MouseButton.LeftButton)
    assert canvas.view_state.span == pytest.approx(start.span / 2)
    assert canvas.view_state.centre == pytest.approx(start.centre)
    qtbot.mouseClick(setup.panel.zoom_out_button, Qt.MouseButton.LeftButton)
    assert canvas.view_state.span == pytest.approx(start.span)
    setup.panel.zoom_in()
    qtbot.mouseClick(setup.panel.fit_button, Qt.MouseButton.LeftButton)
    assert (canvas.view_state.start, canvas.view_state.end) == (canvas.limits.first, canvas.limits.last)


def test_animated_zoom_arrives_at_the_same_view(qtbot: QtBot, setup: Setup) -> None:
    canvas = setup.canvas
    canvas.animation_ms = 60
    start = canvas.view_state
    canvas.zoom_in()
    assert canvas.view_state.span == pytest.approx(start.span), "the animation has only started"
    qtbot.waitUntil(lambda: canvas.view_state.span == pytest.approx(start.span / 2))
    assert canvas.view_state.centre == pytest.approx(start.centre)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1994", "1994-01-01", "1995-01-01"),
        ("May 1994", "1994-05-01", "1994-06-01"),
        ("1994-05-04", "1994-05-04", "1994-05-05"),
    ],
)
def test_go_to_date_shows_the_period_named(setup: Setup, text: str, first: str, last: str) -> None:
    assert setup.panel.go_to_date(text)
    state = setup.canvas.view_state
    assert state.start <= day(first)
    assert day(last) <= state.end
    assert state.span < (day(last) - day(first)) * 1.2 + 7


def test_go_to_date_refuses_what_it_cannot_read_and_changes_nothing(setup: Setup) -> None:
    before = setup.canvas.view_state
    assert not setup.panel.go_to_date("next spring")
    assert setup.canvas.view_state is before


# -- selection shared with the list ---------------------------------------------------------------------


def test_clicking_an_event_selects_it_in_the_list_too(qtbot: QtBot, setup: Setup) -> None:
    row = setup.row("pfp")
    qtbot.mouseClick(setup.canvas, Qt.MouseButton.LeftButton, pos=setup.point_of("pfp"))
    assert setup.canvas.current_event == row
    proxy_index = setup.proxy.mapFromSource(setup.model.index(row, 0))
    assert setup.table.currentIndex().row() == proxy_index.row()
    assert setup.table.selectionModel().isRowSelected(proxy_index.row())
    assert len(setup.selection.selectedRows()) == 1


def test_selecting_in_the_list_highlights_and_reveals_the_event(setup: Setup) -> None:
    canvas = setup.canvas
    canvas.set_range(day("1992-01-01"), day("1993-01-01"))
    row = setup.row("summit-2018")
    proxy_index = setup.proxy.mapFromSource(setup.model.index(row, 0))
    setup.table.setCurrentIndex(proxy_index)
    assert canvas.current_event == row
    state = canvas.view_state
    assert state.start < day("2018-07-11") < state.end
    assert state.span == pytest.approx(day("1993-01-01") - day("1992-01-01")), "revealing pans, it does not zoom"
    # Read from a paint of the view as it is now: the hits of the paint before the pan place it elsewhere.
    position = setup.painted().event_position(row)
    assert position is not None, "the revealed event is drawn"
    assert abs(position.x() - canvas.x_of(day("2018-07-11") + 0.5)) < 12
    assert 0 < position.y() < canvas.height()
    assert setup.painted().render_hits().at(position.x(), position.y()).event == row  # type: ignore[union-attr]


def test_a_selected_event_inside_a_cluster_is_still_drawn_on_its_own(setup: Setup) -> None:
    canvas = setup.canvas
    canvas.fit_all()
    hits = setup.painted().render_hits().items
    clustered = [h for h in hits if h.kind is HitKind.CLUSTER]
    assert clustered, "at fit-all the August 2021 talks merge into a cluster"
    setup.table.setCurrentIndex(setup.proxy.mapFromSource(setup.model.index(setup.row("talks-2021b"), 0)))
    assert setup.painted().event_position(setup.row("talks-2021b")) is not None


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_clicking_a_cluster_of_one_date_lists_its_events(qtbot: QtBot, setup: Setup) -> None:
    """No zoom can pull apart marks of one date, so the click lists them (tests/gui/test_canvas_popup.py has more)."""
    canvas = setup.canvas
    canvas.fit_all()
    cluster = next(h for h in setup.painted().render_hits().items if h.kind is HitKind.CLUSTER)
    before = canvas.view_state
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    popup = canvas.event_popup
    assert popup is not None
    assert len(popup.listed_events()) == cluster.count
    assert canvas.view_state == before


def test_double_click_zooms_to_the_event_and_asks_for_its_details(qtbot: QtBot, setup: Setup) -> None:
    point = setup.point_of("summit-2004")
    with qtbot.waitSignal(setup.panel.activated):
        qtbot.mouseDClick(setup.canvas, Qt.MouseButton.LeftButton, pos=point)
    state = setup.canvas.view_state
    assert state.span <= 30
    assert state.start < day("2004-06-28") < state.end
    assert setup.canvas.current_event == setup.row("summit-2004")


def test_hovering_explains_the_event(setup: Setup) -> None:
    point = setup.point_of("disputed")
    text = setup.canvas.tooltip_at(QPointF(point))
    assert "Training centre accredited" in text
    assert "2010 or 15 June 2012 — sources disagree" in text
    assert "2 sources" in text


# -- keyboard ----------------------------------------------------------------------------------------------


def press(qtbot: QtBot, setup: Setup, key: Qt.Key) -> None:
    qtbot.keyClick(setup.canvas, key)


def test_arrows_home_and_end_walk_through_time(qtbot: QtBot, setup: Setup) -> None:
    setup.canvas.setFocus()
    press(qtbot, setup, Qt.Key.Key_Home)
    assert setup.current_id() == "nacc"
    press(qtbot, setup, Qt.Key.Key_Right)
    assert setup.current_id() == "pfp", "4 May 1994, before the approximate visit listed later in the file"
    press(qtbot, setup, Qt.Key.Key_Right)
    assert setup.current_id() == "first-visit"
    press(qtbot, setup, Qt.Key.Key_Left)
    assert setup.current_id() == "pfp"
    press(qtbot, setup, Qt.Key.Key_End)
    assert setup.current_id() == "kabul"
    assert setup.table.currentIndex().isValid()


def test_up_and_down_go_to_the_nearest_event_in_the_neighbouring_lane(qtbot: QtBot, setup: Setup) -> None:
    setup.canvas.select_event(setup.row("summit-2004"))
    press(qtbot, setup, Qt.Key.Key_Up)
    assert setup.current_id() == "iraq", "Peace-support operations: the nearest start to June 2004"
    press(qtbot, setup, Qt.Key.Key_Down)
    assert setup.current_id() == "summit-2004"
    press(qtbot, setup, Qt.Key.Key_Down)
    assert setup.current_id() == "war-2008"
    press(qtbot, setup, Qt.Key.Key_Down)
    assert setup.current_id() == "war-2008", "there is no lane below the last"


def test_enter_asks_for_the_details_of_the_current_event(qtbot: QtBot, setup: Setup) -> None:
    setup.canvas.select_event(setup.row("pfp"))
    with qtbot.waitSignal(setup.canvas.activated):
        press(qtbot, setup, Qt.Key.Key_Return)


def test_plus_minus_and_zero_zoom(qtbot: QtBot, setup: Setup) -> None:
    canvas = setup.canvas
    start = canvas.view_state.span
    press(qtbot, setup, Qt.Key.Key_Plus)
    assert canvas.view_state.span == pytest.approx(start / 2)
    press(qtbot, setup, Qt.Key.Key_Minus)
    assert canvas.view_state.span == pytest.approx(start)
    press(qtbot, setup, Qt.Key.Key_0)
    assert canvas.view_state.span == pytest.approx(canvas.limits.span)


def test_focus_is_visible(qtbot: QtBot, setup: Setup) -> None:
    canvas = setup.canvas
    setup.table.setFocus()
    unfocused = canvas.grab().toImage()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    focused = canvas.grab().toImage()
    assert focused.pixelColor(1, canvas.height() // 2) != unfocused.pixelColor(1, canvas.height() // 2)


# -- filters ------------------------------------------------------------------------------------------------


def test_filtered_events_are_hidden_and_their_lane_collapses(setup: Setup) -> None:
    setup.proxy.set_categories({"summits", "diplomacy"})
    scene = setup.canvas.scene
    assert scene is not None
    assert [scene.lanes[i].label for i in scene.shown_lanes] == ["Diplomacy", "Summits"]
    drawn = {h.event for h in setup.painted().render_hits().items if h.kind is HitKind.EVENT}
    assert drawn
    assert all(setup.model.columns is not None and setup.model.columns.categories[e] in (0, 3) for e in drawn)


def test_a_search_shows_only_its_matches_highlighted(setup: Setup) -> None:
    setup.proxy.set_search_text("summit")
    scene = setup.canvas.scene
    assert scene is not None
    assert scene.search_active
    setup.canvas.set_range(day("2009-01-01"), day("2013-01-01"))
    drawn = {h.event for h in setup.painted().render_hits().items if h.kind is HitKind.EVENT}
    assert drawn == {setup.row("summit-2010"), setup.row("summit-2012")}
    setup.proxy.set_search_text("")
    assert not scene.search_active


def test_keyboard_steps_skip_filtered_events(qtbot: QtBot, setup: Setup) -> None:
    setup.proxy.set_categories({"summits"})
    setup.canvas.setFocus()
    press(qtbot, setup, Qt.Key.Key_Home)
    assert setup.current_id() == "summit-1999"
    press(qtbot, setup, Qt.Key.Key_Right)
    assert setup.current_id() == "summit-2004"


# -- overview -----------------------------------------------------------------------------------------------


def test_dragging_the_overview_window_pans_the_canvas(qtbot: QtBot, setup: Setup) -> None:
    canvas, overview = setup.canvas, setup.panel.overview
    canvas.set_range(day("1995-01-01"), day("1997-01-01"))
    window = overview.window_rect()
    start = window.center().toPoint()
    qtbot.mousePress(overview, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(overview, start + QPoint(150, 0))
    qtbot.mouseRelease(overview, Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    moved = canvas.view_state
    assert moved.span == pytest.approx(day("1997-01-01") - day("1995-01-01"))
    assert moved.centre == pytest.approx(overview.day_at(window.center().x() + 150), abs=1.0)


def test_clicking_the_overview_jumps_there(qtbot: QtBot, setup: Setup) -> None:
    canvas, overview = setup.canvas, setup.panel.overview
    canvas.set_range(day("1995-01-01"), day("1996-01-01"))
    target = overview.x_of(day("2015-06-01"))
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(round(target), overview.height() // 2))
    assert canvas.view_state.centre == pytest.approx(day("2015-06-01"), abs=canvas.limits.span / overview.width() * 2)


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_Right, "summit-2008"), (Qt.Key.Key_Left, "war-2008")])
def test_with_nothing_chosen_arrows_start_from_what_is_on_screen(
    qtbot: QtBot, setup: Setup, key: Qt.Key, expected: str
) -> None:
    setup.canvas.set_range(day("2008-01-01"), day("2009-01-01"))
    press(qtbot, setup, key)
    assert setup.current_id() == expected


# -- what the canvas draws: every event accounted for, labels clear of glyphs --------------------------


def lane_tally(hits: list[Hit], lane: int) -> int:
    """Events of ``lane`` the frame shows: each drawn on its own once, or counted in a cluster mark."""
    alone = {h.event for h in hits if h.lane == lane and h.kind is HitKind.EVENT}
    return len(alone) + sum(h.count for h in hits if h.lane == lane and h.kind is HitKind.CLUSTER)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
@pytest.mark.parametrize(("first", "last"), [("2021-08-13", "2021-08-20"), (None, None)])
def test_selecting_an_event_in_a_cluster_keeps_the_others_counted_beside_it(
    qtbot: QtBot, setup: Setup, first: str | None, last: str | None
) -> None:
    """The reviewer's case: on 18 August 2021 three talks share a row; selecting one must not hide the other two."""
    canvas = setup.canvas
    if first is None or last is None:
        canvas.fit_all()
    else:
        canvas.set_range(day(first), day(last))
    selected = setup.row("talks-2021b")
    before = setup.painted().render_hits().items
    tally = lane_tally(before, 0)
    assert any(h.kind is HitKind.CLUSTER and h.count >= 3 for h in before if h.lane == 0)

    setup.table.setCurrentIndex(setup.proxy.mapFromSource(setup.model.index(selected, 0)))
    hits = setup.painted().render_hits().items
    assert lane_tally(hits, 0) == tally, "every event of the lane is still shown, none twice"
    mark = next(h for h in reversed(hits) if h.kind is HitKind.EVENT and h.event == selected)
    y = mark.rect.center().y()
    badges = [h for h in hits if h.kind is HitKind.CLUSTER and h.lane == 0 and h.rect.top() < y < h.rect.bottom()]
    assert badges, "the rest of its cluster is still there, in its row"
    badge = next(b for b in badges if b.first <= day("2021-08-18") < b.last)
    centre = canvas.x_of(day("2021-08-18") + 0.5)
    assert not badge.rect.contains(QPointF(centre, y)), "the badge sits beside the selected mark, not under it"
    assert abs(badge.rect.center().x() - centre) < 40
    # It is painted: its pill shows the lane's colour at its left end.
    image = canvas.grab().toImage()
    pixel = image.pixelColor(round(badge.rect.left() + 3), round(y))
    assert canvas.scene is not None
    lane_colour = QColor(canvas.scene.lanes[0].colour)
    assert abs(pixel.red() - lane_colour.red()) + abs(pixel.blue() - lane_colour.blue()) < 40
    # And clicking it lists the events it stands for (they share the selected one's date: no zoom parts them).
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=badge.rect.center().toPoint())
    popup = canvas.event_popup
    assert popup is not None
    listed = popup.listed_events()
    assert len(listed) == badge.count
    assert selected not in listed


def glyph_extent(setup: Setup, event: int) -> tuple[float, float]:
    """Where ``event``'s bar or band is drawn, in canvas pixels (as the renderer draws it)."""
    columns = setup.model.columns
    assert columns is not None
    left, right = setup.canvas.x_of(columns.starts[event]), setup.canvas.x_of(columns.ends[event])
    if columns.shapes[event] == Shape.SPAN:
        if columns.flags[event] & Flag.OPEN_END:
            right = max(right, left + OPEN_END_PX)
        return left, max(right, left + 3)  # a bar is at least 3 px wide
    return left, max(right, left + 9)  # a band at least a dot's width


VIEWS = [
    (None, None),
    ("2008-01-01", "2009-01-01"),
    ("1995-06-01", "1998-01-01"),
    ("2017-01-01", "2022-01-01"),
    ("2021-08-13", "2021-08-20"),
]


@pytest.mark.parametrize(("first", "last"), VIEWS)
def test_labels_are_never_cut_by_a_glyph_edge_nor_overlap(setup: Setup, first: str | None, last: str | None) -> None:
    canvas = setup.canvas
    if first is None or last is None:
        canvas.fit_all()
    else:
        canvas.set_range(day(first), day(last))
    columns = setup.model.columns
    assert columns is not None
    hits = setup.painted().render_hits().items
    labelled = [h for h in hits if h.kind is HitKind.EVENT and h.label is not None]
    assert labelled
    for hit in labelled:
        assert hit.label is not None
        label = hit.label
        if columns.shapes[hit.event] == Shape.CONTESTED or (
            columns.shapes[hit.event] == Shape.POINT and columns.precision[hit.event] == Precision.DAY
        ):
            continue
        left, right = glyph_extent(setup, hit.event)
        inside = max(left, GUTTER) <= label.left() and label.right() <= right
        outside = label.left() >= right or label.right() <= left
        assert inside or outside, f"{columns.ids[hit.event]}'s label crosses its glyph's edge"
    for one, other in itertools.combinations(labelled, 2):
        assert one.label is not None
        assert other.label is not None
        assert not one.label.intersects(other.label), (columns.ids[one.event], columns.ids[other.event])
    for cluster in (h for h in hits if h.kind is HitKind.CLUSTER):
        assert not any(h.label is not None and h.label.intersects(cluster.rect) for h in labelled)


@pytest.mark.parametrize("offset", [0.1, 0.2])
def test_no_label_is_cut_by_the_plots_left_edge(setup: Setup, offset: float) -> None:
    """A dot just left of the view (lanes fetch a margin beyond it) shows no label cut by the edge."""
    start = day("2021-08-16") + 0.5 + offset  # a little past the dot of the 16 August talks
    setup.canvas.set_range(start, start + 7)
    hits = setup.painted().render_hits().items
    labels = [h.label for h in hits if h.label is not None]
    assert labels
    assert all(label.left() >= GUTTER for label in labels)
    talks = setup.row("talks-2021a")
    assert all(h.label is None for h in hits if h.kind is HitKind.EVENT and h.event == talks)


def test_a_label_too_long_for_its_short_bar_follows_the_bar(setup: Setup) -> None:
    """'Bridge closed for repairs' (9 days, about 30 px in a one-year view) is labelled after its end."""
    canvas = setup.canvas
    canvas.set_range(day("2008-01-01"), day("2009-01-01"))
    event = setup.row("war-2008")
    hit = next(h for h in setup.painted().render_hits().items if h.kind is HitKind.EVENT and h.event == event)
    left, right = glyph_extent(setup, event)
    assert right - left < 40
    text_width = canvas.fontMetrics().horizontalAdvance("Bridge closed for repairs")
    assert hit.rect.right() >= right + text_width, "the label starts after the bar, not inside it"


def test_a_label_with_no_room_before_the_plots_edge_goes_before_its_mark(setup: Setup) -> None:
    """The search case: 'Bridge Summit' sits at the right edge, with room on its left."""
    setup.proxy.set_search_text("summit")
    setup.canvas.set_range(day("1998-01-01"), day("2019-01-01"))
    event = setup.row("summit-2018")
    hits = setup.painted().render_hits().items
    hit = next(h for h in hits if h.kind is HitKind.EVENT and h.event == event)
    centre = setup.canvas.x_of(day("2018-07-11") + 0.5)
    text_width = setup.canvas.fontMetrics().horizontalAdvance("Bridge Summit")
    assert setup.canvas.width() - centre < text_width, "no room on the right"
    assert hit.rect.left() <= centre - text_width, "the label is drawn on the mark's left"
    assert hit.label is not None
    assert hit.label.right() < centre
    row = [h for h in hits if h.kind is HitKind.EVENT and h is not hit and h.rect.center().y() == hit.rect.center().y()]
    assert all(h.label is None or not h.label.intersects(hit.label) for h in row)


def test_no_label_is_brought_back_for_a_mark_past_the_edge(setup: Setup) -> None:
    """The 2009 band of 'Town office opens in Hillford' starts where a view of 2008 ends: no label of it shows."""
    setup.canvas.set_range(day("2008-01-01"), day("2009-01-01"))
    event = setup.row("town-office")
    hits = setup.painted().render_hits().items
    assert all(h.label is None for h in hits if h.kind is HitKind.EVENT and h.event == event)


def test_a_selected_label_hides_the_labels_it_would_cut_into(setup: Setup) -> None:
    """No fragment of a neighbour's label peeks out beside the selected event's label, which is drawn over it."""
    setup.canvas.fit_all()
    columns = setup.model.columns
    assert columns is not None
    reaching_over = 0
    for event in range(len(columns)):
        setup.canvas.select_event(event)
        hits = setup.painted().render_hits().items
        pill = next((h.label for h in reversed(hits) if h.kind is HitKind.EVENT and h.event == event), None)
        if pill is None:
            continue
        others = [h for h in hits if h.kind is HitKind.EVENT and h.event != event]
        assert not any(h.label is not None and h.label.intersects(pill) for h in others), columns.ids[event]
        reaching_over += any(h.rect.intersects(pill) for h in others)
    assert reaching_over, "in this view, some selected labels do reach over a neighbour"


def test_a_lane_scrolled_under_the_header_keeps_its_name_in_view(setup: Setup) -> None:
    canvas = setup.canvas
    setup.panel.setGeometry(0, 0, 1400, 330)  # short enough to scroll
    assert canvas.max_scroll() > 60
    top = round(header_height(canvas.scene))
    name_rows = 40  # the name's two lines and the count below them
    unscrolled = canvas.grab().toImage().copy(0, top, GUTTER, name_rows)
    canvas.scroll_to(50)  # the first lane is 146 px tall: most of it is still in view
    scrolled = canvas.grab().toImage().copy(0, top, GUTTER, name_rows)
    assert scrolled == unscrolled, "the first lane's name is drawn whole just below the header"
