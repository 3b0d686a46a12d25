"""The detail pane: what happened, when, who said what, and where each fact comes from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from timeline_app.domain.language import translate
from timeline_app.domain.model import Event, Timeline
from timeline_app.ui.detail_document import (
    COPY_CITATION_SCHEME,
    EVENT_SCHEME,
    EventDocument,
    render_empty,
    render_welcome,
)
from timeline_app.ui.theme import current_theme

WEB_SCHEMES = frozenset({"http", "https"})


class DetailPane(QTextBrowser):
    """Shows one event. Receives events, never model indexes, so it can be tested alone."""

    related_event_requested = Signal(str)
    """An ``event:ID`` link was clicked; the window selects that event."""
    citation_copied = Signal(str)
    """A citation was copied to the clipboard (the text), for the status bar."""
    link_refused = Signal(str)
    """A link with a scheme other than http(s) was clicked and not opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._document: EventDocument | None = None
        self._empty = ""
        self._welcome: Timeline | None = None
        """The timeline whose welcome is shown while no event is."""
        self.show_event(None, None)

    @property
    def event_document(self) -> EventDocument | None:
        return self._document

    def show_event(self, timeline: Timeline | None, event: Event | None, *, empty: str = "") -> None:
        self._empty = empty
        colours = current_theme().pane
        if timeline is None or event is None:
            self._document = None
            if timeline is not None and not empty:
                self.setHtml(render_welcome(timeline, colours))
            else:
                message = empty or translate(
                    "DetailPane", "Select an event to read what happened, who said what, and the sources."
                )
                self.setHtml(render_empty(message, colours))
            self._welcome = timeline
            return
        self._document = EventDocument(timeline, event)
        self.setHtml(self._document.html(colours))
        self.verticalScrollBar().setValue(0)

    def show_in_current_theme(self) -> None:
        """Typeset what is shown again in the current theme's colours, keeping the reader's place in it."""
        scrolled = self.verticalScrollBar().value()
        document = self._document
        if document is None:
            self.show_event(self._welcome, None, empty=self._empty)
        else:
            self.setHtml(document.html(current_theme().pane))
        self.verticalScrollBar().setValue(scrolled)

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Nothing remote (or local) is ever fetched into the pane: data files cannot make it load images.
        return None

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        elif scheme == EVENT_SCHEME:
            self.related_event_requested.emit(url.path())
        elif scheme == COPY_CITATION_SCHEME and self._document is not None:
            text = self._document.citation_text(int(url.path()))
            if text is not None:
                QGuiApplication.clipboard().setText(text)
                self.citation_copied.emit(text)
        else:
            self.link_refused.emit(url.toString())
