"""Reading TimelineJS JSON files: what a reader of the imported timeline sees, and what they are told is lost.

The files are in ``tests/data/formats/timelinejs/`` (its README says where each comes from):
TimelineJS's own templates, its Women in Computing example, and our own files.
"""

from __future__ import annotations

import gc
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.dates import Precision
from timeline_app.domain.formats.csv_positions import read_rows
from timeline_app.domain.formats.html_text import html_to_text, parse_html
from timeline_app.domain.formats.timelinejs import read_timelinejs_json
from timeline_app.domain.formats.timelinejs_media import (
    MediaRole,
    media_role,
    media_type,
    page_title,
    source_kind,
    web_url,
)
from timeline_app.domain.formats.timelinejs_writer import timelinejs_json
from timeline_app.domain.loading import FileFormat, LoadedTimeline, collector_paused, parse_timeline
from timeline_app.domain.model import ContestedDate, Event, SourceKind, Timeline, as_shape
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError
from timeline_app.domain.wording import date_in_words

DATA = Path(__file__).resolve().parent.parent / "data" / "formats" / "timelinejs"
OURS = Path(__file__).resolve().parent.parent / "data" / "minimal.timeline.json"
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
NO_TITLE = ("1:1", "", "the file gives no title; the timeline is named after the file")


def read(name: str) -> LoadedTimeline:
    return read_timelinejs_json((DATA / name).read_bytes(), name)


def refusal(name: str, raw: bytes | None = None) -> TimelineLoadError:
    with pytest.raises(TimelineLoadError) as caught:
        read_timelinejs_json((DATA / name).read_bytes() if raw is None else raw, name)
    assert caught.value.read_as == "TimelineJS JSON"
    return caught.value


def located(problems: tuple[Problem, ...] | list[Problem]) -> list[tuple[str, str, str]]:
    """Each problem as line:column, path and message, leaving out the builder's own count of unsourced events."""
    return [
        (f"{p.line}:{p.column}", p.path, p.message)
        for p in problems
        if not p.message.endswith("(the detail pane says so for each)")
    ]


def slides(*events: dict[str, Any], **more: Any) -> LoadedTimeline:
    """A TimelineJS file of these slides (each given a year unless it has a date), read."""
    dated = [{"start_date": {"year": 2000}, **e} for e in events]
    return read_timelinejs_json(json.dumps({**more, "events": dated}, indent=1).encode(), "probe.json")


def event(timeline: Timeline, event_id: str) -> Event:
    return next(e for e in timeline.events if e.id == event_id)


def words(timeline: Timeline, event_id: str) -> str:
    return date_in_words(event(timeline, event_id).date)


def precision(timeline: Timeline, event_id: str) -> Precision:
    return as_shape(event(timeline, event_id).date).earliest().precision


def sources_by_title(timeline: Timeline) -> dict[str, tuple[SourceKind, str | None, str | None]]:
    return {s.title: (s.kind, s.publisher, s.url) for s in timeline.sources}


# --------------------------------------------------------------------------------------
# Women in Computing: TimelineJS's own example
# --------------------------------------------------------------------------------------


def test_women_in_computing_has_its_ten_events_title_and_description() -> None:
    loaded = read("women-in-computing.json")
    timeline = loaded.timeline
    assert loaded.file_format is FileFormat.TIMELINEJS_JSON
    assert timeline.title == "Women in Computing"
    assert timeline.description == (
        "In this sample timeline, we'll walk you through what TimelineJS can do by looking at some of the more "
        "important contributions women have made to computer science."
    )
    assert [e.title for e in timeline.events] == [
        "Ada Lovelace",
        "Edith Clarke: Bucking the Trend",
        "...And the women who made it work",
        "The First Computer",
        "Rózsa Péter writes recursion",
        "Grace Hopper invents the compiler",
        "Contributions to space exploration",
        "The First PhD in Computer Science",
        "Karen Spärck Jones makes search possible",
        '"The Mother of the Internet"',
    ]
    counts = (len(timeline.periods), len(timeline.categories), len(timeline.quotes), len(timeline.sources))
    assert counts == (0, 1, 1, 12)
    assert [c.label for c in timeline.categories] == ["Ungrouped"]


def test_women_in_computing_dates_keep_the_precision_the_file_gives() -> None:
    timeline = read("women-in-computing.json").timeline
    assert words(timeline, "ada-lovelace") == "10 December 1815 – 27 November 1852"
    assert words(timeline, "and-the-women-who-made-it-work") == "July 1943 – 1946"
    assert precision(timeline, "and-the-women-who-made-it-work") is Precision.MONTH
    assert words(timeline, "rozsa-peter-writes-recursion") == "1951"
    assert precision(timeline, "rozsa-peter-writes-recursion") is Precision.YEAR
    assert words(timeline, "edith-clarke-bucking-the-trend") == "14 March 1948"


def test_women_in_computing_media_and_links_become_cited_sources() -> None:
    timeline = read("women-in-computing.json").timeline
    sources = sources_by_title(timeline)
    # An image: its caption titles it, its credit publishes it, the caption's link is the page.
    assert sources["Portrait by Alfred Edward Chalon"] == (
        SourceKind.ENCYCLOPEDIA,
        "Wikimedia Commons",
        "https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg",
    )
    assert sources["Jean Bartik talks about the ENIAC women"] == (
        SourceKind.VIDEO,
        "Computer History Museum",
        "https://www.youtube.com/watch?v=aPweFhhXFvY",
    )
    assert sources["Reduction (recursion theory)"] == (
        SourceKind.ENCYCLOPEDIA,
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Reduction_(recursion_theory)",
    )
    # A picture with only a credit is credited, but a picture file is no page to link to.
    assert sources["The Ada Project"] == (SourceKind.OTHER, None, None)
    # The picture the page's source showed is said, as the picture's address is no page to cite.
    portrait = next(s for s in timeline.sources if s.title == "Portrait by Alfred Edward Chalon")
    assert portrait.note == (
        "TimelineJS shows the media at https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/"
        "Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg with this slide."
    )
    # Links in the text are cited too, titled by their text.
    assert sources["Charles Babbage's Analytical Engine"] == (
        SourceKind.ENCYCLOPEDIA,
        None,
        "https://en.wikipedia.org/wiki/Analytical_Engine",
    )
    cited = [c.source for c in event(timeline, "ada-lovelace").citations]
    assert cited == ["portrait-by-alfred-edward-chalon", "ada-lovelace", "charles-babbage-s-analytical-engine"]


def test_women_in_computing_blockquote_is_a_quote_with_its_speaker_and_role() -> None:
    timeline = read("women-in-computing.json").timeline
    (quote,) = timeline.quotes
    assert quote.text == (
        "There is no demand for women engineers, as such, as there are for women doctors; but there's always a "
        "demand for anyone who can do a good piece of work."
    )
    (person,) = timeline.people
    assert (person.id, person.name, person.role) == (
        "edith-clarke",
        "Edith Clarke",
        "first female professor of electrical engineering in the United States",
    )
    assert quote.speaker == person.id
    # The file does not say where the words were published: the file itself is the source.
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert source.title == "women-in-computing.json"
    assert event(timeline, "edith-clarke-bucking-the-trend").quotes == (quote.id,)


def test_women_in_computing_text_is_plain_with_its_notes_kept() -> None:
    timeline = read("women-in-computing.json").timeline
    assert event(timeline, "the-first-computer").summary == (
        'Code named "Project PX" and funded by the United States Army, the first general-purpose computer was the '
        "Electronic Numerical Integrator And Computer (ENIAC). It was developed at the University of Pennsylvania's "
        "Moore School of Electrical Engineering.\n\nTimeline can easily embed Google Maps"
    )


def test_women_in_computing_warns_once_about_backgrounds_and_the_unshown_map() -> None:
    assert located(read("women-in-computing.json").warnings) == [
        ("66:24", "events[2].background.url", "2 slides have background images, which this app does not show"),
        (
            "71:24",
            "events[3].media.url",
            "1 slide shows media (a picture, map, sound or video) with no credit, caption or link: this app shows "
            "no media, and with no source named, nothing of it is kept",
        ),
    ]


