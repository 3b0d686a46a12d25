"""Go to date: the forms a reader types, and what they refuse."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.domain.columns import day_number
from timeline_app.domain.dates import days_from_civil, year_in_words, year_start
from timeline_app.domain.goto import month_lookup, parse_date_query


def _days(first: dt.date, last: dt.date) -> tuple[float, float]:
    return day_number(first), day_number(last) + 1.0


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1994", dt.date(1994, 1, 1), dt.date(1994, 12, 31)),
        ("May 1994", dt.date(1994, 5, 1), dt.date(1994, 5, 31)),
        ("may 1994", dt.date(1994, 5, 1), dt.date(1994, 5, 31)),
        ("Sep. 2001", dt.date(2001, 9, 1), dt.date(2001, 9, 30)),
        ("1994-05", dt.date(1994, 5, 1), dt.date(1994, 5, 31)),
        ("1994-05-04", dt.date(1994, 5, 4), dt.date(1994, 5, 4)),
        (" 4 May 1994 ", dt.date(1994, 5, 4), dt.date(1994, 5, 4)),
        ("May 4, 1994", dt.date(1994, 5, 4), dt.date(1994, 5, 4)),
    ],
)
def test_a_year_a_month_or_a_day_names_its_whole_period(text: str, first: dt.date, last: dt.date) -> None:
    assert parse_date_query(text) == _days(first, last)


@pytest.mark.parametrize("text", ["", "  ", "soon", "Mai 1994", "1994-13", "31 February 1994", "94", "May"])
def test_text_that_names_no_date_is_refused(text: str) -> None:
    assert parse_date_query(text) is None


def test_month_names_from_the_locale_are_understood() -> None:
    months = month_lookup([(5, "Mai"), (3, "März")])
    assert parse_date_query("Mai 1994", months) == _days(dt.date(1994, 5, 1), dt.date(1994, 5, 31))
    assert parse_date_query("4 märz 1994", months) == _days(dt.date(1994, 3, 4), dt.date(1994, 3, 4))


def _year(year: int) -> tuple[float, float]:
    return float(year_start(year)), float(year_start(year + 1))


def _day(year: int, month: int, day: int) -> tuple[float, float]:
    first = float(days_from_civil(year, month, day))
    return first, first + 1


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("44 BC", _year(-43)),
        ("44 bce", _year(-43)),
        ("44 B.C.", _year(-43)),
        ("1 BC", _year(0)),
        ("753 BC", _year(-752)),
        ("12,000 BC", _year(-11_999)),
        ("AD 79", _year(79)),
        ("79 AD", _year(79)),
        ("79 CE", _year(79)),
        ("AD 1", _year(1)),
        ("-0043", _year(-43)),
        ("12000", _year(12_000)),
        ("March 44 BC", (float(days_from_civil(-43, 3, 1)), float(days_from_civil(-43, 4, 1)))),
        ("15 March 44 BC", _day(-43, 3, 15)),
        ("15 march 44 bce", _day(-43, 3, 15)),
        ("March 15, 44 BC", _day(-43, 3, 15)),
        ("-0043-03-15", _day(-43, 3, 15)),
        ("24 August AD 79", _day(79, 8, 24)),
    ],
)
def test_years_before_and_after_christ_name_their_period(text: str, period: tuple[float, float]) -> None:
    assert parse_date_query(text) == period


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("66 million years ago", -65_999_999),
        ("66 Million Years Ago", -65_999_999),
        ("13.8 billion years ago", -13_799_999_999),
        ("2.5 million years ago", -2_499_999),
        ("66,000,000 years ago", -65_999_999),
        ("1 trillion years ago", -999_999_999_999),
        ("5 billion years from now", 5_000_000_000),
    ],
)
def test_deep_time_reads_back_what_year_in_words_writes(text: str, year: int) -> None:
    assert parse_date_query(text) == _year(year)
    assert year_in_words(year).casefold() == text.casefold().replace("66,000,000", "66 million")


@pytest.mark.parametrize(
    "text",
    [
        "0 BC",  # there is no year 0 BC (1 BC is followed by AD 1)
        "AD 0",
        "AD 79 BC",
        "44 BC BC",
        "May 94",
        "1,994",
        "1.994",
        "500 years ago",  # from today or from AD 1? below a million years the difference shows
        "1.23456789 million years ago",
        "1 trillion years from now",  # beyond the furthest year
        "March 12000 BC",  # years beyond four digits are whole years only
        "30 February 44 BC",
    ],
)
def test_eras_and_deep_time_that_name_no_date_are_refused(text: str) -> None:
    assert parse_date_query(text) is None


@pytest.mark.parametrize("text", ["9" * 5000 + " BC", "9" * 5000 + " years ago", "AD " + "1" * 4400, "1" * 4400])
def test_a_number_longer_than_any_year_is_refused_not_an_error(text: str) -> None:
    # Python refuses to read integers of more than 4,300 digits; the dialog must just say "not a date".
    assert parse_date_query(text) is None
