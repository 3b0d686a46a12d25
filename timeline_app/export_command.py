"""``timeline-app export FILE --to OUT [--report] [--range A..B] [--search TEXT] [--category ID ...] [--size WxH]``.

For scripts and batch work: the same writer as File → Export…, with no window. Pictures and
PDFs are drawn offscreen, so no display is needed. Exit status as ``validate`` and ``convert``
have it: 0 written, 1 the input is invalid (its problems printed as ``validate`` prints them),
2 usage (an unknown file type, a bad range, an unknown category, an unwritable output).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from timeline_app.cli import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    OneLineErrorParser,
    date_range_argument,
    load_for_writing,
    size_argument,
)
from timeline_app.domain.exporting import ExportKind, ExportRequest, kind_of, write_document
from timeline_app.domain.selection import EventFilter

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "export", "export_parser"]

PROG = "timeline-app export"


def _dpi(text: str) -> int:
    try:
        dpi = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of dots per inch, e.g. 192") from None
    if not 24 <= dpi <= 1200:
        raise argparse.ArgumentTypeError(f"'{text}' is out of range; use 24 to 1200 dots per inch")
    return dpi


def export_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog=PROG,
        description="Write the timeline picture (.png, .svg, .pdf), the events (.csv, .json) or the "
        "events-and-sources report (.html, or .pdf with --report) of a timeline file of any format the app reads. "
        "Exit status: 0 written, 1 the input is invalid, 2 usage error, unreadable input or unwritable output.",
    )
    parser.add_argument("input", type=Path, metavar="FILE", help="the timeline file to read")
    parser.add_argument(
        "--to", type=Path, required=True, metavar="OUT", help="the file to write; its type says what is written"
    )
    parser.add_argument("--report", action="store_true", help="write the events-and-sources report (.html or .pdf)")
    parser.add_argument(
        "--range",
        type=date_range_argument,
        metavar="FROM..TO",
        help="only events whose date or span overlaps these dates, e.g. 1994..2008, 1994-05..1994-06-30 or 2021 "
        "(a range that starts BC is written --range=-0043..0079)",
    )
    parser.add_argument("--search", default="", metavar="TEXT", help="only events matching these words, as Search")
    parser.add_argument(
        "--category",
        action="extend",
        nargs="+",
        default=[],
        metavar="ID",
        help="only events of these categories (their ids, as the file writes them)",
    )
    parser.add_argument(
        "--size",
        type=size_argument,
        metavar="WxH",
        help="the picture's size in pixels (default: 1600 wide and as tall as its lanes)",
    )
    parser.add_argument("--dpi", type=_dpi, help="a PNG's resolution: 192 doubles its pixels (default 96)")
    return parser


def export(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = export_parser()
    args = parser.parse_args(argv)
    source, target = Path(args.input), Path(args.to)

    def usage(message: str) -> int:
        print(f"{PROG}: {message}", file=err)
        return EXIT_USAGE

    try:
        kind, suffix = kind_of(target, report=args.report)
    except ValueError as exc:
        return usage(str(exc))
    if kind is not ExportKind.PICTURE and (args.size is not None or args.dpi is not None):
        return usage("--size and --dpi are for the picture (.png, .svg or .pdf without --report)")
    if suffix == "pdf" and args.size is not None:
        return usage("--size is for a .png or .svg picture; a PDF is laid out on pages")
    if args.dpi is not None and suffix != "png":
        return usage("--dpi is for a .png picture; .svg and .pdf are drawn in vectors")
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        return usage(f"{target} is the file being read; write to another file")
    loaded = load_for_writing(source, out)
    if isinstance(loaded, int):
        return loaded
    timeline = loaded.timeline
    known = [c.id for c in timeline.categories]
    unknown = [c for c in args.category if c not in known]
    if unknown:
        return usage(f"{source} has no category {', '.join(map(repr, unknown))}; its categories: {', '.join(known)}")
    wanted = EventFilter(search=args.search, categories=frozenset(args.category) if args.category else None)
    request = ExportRequest(
        timeline=timeline,
        kind=kind,
        suffix=suffix,
        wanted=wanted,
        range=args.range,
        width=args.size.width if args.size else 1600,
        height=args.size.height if args.size else None,
        scale=(args.dpi or 96) / 96,
    )
    try:
        written = _write(request, target)
    except OSError as exc:
        return usage(f"cannot write {target}: {exc.strerror or exc}")
    except ValueError as exc:  # a picture that cannot be drawn at the size asked for
        return usage(str(exc))
    print(f"{target}: wrote {written}", file=out)
    return EXIT_OK


def _write(request: ExportRequest, target: Path) -> str:
    """Write the export; Qt is started (offscreen) only for what it draws: pictures and PDFs."""
    if not request.drawn_by_qt:
        return write_document(request, target)
    _start_offscreen()
    from timeline_app.ui.exports import write_export

    return write_export(request, target)


_app: object = None
"""The application the export started, kept alive until the process ends."""


def _start_offscreen() -> None:
    """A ``QGuiApplication`` on the offscreen platform unless one runs: painting needs one, not a display."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Always offscreen, whatever the session names (xcb, wayland): an export opens no window, and
        # a platform without its display (over ssh, from cron) would abort the process.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication(sys.argv[:1])
