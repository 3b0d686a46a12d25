"""Helpers for the packaging tests: the scripts of ``resources/packaging`` as modules, and tools.

(A helper module rather than a conftest.py: a second ``conftest`` module would clash with
``tests/conftest.py`` for mypy.)
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "resources" / "packaging"


@functools.cache
def packaging_module(name: str) -> ModuleType:
    """A script of ``resources/packaging`` imported as a module (that folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def require_tool(name: str, package: str) -> str:
    """The path of a command-line tool; the test is skipped without it, but fails under CI (CI=true)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must install it")
        pytest.skip(message)
    return path
