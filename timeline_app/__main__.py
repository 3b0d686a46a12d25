"""``python -m timeline_app`` starts the app, like the ``timeline-app`` command."""

from __future__ import annotations

import sys

from timeline_app.cli import main

sys.exit(main())
