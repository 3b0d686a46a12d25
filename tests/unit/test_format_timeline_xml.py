"""Opening the files of the desktop program Timeline (thetimelineproj, ``.timeline`` XML).

The fixtures (``tests/data/formats/timeline/``, described in its README) are real files from
Timeline's repository and from yw-timeline, and files of ours in the style of Timeline's writer.
"""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest

from timeline_app.domain.dates import PartialDate, Precision
from timeline_app.domain.formats.timeline_xml import NOT_A_TIMELINE_FILE, read_timeline_xml
from timeline_app.domain.formats.timelinejs import read_timelinejs_json
from timeline_app.domain.loading import MAX_NESTING, FileFormat, LoadedTimeline
from timeline_app.domain.model import Event, PointDate, SpanDate, Timeline, as_shape
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import Problem, TimelineLoadError

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "formats" / "timeline"
DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'

READABLE = {
    # file: (events, periods, categories, sources)
    "ours-full.timeline": (11, 2, 5, 3),
    "ours-edge-cases.timeline": (7, 0, 2, 1),
    "ours-2.5-style.timeline": (4, 1, 3, 2),
    "ours-lenient.timeline": (6, 1, 4, 1),
    "ours-latin1.timeline": (1, 0, 1, 0),
    "timeline-0.10.0-from-dbopen-test.timeline": (1, 0, 1, 0),
    "timeline-1.0.0-example.timeline": (1, 0, 1, 0),
    "timeline-2.2.0-versions-trimmed.timeline": (2, 0, 1, 0),
    "ywtimeline-2.4.0-normal.timeline": (8, 0, 2, 0),
    "ours-odd-link.timeline": (1, 0, 1, 0),
}


def read(name: str) -> LoadedTimeline:
    return read_timeline_xml((FIXTURES / name).read_bytes(), name)


def refused(raw: bytes, name: str = "refused.timeline") -> list[Problem]:
    with pytest.raises(TimelineLoadError) as caught:
        read_timeline_xml(raw, name)
    return caught.value.errors


def located(problems: list[Problem] | tuple[Problem, ...]) -> list[tuple[str, str]]:
    """``("12:7", message)`` for each problem, in file order."""
    return [(f"{p.line}:{p.column}", p.message) for p in problems]


def event(timeline: Timeline, title: str) -> Event:
    return next(e for e in timeline.events if e.title == title)


def note(event: Event) -> str:
    assert event.confidence.note is not None
    return event.confidence.note


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


# --------------------------------------------------------------------------------------
# What each file gives
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "counts"), READABLE.items(), ids=list(READABLE))
def test_each_file_gives_its_events_periods_categories_and_sources(name: str, counts: tuple[int, ...]) -> None:
    timeline = read(name).timeline
    assert (len(timeline.events), len(timeline.periods), len(timeline.categories), len(timeline.sources)) == counts
    assert timeline.quotes == [], "Timeline files hold no quotes"
    assert timeline.people == []


def test_events_are_imported_as_nobody_has_judged_them() -> None:
    charter = event(read("ours-full.timeline").timeline, "Town charter signed")
    assert charter.confidence.level.value == "not_assessed"
    assert note(charter).startswith("Read from the Timeline XML file “ours-full.timeline”")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def test_dates_are_kept_to_the_day_with_bc_years_as_they_are() -> None:
    timeline = read("ours-full.timeline").timeline
    settlement = event(timeline, "First settlement on the moor").date
    assert settlement == day("-0120-06-01")  # astronomical -120 is 121 BC, in both formats
    assert isinstance(settlement, PartialDate)
    assert settlement.precision is Precision.DAY
    assert settlement.in_words() == "1 June 121 BC"


def test_year_zero_is_1_bc() -> None:
    boundary = as_shape(event(read("ours-edge-cases.timeline").timeline, "A year across the BC/AD boundary").date)
    assert isinstance(boundary, SpanDate)
    assert (boundary.start, boundary.end) == (day("0000-07-01"), day("0001-06-30"))
    assert boundary.start.in_words() == "1 July 1 BC"


def test_the_earliest_day_timeline_allows_and_unpadded_years_read_as_written() -> None:
    earliest = event(read("ours-edge-cases.timeline").timeline, "Earliest date Timeline allows by default")
    assert earliest.date == day("-4713-11-24")
    yw = read("ywtimeline-2.4.0-normal.timeline").timeline
    assert event(yw, "Die vierte Szene").date == SpanDate(start=day("0052-05-08"), end=day("0052-05-10"))
    assert event(yw, "Containy").date == day("-0473-03-15")  # 474 BC


def test_unpadded_times_of_the_first_xml_version_are_read() -> None:
    first = read("timeline-0.10.0-from-dbopen-test.timeline").timeline.events[0]
    assert first.date == SpanDate(start=day("2009-11-04"), end=day("2009-11-11"))


