"""The Sources view's model: publishers, each with its sources, and what each supports or contradicts.

A tree of two levels: a publishing body (``NATO``) and its sources (``NATO (Speeches)``, …), so a
reader can take all of one side's sources at once. Sources are few (tens, not millions), so the
view sorts through a ``QSortFilterProxyModel`` on :data:`SORT_ROLE`: numbers as numbers, dates in
time order. Text from the file is shown as text (:func:`rich_text_of` for tooltips).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from typing_extensions import override

from timeline_app.domain.language import fill, translatable, translate
from timeline_app.domain.reader_words import source_kind_label
from timeline_app.domain.reading_by import PublisherReading, SourceReading
from timeline_app.qtmodels.plain_text import rich_text_of

AnyIndex = QModelIndex | QPersistentModelIndex

SOURCE_IDS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The source ids a row stands for: one source's, or all of a publisher's (a frozenset)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What the column sorts by: numbers for counts, the first day for dates, folded text otherwise."""

_GROUP = 0
"""The internal id of a publisher's row; a source's row holds its publisher's row number plus one."""


class SourceColumn(enum.IntEnum):
    SOURCE = 0
    PUBLISHER = 1
    KIND = 2
    PUBLISHED = 3
    SUPPORTS = 4
    CONTRADICTS = 5

    @property
    def header(self) -> str:
        return translate("SourceList", _HEADERS[self])

    @property
    def tip(self) -> str:
        return translate("SourceList", _TIPS[self])


_HEADERS = {
    SourceColumn.SOURCE: translatable("SourceList", "Source"),
    SourceColumn.PUBLISHER: translatable("SourceList", "Publisher"),
    SourceColumn.KIND: translatable("SourceList", "Kind"),
    SourceColumn.PUBLISHED: translatable("SourceList", "Published"),
    SourceColumn.SUPPORTS: translatable("SourceList", "Supports"),
    SourceColumn.CONTRADICTS: translatable("SourceList", "Contradicts"),
}
_TIPS = {
    SourceColumn.SOURCE: translatable("SourceList", "The source's title; a publisher's row holds all its sources"),
    SourceColumn.PUBLISHER: translatable("SourceList", "The publisher as the file names it"),
    SourceColumn.KIND: translatable("SourceList", "What kind of source it is"),
    SourceColumn.PUBLISHED: translatable("SourceList", "When it was published, as precisely as the file knows"),
    SourceColumn.SUPPORTS: translatable(
        "SourceList", "Events that cite it in support (for the event, a claim, a date or a quote)"
    ),
    SourceColumn.CONTRADICTS: translatable("SourceList", "Events with a claim or citation it contradicts"),
}
_COUNTS = (SourceColumn.SUPPORTS, SourceColumn.CONTRADICTS)
_COLUMN_COUNT = len(SourceColumn)


class SourceTreeModel(QAbstractItemModel):
    """Publishers (top level) and their sources (children), with their counts of events."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[PublisherReading] = []

    def set_readings(self, groups: Sequence[PublisherReading]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    @property
    def groups(self) -> list[PublisherReading]:
        return list(self._groups)

    # -- structure ------------------------------------------------------------------------------

    @override
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < _COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if 0 <= row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()  # sources have no children, and only the first column holds them
        group = parent.row()
        if not 0 <= row < len(self._groups[group].sources):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    @override
    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].sources)
        return 0

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return _COLUMN_COUNT

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.internalId() == _GROUP else flags | Qt.ItemFlag.ItemNeverHasChildren

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        column = SourceColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip
        return None

    # -- content -----------------------------------------------------------------------------------

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = SourceColumn(index.column())
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], column, role)
        source = self._groups[index.internalId() - 1].sources[index.row()]
        return self._source_data(source, column, role)

    def _group_data(self, group: PublisherReading, column: SourceColumn, role: int) -> Any:
        count = len(group.sources)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SourceColumn.SOURCE:
                return group.name
            if column == SourceColumn.KIND:
                return translate("SourceList", "%Ln source(s)", None, count)
            if column in _COUNTS:
                return _count_text(group.supports if column == SourceColumn.SUPPORTS else group.contradicts)
            return None
        if role == SORT_ROLE:
            if column == SourceColumn.SUPPORTS:
                return group.supports
            if column == SourceColumn.CONTRADICTS:
                return group.contradicts
            if column == SourceColumn.KIND:
                return count
            return group.name.casefold()
        if role == SOURCE_IDS_ROLE:
            return group.source_ids
        if role == Qt.ItemDataRole.FontRole and column == SourceColumn.SOURCE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_text_of(
                fill(
                    translate(
                        "SourceList",
                        "%1: %Ln source(s), supporting %2 and contradicting %3 events. "
                        "Select to read the events they cite.",
                        None,
                        count,
                    ),
                    group.name,
                    group.supports,
                    group.contradicts,
                )
            )
        return self._alignment(column, role)

    def _source_data(self, source: SourceReading, column: SourceColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SourceColumn.SOURCE:
                return source.title
            if column == SourceColumn.PUBLISHER:
                return source.publisher or ""
            if column == SourceColumn.KIND:
                return source_kind_label(source.kind)
            if column == SourceColumn.PUBLISHED:
                return source.published.in_words() if source.published is not None else ""
            return _count_text(source.supports if column == SourceColumn.SUPPORTS else source.contradicts)
        if role == SORT_ROLE:
            if column == SourceColumn.SUPPORTS:
                return source.supports
            if column == SourceColumn.CONTRADICTS:
                return source.contradicts
            if column == SourceColumn.PUBLISHED:
                # Undated sources sort first, as the least known.
                return source.published.first_day if source.published is not None else float("-inf")
            text = self._source_data(source, column, Qt.ItemDataRole.DisplayRole)
            return str(text).casefold()
        if role == SOURCE_IDS_ROLE:
            return frozenset({source.id})
        if role == Qt.ItemDataRole.ToolTipRole:
            where = ", ".join(p for p in (source.publisher, source.published and source.published.in_words()) if p)
            return rich_text_of(
                f"{source.title}"
                + (f"\n{where}" if where else "")
                + "\n"
                + fill(
                    translate("SourceList", "Supports %1 events, contradicts %2."), source.supports, source.contradicts
                )
            )
        return self._alignment(column, role)

    @staticmethod
    def _alignment(column: SourceColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _count_text(count: int) -> str:
    """A count of events, left blank for none: a column of zeros hides the few that are not."""
    return str(count) if count else ""
