"""The canvas for assistive technology: each drawn event, cluster and density bar as an accessible child.

The canvas paints its events itself, so to Qt it is one widget. A screen reader gets its contents
from :class:`CanvasAccessible`, the canvas's interface (a list, made by the factory that
:func:`install_canvas_accessibility` installs), whose children are :class:`CanvasItemAccessible`
interfaces: one per item the last paint drew, read from the canvas's hit regions, in time order.
:class:`CanvasAccessibility` keeps those children and announces the current event when it changes
(focus and selection), as Qt's item views do for their rows.

PySide6 (6.11 and 6.12 alike) lets Python subclass ``QAccessibleInterface`` and ``QAccessibleWidget``
and install a factory, which is all this needs; it has no ``QAccessible.installUpdateHandler``, so
what is announced is also told by :attr:`CanvasAccessibility.announced`, for tests.

Lifetime: Qt keeps the interfaces it is given in a cache, by id, and deletes them itself, but
PySide leaves an interface made in Python owned by Python: one Python let go of while Qt still had
it would be freed twice (a crash). So each child is registered as it is made, held in
:data:`_HELD` while Qt has it, and handed back with ``QAccessible.deleteAccessibleInterface``
(never simply dropped) when it leaves the screen, when the timeline changes, when the canvas goes,
and at exit; the canvases' own interfaces are held in :data:`_MADE` until Qt deletes them with
their canvas, or until exit.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget
from typing_extensions import override

from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import Event
from timeline_app.domain.reader_words import confidence_description
from timeline_app.domain.timescale import ViewState
from timeline_app.domain.wording import date_in_words
from timeline_app.ui.canvas.canvas import TimelineCanvas, range_in_words, visible_range_words
from timeline_app.ui.canvas.renderer import Hit, HitKind, HitMap
from timeline_app.ui.canvas.scene import CanvasScene

ItemKey = tuple[int, int, float, float]
"""What a child stands for: its kind, then the event (or the lane) and, for a cluster, its days."""

PENDING_ANNOUNCEMENT_MS = 1000
"""How long a new current event waits to be drawn (the view pans to it) before it is announced."""


def canvas_help() -> str:
    """The canvas's keys, for a screen reader's help on it."""
    return translate(
        "CanvasAccessibility",
        "Left and Right step through the events in time, Up and Down move to the next lane, "
        "Home and End go to the first and last event, plus and minus zoom, 0 shows everything, "
        "Page Up and Page Down move in time, Space lists the events of the current day, "
        "Enter reads the current event in the detail pane.",
    )


_HELD: dict[int, CanvasItemAccessible] = {}
"""Every child Qt has, by its id in Qt's cache: kept alive here until handed back (see the module's notes)."""
_MADE: list[CanvasAccessible] = []
"""The canvases' interfaces the factory made: Qt deletes each with its canvas, or :func:`_hand_back_all` at exit."""


def spoken(text: str) -> str:
    """``1992 – 2021`` as a screen reader should say it: ``1992 to 2021`` (a dash is read as "dash" or not at all)."""
    first, dash, last = text.partition(" – ")
    if not dash:
        return text
    return fill(translate("CanvasAccessibility", "%1 to %2", "a range of dates read aloud: 1992 to 2021"), first, last)


def source_count_words(count: int) -> str:
    """``6 sources``, ``1 source``, ``no sources cited``: the count the list's Sources column gives."""
    if count == 0:
        return translate("CanvasAccessibility", "no sources cited")
    return translate("CanvasAccessibility", "%Ln source(s)", None, count)


def confidence_words(event: Event) -> str:
    """``high confidence``, ``confidence not assessed``: the detail pane's badge, in the middle of a sentence."""
    description = confidence_description(event.confidence.level)
    return description[:1].lower() + description[1:]


def event_name(event: Event) -> str:
    """``4 May 1994, Heydar Aliyev signs the Partnership for Peace Framework Document, 6 sources, high confidence``.

    The date as the detail pane words it (with its precision: ``May 1994``, ``c. 1997``, ``1996 or
    15 November 1998 — sources disagree``), the title, how many sources it cites (as the list
    counts them) and how sure it is (as the pane's badge says).
    """
    sources = len({citation.source for citation in event.citations})
    template = translate(
        "CanvasAccessibility", "%1, %2, %3, %4", "an event read aloud: date, title, sources, confidence"
    )
    return fill(
        template, spoken(date_in_words(event.date)), event.title, source_count_words(sources), confidence_words(event)
    )