def test_a_time_of_day_is_dropped_with_a_warning_and_a_note() -> None:
    loaded = read("ours-full.timeline")
    observatory = event(loaded.timeline, "Observatory first light")
    assert observatory.date == day("1968-11-03"), "the same day at two times is one day"
    assert "Timeline gives the time of day: from 21:45 to 23:10." in note(observatory)
    assert (
        "165:7",
        "the time of day is dropped (from 21:45 to 23:10): this app keeps dates to the day; it is noted on the event",
    ) in located(loaded.warnings)


def test_midnight_is_how_timeline_stores_a_date_without_time_and_is_not_warned_about() -> None:
    loaded = read("ours-full.timeline")
    assert "time of day" not in note(event(loaded.timeline, "Great flood"))
    assert [w for w in loaded.warnings if "time of day" in w.message] == [
        w for w in loaded.warnings if w.line == 165
    ], "only the event with a time of day is warned about"


def test_fuzzy_makes_the_date_approximate() -> None:
    flood = event(read("ours-full.timeline").timeline, "Great flood")
    assert flood.date == SpanDate(start=day("1703-11-01"), end=day("1703-12-15"), approximate=True)


def test_one_fuzzy_end_marks_the_whole_date_approximate_and_says_so() -> None:
    loaded = read("ours-2.5-style.timeline")
    dredging = event(loaded.timeline, "Dredging the channel")
    assert dredging.date == SpanDate(start=day("1612-04-01"), end=day("1614-01-01"), approximate=True)
    assert "In Timeline only its end is fuzzy" in note(dredging)
    assert (
        "47:7",
        "only the end is fuzzy in Timeline, but this app marks a whole date approximate, "
        "so both ends are marked; this is noted on the event",
    ) in located(loaded.warnings)


def test_a_milestone_is_a_point_on_its_start() -> None:
    charter = event(read("ours-full.timeline").timeline, "Town charter signed")
    assert charter.date == day("1450-03-12")
    assert "A milestone in Timeline." in note(charter)
    # Timeline ignores a milestone's end, even one a hand edit moved away from its start.
    auction = event(read("ours-lenient.timeline").timeline, "First herring auction")
    assert auction.date == day("1753-08-15")


def test_an_event_that_ends_today_is_open_ended_and_its_stale_end_is_noted() -> None:
    season = event(read("ours-full.timeline").timeline, "Folk festival season")
    assert season.date == SpanDate(start=day("1975-06-21"), end=None)
    assert (
        "Ongoing in Timeline (“ends today”), so its end is left open; "
        "the end the file stores, 4 August 2020, is only when it was last saved."
    ) in note(season)


def test_a_year_beyond_four_digits_keeps_its_year_and_notes_its_day() -> None:
    loaded = read("ours-lenient.timeline")
    hunters = event(loaded.timeline, "Hunters camp on the moor")
    assert hunters.date == PointDate(on=PartialDate(-12000), approximate=True)
    assert "Timeline gives the day 29 February 12,001 BC" in note(hunters)
    assert (
        "83:7",
        "only the year of 29 February 12,001 BC is kept: this app keeps days only in years of up to four digits; "
        "the day is noted on the event",
    ) in located(loaded.warnings)


def test_every_unreadable_date_is_reported_at_its_element_then_the_file_is_refused() -> None:
    problems = refused((FIXTURES / "ours-invalid-dates.timeline").read_bytes())
    assert located(problems) == [
        ("9:7", "'1854-02-30 00:00:00' is not a valid date: February 1854 has 28 days"),
        ("17:7", "'1855-13-01 00:00:00' is not a valid date: there is no month 13"),
        (
            "18:7",
            "'sometime in 1856' is not a date: Timeline writes dates as year-month-day hours:minutes:seconds, "
            "e.g. 1994-05-04 00:00:00",
        ),
    ]
    assert [p.path for p in problems] == ["event 1, start", "event 2, start", "event 2, end"]


BACKWARDS = (
    DECLARATION
    + b"""<timeline>
<eras>
  <era>
    <name>Backwards</name>
    <start>1950-01-01 00:00:00</start>
    <end>1940-01-01 00:00:00</end>
  </era>
</eras>
<events>
  <event>
    <start>1950-01-01 00:00:00</start>
    <end>1946-01-01 00:00:00</end>
    <text>An end before the start</text>
    <fuzzy>True</fuzzy>
  </event>
</events>
</timeline>
"""
)


def test_an_end_before_the_start_is_left_out_with_a_warning_and_such_an_era_too() -> None:
    loaded = read_timeline_xml(BACKWARDS, "backwards.timeline")
    (only,) = loaded.timeline.events
    assert only.date == PointDate(on=day("1950-01-01"), approximate=True)
    assert loaded.timeline.periods == []
    assert located(loaded.warnings)[2:] == [
        ("7:5", "the era “Backwards” ends (1 January 1940) before it starts (1 January 1950); it is left out"),
        ("13:5", "the end (1 January 1946) is before the start (1 January 1950); the end is left out"),
    ]


