"""The canvas inside the main window: one selection, one filter, the window's menus drive it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.columns import day_number
from timeline_app.domain.dates import CalendarDay, calendar_day
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    win.timeline_panel.canvas.animation_ms = 0  # the zoom animation is checked in test_canvas.py
    assert win.open_file(bundled_timeline_path())
    return win


def visible_days(win: MainWindow) -> tuple[CalendarDay, CalendarDay]:
    state = win.timeline_panel.view_state
    return calendar_day(state.start), calendar_day(state.end - 1e-6)


def test_the_canvas_opens_on_the_timelines_declared_range(window: MainWindow) -> None:
    first, last = visible_days(window)
    assert first.year <= 1992
    assert last.year >= 2021


def test_clicking_an_event_on_the_canvas_fills_the_list_selection_and_the_pane(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.timeline_panel.canvas
    row = window.model.row_of("eapc-sintra-1997")
    assert row is not None
    window.go_to_date("1997")
    first, last = visible_days(window)
    assert CalendarDay(1996, 12, 1) <= first <= CalendarDay(1997, 1, 1), "the view shows 1997"
    assert CalendarDay(1997, 12, 31) <= last <= CalendarDay(1998, 2, 1)
    # Painted after the move: the hit regions of the paint before it would place the event at its old x.
    canvas.repaint()
    position = canvas.event_position(row)
    assert position is not None
    assert abs(position.x() - canvas.x_of(day_number(dt.date(1997, 5, 30)) + 0.5)) < 12
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert window.current_event_id() == "eapc-sintra-1997"
    assert window.detail_pane.toPlainText().startswith("Euro-Atlantic Partnership Council replaces the NACC")
    assert window.event_list.selectionModel().isRowSelected(window.selection.currentIndex().row())


def test_selecting_in_the_list_reveals_the_event_on_the_canvas(window: MainWindow) -> None:
    window.go_to_date("1994")
    assert window.select_event("last-us-flight-2021")
    canvas = window.timeline_panel.canvas
    assert canvas.current_event == window.model.row_of("last-us-flight-2021")
    first, last = visible_days(window)
    assert first <= CalendarDay(2021, 8, 30) <= last


def test_menu_zoom_and_fit(window: MainWindow) -> None:
    span = window.timeline_panel.view_state.span
    window.zoom_in_action.trigger()
    assert window.timeline_panel.view_state.span < span
    window.fit_action.trigger()
    first, last = visible_days(window)  # everything, including the 1991 and 2024 framing events
    assert first < CalendarDay(1991, 12, 20)
    assert last > CalendarDay(2024, 3, 17)
    assert {a.toString() for a in window.zoom_in_action.shortcuts()} >= {"Ctrl+="}
    assert window.zoom_out_action.shortcut().toString() == "Ctrl+-"
    assert window.go_to_date_action.shortcut().toString() == "Ctrl+G"


def test_go_to_date_explains_what_it_could_not_read(window: MainWindow) -> None:
    before = window.timeline_panel.view_state
    assert not window.go_to_date("the nineties")
    assert window.timeline_panel.view_state == before
    assert "'the nineties' is not a date" in window.statusBar().currentMessage()
    assert window.go_to_date("May 1994")
    first, last = visible_days(window)
    assert first <= CalendarDay(1994, 5, 1)
    assert last >= CalendarDay(1994, 5, 31)
    assert window.timeline_panel.view_state.span < 120


def test_listing_only_the_events_in_view_follows_the_canvas(window: MainWindow) -> None:
    window.go_to_date("2021-08")
    window.list_in_view_action.setChecked(True)
    shown = window.proxy.rowCount()
    assert 0 < shown < window.model.rowCount()
    assert window.count_label.text() == f"{shown} of 51 events"
    window.fit_action.trigger()
    assert window.proxy.rowCount() > shown
    window.clear_filters()
    assert window.proxy.rowCount() == 51


def test_enter_on_the_canvas_moves_focus_to_the_detail_pane(qtbot: QtBot, window: MainWindow) -> None:
    window.select_event("pfp-framework-1994")
    canvas = window.timeline_panel.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.detail_pane.hasFocus()


def test_filtering_in_the_window_hides_events_on_the_canvas(window: MainWindow) -> None:
    window.search_field.setText("Haditha")
    mask = window.proxy.accepted_mask()
    shown = [window.model.columns.ids[row] for row, keep in enumerate(mask) if keep]  # type: ignore[union-attr]
    assert shown
    assert all("iraq" in event_id for event_id in shown)
