"""The loader's fast path never accepts a file that pydantic refuses, and reads the same as pydantic.

The fast path decodes the events with msgspec straight into their records and checks ids and
texts in bulk; pydantic validates everything else, and the careful path (pydantic on the whole
document) words every problem. These tests hold the fast path to pydantic's reading of the
format, file by file and field by field.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import msgspec
import pytest
from pydantic import TypeAdapter, ValidationError

import timeline_app.domain.loading as loading
from timeline_app.domain import model as model_module
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.columns import build_columns, event_columns
from timeline_app.domain.integrity import TimelineParts, check_timeline
from timeline_app.domain.loading import parse_timeline
from timeline_app.domain.model import (
    Claim,
    ClaimStatus,
    Event,
    KeyFigure,
    Record,
    Ref,
    Slug,
    Text,
    Timeline,
    all_slugs,
    all_texts,
    is_slug,
    is_text,
)
from timeline_app.domain.problems import Severity, TimelineLoadError
from timeline_app.domain.slices import taker

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"


def _accepted(adapter: TypeAdapter[list[str]], values: list[str], *, mode: str) -> set[int]:
    """Indices of ``values`` the adapter accepts, reading them as JSON or as Python."""
    try:
        if mode == "json":
            adapter.validate_json(json.dumps(values))
        else:
            adapter.validate_python(values)
    except ValidationError as exc:
        rejected = {int(e["loc"][0]) for e in exc.errors()}
        return set(range(len(values))) - rejected
    return set(range(len(values)))


EVERY_CHARACTER = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
ID_LIKE = ["pfp-1994", "a", "a1-b2-c3", "", "-a", "a-", "a--b", "A", "a b", "é", "a\n", "a\n\n", "\na", "a\r", "a_b"]


def test_text_is_blank_to_the_core_exactly_when_it_is_blank_to_python() -> None:
    values = [*EVERY_CHARACTER, " a ", "\u3000\u3000", "\t\n", "\x1c\x1dx", ""]
    adapter = TypeAdapter(list[Text])
    assert _accepted(adapter, values, mode="json") == _accepted(adapter, values, mode="python")
    assert _accepted(adapter, values, mode="json") == {i for i, v in enumerate(values) if v.strip()}


def test_ids_are_valid_to_the_core_exactly_when_they_are_valid_to_python() -> None:
    adapter = TypeAdapter(list[Slug])
    accepted = _accepted(adapter, ID_LIKE, mode="json")
    assert accepted == _accepted(adapter, ID_LIKE, mode="python")
    assert {ID_LIKE[i] for i in accepted} == {"pfp-1994", "a", "a1-b2-c3"}


def test_the_bulk_id_check_agrees_with_the_check_of_one_id() -> None:
    singles = [*ID_LIKE, *EVERY_CHARACTER[:600], "-", "--", "a-b-", "9", "a\nb", "ab\n", "\n"]
    for value in singles:
        assert all_slugs([value]) == is_slug(value), repr(value)
    rng = random.Random(7)
    for _ in range(3000):
        values = rng.choices(singles, k=rng.randint(1, 5))
        assert all_slugs(values) == all(map(is_slug, values)), values
    assert all_slugs([])


def test_the_bulk_text_check_agrees_with_the_check_of_one_text() -> None:
    values = [*EVERY_CHARACTER, " a ", "\u3000", ""]
    assert [all_texts([v]) for v in values] == [is_text(v) for v in values]


def _dump(timeline: Timeline) -> Any:
    return timeline.model_dump(mode="json")


@pytest.mark.parametrize("slice_size", [loading.VALIDATION_SLICE, 3], ids=["slices", "tiny-slices"])
@pytest.mark.parametrize("path", [SAMPLE, MINIMAL, bundled_timeline_path()], ids=["sample", "minimal", "bundled"])
def test_the_fast_path_reads_a_file_as_pydantic_does(
    path: Path, slice_size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tiny slices: the people, sources and quotes are validated in many calls, as a large file's are.
    monkeypatch.setattr(loading, "VALIDATION_SLICE", slice_size)
    raw = path.read_bytes()
    fast = loading._validate_fast(raw)
    assert _dump(fast) == _dump(Timeline.model_validate_json(raw))
    assert fast == Timeline.model_validate_json(raw)
    # Records as msgspec made them, not dictionaries or pydantic's own objects.
    assert {type(event) for event in fast.events} == {Event}


def _outcomes(raw: bytes) -> tuple[Any, Any]:
    """(pydantic's reading of the whole document, the fast path's): a dump, or "invalid"."""

    def outcome(validate: Any) -> Any:
        try:
            return _dump(validate(raw))
        except ValueError:
            return "invalid"

    return outcome(Timeline.model_validate_json), outcome(_read_fast)


def _read_fast(raw: bytes) -> Timeline:
    """The fast path as parse_timeline takes it: an error from the cross-checks sends a file to the careful path."""
    timeline = loading._validate_fast(raw)
    if any(f.severity is Severity.ERROR for f in check_timeline(TimelineParts.of(timeline))):
        raise ValueError("the cross-checks found an error")
    return timeline


def _assert_never_more_lenient(raw: bytes) -> None:
    whole, fast = _outcomes(raw)
    if fast != "invalid":
        assert fast == whole


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document.update(changes)
    return document


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside ``value``, containers included."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))


def _replaced(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target: Any = changed
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


_MUTATIONS: list[Any] = ["", " ", "Not An Id", "2021-02-30", "1994-5", 0, 1.5, True, None, [], {}, ["x"], {"x": 1}]


def test_no_change_to_any_value_of_an_event_makes_the_fast_path_more_lenient_than_pydantic() -> None:
    document = _document()
    checked = 0
    for path in _leaves(document["events"], ("events",)):
        if len(path) < 2:
            continue
        for value in _MUTATIONS:
            _assert_never_more_lenient(json.dumps(_replaced(document, path, value)).encode())
            checked += 1
    assert checked > 1000


def test_no_added_field_in_an_event_makes_the_fast_path_more_lenient_than_pydantic() -> None:
    document = _document()
    objects = [p for p in _leaves(document["events"], ("events",)) if isinstance(_at(document, p), dict)]
    assert len(objects) > 20
    for path in objects:
        for name in ("note", "on", "start", "end", "alternatives", "sources", "extra", "id", "approximate"):
            target = _at(document, path)
            if name not in target:
                _assert_never_more_lenient(json.dumps(_replaced(document, (*path, name), "1994")).encode())
                _assert_never_more_lenient(json.dumps(_replaced(document, (*path, name), None)).encode())


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def _event(number: int, **changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": f"e{number}",
        "title": "A title",
        "summary": 'It says },{"id": "x", and } , { "id" : "y" too.',
        "date": "1994-05-04",
        "category": "diplomacy",
        "citations": [{"source": "official"}],
        "confidence": {"level": "high"},
    }
    event.update(changes)
    return event


SHARED = {
    "every date shape": _document(
        events=[
            _event(0, date={"on": "1994", "uncertain": True}),
            _event(1, date={"start": "1994-05", "end": None}),
            _event(
                2,
                date={"alternatives": [{"on": "1994", "sources": ["official"]}, {"on": "1995", "sources": ["paper"]}]},
            ),
        ]
    ),
    "fields in another order": _document(
        events=[{"title": "T", **{k: v for k, v in _event(i).items() if k != "title"}} for i in range(40)]
    ),
    "no events": _document(events=[]),
    "no events field": {k: v for k, v in _document().items() if k != "events"},
}
REFUSED = {
    "a bad date late in the list": _document(events=[_event(i) for i in range(39)] + [_event(39, date="2021-02-30")]),
    "an unknown field late in the list": _document(events=[_event(i) for i in range(39)] + [_event(39, extra=1)]),
    "an end before its start": _document(events=[_event(0, date={"start": "1995", "end": "1994-12"})]),
    "a point date with an end": _document(events=[_event(0, date={"on": "1995", "end": "1996"})]),
    "a span with a note": _document(events=[_event(0, date={"start": "1995", "note": "n"})]),
    "one alternative": _document(events=[_event(0, date={"alternatives": [{"on": "1995", "sources": ["a"]}]})]),
    "an alternative without sources": _document(
        events=[_event(0, date={"alternatives": [{"on": "1995", "sources": []}, {"on": "1996", "sources": ["a"]}]})]
    ),
    "a date object of no shape": _document(events=[_event(0, date={"approximate": True})]),
    "a blank title": _document(events=[_event(0, title=" \t")]),
    "an id with a capital": _document(events=[_event(0, id="E0")]),
    "an id with a trailing line break": _document(events=[_event(0, id="e0\n")]),
    "a blank claim": _document(events=[_event(0, claims=[{"text": " ", "status": "unverified"}])]),
    "a blank key figure": _document(events=[_event(0, key_figures=[{"label": "Troops", "value": ""}])]),
    "events not a list": _document(events={"id": "x"}),
    "events null": _document(events=None),
    "a newer format": _document(format_version=3, events=[_event(i) for i in range(40)]),
    "an unknown top-level field": _document(extra=True),
}


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("name", list(SHARED))
def test_documents_both_accept_read_the_same(name: str, indent: int | None) -> None:
    whole, fast = _outcomes(json.dumps(SHARED[name], indent=indent).encode())
    assert fast == whole != "invalid"


@pytest.mark.parametrize("name", list(REFUSED))
def test_documents_pydantic_refuses_the_fast_path_refuses(name: str) -> None:
    assert _outcomes(json.dumps(REFUSED[name]).encode()) == ("invalid", "invalid")


@pytest.mark.parametrize(
    "text",
    [
        # A second "events" field: the last one wins, as it does for pydantic.
        '{"events": [EVENTS], "title": "T", "events": [EVENT]}',
        '{"\\u0065vents": [EVENTS], "title": "T"}',
        '{"title": "T", "events": [EVENTS]} trailing',
        '\ufeff{"title": "T", "events": [EVENTS]}',
        '{"title": "T", "events" : [ EVENTS ] , "periods" : [ ] }',
        '{"title": "T", "events": [EVENTS, ]}',
        '{"title": "T", "events": [EVENTS}',
        '[{"title": "T", "events": [EVENTS]}]',
        '{"title": "T", "events": [EVENTS], "format_version": NaN}',
    ],
)
def test_odd_documents_are_never_read_more_leniently(text: str) -> None:
    base = {k: v for k, v in _document().items() if k not in ("title", "events", "periods", "format_version")}
    base["format_version"] = 1
    events = ", ".join(json.dumps(_event(i)) for i in range(30))
    filled = text.replace("EVENTS", events).replace("EVENT", json.dumps(_event(99)))
    _assert_never_more_lenient(filled.replace("{", "{" + json.dumps(base)[1:-1] + ", ", 1).encode())


def test_a_reference_that_is_not_even_an_id_is_reported_as_such() -> None:
    # The fast path leaves references to the cross-checks (see follows_text_rules), which find
    # no source of that id; the careful path then says what is wrong with the text itself.
    document = _document(events=[_event(0, citations=[{"source": "Not An Id"}])])
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(json.dumps(document, indent=2).encode(), "ref.timeline.json")
    (problem,) = caught.value.errors
    assert problem.path == "events[0].citations[0].source"
    assert "'Not An Id' is not a valid id" in problem.message


def test_a_bad_event_late_in_a_large_file_is_reported_at_its_place() -> None:
    document = _document(events=[_event(i) for i in range(2000)] + [_event(2000, date="2021-02-30")])
    text = json.dumps(document, indent=2)
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "late.timeline.json")
    (problem,) = caught.value.errors
    line = text[: text.index('"2021-02-30"')].count("\n") + 1
    assert (problem.line, problem.path) == (line, "events[2000].date")
    assert "'2021-02-30' is not a valid date" in problem.message


class _Probe(Record, frozen=True, kw_only=True):
    """Fields declared in every way the format declares them, for the bulk text checks to read."""

    described_text: Annotated[Text | None, msgspec.Meta(description="Optional, described.")] = None
    ids: Annotated[tuple[Slug, ...], msgspec.Meta(description="A described list.")] = ()
    maybe_ids: tuple[Slug, ...] | None = None
    child: Claim | None = None
    children: Annotated[tuple[KeyFigure, ...], msgspec.Meta(min_length=0)] = ()
    reference: Ref = "a"


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"described_text": " "}, False),
        ({"described_text": "x"}, True),
        ({"ids": ("a", "B")}, False),
        ({"maybe_ids": ("a", "b-")}, False),
        ({"maybe_ids": ("a",)}, True),
        ({"child": Claim(text="\t", status=ClaimStatus.UNVERIFIED)}, False),
        ({"children": (KeyFigure(label="Troops", value=""),)}, False),
        ({"reference": "Not An Id"}, True),  # left to the cross-checks
    ],
)
def test_the_bulk_text_checks_read_every_way_a_field_is_declared(change: dict[str, Any], valid: bool) -> None:
    assert model_module._follow(_Probe, [_Probe(), _Probe(**change)], {}) is valid


def test_a_checked_field_the_bulk_checks_cannot_read_is_refused() -> None:
    class Unreadable(Record, frozen=True, kw_only=True):
        labels: dict[str, Text] = msgspec.field(default_factory=dict)

    with pytest.raises(TypeError, match="cannot read"):
        model_module._text_rules(Unreadable)


def test_a_record_field_with_a_rule_pydantic_would_not_check_is_refused() -> None:
    # A msgspec-only rule would let the fast path refuse what the careful path accepts.
    class Bounded(Record, frozen=True, kw_only=True):
        count: Annotated[int, msgspec.Meta(ge=1)] = 1

    class BoundedItems(Record, frozen=True, kw_only=True):
        counts: tuple[Annotated[int, msgspec.Meta(ge=1)], ...] = ()

    with pytest.raises(TypeError, match="not passed on to pydantic"):
        TypeAdapter(Bounded)
    with pytest.raises(TypeError, match=r"put msgspec\.Meta on the field itself"):
        TypeAdapter(BoundedItems)


def _problems_slowly(timeline: Timeline) -> list[Any]:
    """The cross-reference checks without the columns' shortcut."""
    parts = TimelineParts.of(timeline)
    parts.events = list(enumerate(timeline.events))
    parts.columns = None
    return [(f.path, f.message, f.severity, f.on_key) for f in check_timeline(parts)]


