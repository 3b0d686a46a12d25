"""The canvas as a reader sees it, compared with approved images.

Each case renders the timeline panel at a fixed size, in DejaVu Sans, at device pixel ratio 1,
and compares it with ``approved/<name>.png``. A pixel counts as changed when

* a channel moved by more than ``STRONG_CHANNEL``: ink appeared or vanished (a label, a glyph,
  a search halo, the selection pill), wherever it is; or
* a channel moved by more than ``FAINT_CHANNEL`` and the pixel lies on plain ground (its
  neighbours all alike) in either image: a faint thing drawn on, or lost from, the background,
  such as period shading (9 levels from white), grid lines (10) or lane separators (38).

Text edges are never plain ground, so small shifts in antialiasing between FreeType and Qt
builds do not count unless they are strong (PySide6 6.11 and 6.12 render these scenes
identically here); the case fails when more than ``MAX_CHANGED_PIXELS`` pixels (about a short
word) changed. Losing a lane's labels, the search halos, the selection pill, the period shading,
the grid or the lane separators changes 790 to hundreds of thousands; darkening the muted labels
(channels moved by up to 48) changed over 300, which the old rule (48, 0.4% of the pixels) let through.
The tests after the comparison check the same things where the canvas's layout puts them, so an
image approved by mistake cannot hide their loss.
On failure the rendering and a difference mask are saved next to the test's temporary files.
To approve new images after a deliberate change, look at them first, then:

    TIMELINE_UPDATE_BASELINES=1 pytest tests/screenshots
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from timeline_app.domain.columns import day_number
from timeline_app.domain.opening import load_timeline
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas.renderer import HitKind, LaneBox, header_height, lane_boxes
from timeline_app.ui.canvas.style import DOT_RADIUS, GUTTER
from timeline_app.ui.theme import current_theme

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "sample.timeline.json"
APPROVED = HERE / "approved"
SIZE = (1400, 760)
STRONG_CHANNEL = 24
"""Ink: a label's or glyph's pixel moves by more than this when it appears, vanishes or changes colour."""
FAINT_CHANNEL = 4
"""Shading, grid and separators differ from the plain background by 9–38; blending rounds by 1 or 2."""
FLAT_CHANNEL = 2
"""A pixel is on plain ground when no channel of its eight neighbours differs from its own by more than this."""
MAX_CHANGED_PIXELS = 150
COUNT_UP_TO = 20_000
"""Counting stops here: a whole layer lost changes hundreds of thousands of pixels, and counting each costs time."""
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


def _on_plain_ground(pixels: bytes, stride: int, width: int, height: int, x: int, y: int) -> bool:
    """Whether the pixel at ``(x, y)`` and its eight neighbours (those inside the image) are alike."""
    own = pixels[y * stride + 4 * x : y * stride + 4 * x + 4]
    for ny in range(max(y - 1, 0), min(y + 2, height)):
        for nx in range(max(x - 1, 0), min(x + 2, width)):
            offset = ny * stride + 4 * nx
            other = pixels[offset : offset + 4]
            if other != own and max(abs(p - q) for p, q in zip(own, other, strict=True)) > FLAT_CHANNEL:
                return False
    return True


def _differences(actual: QImage, expected: QImage) -> tuple[int, QImage]:
    """How many pixels changed (see the module's docstring, up to ``COUNT_UP_TO``), and a mask of them in red."""
    mask = QImage(actual.size(), QImage.Format.Format_ARGB32)
    mask.fill(QColor(Qt.GlobalColor.white))
    different = 0
    red = QColor(Qt.GlobalColor.red)
    actual_bytes = bytes(actual.constBits())
    expected_bytes = bytes(expected.constBits())
    width, height = actual.width(), actual.height()
    # Compare whole rows first: identical rows (most of them) cost one bytes comparison.
    stride = actual.bytesPerLine()
    for y in range(height):
        row_a = actual_bytes[y * stride : (y + 1) * stride]
        row_e = expected_bytes[y * stride : (y + 1) * stride]
        if row_a == row_e:
            continue
        for x in range(width):
            a = row_a[4 * x : 4 * x + 4]
            e = row_e[4 * x : 4 * x + 4]
            if a == e:
                continue
            moved = max(abs(p - q) for p, q in zip(a, e, strict=True))
            if moved > STRONG_CHANNEL or (
                moved > FAINT_CHANNEL
                and (
                    _on_plain_ground(actual_bytes, stride, width, height, x, y)
                    or _on_plain_ground(expected_bytes, stride, width, height, x, y)
                )
            ):
                different += 1
                mask.setPixelColor(x, y, red)
                if different >= COUNT_UP_TO:
                    return different, mask
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
    if different > MAX_CHANGED_PIXELS:
        actual.save(str(tmp_path / f"{name}.actual.png"))
        mask.save(str(tmp_path / f"{name}.diff.png"))
        counted = f"at least {different}" if different >= COUNT_UP_TO else str(different)
        pytest.fail(f"{counted} pixels differ from {baseline.name}; see {tmp_path}")


# -- landmarks: what each scene is for, found where the canvas's own layout puts it ----------------------
#
# These hold whatever the approved images say: an image approved by mistake without the period
# shading, say, would still fail here.


class Drawn:
    """The rendered scene, read in the canvas's coordinates."""

    def __init__(self, scene: Scene) -> None:
        self.image = scene.render()
        self.canvas = scene.panel.canvas
        self.origin = self.canvas.mapTo(scene.panel, QPoint(0, 0))
        canvas_scene = self.canvas.scene
        assert canvas_scene is not None
        self.scene = canvas_scene
        self.theme = current_theme()
        self.hits = self.canvas.render_hits().items
        self.boxes = lane_boxes(canvas_scene)
        self.top = header_height(canvas_scene) - self.canvas.view_state.scroll

    def pixel(self, x: float, y: float) -> QColor:
        return self.image.pixelColor(self.origin.x() + math.floor(x), self.origin.y() + math.floor(y))

    def lane_bottom(self, box: LaneBox) -> int:
        """The pixel row of the line under the lane."""
        return math.floor(self.top + box.top + box.height)

    def blank_row(self) -> int:
        """A pixel row of the plot under every lane and above the legend: only shading and grid lines there."""
        y = self.lane_bottom(self.boxes[-1]) + 20
        assert y < self.canvas.height() - 120, "the scene must leave room under its lanes"
        return y

    def tick_columns(self) -> list[float]:
        axis = self.canvas.painted_axis()
        assert axis is not None
        ticks = list(axis.minor.tick_x) + (list(axis.major.tick_x) if axis.major is not None else [])
        return [GUTTER + x for x in ticks if x >= 0]

    def clear_of_lines(self, x: float) -> bool:
        """Whether the column at ``x`` is well away from grid lines and the dotted edges of periods."""
        edges = [self.canvas.x_of(day) for band in self.scene.periods for day in (band.start, band.end)]
        return all(abs(x - line) > 3 for line in self.tick_columns() + edges)


def _same(colour: QColor, expected: QColor, tolerance: int = 2) -> bool:
    pairs = ((colour.red(), expected.red()), (colour.green(), expected.green()), (colour.blue(), expected.blue()))
    return all(abs(a - b) <= tolerance for a, b in pairs)


def test_periods_shade_the_plot_by_how_many_overlap(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    _fit_all(scene)
    drawn = Drawn(scene)
    y = drawn.blank_row()
    bands = drawn.scene.periods
    assert len(bands) >= 2
    days = sorted({b.start for b in bands} | {b.end for b in bands})
    checked = 0
    for first, last in itertools.pairwise(days):
        depth = sum(1 for b in bands if b.start <= first and b.end >= last)
        columns = [x for x in range(math.ceil(drawn.canvas.x_of(first)), math.floor(drawn.canvas.x_of(last)))]
        columns = [x for x in columns if drawn.clear_of_lines(x)]
        assert columns, "each stretch of the periods has a column clear of lines"
        for x in columns[:: max(len(columns) // 5, 1)]:
            assert _same(drawn.pixel(x, y), drawn.theme.period_fill(depth)), (x, depth)
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize("name", ["fit-all", "one-year"])
def test_grid_lines_stand_at_the_ticks(qtbot: QtBot, name: str) -> None:
    scene = Scene(qtbot)
    CASES[name](scene)
    drawn = Drawn(scene)
    y = drawn.blank_row()
    ticks = [x for x in drawn.tick_columns() if GUTTER + 4 < x < drawn.canvas.width() - 8]
    assert len(ticks) >= 8
    for x in ticks:
        line = min(drawn.pixel(column, y).lightness() for column in (x - 1, x, x + 1))
        beside = drawn.pixel(x + 4, y).lightness()
        assert line <= beside - 4, f"no grid line at x={x:.1f}"


def test_lanes_are_separated_by_lines(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    _fit_all(scene)
    drawn = Drawn(scene)
    before_periods = drawn.canvas.x_of(min(band.start for band in drawn.scene.periods)) - 4
    # In the gutter, and across the plot where no period shades it.
    for x in (5, GUTTER - 10, GUTTER + 3, before_periods):
        for box in drawn.boxes:
            y = drawn.lane_bottom(box)
            assert _same(drawn.pixel(x, y), drawn.theme.separator, 3), (x, y)
            assert not _same(drawn.pixel(x, y - 3), drawn.theme.separator, 3)


def test_every_labelled_event_shows_its_label(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    _fit_all(scene)
    drawn = Drawn(scene)
    labelled = [hit for hit in drawn.hits if hit.kind is HitKind.EVENT and hit.label is not None]
    assert len({hit.lane for hit in labelled}) == len(drawn.boxes), "every lane has labels at fit-all"
    for hit in labelled:
        label = hit.label
        assert label is not None
        ink = sum(
            drawn.pixel(x, y).lightness() < 150
            for x in range(math.ceil(label.left()), math.floor(label.right()))
            for y in range(math.ceil(label.top()), math.floor(label.bottom()))
        )
        assert ink >= 15, f"{drawn.scene.columns.titles[hit.event]!r} has no text in its label"


def test_every_search_match_has_a_halo(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    _search(scene)
    drawn = Drawn(scene)
    matches = [hit for hit in drawn.hits if hit.kind is HitKind.EVENT]
    assert len(matches) == 8, "the eight summits of 1998–2018"
    for hit in matches:
        centre = drawn.canvas.x_of(drawn.scene.columns.starts[hit.event] + 0.5)
        for dx, dy in ((0, DOT_RADIUS + 3), (0, -DOT_RADIUS - 3), (-DOT_RADIUS - 3, 0)):
            pixel = drawn.pixel(centre + dx, hit.rect.center().y() + dy)
            assert pixel.red() - pixel.blue() > 80, f"no halo around {drawn.scene.columns.titles[hit.event]!r}"


@pytest.mark.parametrize("name", ["one-year", "one-week"])
def test_the_selected_event_sits_in_its_pill(qtbot: QtBot, name: str) -> None:
    scene = Scene(qtbot)
    CASES[name](scene)
    drawn = Drawn(scene)
    selected = drawn.canvas.current_event
    pills = [hit.label for hit in drawn.hits if hit.event == selected and hit.label is not None]
    assert pills
    inside = pills[0].toRect().adjusted(2, 2, -2, -2)
    filled = sum(
        _same(drawn.pixel(x, y), drawn.theme.selection_fill, 0)
        for x in range(inside.left(), inside.right())
        for y in range(inside.top(), inside.bottom())
    )
    assert filled > 0.4 * inside.width() * inside.height(), "the selected event's label has no pill"
