"""Load a timeline file: a validated :class:`Timeline`, or one error listing every problem.

Two paths. The fast path hands the bytes straight to pydantic's JSON parser, which is
what makes a million events load in seconds. Only when that fails (or finds something
to warn about) does the careful path run: it decodes the text itself, parses it with
the standard library, checks the shape of the document, validates each item on its
own so one bad event does not hide the others, and finds the line and column of
every problem.

The fast path only ever decides *whether* a file is valid; every message comes from the
careful path. So the fast path may take shortcuts that do not change that decision: it
checks ids and text with pydantic-core's regex engine (see ``model.py``), and it hands a
large file's events to pydantic in pieces (see :func:`_validate_in_pieces`), because
pydantic parses a whole document into a tree before validating it, and at a million
events that tree alone is three times the size of the file.
"""

from __future__ import annotations

import codecs
import difflib
import gc
import hashlib
import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from timeline_app.domain import model as format_models
from timeline_app.domain.integrity import Finding, TimelineParts, check_timeline
from timeline_app.domain.locate import JsonLocator, JsonPath, LineIndex, format_path
from timeline_app.domain.model import (
    DATE_SHAPE_TAGS,
    FORMAT_NAME,
    FORMAT_VERSION,
    Category,
    Event,
    Period,
    Person,
    Quote,
    Source,
    Timeline,
    ViewRange,
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


@dataclass(frozen=True)
class LoadedTimeline:
    timeline: Timeline
    file: str
    """The name problems are reported under (the path as given)."""
    sha256: str
    size: int
    warnings: tuple[Problem, ...] = ()


def load_timeline(path: str | Path) -> LoadedTimeline:
    """Read and validate a timeline file. Raises :class:`TimelineLoadError`."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise TimelineLoadError(name, [_problem(name, 1, 1, "", _too_large(size))])
        raw = Path(path).read_bytes()
    except IsADirectoryError:
        raise _unreadable(name, "this is a folder, not a timeline file") from None
    except FileNotFoundError:
        raise _unreadable(name, "no such file") from None
    except PermissionError:
        raise _unreadable(name, "permission denied") from None
    except OSError as exc:
        raise _unreadable(name, f"cannot read the file: {exc.strerror}") from None
    return parse_timeline(raw, name)


def _unreadable(name: str, message: str) -> TimelineReadError:
    return TimelineReadError(name, [Problem(name, None, None, "", message)])


def parse_timeline(raw: bytes, name: str) -> LoadedTimeline:
    """Validate the bytes of a timeline file reported under ``name``."""
    if len(raw) > MAX_FILE_BYTES:
        raise TimelineLoadError(name, [_problem(name, 1, 1, "", _too_large(len(raw)))])
    with ThreadPoolExecutor(max_workers=1) as pool, _collector_paused():
        # hashlib lets go of the GIL for large buffers: the digest is free while pydantic works.
        hashing = pool.submit(_sha256, raw)
        try:
            timeline = _validate_fast(raw)
        except ValueError:
            loaded = _careful_load(raw, name, hashing.result())
        else:
            # The cross-reference checks allocate a tuple per reference; with the collector running,
            # its passes walk every event object again and again (4.3 s of 4.9 s at 100,000 events).
            findings = check_timeline(TimelineParts.of(timeline))
            loaded = _with_findings(timeline, name, hashing.result(), raw, findings)
        # Before the collector resumes: its first pass would otherwise walk every object made
        # while it was paused (2 s at a million events).
        _freeze_loaded_objects()
        return loaded


def _with_findings(timeline: Timeline, name: str, digest: str, raw: bytes, findings: list[Finding]) -> LoadedTimeline:
    if not findings:
        return LoadedTimeline(timeline, name, digest, len(raw))
    locator = JsonLocator(_decode(raw, name))
    problems = [_located(name, locator, f) for f in findings]
    return _result(timeline, name, digest, len(raw), problems)


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Python's cyclic collector, not pydantic, dominates bulk validation: with it running,
    # 100,000 events take about four times as long. Nothing cyclic is created while parsing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _freeze_loaded_objects() -> None:
    # A loaded timeline lives until the next one is opened and holds no reference cycles, yet a
    # full collection would walk every one of its objects: at a million events that froze the
    # app for about 7 s whenever the collector ran. Moving everything alive now into the
    # permanent generation exempts it from collection (it is still freed by reference counting).
    gc.freeze()


# --------------------------------------------------------------------------------------
# The fast path: a large file's events in pieces
# --------------------------------------------------------------------------------------

PIECE_BYTES = 64 * 1024
"""Files larger than this have their events validated in pieces of about this size."""

_EVENTS: TypeAdapter[list[Event]] = TypeAdapter(list[Event])

_SPACE = re.compile(rb"[ \t\n\r]*")
_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[{}\[\]:]', re.DOTALL)
"""A string, a bracket or a colon: the tokens that matter at the top level of a document."""
_NEXT_BRACKET = re.compile(rb'(?:"(?:[^"\\]++|\\.)*+"|[^"{}\[\]]++)*+([{}\[\]])', re.DOTALL)
"""Skips to the next bracket outside a string: how nested content is crossed quickly."""
_NEXT_EVENT = re.compile(rb'}[ \t\n\r]*,[ \t\n\r]*({)[ \t\n\r]*"id"[ \t\n\r]*:')
"""The end of one object and the start of the next, whose first field is "id".

In a valid file this text cannot be inside a string (a string cannot hold an unescaped
quote, and a string followed by ``id"`` is not JSON). Inside the events list it can only
be the boundary between two events, since nothing an event holds has an id; events
written with another field first leave the file to be validated whole.
"""


def _validate_fast(raw: bytes) -> Timeline:
    """``Timeline.model_validate_json(raw)``, with the events of a large file validated in pieces.

    Raises ``ValueError`` exactly when ``Timeline.model_validate_json`` would.
    """
    if len(raw) > PIECE_BYTES:
        layout = _events_layout(raw)
        if layout is not None:
            try:
                return _validate_in_pieces(raw, *layout)
            except _PiecesMissedError:
                pass
    return Timeline.model_validate_json(raw)


class _PiecesMissedError(Exception):
    """The events could not be read in pieces after all: the document is validated whole."""


def _validate_in_pieces(raw: bytes, first: int, cuts: list[tuple[int, int]]) -> Timeline:
    """Validate ``raw`` as a timeline whose events list starts at ``first``, cutting it at ``cuts``.

    Each cut is (the end of one event, the start of the next). Each piece of the events is
    validated as a list of events, then the rest of the document (with an empty events list)
    as a timeline. The document reads exactly as the pieces do: the first piece starts where
    the events list does (found by scanning the document's top level), a piece that parses is
    a run of whole values, and only a comma separates it from the next piece, which therefore
    starts at the next event. The end of the list is found by scanning from the start of the
    last piece. A piece that does not parse may hold the end of the list (a cut landed after
    it, among periods say, which also start with an id): the pieces then end there.
    """
    events: list[Event] = []
    start = first
    for stop, following in cuts:
        try:
            events += _EVENTS.validate_json(_as_list(raw, start, stop))
        except ValidationError as exc:
            if not _unparsed(exc) or _end_of_events(raw, start, before=stop) is None:
                raise
            break
        start = following
    end = _end_of_events(raw, start)
    if end is None:
        raise _PiecesMissedError
    events += _EVENTS.validate_json(_as_list(raw, start, end))
    skeleton = Timeline.model_validate_json(raw[:first] + raw[end:])
    return skeleton.model_copy(update={"events": events})


def _as_list(raw: bytes, start: int, stop: int) -> bytearray:
    piece = bytearray(b"[")
    piece += memoryview(raw)[start:stop]
    piece += b"]"
    return piece


def _unparsed(error: ValidationError) -> bool:
    return any(e["type"] == "json_invalid" for e in error.errors())


def _events_layout(raw: bytes) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the top-level events list's content starts, and where to cut it.

    ``None`` when the document does not start like a timeline with an events list; it is
    then validated whole.
    """
    first = _top_level_events(raw)
    if first is None:
        return None
    cuts: list[tuple[int, int]] = []
    position = first + PIECE_BYTES
    while position < len(raw):
        match = _NEXT_EVENT.search(raw, position)
        if match is None:
            break
        cuts.append((match.start() + 1, match.start(1)))
        position = match.start(1) + PIECE_BYTES
    return first, cuts


def _top_level_events(raw: bytes) -> int | None:
    """The offset just inside the ``[`` of the top-level "events" list."""
    position = _skip_space(raw, 0)
    if raw[position : position + 1] != b"{":
        return None
    return _scan_top_level(raw, position + 1, 1, stop_at_events=True)


def _end_of_events(raw: bytes, start: int, before: int | None = None) -> int | None:
    """The offset of the ``]`` that closes the events list, scanning from an event's start.

    ``None`` if the list does not close ``before`` the given offset, or if the top level holds a
    second "events" field (the last one would count).
    """
    return _scan_top_level(raw, start, 2, stop_at_events=False, before=before)


def _scan_top_level(
    raw: bytes, position: int, depth: int, *, stop_at_events: bool, before: int | None = None
) -> int | None:
    """Walk the document from ``position`` at ``depth`` (1: inside the top-level object).

    With ``stop_at_events``, return the offset inside the "events" list's ``[``. Otherwise
    start inside the events list and return the offset of its closing ``]``, having checked
    that no other "events" field follows.
    """
    key: bytes | None = None
    closed: int | None = None
    while True:
        if depth >= 2:
            jump = _NEXT_BRACKET.match(raw, position)
            if jump is None:
                return None
            bracket, offset = jump.group(1), jump.start(1)
        else:
            token = _TOKEN.search(raw, position)
            if token is None:
                return None
            bracket, offset = token.group(), token.start()
        if closed is None and before is not None and offset >= before:
            return None
        position = offset + len(bracket)
        if bracket[0] == 0x22:  # a string
            key = bracket
            continue
        if bracket == b":":
            if _is_events_key(key):
                if not stop_at_events:
                    return None
                value = _skip_space(raw, position)
                return value + 1 if raw[value : value + 1] == b"[" else None
            key = None
            continue
        key = None
        if bracket in (b"{", b"["):
            depth += 1
        else:
            depth -= 1
            if depth == 1 and closed is None and not stop_at_events:
                if bracket != b"]":
                    return None
                closed = offset
            if depth == 0:
                return closed


def _skip_space(raw: bytes, position: int) -> int:
    match = _SPACE.match(raw, position)
    return match.end() if match else position


def _is_events_key(key: bytes | None) -> bool:
    if key is None:
        return False
    try:
        return bool(json.loads(key) == "events")
    except ValueError:
        return False


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


def _decode(raw: bytes, name: str) -> str:
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


def _careful_load(raw: bytes, name: str, digest: str) -> LoadedTimeline:
    text = _decode(raw, name)
    if not text.strip():
        raise TimelineLoadError(name, [_problem(name, 1, 1, "", "the file is empty; a timeline file is a JSON object")])
    too_deep = _first_excess_nesting(text)
    if too_deep is not None:
        position = LineIndex(text).position(too_deep)
        message = f"the JSON is nested more than {MAX_NESTING} levels deep"
        raise TimelineLoadError(name, [_problem(name, position.line, position.column, "", message)])
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        message = next((ours for theirs, ours in _JSON_MESSAGES if exc.msg.startswith(theirs)), exc.msg)
        problem = _problem(name, exc.lineno, exc.colno, "", f"not valid JSON: {message}")
        raise TimelineLoadError(name, [problem]) from None
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
        raise TimelineLoadError(name, [_problem(name, position.line, position.column, "", message)]) from None
    locator = JsonLocator(text)

    def fail(path: JsonPath, message: str, *, key: bool = False) -> TimelineLoadError:
        return TimelineLoadError(name, [_located(name, locator, Finding(path, message, on_key=key))])

    if not isinstance(data, dict):
        raise fail((), f"expected a JSON object {{…}} at the top level, found {_describe(data)}")
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


class _ConstantError(ValueError):
    pass


def _refuse_constant(constant: str) -> Any:
    raise _ConstantError(constant)


# Tokens outside strings: a string alternative first, so text inside quotes never matches.
_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)
_HUGE_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|(-?[0-9]{4000,})', re.DOTALL)

_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _first_excess_nesting(text: str) -> int | None:
    depth = 0
    for match in _BRACKETS.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return match.start()
        elif char in "]}":
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
    if kind in _MISSING:
        field = str(path[-1])
        return Finding(path, f'missing required field "{field}"')
    if kind in _UNKNOWN:
        return Finding(path, f'unknown field "{path[-1]}"{_field_suggestion(error)}', on_key=True)
    expected = _EXPECTED.get(kind)
    if expected is not None:
        return Finding(path, f"expected {expected}, found {_describe(value)}")
    if kind in ("literal_error", "enum"):
        allowed = error.get("ctx", {}).get("expected", "")
        return Finding(path, f"{_describe(value)} is not allowed here; use one of: {allowed}")
    if kind == "too_short":
        ctx = error.get("ctx", {})
        need = ctx.get("min_length", 1)
        items = "item" if need == 1 else "items"
        return Finding(path, f"needs at least {need} {items}, found {ctx.get('actual_length', 0)}")
    # Our own validators raise PydanticCustomError with a finished sentence; pydantic's own
    # remaining messages ("Input should be …") are plain enough once located.
    return Finding(path, error["msg"])


# Models report these as "missing"/"extra_forbidden"; the dataclasses an event is made of
# (see model.py) as arguments of their constructor.
_MISSING = frozenset({"missing", "missing_argument", "missing_keyword_only_argument"})
_UNKNOWN = frozenset({"extra_forbidden", "unexpected_keyword_argument"})

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
    "dataclass_type": "an object {...}",
    "dataclass_args_type": "an object {...}",
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
    names = [info.alias or name for name, info in _fields(model).items()]
    close = difflib.get_close_matches(field, names, n=1, cutoff=0.7)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _model_for(loc: tuple[int | str, ...]) -> type[Any] | None:
    """The model class that owns the object at ``loc``, walking the Timeline's field annotations."""
    current: Any = format_models.Timeline
    for part in loc:
        if isinstance(part, int):
            continue
        if part in DATE_SHAPE_TAGS:
            current = {
                "point": format_models.PointDate,
                "span": format_models.SpanDate,
                "contested": format_models.ContestedDate,
            }.get(part)
            continue
        fields = _fields(current)
        if part not in fields:
            return None
        current = _inner_model(fields[part].annotation)
    return current if _fields(current) else None


def _fields(model: Any) -> dict[str, FieldInfo]:
    """The fields of a pydantic model or pydantic dataclass; empty for anything else."""
    fields = getattr(model, "__pydantic_fields__", None)
    return fields if isinstance(fields, dict) else {}


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", ())
    if _fields(annotation):
        return annotation
    for arg in args:
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe(value: Any) -> str:
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
