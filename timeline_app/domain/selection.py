"""Which events a reader is looking at: search, categories, confidence, a range of dates, sources and speakers.

One definition, used by the filter proxy (the list, the canvas) and by every export, so an
export "with the current filters" holds exactly the events the window shows. The answer is
a mask (one byte per event row) computed for all rows at once: with a million events a
Python call per row per keystroke would make searching take seconds.

A range is ``[first, last)`` in days since 1970-01-01; an event is in it when its date or
span overlaps it. A span with no end recorded is still going on, so it overlaps every range
after its start.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import and_

import msgspec
from typing_extensions import override

from timeline_app.domain.columns import EventColumns, Flag, event_columns
from timeline_app.domain.dates import CALENDAR_YEARS, CalendarDay, PartialDate, calendar_day
from timeline_app.domain.goto import parse_date
from timeline_app.domain.language import fill, format_count, translate
from timeline_app.domain.model import ConfidenceLevel, ContestedDate, Event, Period, Quote, Timeline, ViewRange
from timeline_app.domain.reader_words import confidence_label
from timeline_app.domain.reading_by import EventLinks, describe_choice, event_links
from timeline_app.domain.slices import take
from timeline_app.domain.text import fold

_OPEN_END = int(Flag.OPEN_END)


@dataclass(frozen=True)
class EventFilter:
    """What to show. The defaults show everything."""

    search: str = ""
    """Words that must all appear (case and accents ignored) in an event's searchable text."""
    categories: frozenset[str] | None = None
    """Category ids to show; ``None`` shows every category."""
    confidences: frozenset[str] | None = None
    """Confidence levels (``"high"``, ``"not_assessed"``, …) to show; ``None`` shows every level."""
    window: tuple[float, float] | None = None
    """Days ``[first, last)`` the event must overlap; ``None`` for any date."""
    sources: frozenset[str] | None = None
    """Source ids: shows the events any of them supports or contradicts (see :mod:`reading_by`); ``None`` for any."""
    speakers: frozenset[str] | None = None
    """Person ids: shows the events that carry a quote of any of them; ``None`` for any."""
    terms: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", tuple(fold(self.search).split()))

    @property
    def active(self) -> bool:
        return bool(self.terms) or any(
            f is not None for f in (self.categories, self.confidences, self.window, self.sources, self.speakers)
        )


def search_texts(timeline: Timeline, events: Sequence[Event]) -> list[str]:
    """Folded text per event: title, summary, place, quotes and their speakers, its sources, its claims."""
    return SearchTextFolder(timeline).texts(events)


class SearchTextFolder:
    """Folds events' search texts, the timeline's people, sources and quotes looked up once for any number of calls.

    So the texts of a large file can be folded a slice at a time (between a window's other work)
    for the cost of folding them at once.
    """

    def __init__(self, timeline: Timeline) -> None:
        people = {p.id: p.name for p in timeline.people}
        self._sources = {s.id: f"{s.title} {s.publisher or ''} {s.author or ''}" for s in timeline.sources}
        self._quotes = {q.id: f"{q.text} {people.get(q.speaker, '')} {q.occasion or ''}" for q in timeline.quotes}

    def texts(self, events: Sequence[Event]) -> list[str]:
        quotes, sources = self._quotes, self._sources
        texts = []
        for event in events:
            parts = [event.title, event.summary or "", event.location or ""]
            parts.extend(quotes.get(q, "") for q in event.quotes)
            parts.extend(sources.get(c.source, "") for c in event.citations)
            parts.extend(claim.text for claim in event.claims)
            texts.append(fold(" ".join(parts)))
        return texts


