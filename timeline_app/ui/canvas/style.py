"""Sizes and colours of the canvas, in one place so the canvas, overview and legend agree."""

from __future__ import annotations

from PySide6.QtGui import QColor

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

BACKGROUND = QColor("#ffffff")
GUTTER_BACKGROUND = QColor("#f6f7f9")
AXIS_BACKGROUND = QColor("#f6f7f9")
SEPARATOR = QColor("#d9dce1")
GRID_MAJOR = QColor(0, 0, 0, 26)
GRID_MINOR = QColor(0, 0, 0, 10)
TEXT = QColor("#1d2127")
TEXT_SECONDARY = QColor("#5f6670")
TEXT_MUTED = QColor("#8a9099")
PERIOD_TINT = QColor(90, 110, 140)
PERIOD_EDGE = QColor(90, 110, 140, 70)
PERIOD_LABEL_FILL = QColor(90, 110, 140, 34)
SELECTION = QColor("#1a5fd0")
SELECTION_TEXT = QColor("#ffffff")
HOVER = QColor(26, 95, 208, 150)
HOVER_FILL = QColor("#d6e3f8")
SEARCH_MATCH = QColor(255, 196, 0, 150)
FOCUS = QColor(26, 95, 208, 150)
LEGEND_BACKGROUND = QColor(255, 255, 255, 238)


def muted(colour: QColor) -> QColor:
    """A context event's colour: the category's hue, washed out towards grey."""
    grey = 178
    mix = 0.62
    return QColor(
        round(colour.red() * (1 - mix) + grey * mix),
        round(colour.green() * (1 - mix) + grey * mix),
        round(colour.blue() * (1 - mix) + grey * mix),
    )


_ALPHA_CACHE: dict[tuple[int, int], QColor] = {}


def with_alpha(colour: QColor, alpha: int) -> QColor:
    key = (colour.rgba(), alpha)
    result = _ALPHA_CACHE.get(key)
    if result is None:
        result = QColor(colour)
        result.setAlpha(alpha)
        _ALPHA_CACHE[key] = result
    return result


def lighter_fill(colour: QColor) -> QColor:
    """The light fill of a span bar, opaque so labels on it stay readable over grid lines."""
    mix = 0.72
    return QColor(
        round(colour.red() * (1 - mix) + 255 * mix),
        round(colour.green() * (1 - mix) + 255 * mix),
        round(colour.blue() * (1 - mix) + 255 * mix),
    )


def blend(colour: QColor, background: QColor, opacity: float) -> QColor:
    """``colour`` at ``opacity`` over ``background``, as an opaque colour (opaque fills paint much faster)."""
    return QColor(
        round(colour.red() * opacity + background.red() * (1 - opacity)),
        round(colour.green() * opacity + background.green() * (1 - opacity)),
        round(colour.blue() * opacity + background.blue() * (1 - opacity)),
    )


def period_fill(depth: int) -> QColor:
    """The shade behind ``depth`` overlapping background periods."""
    return blend(PERIOD_TINT, BACKGROUND, min(0.055 * depth, 0.25))
