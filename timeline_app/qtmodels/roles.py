"""Named data roles, so views ask the model for what they need instead of parsing strings."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt


class EventRole(enum.IntEnum):
    EVENT = Qt.ItemDataRole.UserRole
    """The :class:`~timeline_app.domain.model.Event` itself."""
    EVENT_ID = enum.auto()
    START = enum.auto()
    """First possible day, as days since 1970-01-01 (float)."""
    END = enum.auto()
    """Day after the last possible day (float, exclusive)."""
    PRECISION = enum.auto()
    """:class:`~timeline_app.domain.dates.Precision` of the date, as an int."""
    CATEGORY_ID = enum.auto()
    CATEGORY_COLOUR = enum.auto()
    """A ``QColor``."""
    SEARCH_TEXT = enum.auto()
    """Folded (lower-case, accent-free) text the search matches against."""
    SORT_KEY = enum.auto()
    """Chronological, precision-aware, stable: ``(start, precision, row)``."""
    CONFIDENCE = enum.auto()
    """``"high"``, ``"medium"`` or ``"low"``."""
    SOURCE_ROW = enum.auto()
    """The event's row in the source model (its position in the file)."""
