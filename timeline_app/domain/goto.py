"""Understanding what a reader types into "Go to date": ``1994``, ``May 1994``, ``44 BC``, ``66 million years ago``.

The answer is the period the text names, as ``[first, last)`` days since 1970-01-01,
so the canvas can show a year, a month or a day as a whole.

Years are read the way :func:`~timeline_app.domain.dates.year_in_words` writes them, so
anything the app shows can be typed back: ``AD 79``, ``44 BC`` (``BCE``, ``CE`` and dotted
``B.C.`` too), ``12,000 BC``, and from a million years away ``66 million years ago`` or
``5 billion years from now``, which like ``year_in_words`` count from AD 1. "Years ago"
below a million is refused rather than guessed at: whether ``500 years ago`` means from
today or from AD 1 is exactly the difference a reader would notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from timeline_app.domain.dates import DEEP_TIME_YEARS, MONTH_NAMES, PartialDate
from timeline_app.domain.language import DATE_WORDS

# The date without its year ("4 May", "May 4,"), then the year as _year_of reads it.
_WORD_DATE = re.compile(r"^(?:(\d{1,2})\s+)?([^\W\d_]+)\.?,?\s+(.+)$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(.+)$")
# A year with an era on either side: "AD 79", "79 AD", "44 BC", "44 B.C.E.".
_AD = r"a\.?d\.?|c\.?e\.?"
_BC = r"b\.?c\.?(?:e\.?)?"
# Digits are bounded: no year has more than twelve, and Python refuses to read a number of
# more than 4,300 digits (an exception a reader typing into a dialog must never meet).
_YEAR_WITH_ERA = re.compile(rf"(?:({_AD})\s*)?(\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,13}})(?:\s*({_BC}|{_AD}))?")
_YEARS_AWAY = re.compile(
    r"(\d{1,3}(?:,\d{3}){1,4}|\d{1,13}(?:\.\d{1,13})?)\s*(thousand|million|billion|trillion)?\s+years?\s+(ago|from now)"
)
_SIZES = {None: 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def month_lookup(extra_names: Iterable[tuple[int, str]] = ()) -> dict[str, int]:
    """Month names in English (and their three-letter forms), Azerbaijani and Russian (both cases),
    plus ``(month, name)`` pairs (e.g. the locale's): what the app writes in any UI language reads back."""
    names: dict[str, int] = {}
    for number, name in enumerate(MONTH_NAMES, start=1):
        names[name.casefold()] = number
        names[name[:3].casefold()] = number
    for words in DATE_WORDS.values():
        for number, name in (*enumerate(words.months, start=1), *enumerate(words.months_of_day, start=1)):
            names.setdefault(name.casefold(), number)
    for number, name in extra_names:
        if name.strip():
            names[name.strip().rstrip(".").casefold()] = number
    return names


def parse_date_query(text: str, months: dict[str, int] | None = None) -> tuple[float, float] | None:
    """The period ``text`` names, or ``None`` if it names none.

    Accepts ``1994``, ``1994-05``, ``1994-05-04``, ``-0043-03-15``, ``12000``, ``May 1994``,
    ``4 May 1994``, ``May 4, 1994``, ``44 BC``, ``March 44 BC``, ``15 March 44 BC``, ``AD 79``
    and ``66 million years ago`` (month names in English or from ``months``, any case,
    abbreviated or not).
    """
    date = parse_date(text, months)
    if date is None:
        return None
    return date.first_day, date.end_day


def parse_date(text: str, months: dict[str, int] | None = None) -> PartialDate | None:
    """The date ``text`` names, to the precision it gives, or ``None``; the forms of :func:`parse_date_query`."""
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    names = months if months is not None else month_lookup()
    try:
        return PartialDate.parse(cleaned)
    except ValueError:
        cleaned = _in_english_words(cleaned)
        return _years_away(cleaned) or _year_alone(cleaned) or _words(cleaned, names)


# How the Russian and Azerbaijani UIs write eras and deep time (language.DATE_WORDS), read as the English.
_LOCAL_WORDS = (
    (re.compile(r"\bдо\s*н\.\s*э\.?", re.IGNORECASE), " BC"),
    (re.compile(r"\bн\.\s*э\.?", re.IGNORECASE), " AD"),
    (re.compile(r"\bтрлн\b\.?", re.IGNORECASE), "trillion"),
    (re.compile(r"\bмлрд\b\.?", re.IGNORECASE), "billion"),
    (re.compile(r"\bмлн\b\.?", re.IGNORECASE), "million"),
    (re.compile(r"\bлет\s+назад\b", re.IGNORECASE), "years ago"),
    (re.compile(r"^через\s+(.+?)\s+лет$", re.IGNORECASE), r"\1 years from now"),
    (re.compile(r"\btrilyon\b", re.IGNORECASE), "trillion"),
    (re.compile(r"\bmilyard\b", re.IGNORECASE), "billion"),
    (re.compile(r"\bmilyon\b", re.IGNORECASE), "million"),
    (re.compile(r"\bil\s+əvvəl\b", re.IGNORECASE), "years ago"),
    (re.compile(r"\bil\s+sonra\b", re.IGNORECASE), "years from now"),
)
_AZ_ERA = re.compile(r"^(.*?)(e\.\s*ə\.|b\.\s*e\.)\s*(.+)$", re.IGNORECASE)
_GROUPED_DIGITS = re.compile(r"(?<=\d)[\u00a0\u202f .](?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _in_english_words(text: str) -> str:
    """``44 до н. э.`` → ``44 BC``, ``e.ə. 44`` → ``44 BC``, ``13,8 milyard il əvvəl`` → ``13.8 billion years ago``."""
    english = text
    for pattern, replacement in _LOCAL_WORDS:
        english = pattern.sub(replacement, english)
    era = _AZ_ERA.match(english)
    if era is not None:  # "15 mart e.ə. 44": the era before the year
        before, mark, year = era.groups()
        english = f"{before}{year} BC" if mark.casefold().startswith("e") else f"{before}AD {year}"
    if english == text:
        return text  # English already: its commas group digits ("12,000 BC")
    # Russian groups digits with a space, Azerbaijani with a point; both write a decimal comma.
    english = _DECIMAL_COMMA.sub(".", _GROUPED_DIGITS.sub("", english))
    return " ".join(english.split())


def _years_away(text: str) -> PartialDate | None:
    """``66 million years ago``, ``5 billion years from now``: the inverse of ``year_in_words``."""
    match = _YEARS_AWAY.fullmatch(text.casefold())
    if match is None:
        return None
    number, size, direction = match.groups()
    try:
        count = Decimal(number.replace(",", "")) * _SIZES[size]
    except InvalidOperation:
        return None
    if count != count.to_integral_value() or count < DEEP_TIME_YEARS:
        return None
    return _date(1 - int(count) if direction == "ago" else int(count))


def _year_alone(text: str) -> PartialDate | None:
    year = _year_of(text)
    return None if year is None else _date(year)


def _words(text: str, names: dict[str, int]) -> PartialDate | None:
    # "4 May 44 BC" and "May 4, 44 BC" overlap ("May 4, 1994" starts like "May <year>"), so try both.
    for pattern, day_first in ((_WORD_DATE, True), (_MONTH_FIRST, False)):
        match = pattern.match(text)
        if match is None:
            continue
        if day_first:
            day, month_name, year_text = match.groups()
        else:
            month_name, day, year_text = match.groups()
        month = names.get(month_name.casefold())
        year = _year_of(year_text)
        if month is not None and year is not None:
            return _date(year, month, int(day) if day is not None else None)
    return None


def _year_of(text: str) -> int | None:
    """The astronomical year in ``text``: four digits alone (``1994``), or any number with an era."""
    match = _YEAR_WITH_ERA.fullmatch(text.casefold())
    if match is None:
        return None
    before, digits, after = match.groups()
    if before is None and after is None:
        # Without an era only a four-digit year: "May 94" is more likely a slip than AD 94.
        return int(digits) if len(digits) == 4 else None
    number = int(digits.replace(",", ""))
    if (before is not None and after is not None) or number == 0:
        return None  # "AD 79 BC", "0 BC": there is no such year
    return 1 - number if after is not None and after.startswith("b") else number


def _date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None  # too far away, a month in a five-digit year, or a day the month does not have
