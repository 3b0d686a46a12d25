"""HTML as another tool's file writes it (TimelineJS's headlines, texts, captions) turned into plain text.

Our format's texts are plain: the detail pane shows them as typed. So markup is read the
way a browser would lay it out, not stripped blindly: paragraphs and other blocks become
blank lines, ``<br>`` a line break, list items lines of their own, runs of white space one
space, and entities their characters. What a browser does not show (scripts, styles) is
dropped. Links are collected, so a reader can keep them (as sources); so is the ``<cite>``
of a quotation, which names who said it rather than being part of what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from typing_extensions import override

_PARAGRAPH = 2
_LINE = 1

_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    }
)
"""Elements a browser lays out as blocks of their own: a blank line before and after."""

_LINES = frozenset({"li", "tr"})
"""Elements that start a line of their own, without a blank line between them."""

_HIDDEN = frozenset({"script", "style", "template", "head", "title", "noscript"})
"""Elements whose content a browser does not show."""

_NOTE_CLASS = "tl-note"
"""TimelineJS's class for an author's note in a slide's text: shown, set apart as a block."""

_WHITE_SPACE = re.compile(r"[ \t\n\r\f]+")
"""What HTML collapses into one space: ASCII white space only (a no-break space stays one)."""
_BARE_URL = re.compile(r"https?://[^\s<>\"']+")
_URL_TRAILING_PUNCTUATION = ".,;:!?)]}'\""


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the text: what it says and where it leads (``href`` as written)."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class PlainText:
    """HTML read as text: what a reader sees, the links in it, and the ``<cite>`` when it was set aside."""

    text: str
    links: tuple[Link, ...] = ()
    bare_urls: tuple[str, ...] = ()
    """Web addresses written as text, outside any link (TimelineJS makes these links too, unless told not to)."""
    cite: str | None = None


def html_to_text(markup: str, *, set_aside_cite: bool = False, link_targets_inline: bool = False) -> PlainText:
    """The text a browser shows for ``markup``, laid out as plain text.

    ``set_aside_cite``: the text of ``<cite>`` elements goes into :attr:`PlainText.cite`
    instead of the text (a quotation's speaker). ``link_targets_inline``: a link's web
    address follows its text in brackets, for texts that cannot cite sources (a
    timeline's description), so the address is not lost.
    """
    reader = _Reader(set_aside_cite=set_aside_cite, link_targets_inline=link_targets_inline)
    reader.feed(markup)
    reader.close()
    return reader.result()


def html_to_line(markup: str) -> str:
    """``markup`` as one line of plain text: for headlines, captions, credits and names."""
    return _WHITE_SPACE.sub(" ", html_to_text(markup).text)


@dataclass
class _Anchor:
    href: str
    text: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self, *, set_aside_cite: bool, link_targets_inline: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._set_aside_cite = set_aside_cite
        self._link_targets_inline = link_targets_inline
        self._out: list[str] = []
        self._pending_break = 0
        self._hidden_depth = 0
        self._cite_depth = 0
        self._cite: list[str] = []
        self._anchors: list[_Anchor] = []
        self._links: list[Link] = []
        self._bare_urls: list[str] = []
        self._open_notes: list[str] = []
        """Tags still open, for each that starts a TimelineJS note: its end ends the note's block."""

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
            return
        if tag == "br":
            self._break(_LINE)
        elif tag in _BLOCKS:
            self._break(_PARAGRAPH)
        elif tag in _LINES:
            self._break(_LINE)
            if tag == "li":
                self._text_out("• ")
        elif tag == "cite" and self._set_aside_cite:
            self._cite_depth += 1
        elif tag == "a":
            self._anchors.append(_Anchor(dict(attrs).get("href") or ""))
        classes = (dict(attrs).get("class") or "").split()
        if _NOTE_CLASS in classes:
            # TimelineJS shows a note apart from the text around it: keep it as a paragraph of its own.
            self._break(_PARAGRAPH)
            self._open_notes.append(tag)

    @override
    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break(_LINE)
        elif tag in _BLOCKS:
            self._break(_PARAGRAPH)

    @override
    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            return
        if tag in _BLOCKS:
            self._break(_PARAGRAPH)
        elif tag in _LINES:
            self._break(_LINE)
        elif tag == "cite" and self._cite_depth:
            self._cite_depth -= 1
        elif tag == "a" and self._anchors:
            anchor = self._anchors.pop()
            text = " ".join("".join(anchor.text).split())
            self._links.append(Link(text, anchor.href.strip()))
            href = anchor.href.strip()
            if self._link_targets_inline and href.startswith(("http://", "https://")) and text != href:
                self._text_out(f" ({href})")
        if self._open_notes and self._open_notes[-1] == tag:
            self._open_notes.pop()
            self._break(_PARAGRAPH)

    @override
    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._cite_depth:
            self._cite.append(data)
            return
        for anchor in self._anchors:
            anchor.text.append(data)
        if not self._anchors:
            self._bare_urls.extend(
                match.group().rstrip(_URL_TRAILING_PUNCTUATION) for match in _BARE_URL.finditer(data)
            )
        self._text_out(data)

    def _break(self, kind: int) -> None:
        self._pending_break = max(self._pending_break, kind)

    def _text_out(self, data: str) -> None:
        text = _WHITE_SPACE.sub(" ", data)
        if not text:
            return
        if self._pending_break:
            if not text.strip():
                return  # white space between blocks is not shown
            if self._out:
                self._out.append("\n" * self._pending_break)
            self._pending_break = 0
            text = text.lstrip()
        elif not self._out:
            text = text.lstrip()
        if text:
            self._out.append(text)

    def result(self) -> PlainText:
        while self._anchors:  # a link never closed still leads somewhere
            self.handle_endtag("a")
        lines = "".join(self._out).split("\n")
        text = "\n".join(line.strip() for line in lines).strip()
        cite = " ".join("".join(self._cite).split()) if self._set_aside_cite else ""
        return PlainText(text, tuple(self._links), tuple(self._bare_urls), cite or None)
