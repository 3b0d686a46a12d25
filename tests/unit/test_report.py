"""The events-and-sources report as HTML: what a reader hands in, read back as a browser would."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from typing_extensions import override

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.event_html import (
    NO_EXCERPT_LABEL,
    NOT_ASSESSED_EXPLANATION,
    STATUS_EXPLANATIONS,
    said_in_words,
    said_later,
)
from timeline_app.domain.model import ClaimStatus, ConfidenceLevel, ContestedDate, Event, Timeline
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.report import report_html
from timeline_app.domain.selection import DateRange, EventFilter, selected_events
from timeline_app.domain.wording import date_in_words

_VOID = frozenset({"br", "hr", "meta", "link", "img", "input", "col", "area", "base", "embed", "source", "wbr"})


class ReportReader(HTMLParser):
    """What a reader of the report sees: its text, its links, each event's section and each bibliography entry."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self.parts: list[str] = []
        self.event_titles: list[str] = []
        self.event_text: dict[str, list[str]] = {}
        self.links: list[tuple[str, list[str]]] = []
        self.entries: dict[str, list[str]] = {}
        self._open: list[tuple[str, list[list[str]]]] = []
        self._in_style = False
        self._event: str | None = None
        self._entry: str | None = None
        self.feed(html)
        self.close()
        self.text = _normal(" ".join(self.parts))

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append((tag, values))
        captures: list[list[str]] = []
        if tag == "style":
            self._in_style = True
        if tag == "h3":
            self._event = values["id"].removeprefix("event-")
            self.event_titles.append("")
            self.event_text[self._event] = []
        if tag == "hr" or (tag == "h2"):
            self._event = None
        if tag == "td" and values.get("class") == "entry-num":
            self._entry = values["id"].removeprefix("source-")
            self.entries[self._entry] = []
        if tag == "a" and "href" in values:
            self.links.append((values["href"], []))
            captures.append(self.links[-1][1])
        if tag not in _VOID:
            self._open.append((tag, captures))

    @override
    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False
        if tag == "tr":
            self._entry = None
        while self._open:
            opened, _ = self._open.pop()
            if opened == tag:
                break

    @override
    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
            return
        self.parts.append(data)
        if (self._open and self._open[-1][0] == "h3") or any(t == "h3" for t, _ in self._open):
            self.event_titles[-1] += data
        if self._event is not None:
            self.event_text[self._event].append(data)
        if self._entry is not None:
            self.entries[self._entry].append(data)
        for _, captures in self._open:
            for capture in captures:
                capture.append(data)

    def section(self, event_id: str) -> str:
        return _normal(" ".join(self.event_text[event_id]))

    def entry(self, source_id: str) -> str:
        return _normal(" ".join(self.entries[source_id]))

    def references(self) -> dict[str, set[str]]:
        """Source id → the numbers its ``[n]`` links show."""
        found: dict[str, set[str]] = {}
        for href, text in self.links:
            if href.startswith("#source-"):
                found.setdefault(href.removeprefix("#source-"), set()).add(_normal("".join(text)))
        return found


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


@pytest.fixture(scope="module")
def whole_report(bundled: Timeline) -> ReportReader:
    events = selected_events(bundled)
    return ReportReader(report_html(bundled, events, scope=f"All {len(events)} events"))


def cited_sources(timeline: Timeline, events: list[Event]) -> dict[str, list[str]]:
    """Source id → ids of the events that cite it (for themselves, claims, contested dates or quotes)."""
    quotes = {q.id: q for q in timeline.quotes}
    citing: dict[str, list[str]] = {}
    for shown in events:
        used = {c.source for c in shown.citations}
        used |= {c.source for claim in shown.claims for c in claim.citations}
        if isinstance(shown.date, ContestedDate):
            used |= {s for a in shown.date.alternatives for s in a.sources}
        used |= {quotes[q].source for q in shown.quotes}
        for source_id in used:
            citing.setdefault(source_id, []).append(shown.id)
    return citing


# -- the bundled timeline --------------------------------------------------------------------------


