"""Whatever bytes a reader opens, the app loads a timeline or refuses the file with located problems: never a crash.

Hypothesis feeds every reader the app has (our own JSON, TimelineJS JSON, TimelineJS CSV,
Timeline's XML, and :func:`~timeline_app.domain.opening.read_timeline`, which picks one of
them by content) generated and mutated documents: random JSON; the test fixtures and the
bundled timeline with values deleted, retyped, duplicated, renamed and nested deeper;
cells, rows and elements taken out, repeated and rewritten; all of them then truncated at
an arbitrary byte, cut, spliced with random bytes, bad UTF-8, byte order marks, NaN,
Infinity, huge numbers and huge text. Every outcome must be a :class:`LoadedTimeline` or
a :class:`TimelineLoadError` whose every problem names the file, a line and a column that
exist in it, and says something; any other exception fails the test.

The runs are deterministic (``derandomize=True``, no example database), so CI does not
flake; together they run at least :data:`REQUIRED_EXAMPLES` examples, which the last test
of the module asserts and prints.
"""

from __future__ import annotations

import codecs
import copy
import csv
import io
import json
import random
import struct
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.domain import loading
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.formats.timeline_xml import read_timeline_xml
from timeline_app.domain.formats.timelinejs import read_timelinejs_csv, read_timelinejs_json
from timeline_app.domain.loading import FileFormat, LoadedTimeline, parse_timeline
from timeline_app.domain.opening import load_timeline, read_timeline
from timeline_app.domain.problems import Problem, TimelineLoadError

# A failing example of megabytes would be printed whole; Hypothesis warns that the repr is large, and
# this suite makes warnings errors, which would hide the failure behind the warning.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")

DATA = Path(__file__).resolve().parent.parent / "data"
FORMATS_DATA = DATA / "formats"

SLOW_LOAD_SECONDS: Final = 10.0
"""Longer than any input here should take to load or refuse, many times over (each is 1.2 MB at most)."""

REQUIRED_EXAMPLES: Final = 10_000
"""Examples the fuzz tests of this module run together, at least, in every CI run."""

Loader = Callable[[bytes, str], LoadedTimeline]

LOADERS: dict[FileFormat, Loader] = {
    FileFormat.TIMELINE_VIEWER: parse_timeline,
    FileFormat.TIMELINEJS_JSON: read_timelinejs_json,
    FileFormat.TIMELINEJS_CSV: read_timelinejs_csv,
    FileFormat.TIMELINE_XML: read_timeline_xml,
}
NAMES = {
    FileFormat.TIMELINE_VIEWER: "fuzzed.timeline.json",
    FileFormat.TIMELINEJS_JSON: "fuzzed.json",
    FileFormat.TIMELINEJS_CSV: "fuzzed.csv",
    FileFormat.TIMELINE_XML: "fuzzed.timeline",
}
SUFFIXES = (".timeline.json", ".json", ".csv", ".tsv", ".txt", ".timeline", ".xml", "")
"""Names the dispatching reader may be handed: the suffix is a hint it must never trust."""

EXAMPLES_RUN: Counter[str] = Counter()
"""Examples each fuzz test ran in this session, counted where the loader is called."""

BUDGET = {
    "test_random_json_is_loaded_or_refused_with_located_problems": 1_500,
    "test_random_bytes_are_loaded_or_refused_with_located_problems": 700,
    "test_mutated_timeline_viewer_files_are_loaded_or_refused_with_located_problems": 2_600,
    "test_mutated_timelinejs_json_files_are_loaded_or_refused_with_located_problems": 2_000,
    "test_mutated_timelinejs_spreadsheets_are_loaded_or_refused_with_located_problems": 2_000,
    "test_mutated_timeline_xml_files_are_loaded_or_refused_with_located_problems": 2_000,
    "test_the_size_limit_refuses_every_format_alike": 300,
}
"""Each fuzz test's ``max_examples``: together above :data:`REQUIRED_EXAMPLES` (a few may be cut as duplicates)."""


def fuzz_settings(test_name: str) -> settings:
    return settings(
        max_examples=BUDGET[test_name],
        deadline=None,
        derandomize=True,
        database=None,
        # Mutating the bundled timeline draws many choices; that is the point, not a slow strategy.
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
        print_blob=True,
    )


# --------------------------------------------------------------------------------------
# The property
# --------------------------------------------------------------------------------------


def assert_loaded_or_located(
    load: Loader, raw: bytes, name: str, counted_as: str
) -> LoadedTimeline | TimelineLoadError:
    """Load ``raw``: a timeline, or a refusal whose every problem is located in the file; anything else fails."""
    EXAMPLES_RUN[counted_as] += 1
    started = time.perf_counter()
    refusal: TimelineLoadError | None = None
    try:
        loaded = load(raw, name)
    except TimelineLoadError as caught:
        refusal = caught
    took = time.perf_counter() - started
    # No input here is larger than a few megabytes: a load this slow is a pattern or loop that goes
    # quadratic (and on a real file, a window that freezes).
    assert took < SLOW_LOAD_SECONDS, f"{len(raw):,} bytes took {took:.1f} s to load or refuse"
    if refusal is not None:
        assert refusal.errors, f"refused without an error: {refusal.problems}"
        assert refusal.file == name
        for problem in refusal.problems:
            assert_located(problem, raw, name)
        return refusal
    assert isinstance(loaded, LoadedTimeline)
    assert loaded.size == len(raw)
    for warning in loaded.warnings:
        assert_located(warning, raw, name)
    return loaded


PYTHON_WORDS = ("Traceback", "set_int_max_str_digits", "NoneType", "object has no attribute", "unhashable type")
"""Words of Python's own errors: a message with them was written for a programmer, not the file's author."""


