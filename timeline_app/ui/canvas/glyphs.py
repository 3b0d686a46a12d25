"""How one event looks: the shapes shared by the canvas and its legend.

Each date honesty gets its own look: a solid dot for a day, a soft band for a month or
year, a halo for "approximately", a hollow mark for "uncertain", diamonds joined by a
dashed line for dates the sources dispute, a bar for a period, washed-out colours for
context. Dots, rings and bars are collected in a :class:`GlyphBatch` and drawn with one
call per colour, because per-item Qt calls dominate painting time from Python. Fills and
knock-outs take their colours from the :class:`~timeline_app.ui.theme.Theme` drawn in.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGradient, QLinearGradient, QPaintEngine, QPainter, QPen, QPolygonF

from timeline_app.ui.canvas.style import BAR_HEIGHT, DOT_RADIUS, with_alpha
from timeline_app.ui.theme import Theme, blend

_NO_PEN = Qt.PenStyle.NoPen
_Shape = TypeVar("_Shape", QPointF, QRectF, QLineF)
CLUSTER_HEIGHT = 16.0


class GlyphBatch:
    """Dots, halos, rings and bars to draw together, per colour."""

    def __init__(self) -> None:
        self.dots: dict[int, tuple[QColor, list[QPointF]]] = {}
        self.halos: dict[int, tuple[QColor, list[QPointF]]] = {}
        self.rings: dict[int, tuple[QColor, list[QPointF]]] = {}
        self.bars: dict[int, tuple[QColor, list[QRectF]]] = {}
        self.pills: dict[int, tuple[QColor, list[QLineF]]] = {}

    @staticmethod
    def _add(store: dict[int, tuple[QColor, list[_Shape]]], colour: QColor, shape: _Shape) -> None:
        key = colour.rgba()
        entry = store.get(key)
        if entry is None:
            store[key] = (colour, [shape])
        else:
            entry[1].append(shape)

    def dot(self, colour: QColor, x: float, y: float) -> None:
        self._add(self.dots, colour, QPointF(x, y))

    def halo(self, colour: QColor, x: float, y: float) -> None:
        self._add(self.halos, colour, QPointF(x, y))

    def ring(self, colour: QColor, x: float, y: float) -> None:
        self._add(self.rings, colour, QPointF(x, y))

    def bar(self, colour: QColor, rect: QRectF) -> None:
        self._add(self.bars, colour, rect)

    def pill(self, colour: QColor, rect: QRectF) -> None:
        """A cluster mark: drawn as a thick line with round caps, so many take one call."""
        radius = rect.height() / 2
        y = rect.center().y()
        self._add(self.pills, colour, QLineF(rect.left() + radius, y, rect.right() - radius, y))

    def draw(self, painter: QPainter, theme: Theme) -> None:
        round_cap = Qt.PenCapStyle.RoundCap
        for colour, points in self.halos.values():
            painter.setPen(QPen(with_alpha(colour, 80), 2 * DOT_RADIUS + 6, Qt.PenStyle.SolidLine, round_cap))
            painter.drawPoints(points)
        for colour, rects in self.bars.values():
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(theme.bar_fill(colour))
            painter.drawRects(rects)
        for colour, points in self.dots.values():
            painter.setPen(QPen(colour, 2 * DOT_RADIUS, Qt.PenStyle.SolidLine, round_cap))
            painter.drawPoints(points)
        # A ring is a dot with its middle knocked out to the background.
        hollow = theme.background
        for colour, points in self.rings.values():
            painter.setPen(QPen(colour, 2 * DOT_RADIUS, Qt.PenStyle.SolidLine, round_cap))
            painter.drawPoints(points)
            painter.setPen(QPen(hollow, 2 * DOT_RADIUS - 3.2, Qt.PenStyle.SolidLine, round_cap))
            painter.drawPoints(points)
        for colour, lines in self.pills.values():
            painter.setPen(QPen(colour.darker(118), CLUSTER_HEIGHT + 1.5, Qt.PenStyle.SolidLine, round_cap))
            painter.drawLines(lines)
            painter.setPen(QPen(colour, CLUSTER_HEIGHT - 0.5, Qt.PenStyle.SolidLine, round_cap))
            painter.drawLines(lines)
        painter.setBrush(Qt.BrushStyle.NoBrush)


_SOFT_BRUSHES: dict[tuple[int, bool, int, int], QBrush] = {}
_EDGE_PENS: dict[tuple[int, bool], QPen] = {}


def _opaque_gradients(painter: QPainter) -> bool:
    """Whether translucent gradients must be drawn opaque (blended over the background) on this painter.

    Qt's PDF output (PDF files and printing) writes a gradient's alpha as an alpha soft mask of an
    opaque shading, which every reader shows fully opaque: a soft band would print as a solid bar.
    """
    return painter.paintEngine().type() == QPaintEngine.Type.Pdf


def _gradient_colour(colour: QColor, alpha: int, opaque: bool, background: QColor) -> QColor:
    return blend(colour, background, alpha / 255) if opaque else with_alpha(colour, alpha)


def _soft_brush(colour: QColor, theme: Theme, opaque: bool = False) -> QBrush:
    # One gradient per colour, in the shape's own coordinates, so every band reuses it.
    background, middle = theme.background, theme.band_alpha
    edge = round(middle * 18 / 70)
    key = (colour.rgba(), opaque, background.rgba(), middle)
    brush = _SOFT_BRUSHES.get(key)
    if brush is None:
        gradient = QLinearGradient(0, 0, 1, 0)
        gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectBoundingMode)
        gradient.setColorAt(0.0, _gradient_colour(colour, edge, opaque, background))
        gradient.setColorAt(0.25, _gradient_colour(colour, middle, opaque, background))
        gradient.setColorAt(0.75, _gradient_colour(colour, middle, opaque, background))
        gradient.setColorAt(1.0, _gradient_colour(colour, edge, opaque, background))
        brush = _SOFT_BRUSHES[key] = QBrush(gradient)
    return brush


def _edge_pen(colour: QColor, dashed: bool) -> QPen:
    pen = _EDGE_PENS.get((colour.rgba(), dashed))
    if pen is None:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = _EDGE_PENS[(colour.rgba(), dashed)] = QPen(with_alpha(colour, 150), 1.2, style)
    return pen


def soft_band(
    painter: QPainter,
    theme: Theme,
    colour: QColor,
    left: float,
    right: float,
    y: float,
    *,
    uncertain: bool,
    soft_ends: bool = True,
) -> None:
    """A period the date may fall in: strongest in the middle, fading to nothing at both ends.

    Without ``soft_ends`` (the band runs off screen) it is drawn at its middle strength throughout.
    """
    rect = QRectF(left, y - BAR_HEIGHT / 2, max(right - left, 2 * DOT_RADIUS), BAR_HEIGHT)
    painter.setPen(_NO_PEN)
    opaque = _opaque_gradients(painter)
    painter.setBrush(_soft_brush(colour, theme, opaque) if soft_ends else with_alpha(colour, theme.band_alpha))
    painter.drawRect(rect)
    # A thin line along the bottom edge keeps the band visible where it is faintest.
    painter.setPen(_edge_pen(colour, uncertain))
    painter.drawLine(QPointF(rect.left() + 2, rect.bottom()), QPointF(rect.right() - 2, rect.bottom()))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def faded_bar(
    painter: QPainter,
    theme: Theme,
    colour: QColor,
    left: float,
    right: float,
    y: float,
    *,
    fade_left: bool,
    fade_right: bool,
) -> None:
    """A span whose ends are not exact (approximate dates, or an end nobody recorded)."""
    rect = QRectF(left, y - BAR_HEIGHT / 2, max(right - left, 3.0), BAR_HEIGHT)
    fill = theme.bar_fill(colour)
    opaque = _opaque_gradients(painter)
    background = theme.background
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    fade = min(0.35, 24.0 / max(rect.width(), 1.0))
    gradient.setColorAt(0.0, _gradient_colour(fill, 0, opaque, background) if fade_left else fill)
    gradient.setColorAt(fade, fill)
    gradient.setColorAt(1.0 - fade, fill)
    gradient.setColorAt(1.0, _gradient_colour(fill, 0, opaque, background) if fade_right else fill)
    painter.setPen(_NO_PEN)
    painter.setBrush(QBrush(gradient))
    painter.drawRect(rect)
    edge = QLinearGradient(rect.left(), 0, rect.right(), 0)
    edge.setColorAt(0.0, _gradient_colour(colour, 0, opaque, background) if fade_left else colour)
    edge.setColorAt(fade, colour)
    edge.setColorAt(1.0 - fade, colour)
    edge.setColorAt(1.0, _gradient_colour(colour, 0, opaque, background) if fade_right else colour)
    painter.setPen(QPen(QBrush(edge), 1.0))
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    painter.setBrush(Qt.BrushStyle.NoBrush)


def dashed_bar(painter: QPainter, theme: Theme, colour: QColor, left: float, right: float, y: float) -> None:
    """A span whose dates the sources are unsure of: light fill, dashed outline."""
    rect = QRectF(left, y - BAR_HEIGHT / 2, max(right - left, 3.0), BAR_HEIGHT)
    painter.setBrush(with_alpha(theme.bar_fill(colour), 200))
    painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def contested(
    painter: QPainter,
    theme: Theme,
    colour: QColor,
    alternatives: list[tuple[float, float]],
    y: float,
    low: float = -1e9,
    high: float = 1e9,
    *,
    gap: tuple[float, float] | None = None,
) -> None:
    """Each date the sources give, as a diamond (on a soft band when it is a month or year), joined by a dashed line.

    Lines and bands are cut to ``[low, high]``, the drawable range. The line leaves out ``gap``
    (from, to), where a label sits on it.
    """
    centres = [(left + right) / 2 for left, right in alternatives]
    first, last = max(min(centres), low), min(max(centres), high)
    if first < last:
        painter.setPen(QPen(colour, 1.3, Qt.PenStyle.DashLine))
        if gap is None or gap[1] <= first or gap[0] >= last:
            painter.drawLine(QPointF(first, y), QPointF(last, y))
        else:
            if gap[0] > first:
                painter.drawLine(QPointF(first, y), QPointF(gap[0], y))
            if gap[1] < last:
                painter.drawLine(QPointF(gap[1], y), QPointF(last, y))
    for left, right in alternatives:
        if right - left > 2 * DOT_RADIUS + 2 and right > low and left < high:
            whole = low <= left and right <= high
            soft_band(painter, theme, colour, max(left, low), min(right, high), y, uncertain=False, soft_ends=whole)
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(theme.background)  # hollow diamonds
    radius = DOT_RADIUS + 0.8
    for x in centres:
        if low <= x <= high:
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x, y - radius), QPointF(x + radius, y), QPointF(x, y + radius), QPointF(x - radius, y)]
                )
            )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def count_text(count: int) -> str:
    """A cluster's count, short enough for its pill: ``7``, ``1.2k``, ``35k``."""
    if count < 1000:
        return str(count)
    if count < 10_000:
        return f"{count / 1000:.1f}k".replace(".0k", "k")
    return f"{count // 1000}k"
