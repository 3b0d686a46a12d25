"""Dates with honest precision, in any year from deep time to the far future.

A history rarely knows every date to the day. A :class:`PartialDate` keeps exactly
what a source gives (a year, a month, or a day) and answers the two questions the
rest of the app asks: *which days could it be* (for layout and filtering) and *how
do we say it in words* (for the detail pane). Nothing here imports Qt.

Years are numbered astronomically, as ISO 8601 numbers them: year 0 is 1 BC, year -43 is
44 BC. The calendar is the Gregorian one, extended backwards (proleptic), and days are
counted from 1970-01-01 with integer arithmetic, so any year works: Python's own
``datetime`` stops at year 1 and year 9999. Years of more than four digits, the deep past
and the far future, are known only as whole years: nobody dates the Chicxulub impact
to a month.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, PydanticKnownError, core_schema
from typing_extensions import override

from timeline_app.domain.language import (
    ENGLISH_MONTHS,
    Language,
    date_words,
    fill,
    format_count,
    format_decimal,
    in_language,
)

CALENDAR_YEARS = range(-9999, 10000)
"""Years that may be given to the month or day (four digits, with or without a minus sign)."""

MAX_YEAR_DIGITS = 12
FURTHEST_YEAR = 10**MAX_YEAR_DIGITS - 1
"""The furthest year either way: 999,999,999,999 (about 70 times the age of the universe).

Far enough for any history, and near enough that every day number stays an exact float:
the canvas relies on ``start * 4 + precision`` being exact (see ``columns.py``)."""

PARTIAL_DATE_PATTERN = r"^(-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|-?[1-9][0-9]{4,11})$"
"""YYYY, YYYY-MM or YYYY-MM-DD, with a minus sign before the year for BC; or a year of 5 to 12 digits."""
_DATE_PARTS = re.compile(r"(-?)([0-9]+)(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DATE_FORMS = "write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1994, 1994-05, 1994-05-04; -0043-03-15 for 15 March 44 BC)"

MONTH_NAMES = ENGLISH_MONTHS  # as files and command lines write them; a reader's are in language.py


class Precision(enum.IntEnum):
    """How much of a date a source gives; a larger value is more precise."""

    YEAR = 0
    MONTH = 1
    DAY = 2

    @property
    def label(self) -> str:
        return self.name.lower()


# --------------------------------------------------------------------------------------
# The calendar, for any year
# --------------------------------------------------------------------------------------


def is_leap_year(year: int) -> bool:
    """Gregorian leap years, extended to year 0 (a leap year) and before."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to this day of the proleptic Gregorian calendar (negative before).

    Exact integer arithmetic for any year: the calendar repeats every 400 years (146,097
    days), counted here from 1 March so that the leap day ends each cycle's year.
    """
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


class CalendarDay(NamedTuple):
    year: int
    month: int
    day: int


def civil_from_days(days: int) -> CalendarDay:
    """The calendar day ``days`` after 1970-01-01: the inverse of :func:`days_from_civil`."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    return CalendarDay(year_of_era + era * 400 + (month <= 2), month, day)


def calendar_day(day: float) -> CalendarDay:
    """The calendar day that contains the moment ``day`` (days since 1970-01-01, as the canvas measures time)."""
    return civil_from_days(math.floor(day))


def year_start(year: int) -> int:
    """Days from 1970-01-01 to 1 January of ``year``."""
    return days_from_civil(year, 1, 1)


def day_number(date: dt.date) -> float:
    """Days since 1970-01-01 (the start of that day) of a Python date (years 1 to 9999)."""
    return float(days_from_civil(date.year, date.month, date.day))


# --------------------------------------------------------------------------------------
# Years and days in words
# --------------------------------------------------------------------------------------

DEEP_TIME_YEARS = 1_000_000
"""From a million years back (or ahead), years are said as "66 million years ago"."""


