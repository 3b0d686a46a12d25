"""An event in HTML, as the detail pane and the report both show it: one wording for both.

A reader who compares the report they hand in with what the app showed must find the same
labels: how sure we are (the sentences and badge colours), quotes and their caveats, claims and
what contradicts them, contested dates, key figures. They live here, free of Qt, and both the
detail pane (``ui/detail_document.py``) and the report (``domain/report.py``) take them from here.
Everything from a file passes through :func:`esc`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence

from timeline_app.domain.dates import PartialDate, Precision
from timeline_app.domain.language import fill, translatable, translate, upper_case
from timeline_app.domain.model import (
    Category,
    Citation,
    Claim,
    ClaimStatus,
    Confidence,
    ConfidenceLevel,
    ContestedDate,
    Event,
    EventDate,
    KeyFigure,
    Person,
    Quote,
    Source,
    Stance,
    date_bounds,
)
from timeline_app.domain.reader_words import confidence_description, status_label

HOW_SURE_HEADING = translatable("EventHtml", "How sure we are")
CLAIMS_HEADING = translatable("EventHtml", "Claims and their standing")
UNVERIFIED_QUOTE_LABEL = translatable("EventHtml", "⚠ Unverified.")
"""Put before an unverified quote's note: ``⚠ Unverified. Not checked against NATO's transcript.``"""
NO_SOURCE_CITED = translatable("EventHtml", "No source is cited for this event.")
NO_EXCERPT_LABEL = translatable("EventHtml", "no excerpt quoted")
"""Put before a citation's reason for giving no excerpt: ``no excerpt quoted — the notes only summarise it``."""
LOOKING_BACK = translatable("EventHtml", "looking back")
"""Ends the date of a quote said after its event: ``said on 18 March 2024, looking back``."""

LEVEL_COLOURS = {
    ConfidenceLevel.HIGH: ("#1b5e20", "#e3f1e4"),
    ConfidenceLevel.MEDIUM: ("#7a4f00", "#fdf0d5"),
    ConfidenceLevel.LOW: ("#8e1b1b", "#fbe3e3"),
    ConfidenceLevel.NOT_ASSESSED: ("#454c55", "#e8eaed"),
}
"""Text and background colour of each confidence level's badge."""
STATUS_COLOURS = {
    ClaimStatus.CORROBORATED: ("#1b5e20", "#e3f1e4"),
    ClaimStatus.SINGLE_SOURCE: ("#7a4f00", "#fdf0d5"),
    ClaimStatus.UNVERIFIED: ("#5b3a8c", "#ece4f7"),
    ClaimStatus.CONTRADICTED: ("#8e1b1b", "#fbe3e3"),
}
"""Text and background colour of each status's badge."""
STATUS_EXPLANATIONS = {
    ClaimStatus.CORROBORATED: translatable("EventHtml", "Independent or official sources agree."),
    ClaimStatus.SINGLE_SOURCE: translatable(
        "EventHtml", "Only one source (or one side's sources) gives this; no independent confirmation was found."
    ),
    ClaimStatus.UNVERIFIED: translatable("EventHtml", "Stated, but not confirmed: no other source for it was found."),
    ClaimStatus.CONTRADICTED: translatable(
        "EventHtml", "Another source contradicts this; read both before relying on it."
    ),
}
"""English, as written; :func:`confidence_explanation` says them in the reader's language."""
NOT_ASSESSED_EXPLANATION = translatable(
    "EventHtml", "Nobody has yet judged how well the sources support this event: read it as a claim."
)


def in_reader_language(label: str) -> str:
    """One of this module's English labels (``HOW_SURE_HEADING`` …) in the UI's language."""
    return translate("EventHtml", label)


def esc(text: str | None) -> str:
    """Text from a file, made safe to put in HTML (quotes too, so it may go in an attribute)."""
    return html.escape(text or "", quote=True)


def link(url: str, label: str) -> str:
    """A link to ``url`` reading ``label``, both from a file and escaped."""
    # Double quotes: Qt's rich text decodes entities (the &amp; in a URL's query) only in those.
    return f'<a href="{esc(url)}">{esc(label)}</a>'


def badge(text: str, fg: str, bg: str) -> str:
    """A coloured label, as HTML that both browsers and Qt's rich text show."""
    return f"<span class='badge' style='color:{fg}; background-color:{bg}'>&nbsp;{esc(text)}&nbsp;</span>"


def confidence_explanation(confidence: Confidence) -> str:
    """The sentence under the badges: what the status means, or that nobody has judged the event."""
    if confidence.level is ConfidenceLevel.NOT_ASSESSED:
        return translate("EventHtml", NOT_ASSESSED_EXPLANATION)
    return translate("EventHtml", STATUS_EXPLANATIONS[confidence.status])


