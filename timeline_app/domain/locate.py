"""Find where in a JSON text a value sits, so problems can name a line and column.

Python's ``json`` module forgets positions once it has parsed a document. This small
scanner reads text that is already known to be valid JSON and finds values by their
path. It only scans the containers on the paths it is asked for, each once, and crosses
everything else with regular expressions that jump from bracket to bracket: a problem in
the millionth event of a 300 MB file is found in seconds, not minutes.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass

PathPart = str | int
JsonPath = tuple[PathPart, ...]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")
NEXT_BRACKET = re.compile(r'(?:"(?:[^"\\]++|\\.)*+"|[^"{}\[\]]++)*+([{}\[\]])', re.DOTALL)
"""Everything up to the next bracket outside a string, and that bracket: how nested values are crossed."""


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    _COUNTED_LOOKUPS = 8
    """Lookups answered by counting line breaks before an index of every line is built."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._lookups = 0

    def position(self, offset: int) -> Position:
        # Most files with problems have a few; indexing the lines of a large file costs far
        # more than counting the line breaks before each of a few offsets.
        if self._starts is None and self._lookups < self._COUNTED_LOOKUPS:
            self._lookups += 1
            line_start = self._text.rfind("\n", 0, offset) + 1
            return Position(self._text.count("\n", 0, offset) + 1, offset - line_start + 1)
        if self._starts is None:
            self._starts = [0]
            self._starts.extend(m.end() for m in re.finditer("\n", self._text))
        line = bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)


class JsonLocator:
    """Where each value (and each object key) of a JSON document starts, found by path."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = LineIndex(text)
        self._root = self._skip(0)
        self._arrays: dict[int, list[int]] = {}
        """Offset of an array → where each of its items starts."""
        self._objects: dict[int, dict[str, tuple[int, int]]] = {}
        """Offset of an object → where each key and its value start (the last one, if a key repeats)."""

    def locate(self, path: JsonPath, *, key: bool = False) -> Position:
        """Position of the value at ``path``; of its key when ``key``; else of the deepest existing parent."""
        offset, key_offset = self._root, None
        for part in path:
            found = self._member(offset, part)
            if found is None:
                return self._lines.position(offset)
            key_offset, offset = found
        if key and key_offset is not None:
            return self._lines.position(key_offset)
        return self._lines.position(offset)

    def _member(self, offset: int, part: PathPart) -> tuple[int | None, int] | None:
        """(key offset, value offset) of ``part`` in the container at ``offset``, if it has one."""
        char = self._text[offset]
        if char == "[" and isinstance(part, int):
            items = self._arrays.get(offset)
            if items is None:
                items = self._arrays[offset] = self._items(offset)
            return (None, items[part]) if 0 <= part < len(items) else None
        if char == "{" and isinstance(part, str):
            members = self._objects.get(offset)
            if members is None:
                members = self._objects[offset] = self._members(offset)
            return members.get(part)
        return None

    def _skip(self, i: int) -> int:
        match = _WHITESPACE.match(self._text, i)
        return match.end() if match else i

    def _items(self, start: int) -> list[int]:
        items: list[int] = []
        i = self._skip(start + 1)
        if self._text[i] == "]":
            return items
        while True:
            items.append(i)
            i = self._skip(self._end_of_value(i))
            if self._text[i] == "]":
                return items
            i = self._skip(i + 1)  # the comma

    def _members(self, start: int) -> dict[str, tuple[int, int]]:
        members: dict[str, tuple[int, int]] = {}
        i = self._skip(start + 1)
        if self._text[i] == "}":
            return members
        while True:
            match = _STRING.match(self._text, i)
            if match is None:  # pragma: no cover - the text was parsed by json.loads first
                raise ValueError(f"expected a key at offset {i}")
            key_offset = i
            i = self._skip(match.end())
            i = self._skip(i + 1)  # the colon
            members[json.loads(match.group())] = (key_offset, i)
            i = self._skip(self._end_of_value(i))
            if self._text[i] == "}":
                return members
            i = self._skip(i + 1)  # the comma

    def _end_of_value(self, i: int) -> int:
        char = self._text[i]
        if char in "[{":
            depth = 0
            while True:
                match = NEXT_BRACKET.match(self._text, i)
                if match is None:  # pragma: no cover
                    raise ValueError(f"unclosed bracket after offset {i}")
                depth += 1 if match.group(1) in "[{" else -1
                i = match.end()
                if depth == 0:
                    return i
        match = (_STRING if char == '"' else _SCALAR).match(self._text, i)
        if match is None:  # pragma: no cover - the text was parsed by json.loads first
            raise ValueError(f"not JSON at offset {i}")
        return match.end()


def format_path(path: JsonPath) -> str:
    """``('events', 12, 'date')`` → ``events[12].date``; the root is ``(top level)``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", part):
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text or "(top level)"
