"""Reading the open file again when it changes on disk, without getting in the reader's way.

The reload is the window's own background reload (the view and the selection stay where the
events still exist). What differs from the reader's File → Reload is failure: nobody asked
for this reload, so a file that no longer reads shows the :class:`ProblemsBar` rather than a
dialog, and the last good timeline stays on screen. One reload runs at a time: a change
reported meanwhile is read once that one ends.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from timeline_app.domain.language import fill, translate
from timeline_app.domain.problems import TimelineLoadError
from timeline_app.ui.file_watch import FileWatcher
from timeline_app.ui.problems_bar import ProblemsBar

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


class LiveReload(QObject):
    """Keeps ``watcher`` on the window's open file, reloads it when it changes, and tells of failures in ``bar``."""

    def __init__(self, window: MainWindow, watcher: FileWatcher, bar: ProblemsBar) -> None:
        super().__init__(window)
        self._window = window
        self.watcher = watcher
        self.bar = bar
        self._reloading = False
        """A reload of ours is under way."""
        self._changed_meanwhile = False
        """The file changed while a load (ours or the reader's) was under way: read it once that ends."""
        window.timeline_loaded.connect(self._on_timeline_loaded)
        window.load_ended_without_timeline.connect(self._on_load_ended)
        watcher.changed.connect(self._on_changed)
        watcher.removed.connect(self._on_removed)

    def saved_as(self, path: Path) -> None:
        """The window wrote its timeline to ``path`` and reads from there now: that write is not a change to read."""
        self.watcher.written_by_us(path)
        self.bar.clear()  # what is on disk now is the timeline on screen

    def is_reloading(self) -> bool:
        return self._reloading

    def _is_open_file(self, path: Path) -> bool:
        opened = self._window.path
        return opened is not None and Path(os.path.abspath(opened)) == path

    @Slot(str)
    def _on_timeline_loaded(self, name: str) -> None:
        # A reader's open of another file drops what was pending for the old one.
        if self.watcher.path != Path(os.path.abspath(name)):
            self._changed_meanwhile = False
        self.watcher.watch(Path(name))
        self.bar.clear()
        self._load_ended()

    @Slot(str)
    def _on_load_ended(self, _name: str) -> None:
        self._load_ended()

    def _load_ended(self) -> None:
        self._reloading = False
        if self._changed_meanwhile:
            self._changed_meanwhile = False
            # After the window has finished with the load that ended (it may still be in its handler).
            QTimer.singleShot(0, self, self._reload)

    @Slot(Path)
    def _on_changed(self, path: Path) -> None:
        if self._is_open_file(path):
            self._reload()

    @Slot(Path)
    def _on_removed(self, path: Path) -> None:
        if self._is_open_file(path):
            self.bar.show_missing(path)

    @Slot()
    def _reload(self) -> None:
        path = self._window.path
        if path is None:
            return
        if self._window.is_loading():
            self._changed_meanwhile = True  # never two loads at once: this one is read when the current one ends
            return
        self._reloading = True
        self._window.open_file_in_background(
            path,
            opened_message=fill(translate("LiveReload", "Reloaded %1: it changed on disk"), path.name),
            on_failed=self._on_reload_failed,
        )

    def _on_reload_failed(self, error: TimelineLoadError) -> None:
        self.bar.show_problems(error)
