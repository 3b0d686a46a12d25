"""Reading TimelineJS spreadsheets saved as CSV: the same timeline as its JSON, problems located at their cells.

A problem names the row as a spreadsheet numbers it (the column names are row 1) and the
column, and its line and column in the file, where the cell starts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.dates import Precision
from timeline_app.domain.formats.csv_positions import Cell, Row, UnclosedQuoteError, read_rows
from timeline_app.domain.formats.timelinejs import read_timelinejs_csv, read_timelinejs_json
from timeline_app.domain.formats.timelinejs_csv import parse_time
from timeline_app.domain.loading import FileFormat, LoadedTimeline
from timeline_app.domain.model import Event, SourceKind, Timeline, as_shape
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError
from timeline_app.domain.saving import timeline_data
from timeline_app.domain.wording import date_in_words

DATA = Path(__file__).resolve().parent.parent / "data" / "formats" / "timelinejs"


def read(name: str) -> LoadedTimeline:
    return read_timelinejs_csv((DATA / name).read_bytes(), name)


def refusal(raw: bytes, name: str = "sheet.csv") -> TimelineLoadError:
    with pytest.raises(TimelineLoadError) as caught:
        read_timelinejs_csv(raw, name)
    assert caught.value.read_as == "TimelineJS CSV spreadsheet"
    return caught.value


def located(problems: tuple[Problem, ...] | list[Problem]) -> list[tuple[str, str, str]]:
    """Each problem as line:column, path and message, leaving out the builder's own count of unsourced events."""
    return [
        (f"{p.line}:{p.column}", p.path, p.message)
        for p in problems
        if not p.message.endswith("(the detail pane says so for each)")
    ]


def event(timeline: Timeline, event_id: str) -> Event:
    return next(e for e in timeline.events if e.id == event_id)


def words(timeline: Timeline, event_id: str) -> str:
    return date_in_words(event(timeline, event_id).date)


def without_file_names(timeline: Timeline, name: str) -> Any:
    """The timeline as saved, with what names the file it was read from (its name, its format) taken out."""
    text = json.dumps(timeline_data(timeline), ensure_ascii=False)
    for said in (name, name.replace(".", "-"), "TimelineJS CSV spreadsheet", "TimelineJS JSON"):
        text = text.replace(said, "FILE")
    return json.loads(text)


# --------------------------------------------------------------------------------------
# Women in Computing: the same timeline as its JSON
# --------------------------------------------------------------------------------------


def test_women_in_computing_spreadsheet_reads_as_the_same_timeline_as_its_json() -> None:
    from_csv = read("women-in-computing.csv")
    from_json = read_timelinejs_json((DATA / "women-in-computing.json").read_bytes(), "women-in-computing.json")
    assert from_csv.file_format is FileFormat.TIMELINEJS_CSV
    assert without_file_names(from_csv.timeline, "women-in-computing.csv") == without_file_names(
        from_json.timeline, "women-in-computing.json"
    )
    # The same problems, each where the spreadsheet has it.
    assert [message for _, _, message in located(from_csv.warnings)] == [
        message for _, _, message in located(from_json.warnings)
    ]


def test_women_in_computing_spreadsheet_has_its_events_quote_and_sources() -> None:
    timeline = read("women-in-computing.csv").timeline
    assert timeline.title == "Women in Computing"
    counts = (len(timeline.events), len(timeline.periods), len(timeline.categories), len(timeline.quotes))
    assert counts == (10, 0, 1, 1)
    assert len(timeline.sources) == 12
    assert words(timeline, "ada-lovelace") == "10 December 1815 – 27 November 1852"
    (quote,) = timeline.quotes
    (person,) = timeline.people
    assert (person.name, quote.speaker) == ("Edith Clarke", person.id)
    vimeo = next(s for s in timeline.sources if s.url == "https://vimeo.com/304869290")
    assert (vimeo.title, vimeo.kind, vimeo.publisher) == (
        "Project Mercury training footage",
        SourceKind.VIDEO,
        "National Archives (posted by Ira Gallen)",
    )


