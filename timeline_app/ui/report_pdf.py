"""The events-and-sources report on paper: typeset by Qt into a PDF file or onto any printer.

The report's HTML (``domain/report.py``) is laid out by a :class:`QTextDocument` and painted
page by page, so every page gets a footer with the report's title and "page N of M". The same
function paints onto a :class:`QPdfWriter` (File → Export) and onto a :class:`QPrinter` (File →
Print and its preview), so a printout and a PDF are the same pages. Text stays text: a reader
can search and copy it.

Links work in the PDF too: a source's address opens it, and a link within the report (``[3]``,
an event's title in the contents) goes to its place, which Qt's PDF writer records as a named
destination from the HTML's ``id``.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from timeline_app.domain.language import fill, translate
from timeline_app.domain.saving import replacing

PAGE_MARGINS_MM = QMarginsF(18, 16, 18, 14)
"""Left, top, right, bottom: the bottom margin leaves room below the footer for a printer's grip."""
FOOTER_HEIGHT_PT = 22.0
"""Taken from the bottom of the text area for the footer line."""
PDF_RESOLUTION = 300
"""Dots per inch of the PDF's coordinates: text and lines are vectors whatever it is; it only rounds positions."""
CSS_DPI = 96
"""The report is laid out in CSS pixels, as a browser lays out its HTML."""
_ROOM_BELOW_HEADING = {2: 200.0, 3: 160.0, 4: 60.0}
"""Heading level → CSS pixels that must follow it on its page: a section's first lines, an event's
date, place and first lines, a few lines of quotes or sources."""
_FOOTER_COLOUR = QColor("#666666")
_FOOTER_POINT_SIZE = 8.0


