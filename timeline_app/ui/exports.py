"""Writing an export that Qt draws: the timeline picture (PNG, SVG, PDF) and the report as PDF.

:func:`write_export` writes any :class:`~timeline_app.domain.exporting.ExportRequest`, for
File → Export… and ``timeline-app export``; what needs no Qt it leaves to the domain. It needs
a ``QGuiApplication`` (offscreen is enough).
"""

from __future__ import annotations

from pathlib import Path

from timeline_app.domain.exporting import ExportKind, ExportRequest, write_document
from timeline_app.domain.language import fill, translate
from timeline_app.domain.report import report_html, report_title
from timeline_app.ui import picture
from timeline_app.ui.report_pdf import write_report_pdf
from timeline_app.ui.theme import LIGHT, Theme, current_theme


def write_export(request: ExportRequest, path: Path) -> str:
    """Write ``request`` to ``path`` and say what was written.

    Raises ``OSError`` if the file cannot be written, ``ValueError`` (with a sentence for the
    reader) for a picture that cannot be drawn at the size asked for.
    """
    if not request.drawn_by_qt:
        return write_document(request, path)
    if request.kind is ExportKind.REPORT:
        events = request.events()
        scope = request.scope(len(events))
        html = report_html(request.timeline, events, scope=scope)
        pages = write_report_pdf(html, path, title=report_title(request.timeline))
        on = translate("Export", "the report on %Ln event(s)", None, len(events))
        return fill(translate("Export", "%1 as a PDF of %Ln page(s) (%2)", None, pages), on, scope)
    picture_request = picture_request_of(request)
    if request.suffix == "png":
        size = picture.write_png(picture_request, path, scale=request.scale)
        return fill(
            translate("Export", "the timeline picture as a PNG image of %1×%2 px (%3)"),
            size.width(),
            size.height(),
            request.scope(),
        )
    if request.suffix == "svg":
        size = picture.write_svg(picture_request, path)
        return fill(
            translate("Export", "the timeline picture as an SVG drawing of %1×%2 (%3)"),
            size.width(),
            size.height(),
            request.scope(),
        )
    pages = picture.write_pdf(picture_request, path)
    return fill(translate("Export", "the timeline picture as a PDF of %Ln page(s) (%1)", None, pages), request.scope())


def picture_request_of(request: ExportRequest, theme: Theme | None = None) -> picture.PictureRequest:
    """What to draw for ``request``: in ``theme``, or by default in the current theme for a PNG or SVG
    (a picture looks like the screen) and the light one for a PDF (paper is white)."""
    days = request.days or (request.range.days if request.range is not None else None)
    if theme is None:
        theme = current_theme() if request.suffix in ("png", "svg") else LIGHT
    return picture.PictureRequest(
        timeline=request.timeline,
        wanted=request.wanted,
        days=days,
        width=request.width,
        height=request.height,
        selected=request.selected,
        legend=request.legend,
        title_block=request.title_block,
        theme=theme,
    )