def crowd_name(count: int, first: float, last: float) -> str:
    """``23 events, March 1994``: a cluster, or a lane's density bars, covering the days ``[first, last)``."""
    return fill(translate("CanvasAccessibility", "%Ln event(s), %1", None, count), spoken(range_in_words(first, last)))


@dataclass(frozen=True, slots=True)
class CanvasItem:
    """One thing the last paint drew that a reader can point at: an event, a cluster, or a lane's density bars."""

    key: ItemKey
    kind: HitKind
    rect: QRectF
    """Where it is on the canvas (widget coordinates), cut to the part of the plot on screen."""
    lane: int
    event: int = -1
    first: float = 0.0
    last: float = 0.0
    count: int = 1


def key_of(hit: Hit) -> ItemKey:
    """The item a hit region belongs to: an event's mark and label are one item, a lane's density bars another."""
    if hit.kind is HitKind.EVENT:
        return event_key(hit.event)
    if hit.kind is HitKind.CLUSTER:
        return int(hit.kind), hit.lane, hit.first, hit.last
    return int(hit.kind), hit.lane, 0.0, 0.0


def event_key(row: int) -> ItemKey:
    return int(HitKind.EVENT), row, 0.0, 0.0


def drawn_items(hits: HitMap, scene: CanvasScene, view: ViewState) -> list[CanvasItem]:
    """The items of ``hits`` that show in the plot its paint drew them in (right of the lane names, below the
    axis), one per event (its mark and label united), in time order."""
    plot = hits.plot
    if plot is None:
        return []  # no plot was drawn (no timeline, or a canvas too small)
    rects: dict[ItemKey, QRectF] = {}
    first_hits: dict[ItemKey, Hit] = {}
    for hit in hits.items:
        visible = hit.rect.intersected(plot)
        if visible.isEmpty():
            continue
        key = key_of(hit)
        known = rects.get(key)
        rects[key] = visible if known is None else known.united(visible)
        first_hits.setdefault(key, hit)
    items = []
    for key, rect in rects.items():
        hit = first_hits[key]
        if hit.kind is HitKind.EVENT:
            items.append(CanvasItem(key, hit.kind, rect, hit.lane, event=hit.event))
        elif hit.kind is HitKind.CLUSTER:
            items.append(CanvasItem(key, hit.kind, rect, hit.lane, first=hit.first, last=hit.last, count=hit.count))
        else:
            # The bars run past both edges of the view (they sit on a grid fixed in time): say what is on screen.
            count = scene.indices[hit.lane].count(view.start, view.end)
            items.append(CanvasItem(key, hit.kind, rect, hit.lane, first=view.start, last=view.end, count=count))
    rank = scene.layout.rank
    starts = scene.columns.starts
    lanes = {lane: position for position, lane in enumerate(scene.shown_lanes)}

    def in_time(item: CanvasItem) -> tuple[float, int, int, int]:
        # As Left and Right step: by date, and by the canvas's own order among events of one date.
        if item.kind is HitKind.EVENT:
            return starts[item.event], 0, lanes.get(item.lane, 0), rank[item.event]
        return item.first, int(item.kind), lanes.get(item.lane, 0), 0

    items.sort(key=in_time)
    return items


