"""Checks across a whole timeline that a single field cannot make on its own.

Ids must be unique, every reference must name something that exists, and a few
things are worth a warning (an event outside the declared range, an event with no
source). The checks take the parts of a timeline rather than a ``Timeline`` so the
loader can still run them when some items failed validation and were left out.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import attrgetter
from typing import overload

from typing_extensions import override

from timeline_app.domain.columns import EventColumns, Flag, Shape, event_columns
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
from timeline_app.domain.slices import in_slices

_ID, _SOURCE, _CITATIONS, _CLAIMS, _QUOTES, _RELATED = map(
    attrgetter, ("id", "source", "citations", "claims", "quotes", "related")
)


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
    unreadable: set[str] = field(default_factory=set)
    """Sections that are not lists at all: references into them are not reported as unknown."""
    columns: EventColumns | None = None
    """The events' columns, when ``events`` holds every event of a valid timeline."""

    @classmethod
    def of(cls, timeline: Timeline) -> TimelineParts:
        return cls(
            categories=list(enumerate(timeline.categories)),
            people=list(enumerate(timeline.people)),
            sources=list(enumerate(timeline.sources)),
            quotes=list(enumerate(timeline.quotes)),
            events=Numbered(timeline.events),
            periods=list(enumerate(timeline.periods)),
            view=timeline.view,
            columns=event_columns(timeline),
        )


class Numbered(Sequence[tuple[int, Event]]):
    """A list of events seen as ``(index, event)`` pairs, without a million pairs made up front."""

    def __init__(self, items: Sequence[Event]) -> None:
        self.items = items

    @override
    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> tuple[int, Event]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, Event]]: ...
    @override
    def __getitem__(self, index: int | slice) -> tuple[int, Event] | Sequence[tuple[int, Event]]:
        if isinstance(index, slice):
            return list(enumerate(self.items))[index]
        return (range(len(self.items))[index], self.items[index])

    @override
    def __iter__(self) -> Iterator[tuple[int, Event]]:
        return enumerate(self.items)


NO_SOURCE = "no source is cited for this event"
OUTSIDE_RANGE = "the event falls outside the timeline's range"
"""The start of the warning for an event outside the declared range."""

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
        known = parts.columns.ids if section == "events" and parts.columns is not None else None
        ids[section] = _unique_ids(section, items, findings, known)
        if parts.present_ids.get(section):
            ids[section] |= parts.present_ids[section]

    def ref(path: JsonPath, section: str, value: str) -> None:
        if value not in ids[section] and section not in parts.unreadable:
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
    if _events_are_sound(parts, ids, quoted):
        events: Iterable[tuple[int, Event]] = ()
    else:
        events = parts.events
        quoted = set(parts.quoted_elsewhere)
    for i, event in events:
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
            findings.append(Finding((*at, "citations"), NO_SOURCE, Severity.WARNING, on_key=True))
        if parts.view is not None and not event.framing:
            _warn_outside(parts.view, at, event, findings)

    for i, quote in [] if "events" in parts.unreadable else parts.quotes:
        if quote.id not in quoted:
            message = f"quote '{quote.id}' is not attached to any event"
            findings.append(Finding(("quotes", i), message, Severity.WARNING))
    return findings


def _events_are_sound(parts: TimelineParts, ids: dict[str, set[str]], quoted: set[str]) -> bool:
    """True when no event has anything to report; adds the quotes the events name to ``quoted``.

    The same checks as the loop over the events in :func:`check_timeline`, made over whole
    columns at once: a million events are checked in well under a second, where the loop
    takes several. When anything is amiss the loop runs, so what is reported and in which
    order stays exactly the loop's.
    """
    columns, view = parts.columns, parts.view
    if columns is None or not isinstance(parts.events, Numbered):
        return False
    events = parts.events.items
    # map() with attrgetter and compress() walk the events in C: a Python expression per event
    # costs several times as much, and these run over every event of every file opened. They
    # walk a slice of the events at a time: one call over a million would hold a window that is
    # waiting for its turn (the file loads in the background) for a tenth of a second.
    slices = list(in_slices(events))
    # An unknown category has index -1; every event cites a source.
    if -1 in columns.categories or not all(all(map(_CITATIONS, chunk)) for chunk in slices):
        return False
    sources = ids["sources"]
    for chunk in slices:
        if not sources.issuperset(map(_SOURCE, chain.from_iterable(map(_CITATIONS, chunk)))):
            return False
        for event in compress(chunk, map(_CLAIMS, chunk)):
            if any(c.source not in sources for claim in event.claims for c in claim.citations):
                return False
    named: set[str] = set()
    for chunk in slices:
        named.update(chain.from_iterable(map(_QUOTES, chunk)))
    if not ids["quotes"].issuperset(named):
        return False
    quoted |= named
    for chunk in slices:
        for event in compress(chunk, map(_RELATED, chunk)):
            if event.id in event.related or not ids["events"].issuperset(event.related):
                return False
    contested = int(Shape.CONTESTED)
    for row in compress(range(len(events)), [shape == contested for shape in columns.shapes]):
        date = events[row].date
        assert isinstance(date, ContestedDate)
        if any(s not in sources for a in date.alternatives for s in a.sources):
            return False
    if view is not None:
        # Outside the range (as _warn_outside has it, in days): the event's first day is after the
        # view's last, or its last day (the day before its exclusive end) before the view's first.
        view_first = view.start.first_day
        view_last = view.end.end_day - 1.0
        starts, ends = columns.starts, columns.ends
        if max(starts, default=view_last) > view_last or min(ends, default=view_first + 1.0) - 1.0 < view_first:
            framing = int(Flag.FRAMING)
            if any(
                not flags & framing and (start > view_last or end - 1.0 < view_first)
                for start, end, flags in zip(starts, ends, columns.flags, strict=True)
            ):
                return False
    return True


def _unique_ids(
    section: str,
    items: Sequence[tuple[int, Category | Person | Source | Quote | Event | Period]],
    findings: list[Finding],
    known: list[str] | None = None,
) -> set[str]:
    """The ids of ``items``, reporting any used twice; ``known``: the same ids, gathered already."""
    if isinstance(items, Numbered):
        unique: set[str] = set()
        for chunk in in_slices(map(_ID, items.items) if known is None else known):
            unique.update(chunk)  # in slices: a million ids at once would hold the window still for 0.2 s
        if len(unique) == len(items):
            return unique
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
    first, end = date_bounds(event.date)
    if first >= view.end.end_day or end <= view.start.first_day:
        findings.append(
            Finding(
                (*at, "date"),
                f"{OUTSIDE_RANGE} ({view.start.in_words()} to {view.end.in_words()}); "
                'set "framing": true if that is deliberate',
                Severity.WARNING,
            )
        )


def _suggest(value: str, known: set[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""
