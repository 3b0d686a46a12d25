"""A table model with one row per event of the loaded timeline.

The model owns no logic of its own: it adapts a loaded :class:`Timeline` to Qt. What it
needs for every row at once (dates as numbers, category of each row) comes from the
timeline's compact columns, computed once per timeline; the text of a cell is worded
when a view asks for it, which is only ever for the rows on screen, and takes constant
time. Search text, which is large, is folded on the first search and kept.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QColor
from typing_extensions import override

from timeline_app.domain.columns import EventColumns, event_columns
from timeline_app.domain.language import translate
from timeline_app.domain.model import Event, Timeline
from timeline_app.domain.reader_words import confidence_label
from timeline_app.domain.selection import SearchTextFolder, search_texts
from timeline_app.domain.slices import take
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
            Column.DATE: translate("EventList", "Date"),
            Column.TITLE: translate("EventList", "Event"),
            Column.CATEGORY: translate("EventList", "Category"),
            Column.SOURCES: translate("EventList", "Sources"),
            Column.CONFIDENCE: translate("EventList", "Confidence"),
        }[self]


# Qt asks for the column count once or twice per row whenever the model resets (a million times
# for a large file), and counting an enum's members is Python code each time.
_COLUMN_COUNT = len(Column)
FOLD_SLICE = 2000
"""Search texts folded per idle moment: about 10 ms of work, so the window answers between slices."""


@dataclass(frozen=True)
class EventRows:
    """What the model shows for one timeline, in row (chronological) order; Qt-free, so a worker can build it."""

    timeline: Timeline
    columns: EventColumns
    events: list[Event]
    file_rows: list[int] | None
    """Row → position in the file; ``None`` when the file is already in time order."""
    search_texts: list[str] | None = None
    """Folded search text per row, when built in advance (otherwise on the first search)."""
    search_folder: SearchTextFolder | None = None
    """What folds them later, when they are not built in advance, if made beside the rows off the UI thread
    (see :func:`~timeline_app.ui.file_loader.prepare_timeline`); the model makes one itself otherwise."""


def event_rows(timeline: Timeline, *, with_search_texts: bool = False) -> EventRows:
    """The rows of ``timeline`` sorted chronologically from its compact columns (and their search texts)."""
    in_file_order = event_columns(timeline)
    file_rows = in_file_order.chronological_order()
    if file_rows is None:
        columns, events = in_file_order, list(timeline.events)
    else:
        columns, events = in_file_order.reordered(file_rows), take(file_rows, timeline.events)
    texts = search_texts(timeline, events) if with_search_texts else None
    return EventRows(timeline, columns, events, file_rows, texts)


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
        self._colour_of: Callable[[str], QColor] = QColor
        """How a category's colour is drawn: the window's theme adjusts it to stand out on its background."""
        self._category_labels: list[str] = []
        self._search_texts: list[str] | None = None
        self._folder: SearchTextFolder | None = None
        """Folding the search texts when idle: the rows' folder, and what it has folded so far."""
        self._folded: list[str] = []
        self._fold_timer = QTimer(self)
        self._fold_timer.setInterval(0)  # each time the event loop is idle
        self._fold_timer.timeout.connect(self._fold_a_slice)
        self._prepared_scene: object | None = None
        self._prepared_folder: SearchTextFolder | None = None

    # -- loading -------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.set_rows(None if timeline is None else event_rows(timeline))

    def set_rows(self, rows: EventRows | None, prepared_scene: object | None = None) -> None:
        """Show ``rows`` (built by :func:`event_rows`, which may run on any thread); ``None`` shows nothing.

        ``prepared_scene`` is the canvas's layout of the same rows, built beside them off the UI
        thread; the canvas takes it (:meth:`take_prepared_scene`) when the model resets, instead
        of laying the lanes out again.
        """
        self.beginResetModel()
        self._folder, self._folded = None, []
        self._fold_timer.stop()
        self._prepared_scene = prepared_scene
        self._prepared_folder = rows.search_folder if rows is not None else None
        if rows is None:
            self._timeline, self._columns, self._file_rows, self._search_texts = None, None, None, None
            self._events, self._colours, self._category_labels = [], [], []
        else:
            self._timeline = rows.timeline
            self._columns, self._events, self._file_rows = rows.columns, rows.events, rows.file_rows
            self._search_texts = rows.search_texts
            self._colours = [self._colour_of(c.colour) for c in rows.timeline.categories]
            self._category_labels = [c.label for c in rows.timeline.categories]
        self.endResetModel()
        self._prepared_scene = None  # the canvas took it during the reset, or never will

    def take_prepared_scene(self) -> object | None:
        """The canvas layout handed over with the rows now being shown, once; ``None`` when there is none."""
        scene, self._prepared_scene = self._prepared_scene, None
        return scene

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

    def fold_search_texts_when_idle(self) -> None:
        """Fold the rows' search texts a slice at a time whenever the window has nothing else to do.

        A million events take seconds to fold: done at once, before the first frame or at the first
        keystroke, that is a frozen window. A search typed before they are all folded folds the rest.
        """
        if self._timeline is None or self._search_texts is not None:
            return
        self._folder = self._prepared_folder or SearchTextFolder(self._timeline)
        self._prepared_folder = None
        self._folded = []
        self._fold_timer.start()

    @property
    def folding_search_texts(self) -> bool:
        """Whether search texts are being folded when idle (begun, not finished)."""
        return self._folder is not None

    @Slot()
    def _fold_a_slice(self) -> None:
        if self._folder is None:
            self._fold_timer.stop()
            return
        done = len(self._folded)
        self._folded += self._folder.texts(self._events[done : done + FOLD_SLICE])
        if len(self._folded) >= len(self._events):
            self._search_texts, self._folder = self._folded, None
            self._fold_timer.stop()

    def search_texts(self) -> list[str]:
        """Folded text per event: title, summary, quotes, speakers and the titles/outlets of its sources."""
        if self._search_texts is None:
            if self._folder is not None:  # finish what folding when idle began
                self._search_texts = self._folded + self._folder.texts(self._events[len(self._folded) :])
                self._folder = None
                self._fold_timer.stop()
            elif self._timeline is None:
                self._search_texts = []
            else:
                folder = self._prepared_folder or SearchTextFolder(self._timeline)
                self._search_texts, self._prepared_folder = folder.texts(self._events), None
        return self._search_texts

    def sort_values(self, column: Column) -> list[Any]:
        """Per row, what sorting by ``column`` compares, for all rows at once (ties go by row: by date).

        The same values a reader sees in the column: titles and categories without regard to case,
        the number of distinct sources, confidence by rank (the surest first) rather than by name.
        """
        events = self._events
        if column == Column.TITLE:
            return [event.title.casefold() for event in events]
        if column == Column.CATEGORY and self._columns is not None:
            labels = [label.casefold() for label in self._category_labels]
            return [
                labels[category] if category >= 0 else event.category.casefold()
                for category, event in zip(self._columns.categories, events, strict=True)
            ]
        if column == Column.SOURCES:
            return [len({citation.source for citation in event.citations}) for event in events]
        if column == Column.CONFIDENCE:
            return [event.confidence.level.rank for event in events]
        return list(range(len(events)))  # the date: rows are chronological

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
        return confidence_label(event.confidence.level)

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

    def set_category_colours(self, colour_of: Callable[[str], QColor]) -> None:
        """Draw the categories' swatches in ``colour_of`` their ``#rrggbb`` (a theme's version of it), now and later."""
        self._colour_of = colour_of
        if self._timeline is None:
            return
        self._colours = [colour_of(c.colour) for c in self._timeline.categories]
        if self._events:
            column = Column.CATEGORY
            last = len(self._events) - 1
            self.dataChanged.emit(self.index(0, column), self.index(last, column), [Qt.ItemDataRole.DecorationRole])

    def _colour(self, row: int) -> QColor:
        assert self._columns is not None
        category = self._columns.categories[row]
        return self._colours[category] if category >= 0 else _UNKNOWN_COLOUR

    # No flags() here: QAbstractTableModel's own (enabled, selectable, never has children) are the
    # ones wanted, and answered in C++ they cost nothing, where the event list asks once per row.