def test_women_in_computing_spreadsheet_warnings_name_row_column_line_and_column() -> None:
    assert located(read("women-in-computing.csv").warnings) == [
        ("2:227", "row 2, Background", "2 slides have background images, which this app does not show"),
        (
            "8:74",
            "row 6, Media",
            "1 slide shows media (a picture, map, sound or video) with no credit, caption or link: this app shows "
            "no media, and with no source named, nothing of it is kept",
        ),
    ]


# --------------------------------------------------------------------------------------
# Our spreadsheet in TimelineJS's template
# --------------------------------------------------------------------------------------


def test_our_spreadsheet_has_its_title_row_era_and_eight_events() -> None:
    timeline = read("ours-spreadsheet.csv").timeline
    assert timeline.title == "Ours: a CSV fixture in TimelineJS's spreadsheet layout"
    assert timeline.description == (
        "A small test timeline written for Timeline Viewer's TimelineJS importer.\n\nIt has a title row, blank "
        "rows, an era row, BCE years, times, groups and several media types. Dates are well known; all "
        "example.org links are fictional."
    )
    counts = (len(timeline.events), len(timeline.periods), len(timeline.categories), len(timeline.quotes))
    assert counts == (8, 1, 5, 1)
    assert len(timeline.sources) == 5
    assert [c.label for c in timeline.categories] == ["Rome", "Britain", "Renaissance", "Science", "Space"]
    (era,) = timeline.periods
    assert (era.label, era.start.in_words(), era.end.in_words() if era.end else None) == (
        "Caesar's civil war",
        "49 BC",
        "45 BC",
    )


def test_our_spreadsheet_dates_bc_years_and_precisions() -> None:
    timeline = read("ours-spreadsheet.csv").timeline
    assert words(timeline, "assassination-of-julius-caesar") == "15 March 44 BC"
    assert words(timeline, "caesar-s-report-of-his-quick-victory-over") == "2 August 47 BC"
    assert words(timeline, "synod-of-whitby") == "AD 664"
    assert as_shape(event(timeline, "synod-of-whitby").date).earliest().precision is Precision.YEAR
    assert words(timeline, "galileo-turns-a-telescope-to-the-moon") == "November 1609"
    # "c. 1503" in Display Date: the date is approximate.
    assert words(timeline, "leonardo-begins-the-mona-lisa") == "c. 1503 – 1506"


def test_our_spreadsheet_times_are_noted_as_times_of_day() -> None:
    timeline = read("ours-spreadsheet.csv").timeline
    assert (event(timeline, "apollo-11-mission").confidence.note or "").endswith(
        "The file gives the start time 13:32 and the end time 16:50, with no time zone."
    )
    assert (event(timeline, "first-step-on-the-moon").confidence.note or "").endswith(
        "The file gives the time 02:56, with no time zone."
    )


def test_our_spreadsheet_quoted_cells_keep_their_lines_commas_and_quotes() -> None:
    timeline = read("ours-spreadsheet.csv").timeline
    assert event(timeline, "assassination-of-julius-caesar").summary == (
        "Caesar is stabbed to death at a meeting of the Senate on the Ides of March.\n\n"
        'This cell spans two lines, contains a comma, and "double quotes".'
    )


def test_our_spreadsheet_media_become_a_quote_and_sources() -> None:
    timeline = read("ours-spreadsheet.csv").timeline
    (quote,) = timeline.quotes
    assert (quote.text, timeline.people[0].name) == ("Veni, vidi, vici.", "Julius Caesar")
    assert {s.title: (s.kind, s.publisher, s.url) for s in timeline.sources if s.url} == {
        "Placeholder image of a Roman bust": (
            SourceKind.OTHER,
            "Example Museum (fictional)",
            "https://example.org/collection/item/44",
        ),
        "Synod of Whitby": (SourceKind.ENCYCLOPEDIA, "Wikipedia", "https://en.wikipedia.org/wiki/Synod_of_Whitby"),
        "Jean Bartik talks about the ENIAC women": (
            SourceKind.VIDEO,
            "Computer History Museum",
            "https://www.youtube.com/watch?v=aPweFhhXFvY",
        ),
        "Computer History Museum": (
            SourceKind.VIDEO,
            None,
            "https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg",
        ),
    }


