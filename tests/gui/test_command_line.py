"""The app's command line, run as a user would: a real process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.ui.canvas.renderer import HitKind
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.theme import current_theme

DATA = Path(__file__).resolve().parent.parent / "data"


def run_app(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def distinct_colours(image: QImage, area: QRect, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(area.left(), area.right(), step)
            for y in range(area.top(), area.bottom(), step)
        }
    )


def where_drawn(qtbot: QtBot, tmp_path: Path, event: str, size: tuple[int, int]) -> tuple[QRect, QRectF]:
    """Where the canvas is in the window ``--screenshot --event`` draws, and where the event's label pill is:
    the same window, built here in the same way, laid out at the same size."""
    window = MainWindow(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.timeline_panel.canvas.animation_ms = 0
    assert window.open_file(bundled_timeline_path(), restore_view=False)
    assert window.select_event(event)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # as --screenshot lets the layout settle; a repaint before the first paint does nothing
        QApplication.processEvents()
    canvas = window.timeline_panel.canvas
    canvas.repaint()
    row = window.model.row_of(event)
    pills = [h.label for h in canvas.render_hits().items if h.kind is HitKind.EVENT and h.event == row and h.label]
    assert pills, f"{event} is drawn with its label"
    origin = canvas.mapTo(window, QPoint(0, 0))
    return QRect(origin, canvas.size()), pills[0].translated(origin.x(), origin.y())


@pytest.mark.parametrize(
    ("event", "size"),
    [("pfp-sofa", (1600, 900)), ("baku-press-statements-2024", (1280, 800))],
)
def test_screenshot_of_the_bundled_timeline(qtbot: QtBot, tmp_path: Path, event: str, size: tuple[int, int]) -> None:
    out = tmp_path / "shot.png"
    result = run_app("--screenshot", out, "--size", f"{size[0]}x{size[1]}", "--event", event)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert "Azerbaijan and NATO" in result.stdout
    canvas, pill = where_drawn(qtbot, tmp_path, event, size)
    # The canvas itself, not the window's chrome, list and pane (which alone have plenty of colours).
    assert distinct_colours(image, canvas) > 20, "the canvas in the screenshot looks blank"
    # The chosen event stands out in its selection pill, where the canvas lays it out.
    selection = current_theme().selection.rgb()
    inside = pill.toRect().adjusted(2, 2, -2, -2)
    filled = sum(
        image.pixel(x, y) == selection
        for x in range(inside.left(), inside.right())
        for y in range(inside.top(), inside.bottom())
    )
    assert filled > 0.4 * inside.width() * inside.height(), "the selected event's label pill is missing"


def test_unknown_event_id_is_reported(tmp_path: Path) -> None:
    result = run_app("--screenshot", tmp_path / "x.png", "--event", "no-such-event")
    assert result.returncode == 2
    assert "no event with id 'no-such-event'" in result.stderr


def test_a_broken_file_prints_its_problems_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text('{"format": "timeline-viewer", "format_version": 1,', encoding="utf-8")
    result = run_app("--screenshot", tmp_path / "x.png", bad)
    assert result.returncode == 1
    assert f"{bad}:1:" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_size_is_a_usage_error(tmp_path: Path) -> None:
    result = run_app("--screenshot", tmp_path / "x.png", "--size", "huge")
    assert result.returncode == 2
    assert "'huge' is not a size" in result.stderr
