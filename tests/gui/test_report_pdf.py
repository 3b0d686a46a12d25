"""The events-and-sources report on paper: a PDF file, and the same pages through any printer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import msgspec
import pypdf
import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument, QTextFormat
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.report import report_html
from timeline_app.domain.selection import DateRange, EventFilter, selected_events
from timeline_app.domain.wording import date_in_words
from timeline_app.ui import report_pdf
from timeline_app.ui.report_pdf import PDF_RESOLUTION, print_report, report_document, write_report_pdf

TITLE = "Events and sources: Azerbaijan and NATO"
RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


@pytest.fixture(scope="module")
def html(bundled: Timeline) -> str:
    events = selected_events(bundled)
    return report_html(bundled, events, scope=f"All {len(events)} events")


def squeezed(text: str) -> str:
    """Text without white space: pypdf breaks lines, and sometimes words, where Qt starts a new run of text
    (a first letter after a link target, a comma after bold), so only the characters are compared."""
    return re.sub(r"\s+", "", text)


def text_on_the_page(page: pypdf.PageObject) -> str:
    """The page's text, checking that every run of it starts on the page: text painted off the page
    (a page drawn at the wrong offset) would still be extracted."""
    width, height = (float(v) for v in page.mediabox.upper_right)
    outside: list[str] = []

    def where(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and not (0 <= x < width and 0 <= y < height):
            outside.append(text)

    text = page.extract_text(visitor_text=where)
    assert not outside, "text off the page"
    return text


def pages_text(path: Path, footer_title: str) -> list[str]:
    """Each page's text without its footer, so a paragraph running on to the next page reads on."""
    reader = pypdf.PdfReader(path)
    texts = []
    for number, page in enumerate(reader.pages, start=1):
        text = squeezed(text_on_the_page(page))
        footer = squeezed(f"{footer_title} page {number} of {len(reader.pages)}")
        assert text.endswith(footer), f"page {number} ends with its footer"
        texts.append(text.removesuffix(footer))
    return texts


@pytest.fixture(scope="module")
def exported(qapp: QApplication, html: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The whole bundled timeline's report as a PDF file, and the page count the writer gave."""
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    return path, write_report_pdf(html, path, title=TITLE)


@pytest.fixture(scope="module")
def exported_pages(exported: tuple[Path, int]) -> list[str]:
    return pages_text(exported[0], TITLE)


def test_the_pdf_holds_every_event_and_quote_as_text(
    bundled: Timeline, exported: tuple[Path, int], exported_pages: list[str]
) -> None:
    path, pages = exported
    reader = pypdf.PdfReader(path)
    assert pages == len(reader.pages) > 1
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842), "A4 portrait, in points"
    text = " ".join(exported_pages)
    assert not {"ﬁ", "ﬂ", "ﬀ"} & set(text), "no ligatures: a search for 'unverified' finds it"
    for event in bundled.events:
        # The heading of the event's own section: the contents give the date before the title.
        assert squeezed(f"{event.title} {date_in_words(event.date)}") in text
    for quote in bundled.quotes:
        assert f"“{squeezed(quote.text)}”" in text
    unverified = [q for q in bundled.quotes if not q.verified]
    assert unverified
    for quote in unverified:
        assert squeezed(f"⚠ Unverified. {quote.note}") in text


def test_no_page_ends_with_an_event_heading_cut_off_from_it(bundled: Timeline, exported_pages: list[str]) -> None:
    pages = exported_pages
    for event in bundled.events:
        heading = squeezed(f"{event.title} {date_in_words(event.date)}")
        page = next(text for text in pages if heading in text)
        after = page[page.index(heading) + len(heading) :]
        assert len(after) > 100, f"{event.title!r} starts at the foot of a page"


def test_links_lead_to_the_sources_and_to_their_places_in_the_report(
    bundled: Timeline, exported: tuple[Path, int]
) -> None:
    reader = pypdf.PdfReader(exported[0])
    web: set[str] = set()
    internal: set[str] = set()
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if "/Dest" in link:
                internal.add(str(link["/Dest"]))
            else:
                web.add(str(link["/A"].get_object()["/URI"]))
    assert {s.url for s in bundled.sources if s.url} <= web, "exactly the URLs, '&' and all"
    assert all(url.startswith(("http://", "https://")) for url in web)
    destinations = reader.named_destinations
    assert internal <= set(destinations), "every link within the report has somewhere to go"
    assert {f"event-{e.id}" for e in bundled.events} <= internal, "the contents link to every event"
    for event in bundled.events[::10]:
        number = reader.get_destination_page_number(destinations[f"event-{event.id}"])
        assert number is not None
        assert squeezed(event.title) in squeezed(reader.pages[number].extract_text())


