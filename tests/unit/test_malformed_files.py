"""Every kind of broken file gets a clear message at the right line and column.

Each case edits ``tests/data/minimal.timeline.json`` (a valid file) in one place and
states the message, line and column a reader must see. The line and column point at
the offending value (or at the key, for an unknown field, or at the object that lacks
a required field).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline_app.domain.loading import parse_timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError

MINIMAL = (Path(__file__).resolve().parent.parent / "data" / "minimal.timeline.json").read_text(encoding="utf-8")
EXTRA_EVENT = (
    '    },\n    {"id": "first", "title": "Again", "summary": "x", "date": "1995", "category": "diplomacy",'
    ' "citations": [{"source": "src"}], "confidence": {"level": "low"}}\n  ]'
)


@dataclass(frozen=True)
class Case:
    id: str
    old: str
    new: str
    message: str
    line: int
    column: int
    path: str = ""

    def text(self) -> str:
        assert self.old in MINIMAL, f"{self.id}: '{self.old}' is not in the minimal file"
        return MINIMAL.replace(self.old, self.new, 1)


CASES = [
    Case(
        "impossible-day", '"1994-05-04"', '"2021-02-30"', "'2021-02-30' is not a valid date", 23, 15, "events[0].date"
    ),
    Case("not-a-date", '"1994-05-04"', '"May 1994"', "'May 1994' is not a date: write YYYY, YYYY-MM", 23, 15),
    Case("month-13", '"1994-05-04"', '"1994-13"', "there is no month 13", 23, 15, "events[0].date"),
    Case(
        "span-ends-before-start",
        '"date": "1994-05-04"',
        '"date": {"start": "2008", "end": "1999"}',
        "the end (1999) is before the start (2008)",
        23,
        15,
        "events[0].date",
    ),
    Case(
        "contested-one-alternative",
        '"date": "1994-05-04"',
        '"date": {"alternatives": [{"on": "1996", "sources": ["src"]}]}',
        "needs at least 2 items, found 1",
        23,
        32,
        "events[0].date.alternatives",
    ),
    Case("date-number", '"1994-05-04"', "1994", "a date must be text like '1994-05-04'", 23, 15),
    Case(
        "unknown-category",
        '"category": "diplomacy"',
        '"category": "diplomcy"',
        "unknown category 'diplomcy' (did you mean 'diplomacy'?)",
        24,
        19,
        "events[0].category",
    ),
    Case(
        "unknown-cited-source",
        '[{"source": "src"}]',
        '[{"source": "srx"}]',
        "unknown source 'srx'",
        25,
        32,
        "events[0].citations[0].source",
    ),
    Case("unknown-quote", '["words"]', '["wordz"]', "unknown quote 'wordz'", 26, 18, "events[0].quotes[0]"),
    Case(
        "duplicate-event-id",
        "    }\n  ]",
        EXTRA_EVENT,
        "duplicate event id 'first' (first used by events[0])",
        29,
        12,
        "events[1].id",
    ),
    Case(
        "ftp-url",
        '"https://example.org/report"',
        '"ftp://example.org/report"',
        "'ftp://example.org/report' is not a web address: links must start with http:// or https://",
        13,
        70,
        "sources[0].url",
    ),
    Case("javascript-url", '"https://example.org/report"', '"javascript:alert(1)"', "is not a web address", 13, 70),
    Case(
        "bad-confidence",
        '"level": "high"',
        '"level": "hgih"',
        "the text 'hgih' is not allowed here; use one of: 'high', 'medium', 'low' or 'not_assessed'",
        27,
        31,
        "events[0].confidence.level",
    ),
    Case(
        "misspelt-field",
        '"title": "First"',
        '"titel": "First"',
        'unknown field "titel" (did you mean "title"?)',
        21,
        7,
        "events[0].titel",
    ),
    Case(
        "blank-summary",
        '"summary": "Something happened."',
        '"summary": "\\n "',
        "this text must not be empty",
        22,
        18,
        "events[0].summary",
    ),
    Case("title-number", '"title": "First"', '"title": 5', "expected text, found the number 5", 21, 16),
    Case("blank-title", '"title": "First"', '"title": "  "', "this text must not be empty", 21, 16),
    Case("bad-colour", '"#1f77b4"', '"blue"', "'blue' is not a colour: write it as #rrggbb", 7, 57),
    Case("bad-id", '"id": "first"', '"id": "First Event"', "'First Event' is not a valid id", 20, 13),
    Case(
        "unknown-speaker",
        '"speaker": "speaker"',
        '"speaker": "speakr"',
        "unknown person 'speakr' (did you mean 'speaker'?)",
        16,
        55,
        "quotes[0].speaker",
    ),
    Case(
        "related-to-itself",
        '"quotes": ["words"],',
        '"quotes": ["words"], "related": ["first"],',
        "an event cannot be related to itself",
        26,
        40,
        "events[0].related[0]",
    ),
    Case(
        "view-backwards",
        '{"start": "1992", "end": "2021"}',
        '{"start": "2021", "end": "1992"}',
        "the end (1992) is before the start (2021)",
        5,
        11,
        "view",
    ),
    Case("empty-file", MINIMAL, "", "the file is empty", 1, 1),
    Case("only-whitespace", MINIMAL, "\n   \n", "the file is empty", 1, 1),
    Case("top-level-array", MINIMAL, "[]\n", "expected a JSON object {…} at the top level, found a list", 1, 1),
    Case(
        "top-level-string", MINIMAL, '"timeline"', "expected a JSON object {…} at the top level, found the text", 1, 1
    ),
    Case("no-format-version", '  "format_version": 1,\n', "", 'missing "format_version"', 1, 1),
    Case(
        "newer-format-version",
        '"format_version": 1',
        '"format_version": 3',
        "this file uses format version 3, newer than this app reads (2); update Timeline Viewer",
        3,
        21,
    ),
    Case("format-version-zero", '"format_version": 1', '"format_version": 0', "format version 0 does not exist", 3, 21),
    Case(
        "trailing-comma",
        '"confidence": {"level": "high"}\n',
        '"confidence": {"level": "high"},\n',
        "not valid JSON: a comma after the last item of a list or object; remove it",
        27,
        38,
    ),
    Case(
        "missing-comma",
        '"title": "First",\n',
        '"title": "First"\n',
        "not valid JSON: expected ',' between two items (is a comma missing?)",
        22,
        7,
    ),
    Case(
        "line-break-in-text",
        '"Something happened."',
        '"Something\nhappened."',
        "not valid JSON: text contains a raw line break or tab",
        22,
        28,
    ),
    Case(
        "too-deep",
        '"title": "First"',
        '"title": ' + "[" * 40 + "]" * 40,
        "the JSON is nested more than 32 levels deep",
        21,
        45,  # the event itself sits 3 levels deep, so the 30th bracket is level 33
    ),
    Case("extra-content", MINIMAL, MINIMAL + "{}\n", "not valid JSON: unexpected content after the end", 31, 1),
]


def _only_error(text: str | bytes) -> list[Problem]:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(raw, "broken.timeline.json")
    return caught.value.errors


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_malformed_file_is_reported_at_its_place(case: Case) -> None:
    errors = _only_error(case.text())
    matching = [e for e in errors if case.message in e.message]
    assert matching, f"no error says {case.message!r}; got: {[str(e) for e in errors]}"
    problem = matching[0]
    assert (problem.line, problem.column) == (case.line, case.column), str(problem)
    assert problem.file == "broken.timeline.json"
    if case.path:
        assert problem.path == case.path


def _kind(message: str) -> str:
    """A message with what it quotes and counts left out: ``'1994-13' is not a valid date`` and
    ``'2001-14' is not a valid date`` are one kind of problem."""
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*\)", "…", message))


def test_the_loader_tells_at_least_twenty_kinds_of_malformed_file_apart() -> None:
    # Counted from what the loader says about the table's files, not from the table's rows: a
    # check that stops refusing its case, or cases that all trip one check, lower the count.
    kinds = set()
    for case in CASES:
        assert case.text() != MINIMAL, f"{case.id} changes nothing"
        kinds.add(_kind(min(_only_error(case.text()), key=lambda e: (e.line or 0, e.column or 0)).message))
    assert len(kinds) >= 20, sorted(kinds)


def test_every_problem_in_a_file_is_listed_not_just_the_first() -> None:
    text = (
        MINIMAL.replace('"1994-05-04"', '"2021-02-30"')
        .replace('"#1f77b4"', '"blue"')
        .replace('"speaker": "speaker"', '"speaker": "nobody"')
    )
    errors = _only_error(text)
    assert {(e.line, e.column) for e in errors} >= {(23, 15), (7, 57), (16, 55)}
    assert [(e.line, e.column) for e in errors] == sorted((e.line, e.column) for e in errors)


def test_invalid_utf8_names_the_byte_and_its_place() -> None:
    raw = MINIMAL.encode("utf-8").replace(b"Some words.", b"Some w\xe9rds.")
    (problem,) = _only_error(raw)
    assert (problem.line, problem.column) == (16, 36)
    assert problem.message == "byte 0xE9 is not UTF-8 text; save the file with UTF-8 encoding"


def test_utf16_file_is_named_as_such() -> None:
    (problem,) = _only_error(MINIMAL.encode("utf-16"))
    assert problem.message == "the file is UTF-16 text; save the file with UTF-8 encoding"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    loaded = parse_timeline(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"), "bom.timeline.json")
    assert loaded.timeline.title == "Minimal timeline"


def test_absurdly_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline_app.domain.loading as loading

    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.timeline.json"
    path.write_bytes(b" " * (2 * 1024 * 1024))
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    assert "the file is 2 MB; the largest timeline this app opens is 1 MB" in str(caught.value)


def test_event_outside_the_range_is_a_warning_not_an_error() -> None:
    loaded = parse_timeline(MINIMAL.replace('"1994-05-04"', '"2024-03-17"').encode(), "late.timeline.json")
    (warning,) = loaded.warnings
    assert warning.severity is Severity.WARNING
    assert (warning.line, warning.column, warning.path) == (23, 15, "events[0].date")
    assert "outside the timeline's range (1992 to 2021)" in warning.message


def test_framing_event_outside_the_range_is_not_warned_about() -> None:
    text = MINIMAL.replace('"1994-05-04"', '"2024-03-17", "framing": true')
    assert parse_timeline(text.encode(), "framed.timeline.json").warnings == ()


def test_event_without_citation_is_a_warning() -> None:
    text = MINIMAL.replace('"citations": [{"source": "src"}]', '"citations": []')
    (warning,) = parse_timeline(text.encode(), "x.timeline.json").warnings
    assert warning.message == "no source is cited for this event"
    assert (warning.line, warning.column) == (25, 7)


def test_problem_prints_in_the_compiler_convention() -> None:
    (problem, *_) = _only_error(MINIMAL.replace('"1994-05-04"', '"2021-02-30"'))
    assert str(problem) == (
        "broken.timeline.json:23:15: error: events[0].date: '2021-02-30' is not a valid date: February 2021 has 28 days"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("NaN", "not valid JSON: NaN is not a number JSON allows"),
        ("-Infinity", "not valid JSON: -Infinity is not a number JSON allows"),
        ("1" * 5000, "not valid JSON: a number has more digits than this app reads"),
    ],
)
def test_numbers_json_does_not_allow_are_located(value: str, message: str) -> None:
    text = MINIMAL.replace('"title": "First"', f'"title": "NaN text", "x": {value}')
    (problem,) = _only_error(text)
    assert problem.message == message
    assert (problem.line, problem.column) == (21, 33)  # the value, not the "NaN" inside the title


def test_an_infinite_format_version_is_explained() -> None:
    (problem,) = _only_error(MINIMAL.replace('"format_version": 1', '"format_version": 1e400'))
    assert problem.message.startswith("expected a finite number")


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ('"events": [', '"events": {"oops": [', "events"),
        ('"people": [', '"people": {"oops": [', "people"),
    ],
)
def test_a_section_that_is_not_a_list_is_one_problem_without_follow_on_noise(old: str, new: str, path: str) -> None:
    closing = "  ]\n}" if path == "events" else '  ],\n  "sources"'
    text = MINIMAL.replace(old, new, 1).replace(closing, closing.replace("]", "]}", 1), 1)
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "broken.timeline.json")
    problems = caught.value.problems
    assert [p.path for p in problems] == [path]
    assert problems[0].message == "expected a list [...], found an object"


@pytest.mark.parametrize(
    ("title", "column"),
    [
        # The title's text starts in column 17 of line 21.
        ("A \\ud800 alone", 19),
        ("A low \\udc00 half", 23),
        ("Two highs \\ud83d\\ud83d\\ude00", 27),
        ("At the end \\ud83d", 28),
    ],
)
def test_half_of_a_character_pair_is_located(title: str, column: int) -> None:
    text = MINIMAL.replace('"title": "First"', f'"title": "{title}"')
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "half.timeline.json")
    (problem,) = caught.value.errors
    assert (problem.line, problem.column) == (21, column)
    assert "half of a character written as a pair of \\u escapes" in problem.message


@pytest.mark.parametrize("title", ["A whole \\ud83d\\ude00 pair", "Not an escape \\\\ud800 at all"])
def test_whole_character_pairs_and_escaped_backslashes_load(title: str) -> None:
    text = MINIMAL.replace('"title": "First"', f'"title": "{title}"')
    loaded = parse_timeline(text.encode(), "whole.timeline.json")
    assert loaded.timeline.events[0].title in ("A whole \U0001f600 pair", "Not an escape \\ud800 at all")
