"""Go to date: the forms a reader types, and what they refuse."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.domain.columns import day_number
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
