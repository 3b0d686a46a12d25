"""End to end: build the frozen app and the .deb, install with apt, launch, open, remove (resources/packaging/e2e.sh).

Needs root on Debian 12 and a few minutes. Runs only when selected with ``-m e2e`` (CI does); the
marker is registered in pyproject.toml, whose default options deselect it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="needs root on Debian (apt, dpkg, chroot)")
def test_installer_end_to_end() -> None:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.setdefault("PYTHON", sys.executable)
    result = subprocess.run(
        ["bash", str(REPO / "resources" / "packaging" / "e2e.sh")],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=40 * 60,
        check=False,
    )
    print(result.stdout)  # shown by pytest for a failure, and with -s
    summary = [line for line in result.stdout.splitlines() if line.startswith(("e2e: PASSED", "e2e: FAILED"))]
    assert result.returncode == 0, summary[-1] if summary else result.stdout[-3000:]
    assert summary
    assert summary[-1].startswith("e2e: PASSED")
