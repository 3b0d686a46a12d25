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
from timeline_app.domain.dates import PartialDate, Precision, calendar_day
from timeline_app.domain.event_html import said_later
from timeline_app.domain.loading import LoadedTimeline
from timeline_app.domain.model import (
    Citation,
    ClaimStatus,
    ConfidenceLevel,
    ContestedDate,
    Event,
    EventDate,
    PointDate,
    SpanDate,
    Stance,
    Timeline,
    date_bounds,
)
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.wording import date_in_words

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


# -- fixes from the review against the research notes ---------------------------------------------


def _citations(timeline: Timeline) -> list[tuple[str, Citation]]:
    """Every citation in the file, with the id of the event or period that makes it."""
    found = [(e.id, c) for e in timeline.events for c in e.citations]
    found += [(e.id, c) for e in timeline.events for claim in e.claims for c in claim.citations]
    found += [(p.id, c) for p in timeline.periods for c in p.citations]
    return found


def _event(timeline: Timeline, event_id: str) -> Event:
    (event,) = [e for e in timeline.events if e.id == event_id]
    return event


def _partial_dates(date: EventDate) -> list[PartialDate]:
    if isinstance(date, PartialDate):
        return [date]
    if isinstance(date, PointDate):
        return [date.on]
    if isinstance(date, SpanDate):
        return [date.start] + ([date.end] if date.end is not None else [])
    return [a.on for a in date.alternatives]


def test_every_citation_gives_an_excerpt_or_says_why_it_gives_none(timeline: Timeline) -> None:
    citations = _citations(timeline)
    assert len(citations) > 100
    for owner, citation in citations:
        has_excerpt = bool(citation.excerpt and citation.excerpt.strip())
        has_reason = bool(citation.no_excerpt_reason and citation.no_excerpt_reason.strip())
        assert has_excerpt != has_reason, f"{owner} cites {citation.source}: give an excerpt or the reason for none"


def test_every_excerpt_is_copied_from_the_notes_or_the_briefing(timeline: Timeline) -> None:
    corpus = _plain(NOTES) + " " + _plain(BRIEFING)
    for owner, citation in _citations(timeline):
        if citation.excerpt:
            assert _plain(citation.excerpt) in corpus, f"{owner} cites {citation.source}: {citation.excerpt!r}"


FINEST_PRECISION_IN_THE_NOTES = {
    # Read from the milestones table of the research notes (§3): the "Prec." column and the
    # confidence notes, for the events whose sources know less than the day.
    "azerbaijan-joins-nacc-1992": Precision.MONTH,  # row 1: "M (D likely)", "High for March 1992"
    "first-nato-seminar-1992": Precision.MONTH,  # row 2: "Oct 1992", M
    "peacekeeping-company-1997": Precision.YEAR,  # row 9: "1997", Y
    "pfp-parp-1997": Precision.MONTH,  # row 8: "Y (M)", the month from Wikipedia only
    "washington-summit-1999": Precision.MONTH,  # row 11: the page gives two days; "use month precision"
    "kfor-deployment-1999": Precision.MONTH,  # row 12: "No exact day found"
    "pfp-exercise-2001": Precision.MONTH,  # row 13: "Nov 2001", M
    "isaf-contingent-doubled-2009": Precision.MONTH,  # row 23: "Feb 2009", M
    "isaf-strength-94": Precision.MONTH,  # row 26: "Nov 2010; Oct 2013", M
    "new-ipap-2011": Precision.MONTH,  # row 27: "High (month)"
    "isaf-ends-2014": Precision.YEAR,  # row 29: "D (Y per NATO)"; the day only from an unlinked Wikipedia mirror
    "transit-hub-2017-2018": Precision.YEAR,  # row 34: "(claim, c. 2017–2018)", no precision
    "nato-withdrawal-decision-2021": Precision.MONTH,  # row 35: "Month high; day medium" (a Wikipedia mirror)
}


