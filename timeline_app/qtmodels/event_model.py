"""A table model with one row per event of the loaded timeline.

The model owns no logic of its own: it adapts a loaded :class:`Timeline` to Qt. What it
needs for every row at once (dates as numbers, category of each row) comes from the
timeline's compact columns, computed once per timeline; the text of a cell is worded
when a view asks for it, which is only ever for the rows on screen, and takes constant
time. Search text, which is large, is folded on the first search and kept.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from typing_extensions import override

from timeline_app.domain.columns import EventColumns, event_columns, taker
from timeline_app.domain.model import Event, Timeline
from timeline_app.domain.selection import search_texts
from timeline_app.domain.wording import precision_note, short_date
from timeline_app.qtmodels.plain_text import rich_text_of
from timeline_app.qtmodels.roles import EventRole

AnyIndex = QModelIndex | QPersistentModelIndex

_UNKNOWN_COLOUR = QColor("#888888")


class Column(enum.IntEnum):
    DATE = 0
    TITLE = 1
    CATEGORY = 2
    SOURCES = 3
    CONFIDENCE = 4

    @property
    def header(self) -> str:
        return {
            Column.DATE: "Date",
            Column.TITLE: "Event",
            Column.CATEGORY: "Category",
            Column.SOURCES: "Sources",
            Column.CONFIDENCE: "Confidence",
        }[self]


# Qt asks for these once or twice per row whenever the model resets (a million times for a
# large file), and combining enum flags or counting an enum's members is Python code each time.
_COLUMN_COUNT = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EventTableModel(QAbstractTableModel):
    """Rows are events in chronological order; columns are what the event list shows.

    The rows are sorted once here, from the compact columns, so the list and the canvas
    start chronological without Qt asking Python to compare rows (which takes tens of
    seconds at 100,000 events). ``EventRole.SOURCE_ROW`` still gives the position in the file.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._events: list[Event] = []
        self._file_rows: list[int] | None = None
        self._columns: EventColumns | None = None
        self._colours: list[QColor] = []
        self._category_labels: list[str] = []
        self._search_texts: list[str] | None = None

    # -- loading -------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.beginResetModel()
        self._timeline = timeline
        self._search_texts = None
        if timeline is None:
            self._columns = None
            self._events, self._colours, self._category_labels = [], [], []
            self._file_rows = None
        else:
            in_file_order = event_columns(timeline)
            self._file_rows = in_file_order.chronological_order()
            if self._file_rows is None:
                self._columns, self._events = in_file_order, list(timeline.events)
            else:
                self._columns = in_file_order.reordered(self._file_rows)
                self._events = list(taker(self._file_rows)(timeline.events))
            self._colours = [QColor(c.colour) for c in timeline.categories]
            self._category_labels = [c.label for c in timeline.categories]
        self.endResetModel()

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def columns(self) -> EventColumns | None:
        """Compact per-event numbers for the canvas; ``None`` before a timeline is loaded."""
        return self._columns

    @property
    def events(self) -> list[Event]:
        """The events in row order."""
        return self._events

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        if self._columns is None:
            return None
        try:
            return self._columns.ids.index(event_id)
        except ValueError:
            return None

    def search_texts(self) -> list[str]:
        """Folded text per event: title, summary, quotes, speakers and the titles/outlets of its sources."""
        if self._search_texts is None:
            self._search_texts = [] if self._timeline is None else search_texts(self._timeline, self._events)
        return self._search_texts

    # -- QAbstractItemModel ------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return Column(section).header
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._columns is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips are read as HTML when they look like it; a title is shown as written.
            return (
                precision_note(self._events[row].date)
                if column == Column.DATE
                else rich_text_of(self._events[row].title)
            )
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CATEGORY:
            return self._colour(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._role(row, role)

    def _cell(self, row: int, column: int) -> str:
        event = self._events[row]
        if column == Column.DATE:
            return short_date(event.date)
        if column == Column.TITLE:
            return event.title
        if column == Column.CATEGORY:
            assert self._columns is not None
            category = self._columns.categories[row]
            return self._category_labels[category] if category >= 0 else event.category
        if column == Column.SOURCES:
            return str(len({c.source for c in event.citations}))
        return event.confidence.level.label

    def _role(self, row: int, role: int) -> Any:
        columns = self._columns
        assert columns is not None
        assert self._timeline is not None
        if role == EventRole.EVENT:
            return self._events[row]
        if role == EventRole.EVENT_ID:
            return columns.ids[row]
        if role == EventRole.START:
            return columns.starts[row]
        if role == EventRole.END:
            return columns.ends[row]
        if role == EventRole.PRECISION:
            return columns.precision[row]
        if role == EventRole.CATEGORY_ID:
            return self._events[row].category
        if role == EventRole.CATEGORY_COLOUR:
            return self._colour(row)
        if role == EventRole.SEARCH_TEXT:
            return self.search_texts()[row]
        if role == EventRole.SORT_KEY:
            return columns.sort_key(row)
        if role == EventRole.CONFIDENCE:
            return self._events[row].confidence.level.value
        if role == EventRole.SOURCE_ROW:
            return row if self._file_rows is None else self._file_rows[row]
        return None

    def _colour(self, row: int) -> QColor:
        assert self._columns is not None
        category = self._columns.categories[row]
        return self._colours[category] if category >= 0 else _UNKNOWN_COLOUR

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