def test_an_end_before_the_start_reads_alike_in_timeline_and_timelinejs_files() -> None:
    slide = {
        "start_date": {"year": 1950, "month": 1, "day": 1},
        "end_date": {"year": 1946, "month": 1, "day": 1},
        "text": {"headline": "An end before the start"},
    }
    from_timelinejs = read_timelinejs_json(json.dumps({"events": [slide]}).encode(), "backwards.json")
    from_timeline = read_timeline_xml(BACKWARDS.replace(b"<fuzzy>True</fuzzy>", b""), "backwards.timeline")
    assert from_timeline.timeline.events[0].date == from_timelinejs.timeline.events[0].date == day("1950-01-01")
    said = "the end (1 January 1946) is before the start (1 January 1950); the end is left out"
    assert said in [p.message for p in from_timeline.warnings]
    assert said in [p.message for p in from_timelinejs.warnings]


def test_untitled_events_and_odd_links_are_warned_about_in_timeline_and_timelinejs_files_alike() -> None:
    slide = {"start_date": {"year": 2000}, "text": {"text": "<a href='mailto:a@example.org'>write</a>"}}
    from_timelinejs = read_timelinejs_json(json.dumps({"events": [slide]}).encode(), "odd.json")
    raw = DECLARATION + (
        b"<timeline><events><event><start>2000-1-1 00:00:00</start><end>2000-1-1 00:00:00</end><text></text>"
        b"<description>write</description><hyperlink>mailto:a@example.org</hyperlink></event></events></timeline>"
    )
    from_timeline = read_timeline_xml(raw, "odd.timeline")
    for loaded in (from_timelinejs, from_timeline):
        messages = [p.message for p in loaded.warnings]
        assert [m.split(":")[0] for m in messages if m.startswith(("no title", "no headline"))] in (
            ["no title"],
            ["no headline"],
        )
        assert len([m for m in messages if "“mailto:a@example.org”" in m or "'mailto:a@example.org'" in m]) == 1


def test_an_event_without_a_start_is_an_error() -> None:
    raw = DECLARATION + b"<timeline>\n<events>\n  <event><end>2000-01-01 00:00:00</end><text>A</text></event>\n"
    problems = refused(raw + b"</events>\n</timeline>\n")
    assert located(problems) == [("4:3", "there is no <start>; Timeline writes one for every <event>")]


# --------------------------------------------------------------------------------------
# Titles, containers, categories, links
# --------------------------------------------------------------------------------------


def test_titles_lose_timeline_s_container_marks_and_escapes() -> None:
    titles = [e.title for e in read("ours-edge-cases.timeline").timeline.events]
    assert titles[:5] == [
        "A container with no subevents",
        "Earliest date Timeline allows by default",
        "A year across the BC/AD boundary",
        "(draft) Plan for the new bridge",
        "[sic] Spelling of the river name",
    ]
    yw = [e.title for e in read("ywtimeline-2.4.0-normal.timeline").timeline.events]
    assert "(3)Die <zweite> Szene" in yw, "a leading space keeps a bracket in the title, unescaped"


def test_an_event_without_a_title_takes_the_first_line_of_its_description() -> None:
    timeline = read("ours-edge-cases.timeline").timeline
    milestone = timeline.events[-1]
    assert milestone.title == "A milestone with empty text and no category"
    assert milestone.date == day("1855-01-01")
    assert "It has no title in Timeline." in note(milestone)
    assert (
        "98:7",
        "no title: the event is titled “A milestone with empty text and no category” from its description",
    ) in located(read("ours-edge-cases.timeline").warnings)


def test_an_event_with_neither_title_nor_description_is_named_and_that_is_said() -> None:
    raw = DECLARATION + (
        b"<timeline>\n<events>\n"
        b"  <event>\n    <start>2000-01-01 00:00:00</start>\n    <end>2000-01-01 00:00:00</end>\n"
        b"    <text></text>\n    <milestone>True</milestone>\n  </event>\n"
        b"  <event>\n    <start>2001-01-01 00:00:00</start>\n    <end>2001-01-01 00:00:00</end>\n  </event>\n"
        b"</events>\n</timeline>\n"
    )
    loaded = read_timeline_xml(raw, "untitled.timeline")
    assert [e.title for e in loaded.timeline.events] == ["Milestone", "Untitled event"]
    assert [(where, m) for where, m in located(loaded.warnings) if m.startswith("no title")] == [
        ("7:5", "no title: the event is called “Milestone”"),
        ("10:3", "no title: the event is called “Untitled event”"),
    ]


