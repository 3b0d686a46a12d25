"""Write a timeline as TimelineJS JSON, to publish it on the web with TimelineJS.

TimelineJS shows one slide per event: a headline, a date line, HTML text and one media
item. What it has no place for goes into the text, so a reader of the published timeline
still sees where each fact comes from and how sure we are:

- every event, with its id as ``unique_id`` and its category's label as ``group``;
- the date at its precision (a year gives only ``year``), BC years as TimelineJS numbers
  them (it shows ``-44`` as "44 BCE": our astronomical -43), and ``display_date`` where
  TimelineJS would say more than we know: approximate, uncertain, open and contested dates;
- the summary, key figures and claims; the first quote as a ``<blockquote>`` media (with its
  ``<cite>`` "Name, role") and the speaker as its credit, further quotes as blockquotes in the
  text; the confidence and status;
  the sources as numbered links;
- periods as eras; deep time (beyond JavaScript's dates) with ``"scale": "cosmological"``.

Read back by our TimelineJS reader, every event returns with its id, title, date and
category. Facts of judgement (confidence, claims, excerpts) are only text in TimelineJS,
so they come back as text, and the events come back "not assessed".

Web pages never go into ``media.url``: TimelineJS shows any URL it does not recognise as a
broken image, so sources are links in the text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.language import writes_english
from timeline_app.domain.model import (
    Claim,
    ContestedDate,
    Event,
    EventDate,
    Period,
    PointDate,
    Quote,
    Source,
    SpanDate,
    Stance,
    Timeline,
)
from timeline_app.domain.wording import date_in_words

JS_DATE_YEARS = range(-271820, 275760)
"""Years a JavaScript ``Date`` holds; beyond them TimelineJS needs its cosmological scale."""
ARCHIVED_COPY = "archived copy"
"""The words of the link to a source's archived copy, written after the link to the source itself
(our TimelineJS reader takes such a link for the archived address of the source before it)."""
FUTURE_YEARS_SAID_RIGHT = 275759
"""The latest year TimelineJS says as a year: after it, its cosmological scale calls every year "years ago"."""


class NothingToPublishError(ValueError):
    """TimelineJS shows nothing without at least one event."""


def timelinejs_json(timeline: Timeline) -> str:
    """The text of a TimelineJS JSON file holding ``timeline``."""
    return timelinejs_export(timeline).text


def timelinejs_document(timeline: Timeline) -> dict[str, Any]:
    """The timeline as TimelineJS's JSON data; :class:`NothingToPublishError` for a timeline without events."""
    return timelinejs_export(timeline).document


@dataclass(frozen=True)
class TimelineJSExport:
    document: dict[str, Any]
    notes: tuple[tuple[str, str], ...]
    """What TimelineJS cannot hold as we do, as (place in our file, what became of it): for ``convert`` to say."""

    @property
    def text(self) -> str:
        return json.dumps(self.document, ensure_ascii=False, indent=2) + "\n"


@writes_english  # a machine format, read by TimelineJS: its dates in words stay English in any UI language
def timelinejs_export(timeline: Timeline) -> TimelineJSExport:
    """The TimelineJS file for ``timeline``, and notes on what it keeps differently."""
    if not timeline.events:
        raise NothingToPublishError("the timeline has no events, and TimelineJS needs at least one")
    writer = _Writer(timeline)
    document: dict[str, Any] = {"title": writer.title_slide(), "events": [writer.slide(e) for e in timeline.events]}
    if timeline.periods:
        document["eras"] = [writer.era(i, p) for i, p in enumerate(timeline.periods)]
    if writer.deep_time:
        document["scale"] = "cosmological"
    for i, event in enumerate(timeline.events):
        if isinstance(event.date, ContestedDate):
            writer.note(
                f"events[{i}].date",
                "TimelineJS places a slide at one date: this one sits at the earliest the sources give, "
                "and its date line and text say which sources give which",
            )
    if any(e.citations or e.claims or e.key_figures or e.confidence.note for e in timeline.events):
        writer.note(
            "",
            "confidence, claims, key figures and the sources of each event are written into its slide's text, "
            "where TimelineJS shows them; read back, they are text",
        )
    return TimelineJSExport(document, tuple(writer.notes))


