"""Which reader a file goes to: decided by its content, the extension only breaking ties."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timeline_app.domain.loading import FileFormat
from timeline_app.domain.opening import READABLE_FORMATS, detect_format, load_timeline
from timeline_app.domain.problems import TimelineLoadError

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "minimal.timeline.json"
FORMATS = DATA / "formats"

TIMELINEJS = json.dumps({"events": [{"start_date": {"year": 1994}, "text": {"headline": "A"}}]}).encode()


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (MINIMAL.read_bytes(), "minimal.timeline.json", FileFormat.TIMELINE_VIEWER),
        (MINIMAL.read_bytes(), "renamed.csv", FileFormat.TIMELINE_VIEWER),
        (TIMELINEJS, "story.json", FileFormat.TIMELINEJS_JSON),
        (TIMELINEJS, "story.txt", FileFormat.TIMELINEJS_JSON),
        (b'{"title": {"text": {"headline": "Only a title"}}, "events": []}', "t.json", FileFormat.TIMELINEJS_JSON),
        (b'{"scale": "cosmological", "events": []}', "t.json", FileFormat.TIMELINEJS_JSON),
        (b"\xef\xbb\xbf<?xml version='1.0'?><timeline></timeline>", "x.timeline", FileFormat.TIMELINE_XML),
        (b"<timeline><version>2.2.0</version></timeline>", "history.xml", FileFormat.TIMELINE_XML),
        (b"not xml at all", "history.timeline", FileFormat.TIMELINE_XML),
        (b"Year,Month,Day,Headline\n1994,5,4,A\n", "sheet.csv", FileFormat.TIMELINEJS_CSV),
        (b"Year,Month,Day,Headline\n1994,5,4,A\n", "sheet.txt", FileFormat.TIMELINEJS_CSV),
        (b"Name;Date\nA;1994\n", "sheet.csv", FileFormat.TIMELINEJS_CSV),
        (b"", "empty.timeline.json", FileFormat.TIMELINE_VIEWER),
        (b"\xef\xbb\xbf\n", "empty.csv", FileFormat.TIMELINEJS_CSV),
        (b"  ", "empty.timeline", FileFormat.TIMELINE_XML),
        (b'{"events": []}', "nothing.json", FileFormat.TIMELINEJS_JSON),
        (b'{"events": [], "categories": []}', "ours-with-mistakes.json", FileFormat.TIMELINE_VIEWER),
        # TimelineJS ignores keys it does not know, so a key our format also has does not make a file ours.
        (
            b'{"events": [{"start_date": {"year": 1994}}], "language": "fr", "credits": "x"}',
            "story.json",
            FileFormat.TIMELINEJS_JSON,
        ),
        (b"", "empty.txt", FileFormat.TIMELINEJS_CSV),
        (b"Year\tMonth\tHeadline\n1994\t5\tA\n", "sheet.tsv", FileFormat.TIMELINEJS_CSV),
        (b'{"events": "not a list"}', "odd.json", FileFormat.TIMELINE_VIEWER),
        (b"{ this is not JSON", "broken.json", FileFormat.TIMELINE_VIEWER),
        ("{}".encode("utf-16"), "wide.txt", FileFormat.TIMELINE_VIEWER),
    ],
)
def test_the_content_decides_the_reader(content: bytes, name: str, expected: FileFormat) -> None:
    assert detect_format(content, name) is expected


@pytest.mark.parametrize(
    ("sample", "names", "expected"),
    [
        (FORMATS / "timelinejs" / "women-in-computing.json", ["story.json", "story.txt"], FileFormat.TIMELINEJS_JSON),
        (FORMATS / "timelinejs" / "women-in-computing.csv", ["sheet.csv", "sheet.txt"], FileFormat.TIMELINEJS_CSV),
        (FORMATS / "timeline" / "ours-full.timeline", ["history.xml", "history.txt"], FileFormat.TIMELINE_XML),
    ],
)
def test_a_file_reads_the_same_whatever_its_name(
    sample: Path, names: list[str], expected: FileFormat, tmp_path: Path
) -> None:
    direct = load_timeline(sample)
    assert direct.file_format is expected
    for name in names:
        path = tmp_path / name
        shutil.copyfile(sample, path)
        renamed = load_timeline(path)
        assert renamed.file_format is expected
        assert [(e.id, e.title, e.date) for e in renamed.timeline.events] == [
            (e.id, e.title, e.date) for e in direct.timeline.events
        ]
        placed = [(w.line, w.column, w.path, w.message.replace(name, sample.name)) for w in renamed.warnings]
        assert placed == [(w.line, w.column, w.path, w.message) for w in direct.warnings]


def test_our_own_file_stays_ours_even_when_its_text_mentions_timelinejs_keys(tmp_path: Path) -> None:
    data = json.loads(MINIMAL.read_text(encoding="utf-8"))
    data["description"] = 'Exported from a file with "start_date" and "headline" keys.'
    data["title"] = {"text": "not a TimelineJS title"}  # wrong for our format: our reader must say so
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    assert caught.value.read_as is None
    assert any(p.path == "title" for p in caught.value.problems)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n", "a PDF document"),
        (
            b"PK\x03\x04\x14\0\0\0",
            "a ZIP archive (an .xlsx, .ods or .docx file is one: save a spreadsheet as CSV first)",
        ),
        (b"\x1f\x8b\x08\0", "a gzip archive"),
        (b"RIFF\x24\0\0\0WEBPVP8 ", "a RIFF file (a WebP image, a WAV sound or an AVI video)"),
    ],
)
def test_a_file_that_is_not_text_is_refused_for_what_it_is(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "picture.json"
    path.write_bytes(content)
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    (problem,) = caught.value.problems
    assert problem.message == f"this is {kind}, not a timeline file; the app reads {READABLE_FORMATS}"


@pytest.mark.parametrize("first_line", ["# Some notes", "# Plan; first draft", "Columns\tof\twords"])
def test_text_that_is_no_timeline_is_refused_saying_what_the_app_reads(tmp_path: Path, first_line: str) -> None:
    path = tmp_path / "notes.md"
    path.write_text(f"{first_line}\n\nNothing to see here.\n", encoding="utf-8")
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    (problem,) = caught.value.problems
    assert str(problem) == f"{path}:1:1: error: this is not a timeline file; the app reads {READABLE_FORMATS}"
