"""Events exported as a CSV table for spreadsheets and as a file of our own format."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import msgspec
import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.event_table import EVENT_CSV_COLUMNS, date_as_written, events_csv, events_json
from timeline_app.domain.model import ContestedDate, Event, Timeline
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.selection import DateRange, EventFilter, selected_events
from timeline_app.domain.wording import date_in_words

BOM = "\ufeff"


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith(BOM), "spreadsheets need the byte order mark to read the file as UTF-8"
    rows = list(csv.reader(io.StringIO(text[len(BOM) :], newline="")))
    assert tuple(rows[0]) == EVENT_CSV_COLUMNS
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def small_timeline(events: list[dict[str, Any]], **extra: Any) -> Timeline:
    """A timeline of our format around ``events``, read as the app reads a file."""
    data: dict[str, Any] = {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": "Test",
        "view": {"start": "-0100", "end": "2030"},
        "categories": [{"id": "c", "label": "Diplomacy", "colour": "#1f77b4"}],
        "sources": [
            {"id": "s1", "kind": "news_report", "title": "Report, one", "publisher": "Outlet"},
            {"id": "s2", "kind": "book", "title": "Книга «Азербайджан»"},
        ],
        "events": events,
        **extra,
    }
    return read_timeline(json.dumps(data).encode(), "test.timeline.json").timeline


def event(event_id: str, date: Any, **fields: Any) -> dict[str, Any]:
    return {"id": event_id, "title": event_id, "date": date, "category": "c", "confidence": {"level": "high"}, **fields}


# -- CSV --------------------------------------------------------------------------------------------


def test_the_bundled_timeline_gives_one_row_per_event_in_time_order(bundled: Timeline) -> None:
    events = selected_events(bundled)
    rows = read_csv(events_csv(bundled, events))
    assert len(rows) == len(bundled.events) == len(events)
    assert [r["ID"] for r in rows] == [e.id for e in events]
    categories = {c.id: c.label for c in bundled.categories}
    for row, shown in zip(rows, events, strict=True):
        assert row["Title"] == shown.title
        assert row["Date"] == date_in_words(shown.date)
        assert row["Category"] == categories[shown.category]
        assert row["Confidence"] == shown.confidence.level.description
        assert row["Status"] == shown.confidence.status.label
        assert row["Summary"] == (shown.summary or "")
        assert row["Number of sources"] == str(len({c.source for c in shown.citations}))
        assert len(row["Sources"].split(" | ")) == len({c.source for c in shown.citations})


def test_a_row_names_the_sources_by_publisher_and_title(bundled: Timeline) -> None:
    sources = {s.id: s for s in bundled.sources}
    shown = next(e for e in bundled.events if e.id == "isaf-first-platoon-2002")
    row = read_csv(events_csv(bundled, [shown]))[0]
    expected = []
    for source_id in dict.fromkeys(c.source for c in shown.citations):
        source = sources[source_id]
        expected.append(f"{source.publisher}: {source.title}" if source.publisher else source.title)
    assert row["Sources"].split(" | ") == expected


def test_the_contested_date_reads_as_its_alternatives(bundled: Timeline) -> None:
    contested = [e for e in bundled.events if isinstance(e.date, ContestedDate)]
    assert contested, "the bundled timeline has a contested date"
    rows = read_csv(events_csv(bundled, contested))
    for row, shown in zip(rows, contested, strict=True):
        assert isinstance(shown.date, ContestedDate)
        assert row["Date (as in the file)"] == "[" + ", ".join(str(a.on) for a in shown.date.alternatives) + "]"
        assert row["Date"].endswith("— sources disagree")


def test_a_filtered_selection_gives_exactly_those_events(bundled: Timeline) -> None:
    wanted = EventFilter(window=DateRange.parse("2021..2021").days)
    events = selected_events(bundled, wanted)
    assert 0 < len(events) < len(bundled.events)
    rows = read_csv(events_csv(bundled, events))
    assert [r["ID"] for r in rows] == [e.id for e in events]
    assert all("2021" in r["Date"] for r in rows)


def test_commas_quotes_line_breaks_and_any_script_survive() -> None:
    awkward_title = 'Azərbaycan, "NATO" and partners'
    awkward_summary = "First line, with a comma;\nsecond line: «Азербайджан и НАТО» — ok"
    timeline = small_timeline(
        [
            event(
                "awkward",
                "1994-05-04",
                title=awkward_title,
                summary=awkward_summary,
                citations=[{"source": "s1"}, {"source": "s2"}, {"source": "s1"}],
            ),
            event("plain", "1995"),
        ]
    )
    text = events_csv(timeline, timeline.events)
    rows = read_csv(text)
    assert [r["Title"] for r in rows] == [awkward_title, "plain"]
    assert rows[0]["Summary"] == awkward_summary
    assert rows[0]["Number of sources"] == "2", "a source cited twice counts once"
    assert rows[0]["Sources"] == "Outlet: Report, one | Книга «Азербайджан»"
    assert rows[1]["Number of sources"] == "0"
    assert rows[1]["Sources"] == ""
    # RFC 4180: records end with CRLF; the line break inside the quoted summary stays as it was.
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3


def test_text_that_starts_like_a_formula_is_not_run_nor_a_date_bc_computed() -> None:
    timeline = small_timeline(
        [
            event("formula", "-0043-03-15", title='=HYPERLINK("http://example.org","click")', summary="+1 and more"),
            event("at-sign", "-0043", title="@SUM(A1:A2)", summary="- a dash first"),
            event("tab", "2001", title="\tTabbed", summary="plain"),
        ],
        categories=[{"id": "c", "label": "=cmd|' /C calc'!A0", "colour": "#1f77b4"}],
    )
    rows = read_csv(events_csv(timeline, timeline.events))
    assert rows[0]["Title"] == '\'=HYPERLINK("http://example.org","click")'
    assert rows[0]["Summary"] == "'+1 and more"
    assert rows[0]["Category"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["Title"] == "'@SUM(A1:A2)"
    assert rows[1]["Summary"] == "'- a dash first"
    assert rows[2]["Title"] == "'\tTabbed"
    assert rows[2]["Summary"] == "plain"
    # A date BC starts with a minus sign, which a spreadsheet would compute (-0043-03-15 as -61): it is
    # marked as text too, and the words beside it say which year it is.
    assert [r["Date (as in the file)"] for r in rows] == ["'-0043-03-15", "'-0043", "2001"]
    assert [r["Date"] for r in rows] == ["15 March 44 BC", "44 BC", "2001"]


def test_dates_as_written_keep_precision_and_shape() -> None:
    timeline = small_timeline(
        [
            event("day", "1994-05-04"),
            event("month", "1994-05"),
            event("approximate", {"on": "1997", "approximate": True}),
            event("uncertain", {"on": "1997-03", "uncertain": True}),
            event("both", {"on": "1997", "approximate": True, "uncertain": True}),
            event("span", {"start": "1999-09", "end": "2008-04-15"}),
            event("open-span", {"start": "2015-01-01"}),
            event("approximate-span", {"start": "1999", "end": "2001", "approximate": True}),
            event(
                "contested",
                {"alternatives": [{"on": "1996", "sources": ["s1"]}, {"on": "1998-11-15", "sources": ["s2"]}]},
            ),
            event("deep-time", "-65999999"),
        ]
    )
    written = {e.id: date_as_written(e.date) for e in timeline.events}
    assert written == {
        "day": "1994-05-04",
        "month": "1994-05",
        "approximate": "1997~",
        "uncertain": "1997-03?",
        "both": "1997%",
        "span": "1999-09/2008-04-15",
        "open-span": "2015-01-01/..",
        "approximate-span": "1999/2001~",
        "contested": "[1996, 1998-11-15]",
        "deep-time": "-65999999",
    }
    rows = read_csv(events_csv(timeline, timeline.events))
    # A spreadsheet would compute a date BC (-65999999, -0043-03-15) as a number: it is marked as text.
    in_csv = [f"'{date}" if date.startswith("-") else date for date in written.values()]
    assert [r["Date (as in the file)"] for r in rows] == in_csv
    assert in_csv[-1] == "'-65999999"


# -- our own format ---------------------------------------------------------------------------------


def sources_used(timeline: Timeline, events: list[Event]) -> set[str]:
    quotes = {q.id: q for q in timeline.quotes}
    used = set()
    for shown in events:
        used |= {c.source for c in shown.citations}
        used |= {c.source for claim in shown.claims for c in claim.citations}
        if isinstance(shown.date, ContestedDate):
            used |= {s for a in shown.date.alternatives for s in a.sources}
        used |= {quotes[q].source for q in shown.quotes}
    return used


@pytest.mark.parametrize("search", ["", "kabul", "sofa"])
def test_the_json_export_is_a_valid_file_of_exactly_the_chosen_events(bundled: Timeline, search: str) -> None:
    wanted = EventFilter(search=search, window=None if search else DateRange.parse("2021..2021").days)
    events = selected_events(bundled, wanted)
    assert 0 < len(events) < len(bundled.events)
    loaded = read_timeline(events_json(bundled, events).encode(), "x.timeline.json")
    assert loaded.warnings == ()
    exported = loaded.timeline
    assert [e.id for e in exported.events] == [e.id for e in events]
    kept = {e.id for e in events}
    assert exported.events == [
        msgspec.structs.replace(e, related=tuple(r for r in e.related if r in kept)) for e in events
    ], "every event is kept whole, but for links to events left out"
    used_sources = sources_used(bundled, events)
    periods_sources = {c.source for p in exported.periods for c in p.citations}
    assert {s.id for s in exported.sources} == used_sources | periods_sources
    assert len(exported.sources) < len(bundled.sources), "sources no chosen event cites are left out"
    used_quotes = {q for e in events for q in e.quotes}
    assert {q.id for q in exported.quotes} == used_quotes
    assert {p.id for p in exported.people} == {q.speaker for q in bundled.quotes if q.id in used_quotes}
    assert {c.id for c in exported.categories} == {e.category for e in events}
    assert exported.title == bundled.title
    assert exported.license == bundled.license


def test_the_json_export_opens_on_the_range_it_was_chosen_from(bundled: Timeline) -> None:
    chosen = DateRange.parse("2021..2021")
    events = selected_events(bundled, EventFilter(window=chosen.days))
    exported = read_timeline(events_json(bundled, events, chosen).encode(), "x.timeline.json").timeline
    assert (str(exported.view.start), str(exported.view.end)) == ("2021", "2021")
    whole = read_timeline(events_json(bundled, events).encode(), "x.timeline.json").timeline
    assert whole.view == bundled.view