def timelinejs_year(year: int) -> int:
    """The year TimelineJS writes for our astronomical ``year``: it shows ``-N`` as "N BCE", so 44 BC is -44."""
    return year - 1 if year <= 0 else year


class _Writer:
    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.deep_time = False
        self._categories = {c.id: c.label for c in timeline.categories}
        self._sources = {s.id: s for s in timeline.sources}
        self._quotes = {q.id: q for q in timeline.quotes}
        self._people = {p.id: p for p in timeline.people}
        self.notes: list[tuple[str, str]] = []

    def note(self, where: str, what: str) -> None:
        self.notes.append((where, what))

    # -- slides ------------------------------------------------------------------------------

    def title_slide(self) -> dict[str, Any]:
        timeline = self.timeline
        paragraphs = [timeline.description, timeline.credits, _prefixed("Licence", timeline.license)]
        return {"text": {"headline": _text(timeline.title), "text": _paragraphs(paragraphs)}}

    def slide(self, event: Event) -> dict[str, Any]:
        slide: dict[str, Any] = {"unique_id": event.id}
        slide.update(self._dates(event))
        slide["text"] = {"headline": _text(event.title), "text": self._body(event)}
        quotes = [self._quotes[q] for q in event.quotes if q in self._quotes]
        if quotes:
            slide["media"] = self._quote_media(quotes[0])
        # TimelineJS shows the group's name as HTML, like the headline.
        slide["group"] = _text(self._categories.get(event.category, event.category))
        return slide

    def era(self, number: int, period: Period) -> dict[str, Any]:
        end = period.end
        if end is None:
            # TimelineJS refuses an era without an end; one that goes on runs to the end of the timeline's range.
            last = self.timeline.view.end
            if last.end_day > period.start.first_day:
                end, until = last, f"it ends with the timeline's range, {last.in_words()}"
            else:
                end, until = (
                    period.start,
                    f"it starts after the timeline's range, so it ends where it starts, {period.start.in_words()}",
                )
            self.note(
                f"periods[{number}]",
                f"the period “{period.label}” goes on, but a TimelineJS era needs an end: {until}",
            )
        if max(period.start.year, end.year) > FUTURE_YEARS_SAID_RIGHT:
            self.note(
                f"periods[{number}]",
                f"TimelineJS says the years of the era “{period.label}” as years ago, though they are to come",
            )
        return {
            "start_date": self._date(period.start),
            "end_date": self._date(end),
            "text": {"headline": _text(period.label)},
        }

    # -- dates -------------------------------------------------------------------------------

    def _dates(self, event: Event) -> dict[str, Any]:
        date = event.date
        dates: dict[str, Any]
        if isinstance(date, PartialDate):
            dates = {"start_date": self._date(date)}
            if _said_as_past(date):
                dates["display_date"] = date_in_words(date)
            return dates
        if isinstance(date, PointDate):
            dates = {"start_date": self._date(date.on)}
            exact = not (date.approximate or date.uncertain)
        elif isinstance(date, SpanDate):
            dates = {"start_date": self._date(date.start)}
            if date.end is not None:
                dates["end_date"] = self._date(date.end)
            exact = date.end is not None and not (date.approximate or date.uncertain)
        else:
            # TimelineJS places a slide at one date: the earliest the sources give; the date line says all of them.
            dates = {"start_date": self._date(date.earliest())}
            exact = False
        if not exact or _said_as_past(date):
            dates["display_date"] = date_in_words(date)
        return dates

    def _date(self, date: PartialDate) -> dict[str, Any]:
        """A TimelineJS date object at the date's precision: the parts we know, and no others.

        TimelineJS reads the precision from the parts given, as we do; an end known only to the
        month stays a month rather than gaining a last day the sources do not give.
        """
        year = timelinejs_year(date.year)
        if year not in JS_DATE_YEARS:
            self.deep_time = True
        parts: dict[str, Any] = {"year": year}
        if date.month is not None:
            parts["month"] = date.month
        if date.day is not None:
            parts["day"] = date.day
        return parts

    # -- text --------------------------------------------------------------------------------

    def _body(self, event: Event) -> str:
        blocks: list[str] = []
        if event.summary:
            blocks.append(_paragraphs([event.summary]))
        details = []
        if event.location:
            details.append(_prefixed("Where", event.location))
        details.extend(f"{f.label}: {f.value}" + (f" ({f.note})" if f.note else "") for f in event.key_figures)
        if details:
            blocks.append(_paragraphs(details))
        if isinstance(event.date, ContestedDate):
            blocks.append(self._contested(event.date))
        quotes = [self._quotes[q] for q in event.quotes if q in self._quotes]
        blocks.extend(self._blockquote(q) for q in quotes[1:])
        blocks.append(self._confidence(event))
        blocks.extend(self._claim(c) for c in event.claims)
        blocks.append(self._sources_list(event))
        return "".join(b for b in blocks if b)

    def _contested(self, date: ContestedDate) -> str:
        items = []
        for alternative in date.alternatives:
            givers = ", ".join(self._source_name(s) for s in alternative.sources)
            note = f" ({alternative.note})" if alternative.note else ""
            items.append(f"<li>{_text(alternative.on.in_words())}: {_text(givers)}{_text(note)}</li>")
        intro = "<p>The sources disagree on the date:</p>"
        return intro + f"<ul>{''.join(items)}</ul>" + (_paragraphs([date.note]) if date.note else "")

    def _confidence(self, event: Event) -> str:
        confidence = event.confidence
        standing = f"{confidence.level.description}, {confidence.status.label}"
        against = self._contradicting(event.citations)
        text = f"<p><b>How sure:</b> {_text(standing)}."
        if against:
            text += f" Contradicted by {_text(against)}."
        if confidence.note:
            text += f" {_text(confidence.note)}"
        return text + "</p>"

    def _claim(self, claim: Claim) -> str:
        text = f"<p><b>Claim ({_text(claim.status.label)}):</b> {_text(claim.text)}"
        givers = [self._source_name(c.source) for c in claim.citations if c.stance is Stance.SUPPORTS]
        if givers:
            text += f" Stated in {_text(', '.join(givers))}."
        against = self._contradicting(claim.citations)
        if against:
            text += f" Contradicted by {_text(against)}."
        if claim.note:
            text += f" {_text(claim.note)}"
        return text + "</p>"

    def _contradicting(self, citations: Iterable[Any]) -> str:
        return ", ".join(self._source_name(c.source) for c in citations if c.stance is Stance.CONTRADICTS)

    def _sources_list(self, event: Event) -> str:
        cited: list[str] = []
        for source_id in _cited_source_ids(event):
            if source_id in self._sources and source_id not in cited:
                cited.append(source_id)
        if not cited:
            return "<p><b>Sources:</b> none cited.</p>"
        items = "".join(f"<li>{self._source_html(self._sources[s])}</li>" for s in cited)
        return f"<p><b>Sources:</b></p><ol>{items}</ol>"

    def _source_html(self, source: Source, *, archived: bool = True) -> str:
        label = ", ".join(p for p in (source.publisher, f"“{source.title}”") if p)
        published = f", {_text(source.published.in_words())}" if source.published else ""
        if source.url is None and source.archived_url is not None:
            # Only an archived copy is known: it is the link a reader can follow.
            return f'<a href="{_attribute(source.archived_url)}">{_text(label)}</a>{published} ({ARCHIVED_COPY})'
        shown = f'<a href="{_attribute(source.url)}">{_text(label)}</a>' if source.url else _text(label)
        copy = source.archived_url if archived else None
        return shown + published + (f' (<a href="{_attribute(copy)}">{ARCHIVED_COPY}</a>)' if copy else "")

    def _source_name(self, source_id: str) -> str:
        source = self._sources.get(source_id)
        if source is None:
            return source_id
        return source.publisher or source.title

    # -- quotes ------------------------------------------------------------------------------

    def _quote_media(self, quote: Quote) -> dict[str, Any]:
        # The <cite> inside, as TimelineJS's own quotes have it: "Name, role" under the words.
        words = f"<blockquote>{_text(quote.text)} <cite>{self._speaker(quote)}</cite></blockquote>"
        media: dict[str, Any] = {"url": words, "credit": self._speaker_name(quote)}
        caption = self._quote_context(quote)
        if caption:
            media["caption"] = caption
        source = self._sources.get(quote.source)
        if source is not None and source.url:
            media["link"] = source.url  # TimelineJS links the quotation to where it was published
        return media

    def _blockquote(self, quote: Quote) -> str:
        context = self._quote_context(quote)
        return f"<blockquote>{_text(quote.text)} <cite>{self._speaker(quote)}</cite></blockquote>" + (
            f"<p>{context}</p>" if context else ""
        )

    def _speaker_name(self, quote: Quote) -> str:
        person = self._people.get(quote.speaker)
        return _text(person.name if person else quote.speaker)

    def _speaker(self, quote: Quote) -> str:
        """``Name, role``: how TimelineJS's own quotes name their speaker."""
        person = self._people.get(quote.speaker)
        name = person.name if person else quote.speaker
        role = quote.role or (person.role if person else None)
        return _text(f"{name}, {role}" if role else name)

    def _quote_context(self, quote: Quote) -> str:
        parts = [_text(p) for p in (quote.occasion, quote.said.in_words() if quote.said else None) if p]
        source = self._sources.get(quote.source)
        if source is not None:
            # The archived copy is listed with the event's sources; here the source is enough.
            parts.append("source: " + self._source_html(source, archived=False))
        if not quote.verified:
            parts.append(_text("unverified" + (f": {quote.note}" if quote.note else "")))
        elif quote.note:
            parts.append(_text(quote.note))
        return "; ".join(parts)


