"""The zoomable timeline canvas, its overview strip, and the panel that holds them."""

from timeline_app.ui.canvas.canvas import TimelineCanvas
from timeline_app.ui.canvas.overview import OverviewStrip
from timeline_app.ui.canvas.panel import TimelinePanel

__all__ = ["OverviewStrip", "TimelineCanvas", "TimelinePanel"]
