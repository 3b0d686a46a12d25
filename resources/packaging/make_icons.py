"""Render the app icon from its SVG master: PNGs 16–512 px, a Windows ``.ico`` and a macOS ``.icns``.

    python resources/packaging/make_icons.py          # rewrite resources/icons/*.png, .ico, .icns
    python resources/packaging/make_icons.py --check  # exit 1 if the files are out of date

Needs PySide6 (QtSvg renders the SVG); the ``.ico`` and ``.icns`` are written here in plain Python
(PNG entries, plus classic 32-bit BMP entries below 256 px in the ``.ico`` for old Windows shells).
The outputs are committed, so building the app needs none of this.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline_app.desktop import DESKTOP_ID, ICON_SIZES, icon_file_name  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = (  # (OSType, pixel size): PNG payloads, macOS 10.7+
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)
PIXEL_TOLERANCE = 3
"""Largest channel difference accepted by ``--check`` (rasterisers differ slightly between Qt versions)."""


def ico_name() -> str:
    return f"{DESKTOP_ID}.ico"


def icns_name() -> str:
    return f"{DESKTOP_ID}.icns"


class Renderer:
    def __init__(self, svg: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtSvg import QSvgRenderer

        self._app = QGuiApplication.instance() or QGuiApplication([])
        self._svg = QSvgRenderer(str(svg))
        if not self._svg.isValid():
            raise SystemExit(f"{svg}: not a valid SVG")

    def image(self, size: int) -> QImage:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QImage, QPainter

        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._svg.render(painter, QRectF(0, 0, size, size))
        painter.end()
        return image

    def png(self, size: int) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image(size).save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes a str format
        buffer.close()
        return bytes(data.data())


def bmp_entry(png: bytes) -> bytes:
    """A classic ICO image: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, then the 1-bit AND mask."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    data = argb32(image)  # little-endian ARGB32 is BGRA in memory, as BMP wants
    rows = [data[y * width * 4 : (y + 1) * width * 4] for y in range(height - 1, -1, -1)]
    mask_row = b"\x00" * (((width + 31) // 32) * 4)  # all opaque in the mask: alpha does the work
    return header + b"".join(rows) + mask_row * height


def argb32(image: QImage) -> bytes:
    """The pixels, row after row without padding (4-byte pixels need none)."""
    from PySide6.QtGui import QImage

    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(converted.constBits())[: converted.width() * converted.height() * 4]


def build_ico(pngs: dict[int, bytes]) -> bytes:
    images = [(size, pngs[size] if size >= 256 else bmp_entry(pngs[size])) for size in ICO_SIZES]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path) -> dict[int, bytes]:
    renderer = Renderer(svg)
    return {size: renderer.png(size) for size in sorted({*ICON_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}


def write(folder: Path) -> list[Path]:
    pngs = render_all(folder / icon_file_name())
    written = []
    for size in ICON_SIZES:
        path = folder / icon_file_name(size)
        path.write_bytes(pngs[size])
        written.append(path)
    on_disk = {size: pngs[size] for size in pngs}
    for path, data in ((folder / ico_name(), build_ico(on_disk)), (folder / icns_name(), build_icns(on_disk))):
        path.write_bytes(data)
        written.append(path)
    return written


def differences(folder: Path) -> list[str]:
    """What is out of date in ``folder`` compared with a fresh rendering of the SVG."""
    from PySide6.QtGui import QImage

    fresh = render_all(folder / icon_file_name())
    problems = []
    for size in ICON_SIZES:
        path = folder / icon_file_name(size)
        if not path.is_file():
            problems.append(f"{path.name}: missing")
            continue
        disk = QImage(str(path))
        new = QImage.fromData(fresh[size])
        if disk.size() != new.size():
            problems.append(f"{path.name}: {disk.width()}x{disk.height()}, expected {size}x{size}")
            continue
        worst = max(abs(a - b) for a, b in zip(argb32(disk), argb32(new), strict=True))
        if worst > PIXEL_TOLERANCE:
            problems.append(f"{path.name}: differs from the SVG by up to {worst}/255 per channel")
    for path in (folder / ico_name(), folder / icns_name()):
        if not path.is_file():
            problems.append(f"{path.name}: missing")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the files match the SVG")
    parser.add_argument("--folder", type=Path, default=ICONS, help=f"icon folder (default {ICONS})")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences(args.folder)
        for problem in problems:
            print(problem)
        print("icons up to date" if not problems else "icons out of date: run resources/packaging/make_icons.py")
        return 1 if problems else 0
    for path in write(args.folder):
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