def report_document(html: str) -> QTextDocument:
    """The report's HTML as a Qt document, not yet laid out for a page."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    # Without ligatures: a PDF viewer would otherwise copy and search "unveriﬁed" with the single
    # character "ﬁ", and a reader searching the PDF for "unverified" would not find it.
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def write_report_pdf(html: str, path: Path, *, title: str) -> int:
    """Write the report to a PDF file at ``path`` (A4 portrait), with ``title`` as the document's title.

    Returns the number of pages written. The file is written beside ``path`` and renamed over it
    when complete, so a failure never leaves half a PDF where a good file was. Raises
    ``OSError`` when the folder cannot be written.
    """
    with replacing(path) as temporary:
        pages = _write_pdf(html, temporary, title)
        if pages == 0:
            raise OSError(f"could not write the PDF {path}")
    return pages


def _write_pdf(html: str, path: Path, title: str) -> int:
    # The writer is finished when the painter ends and freed on return, before the file is renamed.
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Timeline Viewer")
    writer.setResolution(PDF_RESOLUTION)
    portrait = QPageLayout.Orientation.Portrait
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(a4, portrait, PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter))
    return _paint_report(html, writer, title)


def print_report(html: str, printer: QPrinter) -> None:
    """Typeset the report onto ``printer``, with the printer's page size and orientation and our margins.

    Used by File → Print and by its preview; a printer set to write a PDF file gives the same pages.
    """
    printer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    _paint_report(html, printer, printer.docName() or _document_title(html))


def _document_title(html: str) -> str:
    return report_document(html).metaInformation(QTextDocument.MetaInformation.DocumentTitle)


def _paint_report(html: str, device: QPagedPaintDevice, title: str) -> int:
    """Lay the report out for ``device``'s pages and paint them; the number of pages painted (0 if it failed).

    The layout is in CSS pixels, 96 to the inch, whatever the device: Qt applies the HTML's
    pixel sizes to paragraphs' margins in the layout device's own pixels, so on a 1200 dpi
    printer a 24px gap would shrink to a twelfth of its size. It is laid out with design
    metrics (no hinting), so the same report breaks into the same lines and pages on every
    printer and in the PDF, and painted scaled to the device's resolution.
    """
    buffer = QBuffer()
    measure = QPdfWriter(buffer)  # only measures: its resolution is the layout's, it is never painted on
    measure.setResolution(CSS_DPI)
    document = report_document(html)
    document.setUseDesignMetrics(True)
    document.documentLayout().setPaintDevice(measure)
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    to_css = CSS_DPI / 72
    footer_height = FOOTER_HEIGHT_PT * to_css
    body = QSizeF(area.width() * to_css, area.height() * to_css - footer_height)
    document.setPageSize(body)
    _keep_headings_with_their_text(document, body.height())
    pages = document.pageCount()
    scale_x, scale_y = device.logicalDpiX() / CSS_DPI, device.logicalDpiY() / CSS_DPI

    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(_FOOTER_POINT_SIZE)
        footer = QRectF(0, body.height() * scale_y, body.width() * scale_x, footer_height * scale_y)
        for page in range(pages):
            if page > 0 and not device.newPage():
                return 0
            painter.save()
            painter.scale(scale_x, scale_y)
            _paint_page(painter, document, page, body)
            painter.restore()
            _paint_footer(painter, footer_font, footer, title, page, pages)
    finally:
        painter.end()
    return pages


def _keep_headings_with_their_text(document: QTextDocument, page_height: float) -> None:
    """Start a new page at a heading that would otherwise end a page, cut off from what it heads.

    Qt's rich text ignores the CSS that says so (``break-after: avoid``), so after laying the
    report out, a heading with too little room below it on its page gets a page break before it
    (before the rule above an event's title, when there is one), from the top down.

    Laying out the rest of the report again after each break takes time growing with the square
    of its length (a minute for 1,500 events). So passes first place the breaks reckoning that
    each moves what follows down by the room it leaves, and lay the report out once at their end;
    lines that no longer straddle a page's foot make that reckoning slightly off, so a few passes
    settle it. A last, exact pass (laying out again after each break) catches what they missed,
    which by then is little or nothing.
    """
    if document.blockCount() > _EXACT_UP_TO_BLOCKS:
        for _ in range(_ESTIMATED_PASSES):
            if not _break_before_stranded_headings(document, page_height, exact=False):
                break
    _break_before_stranded_headings(document, page_height, exact=True)


_EXACT_UP_TO_BLOCKS = 3000
"""Up to about 230 events (the bundled 51 make 1,327 blocks), breaks are placed exactly, one at a time:
about two seconds at most. The estimate places a few breaks early (a report of 375 events took 158 pages
instead of 140), a fair price beyond that for a report that no longer takes minutes."""
_ESTIMATED_PASSES = 12


def _break_before_stranded_headings(document: QTextDocument, page_height: float, *, exact: bool) -> bool:
    """One pass of :func:`_keep_headings_with_their_text`; whether it added a break.

    ``exact``: lay out what follows again after each break (slow); else reckon where it moved to.
    """
    layout = document.documentLayout()
    shift = 0.0
    """How far the breaks placed in this pass have moved what follows them down (when not ``exact``)."""
    added = False
    editing = QTextCursor(document)
    if not exact:
        # One edit for the whole pass: Qt then lays out again once, at its end, not at each break.
        editing.beginEditBlock()
    block = document.begin()
    while block.isValid():
        room_needed = _ROOM_BELOW_HEADING.get(block.blockFormat().headingLevel())
        if room_needed is not None:
            before = block.previous()
            start = before if before.isValid() and _is_rule(before) else block
            top = layout.blockBoundingRect(start).top() + shift
            # Where on its page it starts; a pixel's tolerance, as a page's top may not be an exact multiple.
            offset = top - math.floor((top + 1) / page_height) * page_height
            already = start.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if offset > 1 and page_height - offset < room_needed and not already:
                block_format = start.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                editing.setPosition(start.position())
                editing.setBlockFormat(block_format)
                added = True
                if exact:
                    # Qt lays out again only the block changed; what follows moves down a page.
                    document.markContentsDirty(start.position(), document.characterCount() - start.position())
                else:
                    # It moves to the next page's top, keeping its top margin (rectangles start below it).
                    shift += page_height - offset + start.blockFormat().topMargin()
        block = block.next()
    if not exact:
        editing.endEditBlock()
        if added:
            document.markContentsDirty(0, document.characterCount())
    return added


def _is_rule(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)


def _paint_page(painter: QPainter, document: QTextDocument, page: int, body: QSizeF) -> None:
    painter.save()
    top = page * body.height()
    painter.translate(QPointF(0, -top))
    page_area = QRectF(0, top, body.width(), body.height())
    painter.setClipRect(page_area)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = page_area
    document.documentLayout().draw(painter, context)
    painter.restore()


def _paint_footer(painter: QPainter, font: QFont, area: QRectF, title: str, page: int, pages: int) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(_FOOTER_COLOUR)
    flags = Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextSingleLine
    number = fill(translate("Report", "page %1 of %2"), page + 1, pages)
    number_width = painter.fontMetrics().horizontalAdvance(number) * 1.2
    title_area = QRectF(area.left(), area.top(), area.width() - number_width, area.height())
    elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(title_area.width()))
    painter.drawText(title_area, int(flags | Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(area, int(flags | Qt.AlignmentFlag.AlignRight), number)
    painter.restore()
