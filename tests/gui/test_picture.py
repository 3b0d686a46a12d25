"""The timeline as a picture: PNG, SVG and PDF files, and printed pages, drawn by the canvas's renderer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.columns import event_columns
from timeline_app.domain.dates import year_start
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.selection import DateRange, EventFilter, selected_events
from timeline_app.domain.timescale import ViewState
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.canvas.renderer import CanvasRenderer
from timeline_app.ui.canvas.scene import CanvasScene
from timeline_app.ui.canvas.style import SELECTION
from timeline_app.ui.picture import (
    PictureRequest,
    paint_pages,
    picture_range,
    picture_size,
    prepare_page_layout,
    render_image,
    write_pdf,
    write_png,
    write_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
YEAR_2021 = DateRange.parse("2021").days
FALL_OF_KABUL = "The Taliban enter Kabul"


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


def titles_in(timeline: Timeline, wanted: EventFilter) -> list[str]:
    return [event.title for event in selected_events(timeline, wanted)]


def svg_texts(path: Path) -> list[str]:
    """The text of every ``<text>`` element, as a reader of the file (or a screen reader) gets it."""
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def page_years(text: str) -> tuple[int, int]:
    """The years a printed page says it shows ("This page: 1994 – 1997")."""
    found = re.search(r"This page: (\d{4}) – (\d{4})", text)
    assert found is not None, text
    return int(found[1]), int(found[2])


def pdf_pages(path: Path) -> list[str]:
    # pypdf separates words with tabs. (No other clean-up: text copied from the PDF must read as typed.)
    return [page.extract_text().replace("\t", " ") for page in pypdf.PdfReader(path).pages]


# -- SVG --------------------------------------------------------------------------------------


def test_the_svg_holds_every_event_title_in_view_as_text(
    qapp: QApplication, timeline: Timeline, tmp_path: Path
) -> None:
    path = tmp_path / "2021.svg"
    size = write_svg(PictureRequest(timeline, days=YEAR_2021), path)

    texts = svg_texts(path)
    in_view = titles_in(timeline, EventFilter(window=YEAR_2021))
    assert FALL_OF_KABUL in in_view
    assert len(in_view) == 10
    # At a year's range on 1600 pixels every label is whole, each one a text element of its own.
    assert [title for title in in_view if title not in texts] == []
    assert "Saddam" not in " ".join(texts)  # nothing from outside the range
    root = ET.parse(path).getroot()
    assert root.findtext(f"{SVG}title") == timeline.title
    assert (size.width(), size.height()) == (1600, picture_size(PictureRequest(timeline, days=YEAR_2021)).height())
    # The title block says what the picture shows.
    assert timeline.title in texts
    assert "2021 · 10 of 51 events" in texts
    # The legend is shapes and text, not an embedded image.
    assert root.find(f".//{SVG}image") is None
    assert "Events too close to tell apart" in texts


def test_a_hidden_category_has_no_lane_in_the_svg(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    shown = frozenset(c.id for c in timeline.categories) - {"context"}
    path = tmp_path / "no-context.svg"
    write_svg(PictureRequest(timeline, EventFilter(categories=shown), days=YEAR_2021), path)

    texts = svg_texts(path)
    assert "Context" not in texts
    assert FALL_OF_KABUL not in texts  # a context event
    assert "Afghanistan" in texts
    assert "Stoltenberg thanks Azerbaijan for securing Kabul airport" in texts
    assert any(text.startswith("2021 · 7 of 51 events · categories: ") for text in texts)


def test_a_title_from_the_file_stays_text_in_the_svg(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    awkward = timeline.model_copy(update={"title": "NATO & <b>Azerbaijan</b>"})
    path = tmp_path / "awkward.svg"
    write_svg(PictureRequest(awkward, days=YEAR_2021), path)

    root = ET.parse(path).getroot()  # parses: the title was escaped, not taken as markup
    assert root.findtext(f"{SVG}title") == "NATO & <b>Azerbaijan</b>"
    assert "NATO & <b>Azerbaijan</b>" in svg_texts(path)


# -- the range and the size ---------------------------------------------------------------------


def test_the_whole_timeline_is_what_fit_all_shows_on_the_canvas(
    qtbot: QtBot, timeline: Timeline, tmp_path: Path
) -> None:
    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.animation_ms = 0
    canvas.set_models(proxy, QItemSelectionModel(proxy))
    canvas.fit_all()

    state = canvas.view_state
    assert picture_range(PictureRequest(timeline)) == (state.start, state.end)
    # A window in the filter is the range when none is given.
    assert picture_range(PictureRequest(timeline, EventFilter(window=YEAR_2021))) == YEAR_2021
    path = tmp_path / "whole.svg"
    write_svg(PictureRequest(timeline), path)
    assert "1991 – 2024, the whole timeline · All 51 events" in svg_texts(path)


def test_without_a_height_the_picture_holds_every_lane(qapp: QApplication, timeline: Timeline) -> None:
    every_lane = picture_size(PictureRequest(timeline))
    fewer = picture_size(PictureRequest(timeline, EventFilter(categories=frozenset({"kosovo", "iraq"}))))
    assert fewer.width() == every_lane.width() == 1600
    assert fewer.height() < every_lane.height()
    assert picture_size(PictureRequest(timeline, width=900, height=500)).toTuple() == (900, 500)
    with pytest.raises(ValueError, match="no event with the id 'no-such-event'"):
        picture_size(PictureRequest(timeline, selected="no-such-event"))


# -- PNG --------------------------------------------------------------------------------------


def test_the_png_has_the_pixels_asked_for_and_records_its_dpi(
    qapp: QApplication, timeline: Timeline, tmp_path: Path
) -> None:
    request = PictureRequest(timeline, days=YEAR_2021, width=1200, height=700)
    path = tmp_path / "2021.png"
    assert write_png(request, path).toTuple() == (1200, 700)
    image = QImage(str(path))
    assert image.size().toTuple() == (1200, 700)
    assert round(image.dotsPerMeterX() * 0.0254) == 96

    at_300_dpi = tmp_path / "2021-300dpi.png"
    assert write_png(request, at_300_dpi, scale=300 / 96).toTuple() == (3750, 2188)
    image = QImage(str(at_300_dpi))
    assert image.size().toTuple() == (3750, 2188)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert render_image(request, scale=2).size().toTuple() == (2400, 1400)


def _selection_coloured_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - SELECTION.red()) < 12
                and abs(colour.green() - SELECTION.green()) < 12
                and abs(colour.blue() - SELECTION.blue()) < 12
            ):
                count += 1
    return count


def test_a_selected_event_is_drawn_selected(qapp: QApplication, timeline: Timeline) -> None:
    plain = render_image(PictureRequest(timeline, days=YEAR_2021, width=1000))
    selected = render_image(PictureRequest(timeline, days=YEAR_2021, width=1000, selected="fall-of-kabul-2021"))
    assert plain.size() == selected.size()
    # The selection's blue label pill and ring, as on screen; nothing of that blue without them.
    assert _selection_coloured_pixels(plain) < 10
    assert _selection_coloured_pixels(selected) > 300


# -- PDF and printing ------------------------------------------------------------------------------


def test_the_pdf_holds_the_titles_as_text(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    path = tmp_path / "kabul.pdf"
    pages = write_pdf(PictureRequest(timeline, EventFilter(search="kabul"), days=YEAR_2021), path)

    assert pages == 1
    (text,) = pdf_pages(path)
    for title in titles_in(timeline, EventFilter(search="kabul", window=YEAR_2021)):
        assert title in text
    assert "Peacekeepers return to Baku" not in text  # in 2021, but no match for "kabul"
    assert "2021 · 6 of 51 events · matching “kabul”" in text
    page = pypdf.PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_a_long_range_spans_pages_each_with_its_axis(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    path = tmp_path / "whole.pdf"
    count = write_pdf(PictureRequest(timeline), path)

    texts = pdf_pages(path)
    assert count == len(texts) >= 4
    covered: list[int] = []
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
        assert timeline.title in text
        first, last = page_years(text)
        lines = text.splitlines()
        # The axis is on every page: each of the page's years is labelled on it.
        assert [year for year in range(first, last + 1) if str(year) not in lines] == []
        covered.extend(range(first, last + 1))
    # Side by side in time: the pages follow on, and together hold every event.
    assert covered == list(range(covered[0], covered[-1] + 1))
    every_title = "\n".join(texts)
    assert FALL_OF_KABUL in every_title
    assert "NATO's North Atlantic Cooperation Council meets for the first time" in every_title  # no "ﬁ" ligature
    # Enough pages for the zoom the lanes were stacked for: all but a few long titles in crowded
    # years are printed whole (on one page, fewer than half would be).
    whole = [event.title for event in timeline.events if event.title in every_title]
    assert len(whole) >= 0.85 * len(timeline.events)


def test_printing_to_a_pdf_file_gives_the_same_pages(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    request = PictureRequest(timeline, days=DateRange.parse("2001..2010").days)
    written = tmp_path / "written.pdf"
    printed = tmp_path / "printed.pdf"
    count = write_pdf(request, written)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    prepare_page_layout(printer)
    assert paint_pages(request, printer) == count > 1

    assert pdf_pages(printed) == pdf_pages(written)
    assert "Azerbaijani company deploys to Iraq to guard the Haditha Dam" in "\n".join(pdf_pages(printed))


def test_pages_can_be_asked_for(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    assert write_pdf(PictureRequest(timeline, days=DateRange.parse("1992..2021").days), path, pages=3) == 3
    assert [page_years(text) for text in pdf_pages(path)] == [(1992, 2001), (2002, 2011), (2012, 2021)]


def test_a_page_labels_only_its_own_events(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    path = tmp_path / "whole.pdf"
    write_pdf(PictureRequest(timeline), path)

    columns = event_columns(timeline)
    days = {event_id: (columns.starts[row], columns.ends[row]) for row, event_id in enumerate(columns.ids)}
    for text in pdf_pages(path):
        first_year, last_year = page_years(text)
        first, last = year_start(first_year), year_start(last_year + 1)
        labelled = [event for event in timeline.events if event.title in text]
        assert labelled

        strays = [event.title for event in labelled if not _on_page(days[event.id], first, last)]
        assert strays == [], (first_year, last_year)


def _on_page(event_days: tuple[float, float], first: float, last: float) -> bool:
    start, end = event_days
    # A dot of a day just off the page still pokes into it (and keeps its label); a year-long
    # band ending where the page starts is not on it, nor is its label.
    reach = 7.0 if end - start <= 1 else 0.0
    return start < last + reach and end > first - reach


def test_soft_bands_print_translucent(qapp: QApplication, timeline: Timeline, tmp_path: Path) -> None:
    # Qt writes a gradient's transparency to PDF as a soft mask that readers draw fully opaque:
    # a month or year band would print as a solid bar hiding its label. Printed bands are opaque
    # gradients that look like the translucent ones, so the file has no such masks.
    path = tmp_path / "2001-2004.pdf"
    write_pdf(PictureRequest(timeline, days=DateRange.parse("2001..2004").days), path)

    masks = []
    for page in pypdf.PdfReader(path).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        states = resources.get("/ExtGState", pypdf.generic.DictionaryObject()).get_object()
        for name, state in states.items():
            mask = state.get_object().get("/SMask")
            if mask is not None and mask != "/None":
                masks.append(name)
    assert masks == []


def test_a_label_on_a_disputed_dates_line_is_not_struck_through(qapp: QApplication, timeline: Timeline) -> None:
    # 1994-1997: the SOFA's first date (1996) is in view, its second (1998) is not, so its
    # label sits on the dashed line running on to it. The line stops under the label.
    columns = event_columns(timeline)
    order = columns.chronological_order()
    columns = columns if order is None else columns.reordered(order)
    scene = CanvasScene(timeline, columns)
    renderer = CanvasRenderer(QFont("DejaVu Sans", 9))
    first, last = DateRange.parse("1994..1997").days
    image = QImage(1200, 700, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    hits = renderer.paint(painter, 1200, 700, ViewState(first, last), scene)
    painter.end()

    row = columns.ids.index("pfp-sofa")
    label = next(hit.label for hit in hits.items if hit.event == row and hit.label is not None)
    y = round(label.center().y())
    line_under_label = [
        x for x in range(round(label.left()) - 2, round(label.right())) if _dash_blue(image.pixelColor(x, y))
    ]
    assert line_under_label == []
    # The line itself is still drawn, on past the label to the later date.
    assert any(_dash_blue(image.pixelColor(x, y)) for x in range(round(label.right()) + 4, 1200))


def _dash_blue(colour: QColor) -> bool:
    """A pixel of the Diplomacy lane's dashed line (#0072B2), not of the pale band under it or of grey text."""
    return colour.blue() - colour.red() > 100
