"""A CSV reader that remembers where each row and cell starts, so problems can name a line and column.

Python's ``csv`` module forgets positions, and a spreadsheet's rows are not its lines: a
cell in quotes may hold line breaks. This reader follows the dialect TimelineJS reads
(its ``CSV.js``, adapted from okfn/csv.js): comma-separated; a double quote starts and
ends quoting anywhere in a cell, and two of them inside quotes are one quote character;
line breaks inside quotes are kept (as ``\\n``, whichever the file uses); the cells outside
quotes are trimmed; a line break at the very end of the file ends the last row rather
than starting an empty one. CRLF, LF and lone CR all end a line.

Unlike TimelineJS, which reads everything after a quote that is never closed as one cell,
this reader refuses such a file, naming where the quote was opened.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNQUOTED_STOP = re.compile(r'[",\r\n]')


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell's text, and the line and column (1-based, in characters) where it starts in the file."""

    text: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Row:
    """A spreadsheet row: ``number`` counts rows as a spreadsheet does (the first is 1, a blank line counts)."""

    number: int
    cells: tuple[Cell, ...]

    @property
    def line(self) -> int:
        return self.cells[0].line

    def is_blank(self) -> bool:
        """No cell holds anything but white space (TimelineJS skips such rows)."""
        return all(not cell.text.strip() for cell in self.cells)


class UnclosedQuoteError(ValueError):
    """A quote opened at ``line``:``column`` is never closed."""

    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"the quote at line {line}, column {column} is never closed")
        self.line = line
        self.column = column


class _Positions:
    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        """Where each line starts."""

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def read_rows(text: str) -> list[Row]:
    """The rows of a CSV text (decoded, without a byte order mark). Raises :class:`UnclosedQuoteError`."""
    if not text:
        return []
    positions = _Positions(text)
    starts = positions.starts
    lines = len(starts)
    rows: list[Row] = []
    cells: list[Cell] = []
    end = len(text)
    search = _UNQUOTED_STOP.search
    line = 1
    i = 0
    while True:
        # Cells come in the order of the text: the line a cell starts on is found by moving on, not searched for.
        while line < lines and starts[line] <= i:
            line += 1
        column = i - starts[line - 1] + 1
        match = search(text, i)
        stop = match.start() if match else end
        if match is None or text[stop] != '"':
            # The common cell, with no quotes: its text, trimmed.
            cells.append(Cell(text[i:stop].strip(), line, column))
            i = stop
        else:
            # Unquoted and quoted stretches, until a comma or a line break outside quotes; kept as they are.
            pieces = [text[i:stop]]
            i = _quoted_end(text, stop + 1, pieces, positions)
            while True:
                match = search(text, i)
                stop = match.start() if match else end
                pieces.append(text[i:stop])
                if match is None or text[stop] != '"':
                    i = stop
                    break
                i = _quoted_end(text, stop + 1, pieces, positions)
            cells.append(Cell("".join(pieces), line, column))
        if i >= end:
            rows.append(Row(len(rows) + 1, tuple(cells)))
            return rows
        if text[i] == ",":
            i += 1
            continue
        # A line break ends the row; the one at the very end of the file starts no new row.
        i += 2 if text.startswith("\r\n", i) else 1
        rows.append(Row(len(rows) + 1, tuple(cells)))
        cells = []
        if i >= end:
            return rows


def _quoted_end(text: str, i: int, pieces: list[str], positions: _Positions) -> int:
    """Read the quoted text from ``i`` (after the opening quote) into ``pieces``; returns where the quote ends."""
    opening = i - 1
    while True:
        close = text.find('"', i)
        if close < 0:
            raise UnclosedQuoteError(*positions.at(opening))
        pieces.append(_LINE_BREAK.sub("\n", text[i:close]))
        if text.startswith('""', close):
            pieces.append('"')
            i = close + 2
            continue
        return close + 1