def assert_located(problem: Problem, raw: bytes, name: str) -> None:
    """The problem names the file, a line and a column inside it, and says something in the app's words."""
    assert problem.file == name
    assert isinstance(problem.line, int), f"{problem}: no line"
    assert isinstance(problem.column, int), f"{problem}: no column"
    # Every reader counts lines by their breaks; a CSV also counts a lone CR as one.
    last_line = raw.count(b"\n") + raw.count(b"\r") + 1
    assert 1 <= problem.line <= last_line, f"{problem}: line outside the file ({last_line} lines)"
    assert 1 <= problem.column <= len(raw) + 1, f"{problem}: column outside the file"
    assert isinstance(problem.path, str)
    assert problem.message.strip(), f"{problem}: an empty message"
    assert not any(words in problem.message for words in PYTHON_WORDS), str(problem)


# --------------------------------------------------------------------------------------
# Fixtures: the valid (and a few refused) files every mutation starts from
# --------------------------------------------------------------------------------------


def fixture_files(folder: Path, pattern: str) -> tuple[bytes, ...]:
    return tuple(path.read_bytes() for path in sorted(folder.glob(pattern)))


MINIMAL_TEXT = (DATA / "minimal.timeline.json").read_text(encoding="utf-8")
OURS = (
    (DATA / "minimal.timeline.json").read_bytes(),
    (DATA / "sample.timeline.json").read_bytes(),
    (DATA / "any-year.timeline.json").read_bytes(),
    bundled_timeline_path().read_bytes(),
)
OURS_MOSTLY_SMALL = (*OURS[:3], *OURS[:3], OURS[3])
"""The bundled timeline one time in seven: it takes ten times as long to mutate and read as the others."""
TIMELINEJS_JSON = fixture_files(FORMATS_DATA / "timelinejs", "*.json")
TIMELINEJS_CSV = fixture_files(FORMATS_DATA / "timelinejs", "*.csv")
TIMELINE_XML = fixture_files(FORMATS_DATA / "timeline", "*.timeline")


@cache
def parsed_json(raw: bytes) -> Any:
    """A fixture's JSON data, parsed once: mutations copy what they change (see :func:`draw_place`), never this."""
    return json.loads(raw)


# --------------------------------------------------------------------------------------
# Values: random JSON, and the awkward values every reader must survive
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawToken:
    """Text written into the JSON as it is: NaN, Infinity, numbers too large for any type, deep brackets."""

    text: str


AWKWARD_TEXTS = (
    "",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "\x00",
    "NaN",
    "Infinity",
    "-0",
    "1994",
    "1994-05",
    "1994-05-04",
    "-0044-03-15",
    "0000",
    "99999999999999999999",
    "1994-02-30",
    "1994-13",
    "true",
    "null",
    "<b>bold</b>",
    "&amp;",
    "javascript:alert(1)",
    "https://",
    "http://[::1",
    "https://example.org/a b",
    "https://example.org/x.jpg",
    "//example.org/x.jpg",
    "#zzz",
    "#123",
    "#ff0000",
    "rgb(300, 0, 0)",
    "\ud800",  # half of a character: not UTF-8 once written, or \ud800 escaped in JSON
    "\udfff",
    "a\ud83dz",
    "\U0001f600",
    "e\u0301",
    "title",
    "era",
    "Year",
    "Headline",
    "1,999",
    "12.5",
    "0x10",
    "1_000",  # int() reads it
    "+5",
    " 12 ",
    "\u0661\u0669\u0669\u0664",  # Arabic-Indic digits: int() reads them, a pattern of [0-9] does not
    "\u00b2",  # superscript two: str.isdigit() says yes, int() says no
    "\u00bd",
    "12:30",
    "12:30 PM",
    "25:99",
    "1230",
    "99:99:99",
    "5/4/1994",
    '"',
    '""',
)
SPECIAL_TOKENS = (
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "0.0",
    "1E308",
    "123456789012345678901234567890",
    "-9223372036854775809",
    "18446744073709551616",
    "2.5",
    "1994.0",
)
"""Numbers as JSON text: those JSON does not allow, and those no machine type holds."""
KEY_NAMES = (
    # ours
    "format",
    "format_version",
    "title",
    "view",
    "categories",
    "people",
    "sources",
    "quotes",
    "events",
    "periods",
    "id",
    "label",
    "colour",
    "date",
    "start",
    "end",
    "on",
    "alternatives",
    "approximate",
    "category",
    "citations",
    "source",
    "confidence",
    "level",
    "status",
    "framing",
    "related",
    "speaker",
    "text",
    # TimelineJS's
    "eras",
    "scale",
    "start_date",
    "end_date",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "headline",
    "media",
    "url",
    "caption",
    "credit",
    "link",
    "group",
    "unique_id",
    "background",
    "autolink",
    "x_timeline_viewer",
)
_CHARACTER_RANGES = (
    (0x20, 0x7E),
    (0x00, 0x1F),
    (0xA0, 0x24F),
    (0x590, 0x6FF),
    (0x2000, 0x206F),
    (0xD800, 0xDFFF),
    (0xFFF0, 0xFFFF),
    (0x1F300, 0x1F64F),
    (0x10FFF0, 0x10FFFF),
)


