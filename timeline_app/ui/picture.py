"""The timeline as a picture: PNG, SVG and PDF files, and the pages File → Print prints.

Everything is drawn by the canvas's own :class:`~timeline_app.ui.canvas.renderer.CanvasRenderer`,
so an export looks like the screen: the same lanes, rows, marks, clusters and labels. Above
the canvas a title block says what the picture shows (the timeline's title, the range in
words, how many of its events and which filters); below it, the legend explains the marks.

A picture is one canvas ``width`` logical pixels wide. Printed and PDF pages split a long
range side by side in time, each page with its own axis, title block and "Page n of m", at
a zoom where labels stay whole (see :func:`paint_pages`). Text stays text: ``<text>``
elements in the SVG, real (searchable, copyable) text in the PDF.

Only a :class:`~PySide6.QtGui.QGuiApplication` is needed (no widgets), so the command line
can export with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from timeline_app.domain.dates import CALENDAR_YEARS, calendar_day, year_start
from timeline_app.domain.lanes import MAX_LABEL_PX, estimated_label_px
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import Timeline
from timeline_app.domain.saving import write_bytes_atomically
from timeline_app.domain.selection import (
    DateRange,
    EventFilter,
    describe_selection,
    filter_mask,
    in_time_order,
    search_texts,
)
from timeline_app.domain.timescale import ViewState
from timeline_app.ui.canvas.canvas import visible_range_words
from timeline_app.ui.canvas.renderer import CanvasRenderer, Highlights, header_height, lane_boxes
from timeline_app.ui.canvas.scene import CanvasScene
from timeline_app.ui.canvas.style import GUTTER
from timeline_app.ui.theme import LIGHT, Theme

PRINT_POINT_SIZE = 8.0
"""The canvas's text on paper, in points: small, but as readable as a printed map's labels."""
MIN_PRINT_SHRINK = 0.8
"""How far a page may be shrunk (to 6.4 pt text) to hold every lane before lanes go on pages of their own."""
MAX_AUTO_PAGES = 20
"""The most pages side by side that printing chooses by itself (a ``pages`` argument may ask for more)."""
PAGE_MARGIN_MM = 10.0
MIN_WIDTH = GUTTER + 240
"""The narrowest picture: the lane names and a plot wide enough for a few labels."""
MAX_PIXELS = 400_000_000
"""The largest PNG (in pixels) we draw: 1.6 GB of memory while drawing."""

_PAD = 12.0
"""Space around the title block's text and around the legend."""
_SVG_FONT_FALLBACK = re.compile(r'font-family="([^"]*)"')


@dataclass(frozen=True)
class PictureRequest:
    """What to draw: which events, which range, how big, and what to mark."""

    timeline: Timeline
    wanted: EventFilter = field(default_factory=EventFilter)
    """Filters and search, as on screen: search matches are highlighted, hidden categories' lanes left out."""
    days: tuple[float, float] | None = None
    """Days ``[first, last)`` drawn. ``None``: the filter's window if it has one, else the whole timeline
    (what Fit all shows on the canvas: everything in the file, with a margin)."""
    width: int = 1600
    """Logical pixels (pictures only: pages take the paper's width)."""
    height: int | None = None
    """The whole picture's height, title block included; ``None``: tall enough for every lane."""
    selected: str | None = None
    """The id of an event drawn selected, as on screen."""
    legend: bool = True
    title_block: bool = True
    theme: Theme = LIGHT
    """The colours of a picture (PNG, SVG); pages (PDF, print) are always light: paper is white."""


# -- public API ---------------------------------------------------------------------------------


def picture_range(request: PictureRequest) -> tuple[float, float]:
    """The days ``[first, last)`` a picture draws: ``request.days``, else the filter's window, else Fit all's range."""
    picture = _Picture(request, vector=False)
    return picture.first, picture.last


def picture_size(request: PictureRequest) -> QSize:
    """The picture's size in logical pixels, title block and legend included."""
    return _Picture(request, vector=False).size()


