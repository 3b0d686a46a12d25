"""The window a reader opens: list, detail pane, search, filters, files and remembered state."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 850)
    assert win.open_file(SAMPLE)
    return win


def listed_ids(win: MainWindow) -> list[str]:
    return [str(win.proxy.index(r, 0).data(EventRole.EVENT_ID)) for r in range(win.proxy.rowCount())]


def select_row_by_click(qtbot: QtBot, win: MainWindow, event_id: str) -> None:
    row = listed_ids(win).index(event_id)
    view = win.event_list
    rect = view.visualRect(win.proxy.index(row, Column.TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def pane_text(win: MainWindow) -> str:
    # Badges are padded with no-break spaces; compare words, not padding.
    return re.sub("[ \xa0]+", " ", win.detail_pane.toPlainText())


def test_title_count_and_file_name_describe_the_open_timeline(window: MainWindow) -> None:
    assert window.windowTitle() == "Sample timeline for tests — Timeline Viewer"
    assert window.count_label.text() == "7 of 7 events"
    assert window.file_label.text() == "sample.timeline.json"


def test_list_is_chronological_and_a_year_sorts_before_its_days(window: MainWindow) -> None:
    assert listed_ids(window) == ["pfp", "sofa", "year-only", "late-day", "mission", "approx", "fall"]
    year_only = window.proxy.index(2, Column.DATE)
    assert year_only.data() == "1997"
    assert "sorted before the dated events of 1997" in year_only.data(Qt.ItemDataRole.ToolTipRole)


def test_selecting_in_the_list_fills_the_pane_with_quotes_and_citations(qtbot: QtBot, window: MainWindow) -> None:
    select_row_by_click(qtbot, window, "mission")
    text = pane_text(window)
    assert text.startswith("Unit serves abroad")
    assert "September 1999 – 15 April 2008" in text
    for quote in ("We took part in the mission from the first day.", "They were the last to leave."):
        assert f"“{quote}”" in text
    # The mission ended in 2008: words said in 2024 look back on it, and the pane says so.
    assert "Anar Əliyev, Minister of Examples · said on 17 March 2024, looking back · Press statements" in text
    assert "⚠ Unverified. Known only from the news report; not checked against the official transcript." in text
    for number, outlet in ((1, "Daily Example"), (2, "Example Monitor")):
        assert f"[{number}]" in text
        assert outlet in text
    assert "Troops\nabout 34" in text


def test_contested_date_and_contradicted_claims_are_never_plain_fact(qtbot: QtBot, window: MainWindow) -> None:
    window.select_event("sofa")
    text = pane_text(window)
    assert "1996 or 15 November 1998 — sources disagree" in text
    assert "1996 according to [1]" in text
    assert "LOW CONFIDENCE" in text
    assert "contradicted" in text
    window.select_event("mission")
    text = pane_text(window)
    assert "Claims and their standing" in text
    assert "contradicted The only country of its kind to take part." in text
    assert "Contradicted by [2] Example Monitor." in text
    assert "unverified Over 3,000 people served in all." in text


def test_html_in_a_summary_is_shown_as_text(window: MainWindow) -> None:
    window.select_event("year-only")
    assert "A company was <b>formed</b> & trained." in pane_text(window)


def test_related_event_link_selects_it(window: MainWindow) -> None:
    window.select_event("pfp")
    window.detail_pane.anchorClicked.emit(QUrl("event:sofa"))
    assert window.current_event_id() == "sofa"
    assert pane_text(window).startswith("Status of forces agreement")


def test_copy_citation_puts_a_plain_text_citation_on_the_clipboard(window: MainWindow) -> None:
    window.select_event("late-day")
    window.detail_pane.anchorClicked.emit(QUrl("copy-citation:1"))
    assert QGuiApplication.clipboard().text() == (
        "“Relations overview.” Ministry of Examples, 26 October 2018. https://example.org/relations "
        "(archived: https://web.example.net/2018/https://example.org/relations). Accessed November 2026."
    )


@pytest.mark.parametrize(
    ("url", "opened"),
    [
        ("https://example.org/relations", True),
        ("http://en.example.org/wiki/Example", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("ftp://example.org/x", False),
    ],
)
def test_links_open_in_the_browser_only_for_http_and_https(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, url: str, opened: bool
) -> None:
    calls: list[str] = []

    def open_url(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.select_event("pfp")
    window.detail_pane.anchorClicked.emit(QUrl(url))
    assert calls == ([url] if opened else [])
    if not opened:
        assert "only http and https links are followed" in window.statusBar().currentMessage()


def test_the_pane_never_loads_remote_resources(window: MainWindow) -> None:
    from PySide6.QtGui import QTextDocument

    assert (
        window.detail_pane.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("https://x.test/a.png")) is None
    )


def test_search_narrows_the_list_and_the_count(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "framework")
    assert listed_ids(window) == ["pfp"]
    assert window.count_label.text() == "1 of 7 events"
    window.search_field.clear()
    assert window.count_label.text() == "7 of 7 events"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ANAR ELIYEV", ["pfp", "mission"]),  # speaker name typed without the ə, in capitals
        ("Əliyev", ["pfp", "mission"]),
        ("daily example", ["mission", "approx", "fall"]),  # a source's outlet
        ("official transcript", []),  # notes are not searched, quotes are
        ("last to leave", ["mission"]),
        ("brussels signed", ["pfp"]),  # every word must match, in any order
    ],
)
def test_search_covers_quotes_speakers_and_sources_ignoring_case_and_accents(
    window: MainWindow, query: str, expected: list[str]
) -> None:
    window.search_field.setText(query)
    assert listed_ids(window) == expected


def test_category_and_confidence_filters(window: MainWindow) -> None:
    window.category_buttons["missions"].setChecked(False)
    assert listed_ids(window) == ["pfp", "sofa", "late-day"]
    window.confidence_actions["high"].setChecked(False)
    assert listed_ids(window) == ["sofa", "late-day"]
    assert window.count_label.text() == "2 of 7 events"
    window.clear_filters()
    assert len(listed_ids(window)) == 7


def test_a_bad_file_leaves_timeline_selection_and_filters_as_they_were(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.select_event("mission")
    window.search_field.setText("unit")
    window.category_buttons["diplomacy"].setChecked(False)
    bad = tmp_path / "bad.timeline.json"
    bad.write_text(MINIMAL.read_text(encoding="utf-8").replace('"1994-05-04"', '"2021-02-30"'), encoding="utf-8")

    assert not window.open_file(bad)

    dialog = window.problems_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert f"{bad}:23:15: error: events[0].date: '2021-02-30' is not a valid date" in dialog.problems.toPlainText()
    assert window.windowTitle() == "Sample timeline for tests — Timeline Viewer"
    assert window.current_event_id() == "mission"
    assert pane_text(window).startswith("Unit serves abroad")
    assert window.search_field.text() == "unit"
    assert not window.category_buttons["diplomacy"].isChecked()
    assert window.count_label.text() == "1 of 7 events"
    assert window.file_label.text() == "sample.timeline.json"


def test_reload_keeps_selection_and_filters(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    copy = tmp_path / "copy.timeline.json"
    shutil.copy(SAMPLE, copy)
    assert window.open_file(copy)
    window.select_event("sofa")
    window.category_buttons["missions"].setChecked(False)
    copy.write_text(copy.read_text(encoding="utf-8").replace("Framework signed", "Framework document signed"))
    with qtbot.waitSignal(window.timeline_loaded):  # reloading reads in the background
        window.reload_action.trigger()
    assert window.current_event_id() == "sofa"
    assert not window.category_buttons["missions"].isChecked()
    window.select_event("pfp")
    assert pane_text(window).startswith("Framework document signed")


def test_dropping_a_file_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(MINIMAL))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.timeline_loaded):  # a dropped file is read in the background
        window.dropEvent(drop)
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"
    assert window.count_label.text() == "1 of 1 events"


def test_about_names_versions_data_file_checksum_and_licence(window: MainWindow) -> None:
    import hashlib

    import PySide6

    text = window.about_text()
    assert f"PySide6 {PySide6.__version__}" in text
    assert str(SAMPLE) in text
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() in text
    assert "CC0" in text
    assert "Written for the test suite." in text


def test_settings_round_trip_geometry_splitters_recent_files_and_last_event(
    qtbot: QtBot, settings: QSettings, window: MainWindow
) -> None:
    window.open_file(MINIMAL)
    window.open_file(SAMPLE)
    window.select_event("sofa")
    window.resize(734, 577)  # the offscreen screen is 800x600; larger sizes are clamped
    window.show()
    qtbot.waitExposed(window)
    window.reading_layout.setSizes([450, 284])
    sizes = window.reading_layout.sizes()
    window.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.size().width() == 734
    assert again.recent_files()[:2] == [str(SAMPLE.resolve()), str(MINIMAL.resolve())]
    assert [a.text() for a in again.recent_menu.actions()][:2] == [
        "&1 sample.timeline.json",
        "&2 minimal.timeline.json",
    ]
    assert again.open_file(SAMPLE)
    assert again.current_event_id() == "sofa"
    again.show()
    qtbot.waitExposed(again)
    assert again.reading_layout.sizes() == sizes


def test_selection_is_shared_by_every_view(window: MainWindow) -> None:
    assert window.event_list.selectionModel() is window.selection
    index = window.proxy.index(3, 0)
    window.selection.setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert window.current_event_id() == "late-day"
    assert pane_text(window).startswith("A day in 1997")


def test_models_pass_the_model_tester_before_loading(
    qtbot: QtBot, qtmodeltester: ModelTester, settings: QSettings
) -> None:
    empty = MainWindow(settings)
    qtbot.addWidget(empty)
    qtmodeltester.check(empty.model, force_py=False)
    qtmodeltester.check(empty.proxy, force_py=False)
    assert empty.count_label.text() == "0 of 0 events"


def test_models_pass_the_model_tester_through_load_filter_and_reload(
    qtmodeltester: ModelTester, window: MainWindow, qtbot: QtBot
) -> None:
    qtmodeltester.check(window.model, force_py=False)
    qtmodeltester.check(window.proxy, force_py=False)
    window.search_field.setText("signed")
    window.category_buttons["missions"].setChecked(False)
    window.open_file(MINIMAL)
    with qtbot.waitSignal(window.timeline_loaded):
        window.reload()
    window.clear_filters()
    assert window.proxy.rowCount() == 1


def test_qt_calls_do_not_leak_references_to_none(window: MainWindow) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call until the
    # interpreter aborted; pyproject pins below it there. This fails if such a build comes back.
    import sys

    label = window.count_label
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setToolTip("y")
    assert sys.getrefcount(None) - before > -100


def test_no_window_leaks_after_close(qtbot: QtBot, window: MainWindow) -> None:
    # Shown first (a window never shown is "not visible" whatever close does), with a load in flight.
    window.show()
    qtbot.waitExposed(window)
    shown = window.windowTitle()
    window.open_file_in_background(MINIMAL)
    assert window.is_loading()
    window.close()
    assert window.loader.wait()
    QApplication.processEvents()  # a load that was not dropped would be shown now
    assert window.windowTitle() == shown
    assert not window.isVisible()
    from PySide6.QtWidgets import QWidget

    left_open = []
    for widget in QApplication.topLevelWidgets():  # its dialogs and popups, not other tests' leftovers
        owner: QWidget | None = widget
        while owner is not None and owner is not window:
            owner = owner.parentWidget()
        if widget.isVisible() and owner is window:
            left_open.append(widget)
    assert left_open == []
    assert not window.is_loading(), "the background load must stop with the window"
    assert window.settings.contains("window/geometry")


def test_a_filter_that_hides_the_selected_event_does_not_show_another_one(window: MainWindow) -> None:
    window.select_event("mission")
    window.search_field.setText("framework")
    assert listed_ids(window) == ["pfp"]
    assert window.current_event_id() is None
    assert "The selected event is hidden by the search or filters" in pane_text(window)
    window.search_field.clear()
    assert window.current_event_id() == "mission"
    assert pane_text(window).startswith("Unit serves abroad")
    window.category_buttons["missions"].setChecked(False)
    assert window.current_event_id() is None
    window.category_buttons["missions"].setChecked(True)
    assert window.current_event_id() == "mission"


# -- links in the pane as it is rendered: what a reader can click ------------------------------------------


PANE_SCHEMES = {"http", "https", "event", "copy-citation"}
"""The web, a related event, copying a citation: the only links the pane writes."""


def rendered_anchors(pane: QTextBrowser) -> list[tuple[str, int]]:
    """Each link of the pane's document, with a position inside its text; fails on an image in the document."""
    from PySide6.QtGui import QTextFormat

    anchors: list[tuple[str, int]] = []
    block = pane.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            assert not char_format.isImageFormat(), "an image in the pane"
            assert char_format.objectType() == QTextFormat.ObjectTypes.NoObject
            if char_format.isAnchor() and char_format.anchorHref():
                anchors.append((char_format.anchorHref(), fragment.position() + fragment.length() // 2))
            iterator += 1
        block = block.next()
    return anchors


def click_at_text(qtbot: QtBot, pane: QTextBrowser, position: int) -> None:
    """Click the pane where the character at ``position`` is drawn, as a reader clicks a link."""
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    rect = pane.cursorRect(cursor)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 2, rect.center().y()))


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def open_url(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return calls


def test_every_link_rendered_in_the_pane_is_a_web_address_or_the_panes_own(window: MainWindow) -> None:
    schemes: set[str] = set()
    for event_id in listed_ids(window):
        window.select_event(event_id)
        schemes |= {QUrl(href).scheme() for href, _ in rendered_anchors(window.detail_pane)}
    assert schemes == PANE_SCHEMES


def test_clicking_the_rendered_links_opens_web_addresses_selects_events_and_copies_citations(
    qtbot: QtBot, window: MainWindow, opened_urls: list[str]
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.select_event("pfp")
    anchors = rendered_anchors(window.detail_pane)
    web = [(href, at) for href, at in anchors if QUrl(href).scheme() in ("http", "https")]
    assert {href for href, _ in web} == {
        "https://news.example.com/troops",  # the source of the quote
        "https://example.org/relations",
        "https://web.example.net/2018/https://example.org/relations",
        "http://en.example.org/wiki/Example",
    }
    for _, at in web:
        click_at_text(qtbot, window.detail_pane, at)
    assert opened_urls == [href for href, _ in web]

    copy = next(at for href, at in anchors if href == "copy-citation:1")
    click_at_text(qtbot, window.detail_pane, copy)
    assert QGuiApplication.clipboard().text().startswith("“Relations overview.” Ministry of Examples")

    related = next(at for href, at in anchors if href == "event:sofa")
    click_at_text(qtbot, window.detail_pane, related)
    assert window.current_event_id() == "sofa"
    assert opened_urls == [href for href, _ in web]


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://example.org/x"]
)
def test_clicking_a_rendered_link_of_another_kind_opens_nothing(
    qtbot: QtBot, window: MainWindow, opened_urls: list[str], href: str
) -> None:
    window.show()
    qtbot.waitExposed(window)
    pane = window.detail_pane
    # The pane never writes such a link (the test above); if one got in, clicking it must still do nothing.
    pane.setHtml(f'<p><a href="{html.escape(href)}">a link of another kind</a></p>')
    [(rendered, at)] = rendered_anchors(pane)
    assert rendered == href
    click_at_text(qtbot, pane, at)
    assert opened_urls == []
    assert pane.source().isEmpty()  # not followed inside the pane either
    assert pane.toPlainText() == "a link of another kind"
    assert "only http and https links are followed" in window.statusBar().currentMessage()
