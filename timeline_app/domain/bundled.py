"""The data that ships with the app, read through :mod:`importlib.resources`.

``resources/`` at the top of the repository is installed as the package
``timeline_app.resources`` (see ``pyproject.toml``), so the same code finds the files
in a checkout installed in editable mode, in an installed wheel and in a frozen bundle.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

RESOURCES_PACKAGE = "timeline_app.resources"
BUNDLED_TIMELINE_NAME = "azerbaijan-nato-1992-2021.timeline.json"
SCHEMA_NAME = "timeline.schema.json"


def resource(*parts: str) -> Traversable:
    return files(RESOURCES_PACKAGE).joinpath(*parts)


def bundled_timeline_path() -> Path:
    """A filesystem path to the bundled timeline (installed packages keep data as real files)."""
    traversable = resource("timelines", BUNDLED_TIMELINE_NAME)
    if isinstance(traversable, Path):
        return traversable
    with as_file(traversable) as path:  # pragma: no cover - only for zipped installs
        return Path(path)


def schema_text() -> str:
    return resource("schema", SCHEMA_NAME).read_text(encoding="utf-8")
