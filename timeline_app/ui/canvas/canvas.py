"""The zoomable timeline canvas: a view on the same proxy and selection as the list and pane.

The widget owns input and wiring; :class:`~timeline_app.ui.canvas.renderer.CanvasRenderer`
owns painting, and :class:`~timeline_app.domain.timescale.ViewState` owns what is visible.
Zoom, pan, scroll and fit go through :meth:`TimelineCanvas.set_view_state`, which clamps
nothing itself (the state's own methods do) and repaints; only loading a new timeline
replaces the state outright.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget
from typing_extensions import override

from timeline_app.domain.dates import CALENDAR_YEARS, calendar_day, day_in_words, month_in_words, year_in_words
from timeline_app.domain.goto import month_lookup, parse_date_query
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import Event
from timeline_app.domain.ticks import Axis, year_label
from timeline_app.domain.timescale import Limits, ViewState
from timeline_app.domain.wording import date_in_words, short_date
from timeline_app.qtmodels.event_model import EventTableModel
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas.event_popup import EventPopup, cluster_members, events_between, share_one_date
from timeline_app.ui.canvas.renderer import (
    CanvasRenderer,
    Highlights,
    Hit,
    HitKind,
    HitMap,
    header_height,
    lane_boxes,
    row_centre_of,
)
from timeline_app.ui.canvas.scene import CanvasScene
from timeline_app.ui.canvas.style import DENSITY_SLICE, GUTTER

WHEEL_ZOOM_PER_NOTCH = 0.8
BUTTON_ZOOM = 0.5
"""Zoom in halves the visible span; zoom out doubles it."""
WHEEL_PAN_PER_NOTCH = 0.1
"""Fraction of the view a horizontal wheel notch pans."""
DRAG_THRESHOLD = 4.0
ANIMATION_MS = 150

CROWD_CHECK_LIMIT = 5000
"""Away from the deepest zoom, a density bar holding more events than this zooms in without checking their dates."""

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
_DEFAULT_LIMITS = Limits(0.0, 365.0)


class TimelineCanvas(QWidget):
    """Lanes of events along a zoomable time axis."""

    activated = Signal()
    """The reader asked to read the current event (Enter, or a double-click on it)."""
    view_changed = Signal()
    """The visible range or the vertical scroll changed."""
    scene_changed = Signal()
    """A new timeline, or new filters: what the canvas can show changed."""
    context_menu_requested = Signal(str, QPoint)
    """The reader asked for a menu (right-click, the Menu key): the id of the event it is on, or ``""`` off
    any event, and where to show it in global coordinates. The window builds the menu: the actions are its own."""
    painted = Signal()
    """A paint finished: :meth:`render_hits` holds what is on screen now (accessibility.py follows it)."""
    current_event_changed = Signal()
    """:attr:`current_event` changed, or went with the timeline (accessibility.py announces it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 160)
        self._renderer = CanvasRenderer(self.font())
        self._scene: CanvasScene | None = None
        self._limits = _DEFAULT_LIMITS
        self._state = ViewState(0.0, 365.0)
        self._proxy: EventFilterProxy | None = None
        self._selection: QItemSelectionModel | None = None
        self._current: int | None = None
        self._hovered: int | None = None
        self._hits = HitMap()
        self._press_pos: QPointF | None = None
        self._press_state = self._state
        self._dragging = False
        self.animation_ms = ANIMATION_MS
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_step)
        self._animate_from = self._state
        self._animate_to = self._state
        self._months = month_lookup()
        self._popup: EventPopup | None = None
        # Last: with a screen reader running, naming the canvas makes Qt ask it for its accessible
        # children (see accessibility.py), which needs everything above.
        self.setAccessibleName(translate("Canvas", "Timeline"))

    # -- wiring --------------------------------------------------------------------------------

    def set_models(self, proxy: EventFilterProxy, selection: QItemSelectionModel) -> None:
        """Show ``proxy``'s events and follow (and drive) ``selection``, which must be on ``proxy``."""
        if self._proxy is not None:
            self._proxy.filter_changed.disconnect(self._on_filter_changed)
            self._proxy.source_model().modelReset.disconnect(self._on_model_reset)
        if self._selection is not None:
            self._selection.currentChanged.disconnect(self._on_current_changed)
        self._proxy = proxy
        self._selection = selection
        proxy.filter_changed.connect(self._on_filter_changed)
        proxy.source_model().modelReset.connect(self._on_model_reset)
        selection.currentChanged.connect(self._on_current_changed)
        self._on_model_reset()

    @property
    def scene(self) -> CanvasScene | None:
        return self._scene

    @property
    def view_state(self) -> ViewState:
        return self._state

    @property
    def limits(self) -> Limits:
        return self._limits

    @property
    def current_event(self) -> int | None:
        """The source row of the current event, if any."""
        return self._current

    @property
    def legend_visible(self) -> bool:
        return self._renderer.legend_visible

    @Slot(bool)
    def set_legend_visible(self, visible: bool) -> None:
        self._renderer.legend_visible = visible
        self.update()

    @Slot()
    def _on_model_reset(self) -> None:
        self._animation.stop()
        source = self._source()
        self._current = None
        self._hovered = None
        self._hits = HitMap()  # the last paint's regions are of the rows of the timeline that went
        self._renderer.forget_events()
        if source is None or source.timeline is None or source.columns is None:
            self._scene = None
            self._limits = _DEFAULT_LIMITS
        else:
            # A file opened in the background comes with its layout built off the UI thread.
            prepared = source.take_prepared_scene()
            if isinstance(prepared, CanvasScene) and prepared.columns is source.columns:
                self._scene = prepared
            else:
                self._scene = CanvasScene(source.timeline, source.columns)
            self._limits = self._scene.limits
            self._apply_filter()
            first, last = self._scene.home
            # A new timeline starts at the top of its lanes, showing the range its file asks for.
            self._state = ViewState(self._state.start, self._state.end).set_range(first, last, self._limits)
        self.scene_changed.emit()
        self.view_changed.emit()
        self.current_event_changed.emit()
        self.update()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._apply_filter()
        self.set_view_state(self._state.scroll_to(self._state.scroll, self.max_scroll()))
        self.scene_changed.emit()
        self.update()

    def _apply_filter(self) -> None:
        if self._scene is None or self._proxy is None:
            return
        proxy = self._proxy
        lanes = None
        source = self._source()
        if proxy.categories is not None and source is not None and source.timeline is not None:
            lanes = [i for i, c in enumerate(source.timeline.categories) if c.id in proxy.categories]
        mask = proxy.accepted_mask() if proxy.is_filtering() else None
        self._scene.apply_filter(mask, bool(proxy.search_text.strip()), lanes)
        self._scene.contradicted = proxy.contradicted_mask()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        row = self._source_row(current)
        self._current = row
        if row is not None:
            self.reveal(row)
        self.update()
        self.current_event_changed.emit()

    def _source(self) -> EventTableModel | None:
        return self._proxy.source_model() if self._proxy is not None else None

    def _source_row(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        if self._proxy is None or not index.isValid():
            return None
        source_index = self._proxy.mapToSource(index) if index.model() is self._proxy else index
        return source_index.row() if source_index.isValid() else None

    def timeline_event(self, row: int) -> Event | None:
        """The event at source ``row`` of the timeline shown, if there is one."""
        source = self._source()
        if source is None or source.timeline is None or not 0 <= row < source.rowCount():
            return None
        return source.event_at(row)

    def select_event(self, row: int) -> None:
        """Make the event at source ``row`` current and selected, as a click on it does."""
        if self._proxy is None or self._selection is None:
            return
        source = self._proxy.source_model()
        proxy_index = self._proxy.mapFromSource(source.index(row, 0))
        if proxy_index.isValid():
            self._selection.setCurrentIndex(proxy_index, _SELECT)

    # -- the view: every change goes through set_view_state ---------------------------------------

    def set_view_state(self, state: ViewState) -> None:
        if state != self._state:
            self._state = state
            self.view_changed.emit()
            self.update()

    def plot_width(self) -> float:
        return float(max(self.width() - GUTTER, 1))

    def day_at(self, x: float) -> float:
        return self._state.day_at(x - GUTTER, self.plot_width())

    def x_of(self, day: float) -> float:
        return GUTTER + self._state.x_of(day, self.plot_width())

    def content_height(self) -> float:
        if self._scene is None:
            return 0.0
        boxes = lane_boxes(self._scene)
        return boxes[-1].top + boxes[-1].height if boxes else 0.0

    def viewport_height(self) -> float:
        return max(self.height() - header_height(self._scene), 0.0)

    def max_scroll(self) -> float:
        return max(self.content_height() - self.viewport_height(), 0.0)

    def zoom_by(self, factor: float, about: float | None = None, *, animated: bool = False) -> None:
        """Scale the visible span by ``factor`` keeping the day ``about`` (default: the centre) in place."""
        anchor = self._state.centre if about is None else about
        base = self._animate_to if self._animation.state() == QVariantAnimation.State.Running else self._state
        target = base.zoom_by(factor, anchor, self._limits)
        self._go(target, animated=animated)

    def pan_by(self, days: float) -> None:
        self._animation.stop()
        self.set_view_state(self._state.pan_by(days, self._limits))

    def set_range(self, first: float, last: float, *, animated: bool = False) -> None:
        self._go(self._state.set_range(first, last, self._limits), animated=animated)

    def scroll_to(self, y: float) -> None:
        self.set_view_state(self._state.scroll_to(y, self.max_scroll()))

    @Slot()
    def zoom_in(self) -> None:
        self.zoom_by(BUTTON_ZOOM, animated=True)

    @Slot()
    def zoom_out(self) -> None:
        self.zoom_by(1 / BUTTON_ZOOM, animated=True)

    @Slot()
    def fit_all(self) -> None:
        self._go(self._state.fit(self._limits), animated=True)

    @Slot(str)
    def go_to_date(self, text: str) -> bool:
        """Show the year, month or day ``text`` names (``1994``, ``May 1994``, ``1994-05-04``); ``False`` if none."""
        locale = QLocale()
        months = dict(self._months)
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (locale.monthName(month, form), locale.standaloneMonthName(month, form)):
                    months.setdefault(name.strip().rstrip(".").casefold(), month)
        period = parse_date_query(text, months)
        if period is None or self._scene is None:
            return False
        first, last = period
        if last - first <= 1:
            # A single day is shown with the days around it, so its neighbours give it context.
            first, last = first - 3, last + 3
        pad = (last - first) * 0.04
        self.set_range(first - pad, last + pad, animated=True)
        return True

    def _go(self, target: ViewState, *, animated: bool) -> None:
        self._animation.stop()
        if not animated or self.animation_ms <= 0 or target == self._state:
            self.set_view_state(target)
            return
        self._animate_from = self._state
        self._animate_to = target
        self._animation.setDuration(self.animation_ms)
        self._animation.start()

    @Slot("QVariant")
    def _on_animation_step(self, value: object) -> None:
        t = float(value) if isinstance(value, (int, float)) else 1.0
        source, target = self._animate_from, self._animate_to
        # Interpolate the span geometrically and move the centre in step with it: a zoom then
        # keeps its anchor still all the way, instead of drifting as a straight blend would.
        span = source.span * (target.span / source.span) ** t
        same_span = math.isclose(source.span, target.span)
        weight = t if same_span else (span - source.span) / (target.span - source.span)
        centre = source.centre + (target.centre - source.centre) * weight
        state = source.set_range(centre - span / 2, centre + span / 2, self._limits)
        if t >= 1.0:
            state = target
        self.set_view_state(state)

    def reveal(self, row: int) -> None:
        """Bring the event at source ``row`` into view, panning (and scrolling) only if it is off screen."""
        scene = self._scene
        if scene is None:
            return
        columns = scene.columns
        start, end = columns.starts[row], columns.ends[row]
        state = self._animate_to if self._animation.state() == QVariantAnimation.State.Running else self._state
        margin = state.span * 0.05
        if end < state.start + margin or start > state.end - margin:
            centre = (start + end) / 2 if end - start < state.span * 0.8 else start + state.span * 0.3
            self._go(state.set_range(centre - state.span / 2, centre + state.span / 2, self._limits), animated=True)
        self._scroll_to_lane_of(row)

    def _scroll_to_lane_of(self, row: int) -> None:
        """Scroll the lanes, if need be, so that the event at source ``row`` is in sight."""
        if self._scene is None:
            return
        y = row_centre_of(lane_boxes(self._scene), self._scene, row)
        if y is not None:
            viewport = self.viewport_height()
            if y - 20 < self._state.scroll or y + 20 > self._state.scroll + viewport:
                self.scroll_to(y - viewport / 2)

    def event_position(self, row: int) -> QPointF | None:
        """Where the event at source ``row`` was drawn (its glyph's left part), for tests and tools."""
        for hit in self._hits.items:
            if hit.kind is HitKind.EVENT and hit.event == row:
                return QPointF(hit.rect.left() + 6, hit.rect.center().y())
        return None

    def render_hits(self) -> HitMap:
        """What the last paint drew, as hit regions."""
        return self._hits

    def painted_axis(self) -> Axis | None:
        """The time axis the last paint drew (its ticks and placed labels), for tests and tools."""
        return self._renderer.last_axis

    # -- painting ----------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            highlights = Highlights(self._current, self._hovered, self.hasFocus())
            self._hits = self._renderer.paint(
                painter, self.width(), self.height(), self._state, self._scene, highlights
            )
        finally:
            painter.end()
        self.painted.emit()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._renderer.set_font(self.font())
            self.update()
        super().changeEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_view_state(self._state.scroll_to(self._state.scroll, self.max_scroll()))
        if self._current is not None:
            # A shorter canvas (a smaller window, a taller list) must not hide the chosen event's lane.
            self._scroll_to_lane_of(self._current)
        self.view_changed.emit()

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- mouse -------------------------------------------------------------------------------------

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._animation.stop()
            self._press_pos = event.position()
            self._press_state = self._state
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press_pos is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = position - self._press_pos
            if not self._dragging and math.hypot(delta.x(), delta.y()) >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                start = self._press_state
                days = -delta.x() * start.span / self.plot_width()
                panned = start.pan_by(days, self._limits)
                self.set_view_state(panned.scroll_to(start.scroll - delta.y(), self.max_scroll()))
            event.accept()
            return
        self._update_hover(position)

    def _update_hover(self, position: QPointF) -> None:
        hit = self._hits.at(position.x(), position.y())
        hovered = hit.event if hit is not None and hit.kind is HitKind.EVENT else None
        if hit is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            super().mouseReleaseEvent(event)
            return
        was_drag = self._dragging
        self._press_pos = None
        self._dragging = False
        self.unsetCursor()
        event.accept()
        if was_drag:
            return
        position = event.position()
        hit = self._hits.at(position.x(), position.y())
        if hit is None:
            return
        if hit.kind is HitKind.EVENT:
            self.select_event(hit.event)
            return
        crowd = self.crowd_at(position)
        if crowd is not None:
            # Zooming cannot draw these apart: list them instead (see event_popup.py).
            self.open_event_popup(crowd[0], crowd[1], self.mapToGlobal(position.toPoint()))
        elif hit.kind is HitKind.CLUSTER:
            pad = max((hit.last - hit.first) * 0.3, 0.5)
            self.set_range(hit.first - pad, hit.last + pad, animated=True)
        else:
            self.zoom_by(0.25, self.day_at(position.x()), animated=True)

    # -- crowds: the events zooming cannot separate, listed in a popup -------------------------------

    def at_deepest_zoom(self) -> bool:
        """Whether the view is as close as it goes (about a day across): zooming in would change nothing."""
        return self._state.span <= self._limits.min_span * (1 + 1e-9)

    def crowd_at(self, position: QPointF) -> tuple[list[int], str] | None:
        """The events a click at ``position`` lists, and the popup's caption; ``None`` where it zooms instead.

        A cluster or density bar is listed at the deepest zoom, and at any zoom when its events all
        share one date (same start and end), as no zoom could draw them apart; elsewhere zooming in
        shows them as they are, so a click zooms, as it always has.
        """
        hit = self._hits.at(position.x(), position.y())
        scene = self._scene
        if hit is None or scene is None or hit.kind is HitKind.EVENT:
            return None
        if hit.kind is HitKind.CLUSTER:
            events = cluster_members(scene, hit, (self._current, self._hovered))
            first, last = hit.first, hit.last
        else:
            first, last = self._density_slice(hit, position.x())
            count = scene.indices[hit.lane].count(first, last)
            # Away from the deepest zoom a bar is listed only when one date holds it all: checking
            # that means fetching its events, which a zoomed-out bar may have hundreds of thousands of.
            if count == 0 or (count > CROWD_CHECK_LIMIT and not self.at_deepest_zoom()):
                return None
            events = events_between(scene, hit.lane, first, last)
            # A bar stands for a sliver of time: the caption names the day (or days) it falls in.
            first, last = math.floor(first), max(math.ceil(last), math.floor(first) + 1)
        if not events or not (self.at_deepest_zoom() or share_one_date(scene, events)):
            return None
        count = len(events)
        caption = fill(
            translate("Canvas", "%Ln event(s) · %1 · %2", None, count),
            _range_words(first, last),
            scene.lanes[hit.lane].label,
        )
        return events, caption

    def _density_slice(self, hit: Hit, x: float) -> tuple[float, float]:
        """The days ``[first, last)`` of the density bar at ``x`` (the renderer's grid starts at ``hit.first``)."""
        slice_days = DENSITY_SLICE * self._state.span / self.plot_width()
        number = math.floor((self.day_at(x) - hit.first) / slice_days)
        first = hit.first + number * slice_days
        return first, first + slice_days

    @property
    def event_popup(self) -> EventPopup | None:
        """The open list of a crowd's events, if one is open."""
        return self._popup if self._popup is not None and self._popup.isVisible() else None

    def open_event_popup(self, events: list[int], caption: str, anchor: QPoint) -> EventPopup | None:
        """List ``events`` (source rows, in time order) in a popup at the global point ``anchor``."""
        source = self._source()
        if source is None or source.columns is None or self._proxy is None:
            return None
        self.close_event_popup()

        def date_of(row: int) -> str:
            return short_date(source.event_at(row).date)

        popup = EventPopup(caption, events, source.columns.titles, date_of, self, current=self._current)
        popup.chosen.connect(self._on_popup_chosen)
        # The rows listed are only valid for this timeline and these filters.
        self._proxy.filter_changed.connect(popup.close)
        source.modelReset.connect(popup.close)
        self._popup = popup
        popup.show_at(anchor)
        return popup

    @Slot()
    def close_event_popup(self) -> None:
        """Close the list of a crowd's events, if one is open, and let it go."""
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()
            self._popup = None

    @Slot(int)
    def _on_popup_chosen(self, row: int) -> None:
        self.select_event(row)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row: int | None = None
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            row = self._current
            where = self.event_position(row) if row is not None else None
            position = self.mapToGlobal((where if where is not None else QPointF(self.rect().center())).toPoint())
        else:
            hit = self._hits.at(float(event.pos().x()), float(event.pos().y()))
            row = hit.event if hit is not None and hit.kind is HitKind.EVENT else None
            position = event.globalPos()
        source = self._source()
        event_id = source.event_at(row).id if row is not None and source is not None else ""
        event.accept()
        self.context_menu_requested.emit(event_id, position)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        hit = self._hits.at(position.x(), position.y())
        if hit is None or hit.kind is not HitKind.EVENT or self._scene is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        self.select_event(hit.event)
        self.zoom_to_event(hit.event)
        self.activated.emit()

    def zoom_to_event(self, row: int) -> None:
        """Show the event at source ``row`` filling about half the view (at least a fortnight)."""
        if self._scene is None:
            return
        start, end = self._scene.columns.starts[row], self._scene.columns.ends[row]
        span = max((end - start) * 2.0, 14.0)
        centre = (start + end) / 2
        self.set_range(centre - span / 2, centre + span / 2, animated=True)

    @override
    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self.update()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        dx, dy = angle.x(), angle.y()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift and dx == 0:
            dx, dy = dy, 0
        if dx != 0 and abs(dx) >= abs(dy):
            self.pan_by(-dx / 120 * WHEEL_PAN_PER_NOTCH * self._state.span)
        elif dy != 0:
            x = min(max(event.position().x(), float(GUTTER)), float(self.width()))
            self._animation.stop()
            self.set_view_state(self._state.zoom_by(WHEEL_ZOOM_PER_NOTCH ** (dy / 120), self.day_at(x), self._limits))
        event.accept()

    @override
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            # A trackpad pinch: value is the relative change of scale since the last event.
            factor = 1.0 / (1.0 + event.value()) if event.value() > -0.9 else 10.0
            self.zoom_by(factor, self.day_at(event.position().x()))
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, position: QPointF) -> str:
        """What hovering at ``position`` explains: the event (date in words, title, sources) or the cluster."""
        hit = self._hits.at(position.x(), position.y())
        source = self._source()
        if hit is None or source is None or source.timeline is None or self._scene is None:
            return ""
        if hit.kind is HitKind.EVENT:
            event = source.event_at(hit.event)
            sources = len({c.source for c in event.citations})
            lines = [
                f"<b>{_escape(event.title)}</b>",
                _escape(date_in_words(event.date)),
                translate("Canvas", "%Ln source(s)", None, sources),
            ]
            if event.context:
                lines.append(f"<i>{_escape(translate('EventHtml', 'Background context'))}</i>")
            return "<br>".join(lines)
        if self.crowd_at(position) is not None:
            action = translate("Canvas", "Click to list them")
        else:
            action = translate("Canvas", "Click to zoom in")
        if hit.kind is HitKind.CLUSTER:
            events = translate("Canvas", "%Ln event(s)", None, hit.count)
            return f"<b>{events}</b><br>{_range_words(hit.first, hit.last)}<br>{action}"
        day = self.day_at(position.x())
        slice_days = 8 * self._state.span / self.plot_width()
        count = self._scene.indices[hit.lane].count(day - slice_days / 2, day + slice_days / 2)
        around = fill(
            translate("Canvas", "%1: %Ln event(s) around %2", None, count),
            f"<b>{_escape(self._scene.lanes[hit.lane].label)}</b>",
            _range_words(day - slice_days / 2, day + slice_days / 2),
        )
        return f"{around}<br>{action}"

    # -- keyboard ----------------------------------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current is not None:
                self.activated.emit()
        elif key == Qt.Key.Key_Space:
            self.list_events_on_current_day()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._step_in_time(key)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pan_by((-0.8 if key == Qt.Key.Key_PageUp else 0.8) * self._state.span)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def list_events_on_current_day(self) -> EventPopup | None:
        """Open the list of the current event's lane on its first day (Space): the keyboard's way into a crowd.

        Left and Right already step through every event, crowded or not; this shows where the
        current one stands among the others of its day, to jump straight to one of them.
        """
        scene = self._scene
        row = self._current
        lane = scene.lane_number(row) if scene is not None and row is not None else None
        if scene is None or row is None or lane is None or lane not in scene.shown_lanes:
            return None
        day = math.floor(scene.columns.starts[row])
        index = scene.indices[lane]
        # The events *starting* that day: a long span that merely passes through it is not "on" it.
        low, high = bisect_left(index.starts, day), bisect_left(index.starts, day + 1)
        events = sorted(index.members[low:high], key=scene.layout.rank.__getitem__)
        if len(events) < 2:
            return None
        caption = fill(
            translate("Canvas", "%Ln event(s) · %1 · %2", None, len(events)),
            _range_words(day, day + 1),
            scene.lanes[lane].label,
        )
        where = self.event_position(row) or QPointF(self.rect().center())
        return self.open_event_popup(events, caption, self.mapToGlobal(where.toPoint()))

    def _step_in_time(self, key: int) -> None:
        scene = self._scene
        if scene is None:
            return
        order, rank = scene.layout.order, scene.layout.rank
        count = len(order)
        if key == Qt.Key.Key_Home:
            position, step = 0, 1
        elif key == Qt.Key.Key_End:
            position, step = count - 1, -1
        elif self._current is None:
            # Nothing chosen yet: start from what is on screen.
            step = 1 if key == Qt.Key.Key_Right else -1
            starts = scene.columns.starts
            if step == 1:
                position = bisect_left(order, self._state.start, key=starts.__getitem__)
            else:
                position = bisect_left(order, self._state.end, key=starts.__getitem__) - 1
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            position = rank[self._current] + step
        while 0 <= position < count:
            row = order[position]
            if scene.accepted(row) and scene.lane_number(row) in scene.shown_lanes:
                self.select_event(row)
                return
            position += step

    def _step_lane(self, direction: int) -> None:
        scene = self._scene
        if scene is None or self._current is None:
            return
        lane = scene.lane_number(self._current)
        shown = scene.shown_lanes
        if lane not in shown:
            return
        day = scene.columns.starts[self._current]
        position = shown.index(lane) + direction
        while 0 <= position < len(shown):
            nearest = scene.indices[shown[position]].nearest(day)
            if nearest is not None:
                self.select_event(nearest)
                return
            position += direction


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _range_words(first: float, last: float) -> str:
    start, end = calendar_day(first), calendar_day(max(last - 1, first))
    if start.year not in CALENDAR_YEARS or end.year not in CALENDAR_YEARS:
        # Beyond four-digit years dates are whole years (see dates.py), and so is the caption. Where
        # rounding would give both ends one name ("66 million years ago"), they are said exactly.
        words = year_in_words(start.year), year_in_words(end.year)
        if start.year == end.year:
            return words[0]
        if words[0] == words[1]:
            words = year_label(start.year), year_label(end.year)
        return f"{words[0]} – {words[1]}"
    if start == end:
        return day_in_words(start)
    if last - first > 700:
        return f"{year_in_words(start.year)} – {year_in_words(end.year)}"
    if last - first > 60:
        return f"{month_in_words(start.year, start.month)} – {month_in_words(end.year, end.month)}"
    return f"{day_in_words(start)} – {day_in_words(end)}"


def range_in_words(first: float, last: float) -> str:
    """The days ``[first, last)`` as the canvas's captions say them: ``March 1994``, ``1992 – 2021``."""
    return _range_words(first, last)


def visible_range_words(state: ViewState) -> str:
    """The visible range for a caption, e.g. ``March 1994 – June 1996``."""
    return _range_words(state.start, state.end)
