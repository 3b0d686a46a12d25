"""Write a timeline as a file of our format (what File → Save As and `timeline-app convert` write).

The text is what an author would write by hand: the format's fields in the order the
schema lists them, defaults left out, two-space indents, UTF-8 without escapes. Files are
written to a temporary file beside the target and then renamed over it, so a failed write
(a full disk, a crash) never leaves half a file where a good one was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from timeline_app.domain.model import FORMAT_VERSION, Timeline


def timeline_data(timeline: Timeline) -> dict[str, Any]:
    """The timeline as our format's JSON data, in the format version this build writes."""
    data: dict[str, Any] = timeline.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
    # Whatever version it was read from: a build that knows only older versions then says to update.
    data["format_version"] = FORMAT_VERSION
    return data


def timeline_json(timeline: Timeline) -> str:
    """The text of a file of our format holding ``timeline``."""
    return json.dumps(timeline_data(timeline), ensure_ascii=False, indent=2) + "\n"


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; when the block ends it is renamed over ``path``.

    The new file gets the permissions of the one it replaces (or a new file's, not the temporary
    file's 0600). If the block fails, the temporary file goes and ``path`` is untouched. Raises
    ``OSError`` (with the reason) when the folder cannot be written.
    """
    folder = path.parent if str(path.parent) else Path()
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if path.exists():
            # Keep the permissions the reader gave the file they are replacing.
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder, renamed into place."""
    with replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed into place."""
    with replacing(path) as temporary:
        temporary.write_bytes(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
