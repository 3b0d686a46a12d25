"""Painting the canvas: axis, periods, lanes, events, clusters, density and legend.

Per-frame work is proportional to what is on screen. Each lane asks its
:class:`~timeline_app.domain.lanes.LaneIndex` how many events are in view (two binary
searches). Past about one event per ten pixels the lane is drawn as density bars (two
binary searches per bar); otherwise the visible events are fetched, merged into
clusters where their glyphs would touch, and drawn in batches. Every drawn item leaves
a :class:`Hit` so the widget can answer clicks, hovers and tooltips without repainting.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat

from PySide6.QtCore import QLineF, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from timeline_app.domain.columns import EventColumns, Flag, Shape
from timeline_app.domain.dates import Precision
from timeline_app.domain.lanes import LABEL_INSET_PX, OPEN_END_PX
from timeline_app.domain.language import fill, format_count, translatable, translate
from timeline_app.domain.ticks import Axis, build_axis
from timeline_app.domain.timescale import ViewState
from timeline_app.ui.canvas import glyphs
from timeline_app.ui.canvas.scene import CanvasScene, label_text
from timeline_app.ui.canvas.style import (
    AXIS_HEIGHT,
    BAR_HEIGHT,
    DENSITY_EVENTS_PER_PX,
    DENSITY_SLICE,
    DOT_RADIUS,
    GUTTER,
    LABEL_GAP,
    LANE_PADDING,
    MIN_LABEL_ROOM,
    MIN_SEPARATION,
    PERIOD_LINE,
    ROW_HEIGHT,
    WIDE_GLYPH,
)
from timeline_app.ui.theme import Theme, current_theme

_OVERHANG = 40.0
"""How far past the plot's edges shapes are drawn before they are cut."""

# Plain ints: testing an IntFlag member costs a Python-level call, and these are tested per event per frame.
_CONTEXT = int(Flag.CONTEXT)
_APPROXIMATE = int(Flag.APPROXIMATE)
_UNCERTAIN = int(Flag.UNCERTAIN)
_OPEN_END = int(Flag.OPEN_END)
_POINT = int(Shape.POINT)
_SPAN = int(Shape.SPAN)
_CONTESTED = int(Shape.CONTESTED)
_DAY = int(Precision.DAY)

# What an item of a lane's detail drawing is (kept as a float in its list).
_PLAIN = 0
_EMPHASISED = 1
"""The selected or hovered event: never merged into a cluster."""
_BADGE = 2
"""The "+N" beside an emphasised event, counting the marks it would have covered."""
_TAKEN = 3
"""Moved into a badge (dropped before drawing)."""
_BADGE_GAP = 6.0
"""Space between an emphasised mark and its badge: clear of its white knock-out and accent ring."""
_EMPHASIS_LABEL_MAX = 420.0
_STUB = 2 * MIN_LABEL_ROOM
"""A label the plot's right edge cuts to less than this goes before its glyph when there is more room there."""

_Label = tuple[float, float, float, float, float, int, float, float, float]
"""A label to draw: label left, inside right, after left (see ``_draw_glyph``), the right end of
its room, row centre, event, the glyph's left and right, and the right end of the previous item."""


class HitKind(enum.IntEnum):
    EVENT = 0
    CLUSTER = 1
    DENSITY = 2


@dataclass(slots=True)
class Hit:
    rect: QRectF
    kind: HitKind
    event: int = -1
    first: float = 0.0
    """Cluster or density: the first day covered."""
    last: float = 0.0
    count: int = 1
    lane: int = -1
    label: QRectF | None = None
    """Event: where its label was drawn, if it has one."""


@dataclass
class HitMap:
    items: list[Hit] = field(default_factory=list)
    plot: QRectF | None = None
    """Where events are drawn. An event's label may run on under the lane names or the axis, which
    cover it: a point there hits nothing (hovering a lane's name must not pick an event off screen)."""

    def at(self, x: float, y: float) -> Hit | None:
        """The topmost item under the point; an event wins over a cluster or density bar it sits on."""
        if self.plot is not None and not self.plot.contains(x, y):
            return None
        best: Hit | None = None
        for hit in reversed(self.items):
            if hit.rect.contains(x, y) and (best is None or hit.kind < best.kind):
                best = hit
                if hit.kind is HitKind.EVENT:
                    break
        return best


@dataclass(frozen=True, slots=True)
class Highlights:
    selected: int | None = None
    hovered: int | None = None
    focused: bool = False


@dataclass(slots=True)
class _Placed:
    """How a lane's drawing placed an emphasised event."""

    label: tuple[float, str, float] | None
    """Its label's left, text and width, if it has room for one."""
    wide: bool
    """A bar or band wide enough to stay itself: the lane drew it, with the marks on it on top."""


@dataclass(slots=True)
class _Emphasis:
    """One frame's selected and hovered events, and what the lanes' drawing settled about them."""

    events: frozenset[int]
    placed: dict[int, _Placed] = field(default_factory=dict)
    label_after: dict[int, float] = field(default_factory=dict)
    """Event: the right end of its "+N" badge, when the badge sits on its right (its label follows it)."""
    before: dict[int, float] = field(default_factory=dict)
    """Event: the left end of its "+N" badge, when the badge sits on its left."""


@dataclass(frozen=True, slots=True)
class LaneBox:
    lane: int
    top: float
    """Top in content coordinates (before scrolling), below the axis and period strip."""
    height: float


def lane_boxes(scene: CanvasScene) -> list[LaneBox]:
    boxes = []
    top = 0.0
    for lane in scene.shown_lanes:
        # Two rows at least, so every lane has room for a two-line name and its count.
        height = 2 * LANE_PADDING + max(scene.lanes[lane].rows, 2) * ROW_HEIGHT
        boxes.append(LaneBox(lane, top, height))
        top += height
    return boxes


def row_centre_of(boxes: list[LaneBox], scene: CanvasScene, event: int) -> float | None:
    """Centre of ``event``'s row in content coordinates (below the header, before scrolling)."""
    lane = scene.lane_number(event)
    for box in boxes:
        if box.lane == lane:
            return box.top + LANE_PADDING + scene.layout.rows[event] * ROW_HEIGHT + ROW_HEIGHT / 2
    return None


def header_height(scene: CanvasScene | None) -> float:
    lines = scene.period_rows if scene is not None else 0
    return AXIS_HEIGHT + lines * PERIOD_LINE + (4 if lines else 0)


