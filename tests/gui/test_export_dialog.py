"""File → Export… and File → Print…: the choices, the preview, and what is written or printed."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.exporting import ExportKind
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.selection import DateRange
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.main_window import MainWindow

BUNDLED = bundled_timeline_path()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    assert win.open_file(BUNDLED)
    return win


def dialog_of(qtbot: QtBot, window: MainWindow, *, printing: bool = False) -> ExportDialog:
    dialog = window.export_dialog(printing=printing)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: ExportDialog, kind: ExportKind, suffix: str | None = None) -> None:
    dialog.kind_buttons[kind].setChecked(True)
    if suffix is not None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(suffix))
    dialog.refresh_preview()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_export_and_print_are_in_the_file_menu_once_a_timeline_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    empty = MainWindow(QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(empty)
    assert not empty.export_action.isEnabled()
    assert not empty.print_action.isEnabled()
    assert empty.export_dialog() is None
    assert empty.open_file(BUNDLED)
    assert empty.export_action.isEnabled()
    assert empty.print_action.isEnabled()
    file_menu = empty.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "&Export…" in texts
    assert "&Print…" in texts
    assert empty.print_action.shortcut().toString() == "Ctrl+P"


def test_the_preview_follows_the_choice(qtbot: QtBot, window: MainWindow) -> None:
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.PICTURE, "svg")
    assert dialog.preview.currentWidget() is dialog.picture_preview
    pixmap = dialog.picture_preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() > 300
    assert dialog.summary.text().startswith("Will write SVG drawing: the timeline picture — All 51 events")
    choose(dialog, ExportKind.PICTURE, "png")
    dialog.dpi_combo.setCurrentIndex(dialog.dpi_combo.findData(192))
    dialog.refresh_preview()
    assert "3200×" in dialog.picture_preview.toolTip(), "the PNG's size at 192 dpi: twice 1600 pixels wide"

    choose(dialog, ExportKind.EVENTS, "csv")
    assert dialog.preview.currentWidget() is dialog.text_preview
    preview = dialog.text_preview.toPlainText()
    assert preview.startswith("ID,Date (as in the file),")
    first = load_timeline(BUNDLED).timeline.events[0]
    assert first.title in preview
    assert "… and 39 more events" in preview

    choose(dialog, ExportKind.REPORT, "html")
    assert dialog.preview.currentWidget() is dialog.report_preview
    assert first.title in dialog.report_preview.toPlainText()
    assert "the preview shows the first 12 events" in dialog.summary.text()


def test_the_range_on_screen_and_the_current_filters_narrow_the_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.timeline_panel.canvas.set_range(*DateRange.parse("2021").days)
    window.search_field.setText("Kabul")
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.EVENTS, "csv")
    assert dialog.filters_check.isChecked()
    assert dialog.screen_button.text() == "The range on screen: 2021"
    assert "· matching “Kabul”" in dialog.summary.text()
    with_search = dialog.request().events()
    dialog.screen_button.setChecked(True)
    dialog.refresh_preview()
    in_2021 = dialog.request().events()
    assert "· 2021 ·" in dialog.summary.text()
    dialog.filters_check.setChecked(False)
    dialog.refresh_preview()
    everything_2021 = dialog.request().events()
    assert set(map(id, in_2021)) < set(map(id, with_search))
    assert set(map(id, in_2021)) < set(map(id, everything_2021))
    assert [e.id for e in everything_2021 if "kabul" not in e.title.casefold()]

    target = tmp_path / "kabul-2021.csv"
    dialog.filters_check.setChecked(True)
    assert dialog.export_to(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert [row["ID"] for row in rows] == [e.id for e in in_2021]
    assert dialog.message.startswith(f"Exported {target.name}: {len(rows)} events as a CSV spreadsheet")


def test_a_picture_exports_with_the_selected_event_and_a_suggested_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.select_event("fall-of-kabul-2021")
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.PICTURE, "svg")
    assert dialog.suggested_name().endswith(".svg")
    assert dialog.request().selected == "fall-of-kabul-2021"
    target = tmp_path / "picture.svg"
    assert dialog.export_to(target)
    texts = " ".join(t for element in ET.parse(target).iter() for t in (element.text,) if t)
    assert "Azerbaijan and NATO" in texts


def test_a_write_that_fails_says_why_and_keeps_the_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.EVENTS, "json")
    assert not dialog.export_to(tmp_path / "missing" / "events.json")
    assert dialog.summary.text().startswith(f"Could not write {tmp_path / 'missing' / 'events.json'}")


@pytest.mark.parametrize("kind", [ExportKind.PICTURE, ExportKind.REPORT])
def test_printing_to_a_pdf_file_goes_through_the_print_path(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: ExportKind
) -> None:
    window.timeline_panel.canvas.set_range(*DateRange.parse("2021").days)
    dialog = dialog_of(qtbot, window, printing=True)
    assert set(dialog.kind_buttons) == {ExportKind.PICTURE, ExportKind.REPORT}
    choose(dialog, kind)
    dialog.screen_button.setChecked(True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    dialog.print_to(printer)
    text = pdf_text(target)
    assert "The Taliban enter Kabul" in text
    # The range on screen: nothing of the 1990s is printed.
    assert "Partnership for Peace Framework Document" not in text


def test_enter_exports_straight_away(qtbot: QtBot, window: MainWindow) -> None:
    dialog = dialog_of(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.go_button
    assert dialog.go_button.isDefault()


def test_a_picture_too_small_to_draw_says_so_instead_of_exporting(qtbot: QtBot, window: MainWindow) -> None:
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.PICTURE, "png")
    dialog.height_spin.setValue(100)
    dialog.refresh_preview()
    assert dialog.summary.text().startswith("Cannot draw the picture: a picture of this timeline must be at least")
    assert not dialog.go_button.isEnabled()
    dialog.height_spin.setValue(0)
    dialog.refresh_preview()
    assert dialog.go_button.isEnabled()


def test_a_typed_file_name_decides_the_type_within_the_kind(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.EVENTS, "csv")
    assert dialog._with_suffix(tmp_path / "mine.json") == tmp_path / "mine.json"
    assert dialog.suffix() == "json"
    assert dialog._with_suffix(tmp_path / "mine.txt") == tmp_path / "mine.txt.json"
    assert dialog._with_suffix(tmp_path / "mine") == tmp_path / "mine.json"


def test_the_printer_is_set_for_what_is_printed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = dialog_of(qtbot, window, printing=True)
    choose(dialog, ExportKind.PICTURE)
    printer = dialog.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    choose(dialog, ExportKind.REPORT)
    assert dialog.printer().docName() == "Events and sources: Azerbaijan and NATO: a partnership, 1992–2021"


def test_paper_too_small_for_the_timeline_prints_a_page_that_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, window, printing=True)
    choose(dialog, ExportKind.PICTURE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A9))
    target = tmp_path / "a9.pdf"
    printer.setOutputFileName(str(target))
    dialog.print_to(printer)
    assert "cannot be printed on this paper" in pdf_text(target)


def test_a_picture_for_a_slide_can_leave_out_its_title_and_legend(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, window)
    choose(dialog, ExportKind.PICTURE, "svg")

    def texts_of(name: str) -> str:
        target = tmp_path / name
        assert dialog.export_to(target)
        # What is drawn: the <text> elements (the file's <title> and <desc> name the timeline too).
        return " ".join(e.text or "" for e in ET.parse(target).iter() if e.tag.endswith("}text"))

    full = texts_of("full.svg")
    assert "Azerbaijan and NATO" in full
    assert "Date known to the day" in full
    dialog.title_check.setChecked(False)
    dialog.legend_check.setChecked(False)
    bare = texts_of("bare.svg")
    assert "Azerbaijan and NATO" not in bare
    assert "Date known to the day" not in bare
    assert "Kosovo" in bare, "the lanes are still there"