class RandomJson:
    """Random JSON data from a seed: Hypothesis draws the seed, and this builds the value.

    Building each value from Hypothesis's own choices costs about a hundred draws (6 ms); the
    fuzz tests would then spend most of their time making data rather than reading it.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def text(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return rng.choice(AWKWARD_TEXTS)
        if roll < 0.4:
            # Huge: a repeated character, up to 1.2 MB of UTF-8.
            return rng.choice(["x", "é", "\U0001f600", " ", "\\", '"', "<", ",", "9", "-"]) * rng.randint(1, 300_000)
        low, high = _CHARACTER_RANGES[0] if rng.random() < 0.6 else rng.choice(_CHARACTER_RANGES)
        return "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(0, 24)))

    def number(self) -> Any:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return rng.randint(-3_000, 3_000)
        if roll < 0.5:
            return rng.randint(-(2**70), 2**70)
        if roll < 0.7:
            return struct.unpack("<d", rng.randbytes(8))[0]  # any double: NaN, infinities, subnormals
        if roll < 0.9:
            return RawToken(rng.choice(SPECIAL_TOKENS))
        digits = "9" * rng.randint(19, 6_000)  # past Python's 4,300-digit limit for int()
        return RawToken(rng.choice([digits, "-" + digits, "0." + digits]))

    def key(self) -> str:
        return self.rng.choice(KEY_NAMES) if self.rng.random() < 0.8 else self.text()[:30]

    def value(self, depth: int = 0) -> Any:
        rng = self.rng
        roll = rng.random()
        if depth < 4 and roll < 0.15:
            return [self.value(depth + 1) for _ in range(rng.randint(0, 4))]
        if depth < 4 and roll < 0.35:
            return {self.key(): self.value(depth + 1) for _ in range(rng.randint(0, 5))}
        if roll < 0.45:
            return rng.choice([None, True, False])
        if roll < 0.7:
            return self.number()
        return self.text()

    def document(self) -> Any:
        """A whole document: any value, or an object with the top-level keys of either JSON format."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.2:
            return self.value()
        if roll < 0.6:
            events = [{self.key(): self.value(2) for _ in range(rng.randint(0, 6))} for _ in range(rng.randint(0, 4))]
            document: dict[str, Any] = {"events": events}
            for key in ("title", "eras", "scale"):
                if rng.random() < 0.4:
                    document[key] = self.value(1)
            return document
        document = {"format": "timeline-viewer", "format_version": rng.choice([1, 2, 3, "1", None])}
        for key in ("title", "view", "categories", "people", "sources", "quotes", "events", "periods"):
            if rng.random() < 0.5:
                document[key] = self.value(1)
        return document


SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
JSON_VALUES = SEEDS.map(lambda seed: RandomJson(seed).value())
TEXTS = SEEDS.map(lambda seed: RandomJson(seed).text())
NUMBER_TEXTS = SEEDS.map(lambda seed: RandomJson(seed).number()).map(
    lambda number: number.text if isinstance(number, RawToken) else repr(number)
)


@dataclass
class JsonText:
    """Turns mutated JSON data into text: :class:`RawToken` values written as they are, and keys given twice."""

    raw_tokens: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    def duplicate_key(self, key: str) -> str:
        """A placeholder key, written as ``key`` again: Python's dicts cannot hold a key twice, JSON text can."""
        self.duplicates.append(key)
        return f"\0dup{len(self.duplicates) - 1}\0"

    def dumps(self, data: Any, *, indent: int | None, ascii_only: bool) -> bytes:
        def default(value: Any) -> Any:
            if isinstance(value, RawToken):
                self.raw_tokens.append(value.text)
                return f"\0raw{len(self.raw_tokens) - 1}\0"
            raise TypeError(type(value).__name__)

        text = json.dumps(data, indent=indent, ensure_ascii=ascii_only, allow_nan=True, default=default)
        for i, key in enumerate(self.duplicates):
            text = text.replace(json.dumps(f"\0dup{i}\0"), json.dumps(key, ensure_ascii=ascii_only), 1)
        for i, token in enumerate(self.raw_tokens):
            text = text.replace(json.dumps(f"\0raw{i}\0"), token, 1)
        # Lone surrogates in random text become bytes that are not UTF-8: one more kind of bad file.
        return text.encode("utf-8", errors="surrogatepass")


# --------------------------------------------------------------------------------------
# Mutations of JSON data
# --------------------------------------------------------------------------------------

JSON_OPERATIONS = (
    "delete",
    "retype",
    "borrow",
    "duplicate",
    "duplicate-key",
    "rename",
    "empty",
    "special",
    "nest",
    "huge-text",
)
"""What is done to a value. "borrow" puts there a value from elsewhere in the same document: an id where
another id was (a duplicate, a reference to the wrong kind of thing), a date where a title was."""
LARGE_FIXTURE = 20_000
"""Bytes above which a fixture is written without indentation: json.dumps indents in Python, not C (10 ms)."""


@st.composite
def mutated_json(draw: st.DrawFn, fixtures: tuple[bytes, ...]) -> bytes:
    """A fixture's JSON data with one to four values deleted, retyped, duplicated, renamed or nested."""
    fixture = draw(st.sampled_from(fixtures))
    writer = JsonText()
    root: dict[str, Any] = {"": parsed_json(fixture)}
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(JSON_OPERATIONS))
        borrowed: Any = None
        if operation == "borrow":  # found before the place it goes: each walk copies the containers it crosses
            source, source_key = draw_place(draw, root)
            borrowed = source[source_key]
        parent, key = draw_place(draw, root)
        mutate_json(draw, writer, parent, key, operation, borrowed)
    indent = None if len(fixture) > LARGE_FIXTURE else draw(st.sampled_from([None, 2]))
    return writer.dumps(root[""], indent=indent, ascii_only=draw(st.booleans()))


def draw_place(draw: st.DrawFn, root: dict[str, Any]) -> tuple[Any, Any]:
    """A random value of the document, as its container and its key or index: a walk down from the top.

    Each container on the way is copied (shallowly) into its parent before it is entered: the
    parsed fixture is shared by every example and must never change, and copying only the path
    is what makes mutating the bundled timeline cheap.
    """
    parent: Any = root
    key: Any = ""
    while True:
        value = parent[key]
        if isinstance(value, dict):
            children: Any = list(value)
            value = parent[key] = dict(value)
        elif isinstance(value, list):
            children = range(len(value))
            value = parent[key] = list(value)
        else:
            children = ()
        # Never the whole document (unless it has no parts): random JSON covers documents of every type.
        if not children or (parent is not root and draw(st.integers(0, 3)) == 0):
            return parent, key
        parent, key = value, children[draw(st.integers(0, len(children) - 1))]


