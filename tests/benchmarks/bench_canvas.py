"""Canvas benchmark: load, model, layout and paint timings for synthetic timelines.

Not a test (pytest does not collect it): run it by hand and copy the table into the README.

    python tests/benchmarks/bench_canvas.py                 # 1,000 to 1,000,000 events
    python tests/benchmarks/bench_canvas.py --sizes 1000 10000

For each size it writes a seeded synthetic timeline in the real file format (mixed points,
spans and precisions over 1992–2021 in six categories) to a temporary folder, then measures,
in a fresh process so the peak memory is that size's alone: loading and validating the file
with :func:`~timeline_app.domain.loading.load_timeline`, building the Qt models, laying out
the canvas, and painting it into a 1600×900 image offscreen, at fit-all, at one month around
2021-08-15, and over a 20-step zoom sweep from fit-all to one week. It prints one JSON line
per size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SIZES = (1_000, 10_000, 100_000, 1_000_000)
FRAMES = 40
WIDTH, HEIGHT = 1600, 900

CATEGORIES = (
    ("diplomacy", "Diplomacy", "#1f77b4"),
    ("military", "Military cooperation", "#d62728"),
    ("summits", "Summits", "#2ca02c"),
    ("partnership", "Partnership programmes", "#9467bd"),
    ("energy", "Energy and transit", "#ff7f0e"),
    ("regional", "Regional context", "#7f7f7f"),
)
_WORDS = (
    "partnership",
    "council",
    "visit",
    "talks",
    "summit",
    "exercise",
    "mission",
    "review",
    "plan",
    "agreement",
    "signing",
    "forum",
    "delegation",
    "minister",
    "ambassador",
    "security",
    "pipeline",
    "corridor",
    "training",
    "reform",
    "office",
    "liaison",
    "defence",
    "NATO",
    "Baku",
    "Brussels",
    "Caspian",
    "Caucasus",
    "peacekeeping",
    "dialogue",
    "framework",
    "programme",
)
_FIRST = dt.date(1992, 1, 1).toordinal()
_LAST = dt.date(2021, 12, 31).toordinal()


def _day(rng: random.Random) -> dt.date:
    return dt.date.fromordinal(rng.randint(_FIRST, _LAST))


def _partial(rng: random.Random, day: dt.date) -> str:
    roll = rng.random()
    if roll < 0.70:
        return day.isoformat()
    if roll < 0.90:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _date(rng: random.Random) -> Any:
    roll = rng.random()
    start = _day(rng)
    if roll < 0.55:
        return _partial(rng, start)
    if roll < 0.70:
        return {"on": _partial(rng, start), "approximate": rng.random() < 0.6, "uncertain": rng.random() < 0.5}
    if roll < 0.95:
        length = int(rng.expovariate(1 / 120)) + 1
        end = dt.date.fromordinal(min(start.toordinal() + length, _LAST))
        span: dict[str, Any] = {"start": start.isoformat()}
        if rng.random() < 0.95:
            span["end"] = end.isoformat()
        if rng.random() < 0.1:
            span["approximate"] = True
        return span
    other = dt.date.fromordinal(min(start.toordinal() + rng.randint(1, 900), _LAST))
    return {
        "alternatives": [
            {"on": _partial(rng, start), "sources": ["s0"]},
            {"on": other.isoformat(), "sources": ["s1"]},
        ]
    }


def timeline_document(count: int, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    sources = [
        {"id": f"s{i}", "kind": "news_report", "title": f"Report {i}", "url": f"https://example.org/{i}"}
        for i in range(200)
    ]
    events = []
    for i in range(count):
        words = rng.sample(_WORDS, rng.randint(2, 6))
        cited = rng.sample(range(200), rng.randint(1, 3))
        event: dict[str, Any] = {
            "id": f"e{i}",
            "title": " ".join(words).capitalize(),
            "summary": f"Synthetic event {i}: " + " ".join(rng.choices(_WORDS, k=12)) + ".",
            "date": _date(rng),
            "category": CATEGORIES[rng.randrange(len(CATEGORIES))][0],
            "citations": [{"source": f"s{c}"} for c in cited],
            "confidence": {"level": rng.choice(("high", "medium", "low"))},
        }
        if rng.random() < 0.15:
            event["context"] = True
        events.append(event)
    return {
        "format": "timeline-viewer",
        "format_version": 1,
        "title": f"Synthetic timeline of {count:,} events",
        "view": {"start": "1992", "end": "2021"},
        "categories": [{"id": i, "label": label, "colour": colour} for i, label, colour in CATEGORIES],
        "sources": sources,
        "events": events,
        "periods": [
            {"id": "ipap-1", "label": "First IPAP", "start": "2005-05", "end": "2007"},
            {"id": "isaf", "label": "ISAF mission", "start": "2002-11", "end": "2014-12"},
        ],
    }


def write_timeline(path: Path, count: int, seed: int = 1) -> Path:
    path.write_text(json.dumps(timeline_document(count, seed), separators=(",", ":")), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------
# One size, measured in its own process
# --------------------------------------------------------------------------------------


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def _summary(samples: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(samples), 2), "p95": round(_percentile(samples, 0.95), 2)}


def measure(path: Path, count: int, frames: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QFont, QImage
    from PySide6.QtWidgets import QApplication

    from timeline_app.domain.columns import day_number
    from timeline_app.domain.opening import load_timeline
    from timeline_app.qtmodels.event_model import EventTableModel
    from timeline_app.qtmodels.filter_proxy import EventFilterProxy
    from timeline_app.ui.canvas import TimelineCanvas

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    app.setFont(font)

    started = time.perf_counter()
    loaded = load_timeline(path)
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    model = EventTableModel()
    model.set_timeline(loaded.timeline)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    selection = QItemSelectionModel(proxy)
    model_ms = (time.perf_counter() - started) * 1000

    canvas = TimelineCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.animation_ms = 0
    started = time.perf_counter()
    canvas.set_models(proxy, selection)
    layout_ms = (time.perf_counter() - started) * 1000

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> float:
        begun = time.perf_counter()
        canvas.render(image)
        return (time.perf_counter() - begun) * 1000

    canvas.fit_all()
    paint()  # the first frame measures fonts and fills caches
    fit_all = []
    for frame in range(frames):
        # Alternate tiny pans so no frame is a repaint of an identical state.
        canvas.pan_by((1 if frame % 2 else -1) * canvas.view_state.span * 0.002)
        fit_all.append(paint())

    focus = day_number(dt.date(2021, 8, 15))
    canvas.set_range(focus - 15, focus + 16)
    paint()
    one_month = []
    for frame in range(frames):
        canvas.pan_by((1 if frame % 2 else -1) * 0.4)
        one_month.append(paint())

    canvas.fit_all()
    sweep = []
    week = 7.0
    steps = 20
    factor = (week / canvas.view_state.span) ** (1 / (steps - 1))
    for _ in range(steps):
        sweep.append(paint())
        canvas.zoom_by(factor, focus)

    return {
        "events": count,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "load_validate_s": round(load_s, 2),
        "model_build_ms": round(model_ms),
        "layout_ms": round(layout_ms),
        "paint_fit_all_ms": _summary(fit_all),
        "paint_one_month_ms": _summary(one_month),
        "paint_zoom_sweep_ms": _summary(sweep),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--frames", type=int, default=FRAMES, help="frames per static scenario")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.count, args.frames)), flush=True)
        return 0
    if args.write is not None:
        write_timeline(args.write, args.count)
        return 0
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        for count in args.sizes:
            path = Path(folder) / f"synthetic-{count}.timeline.json"
            # The file is written by a process of its own too. Building a million events in
            # memory takes gigabytes, and a child started from this process would report this
            # process's peak as its own: Linux carries the peak RSS across fork and exec.
            subprocess.run([sys.executable, __file__, "--write", str(path), "--count", str(count)], check=True)
            # A fresh interpreter per size: peak RSS is then this size's alone.
            command = [sys.executable, __file__, "--one", str(path), "--count", str(count)]
            command += ["--frames", str(args.frames)]
            result = subprocess.run(command, check=False)
            path.unlink()
            if result.returncode != 0:
                return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
