"""Test setup shared by every layer.

Qt runs offscreen (no display needed), and any warning — from Qt or from our own
logging — fails the test that caused it, unless the test declares it expected.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typing_extensions import override

# Before any PySide6 import: every GUI test runs headless. CI may override with xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Report connections to methods that lack @Slot, as Qt for Python recommends.
os.environ.setdefault("QT_LOGGING_RULES", "qt.pyside.libpyside.warning=true")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


class _FailOnWarning(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    @override
    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_unexpected_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A warning logged during a test fails it; use the ``expected_log_warnings`` marker to allow them."""
    handler = _FailOnWarning()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if request.node.get_closest_marker("expected_log_warnings") is None and handler.records:
        lines = "\n".join(f"{r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected log warnings:\n{lines}")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expected_log_warnings: the test expects WARNING log records")