# --------------------------------------------------------------------------------------
# TimelineJS's templates
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "counts"),
    [
        ("all-media-types.json", "TimelineJS Media Types", (41, 0, 6, 1, 41)),
        ("cosmo.json", "Cosmological Scale Timeline", (7, 0, 1, 0, 4)),
        ("cosmo-mixed.json", "A Brief History of Light", (11, 0, 1, 0, 11)),
        ("cosmological.json", "cosmological", (6, 0, 1, 0, 3)),
        ("eras.json", "Eras Test", (20, 3, 1, 0, 19)),
        ("milliseconds.json", "Milliseconds", (5, 0, 1, 0, 0)),
    ],
)
def test_each_template_reads_with_its_events_periods_categories_quotes_and_sources(
    name: str, title: str, counts: tuple[int, int, int, int, int]
) -> None:
    timeline = read(name).timeline
    assert timeline.title == title
    found = (
        len(timeline.events),
        len(timeline.periods),
        len(timeline.categories),
        len(timeline.quotes),
        len(timeline.sources),
    )
    assert found == counts


def test_deep_time_is_said_in_years_ago_and_recent_bce_years_as_bc() -> None:
    timeline = read("cosmo.json").timeline
    assert words(timeline, "the-big-bang") == "13.8 billion years ago"
    assert words(timeline, "paleozoic-era") == "538.8 million years ago – 251.902 million years ago"
    # TimelineJS shows -315000 and -3500 as BCE years since 3.9.11; so do we, as the years they name.
    assert words(timeline, "approximate-date-of-appearance-of-homo-sapiens") == "315,000 BC"
    assert words(timeline, "oldest-known-depiction-of-a-wheeled-vehicle") == "3500 BC"
    assert str(event(timeline, "the-big-bang").date) == "-13799999999"


def test_deep_time_and_human_dates_mix() -> None:
    timeline = read("cosmo-mixed.json").timeline
    assert words(timeline, "the-big-bang") == "13.8 billion years ago"
    assert words(timeline, "euclid-s-optica") == "300 BC"
    assert event(timeline, "euclid-s-optica").title == "Euclid's Optica"  # the headline's <i> is dropped
    assert words(timeline, "apollo-11-humans-walk-on-the-moon") == "20 July 1969"
    assert precision(timeline, "galileo-points-a-telescope-at-the-moon") is Precision.MONTH


def test_an_explicit_cosmological_scale_reads_and_year_zero_is_said_to_be_1_bc() -> None:
    loaded = read("cosmological.json")
    assert words(loaded.timeline, "today") == "1 BC"
    assert words(loaded.timeline, "the-big-bang") == "13.798 billion years ago"
    assert located(loaded.warnings) == [
        ("1:1", "", "the file gives no title; the timeline is named after the file"),
        (
            "112:27",
            "events[5].start_date.year",
            "year 0: TimelineJS shows it as “0”, a year historians do not count; it is read as 1 BC "
            "(the year before AD 1)",
        ),
    ]


def test_eras_become_periods_and_wikipedia_media_become_sources() -> None:
    timeline = read("eras.json").timeline
    assert [(p.label, str(p.start), str(p.end)) for p in timeline.periods] == [
        ("Era Test 650-700", "0650", "0700"),
        ("Era Test 600-650", "0600", "0650"),
        ("Era Test 700-720", "0700", "0720"),
    ]
    assert words(timeline, "muhammad-migrates-from-mecca-to-medina") == "9 August AD 622 – 23 August AD 622"
    assert sources_by_title(timeline)["Grand Canal (China)"] == (
        SourceKind.ENCYCLOPEDIA,
        None,
        "https://en.wikipedia.org/wiki/Grand_Canal_(China)",
    )
    # The title slide's text has no event to cite from: its web address stays in the description.
    assert timeline.description == (
        "Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages"
    )


def test_times_of_day_are_noted_on_each_event_and_warned_about_once() -> None:
    loaded = read("milliseconds.json")
    notes = [e.confidence.note or "" for e in loaded.timeline.events]
    assert notes[0].endswith("The file gives the time 01:01:01.001, with no time zone.")
    assert notes[4].endswith("The file gives the time 01:01:01.060, with no time zone.")
    # TimelineJS gives same-headline slides -2, -3… ids; so does our format.
    assert [e.id for e in loaded.timeline.events] == ["test", "test-2", "test-3", "test-4", "test-5"]
    assert located(loaded.warnings) == [
        (
            "14:27",
            "events[0].start_date.hour",
            "5 dates give a time of day, which this app does not show (its dates stop at the day); the notes of "
            "the events keep it",
        )
    ]


@pytest.mark.parametrize(
    ("headline", "kind", "publisher", "url"),
    [
        ("YouTube Videos", SourceKind.VIDEO, None, "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s"),
        ("Vimeo", SourceKind.VIDEO, "Joe York/Southern Foodways Alliance", "http://vimeo.com/20839673"),
        ("Wikipedia", SourceKind.ENCYCLOPEDIA, "Wikipedia", "https://en.wikipedia.org/wiki/Mechanical_Turk"),
        (
            "Document Cloud",
            SourceKind.OTHER,
            "Nil Mulvad",
            "https://www.documentcloud.org/documents/1377371-folketinget.html",
        ),
        # A picture file is no page: the source links where the picture's link leads.
        (
            "Image, JPG",
            SourceKind.ENCYCLOPEDIA,
            "Wikipedia Commons",
            "https://en.wikipedia.org/wiki/Rocky_Mountains#/media/File:Moraine_Lake_17092005.jpg",
        ),
        ("Image, PNG", SourceKind.OTHER, "pngimg.com", None),
        ("Audio", SourceKind.OTHER, None, None),
        # An embed's page is its iframe's src.
        (
            "iFrame",
            SourceKind.OTHER,
            "Luke Rague",
            "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9"
            "ZdqH2xqVNk&font=Default&lang=en&initial_zoom=2&height=650",
        ),
        (
            "Wikimedia Images",
            SourceKind.OTHER,
            "Wikipedia",
            "https://commons.wikimedia.org/wiki/File:Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg",
        ),
    ],
)
def test_each_media_type_becomes_the_source_a_reader_expects(
    headline: str, kind: SourceKind, publisher: str | None, url: str | None
) -> None:
    timeline = read("all-media-types.json").timeline
    cited = next(e for e in timeline.events if e.title == headline).citations[0].source
    source = next(s for s in timeline.sources if s.id == cited)
    assert (source.kind, source.publisher, source.url) == (kind, publisher, url)


def test_a_picture_file_kept_as_a_source_keeps_its_address_in_the_note() -> None:
    timeline = read("all-media-types.json").timeline
    assert next(s for s in timeline.sources if s.title == "A Banana").note == (
        "TimelineJS shows the media at https://pngimg.com/uploads/banana/banana_PNG851.png with this slide."
    )


def test_a_blockquote_without_cite_is_spoken_by_its_credit_and_its_note_keeps_the_credit() -> None:
    timeline = read("all-media-types.json").timeline
    (quote,) = timeline.quotes
    assert (quote.text, quote.speaker, quote.note) == (
        "This is a block quote.",
        "galactic",
        "The file credits the words to “Galactic”. The caption in the file: “That is a block quote.”",
    )


def test_groups_become_categories_in_the_order_timelinejs_stacks_them() -> None:
    timeline = read("all-media-types.json").timeline
    assert [c.label for c in timeline.categories] == ["Video", "Social Media", "Audio", "HTML", "Image", "Ungrouped"]
    assert [c.colour for c in timeline.categories][:2] == ["#0072B2", "#E69F00"]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://EN.WIKIPEDIA.ORG/wiki/Ada_Lovelace", SourceKind.ENCYCLOPEDIA),
        ("https://example.org/en.wikipedia.org/wiki/Ada", SourceKind.OTHER),
        ("https://home.wi.st/medias/abc", SourceKind.VIDEO),
        ("https://Fast.WISTIA.com/embed/abc", SourceKind.VIDEO),
        ("https://dai.ly/x7tgad0", SourceKind.VIDEO),
        ("https://www.YOUTUBE.com/watch?v=1", SourceKind.OTHER),  # TimelineJS's pattern wants it in lower case
        ("https://vimeo.com/20839673", SourceKind.VIDEO),
        ("https://example.org/vimeo.pdf", SourceKind.OTHER),
    ],
)
def test_the_kind_of_a_source_is_told_from_its_address_as_timelinejs_tells_media(url: str, kind: SourceKind) -> None:
    assert source_kind(url) is kind


