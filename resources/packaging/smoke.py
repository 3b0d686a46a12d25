"""Smoke test of a frozen or installed Timeline Viewer: the same checks on Linux, Windows and macOS.

    python resources/packaging/smoke.py dist/timeline-app/timeline-app
    python resources/packaging/smoke.py /usr/bin/timeline-app --expect-version 0.1.0 --reference ref.png

Runs the program, never imports it: ``--version``; ``validate`` on a good file (exit 0) and on a
broken one (exit 1); ``--screenshot`` offscreen without a file (the bundled timeline) and with one;
``export`` of the picture (SVG, PDF), the report (PDF) and the events (CSV);
then checks each PNG (the requested size, not blank, and, with ``--reference``, close to a rendering
made from the source tree). Standard library only, so any Python can run it, also the system's
after the program was installed without one.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "data" / "minimal.timeline.json"
SIZE = (1280, 800)
EXPORTS = (
    ("the picture as SVG", "picture.svg", []),
    ("the picture as PDF", "picture.pdf", []),
    ("the report as PDF", "report.pdf", ["--report"]),
    ("the events as CSV", "events.csv", []),
)


@dataclass(frozen=True)
class Png:
    width: int
    height: int
    rgba: bytes

    def pixel(self, x: int, y: int) -> tuple[int, int, int, int]:
        i = (y * self.width + x) * 4
        r, g, b, a = self.rgba[i : i + 4]
        return r, g, b, a


def read_png(path: Path) -> Png:
    """Decode an 8-bit RGB/RGBA/grey PNG (what Qt writes) into RGBA bytes."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    out = bytearray()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        _unfilter(kind, row, previous, channels)
        out += row
        previous = row
    return Png(width, height, bytes(out) if channels == 4 else _to_rgba(out, channels))


def _to_rgba(pixels: bytearray, channels: int) -> bytes:
    out = bytearray()
    for i in range(0, len(pixels), channels):
        p = pixels[i : i + channels]
        if channels == 1:
            out += bytes((p[0], p[0], p[0], 255))
        elif channels == 2:
            out += bytes((p[0], p[0], p[0], p[1]))
        else:
            out += bytes((p[0], p[1], p[2], 255))
    return bytes(out)


