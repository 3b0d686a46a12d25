"""Sizes of the canvas, in one place so the canvas, overview and legend agree (colours: ``timeline_app.ui.theme``)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from timeline_app.ui.theme import LIGHT, blend

GUTTER = 168
"""Width of the lane-name column at the left."""
AXIS_HEIGHT = 40
PERIOD_LINE = 17
"""Height of one line of period names under the axis."""
ROW_HEIGHT = 22
LANE_PADDING = 7
DOT_RADIUS = 4.5
BAR_HEIGHT = 14.0
MIN_SEPARATION = 3.0
"""Glyphs closer than this many pixels merge into a cluster."""
WIDE_GLYPH = 24.0
"""Bars and bands wider than this stay themselves instead of joining a cluster."""
MIN_LABEL_ROOM = 34.0
"""Below this many pixels of room a label is hidden rather than elided to a stub."""
LABEL_GAP = 6.0
DENSITY_SLICE = 6.0
"""Width in pixels of one density bar."""
DENSITY_EVENTS_PER_PX = 1 / 16
"""A lane switches to density bars past this many events in view per pixel of width (one per 16 px)."""

SELECTION = LIGHT.selection
"""The light theme's selection colour. Painting reads every colour from a theme (``timeline_app.ui.theme``)."""


_ALPHA_CACHE: dict[tuple[int, int], QColor] = {}


def with_alpha(colour: QColor, alpha: int) -> QColor:
    key = (colour.rgba(), alpha)
    result = _ALPHA_CACHE.get(key)
    if result is None:
        result = QColor(colour)
        result.setAlpha(alpha)
        _ALPHA_CACHE[key] = result
    return result


__all__ = ["SELECTION", "blend", "with_alpha"]