def mutate_json(draw: st.DrawFn, writer: JsonText, parent: Any, key: Any, operation: str, borrowed: Any) -> None:
    top = parent is not None and isinstance(parent, dict) and key == "" and len(parent) == 1
    if operation == "delete" and not top:
        del parent[key]
    elif operation == "retype" or (operation == "delete" and top):
        parent[key] = draw(JSON_VALUES)
    elif operation == "borrow":
        parent[key] = borrowed
    elif operation == "duplicate" and isinstance(parent, list):
        parent.insert(key, parent[key])  # the same object twice: written twice, never changed in place
    elif operation in ("duplicate", "duplicate-key") and isinstance(parent, dict) and not top:
        parent[writer.duplicate_key(key)] = parent[key] if draw(st.booleans()) else draw(JSON_VALUES)
    elif operation == "rename" and isinstance(parent, dict) and not top:
        parent[draw(st.sampled_from(KEY_NAMES))] = parent.pop(key)
    elif operation == "empty":
        value = parent[key]
        parent[key] = type(value)() if isinstance(value, (dict, list, str)) else None
    elif operation == "special":
        parent[key] = RawToken(draw(st.sampled_from(SPECIAL_TOKENS)))
    elif operation == "nest":
        depth = draw(st.one_of(st.integers(1, 40), st.integers(1, 100_000)))
        inner = JsonText().dumps(parent[key], indent=None, ascii_only=True).decode("utf-8")
        opening, closing = ("[", "]") if draw(st.booleans()) else ('{"a":', "}")
        parent[key] = RawToken(opening * depth + inner + closing * depth)
    else:
        parent[key] = draw(TEXTS)


# --------------------------------------------------------------------------------------
# Mutations of bytes: truncation, splices, encodings
# --------------------------------------------------------------------------------------

BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
BAD_UTF8 = (b"\xff", b"\xfe", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\x80", b"\xf4\x90\x80\x80")
SPLICES = st.one_of(
    st.binary(min_size=1, max_size=8),
    st.sampled_from(BAD_UTF8),
    st.sampled_from(BOMS),
    st.sampled_from(
        [
            b"\0",
            b"NaN",
            b"-Infinity",
            b"1e999",
            b'"',
            b",",
            b"\r",
            b"\r\n",
            b"{",
            b"}",
            b"[",
            b"]",
            b"<",
            b">",
            b"&",
            b"&bogus;",
            b"&#0;",
            b"]]>",
            b"<!--",
            b"<![CDATA[",
            b'<!DOCTYPE t [<!ENTITY a "b">]>',
            b'<!DOCTYPE t SYSTEM "file:///etc/passwd">',
            b"<x>",
            b"</x>",
            b"\\u",
            b"\\ud800",
        ]
    ),
    st.integers(1, 3_000).map(lambda depth: b"[" * depth),
    st.integers(1, 3_000).map(lambda depth: b"<a>" * depth),
    st.integers(19, 6_000).map(lambda digits: b"9" * digits),
)
BYTE_OPERATIONS = ("truncate", "cut", "insert", "replace", "bom", "reencode", "repeat")


@st.composite
def mutated_bytes(draw: st.DrawFn, raw: bytes, *, at_least: int = 0) -> bytes:
    """``raw`` truncated, cut, spliced or re-encoded, ``at_least`` times and up to three."""
    for _ in range(draw(st.integers(at_least, 3))):
        operation = draw(st.sampled_from(BYTE_OPERATIONS))
        at = draw(st.integers(0, len(raw)))
        if operation == "truncate":
            raw = raw[:at]
        elif operation == "cut":
            raw = raw[:at] + raw[at + draw(st.integers(1, 64)) :]
        elif operation == "insert":
            raw = raw[:at] + draw(SPLICES) + raw[at:]
        elif operation == "replace":
            raw = raw[:at] + draw(SPLICES) + raw[at + 1 :]
        elif operation == "bom":
            raw = draw(st.sampled_from(BOMS)) + raw
        elif operation == "reencode":
            encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]))
            raw = raw.decode("utf-8", errors="replace").encode(encoding, errors="replace")
        else:
            end = min(len(raw), at + draw(st.integers(1, 4_096)))
            raw = raw[:end] + raw[at:end] * draw(st.integers(1, 3)) + raw[end:]
    return raw


def maybe_bytes_mutated(strategy: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """A document as ``strategy`` makes it, a third of the time with its bytes mutated as well."""
    return strategy.flatmap(
        lambda raw: st.sampled_from([False, False, True]).flatmap(
            lambda mutate: mutated_bytes(raw, at_least=1) if mutate else st.just(raw)
        )
    )


def loader_and_name(file_format: FileFormat) -> st.SearchStrategy[tuple[Loader, str]]:
    """The format's own reader, or the one that picks a reader by content, under any name."""
    return st.sampled_from(["own", "own", "by content"]).flatmap(
        lambda reader: (
            st.just((LOADERS[file_format], NAMES[file_format]))
            if reader == "own"
            else st.sampled_from(SUFFIXES).map(lambda suffix: (read_timeline, "fuzzed" + suffix))
        )
    )


# --------------------------------------------------------------------------------------
# Random documents, and our own files mutated
# --------------------------------------------------------------------------------------

ANY_READER = st.sampled_from([parse_timeline, read_timelinejs_json, read_timeline, read_timeline, *LOADERS.values()])
"""Mostly the readers of JSON; the others, too, must refuse it cleanly."""


@given(
    seed=SEEDS,
    indent=st.sampled_from([None, 1]),
    ascii_only=st.booleans(),
    reader=ANY_READER,
    suffix=st.sampled_from(SUFFIXES),
)
@fuzz_settings("test_random_json_is_loaded_or_refused_with_located_problems")
def test_random_json_is_loaded_or_refused_with_located_problems(
    seed: int, indent: int | None, ascii_only: bool, reader: Loader, suffix: str
) -> None:
    raw = JsonText().dumps(RandomJson(seed).document(), indent=indent, ascii_only=ascii_only)
    assert_loaded_or_located(
        reader, raw, "random" + suffix, "test_random_json_is_loaded_or_refused_with_located_problems"
    )


@given(
    raw=st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(lambda text: text.encode("utf-8", errors="surrogatepass")),
        st.sampled_from([*OURS, *TIMELINEJS_JSON, *TIMELINEJS_CSV, *TIMELINE_XML]).flatmap(mutated_bytes),
    ),
    reader=ANY_READER,
    suffix=st.sampled_from(SUFFIXES),
)
@fuzz_settings("test_random_bytes_are_loaded_or_refused_with_located_problems")
def test_random_bytes_are_loaded_or_refused_with_located_problems(raw: bytes, reader: Loader, suffix: str) -> None:
    assert_loaded_or_located(
        reader, raw, "bytes" + suffix, "test_random_bytes_are_loaded_or_refused_with_located_problems"
    )


