"""Unexpected errors: logged with their traceback to the log file, told in a plain dialog, and the app goes on.

Nothing here writes to the real log folder: Qt's test mode puts every standard location under
``~/.qttest``, and ``HOME`` is the test's own folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from timeline_app import __version__
from timeline_app.ui.error_reporting import ErrorDialog, ErrorReporter, log_file_path, log_folder
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"
PLANTED = "a fault planted by the test"


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Qt's standard locations under the test's folder: ``HOME/.qttest/state/…``."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    QStandardPaths.setTestModeEnabled(True)
    try:
        yield home
    finally:
        QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def reporter(state_home: Path) -> Iterator[ErrorReporter]:
    # Installed over pytest-qt's own exception capture for the test's body, then taken away again:
    # an error raised here must reach the app's hook, not fail the test.
    installed = ErrorReporter(log_path=log_file_path())
    installed.install()
    try:
        yield installed
    finally:
        installed.uninstall()
        if installed.dialog is not None:
            installed.dialog.close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    assert win.open_file(SAMPLE)
    return win


def fail() -> None:
    raise ValueError(PLANTED)


def error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def shown_text(dialog: ErrorDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_the_log_is_in_the_state_folder_of_the_platform(state_home: Path) -> None:
    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    assert log_folder() == Path(state) / "logs"
    assert log_file_path() == Path(state) / "logs" / "timeline-app.log"
    assert log_folder().is_relative_to(state_home), "test mode and HOME keep the tests out of the real folder"


@pytest.mark.expected_log_warnings
def test_an_error_in_a_slot_is_logged_shown_and_the_app_keeps_running(
    qtbot: QtBot, reporter: ErrorReporter, window: MainWindow
) -> None:
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: len(error_dialogs()) == 1)

    logged = log_file_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in logged
    assert ", in fail\n    raise ValueError(PLANTED)" in logged
    assert f"ValueError: {PLANTED}" in logged

    (dialog,) = error_dialogs()
    text = shown_text(dialog)
    assert "Something went wrong inside Timeline Viewer." in text
    assert str(log_file_path()) in text
    assert "Traceback" not in text, "the reader gets a sentence, not the traceback"
    assert PLANTED not in text

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"ValueError: {PLANTED}" in copied
    assert ", in fail\n" in copied
    assert f"Timeline Viewer {__version__}" in copied
    assert f"Python {sys.version.split()[0]}" in copied
    assert f"Qt {qVersion()}" in copied
    assert str(log_file_path()) in copied

    # The window is still in use: another file opens, and the dialog closes when asked.
    assert window.open_file(MINIMAL)
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)


@pytest.mark.expected_log_warnings
def test_repeated_errors_share_one_dialog_and_one_traceback_in_the_log(
    qtbot: QtBot, reporter: ErrorReporter, window: MainWindow
) -> None:
    for _ in range(5):
        QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.later_errors == 4)
    qtbot.wait(50)
    assert len(error_dialogs()) == 1
    assert "4 more errors happened after this one" in shown_text(error_dialogs()[0])
    logged = log_file_path().read_text(encoding="utf-8")
    assert logged.count("Traceback (most recent call last):") == 1
    assert f"The same unexpected error again (5 times in all): ValueError: {PLANTED}" in logged


@pytest.mark.expected_log_warnings
def test_an_error_in_a_worker_thread_is_logged_and_shown_by_the_ui_thread(
    qtbot: QtBot, reporter: ErrorReporter, window: MainWindow
) -> None:
    worker = threading.Thread(target=fail, name="planted worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(error_dialogs()) == 1)
    logged = log_file_path().read_text(encoding="utf-8")
    assert "In thread 'planted worker':" in logged
    assert f"ValueError: {PLANTED}" in logged


@pytest.mark.expected_log_warnings
def test_without_dialogs_errors_are_only_logged(qtbot: QtBot, reporter: ErrorReporter, window: MainWindow) -> None:
    reporter.show_dialogs = False
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: log_file_path().exists() and PLANTED in log_file_path().read_text(encoding="utf-8"))
    qtbot.wait(100)
    assert error_dialogs() == []


def test_help_open_log_folder_creates_and_opens_the_folder(
    state_home: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    assert window.log_folder_action in help_menu.actions()
    assert not log_folder().exists()

    window.log_folder_action.trigger()

    assert opened == [QUrl.fromLocalFile(str(log_folder()))]
    assert log_folder().is_dir()


# -- the real app, as a script runs it: the flag, the log file and Qt's own warnings ---------------

_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication
    from timeline_app.cli import main
    from timeline_app.ui.error_reporting import ErrorDialog
    from timeline_app.ui.main_window import MainWindow

    def fail():
        raise ValueError("a fault planted by the test")

    def finish():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
        print("error dialogs:", len(dialogs))
        QApplication.instance().quit()

    shown = MainWindow.show
    def show_then_fail(self):
        shown(self)
        qWarning("a Qt warning planted by the test")
        QTimer.singleShot(0, fail)
        QTimer.singleShot(1500, finish)

    MainWindow.show = show_then_fail
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.parametrize(("flag", "dialogs"), [("--no-error-dialogs", 0), (None, 1)])
def test_the_app_logs_errors_and_qt_warnings_to_the_file_and_the_flag_turns_dialogs_off(
    tmp_path: Path, flag: str | None, dialogs: int
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env |= {"HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    # A garbled setting (the reader's own settings file, under this HOME) is a note in the log, not on the terminal.
    settings = tmp_path / ".config" / "timelineviewer" / "Timeline Viewer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\nlegend=maybe\n", encoding="utf-8")
    arguments = [str(MINIMAL), *([flag] if flag else [])]
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"error dialogs: {dialogs}" in result.stdout
    # Where the platform keeps state (XDG_STATE_HOME's default on Linux), in the app's own folder.
    log = tmp_path / ".local" / "state" / "timelineviewer" / "Timeline Viewer" / "logs" / "timeline-app.log"
    logged = log.read_text(encoding="utf-8")
    assert "WARNING qt.default: a Qt warning planted by the test" in logged
    assert "Traceback (most recent call last):" in logged
    assert f"ValueError: {PLANTED}" in logged
    assert f"ValueError: {PLANTED}" in result.stderr, "a script still sees the error on standard error"
    assert "INFO timeline_app.ui.settings_values: Ignored the setting 'window/legend'" in logged
    assert "window/legend" not in result.stderr