def year_in_words(year: int) -> str:
    """How a reader says a year: ``1994``, ``AD 79``, ``44 BC``, ``66 million years ago``.

    Years before AD 1 are counted back from it, so astronomical year -43 is 44 BC. From a
    million years back, "years ago" counts from AD 1 too: the two thousand years since are
    far below the rounding of such figures (and are what TimelineJS means by them as well).
    In the UI's language (:mod:`~timeline_app.domain.language`): ``44 до н. э.``, ``e.ə. 44``.
    """
    words = date_words()
    if year >= DEEP_TIME_YEARS:
        return fill(words.years_from_now, large_number(year))
    if year >= 10_000:
        return fill(words.year_ad, format_count(year))
    if year >= 1000:
        return str(year)
    if year >= 1:
        return fill(words.year_ad, year)
    before = 1 - year
    if before >= DEEP_TIME_YEARS:
        return fill(words.years_ago, large_number(before))
    # Digits grouped from five digits on, as for AD years: "1000 BC", "10,000 BC".
    return fill(words.year_bc, format_count(before) if before >= 10_000 else before)


def large_number(count: int) -> str:
    """``13.8 billion``, ``66 million``, ``2.58 million``: up to six significant figures, as written."""
    rounded = float(f"{count:.6g}")  # rounded first, so 999,999,999,999 is "1 trillion", not "1000 billion"
    units = date_words().large_units
    for size, word in zip((10**12, 10**9, 10**6), units, strict=True):
        if rounded >= size:
            return f"{format_decimal(f'{rounded / size:.6g}')} {word}"
    return format_count(count)


def day_in_words(day: CalendarDay) -> str:
    """``4 May 1994``, ``15 March 44 BC``; ``4 may 1994``, ``4 мая 1994`` (the genitive after a day)."""
    words = date_words()
    return fill(words.day_pattern, day.day, words.months_of_day[day.month - 1], year_in_words(day.year))


def month_in_words(year: int, month: int) -> str:
    """``May 1994``, ``March 44 BC``; ``may 1994``, ``май 1994``."""
    words = date_words()
    return fill(words.month_pattern, words.months[month - 1], year_in_words(year))


# --------------------------------------------------------------------------------------
# Partial dates
# --------------------------------------------------------------------------------------


class DateValue:
    """What an event's date is: a :class:`PartialDate`, or a point, span or contested date (``model.py``).

    No behaviour of its own. It gives the loader's fast decoder one type to hand every event
    date to, whatever its shape (see ``loading.py``).
    """

    __slots__ = ()