def test_answers_about_long_addresses_are_not_kept_after_a_file_is_read() -> None:
    # A picture written into a data: address can be megabytes: remembered, it would stay after the file is read.
    # (The addresses have a space, which answers is_web_url before urlsplit, whose own cache keeps 128 of them.)
    long = "https://example.org/" + "a" * 5000 + " b"
    short = "https://example.org/" + "b" * 10 + " c"
    held = sys.getrefcount(long), sys.getrefcount(short)
    for question in (media_type, web_url, source_kind):
        assert question(long) == question(long + "")
        question(short)
    assert sys.getrefcount(long) == held[0]
    assert sys.getrefcount(short) > held[1], "short ones are remembered"
    assert (web_url(long), web_url(None), web_url(""), web_url("https://example.org/a")) == (False, False, False, True)


@pytest.mark.parametrize(
    ("url", "kind", "role"),
    [
        ("https://www.youtube.com/watch?v=aPweFhhXFvY", "youtube", MediaRole.DOCUMENT),
        ("https://upload.wikimedia.org/x/Ada.jpg", "image", MediaRole.PICTURE),
        ("https://example.org/report", "imageblank", MediaRole.DOCUMENT),
        ("https://example.org/spotify-notes.html", "spotify", MediaRole.DOCUMENT),
        ('<blockquote class="twitter-tweet"><p>x</p></blockquote>', "twitterembed", MediaRole.PICTURE),
        ("<blockquote>Words <cite>Someone</cite></blockquote>", "blockquote", MediaRole.QUOTE),
        ("https://www.google.com/maps/@42.03,-87.66,15z", "googlemaps", MediaRole.PICTURE),
    ],
)
def test_media_types_are_told_apart_as_timelinejs_does(url: str, kind: str, role: MediaRole) -> None:
    assert (media_type(url), media_role(url)) == (kind, role)


# --------------------------------------------------------------------------------------
# Our own files
# --------------------------------------------------------------------------------------


def test_bce_years_are_the_years_timelinejs_shows() -> None:
    timeline = read("ours-timeline.json").timeline
    assert words(timeline, "alesia") == "52 BC"
    assert words(timeline, "zela") == "2 August 47 BC"
    assert words(timeline, "caesar-assassination") == "15 March 44 BC"
    assert str(event(timeline, "caesar-assassination").date) == "-0043-03-15"
    assert [(p.label, p.start.in_words(), p.end.in_words() if p.end else None) for p in timeline.periods] == [
        ("Caesar's Gallic Wars", "58 BC", "50 BC"),
        ("Apollo programme (to the last splashdown)", "1961", "19 December 1972"),
    ]


def test_display_dates_are_noted_and_a_circa_marks_the_date_approximate() -> None:
    timeline = read("ours-timeline.json").timeline
    assert words(timeline, "mona-lisa") == "c. 1503 – 1506"
    assert (event(timeline, "mona-lisa").confidence.note or "").endswith("TimelineJS shows the date as “c. 1503–1506”.")
    assert (event(timeline, "caesar-assassination").confidence.note or "").endswith(
        "TimelineJS shows the date as “Ides of March, 44 BC”."
    )
    assert words(timeline, "caesar-assassination") == "15 March 44 BC"  # not approximate: no "c." or "?"


def test_unique_ids_groups_and_times_are_kept() -> None:
    timeline = read("ours-timeline.json").timeline
    assert [e.id for e in timeline.events] == [
        "alesia",
        "zela",
        "caesar-assassination",
        "mona-lisa",
        "galileo-moon",
        "apollo-11-landing",
        "apollo-11-mission",
    ]
    assert [c.label for c in timeline.categories] == ["Rome", "Renaissance", "Science", "Space"]
    assert event(timeline, "apollo-11-mission").category == "space"
    assert (event(timeline, "apollo-11-mission").confidence.note or "").endswith(
        "The file gives the start time 13:32 and the end time 16:50, with no time zone."
    )
    assert (event(timeline, "apollo-11-landing").confidence.note or "").endswith(
        "The file gives the time 20:17, with no time zone."
    )


def test_a_quote_whose_cite_says_how_it_reached_us_cites_the_credit_as_its_source() -> None:
    timeline = read("ours-timeline.json").timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert (quote.text, person.name, person.role) == ("Veni, vidi, vici.", "Julius Caesar", None)
    assert quote.note == (
        "The file credits the words to “Plutarch, Life of Caesar; Suetonius, Divus Julius” and attributes them to "
        "“Julius Caesar, as reported by Plutarch and Suetonius”."
    )
    assert (source.title, source.url) == ("Plutarch, Life of Caesar; Suetonius, Divus Julius", None)


def test_a_media_link_is_the_source_and_a_web_address_without_autolink_is_not() -> None:
    timeline = read("ours-timeline.json").timeline
    assert sources_by_title(timeline) == {
        "Plutarch, Life of Caesar; Suetonius, Divus Julius": (SourceKind.OTHER, None, None),
        "Placeholder image of a Roman bust": (
            SourceKind.OTHER,
            "Example Museum (fictional)",
            "https://example.org/collection/item/44",
        ),
    }
    # "autolink": false: TimelineJS shows https://example.org/notes/ides as text, and so the summary does.
    assert "https://example.org/notes/ides" in (event(timeline, "caesar-assassination").summary or "")


def test_our_timeline_file_warns_where_something_is_lost() -> None:
    loaded = read("ours-timeline.json")
    assert loaded.timeline.title == "Ours: a JSON fixture in TimelineJS format"
    assert located(loaded.warnings) == [
        ("8:20", "title.media.url", "the title slide's media is not shown: this app shows no media"),
        (
            "45:29",
            "events[1].text.headline",
            "no headline: the event is titled “No headline. The year is a string, and the date carries its…” "
            "from the start of its text",
        ),
        ("73:24", "events[2].background.url", "1 slide has a background image, which this app does not show"),
        (
            "101:74",
            "events[5].start_date.hour",
            "3 dates give a time of day, which this app does not show (its dates stop at the day); the notes of "
            "the events keep it",
        ),
    ]


def test_the_smallest_timelinejs_file_is_one_untitled_event_named_after_the_file() -> None:
    loaded = read("ours-minimal.json")
    (only,) = loaded.timeline.events
    assert (loaded.timeline.title, only.title, str(only.date)) == ("ours-minimal", "Untitled event", "2000")
    assert located(loaded.warnings) == [
        ("1:1", "", "the file gives no title; the timeline is named after the file"),
        ("3:9", "events[0].text.headline", "no headline: the event is called “Untitled event”"),
    ]


def test_our_own_extra_keys_are_not_read_and_that_is_said() -> None:
    loaded = read("ours-extra-keys.json")
    assert [e.id for e in loaded.timeline.events] == ["caesar-assassination", "mona-lisa"]
    assert words(loaded.timeline, "mona-lisa") == "c. 1503"
    assert located(loaded.warnings) == [
        (
            "5:5",
            "x_timeline_viewer",
            "the extra data under “x_timeline_viewer” (4 places) is not read: TimelineJS ignores it, "
            "and the timeline is read from what TimelineJS shows",
        )
    ]


def test_an_era_without_an_end_is_left_out_with_a_warning() -> None:
    loaded = read("ours-invalid-era-without-end.json")
    assert loaded.timeline.periods == []
    assert len(loaded.timeline.events) == 1
    assert located(loaded.warnings) == [
        ("1:1", "", "the file gives no title; the timeline is named after the file"),
        (
            "9:9",
            "eras[0].end_date",
            "an era without an end date: TimelineJS refuses it (“All eras must have start and end dates”); "
            "it is left out",
        ),
    ]


