"""The detail pane's document: one event, typeset for reading, as escaped HTML.

Kept free of Qt so the wording can be tested as text. Everything that comes from a
data file passes through :func:`html.escape`: a summary containing ``<b>`` shows the
characters, it does not turn bold. Links use three schemes the pane understands:
``http(s)`` (opened in the system browser), ``event:ID`` (select a related event) and
``copy-citation:N`` (copy citation N as plain text).
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain.colours import AA_NON_TEXT, parse_hex, to_hex, with_contrast
from timeline_app.domain.columns import event_columns
from timeline_app.domain.event_html import (
    HOW_SURE_HEADING,
    NO_SOURCE_CITED,
    citation_passage_html,
    citation_text,
    claims_html,
    confidence_badges,
    confidence_explanation,
    contested_html,
    contradicting_html,
    esc,
    event_meta_html,
    in_reader_language,
    key_figures_html,
    link,
    passages_by_source,
    quote_html,
)
from timeline_app.domain.language import fill, translatable, translate
from timeline_app.domain.model import (
    ContestedDate,
    Event,
    Quote,
    Source,
    Timeline,
)
from timeline_app.domain.reader_words import source_kind_label
from timeline_app.domain.selection import cited_source_ids
from timeline_app.domain.wording import date_in_words

EVENT_SCHEME = "event"
COPY_CITATION_SCHEME = "copy-citation"


@dataclass(frozen=True)
class PaneColours:
    """The pane's colours in one theme, as ``#rrggbb`` (the light and dark sets live in ``ui/theme.py``)."""

    text: str
    background: str
    """The page the text sits on: the pane's base colour in that theme."""
    heading: str
    meta: str
    note: str
    warn: str
    attribution: str
    excerpt: str
    link: str


LIGHT_PANE = PaneColours(
    text="#1d2127",
    background="#ffffff",
    heading="#444444",
    meta="#555555",
    note="#555555",
    warn="#8e1b1b",
    attribution="#333333",
    excerpt="#333333",
    link="#1a4d8f",
)


def style_sheet(colours: PaneColours) -> str:
    """The pane's CSS in ``colours``."""
    return f"""
body {{ font-size: 10.5pt; line-height: 135%; color: {colours.text}; }}
h1 {{ font-size: 16pt; margin: 0 0 4px 0; }}
h2 {{ font-size: 11pt; margin: 14px 0 4px 0; color: {colours.heading}; }}
.when {{ font-size: 11.5pt; font-weight: 600; }}
.meta {{ color: {colours.meta}; }}
.badge {{ font-weight: 600; }}
.note {{ color: {colours.note}; }}
.warn {{ color: {colours.warn}; }}
a {{ color: {colours.link}; }}
blockquote {{ margin: 6px 12px 2px 12px; font-style: italic; }}
.attribution {{ margin: 0 12px 10px 24px; color: {colours.attribution}; }}
.excerpt {{ color: {colours.excerpt}; font-style: italic; }}
td {{ padding: 1px 8px 1px 0; vertical-align: top; }}
"""


@dataclass(frozen=True)
class NumberedSource:
    number: int
    source: Source


def render_empty(message: str, colours: PaneColours = LIGHT_PANE) -> str:
    style = style_sheet(colours)
    return f"<html><head><style>{style}</style></head><body><p class='meta'>{esc(message)}</p></body></html>"


HOW_TO_START = (
    translatable(
        "DetailPane",
        "Click an event on the timeline or in the list (or press ↓ in the list) to read here what happened, "
        "who said what, and where it comes from.",
    ),
    translatable(
        "DetailPane",
        "Zoom with the mouse wheel or + and −, drag the timeline or the box on the overview to move in time; "
        "Fit all (Ctrl+0) shows everything.",
    ),
    translatable(
        "DetailPane",
        "Search (Ctrl+F) for a person, a place, a quote or a source; the category buttons show and hide lanes.",
    ),
    translatable(
        "DetailPane",
        "Every event says how sure we are: its confidence, and whether it is corroborated, single-sourced, "
        "unverified or contradicted.",
    ),
    translatable("DetailPane", "Help → Keyboard Shortcuts (F1) lists every key."),
)
"""What the pane says while nothing is selected: how to start (a first launch selects nothing)."""


