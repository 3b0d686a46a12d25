"""The detail pane's document: one event, typeset for reading, as escaped HTML.

Kept free of Qt so the wording can be tested as text. Everything that comes from a
data file passes through :func:`html.escape`: a summary containing ``<b>`` shows the
characters, it does not turn bold. Links use three schemes the pane understands:
``http(s)`` (opened in the system browser), ``event:ID`` (select a related event) and
``copy-citation:N`` (copy citation N as plain text).
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain.columns import event_columns
from timeline_app.domain.event_html import (
    HOW_SURE_HEADING,
    NO_SOURCE_CITED,
    citation_text,
    claims_html,
    confidence_badges,
    confidence_explanation,
    contested_html,
    contradicting_html,
    esc,
    event_meta_html,
    key_figures_html,
    quote_html,
)
from timeline_app.domain.model import (
    ContestedDate,
    Event,
    Quote,
    Source,
    Stance,
    Timeline,
)
from timeline_app.domain.selection import cited_source_ids
from timeline_app.domain.wording import date_in_words

EVENT_SCHEME = "event"
COPY_CITATION_SCHEME = "copy-citation"

STYLE = """
body { font-size: 10.5pt; line-height: 135%; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
h2 { font-size: 11pt; margin: 14px 0 4px 0; color: #444; }
.when { font-size: 11.5pt; font-weight: 600; }
.meta { color: #555; }
.badge { font-weight: 600; }
.note { color: #555; }
.warn { color: #8e1b1b; }
blockquote { margin: 6px 12px 2px 12px; font-style: italic; }
.attribution { margin: 0 12px 10px 24px; color: #333; }
.excerpt { color: #333; font-style: italic; }
td { padding: 1px 8px 1px 0; vertical-align: top; }
"""


@dataclass(frozen=True)
class NumberedSource:
    number: int
    source: Source


def link(url: str, label: str) -> str:
    return f'<a href="{esc(url)}">{esc(label)}</a>'


def render_empty(message: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body><p class='meta'>{esc(message)}</p></body></html>"


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

    def html(self) -> str:
        parts = [
            self._heading(),
            self._summary(),
            self._quotes_section(),
            self._confidence_section(),
            claims_html(self.event.claims, self._sources, self._ref, heading="h2"),
            self._sources_section(),
            self._related_section(),
        ]
        body = "\n".join(p for p in parts if p)
        return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"

    def _heading(self) -> str:
        event = self.event
        category = next((c for c in self.timeline.categories if c.id == event.category), None)
        lines = [f"<h1>{esc(event.title)}</h1>", f"<p class='when'>{esc(date_in_words(event.date))}</p>"]
        if isinstance(event.date, ContestedDate):
            lines.append(contested_html(event.date, self._ref))
        lines.append(event_meta_html(event, category))
        lines.append(key_figures_html(event.key_figures, label_class="meta"))
        return "\n".join(line for line in lines if line)

    def _summary(self) -> str:
        return f"<p>{esc(self.event.summary)}</p>" if self.event.summary else ""

    def _quotes_section(self) -> str:
        quotes = [self._quotes[q] for q in self.event.quotes if q in self._quotes]
        if not quotes:
            return ""
        blocks = [self._quote(q) for q in quotes]
        return "<h2>Quotes</h2>" + "\n".join(blocks)

    def _quote(self, quote: Quote) -> str:
        source = self._sources.get(quote.source)
        return quote_html(quote, self._people.get(quote.speaker), self._source_link(source) if source else None)

    def _confidence_section(self) -> str:
        confidence = self.event.confidence
        badges = confidence_badges(confidence)
        explanation = confidence_explanation(confidence)
        lines = [f"<h2>{HOW_SURE_HEADING}</h2><p>{badges}</p>", f"<p class='note'>{explanation}"]
        contradicting = contradicting_html(self.event.citations, self._sources, self._ref)
        if contradicting:
            lines.append(f" Contradicted by {contradicting}.")
        lines.append("</p>")
        if confidence.note:
            lines.append(f"<p>{esc(confidence.note)}</p>")
        return "".join(lines)

    def _sources_section(self) -> str:
        if not self.numbered:
            return f"<h2>Sources</h2><p class='warn'>{NO_SOURCE_CITED}</p>"
        excerpts: dict[str, list[tuple[str, Stance, str | None]]] = {}
        for citation in self.event.citations:
            excerpts.setdefault(citation.source, []).append((citation.excerpt or "", citation.stance, citation.locator))
        for claim in self.event.claims:
            for citation in claim.citations:
                excerpts.setdefault(citation.source, []).append(
                    (citation.excerpt or "", citation.stance, citation.locator)
                )
        rows = []
        for numbered in self.numbered:
            source = numbered.source
            body = [self._source_description(source)]
            for excerpt, stance, locator in excerpts.get(source.id, []):
                contradicts = stance is Stance.CONTRADICTS
                if not (excerpt or locator or contradicts):
                    continue
                label = "<span class='warn'>contradicts</span>" if contradicts else "supports"
                where = f" ({esc(locator)})" if locator else ""
                text = f" <span class='excerpt'>“{esc(excerpt)}”</span>" if excerpt else ""
                body.append(f"<br><span class='note'>{label}{where}:</span>{text}")
            if source.note:
                body.append(f"<br><span class='note'>Note: {esc(source.note)}</span>")
            body.append(f"<br>{link(f'{COPY_CITATION_SCHEME}:{numbered.number}', 'Copy citation')}")
            rows.append(f"<tr><td><b>[{numbered.number}]</b></td><td>{''.join(body)}</td></tr>")
        return f"<h2>Sources</h2><table>{''.join(rows)}</table>"

    def _source_description(self, source: Source) -> str:
        parts = []
        if source.publisher:
            parts.append(f"<b>{esc(source.publisher)}</b>")
        parts.append(f"“{esc(source.title)}”")
        if source.author:
            parts.append(esc(source.author))
        if source.published:
            parts.append(esc(source.published.in_words()))
        parts.append(f"<span class='note'>{esc(source.kind.label)}</span>")
        line = ", ".join(parts)
        links = []
        if source.url:
            links.append(link(source.url, source.url))
        if source.archived_url:
            links.append("archived: " + link(source.archived_url, source.archived_url))
        if source.accessed:
            links.append(f"<span class='note'>accessed {esc(source.accessed.in_words())}</span>")
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
        return f"<h2>Related events</h2><ul>{items}</ul>"

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