def test_each_edge_case_is_read_as_far_as_it_is_sound() -> None:
    timeline = read("ours-edge-cases.json").timeline
    assert timeline.title == "Ours: edge cases & warnings"
    assert timeline.description == (
        "Each slide tests one thing the importer keeps, drops or warns about. See our (fictional) notes "
        "(https://example.org/about)."
    )
    assert words(timeline, "year-zero") == "1 BC"
    assert words(timeline, "a-fraction-of-a-year") == "1815"
    assert words(timeline, "month-13") == "2021"
    assert words(timeline, "30-february") == "February 2021"
    assert words(timeline, "a-day-without-a-month") == "2021"
    assert words(timeline, "chicxulub-impact") == "66 million years ago"
    assert words(timeline, "an-end-before-the-start") == "1950"
    assert [event(timeline, i).title for i in ("twin", "twin-2")] == ["First twin", "Second twin"]
    assert words(timeline, "an-approximate-date") == "c. 1500"
    assert words(timeline, "an-uncertain-date") == "1600 (date uncertain)"
    assert event(timeline, "the-early-18th-century").title == "The early 18th century"
    assert event(timeline, "untitled-event").title == "Untitled event"
    assert event(timeline, "a-quotation-without-a-speaker").summary == "“Words with no one to say them.”"
    assert (
        event(timeline, "markup-in-the-text").summary
        == "First paragraph.\nSecond line.\n\n• one\n• two\n\n“Entities” & more"
    )
    assert event(timeline, "markup-in-the-text").category == "bold-group"
    # TimelineJS shows no time for the numbers 0, but 12:00 AM for the texts "0": so do the notes.
    assert (event(timeline, "midnight-as-numbers-which-timelinejs-does-not").confidence.note or "").endswith(
        "nobody has checked it against its sources."
    )
    assert (event(timeline, "midnight-as-text-which-timelinejs-shows").confidence.note or "").endswith(
        "The file gives the time 00:00, with no time zone."
    )
    # TimelineJS drops an end the same as the start, as redundant.
    assert words(timeline, "an-end-the-same-as-the-start") == "19 August 1991"
    assert [c.label for c in timeline.categories] == ["Bold group", "Ungrouped"]
    assert [(p.label, p.note) for p in timeline.periods] == [("Untitled era", "An era without a headline.")]


def test_a_bare_web_address_is_a_source_when_timelinejs_would_link_it() -> None:
    timeline = read("ours-edge-cases.json").timeline
    cited = [c.source for c in event(timeline, "a-bare-picture").citations]
    assert [(s.title, s.url) for s in timeline.sources if s.id in cited] == [
        ("example.org/reading", "https://example.org/reading")
    ]


def test_a_cite_splits_into_a_speaker_and_role_and_a_credit_link_is_the_quote_s_source() -> None:
    timeline = read("ours-edge-cases.json").timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert (quote.text, person.name, person.role) == ("Quoted words.", "Ada Lovelace", "mathematician")
    assert (source.title, source.url) == ("Letters (fictional)", "https://example.org/letters")


def test_each_edge_case_is_warned_about_where_it_is() -> None:
    assert located(read("ours-edge-cases.json").warnings) == [
        (
            "8:14",
            "scale",
            "TimelineJS knows no scale “geological” (only “human” and “cosmological”) and would not show this "
            "file; the dates are read as they are",
        ),
        (
            "11:27",
            "events[0].start_date",
            "no year: TimelineJS would show this date in year 0; the event is left out",
        ),
        (
            "14:9",
            "events[1].start_date",
            "no start date: TimelineJS does not show this slide, nor does this app",
        ),
        (
            "18:37",
            "events[2].start_date.year",
            "year 0: TimelineJS shows it as “0”, a year historians do not count; it is read as 1 BC "
            "(the year before AD 1)",
        ),
        (
            "22:37",
            "events[3].start_date.year",
            "the year 1815.5 is not a whole number: it is read as 1815, as TimelineJS does",
        ),
        (
            "26:54",
            "events[4].start_date.month",
            "there is no month 13 (TimelineJS would move the date into another month); only the year is kept",
        ),
        (
            "30:66",
            "events[5].start_date.day",
            "February 2021 has 28 days, so there is no day 30 (TimelineJS would move the date into another "
            "month); only the month is kept",
        ),
        (
            "34:52",
            "events[6].start_date.day",
            "a day without a month: TimelineJS shows it in January; only the year is kept",
        ),
        (
            "38:59",
            "events[7].start_date.month",
            "a year beyond four digits is a whole year in this app (TimelineJS too places it by the year alone): "
            "the month and day are left out",
        ),
        (
            "43:25",
            "events[8].end_date",
            "the end (1946) is before the start (1950); the end is left out",
        ),
        (
            "52:26",
            "events[10].unique_id",
            "the unique_id “twin” is also that of events[9] (line 46); this one's id is “twin-2”",
        ),
        (
            "69:35",
            "events[13].text.headline",
            "no headline: the event is titled by its display date, “The early 18th century”",
        ),
        ("71:9", "events[14].text.headline", "no headline: the event is called “Untitled event”"),
        (
            "75:55",
            "events[15].start_date.format",
            "1 date gives a display format (“format”), which is not used: this app writes dates in its own words",
        ),
        (
            "76:31",
            "events[15].media.url",
            "the quotation names no speaker (no <cite> and no credit): its words are kept in the event's summary",
        ),
        (
            "81:31",
            "events[16].media.url",
            "1 slide shows media (a picture, map, sound or video) with no credit, caption or link: this app shows "
            "no media, and with no source named, nothing of it is kept",
        ),
        (
            "106:53",
            "events[20].start_date.hour",
            "1 date gives a time of day, which this app does not show (its dates stop at the day); the notes of "
            "the events keep it",
        ),
        ("116:9", "eras[0].start_date", "an era without a start date: TimelineJS refuses it; it is left out"),
        ("122:25", "eras[1].end_date", "the era ends (1940) before it starts (1950); it is left out"),
        ("128:35", "eras[2].text.headline", "an era without a headline: it is called “Untitled era”"),
    ]


def test_a_broken_link_is_left_out_rather_than_refusing_the_file() -> None:
    raw = (
        b'{"events": [{"start_date": {"year": 2000}, "text": {"headline": "Links", "text": '
        b'"<a href=\\"https://\\">no host</a>, <a href=\\"http://[::1\\">no bracket</a>, '
        b'<a href=\\"https://example.org/ok\\">fine</a>"}}]}'
    )
    loaded = read_timelinejs_json(raw, "links.json")
    assert [(s.title, s.url) for s in loaded.timeline.sources] == [("fine", "https://example.org/ok")]
    assert loaded.timeline.events[0].summary == "no host, no bracket, fine"


# --------------------------------------------------------------------------------------
# Quotes: who said the words, as far as the file says it
# --------------------------------------------------------------------------------------

WORDS = "<blockquote>Words said.</blockquote>"


@pytest.mark.parametrize(
    ("media", "name", "role", "note"),
    [
        # A credit names occasions and publishers too: only what comes before its first comma is the speaker.
        (
            {"url": WORDS, "credit": "Winston Churchill, House of Commons, 4 June 1940"},
            "Winston Churchill",
            None,
            "The file credits the words to “Winston Churchill, House of Commons, 4 June 1940”.",
        ),
        ({"url": WORDS, "credit": "Henry Ford, II, at Dearborn"}, "Henry Ford, II", None, None),
        # A <cite> written "Name, role" is TimelineJS's own convention; a name suffix is no role.
        (
            {"url": "<blockquote>Words said.<cite>Martin Luther King, Jr.</cite></blockquote>", "credit": "AP Photo"},
            "Martin Luther King, Jr.",
            None,
            "The file credits the words to “AP Photo” and attributes them to “Martin Luther King, Jr.”.",
        ),
        (
            {"url": "<blockquote>Words said. <cite>Martin Luther King, Jr., minister</cite></blockquote>"},
            "Martin Luther King, Jr.",
            "minister",
            "The file attributes the words to “Martin Luther King, Jr., minister”.",
        ),
        ({"url": "<blockquote>Words said. <cite>Louis XIV</cite></blockquote>"}, "Louis XIV", None, None),
        ({"url": "<blockquote>Words said. <cite>Ada Lovelace, Sr</cite></blockquote>"}, "Ada Lovelace, Sr", None, None),
    ],
)
def test_a_role_comes_only_from_a_cite_and_a_name_suffix_stays_with_the_name(
    media: dict[str, str], name: str, role: str | None, note: str | None
) -> None:
    timeline = slides({"text": {"headline": "Said"}, "media": media}).timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    assert (quote.text, person.name, person.role) == ("Words said.", name, role)
    if note is not None:
        assert quote.note == note