def test_a_container_is_an_event_related_both_ways_to_the_events_it_holds() -> None:
    timeline = read("ours-full.timeline").timeline
    harbour = event(timeline, "Building the harbour")
    quarry, wall = event(timeline, "Stone quarry opened"), event(timeline, "Harbour wall completed")
    assert harbour.date == SpanDate(start=day("1612-04-01"), end=day("1618-09-30"))
    assert harbour.related == (quarry.id, wall.id)
    assert quarry.related == (harbour.id,)
    assert wall.related == (harbour.id,)
    assert "A container in Timeline: the 2 events it holds are its related events." in note(harbour)
    assert "In Timeline, part of the container “Building the harbour”." in note(quarry)
    assert quarry.category == harbour.category, "events in a container keep their own category"


def test_an_empty_container_relates_to_nothing() -> None:
    empty = event(read("ours-edge-cases.timeline").timeline, "A container with no subevents")
    assert empty.related == ()
    assert "An empty container in Timeline." in note(empty)


def test_a_subevent_before_its_container_is_linked_and_one_without_a_container_is_warned_about() -> None:
    loaded = read("ours-lenient.timeline")
    year, herring = event(loaded.timeline, "Fishing year 1750"), event(loaded.timeline, "Herring season opens")
    assert year.related == (herring.id,)
    assert event(loaded.timeline, "Guild charter renewed").related == ()
    assert (
        "64:7",
        "this event is marked as part of container 99 (“(99)…”), but there is no container [99]; "
        "it is read as an event of its own",
    ) in located(loaded.warnings)


def test_categories_keep_their_colours_and_name_their_parents() -> None:
    categories = read("ours-full.timeline").timeline.categories
    assert [(c.label, c.colour) for c in categories] == [
        ("Town life", "#78aadc"),
        ("Town life › Markets", "#96c8f0"),
        ("Town life › Festivals", "#fac878"),
        ("Natural events", "#8cc88c"),
        ("No category", "#6F6F6F"),
    ]
    timeline = read("ours-full.timeline").timeline
    assert event(timeline, "Market hall opened").category == categories[1].id
    assert event(timeline, "Church bell recast").category == categories[-1].id, "no category in Timeline"


def test_a_category_called_no_category_does_not_share_its_name_with_the_events_without_one() -> None:
    raw = DECLARATION + (
        b"<timeline>\n<categories>\n  <category><name>No category</name><color>1,2,3</color></category>\n"
        b"</categories>\n<events>\n"
        b"  <event><start>2000-1-1 00:00:00</start><end>2000-1-1 00:00:00</end><text>a</text>"
        b"<category>No category</category></event>\n"
        b"  <event><start>2001-1-1 00:00:00</start><end>2001-1-1 00:00:00</end><text>b</text>"
        b"<default_color>1,1,1</default_color></event>\n"
        b"</events>\n</timeline>\n"
    )
    loaded = read_timeline_xml(raw, "clash.timeline")
    labels = {c.id: c.label for c in loaded.timeline.categories}
    assert [labels[e.category] for e in loaded.timeline.events] == ["No category", "No category (none given)"]
    assert (
        "8:84",
        "the own colours of 1 event without a category (the first here) are not kept: they take the colour of "
        "“No category (none given)”",
    ) in located(loaded.warnings)


def test_a_category_deeper_down_names_every_parent() -> None:
    labels = [c.label for c in read("ours-lenient.timeline").timeline.categories]
    assert labels == ["Town life › Markets › Fish market", "Guilds", "Carpenters", "No category"]


def test_only_categories_that_hold_events_are_made() -> None:
    # Category 2 and 3 of this file hold no event: every category is a lane on the canvas.
    categories = read("timeline-0.10.0-from-dbopen-test.timeline").timeline.categories
    assert [(c.label, c.colour) for c in categories] == [("Category 1", "#bc81e0")]


def test_a_second_category_of_an_event_is_noted_and_warned_about() -> None:
    loaded = read("ours-edge-cases.timeline")
    chandlery = event(loaded.timeline, "Smith & Sons chandlery opens")
    assert [c.label for c in loaded.timeline.categories if c.id == chandlery.category] == ["Trade & Crafts"]
    assert "In Timeline also in the category “Harbour”." in note(chandlery)
    assert (
        "85:7",
        "an event here has one category: “Trade & Crafts” is kept, and “Harbour” is noted on the event",
    ) in located(loaded.warnings)


