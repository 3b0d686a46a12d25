"""Understanding what a reader types into "Go to date": ``1994``, ``May 1994``, ``1994-05-04``.

The answer is the period the text names, as ``[first, last)`` days since 1970-01-01,
so the canvas can show a year, a month or a day as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.domain.columns import day_number
from timeline_app.domain.dates import MONTH_NAMES, PartialDate

_WORD_DATE = re.compile(r"^(?:(\d{1,2})\s+)?([^\W\d_]+)\.?,?\s+(\d{4})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def month_lookup(extra_names: Iterable[tuple[int, str]] = ()) -> dict[str, int]:
    """English month names and their three-letter forms, plus ``(month, name)`` pairs (e.g. the locale's)."""
    names: dict[str, int] = {}
    for number, name in enumerate(MONTH_NAMES, start=1):
        names[name.casefold()] = number
        names[name[:3].casefold()] = number
    for number, name in extra_names:
        if name.strip():
            names[name.strip().rstrip(".").casefold()] = number
    return names


def parse_date_query(text: str, months: dict[str, int] | None = None) -> tuple[float, float] | None:
    """The period ``text`` names, or ``None`` if it names none.

    Accepts ``1994``, ``1994-05``, ``1994-05-04``, ``May 1994``, ``4 May 1994`` and ``May 4, 1994``
    (month names in English or from ``months``, any case, abbreviated or not).
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    names = months if months is not None else month_lookup()
    date: PartialDate | None
    try:
        date = PartialDate.parse(cleaned)
    except ValueError:
        date = _words(cleaned, names)
    if date is None:
        return None
    return day_number(date.earliest()), day_number(date.latest()) + 1.0


def _words(text: str, names: dict[str, int]) -> PartialDate | None:
    day: str | None
    match = _WORD_DATE.match(text)
    if match is not None:
        day, month_name, year = match.groups()
    else:
        match = _MONTH_FIRST.match(text)
        if match is None:
            return None
        month_name, day, year = match.groups()
    month = names.get(month_name.casefold())
    if month is None:
        return None
    iso = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day is not None else "")
    try:
        return PartialDate.parse(iso)
    except ValueError:
        return None
