"""The event list asks the model only about the rows on screen, however many events the file has."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.timeline.json"
COPIES = 3000


def test_showing_a_large_timeline_does_not_visit_every_row(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = load_timeline(SAMPLE).timeline
    events = [msgspec.structs.replace(e, id=f"{e.id}-{n}", related=()) for n in range(COPIES) for e in sample.events]
    timeline = sample.model_copy(update={"events": events})
    calls = {"rowCount": 0, "data": 0}
    for name in calls:
        original = getattr(EventTableModel, name)

        def counted(self: EventTableModel, *args: object, _name: str = name, _original: object = original) -> object:
            calls[_name] += 1
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(EventTableModel, name, counted)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    window.model.set_timeline(timeline)
    qtbot.wait(50)  # let the list lay itself out and paint
    rows = len(events)
    assert window.proxy.rowCount() == rows
    # A tree view asks every row whether it has children (twice); a table asks only of the rows shown.
    assert calls["rowCount"] < rows // 10, calls
    assert calls["data"] < rows // 10, calls


@pytest.mark.parametrize(
    ("locale", "count"), [("en_US", "21,000 of 21,000 events"), ("ru_RU", "21 000 of 21 000 events")]
)
def test_the_count_groups_digits_as_the_locale_does(qtbot: QtBot, tmp_path: Path, locale: str, count: str) -> None:
    sample = load_timeline(SAMPLE).timeline
    events = [msgspec.structs.replace(e, id=f"{e.id}-{n}", related=()) for n in range(COPIES) for e in sample.events]
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.setLocale(QLocale(locale))
    window.model.set_timeline(sample.model_copy(update={"events": events}))
    assert window.count_label.text().replace("\xa0", " ") == count
