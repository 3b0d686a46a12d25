"""Dates in words, saying exactly as much as the sources know, in the UI's language."""

from __future__ import annotations

from timeline_app.domain.dates import PartialDate, Precision, year_in_words
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import ContestedDate, EventDate, PointDate, SpanDate


def _marked(text: str, *, approximate: bool, uncertain: bool) -> str:
    if approximate:
        text = fill(translate("Dates", "c. %1", "approximate date"), text)
    if uncertain:
        text = fill(translate("Dates", "%1 (date uncertain)"), text)
    return text


def date_in_words(date: EventDate) -> str:
    """`4 May 1994`, `May 1994`, `1997`, `c. 1997`, `September 1999 – April 2008`,
    `1996 or 15 November 1998 — sources disagree`."""
    if isinstance(date, PartialDate):
        return date.in_words()
    if isinstance(date, PointDate):
        return _marked(date.on.in_words(), approximate=date.approximate, uncertain=date.uncertain)
    if isinstance(date, SpanDate):
        if date.end is None:
            text = fill(translate("Dates", "from %1 (no end recorded)"), date.start.in_words())
        else:
            text = fill(translate("Dates", "%1 – %2", "a span of dates"), date.start.in_words(), date.end.in_words())
        return _marked(text, approximate=date.approximate, uncertain=date.uncertain)
    return fill(translate("Dates", "%1 — sources disagree"), _alternatives(date))


def short_date(date: EventDate) -> str:
    """The list's date column: like :func:`date_in_words` but shorter for contested dates."""
    if isinstance(date, ContestedDate):
        return fill(translate("Dates", "%1 (disputed)"), _alternatives(date))
    return date_in_words(date)


def _alternatives(date: ContestedDate) -> str:
    words = [a.on.in_words() for a in date.alternatives]
    text = words[0]
    for other in words[1:]:
        text = fill(translate("Dates", "%1 or %2", "dates the sources give"), text, other)
    return text


def precision_note(date: EventDate) -> str:
    """Why a date sorts where it does, for tooltips."""
    first = date if isinstance(date, PartialDate) else None
    if isinstance(date, PointDate):
        first = date.on
    elif isinstance(date, SpanDate):
        first = date.start
    if isinstance(date, ContestedDate):
        return translate("Dates", "The sources give different dates; sorted by the earliest.")
    assert first is not None
    if first.precision is Precision.YEAR:
        return fill(
            translate("Dates", "Known only to the year: sorted before the dated events of %1."),
            year_in_words(first.year),
        )
    if first.precision is Precision.MONTH:
        return fill(
            translate("Dates", "Known only to the month: sorted before the dated events of %1."), first.in_words()
        )
    return translate("Dates", "Known to the day.")
