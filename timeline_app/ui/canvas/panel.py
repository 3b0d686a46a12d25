"""The canvas with its controls: zoom buttons, legend switch, vertical scroll bar and overview."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QToolButton, QVBoxLayout, QWidget

from timeline_app.domain.language import translate
from timeline_app.domain.timescale import ViewState
from timeline_app.qtmodels.filter_proxy import EventFilterProxy
from timeline_app.ui.canvas.canvas import TimelineCanvas, visible_range_words
from timeline_app.ui.canvas.overview import OverviewStrip


class TimelinePanel(QWidget):
    """Everything the main window needs to place for the timeline: one widget, one API."""

    activated = Signal()
    """Enter or a double-click on the current event: the window should focus the detail pane."""
    context_menu_requested = Signal(str, QPoint)
    """A right-click on the canvas: the event's id (``""`` off any event) and where to show a menu (global)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas()
        self.overview = OverviewStrip(self.canvas)
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        self.scroll_bar.setAccessibleName(translate("TimelinePanel", "Scroll lanes"))

        self.zoom_out_button = self._button("−", translate("TimelinePanel", "Zoom out (Ctrl+-)"), self.canvas.zoom_out)
        self.zoom_in_button = self._button("+", translate("TimelinePanel", "Zoom in (Ctrl+=)"), self.canvas.zoom_in)
        self.fit_button = self._button(
            translate("TimelinePanel", "Fit all"),
            translate("TimelinePanel", "Show the whole timeline (0)"),
            self.canvas.fit_all,
        )
        self.legend_button = QToolButton()
        self.legend_button.setText(translate("TimelinePanel", "Legend"))
        self.legend_button.setToolTip(translate("TimelinePanel", "Explain the marks on the timeline"))
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(self.canvas.legend_visible)
        self.legend_button.toggled.connect(self.canvas.set_legend_visible)
        self.range_label = QLabel()
        self.range_label.setObjectName("visible_range")

        controls = QHBoxLayout()
        controls.setContentsMargins(6, 3, 6, 3)
        controls.setSpacing(4)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            controls.addWidget(button)
        controls.addSpacing(10)
        controls.addWidget(self.range_label, 1)
        controls.addWidget(self.legend_button)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.canvas, 1)
        body.addWidget(self.scroll_bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        layout.addWidget(self.overview)

        self.canvas.activated.connect(self.activated)
        self.canvas.context_menu_requested.connect(self.context_menu_requested)
        self.canvas.view_changed.connect(self._sync_scroll_bar)
        self.canvas.scene_changed.connect(self._sync_scroll_bar)
        self.scroll_bar.valueChanged.connect(self._on_scrolled)
        self._sync_scroll_bar()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    # -- the API the main window wires --------------------------------------------------------

    def set_models(self, proxy: EventFilterProxy, selection: QItemSelectionModel) -> None:
        self.canvas.set_models(proxy, selection)

    @property
    def view_state(self) -> ViewState:
        return self.canvas.view_state

    @Slot()
    def zoom_in(self) -> None:
        self.canvas.zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        self.canvas.zoom_out()

    @Slot()
    def fit_all(self) -> None:
        self.canvas.fit_all()

    @Slot(str)
    def go_to_date(self, text: str) -> bool:
        return self.canvas.go_to_date(text)

    # -- internals ----------------------------------------------------------------------------------

    @Slot()
    def _sync_scroll_bar(self) -> None:
        maximum = round(self.canvas.max_scroll())
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, maximum)
        self.scroll_bar.setPageStep(max(round(self.canvas.viewport_height()), 1))
        self.scroll_bar.setSingleStep(22)
        self.scroll_bar.setValue(round(self.canvas.view_state.scroll))
        self.scroll_bar.blockSignals(False)
        self.scroll_bar.setVisible(maximum > 0)
        self.range_label.setText(self._range_text())

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        self.canvas.scroll_to(float(value))

    def _range_text(self) -> str:
        if self.canvas.scene is None:
            return ""
        return visible_range_words(self.canvas.view_state)
