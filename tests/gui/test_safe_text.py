"""Text from a file is text everywhere: markup, image tags, script and file links show as typed, and nothing loads.

Every text field of a timeline holds one payload at a time (``<b>``, ``<img src=file:…>``,
``<img src=http:…>``, ``<a href=javascript:…>``, ``file:``, ``data:``), prefixed by the field's
name so each field can be found: the detail pane, the event list, the canvas's labels and
tooltips, the category buttons, the problems dialog, the About box, the window title and every
export must show exactly that text, load no image and open nothing.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from typing_extensions import override

from timeline_app.domain.exporting import ExportKind
from timeline_app.export_command import EXIT_OK, export
from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

PAYLOADS = [
    "<b>bold</b>",
    '<img src="file:///etc/passwd">',
    '<img src="http://example.invalid/x.png">',
    '<a href="javascript:alert(1)">x</a>',
    "file:///etc/passwd",
    "data:text/html,<b>x</b>",
]
PAYLOAD_IDS = ["bold", "img-file", "img-http", "a-javascript", "file-url", "data-url"]
SOURCE_URL = 'https://example.invalid/a?q="><b>bold</b>'
"""A valid web address that closes an attribute and opens a tag if it is not escaped."""
BAD_FILE_NAME = "<img src=x.png> & <b>co.timeline.json"
"""A file name that is markup too (a name cannot hold a ``/``, so no closing tags)."""
PANE_SCHEMES = {"http", "https", "event", "copy-citation"}
"""The links the detail pane writes: the web, a related event, copying a citation."""

PANE_FIELDS = {
    "main": [
        "event title",
        "event summary",
        "event location",
        "category label",
        "key figure label",
        "key figure value",
        "key figure note",
        "quote text",
        "quote occasion",
        "second quote text",
        "quote role",
        "quote note",
        "person name",
        "person role",
        "confidence note",
        "claim text",
        "claim note",
        "claim excerpt",
        "claim locator",
        "citation excerpt",
        "citation locator",
        "source title",
        "source publisher",
        "source author",
        "source note",
        "related title",
    ],
    "contested": ["related title", "contested summary", "alternative note", "contested note", "category label"],
}
"""What the pane shows of each event; the timeline's own texts, category descriptions, person notes
and periods are not part of an event's page (the About box, the canvas and the exports show them)."""

REPORT_FIELDS = [
    *{f for fields in PANE_FIELDS.values() for f in fields},
    "timeline title",
    "timeline description",
    "licence",
    "credits",
]
JSON_FIELDS = [
    *REPORT_FIELDS,
    "timeline language",
    "category description",
    "person note",
    "source language",
    "period label",
    "period note",
    "period excerpt",
]


def field(name: str, payload: str) -> str:
    """The text a field holds: its name, to find it by, then the payload."""
    return f"[{name}] {payload}"