def filter_mask(
    timeline: Timeline,
    columns: EventColumns,
    events: Sequence[Event],
    wanted: EventFilter,
    texts: Callable[[], Sequence[str]],
    links: Callable[[], EventLinks] | None = None,
) -> bytearray:
    """One byte per row of ``columns`` (and ``events``, in the same order): 1 where the event is shown.

    ``texts`` gives the rows' :func:`search_texts`; it is only called when there is a search,
    so a caller can build them on first use and keep them. ``links`` likewise gives the rows'
    :func:`~timeline_app.domain.reading_by.event_links`, asked for only when sources or speakers
    are chosen (built here when not given).
    """
    accepted = bytearray(b"\x01" * len(columns))
    if wanted.sources is not None or wanted.speakers is not None:
        linked = links() if links is not None else event_links(timeline, events)
        if wanted.sources is not None:
            accepted = bytearray(map(and_, accepted, linked.rows_of_sources(wanted.sources)[0]))
        if wanted.speakers is not None:
            accepted = bytearray(map(and_, accepted, linked.rows_of_speakers(wanted.speakers)))
    if wanted.categories is not None:
        allowed = {i for i, c in enumerate(timeline.categories) if c.id in wanted.categories}
        accepted = bytearray(a and (c in allowed) for a, c in zip(accepted, columns.categories, strict=True))
    if wanted.confidences is not None:
        levels = wanted.confidences
        accepted = bytearray(a and (e.confidence.level.value in levels) for a, e in zip(accepted, events, strict=True))
    if wanted.window is not None:
        first, last = wanted.window
        accepted = bytearray(
            a and (s < last and (e > first or bool(f & _OPEN_END)))
            for a, s, e, f in zip(accepted, columns.starts, columns.ends, columns.flags, strict=True)
        )
    if wanted.terms:
        terms = wanted.terms
        accepted = bytearray(a and all(t in text for t in terms) for a, text in zip(accepted, texts(), strict=True))
    return accepted


def in_time_order(timeline: Timeline) -> tuple[EventColumns, Sequence[Event]]:
    """The timeline's columns and events in time order, as the list and the canvas have them
    (a year before its months and days); a mask over them is in that order too."""
    columns = event_columns(timeline)
    order = columns.chronological_order()
    if order is None:
        return columns, timeline.events
    return columns.reordered(order), take(order, timeline.events)


def selected_events(timeline: Timeline, wanted: EventFilter = EventFilter()) -> list[Event]:
    """The events ``wanted`` shows, in time order (as the list shows them: a year before its months and days)."""
    columns, events = in_time_order(timeline)
    if not wanted.active:
        return list(events)
    mask = filter_mask(timeline, columns, events, wanted, lambda: search_texts(timeline, events))
    return [event for event, shown in zip(events, mask, strict=True) if shown]


# -- ranges -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateRange:
    """A range of dates as a reader writes it, ``1994..2008``: from the first day of one to the last of the other."""

    start: PartialDate
    end: PartialDate

    @property
    def days(self) -> tuple[float, float]:
        return self.start.first_day, self.end.end_day

    def in_words(self) -> str:
        first, last = self.start.in_words(), self.end.in_words()
        return first if first == last else f"{first} – {last}"

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """``1994..2008``, ``1994-05..2001-09-11``, ``44 BC..AD 79`` or a single ``2021``.

        Each side is read as Go to date reads it. Raises ``ValueError`` with a message for the reader.
        """
        sides = text.split("..")
        if len(sides) > 2 or not all(side.strip() for side in sides):
            raise ValueError(f"'{text}' is not a range; write FROM..TO, e.g. 1994..2008 or 1994-05..1994-06-30")
        dates = []
        for side in sides:
            date = parse_date(side)
            if date is None:
                raise ValueError(f"'{side.strip()}' is not a date; write e.g. 1994, 1994-05 or 1994-05-04")
            dates.append(date)
        start, end = dates[0], dates[-1]
        if end.end_day <= start.first_day:
            raise ValueError(f"'{text}' ends before it starts")
        return cls(start, end)

    @classmethod
    def of_days(cls, first: float, last: float) -> DateRange:
        """The whole days of ``[first, last)`` (a view on screen), each side no more precise than it needs.

        From 1 January 2001 to 31 December 2006 is ``2001..2006``; to 30 June it is
        ``2001..2001-06``; from the 5th of March ``2001-03-05..``. Years beyond four digits have
        no months or days, so there the sides are whole years.
        """
        last_day = max(math.ceil(last) - 1, math.floor(first))
        start, end, after = calendar_day(first), calendar_day(last_day), calendar_day(last_day + 1)
        if start.year not in CALENDAR_YEARS or end.year not in CALENDAR_YEARS:
            return cls(PartialDate(start.year), PartialDate(end.year))
        return cls(_trimmed(start, edge=start), _trimmed(end, edge=after))

    @override
    def __str__(self) -> str:
        """``2001..2006``: as ``--range`` and links take it."""
        return f"{self.start}..{self.end}"


