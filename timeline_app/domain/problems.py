"""Problems found in a timeline file, located for the reader and for editors."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from typing_extensions import override


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a look) in a file, with where it is.

    ``line`` and ``column`` are 1-based; they are ``None`` only when the file could not
    be read at all. ``path`` is the JSON path (``events[12].date``) or empty.
    """

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    severity: Severity = Severity.ERROR

    @override
    def __str__(self) -> str:
        """The compiler convention editors understand: ``FILE:LINE:COL: error: path: message``."""
        where = self.file if self.line is None else f"{self.file}:{self.line}:{self.column}"
        subject = f"{self.path}: " if self.path else ""
        return f"{where}: {self.severity.value}: {subject}{self.message}"


class TimelineLoadError(Exception):
    """A file could not be loaded; ``problems`` lists every error found (and any warnings).

    ``read_as`` names the format the file was read as when it is another tool's ("TimelineJS JSON").
    """

    def __init__(self, file: str, problems: list[Problem], read_as: str | None = None) -> None:
        self.file = file
        self.problems = problems
        self.read_as = read_as
        errors = self.errors
        first = str(errors[0]) if errors else file
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(first + more)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


class TimelineReadError(TimelineLoadError):
    """The file itself could not be read (missing, a folder, no permission)."""
