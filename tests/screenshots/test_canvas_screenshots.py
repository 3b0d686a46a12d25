"""The canvas as a reader sees it, compared with approved images.

Each case renders the timeline panel at a fixed size, in DejaVu Sans, at device pixel ratio 1,
and compares it with ``approved/<name>.png``: a pixel counts as different when a channel
differs by more than ``CHANNEL_TOLERANCE``, and the case fails when more than
``PIXEL_TOLERANCE`` of the pixels do (text rasterisation varies slightly between FreeType
builds). On failure the rendering and a difference mask are saved next to the test's
temporary files. To approve new images after a deliberate change, look at them first, then:

    TIMELINE_UPDATE_BASELINES=1 pytest tests/screenshots
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from timeline_app.domain.columns import day_number
from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas import TimelinePanel

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "sample.timeline.json"
APPROVED = HERE / "approved"
SIZE = (1400, 760)
CHANNEL_TOLERANCE = 48
PIXEL_TOLERANCE = 0.004
UPDATE = os.environ.get("TIMELINE_UPDATE_BASELINES") == "1"


def day(text: str) -> float:
    return day_number(dt.date.fromisoformat(text))


class Scene:
    def __init__(self, qtbot: QtBot) -> None:
        self.model = EventTableModel()
        self.model.set_timeline(load_timeline(SAMPLE).timeline)
        self.proxy = EventFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.selection = QItemSelectionModel(self.proxy)
        self.window = QWidget()
        self.panel = TimelinePanel(self.window)
        font = QFont("DejaVu Sans")
        font.setPixelSize(12)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.window.setFont(font)
        self.panel.canvas.animation_ms = 0
        self.panel.set_models(self.proxy, self.selection)
        self.window.resize(*SIZE)
        self.panel.setGeometry(0, 0, *SIZE)
        qtbot.addWidget(self.window)

    def select(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        assert row is not None
        self.panel.canvas.select_event(row)

    def render(self) -> QImage:
        image = QImage(SIZE[0], SIZE[1], QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(1.0)
        image.fill(QColor(Qt.GlobalColor.white))
        self.panel.render(image)
        return image


def _fit_all(scene: Scene) -> None:
    scene.panel.fit_all()


def _one_year(scene: Scene) -> None:
    scene.panel.canvas.set_range(day("2008-01-01"), day("2009-01-01"))
    scene.select("ferry-volunteers")


def _one_week(scene: Scene) -> None:
    scene.panel.canvas.set_range(day("2021-08-13"), day("2021-08-20"))
    scene.select("talks-2021b")


def _search(scene: Scene) -> None:
    scene.proxy.set_search_text("summit")
    scene.panel.canvas.set_range(day("1998-01-01"), day("2019-01-01"))


CASES: dict[str, Callable[[Scene], None]] = {
    "fit-all": _fit_all,
    "one-year": _one_year,
    "one-week": _one_week,
    "search": _search,
}


def _differences(actual: QImage, expected: QImage) -> tuple[int, QImage]:
    mask = QImage(actual.size(), QImage.Format.Format_ARGB32)
    mask.fill(QColor(Qt.GlobalColor.white))
    different = 0
    red = QColor(Qt.GlobalColor.red)
    actual_bytes = bytes(actual.constBits())
    expected_bytes = bytes(expected.constBits())
    width = actual.width()
    # Compare whole rows first: identical rows (most of them) cost one bytes comparison.
    stride = actual.bytesPerLine()
    for y in range(actual.height()):
        row_a = actual_bytes[y * stride : (y + 1) * stride]
        row_e = expected_bytes[y * stride : (y + 1) * stride]
        if row_a == row_e:
            continue
        for x in range(width):
            a = row_a[4 * x : 4 * x + 4]
            e = row_e[4 * x : 4 * x + 4]
            if a != e and max(abs(p - q) for p, q in zip(a, e, strict=True)) > CHANNEL_TOLERANCE:
                different += 1
                mask.setPixelColor(x, y, red)
    return different, mask


@pytest.mark.parametrize("name", list(CASES))
def test_canvas_looks_as_approved(qtbot: QtBot, tmp_path: Path, name: str) -> None:
    scene = Scene(qtbot)
    CASES[name](scene)
    actual = scene.render()
    baseline = APPROVED / f"{name}.png"
    if UPDATE:
        APPROVED.mkdir(exist_ok=True)
        assert actual.save(str(baseline))
        return
    assert baseline.exists(), f"no approved image {baseline}; run with TIMELINE_UPDATE_BASELINES=1 after checking it"
    expected = QImage(str(baseline)).convertToFormat(QImage.Format.Format_ARGB32)
    assert expected.size() == actual.size()
    different, mask = _differences(actual, expected)
    if different > PIXEL_TOLERANCE * actual.width() * actual.height():
        actual.save(str(tmp_path / f"{name}.actual.png"))
        mask.save(str(tmp_path / f"{name}.diff.png"))
        pytest.fail(f"{different} pixels differ from {baseline.name}; see {tmp_path}")
