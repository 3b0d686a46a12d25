"""What a screen reader finds in the window: the canvas's events as named list items, and a tab order.

The tests walk Qt's accessibility tree as assistive technology does, from the window's interface
down, and compare it with what the canvas drew (its hit regions after a real repaint).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from canvas_harness import CanvasHarness, canvas_harness, event_record
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.canvas.accessibility import CanvasAccessibility, install_canvas_accessibility
from timeline_app.ui.canvas.canvas import TimelineCanvas
from timeline_app.ui.canvas.renderer import HitKind
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
PFP = "4 May 1994, Heydar Aliyev signs the Partnership for Peace Framework Document, 6 sources, high confidence"
KNOWN_NAMES = {
    "pfp-framework-1994": PFP,
    # A span is said "from … to …"; a date the sources disagree on says so; one source is "1 source".
    "pfp-presentation-document-1996": (
        "19 April 1996 to 23 April 1996, PfP Presentation Document approved and handed to NATO, "
        "3 sources, medium confidence"
    ),
    "pfp-sofa": (
        "1996 or 15 November 1998 — sources disagree, PfP Status of Forces Agreement signed (date disputed), "
        "2 sources, low confidence"
    ),
    "mission-to-nato-1997": "21 November 1997, Diplomatic Mission to NATO established, 1 source, medium confidence",
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    win.timeline_panel.canvas.animation_ms = 0
    assert win.open_file(bundled_timeline_path())
    return win


def walk(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """The tree under ``interface``, depth first, as a screen reader reads it (a table's cells skipped)."""
    yield interface
    if interface.role() == QAccessible.Role.Table:
        return
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is not None:
            yield from walk(child)


def canvas_interface(window: MainWindow) -> QAccessibleInterface:
    canvas = window.timeline_panel.canvas
    canvas.repaint()
    found = [i for i in walk(QAccessible.queryAccessibleInterface(window)) if i.object() is canvas]
    assert len(found) == 1, "the window's accessibility tree has the canvas once"
    return found[0]


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    # Typed as never None, but a child Qt cannot make is None.
    found: list[QAccessibleInterface | None] = [interface.child(number) for number in range(interface.childCount())]
    assert all(child is not None for child in found)
    return [child for child in found if child is not None]


def names(interface: QAccessibleInterface) -> list[str]:
    return [child.text(QAccessible.Text.Name) for child in children(interface)]


def child_named(interface: QAccessibleInterface, name: str) -> QAccessibleInterface:
    (child,) = [child for child in children(interface) if child.text(QAccessible.Text.Name) == name]
    return child


def drawn_in_view(canvas: TimelineCanvas) -> tuple[set[int], int]:
    """The events the last paint drew in view (any part of their marks or labels), and its clusters and bars."""
    plot = canvas.render_hits().plot
    assert plot is not None
    hits = [hit for hit in canvas.render_hits().items if hit.rect.intersects(plot)]
    events = {hit.event for hit in hits if hit.kind is HitKind.EVENT}
    return events, len([hit for hit in hits if hit.kind is not HitKind.EVENT])


def screen_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


# -- the canvas's children -------------------------------------------------------------------


def test_the_canvas_is_a_list_of_the_events_it_draws_in_view(window: MainWindow) -> None:
    timeline = canvas_interface(window)
    canvas = window.timeline_panel.canvas
    events, crowds = drawn_in_view(canvas)
    assert timeline.role() == QAccessible.Role.List
    assert timeline.text(QAccessible.Text.Name) == "Timeline"
    assert len(events) > 20, "the bundled timeline opens with most of its events in view"
    assert timeline.childCount() == len(events) + crowds
    source = window.model
    expected = {KNOWN_NAMES[source.event_at(row).id] for row in events if source.event_at(row).id in KNOWN_NAMES}
    assert expected == set(KNOWN_NAMES.values()) & set(names(timeline))
    for number, child in enumerate(children(timeline)):
        assert child.role() == QAccessible.Role.ListItem
        assert timeline.indexOfChild(child) == number
        assert child.parent().object() is canvas
        assert screen_rect(canvas).contains(child.rect()), child.text(QAccessible.Text.Name)
        assert not child.rect().isEmpty()


def test_events_are_named_by_date_title_sources_and_confidence(window: MainWindow) -> None:
    timeline = canvas_interface(window)
    spoken = names(timeline)
    for name in KNOWN_NAMES.values():
        assert name in spoken
    # In time order, as Left and Right step through them.
    assert spoken.index(KNOWN_NAMES["pfp-framework-1994"]) < spoken.index(KNOWN_NAMES["mission-to-nato-1997"])
    pfp = child_named(timeline, PFP)
    assert pfp.text(QAccessible.Text.Description) == "Diplomacy and partnership lane"


def test_each_event_is_where_it_is_drawn(window: MainWindow) -> None:
    timeline = canvas_interface(window)
    canvas = window.timeline_panel.canvas
    pfp = child_named(timeline, PFP)
    row = window.model.row_of("pfp-framework-1994")
    assert row is not None
    mark = canvas.event_position(row)
    assert mark is not None
    assert pfp.rect().contains(canvas.mapToGlobal(mark.toPoint()))
    found = timeline.childAt(pfp.rect().center().x(), pfp.rect().center().y())
    assert found is not None
    assert found.text(QAccessible.Text.Name) == PFP


def test_the_selected_event_is_selected_and_focused_with_the_canvas(qtbot: QtBot, window: MainWindow) -> None:
    window.select_event("pfp-framework-1994")
    timeline = canvas_interface(window)
    pfp = child_named(timeline, PFP)
    assert pfp.state().selected
    assert pfp.state().selectable
    assert pfp.state().focusable
    assert not pfp.state().focused, "the canvas does not have the focus"
    assert [child for child in children(timeline) if child.state().selected] == [pfp]
    window.timeline_panel.canvas.setFocus()
    qtbot.waitUntil(window.timeline_panel.canvas.hasFocus)
    assert pfp.state().focused
    focus = timeline.focusChild()
    assert focus is not None
    assert focus.text(QAccessible.Text.Name) == PFP


def test_selecting_an_event_announces_it(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    timeline = canvas_interface(window)
    heard: list[tuple[QAccessible.Event, str]] = []
    accessibility = CanvasAccessibility.of(canvas)
    accessibility.announced.connect(lambda kind, name: heard.append((kind, name)))
    window.select_event("pfp-framework-1994")
    qtbot.waitUntil(lambda: (QAccessible.Event.Selection, PFP) in heard)
    assert (QAccessible.Event.Focus, PFP) not in heard, "only the focused widget's item takes the focus"
    # With the canvas focused, stepping to the next event moves the focus to it, and says so.
    canvas.setFocus()
    qtbot.waitUntil(lambda: (QAccessible.Event.Focus, PFP) in heard)
    heard.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    current = canvas.current_event
    assert current is not None
    qtbot.waitUntil(lambda: len(heard) >= 2)
    next_name = child_named(timeline, heard[0][1]).text(QAccessible.Text.Name)
    assert next_name.endswith(("confidence", "not assessed"))
    assert next_name != PFP
    assert (QAccessible.Event.Focus, next_name) in heard
    assert (QAccessible.Event.Selection, next_name) in heard


def test_the_children_follow_the_view_and_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    timeline = canvas_interface(window)
    assert canvas.go_to_date("May 1994")
    canvas.repaint()
    assert PFP in names(timeline)
    assert KNOWN_NAMES["mission-to-nato-1997"] not in names(timeline), "1997 is off screen"
    shown = timeline.text(QAccessible.Text.Description).split(" on screen")[0]
    assert "1994" in shown
    assert "1992" not in shown
    window.search_field.setText("Haditha")
    canvas.repaint()
    events, crowds = drawn_in_view(canvas)
    assert timeline.childCount() == len(events) + crowds
    assert PFP not in names(timeline)


def test_another_timeline_replaces_the_children(window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    timeline = canvas_interface(window)
    assert PFP in names(timeline)
    assert window.open_file(DATA / "sample.timeline.json")
    # Until the canvas paints the new timeline, it lists nothing: not the old one's events under new rows.
    assert names(timeline) == []
    canvas.repaint()
    events, crowds = drawn_in_view(canvas)
    assert timeline.childCount() == len(events) + crowds
    assert events
    spoken = " | ".join(names(timeline))
    assert all(f", {window.model.event_at(row).title}, " in spoken for row in events), spoken


def test_the_canvas_and_the_overview_say_what_is_on_screen(window: MainWindow) -> None:
    timeline = canvas_interface(window)
    description = timeline.text(QAccessible.Text.Description)
    assert description.startswith("1992 to 2021 on screen; 6 lanes: Diplomacy and partnership, Kosovo, Iraq")
    assert "Left and Right step through the events" in timeline.text(QAccessible.Text.Help)
    overview = QAccessible.queryAccessibleInterface(window.timeline_panel.overview)
    assert overview.text(QAccessible.Text.Name) == "Timeline overview"
    assert overview.text(QAccessible.Text.Description).endswith("the marked part, 1992 to 2021, is on screen")
    window.timeline_panel.canvas.go_to_date("May 1994")
    shown = overview.text(QAccessible.Text.Description).split("the marked part, ")[1]
    assert "1994" in shown
    assert "1992" not in shown


A_READER_FROM_THE_START = """
import gc
import sys
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)
QAccessible.setActive(True)  # as when a screen reader is running: Qt builds interfaces as widgets are made
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.ui.main_window import MainWindow

window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.resize(1600, 900)
window.show()
window.open_file(bundled_timeline_path())
window.select_event("pfp-framework-1994")
window.timeline_panel.canvas.setFocus()
window.timeline_panel.canvas.repaint()
app.processEvents()


def read_aloud() -> None:  # no reference to an interface is kept: Qt's cache alone has them
    timeline = QAccessible.queryAccessibleInterface(window.timeline_panel.canvas)
    for number in range(timeline.childCount()):
        print(timeline.child(number).text(QAccessible.Text.Name))


read_aloud()
gc.collect()
window.close()  # quitting: the window and its canvas go, then Qt and Python do
window.deleteLater()
app.processEvents()
"""


def test_a_screen_reader_running_from_the_start_gets_the_events_and_the_app_exits_cleanly(tmp_path: Path) -> None:
    # In a process of its own: accessibility on from the start, and the exit, are what is checked.
    result = subprocess.run(
        [sys.executable, "-c", A_READER_FROM_THE_START, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert PFP in result.stdout.splitlines()


# -- clusters and density bars ----------------------------------------------------------------


def crowded_timeline() -> dict[str, object]:
    """Three hundred reports on one day (density bars from afar) and a fortnight of daily events (clusters)."""
    dense = [event_record(f"dense-{n:03}", f"Report {n:03}", "2021-08-15", "dense") for n in range(300)]
    daily = [event_record(f"daily-{n:02}", f"Daily {n:02}", f"2021-03-{n + 1:02}", "daily") for n in range(14)]
    daily.append(event_record("early", "Long before", "1990-06-01", "daily"))
    return {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": "Crowds",
        "view": {"start": "1990", "end": "2021"},
        "categories": [
            {"id": "dense", "label": "Dense", "colour": "#d62728"},
            {"id": "daily", "label": "Daily", "colour": "#2ca02c"},
        ],
        "sources": [{"id": "wire", "kind": "news_report", "title": "A wire", "url": "https://example.org/wire"}],
        "events": dense + daily,
    }


def test_clusters_and_density_bars_are_named_by_their_count_and_dates(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "crowds.timeline.json"
    path.write_text(json.dumps(crowded_timeline()), encoding="utf-8")
    install_canvas_accessibility()
    harness = canvas_harness(qtbot, load_timeline(path).timeline, CanvasHarness)
    canvas = harness.canvas
    qtbot.waitUntil(lambda: bool(canvas.render_hits().items))
    timeline = QAccessible.queryAccessibleInterface(canvas)
    events, crowds = drawn_in_view(canvas)
    assert crowds > 1
    assert timeline.childCount() == len(events) + crowds
    spoken = names(timeline)
    assert spoken[0] == "300 events, 1990 to 2021", "the density bars of the lane, first in time"
    bars = child_named(timeline, spoken[0])
    assert bars.text(QAccessible.Text.Description).startswith("Dense lane, drawn as density bars")
    assert not bars.state().focusable, "the keyboard steps through their events instead"
    clusters = [name for name in spoken if name.endswith("March 2021")]
    assert clusters, spoken
    assert all(re.fullmatch(r"\d+ events, \d+ March 2021 to \d+ March 2021", name) for name in clusters), clusters
    counted = sum(int(name.split(" ")[0]) for name in clusters)
    assert counted + sum(1 for name in spoken if "Daily" in name) == 14, "every daily event is in a cluster or named"
    assert screen_rect(canvas).contains(bars.rect())
    assert QRectF(bars.rect()).width() > canvas.width() / 2


# -- the keyboard ---------------------------------------------------------------------------------


def test_tab_goes_from_search_to_canvas_list_and_pane_past_every_button(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    visited: list[QWidget] = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        if not visited or visited[-1] is not focused:
            if focused is window.search_field and visited:
                break
            visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"Tab never came back to the search field: {[w.objectName() for w in visited]}")
    canvas = window.timeline_panel.canvas
    main = [window.search_field, canvas, window.event_list, window.detail_pane]
    assert [widget for widget in visited if widget in main] == main
    panel = window.timeline_panel
    buttons = [*window.category_buttons.values(), panel.zoom_out_button, panel.zoom_in_button, panel.fit_button]
    assert all(button in visited for button in [*buttons, panel.legend_button])
    assert visited.index(window.search_field) < min(visited.index(b) for b in buttons) < visited.index(canvas)
    assert all(isinstance(w, QToolButton) for w in visited[1 : visited.index(canvas)])
    # Each stop has a name a screen reader can say: words, not "−" or "+".
    said = [QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) for w in visited]
    assert all(any(c.isalpha() for c in name) for name in said), said


def test_the_canvas_shows_that_it_has_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline_panel.canvas
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    without = canvas.grab().toImage()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    with_focus = canvas.grab().toImage()
    width, height = canvas.width(), canvas.height()
    # A frame around the whole canvas: its edges change, left, right, top and bottom.
    for x, y in ((1, height // 2), (width - 2, height // 2), (width // 2, 1), (width // 2, height - 2)):
        assert with_focus.pixelColor(x, y) != without.pixelColor(x, y), (x, y)