@given(raw=maybe_bytes_mutated(mutated_json(OURS_MOSTLY_SMALL)), reader=loader_and_name(FileFormat.TIMELINE_VIEWER))
@fuzz_settings("test_mutated_timeline_viewer_files_are_loaded_or_refused_with_located_problems")
def test_mutated_timeline_viewer_files_are_loaded_or_refused_with_located_problems(
    raw: bytes, reader: tuple[Loader, str]
) -> None:
    load, name = reader
    assert_loaded_or_located(
        load, raw, name, "test_mutated_timeline_viewer_files_are_loaded_or_refused_with_located_problems"
    )


@given(raw=maybe_bytes_mutated(mutated_json(TIMELINEJS_JSON)), reader=loader_and_name(FileFormat.TIMELINEJS_JSON))
@fuzz_settings("test_mutated_timelinejs_json_files_are_loaded_or_refused_with_located_problems")
def test_mutated_timelinejs_json_files_are_loaded_or_refused_with_located_problems(
    raw: bytes, reader: tuple[Loader, str]
) -> None:
    load, name = reader
    assert_loaded_or_located(
        load, raw, name, "test_mutated_timelinejs_json_files_are_loaded_or_refused_with_located_problems"
    )


# --------------------------------------------------------------------------------------
# TimelineJS spreadsheets: cells, rows and columns taken out, repeated and rewritten
# --------------------------------------------------------------------------------------

HEADER_NAMES = st.sampled_from(
    [
        "Year",
        "year",
        " Year ",
        "End  Year",
        "Month",
        "Day",
        "Time",
        "End Year",
        "End Month",
        "End Day",
        "End Time",
        "Display Date",
        "Headline",
        "headline",
        "Text",
        "Media",
        "Media Credit",
        "Media Caption",
        "Media Thumbnail",
        "Alt Text",
        "Type",
        "Group",
        "Tag",
        "Background",
        "Start Date",
        "End Date",
        "",
    ]
)
HUGE_WHOLE_NUMBERS = st.sampled_from(["9" * 4_301, "-" + "9" * 5_000, "1" * 20_000])
"""More digits than int() converts (4,300): a date part or a progress of these crashed two readers."""
CELL_TEXTS = st.one_of(TEXTS, NUMBER_TEXTS, st.integers(-(10**20), 10**20).map(str), HUGE_WHOLE_NUMBERS)
"""What a cell may hold: the awkward texts (dates, times, digits of other scripts, colours, links) and numbers."""


DATE_COLUMNS = frozenset({"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time"})


def csv_rows(raw: bytes) -> list[list[str]]:
    return [list(row) for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""))]


CSV_OPERATIONS = (
    "delete-cell",
    "delete-row",
    "duplicate-row",
    "delete-column",
    "duplicate-column",
    "rewrite-cell",
    "rename-column",
    "swap-columns",
    "blank-rows",
)


@st.composite
def mutated_spreadsheet(draw: st.DrawFn) -> bytes:
    """A TimelineJS sheet with one to four cells, rows or columns taken out, repeated or rewritten."""
    rows = csv_rows(draw(st.sampled_from(TIMELINEJS_CSV)))
    for _ in range(draw(st.integers(1, 4))):
        if not rows:
            rows = [[]]
        operation = draw(st.sampled_from(CSV_OPERATIONS))
        # The names' row changes only when a column is renamed, taken out or repeated: a sheet without
        # Year or Headline is refused before any row is read.
        r = draw(st.integers(min(1, len(rows) - 1), len(rows) - 1))
        row = rows[r]
        c = draw(st.integers(0, max(len(row) - 1, 0)))
        if operation == "delete-cell" and row:
            del row[c]
        elif operation == "delete-row":
            del rows[r]
        elif operation == "duplicate-row":
            rows.insert(r, list(row))
        elif operation == "delete-column":
            for each in rows:
                del each[c : c + 1]
        elif operation == "duplicate-column":
            for each in rows:
                each[c:c] = each[c : c + 1]
        elif operation == "rename-column" and rows[0]:
            rows[0][min(c, len(rows[0]) - 1)] = draw(st.one_of(HEADER_NAMES, TEXTS))
        elif operation == "swap-columns":
            d = draw(st.integers(0, max(len(row) - 1, 0)))
            for each in rows:
                if max(c, d) < len(each):
                    each[c], each[d] = each[d], each[c]
        elif operation == "blank-rows":
            rows[r:r] = [[""] * len(row)] * draw(st.integers(1, 3))
        elif row:
            # Half the time a cell of a date or a time: the cells the reader turns into numbers.
            dates = [i for i, name in enumerate(rows[0]) if i < len(row) and name.strip() in DATE_COLUMNS]
            if draw(st.booleans()) and dates:
                c = draw(st.sampled_from(dates))
            row[c] = draw(CELL_TEXTS)
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=draw(st.sampled_from([*"," * 8, ";", "\t"])),
        lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
    )
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", errors="surrogatepass")


@given(raw=maybe_bytes_mutated(mutated_spreadsheet()), reader=loader_and_name(FileFormat.TIMELINEJS_CSV))
@fuzz_settings("test_mutated_timelinejs_spreadsheets_are_loaded_or_refused_with_located_problems")
def test_mutated_timelinejs_spreadsheets_are_loaded_or_refused_with_located_problems(
    raw: bytes, reader: tuple[Loader, str]
) -> None:
    load, name = reader
    assert_loaded_or_located(
        load, raw, name, "test_mutated_timelinejs_spreadsheets_are_loaded_or_refused_with_located_problems"
    )


# --------------------------------------------------------------------------------------
# Timeline's XML: elements taken out, repeated, renamed, nested and rewritten
# --------------------------------------------------------------------------------------

