"""Benchmark: load, model, layout, paint, open and UI-stall timings for synthetic timelines.

Not a test (pytest does not collect it): run it by hand and copy the table into the README.

    python tests/benchmarks/bench_canvas.py                 # 1,000 to 1,000,000 events, both data sets
    python tests/benchmarks/bench_canvas.py --sizes 1000 10000 --datasets rich

Two seeded synthetic data sets, each written in the real file format to a temporary folder:

- ``plain``: mixed points, spans and precisions spread evenly over 1992–2021 in six categories,
  compact JSON (the generator the first version of this benchmark used);
- ``rich``: the same dates, but bursty (a third of all events fall in August 2008), with long
  summaries, one or two citations each with an excerpt, quotes with their people and sources,
  and pretty-printed (``indent=2``), which is how hand-written files look.

For each size and data set, in processes of their own so each peak memory is its own:

- the floor: a bare ``msgspec.json.decode`` of the file's bytes with the collector off, and
  loading and validating it with :func:`~timeline_app.domain.opening.load_timeline`;
- the end-to-end open: ``python -m timeline_app FILE`` started offscreen, timed from before
  the process starts to the end of the first paint of the canvas with the timeline in it;
- the bare canvas (1600×900 image, offscreen): the first version's scenarios (fit-all, one
  month around 2021-08-15 and a 20-step zoom sweep), the densest labelled view (the zoom just
  above the switch to density bars in the busiest lane, at places across the range, so every
  frame draws new labels), and a pan at one-month zoom across the whole range, every frame a
  new place;
- the real window: the longest stall of the UI thread while the file loads in the background,
  and the whole window (canvas, overview, list, detail pane) painted with an event selected
  and a search active while the canvas pans.

It prints one JSON line per size and data set: each paint scenario's median and p95 in ms, the
times in seconds, the ratios of load and open to the bare decode, and the peak memories.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline_app.domain.timescale import Limits, ViewState
    from timeline_app.ui.canvas.scene import CanvasScene

SIZES = (1_000, 10_000, 100_000, 1_000_000)
DATASETS = ("plain", "rich")
FRAMES = 40
PAN_FRAMES = 200
WINDOW_FRAMES = 60
WIDTH, HEIGHT = 1600, 900
WINDOW_WIDTH, WINDOW_HEIGHT = 1600, 1000
SEARCH = "caspian corridor"
"""The search the whole-window scenario types: two of the generator's words, which a few per cent of events match."""
CHILD_TIMEOUT_S = 3600

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
    return _document(f"Synthetic timeline of {count:,} events", 1, sources=sources, events=events)


def _document(title: str, version: int, **lists: list[dict[str, Any]]) -> dict[str, Any]:
    """A timeline file of ``lists`` (sources, events, people, quotes) over 1992–2021 in the six categories."""
    return {
        "format": "timeline-viewer",
        "format_version": version,
        "title": title,
        "view": {"start": "1992", "end": "2021"},
        "categories": [{"id": i, "label": label, "colour": colour} for i, label, colour in CATEGORIES],
        **lists,
        "periods": [
            {"id": "ipap-1", "label": "First IPAP", "start": "2005-05", "end": "2007"},
            {"id": "isaf", "label": "ISAF mission", "start": "2002-11", "end": "2014-12"},
        ],
    }


# --------------------------------------------------------------------------------------
# The rich, bursty data set
# --------------------------------------------------------------------------------------

BURST_FIRST = dt.date(2008, 8, 1)
BURST_LAST = dt.date(2008, 8, 31)
_SOURCE_KINDS = ("news_report", "official_page", "press_release", "transcript", "analysis", "journal_article")
_PLACES = ("Baku", "Brussels", "Tbilisi", "Ankara", "Istanbul", "Vilnius", "Bucharest", "Riga")
_PEOPLE = 500
_SOURCES = 2000


def _sentence(rng: random.Random, shortest: int, longest: int) -> str:
    return " ".join(rng.choices(_WORDS, k=rng.randint(shortest, longest))).capitalize() + "."