class PartialDate(DateValue):
    """A calendar date known to a year, a month or a day (`1994`, `1994-05`, `1994-05-04`, `-0043`).

    Immutable, and built only for a real date: ``PartialDate(2021, 2, 30)`` raises, and so
    does a month in a year beyond four digits. A plain class rather than a dataclass: the
    loader's fast decoder (msgspec) reads a dataclass as a JSON object, and a partial date
    is written as text.
    """

    __slots__ = ("day", "days", "month", "year")
    year: int
    """Astronomical: 0 is 1 BC, -43 is 44 BC."""
    month: int | None
    day: int | None
    days: tuple[float, float, int]
    """The first day it could be and the day after the last (days since 1970-01-01), and its precision.

    What the canvas's columns need for every event; computed once per date, as the loader
    shares one object per distinct date among all events.
    """

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        _check_parts(year, month, day)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        if month is None:
            first, end = year_start(year), year_start(year + 1)
        elif day is None:
            first = days_from_civil(year, month, 1)
            end = first + days_in_month(year, month)
        else:
            first = days_from_civil(year, month, day)
            end = first + 1
        object.__setattr__(self, "days", (float(first), float(end), int(self.precision)))

    @override
    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a PartialDate cannot be changed (tried to set {name!r})")

    @override
    def __reduce__(self) -> tuple[type[PartialDate], tuple[int, int | None, int | None]]:
        # Copies and pickles are rebuilt through __init__, which __setattr__ does not block.
        return (PartialDate, (self.year, self.month, self.day))

    @override
    def __eq__(self, other: object) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    @override
    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    @override
    def __repr__(self) -> str:
        return f"PartialDate(year={self.year!r}, month={self.month!r}, day={self.day!r})"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ISO-style text, raising ``ValueError`` with a reader-friendly message."""
        match = _DATE_PARTS.fullmatch(text)
        if match is None:
            raise ValueError(f"'{text}' is not a date: {_DATE_FORMS}")
        sign, digits, month_text, day_text = match.groups()
        if len(digits) < 4 or (len(digits) > 4 and (digits[0] == "0" or month_text is not None)):
            if len(digits) > 4 and digits[0] != "0" and month_text is not None:
                raise ValueError(
                    f"'{text}' is not a valid date: a year beyond four digits can only be given as a whole year"
                )
            raise ValueError(f"'{text}' is not a date: {_DATE_FORMS}")
        if len(digits) > MAX_YEAR_DIGITS:
            raise ValueError(f"'{text}' is too far from today: years go up to {FURTHEST_YEAR:,} either way")
        if sign and int(digits) == 0:
            raise ValueError(f"'{text}' is not a valid date: write year 0 (1 BC) as 0000, without a minus sign")
        year = -int(digits) if sign else int(digits)
        month = int(month_text) if month_text is not None else None
        day = int(day_text) if day_text is not None else None
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise ValueError(f"'{text}' is not a valid date: {exc}") from None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> float:
        """The first day this date could be, in days since 1970-01-01."""
        return self.days[0]

    @property
    def end_day(self) -> float:
        """The day after the last day this date could be (the end of the period it names)."""
        return self.days[1]

    def sort_key(self) -> tuple[float, int]:
        """Chronological and precision-aware: a year sorts before the months and days within it."""
        return (self.days[0], self.days[2])

    def in_words(self) -> str:
        """`4 May 1994`, `May 1994`, `1994`, `44 BC`, `13.8 billion years ago`."""
        if self.month is None:
            return year_in_words(self.year)
        if self.day is None:
            return month_in_words(self.year, self.month)
        return day_in_words(CalendarDay(self.year, self.month, self.day))

    @override
    def __str__(self) -> str:
        sign = "-" if self.year < 0 else ""
        text = f"{sign}{abs(self.year):04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    # -- pydantic integration: a plain string in JSON, a PartialDate in Python ----------

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        from_text = core_schema.no_info_after_validator_function(partial_date_from_text, core_schema.str_schema())
        return core_schema.json_or_python_schema(
            json_schema=from_text,
            python_schema=core_schema.no_info_plain_validator_function(_partial_date_from_python),
            serialization=core_schema.to_string_ser_schema(),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
            "description": (
                "A date to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. Years before AD 1 take a minus "
                "sign and count astronomically (0000 is 1 BC, -0043 is 44 BC); a year of more than four digits "
                "(deep time, the far future) is a whole year only, e.g. -13800000000."
            ),
            "examples": ["1994", "1994-05", "1994-05-04", "-0043-03-15", "-65999999"],
        }


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not -FURTHEST_YEAR <= year <= FURTHEST_YEAR:
        raise ValueError(f"year {year} is too far from today: years go up to {FURTHEST_YEAR:,} either way")
    if month is None:
        if day is not None:
            raise ValueError("a day needs a month")
        return
    if year not in CALENDAR_YEARS:
        raise ValueError("a year beyond four digits can only be given as a whole year")
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}")
    if day is not None:
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            # A file's problem, for its author: English, as `timeline-app validate` says it.
            with in_language(Language.EN):
                raise ValueError(f"{month_in_words(year, month)} has {last} days")


@lru_cache(maxsize=1 << 16)
def partial_date_from_text(text: str) -> PartialDate:
    # Dates are immutable and a timeline repeats the same few thousand of them, so a million
    # events parse each text once and share one object per date. Failures are not cached.
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        # A custom error type lets the loader show our sentence instead of pydantic's wrapper text.
        raise PydanticCustomError("partial_date", str(exc)) from None


def _partial_date_from_python(value: object) -> PartialDate:
    # Python callers may pass a PartialDate; a union schema would add its member name to error locations.
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, str):
        return partial_date_from_text(value)
    raise PydanticKnownError("string_type")