def test_every_event_is_in_the_report_in_time_order(bundled: Timeline, whole_report: ReportReader) -> None:
    events = selected_events(bundled)
    assert len(events) == len(bundled.events)
    assert [_normal(t) for t in whole_report.event_titles] == [_normal(e.title) for e in events]
    for shown in events:
        section = whole_report.section(shown.id)
        assert section.startswith(_normal(f"{shown.title} {date_in_words(shown.date)}"))
        if shown.summary:
            assert _normal(shown.summary) in section


def test_every_quote_is_verbatim_with_its_speaker(bundled: Timeline, whole_report: ReportReader) -> None:
    quotes = {q.id: q for q in bundled.quotes}
    people = {p.id: p for p in bundled.people}
    checked = 0
    for shown in bundled.events:
        section = whole_report.section(shown.id)
        for quote_id in shown.quotes:
            quote = quotes[quote_id]
            assert f"“{_normal(quote.text)}”" in section
            assert people[quote.speaker].name in section
            if quote.said:
                assert quote.said.in_words() in section
            checked += 1
    assert checked >= len(bundled.quotes)


def test_quotes_said_after_their_event_say_so_as_in_the_detail_pane(
    bundled: Timeline, whole_report: ReportReader
) -> None:
    quotes = {q.id: q for q in bundled.quotes}
    looked_back = 0
    for shown in bundled.events:
        section = whole_report.section(shown.id)
        later = [quotes[q] for q in shown.quotes if said_later(quotes[q], shown.date)]
        for quote in later:
            assert quote.said is not None
            assert said_in_words(quote.said, looking_back=True) in section, (shown.id, quote.id)
        looked_back += len(later)
        if not later:
            assert "looking back" not in section, shown.id
    assert looked_back >= 5, "the Kabul events show quotes from December 2021 and March 2024"
    kabul = whole_report.section("kabul-airport-security-2021")
    assert "said on 18 March 2024, looking back · Interview with AZERTAC" in kabul


def test_a_citation_without_an_excerpt_says_why_as_in_the_detail_pane(
    bundled: Timeline, whole_report: ReportReader
) -> None:
    reasons = [
        (e.id, c.no_excerpt_reason)
        for e in bundled.events
        for c in (*e.citations, *(c for claim in e.claims for c in claim.citations))
        if c.no_excerpt_reason
    ]
    assert len(reasons) >= 3
    for event_id, reason in reasons:
        assert _normal(f"{NO_EXCERPT_LABEL} — {reason}") in whole_report.section(event_id), event_id


def test_unverified_quotes_and_contested_dates_are_labelled_as_in_the_detail_pane(
    bundled: Timeline, whole_report: ReportReader
) -> None:
    quotes = {q.id: q for q in bundled.quotes}
    unverified = [(e, quotes[q]) for e in bundled.events for q in e.quotes if not quotes[q].verified]
    contested = [e for e in bundled.events if isinstance(e.date, ContestedDate)]
    assert unverified, "the bundled timeline has an unverified quote"
    assert contested, "the bundled timeline has a contested date"
    for shown, quote in unverified:
        assert _normal(f"⚠ Unverified. {quote.note}") in whole_report.section(shown.id)
    for shown in contested:
        assert isinstance(shown.date, ContestedDate)
        section = whole_report.section(shown.id)
        assert date_in_words(shown.date).endswith("— sources disagree")
        assert _normal(date_in_words(shown.date)) in section
        for alternative in shown.date.alternatives:
            assert f"{alternative.on.in_words()} according to [" in section


def test_every_event_says_how_sure_we_are(bundled: Timeline, whole_report: ReportReader) -> None:
    sources = {s.id: s for s in bundled.sources}
    for shown in bundled.events:
        section = whole_report.section(shown.id)
        confidence = shown.confidence
        assert f"How sure we are {confidence.level.description.upper()} {confidence.status.label}" in section
        assert STATUS_EXPLANATIONS[confidence.status] in section
        if confidence.note:
            assert _normal(confidence.note) in section
        for claim in shown.claims:
            assert f"{claim.status.label} {_normal(claim.text)}" in section
            for citation in claim.citations:
                if citation.stance == "contradicts":
                    source = sources[citation.source]
                    assert _normal(f"{source.publisher or source.title}") in section
        for figure in shown.key_figures:
            assert f"{_normal(figure.label)} {_normal(figure.value)}" in section
    statuses = {claim.status for e in bundled.events for claim in e.claims}
    assert {ClaimStatus.UNVERIFIED, ClaimStatus.CONTRADICTED} <= statuses