def payload_timeline(payload: str) -> dict[str, Any]:
    """A valid timeline whose every text field (see ``domain/model.py``) holds ``payload``."""

    def f(name: str) -> str:
        return field(name, payload)

    return {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": f("timeline title"),
        "description": f("timeline description"),
        "language": f("timeline language"),
        "license": f("licence"),
        "credits": f("credits"),
        "view": {"start": "1990", "end": "2030"},
        "categories": [
            {"id": "cat", "label": f("category label"), "colour": "#1f77b4", "description": f("category description")}
        ],
        "people": [{"id": "speaker", "name": f("person name"), "role": f("person role"), "note": f("person note")}],
        "sources": [
            {
                "id": "src",
                "kind": "news_report",
                "title": f("source title"),
                "publisher": f("source publisher"),
                "author": f("source author"),
                "url": SOURCE_URL,
                "archived_url": "https://archive.example.invalid/a",
                "language": f("source language"),
                "note": f("source note"),
            }
        ],
        "quotes": [
            {
                "id": "said",
                "text": f("quote text"),
                "speaker": "speaker",
                "occasion": f("quote occasion"),
                "source": "src",
            },
            {
                "id": "unchecked",
                "text": f("second quote text"),
                "speaker": "speaker",
                "source": "src",
                "role": f("quote role"),
                "verified": False,
                "note": f("quote note"),
            },
        ],
        "events": [
            {
                "id": "main",
                "title": f("event title"),
                "summary": f("event summary"),
                "date": "2000-01-01",
                "category": "cat",
                "location": f("event location"),
                "key_figures": [
                    {"label": f("key figure label"), "value": f("key figure value"), "note": f("key figure note")}
                ],
                "citations": [{"source": "src", "excerpt": f("citation excerpt"), "locator": f("citation locator")}],
                "quotes": ["said", "unchecked"],
                "claims": [
                    {
                        "text": f("claim text"),
                        "status": "unverified",
                        "note": f("claim note"),
                        "citations": [{"source": "src", "excerpt": f("claim excerpt"), "locator": f("claim locator")}],
                    }
                ],
                "confidence": {"level": "high", "status": "corroborated", "note": f("confidence note")},
                "related": ["contested"],
            },
            {
                "id": "contested",
                "title": f("related title"),
                "summary": f("contested summary"),
                "date": {
                    "alternatives": [
                        {"on": "1991", "sources": ["src"], "note": f("alternative note")},
                        {"on": "1991-05-04", "sources": ["src"]},
                    ],
                    "note": f("contested note"),
                },
                "category": "cat",
                "citations": [{"source": "src"}],
                "confidence": {"level": "low", "status": "contradicted"},
            },
        ],
        "periods": [
            {
                "id": "period",
                "label": f("period label"),
                "start": "2008",
                "end": "2028",
                "note": f("period note"),
                "citations": [{"source": "src", "excerpt": f("period excerpt")}],
            }
        ],
    }


# -- what Qt shows, and whether it loads or links anything -------------------------------------------


def images_and_links(document: QTextDocument) -> tuple[int, list[str]]:
    """How many images ``document`` holds (an ``<img>`` Qt took as a tag) and the targets of its links."""
    images = 0
    links: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat() or char_format.objectType() != QTextFormat.ObjectTypes.NoObject:
                images += 1
            if char_format.isAnchor() and char_format.anchorHref():
                links.append(char_format.anchorHref())
            iterator += 1
        block = block.next()
    return images, links


def unshown(text: str, names: list[str], payload: str) -> list[str]:
    """The fields of ``names`` that ``text`` does not show, each time it shows them, as typed.

    Every place a field's name appears must be followed by the payload as typed: a field shown
    as typed in one place and as markup in another is not shown as typed.
    """
    return [
        name
        for name in names
        if text.count(field(name, payload)) != text.count(f"[{name}] ") or field(name, payload) not in text
    ]


def shown_text(text: str) -> str:
    """What a label or tooltip holding ``text`` shows: Qt reads text that looks like HTML as HTML.

    Fails if what it shows holds an image or a link: text from a file must bring neither.
    """
    if not QtGui.Qt.mightBeRichText(text):  # QtGui's, not QtCore's Qt, holds it
        return text
    document = QTextDocument()
    document.setHtml(text)
    assert images_and_links(document) == (0, []), f"{text!r} shows an image or a link"
    return document.toPlainText()


def drawn_texts(widget: QWidget) -> list[str]:
    """Every string ``widget`` draws, as its paint event draws it (recorded as SVG text)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    painter = QPainter(generator)
    widget.render(painter, QPoint())
    painter.end()
    root = ET.fromstring(bytes(data.data()))
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def drawn_from(drawn: list[str], start: str, literal: str) -> str:
    """The text drawn from the string beginning ``start`` on, its wrapped lines joined, without an ellipsis.

    Lines are followed as long as they continue ``literal``, which is what the text should be.
    """
    number = next((n for n, text in enumerate(drawn) if text.startswith(start)), None)
    assert number is not None, f"nothing drawn starts with {start}: {drawn}"
    shown = drawn[number]
    for line in drawn[number + 1 :]:
        if not literal.startswith(f"{shown} {line.removesuffix('…')}"):
            break
        shown = f"{shown} {line}"
    return shown.removesuffix("…")


class _HtmlParts(HTMLParser):
    """The tags, link targets and text of an HTML page, as a browser parses it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.links: list[str] = []
        self.sources: list[str] = []
        self.texts: list[str] = []
        self.feed(page)
        self.close()

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name == "href" and value is not None:
                self.links.append(value)
            if name in ("src", "srcset", "data", "background", "poster") and value is not None:
                self.sources.append(value)

    @override
    def handle_data(self, data: str) -> None:
        self.texts.append(data)