def render_image(request: PictureRequest, scale: float = 1.0) -> QImage:
    """The picture as an image ``scale`` times its logical size (device pixel ratio ``scale``).

    The image records ``96 × scale`` dots per inch: a picture for a 300 dpi print is ``scale=300/96``.
    Raises ``ValueError`` for a request that cannot be drawn (an unknown event, a size too small or too big).
    """
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"the scale must be a positive number, not {scale}")
    picture = _Picture(request, vector=False)
    size = picture.size()
    pixels = QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale))
    if pixels.width() * pixels.height() > MAX_PIXELS:
        raise ValueError(f"a picture of {pixels.width()} × {pixels.height()} pixels is too large to draw")
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(request.theme.background)
    painter = QPainter(image)
    try:
        picture.paint_picture(painter)
    finally:
        painter.end()
    # Set after painting: the resolution plays no part in drawing (fonts are sized in pixels).
    dots_per_metre = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.setText("Title", picture.title)
    image.setText("Description", picture.subtitle())
    image.setText("Software", "Timeline Viewer")
    return image


def write_png(request: PictureRequest, path: Path, *, scale: float = 1.0) -> QSize:
    """Write the picture as a PNG (see :func:`render_image`); returns its size in pixels (the file's).

    That is :func:`picture_size` times ``scale``, rounded up. Raises ``OSError`` when it cannot be written.
    """
    image = render_image(request, scale)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"could not encode the picture as PNG for {path}: {writer.errorString()}")
    buffer.close()
    write_bytes_atomically(Path(path), bytes(data.data()))
    return image.size()


def write_svg(request: PictureRequest, path: Path) -> QSize:
    """Write the picture as SVG, every label a ``<text>`` element; returns its size. Raises ``OSError``."""
    picture = _Picture(request, vector=True)
    size = picture.size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # SVG 1.1, not the default SVG Tiny 1.2 profile: only it keeps the canvas's clipping.
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(96)
    generator.setTitle(picture.title)
    generator.setDescription(f"{picture.subtitle()}. Drawn by Timeline Viewer.")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not start drawing the SVG for {path}")
    try:
        picture.paint_picture(painter)
    finally:
        painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    # A viewer without our font should still use a sans-serif one, as the widths were measured for.
    text = _SVG_FONT_FALLBACK.sub(lambda m: f'font-family="{m.group(1)}, sans-serif"', text)
    write_bytes_atomically(Path(path), text.encode("utf-8"))
    return size


