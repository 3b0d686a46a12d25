"""Opening a file off the UI thread: read, check and prepare it in a worker, show progress, allow Cancel.

The worker does everything that does not need Qt's widgets: it reads the file in chunks
(reporting the bytes read), decodes and checks it, sorts its rows, folds their search texts
and lays out the canvas's lanes (:class:`~timeline_app.ui.canvas.scene.CanvasScene` is
Qt-free). The window then only hands the prepared pieces to its models. Until then nothing
on screen changes, so a cancelled or failed open leaves the window exactly as it was.

Python runs one thread at a time: the worker's Python code gives way to the UI thread every
few milliseconds (the interpreter's switch interval), but a long call into C that holds the
interpreter (msgspec decoding a large file, a sort) holds the UI until it returns. The
steps here are split so that no such call is longer than it must be.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from timeline_app.domain.language import fill, translate
from timeline_app.domain.loading import LoadedTimeline, collector_paused, freeze_loaded_objects, read_file_bytes
from timeline_app.domain.opening import read_timeline
from timeline_app.domain.selection import SearchTextFolder
from timeline_app.qtmodels.event_model import EventRows, event_rows
from timeline_app.ui.canvas.scene import CanvasScene

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 300
"""A load that ends sooner shows no progress at all: a bar that flashes for an instant only distracts."""


class LoadCancelledError(Exception):
    """The reader cancelled the open; the worker stops at its next step."""


@dataclass(frozen=True)
class LoadProgress:
    """How far a load has got, in words a reader can follow."""

    path: Path
    phase: str
    """What is being done now: ``Reading``, ``Checking``, ``Preparing``."""
    done: int = 0
    """Bytes read, events checked; 0 before the step has a count to give."""
    total: int = 0
    """Of what ``done`` counts (bytes; events while preparing, the file's bytes while checking); 0 if unknown."""

    def in_words(self) -> str:
        name = self.path.name
        if self.phase == "Reading" and self.total:
            return fill(
                translate("FileLoader", "Opening %1: reading %2 of %3"),
                name,
                _megabytes(self.done),
                _megabytes(self.total),
            )
        if self.phase == "Checking":
            # How many events there are is known only once they are all decoded: the count so far is what moves.
            if self.total:
                name = fill(translate("FileLoader", "%1 (%2)"), name, _megabytes(self.total))
            if not self.done:
                return fill(translate("FileLoader", "Opening %1: checking"), name)
            return fill(translate("FileLoader", "Opening %1: %Ln event(s) checked", None, self.done), name)
        if self.phase == "Preparing":
            preparing = translate("FileLoader", "Opening %1: preparing %Ln event(s) for display", None, self.total)
            return fill(preparing, name)
        return fill(translate("FileLoader", "Opening %1"), name)


def _megabytes(count: int) -> str:
    locale = QLocale()  # the reader's decimal point and digit grouping
    if count >= 100_000:
        return fill(translate("FileLoader", "%1 MB"), locale.toString(count / 1_000_000, "f", 1))
    return fill(translate("FileLoader", "%1 kB"), locale.toString(round(count / 1000)))


@dataclass(frozen=True)
class PreparedTimeline:
    """A file read, checked and made ready to show: what the window hands to its models."""

    path: Path
    loaded: LoadedTimeline
    rows: EventRows
    scene: CanvasScene


LoadReporter = Callable[[LoadProgress], None]


def prepare_timeline(
    path: Path,
    report: LoadReporter | None = None,
    cancelled: threading.Event | None = None,
    *,
    with_search_texts: bool = True,
) -> PreparedTimeline:
    """Read, check and prepare ``path``; raises :class:`TimelineLoadError` or :class:`LoadCancelledError`.

    Runs on any thread: it touches no widget and no Qt object. ``with_search_texts``: fold them
    now (when the timeline will open with a search) rather than after it is shown
    (:meth:`~timeline_app.qtmodels.event_model.EventTableModel.fold_search_texts_when_idle`).
    """
    # The rows and the lanes are millions of objects too: with the collector running, its passes
    # walked them while they were built, and again at the first paint (0.4 s at a million
    # events), each pass holding the window still. Frozen once built, they are never walked.
    with collector_paused():
        prepared = _prepare(path, report, cancelled, with_search_texts=with_search_texts)
        freeze_loaded_objects()
    return prepared


def _prepare(
    path: Path, report: LoadReporter | None, cancelled: threading.Event | None, *, with_search_texts: bool
) -> PreparedTimeline:
    stop = cancelled or threading.Event()

    def check() -> None:
        if stop.is_set():
            raise LoadCancelledError(str(path))

    def reading(done: int, total: int) -> None:
        check()
        if report is not None:
            report(LoadProgress(path, "Reading", done, total))

    raw = read_file_bytes(path, reading)
    check()
    size = len(raw)

    def checking(events: int) -> None:
        check()  # also stops the decode of a cancelled load part-way, rather than after seconds
        if report is not None:
            report(LoadProgress(path, "Checking", events, size))
        # The decode is one call into C, which holds the interpreter from start to end: only here,
        # in its hook, can the window (waiting for its turn to paint) have it.
        time.sleep(0)

    checking(0)
    loaded = read_timeline(raw, str(path), checking)
    del raw  # the largest object of the load: not kept alive while the rows are built
    check()
    if report is not None:
        report(LoadProgress(path, "Preparing", 0, len(loaded.timeline.events)))
    rows = event_rows(loaded.timeline, with_search_texts=with_search_texts)
    if not with_search_texts:
        # What folds them once the timeline is shown: its look-ups of a file's quotes and sources made here,
        # off the UI thread (a quarter of a second for a quarter of a million quotes).
        rows = replace(rows, search_folder=SearchTextFolder(loaded.timeline))
    check()
    scene = CanvasScene(loaded.timeline, rows.columns)
    check()
    return PreparedTimeline(path, loaded, rows, scene)


class _Job:
    """One load: the file, its own cancel flag, and the thread that runs it."""

    def __init__(self, loader: FileLoader, path: Path, number: int, *, with_search_texts: bool) -> None:
        self.loader = loader
        self.path = path
        self.number = number
        self.with_search_texts = with_search_texts
        self.cancelled = threading.Event()
        self.thread = threading.Thread(target=self.run, name=f"load {path.name}", daemon=True)

    def report(self, progress: LoadProgress) -> None:
        self._emit(self.loader._progress_from_worker, progress)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(self.number, value)
        except RuntimeError:
            # The window (and its loader) was closed while this load ran: there is no one left to tell.
            self.cancelled.set()

    def run(self) -> None:
        try:
            prepared = prepare_timeline(
                self.path, self.report, self.cancelled, with_search_texts=self.with_search_texts
            )
        except LoadCancelledError:
            return
        except Exception as error:  # noqa: BLE001 - delivered to the UI thread, which words or raises it
            self._emit(self.loader._failed_from_worker, error)
            return
        self._emit(self.loader._finished_from_worker, prepared)


class FileLoader(QObject):
    """Loads one file at a time in a worker thread; starting another, or :meth:`cancel`, drops the one under way.

    Signals arrive on the thread the loader lives on (the UI thread), and only for the load
    that is current: a dropped load reports nothing more.
    """

    progress = Signal(object)
    """A :class:`LoadProgress` of the current load."""
    finished = Signal(object)
    """The current load's :class:`PreparedTimeline`."""
    failed = Signal(object)
    """The exception that ended the current load (a :class:`TimelineLoadError` for a file that cannot be read)."""

    _progress_from_worker = Signal(int, object)
    _finished_from_worker = Signal(int, object)
    _failed_from_worker = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: _Job | None = None
        self._jobs_started = 0
        self._dropped: list[_Job] = []
        # Queued: the worker emits from its own thread; the slots must run on the UI thread.
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_from_worker.connect(self._on_progress, queued)
        self._finished_from_worker.connect(self._on_finished, queued)
        self._failed_from_worker.connect(self._on_failed, queued)

    @property
    def path(self) -> Path | None:
        """The file being loaded, if any."""
        return self._job.path if self._job is not None else None

    def is_loading(self) -> bool:
        return self._job is not None

    def start(self, path: Path, *, with_search_texts: bool = True) -> None:
        """Load ``path`` in a worker; a load already under way is cancelled.

        ``with_search_texts``: fold the events' search texts in the load; else the window shows the
        timeline sooner and folds them after (:meth:`EventTableModel.fold_search_texts_when_idle`).
        """
        self.cancel()
        self._jobs_started += 1
        self._job = _Job(self, path, self._jobs_started, with_search_texts=with_search_texts)
        self._job.thread.start()

    @Slot()
    def cancel(self) -> None:
        """Drop the load under way: nothing more is reported of it, and its worker stops at its next step."""
        job, self._job = self._job, None
        if job is not None:
            job.cancelled.set()
            self._dropped = [j for j in self._dropped if j.thread.is_alive()] + [job]

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Wait for every worker, current or dropped, to end (for tests and for quitting); ``True`` if all did."""
        jobs = [*self._dropped, *([self._job] if self._job is not None else [])]
        for job in jobs:
            job.thread.join(timeout_s)
        self._dropped = [j for j in self._dropped if j.thread.is_alive()]
        return not any(job.thread.is_alive() for job in jobs)

    def _current(self, number: int) -> bool:
        return self._job is not None and self._job.number == number

    @Slot(int, object)
    def _on_progress(self, number: int, progress: object) -> None:
        if self._current(number):
            self.progress.emit(progress)

    @Slot(int, object)
    def _on_finished(self, number: int, prepared: object) -> None:
        if self._current(number):
            self._job = None
            self.finished.emit(prepared)

    @Slot(int, object)
    def _on_failed(self, number: int, error: object) -> None:
        if self._current(number):
            self._job = None
            self.failed.emit(error)


class LoadingBar(QWidget):
    """The file being opened, how far it has got, and Cancel; in the status bar, so the window stays in use.

    It appears only when a load takes longer than :data:`SHOW_PROGRESS_AFTER_MS`.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loading_bar")
        self.label = QLabel()
        self.label.setObjectName("loading_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, shown as it is
        self.bar = QProgressBar()
        self.bar.setObjectName("loading_progress")
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("FileLoader", "Cancel"))
        self.cancel_button.setObjectName("loading_cancel")
        self.cancel_button.setToolTip(translate("FileLoader", "Stop opening the file; the timeline on screen stays"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_PROGRESS_AFTER_MS)
        self._delay.timeout.connect(self.show)
        self.hide()

    def start(self, path: Path) -> None:
        """A load of ``path`` began: show it in :data:`SHOW_PROGRESS_AFTER_MS` unless it ends first."""
        self.show_progress(LoadProgress(path, "Reading"))
        self._delay.start()

    def stop(self) -> None:
        self._delay.stop()
        self.hide()

    @Slot(object)
    def show_progress(self, progress: object) -> None:
        assert isinstance(progress, LoadProgress)
        self.label.setText(progress.in_words())
        if progress.phase == "Reading" and progress.total:
            # Reading is the part of the load a slow disk stretches; the rest cannot tell how far it is.
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * progress.done / progress.total))
        else:
            self.bar.setRange(0, 0)  # busy
