"""Writing our own format: what Save As and `convert` write reads back as the same timeline."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.loading import parse_timeline
from timeline_app.domain.model import FORMAT_VERSION, Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.saving import timeline_json, write_text_atomically

DATA = Path(__file__).resolve().parent.parent / "data"


def in_this_version(timeline: Timeline) -> Timeline:
    """``timeline`` as this build saves it: in the format version it writes."""
    return timeline.model_copy(update={"format_version": FORMAT_VERSION})


@pytest.mark.parametrize("path", [bundled_timeline_path(), DATA / "sample.timeline.json"], ids=["bundled", "sample"])
def test_a_saved_timeline_reads_back_as_the_same_timeline(path: Path) -> None:
    loaded = load_timeline(path)
    text = timeline_json(loaded.timeline)
    again = parse_timeline(text.encode("utf-8"), "saved.timeline.json")
    assert again.timeline == in_this_version(loaded.timeline)
    assert [(w.path, w.message) for w in again.warnings] == [(w.path, w.message) for w in loaded.warnings]


def test_the_saved_text_is_what_an_author_would_write() -> None:
    text = timeline_json(load_timeline(DATA / "minimal.timeline.json").timeline)
    data = json.loads(text)
    assert list(data)[:3] == ["format", "format_version", "title"]
    assert data["format_version"] == FORMAT_VERSION, "a version 1 file is saved in the version this build writes"
    assert text.endswith("}\n")
    assert '\n  "title": ' in text  # two-space indents
    event = data["events"][0]
    assert "quotes" not in event or event["quotes"]  # defaults are left out, not written as empty lists
    assert "language" not in data  # the default language is not spelt out


def test_writing_replaces_a_file_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.timeline.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomically(target, "new ✓\n")
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.timeline.json"], "no temporary file is left behind"


def test_a_path_that_cannot_be_written_raises_and_changes_nothing(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        write_text_atomically(not_a_folder / "x.timeline.json", "{}")
    assert not_a_folder.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
