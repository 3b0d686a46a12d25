"""Command line: ``timeline-app [FILE] [--event ID] [--range FROM..TO] [--screenshot OUT.png]``,
``timeline-app validate FILE...``, ``timeline-app convert IN --to OUT [--format timeline-viewer|timelinejs]``
and ``timeline-app export FILE --to OUT [...]`` (see :mod:`timeline_app.export_command`).

Parsing, ``validate`` and ``convert`` import no Qt, so checking and converting files works on
a machine without a display and ``--version`` answers instantly; ``export`` draws offscreen.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO

from typing_extensions import override

from timeline_app import __version__
from timeline_app.desktop import expand_link_arguments
from timeline_app.domain.formats.timelinejs_writer import NothingToPublishError, timelinejs_export
from timeline_app.domain.loading import FileFormat, LoadedTimeline
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError, TimelineReadError
from timeline_app.domain.saving import timeline_json, write_text_atomically
from timeline_app.domain.selection import DateRange

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class Size:
    width: int
    height: int


def size_argument(text: str) -> Size:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size; write WIDTHxHEIGHT, e.g. 1600x900") from None
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}' is out of range; use 200x150 to 8000x8000")
    return Size(width, height)


def date_range_argument(text: str) -> DateRange:
    try:
        return DateRange.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class OneLineErrorParser(argparse.ArgumentParser):
    """Says what is wrong in one line, without the usage: what a launcher's log or a terminal shows best."""

    @override
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def app_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="timeline-app",
        description="Explore a sourced history as a zoomable timeline. "
        "Without FILE, opens the bundled Azerbaijan–NATO timeline, 1992–2021.",
        epilog="Check files without opening them: timeline-app validate FILE... "
        "Convert a file to our format or to TimelineJS: timeline-app convert IN --to OUT [--format ...] "
        "Export the picture, the events or the report: timeline-app export FILE --to OUT [--report] [--range ...]",
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline file to open: ours (.timeline.json), TimelineJS (JSON or CSV) or Timeline (.timeline)",
    )
    parser.add_argument("--event", metavar="ID", help="select the event with this id")
    parser.add_argument(
        "--range",
        type=date_range_argument,
        metavar="FROM..TO",
        help="show these dates, e.g. 2001..2006, 1994-05..1994-06-30 or 44 BC..AD 79 "
        "(with --event, the view moves only if the event is outside them)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the main window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--size",
        type=size_argument,
        default=Size(1600, 900),
        metavar="WxH",
        help="window size for --screenshot (default 1600x900)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="show the window light or dark this time, whatever the system or View → Theme says "
        "(for --screenshot and scripts; not remembered)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "az", "ru"),
        help="the window's language this time: English, Azerbaijani or Russian, whatever the system or "
        "View → Language says (not remembered)",
    )
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help="on an unexpected error, only write it to the log file and standard error, with no dialog (for scripts)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def validate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app validate",
        description="Check timeline files and print each problem as FILE:LINE:COL: message. "
        "Exit status: 0 all valid (warnings allowed), 1 a file is invalid, 2 usage error or unreadable file.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")
    return parser


def validate(argv: Sequence[str], out: TextIO = sys.stdout) -> int:
    args = validate_parser().parse_args(argv)
    invalid = unreadable = errors = warnings = 0
    for path in args.files:
        try:
            loaded = load_timeline(path)
        except TimelineReadError as exc:
            unreadable += 1
            for problem in exc.problems:
                print(problem, file=out)
            continue
        except TimelineLoadError as exc:
            invalid += 1
            for problem in exc.problems:
                print(problem, file=out)
            errors += len(exc.errors)
            warnings += len(exc.problems) - len(exc.errors)
            continue
        for problem in loaded.warnings:
            print(problem, file=out)
        warnings += len(loaded.warnings)
        if not args.quiet:
            print(f"{path}: valid{_read_as(loaded)}: {_contents(loaded)}", file=out)
    if not args.quiet:
        checked = len(args.files)
        print(
            f"checked {_plural(checked, 'file')}: {checked - invalid - unreadable} valid, {invalid} invalid, "
            f"{unreadable} unreadable; {_plural(errors, 'error')}, {_plural(warnings, 'warning')}",
            file=out,
        )
    if unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if invalid else EXIT_OK


def _read_as(loaded: LoadedTimeline) -> str:
    """`` (read as TimelineJS JSON)`` for a file of another tool; nothing for one of ours."""
    return "" if loaded.file_format is FileFormat.TIMELINE_VIEWER else f" (read as {loaded.file_format.label})"


