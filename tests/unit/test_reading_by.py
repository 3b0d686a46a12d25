"""Reading by source and by speaker: the counts a reader sees in the Sources and Speakers views, and the
events a chosen source or speaker shows, checked against the bundled file read as plain JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.reading_by import (
    NO_PUBLISHER,
    contradicting_sources,
    event_links,
    publisher_group,
    sources_by_publisher,
    speakers,
)
from timeline_app.domain.selection import EventFilter, describe_selection, in_time_order, selected_events


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_timeline_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


# -- what the file says, worked out here from the JSON alone ---------------------------------------------


def raw_citations(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(source id, stance) of every citation of the event and of its claims; a stance left out is "supports"."""
    citations = list(event.get("citations", []))
    for claim in event.get("claims", []):
        citations += claim.get("citations", [])
    return [(c["source"], c.get("stance", "supports")) for c in citations]


def raw_support(raw: dict[str, Any]) -> dict[str, set[str]]:
    """Source id → ids of the events that cite it in support: for itself, a claim, a contested date or a quote."""
    quote_sources = {q["id"]: q["source"] for q in raw["quotes"]}
    support: dict[str, set[str]] = {s["id"]: set() for s in raw["sources"]}
    for event in raw["events"]:
        cited = {source for source, stance in raw_citations(event) if stance == "supports"}
        date = event["date"]
        if isinstance(date, dict):
            for alternative in date.get("alternatives", []):
                cited |= set(alternative["sources"])
        cited |= {quote_sources[q] for q in event.get("quotes", [])}
        for source in cited:
            support[source].add(event["id"])
    return support


def raw_contradiction(raw: dict[str, Any]) -> dict[str, set[str]]:
    """Source id → ids of the events one of whose citations of it is marked "contradicts"."""
    against: dict[str, set[str]] = {s["id"]: set() for s in raw["sources"]}
    for event in raw["events"]:
        for source, stance in raw_citations(event):
            if stance == "contradicts":
                against[source].add(event["id"])
    return against


def raw_nato_sources(raw: dict[str, Any]) -> set[str]:
    """NATO's own sources, as their publisher names them: "NATO", or "NATO (its outlet)"."""
    return {
        s["id"] for s in raw["sources"] if s.get("publisher") == "NATO" or s.get("publisher", "").startswith("NATO (")
    }


# -- the Sources view's counts --------------------------------------------------------------------------------


def test_every_source_is_listed_once_with_the_events_it_supports_and_contradicts(
    raw: dict[str, Any], bundled: Timeline
) -> None:
    _, events = in_time_order(bundled)
    groups = sources_by_publisher(bundled, event_links(bundled, events))
    listed = [source for group in groups for source in group.sources]
    assert sorted(s.id for s in listed) == sorted(s["id"] for s in raw["sources"])
    support, against = raw_support(raw), raw_contradiction(raw)
    assert {s.id: s.supports for s in listed} == {k: len(v) for k, v in support.items()}
    assert {s.id: s.contradicts for s in listed} == {k: len(v) for k, v in against.items()}
    raw_sources = {s["id"]: s for s in raw["sources"]}
    for source in listed:
        written = raw_sources[source.id]
        assert (source.title, source.publisher, source.kind.value) == (
            written["title"],
            written.get("publisher"),
            written["kind"],
        )
        assert (str(source.published) if source.published else None) == written.get("published")
    # The file records contradictions (nine citations): the view must show some, or the column says nothing.
    assert sum(s.contradicts for s in listed) == sum(map(len, against.values())) > 0


def test_a_publishers_sources_are_grouped_and_its_counts_are_of_distinct_events(
    raw: dict[str, Any], bundled: Timeline
) -> None:
    _, events = in_time_order(bundled)
    groups = {g.name: g for g in sources_by_publisher(bundled, event_links(bundled, events))}
    nato = groups["NATO"]
    assert nato.source_ids == raw_nato_sources(raw)
    support, against = raw_support(raw), raw_contradiction(raw)
    assert nato.supports == len(set().union(*(support[s] for s in nato.source_ids)))
    assert nato.supports < sum(len(support[s]) for s in nato.source_ids), "NATO's sources share events"
    assert nato.contradicts == len(set().union(*(against[s] for s in nato.source_ids)))


