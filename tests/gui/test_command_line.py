"""The app's command line, run as a user would: a real process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

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


def distinct_colours(image: QImage, step: int = 23) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize(
    ("event", "size"),
    [("pfp-sofa", (1600, 900)), ("baku-press-statements-2024", (1280, 800))],
)
def test_screenshot_of_the_bundled_timeline(tmp_path: Path, event: str, size: tuple[int, int]) -> None:
    out = tmp_path / "shot.png"
    result = run_app("--screenshot", out, "--size", f"{size[0]}x{size[1]}", "--event", event)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert distinct_colours(image) > 20, "the screenshot looks blank"
    assert "Azerbaijan and NATO" in result.stdout


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
