"""The event list: a sortable table over the filter proxy, sharing the window's selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from timeline_app.qtmodels.event_model import Column


class EventList(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_list")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)  # lets Qt skip measuring each row: a million rows stay instant
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAllColumnsShowFocus(True)

    def configure_columns(self) -> None:
        """Column sizes that fit the content; call after the model is set."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(Column.DATE, 250)
        self.setColumnWidth(Column.CATEGORY, 190)
        self.setColumnWidth(Column.SOURCES, 64)
        self.setColumnWidth(Column.CONFIDENCE, 90)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