# -- fixtures ------------------------------------------------------------------------------------------


@pytest.fixture(params=PAYLOADS, ids=PAYLOAD_IDS)
def payload(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def payload_file(tmp_path: Path, payload: str) -> Path:
    path = tmp_path / "payload.timeline.json"
    path.write_text(json.dumps(payload_timeline(payload), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every URL handed to the system to open; none may be, unless a test clicks a web link."""
    calls: list[str] = []

    def open_url(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    yield calls
    assert calls == [], f"opened {calls}"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, payload_file: Path, opened_urls: list[str]) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    # Wide enough that the canvas, beside the detail pane, draws the longest payload's labels whole.
    win.resize(1800, 850)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(payload_file)
    return win


# -- the window ------------------------------------------------------------------------------------------


def test_the_detail_pane_shows_every_field_as_typed_and_loads_nothing(window: MainWindow, payload: str) -> None:
    for event_id, fields in PANE_FIELDS.items():
        assert window.select_event(event_id)
        document = window.detail_pane.document()
        text = document.toPlainText()
        assert unshown(text, fields, payload) == [], f"{event_id}: not shown as typed"
        images, links = images_and_links(document)
        assert images == 0
        assert {QUrl(link).scheme() for link in links} <= PANE_SCHEMES, links
        if event_id == "main":
            assert SOURCE_URL in text
            assert SOURCE_URL in links  # the address is the link's whole target, not cut short by its quote
            assert "event:contested" in links


def test_the_event_list_shows_titles_and_categories_as_typed(window: MainWindow, payload: str) -> None:
    by_id = {window.proxy.index(row, 0).data(EventRole.EVENT_ID): row for row in range(window.proxy.rowCount())}
    for event_id, name in (("main", "event title"), ("contested", "related title")):
        title = window.proxy.index(by_id[event_id], Column.TITLE)
        assert title.data(Qt.ItemDataRole.DisplayRole) == field(name, payload)
        assert shown_text(title.data(Qt.ItemDataRole.ToolTipRole)) == field(name, payload)
        category = window.proxy.index(by_id[event_id], Column.CATEGORY)
        assert category.data(Qt.ItemDataRole.DisplayRole) == field("category label", payload)


def test_canvas_labels_and_tooltips_show_titles_as_typed(window: MainWindow, payload: str) -> None:
    canvas = window.timeline_panel.canvas
    canvas.repaint()  # hit regions of this view, not of an earlier one
    drawn = drawn_texts(canvas)
    for event_id, name in (("main", "event title"), ("contested", "related title")):
        assert field(name, payload) in drawn, f"the label of {event_id} is not drawn as typed: {drawn}"
        row = window.model.row_of(event_id)
        assert row is not None
        position = canvas.event_position(row)
        assert position is not None
        tooltip = shown_text(canvas.tooltip_at(position))
        assert tooltip.splitlines()[0] == field(name, payload)
    # The lane's name and the period's label are wrapped and elided to fit: what is drawn is the text as typed, or
    # its start.
    for name in ("category label", "period label"):
        literal = field(name, payload)
        shown = drawn_from(drawn, f"[{name}]", literal)
        assert literal.startswith(shown), shown
        assert len(shown) > len(f"[{name}] "), shown


def test_category_buttons_and_menu_show_the_label_as_typed(window: MainWindow, payload: str) -> None:
    button = window.category_buttons["cat"]
    label = field("category label", payload)
    assert button.text().replace("&&", "&") == label
    assert shown_text(button.toolTip()) == f"Show or hide {label} events"
    assert [a.text().replace("&&", "&") for a in window.categories_menu.actions()] == [label]


def test_the_window_title_is_the_timeline_title_as_typed(window: MainWindow, payload: str) -> None:
    assert window.windowTitle() == f"{field('timeline title', payload)} — Timeline Viewer"


def test_the_about_box_shows_licence_credits_and_file_as_typed(qtbot: QtBot, window: MainWindow, payload: str) -> None:
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    text = shown_text(box.text())
    assert field("licence", payload) in text
    assert field("credits", payload) in text
    assert str(window.path) in text
    box.close()


def test_the_problems_dialog_shows_a_bad_value_and_file_name_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, payload: str
) -> None:
    document = payload_timeline(payload)
    document["events"][0]["id"] = payload
    bad = tmp_path / BAD_FILE_NAME
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    assert not window.open_file(bad)

    dialog = window.problems_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert f"events[0].id: '{payload}' is not a valid id" in dialog.problems.toPlainText()
    intro = dialog.findChildren(QLabel)[0]
    assert shown_text(intro.text()).startswith(f"{bad} was not opened")
    assert window.windowTitle() == f"{field('timeline title', payload)} — Timeline Viewer"


def test_the_report_preview_shows_texts_as_typed_and_loads_nothing(
    qtbot: QtBot, window: MainWindow, payload: str
) -> None:
    dialog = window.export_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.kind_buttons[ExportKind.REPORT].setChecked(True)
    dialog.refresh_preview()
    document = dialog.report_preview.document()
    assert unshown(document.toPlainText(), REPORT_FIELDS, payload) == []
    images, links = images_and_links(document)
    assert images == 0
    assert {QUrl(link).scheme() for link in links} <= {"http", "https", ""}, links  # "": a place in the page


# -- exports -------------------------------------------------------------------------------------------


def exported(source: Path, target: Path) -> str:
    code = export([str(source), "--to", str(target)], out=io.StringIO(), err=io.StringIO())
    assert code == EXIT_OK
    return target.read_text(encoding="utf-8-sig")


def test_the_html_report_escapes_every_text(qtbot: QtBot, payload_file: Path, tmp_path: Path, payload: str) -> None:
    written = exported(payload_file, tmp_path / "report.html")
    page = _HtmlParts(written)
    assert unshown("".join(page.texts), REPORT_FIELDS, payload) == []
    if "<" in payload:
        assert payload not in written, "written as markup"
    assert page.tags.isdisjoint({"img", "script", "iframe", "object", "embed", "link"}), page.tags
    assert page.sources == []
    assert {QUrl(link).scheme() for link in page.links} <= {"http", "https", ""}, page.links
    assert SOURCE_URL in page.links


def test_the_csv_holds_every_text_as_typed(qtbot: QtBot, payload_file: Path, tmp_path: Path, payload: str) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(payload_file, tmp_path / "events.csv"), newline="")))
    cells = {cell for row in rows for cell in row.values()}
    for name in ("event title", "related title", "event summary", "category label"):
        literal = field(name, payload)
        # A cell that would start a formula is prefixed with ': these start with "[", so none is.
        assert literal in cells, name
    assert any(field("source title", payload) in cell for cell in cells)


def test_the_json_export_holds_every_text_as_typed(
    qtbot: QtBot, payload_file: Path, tmp_path: Path, payload: str
) -> None:
    written = exported(payload_file, tmp_path / "events.json")
    strings: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads(written))
    assert [name for name in JSON_FIELDS if field(name, payload) not in strings] == []


def test_the_svg_picture_holds_titles_as_escaped_text(
    qtbot: QtBot, payload_file: Path, tmp_path: Path, payload: str
) -> None:
    written = exported(payload_file, tmp_path / "picture.svg")
    if "<" in payload:
        assert payload not in written, "written as markup"
    root = ET.fromstring(written)
    svg = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in root.iter(f"{svg}text")]
    for name in ("timeline title", "event title", "related title"):
        assert any(field(name, payload) in text for text in texts), name
    assert root.findtext(f"{svg}title") == field("timeline title", payload)
    # Nothing in the drawing refers to anything outside it.
    for element in root.iter():
        for attribute, value in element.attrib.items():
            if attribute.endswith("href"):
                assert value.startswith(("#", "data:image/png;base64,")), value
