"""The main window: menus, search and filters, the canvas area, the event list and the detail pane.

All wiring between widgets happens in :meth:`MainWindow._connect_signals`; the widgets
expose signals and slots and never reach into their siblings. One selection model on
the filter proxy is shared by every view, so selecting anywhere shows everywhere.
"""

from __future__ import annotations

import hashlib
import html
import json
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

import PySide6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app import __version__
from timeline_app.desktop import EXECUTABLE, app_link
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.language import fill, translate
from timeline_app.domain.loading import FileFormat, LoadedTimeline
from timeline_app.domain.model import ConfidenceLevel, Event, Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import TimelineLoadError
from timeline_app.domain.reader_words import confidence_description
from timeline_app.domain.saving import timeline_json, write_text_atomically
from timeline_app.domain.selection import DateRange
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.qtmodels.plain_text import rich_text_of, window_title_of, without_shortcut
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas.accessibility import install_canvas_accessibility
from timeline_app.ui.canvas.canvas import visible_range_words
from timeline_app.ui.detail_document import EventDocument
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.error_reporting import log_folder, open_log_folder
from timeline_app.ui.event_list import EventList
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.file_loader import FileLoader, LoadingBar, PreparedTimeline
from timeline_app.ui.file_watch import FileWatcher
from timeline_app.ui.live_reload import LiveReload
from timeline_app.ui.problems_bar import ProblemsBar
from timeline_app.ui.problems_dialog import ProblemsDialog
from timeline_app.ui.reading_layout import Arrangement, ReadingLayout
from timeline_app.ui.settings_values import ignore, read_bool, read_bytes, read_json_object, read_paths, read_text
from timeline_app.ui.shortcuts_dialog import ShortcutsDialog
from timeline_app.ui.sources_view import ReadingTabs
from timeline_app.ui.theme import add_theme_menu, current_theme, theme_manager
from timeline_app.ui.translations import LanguageMenu, about_language_line

MAX_RECENT_FILES = 8


def timeline_file_filter() -> str:
    """The Open dialog's file types, in the reader's language."""
    return ";;".join(
        (
            translate("MainWindow", "All timelines (*.timeline.json *.json *.csv *.timeline)"),
            translate("MainWindow", "Timeline Viewer files (*.timeline.json *.json)"),
            translate("MainWindow", "TimelineJS files (*.json *.csv)"),
            translate("MainWindow", "Timeline files (*.timeline)"),
            translate("MainWindow", "All files (*)"),
        )
    )


def save_file_filter() -> str:
    return ";;".join(
        (translate("MainWindow", "Timeline Viewer files (*.timeline.json)"), translate("MainWindow", "All files (*)"))
    )


TIMELINE_FILE_FILTER = (  # English, for tests and scripts; the dialogs use timeline_file_filter()
    "All timelines (*.timeline.json *.json *.csv *.timeline);;"
    "Timeline Viewer files (*.timeline.json *.json);;"
    "TimelineJS files (*.json *.csv);;"
    "Timeline files (*.timeline);;"
    "All files (*)"
)
SAVE_FILE_FILTER = "Timeline Viewer files (*.timeline.json);;All files (*)"


@dataclass(frozen=True)
class _PendingOpen:
    """A file being opened in the background, and what to do when it is shown."""

    path: Path
    restore_view: bool
    on_opened: Callable[[], None] | None
    opened_message: str
    on_failed: Callable[[TimelineLoadError], None] | None = None
    """Told of the problems instead of the reader's dialog (a live reload shows them in its bar)."""


def theme_category_colour(colour: str) -> QColor:
    """A category's ``#rrggbb`` as the current theme draws it (its marks stand 3:1 against the theme's background)."""
    return current_theme().category(colour)


def swatch_icon(colour: str, size: int = 12) -> QIcon:
    """A swatch of a category's ``#rrggbb`` as the current theme draws it."""
    shown = theme_category_colour(colour)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(shown.darker(130))
        painter.setBrush(shown)
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    return QIcon(pixmap)