def test_a_credit_that_is_only_a_link_names_where_the_words_were_published_not_who_said_them() -> None:
    wiki = "https://en.wikipedia.org/wiki/Foo"
    loaded = slides(
        {
            "text": {"headline": "Wiki"},
            "media": {"url": "<blockquote>x y z</blockquote>", "credit": f"<a href='{wiki}'>Wikipedia</a>"},
        }
    )
    timeline = loaded.timeline
    assert (timeline.quotes, timeline.people) == ([], [])
    only = timeline.events[0]
    assert only.summary == "“x y z”"
    assert [sources_by_title(timeline)[s.title] for s in timeline.sources if s.id == only.citations[0].source] == [
        (SourceKind.ENCYCLOPEDIA, "Wikipedia", wiki)
    ]
    assert located(loaded.warnings)[1:] == [
        (
            "11:12",
            "events[0].media.url",
            "the quotation names no speaker (no <cite>, and the credit is only a link): its words are kept in the "
            "event's summary, and where they were published as a source the event cites",
        )
    ]


def test_a_credit_that_is_only_a_web_address_is_where_the_words_were_published() -> None:
    loaded = slides({"media": {"url": "<blockquote>x y z</blockquote>", "credit": "https://example.org/speech"}})
    assert (loaded.timeline.quotes, loaded.timeline.people) == ([], [])
    assert [(s.title, s.url) for s in loaded.timeline.sources] == [("example.org/speech", "https://example.org/speech")]
    assert loaded.timeline.events[0].citations[0].source == loaded.timeline.sources[0].id


def test_a_cite_beside_a_credit_link_speaks_and_the_link_is_the_quote_s_source() -> None:
    timeline = slides(
        {
            "media": {
                "url": "<blockquote>x y z <cite>Ada Lovelace</cite></blockquote>",
                "credit": "<a href='https://example.org/letters'>https://example.org/letters</a>",
            }
        }
    ).timeline
    (quote,) = timeline.quotes
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert (timeline.people[0].name, source.title, source.url) == (
        "Ada Lovelace",
        "example.org/letters",
        "https://example.org/letters",
    )


@pytest.mark.parametrize(
    ("link", "url"),
    [(None, "https://example.org/report"), ("https://example.org/speech", "https://example.org/speech")],
)
def test_a_quotation_s_source_is_its_media_link_or_else_a_link_in_its_caption(link: str | None, url: str) -> None:
    media = {
        "url": "<blockquote>Some words.</blockquote>",
        "credit": "A Speaker, Minister",
        "caption": '4 May 1994; source: <a href="https://example.org/report">“A report”</a>',
        **({"link": link} if link else {}),
    }
    timeline = slides({"media": media}).timeline
    (quote,) = timeline.quotes
    assert next(s.url for s in timeline.sources if s.id == quote.source) == url
    assert quote.note == (
        "The file credits the words to “A Speaker, Minister”. The caption in the file: “4 May 1994; source: “A report””"
    )


def test_a_blockquote_with_a_cite_in_the_text_is_a_quote_of_the_event_and_one_without_stays_text() -> None:
    text = (
        "<p>Before.</p><blockquote>“Second words.” <cite>B Person, envoy</cite></blockquote>"
        '<p>1995; source: <a href="https://example.org/b">B\'s paper</a></p>'
        "<blockquote>Just set apart.</blockquote><p>After, with <a href='https://example.org/c'>a link</a>.</p>"
    )
    timeline = slides({"unique_id": "e", "text": {"headline": "Quoted", "text": text}}).timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert (quote.text, person.name, person.role) == ("Second words.", "B Person", "envoy")
    assert (source.title, source.url, quote.note) == (
        "B's paper",
        "https://example.org/b",
        "The file attributes the words to “B Person, envoy”.",
    )
    assert event(timeline, "e").quotes == (quote.id,)
    # Words set apart that name nobody stay in the summary, in quotation marks: they are still quoted words.
    assert (
        event(timeline, "e").summary == "Before.\n\n1995; source: B's paper\n\n“Just set apart.”\n\nAfter, with a link."
    )


@pytest.mark.parametrize(
    ("block", "summary"),
    [
        ("<blockquote><p>One.</p><p>Two.</p></blockquote>", "Before.\n\n“One.\n\nTwo.”\n\nAfter."),
        ("<blockquote>“Already quoted.”</blockquote>", "Before.\n\n“Already quoted.”\n\nAfter."),
        # A <cite> of dashes or dots names nobody: the block is words set apart, as without one.
        ("<blockquote>Words. <cite>—</cite></blockquote>", "Before.\n\n“Words.”\n\nAfter."),
        ("<blockquote>Words. <cite> … </cite></blockquote>", "Before.\n\n“Words.”\n\nAfter."),
        ("<blockquote>Words. <cite>-–-</cite></blockquote>", "Before.\n\n“Words.”\n\nAfter."),
    ],
)
def test_a_blockquote_in_the_text_that_names_nobody_stays_in_the_summary_in_quotation_marks(
    block: str, summary: str
) -> None:
    loaded = slides(
        {"unique_id": "e", "text": {"headline": "Set apart", "text": f"<p>Before.</p>{block}<p>After.</p>"}}
    )
    assert (loaded.timeline.quotes, loaded.timeline.people) == ([], [])
    assert event(loaded.timeline, "e").summary == summary
    assert not [p for p in loaded.warnings if "quot" in p.message]


@pytest.mark.parametrize("cite", ["—", "…", "- –", "“”"])
def test_a_media_cite_of_only_punctuation_names_nobody(cite: str) -> None:
    loaded = slides({"unique_id": "e", "media": {"url": f"<blockquote>Words said. <cite>{cite}</cite></blockquote>"}})
    assert (loaded.timeline.quotes, loaded.timeline.people) == ([], [])
    assert event(loaded.timeline, "e").summary == "“Words said.”"
    assert any("the quotation names no speaker (no <cite> and no credit)" in p.message for p in loaded.warnings)


_MINISTER = "<blockquote><p>Words.</p><p><cite>Jane Doe</cite>, Minister</p></blockquote>"


@pytest.mark.parametrize("where", ["text", "media"])
@pytest.mark.parametrize(
    ("quotation", "name", "role", "attribution"),
    [
        # What follows the <cite> in its paragraph is the attribution's, not the words'.
        (_MINISTER, "Jane Doe", "Minister", "Jane Doe, Minister"),
        (
            "<blockquote><p>Words.</p><p><cite>Jane Doe</cite>, <i>Minister</i><br>At the UN</p></blockquote>",
            "Jane Doe",
            "Minister",
            "Jane Doe, Minister; At the UN",
        ),
        ("<blockquote>Words. <cite>Jane Doe</cite> said so</blockquote>", "Jane Doe", None, "Jane Doe said so"),
        # Two cites are two names: the first speaks, the note keeps both.
        (
            "<blockquote>Words. <cite>Karl Marx</cite><cite>Friedrich Engels</cite></blockquote>",
            "Karl Marx",
            None,
            "Karl Marx, Friedrich Engels",
        ),
        (
            "<blockquote>Words. <cite>Karl Marx</cite> and <cite>Friedrich Engels</cite></blockquote>",
            "Karl Marx",
            None,
            "Karl Marx and Friedrich Engels",
        ),
        # A year or a date after the comma says when, not who: no role.
        (
            "<blockquote>Words. <cite>Nelson Mandela, 1964</cite></blockquote>",
            "Nelson Mandela",
            None,
            "Nelson Mandela, 1964",
        ),
        (
            "<blockquote>Words. <cite>Nelson Mandela, 20 April 1964</cite></blockquote>",
            "Nelson Mandela",
            None,
            "Nelson Mandela, 20 April 1964",
        ),
        (
            "<blockquote>Words. <cite>Nelson Mandela, April 20, 1964</cite></blockquote>",
            "Nelson Mandela",
            None,
            "Nelson Mandela, April 20, 1964",
        ),
        ("<blockquote>Words. <cite>Cicero, c. 63 BC</cite></blockquote>", "Cicero", None, "Cicero, c. 63 BC"),
        ("<blockquote>Words. <cite>Jane Doe, 1960s</cite></blockquote>", "Jane Doe", None, "Jane Doe, 1960s"),
        # Words that only look like dates are roles still.
        ("<blockquote>Words. <cite>Jane Doe, Mayor</cite></blockquote>", "Jane Doe", "Mayor", "Jane Doe, Mayor"),
        (
            "<blockquote>Words. <cite>Jane Doe, Mayor 1964–70</cite></blockquote>",
            "Jane Doe",
            "Mayor 1964–70",
            "Jane Doe, Mayor 1964–70",
        ),
        (
            "<blockquote>Words. <cite>John Doe, 1st Earl</cite></blockquote>",
            "John Doe",
            "1st Earl",
            "John Doe, 1st Earl",
        ),
    ],
)
def test_who_a_quotation_names_is_read_from_its_cites_and_the_note_keeps_them_as_written(
    where: str, quotation: str, name: str, role: str | None, attribution: str
) -> None:
    slide = {"text": {"headline": "Said", "text": quotation}} if where == "text" else {"media": {"url": quotation}}
    timeline = slides({"unique_id": "e", **slide}).timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    assert (quote.text, person.name, person.role) == ("Words.", name, role)
    assert quote.note == f"The file attributes the words to “{attribution}”."
    assert event(timeline, "e").summary is None


