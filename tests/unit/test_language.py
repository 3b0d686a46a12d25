"""Dates, numbers and counts in the UI's language, written by the domain without Qt.

English, Azerbaijani (Latin script) and Russian: month names (Russian in the genitive after a
day, "4 мая 1994", and standing alone for a month, "май 1994"), BC/AD, deep time, the precision
words, digit grouping; machine formats and a file's problems stay English whatever the UI speaks.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.event_table import events_csv
from timeline_app.domain.goto import parse_date
from timeline_app.domain.language import (
    Language,
    azerbaijani_ordinal_suffix,
    decade_label,
    format_count,
    in_language,
    set_ui_language,
    translate,
    upper_case,
    wording_language,
)
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.problems import TimelineLoadError
from timeline_app.domain.ticks import year_label

DATA = Path(__file__).resolve().parent.parent / "data"
NBSP = "\u00a0"


@pytest.fixture
def speak() -> Iterator[None]:
    """Each test sets the UI language it needs; English again afterwards."""
    yield
    set_ui_language(Language.EN)


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


# Every case: the date as a file writes it, then English, Azerbaijani and Russian.
PARTIAL_DATES = [
    ("1994-05-04", "4 May 1994", "4 may 1994", "4 мая 1994"),
    ("1994-05", "May 1994", "may 1994", "май 1994"),
    ("1994-08", "August 1994", "avqust 1994", "август 1994"),
    ("1994-08-21", "21 August 1994", "21 avqust 1994", "21 августа 1994"),
    ("1994-03-08", "8 March 1994", "8 mart 1994", "8 марта 1994"),
    ("1994", "1994", "1994", "1994"),
    ("-0043-03-15", "15 March 44 BC", "15 mart e.ə. 44", f"15 марта 44 до н.{NBSP}э."),
    ("0079", "AD 79", "b.e. 79", f"79 н.{NBSP}э."),
    ("-9999", "10,000 BC", "e.ə. 10.000", f"10{NBSP}000 до н.{NBSP}э."),
    ("-65999999", "66 million years ago", "66 milyon il əvvəl", "66 млн лет назад"),
    ("-13800000000", "13.8 billion years ago", "13,8 milyard il əvvəl", "13,8 млрд лет назад"),
    ("5000000000", "5 billion years from now", "5 milyard il sonra", "через 5 млрд лет"),
]


@pytest.mark.usefixtures("speak")
@pytest.mark.parametrize(("written", "english", "azerbaijani", "russian"), PARTIAL_DATES)
def test_dates_in_words_follow_the_ui_language(written: str, english: str, azerbaijani: str, russian: str) -> None:
    for language, expected in ((Language.EN, english), (Language.AZ, azerbaijani), (Language.RU, russian)):
        set_ui_language(language)
        assert day(written).in_words() == expected


@pytest.mark.usefixtures("speak")
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("written", [case[0] for case in PARTIAL_DATES if not case[0].startswith("-138")])
def test_what_a_language_writes_it_reads_back_in_go_to_date(language: Language, written: str) -> None:
    set_ui_language(language)
    assert parse_date(day(written).in_words()) == day(written)


@pytest.mark.usefixtures("speak")
def test_azerbaijani_month_names_are_the_twelve_the_issue_lists() -> None:
    set_ui_language(Language.AZ)
    names = [day(f"2001-{month:02d}").in_words().removesuffix(" 2001") for month in range(1, 13)]
    assert names == [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ]


@pytest.mark.usefixtures("speak")
def test_counts_are_grouped_as_the_language_groups_digits() -> None:
    expected = {Language.EN: "100,000", Language.AZ: "100.000", Language.RU: f"100{NBSP}000"}
    for language, grouped in expected.items():
        set_ui_language(language)
        assert format_count(100_000) == grouped
        assert format_count(999) == "999"


def test_english_plurals_without_a_translator() -> None:
    assert [translate("Test", "%Ln event(s)", None, n) for n in (0, 1, 2, 1000)] == [
        "0 events",
        "1 event",
        "2 events",
        "1,000 events",
    ]


@pytest.mark.parametrize(
    ("number", "suffix"),
    [(1990, "cı"), (2000, "ci"), (1930, "cu"), (1900, "cü"), (1940, "cı"), (2010, "cu"), (1980, "ci"), (3, "cü")],
)
def test_azerbaijani_ordinal_suffixes_follow_the_last_spoken_word(number: int, suffix: str) -> None:
    assert azerbaijani_ordinal_suffix(number) == suffix


@pytest.mark.usefixtures("speak")
def test_decades_on_the_axis() -> None:
    labels = {
        Language.EN: ("1990s", "40s BC", "AD 20s"),
        Language.AZ: ("1990-cı illər", "e.ə. 40-cı illər", "b.e. 20-ci illər"),
        Language.RU: ("1990-е", f"40-е до н.{NBSP}э.", f"20-е н.{NBSP}э."),
    }
    for language, (modern, before, early) in labels.items():
        set_ui_language(language)
        assert (decade_label(1990), decade_label(40, "bc"), decade_label(20, "ad")) == (modern, before, early)


@pytest.mark.usefixtures("speak")
def test_deep_time_ticks_in_full_follow_the_language() -> None:
    set_ui_language(Language.RU)
    assert year_label(-65999989) == f"65{NBSP}999{NBSP}990 лет назад"


@pytest.mark.usefixtures("speak")
def test_a_files_problems_stay_english_in_any_ui_language(tmp_path: Path) -> None:
    """They are for the file's author, as `timeline-app validate` prints them (the README says so)."""
    set_ui_language(Language.RU)
    text = (DATA / "minimal.timeline.json").read_text(encoding="utf-8")
    outside = tmp_path / "outside.timeline.json"  # its one event (4 May 1994) is before the range it sets
    outside.write_text(text.replace('{"start": "1992", "end": "2021"}', '{"start": "1995-03", "end": "2021-02"}'))
    loaded = read_timeline(outside.read_bytes(), str(outside))
    messages = " ".join(str(p) for p in loaded.warnings)
    assert "(March 1995 to February 2021)" in messages
    broken = tmp_path / "broken.timeline.json"
    broken.write_text(text.replace('"date": "1994-05-04"', '"date": "2021-02-30"'), encoding="utf-8")
    with pytest.raises(TimelineLoadError) as raised:
        read_timeline(broken.read_bytes(), str(broken))
    assert "February 2021 has 28 days" in " ".join(str(p) for p in raised.value.problems)
    assert wording_language() is Language.RU  # only the loader wrote English
    assert day("1995-03").in_words() == "март 1995"