@dataclass(frozen=True)
class RememberedView:
    """What a reader had set up for one file, kept in the settings and set up again when the file is reopened.

    The defaults are the file's own view: its range, no search, nothing hidden. The selection is
    kept beside it (``last_event/…``), as it was before views were remembered.
    """

    range: tuple[float, float] | None = None
    """Days ``[start, end)`` on screen; ``None``: the range the file asks for."""
    scroll: float = 0.0
    """How far the lanes were scrolled down, in pixels."""
    search: str = ""
    hidden_categories: frozenset[str] = field(default_factory=frozenset)
    """Category ids switched off. Hidden rather than shown ones, so a category the file gains later shows."""
    hidden_confidences: frozenset[str] = field(default_factory=frozenset)
    list_in_view: bool = False

    def to_json(self) -> str:
        start, end = self.range if self.range is not None else (None, None)
        return json.dumps(
            {
                "start": start,
                "end": end,
                "scroll": self.scroll,
                "search": self.search,
                "hidden_categories": sorted(self.hidden_categories),
                "hidden_confidences": sorted(self.hidden_confidences),
                "list_in_view": self.list_in_view,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_settings(cls, data: object) -> RememberedView:
        """The view stored as the JSON object ``data``; each part that is missing or not what it should be is left
        at its default.

        Settings are edited by hand and written by other versions: nothing in them may stop a file from opening.
        """
        if not isinstance(data, dict):
            return cls()
        start, end, scroll = data.get("start"), data.get("end"), data.get("scroll")
        search = data.get("search")
        list_in_view = data.get("list_in_view")
        return cls(
            range=(float(start), float(end)) if _is_number(start) and _is_number(end) and start < end else None,
            scroll=float(scroll) if _is_number(scroll) and scroll >= 0 else 0.0,
            search=search if isinstance(search, str) else "",
            hidden_categories=_strings(data.get("hidden_categories")),
            hidden_confidences=_strings(data.get("hidden_confidences")),
            list_in_view=list_in_view if isinstance(list_in_view, bool) else False,
        )


def _is_number(value: object) -> TypeGuard[float]:
    # Compared, not passed to math.isfinite: a JSON integer can be too large for a float, and that would raise.
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and -sys.float_info.max <= value <= sys.float_info.max
    )


def _strings(value: object) -> frozenset[str]:
    return frozenset(v for v in value if isinstance(v, str)) if isinstance(value, list) else frozenset()


class MainWindow(QMainWindow):
    timeline_loaded = Signal(str)
    """A file was opened or reloaded (its path)."""
    load_ended_without_timeline = Signal(str)
    """A background open failed or was cancelled (its path); the timeline on screen stayed as it was."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings
        self.loaded: LoadedTimeline | None = None
        self.path: Path | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self._chosen_event: str | None = None
        """The event the reader chose; kept while filters hide it, and chosen again when they don't."""
        self._filtering = False
        self._pending_open: _PendingOpen | None = None
        self.loader = FileLoader(self)
        self.loading_bar = LoadingBar()

        self.model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.selection = QItemSelectionModel(self.proxy, self)

        self.event_list = EventList()
        self.event_list.setModel(self.proxy)
        self.event_list.setSelectionModel(self.selection)
        self.event_list.configure_columns()
        # Events | Sources | Speakers: reading by source and speaker filters the proxy (sources_view.py).
        self.reading_tabs = ReadingTabs(self.event_list, self.proxy)
        self.detail_pane = DetailPane()
        self.timeline_panel = TimelinePanel()
        self.timeline_panel.setObjectName("timeline_panel")
        self.timeline_panel.setMinimumHeight(220)
        self.timeline_panel.set_models(self.proxy, self.selection)

        self.search_field = QLineEdit()
        self.category_buttons: dict[str, QToolButton] = {}
        self._category_swatches: list[tuple[str, QToolButton, QAction]] = []
        """Each category's colour, button and View → Categories entry, whose swatches follow the theme."""
        self.confidence_actions: dict[str, QAction] = {}
        self.count_label = QLabel()
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, shown as it is

        self._build_layout()
        self._build_actions()
        self._build_link_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect_signals()
        self._build_live_reload()
        self._wire_keyboard_and_screen_reader()
        self.setAcceptDrops(True)
        self._restore_window_state()
        self._update_title()
        self._update_count()

    # -- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.reading_layout = ReadingLayout(self.timeline_panel, self.reading_tabs, self.detail_pane)
        self.setCentralWidget(self.reading_layout)
        self.statusBar().addPermanentWidget(self.loading_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.file_label)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(
            translate("MainWindow", "&Open…"), key.Open, tip=translate("MainWindow", "Open a timeline file")
        )
        self.reload_action = self._action(
            translate("MainWindow", "&Reload"), key.Refresh, tip=translate("MainWindow", "Read the current file again")
        )
        self.reload_action.setEnabled(False)
        self.save_as_action = self._action(
            translate("MainWindow", "Save &As…"),
            key.SaveAs,
            tip=translate("MainWindow", "Save the timeline as a Timeline Viewer file (.timeline.json)"),
        )
        self.save_as_action.setEnabled(False)
        self.export_action = self._action(
            translate("MainWindow", "&Export…"),
            "Ctrl+E",
            tip=translate("MainWindow", "Write the timeline picture, the events or the events-and-sources report"),
        )
        self.export_action.setEnabled(False)
        self.print_action = self._action(
            translate("MainWindow", "&Print…"),
            key.Print,
            tip=translate("MainWindow", "Print the timeline picture or the report"),
        )
        self.print_action.setEnabled(False)
        self.warnings_action = self._action(
            translate("MainWindow", "&Warnings…"),
            tip=translate("MainWindow", "List what the open file was warned about"),
        )
        self.warnings_action.setEnabled(False)
        self.quit_action = self._action(translate("MainWindow", "&Quit"), key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(
            translate("MainWindow", "&Search…"),
            key.Find,
            tip=translate("MainWindow", "Search titles, summaries, quotes and sources"),
        )
        self.clear_filters_action = self._action(translate("MainWindow", "&Clear Search and Filters"), "Ctrl+Shift+L")
        self.zoom_in_action = self._action(
            translate("MainWindow", "Zoom &In"), key.ZoomIn, tip=translate("MainWindow", "Zoom in on the timeline")
        )
        self.zoom_in_action.setShortcuts([QKeySequence(key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            translate("MainWindow", "Zoom &Out"), key.ZoomOut, tip=translate("MainWindow", "Zoom out on the timeline")
        )
        self.fit_action = self._action(
            translate("MainWindow", "&Fit All"), "Ctrl+0", tip=translate("MainWindow", "Show the whole timeline")
        )
        self.go_to_date_action = self._action(
            translate("MainWindow", "&Go to Date…"), "Ctrl+G", tip=translate("MainWindow", "Show a year, month or day")
        )
        self.list_in_view_action = self._action(
            translate("MainWindow", "&List Only Events in View"),
            tip=translate("MainWindow", "Limit the list to the time shown"),
        )
        self.list_in_view_action.setCheckable(True)
        self.shortcuts_action = self._action(
            translate("MainWindow", "&Keyboard Shortcuts"),
            key.HelpContents,
            tip=translate("MainWindow", "Every shortcut of the menus, the timeline and the list"),
        )
        self.about_action = self._action(translate("MainWindow", "&About Timeline Viewer"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for level in ConfidenceLevel:
            action = self._action(confidence_description(level))
            action.setCheckable(True)
            action.setChecked(True)
            self.confidence_actions[level.value] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        file_menu.addAction(self.reload_action)
        file_menu.addAction(self.warnings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._build_edit_menu(bar)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.find_action)
        self.categories_menu = view_menu.addMenu(translate("MainWindow", "&Categories"))
        confidence_menu = view_menu.addMenu(translate("MainWindow", "C&onfidence"))
        for action in self.confidence_actions.values():
            confidence_menu.addAction(action)
        view_menu.addAction(self.list_in_view_action)
        view_menu.addAction(self.clear_filters_action)
        view_menu.addAction(self.reset_view_action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.go_to_date_action):
            view_menu.addAction(action)
        self._build_layout_actions(view_menu)
        self._build_theme_actions(view_menu)
        self._build_language_actions(view_menu)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.shortcuts_action)
        self._build_log_folder_action(help_menu)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._rebuild_recent_menu()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("MainWindow", "Search and filters"))
        self.toolbar.setObjectName("filters_toolbar")
        self.toolbar.setMovable(False)
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(
            translate("MainWindow", "Search events, quotes, people, sources…  (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.toolbar.addWidget(self.search_field)
        self.toolbar.addSeparator()
        self.category_bar = QWidget()
        self.category_bar.setObjectName("category_bar")
        self.toolbar.addWidget(self.category_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # -- keyboard and screen readers (the canvas's events: see ui/canvas/accessibility.py) -----

    def _wire_keyboard_and_screen_reader(self) -> None:
        install_canvas_accessibility(self.timeline_panel.canvas)
        # What a screen reader says at each stop of Tab: the buttons' "−" and "+" would be read as symbols.
        names = {
            self.search_field: translate("MainWindow", "Search"),
            self.timeline_panel.zoom_out_button: translate("MainWindow", "Zoom out"),
            self.timeline_panel.zoom_in_button: translate("MainWindow", "Zoom in"),
            self.event_list: translate("MainWindow", "Events"),
            self.detail_pane: translate("MainWindow", "Event details"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.apply_tab_order()

    def apply_tab_order(self) -> None:
        """Tab goes as the eye reads: search, category filters, the timeline's buttons, canvas, list, pane.

        Set, not left to the order the widgets were made in; call again after moving any of them.
        """
        panel = self.timeline_panel
        order: list[QWidget] = [
            self.search_field,
            self.category_bar,  # its buttons are made per file and follow it
            panel.zoom_out_button,
            panel.zoom_in_button,
            panel.fit_button,
            panel.legend_button,
            panel.canvas,
            *self.reading_tabs.focus_chain(),  # its tabs, then the list (or the Sources or Speakers view)
            self.detail_pane,
        ]
        for number in range(1, len(order)):
            QWidget.setTabOrder(order[number - 1], order[number])

    def _connect_signals(self) -> None:
        # files
        self.open_action.triggered.connect(self.choose_file)
        self.reload_action.triggered.connect(self.reload)
        self.save_as_action.triggered.connect(self.choose_save_file)
        self.export_action.triggered.connect(self.show_export_dialog)
        self.print_action.triggered.connect(self.show_print_dialog)
        self.warnings_action.triggered.connect(self.show_warnings)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        # Esc in the search field clears it, as in a browser's find bar; elsewhere Esc keeps its meaning.
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search_field.clear)
        self.loader.progress.connect(self.loading_bar.show_progress)
        self.loader.finished.connect(self._on_background_load_finished)
        self.loader.failed.connect(self._on_background_load_failed)
        self.loading_bar.cancel_requested.connect(self.cancel_loading)
        # search and filters
        self.find_action.triggered.connect(self._focus_search)
        self.search_field.textChanged.connect(self.proxy.set_search_text)
        self.clear_filters_action.triggered.connect(self.clear_filters)
        for action in self.confidence_actions.values():
            action.toggled.connect(self._on_confidence_toggled)
        self.proxy.filter_about_to_change.connect(self._on_filter_about_to_change)
        self.proxy.filter_changed.connect(self._on_filter_changed)
        self.proxy.filter_changed.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        # timeline canvas
        self.zoom_in_action.triggered.connect(self.timeline_panel.zoom_in)
        self.zoom_out_action.triggered.connect(self.timeline_panel.zoom_out)
        self.fit_action.triggered.connect(self.timeline_panel.fit_all)
        self.go_to_date_action.triggered.connect(self.ask_date)
        self.timeline_panel.activated.connect(self._focus_detail_pane)
        self.timeline_panel.canvas.view_changed.connect(self._on_view_changed)
        self.list_in_view_action.toggled.connect(self._on_view_changed)
        # selection → detail pane
        self.selection.currentChanged.connect(self._on_current_changed)
        self.detail_pane.related_event_requested.connect(self.select_event)
        self.detail_pane.citation_copied.connect(self._on_citation_copied)
        self.detail_pane.link_refused.connect(self._on_link_refused)
        self._connect_link_signals()

    def _build_live_reload(self) -> None:
        """Watch the open file and read it again when it changes; a failure shows in a bar above the canvas."""
        self.file_watch = FileWatcher(self)
        self.problems_bar = ProblemsBar()
        panel_layout = self.timeline_panel.layout()
        assert isinstance(panel_layout, QVBoxLayout)
        panel_layout.insertWidget(0, self.problems_bar)
        self.live_reload = LiveReload(self, self.file_watch, self.problems_bar)
        self.problems_bar.show_problems_requested.connect(self._show_reload_problems)

    @Slot(object)
    def _show_reload_problems(self, error: object) -> None:
        assert isinstance(error, TimelineLoadError)
        self._show_problems(error)

    # -- where the detail pane sits (see timeline_app.ui.reading_layout) ---------------------

    def _build_layout_actions(self, view_menu: QMenu) -> None:
        view_menu.addSeparator()
        layout_menu = view_menu.addMenu(translate("MainWindow", "&Layout"))
        layout_menu.setObjectName("layout_menu")
        group = QActionGroup(self)
        self.arrangement_actions: dict[Arrangement, QAction] = {}
        for arrangement in Arrangement:
            action = self._action(arrangement.menu_text, tip=arrangement.tip)
            action.setCheckable(True)
            action.setData(arrangement.value)
            group.addAction(action)
            layout_menu.addAction(action)
            action.triggered.connect(self._on_arrangement_chosen)
            self.arrangement_actions[arrangement] = action

    @Slot()
    def _on_arrangement_chosen(self) -> None:
        chosen = next(a for a, action in self.arrangement_actions.items() if action.isChecked())
        self.arrange(chosen)

    def arrange(self, arrangement: Arrangement) -> None:
        """Put the detail pane beside the timeline and the list, or below the timeline (View → Layout)."""
        self.arrangement_actions[arrangement].setChecked(True)
        self.reading_layout.arrange(arrangement)

    # -- light and dark (see timeline_app.ui.theme) ------------------------------------------

    def _build_theme_actions(self, view_menu: QMenu) -> None:
        view_menu.addSeparator()
        self.theme_menu = add_theme_menu(view_menu, self.settings)
        theme_manager().changed.connect(self._show_in_current_theme)
        self.model.set_category_colours(theme_category_colour)

    @Slot()
    def _show_in_current_theme(self) -> None:
        self.timeline_panel.canvas.update()
        self.timeline_panel.overview.update()
        self.detail_pane.show_in_current_theme()
        # The list's swatches and the category buttons' are drawn in the theme's version of each colour too.
        self.model.set_category_colours(theme_category_colour)
        self._show_category_swatches()

    # -- the log of unexpected errors (see timeline_app.ui.error_reporting) ------------------

    # -- the UI's language (see timeline_app.ui.translations) ----------------------------------

    def _build_language_actions(self, view_menu: QMenu) -> None:
        self.language_menu = LanguageMenu(view_menu, self.settings)
        self.language_menu.chosen.connect(self._on_language_chosen)

    @Slot(str)
    def _on_language_chosen(self, value: str) -> None:
        self.statusBar().showMessage(self.language_menu.restart_message(value), 10000)

    def _build_log_folder_action(self, menu: QMenu) -> None:
        self.log_folder_action = self._action(
            translate("MainWindow", "Open &Log Folder"),
            tip=translate(
                "MainWindow", "Show the folder of the log, where unexpected errors and Qt's warnings are written"
            ),
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        menu.addAction(self.log_folder_action)

    @Slot()
    def open_log_folder(self) -> None:
        if not open_log_folder():
            self.statusBar().showMessage(
                fill(translate("MainWindow", "Cannot open the log folder %1"), log_folder()), 10000
            )

    # -- opening files -----------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open Timeline"), start, timeline_file_filter()
        )
        if path:
            self.open_file_in_background(Path(path))

    def open_file(self, path: Path, *, restore_view: bool = True) -> bool:
        """Load ``path`` and show it, before returning. On failure, list the problems and keep everything as it was.

        The file is shown as the reader last left it (range, filters, selection; a reload keeps
        them too), unless ``restore_view`` is false: then it opens at its own range with no filters,
        for a caller that asks for a range or an event of its own. The window cannot paint until
        this returns; the reader's ways of opening use :meth:`open_file_in_background`.
        """
        self.cancel_loading()  # a load under way would otherwise replace this file when it ends
        try:
            loaded = load_timeline(path)
        except TimelineLoadError as error:
            self._show_problems(error)
            return False
        self._show_loaded(path, loaded, None, restore_view=restore_view)
        return True

    def open_file_in_background(
        self,
        path: Path,
        *,
        restore_view: bool = True,
        on_opened: Callable[[], None] | None = None,
        opened_message: str = "",
        on_failed: Callable[[TimelineLoadError], None] | None = None,
    ) -> None:
        """Load ``path`` in a worker and show it when it is ready; the window stays in use meanwhile.

        After :data:`~timeline_app.ui.file_loader.SHOW_PROGRESS_AFTER_MS` a bar in the status bar
        shows how far it has got, with Cancel. Until the file is ready nothing on screen changes:
        on failure the problems are listed, and a cancelled or failed load leaves everything as it
        was (:attr:`load_ended_without_timeline`). ``on_opened`` runs once the file is shown, and
        ``opened_message`` then replaces the status bar's "Opened …". A load under way is dropped.
        ``on_failed``, if given, gets the problems of a file that cannot be read instead of the dialog.
        """
        # Search texts are folded after the first frame, unless the file opens with a search.
        reloading = self.path is not None and self.path.resolve() == path.resolve()
        searching = self.search_field.text().strip() if reloading else self._remembered_view(path).search.strip()
        opens_searching = restore_view and bool(searching)
        self.loader.start(path, with_search_texts=opens_searching)
        self._pending_open = _PendingOpen(path, restore_view, on_opened, opened_message, on_failed)
        self.loading_bar.start(path)

    def is_loading(self) -> bool:
        """Whether a file is being opened in the background."""
        return self.loader.is_loading()

    @Slot()
    def cancel_loading(self) -> None:
        """Stop opening the file being loaded in the background; what is on screen stays as it is."""
        pending = self._pending_open
        if pending is None:
            return
        self._pending_open = None
        self.loader.cancel()
        self.loading_bar.stop()
        self.statusBar().showMessage(fill(translate("MainWindow", "Opening %1 cancelled"), pending.path.name), 4000)
        self.load_ended_without_timeline.emit(str(pending.path))

    @Slot(object)
    def _on_background_load_finished(self, prepared: object) -> None:
        pending, self._pending_open = self._pending_open, None
        self.loading_bar.stop()
        assert isinstance(prepared, PreparedTimeline)
        if pending is None or pending.path != prepared.path:
            return
        self._show_loaded(prepared.path, prepared.loaded, prepared, restore_view=pending.restore_view)
        if prepared.rows.search_texts is None:
            self.model.fold_search_texts_when_idle()
        if pending.opened_message:
            self.statusBar().showMessage(pending.opened_message, 4000)
        if pending.on_opened is not None:
            pending.on_opened()

    @Slot(object)
    def _on_background_load_failed(self, error: object) -> None:
        pending, self._pending_open = self._pending_open, None
        self.loading_bar.stop()
        if not isinstance(error, TimelineLoadError):
            assert isinstance(error, BaseException)
            raise error  # a fault of ours, not of the file: the exception hook reports it
        if pending is not None and pending.on_failed is not None:
            pending.on_failed(error)
        else:
            self._show_problems(error)
        if pending is not None:
            self.load_ended_without_timeline.emit(str(pending.path))

    def _show_loaded(
        self, path: Path, loaded: LoadedTimeline, prepared: PreparedTimeline | None, *, restore_view: bool
    ) -> None:
        """Show ``loaded`` (read from ``path``), with the rows and layout ``prepared`` in the background if any."""
        self._remember_view()  # of the file this one replaces, or of this one when it is reloaded
        self.loaded = loaded
        self.path = path
        self._chosen_event = None
        if prepared is None:
            self.model.set_timeline(loaded.timeline)
        else:
            self.model.set_rows(prepared.rows, prepared.scene)
        self._rebuild_category_filters(loaded.timeline)
        self.reload_action.setEnabled(True)
        self.save_as_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self.print_action.setEnabled(True)
        self.warnings_action.setEnabled(bool(loaded.warnings))
        self._add_recent(path)
        self._update_title()
        self._update_count()
        if restore_view:
            self._apply_view(self._remembered_view(path), self._remembered_event(path))
        else:
            self._apply_view(RememberedView(), None)
        if self._chosen_event is None:
            self.detail_pane.show_event(self.model.timeline, None)  # what the timeline is, and how to start
        self._update_link_actions()
        message = _opened_message(loaded)
        if self.proxy.is_filtering():  # only filters remembered for this file can be on: say why events are missing
            message += translate("MainWindow", " · search and filters as you left them (View → Reset View clears them)")
        self.statusBar().showMessage(message, 10000 if loaded.warnings else 6000)
        self.timeline_loaded.emit(str(path))

    @Slot()
    def reload(self) -> None:
        """Read the open file again, in the background; the view and selection stay as they are."""
        if self.path is not None:
            self.open_file_in_background(
                self.path, opened_message=fill(translate("MainWindow", "Reloaded %1"), self.path.name)
            )

    def _show_problems(self, error: TimelineLoadError) -> None:
        self._show_dialog(ProblemsDialog(error.file, error.problems, read_as=error.read_as, parent=self))

    @Slot()
    def show_warnings(self) -> None:
        """List what the open file was warned about (for another tool's file: what could not be kept)."""
        loaded = self.loaded
        if loaded is None or not loaded.warnings:
            return
        read_as = None if loaded.file_format is FileFormat.TIMELINE_VIEWER else loaded.file_format.label
        self._show_dialog(ProblemsDialog(loaded.file, loaded.warnings, read_as=read_as, opened=True, parent=self))

    def _show_dialog(self, dialog: ProblemsDialog) -> None:
        if self.problems_dialog is not None:
            self.problems_dialog.close()
        self.problems_dialog = dialog
        dialog.open()

    # -- saving ------------------------------------------------------------------------------

    @Slot()
    def choose_save_file(self) -> None:
        if self.loaded is None or self.path is None:
            return
        suggested = self.path.with_name(_our_file_name(self.path))
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Save Timeline As"), str(suggested), save_file_filter()
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        """Write the timeline on screen to ``path`` in our format, and carry on reading it from there.

        The file that was opened is never replaced without the reader's yes: it may be another
        tool's file, which that tool could no longer open.
        """
        if self.loaded is None or self.path is None:
            return False
        opened = self.path.resolve()
        if path.exists() and path.resolve() == opened and not self.confirm_replacing_opened_file(self.loaded):
            return False
        text = timeline_json(self.loaded.timeline)
        try:
            write_text_atomically(path, text)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Save As"),
                rich_text_of(fill(translate("MainWindow", "%1 was not saved: %2."), path, exc.strerror or exc)),
            )
            return False
        try:
            # Read back what was written: the saved file is checked like any other, and the
            # window carries on from it (Reload reads it; warnings are its own, not the old file's).
            saved = load_timeline(path)
        except TimelineLoadError as error:
            self._show_problems(error)
            return False
        self.loaded = saved
        self.path = path
        self.live_reload.saved_as(path)  # our own write is not a change on disk to read back
        self.warnings_action.setEnabled(bool(saved.warnings))
        self._add_recent(path)
        self._update_count()
        self.statusBar().showMessage(
            fill(translate("MainWindow", "Saved as %1 (%2)"), path.name, FileFormat.TIMELINE_VIEWER.label), 6000
        )
        return True

    def confirm_replacing_opened_file(self, loaded: LoadedTimeline) -> bool:
        """Ask before writing over the file that was opened; a separate method so tests can answer it."""
        foreign = loaded.file_format is not FileFormat.TIMELINE_VIEWER
        detail = (
            fill(
                translate(
                    "MainWindow",
                    " It was read as %1; after saving it will be a Timeline Viewer file, "
                    "which other programs may not open.",
                ),
                loaded.file_format.label,
            )
            if foreign
            else ""
        )
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Replace the opened file?"),
            rich_text_of(
                fill(
                    translate("MainWindow", "%1 is the file you opened. Replace it with the timeline as shown?"),
                    Path(loaded.file).name,
                )
                + detail
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- export and print --------------------------------------------------------------------

    def export_dialog(self, *, printing: bool = False) -> ExportDialog | None:
        """The Export (or Print) dialog for what is on screen now; ``None`` without a timeline."""
        timeline = self.model.timeline
        if timeline is None or self.path is None:
            return None
        state = self.timeline_panel.view_state
        event = self.current_event()
        return ExportDialog(
            timeline,
            current_filter=self.proxy.current_filter(),
            screen_days=(state.start, state.end),
            selected=event.id if event is not None else None,
            file_stem=_our_file_name(self.path).removesuffix(".timeline.json"),
            # Beside the file; the bundled timeline's folder is the program's, so the home folder for it.
            folder=self.path.parent if self.linked_file() is not None else Path.home(),
            printing=printing,
            parent=self,
        )

    @Slot()
    def show_export_dialog(self) -> None:
        self._open_export_dialog(printing=False)

    @Slot()
    def show_print_dialog(self) -> None:
        self._open_export_dialog(printing=True)

    def _open_export_dialog(self, *, printing: bool) -> None:
        dialog = self.export_dialog(printing=printing)
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.message, 8000))
        dialog.open()

    # -- selection ---------------------------------------------------------------------------

    def current_event_id(self) -> str | None:
        index = self.selection.currentIndex()
        return str(index.data(EventRole.EVENT_ID)) if index.isValid() else None

    @Slot(str)
    def select_event(self, event_id: str) -> bool:
        """Select an event by id, clearing search and filters if they hide it."""
        row = self.model.row_of(event_id)
        if row is None:
            self.statusBar().showMessage(
                fill(translate("MainWindow", "No event with id '%1' in this timeline"), event_id), 6000
            )
            return False
        source_index = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(source_index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selection.setCurrentIndex(index, flags)
        self.event_list.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._filtering:
            return  # Qt moves the current row when filters hide it; that is not the reader's choice
        timeline = self.model.timeline
        event = current.data(EventRole.EVENT) if current.isValid() else None
        self._chosen_event = event.id if event is not None else None
        self.detail_pane.show_event(timeline, event)

    @Slot()
    def _on_filter_about_to_change(self) -> None:
        self._filtering = True

    @Slot()
    def _on_filter_changed(self) -> None:
        self._filtering = False
        self._show_chosen_event()

    def _show_chosen_event(self) -> None:
        """Select the reader's chosen event if the filters show it; otherwise say that they hide it."""
        chosen = self._chosen_event
        row = self.model.row_of(chosen) if chosen else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if index.isValid():
            if self.current_event_id() != chosen:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.selection.setCurrentIndex(index, flags)
            self.event_list.scrollTo(index)
        elif chosen is not None:
            self.selection.clear()
            self._chosen_event = chosen  # clearing reported "nothing chosen"; the reader's choice stands
            self.detail_pane.show_event(
                None,
                None,
                empty=translate(
                    "MainWindow", "The selected event is hidden by the search or filters; clear them to see it again."
                ),
            )

    # -- the canvas ------------------------------------------------------------------------

    @Slot()
    def ask_date(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("go_to_date_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(translate("MainWindow", "Go to Date"))
        dialog.setLabelText(
            translate(
                "MainWindow", "Year, month or day — e.g. 1994, May 1994, 1994-05-04, 44 BC or 66 million years ago:"
            )
        )
        dialog.textValueSelected.connect(self.go_to_date)
        dialog.open()

    @Slot(str)
    def go_to_date(self, text: str) -> bool:
        if self.timeline_panel.go_to_date(text):
            return True
        self.statusBar().showMessage(
            fill(translate("MainWindow", "'%1' is not a date; try 1994, May 1994, 1994-05-04 or 44 BC"), text), 6000
        )
        return False

    @Slot()
    def _focus_detail_pane(self) -> None:
        self.detail_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    @Slot(bool)
    def _on_view_changed(self, _checked: bool = False) -> None:
        if self.list_in_view_action.isChecked():
            state = self.timeline_panel.view_state
            self.proxy.set_window((state.start, state.end))
        else:
            self.proxy.set_window(None)

    # -- filters -----------------------------------------------------------------------------

    @Slot()
    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def clear_filters(self) -> None:
        self.search_field.clear()
        for button in self.category_buttons.values():
            button.setChecked(True)
        for action in self.confidence_actions.values():
            action.setChecked(True)
        self.list_in_view_action.setChecked(False)
        self.reading_tabs.clear_choice()

    def _rebuild_category_filters(self, timeline: Timeline) -> None:
        """A button (and a View → Categories entry) for each category, all on: a view's filters are set after."""
        old_layout = self.category_bar.layout()
        if old_layout is not None:
            QWidget().setLayout(old_layout)  # reparent the old layout (and its buttons) to be deleted
        row = QHBoxLayout(self.category_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.category_buttons = {}
        self._category_swatches = []
        self.categories_menu.clear()
        for category in timeline.categories:
            button = QToolButton()
            button.setObjectName(f"category_{category.id}")
            button.setText(without_shortcut(category.label))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolTip(rich_text_of(fill(translate("MainWindow", "Show or hide %1 events"), category.label)))
            button.toggled.connect(self._on_category_toggled)
            row.addWidget(button)
            self.category_buttons[category.id] = button
            menu_action = self.categories_menu.addAction(without_shortcut(category.label))
            menu_action.setCheckable(True)
            menu_action.setChecked(button.isChecked())
            menu_action.toggled.connect(button.setChecked)
            button.toggled.connect(menu_action.setChecked)
            self._category_swatches.append((category.colour, button, menu_action))
        self._show_category_swatches()
        self._apply_category_filter()

    def _show_category_swatches(self) -> None:
        """Each category's button and View → Categories entry shows its colour, as the current theme draws it."""
        for colour, button, action in self._category_swatches:
            icon = swatch_icon(colour)
            button.setIcon(icon)
            action.setIcon(icon)

    @Slot(bool)
    def _on_category_toggled(self, checked: bool) -> None:
        self._apply_category_filter()

    def _apply_category_filter(self) -> None:
        shown = {c for c, b in self.category_buttons.items() if b.isChecked()}
        self.proxy.set_categories(None if len(shown) == len(self.category_buttons) else shown)

    @Slot(bool)
    def _on_confidence_toggled(self, checked: bool) -> None:
        shown = {level for level, action in self.confidence_actions.items() if action.isChecked()}
        self.proxy.set_confidences(None if len(shown) == len(self.confidence_actions) else shown)

    # -- links to events and views: the Edit menu and the context menus -----------------------

    def _build_link_actions(self) -> None:
        self.copy_link_action = self._action(
            translate("MainWindow", "Copy &Link to Event"),
            "Ctrl+Shift+C",
            tip=translate("MainWindow", "Copy a timeline-app: link that opens this file at the event"),
        )
        self.copy_command_action = self._action(
            translate("MainWindow", "Copy &Command Line for Event"),
            tip=translate("MainWindow", "Copy the command that opens this file at the event, for a terminal"),
        )
        self.copy_view_link_action = self._action(
            translate("MainWindow", "Copy Link to &View"),
            tip=translate("MainWindow", "Copy a timeline-app: link that opens this file at the dates on screen"),
        )
        self.copy_title_action = self._action(
            translate("MainWindow", "Copy &Title"), tip=translate("MainWindow", "Copy the event's title")
        )
        self.copy_citations_action = self._action(
            translate("MainWindow", "Copy &Sources as Citations"),
            tip=translate("MainWindow", "Copy a citation of each source the event cites, as the pane numbers them"),
        )
        self.reset_view_action = self._action(
            translate("MainWindow", "&Reset View"),
            tip=translate("MainWindow", "Show the file's own range, with no search or filters; the selection stays"),
        )
        for action in (*self._event_actions(), self.copy_view_link_action, self.reset_view_action):
            action.setEnabled(False)

    def _event_actions(self) -> tuple[QAction, ...]:
        """The actions on the current event: in the Edit menu and in an event's context menu."""
        return (self.copy_link_action, self.copy_command_action, self.copy_title_action, self.copy_citations_action)

    def _build_edit_menu(self, bar: QMenuBar) -> None:
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.copy_link_action)
        edit_menu.addAction(self.copy_command_action)
        edit_menu.addAction(self.copy_view_link_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_title_action)
        edit_menu.addAction(self.copy_citations_action)

    def _connect_link_signals(self) -> None:
        self.copy_link_action.triggered.connect(self.copy_event_link)
        self.copy_command_action.triggered.connect(self.copy_event_command_line)
        self.copy_view_link_action.triggered.connect(self.copy_view_link)
        self.copy_title_action.triggered.connect(self.copy_event_title)
        self.copy_citations_action.triggered.connect(self.copy_event_citations)
        self.reset_view_action.triggered.connect(self.reset_view)
        self.selection.currentChanged.connect(self._update_link_actions)
        self.proxy.modelReset.connect(self._update_link_actions)
        self.event_list.context_menu_requested.connect(self._show_context_menu)
        self.timeline_panel.context_menu_requested.connect(self._show_context_menu)

    @Slot()
    def _update_link_actions(self) -> None:
        has_event = self.current_event() is not None
        for action in self._event_actions():
            action.setEnabled(has_event)
        opened = self.model.timeline is not None
        self.copy_view_link_action.setEnabled(opened)
        self.reset_view_action.setEnabled(opened)

    def current_event(self) -> Event | None:
        index = self.selection.currentIndex()
        event = index.data(EventRole.EVENT) if index.isValid() else None
        return event if isinstance(event, Event) else None

    def linked_file(self) -> Path | None:
        """The open file as links name it: its absolute path, or ``None`` for the bundled timeline.

        The bundled timeline's place differs from one installation to another; a link without a
        file opens it wherever it is.
        """
        if self.path is None:
            return None
        path = self.path.resolve()
        return None if path == bundled_timeline_path().resolve() else path

    def event_link(self, event_id: str) -> str:
        return app_link(self.linked_file(), event_id)

    def event_command_line(self, event_id: str) -> str:
        """``timeline-app /abs/path.timeline.json --event ID``, quoted for this system's shell."""
        file = self.linked_file()
        arguments = [EXECUTABLE, *([str(file)] if file is not None else []), "--event", event_id]
        # cmd.exe knows double quotes only; a POSIX shell's single quotes would be part of the name there.
        return subprocess.list2cmdline(arguments) if sys.platform == "win32" else shlex.join(arguments)

    def view_link(self) -> str:
        """A link to the dates on screen, and to the current event if it is among them (a link's event is shown)."""
        state = self.timeline_panel.view_state
        index = self.selection.currentIndex()
        on_screen = (
            index.isValid() and index.data(EventRole.START) < state.end and index.data(EventRole.END) > state.start
        )
        event_id = self.current_event_id() if on_screen else None
        return app_link(self.linked_file(), event_id, range_argument(state.start, state.end))

    @Slot()
    def copy_event_link(self) -> None:
        event = self.current_event()
        if event is not None:
            QGuiApplication.clipboard().setText(self.event_link(event.id))
            self.statusBar().showMessage(
                fill(translate("MainWindow", "Link to “%1” copied"), _short(event.title)), 4000
            )

    @Slot()
    def copy_event_command_line(self) -> None:
        event = self.current_event()
        if event is not None:
            QGuiApplication.clipboard().setText(self.event_command_line(event.id))
            self.statusBar().showMessage(
                fill(translate("MainWindow", "Command line for “%1” copied"), _short(event.title)), 4000
            )

    @Slot()
    def copy_view_link(self) -> None:
        if self.model.timeline is not None:
            QGuiApplication.clipboard().setText(self.view_link())
            words = visible_range_words(self.timeline_panel.view_state)
            self.statusBar().showMessage(fill(translate("MainWindow", "Link to the view of %1 copied"), words), 4000)

    @Slot()
    def copy_event_title(self) -> None:
        event = self.current_event()
        if event is not None:
            QGuiApplication.clipboard().setText(event.title)
            self.statusBar().showMessage(fill(translate("MainWindow", "Title “%1” copied"), _short(event.title)), 4000)

    @Slot()
    def copy_event_citations(self) -> None:
        """The event's sources as the detail pane numbers them, one citation a line (``[1] “Title.” Publisher…``)."""
        event = self.current_event()
        timeline = self.model.timeline
        if event is None or timeline is None:
            return
        document = EventDocument(timeline, event)
        lines = [f"[{n.number}] {document.citation_text(n.number)}" for n in document.numbered]
        if not lines:
            self.statusBar().showMessage(
                fill(translate("MainWindow", "“%1” cites no source"), _short(event.title)), 4000
            )
            return
        QGuiApplication.clipboard().setText("\n".join(lines))
        copied = translate("MainWindow", "%n citation(s) of “%1” copied", None, len(lines))
        self.statusBar().showMessage(fill(copied, _short(event.title)), 4000)

    @Slot(str, QPoint)
    def _show_context_menu(self, event_id: str, position: QPoint) -> None:
        self.context_menu(event_id).popup(position)

    def context_menu(self, event_id: str) -> QMenu:
        """The menu a right-click opens: on an event (which it selects), its actions; elsewhere (``""``), the view's."""
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if event_id and self.select_event(event_id):
            groups = [self._event_actions()[:2], self._event_actions()[2:]]
        else:
            groups = [(self.copy_view_link_action,), (self.reset_view_action, self.fit_action)]
        for number, group in enumerate(groups):
            if number:
                menu.addSeparator()
            menu.addActions(list(group))
        return menu

    # -- the view: what is on screen, remembered for each file, and reset ---------------------

    def current_view(self) -> RememberedView:
        state = self.timeline_panel.view_state
        return RememberedView(
            range=(state.start, state.end),
            scroll=state.scroll,
            search=self.search_field.text(),
            hidden_categories=frozenset(c for c, button in self.category_buttons.items() if not button.isChecked()),
            hidden_confidences=frozenset(c for c, action in self.confidence_actions.items() if not action.isChecked()),
            list_in_view=self.list_in_view_action.isChecked(),
        )

    def show_range(self, date_range: DateRange) -> None:
        """Show the days of ``date_range``, as far as the timeline's limits allow."""
        self.timeline_panel.canvas.set_range(*date_range.days)

    @Slot()
    def reset_view(self) -> None:
        """Back to the file's own range, scrolled to the top, with no search or filters; the selection stays."""
        scene = self.timeline_panel.canvas.scene
        timeline = self.model.timeline
        if scene is None or timeline is None:
            return
        self.reading_tabs.clear_choice()
        self._apply_view(RememberedView(range=scene.home), None)
        event = self.current_event()
        kept = fill(translate("MainWindow", "; “%1” stays selected"), _short(event.title)) if event is not None else ""
        words = DateRange(timeline.view.start, timeline.view.end).in_words()
        self.statusBar().showMessage(
            fill(translate("MainWindow", "View reset to %1, with no search or filters"), words) + kept, 6000
        )

    def _apply_view(self, view: RememberedView, chosen_event: str | None) -> None:
        """Show ``view`` and choose ``chosen_event``, passing over what the file no longer has.

        A category or an event the file lost, or a range outside its time, is left out; the rest is
        set up. Nothing is animated: a view set up again is shown as it was, not travelled to.
        """
        canvas = self.timeline_panel.canvas
        animation_ms, canvas.animation_ms = canvas.animation_ms, 0
        try:
            self.search_field.setText(view.search)
            for category, button in self.category_buttons.items():
                button.setChecked(category not in view.hidden_categories)
            for level, action in self.confidence_actions.items():
                action.setChecked(level not in view.hidden_confidences)
            self.list_in_view_action.setChecked(view.list_in_view)
            limits = canvas.limits
            wanted = view.range
            if wanted is not None and not (wanted[0] < limits.last and wanted[1] > limits.first):
                wanted = None
            if wanted is not None:
                canvas.set_range(*wanted)
            if chosen_event is not None and self.model.row_of(chosen_event) is not None:
                self._chosen_event = chosen_event
                self._show_chosen_event()
                if wanted is not None:
                    canvas.set_range(*wanted)  # choosing brought the event into view; the range as left wins
            canvas.scroll_to(view.scroll)
        finally:
            canvas.animation_ms = animation_ms

    # -- status, title, about ----------------------------------------------------------------

    @Slot()
    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        locale = self.locale()  # digit grouping as the reader's locale writes it: 100,000 or 100 000
        note = self.reading_tabs.choice_note()  # " · by source: NATO"
        # Both counts grouped as the locale groups digits; the plural form follows the total ("из 21 события").
        of_total = translate("MainWindow", "%1 of %2 events", None, total)
        self.count_label.setText(fill(of_total, locale.toString(shown), locale.toString(total)) + note)
        self.file_label.setText(self.path.name if self.path else "")
        tip = str(self.path) if self.path else ""
        if self.loaded is not None and self.loaded.file_format is not FileFormat.TIMELINE_VIEWER:
            tip += "\n" + fill(translate("MainWindow", "Read as %1"), self.loaded.file_format.label)
        self.file_label.setToolTip(rich_text_of(tip))

    def _update_title(self) -> None:
        timeline = self.model.timeline
        self.setWindowTitle(
            window_title_of(fill(translate("MainWindow", "%1 — Timeline Viewer"), timeline.title))
            if timeline
            else translate("MainWindow", "Timeline Viewer")
        )

    @Slot(str)
    def _on_citation_copied(self, text: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Citation copied to the clipboard"), 4000)

    @Slot(str)
    def _on_link_refused(self, url: str) -> None:
        self.statusBar().showMessage(
            fill(translate("MainWindow", "Not opened: only http and https links are followed (%1)"), url), 6000
        )

    def about_text(self) -> str:
        lines = [
            f"<h3>Timeline Viewer {html.escape(__version__)}</h3>",
            "<p>"
            + html.escape(
                translate(
                    "MainWindow",
                    "Explore a sourced history as a zoomable timeline: where each fact comes from, "
                    "who said what, and how sure we are.",
                )
            )
            + "</p>",
            f"<p>Qt {html.escape(qVersion())} · PySide6 {html.escape(PySide6.__version__)}</p>",
        ]
        if self.loaded is not None and self.path is not None:
            timeline = self.loaded.timeline
            lines.append(
                f"<p><b>{html.escape(translate('MainWindow', 'Data file:'))}</b> {html.escape(str(self.path))}<br>"
                f"<b>{html.escape(translate('MainWindow', 'Read as:'))}</b> "
                f"{html.escape(self.loaded.file_format.label)}<br>"
                f"<b>SHA-256:</b> <code>{self.loaded.sha256}</code></p>"
            )
            if timeline.license:
                licence = html.escape(translate("MainWindow", "Licence:"))
                lines.append(f"<p><b>{licence}</b> {html.escape(timeline.license)}</p>")
            if timeline.credits:
                credits = html.escape(translate("MainWindow", "Credits:"))
                lines.append(f"<p><b>{credits}</b> {html.escape(timeline.credits)}</p>")
            lines.append(f"<p>{about_language_line(timeline.language)}</p>")
        return "".join(lines)

    @Slot()
    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(translate("MainWindow", "About Timeline Viewer"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()

    # -- recent files and remembered state ---------------------------------------------------

    def recent_files(self) -> list[str]:
        return read_paths(self.settings, "recent_files", MAX_RECENT_FILES)

    def _add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry, *(f for f in self.recent_files() if f != entry)][:MAX_RECENT_FILES]
        self.settings.setValue("recent_files", files)
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, entry in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {without_shortcut(Path(entry).name)}")
            action.setData(entry)
            action.setToolTip(rich_text_of(entry))
            action.triggered.connect(self._on_recent_triggered)
        self.recent_menu.setEnabled(bool(files))

    @Slot()
    def _on_recent_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            path = Path(str(action.data()))
            if _is_gone(path):
                self._forget_recent(path)
            else:
                self.open_file_in_background(path)

    def _forget_recent(self, path: Path) -> None:
        """Take a file that is no longer there off Open Recent, and say so."""
        self.settings.setValue("recent_files", [f for f in self.recent_files() if f != str(path)])
        # Later, not now: rebuilding deletes the menu's actions, and the one being triggered is among them.
        QTimer.singleShot(0, self._rebuild_recent_menu)
        self.statusBar().showMessage(
            fill(translate("MainWindow", "%1 is no longer in %2: removed from Open Recent"), path.name, path.parent),
            10000,
        )

    @staticmethod
    def _file_key(path: Path) -> str:
        return hashlib.sha1(str(path.resolve()).encode(), usedforsecurity=False).hexdigest()

    def _remember_view(self) -> None:
        """Keep the open file's view and selection, to show them again when it is next opened."""
        if self.path is None or self.model.timeline is None:
            return
        file_key = self._file_key(self.path)
        # The reader's choice, even while filters hide it: it is what they come back to.
        event_id = self._chosen_event
        if event_id:
            self.settings.setValue(f"last_event/{file_key}", event_id)
        else:
            self.settings.remove(f"last_event/{file_key}")
        self.settings.setValue(f"last_view/{file_key}", self.current_view().to_json())

    def _remembered_event(self, path: Path) -> str | None:
        return read_text(self.settings, f"last_event/{self._file_key(path)}") or None

    def _remembered_view(self, path: Path) -> RememberedView:
        return RememberedView.from_settings(read_json_object(self.settings, f"last_view/{self._file_key(path)}"))

    def _restore_window_state(self) -> None:
        # Each value is checked (timeline_app.ui.settings_values): one that is garbled is ignored, with a log line.
        if self.settings.status() is not QSettings.Status.NoError:
            ignore(self.settings, "*", f"the file cannot be read ({self.settings.status().name})")
        # The legend overlays the lanes, so it starts hidden; the Legend button shows it, and it stays as left.
        self.timeline_panel.legend_button.setChecked(read_bool(self.settings, "window/legend", False))
        geometry = read_bytes(self.settings, "window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_the_screens():
            if geometry is not None:
                ignore(self.settings, "window/geometry", "not a window size and place these screens can show")
                self.setWindowState(Qt.WindowState.WindowNoState)
            self._default_size()
            if geometry is not None:  # and where garbage put it, the reader might never find it
                self.move(QGuiApplication.primaryScreen().availableGeometry().center() - self.rect().center())
        state = read_bytes(self.settings, "window/state")
        if state is not None and not self.restoreState(state):
            ignore(self.settings, "window/state", "not a saved layout of this window")
        self.reading_layout.restore(self.settings)
        self.arrangement_actions[self.reading_layout.arrangement].setChecked(True)

    def _fits_the_screens(self) -> bool:
        """Whether the restored window is at least its smallest size and mostly on the screens (Qt restores garbage
        too: a window of no size, or one far off every screen)."""
        rect = self.normalGeometry() if self.isMaximized() or self.isFullScreen() else self.geometry()
        smallest = self.minimumSizeHint()
        shown = rect.intersected(QGuiApplication.primaryScreen().availableVirtualGeometry())
        big_enough = rect.width() >= smallest.width() and rect.height() >= smallest.height()
        return big_enough and shown.width() * 2 >= rect.width() and shown.height() * 2 >= rect.height()

    def _default_size(self) -> None:
        # First start: most of the screen, so the canvas, list and pane all have room to read.
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1600, int(available.width() * 0.85)), min(1000, int(available.height() * 0.85)))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.reading_layout.save(self.settings)
        self.settings.setValue("window/legend", self.timeline_panel.legend_button.isChecked())
        self._remember_view()
        self.settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_loading()
        self.save_state()
        super().closeEvent(event)

    # -- drag and drop -----------------------------------------------------------------------

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.open_file_in_background(path)


def range_argument(first: float, last: float) -> str:
    """The whole days of ``[first, last)`` as ``--range`` and links take them: ``2001..2006``."""
    return str(DateRange.of_days(first, last))


def _short(title: str, limit: int = 60) -> str:
    """A title short enough for the status bar."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _opened_message(loaded: LoadedTimeline) -> str:
    name = Path(loaded.file).name
    if loaded.file_format is not FileFormat.TIMELINE_VIEWER:
        name = fill(translate("MainWindow", "%1 as %2"), name, loaded.file_format.label)
    if not loaded.warnings:
        return fill(translate("MainWindow", "Opened %1"), name)
    return fill(
        translate("MainWindow", "Opened %1 with %n warning(s): File → Warnings…", None, len(loaded.warnings)), name
    )


def _our_file_name(path: Path) -> str:
    """``notes.timeline.json`` for ``notes.csv`` or ``notes.timeline``: the name Save As suggests."""
    name = path.name
    for suffix in (".timeline.json", ".json", ".csv", ".timeline"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return f"{name or 'timeline'}.timeline.json"


def _is_gone(path: Path) -> bool:
    """Whether nothing is at ``path`` any more; a file that is there but cannot be read is not gone (the loader
    says why it cannot be opened)."""
    try:
        return not path.exists()
    except OSError:
        return False


def _dropped_file(urls: list[QUrl]) -> Path | None:
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 else None
