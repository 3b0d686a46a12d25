"""Where the detail pane sits: beside the timeline and the list, full height (the default), or below the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.reading_layout import PANE_MAX_PX, PANE_MIN_PX, Arrangement

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"


def open_window(qtbot: QtBot, settings: QSettings, width: int, height: int) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(SAMPLE)
    return window


def rect_in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_by_default_the_pane_is_a_full_height_column_beside_the_timeline_and_the_list(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = open_window(qtbot, settings, 780, 580)  # the offscreen screen is 800x600
    pane = rect_in_window(window, window.detail_pane)
    canvas = rect_in_window(window, window.timeline_panel)
    events = rect_in_window(window, window.event_list)
    central = window.reading_layout
    assert window.reading_layout.arrangement is Arrangement.BESIDE
    assert window.arrangement_actions[Arrangement.BESIDE].isChecked()
    assert pane.left() > canvas.right(), "the pane is to the right of the timeline"
    assert pane.left() > events.right(), "and of the list"
    assert events.top() > canvas.bottom(), "the list is under the timeline"
    assert pane.top() == central.y(), "the pane runs the full height"
    assert pane.height() == central.height(), "the pane runs the full height"
    assert PANE_MIN_PX <= pane.width() <= PANE_MAX_PX
    assert canvas.width() > pane.width(), "the timeline keeps most of the width"


def test_view_layout_below_puts_the_timeline_across_the_window_and_is_remembered(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = open_window(qtbot, settings, 780, 580)
    menu = window.menuBar().findChild(QWidget, "layout_menu")
    assert menu is not None
    window.arrangement_actions[Arrangement.BELOW].trigger()
    qtbot.wait(1)
    canvas = rect_in_window(window, window.timeline_panel)
    pane = rect_in_window(window, window.detail_pane)
    events = rect_in_window(window, window.event_list)
    assert canvas.width() == window.reading_layout.width(), "the timeline spans the window"
    assert pane.top() > canvas.bottom()
    assert events.top() > canvas.bottom()
    assert pane.left() > events.right(), "list and pane side by side below"
    window.reading_layout.inner.setSizes([300, 480])
    sizes = window.reading_layout.inner.sizes()
    window.close()

    again = open_window(qtbot, settings, 780, 580)
    assert again.reading_layout.arrangement is Arrangement.BELOW
    assert again.arrangement_actions[Arrangement.BELOW].isChecked()
    assert again.reading_layout.inner.sizes() == sizes, "the splitter as left, in this arrangement"

    again.arrangement_actions[Arrangement.BESIDE].trigger()
    pane = rect_in_window(again, again.detail_pane)
    assert pane.height() == again.reading_layout.height(), "back beside, at full height"


@pytest.mark.expected_log_warnings
def test_a_garbled_layout_setting_is_ignored_for_the_default(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue("window/arrangement", "sideways")
    settings.setValue("window/beside/outer", b"\x00garbage")
    window = open_window(qtbot, settings, 780, 580)
    assert window.reading_layout.arrangement is Arrangement.BESIDE
    assert PANE_MIN_PX <= window.detail_pane.width() <= PANE_MAX_PX


def bottom_of_text(window: MainWindow, text: str) -> float:
    """How far down the pane's document the end of ``text`` is drawn, in pixels."""
    document = window.detail_pane.document()
    found = document.find(text)
    assert not found.isNull(), f"{text!r} is not in the pane"
    block = found.block()
    line = block.layout().lineForTextPosition(found.positionInBlock())
    return document.documentLayout().blockBoundingRect(block).top() + line.rect().bottom()


@pytest.mark.parametrize("size", [(1600, 900), (1600, 1000)])
def test_a_selected_events_title_date_summary_first_quote_and_first_source_show_without_scrolling(
    qtbot: QtBot, settings: QSettings, size: tuple[int, int]
) -> None:
    from timeline_app.domain.bundled import bundled_timeline_path
    from timeline_app.domain.opening import load_timeline

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(bundled_timeline_path())
    timeline = load_timeline(bundled_timeline_path()).timeline
    event = next(e for e in timeline.events if e.id == "kabul-airport-security-2021")
    assert window.select_event(event.id)
    first_quote = next(q for q in timeline.quotes if q.id == event.quotes[0])
    first_source = next(s for s in timeline.sources if s.id == event.citations[0].source)
    viewport = window.detail_pane.viewport().height()
    assert window.detail_pane.verticalScrollBar().value() == 0
    for text in (
        event.title,
        event.summary or "",
        first_quote.text[-40:],
        first_source.publisher or first_source.title,
    ):
        assert bottom_of_text(window, text) <= viewport, f"{text!r} is below the fold of a {size} window"


def test_with_nothing_selected_the_pane_says_what_the_timeline_is_and_how_to_start(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = open_window(qtbot, settings, 780, 580)  # a first launch: nothing remembered, nothing selected
    assert window.current_event_id() is None
    text = window.detail_pane.toPlainText()
    timeline = window.model.timeline
    assert timeline is not None
    assert text.splitlines()[0] == timeline.title
    assert f"{len(timeline.events)} events" in text
    assert "How to start" in text
    assert "Click an event on the timeline or in the list" in text
    assert window.select_event("sofa")
    assert "How to start" not in window.detail_pane.toPlainText()
    window.selection.clear()
    window.selection.setCurrentIndex(window.proxy.index(-1, -1), window.selection.SelectionFlag.Clear)
    assert "How to start" in window.detail_pane.toPlainText(), "back to the welcome when the selection goes"