def test_one_number_per_source_across_the_report(bundled: Timeline, whole_report: ReportReader) -> None:
    events = selected_events(bundled)
    citing = cited_sources(bundled, events)
    references = whole_report.references()
    assert set(references) == set(citing), "every cited source is referred to by number, and no other"
    numbers = {source_id: shown.pop() for source_id, shown in references.items() if len(shown) == 1}
    assert numbers.keys() == references.keys(), "a source shows the same number wherever it is cited"
    assert sorted(numbers.values(), key=lambda n: int(n.strip("[]"))) == [f"[{n}]" for n in range(1, len(citing) + 1)]
    # Numbered in order of first citation: the event that first cites [n] comes no later than [n+1]'s.
    position = {e.id: i for i, e in enumerate(events)}
    by_number = sorted(numbers, key=lambda s: int(numbers[s].strip("[]")))
    firsts = [min(position[e] for e in citing[s]) for s in by_number]
    assert firsts == sorted(firsts)


def test_the_bibliography_lists_each_cited_source_once_with_the_events_citing_it(
    bundled: Timeline, whole_report: ReportReader
) -> None:
    events = {e.id: e for e in bundled.events}
    citing = cited_sources(bundled, list(events.values()))
    assert set(whole_report.entries) == set(citing)
    hrefs = {href for href, _ in whole_report.links}
    for source in bundled.sources:
        if source.id not in citing:
            continue
        entry = whole_report.entry(source.id)
        assert _normal(f"“{source.title}”") in entry
        for part in (source.publisher, source.author, source.kind.label, source.url, source.archived_url):
            if part:
                assert _normal(part) in entry
        if source.published:
            assert source.published.in_words() in entry
        for event_id in citing[source.id]:
            assert _normal(f"{events[event_id].title} ({date_in_words(events[event_id].date)})") in entry
            assert f"#event-{event_id}" in hrefs
        if source.url:
            assert source.url in hrefs
        if source.archived_url:
            assert source.archived_url in hrefs


def test_a_filtered_report_holds_only_its_events_and_their_sources(bundled: Timeline) -> None:
    wanted = EventFilter(window=DateRange.parse("2021..2021").days)
    events = selected_events(bundled, wanted)
    assert 0 < len(events) < len(bundled.events)
    reader = ReportReader(report_html(bundled, events, scope="Events of 2021"))
    assert [_normal(t) for t in reader.event_titles] == [_normal(e.title) for e in events]
    citing = cited_sources(bundled, events)
    assert set(reader.entries) == set(citing)
    cited_urls = {s.url for s in bundled.sources if s.id in citing} | {
        s.archived_url for s in bundled.sources if s.id in citing
    }
    uncited_urls = {s.url for s in bundled.sources if s.id not in citing and s.url} - cited_urls
    assert uncited_urls, "some sources are cited only outside 2021"
    hrefs = {href for href, _ in reader.links}
    assert not uncited_urls & hrefs
    # A related event left out is named, not linked to a place the report does not have.
    shown_ids = {e.id for e in events}
    for shown in events:
        for related in shown.related:
            assert (f"#event-{related}" in hrefs) == (related in shown_ids)


