"""The JSON locator finds every value and key where it was written, and does not read what it need not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.locate import JsonLocator, JsonPath, LineIndex, Position

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"


class _Writer:
    """Writes JSON and notes where each value and key starts: the truth the locator is held to."""

    def __init__(self, indent: int | None) -> None:
        self.indent = indent
        self.text = ""
        self.values: dict[JsonPath, int] = {}
        self.keys: dict[JsonPath, int] = {}

    def write(self, value: Any, path: JsonPath = (), depth: int = 0) -> None:
        self.values[path] = len(self.text)
        if isinstance(value, dict):
            self.text += "{"
            for n, (key, item) in enumerate(value.items()):
                self.text += ("," if n else "") + self._break(depth + 1)
                self.keys[(*path, key)] = len(self.text)
                self.text += json.dumps(key, ensure_ascii=False) + ": "
                self.write(item, (*path, key), depth + 1)
            self.text += (self._break(depth) if value else "") + "}"
        elif isinstance(value, list):
            self.text += "["
            for n, item in enumerate(value):
                self.text += ("," if n else "") + self._break(depth + 1)
                self.write(item, (*path, n), depth + 1)
            self.text += (self._break(depth) if value else "") + "]"
        else:
            self.text += json.dumps(value, ensure_ascii=False)

    def _break(self, depth: int) -> str:
        return "" if self.indent is None else "\n" + " " * (self.indent * depth)


@pytest.mark.parametrize("indent", [None, 2])
def test_every_value_and_key_is_located_where_it_was_written(indent: int | None) -> None:
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["odd"] = {"": [[], {}, 'with "quotes" and [brackets] {braces}'], "é": -1.5e3, "null": None}
    writer = _Writer(indent)
    writer.write(document)
    lines = LineIndex(writer.text)
    for path, offset in writer.values.items():
        # A fresh locator per path as well as one shared: answers must not depend on what was asked before.
        assert JsonLocator(writer.text).locate(path) == lines.position(offset), path
    shared = JsonLocator(writer.text)
    for path, offset in writer.keys.items():
        assert shared.locate(path, key=True) == lines.position(offset), path
        assert shared.locate(path) == lines.position(writer.values[path]), path


def test_a_path_that_goes_too_far_gives_the_deepest_value_that_exists() -> None:
    text = '{"events": [{"id": "a"}, {"id": "b", "date": "1994"}]}'
    locator = JsonLocator(text)
    assert locator.locate(("events", 1, "title")) == Position(1, text.index('{"id": "b"') + 1)
    assert locator.locate(("events", 5)) == Position(1, text.index("[") + 1)
    assert locator.locate(("events", 1, "date", 0)) == Position(1, text.index('"1994"') + 1)
    assert locator.locate(("events", 1, "nothing"), key=True) == Position(1, text.index('{"id": "b"') + 1)


def test_a_repeated_key_is_located_at_its_last_use_which_is_the_one_that_counts() -> None:
    text = '{"a": 1,\n "a": 2}'
    assert JsonLocator(text).locate(("a",), key=True) == Position(2, 2)


def test_a_late_item_of_a_long_list_is_found_without_indexing_the_items_it_holds() -> None:
    items = [{"id": f"e{i}", "nested": {"deep": [[i]]}} for i in range(20_000)]
    text = json.dumps({"events": items})
    locator = JsonLocator(text)
    assert locator.locate(("events", 19_999, "id"), key=True) == Position(1, text.index('"id": "e19999"') + 1)
    # The list and the one item on the path were scanned; the 19,999 items passed over were not.
    assert len(locator._arrays) == 1
    assert len(locator._objects) == 2


def test_line_numbers_are_the_same_whether_counted_or_indexed() -> None:
    # The first few lookups count line breaks; later ones use an index of the lines.
    text = "a\nbc\n\nd" * 5
    lines = LineIndex(text)
    answers = [lines.position(offset) for offset in range(len(text))]
    assert answers[:4] == [Position(1, 1), Position(1, 2), Position(2, 1), Position(2, 2)]
    assert answers[-2:] == [Position(15, 1), Position(16, 1)]
    assert answers == [Position(text.count("\n", 0, o) + 1, o - text.rfind("\n", 0, o)) for o in range(len(text))]