@pytest.mark.parametrize(
    "credit", ["Anar Əliyev", "anar  əliyev", "Anar Əliyev, Minister of Examples", "ANAR ƏLIYEV, minister of examples"]
)
def test_a_credit_naming_the_cite_s_speaker_is_no_publisher_and_the_link_is_the_quote_s_source(credit: str) -> None:
    url = "https://news.example.com/troops"
    quoted = {
        "url": "<blockquote>We took part. <cite>Anar Əliyev, Minister of Examples</cite></blockquote>",
        "credit": credit,
        "caption": f'Press statements; 17 March 2024; source: <a href="{url}">Daily Example, “Troops arrive”</a>, 2002',
        "link": url,
    }
    # Another event cites the same page: it must cite the newspaper, not the speaker.
    citing = {"unique_id": "later", "text": {"headline": "Later", "text": f'<a href="{url}">the report</a>'}}
    timeline = slides({"unique_id": "said", "media": quoted}, citing).timeline
    (quote,) = timeline.quotes
    (person,) = timeline.people
    (source,) = timeline.sources
    assert (person.name, person.role) == ("Anar Əliyev", "Minister of Examples")
    assert (source.title, source.publisher, source.url) == ("Troops arrive", "Daily Example", url)
    assert quote.source == source.id
    assert [c.source for c in event(timeline, "later").citations] == [source.id]
    assert quote.note is not None
    assert quote.note.startswith(
        f"The file credits the words to “{' '.join(credit.split())}” and attributes them to “Anar Əliyev, Minister "
        "of Examples”."
    )


def test_a_credit_naming_someone_else_beside_a_cite_is_still_where_the_words_were_published() -> None:
    quoted = {"url": "<blockquote>Words. <cite>Anar Əliyev</cite></blockquote>", "credit": "Daily Example"}
    timeline = slides({"media": {**quoted, "link": "https://news.example.com/troops"}}).timeline
    (quote,) = timeline.quotes
    source = next(s for s in timeline.sources if s.id == quote.source)
    assert (timeline.people[0].name, source.title, source.url) == (
        "Anar Əliyev",
        "Daily Example",
        "https://news.example.com/troops",
    )


@pytest.mark.parametrize(
    ("words", "title", "publisher"),
    [
        ("Daily Example, “Troops arrive”", "Troops arrive", "Daily Example"),
        (
            "NATO (Speeches), “Press point with the Secretary General, and Mr. Aliyev”",
            "Press point with the Secretary General, and Mr. Aliyev",
            "NATO (Speeches)",
        ),
        ("A Paper, “He said “no” twice”", "He said “no” twice", "A Paper"),
        ("“A report”", "A report", None),
        # Not the shape our export writes: the words are the title, as they stand.
        ("“Yes” and “no”", "“Yes” and “no”", None),
        ("Daily Example: Troops arrive", "Daily Example: Troops arrive", None),
        ("Daily Example, “”", "Daily Example, “”", None),
    ],
)
def test_link_words_written_publisher_and_quoted_title_give_the_source_both(
    words: str, title: str, publisher: str | None
) -> None:
    text = f'<p>See <a href="https://example.org/a">{words}</a>.</p>'
    quoted = {"url": "<blockquote>W. <cite>X</cite></blockquote>", "link": "https://example.org/b"}
    caption = f'source: <a href="https://example.org/b">{words}</a>'
    timeline = slides({"text": {"headline": "h", "text": text}, "media": {**quoted, "caption": caption}}).timeline
    assert {s.url: (s.title, s.publisher) for s in timeline.sources} == {
        "https://example.org/a": (title, publisher),
        "https://example.org/b": (title, publisher),
    }


def test_every_quote_of_an_event_comes_back_from_our_own_timelinejs_export() -> None:
    data = json.loads(OURS.read_text(encoding="utf-8"))
    data["people"].append({"id": "envoy", "name": "An Envoy", "role": "Envoy"})
    data["sources"].append({"id": "letters", "kind": "other", "title": "Letters", "url": "https://example.org/letters"})
    data["quotes"] += [
        {"id": "more", "text": "More words.", "speaker": "envoy", "source": "letters"},
        {"id": "last", "text": "Last words.", "speaker": "speaker", "source": "src"},
    ]
    data["events"][0]["quotes"] += ["more", "last"]
    original = parse_timeline(json.dumps(data).encode(), "quotes.timeline.json").timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json").timeline
    people = {p.id: p for p in back.people}
    sources = {s.id: s for s in back.sources}
    assert [(q.text, people[q.speaker].name, sources[q.source].url) for q in back.quotes] == [
        ("Some words.", "A Speaker", "https://example.org/report"),
        ("More words.", "An Envoy", "https://example.org/letters"),
        ("Last words.", "A Speaker", "https://example.org/report"),
    ]
    # The writer puts "Name, role" in each quote's <cite>, where a role is read from, so every role comes back.
    assert [people[q.speaker].role for q in back.quotes] == ["Minister", "Envoy", "Minister"]
    assert back.quotes[0].note is not None
    assert "“A Speaker, Minister”" in back.quotes[0].note
    assert event(back, "first").quotes == tuple(q.id for q in back.quotes)


# --------------------------------------------------------------------------------------
# Links, groups, ids and titles
# --------------------------------------------------------------------------------------


def test_a_link_without_a_host_name_is_warned_about_where_it_is_rather_than_refusing_the_file() -> None:
    loaded = read("ours-odd-link.json")
    assert loaded.timeline.events[0].summary == "http://@ see"
    assert loaded.timeline.sources == []
    assert located(loaded.warnings) == [
        NO_TITLE,
        (
            "2:59",
            "events[0].text.text",
            "the link “http://@” is not a web address (http or https, with a host name and no spaces), so it is not "
            "a source; the words it links are kept",
        ),
    ]


def test_links_that_are_no_web_address_are_warned_about_once_per_slide_their_words_kept() -> None:
    text = (
        "<a href='javascript:alert(1)'>click</a>, <a href='mailto:a@example.org'>write</a>, "
        "<a href='javascript:alert(1)'>again</a> or <a href='https://example.org/ok'>read</a>"
    )
    loaded = slides(
        {"text": {"headline": "Odd", "text": text}},
        # A link within the page leads to another slide (by its unique_id): it names no source, and nothing is lost.
        {"text": {"headline": "Fine", "text": "<a href='https://example.org/ok'>read</a> <a href='#odd'>this</a>"}},
        {"text": {"headline": "Media"}, "media": {"url": "https://example.org/p.png", "link": "mailto:b@example.org"}},
    )
    assert loaded.timeline.events[0].summary == "click, write, again or read"
    assert [s.url for s in loaded.timeline.sources] == ["https://example.org/ok"]
    assert located(loaded.warnings) == [
        NO_TITLE,
        (
            "9:13",
            "events[0].text.text",
            "the link “javascript:alert(1)” is not a web address (http or https, with a host name and no spaces), "
            "so it is not a source; the words it links are kept (and 1 more such link in this slide)",
        ),
        (
            "29:12",
            "events[2].media.url",
            "1 slide shows media (a picture, map, sound or video) with no credit, caption or link: this app shows no "
            "media, and with no source named, nothing of it is kept",
        ),
        (
            "30:13",
            "events[2].media.link",
            "the link “mailto:b@example.org” is not a web address (http or https, with a host name and no spaces), "
            "so it is not a source",
        ),
    ]


