"""Light and dark, as a reader switches them: the canvas, overview, pane and widgets follow, pictures too, paper not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.exporting import ExportKind, ExportRequest
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.selection import DateRange
from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.exports import write_export
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.picture import PictureRequest, write_pdf
from timeline_app.ui.theme import DARK, LIGHT, SETTINGS_KEY, ThemeMode, current_theme, theme_manager

EVENT = "pfp-framework-1994"


@pytest.fixture(autouse=True)
def back_to_the_system_theme(qapp: QApplication) -> Iterator[None]:
    """The theme is the application's: leave it following the (offscreen, light) system for the next test."""
    yield
    theme_manager().set_mode(ThemeMode.SYSTEM)
    assert current_theme() is LIGHT


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.timeline_panel.canvas.animation_ms = 0
    window.resize(1400, 850)
    assert window.open_file(bundled_timeline_path(), restore_view=False)
    assert window.select_event(EVENT)
    window.show()
    qtbot.waitExposed(window)
    return window


def theme_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "theme_menu")
    assert isinstance(menu, QMenu)
    return menu


def choose(window: MainWindow, text: str) -> None:
    """Click View → Theme → ``text``, as a reader would."""
    action = next(a for a in theme_menu(window).actions() if a.text().replace("&", "") == text)
    action.trigger()


def lightness(colour: QColor) -> float:
    return colour.lightnessF()


def canvas_background(window: MainWindow) -> QColor:
    """A pixel of the canvas's plot where nothing is drawn: low in the last lane, left of the first periods."""
    canvas = window.timeline_panel.canvas
    image = canvas.grab().toImage()
    return image.pixelColor(QPoint(200, canvas.height() - 4))


def pane_summary_colour(window: MainWindow) -> QColor:
    """The colour the pane's summary text is set in."""
    document = window.detail_pane.document()
    shown = window.detail_pane.event_document
    assert shown is not None
    assert shown.event.summary
    cursor = document.find(shown.event.summary[:30])
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    return cursor.charFormat().foreground().color()