XML_TAGS = st.one_of(
    st.sampled_from(
        [
            "timeline",
            "version",
            "timetype",
            "eras",
            "era",
            "categories",
            "category",
            "events",
            "event",
            "start",
            "end",
            "text",
            "fuzzy",
            "fuzzy_start",
            "fuzzy_end",
            "locked",
            "ends_today",
            "description",
            "hyperlink",
            "milestone",
            "view",
            "displayed_period",
            "hidden_categories",
            "name",
            "color",
            "parent",
            "progress",
            "labels",
            "alert",
            "icon",
            "default_color",
            "now",
        ]
    ),
    # ElementTree takes "{…}" in a name for a namespace, and cannot write one that is not closed.
    TEXTS.map(lambda name: name.replace("{", "").replace("}", "")),
)
XML_TEXTS = st.one_of(
    CELL_TEXTS,
    st.sampled_from(
        [
            "1994-05-04 00:00:00",
            "1994-5-4 9:5:3",
            "-43-03-15 00:00:00",
            "0-01-01 00:00:00",
            "99999999999-01-01 00:00:00",
            "9999999999999-12-31 23:59:59",
            "1994-02-30 00:00:00",
            "1994-13-01 00:00:00",
            "1994-05-04 25:61:61",
            "1994-05-04T12:00",
            "True",
            "False",
            "gregoriantime",
            "numtime",
            "coptic",
            "(1)Inside",
            "[1]Container",
            "[]",
            "()",
            "(",
            "[",
            "255,0,0",
            "300,0,0",
            "1,2",
        ]
    ),
)
XML_OPERATIONS = ("delete", "duplicate", "text", "attribute", "rename", "nest", "reverse", "empty")


def xml_roots() -> tuple[bytes, ...]:
    """The Timeline fixtures that are XML (not the old text format, which has its own refusal)."""
    readable = []
    for raw in TIMELINE_XML:
        try:
            ET.fromstring(raw)
        except ET.ParseError:
            continue
        readable.append(raw)
    return tuple(readable)


XML_FIXTURES = xml_roots()


@st.composite
def mutated_timeline_xml(draw: st.DrawFn) -> bytes:
    """A Timeline file with one to four elements taken out, repeated, renamed, nested or rewritten."""
    root = ET.fromstring(draw(st.sampled_from(XML_FIXTURES)))
    nests: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        element = root
        while len(element) and draw(st.integers(0, 3)):
            element = element[draw(st.integers(0, len(element) - 1))]
        operation = draw(st.sampled_from(XML_OPERATIONS))
        if operation in ("delete", "duplicate") and len(element):
            i = draw(st.integers(0, len(element) - 1))
            if operation == "delete":
                del element[i]
            else:
                element.insert(i, copy.deepcopy(element[i]))
        elif operation == "text":
            element.text = draw(XML_TEXTS)
        elif operation == "attribute":
            element.set(draw(XML_TAGS), draw(XML_TEXTS))
        elif operation == "rename":
            element.tag = draw(XML_TAGS)
        elif operation == "nest":
            # Written in as text below: ElementTree writes nested elements by recursion, and would overflow.
            depth = draw(st.one_of(st.integers(1, 40), st.integers(1, 5_000)))
            tag = draw(st.sampled_from(["events", "event", "x"]))
            ET.SubElement(element, f"nest{len(nests)}")
            nests.append(f"<{tag}>" * depth + f"</{tag}>" * depth)
        elif operation == "reverse":
            element[:] = list(reversed(element))
        else:
            element.text = ""
            element[:] = []
    text = ET.tostring(root, encoding="unicode")
    for i, nest in enumerate(nests):
        text = text.replace(f"<nest{i} />", nest, 1)
    declaration = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>\n', "", '<?xml version="1.0"?>']))
    return (declaration + text).encode("utf-8", errors="surrogatepass")


@given(raw=maybe_bytes_mutated(mutated_timeline_xml()), reader=loader_and_name(FileFormat.TIMELINE_XML))
@fuzz_settings("test_mutated_timeline_xml_files_are_loaded_or_refused_with_located_problems")
def test_mutated_timeline_xml_files_are_loaded_or_refused_with_located_problems(
    raw: bytes, reader: tuple[Loader, str]
) -> None:
    load, name = reader
    assert_loaded_or_located(
        load, raw, name, "test_mutated_timeline_xml_files_are_loaded_or_refused_with_located_problems"
    )


# --------------------------------------------------------------------------------------
# The size limit, for every format, whether the file is read from disk or handed over as bytes
# --------------------------------------------------------------------------------------

EVERY_FORMAT_FIXTURE = st.sampled_from(
    [
        (FileFormat.TIMELINE_VIEWER, OURS[1]),
        (FileFormat.TIMELINE_VIEWER, OURS[3]),
        (FileFormat.TIMELINEJS_JSON, TIMELINEJS_JSON[0]),
        (FileFormat.TIMELINEJS_CSV, TIMELINEJS_CSV[-1]),
        (FileFormat.TIMELINE_XML, XML_FIXTURES[0]),
    ]
)
"""A valid file of every format (the bundled timeline among them)."""


@pytest.fixture(scope="module")
def size_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("size-limit")


@given(
    fixture=EVERY_FORMAT_FIXTURE,
    excess=st.one_of(st.integers(-2, 2), st.integers(-64, 64)),
    padding=st.sampled_from([b" ", b"\n", b"\r\n", b"\t"]),
    how=st.sampled_from(["from disk", "by content", "by its own reader"]),
)
@fuzz_settings("test_the_size_limit_refuses_every_format_alike")
def test_the_size_limit_refuses_every_format_alike(
    size_folder: Path, fixture: tuple[FileFormat, bytes], excess: int, padding: bytes, how: str
) -> None:
    """A valid file grown one byte past the limit is refused, at its top, in every format; at the limit it loads.

    The limit is lowered to just above the file's size, so that the files are small to write.
    """
    file_format, raw = fixture
    limit = len(raw) + 64
    # Every format allows white space at the end: the file stays valid, only longer.
    grown = (raw + padding * (limit + excess))[: limit + excess]
    name = NAMES[file_format]
    counted_as = "test_the_size_limit_refuses_every_format_alike"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loading, "MAX_FILE_BYTES", limit)
        if how == "from disk":
            path = size_folder / name
            path.write_bytes(grown)
            name = str(path)
            outcome = assert_loaded_or_located(lambda _raw, _name: load_timeline(path), grown, name, counted_as)
        else:
            reader = read_timeline if how == "by content" else LOADERS[file_format]
            outcome = assert_loaded_or_located(reader, grown, name, counted_as)
    if len(grown) <= limit:
        assert isinstance(outcome, LoadedTimeline), f"a valid {file_format.label} file within the limit: {outcome}"
        return
    assert isinstance(outcome, TimelineLoadError), f"a {file_format.label} file over the limit was loaded"
    (problem,) = outcome.problems
    assert (problem.line, problem.column, problem.path) == (1, 1, "")
    assert "the largest timeline this app opens is" in problem.message


