"""The bundled Azerbaijan–NATO timeline: complete, consistent, and traceable to its research.

``tests/data/research/`` holds copies of the briefing report and the research notes the
timeline was built from, so these tests can check that nothing was invented: every URL
and every quotation in the data appears, character for character, in those notes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.dates import calendar_day
from timeline_app.domain.loading import LoadedTimeline
from timeline_app.domain.model import ClaimStatus, ContestedDate, Stance, Timeline, date_bounds
from timeline_app.domain.opening import load_timeline

RESEARCH = Path(__file__).resolve().parent.parent / "data" / "research"
NOTES = (RESEARCH / "sources.md").read_text(encoding="utf-8")
BRIEFING = (RESEARCH / "briefing_report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def loaded() -> LoadedTimeline:
    return load_timeline(bundled_timeline_path())


@pytest.fixture(scope="module")
def timeline(loaded: LoadedTimeline) -> Timeline:
    return loaded.timeline


def _plain(text: str) -> str:
    # The notes use straight and curly apostrophes interchangeably; compare the words.
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def test_it_loads_without_errors_or_warnings(loaded: LoadedTimeline) -> None:
    assert loaded.warnings == ()


def test_at_least_35_events_from_1992_to_2021_across_the_categories(timeline: Timeline) -> None:
    inside = [e for e in timeline.events if not e.framing and calendar_day(date_bounds(e.date)[0]).year >= 1991]
    in_range = [e for e in inside if 1992 <= calendar_day(date_bounds(e.date)[0]).year <= 2021]
    assert len(in_range) >= 35
    used = Counter(e.category for e in timeline.events)
    assert set(used) == {"diplomacy", "kosovo", "iraq", "afghanistan", "logistics", "context"}


def test_the_baku_press_statements_frame_the_quotes(timeline: Timeline) -> None:
    (baku,) = [e for e in timeline.events if calendar_day(date_bounds(e.date)[0]) == (2024, 3, 17)]
    assert baku.framing
    assert len(baku.quotes) >= 3


def test_ids_are_unique_in_every_list(timeline: Timeline) -> None:
    for items in (timeline.events, timeline.sources, timeline.quotes, timeline.people, timeline.categories):
        ids = [item.id for item in items]
        assert len(ids) == len(set(ids))


def test_every_event_cites_a_source_and_every_source_is_known(timeline: Timeline) -> None:
    sources = {s.id for s in timeline.sources}
    for event in timeline.events:
        assert event.citations, event.id
        assert {c.source for c in event.citations} <= sources, event.id


def test_quotes_are_non_empty_attributed_and_sourced(timeline: Timeline) -> None:
    people = {p.id for p in timeline.people}
    sources = {s.id for s in timeline.sources}
    for quote in timeline.quotes:
        assert quote.text.strip()
        assert quote.speaker in people
        assert quote.source in sources
        assert quote.said is not None
        assert quote.occasion


def test_every_url_is_copied_from_the_research_notes(timeline: Timeline) -> None:
    for source in timeline.sources:
        for url in (source.url, source.archived_url):
            if url is not None:
                assert url in NOTES, f"{source.id}: {url} is not in the research notes"


def test_every_quote_is_verbatim_from_the_notes_or_the_briefing(timeline: Timeline) -> None:
    corpus = _plain(NOTES) + " " + _plain(BRIEFING)
    for quote in timeline.quotes:
        assert _plain(quote.text).rstrip(".") in corpus, quote.id


@pytest.mark.parametrize(
    "words",
    [
        "Azerbaijan participated in peacekeeping operations in Kosovo and Afghanistan",
        "Our military servicemen were among the last of the coalition forces in Afghanistan",
        "One of the last troops to leave Afghanistan were actually Azerbaijani troops",
        "and our partner Azerbaijan, for their vital role in securing the airport",
        "Azeri forces played an important role in providing security at Kabul airport",
    ],
)
def test_the_required_quotes_are_present(timeline: Timeline, words: str) -> None:
    assert any(words in q.text for q in timeline.quotes)


def test_the_unverified_stoltenberg_quote_says_so(timeline: Timeline) -> None:
    (quote,) = [q for q in timeline.quotes if q.text.startswith("One of the last troops to leave Afghanistan")]
    assert not quote.verified
    assert quote.note is not None
    assert "transcript" in quote.note.lower()
    assert [q.id for q in timeline.quotes if not q.verified] == [quote.id]


@pytest.mark.parametrize(
    ("fragment", "status"),
    [
        ("3,000", ClaimStatus.UNVERIFIED),
        ("Muslim-majority", ClaimStatus.CONTRADICTED),
        ("40", ClaimStatus.SINGLE_SOURCE),
        ("Commonwealth of Independent States", None),
        ("May 2021", ClaimStatus.UNVERIFIED),
    ],
)
def test_doubtful_claims_stay_visible_with_their_status(
    timeline: Timeline, fragment: str, status: ClaimStatus | None
) -> None:
    claims = [c for e in timeline.events for c in e.claims if fragment in c.text]
    assert claims, f"no claim mentions {fragment!r}"
    for claim in claims:
        assert claim.status is not ClaimStatus.CORROBORATED
        if status is not None:
            assert claim.status is status
        assert claim.note


def test_the_contradicted_claim_names_its_contradicting_source(timeline: Timeline) -> None:
    claims = [c for e in timeline.events for c in e.claims if c.status is ClaimStatus.CONTRADICTED]
    assert claims
    for claim in claims:
        assert any(c.stance is Stance.CONTRADICTS for c in claim.citations)


def test_the_sofa_date_is_contested_with_a_source_for_each_date(timeline: Timeline) -> None:
    contested = [e for e in timeline.events if isinstance(e.date, ContestedDate)]
    assert contested
    sofa = next(e for e in contested if "SOFA" in e.title or "Status of Forces" in e.title)
    assert isinstance(sofa.date, ContestedDate)
    assert sorted(str(a.on) for a in sofa.date.alternatives) == ["1996", "1998-11-15"]
    assert all(a.sources for a in sofa.date.alternatives)


def test_context_events_are_flagged(timeline: Timeline) -> None:
    titles = {e.title.lower() for e in timeline.events if e.context}
    assert any("kabul" in t for t in titles)
    assert len(titles) >= 5


def test_background_periods_cover_the_missions(timeline: Timeline) -> None:
    labels = " ".join(p.label for p in timeline.periods)
    for mission in ("KFOR", "ISAF", "Resolute Support"):
        assert mission in labels
