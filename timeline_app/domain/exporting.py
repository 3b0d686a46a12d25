"""What File → Export… and ``timeline-app export`` write, as plain data, and the exports that need no Qt.

A request names what to export (the picture, the events or the report), the file type, and
which events: the filters and search (or none) and a range of dates (or the whole timeline).
The events (CSV, JSON) and the report as HTML are written here; the picture and PDFs are drawn
by Qt (:mod:`timeline_app.ui.exports`), so a script exporting a CSV starts no Qt at all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline_app.domain.event_table import events_csv, events_json
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import Event, Timeline
from timeline_app.domain.report import report_html
from timeline_app.domain.saving import write_text_atomically
from timeline_app.domain.selection import DateRange, EventFilter, describe_selection, selected_events


class ExportKind(enum.Enum):
    PICTURE = "picture"
    EVENTS = "events"
    REPORT = "report"

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
    legend: bool = True
    """The picture explains its marks below the lanes."""
    title_block: bool = True
    """The picture is headed by the timeline's title, its dates and what it shows."""

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
        dates = self.range.in_words() if self.range is not None else None
        return describe_selection(self.timeline, self.event_filter, shown, dates)

    @property
    def drawn_by_qt(self) -> bool:
        """A picture, or a PDF of the report: Qt lays these out and draws them."""
        return self.kind is ExportKind.PICTURE or self.suffix == "pdf"


def write_document(request: ExportRequest, path: Path) -> str:
    """Write the events (CSV, JSON) or the report as HTML, and say what was written.

    Raises ``OSError`` if the file cannot be written; ``ValueError`` for a request Qt must draw.
    """
    if request.drawn_by_qt:
        raise ValueError(f"{request.kind.value} as .{request.suffix} is drawn by Qt: use ui.exports.write_export")
    events = request.events()
    scope = request.scope(len(events))
    if request.kind is ExportKind.EVENTS:
        if request.suffix == "csv":
            write_text_atomically(path, events_csv(request.timeline, events))
        else:
            write_text_atomically(path, events_json(request.timeline, events, request.range))
        if request.suffix == "csv":
            written = translate("Export", "%Ln event(s) as a CSV spreadsheet (%1)", None, len(events))
        else:
            written = translate("Export", "%Ln event(s) as a Timeline Viewer file (%1)", None, len(events))
        return fill(written, scope)
    write_text_atomically(path, report_html(request.timeline, events, scope=scope))
    return fill(translate("Export", "the report on %Ln event(s) as an HTML page (%1)", None, len(events)), scope)