def test_links_with_the_same_words_to_different_pages_are_different_sources() -> None:
    timeline = slides(
        {"text": {"headline": "a", "text": "<a href='https://example.org/1'>the report</a>"}},
        {"text": {"headline": "b", "text": "<a href='https://example.org/2'>the report</a>"}},
        {"text": {"headline": "c", "text": "<a href='https://example.org/1'>another name</a>"}},
    ).timeline
    assert [(s.title, s.url) for s in timeline.sources] == [
        ("the report", "https://example.org/1"),
        ("the report", "https://example.org/2"),
    ]
    assert [e.citations[0].source for e in timeline.events] == ["the-report", "the-report-2", "the-report"]


def test_a_wiki_address_that_names_no_page_is_titled_by_its_address() -> None:
    assert page_title("https://en.wikipedia.org/wiki/_") == "en.wikipedia.org/wiki/_"
    assert page_title("https://en.wikipedia.org/wiki/Grand_Canal_(China)") == "Grand Canal (China)"


def test_a_group_called_ungrouped_does_not_share_its_name_with_the_events_without_a_group() -> None:
    timeline = slides(
        {"text": {"headline": "a"}, "group": "Ungrouped"},
        {"text": {"headline": "b"}, "group": "ungrouped (no group)"},
        {"text": {"headline": "c"}},
    ).timeline
    labels = {c.id: c.label for c in timeline.categories}
    assert [labels[e.category] for e in timeline.events] == [
        "Ungrouped",
        "ungrouped (no group)",
        "Ungrouped (no group) 2",
    ]


def test_unique_ids_made_into_ours_are_said_once_with_the_first_example() -> None:
    loaded = slides(
        {"unique_id": "plain-id", "text": {"headline": "a"}},
        {"unique_id": "Ünïcode ID!!", "text": {"headline": "b"}},
        {"unique_id": "Second One", "text": {"headline": "c"}},
    )
    assert [e.id for e in loaded.timeline.events] == ["plain-id", "unicode-id", "second-one"]
    assert located(loaded.warnings) == [
        NO_TITLE,
        (
            "16:17",
            "events[1].unique_id",
            "unique_id values are made into ids of our format: “Ünïcode ID!!” is unicode-id",
        ),
    ]


def test_a_unique_id_whose_id_is_taken_gets_another_and_that_is_said() -> None:
    loaded = slides(
        {"text": {"headline": "Taken"}},
        {"unique_id": "taken", "text": {"headline": "a"}},
        {"unique_id": "Ünïcode ID", "text": {"headline": "b"}},
        {"unique_id": "unicode-id", "text": {"headline": "c"}},
    )
    assert [e.id for e in loaded.timeline.events] == ["taken", "taken-2", "unicode-id", "unicode-id-2"]
    assert [message for _, path, message in located(loaded.warnings) if path.endswith("unique_id")] == [
        "the id “taken” of this unique_id is already that of an earlier event (made from its title); this one's id "
        "is “taken-2”",
        "unique_id values are made into ids of our format: “Ünïcode ID” is unicode-id",
        "the unique_id “unicode-id” makes the same id as “Ünïcode ID”, that of events[2] (line 20); this one's id "
        "is “unicode-id-2”",
    ]


def test_a_title_slide_without_a_headline_is_said_where_it_is() -> None:
    loaded = slides({"text": {"headline": "a"}}, title={"text": {"headline": "<b></b>", "text": "About"}})
    assert (loaded.timeline.title, loaded.timeline.description) == ("probe", "About")
    assert located(loaded.warnings) == [
        ("4:16", "title.text.headline", "the file gives no title; the timeline is named after the file")
    ]


# --------------------------------------------------------------------------------------
# Refusals: every one located, every error reported
# --------------------------------------------------------------------------------------


def test_letters_in_a_year_are_an_error_at_the_year() -> None:
    error = refusal("ours-invalid-bc-letters.json")
    assert located(error.problems) == [
        (
            "7:37",
            "events[0].start_date.year",
            "the year '44 BC' is not a number: TimelineJS reads a year as a whole number, negative for BCE "
            "(write -44 for 44 BC)",
        )
    ]


def test_every_unreadable_date_is_reported_not_just_the_first() -> None:
    error = refusal("ours-invalid-dates.json")
    assert located(error.problems) == [
        (
            "4:37",
            "events[0].start_date.year",
            "the year '44 BC' is not a number: TimelineJS reads a year as a whole number, negative for BCE "
            "(write -44 for 44 BC)",
        ),
        (
            "8:54",
            "events[1].start_date.month",
            "the month 'Jul' is not a number: TimelineJS reads a month as a number from 1 to 12",
        ),
        (
            "12:27",
            "events[2].start_date",
            'expected a date object like {"year": 1994, "month": 5, "day": 4}, found the text \'1969-07-20\'',
        ),
        ("16:37", "events[3].start_date.year", "the year must be a number, found true"),
        (
            "21:35",
            "events[4].end_date.year",
            "the year '1,970' is not a number: TimelineJS reads a year as a whole number, negative for BCE "
            "(write -44 for 44 BC)",
        ),
    ]


def test_a_file_whose_events_have_no_readable_start_is_refused_with_the_reasons() -> None:
    error = refusal("ours-invalid-no-readable-dates.json")
    assert [(p.severity, *row) for p, row in zip(error.problems, located(error.problems), strict=True)] == [
        (Severity.ERROR, "1:1", "", "no events found: there is nothing to show from this TimelineJS JSON file"),
        (
            Severity.WARNING,
            "6:9",
            "events[0].start_date",
            "no start date: TimelineJS does not show this slide, nor does this app",
        ),
        (
            Severity.WARNING,
            "10:27",
            "events[1].start_date",
            "no year: TimelineJS would show this date in year 0; the event is left out",
        ),
        (
            Severity.WARNING,
            "14:27",
            "events[2].start_date",
            "no start date: TimelineJS does not show this slide, nor does this app",
        ),
    ]


def test_an_empty_events_list_is_refused() -> None:
    error = refusal("ours-invalid-no-events.json")
    assert located(error.problems) == [
        ("1:1", "", "no events found: there is nothing to show from this TimelineJS JSON file")
    ]


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        (
            b'{"title": {"text": {"headline": "Only a title"}}}',
            ("1:1", "(top level)"),
            'not a TimelineJS file: it has no "events"; TimelineJS files need an "events" list, with a slide '
            "for each event",
        ),
        (
            b'{\n  "events": {"start_date": {"year": 2000}}\n}',
            ("2:13", "events"),
            '"events" must be a list [...] of slides, found an object: TimelineJS files need an "events" list',
        ),
        (
            b'[{"start_date": {"year": 2000}}]',
            ("1:1", "(top level)"),
            "expected a JSON object {…} at the top level, found a list: a TimelineJS file is an object with an "
            '"events" list',
        ),
        (
            b'{"events": [\n  {"start_date": {"year": 2000}},\n]}',
            ("2:33", ""),
            "not valid JSON: a comma after the last item of a list or object; remove it",
        ),
        (b"  \n", ("1:1", ""), 'the file is empty; a TimelineJS file is a JSON object with an "events" list'),
        (
            b'{"events": [{"start_date": {"year": NaN}}]}',
            ("1:37", ""),
            "not valid JSON: NaN is not a number JSON allows",
        ),
        (b"\xff\xfe{\x00}\x00", ("1:1", ""), "the file is UTF-16 text; save the file with UTF-8 encoding"),
    ],
)
def test_what_is_not_a_timelinejs_file_is_refused_at_its_place(
    raw: bytes, where: tuple[str, str], message: str
) -> None:
    error = refusal("not-timelinejs.json", raw)
    assert located(error.problems) == [(*where, message)]


# --------------------------------------------------------------------------------------
# Opening a file: the format is recognised by its content
# --------------------------------------------------------------------------------------


def test_a_title_only_file_opens_as_timelinejs_and_is_refused_for_its_missing_events(tmp_path: Path) -> None:
    path = tmp_path / "only-a-title.json"
    path.write_bytes(b'{"title": {"text": {"headline": "Only a title"}}}')
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    assert caught.value.read_as == "TimelineJS JSON"
    assert 'TimelineJS files need an "events" list' in caught.value.problems[0].message