@pytest.mark.parametrize(
    ("publisher", "group"),
    [
        ("NATO", "NATO"),
        ("NATO (Speeches)", "NATO"),
        ("NATO (NATO Update text as circulated in the NATODATA mailing archive)", "NATO"),
        ("AzerNews via MENAFN", "AzerNews"),
        ("AFP (via Nuclear Power Daily)", "AFP"),
        ("NATO KFOR (KFOR Chronicle)", "NATO KFOR"),
        ("today.az / AzerNews", "today.az / AzerNews"),
        ("Aviation Week", "Aviation Week"),  # "via" only as a word of its own
        (None, NO_PUBLISHER),
        ("  ", NO_PUBLISHER),
    ],
)
def test_a_publisher_is_grouped_by_its_name_without_what_a_parenthesis_or_via_adds(
    publisher: str | None, group: str
) -> None:
    assert publisher_group(publisher) == group


# -- the Speakers view's counts -------------------------------------------------------------------------------


def test_every_speaker_is_listed_with_their_role_quotes_and_events(raw: dict[str, Any], bundled: Timeline) -> None:
    _, events = in_time_order(bundled)
    listed = {s.id: s for s in speakers(bundled, event_links(bundled, events))}
    speaker_of = {q["id"]: q["speaker"] for q in raw["quotes"]}
    assert set(listed) == set(speaker_of.values())
    people = {p["id"]: p for p in raw["people"]}
    for person_id, speaker in listed.items():
        quoted_in = {e["id"] for e in raw["events"] if person_id in {speaker_of[q] for q in e.get("quotes", [])}}
        assert speaker.quotes == list(speaker_of.values()).count(person_id)
        assert speaker.events == len(quoted_in)
        assert (speaker.name, speaker.role) == (people[person_id]["name"], people[person_id].get("role"))


# -- the filter -------------------------------------------------------------------------------------------------------


def test_choosing_sources_shows_the_events_they_support_or_contradict(raw: dict[str, Any], bundled: Timeline) -> None:
    nato = frozenset(raw_nato_sources(raw))
    support, against = raw_support(raw), raw_contradiction(raw)
    expected = set().union(*(support[s] | against[s] for s in nato))
    shown = [e.id for e in selected_events(bundled, EventFilter(sources=nato))]
    assert set(shown) == expected
    assert shown == [e.id for e in selected_events(bundled) if e.id in expected], "in time order"
    # Sources that contradict an event they do not otherwise cite: it is shown for the contradiction alone.
    contradicting = frozenset(s for s, events in against.items() if events - support[s])
    assert contradicting, "the bundled file has such sources"
    only_contradicted = set().union(*(against[s] for s in contradicting)) - set().union(
        *(support[s] for s in contradicting)
    )
    assert only_contradicted
    assert only_contradicted <= {e.id for e in selected_events(bundled, EventFilter(sources=contradicting))}


def test_sources_combine_with_search_and_speakers(raw: dict[str, Any], bundled: Timeline) -> None:
    nato = frozenset(raw_nato_sources(raw))
    by_nato = {e.id for e in selected_events(bundled, EventFilter(sources=nato))}
    kosovo = {e.id for e in selected_events(bundled, EventFilter(search="kosovo"))}
    both = {e.id for e in selected_events(bundled, EventFilter(search="kosovo", sources=nato))}
    assert both == by_nato & kosovo
    assert 0 < len(both) < min(len(by_nato), len(kosovo))
    speaker_of = {q["id"]: q["speaker"] for q in raw["quotes"]}
    quoting = {e["id"] for e in raw["events"] if "jens-stoltenberg" in {speaker_of[q] for q in e.get("quotes", [])}}
    by_speaker = {e.id for e in selected_events(bundled, EventFilter(speakers=frozenset({"jens-stoltenberg"})))}
    assert by_speaker == quoting
    combined = EventFilter(sources=nato, speakers=frozenset({"jens-stoltenberg"}))
    assert {e.id for e in selected_events(bundled, combined)} == by_nato & quoting


def test_the_contradicting_sources_of_an_event_are_those_its_citations_mark(
    raw: dict[str, Any], bundled: Timeline
) -> None:
    against = raw_contradiction(raw)
    for event in bundled.events:
        expected = {s for s, events in against.items() if event.id in events}
        assert set(contradicting_sources(event, against)) == expected, event.id
        assert contradicting_sources(event, ()) == []


def test_a_choice_is_named_where_the_selection_is_described(raw: dict[str, Any], bundled: Timeline) -> None:
    nato = frozenset(raw_nato_sources(raw))
    wanted = EventFilter(sources=nato)
    assert wanted.active
    shown = len(selected_events(bundled, wanted))
    assert describe_selection(bundled, wanted, shown) == f"{shown} of 51 events · by source: NATO"
    one = EventFilter(sources=frozenset({"r11"}), speakers=frozenset({"jens-stoltenberg", "ilham-aliyev"}))
    assert describe_selection(bundled, one, 0).endswith(
        " · by source: AFP (via Nuclear Power Daily) · quoting: Ilham Aliyev, Jens Stoltenberg"
    )
