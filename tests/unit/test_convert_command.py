"""`timeline-app convert`: any readable file to our format or TimelineJS, with validate's problems and exit codes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from timeline_app.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, convert, main
from timeline_app.domain.integrity import NO_SOURCE
from timeline_app.domain.model import FORMAT_VERSION, Timeline
from timeline_app.domain.opening import load_timeline

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "minimal.timeline.json"
ANY_YEAR = DATA / "any-year.timeline.json"


def in_this_version(timeline: Timeline) -> Timeline:
    """``timeline`` as this build saves it: in the format version it writes."""
    return timeline.model_copy(update={"format_version": FORMAT_VERSION})


def run(*args: str | Path) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    code = convert([str(a) for a in args], out=out, err=err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


def test_our_format_is_written_by_default_and_reads_back_the_same(tmp_path: Path) -> None:
    target = tmp_path / "copy.timeline.json"
    code, out, err = run(ANY_YEAR, "--to", target)
    assert (code, err) == (EXIT_OK, [])
    assert out == [
        f"{target}: wrote Timeline Viewer JSON from {ANY_YEAR}: 7 events, 2 periods, 1 source, 1 quote, 0 warnings"
    ]
    assert load_timeline(target).timeline == in_this_version(load_timeline(ANY_YEAR).timeline)


def test_timelinejs_json_is_written_on_request(tmp_path: Path) -> None:
    target = tmp_path / "published.json"
    code, out, _ = run(ANY_YEAR, "--to", target, "--format", "timelinejs")
    assert code == EXIT_OK
    assert out[0].startswith(f"{ANY_YEAR}: warning: confidence, claims, key figures and the sources of each event")
    assert (
        out[-1] == f"{target}: wrote TimelineJS JSON from {ANY_YEAR}: 7 events, 2 periods, 1 source, 1 quote, 1 warning"
    )
    published = json.loads(target.read_text(encoding="utf-8"))
    assert [e["unique_id"] for e in published["events"]] == [e.id for e in load_timeline(ANY_YEAR).timeline.events]
    assert published["scale"] == "cosmological"


def test_an_invalid_input_prints_its_problems_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text(MINIMAL.read_text(encoding="utf-8").replace('"1994-05-04"', '"2021-02-30"'), encoding="utf-8")
    target = tmp_path / "out.timeline.json"
    code, out, _ = run(bad, "--to", target)
    assert code == EXIT_INVALID
    assert out == [f"{bad}:23:15: error: events[0].date: '2021-02-30' is not a valid date: February 2021 has 28 days"]
    assert not target.exists()


def test_a_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "missing.json", "--to", tmp_path / "out.json")
    assert code == EXIT_USAGE
    assert out == [f"{tmp_path / 'missing.json'}: error: no such file"]


def test_the_input_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "mine.timeline.json"
    shutil.copy(MINIMAL, source)
    code, _, err = run(source, "--to", tmp_path / "." / "mine.timeline.json")
    assert code == EXIT_USAGE
    assert err == [
        f"timeline-app convert: {tmp_path / '.' / 'mine.timeline.json'} is the file being read; write to another file"
    ]
    assert source.read_bytes() == MINIMAL.read_bytes()


def test_an_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("", encoding="utf-8")
    code, _, err = run(MINIMAL, "--to", not_a_folder / "out.timeline.json")
    assert code == EXIT_USAGE
    assert err[0].startswith(f"timeline-app convert: cannot write {not_a_folder / 'out.timeline.json'}: ")


def test_a_timeline_without_events_cannot_be_published_for_timelinejs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.timeline.json"
    data = json.loads(MINIMAL.read_text(encoding="utf-8"))
    data["events"], data["quotes"] = [], []
    empty.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(empty, "--to", tmp_path / "out.json", "--format", "timelinejs")
    assert code == EXIT_INVALID
    assert err == [f"timeline-app convert: {empty}: the timeline has no events, and TimelineJS needs at least one"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in.json"], "the following arguments are required: --to"),
        (["in.json", "--to", "out.json", "--format", "word"], "invalid choice: 'word'"),
    ],
)
def test_usage_errors_exit_two(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", *args]) == EXIT_USAGE
    assert message in capsys.readouterr().err


REFUSED = {
    "ours-bosparanian.timeline",
    "ours-coptic.timeline",
    "ours-invalid-dates.timeline",
    "ours-numeric.timeline",
    "timeline-0.3.0-old-text-format.timeline",
    "timeline-1.7.0-year0-from-xmltimeline-test.timeline",
    "ours-invalid-bc-letters.json",
    "ours-invalid-dates.json",
    "ours-invalid-no-events.json",
    "ours-invalid-no-readable-dates.json",
    "ours-not-a-timeline.csv",
    "ours-spreadsheet-invalid.csv",
}
"""Other tools' files the readers refuse (their tests say why); named, so a reader that wrongly
refuses any other file fails the test below rather than being passed over."""
FOREIGN = sorted(
    path
    for path in (DATA / "formats").rglob("*")
    if path.suffix in (".json", ".csv", ".timeline") and path.name not in REFUSED
)


@pytest.mark.parametrize("source", FOREIGN, ids=[p.name for p in FOREIGN])
def test_a_converted_file_is_a_valid_file_of_ours_with_nothing_new_to_warn_about(source: Path, tmp_path: Path) -> None:
    # Every reader's imports, whatever the file: saved, they are files of ours that load as they were.
    loaded = load_timeline(source)
    target = tmp_path / "converted.timeline.json"
    code, _, err = run(source, "--to", target)
    assert (code, err) == (EXIT_OK, [])
    saved = load_timeline(target)
    assert saved.timeline == loaded.timeline
    # Only what our format says of every unsourced event: an imported range that hid events would show here.
    assert {w.message for w in saved.warnings} <= {NO_SOURCE}
