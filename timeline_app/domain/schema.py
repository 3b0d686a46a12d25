"""The JSON Schema of the timeline format, generated from the pydantic models.

Regenerate the published copy after changing the models::

    python -m timeline_app.domain.schema resources/schema/timeline.schema.json

A test fails while the committed schema differs from what the models generate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from timeline_app.domain.model import FORMAT_VERSION, Timeline


def timeline_schema() -> dict[str, Any]:
    schema = Timeline.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": f"Generated from timeline_app.domain.model for format version {FORMAT_VERSION}; do not edit.",
        **schema,
    }


def schema_json() -> str:
    return json.dumps(timeline_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m timeline_app.domain.schema OUT.json", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(schema_json(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
