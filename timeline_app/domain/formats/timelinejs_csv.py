"""Read a TimelineJS spreadsheet (its Google Sheets template) saved as CSV.

TimelineJS reads a sheet row by row into the slides its JSON holds
(``ConfigFactory.extractEventFromCSVObject``, 3.9.11): the columns Year, Month, Day, Time,
End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
Media Caption, Media Thumbnail, Alt Text, Type, Group and Background, matched by their
exact names. A row whose Type is ``title`` is the title slide, ``era`` an era; blank rows
are skipped. This module does the same, then hands the slides to
:class:`~timeline_app.domain.formats.timelinejs_slides.SlideReader`, so a sheet and the
same timeline in JSON read alike.

Where TimelineJS is stricter than its authors expect, this reader reads what was meant and
says how TimelineJS differs: a column named ``year`` or ``End  Year`` is read as Year or End
Year, and a Type of ``Title`` as ``title`` (TimelineJS would ignore the column, or show the
row as an event). Problems are located at the cell: its line and column in the file, and
its row and column name as a spreadsheet shows them (``row 5, Month``; the names are row 1).
A sheet saved with tabs or semicolons between its cells (a ``.tsv``, or a spreadsheet program
set to a semicolon locale) is refused saying so, and that TimelineJS sheets are comma-separated:
when its first row, split at them, names Year and Headline. Other text is refused naming the
columns expected, whatever marks its first line holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import NoReturn

from timeline_app.domain.formats.base import START, DocumentBuilder, Origin
from timeline_app.domain.formats.csv_positions import Cell, Row, UnclosedQuoteError, read_rows
from timeline_app.domain.formats.timelinejs_slides import (
    TIME_PARTS,
    DateInput,
    EraInput,
    MediaInput,
    SlideInput,
    SlideReader,
    Value,
    known_place,
)
from timeline_app.domain.loading import (
    FileFormat,
    LoadedTimeline,
    collector_paused,
    decode_text,
    refuse_if_too_large,
)
from timeline_app.domain.problems import TimelineLoadError

COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
)
"""The columns TimelineJS reads, in the order of its template (Alt Text came in 3.9.4, after Media Thumbnail)."""

REQUIRED = ("Year", "Headline")
_OLD_LAYOUT = ("Start Date", "End Date")
"""The columns of TimelineJS's first template; when a sheet has them, TimelineJS reads them instead of Year…"""
_TAG = "Tag"
"""The first template's name for Group, which TimelineJS still reads when there is no Group."""
_KNOWN = (*COLUMNS, _TAG, *_OLD_LAYOUT)

_DATE_NOISE = re.compile(r"[\s,]+")
"""What TimelineJS removes from a date cell before reading it as a number ("1,999" is 1999)."""
_BACKGROUND_IMAGE = re.compile(r"^(https?:)?//?")
"""TimelineJS's test for a Background cell that is an image's address rather than a colour."""
_AM_PM = re.compile(r"\s*[AaPp]\.?[Mm]\.?\s*$")
_HOUR_MINUTES = re.compile(r"\s*([0-9]{1,2})([0-9]{2})\s*")
_DIGITS = re.compile(r"\s*([0-9]+)\s*")
_SHOWN_NAMES = 12
_LONGEST_NUMBER = 100
"""Digits of a part of a time worth reading as a number: none has a hundred."""


def read_timelinejs_csv(raw: bytes, name: str) -> LoadedTimeline:
    """A TimelineJS spreadsheet saved as CSV, as a timeline of ours. Raises :class:`TimelineLoadError`."""
    # The limit every format has, checked here too for a caller that hands over the bytes itself.
    refuse_if_too_large(len(raw), name, FileFormat.TIMELINEJS_CSV.label)
    with collector_paused():
        return _read(raw, name)


def _read(raw: bytes, name: str) -> LoadedTimeline:
    builder = DocumentBuilder(name, FileFormat.TIMELINEJS_CSV)
    try:
        text = decode_text(raw, name)
    except TimelineLoadError as exc:
        raise TimelineLoadError(name, exc.problems, FileFormat.TIMELINEJS_CSV.label) from None
    try:
        rows = read_rows(text)
    except UnclosedQuoteError as exc:
        builder.refuse(
            Origin(exc.line, exc.column),
            "a quoted cell is never closed: this quote has no closing quote, so the rest of the file would be "
            "one cell; add the missing quote",
        )
    if all(row.is_blank() for row in rows):
        builder.refuse(
            START,
            "the file is empty: a TimelineJS spreadsheet starts with a row of column names (Year, Month, Day, …, "
            "Headline, …)",
        )
    sheet = _Sheet(builder, rows[0])
    sheet.read(rows[1:])
    return builder.finish(raw)