def _sentences(rng: random.Random, fewest: int, most: int) -> str:
    return " ".join(_sentence(rng, 8, 18) for _ in range(rng.randint(fewest, most)))


def _burst_date(rng: random.Random) -> Any:
    """A date in the burst month: mostly single days, some short spans and approximate days."""
    day = dt.date.fromordinal(rng.randint(BURST_FIRST.toordinal(), BURST_LAST.toordinal()))
    roll = rng.random()
    if roll < 0.70:
        return day.isoformat()
    if roll < 0.85:
        end = dt.date.fromordinal(min(day.toordinal() + rng.randint(1, 6), BURST_LAST.toordinal() + 30))
        return {"start": day.isoformat(), "end": end.isoformat()}
    return {"on": day.isoformat(), "approximate": True}


def rich_timeline_document(count: int, seed: int = 1) -> dict[str, Any]:
    """``count`` events, a third of them in August 2008, with the text a carefully sourced file carries."""
    rng = random.Random(seed)
    people = [{"id": f"p{i}", "name": f"Person {i}", "role": f"Synthetic role {i % 40}"} for i in range(_PEOPLE)]
    sources = [
        {
            "id": f"s{i}",
            "kind": _SOURCE_KINDS[i % len(_SOURCE_KINDS)],
            "title": f"Report {i}: {_sentence(rng, 4, 9)}",
            "publisher": f"Publisher {i % 60}",
            "author": f"Author {i % 300}",
            "published": _day(rng).isoformat(),
            "url": f"https://example.org/reports/{i}",
            "language": "en",
        }
        for i in range(_SOURCES)
    ]
    # One quote for every fourth event, each quote used by its event (and some by a second one).
    quotes = [
        {
            "id": f"q{i}",
            "text": _sentences(rng, 1, 2),
            "speaker": f"p{rng.randrange(_PEOPLE)}",
            "said": _day(rng).isoformat(),
            "occasion": f"Press conference in {rng.choice(_PLACES)}",
            "source": f"s{rng.randrange(_SOURCES)}",
        }
        for i in range((count + 3) // 4)
    ]
    events = []
    for i in range(count):
        words = rng.sample(_WORDS, rng.randint(2, 6))
        citations: list[dict[str, Any]] = []
        for number, cited in enumerate(rng.sample(range(_SOURCES), rng.randint(1, 2))):
            citation: dict[str, Any] = {"source": f"s{cited}", "excerpt": _sentence(rng, 6, 14)}
            if rng.random() < 0.4:
                citation["locator"] = f"p. {rng.randint(1, 400)}"
            if number and rng.random() < 0.1:
                citation["stance"] = "contradicts"
            citations.append(citation)
        event: dict[str, Any] = {
            "id": f"e{i}",
            "title": " ".join(words).capitalize(),
            "summary": f"Synthetic event {i}. " + _sentences(rng, 2, 2),
            "date": _burst_date(rng) if rng.random() < 1 / 3 else _date(rng),
            "category": CATEGORIES[rng.randrange(len(CATEGORIES))][0],
            "citations": citations,
            "confidence": {"level": rng.choice(("high", "medium", "low"))},
        }
        if rng.random() < 0.3:
            event["confidence"]["note"] = _sentence(rng, 8, 16)
        if i % 4 == 0:
            event["quotes"] = [f"q{i // 4}"]
            if rng.random() < 0.2:
                event["quotes"].append(f"q{rng.randrange(len(quotes))}")
        if rng.random() < 0.15:
            event["context"] = True
        events.append(event)
    return _document(
        f"Synthetic rich timeline of {count:,} events",
        2,
        people=people,
        sources=sources,
        quotes=quotes,
        events=events,
    )


def write_timeline(path: Path, count: int, seed: int = 1, dataset: str = "plain") -> Path:
    if dataset == "rich":
        import msgspec

        # msgspec formats a gigabyte in seconds; json.dumps with an indent falls back to pure Python.
        raw = msgspec.json.format(msgspec.json.encode(rich_timeline_document(count, seed)), indent=2)
        path.write_bytes(raw)
    else:
        path.write_text(json.dumps(timeline_document(count, seed), separators=(",", ":")), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------
# Helpers shared by the measuring processes
# --------------------------------------------------------------------------------------


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def _summary(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {}
    return {"median": round(statistics.median(samples), 2), "p95": round(_percentile(samples, 0.95), 2)}


def _peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _quiet_qt_environment(config_home: str) -> dict[str, str]:
    """The environment of an app process: offscreen, with settings of its own (no remembered view or files)."""
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["XDG_CONFIG_HOME"] = config_home
    return environment


def labelled_view(
    scene: CanvasScene, state: ViewState, limits: Limits, centre: float, plot_width: float
) -> ViewState | None:
    """The widest view around ``centre`` in which no shown lane switches to density bars; ``None`` if none is.

    Mirrors ``CanvasRenderer._paint_lane``: a lane draws density bars when more than
    ``plot_width * DENSITY_EVENTS_PER_PX`` of its events overlap the view widened by 60 px each
    side. The views tried are those the canvas would show (kept inside the limits).
    """
    from timeline_app.ui.canvas.style import DENSITY_EVENTS_PER_PX

    threshold = plot_width * DENSITY_EVENTS_PER_PX

    def view(span: float) -> ViewState:
        return state.set_range(centre - span / 2, centre + span / 2, limits)

    def crowded(candidate: ViewState) -> bool:
        margin = 60.0 * candidate.span / plot_width
        first, last = candidate.start - margin, candidate.end + margin
        return any(scene.indices[lane].count(first, last) > threshold for lane in scene.shown_lanes)

    narrowest, widest = view(limits.min_span), view(limits.span)
    if crowded(narrowest):
        return None
    if not crowded(widest):
        return widest
    low, high = narrowest.span, widest.span
    for _ in range(40):  # bisection on a log scale: the answer to a fraction of a per cent
        middle = math.sqrt(low * high)
        if crowded(view(middle)):
            high = middle
        else:
            low = middle
    return view(low)


# --------------------------------------------------------------------------------------
# The floor: bare decode, and load and validate
# --------------------------------------------------------------------------------------


def measure_floor(path: Path, repeats: int) -> dict[str, Any]:
    import msgspec

    from timeline_app.domain.opening import load_timeline

    started = time.perf_counter()
    raw = path.read_bytes()
    read_s = time.perf_counter() - started
    decode = []
    for _ in range(repeats):
        gc.disable()
        started = time.perf_counter()
        decoded = msgspec.json.decode(raw)
        decode.append(time.perf_counter() - started)
        del decoded
        gc.enable()
        gc.collect()
    del raw
    load = []
    for _ in range(repeats):
        started = time.perf_counter()
        loaded = load_timeline(path)
        load.append(time.perf_counter() - started)
        del loaded
        gc.unfreeze()  # the loader freezes what it loaded; let the next run start from the same state
        gc.collect()
    return {
        "read_s": round(read_s, 3),
        "bare_decode_s": round(statistics.median(decode), 3),
        "bare_decode_runs_s": [round(x, 3) for x in decode],
        "load_validate_s": round(statistics.median(load), 3),
        "load_validate_runs_s": [round(x, 3) for x in load],
    }


# --------------------------------------------------------------------------------------
# The end-to-end open, in the real app
# --------------------------------------------------------------------------------------

OPEN_DRIVER = """
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from timeline_app.ui.canvas import TimelineCanvas

_paint = TimelineCanvas.paintEvent

def _first_paint(self, event):
    _paint(self, event)
    scene = self.scene
    if scene is not None and len(scene.columns) > 0:
        # The first frame with the timeline in it has been drawn: that is the moment a reader sees it.
        now = time.monotonic()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"first_frame": now, "peak_rss_kb": rss}), flush=True)
        os._exit(0)

TimelineCanvas.paintEvent = _first_paint
from timeline_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def measure_open(path: Path) -> dict[str, Any]:
    """Start ``python -m timeline_app``'s entry point on ``path`` and time it to its first painted frame."""
    started = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process on the machine
    report = _last_json(["-c", OPEN_DRIVER, str(path)], f"the app did not paint {path.name}")
    return {"open_s": report["first_frame"] - started, "peak_rss_mb": round(report["peak_rss_kb"] / 1024)}


# --------------------------------------------------------------------------------------
# The bare canvas
# --------------------------------------------------------------------------------------


def measure(path: Path, count: int, frames: int, pan_frames: int, dataset: str = "plain") -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QFont, QImage
    from PySide6.QtWidgets import QApplication

    from timeline_app.domain.columns import day_number
    from timeline_app.domain.opening import load_timeline
    from timeline_app.qtmodels.event_model import EventTableModel
    from timeline_app.qtmodels.filter_proxy import EventFilterProxy
    from timeline_app.ui.canvas import TimelineCanvas
    from timeline_app.ui.canvas.renderer import HitKind
    from timeline_app.ui.canvas.style import GUTTER

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

    scene = canvas.scene
    assert scene is not None
    home_first, home_last = scene.home
    plot_width = WIDTH - GUTTER

    # 1. The densest labelled view, at places spread over the range (and at the burst's edges):
    # each frame a new place and a new zoom, so its labels are new to the text caches.
    rng = random.Random(7)
    centres = [home_first + (i + rng.uniform(0.3, 0.7)) / frames * (home_last - home_first) for i in range(frames)]
    if dataset == "rich" and frames >= 4:
        centres[frames // 3] = day_number(BURST_FIRST)
        centres[2 * frames // 3] = day_number(BURST_LAST) + 1
    labelled = []
    deepest = []
    spans = []
    density_lanes = 0
    for centre in centres:
        view = labelled_view(scene, canvas.view_state, canvas.limits, centre, plot_width)
        if view is None:
            # Even the deepest zoom has a lane of density bars here (long spans and month- or
            # year-long dates overlap every day): no labelled view exists, so the frame measured
            # is the deepest zoom, what a reader zooming in all the way sees.
            canvas.set_range(centre - canvas.limits.min_span / 2, centre + canvas.limits.min_span / 2)
            deepest.append(paint())
            continue
        canvas.set_view_state(view)
        spans.append(canvas.view_state.span)
        labelled.append(paint())
        density_lanes += sum(1 for hit in canvas.render_hits().items if hit.kind == HitKind.DENSITY)

    # 2. A pan at one-month zoom across the whole range: every frame a new place.
    month = 31.0
    step = (home_last - home_first - month) / max(pan_frames - 1, 1)
    pan = []
    for frame in range(pan_frames):
        first = home_first + frame * step
        canvas.set_range(first, first + month)
        pan.append(paint())

    return {
        "events": count,
        "dataset": dataset,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "load_validate_s": round(load_s, 2),
        "model_build_ms": round(model_ms),
        "layout_ms": round(layout_ms),
        "paint_fit_all_ms": _summary(fit_all),
        "paint_one_month_ms": _summary(one_month),
        "paint_zoom_sweep_ms": _summary(sweep),
        "paint_densest_labelled_ms": _summary(labelled),
        "densest_labelled": {
            "frames": len(labelled),
            "span_days_median": round(statistics.median(spans), 3) if spans else None,
            "places_without_labelled_zoom": len(deepest),
            "density_lanes_drawn": density_lanes,
        },
        "paint_deepest_zoom_where_unlabelled_ms": _summary(deepest),
        "paint_pan_one_month_ms": _summary(pan),
        "peak_rss_mb": _peak_rss_mb(),
    }


# --------------------------------------------------------------------------------------
# The real window: stall during a background load, and whole-window frames
# --------------------------------------------------------------------------------------


def measure_window(path: Path, count: int, frames: int, snapshot: Path | None) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder = tempfile.TemporaryDirectory(prefix="timeline-bench-window-")
    settings = QSettings(str(Path(folder.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    window.show()
    canvas = window.timeline_panel.canvas
    canvas.animation_ms = 0

    def settle(seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    settle(0.3)
    result: dict[str, Any] = {}

    # 5. The longest stall of the UI thread while the file loads in the background.
    opener: Callable[[Path], object] | None = getattr(window, "open_file_in_background", None)
    if opener is None:
        result["ui_stall_ms"] = "not available"
        started = time.perf_counter()
        window.open_file(path, restore_view=False)
        app.processEvents()
        result["sync_open_freeze_s"] = round(time.perf_counter() - started, 3)
    else:
        gaps: list[float] = []
        last = [time.perf_counter()]
        loaded_at: list[float] = []
        loop = QEventLoop()

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now
            scene = canvas.scene
            if not loaded_at and scene is not None and len(scene.columns) > 0:
                loaded_at.append(now)
            elif loaded_at and now - loaded_at[0] > 0.5:  # half a second more: the hand-over and first paints
                loop.quit()

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(tick)
        errors: list[str] = []

        def start_loading() -> None:
            try:
                opener(path)
            except Exception as exc:  # noqa: BLE001 - whatever the loader raises is reported, not a hang
                errors.append(repr(exc))
                loop.quit()

        started = time.perf_counter()
        last[0] = started
        timer.start()
        QTimer.singleShot(0, start_loading)
        QTimer.singleShot(CHILD_TIMEOUT_S * 1000 // 2, loop.quit)
        loop.exec()
        timer.stop()
        if errors or not loaded_at:
            result["ui_stall_ms"] = f"failed: {errors[0] if errors else 'never loaded'}"
        else:
            result["ui_stall_ms"] = round(max(gaps) * 1000, 1)
            result["ui_stall_gaps_over_50ms"] = sum(1 for gap in gaps if gap > 0.05)
            result["background_load_s"] = round(loaded_at[0] - started, 3)
        settle(0.2)

    # 3. The whole window, with an event selected and a search active, while the canvas pans.
    timeline = window.model.timeline
    assert timeline is not None
    window.search_field.setText(SEARCH)
    settle(0.1)
    matching = [event for event in timeline.events if SEARCH in f"{event.title} {event.summary}".casefold()]
    chosen = matching[len(matching) // 2]
    window.select_event(chosen.id)
    settle(0.1)
    row = window.model.row_of(chosen.id)
    columns = window.model.columns
    assert row is not None
    assert columns is not None
    day = columns.starts[row]
    canvas.set_range(day - 15, day + 16)
    settle(0.1)
    if snapshot is not None:
        window.grab().save(str(snapshot))
    whole = []
    for _ in range(frames):
        begun = time.perf_counter()
        canvas.pan_by(11.0)  # a third of the view: every frame a new place
        window.grab()
        whole.append((time.perf_counter() - begun) * 1000)
        app.processEvents()  # what a pan leaves to the event loop, outside the timed part
    result["paint_whole_window_ms"] = _summary(whole)
    result["whole_window_shown"] = window.proxy.rowCount()
    result["window_peak_rss_mb"] = _peak_rss_mb()
    window.close()
    folder.cleanup()
    return result


# --------------------------------------------------------------------------------------
# One size and data set
# --------------------------------------------------------------------------------------


def _child(arguments: list[str]) -> dict[str, Any]:
    """Run this file with ``arguments`` in a fresh interpreter and return the JSON it prints last."""
    return _last_json([__file__, *arguments], f"{' '.join(arguments)} failed")


def _last_json(arguments: list[str], failure: str) -> dict[str, Any]:
    """Run Python with ``arguments`` in a fresh process, quiet and with its own settings; the JSON it printed last."""
    with tempfile.TemporaryDirectory(prefix="timeline-bench-config-") as config:
        result = subprocess.run(
            [sys.executable, *arguments],
            env=_quiet_qt_environment(config),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{failure}: {result.stderr[-3000:]}")
    return dict(json.loads(lines[-1]))


def _repeats(count: int) -> int:
    return 5 if count <= 10_000 else 3 if count <= 100_000 else 1


def run_size(path: Path, count: int, dataset: str, args: argparse.Namespace) -> dict[str, Any]:
    repeats = args.repeats or _repeats(count)
    floor = _child(["--floor", str(path), "--repeats", str(repeats)])
    opens = [measure_open(path) for _ in range(repeats)]
    frames = ["--frames", str(args.frames), "--pan-frames", str(args.pan_frames)]
    canvas = _child(["--one", str(path), "--count", str(count), "--dataset", dataset, *frames])
    window_arguments = ["--window", str(path), "--count", str(count), "--frames", str(args.window_frames)]
    if args.snapshots is not None:
        window_arguments += ["--snapshot", str(args.snapshots / f"window-{dataset}-{count}.png")]
    window = _child(window_arguments)
    open_s = [o["open_s"] for o in opens]
    open_median = statistics.median(open_s)
    open_rss = max(o["peak_rss_mb"] for o in opens)
    file_mb = path.stat().st_size / 1e6
    decode = floor["bare_decode_s"]
    return {
        **canvas,
        # The floor's load, measured beside the decode, is the one the ratio uses; the canvas
        # process's own first load is kept under its old key.
        "load_validate_s": floor["load_validate_s"],
        "canvas_process_load_s": canvas["load_validate_s"],
        "paint_whole_window_ms": window.pop("paint_whole_window_ms"),
        "open_first_frame_s": round(open_median, 3),
        "open_runs_s": [round(x, 3) for x in open_s],
        "bare_decode_s": decode,
        "bare_decode_runs_s": floor["bare_decode_runs_s"],
        "load_validate_runs_s": floor["load_validate_runs_s"],
        "read_s": floor["read_s"],
        "load_vs_decode": round(floor["load_validate_s"] / decode, 2),
        "open_vs_decode": round(open_median / decode, 2),
        **window,
        "open_peak_rss_mb": open_rss,
        "open_peak_rss_vs_file": round(open_rss / file_mb, 2),
        "canvas_peak_rss_vs_file": round(canvas["peak_rss_mb"] / file_mb, 2),
        "runs": repeats,
        "frames": {"static": args.frames, "pan": args.pan_frames, "window": args.window_frames},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--datasets", nargs="+", choices=DATASETS, default=list(DATASETS))
    parser.add_argument("--frames", type=int, default=FRAMES, help="frames per static scenario")
    parser.add_argument("--pan-frames", type=int, default=PAN_FRAMES, help="frames of the one-month pan")
    parser.add_argument("--window-frames", type=int, default=WINDOW_FRAMES, help="frames of the whole window")
    parser.add_argument("--repeats", type=int, help="runs of the floor and the open (default: 5, 3, then 1 at 1M)")
    parser.add_argument("--snapshots", type=Path, help="save a picture of the whole window per size here")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--window", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--snapshot", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dataset", choices=DATASETS, default="plain", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.count, args.frames, args.pan_frames, args.dataset)), flush=True)
        return 0
    if args.floor is not None:
        print(json.dumps(measure_floor(args.floor, args.repeats or 1)), flush=True)
        return 0
    if args.window is not None:
        print(json.dumps(measure_window(args.window, args.count, args.window_frames, args.snapshot)), flush=True)
        return 0
    if args.write is not None:
        write_timeline(args.write, args.count, dataset=args.dataset)
        return 0
    if args.snapshots is not None:
        args.snapshots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for count in args.sizes:
            for dataset in args.datasets:
                path = folder / f"synthetic-{dataset}-{count}.timeline.json"
                # The file is written by a process of its own too. Building a million events in
                # memory takes gigabytes, and a child started from this process would report this
                # process's peak as its own: Linux carries the peak RSS across fork and exec.
                if not path.exists():
                    command = [sys.executable, __file__, "--write", str(path), "--count", str(count)]
                    subprocess.run([*command, "--dataset", dataset], check=True)
                print(json.dumps(run_size(path, count, dataset, args)), flush=True)
                if args.keep is None:
                    path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
