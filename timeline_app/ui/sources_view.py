"""Reading by source and by speaker: Events | Sources | Speakers tabs where the event list was.

"What does each side say?" Selecting sources (or a whole publisher, e.g. all of NATO's) or
speakers filters the list and the canvas to the events they support or are quoted in, at once,
together with the search and the other filters; events a chosen source contradicts are shown
too, marked (see :mod:`timeline_app.qtmodels.filter_proxy`). The tables are built from the
timeline only when one of their tabs is first shown, so a large file opens no slower for them.
Nothing is remembered across sessions; a reload keeps the choice while the file keeps the ids.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.language import fill, translate
from timeline_app.domain.reading_by import describe_choice, sources_by_publisher, speakers
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.qtmodels.source_model import SORT_ROLE, SOURCE_IDS_ROLE, SourceColumn, SourceTreeModel
from timeline_app.qtmodels.speaker_model import PERSON_ID_ROLE, SpeakerColumn, SpeakerTableModel

EVENTS_TAB, SOURCES_TAB, SPEAKERS_TAB = range(3)


def _sorting_proxy(parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class _ChoicePage(QWidget):
    """A hint, a Clear button and a view of sources or speakers that selects several rows."""

    def __init__(self, hint: str, view: QAbstractItemView, clear_name: str) -> None:
        super().__init__()
        self.view = view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        self.hint = QLabel(hint)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(translate("ReadingTabs", "Clear"))
        self.clear_button.setObjectName(clear_name)
        self.clear_button.setToolTip(translate("ReadingTabs", "Let go of the choice made here"))
        self.clear_button.setEnabled(False)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.hint, 1)
        top.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(view, 1)


class ReadingTabs(QTabWidget):
    """The event list, the Sources view and the Speakers view, as tabs; the choice filters ``proxy``."""

    def __init__(self, event_list: QWidget, proxy: EventFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_tabs")
        self.setDocumentMode(True)
        # Tab reaches the tab bar itself (see focus_chain): the tab widget, whose focus proxy it is, would be
        # a second stop on the way round that leads back into the tabs.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the tab widget passed its policy on to it
        self.event_list = event_list
        self.proxy = proxy
        self._stale = True
        """The tables do not yet show the current timeline (built when a tab of theirs is shown)."""

        self.source_model = SourceTreeModel(self)
        self.sources_sorted = _sorting_proxy(self)
        self.sources_sorted.setSourceModel(self.source_model)
        self.sources_tree = QTreeView()
        self.sources_tree.setObjectName("sources_tree")
        self.sources_tree.setModel(self.sources_sorted)
        self.sources_tree.setUniformRowHeights(True)
        self.sources_tree.setSortingEnabled(True)
        self.sources_tree.sortByColumn(SourceColumn.SOURCE, Qt.SortOrder.AscendingOrder)
        self.sources_tree.setAccessibleName(translate("ReadingTabs", "Sources by publisher"))
        self.sources_page = _ChoicePage(
            translate(
                "ReadingTabs",
                "Select a publisher or sources (Ctrl+click for more) to read the events they cite; "
                "⚠ marks a contradiction.",
            ),
            self.sources_tree,
            "clear_sources",
        )

        self.speaker_model = SpeakerTableModel(self)
        self.speakers_sorted = _sorting_proxy(self)
        self.speakers_sorted.setSourceModel(self.speaker_model)
        self.speakers_table = QTableView()
        self.speakers_table.setObjectName("speakers_table")
        self.speakers_table.setModel(self.speakers_sorted)
        rows = self.speakers_table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)  # as the event list's rows
        self.speakers_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.speakers_table.setShowGrid(False)
        self.speakers_table.setWordWrap(False)
        self.speakers_table.setTabKeyNavigation(False)
        self.speakers_table.setSortingEnabled(True)
        self.speakers_table.sortByColumn(SpeakerColumn.SPEAKER, Qt.SortOrder.AscendingOrder)
        self.speakers_table.setAccessibleName(translate("ReadingTabs", "Speakers of quotes"))
        self.speakers_page = _ChoicePage(
            translate(
                "ReadingTabs", "Select speakers (Ctrl+click for more) to read the events that carry their quotes."
            ),
            self.speakers_table,
            "clear_speakers",
        )

        self.addTab(event_list, translate("ReadingTabs", "Events"))
        self.addTab(self.sources_page, translate("ReadingTabs", "Sources"))
        self.addTab(self.speakers_page, translate("ReadingTabs", "Speakers"))
        self.setTabToolTip(SOURCES_TAB, translate("ReadingTabs", "Read the timeline by source or publisher"))
        self.setTabToolTip(SPEAKERS_TAB, translate("ReadingTabs", "Read the timeline by who is quoted"))
        self._lay_out_columns()

        self.currentChanged.connect(self._on_tab_changed)
        self.sources_tree.selectionModel().selectionChanged.connect(self._on_choice_changed)
        self.speakers_table.selectionModel().selectionChanged.connect(self._on_choice_changed)
        # Each page's Clear lets go of its own choice; the other tab's stays (Reset Filters clears both).
        self.sources_page.clear_button.clicked.connect(self.sources_tree.selectionModel().clearSelection)
        self.speakers_page.clear_button.clicked.connect(self.speakers_table.selectionModel().clearSelection)
        proxy.modelReset.connect(self._on_timeline_changed)
        proxy.filter_changed.connect(self._on_filter_changed)
        proxy.rowsRemoved.connect(self._on_rows_removed)
        self._update_events_title()

    def _lay_out_columns(self) -> None:
        header = self.sources_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SourceColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
        widths = {SourceColumn.PUBLISHER: 150, SourceColumn.KIND: 100, SourceColumn.PUBLISHED: 120}
        for column, width in widths.items():
            self.sources_tree.setColumnWidth(column, width)
        for column in (SourceColumn.SUPPORTS, SourceColumn.CONTRADICTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        speakers = self.speakers_table.horizontalHeader()
        speakers.setStretchLastSection(False)
        speakers.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        speakers.setSectionResizeMode(SpeakerColumn.ROLE, QHeaderView.ResizeMode.Stretch)

    def focus_chain(self) -> list[QWidget]:
        """The widgets here in the order Tab should reach them (hidden pages' are skipped by Qt)."""
        return [
            self.tabBar(),
            self.event_list,
            self.sources_tree,
            self.sources_page.clear_button,
            self.speakers_table,
            self.speakers_page.clear_button,
        ]

    # -- the choice -------------------------------------------------------------------------------

    def chosen_sources(self) -> frozenset[str]:
        ids: set[str] = set()
        for index in self.sources_tree.selectionModel().selectedRows(SourceColumn.SOURCE):
            ids |= index.data(SOURCE_IDS_ROLE) or frozenset()
        return frozenset(ids)

    def chosen_speakers(self) -> frozenset[str]:
        rows = self.speakers_table.selectionModel().selectedRows(SpeakerColumn.SPEAKER)
        return frozenset(str(index.data(PERSON_ID_ROLE)) for index in rows)

    @Slot()
    def clear_choice(self) -> None:
        """Choose no source and no speaker: every event the other filters allow is shown again."""
        self.sources_tree.selectionModel().clearSelection()
        self.speakers_table.selectionModel().clearSelection()
        self.proxy.set_reading_choice(None, None)

    def choice_note(self) -> str:
        """`` · by source: NATO`` when sources or speakers are chosen, else empty: for the "N of M" count."""
        timeline = self.proxy.source_model().timeline
        if timeline is None:
            return ""
        parts = describe_choice(timeline, self.proxy.sources, self.proxy.speakers)
        return "".join(f" · {part}" for part in parts)

    @Slot(QItemSelection, QItemSelection)
    def _on_choice_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._stale:
            return  # the tables are being rebuilt; the proxy keeps the choice it has
        sources, people = self.chosen_sources(), self.chosen_speakers()
        self.proxy.set_reading_choice(sources or None, people or None)
        self.sources_page.clear_button.setEnabled(bool(sources))
        self.speakers_page.clear_button.setEnabled(bool(people))

    # -- keeping up with the timeline and the filters ---------------------------------------------

    @Slot()
    def _on_timeline_changed(self) -> None:
        self._stale = True
        if self.currentIndex() != EVENTS_TAB:
            self._refresh()
        self._update_events_title()

    @Slot(int)
    def _on_tab_changed(self, tab: int) -> None:
        if tab != EVENTS_TAB and self._stale:
            self._refresh()

    def _refresh(self) -> None:
        """Rebuild both tables for the timeline shown, and select again what the proxy still has chosen."""
        timeline = self.proxy.source_model().timeline
        links = self.proxy.event_links()
        self._stale = True  # selections reset with the models: not a choice of the reader's
        if timeline is None or links is None:
            self.source_model.set_readings([])
            self.speaker_model.set_readings([])
        else:
            self.source_model.set_readings(sources_by_publisher(timeline, links))
            self.speaker_model.set_readings(speakers(timeline, links))
        self._select_chosen()
        self._stale = False

    def _select_chosen(self) -> None:
        """Select the rows of the proxy's chosen sources (a publisher's row when all of its are) and speakers."""
        chosen = self.proxy.sources or frozenset()
        selection = QItemSelection()
        sorted_model = self.sources_sorted
        for group_row in range(sorted_model.rowCount()):
            group = sorted_model.index(group_row, 0)
            ids = group.data(SOURCE_IDS_ROLE) or frozenset()
            if ids and ids <= chosen:
                selection.select(group, group.siblingAtColumn(len(SourceColumn) - 1))
                continue
            for row in range(sorted_model.rowCount(group)):
                source = sorted_model.index(row, 0, group)
                if source.data(SOURCE_IDS_ROLE) & chosen:
                    selection.select(source, source.siblingAtColumn(len(SourceColumn) - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.sources_tree.selectionModel().select(selection, flags)
        people = self.proxy.speakers or frozenset()
        selection = QItemSelection()
        for row in range(self.speakers_sorted.rowCount()):
            index = self.speakers_sorted.index(row, 0)
            if index.data(PERSON_ID_ROLE) in people:
                selection.select(index, index.siblingAtColumn(len(SpeakerColumn) - 1))
        self.speakers_table.selectionModel().select(selection, flags)
        self.sources_page.clear_button.setEnabled(bool(chosen))
        self.speakers_page.clear_button.setEnabled(bool(people))

    @Slot()
    def _on_filter_changed(self) -> None:
        # Cleared elsewhere (Reset Filters, Reset View, choosing a hidden event): the tables follow.
        if not self._stale and (
            (self.proxy.sources is None and self.chosen_sources())
            or (self.proxy.speakers is None and self.chosen_speakers())
        ):
            self._stale = True
            self._select_chosen()
            self._stale = False
        self._update_events_title()

    @Slot(QModelIndex, int, int)
    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._update_events_title()

    def _update_events_title(self) -> None:
        model = self.proxy.source_model()
        if self.proxy.is_filtering() and model.rowCount():
            locale = self.locale()
            shown, total = locale.toString(self.proxy.rowCount()), locale.toString(model.rowCount())
            self.setTabText(EVENTS_TAB, fill(translate("ReadingTabs", "Events (%1 of %2)"), shown, total))
        else:
            self.setTabText(EVENTS_TAB, translate("ReadingTabs", "Events"))
