"""Helpers for the packaging tests: the scripts of ``resources/packaging`` as modules, and tools.

(A helper module rather than a conftest.py: a second ``conftest`` module would clash with
``tests/conftest.py`` for mypy.)
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from module_from_file import module_from_file

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "resources" / "packaging"


@functools.cache
def packaging_module(name: str) -> ModuleType:
    """A script of ``resources/packaging`` imported as a module (that folder is not a package)."""
    return module_from_file(f"packaging_{name}", PACKAGING / f"{name}.py")


def require_tool(name: str, package: str) -> str:
    """The path of a command-line tool; the test is skipped without it, but fails under CI (CI=true)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must install it")
        pytest.skip(message)
    return path
