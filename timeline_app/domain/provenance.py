"""How sure we are, in words and colours: one wording for the detail pane and every export.

A reader who compares the report they hand in with what the app showed must find the same
labels, so the sentences and badge colours live here, free of Qt, and both the detail pane
(``ui/detail_document.py``) and the report (``domain/report.py``) take them from here.
"""

from __future__ import annotations

import html

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.model import ClaimStatus, Confidence, ConfidenceLevel, Source

HOW_SURE_HEADING = "How sure we are"
CLAIMS_HEADING = "Claims and their standing"
UNVERIFIED_QUOTE_LABEL = "⚠ Unverified."
"""Put before an unverified quote's note: ``⚠ Unverified. Not checked against NATO's transcript.``"""
NO_SOURCE_CITED = "No source is cited for this event."

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
    ClaimStatus.CORROBORATED: "Independent or official sources agree.",
    ClaimStatus.SINGLE_SOURCE: (
        "Only one source (or one side's sources) gives this; no independent confirmation was found."
    ),
    ClaimStatus.UNVERIFIED: "Stated, but not confirmed: no other source for it was found.",
    ClaimStatus.CONTRADICTED: "Another source contradicts this; read both before relying on it.",
}
NOT_ASSESSED_EXPLANATION = "Nobody has yet judged how well the sources support this event: read it as a claim."


def esc(text: str | None) -> str:
    """Text from a file, made safe to put in HTML (quotes too, so it may go in an attribute)."""
    return html.escape(text or "", quote=True)


def badge(text: str, fg: str, bg: str) -> str:
    """A coloured label, as HTML that both browsers and Qt's rich text show."""
    return f"<span class='badge' style='color:{fg}; background-color:{bg}'>&nbsp;{esc(text)}&nbsp;</span>"


def confidence_explanation(confidence: Confidence) -> str:
    """The sentence under the badges: what the status means, or that nobody has judged the event."""
    if confidence.level is ConfidenceLevel.NOT_ASSESSED:
        return NOT_ASSESSED_EXPLANATION
    return STATUS_EXPLANATIONS[confidence.status]


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
        parts.append(source.url + (f" (archived: {source.archived_url})" if source.archived_url else "") + ".")
    elif source.archived_url:
        parts.append(f"Archived: {source.archived_url}.")
    if source.accessed:
        parts.append(f"Accessed {source.accessed.in_words()}.")
    return " ".join(parts)


def _words(date: PartialDate | None) -> str:
    return date.in_words() if date else ""
