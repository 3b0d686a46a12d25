"""The events-and-sources report: chosen events with everything that backs them, as one HTML file.

What a student or a journalist hands in: each event with its date as precisely as the sources
know it, what happened, who said what, how sure we are and why, and numbered citations that
point to one bibliography at the end. A source has one number across the whole report, given
in order of first citation, so ``[3]`` is the same source wherever it appears.

The file stands alone and is safe to open anywhere: CSS is inline, there are no scripts, and
nothing is loaded from anywhere (the only links are citations a reader may follow). Every text
from the timeline file is escaped, so a title holding ``<b>`` shows those characters.

The same HTML is typeset by Qt for the PDF and for printing (``ui/report_pdf.py``). Qt's rich
text reads a subset of HTML and CSS, so the layout keeps to it: tables rather than flex or grid,
simple class selectors, font sizes in points and spacing in pixels (Qt ignores other units for
spacing, and scales pixels to the printer). What only browsers read (``@page``, breaks, rounded
badges, and the rules inside ``@supports``, which Qt skips) improves the browser's view and
printout and is ignored by Qt.

The wording of dates and of provenance is the detail pane's, taken from the same functions
(:mod:`timeline_app.domain.wording`, :mod:`timeline_app.domain.event_html`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.event_html import (
    HOW_SURE_HEADING,
    NO_SOURCE_CITED,
    STATUS_COLOURS,
    STATUS_EXPLANATIONS,
    badge,
    citation_passage_html,
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
from timeline_app.domain.language import fill, translatable, translate, upper_case
from timeline_app.domain.model import (
    ContestedDate,
    Event,
    Quote,
    Source,
    Timeline,
)
from timeline_app.domain.reader_words import confidence_label, source_kind_label, status_label
from timeline_app.domain.selection import cited_source_ids
from timeline_app.domain.wording import date_in_words

REPORT_KIND = translatable("Report", "Events and sources")
EVENT_ANCHOR_PREFIX = "event-"
SOURCE_ANCHOR_PREFIX = "source-"

_SERIF = "Georgia, 'DejaVu Serif', 'Times New Roman', serif"
_SANS = "'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"

STYLE = f"""
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm; }}
body {{ font-family: {_SERIF}; font-size: 10.5pt; line-height: 135%; color: #1a1a1a; }}
h1, h2, h3, h4, .kicker, .toc, .badge {{ font-family: {_SANS}; }}
.kicker {{ font-size: 9pt; color: #555555; letter-spacing: 1px; margin: 0; }}
h1 {{ font-size: 20pt; margin: 2px 0 8px 0; }}
.scope {{ font-size: 12pt; margin: 0 0 10px 0; }}
td.label {{ color: #555555; padding: 1px 14px 1px 0; vertical-align: top; }}
td.value {{ padding: 1px 0 1px 0; vertical-align: top; }}
h2 {{ font-size: 14pt; margin: 24px 0 8px 0; }}
h2.new-page {{ page-break-before: always; }}
td.status {{ padding: 3px 10px 3px 0; vertical-align: top; white-space: nowrap; }}
td.meaning {{ padding: 3px 0 3px 0; vertical-align: top; }}
table.toc {{ font-size: 9pt; }}
.toc th {{ text-align: left; color: #555555; padding: 0 10px 4px 0; }}
.toc td {{ padding: 2px 10px 2px 0; vertical-align: top; }}
hr {{ margin: 18px 0 0 0; border: none; border-top: 1px solid #bbbbbb; height: 0; }}
.event {{ page-break-inside: avoid; break-inside: avoid; margin: 0 0 6px 0; }}
h3 {{ font-size: 13pt; margin: 10px 0 2px 0; page-break-after: avoid; break-after: avoid; }}
.when {{ font-weight: bold; margin: 0 0 2px 0; }}
.meta {{ color: #555555; margin: 0 0 6px 0; }}
h4 {{ font-size: 9.5pt; color: #444444; margin: 10px 0 3px 0; page-break-after: avoid; break-after: avoid; }}
.note {{ color: #555555; }}
.warn {{ color: #8e1b1b; }}
.badge {{ font-size: 8.5pt; font-weight: bold; border-radius: 3px; }}
blockquote {{ margin: 6px 24px 0 24px; font-style: italic; }}
.attribution {{ margin: 0 24px 10px 40px; }}
.excerpt {{ font-style: italic; }}
td.figure {{ padding: 1px 14px 1px 0; vertical-align: top; color: #555555; }}
td.figure-value {{ padding: 1px 0 1px 0; vertical-align: top; }}
td.num {{ padding: 1px 8px 3px 0; vertical-align: top; font-weight: bold; white-space: nowrap; }}
td.cite {{ padding: 1px 0 3px 0; vertical-align: top; }}
td.entry {{ padding: 4px 0 8px 0; vertical-align: top; }}
td.entry-num {{ padding: 4px 8px 8px 0; vertical-align: top; font-weight: bold; white-space: nowrap; }}
.url {{ font-size: 9pt; overflow-wrap: anywhere; word-break: break-all; }}
.cited {{ font-size: 9pt; }}
a {{ color: #1a4d8f; text-decoration: none; }}
@media print {{ a {{ color: #1a1a1a; }} }}
@supports (display: block) {{
  @media screen {{ body {{ max-width: 46em; margin: 32px auto; padding: 0 24px; }} }}
  h2 {{ border-bottom: 1px solid #999999; padding-bottom: 2px; }}
}}
"""


@dataclass
class _Numbering:
    """Report-wide source numbers, in order of first citation, and which events cite each source."""

    sources: dict[str, Source]
    numbers: dict[str, int] = field(default_factory=dict)
    citing: dict[str, list[Event]] = field(default_factory=dict)

    def add(self, source_id: str, event: Event) -> None:
        if source_id not in self.sources:
            return
        self.numbers.setdefault(source_id, len(self.numbers) + 1)
        events = self.citing.setdefault(source_id, [])
        if not events or events[-1] is not event:
            events.append(event)

    def ordered(self) -> list[Source]:
        return [self.sources[source_id] for source_id in self.numbers]


def report_title(timeline: Timeline) -> str:
    """The report's title (its HTML title, and the title a PDF of it is given): "Events and sources: …"."""
    return fill(translate("Report", "%1: %2"), translate("Report", REPORT_KIND), timeline.title)


def report_html(timeline: Timeline, events: Sequence[Event], *, scope: str, generated: dt.date | None = None) -> str:
    """The report on ``events`` (in the order given, normally time order) of ``timeline``, as one HTML5 file.

    ``scope`` says what is included ("All 51 events", "10 of 51 events · 2021 · matching “kabul”");
    it is shown under the title. ``generated`` is the date printed as the report's date (today by default).
    """
    return _Report(timeline, events, scope, generated or dt.date.today()).html()


class _Report:
    """One report: numbers the sources the events cite, then writes the front matter, contents, events and sources."""

    def __init__(self, timeline: Timeline, events: Sequence[Event], scope: str, generated: dt.date) -> None:
        self.timeline = timeline
        self.events = list(events)
        self.scope = scope
        self.generated = generated
        self._people = {p.id: p for p in timeline.people}
        self._quotes = {q.id: q for q in timeline.quotes}
        self._categories = {c.id: c for c in timeline.categories}
        self._in_report = {e.id for e in self.events}
        self._all_events = {e.id: e for e in timeline.events}
        self.numbering = _Numbering({s.id: s for s in timeline.sources})
        for event in self.events:
            for source_id in cited_source_ids(event, self._quotes):
                self.numbering.add(source_id, event)

    def html(self) -> str:
        title = esc(report_title(self.timeline))
        parts = [self._front_matter(), self._contents(), self._events(), self._bibliography()]
        body = "\n".join(p for p in parts if p)
        return (
            "<!DOCTYPE html>\n"
            f"<html lang='{esc(self.timeline.language)}'>\n<head>\n<meta charset='utf-8'>\n"
            "<meta name='generator' content='Timeline Viewer'>\n"
            f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )

    # -- the front page ------------------------------------------------------------------------

    def _front_matter(self) -> str:
        timeline = self.timeline
        generated = PartialDate(self.generated.year, self.generated.month, self.generated.day).in_words()
        facts = [
            (translate("Report", "Timeline"), esc(timeline.title)),
            (translate("Report", "Generated"), esc(fill(translate("Report", "%1 with Timeline Viewer"), generated))),
        ]
        if timeline.credits:
            facts.append((translate("Report", "Credits"), esc(timeline.credits)))
        if timeline.license:
            facts.append((translate("Report", "Licence"), esc(timeline.license)))
        rows = "".join(
            f"<tr><td class='label'>{esc(label)}</td><td class='value'>{value}</td></tr>" for label, value in facts
        )
        lines = [
            f"<p class='kicker'>{esc(upper_case(translate('Report', REPORT_KIND)))}</p>",
            f"<h1>{esc(timeline.title)}</h1>",
            f"<p class='scope'>{esc(self.scope)}</p>",
            f"<table class='facts' cellspacing='0'>{rows}</table>",
        ]
        if timeline.description:
            lines.append(f"<p>{esc(timeline.description)}</p>")
        lines.append(self._how_to_read())
        return "\n".join(lines)

    def _how_to_read(self) -> str:
        rows = "".join(
            f"<tr><td class='status'>{badge(status_label(status), *STATUS_COLOURS[status])}</td>"
            f"<td class='meaning'>{esc(translate('EventHtml', explanation))}</td></tr>"
            for status, explanation in STATUS_EXPLANATIONS.items()
        )
        return (
            f"<h2>{esc(translate('Report', 'How to read this report'))}</h2>"
            "<p>"
            + esc(
                translate(
                    "Report",
                    "Each event gives its date only as precisely as the sources know it, what happened, "
                    "who said what, and how sure we are. A number in brackets, such as [1], is a source: it has "
                    "the same number throughout the report and is listed under Sources at the end, with the "
                    "events that cite it. Each event, and each claim within it, has one of these standings:",
                )
            )
            + "</p>"
            f"<table class='legend' cellspacing='0'>{rows}</table>"
        )

    def _contents(self) -> str:
        if not self.events:
            events, none = translate("Report", "Events"), translate("Report", "No events are included.")
            return f"<h2>{esc(events)}</h2><p class='note'>{esc(none)}</p>"
        rows = "".join(
            f"<tr><td>{esc(date_in_words(e.date))}</td><td>{self._event_link(e)}</td>"
            f"<td>{esc(confidence_label(e.confidence.level))}, {esc(status_label(e.confidence.status))}</td></tr>"
            for e in self.events
        )
        return (
            f"<h2>{esc(translate('Report', 'Contents'))}</h2>"
            "<table class='toc' cellspacing='0' width='100%'>"
            f"<tr><th width='24%'>{esc(translate('Report', 'Date'))}</th>"
            f"<th width='52%'>{esc(translate('Report', 'Event'))}</th>"
            f"<th width='24%'>{esc(translate('Report', 'Confidence, standing'))}</th></tr>"
            f"{rows}</table>"
        )

    # -- the events -----------------------------------------------------------------------------

    def _events(self) -> str:
        if not self.events:
            return ""
        return f"<h2 class='new-page'>{esc(translate('Report', 'Events'))}</h2>\n" + "\n".join(
            self._event(event, first=index == 0) for index, event in enumerate(self.events)
        )

    def _event(self, event: Event, *, first: bool) -> str:
        parts = [
            "" if first else "<hr>",  # the heading above the first event is rule enough
            self._heading(event),
            f"<p>{esc(event.summary)}</p>" if event.summary else "",
            self._quotes_section(event),
            self._confidence_section(event),
            claims_html(event.claims, self.numbering.sources, self._ref, heading="h4"),
            self._sources_section(event),
            self._related_section(event),
        ]
        body = "\n".join(p for p in parts if p)
        return f"<div class='event'>\n{body}\n</div>"

    def _heading(self, event: Event) -> str:
        category = self._categories.get(event.category)
        lines = [
            f"<h3 id='{EVENT_ANCHOR_PREFIX}{esc(event.id)}'>{esc(event.title)}</h3>",
            f"<p class='when'>{esc(date_in_words(event.date))}</p>",
        ]
        if isinstance(event.date, ContestedDate):
            lines.append(contested_html(event.date, self._ref))
        lines.append(event_meta_html(event, category))
        table = "class='figures' cellspacing='0'"
        lines.append(key_figures_html(event.key_figures, label_class="figure", value_class="figure-value", table=table))
        return "\n".join(line for line in lines if line)

    def _quotes_section(self, event: Event) -> str:
        quotes = [self._quotes[q] for q in event.quotes if q in self._quotes]
        if not quotes:
            return ""
        return f"<h4>{esc(translate('Report', 'Quotes'))}</h4>" + "\n".join(
            self._quote(quote, event) for quote in quotes
        )

    def _quote(self, quote: Quote, event: Event) -> str:
        source = self.numbering.sources.get(quote.source)
        named = f"{self._ref(quote.source)} {self._source_name(source)}" if source else None
        return quote_html(quote, self._people.get(quote.speaker), named, event_date=event.date)

    def _confidence_section(self, event: Event) -> str:
        confidence = event.confidence
        badges = confidence_badges(confidence)
        explanation = esc(confidence_explanation(confidence))
        contradicting = contradicting_html(event.citations, self.numbering.sources, self._ref)
        if contradicting:
            explanation += " " + fill(esc(translate("EventHtml", "Contradicted by %1.")), contradicting)
        heading = esc(in_reader_language(HOW_SURE_HEADING))
        lines = [f"<h4>{heading}</h4><p>{badges}<br><span class='note'>{explanation}</span></p>"]
        if confidence.note:
            lines.append(f"<p>{esc(confidence.note)}</p>")
        return "".join(lines)

    def _sources_section(self, event: Event) -> str:
        cited = [s for s in dict.fromkeys(cited_source_ids(event, self._quotes)) if s in self.numbering.sources]
        if not cited:
            heading = esc(translate("Report", "Sources"))
            return f"<h4>{heading}</h4><p class='warn'>{esc(in_reader_language(NO_SOURCE_CITED))}</p>"
        passages = passages_by_source((*event.citations, *(c for claim in event.claims for c in claim.citations)))
        rows = []
        for source_id in cited:
            body = [self._source_name(self.numbering.sources[source_id])]
            body.extend(citation_passage_html(citation) for citation in passages.get(source_id, []))
            rows.append(f"<tr><td class='num'>{self._ref(source_id)}</td><td class='cite'>{''.join(body)}</td></tr>")
        heading = esc(translate("Report", "Sources"))
        return f"<h4>{heading}</h4><table class='refs' cellspacing='0'>{''.join(rows)}</table>"

    def _related_section(self, event: Event) -> str:
        related = [self._all_events[r] for r in event.related if r in self._all_events]
        if not related:
            return ""
        items = []
        for other in related:
            when = f" <span class='note'>({esc(date_in_words(other.date))})</span>"
            if other.id in self._in_report:
                items.append(self._event_link(other) + when)
            else:
                missing = esc(translate("Report", "(not in this report)"))
                items.append(f"{esc(other.title)}{when} <span class='note'>{missing}</span>")
        related_events = esc(translate("Report", "Related events:"))
        return f"<p><span class='note'>{related_events}</span> {'; '.join(items)}</p>"

    # -- the bibliography -------------------------------------------------------------------------

    def _bibliography(self) -> str:
        sources = self.numbering.ordered()
        if not sources:
            return ""
        rows = "".join(self._bibliography_entry(s) for s in sources)
        return (
            f"<h2 class='new-page'>{esc(translate('Report', 'Sources'))}</h2>"
            "<p class='note'>"
            + esc(
                translate(
                    "Report",
                    "Every source cited above, numbered in order of first citation, with the events that cite it.",
                )
            )
            + "</p>"
            f"<table class='bibliography' cellspacing='0'>{rows}</table>"
        )

    def _bibliography_entry(self, source: Source) -> str:
        number = self.numbering.numbers[source.id]
        parts = []
        if source.publisher:
            parts.append(f"<b>{esc(source.publisher)}</b>")
        parts.append(f"“{esc(source.title)}”")
        if source.author:
            parts.append(esc(source.author))
        if source.published:
            parts.append(esc(source.published.in_words()))
        parts.append(f"<span class='note'>{esc(source_kind_label(source.kind))}</span>")
        lines = [", ".join(parts)]
        if source.url:
            lines.append(f"<span class='url'>{link(source.url, source.url)}</span>")
        if source.archived_url:
            archived = fill(
                esc(translate("DetailPane", "archived: %1")), link(source.archived_url, source.archived_url)
            )
            lines.append(f"<span class='url'>{archived}</span>")
        if source.accessed:
            accessed = fill(translate("DetailPane", "accessed %1"), source.accessed.in_words())
            lines.append(f"<span class='note'>{esc(accessed)}</span>")
        if source.note:
            lines.append(f"<span class='note'>{fill(esc(translate('EventHtml', 'Note: %1')), esc(source.note))}</span>")
        citing = "; ".join(
            f"{self._event_link(e)} <span class='note'>({esc(date_in_words(e.date))})</span>"
            for e in self.numbering.citing[source.id]
        )
        cited_for = esc(translate("Report", "Cited for:"))
        lines.append(f"<span class='cited'><span class='note'>{cited_for}</span> {citing}</span>")
        return (
            f"<tr><td class='entry-num' id='{SOURCE_ANCHOR_PREFIX}{esc(source.id)}'>[{number}]</td>"
            f"<td class='entry'>{'<br>'.join(lines)}</td></tr>"
        )

    # -- references ----------------------------------------------------------------------------

    def _ref(self, source_id: str) -> str:
        number = self.numbering.numbers.get(source_id)
        if number is None:
            return esc(source_id)
        return f'<a href="#{SOURCE_ANCHOR_PREFIX}{esc(source_id)}">[{number}]</a>'

    def _event_link(self, event: Event) -> str:
        return f'<a href="#{EVENT_ANCHOR_PREFIX}{esc(event.id)}">{esc(event.title)}</a>'

    @staticmethod
    def _source_name(source: Source) -> str:
        publisher = f"<b>{esc(source.publisher)}</b>, " if source.publisher else ""
        return f"{publisher}“{esc(source.title)}”"
