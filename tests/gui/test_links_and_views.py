"""Links to events and views (Edit menu, context menus, ``--range``), and each file's view remembered and reset."""

from __future__ import annotations

import json
import shlex
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from timeline_app import cli
from timeline_app.app import open_requested
from timeline_app.desktop import AppLink, app_link, expand_link_arguments, parse_app_link
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"

popup_menus = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
"""Qt's offscreen platform warns whenever a popup menu opens; with a display, none of this is said."""


def day(year: int, month: int = 1, day_of_month: int = 1) -> float:
    """Days since 1970-01-01, counted independently of the app's own date code."""
    return float((date(year, month, day_of_month) - date(1970, 1, 1)).days)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def new_window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    return window


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = new_window(qtbot, settings)
    assert win.open_file(SAMPLE)
    return win


@pytest.fixture
def spaced_copy(tmp_path: Path) -> Path:
    """The sample in a folder whose name a link must escape and a shell must quote."""
    folder = tmp_path / "My files é & 'quotes'"
    folder.mkdir()
    return Path(shutil.copy(SAMPLE, folder / "history.timeline.json"))


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def open_as_the_command_line_does(qtbot: QtBot, tmp_path: Path, arguments: list[str]) -> MainWindow:
    """A new window (with its own settings) opened by ``arguments`` as ``cli.main`` reads them."""
    options = cli.app_parser().parse_args(expand_link_arguments(arguments))
    other = new_window(qtbot, QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    assert open_requested(other, options)
    return other


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def open_context_menu(window: MainWindow, widget: QWidget, position: QPoint) -> QMenu:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position))
    QApplication.sendEvent(widget, event)
    menu = window.findChild(QMenu, "context_menu")
    assert isinstance(menu, QMenu), "no context menu opened"
    assert menu.isVisible()
    return menu


def view_days(window: MainWindow) -> tuple[float, float]:
    state = window.timeline_panel.view_state
    return state.start, state.end


# -- copying links ---------------------------------------------------------------------------------------


def test_copy_link_to_event_gives_a_link_that_opens_the_same_event(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, spaced_copy: Path
) -> None:
    window = new_window(qtbot, settings)
    assert window.open_file(spaced_copy)
    window.select_event("mission")
    window.copy_link_action.trigger()

    link = clipboard()
    assert link == f"timeline-app://open?file={quote(str(spaced_copy.resolve()))}&event=mission"
    assert " " not in link, "a link is one word, whatever the file is called"
    assert window.statusBar().currentMessage() == "Link to “Unit serves abroad” copied"

    reopened = open_as_the_command_line_does(qtbot, tmp_path, [link])
    assert reopened.path == spaced_copy.resolve()
    assert reopened.current_event_id() == "mission"


def test_copy_command_line_gives_a_quoted_command_that_opens_the_same_event(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, spaced_copy: Path
) -> None:
    window = new_window(qtbot, settings)
    assert window.open_file(spaced_copy)
    window.select_event("sofa")
    window.copy_command_action.trigger()

    command = clipboard()
    assert command == f"timeline-app {shlex.quote(str(spaced_copy.resolve()))} --event sofa"
    words = shlex.split(command)
    assert words[:2] == ["timeline-app", str(spaced_copy.resolve())]
    assert window.statusBar().currentMessage() == "Command line for “Status of forces agreement” copied"

    reopened = open_as_the_command_line_does(qtbot, tmp_path, words[1:])
    assert reopened.path == spaced_copy.resolve()
    assert reopened.current_event_id() == "sofa"