# --------------------------------------------------------------------------------------
# Truncated at every byte (not sampled: every one), and the count of examples
# --------------------------------------------------------------------------------------

TRUNCATED = [
    (FileFormat.TIMELINE_VIEWER, DATA / "minimal.timeline.json"),
    (FileFormat.TIMELINEJS_JSON, FORMATS_DATA / "timelinejs" / "ours-extra-keys.json"),
    (FileFormat.TIMELINEJS_CSV, FORMATS_DATA / "timelinejs" / "ours-spreadsheet-loose.csv"),
    (FileFormat.TIMELINE_XML, FORMATS_DATA / "timeline" / "timeline-1.0.0-example.timeline"),
]


@pytest.mark.parametrize(("file_format", "path"), TRUNCATED, ids=[f.value for f, _ in TRUNCATED])
def test_a_file_cut_short_at_any_byte_is_loaded_or_refused_with_located_problems(
    file_format: FileFormat, path: Path
) -> None:
    raw = path.read_bytes()
    refused = 0
    for end in range(len(raw) + 1):
        for load in (LOADERS[file_format], read_timeline):
            outcome = assert_loaded_or_located(load, raw[:end], NAMES[file_format], "truncated at every byte")
            refused += isinstance(outcome, TimelineLoadError)
    assert refused, "no cut was refused: the test did not reach the reader"


def test_the_fuzz_tests_ran_at_least_ten_thousand_examples(request: pytest.FixtureRequest) -> None:
    """Runs last (pytest keeps the file's order): sums what the fuzz tests above ran in this session."""
    ran_here = {item.name for item in request.session.items if item.module is request.module}  # type: ignore[attr-defined]
    fuzz_tests = ran_here & BUDGET.keys()
    run = sum(EXAMPLES_RUN[name] for name in fuzz_tests)
    message = f"{run:,} fuzz examples in {len(fuzz_tests)} tests"
    if "truncated at every byte" in EXAMPLES_RUN:
        message += f", plus {EXAMPLES_RUN['truncated at every byte']:,} loads of files cut at every byte"
    print(f"\n{message}")
    request.node.user_properties.append(("fuzz_examples", run))
    for name in fuzz_tests:
        # Hypothesis may skip a few duplicates; far fewer means it stopped early (a filter, an exhausted strategy).
        assert EXAMPLES_RUN[name] >= BUDGET[name] * 0.95, f"{name} ran only {EXAMPLES_RUN[name]} examples"
    if fuzz_tests == BUDGET.keys():
        assert run >= REQUIRED_EXAMPLES, message


# --------------------------------------------------------------------------------------
# What the fuzzing found, each as its smallest example
# --------------------------------------------------------------------------------------

QUICKLY = 2.0
"""Seconds; each of these took from 5 s to most of an hour before its fix, and takes milliseconds after."""


def refusal_of(load: Loader, raw: bytes, name: str) -> TimelineLoadError:
    started = time.perf_counter()
    with pytest.raises(TimelineLoadError) as refused:
        load(raw, name)
    assert time.perf_counter() - started < QUICKLY
    return refused.value


def test_a_long_run_of_backslashes_is_read_quickly() -> None:
    # The search for half a character written as \uD800 retried every backslash of a run: 11 s at 40,000.
    # It runs when the careful path does: for a file with a mistake (here an impossible date).
    text = MINIMAL_TEXT.replace('"title": "First"', '"title": "' + "\\\\" * 50_000 + '"')
    refusal = refusal_of(parse_timeline, text.replace('"1994-05-04"', '"1994-02-30"').encode(), "slashes.timeline.json")
    (problem,) = refusal.errors
    assert (problem.line, problem.column, problem.path) == (23, 15, "events[0].date")
    # TimelineJS's reader always runs it (and refuses a file of ours as having no events).
    assert "no events found" in refusal_of(read_timelinejs_json, text.encode(), "slashes.json").errors[0].message


def test_a_backslash_run_before_half_a_character_is_still_told_apart() -> None:
    # An odd run ends in the escape (\\\\ then \ud800: half a character); an even run escapes only itself.
    half = MINIMAL_TEXT.replace('"title": "First"', '"title": "A \\\\\\\\\\ud800 alone"')
    (problem,) = refusal_of(parse_timeline, half.encode(), "half.timeline.json").errors
    assert (problem.line, problem.column) == (21, 23)  # the backslash of the escape, after two escaped ones
    assert "half of a character" in problem.message
    escaped = MINIMAL_TEXT.replace('"title": "First"', '"title": "A \\\\\\\\ud800 alone"')
    assert parse_timeline(escaped.encode(), "escaped.timeline.json").timeline.events[0].title == "A \\\\ud800 alone"


def test_a_document_that_is_one_long_string_is_refused_quickly() -> None:
    # The nesting check retried from every character after the last bracket: 12 s for this 26 kB file.
    raw = json.dumps('"' * 13_351).encode()
    refusal = refusal_of(read_timelinejs_json, raw, "quotes.json")
    assert "expected a JSON object {…} at the top level, found the text" in refusal.errors[0].message


