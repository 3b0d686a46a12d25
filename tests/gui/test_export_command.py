"""`timeline-app export`: the picture, the events and the report from the command line, with validate's exit codes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from timeline_app.cli import main
from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.export_command import EXIT_INVALID, EXIT_OK, EXIT_USAGE, export
from timeline_app.qtmodels.roles import EventRole
from timeline_app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "minimal.timeline.json"
BUNDLED = bundled_timeline_path()


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(BUNDLED).timeline


def run(*args: str | Path) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = export([str(a) for a in args], out=out, err=err)
    except SystemExit as exc:  # argparse's usage errors, as main() returns them
        code = int(exc.code or 0)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


def csv_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff"), "a spreadsheet program needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_range_2021_holds_the_withdrawal_from_kabul_and_nothing_of_the_1990s(
    qtbot: QtBot, tmp_path: Path, bundled: Timeline
) -> None:
    target = tmp_path / "2021.csv"
    code, out, err = run(BUNDLED, "--to", target, "--range", "2021..2021")
    assert (code, err) == (EXIT_OK, [])
    rows = csv_rows(target)
    ids = [row["ID"] for row in rows]
    assert "azerbaijani-troops-leave-kabul-2021" in ids
    assert "fall-of-kabul-2021" in ids
    assert [row["Date (as in the file)"] for row in rows if row["Date (as in the file)"].startswith("199")] == []
    assert all(e.id in ids for e in bundled.events if str(e.date).startswith("2021"))
    assert out == [f"{target}: wrote {len(ids)} events as a CSV spreadsheet ({len(ids)} of 51 events · 2021)"]


def test_a_span_overlapping_the_range_is_in_it(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "2020.csv"
    assert run(BUNDLED, "--to", target, "--range", "2020-01..2020-12-31")[0] == EXIT_OK
    # Resolute Support's last contingent: July 2019 – August 2021, so it overlaps 2020 without starting in it.
    assert "rsm-contingent-at-120-2019-2021" in [row["ID"] for row in csv_rows(target)]


def test_search_and_category_select_the_events_the_window_shows(
    qtbot: QtBot, tmp_path: Path, bundled: Timeline
) -> None:
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.open_file(BUNDLED)
    category = bundled.categories[1]
    window.search_field.setText("Kabul airport")
    window.category_buttons[bundled.categories[0].id].setChecked(False)
    shown = [str(window.proxy.index(r, 0).data(EventRole.EVENT_ID)) for r in range(window.proxy.rowCount())]
    assert 0 < len(shown) < 10

    target = tmp_path / "kabul.json"
    others = [c.id for c in bundled.categories if c.id != bundled.categories[0].id]
    code, _, err = run(BUNDLED, "--to", target, "--search", "Kabul airport", "--category", *others)
    assert (code, err) == (EXIT_OK, [])
    written = load_timeline(target)
    assert [e.id for e in written.timeline.events] == shown
    assert "kabul-airport-security-2021" in shown

    target = tmp_path / "one-category.csv"
    assert run(BUNDLED, "--to", target, "--category", category.id)[0] == EXIT_OK
    expected = [e.id for e in bundled.events if e.category == category.id]
    assert sorted(row["ID"] for row in csv_rows(target)) == sorted(expected)


def test_the_picture_as_svg_png_and_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    svg, png, pdf = tmp_path / "p.svg", tmp_path / "p.png", tmp_path / "p.pdf"
    assert run(BUNDLED, "--to", svg, "--range", "2021..2021")[0] == EXIT_OK
    texts = " ".join(t for element in ET.parse(svg).iter() for t in (element.text,) if t)
    assert "The Taliban enter Kabul" in texts
    code, out, _ = run(BUNDLED, "--to", png, "--size", "1200x700", "--dpi", "192")
    assert code == EXIT_OK
    image = QImage(str(png))
    assert (image.width(), image.height()) == (2400, 1400)
    assert "2400×1400 px" in out[-1]
    assert run(BUNDLED, "--to", pdf, "--range", "2021..2021")[0] == EXIT_OK
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kabul" in text


def test_the_report_as_html_and_pdf(qtbot: QtBot, tmp_path: Path, bundled: Timeline) -> None:
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    assert run(BUNDLED, "--to", html, "--range", "2021..2021")[0] == EXIT_OK
    page = html.read_text(encoding="utf-8")
    assert "Stoltenberg thanks Azerbaijan for securing Kabul airport" in page
    assert "Heydar Aliyev signs" not in page
    code, out, _ = run(BUNDLED, "--to", pdf, "--report", "--range", "2021..2021")
    assert code == EXIT_OK
    assert "the report on 10 events as a PDF" in out[-1]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Stoltenberg thanks Azerbaijan" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "out.docx"], "out.docx: unknown file type '.docx'"),
        (["--to", "out"], "out: give the file a type"),
        (["--to", "out.csv", "--report"], "out.csv: the report is written as .html or .pdf"),
        (["--to", "out.csv", "--size", "800x600"], "--size and --dpi are for the picture"),
        (["--to", "out.svg", "--dpi", "192"], "--dpi is for a .png picture"),
        (["--to", "out.csv", "--category", "nope"], "has no category 'nope'"),
        (["--to", "out.pdf", "--size", "800x600"], "--size is for a .png or .svg picture"),
        (["--to", "out.png", "--size", "300x400"], "a picture must be at least 408 pixels wide, not 300"),
        (["--to", "out.svg", "--size", "1600x150"], "pixels high"),
        (["--to", "out.png", "--size", "8000x8000", "--dpi", "300"], "too large to draw"),
    ],
)
def test_usage_errors_exit_2_with_one_line(qtbot: QtBot, tmp_path: Path, args: list[str], message: str) -> None:
    code, _out, err = run(BUNDLED, *[str(tmp_path / a) if a.startswith("out") else a for a in args])
    assert code == EXIT_USAGE
    assert len(err) == 1, err
    assert message in err[0]
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--range", "2008..1994", "'2008..1994' ends before it starts"),
        ("--range", "1994..", "'1994..' is not a range"),
        ("--range", "May..June", "'May' is not a date"),
        ("--size", "big", "'big' is not a size"),
        ("--dpi", "lots", "'lots' is not a number"),
    ],
)
def test_bad_values_exit_2_with_one_line_and_no_traceback(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    code = main(["export", str(BUNDLED), "--to", str(tmp_path / "out.png"), option, value])
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.err.strip().splitlines()[-1].startswith("timeline-app export: error:")


def test_an_unwritable_output_exits_2(qtbot: QtBot, tmp_path: Path) -> None:
    code, _, err = run(BUNDLED, "--to", tmp_path / "no-such-folder" / "out.csv")
    assert code == EXIT_USAGE
    assert len(err) == 1
    assert err[0].startswith(f"timeline-app export: cannot write {tmp_path / 'no-such-folder'}")


def test_an_invalid_input_prints_its_problems_as_validate_does_and_exits_1(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.timeline.json"
    bad.write_text(MINIMAL.read_text(encoding="utf-8").replace('"1994-05-04"', '"2021-02-30"'), encoding="utf-8")
    target = tmp_path / "out.csv"
    code, out, _ = run(bad, "--to", target)
    assert code == EXIT_INVALID
    assert any(line.startswith(f"{bad}:") and "2021-02-30" in line for line in out), out
    assert not target.exists()


def test_the_input_is_never_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "mine.json"
    source.write_bytes(MINIMAL.read_bytes())
    code, _, err = run(source, "--to", source)
    assert code == EXIT_USAGE
    assert "is the file being read" in err[0]
    assert source.read_bytes() == MINIMAL.read_bytes()


def run_process(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False, env=env, timeout=120)


def test_export_runs_as_a_real_process_without_a_display(tmp_path: Path) -> None:
    target = tmp_path / "picture.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_process(["-m", "timeline_app", "export", str(BUNDLED), "--to", str(target)], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{target}: wrote the timeline picture as a PDF of ")
    assert target.read_bytes().startswith(b"%PDF-")


def test_events_and_html_are_written_without_starting_qt(tmp_path: Path) -> None:
    # A desktop session's platform, with no display to reach (ssh, cron): Qt would abort if it started.
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    script = (
        "import sys; from timeline_app.cli import main; "
        f"code = main(['export', {str(BUNDLED)!r}, '--to', {str(tmp_path / 'e.csv')!r}]) + "
        f"main(['export', {str(BUNDLED)!r}, '--to', {str(tmp_path / 'r.html')!r}]); "
        "print(code, 'PySide6.QtGui' in sys.modules)"
    )
    result = run_process(["-c", script], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 False"
    picture = run_process(["-m", "timeline_app", "export", str(BUNDLED), "--to", str(tmp_path / "p.svg")], env)
    assert picture.returncode == 0, picture.stderr
    assert (tmp_path / "p.svg").read_text(encoding="utf-8").startswith("<?xml")
