"""Search, filters and chronological sorting over the event model.

The filter is computed for all rows at once whenever a setting changes (a list
comprehension over compact columns), and ``filterAcceptsRow`` only looks the answer
up: with a million events, per-row Python work in the filter callback would make
every keystroke in the search field take seconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from typing_extensions import override

from timeline_app.domain.model import ConfidenceLevel
from timeline_app.domain.selection import EventFilter, filter_mask
from timeline_app.qtmodels.event_model import Column, EventTableModel
from timeline_app.qtmodels.roles import EventRole

AnyIndex = QModelIndex | QPersistentModelIndex


class EventFilterProxy(QSortFilterProxyModel):
    """Filters by free text, category, confidence and date window; sorts dates chronologically."""

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
        self._accepted: bytearray = bytearray()
        self.setDynamicSortFilter(True)
        self.setSortRole(EventRole.SORT_KEY)

    # -- state ---------------------------------------------------------------------------

    @override
    def setSourceModel(self, model: Any) -> None:
        assert isinstance(model, EventTableModel)
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._on_source_about_to_reset)
        model.modelAboutToBeReset.connect(self._on_source_about_to_reset)
        self._recompute(model)
        super().setSourceModel(model)

    @Slot()
    def _on_source_about_to_reset(self) -> None:
        # Forget the old answers: accepted_mask() rebuilds them for the new rows on first use,
        # because the length no longer matches the row count.
        self._accepted = bytearray()

    @property
    def search_text(self) -> str:
        return self._text

    @Slot(str)
    def set_search_text(self, text: str) -> None:
        if text == self._text:
            return
        self._begin_change()
        self._text = text
        self._refilter()

    @property
    def categories(self) -> frozenset[str] | None:
        return self._categories

    def set_categories(self, categories: Iterable[str] | None) -> None:
        """Show only these category ids; ``None`` shows all."""
        value = None if categories is None else frozenset(categories)
        if value != self._categories:
            self._begin_change()
            self._categories = value
            self._refilter()

    @property
    def confidences(self) -> frozenset[str] | None:
        return self._confidences

    def set_confidences(self, levels: Iterable[str] | None) -> None:
        """Show only these confidence levels (``"high"``, ``"medium"``, ``"low"``); ``None`` shows all."""
        value = None if levels is None else frozenset(levels)
        if value != self._confidences:
            self._begin_change()
            self._confidences = value
            self._refilter()

    @property
    def window(self) -> tuple[float, float] | None:
        return self._window

    def set_window(self, window: tuple[float, float] | None) -> None:
        """Show only events overlapping ``[first, last)`` in days since 1970; ``None`` shows all."""
        if window != self._window:
            self._begin_change()
            self._window = window
            self._refilter()

    def is_filtering(self) -> bool:
        return self.current_filter().active

    def accepted_mask(self) -> bytearray:
        """One byte per source row: 1 where the row passes the filters. Shared with the canvas."""
        model = self.sourceModel()
        if isinstance(model, EventTableModel) and len(self._accepted) != model.rowCount():
            self._recompute(model)
        return self._accepted

    def source_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    def _begin_change(self) -> None:
        self.filter_about_to_change.emit()
        self.beginFilterChange()

    def _refilter(self) -> None:
        """Finish a change that a setter began with ``beginFilterChange()``."""
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            self._recompute(model)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def current_filter(self) -> EventFilter:
        """The search and filters as set now (what an export "as shown" applies)."""
        return EventFilter(self._text, self._categories, self._confidences, self._window)

    def _recompute(self, model: EventTableModel) -> None:
        columns = model.columns
        timeline = model.timeline
        if columns is None or timeline is None:
            self._accepted = bytearray()
        else:
            self._accepted = filter_mask(timeline, columns, model.events, self.current_filter(), model.search_texts)

    # -- QSortFilterProxyModel -------------------------------------------------------------------

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source rows are already chronological (see EventTableModel): showing them as they
        # are is the date sort, without a Python lessThan call per comparison.
        if column == Column.DATE and order == Qt.SortOrder.AscendingOrder:
            super().sort(-1, order)
        else:
            super().sort(column, order)

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Qt calls this once per row whenever rows are mapped anew (each filter change, each new
        # file): a million times for a large file, on the UI thread. So it only indexes the mask,
        # rebuilt for new rows once (its length then differs from the rows') rather than checked per call.
        accepted = self._accepted
        if source_row >= len(accepted):
            accepted = self.accepted_mask()
        return accepted[source_row] == 1

    @override
    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        model = self.source_model()
        if left.column() == Column.DATE or model.columns is None:
            return bool(left.data(EventRole.SORT_KEY) < right.data(EventRole.SORT_KEY))
        if left.column() == Column.SOURCES:
            return _by_then_date(int(left.data()), int(right.data()), left, right)
        if left.column() == Column.CONFIDENCE:
            rank = ConfidenceLevel(left.data(EventRole.CONFIDENCE)).rank
            other = ConfidenceLevel(right.data(EventRole.CONFIDENCE)).rank
            return _by_then_date(rank, other, left, right)
        return _by_then_date(str(left.data()).casefold(), str(right.data()).casefold(), left, right)


def _by_then_date(a: Any, b: Any, left: AnyIndex, right: AnyIndex) -> bool:
    # Ties fall back to the chronological key so equal values keep a stable, meaningful order.
    if a != b:
        return bool(a < b)
    return bool(left.data(EventRole.SORT_KEY) < right.data(EventRole.SORT_KEY))