@pytest.mark.parametrize(
    ("category", "kept", "others"),
    [
        (b"<category>A</category>", "“A” is kept", "“B” and “C”"),
        (b"", "it goes with the events that have none", "“A”, “B” and “C”"),
    ],
)
def test_several_other_categories_of_an_event_are_noted_in_one_warning(category: bytes, kept: str, others: str) -> None:
    raw = DECLARATION + (
        b"<timeline>\n<events>\n  <event><start>2000-1-1 00:00:00</start><end>2000-1-1 00:00:00</end><text>a</text>"
        + category
        + b"\n    <categories><category>A</category><category>B</category><category>C</category></categories>\n"
        b"  </event>\n</events>\n</timeline>\n"
    )
    loaded = read_timeline_xml(raw, "many.timeline")
    assert f"In Timeline also in the categories {others}." in note(loaded.timeline.events[0])
    assert ("5:5", f"an event here has one category: {kept}, and {others} are noted on the event") in located(
        loaded.warnings
    )


def test_each_web_link_is_a_source_the_event_cites() -> None:
    timeline = read("ours-full.timeline").timeline
    market = event(timeline, "Market hall opened")
    cited = {s.id: s for s in timeline.sources}
    sources = [cited[c.source] for c in market.citations]
    assert [(s.title, s.url, s.kind.value) for s in sources] == [
        ("example.org/brindlemoor/market-hall", "https://example.org/brindlemoor/market-hall", "other"),
        ("example.org/brindlemoor/archive/1854", "https://example.org/brindlemoor/archive/1854", "other"),
        (
            "example.org/brindlemoor/photos?id=12&page=2",
            "https://example.org/brindlemoor/photos?id=12&page=2",
            "other",
        ),
    ]


def test_links_that_are_not_web_addresses_are_noted_not_cited() -> None:
    loaded = read("ours-lenient.timeline")
    roof = event(loaded.timeline, "Guild hall roof repaired")
    assert [s.url for s in loaded.timeline.sources if s.id in {c.source for c in roof.citations}] == [
        "https://example.org/brindlemoor/roof"
    ]
    assert "Link in Timeline: “mailto:archive@example.org”." in note(roof)
    assert "Link in Timeline: “file:///C:/Brindlemoor/roof.pdf”." in note(roof)
    messages = [m for where, m in located(loaded.warnings) if where == "80:7"]
    assert messages == [
        "the link 'mailto:archive@example.org' is not a web address (http or https, with a host name and no "
        "spaces), so it is not a source; it is noted on the event",
        "the link 'file:///C:/Brindlemoor/roof.pdf' is not a web address (http or https, with a host name and no "
        "spaces), so it is not a source; it is noted on the event",
    ]


def test_a_link_without_a_host_name_is_noted_and_warned_about_where_it_is_rather_than_refusing_the_file() -> None:
    loaded = read("ours-odd-link.timeline")
    assert loaded.timeline.sources == []
    assert "Link in Timeline: “http://@”." in note(loaded.timeline.events[0])
    assert located(loaded.warnings)[1:] == [
        ("2:1", "Timeline files have no title; the timeline is named after the file"),
        (
            "3:90",
            "the link 'http://@' is not a web address (http or https, with a host name and no spaces), so it is not "
            "a source; it is noted on the event",
        ),
    ]


def test_the_description_is_the_summary_with_its_line_breaks() -> None:
    timeline = read("ours-full.timeline").timeline
    flood = event(timeline, "Great flood")
    assert flood.summary == 'The exact days are not known.\n\nChronicles only say "in the dark months".'
    chandlery = event(read("ours-edge-cases.timeline").timeline, "Smith & Sons chandlery opens")
    assert chandlery.summary is not None
    assert "<b>This is not markup</b> – it is plain text with an en dash and Ünïcödé." in chandlery.summary


# --------------------------------------------------------------------------------------
# Eras and the view
# --------------------------------------------------------------------------------------


def test_eras_are_periods_and_one_that_ends_today_is_open() -> None:
    periods = read("ours-full.timeline").timeline.periods
    assert [(p.label, p.start, p.end) for p in periods] == [
        ("Old Brindlemoor", day("-0120-06-01"), day("1450-03-12")),
        ("Modern Brindlemoor", day("1850-01-01"), None),
    ]


def test_an_era_without_duration_is_left_out_with_a_warning() -> None:
    loaded = read("ours-lenient.timeline")
    assert [p.label for p in loaded.timeline.periods] == ["Spring fair"]
    assert ("6:5", "the era “Instant era” starts and ends at the same moment; it is left out") in located(
        loaded.warnings
    )


def test_the_period_timeline_last_showed_is_the_view() -> None:
    view = read("ours-full.timeline").timeline.view
    assert (view.start, view.end) == (day("-0200-01-01"), day("2030-01-01"))
    dbopen = read("timeline-0.10.0-from-dbopen-test.timeline").timeline.view
    assert (dbopen.start, dbopen.end) == (day("2009-10-17"), day("2009-12-02"))


