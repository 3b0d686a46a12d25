"""What part of the timeline is on screen, as plain data.

The canvas never edits its view directly: every change (zoom about a point, pan, set a
range, fit) is a method of :class:`ViewState` that returns a new, clamped state. That
keeps navigation testable without painting and makes the limits one rule in one place.

Time is in days since 1970-01-01 (see :mod:`timeline_app.domain.columns`); ``x`` is in
pixels from the left edge of the time area, whose width the caller passes in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

MIN_SPAN_DAYS = 1.0
"""The deepest zoom: about one day across the view."""

FIT_MARGIN = 0.03
"""Fraction of the data's span added on each side when fitting everything."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How far the view may pan and zoom out (``first``..``last``) and how far it may zoom in."""

    first: float
    last: float
    min_span: float = MIN_SPAN_DAYS

    def __post_init__(self) -> None:
        if not (math.isfinite(self.first) and math.isfinite(self.last)) or self.last - self.first < self.min_span:
            raise ValueError(f"limits [{self.first}, {self.last}] are narrower than {self.min_span} days")

    @classmethod
    def around(cls, first: float, last: float, margin: float = FIT_MARGIN) -> Limits:
        """The range ``[first, last)`` widened by ``margin`` of its span on each side."""
        pad = max((last - first) * margin, MIN_SPAN_DAYS)
        return cls(first - pad, last + pad)

    @property
    def span(self) -> float:
        return self.last - self.first


@dataclass(frozen=True, slots=True)
class ViewState:
    """Visible days ``[start, end)`` and the vertical scroll of the lanes in pixels."""

    start: float
    end: float
    scroll: float = 0.0

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2

    # -- mapping -------------------------------------------------------------------------

    def px_per_day(self, width: float) -> float:
        return width / self.span

    def x_of(self, day: float, width: float) -> float:
        return (day - self.start) * width / self.span

    def day_at(self, x: float, width: float) -> float:
        return self.start + x * self.span / width

    # -- changes: each returns a new state inside ``limits`` -------------------------------

    def zoom_by(self, factor: float, about: float, limits: Limits) -> ViewState:
        """Scale the span by ``factor`` (< 1 zooms in) keeping the day ``about`` where it is on screen."""
        if not factor > 0:
            raise ValueError(f"zoom factor must be positive, not {factor}")
        span = min(max(self.span * factor, limits.min_span), limits.span)
        if span == self.span:
            # Already at a limit: returning self (not a recomputed copy) is what keeps the view from jittering.
            return self
        fraction = (about - self.start) / self.span
        start = about - fraction * span
        return self._placed(start, span, limits)

    def pan_by(self, days: float, limits: Limits) -> ViewState:
        """Move the view ``days`` later (negative: earlier), stopping at the limits."""
        return self._placed(self.start + days, self.span, limits)

    def set_range(self, start: float, end: float, limits: Limits) -> ViewState:
        """Show ``[start, end)``, widened to the minimum span about its centre and kept inside the limits."""
        if end < start:
            start, end = end, start
        span = min(max(end - start, limits.min_span), limits.span)
        return self._placed((start + end) / 2 - span / 2, span, limits)

    def fit(self, limits: Limits) -> ViewState:
        """Show everything the limits allow."""
        return ViewState(limits.first, limits.last, self.scroll)

    def scroll_to(self, y: float, max_scroll: float) -> ViewState:
        """Scroll the lanes to ``y`` pixels, between 0 and ``max_scroll``."""
        clamped = min(max(y, 0.0), max(max_scroll, 0.0))
        return self if clamped == self.scroll else replace(self, scroll=clamped)

    def _placed(self, start: float, span: float, limits: Limits) -> ViewState:
        # Shift (never shrink) into the limits, and keep the span exactly, so panning into
        # a limit stops dead instead of drifting by rounding errors.
        start = min(max(start, limits.first), limits.last - span)
        if start == self.start and span == self.span:
            return self
        return ViewState(start, start + span, self.scroll)