@pytest.mark.parametrize(
    "event",
    [
        {},
        {"category": "nowhere"},
        {"citations": []},
        {"citations": [{"source": "official"}, {"source": "nowhere"}]},
        {"quotes": ["nowhere"]},
        {"related": ["e0"]},
        {"related": ["e1", "nowhere"]},
        {"date": "2024-03-17"},
        {"date": "1980", "framing": True},
        {"date": {"start": "1980", "end": "1990"}},
        {"date": {"start": "2021-12-31"}},
        {"date": {"alternatives": [{"on": "1996", "sources": ["nowhere"]}, {"on": "1997", "sources": ["official"]}]}},
        {"claims": [{"text": "c", "status": "unverified", "citations": [{"source": "nowhere"}]}]},
        {"id": "e1"},
    ],
)
def test_the_cross_reference_checks_report_the_same_with_the_shortcut(event: dict[str, Any]) -> None:
    document = _document(events=[_event(0, **event), _event(1), _event(2, date={"start": "1995"})])
    timeline = Timeline.model_validate(document)
    fast = [(f.path, f.message, f.severity, f.on_key) for f in check_timeline(TimelineParts.of(timeline))]
    assert fast == _problems_slowly(timeline)


def test_columns_are_built_once_per_timeline_and_do_not_change_equality() -> None:
    raw = SAMPLE.read_bytes()
    loaded = parse_timeline(raw, "sample.timeline.json").timeline
    assert event_columns(loaded) is event_columns(loaded)
    assert event_columns(loaded) == build_columns(Timeline.model_validate_json(raw))
    assert loaded == Timeline.model_validate_json(raw)


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 1, 5, 2, 4]])
def test_reordered_columns_take_each_row_from_where_the_order_says(order: list[int]) -> None:
    columns = build_columns(Timeline.model_validate_json(SAMPLE.read_bytes()))
    reordered = columns.reordered(order)
    assert reordered.ids == [columns.ids[i] for i in order]
    assert list(reordered.starts) == [columns.starts[i] for i in order]
    assert list(reordered.categories) == [columns.categories[i] for i in order]
    assert [reordered.ids[row] for row in reordered.alternatives] == ["sofa"]
    assert reordered.alternatives[reordered.ids.index("sofa")] == columns.alternatives[columns.ids.index("sofa")]


@pytest.mark.parametrize("order", [[], [1], [2, 0], [1, 2, 0]])
def test_a_taker_takes_items_in_order_however_few(order: list[int]) -> None:
    assert taker(order)("abc") == tuple("abc"[i] for i in order)
