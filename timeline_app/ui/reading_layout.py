"""Where the timeline, the event list and the detail pane sit: the pane beside them, full height, or below the timeline.

The detail pane is why the app exists: what happened, when, who said what, and where each fact
comes from. Beside the timeline and the list, full height (as a mail reader shows a message),
it shows a selected event's title, date, summary, first quote and first source without
scrolling; the canvas keeps most of the width. Below the timeline, beside the list, the canvas
gets the whole width instead, for a reader who mostly scans the lanes. The reader chooses in
View → Layout; the choice and the splitters' positions in each arrangement are remembered.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget
from typing_extensions import override

from timeline_app.domain.language import translate
from timeline_app.ui.settings_values import ignore, read_bytes, read_text

PANE_SHARE = 0.32
"""The detail pane's share of the window's width when it is beside the rest."""
PANE_MIN_PX, PANE_MAX_PX = 380, 560
"""Narrower, a quote wraps every few words; wider, lines get too long to read and the canvas loses width."""


class Arrangement(enum.Enum):
    BESIDE = "beside"
    """The detail pane full height on the right; the timeline over the event list on the left."""
    BELOW = "below"
    """The timeline across the top; the event list and the detail pane side by side below it."""

    @property
    def menu_text(self) -> str:
        if self is Arrangement.BESIDE:
            return translate("ReadingLayout", "Detail Pane &Beside")
        return translate("ReadingLayout", "Detail Pane &Below")

    @property
    def tip(self) -> str:
        if self is Arrangement.BESIDE:
            return translate(
                "ReadingLayout", "Show the detail pane as a full-height column beside the timeline and the list"
            )
        return translate(
            "ReadingLayout", "Show the timeline across the whole width, with the list and the detail pane below"
        )


SETTING = "window/arrangement"


class ReadingLayout(QSplitter):
    """The window's central widget: two splitters holding the timeline, the event list and the detail pane."""

    def __init__(self, timeline: QWidget, events: QWidget, detail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outer_splitter")
        self.timeline, self.events, self.detail = timeline, events, detail
        self.inner = QSplitter()
        self.inner.setObjectName("inner_splitter")
        for splitter in (self, self.inner):
            splitter.setChildrenCollapsible(False)  # a pane dragged to nothing is hard to find again
        self.arrangement = Arrangement.BESIDE
        self._arrange(Arrangement.BESIDE)
        self._sizes_pending = True
        """No sizes chosen yet: the first real size of the window decides them (see :meth:`resizeEvent`)."""

    def arrange(self, arrangement: Arrangement) -> None:
        """Move the three parts into ``arrangement``, at its default sizes."""
        if arrangement is not self.arrangement:
            self._arrange(arrangement)
        self.set_default_sizes()

    def _arrange(self, arrangement: Arrangement) -> None:
        self.arrangement = arrangement
        # insertWidget moves a widget that is already in a splitter: nothing is rebuilt or loses its state.
        if arrangement is Arrangement.BESIDE:
            self.setOrientation(Qt.Orientation.Horizontal)
            self.inner.setOrientation(Qt.Orientation.Vertical)
            self.inner.insertWidget(0, self.timeline)
            self.inner.insertWidget(1, self.events)
            self.insertWidget(0, self.inner)
            self.insertWidget(1, self.detail)
        else:
            self.setOrientation(Qt.Orientation.Vertical)
            self.inner.setOrientation(Qt.Orientation.Horizontal)
            self.inner.insertWidget(0, self.events)
            self.inner.insertWidget(1, self.detail)
            self.insertWidget(0, self.timeline)
            self.insertWidget(1, self.inner)
        # When the window grows, the timeline (beside: the left column; below: the top) takes the room.
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.inner.setStretchFactor(0, 3 if arrangement is Arrangement.BESIDE else 1)
        self.inner.setStretchFactor(1, 2 if arrangement is Arrangement.BESIDE else 1)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sizes_pending:
            self._sizes_pending = False
            self._choose_sizes()

    def set_default_sizes(self) -> None:
        """Sizes that suit the current size; before the window is shown, they are chosen when it is."""
        if self.isVisible():
            self._choose_sizes()
        else:
            self._sizes_pending = True  # the window's size is not known yet

    def _choose_sizes(self) -> None:
        width, height = self.width(), self.height()
        if self.arrangement is Arrangement.BESIDE:
            pane = max(PANE_MIN_PX, min(PANE_MAX_PX, round(width * PANE_SHARE)))
            self.setSizes([max(width - pane, 1), pane])
            self.inner.setSizes([round(height * 0.6), round(height * 0.4)])
        else:
            self.setSizes([round(height * 0.6), round(height * 0.4)])
            self.inner.setSizes([round(width * 0.55), round(width * 0.45)])

    # -- remembering -------------------------------------------------------------------------

    def _keys(self) -> tuple[str, str]:
        return f"window/{self.arrangement.value}/outer", f"window/{self.arrangement.value}/inner"

    def save(self, settings: QSettings) -> None:
        settings.setValue(SETTING, self.arrangement.value)
        outer, inner = self._keys()
        settings.setValue(outer, self.saveState())
        settings.setValue(inner, self.inner.saveState())

    def restore(self, settings: QSettings) -> None:
        """The arrangement and splitter positions last left; anything garbled is ignored (logged) for the defaults."""
        chosen = read_text(settings, SETTING)
        arrangement = next((a for a in Arrangement if a.value == chosen), None)
        if chosen is not None and arrangement is None:
            ignore(settings, SETTING, f"{chosen[:40]!r} is not a layout")
        self.arrange(arrangement or Arrangement.BESIDE)
        self.restore_sizes(settings)

    def restore_sizes(self, settings: QSettings) -> None:
        """The splitter positions last left in the current arrangement, if any."""
        for key, splitter in zip(self._keys(), (self, self.inner), strict=True):
            value = read_bytes(settings, key)
            if value is None:
                continue
            if splitter.restoreState(value):
                self._sizes_pending = False
            else:
                ignore(settings, key, "not a saved layout of this window")
            # A state also carries the orientation: the arrangement decides that, not the file.
        self._arrange(self.arrangement)
