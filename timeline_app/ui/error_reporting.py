"""Unexpected errors: every exception that escapes is logged to a file and told to the reader in plain words.

An exception can escape from the main code (``sys.excepthook``), from a worker thread
(``threading.excepthook``), from a Qt slot or a Python override of a Qt virtual method (PySide
hands those to ``sys.excepthook`` too), or from a finaliser (``sys.unraisablehook``). Each is
written with its traceback to a rotating log file; the reader gets a dialog with a sentence, the
log's path and "Copy Details", never a traceback. The app keeps running: a slot that failed has
ended, and the rest of the window is as it was.

The log lives in Qt's **StateLocation** (new in Qt 6.7), in ``logs``: on Linux
``~/.local/state/<org>/<app>``, the place the XDG base-directory spec names for logs. Not
AppDataLocation: on Windows that is the *roaming* profile, copied from machine to machine, which
is no place for one machine's logs; and not CacheLocation, which cleaners empty and which is kept
for data that can be rebuilt, which a log of what went wrong cannot.
"""

from __future__ import annotations

import html
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.domain.language import fill, translate

log = logging.getLogger(__name__)

LOG_FILE_NAME = "timeline-app.log"
LOG_FILE_BYTES = 1_000_000
"""Rotated at this size, keeping :data:`LOG_BACKUPS` older files: a few megabytes at most, whatever happens."""
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """Where the log files are: ``logs`` in Qt's StateLocation (see the module's notes); not created here."""
    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    if not state:  # a platform without a state folder: the app's cache is the next best place
        state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(state) / "logs"


def log_file_path() -> Path:
    return log_folder() / LOG_FILE_NAME


def open_log_folder() -> bool:
    """Show the log folder in the file manager, creating it first; ``False`` if it could not be made or shown."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("Cannot create the log folder %s: %s", folder, error.strerror or error)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def versions() -> str:
    """The app's, Python's and Qt's versions and the platform: what a bug report needs beside the traceback."""
    application = QGuiApplication.instance()
    qt_platform = QGuiApplication.platformName() if isinstance(application, QGuiApplication) else "no GUI"
    return (
        f"Timeline Viewer {__version__}\n"
        f"Python {platform.python_version()} ({platform.python_implementation()}) on {platform.platform()}\n"
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform plugin {qt_platform}"
    )