@dataclass
class _Header:
    columns: dict[str, int] = field(default_factory=dict)
    """TimelineJS's name of a column → its index."""
    written: dict[str, str] = field(default_factory=dict)
    """TimelineJS's name of a column → the name as the sheet writes it."""
    unknown: dict[int, str] = field(default_factory=dict)
    """Index → name, for the columns TimelineJS does not read."""


class _Sheet:
    def __init__(self, builder: DocumentBuilder, names: Row) -> None:
        self.builder = builder
        self.names = names
        self.header = self._header(names)
        self._title: SlideInput | None = None
        self._title_row = 0
        self._row: Row | None = None
        self._texts: dict[str, str] = {}
        """The row last read, and its cells that are not blank (trimmed), by column: a row is asked for a
        dozen cells or more, most of them blank, and a large sheet has tens of thousands of rows."""

    # -- the header -----------------------------------------------------------------------------

    def _header(self, row: Row) -> _Header:
        header = _Header()
        folded = {_fold(name): name for name in _KNOWN}
        for index, cell in enumerate(row.cells):
            written = cell.text.strip()
            name = written if written in _KNOWN else folded.get(_fold(written))
            if name is None:
                header.unknown[index] = written
                continue
            if name != written:
                self.builder.warn(
                    _at(cell, f"row 1, {written}"),
                    f"the column “{written}” is read as “{name}”: TimelineJS needs the name exactly and would not "
                    "read this column",
                )
            earlier = header.columns.get(name)
            if earlier is not None:
                self.builder.warn(
                    _at(row.cells[earlier], f"row 1, {header.written[name]}"),
                    f"the column “{name}” appears twice (also column {index + 1}): the later one is read, "
                    "as TimelineJS does",
                )
            header.columns[name] = index
            header.written[name] = written
        missing = [name for name in REQUIRED if name not in header.columns]
        if missing:
            self._refuse_columns(row, header)
        if any(name in header.columns for name in _OLD_LAYOUT):
            first = min(header.columns[name] for name in _OLD_LAYOUT if name in header.columns)
            self.builder.warn(
                _at(row.cells[first], f"row 1, {row.cells[first].text.strip()}"),
                "“Start Date” and “End Date” are the columns of TimelineJS's first template, which it reads instead "
                "of Year, Month and Day when a sheet has them; this app reads Year, Month and Day",
            )
        return header

    def _refuse_columns(self, row: Row, header: _Header) -> NoReturn:
        names = [cell.text.strip() for cell in row.cells if cell.text.strip()]
        shown = ", ".join(names[:_SHOWN_NAMES]) + (", …" if len(names) > _SHOWN_NAMES else "")
        optional = ", ".join(name for name in COLUMNS if name not in REQUIRED)
        found = f"the first row has: {shown}" if names else "the first row is empty"
        old = (
            "; Start Date and End Date are the columns of TimelineJS's first template, which this app does not "
            "read: copy the dates into TimelineJS's current template"
            if any(name in header.columns for name in _OLD_LAYOUT)
            else ""
        )
        hint = _separator_hint(row)
        if hint:
            self.builder.refuse(Origin(row.line, 1, "row 1"), f"not a TimelineJS spreadsheet as it is saved: {hint}")
        self.builder.refuse(
            Origin(row.line, 1, "row 1"),
            f"not a TimelineJS spreadsheet: expected the columns Year and Headline (and optionally {optional}); "
            f"{found}{old}",
        )

    # -- the rows -------------------------------------------------------------------------------

    def read(self, rows: list[Row]) -> None:
        events: list[SlideInput] = []
        eras: list[EraInput] = []
        for row in rows:
            if row.is_blank():
                continue  # as TimelineJS skips them
            self._extra_cells(row)
            kind = self._type(row)
            if kind == "era":
                eras.append(self._era(row))
            elif kind == "title" and self._title is None:
                self._title = self._slide(row, dated=False)
                self._title_row = row.number
            else:
                if kind == "title":
                    self.builder.warn(
                        self._origin(row, "Type"),
                        f"a second title row (row {self._title_row} is the title): TimelineJS shows this one as an "
                        "event, and so does this app",
                    )
                events.append(self._slide(row))
        self._unknown_columns(rows)
        SlideReader(self.builder).read(title=self._title, events=events, eras=eras)

    def _type(self, row: Row) -> str:
        value = self._value(row, "Type")
        if value is None:
            return ""
        written = value.raw
        if written in ("title", "era"):
            return str(written)
        if written.casefold() in ("title", "era"):
            kind = written.casefold()
            self.builder.warn(
                value.origin,
                f"the Type “{written}” is read as “{kind}”: TimelineJS needs it in lower case and would show this "
                "row as an event",
            )
            return str(kind)
        self.builder.warn(
            value.origin, f"the Type “{written}” is not one TimelineJS knows (“title” or “era”): read as an event"
        )
        return ""

    def _slide(self, row: Row, *, dated: bool = True) -> SlideInput:
        slide = SlideInput(
            origin=_at(row.cells[0], f"row {row.number}"),
            start_place=known_place(self._origin(row, "Year")),
            headline_place=known_place(self._origin(row, "Headline")),
            headline=self._value(row, "Headline"),
            text=self._value(row, "Text"),
            group=self._value(row, "Group") or self._value(row, _TAG),
            display_date=self._value(row, "Display Date"),
        )
        if dated:
            # TimelineJS never reads a title row's dates.
            slide.start, slide.end = self._dates(row)
        url = self._value(row, "Media")
        if url is not None:
            slide.media = MediaInput(
                url=url, caption=self._value(row, "Media Caption"), credit=self._value(row, "Media Credit")
            )
        background = self._value(row, "Background")
        if background is not None and _BACKGROUND_IMAGE.match(background.raw):
            slide.background_image = background
        return slide

    def _era(self, row: Row) -> EraInput:
        start, end = self._dates(row)
        return EraInput(
            origin=_at(row.cells[0], f"row {row.number}"),
            start_place=known_place(self._origin(row, "Year")),
            end_place=known_place(self._origin(row, "End Year")),
            headline_place=known_place(self._origin(row, "Headline")),
            start=start,
            end=end,
            headline=self._value(row, "Headline"),
            text=self._value(row, "Text"),
        )

    def _dates(self, row: Row) -> tuple[DateInput | None, DateInput | None]:
        start = self._date(row, "Year", "Month", "Day", "Time")
        end = self._date(row, "End Year", "End Month", "End Day", "End Time")
        if end is None:
            stray = [name for name in ("End Month", "End Day", "End Time") if self._value(row, name) is not None]
            if stray:
                self.builder.warn(
                    self._origin(row, stray[0]),
                    f"{_and(stray)} without an End Year {'is' if len(stray) == 1 else 'are'} not read "
                    "(TimelineJS gives no end date without an End Year either)",
                )
        return start, end

    def _date(self, row: Row, year: str, month: str, day: str, time: str) -> DateInput | None:
        year_value = self._date_part(row, year)
        if year_value is None:
            return None
        date = DateInput(place=year_value.place, parts={"year": year_value})
        for part, column in (("month", month), ("day", day)):
            value = self._date_part(row, column)
            if value is not None:
                date.parts[part] = value
        time_value = self._value(row, time)
        if time_value is not None:
            try:
                numbers = parse_time(time_value.raw)
            except ValueError as exc:
                self.builder.error(time_value.origin, f"the time '{time_value.raw}' is not one TimelineJS reads: {exc}")
            else:
                for part, number in zip(TIME_PARTS, numbers, strict=True):
                    if number is not None:
                        # Numbers, as TimelineJS's own parsing gives them: a time of 0:00 is no time it shows.
                        date.parts[part] = Value(number, time_value.place)
        return date

    def _date_part(self, row: Row, column: str) -> Value | None:
        value = self._value(row, column)
        if value is None:
            return None
        cleaned = _DATE_NOISE.sub("", value.raw)
        return Value(cleaned, value.place, written=value.raw) if cleaned else None

    def _extra_cells(self, row: Row) -> None:
        extra = [cell for cell in row.cells[len(self.names.cells) :] if cell.text.strip()]
        if extra:
            last = self.names.cells[-1].text.strip() or f"column {len(self.names.cells)}"
            self.builder.warn(
                _at(extra[0], f"row {row.number}, column {row.cells.index(extra[0]) + 1}"),
                f"this row has more cells than the first row has column names: the cells after “{last}” are not read",
            )

    def _unknown_columns(self, rows: list[Row]) -> None:
        used = [
            index
            for index in sorted(self.header.unknown)
            if any(index < len(row.cells) and row.cells[index].text.strip() for row in rows)
        ]
        if not used:
            return
        names = [
            f"“{self.header.unknown[index]}”" if self.header.unknown[index] else f"column {index + 1} (no name)"
            for index in used
        ]
        first = self.names.cells[used[0]]
        self.builder.warn(
            _at(first, f"row 1, {first.text.strip() or f'column {used[0] + 1}'}"),
            f"{'the column' if len(names) == 1 else 'the columns'} {_and(names)} "
            f"{'is' if len(names) == 1 else 'are'} not TimelineJS's: "
            f"{'its' if len(names) == 1 else 'their'} cells are not read",
        )

    # -- cells ----------------------------------------------------------------------------------

    def _cell(self, row: Row, column: str) -> Cell | None:
        index = self.header.columns.get(column)
        if index is None or index >= len(row.cells):
            return None
        return row.cells[index]

    def _value(self, row: Row, column: str) -> Value | None:
        """A cell's text, trimmed as TimelineJS trims it; ``None`` for a blank cell or a missing column."""
        if row is not self._row:
            cells, count = row.cells, len(row.cells)
            self._row = row
            self._texts = {
                name: text
                for name, index in self.header.columns.items()
                if index < count and (text := cells[index].text.strip())
            }
        found = self._texts.get(column)
        if found is None:
            return None
        # Where the cell is, worked out only if a problem is said there: most cells never need it.
        return Value(found, partial(self._origin, row, column))

    def _origin(self, row: Row, column: str) -> Origin:
        # A row cut short (fewer cells than names) is located at its last cell.
        cell = self._cell(row, column) or row.cells[-1]
        return _at(cell, f"row {row.number}, {self.header.written.get(column, column)}")