def test_links_to_the_bundled_timeline_name_no_file_and_open_it_wherever_it_is(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    window = new_window(qtbot, settings)
    assert window.open_file(bundled_timeline_path())
    window.select_event("pfp-sofa")
    window.copy_link_action.trigger()
    assert clipboard() == "timeline-app://open?event=pfp-sofa"
    window.copy_command_action.trigger()
    assert clipboard() == "timeline-app --event pfp-sofa"

    reopened = open_as_the_command_line_does(qtbot, tmp_path, ["timeline-app://open?event=pfp-sofa"])
    assert reopened.path == bundled_timeline_path()
    assert reopened.current_event_id() == "pfp-sofa"


def test_event_actions_need_a_current_event(window: MainWindow) -> None:
    event_actions = [window.copy_link_action, window.copy_command_action, window.copy_title_action]
    assert not any(action.isEnabled() for action in event_actions)
    assert window.copy_view_link_action.isEnabled()
    window.select_event("pfp")
    assert all(action.isEnabled() for action in event_actions)
    window.search_field.setText("no event says this")  # hides the chosen event: nothing is current
    assert not any(action.isEnabled() for action in event_actions)


def test_edit_menu_sits_between_file_and_view(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&View"]
    edit_menu = window.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    assert menu_texts(edit_menu)[:3] == ["Copy &Link to Event", "Copy &Command Line for Event", "Copy Link to &View"]
    assert window.copy_link_action.shortcut().toString() == "Ctrl+Shift+C"


def test_copy_sources_as_citations_numbers_them_as_the_detail_pane_does(window: MainWindow) -> None:
    window.select_event("pfp")
    window.copy_citations_action.trigger()
    lines = clipboard().splitlines()
    pane = window.detail_pane.event_document
    assert pane is not None
    assert lines == [f"[{n}] {pane.citation_text(n)}" for n in (1, 2)]
    assert lines[0].startswith("[1] “Relations overview.” Ministry of Examples")
    assert window.statusBar().currentMessage() == "2 citations of “Framework signed” copied"


# -- context menus ---------------------------------------------------------------------------------------


@popup_menus
def test_right_click_on_a_row_selects_its_event_and_offers_to_copy_a_link(window: MainWindow) -> None:
    window.select_event("pfp")
    listed = [str(window.proxy.index(r, 0).data(EventRole.EVENT_ID)) for r in range(window.proxy.rowCount())]
    rect = window.event_list.visualRect(window.proxy.index(listed.index("fall"), Column.TITLE))
    menu = open_context_menu(window, window.event_list.viewport(), rect.center())

    assert window.current_event_id() == "fall"
    assert menu_texts(menu) == [
        "Copy &Link to Event",
        "Copy &Command Line for Event",
        "Copy &Title",
        "Copy &Sources as Citations",
    ]
    next(a for a in menu.actions() if a.text() == "Copy &Link to Event").trigger()
    assert clipboard() == f"timeline-app://open?file={SAMPLE.resolve()}&event=fall"
    next(a for a in menu.actions() if a.text() == "Copy &Title").trigger()
    assert clipboard() == "A capital falls"
    menu.close()


def test_right_click_below_the_rows_opens_no_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    viewport = window.event_list.viewport()
    below = QPoint(50, viewport.height() - 5)
    assert not window.event_list.indexAt(below).isValid()
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, below, viewport.mapToGlobal(below))
    )
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()] == []


@popup_menus
def test_right_click_on_the_canvas_selects_the_event_under_it_or_offers_the_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    canvas = window.timeline_panel.canvas
    row = window.model.row_of("late-day")
    assert row is not None

    def drawn() -> bool:  # hit regions come from painting, which the offscreen platform may defer
        canvas.repaint()
        return canvas.event_position(row) is not None

    qtbot.waitUntil(drawn)
    position = canvas.event_position(row)
    assert position is not None

    menu = open_context_menu(window, canvas, position.toPoint())
    assert window.current_event_id() == "late-day"
    assert "Copy &Link to Event" in menu_texts(menu)
    menu.close()
    QApplication.sendPostedEvents(None, 0)  # let the closed menu be deleted

    empty = QPoint(canvas.width() - 5, canvas.height() - 5)
    menu = open_context_menu(window, canvas, empty)
    assert menu_texts(menu) == ["Copy Link to &View", "&Reset View", "&Fit All"]
    assert window.current_event_id() == "late-day", "a click off the events leaves the selection alone"
    menu.close()


# -- --range and links with a range ------------------------------------------------------------------------


