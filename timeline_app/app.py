"""Start-up: the application object, logging, error hooks, the main window, and ``--screenshot``.

The order matters and is written down here: identity (names, icon, desktop id) before
any window; Qt's messages routed into :mod:`logging`; the log file and the exception hooks
(:mod:`timeline_app.ui.error_reporting`: a plain message instead of a traceback); then the
window and the first file.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from timeline_app.desktop import apply_identity
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.ui.error_reporting import ErrorReporter, log_file_path
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.theme import ThemeMode, theme_manager
from timeline_app.ui.translations import chosen_language, install_translations

log = logging.getLogger("timeline_app")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Known, harmless noise from Qt's offscreen platform; anything else stays visible.
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(noise in message for noise in _QT_NOISE):
        return
    logging.getLogger(f"qt.{context.category or 'default'}").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def run(options: argparse.Namespace) -> int:
    # The terminal gets warnings and errors; the log file (error_reporting) keeps notes too, e.g. settings ignored.
    terminal = logging.StreamHandler()
    terminal.setLevel(logging.WARNING)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", handlers=[terminal])
    if options.screenshot is not None:
        # A screenshot needs no display: render offscreen unless the caller chose a platform.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message_handler)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_identity(app)
    # After the identity, which names the log folder. A screenshot is a script's: no dialogs, and like the
    # settings below it leaves the reader's log alone (its errors go to standard error).
    screenshot = options.screenshot is not None
    show_dialogs = not (options.no_error_dialogs or screenshot)
    ErrorReporter(log_path=None if screenshot else log_file_path(), show_dialogs=show_dialogs, parent=app).install()

    if options.screenshot is not None:
        # A screenshot must not touch the reader's remembered files, selection or window layout.
        scratch = tempfile.TemporaryDirectory(prefix="timeline-app-screenshot-")
        atexit.register(scratch.cleanup)
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    # Before any window: every widget takes its text, and every date its words, when it is built.
    install_translations(chosen_language(settings, getattr(options, "lang", None)))
    window = MainWindow(settings)
    if options.theme is not None:
        theme_manager().set_mode(ThemeMode(options.theme))  # after the window has applied the remembered one
    if options.screenshot is not None:
        window.timeline_panel.canvas.animation_ms = (
            0  # the picture is taken at once: a move must be done, not under way
        )
    if options.screenshot is not None:
        opened = open_requested(window, options)
        if options.event and opened and window.current_event_id() != options.event:
            return 2
        if not opened:
            assert window.problems_dialog is not None
            print(window.problems_dialog.problems.toPlainText(), file=sys.stderr)
            return 1
        return _screenshot(app, window, options.screenshot, options.size.width, options.size.height)

    # The window comes up at once and the file follows: a large one takes seconds to read.
    window.show()
    open_requested_in_background(window, options)
    return app.exec()


def open_requested(window: MainWindow, options: argparse.Namespace) -> bool:
    """Open the file the command line names (the bundled timeline without one) at its ``--range`` and ``--event``.

    Without either, the file shows as the reader last left it; with one, it opens as the link or
    command asks, at its own range otherwise and with no filters. The range is set first: the
    view then moves only if the event is outside it. ``False`` if the file could not be opened
    (the window lists its problems); an event the file does not have is reported on stderr.
    """
    path: Path = options.file if options.file is not None else bundled_timeline_path()
    asked = options.range is not None or options.event is not None
    if not window.open_file(path, restore_view=not asked):  # the loader freezes what it loaded out of the GC's way
        return False
    if options.range is not None:
        window.show_range(options.range)
    if options.event and not window.select_event(options.event):
        print(f"timeline-app: no event with id '{options.event}' in {path}", file=sys.stderr)
    return True


def open_requested_in_background(window: MainWindow, options: argparse.Namespace) -> None:
    """As :func:`open_requested`, with the file read in the background while the window is in use.

    The ``--range`` and ``--event`` are applied once the file is shown; a file that cannot be
    opened lists its problems in the window.
    """
    path: Path = options.file if options.file is not None else bundled_timeline_path()
    asked = options.range is not None or options.event is not None

    def show_what_was_asked() -> None:
        if options.range is not None:
            window.show_range(options.range)
        if options.event and not window.select_event(options.event):
            print(f"timeline-app: no event with id '{options.event}' in {path}", file=sys.stderr)

    window.open_file_in_background(path, restore_view=not asked, on_opened=show_what_was_asked)


def _screenshot(app: QApplication, window: MainWindow, out: Path, width: int, height: int) -> int:
    window.resize(width, height)
    window.show()
    for _ in range(3):  # let layouts settle and deferred paints run
        app.processEvents()
    image = window.grab()
    if not image.save(str(out), "PNG"):
        print(f"timeline-app: cannot write {out}", file=sys.stderr)
        return 1
    print(f"{out}: {image.width()}x{image.height()} screenshot of {window.windowTitle()}")
    return 0
