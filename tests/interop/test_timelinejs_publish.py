"""Our timelines published with TimelineJS: the exported JSON read by TimelineJS 3.9.11's own code.

TimelineJS runs in a browser; its configuration code (what turns a JSON file into slides,
dates and errors) runs under Node with jsdom. These tests export our timelines, hand them
to that code (``timelinejs_check.mjs``) and compare what TimelineJS makes of them with
what we meant: every event, no errors, BC years and deep time said as TimelineJS says them.

They need Node.js and the npm packages ``@knight-lab/timelinejs@3.9.11`` and ``jsdom``, in
the folder ``TIMELINEJS_NODE_MODULES`` names; CI installs them (see ``.ci/run``). They are
left out of the quick run; run them with ``pytest -m interop``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.formats.timelinejs_writer import timelinejs_json
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import TimelineLoadError

pytestmark = pytest.mark.interop

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def read_with_timelinejs(path: Path) -> dict[str, Any]:
    modules = os.environ.get("TIMELINEJS_NODE_MODULES")
    node = shutil.which("node")
    if not modules or node is None:
        pytest.fail(
            "set TIMELINEJS_NODE_MODULES to a node_modules folder with @knight-lab/timelinejs@3.9.11 and jsdom "
            "(npm install --prefix DIR @knight-lab/timelinejs@3.9.11 jsdom@24), with Node.js installed"
        )
    result = subprocess.run(
        [node, str(HERE / "timelinejs_check.mjs"), modules, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # TimelineJS traces to the console as it reads; the report is the last line.
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def publish(source: Path, tmp_path: Path) -> tuple[dict[str, Any], list[str]]:
    timeline = load_timeline(source).timeline
    out = tmp_path / "published.json"
    out.write_text(timelinejs_json(timeline), encoding="utf-8")
    return read_with_timelinejs(out), [e.id for e in timeline.events]


@pytest.mark.parametrize(
    "source",
    [bundled_timeline_path(), DATA / "sample.timeline.json", DATA / "any-year.timeline.json"],
    ids=["bundled", "sample", "any-year"],
)
def test_timelinejs_accepts_every_event_we_publish(source: Path, tmp_path: Path) -> None:
    report, ids = publish(source, tmp_path)
    assert report["valid"], report["errors"]
    assert report["errors"] == []
    assert sorted(e["id"] for e in report["events"]) == sorted(ids)
    timeline = load_timeline(source).timeline
    assert len(report["eras"]) == len(timeline.periods)
    assert report["title"] == timeline.title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_timelinejs_shows_our_dates_as_we_mean_them(tmp_path: Path) -> None:
    report, _ = publish(DATA / "any-year.timeline.json", tmp_path)
    shown = {e["id"]: e["date"] for e in report["events"]}
    assert report["scale"] == "cosmological", "deep time needs TimelineJS's cosmological scale"
    assert shown["big-bang"] == "13.80 billion years ago"
    assert shown["impact"] == "66.0 million years ago"
    assert shown["earth-forms"] == "c. 4.54 billion years ago", "an approximate date keeps its c."
    assert shown["ides-of-march"] == "March 15, 44 <span>BCE</span>", "our -0043 is 44 BC"
    assert shown["rubicon"] == "January 49 BC (date uncertain)"
    assert shown["moon-landing"] == "July 20, 1969"
    eras = {e["headline"]: e["date"] for e in report["eras"]}
    assert eras["Roman Republic"] == "509 <span>BCE</span> — 27 <span>BCE</span>"


def test_a_quote_is_published_as_timelinejs_shows_quotes(tmp_path: Path) -> None:
    report, _ = publish(DATA / "any-year.timeline.json", tmp_path)
    media = {e["id"]: e["media"] for e in report["events"]}
    assert media["rubicon"] == "blockquote"
    assert {m for i, m in media.items() if i != "rubicon"} == {None}, "no web page is published as a broken image"


def test_contested_and_open_dates_keep_their_wording_in_timelinejs(tmp_path: Path) -> None:
    report, _ = publish(bundled_timeline_path(), tmp_path)
    shown = {e["id"]: e["date"] for e in report["events"]}
    assert shown["pfp-sofa"] == "1996 or 15 November 1998 — sources disagree"
    assert shown["iraq-departure-2008"] == "7 December 2008 (date uncertain)"
    assert shown["pfp-framework-1994"] == "May 4, 1994"


TIMELINEJS_FILES = DATA / "formats" / "timelinejs"
ACCEPTED_BY_TIMELINEJS = [
    "women-in-computing.json",
    "all-media-types.json",
    "cosmo.json",
    "cosmo-mixed.json",
    "cosmological.json",
    "eras.json",
    "milliseconds.json",
    "ours-timeline.json",
    "ours-extra-keys.json",
    "ours-minimal.json",
]


@pytest.mark.parametrize("name", ACCEPTED_BY_TIMELINEJS)
def test_we_read_every_event_and_era_timelinejs_reads(name: str) -> None:
    report = read_with_timelinejs(TIMELINEJS_FILES / name)
    assert report["valid"], report["errors"]
    ours = load_timeline(TIMELINEJS_FILES / name).timeline
    assert len(ours.events) == len(report["events"])
    assert len(ours.periods) == len(report["eras"])


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("ours-invalid-bc-letters.json", "Invalid date: month, day and year must be numbers. [year = '44 BC']"),
        ("ours-invalid-era-without-end.json", "All eras must have start and end dates. [Caesar's civil war]"),
    ],
)
def test_what_timelinejs_refuses_we_report_too(name: str, error: str) -> None:
    report = read_with_timelinejs(TIMELINEJS_FILES / name)
    assert not report["valid"]
    assert report["errors"] == [error]
    try:
        loaded = load_timeline(TIMELINEJS_FILES / name)
    except TimelineLoadError:
        return  # refused, located
    # Read anyway: then what TimelineJS refuses is left out with a warning (here, the era without an end).
    assert loaded.warnings
    assert not loaded.timeline.periods
