"""Load a timeline file: a validated :class:`Timeline`, or one error listing every problem.

Two paths. The fast path decodes the events straight into their records, which is what
makes a million events load in seconds. Only when that finds an error does the
careful path run: it decodes the text itself, parses it with
the standard library, checks the shape of the document, validates each item on its
own so one bad event does not hide the others, and finds the line and column of
every problem.

The fast path never words a problem; every message comes from the careful path. So the
fast path may take shortcuts as long as it never accepts what the careful path refuses:
it decodes the events with msgspec straight into their records (see :func:`_validate_fast`),
about three times faster than pydantic builds the same objects.
"""

from __future__ import annotations

import codecs
import difflib
import enum
import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_type_hints

import msgspec
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from timeline_app.domain import model as format_models
from timeline_app.domain.columns import event_columns
from timeline_app.domain.dates import DateValue, PartialDate, partial_date_from_text
from timeline_app.domain.integrity import Finding, TimelineParts, check_timeline
from timeline_app.domain.locate import NEXT_BRACKET, JsonLocator, JsonPath, LineIndex, format_path
from timeline_app.domain.model import (
    DATE_SHAPE_TAGS,
    DATE_SHAPES,
    FORMAT_NAME,
    FORMAT_VERSION,
    Category,
    ContestedDate,
    Event,
    Period,
    Person,
    PointDate,
    Quote,
    Record,
    Source,
    SpanDate,
    Timeline,
    ViewRange,
    follows_text_rules,
)
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError, TimelineReadError

MAX_FILE_BYTES = 1024 * 1024 * 1024
"""Larger files are refused before reading: no real timeline is a gigabyte of JSON."""

MAX_NESTING = 32
"""The format nests at most 8 deep; anything far deeper is not a timeline (and could exhaust the stack)."""

_SECTIONS: dict[str, TypeAdapter[Any]] = {
    "categories": TypeAdapter(Category),
    "people": TypeAdapter(Person),
    "sources": TypeAdapter(Source),
    "quotes": TypeAdapter(Quote),
    "events": TypeAdapter(Event),
    "periods": TypeAdapter(Period),
}


class FileFormat(enum.Enum):
    """The kinds of file the app reads: its own, and those of the tools people already use."""

    TIMELINE_VIEWER = "timeline-viewer"
    TIMELINEJS_JSON = "timelinejs-json"
    TIMELINEJS_CSV = "timelinejs-csv"
    TIMELINE_XML = "timeline-xml"

    @property
    def label(self) -> str:
        """How the app names the format to a reader: "read as TimelineJS JSON"."""
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    FileFormat.TIMELINE_VIEWER: "Timeline Viewer JSON",
    FileFormat.TIMELINEJS_JSON: "TimelineJS JSON",
    FileFormat.TIMELINEJS_CSV: "TimelineJS CSV spreadsheet",
    FileFormat.TIMELINE_XML: "Timeline XML",
}


@dataclass(frozen=True)
class LoadedTimeline:
    timeline: Timeline
    file: str
    """The name problems are reported under (the path as given)."""
    sha256: str
    size: int
    warnings: tuple[Problem, ...] = ()
    file_format: FileFormat = FileFormat.TIMELINE_VIEWER
    """What the file was read as; anything but our own format was converted on the way in."""


READ_CHUNK_BYTES = 8 * 1024 * 1024
"""How much is read between two reports of progress: a few per second even from a slow disk."""


