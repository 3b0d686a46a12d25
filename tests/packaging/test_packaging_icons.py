"""The app icon: an SVG master and, rendered from it, square PNGs 16–512, a .ico and a .icns."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import packaging_module
from PySide6.QtWidgets import QApplication

from timeline_app.desktop import DESKTOP_ID, ICON_SIZES, icon_file_name

make_icons = packaging_module("make_icons")

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_header(data: bytes) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def test_the_icon_folder_holds_the_master_and_one_png_per_usual_size_named_as_the_app_looks_them_up() -> None:
    # Read from the files, not from the constants: a stray, missing or misnamed icon fails here.
    pngs = {path.name: png_header(path.read_bytes())[0] for path in ICONS.glob("*.png")}
    assert sorted(pngs.values()) == [16, 24, 32, 48, 64, 128, 256, 512]
    assert {icon_file_name(size): size for size in ICON_SIZES} == pngs
    others = sorted(path.name for path in ICONS.iterdir() if path.suffix != ".png")
    assert others == sorted([icon_file_name(), f"{DESKTOP_ID}.ico", f"{DESKTOP_ID}.icns"])
    assert icon_file_name() == "io.github.timelineviewer.TimelineViewer.svg"


def test_svg_master_is_square_and_scalable() -> None:
    root = ET.parse(ICONS / icon_file_name()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, width, height = (float(part) for part in root.get("viewBox", "").split())
    assert (x, y) == (0, 0)
    assert width == height > 0


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_is_square_rgba_of_its_size(size: int) -> None:
    path = ICONS / icon_file_name(size)
    width, height, depth, colour = png_header(path.read_bytes())
    assert (width, height) == (size, size)
    assert (depth, colour) == (8, 6), "8-bit RGBA: the corners must be transparent"


def test_pngs_match_the_svg(qapp: QApplication) -> None:
    pytest.importorskip("PySide6.QtSvg")
    assert make_icons.differences(ICONS) == [], "run: python resources/packaging/make_icons.py"


def test_ico_holds_every_size_to_256() -> None:
    data = (ICONS / f"{DESKTOP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        payload = data[offset : offset + length]
        if payload[:8] == PNG_SIGNATURE:
            assert png_header(payload)[:2] == (width or 256, height or 256)
        else:
            assert struct.unpack("<Iii", payload[:12]) == (40, width, 2 * height)  # BITMAPINFOHEADER
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_png_images_for_every_mac_size() -> None:
    data = (ICONS / f"{DESKTOP_ID}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        found[kind] = png_header(data[position + 8 : position + length])[:2]
        position += length
    assert position == len(data)
    expected = {
        b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
        b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512,
    }  # fmt: skip
    assert found == {kind: (size, size) for kind, size in expected.items()}