def qt_month_name(month: int, short: bool) -> str:
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, form)


class CanvasRenderer:
    """Paints a :class:`CanvasScene` for a :class:`ViewState`; keeps text measurements between frames."""

    def __init__(
        self, font: QFont, month_name: Callable[[int, bool], str] = qt_month_name, theme: Theme | None = None
    ) -> None:
        self._month_name = month_name
        self.theme = theme
        """The colours to paint in; ``None``: the current theme's, whichever it is at each frame."""
        self._active = theme or current_theme()
        self.legend_visible = True
        self.whole_labels_at_edge = False
        """A label the plot's right edge would elide goes before its glyph whenever there is more room there, not
        only when cut to a stub: for pictures and printed pages, which cannot be panned to read the rest."""
        self.last_axis: Axis | None = None
        """The time axis of the last frame painted (``None`` when it had none), for tests and tools."""
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetricsF(self.font)
        self.small_font = QFont(font)
        if font.pointSizeF() > 0:
            self.small_font.setPointSizeF(max(font.pointSizeF() * 0.88, 6.0))
        else:
            self.small_font.setPixelSize(max(round(font.pixelSize() * 0.88), 8))
        self.small_metrics = QFontMetricsF(self.small_font)
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold_font)
        self._widths: dict[str, float] = {}
        self._event_labels: dict[int, tuple[str, float]] = {}
        self._elided: dict[tuple[int, float], str] = {}
        self._legends: dict[str, QImage] = {}
        self._lane_names: dict[tuple[str, float], tuple[str, float, bool]] = {}

    def forget_events(self) -> None:
        """A new timeline: cached label widths refer to rows that mean something else now."""
        self._event_labels = {}
        self._elided = {}

    def text_width(self, text: str) -> float:
        return self._width(self.metrics, text, text)

    def bold_text_width(self, text: str) -> float:
        return self._width(self.bold_metrics, "\0" + text, text)

    def _width(self, metrics: QFontMetricsF, key: str, text: str) -> float:
        """``text``'s width in ``metrics``, remembered under ``key`` (one cache for every font)."""
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 4096:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    # -- the frame ---------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        width: int,
        height: int,
        state: ViewState,
        scene: CanvasScene | None,
        highlights: Highlights = Highlights(),
    ) -> HitMap:
        hits = HitMap()
        theme = self._active = self.active_theme()
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
        painter.setFont(self.font)
        plot_width = width - GUTTER
        if scene is None or plot_width < 40 or height < AXIS_HEIGHT + 20:
            self.last_axis = None
            painter.setPen(theme.text_muted)
            painter.drawText(
                QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, translate("Canvas", "No timeline loaded")
            )
            return hits
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        axis = build_axis(state, plot_width, self.text_width, self._month_name, self.bold_text_width)
        self.last_axis = axis
        top = header_height(scene)
        frame = _Frame(state, GUTTER, plot_width, top, height, scene)
        boxes = lane_boxes(scene)

        painter.save()
        painter.setClipRect(QRectF(0, top, width, height - top))
        # The periods' fills are opaque: the lane separators and the grid go on top of them.
        self._paint_periods(painter, frame)
        self._paint_lane_backgrounds(painter, frame, boxes, width)
        self._paint_grid(painter, frame, axis)
        hits.plot = QRectF(GUTTER, top, plot_width, height - top)
        painter.setClipRect(hits.plot)
        emphasised = [(e, s) for e, s in ((highlights.hovered, False), (highlights.selected, True)) if e is not None]
        emphasis = _Emphasis(frozenset(e for e, _ in emphasised if scene.accepted(e)))
        for box in boxes:
            lane_top = top + box.top - state.scroll
            if lane_top < height and lane_top + box.height > top:
                self._paint_lane(painter, frame, box, lane_top, hits, emphasis)
        for event, selected in emphasised:
            if event in emphasis.events:
                self._paint_emphasised(painter, frame, boxes, event, selected=selected, hits=hits, emphasis=emphasis)
        painter.restore()

        self._paint_gutter(painter, frame, boxes, height)
        self._paint_axis(painter, frame, axis, width)
        self._paint_period_names(painter, frame)
        if self.legend_visible:
            self._paint_legend(painter, width, height)
        if highlights.focused:
            painter.setPen(QPen(theme.focus, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, width - 2, height - 2))
        return hits

    def active_theme(self) -> Theme:
        """The theme the next frame is painted in."""
        return self.theme if self.theme is not None else current_theme()

    # -- background ----------------------------------------------------------------------------

    def _paint_lane_backgrounds(self, painter: QPainter, frame: _Frame, boxes: list[LaneBox], width: int) -> None:
        painter.setPen(QPen(self._active.separator, 1.0))
        for box in boxes:
            y = math.floor(frame.top + box.top + box.height - frame.state.scroll) + 0.5
            painter.drawLine(QPointF(0, y), QPointF(width, y))

    def _paint_periods(self, painter: QPainter, frame: _Frame) -> None:
        # Opaque fills, darker where periods overlap: translucent fills of this size cost
        # about a millisecond each with Qt's software rasteriser.
        bands = [b for b in frame.scene.periods if b.end > frame.state.start and b.start < frame.state.end]
        if not bands:
            return
        boundaries = sorted({frame.state.start, frame.state.end} | {b.start for b in bands} | {b.end for b in bands})
        boundaries = [day for day in boundaries if frame.state.start <= day <= frame.state.end]
        height = frame.bottom - frame.top
        for first, last in itertools.pairwise(boundaries):
            depth = sum(1 for b in bands if b.start <= first and b.end >= last)
            if depth:
                left, right = round(frame.x(first)), round(frame.x(last))
                painter.fillRect(
                    QRect(left, round(frame.top), right - left, round(height)), self._active.period_fill(depth)
                )
        painter.setPen(QPen(self._active.period_edge, 1.0, Qt.PenStyle.DotLine))
        for band in bands:
            for day in (band.start, band.end):
                if frame.state.start < day < frame.state.end:
                    x = round(frame.x(day)) + 0.5
                    painter.drawLine(QPointF(x, frame.top), QPointF(x, frame.bottom))

    def _paint_period_names(self, painter: QPainter, frame: _Frame) -> None:
        scene = frame.scene
        if not scene.periods:
            return
        strip_top = AXIS_HEIGHT
        theme = self._active
        painter.fillRect(QRectF(0, strip_top, frame.left + frame.width, frame.top - strip_top), theme.background)
        painter.setFont(self.small_font)
        painter.setPen(theme.text_secondary)
        painter.drawText(
            QRectF(8, strip_top, GUTTER - 14, PERIOD_LINE),
            Qt.AlignmentFlag.AlignVCenter,
            translate("Canvas", "Periods"),
        )
        painter.save()
        painter.setClipRect(QRectF(frame.left, strip_top, frame.width, frame.top - strip_top))
        for band in scene.periods:
            if band.end <= frame.state.start or band.start >= frame.state.end:
                continue
            left = max(frame.x(band.start), frame.left)
            right = min(frame.x(band.end), frame.left + frame.width)
            rect = QRectF(left, strip_top + band.row * PERIOD_LINE + 1, right - left, PERIOD_LINE - 2)
            painter.fillRect(rect, theme.period_label_fill)
            room = rect.width() - 8
            if room >= MIN_LABEL_ROOM:
                text = self.small_metrics.elidedText(band.label, Qt.TextElideMode.ElideRight, room)
                if text != "…":
                    painter.setPen(theme.text)
                    painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
        painter.setFont(self.font)

    def _paint_grid(self, painter: QPainter, frame: _Frame, axis: Axis) -> None:
        minor = axis.minor
        spacing = (minor.tick_x[1] - minor.tick_x[0]) if len(minor.tick_x) > 1 else 0.0
        lines = []
        if spacing >= 8:
            lines = [QLineF(frame.left + x, frame.top, frame.left + x, frame.bottom) for x in minor.tick_x if x >= 0]
            painter.setPen(QPen(self._active.grid_minor, 1.0))
            painter.drawLines(lines)
        if axis.major is not None:
            painter.setPen(QPen(self._active.grid_major, 1.0))
            major_lines = [
                QLineF(frame.left + x, frame.top, frame.left + x, frame.bottom) for x in axis.major.tick_x if x >= 0
            ]
            painter.drawLines(major_lines)

    # -- axis, gutter, legend ------------------------------------------------------------------------

    def _paint_axis(self, painter: QPainter, frame: _Frame, axis: Axis, width: int) -> None:
        theme = self._active
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), theme.axis_background)
        painter.setPen(QPen(theme.separator, 1.0))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
        painter.save()
        painter.setClipRect(QRectF(frame.left, 0, frame.width, AXIS_HEIGHT))
        half = AXIS_HEIGHT / 2
        if axis.major is not None:
            painter.setPen(QPen(theme.axis_ticks, 1.0))
            painter.drawLines([QLineF(frame.left + x, 2, frame.left + x, AXIS_HEIGHT) for x in axis.major.tick_x])
            painter.setFont(self.bold_font)
            painter.setPen(theme.text)
            for label in axis.major.labels:
                painter.drawText(
                    QRectF(frame.left + label.x, 0, label.width + 2, half), Qt.AlignmentFlag.AlignVCenter, label.text
                )
        painter.setPen(QPen(theme.axis_ticks, 1.0))
        painter.drawLines(
            [QLineF(frame.left + x, AXIS_HEIGHT - 7, frame.left + x, AXIS_HEIGHT) for x in axis.minor.tick_x]
        )
        painter.setFont(self.font)
        painter.setPen(theme.text_secondary)
        for label in axis.minor.labels:
            painter.drawText(
                QRectF(frame.left + label.x, half - 1, label.width + 2, half - 3),
                Qt.AlignmentFlag.AlignVCenter,
                label.text,
            )
        painter.restore()

    def _paint_gutter(self, painter: QPainter, frame: _Frame, boxes: list[LaneBox], height: int) -> None:
        painter.save()
        painter.setClipRect(QRectF(0, frame.top, GUTTER, height - frame.top))
        theme = self._active
        painter.fillRect(QRectF(0, frame.top, GUTTER, height - frame.top), theme.gutter_background)
        painter.setPen(QPen(theme.separator, 1.0))
        painter.drawLine(QPointF(GUTTER - 0.5, frame.top), QPointF(GUTTER - 0.5, height))
        for box in boxes:
            y = frame.top + box.top - frame.state.scroll
            info = frame.scene.lanes[box.lane]
            painter.setPen(QPen(theme.separator, 1.0))
            bottom = math.floor(y + box.height) + 0.5
            painter.drawLine(QPointF(0, bottom), QPointF(GUTTER, bottom))
            text_width = GUTTER - 30
            line = self.bold_metrics.height()
            room = box.height - 2 * LANE_PADDING
            name, name_height, wrapped = self._lane_name(info.label, room)
            wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            name_flags = wrap if wrapped else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            offset = LANE_PADDING + (ROW_HEIGHT - line) / 2
            has_count = offset + name_height + 2 + self.small_metrics.height() <= box.height - LANE_PADDING + 2
            if y < frame.top:
                # Scrolled partly under the header: the name stays in view below it, as long as
                # the lane has room for it, then leaves with the lane's bottom edge.
                block = offset + name_height + (2 + self.small_metrics.height() if has_count else 0.0)
                y = max(y, min(frame.top, y + box.height - block - LANE_PADDING))
            top = y + offset
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.category(info.colour))
            painter.drawRoundedRect(QRectF(10, top + 1, 4, name_height - 2), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(self.bold_font)
            painter.setPen(theme.text)
            painter.drawText(QRectF(20, top, text_width, name_height + 2), int(name_flags), name)
            count_top = top + name_height + 2
            if has_count:
                shown = len(frame.scene.indices[box.lane])
                count = translate("Canvas", "%Ln event(s)", None, shown)
                if shown != info.total:
                    count = fill(translate("Canvas", "%1 of %Ln event(s)", None, info.total), format_count(shown))
                painter.setFont(self.small_font)
                painter.setPen(theme.text_secondary)
                painter.drawText(QRectF(20, count_top, text_width + 4, self.small_metrics.height() + 2), 0, count)
        painter.restore()
        painter.setFont(self.font)

    def _lane_name(self, label: str, room: float) -> tuple[str, float, bool]:
        """The lane name as drawn, its height, and whether it wraps onto a second line."""
        cached = self._lane_names.get((label, room))
        if cached is not None:
            return cached
        text_width = GUTTER - 30
        line = self.bold_metrics.height()
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        wrapped = self.bold_metrics.boundingRect(QRectF(0, 0, text_width, 10 * line), int(wrap), label)
        # A long name wraps onto a second line when the lane is tall enough; otherwise it is elided.
        if wrapped.height() <= 2 * line + 1 and wrapped.height() + line <= room:
            result = (label, wrapped.height(), True)
        else:
            result = (self.bold_metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_width), line, False)
        self._lane_names[(label, room)] = result
        return result

    def _paint_legend(self, painter: QPainter, width: int, height: int) -> None:
        legend = self._legend_image()
        left, top = width - 10 - legend.width(), height - 10 - legend.height()
        if left < GUTTER + 10 or top < AXIS_HEIGHT + 10:
            return
        painter.drawImage(QPointF(left, top), legend)

    def _legend_image(self) -> QImage:
        # Drawn once per font and theme: forty-odd text and shape calls would cost most of a millisecond a frame.
        legend = self._legends.get(self._active.name)
        if legend is not None:
            return legend
        size = self.legend_size()
        image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            self.paint_legend(painter, QPointF(0, 0))
        finally:
            painter.end()
        self._legends[self._active.name] = image
        return image

    def legend_size(self, columns: int = 2) -> QSize:
        """The size of the legend box laid out in ``columns`` columns."""
        column_width = self._legend_column_width()
        rows = math.ceil(len(_LEGEND_ENTRIES) / columns)
        return QSize(columns * column_width + 17, round(rows * _LEGEND_LINE) + 13)

    def _legend_column_width(self) -> int:
        widest = max(self.small_metrics.horizontalAdvance(translate("Legend", text)) for text, _ in _LEGEND_ENTRIES)
        return math.ceil(widest) + 48

    def paint_legend(self, painter: QPainter, top_left: QPointF, columns: int = 2) -> None:
        """Draw the legend box at ``top_left``, as shapes and text (exports draw it this way, as vectors)."""
        size = self.legend_size(columns)
        column_width = self._legend_column_width()
        rows = math.ceil(len(_LEGEND_ENTRIES) / columns)
        line = _LEGEND_LINE
        theme = self._active = self.active_theme()
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            box = QRectF(top_left.x() + 0.5, top_left.y() + 0.5, size.width() - 1, size.height() - 1)
            painter.setPen(QPen(theme.separator, 1.0))
            painter.setBrush(theme.legend_background)
            painter.drawRoundedRect(box, 6, 6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(self.small_font)
            for number, (text, sample) in enumerate(_LEGEND_ENTRIES):
                column, row = divmod(number, rows)
                x = box.left() + 8 + column * column_width
                y = box.top() + 6 + row * line + line / 2
                sample(painter, theme, x + 18, y)
                painter.setPen(theme.text)
                painter.drawText(
                    QRectF(x + 40, y - line / 2, column_width - 40, line),
                    Qt.AlignmentFlag.AlignVCenter,
                    translate("Legend", text),
                )
        finally:
            painter.restore()

    # -- events --------------------------------------------------------------------------------

    def _paint_lane(
        self, painter: QPainter, frame: _Frame, box: LaneBox, lane_top: float, hits: HitMap, emphasis: _Emphasis
    ) -> None:
        scene = frame.scene
        index = scene.indices[box.lane]
        state = frame.state
        margin = 60.0 / frame.scale
        first, last = state.start - margin, state.end + margin
        count = index.count(first, last)
        if count == 0:
            return
        colour = self._active.category(scene.lanes[box.lane].colour)
        if count > frame.width * DENSITY_EVENTS_PER_PX:
            self._paint_density(painter, frame, box, lane_top, colour, hits)
            return
        events = index.visible(first, last, scene.columns.ends)
        rows, rank = scene.layout.rows, scene.layout.rank
        stride = len(scene.columns)
        events.sort(key=lambda e: rows[e] * stride + rank[e])
        self._paint_detail(painter, frame, box, lane_top, colour, events, hits, emphasis)

    def _paint_density(
        self, painter: QPainter, frame: _Frame, box: LaneBox, lane_top: float, colour: QColor, hits: HitMap
    ) -> None:
        state = frame.state
        slice_days = DENSITY_SLICE / frame.scale
        # Slices sit on a grid fixed in time, so panning moves the bars instead of re-binning them.
        first = math.floor(state.start / slice_days) * slice_days
        count = math.ceil((state.end - first) / slice_days) + 1
        edges = [first + i * slice_days for i in range(count + 1)]
        counts = frame.scene.indices[box.lane].histogram(edges)
        peak = max(counts)
        if peak <= 0:
            return
        inner = box.height - 2 * LANE_PADDING
        bottom = round(lane_top + box.height - LANE_PADDING)
        # Comprehensions and map() over Qt's constructor keep the per-bar cost in C: this loop
        # runs for hundreds of bars in every crowded lane of every frame.
        offset = frame.left + (first - state.start) * frame.scale
        nonzero = [i for i, number in enumerate(counts) if number]
        lefts = [round(offset + i * DENSITY_SLICE) for i in nonzero]
        heights = [round(inner * (0.12 + 0.88 * math.sqrt(counts[i] / peak))) for i in nonzero]
        tops = [bottom - height for height in heights]
        rects = list(map(QRect, lefts, tops, repeat(round(DENSITY_SLICE) - 1), heights))
        # Whole-pixel bars without antialiasing: antialiased, this one call took 4 ms.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._active.density(colour))
        painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        hits.items.append(
            Hit(
                QRectF(frame.left, lane_top, frame.width, box.height),
                HitKind.DENSITY,
                first=edges[0],
                last=edges[-1],
                count=sum(counts),
                lane=box.lane,
            )
        )

    def _paint_detail(
        self,
        painter: QPainter,
        frame: _Frame,
        box: LaneBox,
        lane_top: float,
        colour: QColor,
        events: list[int],
        hits: HitMap,
        emphasis: _Emphasis,
    ) -> None:
        scene = frame.scene
        columns = scene.columns
        starts, ends, shapes, precision = columns.starts, columns.ends, columns.shapes, columns.precision
        rows = scene.layout.rows
        scale, left, start = frame.scale, frame.left, frame.state.start
        emphasised = emphasis.events
        # One entry per drawn item: [left, right, count, first event, first day, last day, alone, kind].
        # ``alone``: never merged with a neighbour (a wide bar or band, or an emphasised event).
        groups: list[list[float]] = []
        group_rows: list[int] = []
        previous_row = -1
        special = False
        for event in events:
            row = rows[event]
            shape = shapes[event]
            if shape == _POINT and precision[event] == _DAY:
                centre = left + (starts[event] + 0.5 - start) * scale
                glyph_left, glyph_right = centre - DOT_RADIUS, centre + DOT_RADIUS
            else:
                glyph_left = left + (starts[event] - start) * scale
                glyph_right = max(left + (ends[event] - start) * scale, glyph_left + 2 * DOT_RADIUS)
            wide = glyph_right - glyph_left > WIDE_GLYPH
            if emphasised:
                special = event in emphasised
            if (
                row == previous_row
                and not wide
                and not special
                and not groups[-1][6]
                and glyph_left < groups[-1][1] + MIN_SEPARATION
            ):
                group = groups[-1]
                group[1] = max(group[1], glyph_right)
                group[2] += 1
                group[5] = max(group[5], ends[event])
            else:
                # A bar or band is never swallowed by a cluster: marks that fall on it (events
                # sharing a crowded row) are drawn over it instead. Nor is a selected or hovered
                # event: it is drawn on its own, and its cluster-mates beside it.
                kind = _EMPHASISED if special else _PLAIN
                groups.append([glyph_left, glyph_right, 1, event, starts[event], ends[event], wide or special, kind])
                group_rows.append(row)
                previous_row = row
        if emphasised and any(group[7] == _EMPHASISED for group in groups):
            groups, group_rows = self._make_room(frame, groups, group_rows, emphasis)
        theme = self._active
        lane_colour, context_colour = colour, theme.muted(colour)
        # A cluster's count is text on the lane's colour: the pill takes the shade of it that the count reads on.
        pill_colour, pill_text = theme.on_colour(colour)
        y_of_row = lane_top + LANE_PADDING + ROW_HEIGHT / 2
        plot_right = left + frame.width
        if scene.search_active:
            # Every event shown during a search is a match: a halo under each says so.
            halos = [
                QPointF((g[0] + g[1]) / 2, y_of_row + r * ROW_HEIGHT) for g, r in zip(groups, group_rows, strict=True)
            ]
            painter.setPen(
                QPen(theme.search_match, 2 * DOT_RADIUS + 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawPoints(halos)
        if scene.contradicted is not None:
            # Events a source chosen in the Sources view contradicts: a ring, as the list marks them with ⚠.
            marked = scene.contradicted
            # Round a dot, or the start of a bar (where its label begins).
            rings = [
                QPointF(g[0] + min((g[1] - g[0]) / 2, DOT_RADIUS + 2), y_of_row + r * ROW_HEIGHT)
                for g, r in zip(groups, group_rows, strict=True)
                if g[2] == 1 and marked[int(g[3])]
            ]
            if rings:
                painter.setPen(QPen(theme.contradicted, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for ring in rings:
                    painter.drawEllipse(ring, DOT_RADIUS + 4, DOT_RADIUS + 4)
        # Where each item is drawn: a cluster's pill can be wider than the marks it stands for,
        # and a label must stop short of the next item's drawn left edge.
        drawn: list[tuple[float, float]] = []
        for group in groups:
            if group[2] > 1 or group[7] == _BADGE:
                width = max(group[1] - group[0], self._pill_width(group))
                centre = (group[0] + group[1]) / 2
                drawn.append((centre - width / 2, centre + width / 2))
            else:
                drawn.append((group[0], group[1]))
        batch = glyphs.GlyphBatch()
        labels: list[_Label] = []
        clusters: list[tuple[QRectF, str]] = []
        covers: list[tuple[float, float, float]] = []
        previous_right = -math.inf
        for number, group in enumerate(groups):
            row = group_rows[number]
            y = y_of_row + row * ROW_HEIGHT
            if number and group_rows[number - 1] != row:
                previous_right = -math.inf
            item_left, item_right = drawn[number]
            if group[2] > 1 or group[7] == _BADGE:
                count = int(group[2])
                rect = QRectF(item_left, y - 8, item_right - item_left, 16)
                batch.pill(pill_colour, rect)
                clusters.append((rect, self._pill_text(group)))
                hits.items.append(
                    Hit(
                        rect,
                        HitKind.CLUSTER,
                        event=int(group[3]),
                        first=group[4],
                        last=group[5],
                        count=count,
                        lane=box.lane,
                    )
                )
                previous_right = item_right
                continue
            event = int(group[3])
            next_left = (
                drawn[number + 1][0] if number + 1 < len(groups) and group_rows[number + 1] == row else plot_right
            )
            place = self._draw_glyph(painter, batch, frame, event, y, lane_colour, context_colour)
            if group[7] == _EMPHASISED:
                # Its label is drawn over everything by _paint_emphasised; labels under it step aside.
                before = emphasis.before.get(event, item_left)
                label = self._emphasis_label(frame, event, place, emphasis.label_after.get(event), before)
                emphasis.placed[event] = _Placed(label, wide=group[1] - group[0] > WIDE_GLYPH)
                if label is not None:
                    covers.append((y, label[0] - 3, label[0] + label[2] + 4))
            else:
                labels.append((*place, next_left - LABEL_GAP, y, event, item_left, item_right, previous_right))
            previous_right = item_right
        batch.draw(painter, theme)
        if clusters:
            painter.setFont(self.small_font)
            painter.setPen(pill_text)
            for rect, text in clusters:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.setFont(self.font)
        self._draw_labels(painter, frame, labels, hits, box.lane, covers)

    def _pill_text(self, group: list[float]) -> str:
        text = glyphs.count_text(int(group[2]))
        # A badge beside an emphasised event counts the others there: "+2".
        return "+" + text if group[7] == _BADGE else text

    def _pill_width(self, group: list[float]) -> float:
        return max(self._small_width(self._pill_text(group)) + 10.0, 2 * DOT_RADIUS + 10.0)

    def _make_room(
        self, frame: _Frame, groups: list[list[float]], group_rows: list[int], emphasis: _Emphasis
    ) -> tuple[list[list[float]], list[int]]:
        """Move the marks an emphasised event would cover into a "+N" badge beside it.

        Whatever was clustered with the selected (or hovered) event, or sits under its mark,
        becomes one badge counting them, next to the event: on its left, or on its right (the
        event's label then follows the badge) when the left is off the plot. A mark the badge
        would touch joins it, as a cluster would take it in. Runs only for a lane holding an
        emphasised event, so its cost does not matter.
        """
        items = [[*group, float(row)] for group, row in zip(groups, group_rows, strict=True)]
        for emphasised in [item for item in items if item[7] == _EMPHASISED]:
            if emphasised[1] - emphasised[0] > WIDE_GLYPH:
                continue  # marks on a bar or band are drawn over it, as they always are
            row = emphasised[8]

            def touching(low: float, high: float, row: float = row) -> list[list[float]]:
                return [
                    item
                    for item in items
                    if item[8] == row and item[7] == _PLAIN and not item[6] and item[0] < high and item[1] > low
                ]

            taken = touching(emphasised[0] - _BADGE_GAP, emphasised[1] + _BADGE_GAP)
            if not taken:
                continue
            badge = [0.0, 0.0, sum(item[2] for item in taken), 0.0, 0.0, 0.0, 1.0, _BADGE, row]
            width = self._pill_width(badge)
            if emphasised[0] - _BADGE_GAP - width >= frame.left:
                badge[0] = emphasised[0] - _BADGE_GAP - width
            else:
                badge[0] = emphasised[1] + _BADGE_GAP
                emphasis.label_after[int(emphasised[3])] = badge[0] + width
            badge[1] = badge[0] + width
            for item in taken:
                item[7] = _TAKEN
            while more := touching(badge[0] - MIN_SEPARATION, badge[1] + MIN_SEPARATION):
                for item in more:
                    item[7] = _TAKEN
                taken += more
            first = min(taken, key=lambda item: item[4])
            badge[2] = sum(item[2] for item in taken)
            # More marks can mean a longer count ("+9" to "+10"): keep the badge clear of the event.
            width = self._pill_width(badge)
            if badge[0] < emphasised[0]:
                badge[0] = emphasised[0] - _BADGE_GAP - width
            else:
                emphasis.label_after[int(emphasised[3])] = badge[0] + width
            badge[1] = badge[0] + width
            badge[3], badge[4], badge[5] = first[3], first[4], max(item[5] for item in taken)
            if badge[0] < emphasised[0]:
                emphasis.before[int(emphasised[3])] = badge[0]
            items.append(badge)
        items = sorted((item for item in items if item[7] != _TAKEN), key=lambda item: (item[8], item[0]))
        return [item[:8] for item in items], [int(item[8]) for item in items]

    def _small_width(self, text: str) -> float:
        return self._width(self.small_metrics, "\1" + text, text)

    def _draw_glyph(
        self,
        painter: QPainter,
        batch: glyphs.GlyphBatch | None,
        frame: _Frame,
        event: int,
        y: float,
        colour: QColor,
        context_colour: QColor,
    ) -> tuple[float, float, float]:
        """Draw (or batch) one event's glyph at row centre ``y``; return where its label may go.

        That is ``(label_left, inside_right, after_left)``: a label inside a bar or band runs
        from ``label_left`` to at most ``inside_right``; one that does not fit there starts at
        ``after_left``, past the glyph's end. After a dot or a contested date the label simply
        follows (``inside_right`` is infinite, ``after_left`` the same as ``label_left``).
        """
        columns = frame.scene.columns
        flags = columns.flags[event]
        if flags & _CONTEXT:
            colour = context_colour
        shape = columns.shapes[event]
        x_start = frame.x(columns.starts[event])
        x_end = frame.x(columns.ends[event])
        # Shapes are cut to just beyond the plot: at a close zoom a long span is hundreds of
        # thousands of pixels wide, and Qt rasterises dashes and gradients over all of them.
        low, high = frame.left - _OVERHANG, frame.left + frame.width + _OVERHANG
        if shape == _CONTESTED:
            alternatives = [(frame.x(a), frame.x(b)) for a, b in columns.alternatives.get(event, [])]
            centres = sorted((a + b) / 2 for a, b in alternatives) or [x_start]
            gap = None
            if centres[-1] < frame.left + frame.width - MIN_LABEL_ROOM:
                label_left = max(centres[-1], frame.left) + DOT_RADIUS + 5
            else:
                # The last date is off screen: label after the first one on screen instead.
                shown = [x for x in centres if x >= frame.left] or [frame.left]
                label_left = shown[0] + DOT_RADIUS + 5
                if label_left > frame.left + frame.width - MIN_LABEL_ROOM and centres[0] < frame.left:
                    # Dates on both sides, none on screen: the label goes on the line joining them.
                    label_left = frame.left + 5
                if centres[-1] > label_left:
                    # The label sits on the dashed line to the later date: the line stops under it.
                    gap = (label_left - 3, label_left + self._event_label(event, columns)[1] + 3)
            glyphs.contested(painter, self._active, colour, alternatives, y, low, high, gap=gap)
            return label_left, math.inf, label_left
        cut_left, cut_right = x_start < low, x_end > high
        left, right = max(x_start, low), min(x_end, high)
        if shape == _SPAN:
            open_end = bool(flags & _OPEN_END)
            if open_end:
                right = min(max(x_end, x_start + OPEN_END_PX), high)
            if flags & _UNCERTAIN:
                glyphs.dashed_bar(painter, self._active, colour, left, right, y)
            elif flags & _APPROXIMATE or open_end:
                fade_left = bool(flags & _APPROXIMATE) and not cut_left
                glyphs.faded_bar(
                    painter, self._active, colour, left, right, y, fade_left=fade_left, fade_right=not cut_right
                )
            else:
                rect = QRectF(left, y - BAR_HEIGHT / 2, max(right - left, 3.0), BAR_HEIGHT)
                if batch is None:
                    painter.setPen(QPen(colour, 1.0))
                    painter.setBrush(self._active.bar_fill(colour))
                    painter.drawRect(rect)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    batch.bar(colour, rect)
            right = max(right, left + 3.0)
            return max(x_start, frame.left) + 5, right - (LABEL_INSET_PX - 5), right + 5
        if columns.precision[event] != _DAY:
            # A band already says "somewhere in here"; "c." in the label says "roughly, even so".
            soft = not (cut_left or cut_right)
            uncertain = bool(flags & _UNCERTAIN)
            glyphs.soft_band(painter, self._active, colour, left, right, y, uncertain=uncertain, soft_ends=soft)
            right = max(right, left + 2 * DOT_RADIUS)
            return max(x_start, frame.left) + 5, right - (LABEL_INSET_PX - 5), right + 5
        centre = frame.x(columns.starts[event] + 0.5)
        target = batch if batch is not None else glyphs.GlyphBatch()
        if flags & _APPROXIMATE:
            target.halo(colour, centre, y)
        if flags & _UNCERTAIN:
            target.ring(colour, centre, y)
        else:
            target.dot(colour, centre, y)
        if batch is None:
            target.draw(painter, self._active)
        label_left = centre + DOT_RADIUS + 5
        return label_left, math.inf, label_left

    def _event_label(self, event: int, columns: EventColumns) -> tuple[str, float]:
        """An event's label text and its width, kept between frames (both are asked for every label)."""
        entry = self._event_labels.get(event)
        if entry is None:
            text = label_text(columns.titles[event], columns.flags[event])
            entry = self._event_labels[event] = (text, self.metrics.horizontalAdvance(text))
        return entry

    def _draw_labels(
        self,
        painter: QPainter,
        frame: _Frame,
        labels: list[_Label],
        hits: HitMap,
        lane: int,
        covers: list[tuple[float, float, float]],
    ) -> None:
        """Draw the lane's labels, each where it fits whole: inside its glyph, after it or, at the
        plot's right edge, before it; else elided into the larger room, or left out.

        ``covers`` are the rows' emphasised labels (row centre, left, right): a label they
        would cut into is left out rather than shown as a fragment beside them.
        """
        columns = frame.scene.columns
        metrics = self.metrics
        ascent_shift = (metrics.ascent() - metrics.descent()) / 2
        plot_left, plot_right = frame.left, frame.left + frame.width
        normal: list[tuple[QPointF, str]] = []
        context: list[tuple[QPointF, str]] = []
        row_y = math.nan
        row_label_right = -math.inf
        whole_at_edge = self.whole_labels_at_edge
        for label_left, inside_right, after_left, room_right, y, event, glyph_left, glyph_right, previous in labels:
            if y != row_y:
                row_y, row_label_right = y, -math.inf
            limit = min(room_right, plot_right)
            text, width = self._event_label(event, columns)
            if after_left == label_left:  # after a dot or a contested date: the common case
                left, room = label_left, limit - label_left
            else:
                left, room = _label_place(width, label_left, inside_right, after_left, limit)
            flipped = False
            if (
                room < (width if whole_at_edge else min(width, _STUB))
                and room_right >= plot_right - LABEL_GAP
                and glyph_left < plot_right - DOT_RADIUS
            ):
                # Cut to a stub (or nothing) by the plot's edge, not by a neighbour: put it before
                # the glyph instead when there is more room there. Only for a glyph in view: one
                # just past the edge (lanes fetch a margin beyond it) must not send its label back alone.
                before = glyph_left - 5 - max(previous, row_label_right, plot_left - LABEL_GAP) - LABEL_GAP
                if before > room:
                    flipped, room = True, min(width, before)
            shown = ""
            label_right = left
            if left < plot_left or glyph_right <= plot_left:
                # Its mark is off the left edge: a label there would be cut, or would belong to nothing
                # in view (a band ending where the view starts, as a year does on a printed page of years).
                room = 0.0
            if room >= MIN_LABEL_ROOM:
                shown = text
                if width > room:
                    # Rooms snap to 4 px so panning (which keeps every room) reuses elided texts.
                    snapped = room // 4 * 4
                    key = (event, snapped)
                    elided = self._elided.get(key)
                    if elided is None:
                        if len(self._elided) > 20_000:
                            self._elided.clear()
                        elided = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, snapped)
                    shown = elided
                    width = snapped if len(shown) > 1 else 0.0
                    if flipped and width:
                        width = metrics.horizontalAdvance(shown)  # it must end right at the glyph
                if flipped:
                    left = label_right = glyph_left - 5 - width
                if width and covers and any(c[0] == y and c[1] < left + width and c[2] > left for c in covers):
                    width = 0.0
                if width:
                    target = context if columns.flags[event] & _CONTEXT else normal
                    target.append((QPointF(left, y + ascent_shift), shown))
                    label_right = left + width
                    row_label_right = max(row_label_right, label_right)
            drawn_label = None
            hit_left = glyph_left
            if label_right > left:
                drawn_label = QRectF(left, y - ROW_HEIGHT / 2, label_right - left, ROW_HEIGHT)
                hit_left = min(glyph_left, left)
            hit_right = max(label_right, glyph_right, glyph_left + 10)
            hit_rect = QRectF(hit_left - 2, y - ROW_HEIGHT / 2, hit_right - hit_left + 4, ROW_HEIGHT)
            hits.items.append(Hit(hit_rect, HitKind.EVENT, event=event, lane=lane, label=drawn_label))
        for colour, items in ((self._active.text, normal), (self._active.text_muted, context)):
            painter.setPen(colour)
            for point, text in items:
                painter.drawText(point, text)

    def _emphasis_label(
        self,
        frame: _Frame,
        event: int,
        place: tuple[float, float, float],
        after_badge: float | None,
        glyph_left: float,
    ) -> tuple[float, str, float] | None:
        """Where an emphasised event's label goes, over its neighbours: ``(left, text, width)``, or ``None``.

        Placed like any label (inside its glyph or after it; after its "+N" badge when that
        sits on the right), up to 420 px, and before the glyph when the plot's edge leaves
        more room there.
        """
        label_left, inside_right, after_left = place
        if after_badge is not None:
            label_left = after_left = after_badge + 5
        text = label_text(frame.scene.columns.titles[event], frame.scene.columns.flags[event])
        full = self.metrics.horizontalAdvance(text)
        limit = frame.left + frame.width - 4
        left, room = _label_place(full, label_left, inside_right, after_left, limit)
        room = min(room, _EMPHASIS_LABEL_MAX)
        before = min(glyph_left - 5 - (frame.left + 4), _EMPHASIS_LABEL_MAX)
        flipped = full > room and before > room and glyph_left < frame.left + frame.width - DOT_RADIUS
        if flipped:
            room = before
        if room < MIN_LABEL_ROOM:
            return None
        if full > room:
            text = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            if len(text) <= 1:
                return None
        width = self.metrics.horizontalAdvance(text)
        left = glyph_left - 5 - width if flipped else left
        if left < frame.left:
            return None  # the mark is off the left edge; the label would be cut there
        return left, text, width

    def _paint_emphasised(
        self,
        painter: QPainter,
        frame: _Frame,
        boxes: list[LaneBox],
        event: int,
        *,
        selected: bool,
        hits: HitMap,
        emphasis: _Emphasis,
    ) -> None:
        scene = frame.scene
        row_centre = row_centre_of(boxes, scene, event)
        if row_centre is None:
            return
        y = frame.top + row_centre - frame.state.scroll
        columns = scene.columns
        if columns.ends[event] < frame.state.start - 60 / frame.scale or columns.starts[event] > frame.state.end:
            return
        lane = scene.lane_number(event)
        assert lane is not None
        theme = self._active
        colour = theme.category(scene.lanes[lane].colour)
        accent = theme.selection if selected else theme.hover
        low, high = frame.left - _OVERHANG, frame.left + frame.width + _OVERHANG
        x_start, x_end = max(frame.x(columns.starts[event]), low), min(frame.x(columns.ends[event]), high)
        if columns.shapes[event] == Shape.POINT and columns.precision[event] == Precision.DAY:
            centre = frame.x(columns.starts[event] + 0.5)
            glyph = QRectF(centre - DOT_RADIUS - 3, y - DOT_RADIUS - 3, 2 * DOT_RADIUS + 6, 2 * DOT_RADIUS + 6)
        else:
            glyph = QRectF(
                x_start - 3, y - BAR_HEIGHT / 2 - 3, max(x_end - x_start, 2 * DOT_RADIUS) + 6, BAR_HEIGHT + 6
            )
        outline = QRectF(glyph)
        if columns.shapes[event] == Shape.CONTESTED:
            # The label follows the last date's diamond, not the end of its day, month or year:
            # the outline stops at the diamond so it does not run under (and out of) the label.
            last = max((frame.x((a + b) / 2) for a, b in columns.alternatives.get(event, [])), default=x_end)
            outline.setRight(max(min(glyph.right(), last + DOT_RADIUS + 4), glyph.left() + 2 * DOT_RADIUS + 6))
        placed = emphasis.placed.get(event)
        if placed is not None and placed.wide:
            # Its lane drew it, with any marks that fall on it on top: outline it, nothing more.
            label = placed.label
        else:
            # Knock out whatever was drawn there (density bars, or the lane's own drawing of a
            # mark) so the event reads on its own; its cluster-mates were moved aside for it.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.background)
            painter.drawRoundedRect(glyph, 4, 4)
            place = self._draw_glyph(painter, None, frame, event, y, colour, theme.muted(colour))
            if placed is not None:
                label = placed.label
            else:
                label = self._emphasis_label(frame, event, place, None, glyph.left() + 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(accent, 2.2 if selected else 2.0))
        if outline.width() <= 2 * DOT_RADIUS + 7:
            painter.drawEllipse(outline)
        else:
            painter.drawRoundedRect(outline, 4, 4)
        if label is None:
            hits.items.append(Hit(glyph, HitKind.EVENT, event=event, lane=lane))
            return
        left, text, width = label
        pill = QRectF(left - 3, y - ROW_HEIGHT / 2 + 2, width + 7, ROW_HEIGHT - 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.selection_fill if selected else theme.hover_fill)
        painter.drawRoundedRect(pill, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(theme.selection_text if selected else theme.text)
        painter.drawText(pill.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)
        # Two regions, not their union: a label placed before the mark would otherwise span its "+N" badge.
        hits.items.append(Hit(glyph, HitKind.EVENT, event=event, lane=lane, label=pill))
        hits.items.append(Hit(pill, HitKind.EVENT, event=event, lane=lane, label=pill))


def _label_place(
    width: float, label_left: float, inside_right: float, after_left: float, limit: float
) -> tuple[float, float]:
    """Where a label ``width`` wide starts, and its room: inside its glyph if it fits whole there,
    else after the glyph if it fits whole there, else wherever there is more room."""
    inside = min(inside_right, limit) - label_left
    if width <= inside or after_left == label_left:
        return label_left, inside
    after = limit - after_left
    if width <= after or after > inside:
        return after_left, after
    return label_left, inside


@dataclass(frozen=True, slots=True)
class _Frame:
    """The mapping of one frame: days to pixels, and the vertical extent of the lanes."""

    state: ViewState
    left: float
    width: float
    top: float
    bottom: float
    scene: CanvasScene

    @property
    def scale(self) -> float:
        return self.width / self.state.span

    def x(self, day: float) -> float:
        return self.left + (day - self.state.start) * self.width / self.state.span


# -- legend samples -------------------------------------------------------------------------


def _legend_dot(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    batch = glyphs.GlyphBatch()
    batch.dot(theme.legend_sample, x, y)
    batch.draw(painter, theme)


def _legend_band(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    glyphs.soft_band(painter, theme, theme.legend_sample, x - 14, x + 14, y, uncertain=False)


def _legend_halo(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    batch = glyphs.GlyphBatch()
    batch.halo(theme.legend_sample, x, y)
    batch.dot(theme.legend_sample, x, y)
    batch.draw(painter, theme)


def _legend_ring(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    batch = glyphs.GlyphBatch()
    batch.ring(theme.legend_sample, x, y)
    batch.draw(painter, theme)


def _legend_contested(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    glyphs.contested(painter, theme, theme.legend_sample, [(x - 12, x - 12), (x + 12, x + 12)], y)


def _legend_bar(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    batch = glyphs.GlyphBatch()
    batch.bar(theme.legend_sample, QRectF(x - 14, y - BAR_HEIGHT / 2 + 2, 28, BAR_HEIGHT - 4))
    batch.draw(painter, theme)


def _legend_muted(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    batch = glyphs.GlyphBatch()
    batch.dot(theme.muted(theme.legend_sample), x, y)
    batch.draw(painter, theme)


def _legend_cluster(painter: QPainter, theme: Theme, x: float, y: float) -> None:
    rect = QRectF(x - 13, y - glyphs.CLUSTER_HEIGHT / 2, 26, glyphs.CLUSTER_HEIGHT)
    fill, text = theme.on_colour(theme.legend_sample)
    batch = glyphs.GlyphBatch()
    batch.pill(fill, rect)
    batch.draw(painter, theme)
    painter.setPen(text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "12")


_LEGEND_ENTRIES: list[tuple[str, Callable[[QPainter, Theme, float, float], None]]] = [
    (translatable("Legend", "Date known to the day"), _legend_dot),
    (translatable("Legend", "Known only to the month or year"), _legend_band),
    (translatable("Legend", "Approximate date (c.)"), _legend_halo),
    (translatable("Legend", "Uncertain date (?)"), _legend_ring),
    (translatable("Legend", "Sources disagree: dates joined"), _legend_contested),
    (translatable("Legend", "Period with start and end"), _legend_bar),
    (translatable("Legend", "Background context (muted)"), _legend_muted),
    (translatable("Legend", "Events too close to tell apart"), _legend_cluster),
]
_LEGEND_LINE = 19.0