class CanvasAccessibility(QObject):
    """The accessible children of one canvas, and the announcements of its current event.

    Made on demand (:meth:`of`) as a child of the canvas, when assistive technology first asks
    for the canvas: until then nobody is listening.
    """

    announced = Signal(object, str)
    """An accessibility event was sent about an item: its type (``QAccessible.Event``) and the item's name."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self.setObjectName("canvas_accessibility")
        self._canvas = canvas
        self._hits: HitMap | None = None
        # Nothing of the canvas is read here: with a screen reader running, Qt asks for the canvas's
        # interface (so this is made) while the canvas is still being built.
        self._scene: CanvasScene | None = None
        self._items: list[CanvasItem] = []
        self._index: dict[ItemKey, int] = {}
        self._ids: dict[ItemKey, int] = {}
        self._pending: int | None = None
        self._announced: int | None = None
        self._had_focus = False
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self._on_painted)
        self._pending_expiry = QTimer(self)
        self._pending_expiry.setSingleShot(True)
        self._pending_expiry.setInterval(PENDING_ANNOUNCEMENT_MS)
        self._pending_expiry.timeout.connect(self._forget_pending)
        canvas.painted.connect(self._on_paint_finished)
        canvas.current_event_changed.connect(self._on_current_changed)
        canvas.destroyed.connect(self._release_all)

    @staticmethod
    def of(canvas: TimelineCanvas) -> CanvasAccessibility:
        """The canvas's accessibility: the one it has, or a new one."""
        for child in canvas.children():
            if isinstance(child, CanvasAccessibility):
                return child
        return CanvasAccessibility(canvas)

    @property
    def canvas(self) -> TimelineCanvas:
        return self._canvas

    def canvas_alive(self) -> bool:
        return shiboken6.isValid(self._canvas)

    # -- the children ------------------------------------------------------------------------

    def items(self) -> list[CanvasItem]:
        """What the last paint drew, in time order (brought up to date first)."""
        self._refresh()
        return self._items

    def item(self, key: ItemKey) -> CanvasItem | None:
        """The item ``key`` stands for, if it is on screen now."""
        self._refresh()
        position = self._index.get(key)
        return self._items[position] if position is not None else None

    def index_of(self, key: ItemKey) -> int:
        self._refresh()
        return self._index.get(key, -1)

    def child(self, index: int) -> CanvasItemAccessible | None:
        items = self.items()
        return self.interface(items[index].key) if 0 <= index < len(items) else None

    def interface(self, key: ItemKey) -> CanvasItemAccessible:
        """The child for ``key``, made (and handed to Qt's cache) the first time it is asked for."""
        known = self._ids.get(key)
        if known is not None and known in _HELD:
            return _HELD[known]
        interface = CanvasItemAccessible(self, key)
        unique_id = QAccessible.registerAccessibleInterface(interface)
        _HELD[unique_id] = interface
        self._ids[key] = unique_id
        return interface

    def key_at(self, point: QPoint) -> ItemKey | None:
        """The item under ``point`` (global coordinates), if any."""
        local = self._canvas.mapFromGlobal(point)
        hit = self._canvas.render_hits().at(float(local.x()), float(local.y()))
        if hit is None:
            return None
        key = key_of(hit)
        return key if self.item(key) is not None else None

    def current_key(self) -> ItemKey | None:
        """The current event's item, if it is drawn."""
        row = self._canvas.current_event
        if row is None:
            return None
        key = event_key(row)
        return key if self.item(key) is not None else None

    def _refresh(self) -> bool:
        """Follow the last paint; whether the items changed. Children no longer drawn go back to Qt."""
        if not self.canvas_alive():
            return False
        canvas = self._canvas
        hits, scene = canvas.render_hits(), canvas.scene
        if hits is self._hits and scene is self._scene:
            return False
        if scene is not self._scene:
            # Another timeline: the same row is another event now.
            self._release(list(self._ids))
            self._scene = scene
        self._hits = hits
        items = drawn_items(hits, scene, canvas.view_state) if scene is not None else []
        changed = [i.key for i in items] != [i.key for i in self._items]
        self._items = items
        self._index = {item.key: position for position, item in enumerate(items)}
        self._release([key for key in self._ids if key not in self._index])
        return changed

    def _release(self, keys: list[ItemKey]) -> None:
        for key in keys:
            unique_id = self._ids.pop(key)
            _hand_back(unique_id)

    @Slot()
    def _release_all(self) -> None:
        for unique_id in self._ids.values():
            _hand_back(unique_id)
        self._ids.clear()
        self._items = []
        self._index = {}

    # -- announcements -----------------------------------------------------------------------

    @Slot()
    def _on_current_changed(self) -> None:
        # The view may have to pan to the event first: it is announced once it is drawn.
        self._pending = self._canvas.current_event
        if self._pending is not None:
            self._pending_expiry.start()

    @Slot()
    def _forget_pending(self) -> None:
        self._pending = None

    @Slot()
    def _on_paint_finished(self) -> None:
        # Called inside the canvas's paint: the work waits for the event loop, and only if someone is looking.
        if self._ids or self._pending is not None or QAccessible.isActive():
            self._after_paint.start()

    @Slot()
    def _on_painted(self) -> None:
        if not self.canvas_alive():
            return
        changed = self._refresh()
        if changed and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self._canvas, QAccessible.Event.ObjectReorder))
        # The canvas repaints as it gains the focus (to frame itself): Qt announces the canvas, then
        # this its current event, as an item view does its current row.
        focused = self._canvas.hasFocus()
        gained_focus = focused and not self._had_focus
        self._had_focus = focused
        row = self._pending
        if row is not None and self.item(event_key(row)) is not None:
            self._pending = None
            self._pending_expiry.stop()
            self._announce_current(row)
        elif gained_focus:
            self._announce_focus()

    def _announce_current(self, row: int) -> None:
        previous = self._announced
        self._announced = row
        interface = self.interface(event_key(row))
        if self._canvas.hasFocus():
            self._send(interface, QAccessibleEvent(interface, QAccessible.Event.Focus))
        self._send(interface, QAccessibleEvent(interface, QAccessible.Event.Selection))
        selected = QAccessible.State()
        selected.selected = True
        self._send(interface, QAccessibleStateChangeEvent(interface, selected))
        if previous is not None and previous != row and event_key(previous) in self._ids:
            before = self.interface(event_key(previous))
            self._send(before, QAccessibleStateChangeEvent(before, selected))

    def _send(self, interface: CanvasItemAccessible, event: QAccessibleEvent) -> None:
        QAccessible.updateAccessibility(event)
        self.announced.emit(event.type(), interface.text(QAccessible.Text.Name))

    def _announce_focus(self) -> None:
        key = self.current_key()
        if key is not None:
            interface = self.interface(key)
            self._send(interface, QAccessibleEvent(interface, QAccessible.Event.Focus))

    # -- words -------------------------------------------------------------------------------

    def name_of(self, item: CanvasItem) -> str:
        if item.kind is HitKind.EVENT:
            event = self._canvas.timeline_event(item.event)
            return event_name(event) if event is not None else ""
        return crowd_name(item.count, item.first, item.last)

    def description_of(self, item: CanvasItem) -> str:
        scene = self._canvas.scene
        lane = scene.lanes[item.lane].label if scene is not None and 0 <= item.lane < len(scene.lanes) else ""
        where = (
            fill(translate("CanvasAccessibility", "%1 lane"), lane)
            if lane
            else translate("CanvasAccessibility", "Timeline")
        )
        if item.kind is HitKind.EVENT:
            event = self._canvas.timeline_event(item.event)
            if event is not None and event.context:
                return fill(translate("CanvasAccessibility", "%1, background context"), where)
            return where
        if item.kind is HitKind.CLUSTER:
            return fill(
                translate("CanvasAccessibility", "%1, drawn together at this zoom: zoom in to tell them apart"), where
            )
        return fill(
            translate("CanvasAccessibility", "%1, drawn as density bars at this zoom: zoom in to see the events"), where
        )

    def canvas_description(self) -> str:
        """What the canvas shows: the range on screen and its lanes."""
        scene = self._canvas.scene
        if scene is None:
            return translate("CanvasAccessibility", "No timeline loaded")
        shown = spoken(visible_range_words(self._canvas.view_state))
        lanes = [scene.lanes[lane].label for lane in scene.shown_lanes]
        if lanes:
            lane_words = fill(translate("CanvasAccessibility", "%n lane(s): %1", None, len(lanes)), ", ".join(lanes))
        else:
            lane_words = translate("CanvasAccessibility", "no lanes")
        return fill(translate("CanvasAccessibility", "%1 on screen; %2"), shown, lane_words)