def test_choosing_dark_repaints_canvas_overview_and_pane_at_once(qtbot: QtBot, settings: QSettings) -> None:
    window = open_window(qtbot, settings)
    assert lightness(canvas_background(window)) > 0.9
    assert lightness(pane_summary_colour(window)) < 0.3
    overview = window.timeline_panel.overview
    before = overview.grab().toImage().pixelColor(QPoint(overview.width() - 6, overview.height() // 2))

    choose(window, "Dark")

    assert current_theme() is DARK
    assert canvas_background(window).name() == DARK.background.name()
    assert pane_summary_colour(window).name() == DARK.pane.text
    after = overview.grab().toImage().pixelColor(QPoint(overview.width() - 6, overview.height() // 2))
    assert lightness(after) < lightness(before) - 0.4
    # Qt's own widgets are dark too (the Fusion style offscreen ignores the colour-scheme hint: our palette).
    palette = QGuiApplication.palette()
    assert lightness(palette.color(QPalette.ColorRole.Base)) < 0.2
    assert lightness(palette.color(QPalette.ColorRole.Text)) > 0.8

    def list_is_dark() -> bool:  # widgets take a new application palette as its events are delivered
        return lightness(window.event_list.viewport().grab().toImage().pixelColor(QPoint(5, 200))) < 0.3

    qtbot.waitUntil(list_is_dark, timeout=2000)

    choose(window, "Light")
    assert canvas_background(window).name() == LIGHT.background.name()
    assert lightness(pane_summary_colour(window)) < 0.3


def test_following_the_system_switches_live_and_an_override_ignores_it(qtbot: QtBot, settings: QSettings) -> None:
    window = open_window(qtbot, settings)
    hints = QGuiApplication.styleHints()
    assert theme_manager().mode is ThemeMode.SYSTEM

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turned dark
    assert current_theme() is DARK
    assert canvas_background(window).name() == DARK.background.name()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current_theme() is LIGHT
    assert lightness(canvas_background(window)) > 0.9

    choose(window, "Light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is LIGHT, "the reader chose Light: the system's change does not apply"


def test_the_choice_is_exclusive_and_remembered_for_the_next_window(qtbot: QtBot, settings: QSettings) -> None:
    first = open_window(qtbot, settings)
    choose(first, "Dark")
    checked = [a.text().replace("&", "") for a in theme_menu(first).actions() if a.isChecked()]
    assert checked == ["Dark"]
    first.close()
    theme_manager().set_mode(ThemeMode.SYSTEM)  # as a new run starts: following the system
    assert current_theme() is LIGHT

    second = open_window(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert theme_manager().mode is ThemeMode.DARK
    assert [a.text().replace("&", "") for a in theme_menu(second).actions() if a.isChecked()] == ["Dark"]
    assert canvas_background(second).name() == DARK.background.name()


def test_a_bad_remembered_theme_follows_the_system(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(SETTINGS_KEY, "purple")
    window = open_window(qtbot, settings)
    assert theme_manager().mode is ThemeMode.SYSTEM
    assert [a.text().replace("&", "") for a in theme_menu(window).actions() if a.isChecked()] == ["System"]


def _request(suffix: str) -> ExportRequest:
    timeline = load_timeline(bundled_timeline_path()).timeline
    return ExportRequest(
        timeline, ExportKind.PICTURE, suffix, range=DateRange.parse("2001..2010"), width=1000, selected=EVENT
    )


def _pdf_colours(path: Path) -> set[str]:
    """Every colour the PDF's pages fill or stroke with (``r g b scn``, ``rg`` and their stroking forms), as #rrggbb."""
    reader = pypdf.PdfReader(path)
    colours: set[str] = set()
    for page in reader.pages:
        contents = page.get_contents()
        assert contents is not None
        for match in _PDF_COLOUR.finditer(contents.get_data().decode("latin-1")):
            colours.add(QColor.fromRgbF(*(float(c) for c in match.groups()[:3])).name())
    return colours


_PDF_COLOUR = re.compile(r"([\d.]+) ([\d.]+) ([\d.]+) (scn|SCN|rg|RG)\b")


def test_pictures_take_the_current_theme_and_pdfs_stay_light(qtbot: QtBot, tmp_path: Path) -> None:
    theme_manager().set_mode(ThemeMode.DARK)

    png = tmp_path / "dark.png"
    write_export(_request("png"), png)
    image = QImage(str(png))
    assert image.pixelColor(QPoint(4, 4)).name() == DARK.background.name()

    pdf = tmp_path / "paper.pdf"
    write_export(_request("pdf"), pdf)
    colours = _pdf_colours(pdf)
    assert {DARK.background.name(), DARK.gutter_background.name(), DARK.text.name()}.isdisjoint(colours)
    assert {LIGHT.gutter_background.name(), LIGHT.text.name()} <= colours

    # Printing goes through the same pages: light, whatever the picture asked.
    timeline = load_timeline(bundled_timeline_path()).timeline
    asked_dark = tmp_path / "asked-dark.pdf"
    write_pdf(PictureRequest(timeline, days=DateRange.parse("2003").days, theme=DARK), asked_dark)
    colours = _pdf_colours(asked_dark)
    assert {DARK.background.name(), DARK.gutter_background.name(), DARK.text.name()}.isdisjoint(colours)
    assert {LIGHT.gutter_background.name(), LIGHT.text.name()} <= colours

    theme_manager().set_mode(ThemeMode.LIGHT)
    write_export(_request("png"), png)
    assert QImage(str(png)).pixelColor(QPoint(4, 4)).name() == LIGHT.background.name()


def test_a_screenshot_asked_dark_is_dark(tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = ["--theme", "dark", "--screenshot", str(out), "--size", "1280x800", "--event", EVENT]
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    dark = sum(
        1
        for x in range(0, image.width(), 16)
        for y in range(0, image.height(), 16)
        if image.pixelColor(x, y).lightnessF() < 0.25
    )
    total = len(range(0, image.width(), 16)) * len(range(0, image.height(), 16))
    assert dark > 0.7 * total, f"only {dark} of {total} sampled pixels are dark"


def test_the_lists_swatches_and_the_category_buttons_take_the_themes_version_of_each_colour(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = open_window(qtbot, settings)
    timeline = window.model.timeline
    assert timeline is not None
    # A colour that reads on white but not on the dark page: the dark theme lightens it.
    adjusted = [c for c in timeline.categories if DARK.category(c.colour).rgb() != LIGHT.category(c.colour).rgb()]
    assert adjusted, "the bundled file has a colour each theme draws differently"
    category = adjusted[0]
    row = next(
        r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data(EventRole.CATEGORY_ID) == category.id
    )

    def swatch() -> QColor:
        value = window.proxy.index(row, Column.CATEGORY).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(value, QColor)
        return value

    def button_colour() -> QColor:
        image = window.category_buttons[category.id].icon().pixmap(12, 12).toImage()
        return image.pixelColor(6, 6)

    choose(window, "Light")
    assert swatch().rgb() == LIGHT.category(category.colour).rgb()
    assert button_colour().rgb() == LIGHT.category(category.colour).rgb()
    choose(window, "Dark")
    assert swatch().rgb() == DARK.category(category.colour).rgb()
    assert button_colour().rgb() == DARK.category(category.colour).rgb()
