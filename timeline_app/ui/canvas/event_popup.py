"""The list of a crowd's events: what a click on a cluster or a density bar opens when zooming cannot help.

At the deepest zoom (or wherever the events of a cluster share one date, so no zoom could
pull them apart) the canvas has no room left to draw each event, yet the reader must be able
to reach every one. A click there opens this popup: the crowd's accepted events in time
order, date and title, chosen with the mouse or the keyboard (Up/Down, Page Up/Down,
Home/End, typing the start of a title; Enter chooses, Esc closes).

A crowded day of a million-event file can hold thousands of events, so the list is a
model/view list over an array of event rows: Qt asks only for the rows it shows, and no
widget is made per event. The functions at the top work out which events a hit stands for;
they read only the scene (no Qt).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from typing_extensions import override

from timeline_app.domain.language import translate
from timeline_app.qtmodels.plain_text import rich_text_of
from timeline_app.ui.canvas.renderer import Hit
from timeline_app.ui.canvas.scene import CanvasScene
from timeline_app.ui.event_list import show_as_event_rows

AnyIndex = QModelIndex | QPersistentModelIndex

VISIBLE_ROWS = 12
"""The popup grows to this many rows; longer lists scroll."""
MAX_TITLE_PX = 460
"""The title column is at most this wide: a longer title is elided (its tooltip shows it whole)."""
DATE_SAMPLE = 400
"""Rows measured to size the date column (measuring thousands would stall the click)."""
TYPE_AHEAD_COLUMN = 1
"""Typing jumps to a title starting with what was typed: the title column holds the current index."""


# -- which events a hit stands for (scene only) --------------------------------------------------


def cluster_members(scene: CanvasScene, hit: Hit, drawn_alone: Sequence[int | None] = ()) -> list[int]:
    """The accepted events a cluster (or "+N" badge) pill counts, in time order.

    The renderer groups a row's marks that touch, walking the lane in time order, so a pill
    stands for ``hit.count`` consecutive events of its row starting at ``hit.event``; events
    ``drawn_alone`` (the selected and hovered ones) are drawn on their own and never counted.
    """
    index = scene.indices[hit.lane] if 0 <= hit.lane < len(scene.indices) else None
    if index is None or hit.event < 0:
        return []
    rows = scene.layout.rows
    row = rows[hit.event]
    alone = {event for event in drawn_alone if event is not None}
    members = index.members
    # The first member's position: events sharing its start sit together in the chronological array.
    position = _position_of(scene, hit.event)
    found: list[int] = []
    while position is not None and position < len(members) and len(found) < hit.count:
        event = members[position]
        if rows[event] == row and event not in alone:
            found.append(event)
        position += 1
    return found


def _position_of(scene: CanvasScene, event: int) -> int | None:
    lane = scene.lane_number(event)
    if lane is None:
        return None
    index = scene.indices[lane]
    start = scene.columns.starts[event]
    position = bisect_left(index.starts, start)
    while position < len(index.members) and index.starts[position] == start:
        if index.members[position] == event:
            return position
        position += 1
    return None


def events_between(scene: CanvasScene, lane: int, first: float, last: float) -> list[int]:
    """The accepted events of ``lane`` overlapping ``[first, last)`` (what a density bar counts), in time order."""
    if not 0 <= lane < len(scene.indices):
        return []
    found = scene.indices[lane].visible(first, last, scene.columns.ends)
    found.sort(key=scene.layout.rank.__getitem__)
    return found


def share_one_date(scene: CanvasScene, events: Sequence[int]) -> bool:
    """Whether every one of ``events`` has the same start and end: no zoom could draw them apart."""
    starts, ends = scene.columns.starts, scene.columns.ends
    return bool(events) and len({(starts[event], ends[event]) for event in events}) == 1


# -- the list -------------------------------------------------------------------------------------


class CrowdModel(QAbstractTableModel):
    """Event rows as a two-column list: date and title, both plain text."""

    DATE, TITLE = 0, 1
    EventRole = Qt.ItemDataRole.UserRole + 1
    """The event's row in the event model (its source row)."""

    def __init__(
        self, events: Sequence[int], titles: Sequence[str], date_of: Callable[[int], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._titles = titles
        self._date_of = date_of
        self._dates: dict[int, str] = {}

    @property
    def events(self) -> Sequence[int]:
        return self._events

    def title_text(self, row: int) -> str:
        return self._titles[self._events[row]]

    def date_text(self, row: int) -> str:
        event = self._events[row]
        text = self._dates.get(event)
        if text is None:
            text = self._dates[event] = self._date_of(event)
        return text

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Display text is drawn as plain text by the item delegate: a "<b>" in a title shows as typed.
            return self.date_text(row) if column == self.DATE else self._titles[self._events[row]]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            # Qt reads a tooltip that looks like HTML as HTML: escape it so the title shows literally.
            return rich_text_of(self._titles[self._events[row]])
        if role == self.EventRole:
            return self._events[row]
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class _CrowdView(QTableView):
    """The list inside the popup: Enter chooses the current event, Esc closes."""

    choose = Signal()
    cancel = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.choose.emit()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.cancel.emit()
            return
        super().keyPressEvent(event)


class EventPopup(QFrame):
    """A frameless popup listing a crowd's events; choosing one emits :attr:`chosen` and closes it."""

    chosen = Signal(int)
    """The source row of the event the reader chose."""

    def __init__(
        self,
        caption: str,
        events: Sequence[int],
        titles: Sequence[str],
        date_of: Callable[[int], str],
        parent: QWidget | None = None,
        current: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        if parent is not None:
            # A window does not inherit its parent's font: read in the same type as the canvas.
            self.setFont(parent.font())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("EventPopup", "Events here"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self._caption = QLabel(caption, self)
        # The caption holds a lane's name from the file: never read as markup.
        self._caption.setTextFormat(Qt.TextFormat.PlainText)
        # Its text starts where the rows' dates do (the item delegate's own margin), so the two align.
        self._caption.setContentsMargins(3, 5, 8, 5)
        caption_font = self._caption.font()
        caption_font.setBold(True)
        self._caption.setFont(caption_font)
        layout.addWidget(self._caption)
        self._model = CrowdModel(events, titles, date_of, self)
        view = self._view = _CrowdView(self)
        view.setModel(self._model)
        view.setAccessibleName(caption)
        show_as_event_rows(view)  # a hundred thousand events cost no call per row
        view.horizontalHeader().hide()
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setMouseTracking(True)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.choose.connect(self._choose_current)
        view.cancel.connect(self.close)
        view.clicked.connect(self._choose)
        view.entered.connect(self._follow_pointer)
        layout.addWidget(view)
        self._size_columns()
        start = events.index(current) if current is not None and current in events else 0
        if events:
            view.setCurrentIndex(self._model.index(start, TYPE_AHEAD_COLUMN))
        self.setFocusProxy(view)

    # -- for the canvas and for tests --------------------------------------------------------------

    @property
    def view(self) -> QTableView:
        return self._view

    @property
    def caption(self) -> str:
        return self._caption.text()

    def listed_events(self) -> list[int]:
        """The source rows listed, top to bottom."""
        return list(self._model.events)

    def current_event(self) -> int | None:
        """The source row of the highlighted event, if any."""
        index = self._view.currentIndex()
        return self._model.events[index.row()] if index.isValid() else None

    def show_at(self, anchor: QPoint) -> None:
        """Show just below and right of the global point ``anchor``, kept on its screen."""
        self.adjustSize()
        size = self.sizeHint()
        screen = QGuiApplication.screenAt(anchor) or self.screen()
        room = screen.availableGeometry()
        left = anchor.x() + 2
        top = anchor.y() + 4
        if left + size.width() > room.right():
            left = max(room.left(), anchor.x() - size.width() - 2)
        if top + size.height() > room.bottom():
            top = max(room.top(), anchor.y() - size.height() - 4)
        self.setGeometry(QRect(left, top, min(size.width(), room.width()), min(size.height(), room.height())))
        self.show()
        self._view.setFocus(Qt.FocusReason.PopupFocusReason)
        current = self._view.currentIndex()
        if current.isValid():
            self._view.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- sizing ------------------------------------------------------------------------------------

    def _size_columns(self) -> None:
        view, model = self._view, self._model
        metrics = QFontMetrics(view.font())
        count = model.rowCount()
        # Measure the first and last rows only: enough to size a column whose dates vary little.
        half = DATE_SAMPLE // 2
        sample = [*range(min(count, half)), *range(max(count - half, half), count)]
        padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 16
        date_width = max((metrics.horizontalAdvance(model.date_text(row)) for row in sample), default=0) + padding
        title_width = max((metrics.horizontalAdvance(model.title_text(row)) for row in sample), default=0) + padding
        title_width = min(max(title_width, 160), MAX_TITLE_PX)
        caption_width = QFontMetrics(self._caption.font()).horizontalAdvance(self._caption.text()) + 20
        view.setColumnWidth(CrowdModel.DATE, date_width)
        scroll = view.verticalScrollBar().sizeHint().width() if count > VISIBLE_ROWS else 0
        self._list_width = max(date_width + title_width + scroll, caption_width) + 2
        # A little air between rows reads better than the style's tight default, and a fixed height
        # keeps Qt from measuring rows; the list shows whole rows only.
        row_height = metrics.height() + 8
        view.verticalHeader().setMinimumSectionSize(row_height)
        view.verticalHeader().setDefaultSectionSize(row_height)
        self._list_height = row_height * max(min(count, VISIBLE_ROWS), 1)
        view.setFixedSize(self._list_width, self._list_height)

    # -- choosing ----------------------------------------------------------------------------------

    @Slot()
    def _choose_current(self) -> None:
        self._choose(self._view.currentIndex())

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        event = self._model.events[index.row()]
        self.close()
        self.chosen.emit(event)

    @Slot(QModelIndex)
    def _follow_pointer(self, index: QModelIndex) -> None:
        # Like a menu: the row under the pointer is the one Enter would choose.
        if index.isValid():
            self._view.setCurrentIndex(self._model.index(index.row(), TYPE_AHEAD_COLUMN))