def _unfilter(kind: int, row: bytearray, up: bytearray, bpp: int) -> None:
    n = len(row)
    if kind == 0:
        return
    if kind == 1:
        for i in range(bpp, n):
            row[i] = (row[i] + row[i - bpp]) & 0xFF
    elif kind == 2:
        for i in range(n):
            row[i] = (row[i] + up[i]) & 0xFF
    elif kind == 3:
        for i in range(n):
            left = row[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + ((left + up[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(n):
            a = row[i - bpp] if i >= bpp else 0
            b = up[i]
            c = up[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            row[i] = (row[i] + predictor) & 0xFF
    else:
        raise ValueError(f"bad PNG filter {kind}")


def image_problems(png: Png, size: tuple[int, int] | None) -> list[str]:
    """Why ``png`` is not a plausible screenshot of the timeline window (empty list: it is)."""
    problems = []
    if size is not None and (png.width, png.height) != size:
        problems.append(f"size {png.width}x{png.height}, expected {size[0]}x{size[1]}")
    step = max(1, (png.width * png.height) // 200_000)
    colours = Counter(png.rgba[i : i + 3] for i in range(0, len(png.rgba), 4 * step))
    total = sum(colours.values())
    top_share = colours.most_common(1)[0][1] / total
    if len(colours) < 32:
        problems.append(f"only {len(colours)} distinct colours: blank or nearly blank")
    if top_share > 0.92:
        problems.append(f"one colour covers {top_share:.0%} of the picture: blank or nearly blank")
    return problems


def difference(a: Png, b: Png) -> float:
    """Mean absolute difference per channel, 0–255 (sizes must match)."""
    if (a.width, a.height) != (b.width, b.height):
        return 255.0
    step = 4 * 7  # every 7th pixel is plenty
    total = sum(abs(x - y) for x, y in zip(a.rgba[::step], b.rgba[::step], strict=True))
    return total / max(1, len(a.rgba[::step]))


@dataclass
class Smoke:
    program: list[str]
    env: dict[str, str]
    failures: list[str]
    timeout: float = 120.0

    def run(self, label: str, args: Sequence[str], expect: int = 0) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [*self.program, *args],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            self.fail(f"{label}: no answer after {self.timeout:.0f} s")
            return subprocess.CompletedProcess(args, -1, "", "")
        seconds = time.monotonic() - started
        if done.returncode != expect:
            tail = (done.stdout + done.stderr).strip().splitlines()[-8:]
            self.fail(f"{label}: exit {done.returncode}, expected {expect}: " + " | ".join(tail))
        else:
            print(f"smoke: ok   {label} ({seconds:.1f} s)")
        return done

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"smoke: FAIL {message}")


OTHER_FORMATS = (
    (
        "Timeline XML",
        "history.timeline",
        "<?xml version='1.0' encoding='utf-8'?>\n<timeline><version>2.2.0</version><timetype>gregoriantime</timetype>"
        "<categories/><events><event><start>-43-03-15 00:00:00</start><end>-43-03-15 00:00:00</end>"
        "<text>Ides of March</text><fuzzy>False</fuzzy><locked>False</locked><ends_today>False</ends_today>"
        "</event></events><view/></timeline>\n",
    ),
    (
        "TimelineJS CSV spreadsheet",
        "sheet.csv",
        'Year,Month,Day,Headline,Text,Group\n-44,3,15,Ides of March,"<p>Caesar, killed.</p>",Rome\n',
    ),
)
"""Tiny files of the other formats the app reads, written as those tools write them."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen or installed Timeline Viewer.")
    parser.add_argument("program", nargs="+", help="the program (and any leading arguments, e.g. 'unshare -n X')")
    parser.add_argument("--expect-version", help="the version --version must print")
    parser.add_argument("--reference", type=Path, help="a PNG of the bundled timeline from the source tree")
    parser.add_argument("--max-difference", type=float, default=8.0, help="allowed mean difference to --reference")
    parser.add_argument("--keep", type=Path, help="copy the screenshots into this folder")
    args = parser.parse_args(argv)

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for variable in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the frozen app must not need them
        env.pop(variable, None)
    smoke = Smoke(list(args.program), env, [])
    with tempfile.TemporaryDirectory(prefix="timeline-smoke-") as scratch:
        folder = Path(scratch)
        version = smoke.run("--version", ["--version"])
        if args.expect_version and args.expect_version not in version.stdout:
            smoke.fail(f"--version printed {version.stdout.strip()!r}, expected {args.expect_version}")

        good = folder / "sample.timeline.json"
        good.write_bytes(SAMPLE.read_bytes())
        bad = folder / "broken.timeline.json"
        broken = json.loads(SAMPLE.read_text(encoding="utf-8"))
        broken["events"][0]["date"] = "1994-13-45"
        bad.write_text(json.dumps(broken, indent=2), encoding="utf-8")
        done = smoke.run("validate a good file", ["validate", str(good)])
        if ": valid: 1 event," not in done.stdout:
            smoke.fail(f"validate printed {done.stdout.strip()!r}")
        smoke.run("validate a broken file", ["validate", str(bad)], expect=1)
        # Other tools' files go through other parts of the standard library (expat, csv, html.parser),
        # which the frozen app must carry too.
        for label, name, content in OTHER_FORMATS:
            other = folder / name
            other.write_text(content, encoding="utf-8")
            done = smoke.run(f"validate a {label} file", ["validate", str(other)])
            if f"(read as {label})" not in done.stdout:
                smoke.fail(f"validate printed {done.stdout.strip()!r} for a {label} file")
        published = folder / "published.json"
        smoke.run("convert to TimelineJS", ["convert", str(good), "--to", str(published), "--format", "timelinejs"])
        if not published.is_file() or '"unique_id"' not in published.read_text(encoding="utf-8"):
            smoke.fail("convert --format timelinejs wrote no TimelineJS events")
        # Exports use Qt modules and plugins the window does not (QtSvg, QtPrintSupport's PDF writer).
        title = json.loads(SAMPLE.read_text(encoding="utf-8"))["events"][0]["title"]
        for label, name, extra in EXPORTS:
            exported = folder / name
            smoke.run(f"export {label}", ["export", str(good), "--to", str(exported), *extra])
            if not exported.is_file() or exported.stat().st_size == 0:
                smoke.fail(f"export {label}: nothing written")
            elif name.endswith(".svg") and title not in exported.read_text(encoding="utf-8"):
                smoke.fail(f"export {label}: the event's title is not in the SVG")
            elif name.endswith(".pdf") and not exported.read_bytes().startswith(b"%PDF-"):
                smoke.fail(f"export {label}: not a PDF")

        shots = {
            "bundled": (folder / "bundled.png", []),
            "file": (folder / "file.png", [str(good)]),
        }
        for label, (png_path, extra) in shots.items():
            size = f"{SIZE[0]}x{SIZE[1]}"
            smoke.run(f"--screenshot, {label} timeline", ["--screenshot", str(png_path), "--size", size, *extra])
            if not png_path.is_file():
                smoke.fail(f"--screenshot, {label} timeline: no PNG written")
                continue
            png = read_png(png_path)
            for problem in image_problems(png, SIZE):
                smoke.fail(f"screenshot of the {label} timeline: {problem}")
            if label == "bundled" and args.reference is not None:
                diff = difference(png, read_png(args.reference))
                if diff > args.max_difference:
                    smoke.fail(f"screenshot differs from {args.reference} by {diff:.1f}/255 per channel on average")
                else:
                    print(f"smoke: ok   screenshot matches the source-tree rendering (mean difference {diff:.2f}/255)")
            if args.keep is not None:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / png_path.name).write_bytes(png_path.read_bytes())
    verdict = "PASSED" if not smoke.failures else f"FAILED ({len(smoke.failures)} problems)"
    print(f"smoke: {verdict}: {' '.join(args.program)}")
    return 0 if not smoke.failures else 1


if __name__ == "__main__":
    sys.exit(main())
