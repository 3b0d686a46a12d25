"""The loader's fast path decides exactly what a plain whole-document validation decides.

The fast path checks ids and text with pydantic-core's regex engine and validates a large
file's events in pieces; the careful path, which words every problem, uses the Python checks
on the whole document. These tests hold the shortcuts to giving the same answers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

import timeline_app.domain.loading as loading
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.columns import event_columns
from timeline_app.domain.integrity import TimelineParts, check_timeline
from timeline_app.domain.loading import parse_timeline
from timeline_app.domain.model import Slug, Text, Timeline
from timeline_app.domain.problems import TimelineLoadError

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


def test_text_is_blank_to_the_core_exactly_when_it_is_blank_to_python() -> None:
    every_character = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    values = [*every_character, " a ", "\u3000\u3000", "\t\n", "\x1c\x1dx", ""]
    adapter = TypeAdapter(list[Text])
    assert _accepted(adapter, values, mode="json") == _accepted(adapter, values, mode="python")
    assert _accepted(adapter, values, mode="json") == {i for i, v in enumerate(values) if v.strip()}


def test_ids_are_valid_to_the_core_exactly_when_they_are_valid_to_python() -> None:
    values = ["pfp-1994", "a", "a1-b2-c3", "", "-a", "a-", "a--b", "A", "a b", "é", "a\n", "a\n\n", "\na", "a\r", "a_b"]
    adapter = TypeAdapter(list[Slug])
    assert _accepted(adapter, values, mode="json") == _accepted(adapter, values, mode="python")


def _whole_and_in_pieces(raw: bytes, monkeypatch: pytest.MonkeyPatch, piece_bytes: int) -> tuple[Any, Any]:
    def outcome(validate: Any) -> Any:
        try:
            return validate(raw).model_dump(mode="json")
        except ValueError:
            return "invalid"

    whole = outcome(Timeline.model_validate_json)
    monkeypatch.setattr(loading, "PIECE_BYTES", piece_bytes)
    return whole, outcome(loading._validate_fast)


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document.update(changes)
    return document


@pytest.mark.parametrize("piece_bytes", [1, 64, 700, 5000])
@pytest.mark.parametrize("path", [SAMPLE, MINIMAL, bundled_timeline_path()], ids=["sample", "minimal", "bundled"])
def test_events_validated_in_pieces_read_as_the_whole_file(
    path: Path, piece_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = path.read_bytes()
    whole, pieces = _whole_and_in_pieces(raw, monkeypatch, piece_bytes)
    assert pieces == whole != "invalid"


def test_a_large_file_is_really_cut_into_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = bundled_timeline_path().read_bytes()
    monkeypatch.setattr(loading, "PIECE_BYTES", 2000)
    layout = loading._events_layout(raw)
    assert layout is not None
    first, cuts = layout
    assert len(cuts) > 10
    assert loading._validate_in_pieces(raw, first, cuts) == Timeline.model_validate_json(raw)


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


TRICKY = {
    "boundaries inside text": _document(events=[_event(i) for i in range(40)]),
    "fields in another order": _document(
        events=[{"title": "T", **{k: v for k, v in _event(i).items() if k != "title"}} for i in range(40)]
    ),
    "a bad event late in the list": _document(events=[_event(i) for i in range(39)] + [_event(39, date="2021-02-30")]),
    "an unknown field late in the list": _document(events=[_event(i) for i in range(39)] + [_event(39, extra=1)]),
    "no events": _document(events=[]),
    "events not a list": _document(events={"id": "x"}),
    "a newer format": _document(format_version=2, events=[_event(i) for i in range(40)]),
}


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("name", list(TRICKY))
@pytest.mark.parametrize("piece_bytes", [1, 300, 3000])
def test_tricky_files_read_the_same_in_pieces(
    name: str, indent: int | None, piece_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = json.dumps(TRICKY[name], indent=indent).encode()
    whole, pieces = _whole_and_in_pieces(raw, monkeypatch, piece_bytes)
    assert pieces == whole


@pytest.mark.parametrize(
    "text",
    [
        # A second "events" field: the last one wins, as it does for pydantic.
        '{"events": [EVENTS], "title": "T", "events": [EVENT]}',
        '{"\\u0065vents": [EVENTS], "title": "T"}',
        '{"title": "T", "events": [EVENTS]} trailing',
        '\ufeff{"title": "T", "events": [EVENTS]}',
        '{"title": "T", "events": [EVENTS], "periods": [PERIODS]}',
        '{"title": "T", "events" : [ EVENTS ] , "periods" : [ PERIODS ] }',
        '{"title": "T", "events": [EVENTS, ]}',
        '{"title": "T", "events": [EVENTS}',
        '[{"title": "T", "events": [EVENTS]}]',
    ],
)
@pytest.mark.parametrize("piece_bytes", [1, 500])
def test_odd_documents_read_the_same_in_pieces(text: str, piece_bytes: int, monkeypatch: pytest.MonkeyPatch) -> None:
    base = {k: v for k, v in _document().items() if k not in ("title", "events", "periods")}
    events = ", ".join(json.dumps(_event(i)) for i in range(30))
    periods = ", ".join(json.dumps({"id": f"p{i}", "label": "P", "start": "1999", "end": "2001"}) for i in range(30))
    filled = text.replace("EVENTS", events).replace("EVENT", json.dumps(_event(99))).replace("PERIODS", periods)
    raw = filled.replace("{", "{" + json.dumps(base)[1:-1] + ", ", 1).encode()
    whole, pieces = _whole_and_in_pieces(raw, monkeypatch, piece_bytes)
    assert pieces == whole


def test_a_bad_event_in_a_late_piece_is_reported_at_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "PIECE_BYTES", 200)
    document = _document(events=[_event(i) for i in range(39)] + [_event(39, date="2021-02-30")])
    text = json.dumps(document, indent=2)
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "late.timeline.json")
    (problem,) = caught.value.errors
    line = text[: text.index('"2021-02-30"')].count("\n") + 1
    assert (problem.line, problem.path) == (line, "events[39].date")
    assert "'2021-02-30' is not a valid date" in problem.message


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
    assert loaded == Timeline.model_validate_json(raw)
