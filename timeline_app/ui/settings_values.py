"""Reading the settings file without trusting it: a value of the wrong type, too large or garbled is left out.

Settings are written by other versions of the app, edited by hand, copied from another machine
or half-written when a disk filled up. Whatever is in them, the window starts and files open:
a value that is not what the app writes is ignored (the default is used) with a note in the log
file naming the key, so a reader who wonders why the window forgot its layout can find out why.
The note is INFO, not a warning: old and foreign values are expected, and the terminal is spared.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

MAX_PATH_CHARS = 4096
"""Longer than any path a file system takes (Linux's PATH_MAX): a longer "path" is garbage."""
MAX_TEXT_CHARS = 100_000
"""A remembered view or event id is a few hundred characters; anything far larger was not written by us."""
MAX_BYTES = 1_000_000
"""A saved window or splitter state is a few hundred bytes."""

_told: set[tuple[str, str, str]] = set()
"""What was already logged (file, key, reason): a value read at every open is reported once."""


def ignore(settings: QSettings, key: str, reason: str) -> None:
    """Log that the value of ``key`` is ignored because of ``reason`` (once per file, key and reason)."""
    told = (settings.fileName(), key, reason)
    if told not in _told:
        _told.add(told)
        log.info("Ignored the setting %r in %s: %s; using the default", key, settings.fileName(), reason)


def _kind(value: object) -> str:
    return type(value).__name__


def read_text(settings: QSettings, key: str) -> str | None:
    """The string stored at ``key``; ``None`` if there is none or it is not a string of a sensible length."""
    value = settings.value(key)
    if value is None:
        return None
    if not isinstance(value, str):
        ignore(settings, key, f"a {_kind(value)}, not text")
        return None
    if len(value) > MAX_TEXT_CHARS:
        ignore(settings, key, f"{len(value):,} characters long")
        return None
    return value


def read_json_object(settings: QSettings, key: str) -> dict[str, object] | None:
    """The JSON object stored as text at ``key``; ``None`` if there is none or it is not a JSON object."""
    text = read_text(settings, key)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        ignore(settings, key, "not valid JSON")
        return None
    if not isinstance(data, dict):
        ignore(settings, key, f"a JSON {_kind(data)}, not an object")
        return None
    return data


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    """``true``/``false`` as QSettings writes them in an ini file (or a bool, from the native store)."""
    value = settings.value(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    ignore(settings, key, f"{_short_repr(value) if isinstance(value, str) else 'a ' + _kind(value)}, not true or false")
    return default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """The saved state (bytes) at ``key``; ``None`` if there is none or it is not bytes of a sensible size."""
    value = settings.value(key)
    if value is None:
        return None
    if not isinstance(value, QByteArray):
        ignore(settings, key, f"a {_kind(value)}, not a saved state")
        return None
    if value.size() > MAX_BYTES:
        ignore(settings, key, f"{value.size():,} bytes long")
        return None
    return value


def read_paths(settings: QSettings, key: str, limit: int) -> list[str]:
    """Up to ``limit`` absolute paths stored at ``key`` (a list, or a lone string for a one-item list)."""
    value = settings.value(key)
    if value is None:
        return []
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    if not isinstance(value, list):
        ignore(settings, key, f"a {_kind(value)}, not a list of files")
        return []
    paths: list[str] = []
    for entry in value:
        if len(paths) == limit:
            break
        if _is_absolute_path(entry):
            assert isinstance(entry, str)
            if entry not in paths:
                paths.append(entry)
        elif entry != "":  # an empty list is written as one empty string by some versions of Qt
            ignore(settings, key, f"{_short_repr(entry)} is not the full path of a file")
    return paths


def _is_absolute_path(entry: object) -> bool:
    return (
        isinstance(entry, str) and 0 < len(entry) <= MAX_PATH_CHARS and "\0" not in entry and Path(entry).is_absolute()
    )


def _short_repr(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
