"""The event list: a sortable table over the filter proxy, sharing the window's selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from timeline_app.qtmodels.event_model import Column
from timeline_app.qtmodels.roles import EventRole


def show_as_event_rows(view: QTableView) -> None:
    """Set ``view`` up as a list of events: whole rows, one chosen at a time, read only, of one fixed height.

    A table, not a tree: a tree view walks every row (asking Python whether it has children)
    each time the rows change; a table lays rows out from its fixed-size header alone and asks
    only about the rows on screen, so a million rows take no longer than a hundred.
    """
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.setTabKeyNavigation(False)  # Tab leaves for the next control, as from a tree; the arrows move
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


class EventList(QTableView):
    context_menu_requested = Signal(str, QPoint)
    """The reader asked for an event's menu (right-click on its row, or the Menu key): its id and where to
    show the menu, in global coordinates. The window builds the menu: the actions are its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_list")
        show_as_event_rows(self)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setSortingEnabled(True)

    def configure_columns(self) -> None:
        """Column sizes that fit the content; call after the model is set."""
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {Column.DATE: 250, Column.CATEGORY: 190, Column.SOURCES: 64, Column.CONFIDENCE: 90}
        for column, width in widths.items():
            # Never narrower than the heading: "Достоверность" is longer than "Confidence".
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Positions are the viewport's, as for every event an item view receives from its viewport.
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            position = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:
            index = self.indexAt(event.pos())
            position = event.globalPos()
        if not index.isValid():
            event.ignore()  # below the rows: no event, no menu
            return
        event.accept()
        self.context_menu_requested.emit(str(index.data(EventRole.EVENT_ID)), position)