def event_meta_html(event: Event, category: Category | None) -> str:
    """The line under the date: the category with its colour, the place, and whether it is background."""
    swatch = f"<span style='color:{esc(category.colour)}'>■</span> {esc(category.label)}" if category else None
    meta = [swatch or esc(event.category)]
    if event.location:
        meta.append(esc(event.location))
    if event.context:
        meta.append(f"<i>{esc(translate('EventHtml', 'Background context'))}</i>")
    if event.framing:
        outside = esc(translate("EventHtml", "Outside the timeline's range, kept for context"))
        meta.append(f"<i>{outside}</i>")
    return f"<p class='meta'>{' · '.join(meta)}</p>"


def contested_html(date: ContestedDate, ref: Callable[[str], str]) -> str:
    """Each date the sources give, with the sources (by ``ref``) that give it, then what is known of the dispute."""
    items = []
    for alternative in date.alternatives:
        refs = ", ".join(ref(s) for s in alternative.sources)
        note = f" — {esc(alternative.note)}" if alternative.note else ""
        according = fill(translate("EventHtml", "%1 according to %2"), esc(alternative.on.in_words()), refs)
        items.append(f"<li>{according}{note}</li>")
    note = f"<p class='note'>{esc(date.note)}</p>" if date.note else ""
    return f"<ul>{''.join(items)}</ul>{note}"


def key_figures_html(figures: Sequence[KeyFigure], *, label_class: str, value_class: str = "", table: str = "") -> str:
    """The figures as a two-column table; the classes and ``table``'s attributes suit each document's style."""
    if not figures:
        return ""
    value_attribute = f" class='{value_class}'" if value_class else ""
    rows = "".join(
        f"<tr><td class='{label_class}'>{esc(f.label)}</td><td{value_attribute}><b>{esc(f.value)}</b>"
        + (f" <span class='note'>({esc(f.note)})</span>" if f.note else "")
        + "</td></tr>"
        for f in figures
    )
    return f"<table{' ' + table if table else ''}>{rows}</table>"


def confidence_badges(confidence: Confidence) -> str:
    """``HIGH CONFIDENCE`` ``corroborated``: the level and the status as two badges."""
    level = badge(upper_case(confidence_description(confidence.level)), *LEVEL_COLOURS[confidence.level])
    return level + " " + badge(status_label(confidence.status), *STATUS_COLOURS[confidence.status])


def said_later(quote: Quote, event_date: EventDate) -> bool:
    """Whether the words were said after the last day the event could have been: a look back, not news of the day."""
    return quote.said is not None and quote.said.first_day >= date_bounds(event_date)[1]


def said_in_words(said: PartialDate, *, looking_back: bool) -> str:
    """``17 March 2024``; for a look back ``said on 17 March 2024, looking back`` (``said in March 2024, …``)."""
    if not looking_back:
        return said.in_words()
    if said.precision is Precision.DAY:
        return fill(translate("EventHtml", "said on %1, looking back"), said.in_words())
    return fill(translate("EventHtml", "said in %1, looking back"), said.in_words())


def quote_html(quote: Quote, person: Person | None, source: str | None, *, event_date: EventDate | None = None) -> str:
    """The words verbatim, then who said them (name, role), when, where, from which ``source`` (HTML), and
    the caveat: an unverified quote says so in the detail pane's words.

    ``event_date``: the date of the event the quote is shown under. Words said after it are marked as
    said later, looking back, so a 2024 interview is not read as a report from the day.
    """
    speaker = esc(person.name) if person else esc(quote.speaker)
    role = quote.role or (person.role if person else None)
    said = [f"<b>{speaker}</b>" + (f", {esc(role)}" if role else "")]
    if quote.said:
        looking_back = event_date is not None and said_later(quote, event_date)
        said.append(esc(said_in_words(quote.said, looking_back=looking_back)))
    if quote.occasion:
        said.append(esc(quote.occasion))
    if source:
        said.append(fill(esc(translate("EventHtml", "source: %1")), source))
    if not quote.verified:
        note = f"<br><span class='warn'>{esc(in_reader_language(UNVERIFIED_QUOTE_LABEL))} {esc(quote.note)}</span>"
    elif quote.note:
        note = f"<br><span class='note'>{fill(esc(translate('EventHtml', 'Note: %1')), esc(quote.note))}</span>"
    else:
        note = ""
    return f"<blockquote>“{esc(quote.text)}”</blockquote><p class='attribution'>— {' · '.join(said)}{note}</p>"


def shows_a_passage(citation: Citation) -> bool:
    """Whether a citation has something to show beside its source: a passage, a place, a reason, a contradiction."""
    return bool(
        citation.excerpt or citation.no_excerpt_reason or citation.locator or citation.stance is Stance.CONTRADICTS
    )