def _trimmed(day: CalendarDay, *, edge: CalendarDay) -> PartialDate:
    """``day`` as its year where the range's ``edge`` (its first day, or the day after its last) is a
    year's edge, as its month on a month's edge, else as the day itself."""
    if edge.day != 1:
        return PartialDate(*day)
    if edge.month != 1:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


# -- a timeline of only some of its events ------------------------------------------------------------


def timeline_of(timeline: Timeline, events: Sequence[Event], view: DateRange | None = None) -> Timeline:
    """A timeline of ``events`` (from ``timeline``) with only the sources, people, quotes and categories they use.

    It is a file of its own: references to events left out (``related``) are dropped, periods
    are kept where they overlap the events' time, and the view is ``view`` or else the file's.
    """
    kept_ids = {event.id for event in events}
    kept_events = []
    for event in events:
        related = tuple(r for r in event.related if r in kept_ids)
        kept_events.append(event if related == event.related else _with_related(event, related))
    quote_ids = {q for event in kept_events for q in event.quotes}
    quotes = [q for q in timeline.quotes if q.id in quote_ids]
    category_ids = {event.category for event in kept_events}
    categories = [c for c in timeline.categories if c.id in category_ids] or timeline.categories[:1]
    view_range = ViewRange(start=view.start, end=view.end) if view is not None else timeline.view
    first, last = view_range.start.first_day, view_range.end.end_day
    periods = [p for p in timeline.periods if _overlaps(p, first, last)]
    source_ids = {s for event in kept_events for s in cited_source_ids(event)}
    source_ids |= {q.source for q in quotes}
    source_ids |= {c.source for p in periods for c in p.citations}
    person_ids = {q.speaker for q in quotes}
    return timeline.model_copy(
        update={
            "view": view_range,
            "categories": categories,
            "people": [p for p in timeline.people if p.id in person_ids],
            "sources": [s for s in timeline.sources if s.id in source_ids],
            "quotes": quotes,
            "events": kept_events,
            "periods": periods,
        }
    )


def _with_related(event: Event, related: tuple[str, ...]) -> Event:
    return msgspec.structs.replace(event, related=related)


def cited_source_ids(event: Event, quotes: Mapping[str, Quote] | None = None) -> Iterator[str]:
    """The sources an event cites, in the order its Sources list gives them (repeats included).

    For itself, for its claims, for each date of a contested date, and, given the timeline's
    ``quotes`` by id, for its quotes.
    """
    for citation in event.citations:
        yield citation.source
    for claim in event.claims:
        for citation in claim.citations:
            yield citation.source
    if isinstance(event.date, ContestedDate):
        for alternative in event.date.alternatives:
            yield from alternative.sources
    if quotes is not None:
        for quote_id in event.quotes:
            quote = quotes.get(quote_id)
            if quote is not None:
                yield quote.source


def _overlaps(period: Period, first: float, last: float) -> bool:
    end = period.end.end_day if period.end is not None else math.inf
    return period.start.first_day < last and end > first


# -- saying what was chosen -----------------------------------------------------------------------------


def describe_selection(timeline: Timeline, wanted: EventFilter, shown: int, dates: str | None = None) -> str:
    """What a subset is, for the head of an export: ``"10 of 51 events · 2021 · matching “kabul”"``.

    The window is described by the caller, as ``dates`` (it knows whether it is a typed range or
    the screen's); here it only counts. Everything else that narrows the events is named, so a
    reader of the exported file knows what was left out.
    """
    total = len(timeline.events)
    everything = shown == total and not wanted.active
    if everything:
        parts = [translate("Selection", "All %Ln event(s)", None, total)]
    else:
        parts = [fill(translate("Selection", "%1 of %Ln event(s)", None, total), format_count(shown))]
    if dates is not None:
        parts.append(dates)
    if wanted.terms:
        parts.append(fill(translate("Selection", "matching “%1”"), wanted.search.strip()))
    if wanted.categories is not None:
        labels = [c.label for c in timeline.categories if c.id in wanted.categories]
        chosen = ", ".join(labels) if labels else translate("Selection", "none")
        parts.append(fill(translate("Selection", "categories: %1"), chosen))
    if wanted.confidences is not None:
        levels = [confidence_label(level) for level in ConfidenceLevel if level.value in wanted.confidences]
        chosen = ", ".join(levels) if levels else translate("Selection", "none")
        parts.append(fill(translate("Selection", "confidence: %1"), chosen))
    parts += describe_choice(timeline, wanted.sources, wanted.speakers)
    return " · ".join(parts)
