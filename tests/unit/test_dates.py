"""Partial dates: parsing, precision, the days they cover, ordering and wording."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re

import pytest

from timeline_app.domain.dates import PartialDate, Precision, civil_from_days, day_number, days_from_civil
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
    assert (date.first_day, date.end_day) == (day_number(first), day_number(last) + 1)
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-02-30", "'2021-02-30' is not a valid date: February 2021 has 28 days"),
        ("2100-02-29", "February 2100 has 28 days"),
        ("1994-00", "there is no month 0"),
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
    with pytest.raises(ValueError, match="February 2021 has 28 days"):
        PartialDate(2021, 2, 30)


def test_a_partial_date_carries_the_days_it_covers_as_numbers() -> None:
    # Days since 1970-01-01: the first day it could be, the day after the last, and the precision.
    assert PartialDate.parse("1970-01").days == (0.0, 31.0, int(Precision.MONTH))
    assert PartialDate.parse("1969").days == (-365.0, 0.0, int(Precision.YEAR))
    assert PartialDate.parse("1970-01-02").days == (1.0, 2.0, int(Precision.DAY))


def test_leap_day_is_valid_in_a_leap_year() -> None:
    assert PartialDate.parse("2000-02-29").first_day == day_number(dt.date(2000, 2, 29))


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


# -- any year: BC, deep time and the far future ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "precision"),
    [
        ("-0043-03-15", "15 March 44 BC", Precision.DAY),
        ("-0043-03", "March 44 BC", Precision.MONTH),
        ("-0752", "753 BC", Precision.YEAR),
        ("0000", "1 BC", Precision.YEAR),
        ("0001", "AD 1", Precision.YEAR),
        ("0079-08-24", "24 August AD 79", Precision.DAY),
        ("-9999", "10,000 BC", Precision.YEAR),
        ("-65999999", "66 million years ago", Precision.YEAR),
        ("-13799999999", "13.8 billion years ago", Precision.YEAR),
        ("-4540000000", "4.54 billion years ago", Precision.YEAR),
        ("12021", "AD 12,021", Precision.YEAR),
        ("5000000000", "5 billion years from now", Precision.YEAR),
        ("999999999999", "1 trillion years from now", Precision.YEAR),
    ],
)
def test_any_year_is_a_date_and_is_said_as_a_reader_says_it(text: str, words: str, precision: Precision) -> None:
    date = PartialDate.parse(text)
    assert date.in_words() == words
    assert date.precision is precision
    assert str(date) == text
    assert PartialDate.parse(str(date)) == date


def test_bc_dates_count_days_on_the_same_calendar_without_a_gap_at_year_zero() -> None:
    # Astronomical numbering: 1 BC (year 0) is directly followed by AD 1, and is a leap year.
    one_bc, ad_one = PartialDate.parse("0000"), PartialDate.parse("0001")
    assert one_bc.end_day == ad_one.first_day
    assert one_bc.end_day - one_bc.first_day == 366
    assert PartialDate.parse("0000-02-29").precision is Precision.DAY
    assert PartialDate.parse("-0043-03-15").first_day == PartialDate.parse("-0043-03-14").first_day + 1
    # 44 BC sorts before AD 1994, and deep time before both.
    texts = ["1994", "-0043-03-15", "-13799999999", "0000"]
    ordered = sorted((PartialDate.parse(t) for t in texts), key=PartialDate.sort_key)
    assert [str(d) for d in ordered] == ["-13799999999", "-0043-03-15", "0000", "1994"]


def test_the_calendar_agrees_with_pythons_where_pythons_reaches() -> None:
    for date in (dt.date(1, 1, 1), dt.date(1582, 10, 15), dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date.max):
        days = days_from_civil(date.year, date.month, date.day)
        assert days == date.toordinal() - dt.date(1970, 1, 1).toordinal()
        assert civil_from_days(days) == (date.year, date.month, date.day)


def test_the_calendar_runs_both_ways_in_deep_time() -> None:
    for days in (-5_040_000_000_000, -719_529, -1, 0, 365_242_499_280_000):
        assert days_from_civil(*civil_from_days(days)) == days
    # A day number of deep time stays a whole float: the canvas sorts by start * 4 + precision.
    first = PartialDate.parse("-999999999999").first_day
    assert first == int(first)
    assert first * 4 + 2 == int(first) * 4 + 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-0000", "write year 0 (1 BC) as 0000"),
        ("-44", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("-13800000000-05", "a year beyond four digits can only be given as a whole year"),
        ("012000", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("1000000000000", "years go up to 999,999,999,999 either way"),
        ("-0001-02-29", "February 2 BC has 28 days"),
    ],
)
def test_dates_outside_the_calendar_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        PartialDate.parse(text)


def test_deep_time_spans_and_uncertain_dates_are_worded_too() -> None:
    span = SpanDate(start=d("-0043-03-15"), end=d("0014-08-19"))
    assert date_in_words(span) == "15 March 44 BC – 19 August AD 14"
    assert date_in_words(PointDate(on=d("-65999999"), approximate=True)) == "c. 66 million years ago"
    assert precision_note(d("-0043")) == "Known only to the year: sorted before the dated events of 44 BC."