def test_nothing_is_loaded_from_anywhere_and_nothing_runs(whole_report: ReportReader) -> None:
    tags = {tag for tag, _ in whole_report.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"}
    for tag, attrs in whole_report.tags:
        assert not {"src", "srcset", "background"} & set(attrs), tag
        assert not any(name.startswith("on") for name in attrs), tag
        assert "url(" not in attrs.get("style", "")
        if tag == "a" and "href" in attrs:
            assert attrs["href"].startswith(("#", "https://", "http://")), attrs["href"]
    style = " ".join(whole_report.styles)
    assert style.strip()
    assert "@import" not in style
    assert "url(" not in style
    assert "@font-face" not in style


def test_the_front_matter_names_the_scope_date_file_credits_and_licence(bundled: Timeline) -> None:
    events = selected_events(bundled)
    html = report_html(bundled, events, scope="All 51 events, as chosen", generated=dt.date(2024, 3, 17))
    reader = ReportReader(html)
    front = reader.text[: reader.text.index("How to read this report")]
    assert front.startswith(f"Events and sources: {_normal(bundled.title)}"), "the window title"
    assert "All 51 events, as chosen" in front
    assert "17 March 2024" in front
    assert bundled.credits
    assert _normal(bundled.credits) in front
    assert bundled.license
    assert _normal(bundled.license) in front


# -- a small timeline of awkward text --------------------------------------------------------------

MARKUP = "<b>bold</b><script>alert(1)</script>"


def awkward_timeline(**extra: Any) -> Timeline:
    data: dict[str, Any] = {
        "format": "timeline-viewer",
        "format_version": 2,
        "title": f"Title {MARKUP}",
        "credits": f"Credits {MARKUP}",
        "view": {"start": "1990", "end": "2000"},
        "categories": [{"id": "c", "label": f"Label {MARKUP}", "colour": "#1f77b4"}],
        "people": [{"id": "p", "name": f"Name {MARKUP}", "role": f"Role {MARKUP}"}],
        "sources": [
            {
                "id": "s",
                "kind": "news_report",
                "title": f"Source {MARKUP}",
                "publisher": f"Publisher {MARKUP}",
                "url": 'https://example.org/?a="x"&b=<y>',
            },
            {"id": "unused", "kind": "book", "title": "Never cited", "url": "https://example.org/unused"},
        ],
        "quotes": [
            {"id": "q", "text": f"Quote {MARKUP}", "speaker": "p", "source": "s", "verified": False, "note": MARKUP}
        ],
        "events": [
            {
                "id": "e",
                "title": f"Event {MARKUP}",
                "summary": f"Summary {MARKUP}",
                "date": "1995-05",
                "category": "c",
                "location": f"Place {MARKUP}",
                "key_figures": [{"label": f"Figure {MARKUP}", "value": f"12 {MARKUP}"}],
                "citations": [{"source": "s", "excerpt": f"Excerpt {MARKUP}"}],
                "quotes": ["q"],
                "claims": [{"text": f"Claim {MARKUP}", "status": "unverified", "citations": [{"source": "s"}]}],
                "confidence": {"level": "not_assessed", "status": "unverified", "note": f"Note {MARKUP}"},
            }
        ],
        **extra,
    }
    return read_timeline(json.dumps(data).encode(), "awkward.timeline.json").timeline


def test_text_from_the_file_is_shown_as_written_never_as_markup() -> None:
    timeline = awkward_timeline()
    html = report_html(timeline, timeline.events, scope=f"Scope {MARKUP}")
    assert "<b>bold</b>" not in html
    assert "<script>" not in html
    assert 'a="x"&b=<y>' not in html
    reader = ReportReader(html)
    assert not {tag for tag, _ in reader.tags} & {"script"}
    for prefix in (
        "Title",
        "Credits",
        "Scope",
        "Event",
        "Summary",
        "Place",
        "Label",
        "Figure",
        "12",
        "Excerpt",
        "Quote",
        "Name",
        "Role",
        "Claim",
        "Note",
        "Source",
        "Publisher",
    ):
        assert f"{prefix} {MARKUP}" in reader.text, prefix
    assert 'https://example.org/?a="x"&b=<y>' in {href for href, _ in reader.links}
    assert f"⚠ Unverified. {MARKUP}" in reader.text
    assert NOT_ASSESSED_EXPLANATION in reader.text
    assert set(reader.entries) == {"s"}, "a source nobody cites is left out of the bibliography"
    assert "Never cited" not in reader.text


def test_a_report_of_no_events_says_so() -> None:
    timeline = awkward_timeline()
    reader = ReportReader(report_html(timeline, [], scope="0 of 1 events · matching “nothing”"))
    assert "No events are included." in reader.text
    assert reader.entries == {}
    assert ConfidenceLevel.NOT_ASSESSED.description.upper() not in reader.text