def test_a_view_where_there_is_nothing_gives_way_to_all_the_events() -> None:
    loaded = read("ours-lenient.timeline")
    # The events run from 12,001 BC to 1760; 2% of those 13,760 years (275) is added on each side.
    assert (loaded.timeline.view.start, loaded.timeline.view.end) == (PartialDate(-12275), PartialDate(2035))
    assert (
        "105:5",
        "Timeline last showed 1 January 2500 to 1 January 2600, where there is nothing; "
        "the timeline opens on all its events instead",
    ) in located(loaded.warnings)


def test_a_file_without_events_is_refused_as_having_nothing_to_show() -> None:
    with pytest.raises(TimelineLoadError) as caught:
        read("timeline-1.7.0-year0-from-xmltimeline-test.timeline")
    # Every problem, warnings too: what a refused file would have been called is not said.
    assert located(caught.value.problems) == [
        ("1:1", "no events found: there is nothing to show from this Timeline XML file")
    ]


# --------------------------------------------------------------------------------------
# What cannot be kept: warned about where it is
# --------------------------------------------------------------------------------------


def test_what_a_full_file_loses_is_warned_about_once_per_kind_and_place() -> None:
    warnings = [w for w in read("ours-full.timeline").warnings if w.line != 1]  # line 1: the builder's summary
    assert [(f"{w.line}:{w.column}", w.path, w.message) for w in warnings] == [
        ("2:1", "", "Timeline files have no title; the timeline is named after the file"),
        (
            "10:7",
            "era 1, color",
            "the colours of 2 eras (the first here) are not kept: periods here have no colour of their own",
        ),
        (
            "25:7",
            "category 1, progress_color",
            "the progress and done colours of 4 categories (the first here) are not kept: this app shows no progress",
        ),
        (
            "27:7",
            "category 1, font_color",
            "the font colours of 4 categories (the first here) are not kept: a category here has one colour",
        ),
        (
            "137:7",
            "event 7, default_color",
            "the own colours of 1 event without a category (the first here) are not kept: "
            "they take the colour of “No category”",
        ),
        ("157:7", "event 9, progress", "its progress (100% done) is not kept as progress; it is noted on the event"),
        (
            "159:7",
            "event 9, locked",
            "“locked” is not kept: it only stops Timeline from moving the event, and this app does not edit events",
        ),
        (
            "165:7",
            "event 10, start",
            "the time of day is dropped (from 21:45 to 23:10): this app keeps dates to the day; "
            "it is noted on the event",
        ),
        ("195:7", "view, hidden category 1", "the category “Festivals” was hidden in Timeline; it is shown here"),
    ]


def test_icons_alerts_and_labels_are_warned_about_at_each_event_and_alerts_and_labels_noted() -> None:
    edge = read("ours-edge-cases.timeline")
    assert ("92:7", "the event's icon is not kept: this app shows no images from files") in located(edge.warnings)
    assert (
        "90:7",
        "the alert is not kept as an alert (this app gives none); it is noted on the event",
    ) in located(edge.warnings)
    chandlery = event(edge.timeline, "Smith & Sons chandlery opens")
    assert "Timeline alert for 1854-05-01 09:00:00: “Prepare the opening speech”." in note(chandlery)
    assert "Marked 40% done in Timeline." in note(chandlery)
    newer = read("ours-2.5-style.timeline")
    labelled = [w for w in newer.warnings if w.path.endswith("labels")]
    assert [(w.line, w.column) for w in labelled] == [(52, 7), (81, 7)]
    assert "Labels in Timeline: voyage, moorhen." in note(event(newer.timeline, "The Moorhen sails to the south"))


def test_unknown_elements_are_ignored_with_one_warning_per_name() -> None:
    loaded = read("ours-lenient.timeline")
    unknown = [w for w in loaded.warnings if "<weather>" in w.message]
    assert located(unknown) == [
        (
            "77:7",
            "<weather> in <event> is not part of Timeline's format as this app knows it; "
            "it is ignored (here and wherever it appears again)",
        )
    ]


def test_what_timeline_would_refuse_but_can_be_read_is_read_with_warnings() -> None:
    loaded = read("ours-lenient.timeline")
    found = located(loaded.warnings)
    for expected in [
        (
            "38:7",
            "'dark red' is not a colour as r,g,b (red, green and blue, 0 to 255); "
            "the category “Guilds” is given one of the app's",
        ),
        ("39:7", "the parent category “Crafts” is not among the categories; “Guilds” is read as a category of its own"),
        (
            "70:5",
            'the attribute id="…" of <event> is not part of Timeline\'s format; '
            "it is ignored (here and wherever it appears again)",
        ),
        ("70:5", "there is no <end>; it is taken to be the start"),
        ("73:7", "'perhaps' is not True or False; it is read as False"),
        (
            "76:7",
            "the category “Carpenters” is not among the file's categories; it is made, with a colour of its own",
        ),
        (
            "79:7",
            "a second <description> in one <event> is not part of Timeline's format; "
            "only the first is read (here and wherever this happens again)",
        ),
        ("110:7", "the category “Fish market” was hidden in Timeline; it is shown here"),
        ("113:3", "the moment Timeline took as “now” is not kept: this app has none"),
    ]:
        assert expected in found
    roof = event(loaded.timeline, "Guild hall roof repaired")
    assert roof.date == day("1752-03-04")
    assert roof.summary == "The roof was repaired after the winter storms."