def _hand_back(unique_id: int) -> None:
    """Let Qt delete the child it has under ``unique_id``; only then may Python let go of it."""
    if unique_id in _HELD:
        # In this order: popped first, the interface would be freed by Python while Qt still had it.
        QAccessible.deleteAccessibleInterface(unique_id)
        del _HELD[unique_id]


@atexit.register
def _hand_back_all() -> None:
    # Qt's cache outlives Python's objects at exit (it is emptied after PySide's own clean-up, which
    # this runs before): take ours out while both are there, or Qt would delete them a second time.
    for unique_id in list(_HELD):
        _hand_back(unique_id)
    for interface in _MADE:
        if shiboken6.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    _MADE.clear()


class CanvasItemAccessible(QAccessibleInterface):
    """An event, cluster or lane of density bars on the canvas, for a screen reader.

    Role ``ListItem``: the canvas is a list of what it shows, stepped through with Left and Right
    and selected one at a time, as a list box's rows are; ``Button`` would promise a press that
    does something other than choosing, and ``Graphic`` that there is nothing to choose. Events are
    focusable and selectable; clusters and density bars are not (the keyboard steps through the
    events they stand for), and their description says to zoom in.
    """

    def __init__(self, owner: CanvasAccessibility, key: ItemKey) -> None:
        super().__init__()
        self._owner = owner
        self._key = key

    @property
    def key(self) -> ItemKey:
        return self._key

    def _item(self) -> CanvasItem | None:
        return self._owner.item(self._key) if self._owner.canvas_alive() else None

    @override
    def isValid(self) -> bool:
        return self._item() is not None

    @override
    def object(self) -> QObject | None:  # type: ignore[override]  # an item is no QObject of its own
        return None

    @override
    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.canvas.window().windowHandle() if self._owner.canvas_alive() else None

    @override
    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @override
    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._owner.canvas) if self._owner.canvas_alive() else None

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @override
    def childCount(self) -> int:
        return 0

    @override
    def indexOfChild(self, arg__1: QAccessibleInterface) -> int:
        return -1

    @override
    def text(self, t: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if t == QAccessible.Text.Name:
            return self._owner.name_of(item)
        if t == QAccessible.Text.Description:
            return self._owner.description_of(item)
        if t == QAccessible.Text.Help and item.kind is HitKind.EVENT:
            return translate("CanvasAccessibility", "Enter reads it in the detail pane")
        return ""

    @override
    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # read only

    @override
    def rect(self) -> QRect:
        """Where it is on screen (global coordinates)."""
        item = self._item()
        if item is None:
            return QRect()
        local = item.rect.toAlignedRect()
        return QRect(self._owner.canvas.mapToGlobal(local.topLeft()), local.size())

    @override
    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    @override
    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        if item.kind is HitKind.EVENT:
            canvas = self._owner.canvas
            current = canvas.current_event == item.event
            state.focusable = True
            state.selectable = True
            state.selected = current
            state.focused = current and canvas.hasFocus()
        return state


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list of what it shows, named "Timeline", described by the range on screen and its lanes."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.List)
        self._accessibility = CanvasAccessibility.of(canvas)

    @property
    def accessibility(self) -> CanvasAccessibility:
        return self._accessibility

    @override
    def childCount(self) -> int:
        return len(self._accessibility.items())

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._accessibility.child(index)

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return self._accessibility.index_of(child.key) if isinstance(child, CanvasItemAccessible) else -1

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        key = self._accessibility.key_at(QPoint(x, y))
        return self._accessibility.interface(key) if key is not None else None

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self._accessibility.canvas.hasFocus():
            return None
        key = self._accessibility.current_key()
        return self._accessibility.interface(key) if key is not None else self

    @override
    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Description:
            return self._accessibility.canvas_description()
        if t == QAccessible.Text.Help:
            return canvas_help()
        return super().text(t)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    # Asked for every object a screen reader looks at, once per class of its ancestry: stay quick.
    if key == "TimelineCanvas" and isinstance(obj, TimelineCanvas):
        _MADE[:] = [interface for interface in _MADE if shiboken6.isValid(interface)]
        interface = CanvasAccessible(obj)
        _MADE.append(interface)
        return interface
    return None


_installed = False


def install_canvas_accessibility(*made_before: TimelineCanvas) -> None:
    """Give every timeline canvas its accessible interface, and the canvases ``made_before`` this call theirs.

    With a screen reader running, Qt gives a widget an interface as it is built, and keeps it: a
    canvas made before the factory was installed has a plain widget's, which is dropped here so
    that Qt asks again. Installs the factory once per process.
    """
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    for canvas in made_before:
        made = QAccessible.queryAccessibleInterface(canvas)
        if not isinstance(made, CanvasAccessible):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


def overview_description(canvas: TimelineCanvas) -> str:
    """The overview strip for a screen reader: the whole range, and the part of it the canvas shows."""
    scene = canvas.scene
    if scene is None:
        return translate("CanvasAccessibility", "No timeline loaded")
    first, last = scene.extent
    whole = spoken(range_in_words(first, last))
    shown = spoken(visible_range_words(canvas.view_state))
    return fill(
        translate("CanvasAccessibility", "The whole timeline, %1; the marked part, %2, is on screen"), whole, shown
    )
