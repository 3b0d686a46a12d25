"""Reading a timeline by source and by speaker: what each source supports or contradicts, who is quoted where.

A sourced history invites the question "what does each side say?". This answers it from what the
file records, and nothing more: a source *supports* an event when the event cites it (for itself,
for one of its claims, for one of the dates of a contested date, or as the source of one of its
quotes), and *contradicts* it when one of those citations says so (a citation whose stance is
``contradicts``, which the detail pane shows as "Contradicted by [n] …"). No stance is guessed.

The links are computed once per timeline, over the events in the order the caller holds them
(the list's rows), so a filter is a union of row lists rather than a Python call per event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import ContestedDate, Event, Source, SourceKind, Stance, Timeline

NO_PUBLISHER = "No publisher given"
"""The group of sources whose publisher the file does not name."""

_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|\bvia\b.*)\s*$", re.IGNORECASE)
"""What follows a publisher's name and only says where within it or where else it was read:
``NATO (NATO Update)``, ``AzerNews via MENAFN``, ``AFP (via Nuclear Power Daily)``."""


def publisher_group(publisher: str | None) -> str:
    """The publishing body a source is grouped under: its publisher as written, without a closing
    parenthesis or "via …" (``NATO (Speeches)`` → ``NATO``), so a reader can take all of NATO's at once."""
    if publisher is None or not publisher.strip():
        return NO_PUBLISHER
    name = publisher.strip()
    while True:
        shorter = _QUALIFIER.sub("", name)
        if shorter == name or not shorter:
            return name
        name = shorter


@dataclass(frozen=True)
class EventLinks:
    """For each source and each speaker, the rows (positions in the events given) it is linked to, ascending."""

    row_count: int
    supported_by: Mapping[str, tuple[int, ...]]
    """Source id → rows of the events that cite it in support."""
    contradicted_by: Mapping[str, tuple[int, ...]]
    """Source id → rows of the events one of whose citations of it contradicts."""
    quoted: Mapping[str, tuple[int, ...]]
    """Person id → rows of the events that carry one of their quotes."""

    def rows_of_sources(self, source_ids: Iterable[str]) -> tuple[bytearray, bytearray]:
        """Masks (one byte per row) of the events the sources support or contradict, and of those they contradict."""
        linked = bytearray(self.row_count)
        contradicted = bytearray(self.row_count)
        for source_id in source_ids:
            for row in self.supported_by.get(source_id, ()):
                linked[row] = 1
            for row in self.contradicted_by.get(source_id, ()):
                linked[row] = 1
                contradicted[row] = 1
        return linked, contradicted

    def rows_of_speakers(self, person_ids: Iterable[str]) -> bytearray:
        """A mask (one byte per row) of the events that carry a quote of one of these people."""
        quoted = bytearray(self.row_count)
        for person_id in person_ids:
            for row in self.quoted.get(person_id, ()):
                quoted[row] = 1
        return quoted


def event_links(timeline: Timeline, events: Sequence[Event]) -> EventLinks:
    """Which of ``events`` (rows, in the order given) each source supports or contradicts, each speaker is quoted in."""
    quotes = {q.id: q for q in timeline.quotes}
    supported: dict[str, list[int]] = {}
    contradicted: dict[str, list[int]] = {}
    quoted: dict[str, list[int]] = {}
    supports = Stance.SUPPORTS

    def link(rows_by_id: dict[str, list[int]], key: str, row: int) -> None:
        # Rows come in ascending order, so a repeat of this row can only be the last one added.
        rows = rows_by_id.get(key)
        if rows is None:
            rows_by_id[key] = [row]
        elif rows[-1] != row:
            rows.append(row)

    for row, event in enumerate(events):
        if not (event.claims or event.quotes or type(event.date) is ContestedDate):
            # Most events of a large file: their own citations only.
            for citation in event.citations:
                link(supported if citation.stance is supports else contradicted, citation.source, row)
            continue
        for source_id, stance in _cited(event):
            link(supported if stance is supports else contradicted, source_id, row)
        for quote_id in event.quotes:
            quote = quotes.get(quote_id)
            if quote is not None:
                link(supported, quote.source, row)
                link(quoted, quote.speaker, row)
    return EventLinks(
        len(events),
        {k: tuple(v) for k, v in supported.items()},
        {k: tuple(v) for k, v in contradicted.items()},
        {k: tuple(v) for k, v in quoted.items()},
    )


def _cited(event: Event) -> Iterable[tuple[str, Stance]]:
    """Every source the event cites with the stance of that citation: for itself, its claims and its dates."""
    for citation in event.citations:
        yield citation.source, citation.stance
    for claim in event.claims:
        for citation in claim.citations:
            yield citation.source, citation.stance
    if isinstance(event.date, ContestedDate):
        for alternative in event.date.alternatives:
            for source_id in alternative.sources:
                yield source_id, Stance.SUPPORTS  # the source gives that date