def parse_time(text: str) -> tuple[int, int | None, int | None, int | None]:
    """Hour, minute, second and millisecond of a Time cell, read as TimelineJS reads them (``DateUtil.parseTime``).

    ``14:30``, ``2:30 PM``, ``1430`` and ``14.30`` are all 14:30; ``12 AM`` is 0:00. Raises
    ``ValueError`` saying what is wrong, as TimelineJS refuses the sheet.
    """
    period = None
    match = _AM_PM.search(text)
    if match is not None:
        period = match.group().strip()[0].lower()
        text = text[: match.start()].strip()
    joined = _HOUR_MINUTES.fullmatch(text)
    parts = list(joined.groups()) if joined else text.split(":")
    if joined is None and len(parts) == 1:
        parts = text.split(".")
    if len(parts) > 4:
        raise ValueError("“:” or “.” is used too often as a separator")
    hour = _whole(parts[0], "hour")
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if not 0 <= hour <= 23:
        raise ValueError(f"there is no hour {hour}")
    minute = _whole(parts[1], "minutes") if len(parts) > 1 else None
    second = millisecond = None
    if len(parts) > 2:
        seconds = [*re.split(r"[.,]", parts[2]), *parts[3:]]
        if len(seconds) > 2:
            raise ValueError("the seconds are not a number")
        second = _whole(seconds[0], "seconds")
        if len(seconds) == 2:
            # TimelineJS's own reading: the digits after the point times 100 (".5" is 500 ms, ".50" 5000).
            millisecond = 100 * _whole(seconds[1], "fraction of a second")
    return hour, minute, second, millisecond


