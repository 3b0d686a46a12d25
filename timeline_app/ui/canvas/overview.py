"""The overview strip: the whole range at once, where the events are, and which part is on screen.

Event density is computed once per data or filter change (or resize), with two binary
searches per pixel column, so painting the strip costs the same at any number of events.
Click to jump there; drag the window rectangle (or anywhere) to pan.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from timeline_app.domain.language import translate
from timeline_app.domain.ticks import LABEL_PADDING, Tick, year_marks
from timeline_app.domain.timescale import ViewState
from timeline_app.ui.canvas.accessibility import overview_description
from timeline_app.ui.canvas.canvas import TimelineCanvas
from timeline_app.ui.canvas.style import GUTTER, with_alpha
from timeline_app.ui.theme import current_theme

HEIGHT = 46
LABEL_PITCH = 200.0
"""Overview labels are at least this far apart: a handful across the strip, which is a map of
the whole range (the axis above is the ruler). For 1992–2021 at a usual width that is one a decade."""


class OverviewStrip(QWidget):
    """A miniature of the whole timeline under the canvas, with the visible window marked."""

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("Canvas", "Timeline overview"))
        self._counts: list[int] = []
        self._drag_offset: float | None = None
        canvas.view_changed.connect(self._on_view_changed)
        canvas.scene_changed.connect(self._on_scene_changed)

    @Slot()
    def _on_view_changed(self) -> None:
        self._describe()
        self.update()

    @Slot()
    def _on_scene_changed(self) -> None:
        self._counts = []
        self._describe()
        self.update()

    def _describe(self) -> None:
        # For a screen reader: the whole range, and the part on screen (it changes as the view moves).
        description = overview_description(self._canvas)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    def _track(self) -> QRectF:
        """The strip's time area, aligned with the canvas's time area above it."""
        return QRectF(GUTTER, 4, max(self.width() - GUTTER - 2, 1), self.height() - 8)

    def x_of(self, day: float) -> float:
        limits, track = self._canvas.limits, self._track()
        return track.left() + (day - limits.first) / limits.span * track.width()

    def day_at(self, x: float) -> float:
        limits, track = self._canvas.limits, self._track()
        return limits.first + (x - track.left()) / track.width() * limits.span

    def window_rect(self) -> QRectF:
        state, track = self._canvas.view_state, self._track()
        left, right = self.x_of(state.start), self.x_of(state.end)
        if right - left < 6:
            middle = (left + right) / 2
            left, right = middle - 3, middle + 3
        return QRectF(left, track.top(), right - left, track.height())

    def year_marks(self) -> list[Tick]:
        """The labelled years along the strip: the axis's own strides and labels, a few per strip."""
        limits, track = self._canvas.limits, self._track()
        whole = ViewState(limits.first, limits.last)
        return year_marks(whole, track.width(), self.fontMetrics().horizontalAdvance, min_pitch=LABEL_PITCH)

    def _density(self) -> list[int]:
        scene = self._canvas.scene
        track = self._track()
        columns = max(int(track.width() // 2), 1)
        if scene is None:
            return []
        if len(self._counts) != columns:
            limits = self._canvas.limits
            edges = [limits.first + limits.span * i / columns for i in range(columns + 1)]
            totals = [0] * columns
            for lane in scene.shown_lanes:
                for i, count in enumerate(scene.indices[lane].histogram(edges)):
                    totals[i] += count
            self._counts = totals
        return self._counts

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._counts = []

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        theme = current_theme()
        painter.fillRect(self.rect(), theme.axis_background)
        painter.setPen(QPen(theme.separator, 1.0))
        painter.drawLine(QPointF(0, 0.5), QPointF(self.width(), 0.5))
        painter.setPen(theme.text_secondary)
        painter.drawText(
            QRectF(10, 0, GUTTER - 16, self.height()), Qt.AlignmentFlag.AlignVCenter, translate("Canvas", "Overview")
        )
        scene = self._canvas.scene
        if scene is None:
            return
        track = self._track()
        painter.fillRect(track, theme.background)
        for band in scene.periods:
            left, right = self.x_of(band.start), self.x_of(band.end)
            painter.fillRect(QRectF(left, track.top(), right - left, track.height()), theme.period_fill(1))
        counts = self._density()
        peak = max(counts, default=0)
        if peak:
            step = track.width() / len(counts)
            rects = []
            for i, count in enumerate(counts):
                if count:
                    height = (track.height() - 14) * (0.1 + 0.9 * math.sqrt(count / peak))
                    rects.append(QRectF(track.left() + i * step, track.bottom() - height, max(step - 0.5, 1), height))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.overview_bars)
            painter.drawRects(rects)
        painter.setPen(theme.text_secondary)
        metrics = self.fontMetrics()
        right = -math.inf
        for tick in self.year_marks():
            x = self.x_of(tick.day)
            if x < track.left():
                continue  # a label begun before the range would sit over the strip's own title
            painter.drawLine(QPointF(x, track.top()), QPointF(x, track.top() + 4))
            text_width = metrics.horizontalAdvance(tick.label)
            if x + 3 + text_width <= track.right() and x + 3 >= right + LABEL_PADDING:
                painter.drawText(
                    QRectF(x + 3, track.top(), text_width + 2, 14), Qt.AlignmentFlag.AlignVCenter, tick.label
                )
                right = x + 3 + text_width
        window = self.window_rect()
        painter.setBrush(theme.overview_shade)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(track.left(), track.top(), window.left() - track.left(), track.height()))
        painter.drawRect(QRectF(window.right(), track.top(), track.right() - window.right(), track.height()))
        painter.setBrush(with_alpha(theme.selection, 28))
        painter.setPen(QPen(theme.selection, 1.6))
        painter.drawRoundedRect(window, 2, 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._canvas.scene is None:
            super().mousePressEvent(event)
            return
        x = event.position().x()
        window = self.window_rect()
        if not window.left() <= x <= window.right():
            # A click outside the window jumps there; keep dragging from the new place.
            state = self._canvas.view_state
            day = self.day_at(x)
            self._canvas.set_range(day - state.span / 2, day + state.span / 2)
            window = self.window_rect()
        self._drag_offset = x - window.center().x()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            inside = self.window_rect().contains(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if inside else Qt.CursorShape.PointingHandCursor)
            return
        state = self._canvas.view_state
        centre = self.day_at(event.position().x() - self._drag_offset)
        self._canvas.pan_by(centre - state.centre)
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_offset = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
