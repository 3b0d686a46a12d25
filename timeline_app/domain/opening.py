"""Open any timeline file the app reads: recognise its format by its content, then read it.

The extension is only a hint: a TimelineJS file saved as ``.txt``, or one of ours named
``.json``, opens all the same. What decides is the content: XML whose root is
``<timeline>`` is Timeline's, a JSON object with a key only ours has (``format``,
``format_version``, ``view``, ``categories``) is ours and one with TimelineJS's
``events``/``title``/``eras``/``scale`` is TimelineJS's, and comma-separated text is its
spreadsheet. Anything else is refused with a message that lists what the app reads.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path, PurePath

import msgspec

from timeline_app.domain.formats.base import START, Origin
from timeline_app.domain.formats.timeline_xml import read_timeline_xml
from timeline_app.domain.formats.timelinejs import read_timelinejs_csv, read_timelinejs_json
from timeline_app.domain.language import writes_english
from timeline_app.domain.loading import (
    EventsChecked,
    FileFormat,
    LoadedTimeline,
    parse_timeline,
    read_file_bytes,
    refuse_if_too_large,
)
from timeline_app.domain.problems import Problem, TimelineLoadError

READABLE_FORMATS = (
    "a Timeline Viewer file (.timeline.json), a TimelineJS file (JSON, or its spreadsheet saved as CSV) "
    "or a Timeline file (.timeline)"
)

_READS = f"the app reads {READABLE_FORMATS}"
_OURS_ONLY = frozenset({"format", "format_version", "view", "categories"})
"""Top-level keys that only a file of ours has: TimelineJS ignores keys it does not know, so a
TimelineJS file may carry others of ours (``language``, ``credits``) and still be TimelineJS's."""
_BY_SUFFIX = {
    ".timeline": FileFormat.TIMELINE_XML,
    ".csv": FileFormat.TIMELINEJS_CSV,
    ".tsv": FileFormat.TIMELINEJS_CSV,
    ".txt": FileFormat.TIMELINEJS_CSV,  # as a .txt with text in it goes to the spreadsheet reader
}
_BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx, .ods or .docx file is one: save a spreadsheet as CSV first)"),
    (b"SQLite format 3\0", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (save a spreadsheet as CSV first)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\0", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"RIFF", "a RIFF file (a WebP image, a WAV sound or an AVI video)"),
)
"""How files that are not text at all begin; refused by name rather than as bad UTF-8."""
_OUR_FORMAT = re.compile(rb'"format"\s*:\s*"timeline-viewer"')
_TEXT_BOMS = (codecs.BOM_UTF8,)
_UNICODE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def load_timeline(path: str | Path) -> LoadedTimeline:
    """Read and validate a timeline file of any format the app reads. Raises :class:`TimelineLoadError`."""
    return read_timeline(read_file_bytes(path), str(path))


@writes_english  # a file's located problems are for its author, as `timeline-app validate` says them
def read_timeline(raw: bytes, name: str, events_checked: EventsChecked | None = None) -> LoadedTimeline:
    """Validate the bytes of a file reported under ``name``, in whichever format they are.

    ``events_checked`` hears how many events have been checked, for files of our own format (the
    large ones); the other tools' files are read whole.
    """
    refuse_if_too_large(len(raw), name)  # before the format is told apart, which reads the whole of a JSON file
    file_format = detect_format(raw, name)
    if file_format is FileFormat.TIMELINEJS_JSON:
        return read_timelinejs_json(raw, name)
    if file_format is FileFormat.TIMELINEJS_CSV:
        return read_timelinejs_csv(raw, name)
    if file_format is FileFormat.TIMELINE_XML:
        return read_timeline_xml(raw, name)
    return parse_timeline(raw, name, events_checked)


def detect_format(raw: bytes, name: str) -> FileFormat:
    """Which reader should read ``raw``; refuses (located at the top of the file) what none can."""
    kind = next((kind for signature, kind in _BINARY_SIGNATURES if raw.startswith(signature)), None)
    if kind is not None:
        raise TimelineLoadError(name, [_problem(name, START, f"this is {kind}, not a timeline file; {_READS}")])
    head = raw[:4096]
    for bom in _TEXT_BOMS:
        head = head.removeprefix(bom)
    head = head.lstrip()
    suffix = PurePath(name).suffix.lower()
    if not head:
        # Nothing to tell the formats apart by: the name says whose "the file is empty" to give.
        return _BY_SUFFIX.get(suffix, FileFormat.TIMELINE_VIEWER)
    if head.startswith((b"<", b"# Written by Timeline ")):
        return FileFormat.TIMELINE_XML  # its reader also refuses Timeline's pre-0.10 text format, saying what to do
    if head.startswith((b"{", b"[")):
        return FileFormat.TIMELINEJS_JSON if _is_timelinejs(raw) else FileFormat.TIMELINE_VIEWER
    if suffix == ".timeline":
        return FileFormat.TIMELINE_XML  # its reader says what a Timeline file starts with
    if suffix == ".json" or raw.startswith(_UNICODE_BOMS) or b"\0" in head:
        return FileFormat.TIMELINE_VIEWER  # its reader words encoding and JSON problems
    first_line = head.split(b"\n", 1)[0]
    if suffix in (".csv", ".tsv", ".txt") or b"," in first_line:
        return FileFormat.TIMELINEJS_CSV  # its reader says which columns, and which separator, it expected
    raise TimelineLoadError(name, [_problem(name, START, f"this is not a timeline file; {_READS}")])


def _is_timelinejs(raw: bytes) -> bool:
    """Whether a JSON document is TimelineJS's rather than ours, judged by its top-level keys.

    A key only ours has (``format``, ``view``, ``categories``…) makes it ours, even with
    mistakes, which our reader words. Otherwise events, a title slide, eras or a scale make it
    TimelineJS's, even an empty events list, which its reader refuses as having no events.
    Our own writers put ``format`` first, so nearly every file of ours is recognised from its
    first line, without reading the rest of what may be hundreds of megabytes twice.
    """
    if _OUR_FORMAT.search(raw, 0, 4096):
        return False
    try:
        # Only the top level is taken apart; msgspec crosses the values in C without building them.
        top: dict[str, msgspec.Raw] = msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
    except (msgspec.DecodeError, ValueError, RecursionError):
        # Not a JSON object (or one nested deeper than msgspec follows, which raises RecursionError):
        # our reader locates what is wrong with it.
        return False
    if _OURS_ONLY & top.keys():
        return False
    if "scale" in top or "eras" in top or _is_object(top.get("title")):
        return True
    events = top.get("events")
    return events is not None and bytes(events).lstrip().startswith(b"[")


def _is_object(value: msgspec.Raw | None) -> bool:
    return value is not None and bytes(value).lstrip().startswith(b"{")


def _problem(name: str, origin: Origin, message: str) -> Problem:
    return Problem(name, origin.line, origin.column, origin.path, message)