def test_a_timelinejs_file_carrying_our_extra_keys_opens_as_timelinejs() -> None:
    # Its x_timeline_viewer holds a "format_version": that alone does not make it a file of ours.
    loaded = load_timeline(DATA / "ours-extra-keys.json")
    assert loaded.file_format is FileFormat.TIMELINEJS_JSON
    assert [e.id for e in loaded.timeline.events] == ["caesar-assassination", "mona-lisa"]


# --------------------------------------------------------------------------------------
# HTML as text
# --------------------------------------------------------------------------------------


def test_html_becomes_the_text_a_browser_shows() -> None:
    plain = html_to_text(
        '<p class="lead">One&nbsp;&amp; <b>two</b>,\n  three.</p><p>Line<br/>break</p>'
        '<style>p {}</style><span class="tl-note">A note.</span> After <a href="https://example.org/x">a link</a>.'
    )
    assert plain.text == "One\xa0& two, three.\n\nLine\nbreak\n\nA note.\n\nAfter a link."
    assert [(link.text, link.href) for link in plain.links] == [("a link", "https://example.org/x")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "plain",
        "  two  words \n\n next\tline ",
        "\xa0no-break spaces\xa0 stay inside\xa0",
        "a\r\nb\rc\fd",
        "\u2028line separators\u2028 and \x0bvertical tabs\x0b",
        "see https://example.org/a. and (http://x.org/b), http://@ or https://example.org/c?d=1;",
        "naïve — “quoted” > not a tag",
    ],
)
def test_text_without_markup_reads_as_the_html_parser_reads_it(text: str) -> None:
    # Such text skips the parser, which is most of the time a large file takes to read: it must not read differently.
    for options in ({}, {"set_aside_cite": True}, {"quotes": True}, {"link_targets_inline": True}):
        assert html_to_text(text, **options) == parse_html(text, **options)


_FRAGMENTS = (
    *("<p>", "</p>", "<b>", "</b>", "<a href='https://e.org/a'>", '<a href="javascript:x" target="_blank">', "</a>"),
    *("<br>", "<br/>", "<br />", "<blockquote>", "</blockquote>", "<cite>", "</cite>", '<span class="tl-note">'),
    *(
        "</span>",
        "<ul>",
        "<li>",
        "</li>",
        "</ul>",
        "<div class='x'>",
        "</div>",
        "<P>",
        "</P >",
        "<A HREF='https://E.org'>",
    ),
    *("&amp;", "&nbsp;", "&lt;", "&#x41;", "&bogus;", "& ", "&", " ", "  ", "\n", "\t", "\xa0", "text", "Words."),
    *("source:", "https://example.org/x.", "http://@", "“", "”", ",", "<", ">", "<!-- c -->", "<script>x</script>"),
    *("<p/>", "<a href=x>", "<h2>", "</h2>", "<hr>", "<i>", "</i>", "<title>t</title>", '<a  href = "https://s.org" >'),
    *("<em\n>", "</em>", "&amp", "&#0;", "&#128;", '<a href="a>b">', "<a href='&quot;q&quot;'>"),
    # What a script holds is no markup, however it looks: a tag read there would break the text around it.
    "<script>if (a) {x = '</p>'}</script>",
)


def _fixture_texts() -> Iterator[str]:
    """Every text of every TimelineJS file of the fixtures: JSON strings and spreadsheet cells."""

    def strings(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    for path in sorted(DATA.glob("*.json")):
        yield from strings(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(DATA.glob("*.csv")):
        yield from (cell.text for row in read_rows(path.read_text(encoding="utf-8-sig")) for cell in row.cells)


def test_markup_reads_the_same_through_the_shortcuts_as_through_the_html_parser() -> None:
    # Plain text and simple markup skip the parser; anything else goes through it. Both must read alike.
    rng = random.Random(7)
    generated = ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in [*_fixture_texts(), *generated]:
        for options in ({}, {"set_aside_cite": True}, {"quotes": True}, {"link_targets_inline": True}):
            assert html_to_text(text, **options) == parse_html(text, **options), (text, options)


def test_the_collector_of_cycles_is_paused_while_a_file_is_read_then_left_as_it_was() -> None:
    seen: list[bool] = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert (seen, gc.isenabled()) == ([False], True)
    with pytest.raises(TimelineLoadError):
        read_timelinejs_json(b"{}", "refused.json")
    assert gc.isenabled(), "a refused file leaves it on too"
    gc.disable()
    try:
        read("ours-minimal.json")
        assert not gc.isenabled(), "whoever turned it off keeps it off"
    finally:
        gc.enable()


def test_a_cite_is_set_aside_as_the_speaker() -> None:
    plain = html_to_text("<blockquote>Words. <cite>Someone, somewhere</cite></blockquote>", set_aside_cite=True)
    assert (plain.text, plain.cite) == ("Words.", "Someone, somewhere")


# --------------------------------------------------------------------------------------
# Our own TimelineJS export, read back
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "display"),
    [
        ({"year": 1975, "month": 6, "day": 21}, "from 21 June 1975 (no end recorded)"),
        ({"year": 1975}, "c. from 1975 (no end recorded)"),
        ({"year": 1975, "month": 6}, "from June 1975 (no end recorded) (date uncertain)"),
    ],
)
def test_an_open_span_of_our_own_export_is_read_back_as_one(start: dict[str, int], display: str) -> None:
    timeline = slides({"unique_id": "open", "start_date": start, "display_date": display}).timeline
    assert words(timeline, "open") == display


def test_a_span_with_an_end_stays_one_whatever_its_display_date_says() -> None:
    timeline = slides(
        {"unique_id": "e", "end_date": {"year": 2001}, "display_date": "from 2000 (no end recorded)"}
    ).timeline
    assert words(timeline, "e") == "2000 – 2001"


def test_the_uncertain_mark_of_our_own_export_is_read_back() -> None:
    raw = b'{"events": [{"start_date": {"year": 1503}, "display_date": "1503 (date uncertain)", "text": {}}]}'
    assert words(read_timelinejs_json(raw, "ours.json").timeline, "1503-date-uncertain") == "1503 (date uncertain)"


@pytest.mark.parametrize("path", [SAMPLE, bundled_timeline_path()], ids=["sample", "bundled"])
def test_a_timeline_we_publish_with_timelinejs_reads_back_with_each_source_titled_as_before(path: Path) -> None:
    original = load_timeline(path).timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json").timeline
    # Sources are one per web address: a source titled wrongly once is cited wrongly by every event citing it.
    by_url = {s.url: (s.title, s.publisher) for s in back.sources}
    assert {s.url: by_url.get(s.url) for s in original.sources if s.url} == {
        s.url: (s.title, s.publisher) for s in original.sources if s.url
    }
    names = {p.name for p in original.people}
    assert not [s.title for s in back.sources if s.title in names or s.publisher in names]
    # Each quote comes back with its speaker and the web address of its source.
    people, sources = {p.id: p for p in original.people}, {s.id: s for s in original.sources}
    back_people, back_sources = {p.id: p for p in back.people}, {s.id: s for s in back.sources}
    assert sorted((q.text, back_people[q.speaker].name, back_sources[q.source].url) for q in back.quotes) == sorted(
        {(q.text, people[q.speaker].name, sources[q.source].url) for q in original.quotes if q.id in _quoted(original)}
    )


def _quoted(timeline: Timeline) -> set[str]:
    return {q for e in timeline.events for q in e.quotes}


def test_a_timeline_we_publish_with_timelinejs_reads_back_with_its_events_and_dates() -> None:
    original = load_timeline(bundled_timeline_path()).timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json")
    assert [(e.id, e.title) for e in back.timeline.events] == [(e.id, e.title) for e in original.events]
    # TimelineJS places a slide at one date: a contested date comes back as its earliest, its others in the note.
    differing = [e.id for e in original.events if date_in_words(e.date) != words(back.timeline, e.id)]
    assert differing == [e.id for e in original.events if isinstance(e.date, ContestedDate)]
    # Groups are category labels: the same categories, each holding the same events.
    labels = {c.id: c.label for c in original.categories}
    assert {e.id: labels[e.category] for e in original.events} == {
        e.id: next(c.label for c in back.timeline.categories if c.id == e.category) for e in back.timeline.events
    }
    assert not [p for p in back.warnings if p.severity is Severity.ERROR]
