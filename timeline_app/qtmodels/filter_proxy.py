"""Search, filters and sorting over the event model, with rows mapped in bulk.

The proxy keeps the list of source rows it shows, in display order, and rebuilds it in one go
whenever the filters, the sort or the source's rows change: the filter is computed for all rows
at once (:func:`~timeline_app.domain.selection.filter_mask`, a comprehension over compact
columns) and a sort is one Python ``sorted`` over per-row keys. Qt never calls Python once per
row, as it did with a ``QSortFilterProxyModel`` whose ``filterAcceptsRow`` (even a mere look-up)
cost about 0.75 s per million rows on every new file and every search keystroke.

Chosen sources and speakers (the Sources and Speakers views) filter too, from links between
sources, speakers and rows computed once per timeline; an event shown because a chosen source
contradicts it is marked in the title column (an icon, a tooltip and :data:`CONTRADICTED_BY_ROLE`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import compress
from operator import neg
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from timeline_app.domain.model import Timeline
from timeline_app.domain.reading_by import EventLinks, contradicting_sources, event_links
from timeline_app.domain.selection import EventFilter, filter_mask
from timeline_app.qtmodels.event_model import Column, EventTableModel
from timeline_app.qtmodels.plain_text import rich_text_of

AnyIndex = QModelIndex | QPersistentModelIndex

_COLUMN_COUNT = len(Column)
_ROWS_ONLY = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
"""Filtering and sorting move and hide rows, never columns: the column header keeps its sizes."""
_WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
"""The overload of the layout signals that carries a hint (PySide emits the one without arguments by default)."""

CONTRADICTED_BY_ROLE = Qt.ItemDataRole.UserRole + 200
"""On any cell of an event a chosen source contradicts: the ids of those sources (a tuple); else None.
Far above :class:`~timeline_app.qtmodels.roles.EventRole`'s numbers, which the event model answers."""
_MARKED_ROLES = frozenset(
    {
        CONTRADICTED_BY_ROLE,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)
"""The roles whose answer a contradiction by a chosen source changes (the last three in the title column only)."""


class EventFilterProxy(QAbstractProxyModel):
    """Filters by free text, category, confidence and date window; sorts by any column, dates chronologically.

    Sorting by date is the source's own order (the model's rows are chronological); sorting by
    another column orders by that column's value and then by date, as a reader expects of ties.
    """

    filter_about_to_change = Signal()
    """Emitted before rows are hidden or shown for a new filter (Qt may then move the current index)."""
    filter_changed = Signal()
    """Emitted after the set of accepted rows changed (a new filter or a new timeline)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._categories: frozenset[str] | None = None
        self._confidences: frozenset[str] | None = None
        self._window: tuple[float, float] | None = None
        self._sources: frozenset[str] | None = None
        self._speakers: frozenset[str] | None = None
        self._links: EventLinks | None = None
        """Which rows each source and speaker is linked to, built when first needed for the rows as they are."""
        self._contradicted: bytearray | None = None
        """One byte per source row, 1 where a chosen source contradicts the event; None when none does."""
        self._accepted: bytearray = bytearray()
        self._model: EventTableModel | None = None
        """The source model, kept here: Qt's own accessor is a call into C++ for every cell painted."""
        self._sort_column: int = Column.DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._orders: dict[int, list[int]] = {}
        """Per column other than the date: every source row in ascending order, kept until the rows change."""
        self._rows: list[int] = []
        """The source rows shown, in display order."""
        self._direction = 1
        """+1 when ``_rows`` ascend (the date sort), -1 when they descend; 0 in another column's order."""
        self._positions: array[int] | None = None
        """Source row → display position (-1 when hidden), built on first use when ``_direction`` is 0."""

    # -- the source --------------------------------------------------------------------------

    @override
    def setSourceModel(self, model: Any) -> None:
        assert isinstance(model, EventTableModel)
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._source_connections(old):
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._model = model
        for signal, slot in self._source_connections(model):
            signal.connect(slot)
        self._rebuild(model)
        self.endResetModel()

    def _source_connections(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        # The event model changes its rows only by resetting (a new timeline), never row by row.
        return [
            (model.modelAboutToBeReset, self._on_source_about_to_reset),
            (model.modelReset, self._on_source_reset),
            (model.dataChanged, self._on_source_data_changed),
            (model.headerDataChanged, self.headerDataChanged.emit),
        ]

    @Slot()
    def _on_source_about_to_reset(self) -> None:
        self.beginResetModel()

    @Slot()
    def _on_source_reset(self) -> None:
        self._keep_only_known_choices(self.source_model().timeline)
        self._rebuild(self.source_model())
        self.endResetModel()

    def _keep_only_known_choices(self, timeline: Timeline | None) -> None:
        """Forget chosen sources and speakers the new rows' timeline does not have (a reload keeps the rest),
        so a choice made in another file never hides every event of this one."""
        if self._sources is not None:
            known = {s.id for s in timeline.sources} if timeline is not None else set()
            self._sources = frozenset(self._sources & known) or None
        if self._speakers is not None:
            known = {q.speaker for q in timeline.quotes} if timeline is not None else set()
            self._speakers = frozenset(self._speakers & known) or None

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        # Rows may be anywhere in the display order: say every shown row of those columns changed.
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, top_left.column()), self.index(last, bottom_right.column()), roles)

    def _rebuild(self, model: EventTableModel) -> None:
        """New source rows: compute the filter and the order afresh."""
        self._orders = {}
        self._links = None
        self._recompute(model)
        self._arrange()

    def source_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    # -- the filters ---------------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._text

    @Slot(str)
    def set_search_text(self, text: str) -> None:
        if text != self._text:
            self._change_filter(lambda: setattr(self, "_text", text))

    @property
    def categories(self) -> frozenset[str] | None:
        return self._categories

    def set_categories(self, categories: Iterable[str] | None) -> None:
        """Show only these category ids; ``None`` shows all."""
        value = None if categories is None else frozenset(categories)
        if value != self._categories:
            self._change_filter(lambda: setattr(self, "_categories", value))

    @property
    def confidences(self) -> frozenset[str] | None:
        return self._confidences

    def set_confidences(self, levels: Iterable[str] | None) -> None:
        """Show only these confidence levels (``"high"``, ``"medium"``, ``"low"``); ``None`` shows all."""
        value = None if levels is None else frozenset(levels)
        if value != self._confidences:
            self._change_filter(lambda: setattr(self, "_confidences", value))

    @property
    def window(self) -> tuple[float, float] | None:
        return self._window

    def set_window(self, window: tuple[float, float] | None) -> None:
        """Show only events overlapping ``[first, last)`` in days since 1970; ``None`` shows all."""
        if window != self._window:
            self._change_filter(lambda: setattr(self, "_window", window))

    @property
    def sources(self) -> frozenset[str] | None:
        return self._sources

    @property
    def speakers(self) -> frozenset[str] | None:
        return self._speakers

    def set_reading_choice(self, sources: Iterable[str] | None, speakers: Iterable[str] | None) -> None:
        """Show only the events these sources support or contradict and that quote these people; ``None`` (or
        nothing chosen) leaves that side open. Both at once, so a clear filters once."""
        chosen_sources = frozenset(sources) if sources is not None else None
        chosen_speakers = frozenset(speakers) if speakers is not None else None

        def set_both() -> None:
            self._sources = chosen_sources or None
            self._speakers = chosen_speakers or None

        if ((chosen_sources or None), (chosen_speakers or None)) != (self._sources, self._speakers):
            self._change_filter(set_both)

    def event_links(self) -> EventLinks | None:
        """The links between sources, speakers and source rows, built on first use; None without a timeline."""
        model = self._model
        if model is None or model.timeline is None:
            return None
        if self._links is None or self._links.row_count != model.rowCount():
            self._links = event_links(model.timeline, model.events)
        return self._links

    def contradicted_mask(self) -> bytes | bytearray | None:
        """One byte per source row, set where a chosen source contradicts the event; ``None`` when none does."""
        return self._contradicted

    def contradicted_by(self, source_row: int) -> tuple[str, ...]:
        """The chosen sources that contradict the event at ``source_row`` (empty when none, or none chosen)."""
        marks = self._contradicted
        model = self._model
        if marks is None or model is None or not 0 <= source_row < len(marks) or not marks[source_row]:
            return ()
        assert self._sources is not None  # marks are only made for chosen sources
        return tuple(contradicting_sources(model.events[source_row], self._sources))

    def is_filtering(self) -> bool:
        return self.current_filter().active

    def current_filter(self) -> EventFilter:
        """The search and filters as set now (what an export "as shown" applies)."""
        return EventFilter(
            self._text,
            self._categories,
            self._confidences,
            self._window,
            sources=self._sources,
            speakers=self._speakers,
        )

    def accepted_mask(self) -> bytearray:
        """One byte per source row: 1 where the row passes the filters. Shared with the canvas."""
        model = self.sourceModel()
        if isinstance(model, EventTableModel) and len(self._accepted) != model.rowCount():
            self._recompute(model)
        return self._accepted

    def _change_filter(self, set_value: Callable[[], None]) -> None:
        self.filter_about_to_change.emit()
        set_value()
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            self._recompute(model)
        self._remove_hidden_rows_in_use()
        self._change_layout()
        self.filter_changed.emit()

    def _remove_hidden_rows_in_use(self) -> None:
        """Remove the newly hidden rows around those a persistent index holds (the current and selected rows).

        A layout change would only make their indexes invalid, silently: the selection would not
        say that its current row went away, and the window and the canvas would go on showing a
        hidden event. Removing the row makes the selection move its current index to a neighbour
        and say so, as with any model (the window then decides what to select). The whole run of
        hidden rows around it goes at once, so the neighbour is a row that stays shown.
        """
        accepted, rows = self._accepted, self._rows
        if len(accepted) != self.source_model().rowCount():
            return
        hidden_in_use = {i.row() for i in self.persistentIndexList() if i.isValid() and not accepted[rows[i.row()]]}
        if not hidden_in_use:
            return
        shown = bytes(map(accepted.__getitem__, rows))  # in display order, built in C
        runs: set[tuple[int, int]] = set()
        for position in hidden_in_use:
            after = shown.find(1, position)
            runs.add((shown.rfind(1, 0, position) + 1, len(rows) - 1 if after < 0 else after - 1))
        for first, last in sorted(runs, reverse=True):
            self.beginRemoveRows(QModelIndex(), first, last)
            del rows[first : last + 1]
            self._positions = None
            self.endRemoveRows()

    def _recompute(self, model: EventTableModel) -> None:
        columns = model.columns
        timeline = model.timeline
        self._contradicted = None
        if columns is None or timeline is None:
            self._accepted = bytearray()
            return
        self._accepted = filter_mask(
            timeline, columns, model.events, self.current_filter(), model.search_texts, self._links_for_filter
        )
        if self._sources is not None:
            contradicted = self._links_for_filter().rows_of_sources(self._sources)[1]
            self._contradicted = contradicted if any(contradicted) else None

    def _links_for_filter(self) -> EventLinks:
        links = self.event_links()
        assert links is not None  # only asked for while there is a timeline
        return links

    # -- the rows shown, in bulk -------------------------------------------------------------------

    def _change_layout(self, change: Callable[[], None] | None = None) -> None:
        """Apply ``change`` (to the sort), then show the rows as the filters and sort now have them, in bulk.

        Views and the selection keep their indexes as persistent ones: each is moved to its event's
        new row, or made invalid when the event is now hidden.
        """
        cast(Any, self.layoutAboutToBeChanged)[_WITH_HINT].emit([], _ROWS_ONLY)
        persistent = self.persistentIndexList()
        old_rows = self._rows
        source_rows = [old_rows[index.row()] if index.isValid() else -1 for index in persistent]
        if change is not None:
            change()
        self._arrange()
        moved = [
            self._index_of(row, index.column()) if row >= 0 else QModelIndex()
            for row, index in zip(source_rows, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        cast(Any, self.layoutChanged)[_WITH_HINT].emit([], _ROWS_ONLY)

    def _arrange(self) -> None:
        """Rebuild ``_rows`` from the mask and the sort, with C-level iteration only."""
        model = self.sourceModel()
        count = model.rowCount() if isinstance(model, EventTableModel) else 0
        accepted = self._accepted
        filtering = len(accepted) == count and self.is_filtering()
        if self._sort_column == Column.DATE or count == 0:
            rows = list(compress(range(count), accepted)) if filtering else list(range(count))
            self._direction = 1
        else:
            order = self._ascending_order(Column(self._sort_column))
            rows = list(compress(order, map(accepted.__getitem__, order))) if filtering else list(order)
            self._direction = 0
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            # Every sort key ends with the row (the date order), so no two rows tie: descending is
            # exactly ascending reversed, as Qt's stable sort with the comparison reversed gives.
            rows.reverse()
            self._direction = -self._direction
        self._rows = rows
        self._positions = None

    def _ascending_order(self, column: Column) -> list[int]:
        order = self._orders.get(column)
        if order is None:
            keys = self.source_model().sort_values(column)
            # sorted() is stable and the source rows are chronological: ties stay in date order.
            order = sorted(range(len(keys)), key=keys.__getitem__)
            self._orders[column] = order
        return order

    def _position(self, source_row: int) -> int:
        """Where ``source_row`` is shown, or -1 when it is hidden (or out of range)."""
        rows = self._rows
        if self._direction > 0:
            found = bisect_left(rows, source_row)
        elif self._direction < 0:
            found = bisect_left(rows, -source_row, key=neg)
        else:
            positions = self._positions
            if positions is None:
                positions = array("l", [-1]) * self.source_model().rowCount()
                for position, row in enumerate(rows):
                    positions[row] = position
                self._positions = positions
            return positions[source_row] if 0 <= source_row < len(positions) else -1
        return found if found < len(rows) and rows[found] == source_row else -1

    def _index_of(self, source_row: int, column: int) -> QModelIndex:
        position = self._position(source_row)
        return self.createIndex(position, column) if position >= 0 else QModelIndex()

    # -- QAbstractProxyModel -------------------------------------------------------------------

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; -1 (Qt's "unsorted") shows the source's own, chronological, order."""
        if column < 0 or column >= _COLUMN_COUNT:
            column, order = Column.DATE, Qt.SortOrder.AscendingOrder
        if (column, order) == (self._sort_column, self._sort_order):
            return

        def resort() -> None:
            self._sort_column, self._sort_order = column, order

        self._change_layout(resort)

    @override
    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.model() is not self:
            return QModelIndex()
        row = proxy_index.row()
        rows = self._rows
        if row >= len(rows):
            return QModelIndex()
        assert self._model is not None  # there are rows
        return self._model.index(rows[row], proxy_index.column())

    @override
    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid() or source_index.model() is not self._model:
            return QModelIndex()
        return self._index_of(source_index.row(), source_index.column())

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._model is None else _COLUMN_COUNT

    @override
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    @override
    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        # A table: no row has a parent (QObject.parent() is not asked through this proxy).
        return QModelIndex()

    @override
    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    @override
    def sibling(self, row: int, column: int, index: AnyIndex) -> QModelIndex:
        return self.index(row, column) if index.isValid() else QModelIndex()

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._model is None or orientation != Qt.Orientation.Horizontal:
            return None  # no row numbers: the rows are events, not positions
        return self._model.headerData(section, orientation, role)

    # The views ask these for every cell on screen, many roles each: answered here, each is one call
    # into Python, where Qt's own (through mapToSource, then the source's data) would be two.

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._model
        row = index.row()
        if model is None or not index.isValid() or row >= len(self._rows):
            return None
        source = model.index(self._rows[row], index.column())
        if self._contradicted is not None and role in _MARKED_ROLES:
            return self._marked(source, role)
        return model.data(source, role)

    def _marked(self, source: QModelIndex, role: int) -> Any:
        """``role`` of a cell while some chosen source contradicts some event: marked when it is this one's."""
        model = self._model
        assert model is not None
        against = self.contradicted_by(source.row())
        if not against:
            return model.data(source, role)
        if role == CONTRADICTED_BY_ROLE:
            return against
        if source.column() != Column.TITLE:
            return model.data(source, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return _contradiction_icon()
        timeline = model.timeline
        names = {s.id: s.publisher or s.title for s in timeline.sources} if timeline is not None else {}
        # The detail pane's wording ("Contradicted by [n] AFP"), with the names a reader chose.
        said = "Contradicted by " + ", ".join(names.get(i, i) for i in against)
        title = model.events[source.row()].title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title} — {said}"
        return rich_text_of(f"{title}\n{said} (chosen in Sources); the detail pane says what is contradicted.")

    @override
    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        # A delegate asks for seven roles of each cell it paints in one call: one call into Python
        # for the cell, where one per role (here, then again in the source) would cost more than the
        # rest of painting the list.
        model = self._model
        row = index.row()
        # PySide's span has len() and [] (its type stubs do not say so); a single role is a span of one.
        spans: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        if model is None or not index.isValid() or row >= len(self._rows):
            for position in range(len(spans)):
                spans[position].clearData()
            return
        source = model.index(self._rows[row], index.column())
        data = model.data if self._contradicted is None else self._data_of_marked
        for position in range(len(spans)):
            wanted = spans[position]
            wanted.setData(data(source, wanted.role()))

    def _data_of_marked(self, source: QModelIndex, role: int) -> Any:
        return self._marked(source, role) if role in _MARKED_ROLES else self.source_model().data(source, role)

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


_icon: QIcon | None = None


def _contradiction_icon() -> QIcon:
    """The style's warning sign, made once (the list asks for it on every repaint of a marked row)."""
    global _icon
    if _icon is None:
        _icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icon
