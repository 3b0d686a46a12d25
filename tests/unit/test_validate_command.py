"""`timeline-app validate`: compiler-style lines, a summary, and exit codes scripts can rely on."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main, validate

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "minimal.timeline.json"


def run(*args: str | Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate([str(a) for a in args], out=out)
    return code, out.getvalue().splitlines()


def test_valid_file_exits_zero_with_a_summary() -> None:
    code, lines = run(MINIMAL)
    assert code == EXIT_OK
    assert lines == [
        f"{MINIMAL}: valid: 1 event, 1 source, 1 quote, 0 warnings",
        "checked 1 file: 1 valid, 0 invalid, 0 unreadable; 0 errors, 0 warnings",
    ]


def test_invalid_file_prints_file_line_column_message_and_exits_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text(MINIMAL.read_text(encoding="utf-8").replace('"1994-05-04"', '"2021-02-30"'), encoding="utf-8")
    code, lines = run(MINIMAL, bad)
    assert code == EXIT_INVALID
    assert f"{bad}:23:15: error: events[0].date: '2021-02-30' is not a valid date: February 2021 has 28 days" in lines
    assert lines[-1] == "checked 2 files: 1 valid, 1 invalid, 0 unreadable; 1 error, 0 warnings"


def test_warnings_alone_do_not_fail(tmp_path: Path) -> None:
    late = tmp_path / "late.timeline.json"
    late.write_text(MINIMAL.read_text(encoding="utf-8").replace('"1994-05-04"', '"2024-03-17"'), encoding="utf-8")
    code, lines = run(late)
    assert code == EXIT_OK
    assert lines[0].startswith(f"{late}:23:15: warning: events[0].date: the event falls outside")


def test_unreadable_file_exits_two(tmp_path: Path) -> None:
    code, lines = run(MINIMAL, tmp_path / "missing.json", tmp_path)
    assert code == EXIT_USAGE
    assert f"{tmp_path / 'missing.json'}: error: no such file" in lines
    assert f"{tmp_path}: error: this is a folder, not a timeline file" in lines


def test_no_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == EXIT_USAGE
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_quiet_prints_problems_only(tmp_path: Path) -> None:
    assert run("--quiet", MINIMAL) == (EXIT_OK, [])


def test_validate_runs_as_a_module_without_a_display() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "validate", str(MINIMAL)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "1 valid, 0 invalid" in result.stdout


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline_app import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"timeline-app {__version__}"
