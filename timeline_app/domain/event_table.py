"""Events out of the app as data: a CSV table for spreadsheets, and a file of our own format.

Both take the events a reader chose (see :mod:`timeline_app.domain.selection`), in the order given.

The CSV is meant to be opened by double-clicking it: it starts with a UTF-8 byte order mark
(Excel reads a CSV without one in the machine's legacy code page, and "Azərbaycan" turns to
mojibake), uses RFC 4180's quoting (only where needed) and CRLF line ends, and cannot run a
formula (see :func:`spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.language import writes_english
from timeline_app.domain.model import ContestedDate, Event, EventDate, PointDate, SpanDate, Timeline
from timeline_app.domain.saving import timeline_json
from timeline_app.domain.selection import DateRange, timeline_of
from timeline_app.domain.wording import date_in_words

BYTE_ORDER_MARK = "\ufeff"
SOURCE_SEPARATOR = " | "
"""Between the sources of one event in the Sources column."""

EVENT_CSV_COLUMNS = (
    "ID",
    "Date (as in the file)",
    "Date",
    "Title",
    "Category",
    "Confidence",
    "Status",
    "Summary",
    "Number of sources",
    "Sources",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice Calc or Google Sheets read a cell as a formula (OWASP's list)."""


def spreadsheet_safe(text: str) -> str:
    """Text a spreadsheet shows as text: one starting like a formula gets a ``'`` before it.

    A title such as ``=HYPERLINK("http://…")`` or ``@SUM(…)`` would otherwise run when the file
    is opened (CSV injection). The apostrophe is what spreadsheets themselves use to mark a
    cell as text; it stays visible in the cell, which is the price of opening safely.
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def date_as_written(date: EventDate) -> str:
    """An event's date as data, exactly as precise as the file: the file's own date text, with the
    shape marked the way ISO 8601-2 (EDTF) marks it.

    - a date: the file's text, ``1994``, ``1994-05``, ``1994-05-04``; years before AD 1 with a
      minus sign, numbered with a year 0 (``-0043-03-15`` is 15 March 44 BC); deep time as
      digits (``-65999999``);
    - approximate ``1997~``, uncertain ``1997?``, both ``1997%``;
    - a span ``1999-09/2008-04-15``, one with no end recorded ``1999-09/..``;
    - contested, one of the alternatives: ``[1996, 1998-11-15]``.

    In the CSV a date BC gets the apostrophe of :func:`spreadsheet_safe` like any cell starting
    with a minus sign: a spreadsheet would otherwise read ``-0043-03-15`` as a sum (-61). The
    Date column beside it says the same date in words (``15 March 44 BC``).
    """
    if isinstance(date, PartialDate):
        return str(date)
    if isinstance(date, ContestedDate):
        return "[" + ", ".join(str(a.on) for a in date.alternatives) + "]"
    if isinstance(date, PointDate):
        return f"{date.on}{_qualifier(date)}"
    return f"{date.start}/{date.end if date.end is not None else '..'}{_qualifier(date)}"


def _qualifier(date: PointDate | SpanDate) -> str:
    if date.approximate and date.uncertain:
        return "%"
    if date.approximate:
        return "~"
    return "?" if date.uncertain else ""


@writes_english  # a machine format: its words (the dates in words, too) stay English in any UI language
def events_csv(timeline: Timeline, events: Sequence[Event]) -> str:
    """A CSV table of ``events``, one row each under :data:`EVENT_CSV_COLUMNS`, starting with a BOM.

    Columns: the id; the date as the file writes it (:func:`date_as_written`); the date in words as
    the detail pane says it; the title; the category's label; the confidence level ("High
    confidence"); the status ("single-source"); the summary; how many distinct sources the event
    cites for itself (the event list's Sources column); and those sources, "Publisher: Title",
    in order of first citation, separated by ``" | "``.

    Every cell passes through :func:`spreadsheet_safe`.
    """
    categories = {c.id: c.label for c in timeline.categories}
    sources = {s.id: s for s in timeline.sources}
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(EVENT_CSV_COLUMNS)
    for event in events:
        cited = list(dict.fromkeys(c.source for c in event.citations))
        titles = []
        for source_id in cited:
            source = sources.get(source_id)
            titles.append(source_id if source is None else ": ".join(p for p in (source.publisher, source.title) if p))
        texts = (
            event.id,
            date_as_written(event.date),
            date_in_words(event.date),
            event.title,
            categories.get(event.category, event.category),
            event.confidence.level.description,
            event.confidence.status.label,
            event.summary or "",
            str(len(cited)),
            SOURCE_SEPARATOR.join(titles),
        )
        writer.writerow(map(spreadsheet_safe, texts))
    return BYTE_ORDER_MARK + buffer.getvalue()


def events_json(timeline: Timeline, events: Sequence[Event], view: DateRange | None = None) -> str:
    """A file of our format holding only ``events`` and the sources, people, quotes and categories they use.

    ``view`` is the range the file opens on (e.g. the range the events were chosen from); without
    it, the whole timeline's view is kept.
    """
    return timeline_json(timeline_of(timeline, events, view))