def _contents(loaded: LoadedTimeline, more_warnings: int = 0) -> str:
    timeline = loaded.timeline
    counts = [_plural(len(timeline.events), "event")]
    if timeline.periods:
        counts.append(_plural(len(timeline.periods), "period"))
    counts += [
        _plural(len(timeline.sources), "source"),
        _plural(len(timeline.quotes), "quote"),
        _plural(len(loaded.warnings) + more_warnings, "warning"),
    ]
    return ", ".join(counts)


def _ours(timeline: Timeline) -> tuple[str, tuple[tuple[str, str], ...]]:
    return timeline_json(timeline), ()


def _timelinejs(timeline: Timeline) -> tuple[str, tuple[tuple[str, str], ...]]:
    export = timelinejs_export(timeline)
    return export.text, export.notes


CONVERT_FORMATS = {"timeline-viewer": _ours, "timelinejs": _timelinejs}
"""What ``convert --format`` writes: the text, and what it keeps differently (where, what)."""


def convert_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app convert",
        description="Read a timeline file of any format the app reads (ours, TimelineJS JSON or CSV, Timeline XML) "
        "and write it in our format or as TimelineJS JSON, printing what could not be kept like validate does. "
        "Exit status: 0 written (warnings allowed), 1 the input is invalid, 2 usage error, unreadable input "
        "or unwritable output.",
    )
    parser.add_argument("input", type=Path, metavar="IN", help="the file to read")
    parser.add_argument("--to", type=Path, required=True, metavar="OUT", help="the file to write")
    parser.add_argument(
        "--format",
        choices=sorted(CONVERT_FORMATS),
        default="timeline-viewer",
        help="what to write: our format (the default; name it .timeline.json) or TimelineJS JSON, to publish",
    )
    return parser


def load_for_writing(source: Path, out: TextIO) -> LoadedTimeline | int:
    """``source`` loaded, its warnings printed as ``validate`` prints them; or, if it cannot be, the exit status
    (1 invalid, 2 unreadable) after printing its problems. For the commands that write something from a file."""
    try:
        loaded = load_timeline(source)
    except TimelineLoadError as exc:
        for problem in exc.problems:
            print(problem, file=out)
        return EXIT_USAGE if isinstance(exc, TimelineReadError) else EXIT_INVALID
    for problem in loaded.warnings:
        print(problem, file=out)
    return loaded


def convert(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = convert_parser().parse_args(argv)
    source, target = Path(args.input), Path(args.to)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        print(f"timeline-app convert: {target} is the file being read; write to another file", file=err)
        return EXIT_USAGE
    loaded = load_for_writing(source, out)
    if not isinstance(loaded, LoadedTimeline):
        return loaded
    try:
        text, notes = CONVERT_FORMATS[args.format](loaded.timeline)
    except NothingToPublishError as exc:
        print(f"timeline-app convert: {source}: {exc}", file=err)
        return EXIT_INVALID
    try:
        write_text_atomically(target, text)
    except OSError as exc:
        print(f"timeline-app convert: cannot write {target}: {exc.strerror or exc}", file=err)
        return EXIT_USAGE
    ours = loaded.file_format is FileFormat.TIMELINE_VIEWER
    for where, what in notes:
        # A place in our format means nothing in another tool's file; the message names what it is about.
        print(Problem(str(source), None, None, where if ours else "", what, Severity.WARNING), file=out)
    written = "TimelineJS JSON" if args.format == "timelinejs" else FileFormat.TIMELINE_VIEWER.label
    print(f"{target}: wrote {written} from {source}{_read_as(loaded)}: {_contents(loaded, len(notes))}", file=out)
    return EXIT_OK


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from timeline_app.export_command import export

    commands = {"validate": validate, "convert": convert, "export": export}
    if arguments[:1] and arguments[0] in commands:
        try:
            return commands[arguments[0]](arguments[1:])
        except SystemExit as exc:  # argparse's usage errors
            return int(exc.code or 0)
    try:
        # A double-clicked `timeline-app:` link arrives as one argument; turn it into FILE --event ID --range=….
        arguments = expand_link_arguments(arguments)
    except ValueError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        options = app_parser().parse_args(arguments)
    except SystemExit as exc:
        return int(exc.code or 0)
    # Qt is imported only now, so `validate` and `--help` work without a display or Qt's libraries.
    from timeline_app.app import run

    return run(options)
