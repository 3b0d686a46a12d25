"""Command line: ``timeline-app [FILE] [--event ID] [--screenshot OUT.png]`` and ``timeline-app validate FILE...``.

Parsing and ``validate`` import no Qt, so checking files works on a machine without a
display and ``--version`` answers instantly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from timeline_app import __version__
from timeline_app.desktop import expand_link_arguments
from timeline_app.domain.loading import load_timeline
from timeline_app.domain.problems import TimelineLoadError, TimelineReadError

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class Size:
    width: int
    height: int


def _size(text: str) -> Size:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size; write WIDTHxHEIGHT, e.g. 1600x900") from None
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}' is out of range; use 200x150 to 8000x8000")
    return Size(width, height)


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Explore a sourced history as a zoomable timeline. "
        "Without FILE, opens the bundled Azerbaijan–NATO timeline, 1992–2021.",
        epilog="Check files without opening them: timeline-app validate FILE...",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a .timeline.json file to open")
    parser.add_argument("--event", metavar="ID", help="select the event with this id")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the main window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=Size(1600, 900),
        metavar="WxH",
        help="window size for --screenshot (default 1600x900)",
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
            timeline = loaded.timeline
            print(
                f"{path}: valid: {_plural(len(timeline.events), 'event')}, "
                f"{_plural(len(timeline.sources), 'source')}, {_plural(len(timeline.quotes), 'quote')}, "
                f"{_plural(len(loaded.warnings), 'warning')}",
                file=out,
            )
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


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["validate"]:
        try:
            return validate(arguments[1:])
        except SystemExit as exc:  # argparse's usage errors
            return int(exc.code or 0)
    try:
        # A double-clicked `timeline-app:` link arrives as one argument; turn it into FILE --event ID.
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