def test_our_spreadsheet_warnings_count_rows_as_a_spreadsheet_does() -> None:
    # Row 3 is all commas and row 10 an empty line: skipped, but counted, as a spreadsheet shows them.
    assert located(read("ours-spreadsheet.csv").warnings) == [
        (
            "6:29",
            "row 5, Headline",
            "no headline: the event is titled “Caesar's report of his quick victory over Pharnaces II at…” "
            "from the start of its text",
        ),
        ("10:176", "row 8, Background", "1 slide has a background image, which this app does not show"),
        (
            "14:11",
            "row 12, Time",
            "3 dates give a time of day, which this app does not show (its dates stop at the day); the notes of "
            "the events keep it",
        ),
    ]


# --------------------------------------------------------------------------------------
# A spreadsheet typed by hand: read as meant, with what TimelineJS would do differently
# --------------------------------------------------------------------------------------


def test_a_loose_spreadsheet_is_read_as_meant() -> None:
    timeline = read("ours-spreadsheet-loose.csv").timeline
    assert timeline.title == "Ours: a spreadsheet typed by hand"
    assert [(e.title, date_in_words(e.date)) for e in timeline.events] == [
        ("Apollo 11 launches", "16 July 1969"),
        ("First step on the Moon", "21 July 1969"),
        ("Eve of the millennium", "31 December 1999"),
        ("Untitled event", "1 January 2000"),
    ]
    assert [(p.label, p.start.in_words()) for p in timeline.periods] == [("Caesar's civil war", "49 BC")]
    notes = [e.confidence.note or "" for e in timeline.events]
    assert notes[0].endswith("The file gives the time 14:32, with no time zone.")
    assert notes[1].endswith("The file gives the time 00:56, with no time zone.")
    assert notes[2].endswith("The file gives the time 23:59, with no time zone.")


def test_a_loose_spreadsheet_says_where_timelinejs_would_read_it_differently() -> None:
    assert located(read("ours-spreadsheet-loose.csv").warnings) == [
        (
            "1:1",
            "row 1, year",
            "the column “year” is read as “Year”: TimelineJS needs the name exactly and would not read this column",
        ),
        (
            "1:23",
            "row 1, End  Year",
            "the column “End  Year” is read as “End Year”: TimelineJS needs the name exactly and would not read "
            "this column",
        ),
        (
            "1:73",
            "row 1, headline",
            "the column “headline” is read as “Headline”: TimelineJS needs the name exactly and would not read "
            "this column",
        ),
        ("1:158", "row 1, Notes", "the column “Notes” is not TimelineJS's: its cells are not read"),
        (
            "2:115",
            "row 2, Type",
            "the Type “Title” is read as “title”: TimelineJS needs it in lower case and would show this row as "
            "an event",
        ),
        ("3:1", "row 3, year", "no start date: TimelineJS does not show this slide, nor does this app"),
        (
            "3:34",
            "row 3, Type",
            "a second title row (row 2 is the title): TimelineJS shows this one as an event, and so does this app",
        ),
        (
            "4:40",
            "row 4, Type",
            "the Type “ERA” is read as “era”: TimelineJS needs it in lower case and would show this row as an event",
        ),
        (
            "5:11",
            "row 5, Time",
            "3 dates give a time of day, which this app does not show (its dates stop at the day); the notes of "
            "the events keep it",
        ),
        (
            "6:21",
            "row 6, End Month",
            "End Month without an End Year is not read (TimelineJS gives no end date without an End Year either)",
        ),
        (
            "7:85",
            "row 7, column 20",
            "this row has more cells than the first row has column names: the cells after “Notes” are not read",
        ),
        ("8:1", "row 8, year", "no start date: TimelineJS does not show this slide, nor does this app"),
        ("9:8", "row 9, headline", "no headline: the event is called “Untitled event”"),
    ]


# --------------------------------------------------------------------------------------
# Refusals
# --------------------------------------------------------------------------------------