def test_range_option_reads_the_dates_a_reader_writes() -> None:
    options = cli.app_parser().parse_args([str(SAMPLE), "--range", "2001..2006", "--event", "approx"])
    assert options.range.days == (day(2001), day(2007))
    assert options.event == "approx"
    assert cli.app_parser().parse_args(["--range=44 BC..AD 79"]).range.days == (
        cli.app_parser().parse_args(["--range=-0043..0079"]).range.days
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--range", "2006..2001"], "timeline-app: error: argument --range: '2006..2001' ends before it starts"),
        (["--range", "soon"], "timeline-app: error: argument --range: 'soon' is not a date; write e.g. 1994,"),
    ],
)
def test_a_bad_range_is_a_one_line_usage_error(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline_app.app.run", lambda options: pytest.fail(f"the app started with {options}"))
    assert cli.main(arguments) == cli.EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.err.startswith(message)
    assert captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_the_window_opens_at_the_range_asked_for(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_as_the_command_line_does(qtbot, tmp_path, [str(SAMPLE), "--range", "2001..2006"])
    assert view_days(window) == pytest.approx((day(2001), day(2007)))
    assert window.timeline_panel.range_label.text() == "2001 – 2006"


def test_with_an_event_inside_the_range_the_range_stays(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_as_the_command_line_does(qtbot, tmp_path, [str(SAMPLE), "--range=1997..2003", "--event", "approx"])
    assert window.current_event_id() == "approx"
    assert view_days(window) == pytest.approx((day(1997), day(2004)))


def test_with_an_event_outside_the_range_the_view_moves_to_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_as_the_command_line_does(qtbot, tmp_path, [str(SAMPLE), "--range=2010..2012", "--event", "pfp"])
    assert window.current_event_id() == "pfp"
    qtbot.waitUntil(lambda: view_days(window)[0] < day(1994, 5, 4) < view_days(window)[1])  # the move is animated
    start, end = view_days(window)
    assert end - start == pytest.approx(day(2013) - day(2010)), "the span asked for is kept"


def test_links_carry_a_range_to_the_command_line() -> None:
    link = app_link(Path("/srv/a b.timeline.json"), "e1", "2001..2006")
    assert link == "timeline-app://open?file=/srv/a%20b.timeline.json&event=e1&range=2001..2006"
    assert parse_app_link(link) == AppLink(Path("/srv/a b.timeline.json"), "e1", "2001..2006")
    assert expand_link_arguments([link]) == ["/srv/a b.timeline.json", "--event", "e1", "--range=2001..2006"]
    bc = app_link(None, None, "44 BC..AD 79")
    assert parse_app_link(bc) == AppLink(date_range="44 BC..AD 79")
    # A range of years BC starts with a minus sign; the parser must still read it as the range.
    options = cli.app_parser().parse_args(expand_link_arguments(["timeline-app:?range=-0043..0079"]))
    assert options.range.days == cli.app_parser().parse_args(["--range=44 BC..AD 79"]).range.days


def test_a_link_with_a_bad_range_still_opens_its_file_and_event(capsys: pytest.CaptureFixture[str]) -> None:
    link = app_link(Path("/srv/a.timeline.json"), "e1", "2006..2001")
    assert expand_link_arguments([link]) == ["/srv/a.timeline.json", "--event", "e1"]
    assert capsys.readouterr().err == "timeline-app: the link's range is left out: '2006..2001' ends before it starts\n"


def test_copy_link_to_view_opens_the_same_dates_and_event(qtbot: QtBot, tmp_path: Path, window: MainWindow) -> None:
    window.timeline_panel.canvas.set_range(day(2001), day(2007))
    window.copy_view_link_action.trigger()
    assert clipboard() == f"timeline-app://open?file={SAMPLE.resolve()}&range=2001..2006"
    assert window.statusBar().currentMessage() == "Link to the view of 2001 – 2006 copied"

    window.select_event("approx")
    window.timeline_panel.canvas.set_range(day(2001, 3, 5), day(2001, 7, 1))
    window.copy_view_link_action.trigger()
    link = clipboard()
    assert link == f"timeline-app://open?file={SAMPLE.resolve()}&event=approx&range=2001-03-05..2001-06"
    reopened = open_as_the_command_line_does(qtbot, tmp_path, [link])
    assert reopened.current_event_id() == "approx"
    assert view_days(reopened) == pytest.approx((day(2001, 3, 5), day(2001, 7, 1)))

    window.select_event("fall")  # off screen: a link to this view does not move it there
    window.timeline_panel.canvas.set_range(day(2001, 3, 5), day(2001, 7, 1))
    window.copy_view_link_action.trigger()
    assert "event=" not in clipboard()


# -- each file's view, remembered ---------------------------------------------------------------------------


def set_up_a_view(window: MainWindow) -> None:
    window.select_event("mission")
    window.search_field.setText("unit")
    window.category_buttons["diplomacy"].setChecked(False)
    window.confidence_actions["low"].setChecked(False)
    window.list_in_view_action.setChecked(True)
    window.timeline_panel.canvas.set_range(day(1998), day(2003))


def assert_the_view_is_back(window: MainWindow) -> None:
    assert view_days(window) == pytest.approx((day(1998), day(2003)))
    assert window.search_field.text() == "unit"
    assert not window.category_buttons["diplomacy"].isChecked()
    assert window.category_buttons["missions"].isChecked()
    assert not window.confidence_actions["low"].isChecked()
    assert window.confidence_actions["medium"].isChecked()
    assert window.list_in_view_action.isChecked()
    assert window.proxy.window == pytest.approx((day(1998), day(2003)))
    assert window.current_event_id() == "mission"
    assert window.detail_pane.toPlainText().startswith("Unit serves abroad")
    assert window.count_label.text() == "1 of 7 events"


def test_a_files_view_comes_back_when_it_is_opened_again(qtbot: QtBot, settings: QSettings, window: MainWindow) -> None:
    set_up_a_view(window)
    assert window.open_file(MINIMAL)
    # Another file has views of its own: nothing of the first one's filters carries over.
    assert window.search_field.text() == ""
    assert all(button.isChecked() for button in window.category_buttons.values())
    assert not window.list_in_view_action.isChecked()
    assert window.count_label.text() == "1 of 1 events"

    assert window.open_file(SAMPLE)
    assert_the_view_is_back(window)
    assert window.statusBar().currentMessage() == (
        "Opened sample.timeline.json · search and filters as you left them (View → Reset View clears them)"
    )

    window.close()  # quitting keeps it too
    again = new_window(qtbot, settings)
    assert again.open_file(SAMPLE)
    assert_the_view_is_back(again)


def test_a_selected_event_off_screen_does_not_move_the_remembered_range(window: MainWindow) -> None:
    window.select_event("fall")
    window.timeline_panel.canvas.set_range(day(1995), day(1997))
    assert window.open_file(MINIMAL)
    assert window.open_file(SAMPLE)
    assert window.current_event_id() == "fall"
    assert view_days(window) == pytest.approx((day(1995), day(1997)))


def test_reload_keeps_the_view(window: MainWindow, qtbot: QtBot) -> None:
    set_up_a_view(window)
    with qtbot.waitSignal(window.timeline_loaded):  # reloading reads in the background
        window.reload_action.trigger()
    assert_the_view_is_back(window)


def test_a_selection_hidden_by_filters_is_remembered_as_chosen(
    qtbot: QtBot, settings: QSettings, window: MainWindow
) -> None:
    window.select_event("sofa")
    window.confidence_actions["low"].setChecked(False)  # sofa is of low confidence
    assert window.current_event_id() is None
    window.close()
    again = new_window(qtbot, settings)
    assert again.open_file(SAMPLE)
    assert again.current_event_id() is None
    assert "hidden by the search or filters" in again.detail_pane.toPlainText()
    again.confidence_actions["low"].setChecked(True)
    assert again.current_event_id() == "sofa"


def many_lanes(path: Path, count: int = 16) -> Path:
    """A timeline with ``count`` categories, one event each: more lanes than the canvas shows at once."""
    data = json.loads(MINIMAL.read_text(encoding="utf-8"))
    data["categories"] = [{"id": f"c{n}", "label": f"Lane {n}", "colour": "#1f77b4"} for n in range(count)]
    template = data["events"][0]
    data["events"] = [
        {**template, "id": f"e{n}", "title": f"Event {n}", "category": f"c{n}", "date": f"{1993 + n}"}
        for n in range(count)
    ]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_lanes_scroll_comes_back(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    lanes = many_lanes(tmp_path / "lanes.timeline.json")
    window = new_window(qtbot, settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(lanes)
    canvas = window.timeline_panel.canvas
    assert canvas.max_scroll() > 120, "the test needs lanes below the fold"
    canvas.scroll_to(120)
    assert window.open_file(MINIMAL)
    assert window.open_file(lanes)
    assert canvas.view_state.scroll == 120


def test_explicit_range_or_event_wins_over_the_remembered_view(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, window: MainWindow
) -> None:
    set_up_a_view(window)
    window.close()
    for arguments in ([str(SAMPLE), "--range", "2001..2006"], [str(SAMPLE), "--event", "pfp"]):
        options = cli.app_parser().parse_args(arguments)
        again = new_window(qtbot, settings)
        assert open_requested(again, options)
        assert again.search_field.text() == ""
        assert all(button.isChecked() for button in again.category_buttons.values())
        assert not again.list_in_view_action.isChecked()
        assert again.current_event_id() == options.event
        if options.range is not None:
            assert view_days(again) == pytest.approx(options.range.days)
        else:
            assert view_days(again) == pytest.approx((day(1992), day(2022)))  # the file's own view
        again.deleteLater()


def test_a_view_that_no_longer_fits_the_changed_file_restores_what_still_applies(
    tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    changing = Path(shutil.copy(SAMPLE, tmp_path / "changing.timeline.json"))
    window = new_window(qtbot, settings)
    assert window.open_file(changing)
    window.select_event("pfp")
    window.search_field.setText("signed")
    window.category_buttons["missions"].setChecked(False)
    window.timeline_panel.canvas.set_range(day(1993), day(1996))
    assert window.open_file(MINIMAL)

    # The file loses its "missions" category (and its events) and the event that was selected.
    data = json.loads(changing.read_text(encoding="utf-8"))
    data["categories"] = [c for c in data["categories"] if c["id"] != "missions"]
    data["events"] = [e for e in data["events"] if e["category"] != "missions" and e["id"] != "pfp"]
    data["periods"] = []
    changing.write_text(json.dumps(data), encoding="utf-8")

    assert window.open_file(changing)
    assert list(window.category_buttons) == ["diplomacy"]
    assert window.category_buttons["diplomacy"].isChecked()
    assert window.search_field.text() == "signed"
    assert view_days(window) == pytest.approx((day(1993), day(1996)))
    assert window.current_event_id() is None
    assert window.detail_pane.event_document is None


def test_a_remembered_range_outside_the_files_time_gives_way_to_its_own(
    settings: QSettings, window: MainWindow
) -> None:
    settings.setValue(
        f"last_view/{MainWindow._file_key(MINIMAL)}", json.dumps({"start": day(1700), "end": day(1710), "scroll": 0})
    )
    assert window.open_file(MINIMAL)
    assert view_days(window) == pytest.approx((day(1992), day(2022)))


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        "[1, 2]",
        "null",
        json.dumps({"start": "x", "end": None, "scroll": "far", "hidden_categories": "diplomacy", "list_in_view": 1}),
        json.dumps({"start": day(2000), "end": day(1999), "scroll": -5, "search": 7, "hidden_confidences": [1, None]}),
        json.dumps({"start": day(2000), "end": float("inf"), "scroll": float("nan")}),
    ],
)
def test_corrupt_settings_are_ignored(qtbot: QtBot, settings: QSettings, stored: str) -> None:
    key = MainWindow._file_key(SAMPLE)
    settings.setValue(f"last_view/{key}", stored)
    settings.setValue(f"last_event/{key}", ["not", "an", "id"])
    window = new_window(qtbot, settings)
    assert window.open_file(SAMPLE)
    assert view_days(window) == pytest.approx((day(1992), day(2022)))
    assert window.search_field.text() == ""
    assert all(button.isChecked() for button in window.category_buttons.values())
    assert all(action.isChecked() for action in window.confidence_actions.values())
    assert not window.list_in_view_action.isChecked()
    assert window.timeline_panel.view_state.scroll == 0
    assert window.current_event_id() is None
    assert window.count_label.text() == "7 of 7 events"


def test_the_good_parts_of_a_damaged_view_are_restored(qtbot: QtBot, settings: QSettings) -> None:
    stored = {"start": "x", "end": day(2000), "search": "unit", "hidden_categories": ["diplomacy", 3]}
    settings.setValue(f"last_view/{MainWindow._file_key(SAMPLE)}", json.dumps(stored))
    window = new_window(qtbot, settings)
    assert window.open_file(SAMPLE)
    assert window.search_field.text() == "unit"
    assert not window.category_buttons["diplomacy"].isChecked()
    assert view_days(window) == pytest.approx((day(1992), day(2022)))


# -- Reset View -----------------------------------------------------------------------------------------------


def test_reset_view_returns_to_the_files_own_view_and_keeps_the_selection(window: MainWindow) -> None:
    window.select_event("sofa")
    window.search_field.setText("agreement")
    window.category_buttons["missions"].setChecked(False)
    window.confidence_actions["low"].setChecked(False)  # hides sofa: it stays the reader's choice
    window.list_in_view_action.setChecked(True)
    window.timeline_panel.canvas.set_range(day(2005), day(2006))
    assert window.current_event_id() is None

    window.reset_view_action.trigger()

    assert view_days(window) == pytest.approx((day(1992), day(2022)))
    assert window.timeline_panel.view_state.scroll == 0
    assert window.search_field.text() == ""
    assert all(button.isChecked() for button in window.category_buttons.values())
    assert all(action.isChecked() for action in window.confidence_actions.values())
    assert not window.list_in_view_action.isChecked()
    assert window.count_label.text() == "7 of 7 events"
    assert window.current_event_id() == "sofa"
    assert window.statusBar().currentMessage() == (
        "View reset to 1992 – 2021, with no search or filters; “Status of forces agreement” stays selected"
    )


def test_reset_view_scrolls_the_lanes_to_the_top(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    window = new_window(qtbot, settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(many_lanes(tmp_path / "lanes.timeline.json"))
    canvas = window.timeline_panel.canvas
    canvas.scroll_to(120)
    assert canvas.view_state.scroll == 120
    window.reset_view()
    assert canvas.view_state.scroll == 0