# --------------------------------------------------------------------------------------
# Refusals
# --------------------------------------------------------------------------------------


def test_xml_that_is_not_a_timeline_is_refused_saying_what_was_expected() -> None:
    problems = refused(DECLARATION + b"<rss version='2.0'><channel/></rss>\n")
    assert located(problems) == [("2:1", f"{NOT_A_TIMELINE_FILE}, not <rss>")]
    assert NOT_A_TIMELINE_FILE == (
        "this is not a Timeline file: expected a <timeline> root element with <events> (and <categories>, <view>)"
    )


def test_a_timeline_element_without_events_is_refused() -> None:
    problems = refused(DECLARATION + b"<timeline>\n  <categories/>\n</timeline>\n")
    assert located(problems) == [("2:1", f"{NOT_A_TIMELINE_FILE}; this <timeline> has no <events>")]


def test_a_spreadsheet_handed_to_the_reader_is_refused_saying_what_was_expected() -> None:
    csv = b"Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n1994,5,4,,,,,,,PfP,\n"
    problems = refused(csv, "timeline.csv")
    assert located(problems) == [
        ("1:1", f"{NOT_A_TIMELINE_FILE}, but the file starts with “Year,Month,Day,Time,End Year,End Month,E…”, not XML")
    ]


def test_timeline_s_old_text_format_is_refused_saying_how_to_convert_it() -> None:
    problems = refused((FIXTURES / "timeline-0.3.0-old-text-format.timeline").read_bytes())
    assert located(problems) == [
        (
            "1:1",
            "this is a file of Timeline older than 0.10, in its old text format, which this app does not read "
            "(nor does Timeline since 1.0): open it in Timeline 0.10 to 0.21.1 and save it there, "
            "then open the saved file",
        )
    ]


@pytest.mark.parametrize(
    ("name", "calendar"),
    [
        (
            "ours-numeric.timeline",
            "Timeline's numeric time type: its times are plain numbers (5, 12.5) with no calendar",
        ),
        ("ours-coptic.timeline", "the Coptic calendar: its dates look like Gregorian ones but name other days"),
        ("ours-bosparanian.timeline", "the Bosparanian calendar of the game The Dark Eye"),
    ],
)
def test_other_time_types_are_refused_naming_the_calendar(name: str, calendar: str) -> None:
    problems = refused((FIXTURES / name).read_bytes())
    assert [(f"{p.line}:{p.column}", p.path) for p in problems] == [("4:3", "timetype")]
    assert problems[0].message.startswith(f"this timeline uses {calendar}")
    assert problems[0].message.endswith("this app reads only Timeline files with Gregorian dates")


def test_the_pharaonic_calendar_is_refused_too_as_its_dates_would_be_misread() -> None:
    coptic = (FIXTURES / "ours-coptic.timeline").read_bytes()
    problems = refused(coptic.replace(b"<timetype>coptic</timetype>", b"<timetype>pharaonic</timetype>"))
    assert located(problems) == [
        (
            "4:3",
            "this timeline uses the ancient Egyptian (pharaonic) calendar: its dates look like Gregorian ones but "
            "name other days (its year has 13 months), so read as Gregorian every date would be wrong; "
            "this app reads only Timeline files with Gregorian dates",
        )
    ]


def test_an_entity_declaration_is_refused_where_it_is() -> None:
    laughs = (
        DECLARATION + b"<!DOCTYPE timeline [\n"
        b'  <!ENTITY lol "lol">\n'
        b'  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
        b"]>\n<timeline><events><event><text>&lol2;</text></event></events></timeline>\n"
    )
    assert located(refused(laughs)) == [
        (
            "3:3",
            "the file declares an entity (<!ENTITY lol …>); it is refused, because entities can make a small file "
            "expand without limit or read other files",
        )
    ]


def test_a_document_type_defined_elsewhere_is_refused() -> None:
    external = DECLARATION + b'<!DOCTYPE timeline SYSTEM "file:///etc/passwd">\n<timeline><events/></timeline>\n'
    assert located(refused(external)) == [
        (
            "2:1",
            "the document type refers to a definition elsewhere ('file:///etc/passwd'); it is refused, "
            "because this app never reads other files or the web on a file's behalf",
        )
    ]


