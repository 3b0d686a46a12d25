"""Watching the open file on disk, so the window can read it again when an editor changes it.

Editors save in different ways, and :class:`QFileSystemWatcher` sees each differently:

- written in place: the file's watch reports each write;
- written to a new file renamed over the old one: the watched inode is gone, Qt drops the
  path, and only the folder's watch sees the new file. So the folder is watched too, and
  the file is watched again (the new inode) after each change;
- written in several steps (truncate, write, write; or delete, then create): a burst of
  reports. They are gathered into one by a short quiet time (:attr:`FileWatcher.debounce_ms`),
  and a file missing at the end of it is given a few more of them to come back before it
  is reported gone.

A change to another file in the folder is not a change of ours: each report is checked
against the file's identity, size and modification time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

DEBOUNCE_MS = 250
"""Quiet time after the last report before the file is looked at: an editor's multi-step save ends well within it."""
MISSING_RETRIES = 4
"""How many more quiet times a missing file is waited for before it is reported gone (about a second)."""


@dataclass(frozen=True)
class _Fingerprint:
    """What tells one version of a file from another without reading it."""

    inode: int
    size: int
    modified_ns: int

    @classmethod
    def of(cls, path: Path) -> _Fingerprint | None:
        """``None`` when there is no file at ``path`` (or it cannot be looked at, which for us is the same)."""
        try:
            status = path.stat()
        except OSError:
            return None
        return cls(status.st_ino, status.st_size, status.st_mtime_ns)


class FileWatcher(QObject):
    """Watches one file; reports, once a burst of changes is over, that it changed or that it is gone."""

    changed = Signal(Path)
    """The file has new contents (it was written, replaced, or came back after being gone)."""
    removed = Signal(Path)
    """The file is gone and did not come back within :data:`MISSING_RETRIES` quiet times."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_watch")
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_reported)
        self._watcher.directoryChanged.connect(self._on_folder_reported)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(DEBOUNCE_MS)
        self._quiet.timeout.connect(self._look)
        self.missing_retries = MISSING_RETRIES
        self._path: Path | None = None
        self._seen: _Fingerprint | None = None
        """The version last reported (or found when watching began); ``None``: reported gone."""
        self._ours: _Fingerprint | None = None
        """The version this app wrote (Save As): not a change to read back."""
        self._file_reported = False
        self._missing_looks = 0

    @property
    def debounce_ms(self) -> int:
        """The quiet time, in milliseconds, after the last report before the file is looked at."""
        return self._quiet.interval()

    @debounce_ms.setter
    def debounce_ms(self, value: int) -> None:
        self._quiet.setInterval(value)

    @property
    def path(self) -> Path | None:
        """The file watched, as an absolute path; ``None`` when none is."""
        return self._path

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (``None``: nothing) from its version on disk now; the file already watched carries on."""
        wanted = Path(os.path.abspath(path)) if path is not None else None
        if wanted == self._path:
            return  # a reload of the watched file: a change reported meanwhile must still be looked at
        self._quiet.stop()
        for watched in (*self._watcher.files(), *self._watcher.directories()):
            self._watcher.removePath(watched)
        self._path = wanted
        self._ours = None
        self._file_reported = False
        self._missing_looks = 0
        self._seen = _Fingerprint.of(wanted) if wanted is not None else None
        if wanted is not None:
            self._watcher.addPath(str(wanted.parent))
            self._watch_file()

    def written_by_us(self, path: Path) -> None:
        """The app has just written ``path`` (Save As): watch it, and take what is on disk now as no change."""
        self.watch(path)
        self._ours = _Fingerprint.of(Path(os.path.abspath(path)))

    def _watch_file(self) -> None:
        """Watch the file's current inode (a file renamed over the old one is a new inode, which Qt does not follow)."""
        assert self._path is not None
        name = str(self._path)
        if name in self._watcher.files():
            self._watcher.removePath(name)
        if self._path.exists():
            self._watcher.addPath(name)

    @Slot(str)
    def _on_file_reported(self, name: str) -> None:
        if self._path is not None and name == str(self._path):
            self._file_reported = True
            self._missing_looks = 0
            self._quiet.start()

    @Slot(str)
    def _on_folder_reported(self, name: str) -> None:
        if self._path is not None and name == str(self._path.parent):
            self._missing_looks = 0
            self._quiet.start()

    @Slot()
    def _look(self) -> None:
        """The burst is over: say what became of the file, if anything."""
        path = self._path
        if path is None:
            return
        now = _Fingerprint.of(path)
        if now is None:
            if self._seen is None:
                return  # already reported gone; the folder's other files changed
            if self._missing_looks < self.missing_retries:
                self._missing_looks += 1  # an editor between deleting and writing: give it a moment
                self._quiet.start()
                return
            self._seen = None
            self._file_reported = False
            self.removed.emit(path)
            return
        if self._seen is None or now.inode != self._seen.inode or str(path) not in self._watcher.files():
            self._watch_file()
        if now == self._ours:
            self._seen = now
            self._file_reported = False
            return
        if now != self._seen or self._file_reported:
            self._seen = now
            self._file_reported = False
            self.changed.emit(path)
