"""Desktop identity: names, the reverse-DNS desktop id, the app icon and the ``timeline-app:`` links.

One place for the names that the launcher, the installer and the running app must agree on:
``DESKTOP_ID`` is the file name of the ``.desktop`` entry, the AppStream id, the icon name in the
hicolor theme and the Wayland app id; ``EXECUTABLE`` is the command on the PATH and the X11
``WM_CLASS`` instance name (``StartupWMClass`` in the ``.desktop`` entry).

Importing this module imports no Qt, so the command line and the packaging scripts can use the
constants; :func:`app_icon` and :func:`apply_identity` import Qt when called.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote, unquote, urlsplit

from timeline_app import __version__
from timeline_app.domain.bundled import resource
from timeline_app.domain.selection import DateRange

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QIcon

APP_NAME = "Timeline Viewer"
"""The name people see: window titles, the About box, the launcher."""
EXECUTABLE = "timeline-app"
"""The command, the Debian package and the folder under ``/opt``."""
ORGANIZATION_NAME = "timelineviewer"
ORGANIZATION_DOMAIN = "timelineviewer.github.io"
DESKTOP_ID = "io.github.timelineviewer.TimelineViewer"
"""Reverse-DNS id (the organisation domain reversed, then the app); no ``.desktop`` suffix."""
LINK_DESKTOP_ID = f"{DESKTOP_ID}.Link"
"""The hidden second launcher that opens ``timeline-app:`` links (it needs ``%u``; the main one uses ``%f``)."""
TIMELINE_MIME_TYPE = "application/x-timeline+json"
TIMELINE_GLOB = "*.timeline.json"
THETIMELINEPROJ_MIME_TYPE = "application/x-thetimelineproj+xml"
"""The files of the desktop program Timeline (XML, root ``<timeline>``). Neither shared-mime-info nor
Timeline defines a type for them, so ours names the program's project (``thetimelineproj``): plain
``timeline`` is too generic and too close to :data:`TIMELINE_MIME_TYPE`."""
THETIMELINEPROJ_GLOB = "*.timeline"
DEFINED_MIME_TYPES = (TIMELINE_MIME_TYPE, THETIMELINEPROJ_MIME_TYPE)
"""The types our shared-mime-info file defines: the app is their handler."""
OPEN_WITH_MIME_TYPES = ("text/csv", "application/json")
"""TimelineJS files, which have no type of their own. The Windows and macOS installers offer the app
for them under "Open with", never as their default. The Linux ``.desktop`` entry does not list them:
where no default is chosen, Linux desktops fall back to any app that lists a type, and most CSV and
JSON files are no timelines; there TimelineJS files open with File → Open or a drop."""
MIME_TYPES = DEFINED_MIME_TYPES
"""The types the main Linux ``.desktop`` entry lists, in its ``MimeType`` order."""
URL_SCHEME = "timeline-app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes rendered from the SVG master (``resources/packaging/make_icons.py``)."""


def icon_file_name(size: int | None = None) -> str:
    """``…TimelineViewer.svg`` for the master, ``…TimelineViewer-48.png`` for a rendered size."""
    return f"{DESKTOP_ID}.svg" if size is None else f"{DESKTOP_ID}-{size}.png"


def app_icon() -> QIcon:
    """The app icon with every PNG size, read through :mod:`importlib.resources`.

    Needs a ``QGuiApplication``. PNG only: the SVG would need the Qt SVG icon engine, which the
    frozen bundle leaves out.
    """
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource("icons", icon_file_name(size)).read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Name, organisation, version, desktop file name and window icon. Call before any window exists."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":  # pragma: no cover - taskbar grouping with the installer's Start-menu entry
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(DESKTOP_ID)


@dataclass(frozen=True)
class AppLink:
    """What a ``timeline-app:`` link asks for: a file (``None``: the bundled timeline), an event, a range of dates."""

    file: Path | None = None
    event: str | None = None
    date_range: str | None = None
    """The dates to show, as the command line's ``--range`` takes them (``2001..2006``); checked by that option."""


def app_link(file: Path | None = None, event: str | None = None, date_range: str | None = None) -> str:
    """``timeline-app://open?file=/abs/path.timeline.json&event=ID&range=2001..2006``; every part optional."""
    query = []
    if file is not None:
        query.append(f"file={quote(str(file), safe='/')}")
    if event is not None:
        query.append(f"event={quote(event, safe='')}")
    if date_range is not None:
        query.append(f"range={quote(date_range, safe='')}")  # ``2001..2006`` stays as it is
    return f"{URL_SCHEME}://open" + (f"?{'&'.join(query)}" if query else "")


def parse_app_link(text: str) -> AppLink | None:
    """The request in a ``timeline-app:`` link, or ``None`` if ``text`` is not one.

    Accepted: ``timeline-app://open?file=PATH&event=ID&range=FROM..TO``, ``timeline-app:?event=ID`` and
    ``timeline-app:///abs/path.timeline.json?event=ID``. Only local files: a ``file`` that is a URL
    other than ``file://`` makes the link invalid (``ValueError``). Without a file, the link is to
    the bundled timeline.
    """
    if not text.lower().startswith(f"{URL_SCHEME}:"):
        return None
    parts = urlsplit(text)
    if parts.netloc not in ("", "open"):
        raise ValueError(f"unknown {URL_SCHEME}: link target '{parts.netloc}' in {text}")
    query = parse_qs(parts.query, keep_blank_values=False)
    files = query.get("file", [])
    events = query.get("event", [])
    ranges = query.get("range", [])
    file_text = files[-1] if files else unquote(parts.path)
    if file_text.startswith("file://"):
        file_text = unquote(urlsplit(file_text).path)
    elif "://" in file_text:
        raise ValueError(f"{URL_SCHEME}: links open local files only, not {file_text}")
    file = Path(file_text) if file_text not in ("", "/") else None
    return AppLink(file=file, event=events[-1] if events else None, date_range=ranges[-1] if ranges else None)


def expand_link_arguments(arguments: Sequence[str]) -> list[str]:
    """Arguments with a ``timeline-app:`` link or a ``file://`` URL turned into ``FILE --event ID --range=FROM..TO``.

    Launchers pass links (and, for ``%u``, sometimes files) as URLs; the app's parser wants a path.
    A link's range becomes ``--range=FROM..TO``, in one argument: a range of years BC starts with
    a minus sign (``-0043..0079``), which the parser would otherwise take for an option. A range
    that is no range is left out (with a line on standard error), so the link still opens its file.
    """
    expanded: list[str] = []
    for argument in arguments:
        if argument.startswith("file://"):
            expanded.append(unquote(urlsplit(argument).path))
            continue
        link = parse_app_link(argument)
        if link is None:
            expanded.append(argument)
            continue
        if link.file is not None:
            expanded.append(str(link.file))
        if link.event is not None:
            expanded += ["--event", link.event]
        if link.date_range is not None:
            try:
                DateRange.parse(link.date_range)
            except ValueError as exc:
                # A link is clicked, not typed: open what it names, and say on the terminal what was left out.
                print(f"timeline-app: the link's range is left out: {exc}", file=sys.stderr)
            else:
                expanded.append(f"--range={link.date_range}")
    return expanded