@pytest.mark.usefixtures("speak")
def test_the_csv_export_stays_english_in_any_ui_language() -> None:
    timeline = load_timeline(DATA / "sample.timeline.json").timeline
    set_ui_language(Language.EN)
    english = events_csv(timeline, timeline.events)
    set_ui_language(Language.RU)
    assert events_csv(timeline, timeline.events) == english


@pytest.mark.usefixtures("speak")
def test_english_on_purpose_stays_in_its_own_thread() -> None:
    """A loader thread writing English does not turn the window's wording English meanwhile."""
    set_ui_language(Language.RU)
    inside, leave = threading.Event(), threading.Event()
    seen: list[Language] = []

    def loader() -> None:
        with in_language(Language.EN):
            seen.append(wording_language())
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=loader)
    thread.start()
    assert inside.wait(5)
    try:
        assert wording_language() is Language.RU
        assert day("1994-05-04").in_words() == "4 мая 1994"
    finally:
        leave.set()
        thread.join()
    assert seen == [Language.EN]


@pytest.mark.usefixtures("speak")
def test_capitals_follow_the_language() -> None:
    """The pane's badge is in capitals: Azerbaijani's dotted i stays dotted ("ETİBARLILIQ")."""
    set_ui_language(Language.AZ)
    assert upper_case("Yüksək etibarlılıq") == "YÜKSƏK ETİBARLILIQ"
    set_ui_language(Language.EN)
    assert upper_case("High confidence") == "HIGH CONFIDENCE"
