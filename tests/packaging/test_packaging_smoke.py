"""The smoke test's own PNG reader and blank-picture check (it runs without Qt on installed systems)."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging_support import packaging_module
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timeline_app.desktop import icon_file_name

smoke = packaging_module("smoke")

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@pytest.mark.parametrize("size", [16, 64, 256])
def test_read_png_decodes_every_filter_like_qt(size: int, qapp: QApplication) -> None:
    path = ICONS / icon_file_name(size)
    png = smoke.read_png(path)
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
    assert (png.width, png.height) == (size, size)
    assert png.rgba == bytes(image.constBits())[: size * size * 4]


def picture(tmp_path: Path, name: str, busy: bool, fmt: QImage.Format = QImage.Format.Format_RGB32) -> Path:
    image = QImage(320, 200, fmt)
    image.fill(QColor("#f0f0f0"))
    if busy:
        painter = QPainter(image)
        for i in range(40):
            painter.fillRect(8 * i, 5 * i % 180, 60, 12, QColor.fromHsv(9 * i, 200, 200))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(10, 190, "Azerbaijan and NATO, 1992–2021")
        painter.end()
    path = tmp_path / name
    assert image.save(str(path))  # the format follows the .png suffix
    return path


def test_blank_pictures_are_caught(tmp_path: Path, qapp: QApplication) -> None:
    blank = smoke.read_png(picture(tmp_path, "blank.png", busy=False))
    problems = smoke.image_problems(blank, (320, 200))
    assert any("blank" in problem for problem in problems)
    assert smoke.image_problems(blank, (640, 400))[0] == "size 320x200, expected 640x400"


def test_busy_pictures_pass_and_compare(tmp_path: Path, qapp: QApplication) -> None:
    busy = smoke.read_png(picture(tmp_path, "busy.png", busy=True))
    assert smoke.image_problems(busy, (320, 200)) == []
    same = smoke.read_png(picture(tmp_path, "same.png", busy=True, fmt=QImage.Format.Format_ARGB32))
    assert smoke.difference(busy, same) == 0
    blank = smoke.read_png(picture(tmp_path, "blank.png", busy=False))
    assert smoke.difference(busy, blank) > 1
