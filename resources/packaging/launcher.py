"""Entry point of the frozen app (PyInstaller needs a script, not a ``module:function``)."""

from __future__ import annotations

import sys

from timeline_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
