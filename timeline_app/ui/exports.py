"""What File → Export… and ``timeline-app export`` write: one request, one writer, for the dialog and the command line.

A request names what to export (the picture, the events or the report), the file type, and
which events: the filters and search (or none) and a range of dates (or the whole timeline).
:func:`write_export` writes it and says in a sentence what it wrote. Pictures and PDFs need a
``QGuiApplication`` (offscreen is enough); CSV, JSON and HTML are written by the Qt-free domain.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline_app.domain.event_table import events_csv, events_json
from timeline_app.domain.model import Event, Timeline
from timeline_app.domain.report import report_html, report_title
from timeline_app.domain.saving import write_text_atomically
from timeline_app.domain.selection import DateRange, EventFilter, describe_selection, selected_events
from timeline_app.ui import picture
from timeline_app.ui.report_pdf import write_report_pdf


class ExportKind(enum.Enum):
    PICTURE = "picture"
    EVENTS = "events"
    REPORT = "report"

    @property
    def label(self) -> str:
        return {
            ExportKind.PICTURE: "The timeline picture",
            ExportKind.EVENTS: "The events",
            ExportKind.REPORT: "The events-and-sources report",
        }[self]

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The file types it is written as, the usual one first."""
        return {
            ExportKind.PICTURE: ("png", "svg", "pdf"),
            ExportKind.EVENTS: ("csv", "json"),
            ExportKind.REPORT: ("pdf", "html"),
        }[self]


SUFFIX_NAMES = {
    "png": "PNG image",
    "svg": "SVG drawing",
    "pdf": "PDF document",
    "csv": "CSV spreadsheet",
    "json": "Timeline Viewer JSON",
    "html": "HTML page",
}


def kind_of(path: Path, *, report: bool) -> tuple[ExportKind, str]:
    """What a file name asks for: ``out.png`` a picture, ``out.csv`` the events, ``out.html`` the report.

    ``report`` (``--report``) makes a ``.pdf`` the report rather than the picture. Raises
    ``ValueError`` with a sentence for the reader when the name asks for nothing we write.
    """
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if report:
        if suffix not in ExportKind.REPORT.suffixes:
            raise ValueError(f"{path.name}: the report is written as .html or .pdf")
        return ExportKind.REPORT, suffix
    if suffix == "html":
        return ExportKind.REPORT, suffix
    for kind in (ExportKind.PICTURE, ExportKind.EVENTS):
        if suffix in kind.suffixes:
            return kind, suffix
    raise ValueError(
        f"{path.name}: unknown file type '.{suffix}'; write .png, .svg or .pdf (the picture), "
        ".csv or .json (the events), or .html, or .pdf with --report (the report)"
        if suffix
        else f"{path.name}: give the file a type: .png, .svg, .pdf, .csv, .json or .html"
    )


@dataclass(frozen=True)
class ExportRequest:
    timeline: Timeline
    kind: ExportKind
    suffix: str
    wanted: EventFilter = field(default_factory=EventFilter)
    """Search, categories and confidence levels (no window: the range says which dates)."""
    range: DateRange | None = None
    """The dates exported; ``None`` for the whole timeline."""
    days: tuple[float, float] | None = None
    """The picture's exact range when it is the screen's (a range to the day would move it); else ``range``'s."""
    width: int = 1600
    height: int | None = None
    """The picture's height; ``None``: tall enough for every lane."""
    scale: float = 1.0
    """Device pixels per picture pixel for PNG (a DPI of 192 is a scale of 2)."""
    selected: str | None = None
    """The event drawn selected in the picture."""

    @property
    def event_filter(self) -> EventFilter:
        """The filters with the range as their window: which events the export holds."""
        window = self.range.days if self.range is not None else None
        return replace(self.wanted, window=window)

    def events(self) -> list[Event]:
        return selected_events(self.timeline, self.event_filter)

    def scope(self, shown: int | None = None) -> str:
        """``"10 of 51 events · 2021 · matching “kabul”"``: what the export holds, for its head and the status bar."""
        if shown is None:
            shown = len(self.events())
        text = describe_selection(self.timeline, self.event_filter, shown)
        if self.range is not None:
            first, *rest = text.split(" · ", 1)
            text = " · ".join([first, self.range.in_words(), *rest])
        return text


def write_export(request: ExportRequest, path: Path) -> str:
    """Write ``request`` to ``path`` and say what was written. Raises ``OSError`` if the file cannot be written."""
    kind, suffix = request.kind, request.suffix
    if kind is ExportKind.EVENTS:
        events = request.events()
        if suffix == "csv":
            write_text_atomically(path, events_csv(request.timeline, events))
        else:
            write_text_atomically(path, events_json(request.timeline, events, request.range))
        written = "a CSV spreadsheet" if suffix == "csv" else "a Timeline Viewer file"
        return f"{len(events)} events as {written} ({request.scope(len(events))})"
    if kind is ExportKind.REPORT:
        events = request.events()
        html = report_html(request.timeline, events, scope=request.scope(len(events)))
        if suffix == "html":
            write_text_atomically(path, html)
            return f"the report on {len(events)} events as an HTML page ({request.scope(len(events))})"
        pages = write_report_pdf(html, path, title=report_title(request.timeline))
        return f"the report on {len(events)} events as a PDF of {_pages(pages)} ({request.scope(len(events))})"
    return _write_picture(request, path)


def _write_picture(request: ExportRequest, path: Path) -> str:
    picture_request = picture_request_of(request)
    if request.suffix == "png":
        size = picture.write_png(picture_request, path, scale=request.scale)
        pixels = f"{round(size.width() * request.scale)}×{round(size.height() * request.scale)} px"
        return f"the timeline picture as a PNG image of {pixels} ({request.scope()})"
    if request.suffix == "svg":
        size = picture.write_svg(picture_request, path)
        return f"the timeline picture as an SVG drawing of {size.width()}×{size.height()} ({request.scope()})"
    pages = picture.write_pdf(picture_request, path)
    return f"the timeline picture as a PDF of {_pages(pages)} ({request.scope()})"


def picture_request_of(request: ExportRequest) -> picture.PictureRequest:
    days = request.days or (request.range.days if request.range is not None else None)
    return picture.PictureRequest(
        timeline=request.timeline,
        wanted=request.wanted,
        days=days,
        width=request.width,
        height=request.height,
        selected=request.selected,
    )


def _pages(count: int) -> str:
    return f"{count} page{'' if count == 1 else 's'}"
