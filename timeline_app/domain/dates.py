"""Dates with honest precision.

A history rarely knows every date to the day. A :class:`PartialDate` keeps exactly
what a source gives (a year, a month, or a day) and answers the two questions the
rest of the app asks: *which days could it be* (for layout and filtering) and *how
do we say it in words* (for the detail pane). Nothing here imports Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from functools import lru_cache
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, PydanticKnownError, core_schema
from typing_extensions import override

PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Precision(enum.IntEnum):
    """How much of a date a source gives; a larger value is more precise."""

    YEAR = 0
    MONTH = 1
    DAY = 2

    @property
    def label(self) -> str:
        return self.name.lower()


EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_number(date: dt.date) -> float:
    """Days since 1970-01-01 (the start of that day): how the canvas measures time."""
    return float(date.toordinal() - EPOCH_ORDINAL)


class DateValue:
    """What an event's date is: a :class:`PartialDate`, or a point, span or contested date (``model.py``).

    No behaviour of its own. It gives the loader's fast decoder one type to hand every event
    date to, whatever its shape (see ``loading.py``).
    """

    __slots__ = ()


class PartialDate(DateValue):
    """A calendar date known to a year, a month or a day (`1994`, `1994-05`, `1994-05-04`).

    Immutable, and built only for a real date: ``PartialDate(2021, 2, 30)`` raises. A plain
    class rather than a dataclass: the loader's fast decoder (msgspec) reads a dataclass as
    a JSON object, and a partial date is written as text.
    """

    __slots__ = ("day", "days", "month", "year")
    year: int
    month: int | None
    day: int | None
    days: tuple[float, float, int]
    """The first day it could be and the day after the last (as :func:`day_number`), and its precision.

    What the canvas's columns need for every event; computed once per date, as the loader
    shares one object per distinct date among all events.
    """

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        days = (day_number(self.earliest()), day_number(self.latest()) + 1.0, int(self.precision))
        object.__setattr__(self, "days", days)

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
        if not _PARTIAL_DATE_RE.fullmatch(text):
            raise ValueError(
                f"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1994, 1994-05, 1994-05-04)"
            )
        parts = [int(p) for p in text.split("-")]
        year = parts[0]
        if year < 1:
            raise ValueError(f"'{text}' is not a valid date: there is no year 0")
        month = parts[1] if len(parts) > 1 else None
        day = parts[2] if len(parts) > 2 else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' is not a valid date: there is no month {month}")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"'{text}' is not a valid date: {MONTH_NAMES[month - 1]} {year} has {last} days")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def earliest(self) -> dt.date:
        """The first day this date could be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date could be."""
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def sort_key(self) -> tuple[int, int]:
        """Chronological and precision-aware: a year sorts before the months and days within it."""
        return (self.earliest().toordinal(), int(self.precision))

    def in_words(self) -> str:
        """`4 May 1994`, `May 1994` or `1994`."""
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    @override
    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

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
            "description": "A date to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.",
            "examples": ["1994", "1994-05", "1994-05-04"],
        }


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
