"""The README is the user's first screen: its commands and its example must be real."""

from __future__ import annotations

import re
from pathlib import Path

from timeline_app.domain.loading import parse_timeline

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_ci_runs_the_readme_test_command() -> None:
    (command,) = [b.strip() for b in _blocks("sh") if "pytest" in b]
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8").replace(" -q ", " ")


def test_the_format_example_is_a_valid_timeline() -> None:
    (example,) = _blocks("json")
    loaded = parse_timeline(example.encode(), "README example")
    assert loaded.timeline.events[0].id == "pfp-1994"
    assert loaded.warnings == ()
