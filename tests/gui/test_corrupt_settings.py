"""Corrupt, old or foreign settings are ignored with a log line, never a crash; a recent file that has gone is dropped.

The keys are not listed here: a first session records every key the window reads and writes, so
a setting added later is filled with garbage too.
"""

from __future__ import annotations

import logging
import shutil
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from typing_extensions import override

from timeline_app.ui.main_window import MAX_RECENT_FILES, MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "sample.timeline.json"
MINIMAL = DATA / "minimal.timeline.json"
FOREIGN_VARIANT = r"@Variant(\0\0\0\x7f\0\0\0\xffgarbage)"
"""A value another program's Qt wrote with a type of its own, which our Qt cannot load."""


class RecordingSettings(QSettings):
    """Settings that remember which keys were read."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)
        self.keys_read: set[str] = set()

    @override
    def value(self, key: str, *args: Any, **kwargs: Any) -> object:
        self.keys_read.add(key)
        return super().value(key, *args, **kwargs)


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def first_session(qtbot: QtBot, path: Path, timeline: Path) -> set[str]:
    """Start, open ``timeline``, choose an event, close: every key the window reads or writes on the way."""
    settings = RecordingSettings(path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(timeline)
    assert window.select_event("mission")
    window.close()
    return settings.keys_read | set(settings.allKeys())


def crafted_geometry(rect: tuple[int, int, int, int]) -> QByteArray:
    """A window geometry as Qt saves it (format 3), well-formed but with ``rect`` for every size and place."""
    data = bytearray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00" + bytes(58))
    for offset in (8, 24, 50):  # frame, normal and (format 3) client geometry
        struct.pack_into(">iiii", data, offset, *rect)
    return QByteArray(bytes(data))


GARBAGE: dict[str, Callable[[Path], object]] = {
    "no value": lambda _: None,
    "wrong type": lambda _: QRect(1, 2, -3, -4),
    "negative size": lambda _: QSize(-1, -1),
    "bytes": lambda _: QByteArray(b"\xff\xfe\x00\x01garbage"),
    "text": lambda _: "-1",
    "a list": lambda _: ["1", "-2", "garbage"],
    "huge number": lambda _: "9" * 5000,
    "garbage JSON": lambda _: '{"start": [1, 2',
    "JSON nested deeper than the parser goes": lambda _: "[" * 100_000,
    "JSON of the wrong shape": lambda _: (
        '{"start": "x", "end": null, "scroll": -5, "search": 3, '
        '"hidden_categories": {"a": 1}, "hidden_confidences": "all", "list_in_view": "yes"}'
    ),
    "JSON with numbers beyond floats": lambda _: f'{{"start": -{"9" * 400}, "end": {"9" * 400}, "scroll": 1e999}}',
    "huge text": lambda _: "x" * 2_000_000,
    "huge list of missing files": lambda tmp: [str(tmp / f"gone-{n}.timeline.json") for n in range(10_000)],
    "paths that are no paths": lambda _: ["relative/file.timeline.json", "/nul\0in/path", "", "x" * 10_000],
    "geometry with negative sizes": lambda _: crafted_geometry((0, 0, -500, -500)),
    "geometry with huge sizes": lambda _: crafted_geometry((-(2**31), -(2**31), 2**31 - 1, 2**31 - 1)),
    "geometry off every screen": lambda _: crafted_geometry((50_000, 50_000, 800, 600)),
    "geometry smaller than the window can be": lambda _: crafted_geometry((0, 0, 100, 100)),
    "another app's type": lambda _: FOREIGN_VARIANT,
}


def fill_with_garbage(path: Path, keys: set[str], garbage: object) -> None:
    settings = ini(path)
    settings.clear()
    for key in keys:
        settings.setValue(key, "FOREIGN-VARIANT" if garbage == FOREIGN_VARIANT else garbage)
    settings.sync()
    assert settings.status() is QSettings.Status.NoError
    if garbage == FOREIGN_VARIANT:  # only a raw edit can write what QSettings itself would never write
        path.write_text(path.read_text(encoding="utf-8").replace("FOREIGN-VARIANT", FOREIGN_VARIANT), encoding="utf-8")


def first_start_size(qtbot: QtBot, tmp_path: Path) -> QSize:
    """The size of a window started with no settings at all."""
    window = MainWindow(ini(tmp_path / "empty.ini"))
    qtbot.addWidget(window)
    return window.size()


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")
@pytest.mark.parametrize("kind", GARBAGE)
def test_garbage_in_every_setting_is_ignored_and_the_window_works(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    timeline = tmp_path / "sample.timeline.json"
    shutil.copy(SAMPLE, timeline)
    path = tmp_path / "settings.ini"
    keys = first_session(qtbot, path, timeline)
    assert {"recent_files", "window/geometry", "window/legend"} <= keys
    assert any(k.startswith("last_view/") for k in keys)
    assert any(k.startswith("last_event/") for k in keys)
    fill_with_garbage(path, keys, GARBAGE[kind](tmp_path))

    window = MainWindow(ini(path))
    qtbot.addWidget(window)
    window.show()
    # No garbage is a size and place to restore: the window starts as on a first start, on the screen.
    assert window.size() == first_start_size(qtbot, tmp_path)
    assert QGuiApplication.primaryScreen().availableVirtualGeometry().contains(window.geometry().topLeft())
    recent = window.recent_files()
    assert len(recent) <= MAX_RECENT_FILES
    assert all(Path(entry).is_absolute() and "\0" not in entry for entry in recent)

    assert window.open_file(timeline)
    assert window.proxy.rowCount() == 7, "no remembered filter hides an event"
    limits = window.timeline_panel.canvas.limits
    view = window.timeline_panel.view_state
    assert limits.first <= view.start < view.end <= limits.last
    assert view.scroll == 0.0
    window.close()

    # What the window wrote on closing is its own again: the next start reads it without a word.
    caplog.set_level(logging.INFO)
    caplog.clear()
    again = MainWindow(ini(path))
    qtbot.addWidget(again)
    assert again.recent_files()[0] == str(timeline.resolve())
    assert again.open_file(timeline)
    assert again.current_event_id() is None, "the garbage chose no event"
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == []


def test_each_setting_of_the_wrong_type_is_named_in_the_log(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    path = tmp_path / "settings.ini"
    keys = first_session(qtbot, path, SAMPLE)
    fill_with_garbage(path, keys, QRect(1, 2, -3, -4))
    window = MainWindow(ini(path))
    qtbot.addWidget(window)
    assert window.open_file(SAMPLE)
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.INFO)
    for key in keys:
        assert f"Ignored the setting {key!r} in {path}: a QRect" in logged


def test_a_recent_file_that_has_gone_is_removed_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    kept, gone = tmp_path / "kept.timeline.json", tmp_path / "gone.timeline.json"
    shutil.copy(MINIMAL, kept)
    shutil.copy(SAMPLE, gone)
    window = MainWindow(ini(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(gone)
    assert window.open_file(kept)
    gone.unlink()
    assert window.recent_files() == [str(kept.resolve()), str(gone.resolve())]

    entry = next(a for a in window.recent_menu.actions() if a.data() == str(gone.resolve()))
    entry.trigger()

    assert window.statusBar().currentMessage() == (
        f"gone.timeline.json is no longer in {tmp_path.resolve()}: removed from Open Recent"
    )
    assert not window.is_loading(), "nothing is opened"
    assert window.problems_dialog is None, "no problems dialog for a file that is simply not there"
    assert window.windowTitle() == "Minimal timeline — Timeline Viewer"
    assert window.recent_files() == [str(kept.resolve())]
    qtbot.waitUntil(lambda: [a.data() for a in window.recent_menu.actions()] == [str(kept.resolve())])
    window.settings.sync()
    again = MainWindow(ini(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert again.recent_files() == [str(kept.resolve())], "the next start does not list it either"