def contradicting_sources(event: Event, chosen: Iterable[str]) -> list[str]:
    """The ids among ``chosen`` that one of the event's citations marks as contradicting, in the event's order."""
    wanted = set(chosen)
    found: list[str] = []
    for source_id, stance in _cited(event):
        if stance is Stance.CONTRADICTS and source_id in wanted and source_id not in found:
            found.append(source_id)
    return found


# -- what the Sources and Speakers views list ---------------------------------------------------------


@dataclass(frozen=True)
class SourceReading:
    """One source as the Sources view lists it."""

    id: str
    title: str
    publisher: str | None
    group: str
    kind: SourceKind
    published: PartialDate | None
    supports: int
    """Events it supports."""
    contradicts: int
    """Events one of whose citations of it contradicts."""


@dataclass(frozen=True)
class PublisherReading:
    """A publishing body and its sources; its counts are of distinct events, not sums."""

    name: str
    sources: tuple[SourceReading, ...]
    supports: int
    contradicts: int

    @property
    def source_ids(self) -> frozenset[str]:
        return frozenset(s.id for s in self.sources)


@dataclass(frozen=True)
class SpeakerReading:
    """One person whose words are quoted."""

    id: str
    name: str
    role: str | None
    quotes: int
    """Quotes of theirs in the timeline."""
    events: int
    """Events that carry one of their quotes."""


def sources_by_publisher(timeline: Timeline, links: EventLinks) -> list[PublisherReading]:
    """Every source of the timeline with its counts, grouped by :func:`publisher_group`; groups and sources by name."""
    groups: dict[str, list[Source]] = {}
    for source in timeline.sources:
        groups.setdefault(publisher_group(source.publisher), []).append(source)
    readings = []
    for name, sources in groups.items():
        items = tuple(
            sorted(
                (
                    SourceReading(
                        id=s.id,
                        title=s.title,
                        publisher=s.publisher,
                        group=name,
                        kind=s.kind,
                        published=s.published,
                        supports=len(links.supported_by.get(s.id, ())),
                        contradicts=len(links.contradicted_by.get(s.id, ())),
                    )
                    for s in sources
                ),
                key=lambda s: s.title.casefold(),
            )
        )
        ids = [s.id for s in items]
        supports = {row for i in ids for row in links.supported_by.get(i, ())}
        contradicts = {row for i in ids for row in links.contradicted_by.get(i, ())}
        readings.append(PublisherReading(name, items, len(supports), len(contradicts)))
    # The unnamed group goes last: it is not a publisher a reader looks for.
    return sorted(readings, key=lambda g: (g.name == NO_PUBLISHER, g.name.casefold()))


def speakers(timeline: Timeline, links: EventLinks) -> list[SpeakerReading]:
    """Every person who is the speaker of a quote, with their role and counts, by name."""
    people = {p.id: p for p in timeline.people}
    quote_counts: dict[str, int] = {}
    for quote in timeline.quotes:
        quote_counts[quote.speaker] = quote_counts.get(quote.speaker, 0) + 1
    readings = []
    for person_id, count in quote_counts.items():
        person = people.get(person_id)
        readings.append(
            SpeakerReading(
                id=person_id,
                name=person.name if person is not None else person_id,
                role=person.role if person is not None else None,
                quotes=count,
                events=len(links.quoted.get(person_id, ())),
            )
        )
    return sorted(readings, key=lambda s: s.name.casefold())


def describe_choice(
    timeline: Timeline, source_ids: frozenset[str] | None, speaker_ids: frozenset[str] | None, *, most: int = 2
) -> list[str]:
    """``["by source: NATO, AFP", "quoting: Heydar Aliyev"]``: the chosen sources (a whole publisher by its
    name) and speakers, at most ``most`` names each and then "+N more"."""
    parts = []
    if source_ids is not None:
        names: list[str] = []
        left = set(source_ids)
        by_group: dict[str, list[Source]] = {}
        for source in timeline.sources:
            by_group.setdefault(publisher_group(source.publisher), []).append(source)
        for group, sources in by_group.items():
            ids = {s.id for s in sources}
            if ids <= left:
                names.append(group)
                left -= ids
        names += [s.publisher or s.title for s in timeline.sources if s.id in left]
        parts.append(fill(translate("ReadingBy", "by source: %1"), _some(list(dict.fromkeys(names)), most)))
    if speaker_ids is not None:
        people = {p.id: p.name for p in timeline.people}
        named = sorted(people.get(i, i) for i in speaker_ids)
        parts.append(fill(translate("ReadingBy", "quoting: %1"), _some(named, most)))
    return parts


def _some(names: list[str], most: int) -> str:
    if not names:
        return translate("ReadingBy", "none")
    shown = ", ".join(names[:most])
    return shown if len(names) <= most else fill(translate("ReadingBy", "%1 +%2 more"), shown, len(names) - most)