def test_a_csv_without_year_and_headline_is_refused_naming_the_columns_expected_and_found() -> None:
    error = refusal((DATA / "ours-not-a-timeline.csv").read_bytes())
    assert located(error.problems) == [
        (
            "1:1",
            "row 1",
            "not a TimelineJS spreadsheet: expected the columns Year and Headline (and optionally Month, Day, Time, "
            "End Year, End Month, End Day, End Time, Display Date, Text, Media, Media Credit, Media Caption, "
            "Media Thumbnail, Alt Text, Type, Group, Background); the first row has: Name, Date, Notes",
        )
    ]


def test_a_csv_with_year_but_no_headline_column_is_refused() -> None:
    error = refusal(b"Year,Month,Day,Text\r\n1969,7,20,Apollo 11\r\n")
    assert "; the first row has: Year, Month, Day, Text" in error.problems[0].message


@pytest.mark.parametrize(
    ("raw", "separated", "split_at", "names"),
    [
        (b"Year\tMonth\tHeadline\r\n2000\t5\tx\r\n", "tabs", "tabs", "Year, Month, Headline"),
        (b"year;Month;HEADLINE\r\n2000;5;x\r\n", "semicolons", "semicolons", "year, Month, HEADLINE"),
        # Only split at both do the names come apart: each mark alone leaves "Year;Month" or "Month\tHeadline".
        (
            b"Year;Month\tHeadline\r\n2000;5\tx\r\n",
            "tabs and semicolons",
            "tabs and semicolons",
            "Year, Month, Headline",
        ),
        (b"Year\tMonth;Notes\tHeadline\r\n", "tabs and semicolons", "tabs", "Year, Month;Notes, Headline"),
    ],
)
def test_a_sheet_saved_with_tabs_or_semicolons_is_refused_saying_to_save_it_with_commas(
    raw: bytes, separated: str, split_at: str, names: str
) -> None:
    error = refusal(raw, "sheet.tsv")
    assert located(error.problems) == [
        (
            "1:1",
            "row 1",
            f"not a TimelineJS spreadsheet as it is saved: its first row has no comma but {separated}, and "
            "TimelineJS spreadsheets are comma-separated: save or export the sheet as CSV with commas (split at the "
            f"{split_at}, its first row names the columns {names}; TimelineJS needs Year and Headline)",
        )
    ]


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        (b"# Plan; first draft\n\nSome notes.\n", "# Plan; first draft"),
        (b"Name\tDate\tNotes\nAda\t1843\tx\n", "Name\tDate\tNotes"),
        (b"Year;Title\n2000;x\n", "Year;Title"),  # a Year, but no Headline: no sheet of TimelineJS's
    ],
)
def test_text_with_a_tab_or_semicolon_that_names_no_year_and_headline_is_told_the_columns_expected(
    raw: bytes, found: str
) -> None:
    error = refusal(raw, "notes.md")
    ((_, path, message),) = located(error.problems)
    assert path == "row 1"
    assert message.startswith("not a TimelineJS spreadsheet: expected the columns Year and Headline (and optionally ")
    assert message.endswith(f"; the first row has: {found}")
    assert "comma-separated" not in message


def test_a_sheet_without_a_title_row_is_named_after_the_file_and_that_is_said() -> None:
    loaded = read_timelinejs_csv(b"Year,Headline\r\n2000,x\r\n", "untitled.csv")
    assert loaded.timeline.title == "untitled"
    assert located(loaded.warnings) == [("1:1", "", "the file gives no title; the timeline is named after the file")]
    titled = read_timelinejs_csv(b"Year,Headline,Type\r\n,,title\r\n2000,x,\r\n", "untitled.csv")
    assert located(titled.warnings) == [
        ("2:2", "row 2, Headline", "the file gives no title; the timeline is named after the file")
    ]