@pytest.mark.parametrize(
    ("event_id", "finest"), FINEST_PRECISION_IN_THE_NOTES.items(), ids=list(FINEST_PRECISION_IN_THE_NOTES)
)
def test_no_date_is_more_precise_than_the_notes_allow(timeline: Timeline, event_id: str, finest: Precision) -> None:
    dates = _partial_dates(_event(timeline, event_id).date)
    assert all(d.precision <= finest for d in dates), f"{event_id}: the notes support only the {finest.name.lower()}"


def test_joining_the_nacc_is_dated_to_the_month_and_the_likely_day_is_a_claim(timeline: Timeline) -> None:
    nacc = _event(timeline, "azerbaijan-joins-nacc-1992")
    assert date_in_words(nacc.date) == "March 1992"
    # The notes: "High for March 1992" (the rating of what is shown); "Medium-high for 10 Mar".
    assert (nacc.confidence.level, nacc.confidence.status) == (ConfidenceLevel.HIGH, ClaimStatus.CORROBORATED)
    (day,) = [c for c in nacc.claims if "10 March 1992" in c.text]
    assert day.status is ClaimStatus.UNVERIFIED
    assert day.note is not None
    assert "medium-high" in day.note
    assert {c.source for c in day.citations} == {"n10", "n10b", "r1"}


def test_the_transit_role_is_a_claim_of_about_2017_to_2018_not_a_2019_milestone(timeline: Timeline) -> None:
    assert "transit-support-2019" not in {e.id for e in timeline.events}
    (transit,) = [e for e in timeline.events if any("40 percent" in c.text for c in e.claims)]
    assert transit.id == "transit-hub-2017-2018"
    assert date_in_words(transit.date) == "c. 2017 – 2018"
    (figure,) = [c for c in transit.claims if "40 percent" in c.text]
    assert figure.status is ClaimStatus.SINGLE_SOURCE
    assert figure.note is not None
    for said in ("Trend (December 2017)", "Azerbaijani Embassy in Washington (January 2018)", "No NATO confirmation"):
        assert said in figure.note
    assert transit.summary is not None
    assert transit.summary.startswith("Around 2017–2018, Azerbaijani official sources described")
    # The Embassy's report of January 2018 is what dates the claim; NATO's 2019 article confirms the role.
    sources = {s.id: s for s in timeline.sources}
    cited = {c.source for c in transit.citations}
    assert {"a7", "a5"} <= cited
    assert str(sources["a7"].published) == "2018-01-10"


def test_only_the_2019_reports_give_the_doctors_and_staff_officers(timeline: Timeline) -> None:
    rsm = _event(timeline, "rsm-contingent-at-120-2019-2021")
    assert rsm.summary is not None
    for sentence in re.split(r"(?<=\.)\s+", rsm.summary):
        if "doctors" in sentence or "officers" in sentence:
            assert "2019" in sentence, sentence
            assert "2021" not in sentence, sentence
    figures = {f.label: f for f in rsm.key_figures}
    for label in ("Military doctors", "Staff officers"):
        assert "2019" in (figures[label].note or ""), label
    sources = {s.id: s for s in timeline.sources}
    breakdown = re.compile(r"medici|Militärärzte")
    giving_the_breakdown = [c.source for c in rsm.citations if c.excerpt and breakdown.search(c.excerpt)]
    assert giving_the_breakdown
    assert {str(sources[s].published)[:4] for s in giving_the_breakdown} == {"2019"}


def test_quotes_said_after_their_event_are_the_ones_the_review_named(timeline: Timeline) -> None:
    quotes = {q.id: q for q in timeline.quotes}
    later = {(e.id, q) for e in timeline.events for q in e.quotes if said_later(quotes[q], e.date)}
    assert ("kabul-airport-security-2021", "stoltenberg-2024-interview-airport") in later
    assert ("azerbaijani-troops-leave-kabul-2021", "stoltenberg-2024-last-troops") in later
    assert not {q for e, q in later if e == "baku-press-statements-2024"}, "said on the day of the press statements"
