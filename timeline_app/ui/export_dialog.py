"""File → Export… and File → Print…: choose what leaves the window, see it, then write or print it.

The reader chooses the picture, the events or the report; the whole timeline or the range on
screen; with the current search and filters or without. The preview shows what will be
written: the picture drawn by the canvas's renderer, the first rows of the events file, or the
start of the report. Print uses the same choices (without file types) and opens Qt's print
preview, whose Print button reaches every printer, and "Print to File" gives a PDF.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.event_table import events_csv, events_json
from timeline_app.domain.exporting import SUFFIX_NAMES, ExportKind, ExportRequest
from timeline_app.domain.language import fill, translate
from timeline_app.domain.model import Timeline
from timeline_app.domain.report import report_html, report_title
from timeline_app.domain.selection import DateRange, EventFilter
from timeline_app.qtmodels.plain_text import rich_text_of
from timeline_app.ui import picture
from timeline_app.ui.exports import picture_request_of, write_export
from timeline_app.ui.report_pdf import print_report

PREVIEW_EVENTS = 12
"""How many events the events and report previews show: enough to judge, cheap for a million."""
PREVIEW_DELAY_MS = 120
"""Options change in bursts (typing a width); the preview follows once they settle."""
DPI_CHOICES = (96, 144, 192, 300)


class ExportDialog(QDialog):
    """Export (``printing=False``) or print (``printing=True``) the open timeline."""

    def __init__(
        self,
        timeline: Timeline,
        *,
        current_filter: EventFilter,
        screen_days: tuple[float, float],
        selected: str | None,
        file_stem: str,
        folder: Path,
        printing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog" if printing else "export_dialog")
        self.setWindowTitle(translate("ExportDialog", "Print") if printing else translate("ExportDialog", "Export"))
        self.timeline = timeline
        self.current_filter = replace(current_filter, window=None)
        """The window's search and filters; its "events in view" window is the range choice here."""
        self.screen_days = screen_days
        self.selected = selected
        self.file_stem = file_stem
        self.folder = folder
        """Where the save dialog starts: the timeline's own folder."""
        self.printing = printing
        self.written: Path | None = None
        self.message = ""
        """What the last export wrote, for the status bar."""

        self.kind_buttons: dict[ExportKind, QRadioButton] = {}
        kinds = (ExportKind.PICTURE, ExportKind.REPORT) if printing else tuple(ExportKind)
        what = QGroupBox(translate("ExportDialog", "What"))
        what_layout = QVBoxLayout(what)
        self._kind_group = QButtonGroup(self)
        for kind in kinds:
            button = QRadioButton(_kind_text(kind, printing))
            button.setObjectName(f"kind_{kind.value}")
            self._kind_group.addButton(button)
            what_layout.addWidget(button)
            self.kind_buttons[kind] = button
        self.kind_buttons[kinds[0]].setChecked(True)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format_combo")
        self.whole_button = QRadioButton(translate("ExportDialog", "The whole timeline"))
        self.whole_button.setObjectName("scope_whole")
        self.screen_button = QRadioButton(
            fill(translate("ExportDialog", "The range on screen: %1"), DateRange.of_days(*screen_days).in_words())
        )
        self.screen_button.setObjectName("scope_screen")
        self._scope_group = QButtonGroup(self)
        self._scope_group.addButton(self.whole_button)
        self._scope_group.addButton(self.screen_button)
        self.whole_button.setChecked(True)
        self.filters_check = QCheckBox(translate("ExportDialog", "With the current search and filters"))
        self.filters_check.setObjectName("apply_filters")
        self.filters_check.setChecked(self.current_filter.active)
        self.filters_check.setEnabled(self.current_filter.active)
        if not self.current_filter.active:
            self.filters_check.setToolTip(
                translate("ExportDialog", "No search or filter is set: every event is included.")
            )
        which = QGroupBox(translate("ExportDialog", "Which events"))
        which_layout = QVBoxLayout(which)
        for widget in (self.whole_button, self.screen_button, self.filters_check):
            which_layout.addWidget(widget)

        self.width_spin = _spin(480, 8000, 1600, translate("ExportDialog", " px"), "width_spin")
        self.height_spin = _spin(0, 8000, 0, translate("ExportDialog", " px"), "height_spin")
        self.height_spin.setSpecialValueText(translate("ExportDialog", "as tall as the lanes"))
        self.dpi_combo = QComboBox()
        self.dpi_combo.setObjectName("dpi_combo")
        decimal = QLocale().decimalPoint()
        for dpi in DPI_CHOICES:
            label = (
                fill(translate("ExportDialog", "%1 dpi (%2× the pixels)"), dpi, f"{dpi / 96:g}".replace(".", decimal))
                if dpi != 96
                else translate("ExportDialog", "96 dpi (screen)")
            )
            self.dpi_combo.addItem(label, dpi)
        self.title_check = QCheckBox(translate("ExportDialog", "Title, dates and what is shown, above"))
        self.title_check.setObjectName("title_check")
        self.title_check.setChecked(True)
        self.legend_check = QCheckBox(translate("ExportDialog", "Legend of the marks, below"))
        self.legend_check.setObjectName("legend_check")
        self.legend_check.setChecked(True)
        self.picture_options = QGroupBox(translate("ExportDialog", "Picture"))
        options = QFormLayout(self.picture_options)
        options.addRow(translate("ExportDialog", "Width:"), self.width_spin)
        options.addRow(translate("ExportDialog", "Height:"), self.height_spin)
        options.addRow(translate("ExportDialog", "Resolution:"), self.dpi_combo)
        options.addRow(self.title_check)
        options.addRow(self.legend_check)
        if printing:
            for field in (self.width_spin, self.height_spin, self.dpi_combo):
                options.setRowVisible(field, False)  # the pages decide; the title and legend are still a choice

        choices = QVBoxLayout()
        choices.addWidget(what)
        if not printing:
            format_row = QFormLayout()
            format_row.addRow(translate("ExportDialog", "File type:"), self.format_combo)
            choices.addLayout(format_row)
        choices.addWidget(which)
        choices.addWidget(self.picture_options)
        choices.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("export_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.picture_preview = QLabel()
        self.picture_preview.setObjectName("picture_preview")
        self.picture_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_preview.setMinimumSize(QSize(480, 300))
        self.picture_preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text_preview = QPlainTextEdit()
        self.text_preview.setObjectName("text_preview")
        self.text_preview.setReadOnly(True)
        self.text_preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_preview = QTextBrowser()
        self.report_preview.setObjectName("report_preview")
        self.report_preview.setOpenLinks(False)  # a preview; links are followed in the report itself
        self.preview = QStackedWidget()
        self.preview.addWidget(self.picture_preview)
        self.preview.addWidget(self.text_preview)
        self.preview.addWidget(self.report_preview)
        preview_box = QGroupBox(translate("ExportDialog", "Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.addLayout(choices)
        body.addWidget(preview_box, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton(
            translate("ExportDialog", "Print Preview…") if printing else translate("ExportDialog", "Export…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go_button.setObjectName("go_button")
        self.go_button.setDefault(True)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._kind_group.buttonToggled.connect(self._on_kind_changed)
        self._scope_group.buttonToggled.connect(self._schedule_preview)
        self.filters_check.toggled.connect(self._schedule_preview)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.width_spin.valueChanged.connect(self._schedule_preview)
        self.height_spin.valueChanged.connect(self._schedule_preview)
        self.dpi_combo.currentIndexChanged.connect(self._schedule_preview)
        self.title_check.toggled.connect(self._schedule_preview)
        self.legend_check.toggled.connect(self._schedule_preview)
        self._fill_formats()
        self.resize(1100, 640)
        self.refresh_preview()
        # Enter exports (or previews the print) at once; without this Qt gives the focus to Cancel.
        self.go_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the choice ------------------------------------------------------------------------

    def kind(self) -> ExportKind:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def suffix(self) -> str:
        if self.printing:
            return "pdf"
        return str(self.format_combo.currentData())

    def request(self) -> ExportRequest:
        """What the dialog's choices export now."""
        screen = self.screen_button.isChecked()
        height = self.height_spin.value()
        return ExportRequest(
            timeline=self.timeline,
            kind=self.kind(),
            suffix=self.suffix(),
            wanted=self.current_filter if self.filters_check.isChecked() else EventFilter(),
            range=DateRange.of_days(*self.screen_days) if screen else None,
            days=self.screen_days if screen else None,
            width=self.width_spin.value(),
            height=height or None,
            scale=float(self.dpi_combo.currentData()) / 96,
            selected=self.selected,
            legend=self.legend_check.isChecked(),
            title_block=self.title_check.isChecked(),
        )

    def suggested_name(self) -> str:
        kind = self.kind()
        part = {ExportKind.PICTURE: "", ExportKind.EVENTS: "-events", ExportKind.REPORT: "-report"}[kind]
        return f"{self.file_stem}{part}.{self.suffix()}"

    @Slot()
    def _on_kind_changed(self) -> None:
        self._fill_formats()
        self._schedule_preview()

    @Slot()
    def _on_format_changed(self) -> None:
        self._update_picture_options()
        self._schedule_preview()

    def _fill_formats(self) -> None:
        kind = self.kind()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for suffix in kind.suffixes:
            self.format_combo.addItem(f"{suffix_name(suffix)} (.{suffix})", suffix)
        self.format_combo.blockSignals(False)
        self._update_picture_options()

    def _update_picture_options(self) -> None:
        picture_kind = self.kind() is ExportKind.PICTURE
        self.picture_options.setVisible(picture_kind)
        self.dpi_combo.setEnabled(self.suffix() == "png")
        # A PDF is laid out on its pages, whatever size the picture would have on screen.
        self.width_spin.setEnabled(self.suffix() != "pdf")
        self.height_spin.setEnabled(self.suffix() != "pdf")

    # -- the preview -----------------------------------------------------------------------

    @Slot()
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        request = self.request()
        events = request.events()
        scope = request.scope(len(events))
        kind = request.kind
        if kind is ExportKind.PICTURE:
            try:
                self._preview_picture(request)
            except ValueError as exc:  # a size the picture cannot be drawn at
                self.summary.setText(fill(translate("ExportDialog", "Cannot draw the picture: %1"), exc))
                self.picture_preview.clear()
                self.go_button.setEnabled(False)
                return
            what = translate("ExportDialog", "the timeline picture")
        elif kind is ExportKind.EVENTS:
            shown = events[:PREVIEW_EVENTS]
            text = (
                events_csv(self.timeline, shown).lstrip("\ufeff")
                if request.suffix == "csv"
                else events_json(self.timeline, shown, request.range)
            )
            more = len(events) - len(shown)
            if more > 0:
                text += "\n" + translate("ExportDialog", "… and %Ln more event(s)", None, more)
            self.text_preview.setPlainText(text)
            self.preview.setCurrentWidget(self.text_preview)
            what = translate("ExportDialog", "%Ln event(s)", None, len(events))
        else:
            shown = events[:PREVIEW_EVENTS]
            self.report_preview.setHtml(report_html(self.timeline, shown, scope=scope))
            self.preview.setCurrentWidget(self.report_preview)
            what = translate("ExportDialog", "the report")
            if len(shown) < len(events):
                what += translate("ExportDialog", " (the preview shows the first %Ln event(s))", None, len(shown))
        if self.printing:
            summary = fill(translate("ExportDialog", "Will print %1 — %2"), what, scope)
        else:
            summary = fill(
                translate("ExportDialog", "Will write %1: %2 — %3"), suffix_name(request.suffix), what, scope
            )
        self.summary.setText(summary)
        self.go_button.setEnabled(bool(events) or kind is ExportKind.PICTURE)

    def _preview_picture(self, request: ExportRequest) -> None:
        target = self.picture_preview.size()
        image = picture.render_image(picture_request_of(replace(request, scale=1.0)), self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > target.width() * pixmap.devicePixelRatio() or pixmap.height() > target.height():
            pixmap = pixmap.scaled(
                target * pixmap.devicePixelRatio(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture_preview.setPixmap(pixmap)
        # The preview's own size, before its device pixels: laying the picture out again would cost
        # as much as drawing it (seconds for a million events).
        size = image.deviceIndependentSize().toSize()
        pixels = f"{math.ceil(size.width() * request.scale)}×{math.ceil(size.height() * request.scale)} px"
        self.picture_preview.setToolTip(rich_text_of(fill(translate("ExportDialog", "%1 at full size"), pixels)))
        self.preview.setCurrentWidget(self.picture_preview)

    # -- writing and printing --------------------------------------------------------------

    @Slot()
    def _go(self) -> None:
        if self.printing:
            self.print_preview()
            return
        suffix = self.suffix()
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export"),
            str(self.folder / self.suggested_name()),
            f"{suffix_name(suffix)} (*.{suffix});;" + translate("ExportDialog", "All files (*)"),
        )
        if name and self.export_to(self._with_suffix(Path(name))):
            self.accept()

    def _with_suffix(self, path: Path) -> Path:
        """``path`` named for what is written: a name typed with another type of this kind switches to it
        (``events.json`` with CSV chosen writes JSON); any other name gets the chosen type's suffix."""
        typed = path.suffix.lower().lstrip(".")
        if typed == self.suffix():
            return path
        index = self.format_combo.findData(typed)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)
            return path
        return path.with_name(f"{path.name}.{self.suffix()}")

    def export_to(self, path: Path) -> bool:
        """Write the current choice to ``path``; on failure say why and keep the dialog open."""
        try:
            written = write_export(self.request(), path)
        except OSError as exc:
            self.summary.setText(fill(translate("ExportDialog", "Could not write %1: %2"), path, exc.strerror or exc))
            return False
        except ValueError as exc:  # a picture that cannot be drawn at the size asked for
            self.summary.setText(fill(translate("ExportDialog", "Could not write %1: %2"), path, exc))
            return False
        self.written = path
        self.message = fill(translate("ExportDialog", "Exported %1: %2"), path.name, written)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Lay the current choice out on ``printer``'s pages (the preview calls this for every redraw)."""
        request = self.request()
        if request.kind is ExportKind.REPORT:
            events = request.events()
            print_report(report_html(self.timeline, events, scope=request.scope(len(events))), printer)
            return
        try:
            picture.paint_pages(picture_request_of(request), printer)
        except ValueError as exc:  # paper too small for the lanes: say so on the page the preview shows
            _paint_message(
                printer,
                fill(
                    translate("ExportDialog", "The timeline cannot be printed on this paper: %1. Choose larger paper."),
                    exc,
                ),
            )

    def printer(self) -> QPrinter:
        """A printer set up for the choice: landscape for the picture, the report's title in its footer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.kind() is ExportKind.PICTURE:
            printer.setDocName(self.timeline.title)
            picture.prepare_page_layout(printer)  # landscape, as the PDF export lays the picture out
        else:
            printer.setDocName(report_title(self.timeline))  # the footer of each page, as in the exported PDF
        return printer

    def print_preview(self) -> None:
        preview = QPrintPreviewDialog(self.printer(), self)
        preview.setObjectName("print_preview")
        preview.paintRequested.connect(self.print_to)
        if preview.exec() == QDialog.DialogCode.Accepted:
            self.message = translate("ExportDialog", "Sent to the printer")
            self.accept()


def _kind_text(kind: ExportKind, printing: bool) -> str:
    if kind is ExportKind.PICTURE:
        if printing:
            return translate("ExportDialog", "The timeline picture")
        return translate("ExportDialog", "The timeline picture (PNG, SVG or PDF)")
    if kind is ExportKind.EVENTS:
        return translate("ExportDialog", "The events (CSV or Timeline Viewer JSON)")
    if printing:
        return translate("ExportDialog", "The events-and-sources report")
    return translate("ExportDialog", "The events-and-sources report (PDF or HTML)")


def suffix_name(suffix: str) -> str:
    """A file type's name as the reader's language says it (``SUFFIX_NAMES`` keeps the English)."""
    names = {
        "png": translate("ExportDialog", "PNG image"),
        "svg": translate("ExportDialog", "SVG drawing"),
        "pdf": translate("ExportDialog", "PDF document"),
        "csv": translate("ExportDialog", "CSV spreadsheet"),
        "json": translate("ExportDialog", "Timeline Viewer JSON"),
        "html": translate("ExportDialog", "HTML page"),
    }
    return names.get(suffix, SUFFIX_NAMES[suffix])


def _paint_message(printer: QPrinter, message: str) -> None:
    painter = QPainter()
    if painter.begin(printer):
        try:
            area = QRectF(0, 0, printer.width(), printer.height())
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), message)
        finally:
            painter.end()


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setSingleStep(100)
    return spin
