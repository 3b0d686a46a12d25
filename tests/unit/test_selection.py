"""Which events an export or the window shows: ranges as a reader writes them, filters, and subsets as files."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.model import SpanDate, Timeline
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.reading_by import EventLinks, event_links
from timeline_app.domain.saving import timeline_json
from timeline_app.domain.selection import (
    DateRange,
    EventFilter,
    describe_selection,
    filter_mask,
    in_time_order,
    search_texts,
    selected_events,
    timeline_of,
)

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"


@pytest.fixture(scope="module")
def sample() -> Timeline:
    return load_timeline(SAMPLE).timeline


@pytest.mark.parametrize(
    ("text", "start", "end", "words"),
    [
        ("1994..2008", PartialDate(1994), PartialDate(2008), "1994 – 2008"),
        ("2021", PartialDate(2021), PartialDate(2021), "2021"),
        ("1994-05..1994-06-30", PartialDate(1994, 5), PartialDate(1994, 6, 30), "May 1994 – 30 June 1994"),
        (" 44 BC .. AD 79 ", PartialDate(-43), PartialDate(79), "44 BC – AD 79"),
        ("May 1994..1995", PartialDate(1994, 5), PartialDate(1995), "May 1994 – 1995"),
    ],
)
def test_a_range_reads_each_side_as_go_to_date_does(
    text: str, start: PartialDate, end: PartialDate, words: str
) -> None:
    parsed = DateRange.parse(text)
    assert (parsed.start, parsed.end) == (start, end)
    assert parsed.days == (start.first_day, end.end_day)
    assert parsed.in_words() == words


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2008..1994", "'2008..1994' ends before it starts"),
        ("1994..", "'1994..' is not a range"),
        ("1994..2000..2008", "is not a range"),
        ("soon..2008", "'soon' is not a date"),
        ("1994-13", "'1994-13' is not a date"),
    ],
)
def test_a_bad_range_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        DateRange.parse(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2001..2006", "2001..2006"),
        ("2001-03-05..2001-06", "2001-03-05..2001-06"),
        ("2001-03..2001-03-17", "2001-03..2001-03-17"),
        ("-13799999999..2021", "-13799999999..2021"),
    ],
)
def test_days_on_screen_read_back_as_the_simplest_range(text: str, written: str) -> None:
    again = DateRange.of_days(*DateRange.parse(text).days)
    assert str(again) == written
    assert again.days == DateRange.parse(text).days


def test_a_window_holds_events_whose_date_or_span_overlaps_it(sample: Timeline) -> None:
    # "mission" runs September 1999 – 15 April 2008: in 2005 though neither of its ends is.
    ids = [e.id for e in selected_events(sample, EventFilter(window=DateRange.parse("2005").days))]
    assert ids == ["mission"]


def test_a_span_with_no_end_overlaps_every_later_window(sample: Timeline) -> None:
    mission = next(e for e in sample.events if e.id == "mission")
    assert isinstance(mission.date, SpanDate)
    open_ended = msgspec.structs.replace(mission, date=msgspec.structs.replace(mission.date, end=None))
    timeline = sample.model_copy(update={"events": [open_ended if e.id == "mission" else e for e in sample.events]})
    assert "mission" in [e.id for e in selected_events(timeline, EventFilter(window=DateRange.parse("2030").days))]
    assert "mission" not in [e.id for e in selected_events(timeline, EventFilter(window=DateRange.parse("1998").days))]


def test_search_category_and_confidence_combine(sample: Timeline) -> None:
    everything = selected_events(sample)
    assert [e.id for e in everything] == ["pfp", "sofa", "year-only", "late-day", "mission", "approx", "fall"]
    category = everything[0].category
    wanted = EventFilter(categories=frozenset({category}))
    assert [e.id for e in selected_events(sample, wanted)] == [e.id for e in everything if e.category == category]
    high = EventFilter(confidences=frozenset({"high"}))
    assert all(e.confidence.level.value == "high" for e in selected_events(sample, high))
    assert len(selected_events(sample, high)) < len(everything)
    # Search reaches quotes and their speakers, ignoring case and accents (Anar Əliyev is quoted in both).
    assert [e.id for e in selected_events(sample, EventFilter(search="ANAR ELIYEV"))] == ["pfp", "mission"]
    assert [e.id for e in selected_events(sample, EventFilter(search="last to leave"))] == ["mission"]


def test_a_subset_is_a_valid_file_with_only_what_its_events_use(sample: Timeline) -> None:
    events = selected_events(sample, EventFilter(search="last to leave"))
    subset = timeline_of(sample, events, DateRange.parse("1999..2008"))
    loaded = read_timeline(timeline_json(subset).encode(), "subset.timeline.json")
    assert [e.id for e in loaded.timeline.events] == ["mission"]
    event = events[0]
    cited = {c.source for c in event.citations} | {c.source for claim in event.claims for c in claim.citations}
    cited |= {q.source for q in loaded.timeline.quotes}
    assert {s.id for s in loaded.timeline.sources} == cited
    assert {p.id for p in loaded.timeline.people} == {q.speaker for q in loaded.timeline.quotes}
    assert len(loaded.timeline.sources) < len(sample.sources)
    assert (loaded.timeline.view.start, loaded.timeline.view.end) == (PartialDate(1999), PartialDate(2008))


def test_the_description_names_everything_that_narrows(sample: Timeline) -> None:
    assert describe_selection(sample, EventFilter(), 7) == "All 7 events"
    category = sample.categories[0]
    wanted = EventFilter(search=" Kabul ", categories=frozenset({category.id}), confidences=frozenset({"high"}))
    assert describe_selection(sample, wanted, 2) == (
        f"2 of 7 events · matching “Kabul” · categories: {category.label} · confidence: High"
    )


def test_sources_and_speakers_narrow_like_the_other_filters_and_are_named(sample: Timeline) -> None:
    # In the sample, "sceptic" (Example Monitor) only contradicts a claim of "mission"; "official" is cited widely.
    contradicting = EventFilter(sources=frozenset({"sceptic"}))
    assert contradicting.active
    assert [e.id for e in selected_events(sample, contradicting)] == ["mission"]
    official = EventFilter(sources=frozenset({"official"}), confidences=frozenset({"high"}))
    cited = {e.id for e in sample.events if "official" in {c.source for c in e.citations}}
    high = {e.id for e in sample.events if e.confidence.level.value == "high"}
    assert {e.id for e in selected_events(sample, official)} == cited & high
    speaker = sample.quotes[0].speaker
    quoted = {e.id for e in sample.events if {q.id for q in sample.quotes if q.speaker == speaker} & set(e.quotes)}
    assert {e.id for e in selected_events(sample, EventFilter(speakers=frozenset({speaker})))} == quoted
    assert describe_selection(sample, contradicting, 1) == "1 of 7 events · by source: Example Monitor"


def test_the_links_are_only_asked_for_when_sources_or_speakers_are_chosen(sample: Timeline) -> None:
    columns, events = in_time_order(sample)
    asked: list[int] = []

    def links() -> EventLinks:
        asked.append(1)
        return event_links(sample, events)

    filter_mask(sample, columns, events, EventFilter(search="kabul"), lambda: search_texts(sample, events), links)
    assert asked == []  # a search on a large file must not build them
    mask = filter_mask(sample, columns, events, EventFilter(speakers=frozenset({"nobody"})), list, links)
    assert asked == [1]
    assert not any(mask)