def _whole(text: str, what: str) -> int:
    match = _DIGITS.fullmatch(text)
    if match is None:
        raise ValueError(f"the {what} is not a number")
    if len(match.group(1)) > _LONGEST_NUMBER:
        # int() would refuse it (beyond 4,300 digits) in words meant for programmers, not readers.
        raise ValueError(f"the {what} is too large a number")
    return int(match.group(1))


def _separator_hint(row: Row) -> str:
    """What to do when the first row is one cell that, split at its tabs or semicolons, names Year and Headline.

    Only then is the file a sheet saved with other separators; any other text with a tab or a
    semicolon in its first line ("# Plan; first draft") is no sheet, and is told the columns expected.
    """
    if len(row.cells) != 1:
        return ""
    text = row.cells[0].text
    found = [(mark, name) for mark, name in (("\t", "tabs"), (";", "semicolons")) if mark in text]
    columns = _columns_split(text, found)
    if columns is None:
        return ""
    split_at, names = columns
    shown = ", ".join(names[:_SHOWN_NAMES]) + (", …" if len(names) > _SHOWN_NAMES else "")
    return (
        f"its first row has no comma but {' and '.join(n for _, n in found)}, and TimelineJS spreadsheets are "
        f"comma-separated: save or export the sheet as CSV with commas (split at the {split_at}, its first row "
        f"names the columns {shown}; TimelineJS needs Year and Headline)"
    )


def _columns_split(text: str, found: list[tuple[str, str]]) -> tuple[str, list[str]] | None:
    """The marks' name and the names ``text`` split at them gives, when that names Year and Headline (in any case).

    Each mark is tried alone, then both together (a sheet whose cells were joined with either).
    """
    tries = [*found, ("".join(m for m, _ in found), " and ".join(n for _, n in found))] if len(found) > 1 else found
    required = {_fold(name) for name in REQUIRED}
    for marks, split_at in tries:
        names = [part.strip() for part in re.split(f"[{re.escape(marks)}]", text) if part.strip()]
        if required <= {_fold(name) for name in names}:
            return split_at, names
    return None


def _at(cell: Cell, path: str) -> Origin:
    return Origin(cell.line, cell.column, path)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