def prepare_page_layout(device: QPagedPaintDevice, paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> None:
    """Landscape ``paper`` with 10 mm margins: what :func:`write_pdf` prints on, and File → Print offers first."""
    layout = QPageLayout(
        QPageSize(paper),
        QPageLayout.Orientation.Landscape,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def write_pdf(
    request: PictureRequest,
    path: Path,
    *,
    pages: int | None = None,
    paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> int:
    """Write the timeline as a PDF of landscape pages (see :func:`paint_pages`); returns the number of pages.

    Raises ``OSError`` when the file cannot be written, ``ValueError`` for a request that cannot be drawn.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    prepare_page_layout(writer, paper)
    writer.setTitle(request.timeline.title)
    writer.setCreator("Timeline Viewer")
    count = paint_pages(request, writer, pages=pages)  # its painter's end finishes the file
    buffer.close()
    write_bytes_atomically(Path(path), bytes(data.data()))
    return count


def paint_pages(request: PictureRequest, printer: QPagedPaintDevice, *, pages: int | None = None) -> int:
    """Paint the timeline onto ``printer``'s pages, as laid out there (paper, orientation, margins); returns the count.

    Text is :data:`PRINT_POINT_SIZE` points. A long range is split into ``pages`` pages side by
    side in time, each with the axis, the title block and "Page n of m". Without ``pages``, as
    many as it takes for every lane to be drawn at the zoom its rows were stacked for (where
    labels stay whole), at most :data:`MAX_AUTO_PAGES`; each page then spans whole years when
    it spans one or more. Lanes that do not fit a page's height, even shrunk to
    :data:`MIN_PRINT_SHRINK`, go on further pages for the same dates. ``request.width`` and
    ``request.height`` play no part. Raises ``OSError`` when the device cannot be painted on.
    """
    if pages is not None and pages < 1:
        raise ValueError(f"the number of pages must be at least 1, not {pages}")
    picture = _Picture(replace(request, theme=LIGHT), vector=True)
    dpi = printer.logicalDpiX()
    device_size = QSize(printer.width(), printer.height())
    plan = picture.plan_pages(device_size, dpi, pages)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("could not start printing (is the file or printer writable?)")
    try:
        for number, page in enumerate(plan.pages):
            if number and not printer.newPage():
                raise OSError("could not start a new page")
            painter.save()
            painter.scale(plan.device_per_px, plan.device_per_px)
            picture.paint_page(painter, plan, page, number)
            painter.restore()
    finally:
        painter.end()
    return len(plan.pages)


def range_in_words(first: float, last: float) -> str:
    """Days ``[first, last)`` as a reader says them: ``2021``, ``May 1994 – June 1995``, ``4 May 1994 – 1 March 1995``.

    A range of whole years, months or days is said exactly; any other (a view on screen) is
    rounded as the canvas's caption rounds it (``March 1994 – June 1996``).
    """
    if first.is_integer() and last.is_integer() and last > first:
        return DateRange.of_days(first, last).in_words()
    return visible_range_words(ViewState(first, last))


# -- the drawing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    first: float
    last: float
    lanes: list[int]


@dataclass(frozen=True)
class _PagePlan:
    pages: list[_Page]
    device_per_px: float
    """Device units per logical pixel."""
    width: float
    """A page's width in logical pixels."""
    lane_groups: int
    first: float
    last: float


class _Picture:
    """One request made ready to draw: the scene filtered, the range chosen, the words of its title block."""

    def __init__(self, request: PictureRequest, *, vector: bool) -> None:
        if QGuiApplication.instance() is None:
            raise RuntimeError("drawing a picture needs a QGuiApplication")
        self.request = request
        timeline = request.timeline
        self.title = timeline.title
        # The scene's rows (and so its mask) in time order, as the canvas has them from the event model.
        columns, events = in_time_order(timeline)
        self.scene = scene = CanvasScene(timeline, columns)
        wanted = request.wanted
        texts = _Once(lambda: search_texts(timeline, events))
        self.mask = filter_mask(timeline, columns, events, wanted, texts) if wanted.active else None
        self.search_active = bool(wanted.terms)
        self.allowed_lanes = (
            None
            if wanted.categories is None
            else [i for i, c in enumerate(timeline.categories) if c.id in wanted.categories]
        )
        scene.apply_filter(self.mask, self.search_active, self.allowed_lanes)
        self.lanes = list(scene.shown_lanes)
        self.lane_heights = {box.lane: box.height for box in lane_boxes(scene)}

        self.whole = request.days is None and wanted.window is None
        if request.days is not None:
            self.first, self.last = request.days
        elif wanted.window is not None:
            self.first, self.last = wanted.window
        else:
            self.first, self.last = scene.limits.first, scene.limits.last
        if not (math.isfinite(self.first) and math.isfinite(self.last) and self.last > self.first):
            raise ValueError(f"the range to draw, {self.first} to {self.last}, is empty")

        self.selected: int | None = None
        if request.selected is not None:
            try:
                self.selected = columns.ids.index(request.selected)
            except ValueError:
                raise ValueError(f"there is no event with the id '{request.selected}'") from None

        self._count_filter = wanted
        self._subtitles: dict[tuple[float, float], str] = {}
        self._count_texts = texts
        self._count_events = events
        self._columns = columns
        self.theme = request.theme
        self.renderer = CanvasRenderer(_export_font(vector=vector), theme=request.theme)
        self.renderer.legend_visible = False  # drawn below the canvas, not over its lanes
        self.renderer.whole_labels_at_edge = True  # a picture cannot be panned to read the rest of a label
        font = self.renderer.font
        self.title_font = QFont(self.renderer.bold_font)
        self.title_font.setPixelSize(max(round(font.pixelSize() * 1.45), 1))
        self.title_metrics = QFontMetricsF(self.title_font)
        self.text_font = QFont(font)
        self.text_metrics = QFontMetricsF(self.text_font)

    # -- words ------------------------------------------------------------------------------------

    def shown_between(self, first: float, last: float) -> int:
        """How many of the events drawn fall in ``[first, last)`` (an event on a hidden lane is not drawn)."""
        wanted = self._count_filter
        window = (first, last)
        if wanted.window is not None:
            window = (max(first, wanted.window[0]), min(last, wanted.window[1]))
        in_view = EventFilter(wanted.search, wanted.categories, wanted.confidences, window)
        mask = filter_mask(self.request.timeline, self._columns, self._count_events, in_view, self._count_texts)
        lanes = set(self.lanes)
        categories = self._columns.categories
        return sum(1 for row, shown in enumerate(mask) if shown and categories[row] in lanes)

    def range_words(self, first: float, last: float) -> str:
        if self.whole:
            return fill(
                translate("Picture", "%1, the whole timeline"), visible_range_words(ViewState(*self.scene.extent))
            )
        return range_in_words(first, last)

    def subtitle(self, first: float | None = None, last: float | None = None) -> str:
        """``2021 · 9 of 51 events · matching “kabul”``: the range, the count, the filters."""
        first = self.first if first is None else first
        last = self.last if last is None else last
        # Kept: every page of a printout says the same, and counting takes a pass over all events.
        words = self._subtitles.get((first, last))
        if words is None:
            shown = self.shown_between(first, last)
            selection = describe_selection(self.request.timeline, self._count_filter, shown)
            words = self._subtitles[(first, last)] = f"{self.range_words(first, last)} · {selection}"
        return words

    # -- a single picture -------------------------------------------------------------------------

    def title_height(self) -> float:
        if not self.request.title_block:
            return 0.0
        return math.ceil(_PAD + self.title_metrics.height() + 3 + self.text_metrics.height() + _PAD - 2)

    def legend_columns(self, width: float) -> int:
        """Four columns (two rows) where the width allows, else two, else one."""
        for columns in (4, 2):
            if self.renderer.legend_size(columns).width() + 2 * _PAD <= width:
                return columns
        return 1

    def footer_height(self, width: float) -> float:
        if not self.request.legend:
            return 0.0
        return self.renderer.legend_size(self.legend_columns(width)).height() + 2 * _PAD

    def content_height(self, lanes: list[int]) -> float:
        return sum(self.lane_heights[lane] for lane in lanes)

    def size(self) -> QSize:
        request = self.request
        if request.width < MIN_WIDTH:
            raise ValueError(f"a picture must be at least {MIN_WIDTH} pixels wide, not {request.width}")
        fixed = self.title_height() + self.footer_height(request.width)
        if request.height is None:
            height = math.ceil(fixed + header_height(self.scene) + self.content_height(self.lanes))
        else:
            least = math.ceil(fixed + header_height(self.scene) + 40)
            if request.height < least:
                raise ValueError(f"a picture of this timeline must be at least {least} pixels high")
            height = request.height
        return QSize(request.width, height)

    def paint_picture(self, painter: QPainter) -> None:
        size = self.size()
        width = float(size.width())
        canvas_top = self.title_height()
        canvas_height = size.height() - canvas_top - self.footer_height(width)
        painter.fillRect(QRectF(0, 0, width, size.height()), self.theme.background)
        if self.request.title_block:
            self._paint_title_block(painter, width, self.subtitle(), None)
        self._paint_canvas(painter, canvas_top, width, canvas_height, self.first, self.last, self.lanes)
        if self.request.legend:
            self._paint_legend(painter, width, canvas_top + canvas_height)

    # -- pages ------------------------------------------------------------------------------------

    def plan_pages(self, device_size: QSize, dpi: int, pages: int | None) -> _PagePlan:
        font_px = self.renderer.font.pixelSize()
        # Logical pixels are sized so the canvas's font prints at PRINT_POINT_SIZE.
        device_per_px = dpi / (font_px * 72 / PRINT_POINT_SIZE)
        width, height = device_size.width() / device_per_px, device_size.height() / device_per_px
        if width < MIN_WIDTH:
            raise ValueError("the paper is too narrow for the timeline")
        header = header_height(self.scene)
        needed = self.title_height() + header + self.content_height(self.lanes) + self.footer_height(width)
        if needed > height:
            shrink = max(MIN_PRINT_SHRINK, height / needed)
            device_per_px *= shrink
            width, height = width / shrink, height / shrink
        room = height - self.title_height() - header - self.footer_height(width)
        if room < 40:
            raise ValueError("the paper is too short for the timeline")
        groups = _lane_groups(self.lanes, self.lane_heights, room)
        zoom = max((self.scene.layout.lanes[lane].px_per_day for lane in self.lanes), default=0.0)
        slices = _time_slices(self.first, self.last, pages, width - GUTTER, zoom * self._label_width_ratio())
        plan_pages = [_Page(first, last, group) for first, last in slices for group in groups]
        return _PagePlan(plan_pages, device_per_px, width, len(groups), slices[0][0], slices[-1][1])

    def _label_width_ratio(self) -> float:
        """How much wider this font's labels are than the lane layout estimated (at least 1).

        The layout stacks rows for labels of a cheap estimated width; a zoom that wide in
        the real font is what keeps them apart on paper.
        """
        titles = self.scene.columns.titles
        sample = titles if len(titles) <= 2000 else titles[:: len(titles) // 2000]
        estimated = sum(estimated_label_px(sample))
        if not estimated:
            return 1.0
        measured = sum(min(self.renderer.text_width(title), MAX_LABEL_PX) for title in sample)
        return max(measured / estimated, 1.0)

    def paint_page(self, painter: QPainter, plan: _PagePlan, page: _Page, number: int) -> None:
        width = plan.width
        canvas_top = self.title_height()
        canvas_height = header_height(self.scene) + self.content_height(page.lanes)
        where = fill(translate("Picture", "This page: %1"), range_in_words(page.first, page.last))
        if plan.lane_groups > 1:
            first_lane = self.lanes.index(page.lanes[0]) + 1
            last_lane = self.lanes.index(page.lanes[-1]) + 1
            where += fill(translate("Picture", ", lanes %1–%2 of %3"), first_lane, last_lane, len(self.lanes))
        if self.request.title_block:
            subtitle = self.subtitle(plan.first, plan.last)
            # One page says it all on the left; more pages say which this is, and what it shows, on the right.
            page_of = fill(translate("Picture", "Page %1 of %2"), number + 1, len(plan.pages))
            page_words = (page_of, where) if len(plan.pages) > 1 else None
            self._paint_title_block(painter, width, subtitle, page_words)
        self._paint_canvas(painter, canvas_top, width, canvas_height, page.first, page.last, page.lanes)
        if self.request.legend:
            self._paint_legend(painter, width, canvas_top + canvas_height)

    # -- parts ------------------------------------------------------------------------------------

    def _paint_title_block(self, painter: QPainter, width: float, subtitle: str, page: tuple[str, str] | None) -> None:
        title_line = QRectF(_PAD, _PAD, width - 2 * _PAD, self.title_metrics.height())
        text_line = QRectF(_PAD, title_line.bottom() + 3, width - 2 * _PAD, self.text_metrics.height())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        title_room = subtitle_room = title_line.width()
        if page is not None:
            # The page's own words on the right; the timeline's on the left give way to them.
            page_number, where = page
            painter.setFont(self.text_font)
            painter.setPen(self.theme.text)
            painter.drawText(title_line, int(right), page_number)
            painter.setPen(self.theme.text_secondary)
            painter.drawText(text_line, int(right), where)
            title_room -= self.text_metrics.horizontalAdvance(page_number) + 3 * _PAD
            subtitle_room -= self.text_metrics.horizontalAdvance(where) + 3 * _PAD
        painter.setFont(self.title_font)
        painter.setPen(self.theme.text)
        title = self.title_metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, title_room)
        painter.drawText(title_line, int(left), title)
        painter.setFont(self.text_font)
        painter.setPen(self.theme.text_secondary)
        painter.drawText(
            text_line, int(left), self.text_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, subtitle_room)
        )

    def _paint_canvas(
        self, painter: QPainter, top: float, width: float, height: float, first: float, last: float, lanes: list[int]
    ) -> None:
        self.scene.apply_filter(self.mask, self.search_active, lanes)
        painter.save()
        try:
            painter.translate(0, top)
            # No clip of our own around the renderer's: Qt's SVG output does not restore an outer
            # clip after an inner one, and the renderer keeps everything inside its size anyway.
            # Whole pixels: the renderer lays out for a widget's integer size.
            view, highlights = ViewState(first, last), Highlights(self.selected)
            self.renderer.paint(painter, math.floor(width), math.ceil(height), view, self.scene, highlights)
        finally:
            painter.restore()

    def _paint_legend(self, painter: QPainter, width: float, top: float) -> None:
        columns = self.legend_columns(width)
        size = self.renderer.legend_size(columns)
        self.renderer.paint_legend(painter, QPointF(width - _PAD - size.width(), top + _PAD), columns)


def _lane_groups(lanes: list[int], heights: dict[int, float], room: float) -> list[list[int]]:
    """The lanes in page-high groups, in order; a lane taller than a page gets one to itself."""
    groups: list[list[int]] = [[]]
    used = 0.0
    for lane in lanes:
        if groups[-1] and used + heights[lane] > room:
            groups.append([])
            used = 0.0
        groups[-1].append(lane)
        used += heights[lane]
    return groups


def _time_slices(
    first: float, last: float, pages: int | None, plot_width: float, px_per_day: float
) -> list[tuple[float, float]]:
    """The ranges of the pages side by side, each ``plot_width`` wide, with equal spans.

    ``pages=None`` takes as many as the zoom ``px_per_day`` needs (at most :data:`MAX_AUTO_PAGES`).
    Pages of a year or more start on 1 January and span whole years, the range widened evenly
    at both ends (by less than a year a page) to a multiple of the years per page, so every
    page has the same zoom.
    """
    span = last - first
    start_year, end_year = calendar_day(first).year, calendar_day(math.ceil(last) - 1).year
    years = end_year - start_year + 1
    calendar = start_year in CALENDAR_YEARS and end_year in CALENDAR_YEARS
    count: int
    per_page = 0
    if pages is None:
        if px_per_day <= 0:
            return [(first, last)]
        years_fitting = math.floor(plot_width / (px_per_day * 365.2425))
        count = min(max(math.ceil(span * px_per_day / plot_width), 1), MAX_AUTO_PAGES)
        if calendar and years_fitting >= 1 and count > 1:
            # As few pages as whole years allow, then the years spread evenly over them
            # (4 years where 3 fit: two pages of 2, not 3 and an almost empty one).
            count = min(math.ceil(years / years_fitting), MAX_AUTO_PAGES)
            per_page = math.ceil(years / count)
            count = math.ceil(years / per_page)
    else:
        count = pages
        if calendar and count > 1 and years >= count:
            per_page = math.ceil(years / count)
            if count * per_page - years >= per_page:
                per_page = 0  # whole years would leave a page empty: split the range evenly instead
    if count <= 1:
        return [(first, last)]
    if per_page:
        extra = count * per_page - years
        first_year = start_year - extra // 2
        return [
            (float(year_start(first_year + i * per_page)), float(year_start(first_year + (i + 1) * per_page)))
            for i in range(count)
        ]
    step = span / count
    return [(first + i * step, first + (i + 1) * step) for i in range(count)]


def _export_font(*, vector: bool) -> QFont:
    """The application's font, as the canvas uses it, sized in pixels.

    In pixels, not points, so that text measured here is the size it is drawn at on any
    device: an image, an SVG, or a PDF page scaled to its resolution. Named by the family
    it resolves to ("DejaVu Sans", not "Sans Serif") for an SVG viewer's sake. For vector
    output without hinting: the widths are the font's own then, as PDF and SVG readers lay text out.
    """
    base = QGuiApplication.font()
    info = QFontInfo(base)
    font = QFont(base)
    font.setFamilies([info.family()])
    font.setPixelSize(max(info.pixelSize(), 1))
    if vector:
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "ﬁ" ligatures: text copied or searched in a PDF reads "first", as typed.
        font.setFeature(QFont.Tag("liga"), 0)
    return font


class _Once:
    """A function's result, computed on the first call and kept."""

    def __init__(self, compute: Callable[[], list[str]]) -> None:
        self._compute = compute
        self._result: list[str] | None = None

    def __call__(self) -> list[str]:
        if self._result is None:
            self._result = self._compute()
        return self._result
