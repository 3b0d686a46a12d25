"""Widgets: the main window, the event list, the detail pane and the timeline canvas."""
