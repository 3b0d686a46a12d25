"""Checks across a whole timeline that a single field cannot make on its own.

Ids must be unique, every reference must name something that exists, and a few
things are worth a warning (an event outside the declared range, an event with no
source). The checks take the parts of a timeline rather than a ``Timeline`` so the
loader can still run them when some items failed validation and were left out.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from timeline_app.domain.locate import JsonPath
from timeline_app.domain.model import (
    Category,
    Citation,
    ContestedDate,
    Event,
    Period,
    Person,
    Quote,
    Source,
    Timeline,
    ViewRange,
    date_bounds,
)
from timeline_app.domain.problems import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    path: JsonPath
    message: str
    severity: Severity = Severity.ERROR
    on_key: bool = False


@dataclass
class TimelineParts:
    """The lists of a timeline; ``present_ids`` also holds ids of items that failed validation."""

    categories: Sequence[tuple[int, Category]] = ()
    people: Sequence[tuple[int, Person]] = ()
    sources: Sequence[tuple[int, Source]] = ()
    quotes: Sequence[tuple[int, Quote]] = ()
    events: Sequence[tuple[int, Event]] = ()
    periods: Sequence[tuple[int, Period]] = ()
    view: ViewRange | None = None
    present_ids: dict[str, set[str]] = field(default_factory=dict)
    quoted_elsewhere: set[str] = field(default_factory=set)
    """Quote ids named by events that failed validation (so their quotes are not called unattached)."""

    @classmethod
    def of(cls, timeline: Timeline) -> TimelineParts:
        return cls(
            categories=list(enumerate(timeline.categories)),
            people=list(enumerate(timeline.people)),
            sources=list(enumerate(timeline.sources)),
            quotes=list(enumerate(timeline.quotes)),
            events=list(enumerate(timeline.events)),
            periods=list(enumerate(timeline.periods)),
            view=timeline.view,
        )


_NOUNS = {
    "categories": "category",
    "people": "person",
    "sources": "source",
    "quotes": "quote",
    "events": "event",
    "periods": "period",
}


def check_timeline(parts: TimelineParts) -> list[Finding]:
    findings: list[Finding] = []
    ids: dict[str, set[str]] = {}
    for section in _NOUNS:
        items: Sequence[tuple[int, Category | Person | Source | Quote | Event | Period]] = getattr(parts, section)
        ids[section] = _unique_ids(section, items, findings) | parts.present_ids.get(section, set())

    def ref(path: JsonPath, section: str, value: str) -> None:
        if value not in ids[section]:
            findings.append(Finding(path, f"unknown {_NOUNS[section]} '{value}'{_suggest(value, ids[section])}"))

    def cites(path: JsonPath, citations: Iterable[Citation]) -> None:
        for n, citation in enumerate(citations):
            ref((*path, n, "source"), "sources", citation.source)

    for i, quote in parts.quotes:
        ref(("quotes", i, "speaker"), "people", quote.speaker)
        ref(("quotes", i, "source"), "sources", quote.source)
    for i, period in parts.periods:
        cites(("periods", i, "citations"), period.citations)

    quoted: set[str] = set(parts.quoted_elsewhere)
    for i, event in parts.events:
        at: JsonPath = ("events", i)
        ref((*at, "category"), "categories", event.category)
        cites((*at, "citations"), event.citations)
        for n, claim in enumerate(event.claims):
            cites((*at, "claims", n, "citations"), claim.citations)
        for n, quote_id in enumerate(event.quotes):
            ref((*at, "quotes", n), "quotes", quote_id)
            quoted.add(quote_id)
        for n, other in enumerate(event.related):
            if other == event.id:
                findings.append(Finding((*at, "related", n), "an event cannot be related to itself"))
            else:
                ref((*at, "related", n), "events", other)
        if isinstance(event.date, ContestedDate):
            for n, alternative in enumerate(event.date.alternatives):
                for k, source_id in enumerate(alternative.sources):
                    ref((*at, "date", "alternatives", n, "sources", k), "sources", source_id)
        if not event.citations:
            findings.append(
                Finding((*at, "citations"), "no source is cited for this event", Severity.WARNING, on_key=True)
            )
        if parts.view is not None and not event.framing:
            _warn_outside(parts.view, at, event, findings)

    for i, quote in parts.quotes:
        if quote.id not in quoted:
            message = f"quote '{quote.id}' is not attached to any event"
            findings.append(Finding(("quotes", i), message, Severity.WARNING))
    return findings


def _unique_ids(
    section: str,
    items: Sequence[tuple[int, Category | Person | Source | Quote | Event | Period]],
    findings: list[Finding],
) -> set[str]:
    first_seen: dict[str, int] = {}
    for i, item in items:
        if item.id in first_seen:
            findings.append(
                Finding(
                    (section, i, "id"),
                    f"duplicate {_NOUNS[section]} id '{item.id}' (first used by {section}[{first_seen[item.id]}])",
                )
            )
        else:
            first_seen[item.id] = i
    return set(first_seen)


def _warn_outside(view: ViewRange, at: JsonPath, event: Event, findings: list[Finding]) -> None:
    first, last = date_bounds(event.date)
    if first > view.end.latest() or last < view.start.earliest():
        findings.append(
            Finding(
                (*at, "date"),
                f"the event falls outside the timeline's range ({view.start.in_words()} to {view.end.in_words()}); "
                'set "framing": true if that is deliberate',
                Severity.WARNING,
            )
        )


def _suggest(value: str, known: set[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""