def _said_as_past(date: EventDate) -> bool:
    """Whether TimelineJS would say a year of ``date`` as "years ago" though it is in the future."""
    return any(d.year > FUTURE_YEARS_SAID_RIGHT for d in _partial_dates(date))


def _partial_dates(date: EventDate) -> Iterable[PartialDate]:
    if isinstance(date, PartialDate):
        yield date
    elif isinstance(date, PointDate):
        yield date.on
    elif isinstance(date, SpanDate):
        yield date.start
        if date.end is not None:
            yield date.end
    else:
        yield from (a.on for a in date.alternatives)


def _cited_source_ids(event: Event) -> Iterable[str]:
    yield from (c.source for c in event.citations)
    for claim in event.claims:
        yield from (c.source for c in claim.citations)
    if isinstance(event.date, ContestedDate):
        for alternative in event.date.alternatives:
            yield from alternative.sources


def _text(value: str | None) -> str:
    """Text from our file, made safe for TimelineJS's HTML fields: shown as typed, never interpreted."""
    return html.escape(value or "", quote=False)


def _attribute(value: str | None) -> str:
    """A value inside a double-quoted HTML attribute (a link's address)."""
    return html.escape(value or "", quote=True)


def _paragraphs(texts: Iterable[str | None]) -> str:
    blocks = []
    for text in texts:
        if text:
            for paragraph in text.split("\n\n"):
                if paragraph.strip():
                    blocks.append("<p>" + _text(paragraph.strip()).replace("\n", "<br>") + "</p>")
    return "".join(blocks)


def _prefixed(label: str, value: str | None) -> str | None:
    return f"{label}: {value}" if value else None