def test_every_unreadable_cell_is_reported_at_its_cell() -> None:
    error = refusal((DATA / "ours-spreadsheet-invalid.csv").read_bytes(), "ours-spreadsheet-invalid.csv")
    assert [
        row for p, row in zip(error.problems, located(error.problems), strict=True) if p.severity is Severity.ERROR
    ] == [
        (
            "2:1",
            "row 2, Year",
            "the year '44 BC' is not a number: TimelineJS reads a year as a whole number, negative for BCE "
            "(write -44 for 44 BC)",
        ),
        (
            "3:6",
            "row 3, Month",
            "the month 'Jul' is not a number: TimelineJS reads a month as a number from 1 to 12",
        ),
        ("4:11", "row 4, Time", "the time '25:00' is not one TimelineJS reads: there is no hour 25"),
    ]


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        (
            b"",
            ("1:1", ""),
            "the file is empty: a TimelineJS spreadsheet starts with a row of column names (Year, Month, Day, …, "
            "Headline, …)",
        ),
        (
            b"Year,Headline\r\n,\r\n",
            ("1:1", ""),
            "no events found: there is nothing to show from this TimelineJS CSV spreadsheet file",
        ),
        (
            b'Year,Headline,Text\r\n1969,Apollo 11,"Launch\r\n2000,Y2K,Nothing happened\r\n',
            ("2:16", ""),
            "a quoted cell is never closed: this quote has no closing quote, so the rest of the file would be one "
            "cell; add the missing quote",
        ),
        (
            b"Year,Headline\r\n1969,Caf\xe9\r\n",
            ("2:9", ""),
            "byte 0xE9 is not UTF-8 text; save the file with UTF-8 encoding",
        ),
    ],
)
def test_what_is_not_a_readable_spreadsheet_is_refused_at_its_place(
    raw: bytes, where: tuple[str, str], message: str
) -> None:
    error = refusal(raw)
    assert located(error.problems) == [(*where, message)]


# --------------------------------------------------------------------------------------
# Opening a file: the format is recognised by its content
# --------------------------------------------------------------------------------------


def test_a_text_file_that_is_no_spreadsheet_is_refused_as_one(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary, today nothing happened.\n", encoding="utf-8")
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    assert caught.value.read_as == "TimelineJS CSV spreadsheet"
    assert caught.value.problems[0].message.endswith("the first row has: Dear diary, today nothing happened.")


# --------------------------------------------------------------------------------------
# The CSV reader and the time cells
# --------------------------------------------------------------------------------------


def test_rows_and_cells_know_where_they_start_in_the_file() -> None:
    rows = read_rows('a, b ,"c\r\nd"\r\n"x""y",z\rlast,\n')
    assert rows == [
        Row(1, (Cell("a", 1, 1), Cell("b", 1, 3), Cell("c\nd", 1, 7))),
        Row(2, (Cell('x"y', 3, 1), Cell("z", 3, 8))),
        Row(3, (Cell("last", 4, 1), Cell("", 4, 6))),
    ]


def test_quotes_start_and_end_anywhere_in_a_cell_and_what_follows_them_is_kept() -> None:
    # As TimelineJS's CSV.js reads them: a cell with quotes in it is kept as it is, spaces and all.
    assert read_rows('"q"uoted ,"x""y"z\n') == [Row(1, (Cell("quoted ", 1, 1), Cell('x"yz', 1, 11)))]


def test_a_blank_line_is_a_row_and_a_final_line_break_is_not() -> None:
    rows = read_rows("Year\n\n1969\n")
    assert [(row.number, row.is_blank()) for row in rows] == [(1, False), (2, True), (3, False)]


def test_a_quote_never_closed_is_located_where_it_opens() -> None:
    with pytest.raises(UnclosedQuoteError) as caught:
        read_rows('a,b\n1,"two\n3,4\n')
    assert (caught.value.line, caught.value.column) == (2, 3)


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("14:30", (14, 30, None, None)),
        ("2:30 PM", (14, 30, None, None)),
        ("1430", (14, 30, None, None)),
        ("14.30", (14, 30, None, None)),
        ("12 AM", (0, None, None, None)),
        ("12:05 p.m.", (12, 5, None, None)),
        ("9:05:07.5", (9, 5, 7, 500)),
    ],
)
def test_times_are_read_as_timelinejs_reads_them(written: str, read_as: tuple[int | None, ...]) -> None:
    assert parse_time(written) == read_as


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("25:00", "there is no hour 25"),
        ("1:2:3:4:5", "“:” or “.” is used too often as a separator"),
        ("noon", "the hour is not a number"),
    ],
)
def test_times_timelinejs_refuses_are_refused_with_the_reason(written: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_time(written)