def test_malformed_xml_is_refused_in_plain_words_with_its_line_and_column() -> None:
    full = (FIXTURES / "ours-full.timeline").read_bytes()
    mismatched = full.replace(
        b"</description>\n      <default_color>255,255,128", b"</descr>\n      <default_color>255,255,128"
    )
    assert located(refused(mismatched)) == [
        ("74:77", "not well-formed XML: this closing tag does not match <description>, opened at line 74, column 7")
    ]
    ampersand = full.replace(b"Town charter signed", b"Town charter & seal")
    assert located(refused(ampersand)) == [
        ("68:26", "not well-formed XML: an “&” in text must be written &amp; (and a “<” &lt;)")
    ]
    cut = full[: full.index(b"<text>Great flood")]
    assert located(refused(cut)) == [
        ("117:7", "not well-formed XML: the file ends before <event> (line 114, column 5) is closed; is it cut short?")
    ]


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    deep = DECLARATION + b"<timeline>\n" + b"<x>" * MAX_NESTING + b"</x>" * MAX_NESTING + b"</timeline>\n"
    assert located(refused(deep)) == [
        (f"3:{1 + 3 * (MAX_NESTING - 1)}", f"the XML is nested more than {MAX_NESTING} levels deep")
    ]


def test_text_that_is_not_utf_8_is_refused_unless_the_declaration_names_its_encoding() -> None:
    latin1 = (FIXTURES / "ours-latin1.timeline").read_bytes()
    cafe = read("ours-latin1.timeline").timeline
    assert [c.label for c in cafe.categories] == ["Cafés"]
    assert cafe.events[0].title == "Café du Port opens on the quay"
    undeclared = latin1.replace(b' encoding="iso-8859-1"', b"")
    assert located(refused(undeclared)) == [
        (
            "7:16",
            "byte 0xE9 is not UTF-8 text; save the file as UTF-8, "
            'or name its encoding in the XML declaration (<?xml version="1.0" encoding="…"?>)',
        )
    ]


def test_utf_16_without_a_declaration_saying_so_is_refused() -> None:
    text = (FIXTURES / "timeline-1.0.0-example.timeline").read_text(encoding="utf-8")
    as_utf16 = codecs.BOM_UTF16_LE + text.encode("utf-16-le")  # still declares utf-8
    assert located(refused(as_utf16)) == [
        ("1:1", "the file is UTF-16 text, but its XML declaration does not say so; save the file as UTF-8")
    ]
    declared = codecs.BOM_UTF16_LE + text.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16-le")
    assert read_timeline_xml(declared, "utf16.timeline").timeline.events[0].title == "Test"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            b'<?xml version="1.0" encoding="klingon"?>\n<timeline/>\n',
            "the XML declaration names the encoding 'klingon', which this app cannot read; save the file as UTF-8",
        ),
        (
            b'<?xml version="1.0" encoding="shift_jis"?>\n<timeline/>\n',
            "the XML declaration names the encoding 'shift_jis', which this app cannot read; save the file as UTF-8",
        ),
        (
            codecs.BOM_UTF32_LE + "<timeline/>".encode("utf-32-le"),
            "the file is UTF-32 text, which XML readers do not read; save the file as UTF-8",
        ),
        (b"  \n", "the file is empty; expected a <timeline> root element with <events> (and <categories>, <view>)"),
    ],
    ids=["unknown encoding", "multi-byte encoding", "UTF-32", "empty"],
)
def test_text_the_reader_cannot_decode_is_refused_at_the_top(raw: bytes, message: str) -> None:
    assert located(refused(raw)) == [("1:1", message)]


def test_a_cut_file_is_always_refused_with_a_located_error_never_a_crash() -> None:
    full = (FIXTURES / "ours-full.timeline").read_bytes()
    for end in range(0, len(full), 37):
        with pytest.raises(TimelineLoadError) as caught:
            read_timeline_xml(full[:end], "cut.timeline")
        assert all(p.line is not None and p.line >= 1 and p.column is not None for p in caught.value.problems)


# --------------------------------------------------------------------------------------
# Opening: the content decides, not the extension
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".timeline", ".xml", ".txt"])
def test_opening_a_timeline_file_picks_this_reader_whatever_its_extension(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"harbour{suffix}"
    shutil.copyfile(FIXTURES / "ours-full.timeline", path)
    loaded = load_timeline(path)
    assert loaded.file_format is FileFormat.TIMELINE_XML
    assert loaded.timeline.title == "harbour"
    assert len(loaded.timeline.events) == 11


def test_opening_the_old_text_format_named_timeline_gives_this_reader_s_refusal(tmp_path: Path) -> None:
    path = tmp_path / "demo.timeline"
    shutil.copyfile(FIXTURES / "timeline-0.3.0-old-text-format.timeline", path)
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    assert caught.value.read_as == "Timeline XML"
    assert "older than 0.10" in caught.value.errors[0].message