@pytest.fixture(scope="module")
def html_2021(bundled: Timeline) -> str:
    events = selected_events(bundled, EventFilter(window=DateRange.parse("2021..2021").days))
    return report_html(bundled, events, scope="Events of 2021")


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_to_a_pdf_file_gives_the_same_pages(qapp: QApplication, html_2021: str, tmp_path: Path) -> None:
    exported = tmp_path / "exported.pdf"
    pages = write_report_pdf(html_2021, exported, title=TITLE)
    assert pages > 1
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed)
    printer.setResolution(PDF_RESOLUTION)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(TITLE)
    print_report(html_2021, printer)
    assert len(pypdf.PdfReader(printed).pages) == pages
    assert pages_text(printed, TITLE) == pages_text(exported, TITLE)


def test_a_printer_with_another_paper_size_gets_the_whole_report(
    qapp: QApplication, bundled: Timeline, html_2021: str, tmp_path: Path
) -> None:
    printed = tmp_path / "letter.pdf"
    printer = pdf_printer(printed)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    print_report(html_2021, printer)
    reader = pypdf.PdfReader(printed)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)
    # Without a document name the footer gives the report's own title.
    title = report_document(html_2021).metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    assert title == f"Events and sources: {bundled.title}"
    text = " ".join(pages_text(printed, title))
    for event in selected_events(bundled, EventFilter(window=DateRange.parse("2021..2021").days)):
        assert squeezed(f"{event.title} {date_in_words(event.date)}") in text


def test_the_qt_document_reads_the_report_as_text(qapp: QApplication, bundled: Timeline, html: str) -> None:
    document = report_document(html)
    text = document.toPlainText()
    assert (
        document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == f"Events and sources: {bundled.title}"
    )
    for event in bundled.events:
        assert f"{event.title}\n{date_in_words(event.date)}" in text
    assert "{" not in text, "the style sheet is read as style, not shown"


def test_a_folder_that_does_not_exist_is_an_error_and_leaves_nothing(
    qapp: QApplication, html: str, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        write_report_pdf(html, tmp_path / "missing" / "report.pdf", title=TITLE)
    assert list(tmp_path.iterdir()) == []


def test_qt_shows_text_from_the_file_as_written_and_links_to_exact_addresses(qapp: QApplication) -> None:
    markup = "<b>bold</b> &amp; <i>"
    url = "https://example.org/page?a=1&b=<2>"
    data = {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": f"Title {markup}",
        "view": {"start": "1990", "end": "2000"},
        "categories": [{"id": "c", "label": "Label", "colour": "#1f77b4"}],
        "sources": [{"id": "s", "kind": "news_report", "title": f"Source {markup}", "url": url}],
        "events": [
            {
                "id": "e",
                "title": f"Event {markup}",
                "summary": f"Summary {markup}",
                "date": "1995",
                "category": "c",
                "citations": [{"source": "s"}],
                "confidence": {"level": "high"},
            }
        ],
    }
    timeline = read_timeline(json.dumps(data).encode(), "markup.timeline.json").timeline
    document = report_document(report_html(timeline, timeline.events, scope=f"Scope {markup}"))
    text = document.toPlainText()
    for prefix in ("Title", "Scope", "Event", "Summary", "Source"):
        assert f"{prefix} {markup}" in text
    hrefs = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            hrefs.add(fragments.fragment().charFormat().anchorHref())
            fragments += 1
        block = block.next()
    assert url in hrefs


def test_a_long_report_keeps_its_headings_with_their_text_too(qapp: QApplication, bundled: Timeline) -> None:
    # Five copies of every event: past the size where breaks are reckoned in passes, not placed one at a time.
    events = [
        msgspec.structs.replace(event, id=f"{event.id}-{copy}", related=())
        for copy in range(5)
        for event in bundled.events
    ]
    timeline = bundled.model_copy(update={"events": events})
    document = report_document(report_html(timeline, selected_events(timeline), scope="Five copies"))
    assert document.blockCount() > report_pdf._EXACT_UP_TO_BLOCKS
    page_height = 1000.0
    document.setPageSize(QSizeF(700, page_height))
    report_pdf._keep_headings_with_their_text(document, page_height)
    layout = document.documentLayout()
    stranded = []
    block = document.begin()
    while block.isValid():
        room = report_pdf._ROOM_BELOW_HEADING.get(block.blockFormat().headingLevel())
        if room is not None:
            # An event's title comes with the rule above it: the room is counted from the rule.
            rule = block.previous()
            start = rule if rule.isValid() and rule.blockFormat().hasProperty(RULE) else block
            offset = layout.blockBoundingRect(start).top() % page_height
            if page_height - offset < room:
                stranded.append((block.text(), round(offset)))
        block = block.next()
    assert stranded == []