def render_welcome(timeline: Timeline, colours: PaneColours = LIGHT_PANE) -> str:
    """The pane with nothing selected: what this timeline is, and how to start reading it."""
    events, sources = len(timeline.events), len(timeline.sources)
    first, last = timeline.view.start.in_words(), timeline.view.end.in_words()
    facts = fill(
        translate("DetailPane", "%1, %2 – %3, from %4."),
        translate("DetailPane", "%Ln event(s)", None, events),
        first,
        last,
        translate("DetailPane", "%Ln source(s)", None, sources),
    )
    parts = [f"<h1>{esc(timeline.title)}</h1>", f"<p class='meta'>{esc(facts)}</p>"]
    if timeline.description:
        parts.append(f"<p>{esc(timeline.description)}</p>")
    parts.append(f"<h2>{esc(translate('DetailPane', 'How to start'))}</h2><ul>")
    parts.extend(f"<li>{esc(translate('DetailPane', step))}</li>" for step in HOW_TO_START)
    parts.append("</ul>")
    return f"<html><head><style>{style_sheet(colours)}</style></head><body>{''.join(parts)}</body></html>"


class EventDocument:
    """Builds the pane for one event of one timeline; also answers "copy citation N"."""

    def __init__(self, timeline: Timeline, event: Event) -> None:
        self.timeline = timeline
        self.event = event
        self._sources = {s.id: s for s in timeline.sources}
        self._people = {p.id: p for p in timeline.people}
        self._quotes = {q.id: q for q in timeline.quotes}
        self._event_ids = event_columns(timeline).ids
        self.numbered = self._number_sources()
        self._number_of = {n.source.id: n.number for n in self.numbered}

    def _number_sources(self) -> list[NumberedSource]:
        order = [s for s in dict.fromkeys(cited_source_ids(self.event)) if s in self._sources]
        return [NumberedSource(i + 1, self._sources[s]) for i, s in enumerate(order)]

    # -- the document ------------------------------------------------------------------

    def html(self, colours: PaneColours = LIGHT_PANE) -> str:
        """The whole pane in ``colours`` (a theme's)."""
        # What a reader came for first, so that it fits without scrolling: what happened, when and how
        # sure we are; the first quote and where the event comes from; then the rest of the quotes
        # and why we are as sure as we are.
        quotes = self._event_quotes()
        parts = [
            self._heading(colours),
            self._summary(),
            self._quotes_section(translate("DetailPane", "Quotes"), quotes[:1]),
            self._sources_section(),
            self._quotes_section(translate("DetailPane", "More quotes"), quotes[1:]),
            self._confidence_section(),
            claims_html(self.event.claims, self._sources, self._ref, heading="h2"),
            self._related_section(),
        ]
        body = "\n".join(p for p in parts if p)
        return f"<html><head><style>{style_sheet(colours)}</style></head><body>{body}</body></html>"

    def _heading(self, colours: PaneColours) -> str:
        event = self.event
        category = next((c for c in self.timeline.categories if c.id == event.category), None)
        if category is not None:
            # The swatch before the category's name stands 3:1 against the page, as the canvas's marks do.
            readable = with_contrast(parse_hex(category.colour), parse_hex(colours.background), AA_NON_TEXT)
            category = category.model_copy(update={"colour": to_hex(readable)})
        lines = [
            f"<h1>{esc(event.title)}</h1>",
            f"<p class='when'>{esc(date_in_words(event.date))}</p>",
            # How sure we are, at a glance under the date: unverified or contradicted never reads as plain fact.
            f"<p>{confidence_badges(event.confidence)}</p>",
        ]
        if isinstance(event.date, ContestedDate):
            lines.append(contested_html(event.date, self._ref))
        lines.append(event_meta_html(event, category))
        lines.append(key_figures_html(event.key_figures, label_class="meta"))
        return "\n".join(line for line in lines if line)

    def _summary(self) -> str:
        return f"<p>{esc(self.event.summary)}</p>" if self.event.summary else ""

    def _event_quotes(self) -> list[Quote]:
        return [self._quotes[q] for q in self.event.quotes if q in self._quotes]

    def _quotes_section(self, heading: str, quotes: list[Quote]) -> str:
        if not quotes:
            return ""
        blocks = [self._quote(q) for q in quotes]
        return f"<h2>{esc(heading)}</h2>" + "\n".join(blocks)

    def _quote(self, quote: Quote) -> str:
        source = self._sources.get(quote.source)
        named = self._source_link(source) if source else None
        return quote_html(quote, self._people.get(quote.speaker), named, event_date=self.event.date)

    def _confidence_section(self) -> str:
        confidence = self.event.confidence
        explanation = confidence_explanation(confidence)
        # The badges stand under the date (see _heading); here is why.
        lines = [f"<h2>{esc(in_reader_language(HOW_SURE_HEADING))}</h2>", f"<p class='note'>{esc(explanation)}"]
        contradicting = contradicting_html(self.event.citations, self._sources, self._ref)
        if contradicting:
            lines.append(" " + fill(esc(translate("EventHtml", "Contradicted by %1.")), contradicting))
        lines.append("</p>")
        if confidence.note:
            lines.append(f"<p>{esc(confidence.note)}</p>")
        return "".join(lines)

    def _sources_section(self) -> str:
        if not self.numbered:
            heading = esc(translate("DetailPane", "Sources"))
            return f"<h2>{heading}</h2><p class='warn'>{esc(in_reader_language(NO_SOURCE_CITED))}</p>"
        passages = passages_by_source(
            (*self.event.citations, *(c for claim in self.event.claims for c in claim.citations))
        )
        rows = []
        for numbered in self.numbered:
            source = numbered.source
            body = [self._source_description(source)]
            body.extend(citation_passage_html(citation) for citation in passages.get(source.id, []))
            if source.note:
                body.append(
                    f"<br><span class='note'>{fill(esc(translate('EventHtml', 'Note: %1')), esc(source.note))}</span>"
                )
            copy = translate("DetailPane", "Copy citation")
            body.append(f"<br>{link(f'{COPY_CITATION_SCHEME}:{numbered.number}', copy)}")
            rows.append(f"<tr><td><b>[{numbered.number}]</b></td><td>{''.join(body)}</td></tr>")
        return f"<h2>{esc(translate('DetailPane', 'Sources'))}</h2><table>{''.join(rows)}</table>"

    def _source_description(self, source: Source) -> str:
        parts = []
        if source.publisher:
            parts.append(f"<b>{esc(source.publisher)}</b>")
        parts.append(f"“{esc(source.title)}”")
        if source.author:
            parts.append(esc(source.author))
        if source.published:
            parts.append(esc(source.published.in_words()))
        parts.append(f"<span class='note'>{esc(source_kind_label(source.kind))}</span>")
        line = ", ".join(parts)
        links = []
        if source.url:
            links.append(link(source.url, source.url))
        if source.archived_url:
            links.append(
                fill(esc(translate("DetailPane", "archived: %1")), link(source.archived_url, source.archived_url))
            )
        if source.accessed:
            accessed = fill(translate("DetailPane", "accessed %1"), source.accessed.in_words())
            links.append(f"<span class='note'>{esc(accessed)}</span>")
        return line + ("<br>" + " · ".join(links) if links else "")

    def _related_section(self) -> str:
        related = [e for e in map(self._event_by_id, self.event.related) if e is not None]
        if not related:
            return ""
        items = "".join(
            f"<li>{link(f'{EVENT_SCHEME}:{e.id}', e.title)} "
            f"<span class='note'>({esc(date_in_words(e.date))})</span></li>"
            for e in related
        )
        return f"<h2>{esc(translate('DetailPane', 'Related events'))}</h2><ul>{items}</ul>"

    def _event_by_id(self, event_id: str) -> Event | None:
        # A list search in C rather than a dict of every event: a million events would make
        # each selection build one.
        try:
            return self.timeline.events[self._event_ids.index(event_id)]
        except ValueError:
            return None

    def _ref(self, source_id: str) -> str:
        number = self._number_of.get(source_id)
        return f"[{number}]" if number is not None else esc(source_id)

    def _source_link(self, source: Source) -> str:
        label = ", ".join(p for p in (source.publisher, source.title) if p)
        return link(source.url, label) if source.url else esc(label)

    # -- plain-text citations -----------------------------------------------------------

    def citation_text(self, number: int) -> str | None:
        for numbered in self.numbered:
            if numbered.number == number:
                return citation_text(numbered.source)
        return None
