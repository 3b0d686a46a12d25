"""The published schema, the Qt-free domain layer and the package data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from timeline_app.domain.bundled import schema_text
from timeline_app.domain.schema import schema_json

REPO = Path(__file__).resolve().parents[2]


def test_committed_schema_matches_the_models() -> None:
    committed = (REPO / "resources" / "schema" / "timeline.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), (
        "resources/schema/timeline.schema.json is stale; regenerate it with "
        "`python -m timeline_app.domain.schema resources/schema/timeline.schema.json`"
    )


def test_schema_is_installed_as_package_data() -> None:
    assert json.loads(schema_text())["title"] == "Timeline Viewer timeline file"


def test_schema_describes_every_date_shape() -> None:
    schema = json.loads(schema_json())
    date_shapes = schema["$defs"]["Event"]["properties"]["date"]["oneOf"]
    refs = {shape.get("$ref") for shape in date_shapes}
    assert refs >= {"#/$defs/PointDate", "#/$defs/SpanDate", "#/$defs/ContestedDate"}
    assert any(shape.get("pattern") for shape in date_shapes)


def test_the_domain_layer_imports_no_qt() -> None:
    code = (
        "import sys, timeline_app.cli, timeline_app.domain.loading, timeline_app.domain.columns, "
        "timeline_app.domain.wording, timeline_app.domain.schema, timeline_app.domain.integrity;"
        "import pkgutil, importlib, timeline_app.domain as d;"
        "[importlib.import_module('timeline_app.domain.' + m.name) for m in pkgutil.iter_modules(d.__path__)];"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