class ErrorDialog(QDialog):
    """What went wrong, in a sentence; the log's path; Copy Details. Later errors are counted, not stacked."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(translate("ErrorDialog", "Timeline Viewer: Unexpected Error"))
        self.details = details
        self.log_path = log_path
        self.later_errors = 0

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = html.escape(translate("ErrorDialog", "Something went wrong inside Timeline Viewer."))
        reassurance = html.escape(
            translate(
                "ErrorDialog",
                "Your files were not changed, and you can keep working. If something on screen looks wrong, "
                "close the app and start it again.",
            )
        )
        self.message = QLabel(f"<b>{headline}</b><br><br>{reassurance}")
        self.message.setObjectName("error_message")
        self.message.setTextFormat(Qt.TextFormat.RichText)  # our own words only: nothing from the error goes here
        self.message.setWordWrap(True)
        if log_path:
            where = fill(translate("ErrorDialog", "The details were written to the log:\n%1"), log_path)
        else:
            where = translate("ErrorDialog", "No log file could be written.")
        self.log_label = QLabel(where)
        self.log_label.setObjectName("error_log_path")
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.later_label = QLabel()
        self.later_label.setObjectName("error_later_count")
        self.later_label.setTextFormat(Qt.TextFormat.PlainText)
        self.later_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("ErrorDialog", "&Copy Details"))
        self.copy_button.setObjectName("copy_details")
        self.copy_button.setToolTip(
            translate("ErrorDialog", "Copy what went wrong, with the versions of the app, Python and Qt, for a report")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(translate("ErrorDialog", "Open &Log Folder"))
        self.folder_button.setEnabled(log_path is not None)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(open_log_folder)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_label)
        text.addWidget(self.later_label)
        text.addStretch()
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def add_later_error(self) -> None:
        self.later_errors += 1
        count = self.later_errors
        if count == 1:
            later = translate("ErrorDialog", "1 more error happened after this one; it is in the log too.")
        else:
            later = translate(
                "ErrorDialog", "%n more errors happened after this one; each is in the log too.", None, count
            )
        self.later_label.setText(later)
        self.later_label.show()

    def details_text(self) -> str:
        """The text Copy Details puts on the clipboard."""
        later = f"\n({self.later_errors} more errors after this one: see the log)\n" if self.later_errors else ""
        return f"{versions()}\nLog: {self.log_path or 'none'}\n\n{self.details}{later}"

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(translate("ErrorDialog", "Details &Copied"))


class ErrorReporter(QObject):
    """Catches what escapes, logs it to :attr:`log_path` and tells the reader (unless ``show_dialogs`` is off).

    :meth:`install` puts the hooks and the log file in place; :meth:`uninstall` takes them away
    again (tests, or an app that embeds the window).
    """

    _error_to_show = Signal(str)
    """Carries a traceback to the UI thread, after the code that raised it has finished."""

    def __init__(self, *, log_path: Path | None, show_dialogs: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_dialogs = show_dialogs
        self.log_path = log_path
        """The log file (:func:`log_file_path` in the app); ``None``: none, errors go to the other handlers only."""
        self.dialog: ErrorDialog | None = None
        self.file_handler: logging.Handler | None = None
        self._last_details = ""
        self._repeats = 0
        self._previous_hooks: tuple[object, object, object] | None = None
        # Queued even on the UI thread: a dialog must not be built inside a paint event or a half-run slot.
        self._error_to_show.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Log to the file (root logger: our messages and Qt's, which app.py routes into logging) and catch errors."""
        self.file_handler = self._open_log_file()
        if self.file_handler is not None:
            logging.getLogger().addHandler(self.file_handler)
        self._previous_hooks = (sys.excepthook, threading.excepthook, sys.unraisablehook)
        sys.excepthook = self.report
        threading.excepthook = self.report_thread_exception
        sys.unraisablehook = self.report_unraisable

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook, sys.unraisablehook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None
        if self.file_handler is not None:
            logging.getLogger().removeHandler(self.file_handler)
            self.file_handler.close()
            self.file_handler = None

    def _open_log_file(self) -> logging.Handler | None:
        if self.log_path is None:
            return None
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                self.log_path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as error:
            # Still usable without a log file: errors go to standard error and the dialog says no log was written.
            log.warning("Cannot write the log file %s: %s", self.log_path, error.strerror or error)
            self.log_path = None
            return None
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        return handler

    # -- the hooks ---------------------------------------------------------------------------

    def report(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: log the error, then tell the reader once the event loop is free."""
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: the reader asked to stop
            sys.__excepthook__(kind, value, tb)
            return
        details = self._log("".join(traceback.format_exception(kind, value, tb)), f"{kind.__name__}: {value}")
        self._tell(details)

    def report_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: as :meth:`report`, for an exception that ended a worker thread."""
        if args.exc_type is SystemExit:  # a thread's way of ending quietly, as the default hook treats it
            return
        name = args.thread.name if args.thread is not None else "a thread"
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        summary = f"{args.exc_type.__name__}: {args.exc_value}"
        self._tell(self._log(f"In thread {name!r}:\n{text}", summary))

    def report_unraisable(self, unraisable: sys.UnraisableHookArgs) -> None:
        """``sys.unraisablehook`` (an error in a finaliser or a callback nothing waits for): logged, not shown."""
        text = "".join(traceback.format_exception(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback))
        log.error("Unraisable error %s:\n%s", unraisable.err_msg or "", text)

    def _log(self, details: str, summary: str) -> str:
        # A failing paint event fails again at every repaint: its traceback is logged once, then counted.
        if details == self._last_details:
            self._repeats += 1
            log.error("The same unexpected error again (%d times in all): %s", self._repeats + 1, summary)
        else:
            self._last_details, self._repeats = details, 0
            log.error("Unexpected error:\n%s", details.rstrip())
        return details

    def _tell(self, details: str) -> None:
        if not self.show_dialogs or not isinstance(QApplication.instance(), QApplication):
            return
        application = QApplication.instance()
        assert application is not None
        if threading.current_thread() is not threading.main_thread() or application.thread().loopLevel() > 0:
            self._error_to_show.emit(details)
        else:
            # No event loop runs (the app is starting, or the error is ending it): a queued dialog would never
            # show, so this one waits for the reader before the program goes on.
            self._show(details, modal=True)

    @Slot(str)
    def _show(self, details: str, modal: bool = False) -> None:
        if self.dialog is not None:
            self.dialog.add_later_error()
            return
        try:
            dialog = ErrorDialog(details, self.log_path, parent=QApplication.activeWindow())
        except Exception:  # the dialog itself failed: the error is in the log already, and that must do
            log.exception("Cannot show the error dialog")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        if modal:
            dialog.exec()
        else:
            dialog.show()  # not modal: the window behind stays in use

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None