def test_brackets_inside_a_string_that_is_never_closed_are_not_counted_as_nesting() -> None:
    refusal = refusal_of(parse_timeline, b'{"a": "x"} "' + b"[" * 40, "unclosed.timeline.json")
    (problem,) = refusal.errors
    assert (problem.line, problem.column) == (1, 12)
    assert problem.message == "not valid JSON: unexpected content after the end of the JSON document"


def test_many_long_numbers_before_one_too_long_are_read_quickly() -> None:
    # Looking for the number with too many digits counted every run of digits again from each digit: 6 s here.
    numbers = ",".join(["9" * 3_999] * 800 + ["9" * 4_400])
    text = MINIMAL_TEXT.replace('"title": "First"', f'"title": "First", "x": [{numbers}]')
    (problem,) = refusal_of(parse_timeline, text.encode(), "numbers.timeline.json").errors
    assert problem.message == "not valid JSON: a number has more digits than this app reads"
    assert (problem.line, problem.column) == (21, 31 + 800 * 4_000)  # the first digit of the last number


def test_nesting_deeper_than_msgspec_follows_is_refused_as_too_deep() -> None:
    # Telling the formats apart let msgspec's RecursionError escape.
    refusal = refusal_of(read_timeline, b'{"events": ' + b"[" * 100_000, "deep.json")
    (problem,) = refusal.errors
    assert (problem.line, problem.column) == (1, 43)
    assert problem.message == "the JSON is nested more than 32 levels deep"


@pytest.mark.parametrize(
    ("raw", "name", "place", "message"),
    [
        # int() refuses text of more than 4,300 digits with a ValueError, which crashed the readers.
        (b"Year,Headline\r\n" + b"9" * 5_000 + b",A\r\n", "year.csv", (2, 1), "the year is a number too large"),
        (b"Year,Month,Headline\r\n1994," + b"1" * 5_000 + b",A\r\n", "month.csv", (2, 6), "the month is a number too"),
        (
            b'{"events": [{"start_date": {"year": "' + b"9" * 5_000 + b'"}, "text": {"headline": "A"}}]}',
            "year.json",
            (1, 37),
            "the year is a number too large to be a date",
        ),
        # Not a crash, but Python's words ("Exceeds the limit (4300 digits) for integer string conversion").
        (
            b"Year,Time,Headline\r\n1994," + b"1" * 5_000 + b",A\r\n",
            "time.csv",
            (2, 6),
            "the hour is too large a number",
        ),
    ],
    ids=["csv-year", "csv-month", "timelinejs-year", "csv-time"],
)
def test_a_date_part_of_thousands_of_digits_is_refused_where_it_is(
    raw: bytes, name: str, place: tuple[int, int], message: str
) -> None:
    (problem,) = refusal_of(read_timeline, raw, name).errors
    assert (problem.line, problem.column) == place
    assert message in problem.message


def test_a_timeline_progress_of_thousands_of_digits_is_warned_about_not_a_crash() -> None:
    raw = (FORMATS_DATA / "timeline" / "timeline-1.0.0-example.timeline").read_bytes()
    progress = b"<progress>" + b"9" * 5_000 + b"</progress>"
    loaded = read_timeline(raw.replace(b"<fuzzy>False</fuzzy>", progress + b"<fuzzy>False</fuzzy>"), "x.timeline")
    (warning,) = [w for w in loaded.warnings if "progress" in w.message]
    assert warning.message.endswith("' is not a progress from 0 to 100; it is ignored")
    assert (warning.line, warning.column) == (16, 7)


@pytest.mark.parametrize("file_format", list(LOADERS), ids=[f.value for f in LOADERS])
def test_bytes_over_the_size_limit_are_refused_in_every_format(
    file_format: FileFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only files of our own format were refused when the bytes came from elsewhere than read_file_bytes.
    raw = {
        FileFormat.TIMELINE_VIEWER: OURS[0],
        FileFormat.TIMELINEJS_JSON: TIMELINEJS_JSON[0],
        FileFormat.TIMELINEJS_CSV: TIMELINEJS_CSV[-1],
        FileFormat.TIMELINE_XML: XML_FIXTURES[0],
    }[file_format]
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", len(raw) - 1)
    for load in (LOADERS[file_format], read_timeline):
        (problem,) = refusal_of(load, raw, NAMES[file_format]).problems
        assert (problem.line, problem.column) == (1, 1)
        assert "the largest timeline this app opens is" in problem.message


def _nested_deep(file_format: FileFormat) -> bytes:
    """A valid file of the format with a value 40 levels deep where the format ignores or refuses what is there."""
    if file_format is FileFormat.TIMELINE_XML:
        raw = (FORMATS_DATA / "timeline" / "timeline-1.0.0-example.timeline").read_bytes()
        return raw.replace(b"<fuzzy>", b"<x>" * 40 + b"</x>" * 40 + b"<fuzzy>", 1)
    if file_format is FileFormat.TIMELINEJS_JSON:
        data = json.loads((FORMATS_DATA / "timelinejs" / "ours-minimal.json").read_bytes())
        data["x_timeline_viewer"] = json.loads("[" * 40 + "]" * 40)  # a key TimelineJS (and this reader) ignores
        return json.dumps(data).encode()
    return MINIMAL_TEXT.replace('"title": "First"', '"title": ' + "[" * 40 + "]" * 40).encode()


@pytest.mark.parametrize(
    "file_format",
    [FileFormat.TIMELINE_VIEWER, FileFormat.TIMELINEJS_JSON, FileFormat.TIMELINE_XML],
    ids=["timeline-viewer", "timelinejs-json", "timeline-xml"],
)
def test_nesting_past_the_limit_is_refused_in_every_format_that_nests(file_format: FileFormat) -> None:
    # A spreadsheet has no nesting: its rows and cells are flat.
    for load in (LOADERS[file_format], read_timeline):
        errors = refusal_of(load, _nested_deep(file_format), NAMES[file_format]).errors
        assert [e.message for e in errors] == [
            f"the {'XML' if file_format is FileFormat.TIMELINE_XML else 'JSON'} is nested more than "
            f"{loading.MAX_NESTING} levels deep"
        ]
