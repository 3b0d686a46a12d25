"""Partial dates: parsing, precision, the days they cover, ordering and wording."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from timeline_app.domain.dates import PartialDate, Precision
from timeline_app.domain.model import ContestedDate, DateAlternative, PointDate, SpanDate
from timeline_app.domain.wording import date_in_words, precision_note, short_date


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("1994", Precision.YEAR, dt.date(1994, 1, 1), dt.date(1994, 12, 31)),
        ("1994-05", Precision.MONTH, dt.date(1994, 5, 1), dt.date(1994, 5, 31)),
        ("2000-02", Precision.MONTH, dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        ("1994-05-04", Precision.DAY, dt.date(1994, 5, 4), dt.date(1994, 5, 4)),
    ],
)
def test_a_partial_date_covers_every_day_it_could_be(
    text: str, precision: Precision, first: dt.date, last: dt.date
) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert (date.earliest(), date.latest()) == (first, last)
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-02-30", "'2021-02-30' is not a valid date: February 2021 has 28 days"),
        ("2100-02-29", "February 2100 has 28 days"),
        ("1994-00", "there is no month 0"),
        ("0000", "there is no year 0"),
        ("94", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("1994-5-4", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("4 May 1994", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("1994\n", "write YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_invalid_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_a_partial_date_is_a_value_that_cannot_change() -> None:
    date = PartialDate.parse("1994-05")
    assert date == PartialDate(1994, 5)
    assert hash(date) == hash(PartialDate(1994, 5))
    assert date != PartialDate(1994, 5, 1)
    assert date != "1994-05"
    assert len({date, PartialDate(1994, 5), PartialDate(1994)}) == 2
    with pytest.raises(AttributeError, match="cannot be changed"):
        date.year = 1995
    assert repr(date) == "PartialDate(year=1994, month=5, day=None)"
    assert copy.copy(date) == copy.deepcopy(date) == pickle.loads(pickle.dumps(date)) == date
    with pytest.raises(ValueError, match="day is out of range"):
        PartialDate(2021, 2, 30)


def test_a_partial_date_carries_the_days_it_covers_as_numbers() -> None:
    # Days since 1970-01-01: the first day it could be, the day after the last, and the precision.
    assert PartialDate.parse("1970-01").days == (0.0, 31.0, int(Precision.MONTH))
    assert PartialDate.parse("1969").days == (-365.0, 0.0, int(Precision.YEAR))
    assert PartialDate.parse("1970-01-02").days == (1.0, 2.0, int(Precision.DAY))


def test_leap_day_is_valid_in_a_leap_year() -> None:
    assert PartialDate.parse("2000-02-29").latest() == dt.date(2000, 2, 29)


def test_a_year_sorts_before_the_months_and_days_within_it() -> None:
    texts = ["1997-11-12", "1997", "1997-11", "1996-12-31", "1997-01-01"]
    ordered = sorted((PartialDate.parse(t) for t in texts), key=PartialDate.sort_key)
    assert [str(d) for d in ordered] == ["1996-12-31", "1997", "1997-01-01", "1997-11", "1997-11-12"]


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (d("1994-05-04"), "4 May 1994"),
        (d("1994-05"), "May 1994"),
        (d("1997"), "1997"),
        (PointDate(on=d("1997"), approximate=True), "c. 1997"),
        (PointDate(on=d("1992-03-10"), uncertain=True), "10 March 1992 (date uncertain)"),
        (SpanDate(start=d("1999-09"), end=d("2008-04")), "September 1999 – April 2008"),
        (SpanDate(start=d("2015-01-01")), "from 1 January 2015 (no end recorded)"),
        (
            ContestedDate(
                alternatives=(
                    DateAlternative(on=d("1996"), sources=("a10",)),
                    DateAlternative(on=d("1998-11-15"), sources=("w1",)),
                )
            ),
            "1996 or 15 November 1998 — sources disagree",
        ),
    ],
)
def test_dates_in_words_say_only_what_is_known(
    date: PartialDate | PointDate | SpanDate | ContestedDate, words: str
) -> None:
    assert date_in_words(date) == words


def test_the_list_marks_a_contested_date_briefly() -> None:
    contested = ContestedDate(
        alternatives=(
            DateAlternative(on=d("1996"), sources=("a",)),
            DateAlternative(on=d("1998-11-15"), sources=("b",)),
        )
    )
    assert short_date(contested) == "1996 or 15 November 1998 (disputed)"


def test_a_year_only_date_says_why_it_sorts_first() -> None:
    assert precision_note(d("1997")) == "Known only to the year: sorted before the dated events of 1997."
    assert precision_note(d("1997-11")).startswith("Known only to the month")