def read_file_bytes(path: str | Path, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The bytes of a file the app is asked to open, refused (located) when too large or unreadable.

    ``progress(bytes_read, size)`` is called after each chunk, for a window that shows how far
    reading has got; it may raise to stop reading (a cancelled open), and that passes through.
    """
    name = str(path)
    try:
        size = Path(path).stat().st_size
        refuse_if_too_large(size, name)
        if progress is None:
            return Path(path).read_bytes()
        chunks: list[bytes] = []
        done = 0
        progress(0, size)
        with Path(path).open("rb") as file:
            while chunk := file.read(READ_CHUNK_BYTES):
                chunks.append(chunk)
                done += len(chunk)
                progress(done, max(size, done))
        return b"".join(chunks)
    except IsADirectoryError:
        raise _unreadable(name, "this is a folder, not a timeline file") from None
    except FileNotFoundError:
        raise _unreadable(name, "no such file") from None
    except PermissionError:
        raise _unreadable(name, "permission denied") from None
    except OSError as exc:
        raise _unreadable(name, f"cannot read the file: {exc.strerror}") from None


def refuse_if_too_large(size: int, name: str, read_as: str | None = None) -> None:
    """Refuse a file of ``size`` bytes larger than :data:`MAX_FILE_BYTES`, located at its top, whatever its format.

    Every reader calls it on the bytes it is handed, as :func:`read_file_bytes` does before reading
    them from disk: the limit is the same for every format, however the bytes arrived.
    """
    if size > MAX_FILE_BYTES:
        raise TimelineLoadError(name, [_problem(name, 1, 1, "", _too_large(size))], read_as)


def _unreadable(name: str, message: str) -> TimelineReadError:
    return TimelineReadError(name, [Problem(name, None, None, "", message)])


EventsChecked = Callable[[int], None]
"""Told, every :data:`EVENTS_CHECKED_EVERY` events, how many events have been decoded and checked so far."""

EVENTS_CHECKED_EVERY = 4096
"""10–30 ms of decoding. The decode is one call into C: Python hands the interpreter to another
thread (the window) only where the hook that hears the count lets it go, so this is also the
longest the window waits for its turn."""


def parse_timeline(raw: bytes, name: str, events_checked: EventsChecked | None = None) -> LoadedTimeline:
    """Validate the bytes of a timeline file reported under ``name``.

    ``events_checked`` hears how far the decoding of the events has got; it may raise to stop the load.
    """
    refuse_if_too_large(len(raw), name)
    with ThreadPoolExecutor(max_workers=1) as pool, collector_paused():
        # hashlib lets go of the GIL for large buffers: the digest is free while the events decode.
        hashing = pool.submit(sha256_of, raw)
        try:
            timeline = _validate_fast(raw, events_checked)
            # The cross-reference checks allocate a tuple per reference; with the collector running,
            # its passes walk every event object again and again (4.3 s of 4.9 s at 100,000 events).
            findings = check_timeline(TimelineParts.of(timeline))
            if any(f.severity is Severity.ERROR for f in findings):
                # The careful path words every problem, including any the fast path leaves to
                # these checks (a reference that is not even a valid id: see follows_text_rules).
                raise _FastPathRefusedError
        except (ValueError, RecursionError, _FastPathRefusedError):
            loaded = _careful_load(raw, name, hashing.result())
        else:
            loaded = _with_warnings(timeline, name, hashing.result(), raw, findings)
        # Before the collector resumes: its first pass would otherwise walk every object made
        # while it was paused (2 s at a million events).
        freeze_loaded_objects()
        return loaded


class _FastPathRefusedError(Exception):
    """The fast path found an error: the careful path reports it."""


def _with_warnings(timeline: Timeline, name: str, digest: str, raw: bytes, findings: list[Finding]) -> LoadedTimeline:
    if not findings:
        return LoadedTimeline(timeline, name, digest, len(raw))
    locator = JsonLocator(decode_text(raw, name))
    problems = [_located(name, locator, f) for f in findings]
    return _result(timeline, name, digest, len(raw), problems)


def sha256_of(raw: bytes) -> str:
    """The file's fingerprint, shown in Help → About so a reader can tell which data they read."""
    return hashlib.sha256(raw).hexdigest()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's collector of reference cycles while a file is read, then leave it as it was.

    Reading makes millions of objects that live until the timeline is built, none in a cycle:
    the collector finds nothing but walks them all again each time it runs. With it running,
    bulk validation of 100,000 events takes about four times as long, and the other tools'
    readers a third longer.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_loaded_objects() -> None:
    # A loaded timeline lives until the next one is opened and holds no reference cycles, yet a
    # full collection would walk every one of its objects: at a million events that froze the
    # app for about 7 s whenever the collector ran. Moving everything alive now into the
    # permanent generation exempts it from collection (it is still freed by reference counting).
    gc.freeze()


# --------------------------------------------------------------------------------------
# The fast path: the events decoded straight into records
# --------------------------------------------------------------------------------------


def _decode_date(kind: type, value: Any) -> Any:
    """Build the dates the decoder cannot: text to :class:`PartialDate`, an object to its shape.

    Called for every date of every event, so it is kept to a few comparisons.
    """
    if type(value) is str and (kind is PartialDate or kind is DateValue):
        return partial_date_from_text(value)
    if kind is DateValue and type(value) is dict:
        # As model.date_kind picks the shape.
        if "alternatives" in value:
            shape: type[DateValue] = ContestedDate
        elif "start" in value:
            shape = SpanDate
        elif "on" in value:
            shape = PointDate
        else:
            raise ValueError("not a date shape")
        return msgspec.convert(value, shape, dec_hook=_decode_date)
    raise ValueError(f"not a date: {value!r}")


def _document_type() -> type[msgspec.Struct]:
    """The whole document as the fast decoder reads it: events as records, every other field as its JSON text.

    Fields the format does not know are refused here, as :class:`Timeline` refuses them.
    """
    others = [
        (name, msgspec.Raw | msgspec.UnsetType, msgspec.field(default=msgspec.UNSET, name=info.alias or name))
        for name, info in Timeline.model_fields.items()
        if name != "events"
    ]
    events = ("events", list[Event] | msgspec.UnsetType, msgspec.UNSET)
    return msgspec.defstruct("Document", [events, *others], forbid_unknown_fields=True)


_DOCUMENT = _document_type()
_DECODER = msgspec.json.Decoder(_DOCUMENT, dec_hook=_decode_date)


def _counting_decoder(events_checked: EventsChecked) -> msgspec.json.Decoder[Any]:
    """A decoder that tells ``events_checked`` how many events it has read, from inside the one long decode.

    Every event has exactly one date of the type :class:`DateValue` (a span's ends and a contested
    date's alternatives are :class:`PartialDate`), so the hook's calls for it count the events.
    """
    count = 0

    def decode_and_count(kind: type, value: Any) -> Any:
        nonlocal count
        if kind is DateValue:
            count += 1
            if count % EVENTS_CHECKED_EVERY == 0:
                events_checked(count)
        return _decode_date(kind, value)

    return msgspec.json.Decoder(_DOCUMENT, dec_hook=decode_and_count)


_NAME_IN_FILE = {
    field: msgspec.json.encode(name)
    for field, name in zip(_DOCUMENT.__struct_fields__, _DOCUMENT.__struct_encode_fields__, strict=True)
}


def _validate_fast(raw: bytes, events_checked: EventsChecked | None = None) -> Timeline:
    """The timeline in ``raw``, or ``ValueError`` when it may not be valid.

    The events, which are nearly all of a large file, are decoded by msgspec straight into
    their records, checking types, shapes, dates and lengths on the way, then checked against
    the text rules in bulk (:func:`~timeline_app.domain.model.follows_text_rules`). pydantic
    validates the rest of the document, with an empty events list, as a :class:`Timeline`.

    This may refuse a file pydantic would accept (pydantic reads "true" as a boolean, msgspec
    only true): the careful path then decides, just more slowly. It accepts a reference that
    is not even a valid id, which pydantic refuses; the cross-checks then refuse it as naming
    nothing, and :func:`parse_timeline` sends the file to the careful path. So what
    :func:`parse_timeline` loads this way pydantic accepts too, and reads the same, as long
    as an unknown reference is an error (tests hold the two together).
    """
    decoder = _DECODER if events_checked is None else _counting_decoder(events_checked)
    fields = msgspec.structs.asdict(decoder.decode(raw))
    events = fields.pop("events")
    long_lists = {name: fields.pop(name) for name in _VALIDATED_IN_SLICES if fields[name] is not msgspec.UNSET}
    rest = [_NAME_IN_FILE[field] + b":" + value for field, value in fields.items() if value is not msgspec.UNSET]
    skeleton = Timeline.model_validate_json(b"{" + b",".join(rest) + b"}")
    parts = {name: _validated_in_slices(name, value) for name, value in long_lists.items()}
    if events is msgspec.UNSET:
        return skeleton.model_copy(update=parts) if parts else skeleton
    timeline = skeleton.model_copy(update={**parts, "events": events})
    columns = event_columns(timeline)  # built once: the cross-checks and the event model use them too
    if not follows_text_rules(events, {"id": columns.ids, "title": columns.titles}):
        raise ValueError("an id or a text in the events breaks the format's rules")
    return timeline


_VALIDATED_IN_SLICES: dict[str, TypeAdapter[Any]] = {
    "people": TypeAdapter(list[Person]),
    "sources": TypeAdapter(list[Source]),
    "quotes": TypeAdapter(list[Quote]),
}
"""The lists besides the events that a large file makes long: pydantic validates them a slice at a time."""
_ITEMS_OF_A_LIST = msgspec.json.Decoder(list[msgspec.Raw])
VALIDATION_SLICE = 512
"""Items pydantic validates in one call: a few milliseconds."""


def _validated_in_slices(name: str, items_json: msgspec.Raw) -> list[Any]:
    """The items of one of :data:`_VALIDATED_IN_SLICES`, validated as pydantic validates the whole list.

    pydantic validates a list in one call into Rust that holds the interpreter throughout: a
    quarter of a million quotes held a window waiting for its turn for 1.7 s. Between two
    slices, the loop lets it have its turn. (Invalid items raise, and the careful path words them.)
    """
    adapter = _VALIDATED_IN_SLICES[name]
    items = _ITEMS_OF_A_LIST.decode(items_json)
    validated: list[Any] = []
    for start in range(0, len(items), VALIDATION_SLICE):
        validated.extend(adapter.validate_json(b"[" + b",".join(items[start : start + VALIDATION_SLICE]) + b"]"))
    return validated


def _result(timeline: Timeline, name: str, digest: str, size: int, problems: list[Problem]) -> LoadedTimeline:
    if any(p.severity is Severity.ERROR for p in problems):
        raise TimelineLoadError(name, _in_file_order(problems))
    return LoadedTimeline(timeline, name, digest, size, tuple(_in_file_order(problems)))


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _problem(name: str, line: int, column: int, path: str, message: str) -> Problem:
    return Problem(name, line, column, path, message)


def _too_large(size: int) -> str:
    return (
        f"the file is {size / 1024 / 1024:,.0f} MB; the largest timeline this app opens is "
        f"{MAX_FILE_BYTES // 1024 // 1024:,} MB"
    )


# --------------------------------------------------------------------------------------
# The careful path
# --------------------------------------------------------------------------------------


def decode_text(raw: bytes, name: str) -> str:
    """The text of a file: UTF-8, with or without a byte order mark; anything else is refused, located."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise TimelineLoadError(name, [_problem(name, 1, 1, "", _wrong_encoding("UTF-32"))])
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TimelineLoadError(name, [_problem(name, 1, 1, "", _wrong_encoding("UTF-16"))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw.count(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        byte = raw[exc.start]
        raise TimelineLoadError(
            name,
            [_problem(name, line, column, "", f"byte 0x{byte:02X} is not UTF-8 text; {_SAVE_AS_UTF8}")],
        ) from None


_SAVE_AS_UTF8 = "save the file with UTF-8 encoding"


def _wrong_encoding(encoding: str) -> str:
    return f"the file is {encoding} text; {_SAVE_AS_UTF8}"


_JSON_MESSAGES = (
    (
        "Expecting property name enclosed in double quotes",
        "expected a field name in double quotes (is there a trailing comma?)",
    ),
    ("Expecting ',' delimiter", "expected ',' between two items (is a comma missing?)"),
    ("Expecting ':' delimiter", "expected ':' after a field name"),
    ("Expecting value", "expected a value (text, number, true, false, null, an object or a list)"),
    ("Unterminated string", "text is not closed with a double quote"),
    ("Invalid control character", "text contains a raw line break or tab; write it as \\n or \\t"),
    ("Invalid \\escape", "invalid escape sequence after a backslash"),
    ("Extra data", "unexpected content after the end of the JSON document"),
)


def read_json_document(
    raw: bytes, name: str, *, read_as: str | None = None, empty: str = "a timeline file is a JSON object"
) -> tuple[str, Any]:
    """The text of a JSON file and its data, or :class:`TimelineLoadError` located at the first problem.

    Every JSON file the app reads (ours, TimelineJS's) gets the same plain-English, located
    refusals: wrong encoding, empty, too deep, not JSON, NaN or huge numbers, half a character.
    ``read_as`` names another tool's format in the error; ``empty`` says what the file should hold.
    """

    def refuse(line: int, column: int, message: str) -> TimelineLoadError:
        return TimelineLoadError(name, [_problem(name, line, column, "", message)], read_as)

    try:
        text = decode_text(raw, name)
    except TimelineLoadError as exc:
        raise TimelineLoadError(name, exc.problems, read_as) from None
    if not text.strip():
        raise refuse(1, 1, f"the file is empty; {empty}")
    too_deep = _first_excess_nesting(text)
    if too_deep is not None:
        position = LineIndex(text).position(too_deep)
        raise refuse(position.line, position.column, f"the JSON is nested more than {MAX_NESTING} levels deep")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        comma = _trailing_comma(text, exc.pos)
        if comma is not None:
            # Worded and placed the same on every Python: 3.13 says so itself, at the comma; 3.11
            # and 3.12 complain about what follows it.
            position = LineIndex(text).position(comma)
            raise refuse(position.line, position.column, f"not valid JSON: {_TRAILING_COMMA}") from None
        message = next((ours for theirs, ours in _JSON_MESSAGES if exc.msg.startswith(theirs)), exc.msg)
        raise refuse(exc.lineno, exc.colno, f"not valid JSON: {message}") from None
    except ValueError as exc:
        # Python's json accepts NaN and Infinity (JSON does not) and refuses huge integers;
        # both come without a position, so find the offending token ourselves.
        pattern = _CONSTANT if isinstance(exc, _ConstantError) else _HUGE_NUMBER
        offset = next((m.start(1) for m in pattern.finditer(text) if m.group(1)), 0)
        position = LineIndex(text).position(offset)
        message = (
            f"not valid JSON: {exc} is not a number JSON allows"
            if isinstance(exc, _ConstantError)
            else "not valid JSON: a number has more digits than this app reads"
        )
        raise refuse(position.line, position.column, message) from None
    lone = _first_lone_surrogate(text)
    if lone is not None:
        # Python's json reads it; it is not a character, and cannot be shown, saved or exported.
        position = LineIndex(text).position(lone)
        message = (
            f"text holds {text[lone : lone + 6]}, half of a character written as a pair of "
            "\\u escapes, without its other half; remove it or write the whole character"
        )
        raise refuse(position.line, position.column, message)
    return text, data


def _careful_load(raw: bytes, name: str, digest: str) -> LoadedTimeline:
    text, data = read_json_document(raw, name)
    locator = JsonLocator(text)

    def fail(path: JsonPath, message: str, *, key: bool = False) -> TimelineLoadError:
        return TimelineLoadError(name, [_located(name, locator, Finding(path, message, on_key=key))])

    if not isinstance(data, dict):
        raise fail((), f"expected a JSON object {{…}} at the top level, found {describe_value(data)}")
    version = data.get("format_version")
    if "format_version" not in data:
        raise fail(
            (),
            f'missing "format_version": a timeline file starts with '
            f'"format": "{FORMAT_NAME}", "format_version": {FORMAT_VERSION}',
        )
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise fail(
            ("format_version",),
            f"this file uses format version {version}, newer than this app reads ({FORMAT_VERSION}); "
            "update Timeline Viewer to open it",
        )

    findings: list[Finding] = []
    timeline: Timeline | None = None
    try:
        timeline = Timeline.model_validate(data)
    except ValidationError as exc:
        findings.extend(_from_pydantic(err) for err in exc.errors())
    parts = TimelineParts.of(timeline) if timeline is not None else _valid_parts(data)
    findings.extend(check_timeline(parts))
    problems = [_located(name, locator, f) for f in findings]
    if timeline is None:
        raise TimelineLoadError(name, _in_file_order(problems))
    return _result(timeline, name, digest, len(raw), problems)


_TRAILING_COMMA = "a comma after the last item of a list or object; remove it"


def _trailing_comma(text: str, error_at: int) -> int | None:
    """Where the comma is, when the JSON error at ``error_at`` is a comma before a closing bracket."""
    if text[error_at : error_at + 1] == ",":
        after = text[error_at + 1 :].lstrip(" \t\n\r")[:1]
        return error_at if after in ("}", "]") and after else None
    if text[error_at : error_at + 1] in ("}", "]"):
        before = text[:error_at].rstrip(" \t\n\r")
        return len(before) - 1 if before.endswith(",") else None
    return None


class _ConstantError(ValueError):
    pass


def _refuse_constant(constant: str) -> Any:
    raise _ConstantError(constant)


# Tokens outside strings: a string alternative first, so text inside quotes never matches.
_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)
_SURROGATE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\u[dD][89a-fA-F][0-9a-fA-F]{2})")
"""A \\u escape of half a UTF-16 pair (D800–DFFF), not itself an escaped backslash followed by the letter u.

Matched from the start of a run of backslashes only (the look-behind): a pattern that may start
inside the run, such as ``(\\+)u``, tries every position of it again: text of 40,000 backslashes
kept the loader busy for 11 s, and one of 300,000 for most of an hour (found by tests/unit/test_fuzz_loading.py)."""


def _first_lone_surrogate(text: str) -> int | None:
    """Where the first half of a UTF-16 pair that lacks its other half is written, in valid JSON text."""
    high: int | None = None  # an unmatched first half
    high_end = -1
    for match in _SURROGATE_ESCAPE.finditer(text):
        start = match.start(1)
        if int(match.group()[-4:], 16) < 0xDC00:
            if high is not None:
                return high
            high, high_end = start, match.end()
        elif high is not None and start == high_end:
            high = None  # a whole pair
        else:
            return high if high is not None else start
    return high


# Only where a run of digits starts (the look-behind): tried at every digit of a long run, the
# pattern counts the same digits again each time: a megabyte of numbers of 3,999 digits took 5 s.
_HUGE_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![0-9])(-?[0-9]{4000,})', re.DOTALL)


def _first_excess_nesting(text: str) -> int | None:
    depth = 0
    offset = 0
    # One match per bracket: strings and everything else between brackets are crossed in C.
    # Each match starts where the last ended; where none does, no bracket follows outside a
    # string (the rest is an unclosed string, which json reports). Not finditer: after a failed
    # match it tries again from every later character, each time to the end of the text, which
    # took 12 s for a text of 13,000 escaped quotes, and it would count brackets inside a string.
    while (match := NEXT_BRACKET.match(text, offset)) is not None:
        offset = match.end()
        if match.group(1) in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return match.start(1)
        else:
            depth -= 1
    return None


def _valid_parts(data: dict[str, Any]) -> TimelineParts:
    """Each list's items that validate on their own, plus the ids of every item, valid or not."""
    parts = TimelineParts()
    for section, adapter in _SECTIONS.items():
        items = data.get(section)
        if not isinstance(items, list):
            if items is not None:
                parts.unreadable.add(section)  # already an error; its references cannot be judged
            continue
        valid = []
        present: set[str] = set()
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                present.add(item["id"])
            try:
                valid.append((i, adapter.validate_python(item)))
            except ValidationError:
                if section == "events" and isinstance(item, dict) and isinstance(item.get("quotes"), list):
                    parts.quoted_elsewhere.update(q for q in item["quotes"] if isinstance(q, str))
        setattr(parts, section, valid)
        parts.present_ids[section] = present
    try:
        parts.view = ViewRange.model_validate(data.get("view"))
    except ValidationError:
        parts.view = None
    return parts


def _located(name: str, locator: JsonLocator, finding: Finding) -> Problem:
    position = locator.locate(finding.path, key=finding.on_key)
    return Problem(name, position.line, position.column, format_path(finding.path), finding.message, finding.severity)


# --------------------------------------------------------------------------------------
# pydantic errors in plain English
# --------------------------------------------------------------------------------------


def _from_pydantic(error: ErrorDetails) -> Finding:
    path = _json_path(error["loc"])
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        field = str(path[-1])
        return Finding(path, f'missing required field "{field}"')
    if kind == "extra_forbidden":
        return Finding(path, f'unknown field "{path[-1]}"{_field_suggestion(error)}', on_key=True)
    expected = _EXPECTED.get(kind)
    if expected is not None:
        return Finding(path, f"expected {expected}, found {describe_value(value)}")
    if kind in ("literal_error", "enum"):
        allowed = error.get("ctx", {}).get("expected", "")
        return Finding(path, f"{describe_value(value)} is not allowed here; use one of: {allowed}")
    if kind == "too_short":
        ctx = error.get("ctx", {})
        need = ctx.get("min_length", 1)
        items = "item" if need == 1 else "items"
        return Finding(path, f"needs at least {need} {items}, found {ctx.get('actual_length', 0)}")
    # Our own validators raise PydanticCustomError with a finished sentence; pydantic's own
    # remaining messages ("Input should be …") are plain enough once located.
    return Finding(path, error["msg"])


_EXPECTED = {
    "finite_number": "a finite number",
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list [...]",
    "tuple_type": "a list [...]",
    "dict_type": "an object {...}",
    "model_type": "an object {...}",
    "model_attributes_type": "an object {...}",
}


def _json_path(loc: tuple[int | str, ...]) -> JsonPath:
    # pydantic puts the chosen union member's tag into the location (events.0.date.span.end);
    # the file has no such key, so leave it out.
    path: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and part in DATE_SHAPE_TAGS and path and path[-1] == "date":
            continue
        path.append(part)
    return tuple(path)


def _field_suggestion(error: ErrorDetails) -> str:
    field = str(error["loc"][-1])
    model = _model_for(error["loc"][:-1])
    if model is None:
        return ""
    close = difflib.get_close_matches(field, list(_fields(model)), n=1, cutoff=0.7)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _model_for(loc: tuple[int | str, ...]) -> type[Any] | None:
    """The model class that owns the object at ``loc``, walking the Timeline's field annotations."""
    current: Any = format_models.Timeline
    for part in loc:
        if isinstance(part, int):
            continue
        if part in DATE_SHAPE_TAGS:
            current = DATE_SHAPES[str(part)]
            continue
        fields = _fields(current)
        if part not in fields:
            return None
        current = _inner_model(fields[part])
    return current if _fields(current) else None


def _fields(model: Any) -> dict[str, Any]:
    """The fields of a pydantic model or a record, by their names in the file, with their types."""
    if isinstance(model, type) and issubclass(model, Record):
        return get_type_hints(model, include_extras=True)
    fields = getattr(model, "__pydantic_fields__", None)
    if not isinstance(fields, dict):
        return {}
    return {info.alias or name: info.annotation for name, info in fields.items()}


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", ())
    if _fields(annotation):
        return annotation
    for arg in args:
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def describe_value(value: Any) -> str:
    """A found value as messages name it: ``the text 'abc'``, ``the number 5``, ``a list``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"the text '{shown}'"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
