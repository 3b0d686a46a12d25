"""Find where in a JSON text each value sits, so problems can name a line and column.

Python's ``json`` module forgets positions once it has parsed a document. This small
scanner walks text that is already known to be valid JSON and records, for every
value, the offset where it starts and, for object members, where its key starts.
It only runs when a file has problems, so it favours clarity over speed.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass

PathPart = str | int
JsonPath = tuple[PathPart, ...]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(m.end() for m in re.finditer("\n", text))

    def position(self, offset: int) -> Position:
        line = bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)


class JsonLocator:
    """Offsets of every value (and every object key) in a JSON document, by path."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = LineIndex(text)
        self.value_offsets: dict[JsonPath, int] = {}
        self.key_offsets: dict[JsonPath, int] = {}
        self._value(self._skip(0), ())

    def locate(self, path: JsonPath, *, key: bool = False) -> Position:
        """Position of the value at ``path``; of its key when ``key``; else of the deepest existing parent."""
        if key and path in self.key_offsets:
            return self._lines.position(self.key_offsets[path])
        for depth in range(len(path), -1, -1):
            offset = self.value_offsets.get(path[:depth])
            if offset is not None:
                return self._lines.position(offset)
        return Position(1, 1)

    def _skip(self, i: int) -> int:
        match = _WHITESPACE.match(self._text, i)
        return match.end() if match else i

    def _value(self, i: int, path: JsonPath) -> int:
        self.value_offsets[path] = i
        char = self._text[i]
        if char == "{":
            return self._object(i + 1, path)
        if char == "[":
            return self._array(i + 1, path)
        pattern = _STRING if char == '"' else _SCALAR
        match = pattern.match(self._text, i)
        if match is None:  # pragma: no cover - the text was parsed by json.loads first
            raise ValueError(f"not JSON at offset {i}")
        return match.end()

    def _object(self, i: int, path: JsonPath) -> int:
        i = self._skip(i)
        if self._text[i] == "}":
            return i + 1
        while True:
            match = _STRING.match(self._text, i)
            if match is None:  # pragma: no cover
                raise ValueError(f"expected a key at offset {i}")
            key = json.loads(match.group())
            self.key_offsets[(*path, key)] = i
            i = self._skip(match.end())
            i = self._skip(i + 1)  # the colon
            i = self._skip(self._value(i, (*path, key)))
            if self._text[i] == "}":
                return i + 1
            i = self._skip(i + 1)  # the comma

    def _array(self, i: int, path: JsonPath) -> int:
        i = self._skip(i)
        if self._text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = self._skip(self._value(i, (*path, index)))
            index += 1
            if self._text[i] == "]":
                return i + 1
            i = self._skip(i + 1)


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