def covers(shown: Citation, citation: Citation) -> bool:
    """Whether ``shown`` already says what ``citation`` says: same stance and place, and its excerpt holds this one
    (or, without an excerpt, the same reason for giving none). A claim often cites its event's passage."""
    if citation.excerpt is None and citation.no_excerpt_reason is not None:
        same_words = shown.excerpt is None and shown.no_excerpt_reason == citation.no_excerpt_reason
    else:
        same_words = (citation.excerpt or "") in (shown.excerpt or "")
    return shown.stance is citation.stance and shown.locator == citation.locator and same_words


def passages_by_source(citations: Iterable[Citation]) -> dict[str, list[Citation]]:
    """The citations worth showing, by source id, in order, without those an earlier one :func:`covers`."""
    passages: dict[str, list[Citation]] = {}
    for citation in citations:
        if shows_a_passage(citation):
            known = passages.setdefault(citation.source, [])
            if not any(covers(shown, citation) for shown in known):
                known.append(citation)
    return passages


def citation_passage_html(citation: Citation) -> str:
    """``<br>supports (p. 3): “the excerpt”``, or the reason no excerpt is given in its place."""
    contradicts = citation.stance is Stance.CONTRADICTS
    if contradicts:
        stance = f"<span class='warn'>{esc(translate('EventHtml', 'contradicts'))}</span>"
    else:
        stance = esc(translate("EventHtml", "supports"))
    where = f" ({esc(citation.locator)})" if citation.locator else ""
    if citation.excerpt:
        text = f" <span class='excerpt'>“{esc(citation.excerpt)}”</span>"
    elif citation.no_excerpt_reason:
        label = esc(in_reader_language(NO_EXCERPT_LABEL))
        text = f" <span class='note'>{label} — {esc(citation.no_excerpt_reason)}</span>"
    else:
        text = ""
    return f"<br><span class='note'>{stance}{where}:</span>{text}"


def contradicting_html(citations: Sequence[Citation], sources: Mapping[str, Source], ref: Callable[[str], str]) -> str:
    """``[3] AFP, [5] NATO``: the sources among ``citations`` that contradict, by number (``ref``) and name."""
    refs = []
    for citation in citations:
        source = sources.get(citation.source)
        if citation.stance is Stance.CONTRADICTS and source is not None:
            refs.append(f"{ref(citation.source)} {esc(source.publisher or source.title)}")
    return ", ".join(refs)


def claims_html(
    claims: Sequence[Claim], sources: Mapping[str, Source], ref: Callable[[str], str], *, heading: str
) -> str:
    """The claims whose standing differs from their event's, each with its badge, sources and note.

    ``heading`` is the tag of the section's heading (``h2`` in the pane, ``h4`` inside a report's event).
    """
    if not claims:
        return ""
    items = []
    for claim in claims:
        status = badge(status_label(claim.status), *STATUS_COLOURS[claim.status])
        refs = ", ".join(ref(c.source) for c in claim.citations if c.stance is Stance.SUPPORTS)
        against = contradicting_html(claim.citations, sources, ref)
        detail = []
        if refs:
            detail.append(fill(esc(translate("EventHtml", "Stated in %1.")), refs))
        if against:
            detail.append(
                f"<span class='warn'>{fill(esc(translate('EventHtml', 'Contradicted by %1.')), against)}</span>"
            )
        if claim.note:
            detail.append(esc(claim.note))
        items.append(f"<p>{status} {esc(claim.text)}<br><span class='note'>{' '.join(detail)}</span></p>")
    return f"<{heading}>{esc(in_reader_language(CLAIMS_HEADING))}</{heading}>" + "".join(items)


def citation_text(source: Source) -> str:
    """One consistent plain-text style: Author. "Title." Publisher, date. URL (archived: URL). Accessed date."""
    parts = []
    if source.author:
        parts.append(f"{source.author.rstrip('.')}.")
    parts.append(f"“{source.title.rstrip('.')}.”")
    published = ", ".join(p for p in (source.publisher, _words(source.published)) if p)
    if published:
        parts.append(f"{published}.")
    if source.url:
        archived = fill(translate("EventHtml", " (archived: %1)"), source.archived_url) if source.archived_url else ""
        parts.append(f"{source.url}{archived}.")
    elif source.archived_url:
        parts.append(fill(translate("EventHtml", "Archived: %1."), source.archived_url))
    if source.accessed:
        parts.append(fill(translate("EventHtml", "Accessed %1."), source.accessed.in_words()))
    return " ".join(parts)


def _words(date: PartialDate | None) -> str:
    return date.in_words() if date else ""
