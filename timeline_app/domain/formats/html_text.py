"""HTML as another tool's file writes it (TimelineJS's headlines, texts, captions) turned into plain text.

Our format's texts are plain: the detail pane shows them as typed. So markup is read the
way a browser would lay it out, not stripped blindly: paragraphs and other blocks become
blank lines, ``<br>`` a line break, list items lines of their own, runs of white space one
space, and entities their characters. What a browser does not show (scripts, styles) is
dropped. Links are collected, so a reader can keep them (as sources); so is the ``<cite>``
of a quotation, which names who said it rather than being part of what was said, and, when
asked, every ``<blockquote>`` of a text that has a ``<cite>`` (TimelineJS's way to quote
someone, and how our own export writes the quotes after an event's first).

A ``<cite>`` names someone only if it holds a letter or a digit (``<cite>—</cite>`` is
decoration). What follows a ``<cite>`` in its own paragraph belongs to the attribution, not
to the words (``<p><cite>Jane Doe</cite>, Minister</p>``), and two ``<cite>`` side by side
are two names, parted by a comma. A ``<blockquote>`` of a text read for its quotations that
names nobody stays in the text, inside quotation marks, so it still reads as quoted words.

The parser is most of the cost of reading a large file, so two common cases skip it and are
read exactly as it reads them (``test_format_timelinejs.py`` holds both to it): text with no
``<`` and no ``&`` (most headlines, credits, groups and dates), and simple markup, where every
``<`` starts a plain tag from a short list (``<p>``, ``<a href="…">``, ``<b>``, ``<br/>``…)
with quoted attributes, whose tags are handed to the same reader as the parser's. Anything
else (comments, scripts, unquoted attributes, a stray ``<``) goes through the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
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
_SIMPLE_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[\t\n\r\f ]+[a-zA-Z][-a-zA-Z0-9_:.]*[\t\n\r\f ]*=[\t\n\r\f ]*"
    r"(?:\"[^\"<>]*\"|'[^'<>]*'))*)[\t\n\r\f ]*(/?)>"
)
"""A tag as the parser reads it without surprises: a name, attributes with quoted values, and nothing else."""
_SIMPLE_ATTRIBUTE = re.compile(r"([a-zA-Z][-a-zA-Z0-9_:.]*)[\t\n\r\f ]*=[\t\n\r\f ]*(?:\"([^\"<>]*)\"|'([^'<>]*)')")
_SIMPLE_TAGS = frozenset(
    {
        *("a", "abbr", "b", "bdi", "blockquote", "br", "cite", "code", "dd", "del", "div", "dl", "dt", "em"),
        *("figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark"),
        *("ol", "p", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "ul", "var", "wbr"),
    }
)
"""Tags whose content the parser reads as it reads any text (not a script's or a title's, for one)."""
_SOURCE_LABEL = "source:"
"""How our TimelineJS export names a quotation's source, in the paragraph after it (``timelinejs_writer.py``)."""
_OPENING_MARKS = '"“„«'
_CLOSING_MARKS = '"”»'
"""Double quotation marks around words already quoted: not doubled when a quotation is marked as one."""


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
    """Who the first ``<cite>`` names (see :attr:`QuoteBlock.cite`), when cites were set aside."""
    attribution: str | None = None
    """Every ``<cite>`` set aside, as written (see :attr:`QuoteBlock.attribution`)."""
    quotes: tuple[QuoteBlock, ...] = ()
    """The quotations (each ``<blockquote>`` with a ``<cite>``), when they were asked for: not part of :attr:`text`."""


@dataclass(frozen=True, slots=True)
class QuoteBlock:
    """A ``<blockquote>`` with a ``<cite>`` in a text: the words, who the ``<cite>`` names, and a source if given."""

    text: str
    cite: str
    """The first ``<cite>``, with what follows it in its paragraph when that goes on after a comma
    ("Jane Doe, Minister"): who is quoted, "Name, role"."""
    source: Link | None = None
    """A link written "source: <a …>" in the paragraph right after the quotation, as our own export writes it."""
    attribution: str = ""
    """Every ``<cite>`` of the quotation, each with what follows it in its paragraph: the attribution as written."""


def html_to_text(
    markup: str, *, set_aside_cite: bool = False, link_targets_inline: bool = False, quotes: bool = False
) -> PlainText:
    """The text a browser shows for ``markup``, laid out as plain text.

    ``set_aside_cite``: the text of ``<cite>`` elements goes into :attr:`PlainText.cite`
    instead of the text (a quotation's speaker). ``link_targets_inline``: a link's web
    address follows its text in brackets, for texts that cannot cite sources (a
    timeline's description), so the address is not lost. ``quotes``: each ``<blockquote>``
    with a ``<cite>`` goes into :attr:`PlainText.quotes` instead of the text.
    """
    if "<" not in markup and "&" not in markup:
        return _plain(markup)
    tags = _simple_tags(markup)
    if tags is None:
        return parse_html(markup, set_aside_cite=set_aside_cite, link_targets_inline=link_targets_inline, quotes=quotes)
    reader = _Reader(set_aside_cite=set_aside_cite, link_targets_inline=link_targets_inline, quotes=quotes)
    position = 0
    for tag in tags:
        if tag.start() > position:
            reader.handle_data(unescape(markup[position : tag.start()]))
        position = tag.end()
        closing, name, attributes, self_closing = tag.groups()
        if closing:
            reader.handle_endtag(name.lower())
            continue
        pairs: list[tuple[str, str | None]] = [
            (found.group(1).lower(), unescape(found.group(2) if found.group(2) is not None else found.group(3)))
            for found in _SIMPLE_ATTRIBUTE.finditer(attributes)
        ]
        if self_closing:
            reader.handle_startendtag(name.lower(), pairs)
        else:
            reader.handle_starttag(name.lower(), pairs)
    if position < len(markup):
        reader.handle_data(unescape(markup[position:]))
    return reader.result()


def parse_html(
    markup: str, *, set_aside_cite: bool = False, link_targets_inline: bool = False, quotes: bool = False
) -> PlainText:
    """:func:`html_to_text` always through the HTML parser (the tests hold the plain-text shortcut to it)."""
    reader = _Reader(set_aside_cite=set_aside_cite, link_targets_inline=link_targets_inline, quotes=quotes)
    reader.feed(markup)
    reader.close()
    return reader.result()


def _simple_tags(markup: str) -> list[re.Match[str]] | None:
    """The tags of ``markup`` when it is simple markup (see the module's description), else ``None``."""
    tags = list(_SIMPLE_TAG.finditer(markup))
    if len(tags) != markup.count("<"):
        return None  # a "<" that starts no simple tag: a comment, a stray "<", an unquoted attribute…
    for tag in tags:
        closing, name, attributes, self_closing = tag.groups()
        if name.lower() not in _SIMPLE_TAGS or (closing and (attributes or self_closing)):
            return None
    return tags


def _plain(text: str) -> PlainText:
    """What the parser makes of text without markup: one run of data, its white space collapsed, the ends trimmed.

    The parser hands such text to :meth:`_Reader.handle_data` whole; :meth:`_Reader.result`
    then trims it with ``str.strip`` (which trims a no-break space too, unlike the collapsing).
    """
    bare = tuple(_bare_url_matches(text)) if "://" in text else ()
    return PlainText(_WHITE_SPACE.sub(" ", text).strip(), bare_urls=bare)


def _bare_url_matches(data: str) -> list[str]:
    return [match.group().rstrip(_URL_TRAILING_PUNCTUATION) for match in _BARE_URL.finditer(data)]


def html_to_line(markup: str) -> str:
    """``markup`` as one line of plain text: for headlines, captions, credits and names."""
    return as_line(html_to_text(markup).text)


def as_line(text: str) -> str:
    """Text made plain (:attr:`PlainText.text`) on one line: its line breaks and runs of white space one space."""
    return _WHITE_SPACE.sub(" ", text)


@dataclass
class _Anchor:
    href: str
    text: list[str] = field(default_factory=list)
    source_of: int | None = None
    """The quotation (its index) this link is the source of: it follows "source:" right after the quotation."""


@dataclass
class _Cite:
    """A ``<cite>`` set aside: its words, and what follows it in its own paragraph (part of the attribution)."""

    words: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)

    def speaker(self) -> str:
        """The words, with what follows on their line when it goes on after a comma: "Jane Doe, Minister"."""
        words, after = _collapsed(self.words), self.lines_after()
        return f"{words}{after[0]}" if after and after[0].startswith(",") else words

    def lines_after(self) -> list[str]:
        """What follows the cite in its paragraph, line by line ("…, Minister<br>Speech at the UN")."""
        return [line for line in map(_collapsed, "".join(self.after).split("\n")) if line]


def _collapsed(parts: list[str] | str) -> str:
    return " ".join("".join(parts).split())


def _attribution(cites: list[_Cite]) -> str:
    """The cites as written, each followed by what follows it; two with nothing between them parted by a comma."""
    text = after = ""
    for cite in cites:
        if text:
            # What follows a cite ("and") leads into the next; with nothing between them, they are a list.
            text += " " if after else ", "
        words, after = _collapsed(cite.words), "; ".join(cite.lines_after())
        text += words + ("" if not after or after[0] in ",.;:)" else " ") + after
    return text


def _speaker(cites: list[_Cite]) -> str:
    return cites[0].speaker() if cites else ""


@dataclass
class _OpenQuote:
    """Where a ``<blockquote>`` began, to take its text out of the text around it if it holds a ``<cite>``."""

    out: int
    cite: int
    pending_break: int


class _Reader(HTMLParser):
    def __init__(self, *, set_aside_cite: bool, link_targets_inline: bool, quotes: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._set_aside_cite = set_aside_cite
        self._link_targets_inline = link_targets_inline
        self._read_quotes = quotes
        self._quote_depth = 0
        self._open_quote: _OpenQuote | None = None
        self._quotes: list[QuoteBlock] = []
        self._after_quote: int | None = None
        """The quotation just closed, while nothing but white space has followed it."""
        self._context: tuple[int, int] | None = None
        """The paragraph right after a quotation: the quotation's index, and where the paragraph's text starts."""
        self._out: list[str] = []
        self._pending_break = 0
        self._hidden_depth = 0
        self._cite_depth = 0
        self._cites: list[_Cite] = []
        self._after_cite: _Cite | None = None
        """The ``<cite>`` just closed, while its paragraph goes on: what follows it there is part of the attribution."""
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
        after_quote, self._after_quote = self._after_quote, None
        if tag == "p" and after_quote is not None:
            self._context = (after_quote, len(self._out))
        if tag == "br":
            self._break(_LINE)
        elif tag in _BLOCKS:
            self._break(_PARAGRAPH)
        elif tag in _LINES:
            self._break(_LINE)
            if tag == "li":
                self._text_out("• ")
        elif tag == "cite" and (self._set_aside_cite or self._quote_depth):
            if not self._cite_depth:
                self._after_cite = None
                self._cites.append(_Cite())
            self._cite_depth += 1
        elif tag == "a":
            self._anchors.append(_Anchor(dict(attrs).get("href") or "", source_of=self._source_label_before()))
        if tag == "blockquote" and self._read_quotes:
            if not self._quote_depth:
                self._open_quote = _OpenQuote(len(self._out), len(self._cites), self._pending_break)
            self._quote_depth += 1
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
            if not self._cite_depth:
                self._end_cite()
        elif tag == "a" and self._anchors:
            anchor = self._anchors.pop()
            text = " ".join("".join(anchor.text).split())
            link = Link(text, anchor.href.strip())
            self._links.append(link)
            if anchor.source_of is not None and self._quotes[anchor.source_of].source is None:
                quote = self._quotes[anchor.source_of]
                self._quotes[anchor.source_of] = QuoteBlock(quote.text, quote.cite, link)
            href = anchor.href.strip()
            if self._link_targets_inline and href.startswith(("http://", "https://")) and text != href:
                self._text_out(f" ({href})")
        elif tag == "p":
            self._context = None
        if tag == "blockquote" and self._quote_depth:
            self._quote_depth -= 1
            if not self._quote_depth:
                self._close_quote()
        if self._open_notes and self._open_notes[-1] == tag:
            self._open_notes.pop()
            self._break(_PARAGRAPH)

    @override
    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._after_quote is not None and data.strip():
            self._after_quote = None
        if self._cite_depth:
            self._cites[-1].words.append(data)
            return
        for anchor in self._anchors:
            anchor.text.append(data)
        if not self._anchors and "://" in data:  # every bare address has one: most text needs no search
            self._bare_urls.extend(_bare_url_matches(data))
        if self._after_cite is not None:
            self._after_cite.after.append(data)
            return
        self._text_out(data)

    def _end_cite(self) -> None:
        """A ``<cite>`` has ended: it names someone only with a letter or digit in it (``—`` is decoration)."""
        cite = self._cites[-1]
        if any(c.isalnum() for c in "".join(cite.words)):
            self._after_cite = cite
        else:
            self._cites.pop()

    def _close_quote(self) -> None:
        """The outermost ``<blockquote>`` has ended: with a ``<cite>``, it is a quotation, taken out of the text."""
        opened, self._open_quote = self._open_quote, None
        if opened is None:
            return
        cites = self._cites[opened.cite :]
        del self._cites[opened.cite :]
        words = "\n".join(line.strip() for line in "".join(self._out[opened.out :]).split("\n")).strip()
        if not cites:
            if words:
                self._mark_quoted(opened, words)
            return
        attribution = _attribution(cites)
        if not words:
            self._text_out(attribution)  # nobody is quoted: the <cite> is all the block says, and a reader sees it
            self._break(_PARAGRAPH)
            return
        del self._out[opened.out :]
        # The text goes on as if the quotation had not been there: a paragraph apart from what came before.
        self._pending_break = max(opened.pending_break, _PARAGRAPH)
        self._quotes.append(QuoteBlock(words, _speaker(cites), attribution=attribution))
        self._after_quote = len(self._quotes) - 1

    def _mark_quoted(self, opened: _OpenQuote, words: str) -> None:
        """A blockquote naming nobody stays in the text, but inside quotation marks: they are still quoted words."""
        del self._out[opened.out :]
        self._pending_break = max(opened.pending_break, _PARAGRAPH)
        if not (words[0] in _OPENING_MARKS and words[-1] in _CLOSING_MARKS and len(words) > 1):
            words = f"“{words}”"
        self._text_out(words[0])  # puts the break before the block, as any text after a block gets one
        self._out.append(words[1:])  # as it is: its paragraphs stay paragraphs
        self._break(_PARAGRAPH)

    def _source_label_before(self) -> int | None:
        """The quotation whose source a link starting here is: it follows "source:" in the paragraph after it."""
        if self._context is None:
            return None
        index, start = self._context
        return index if "".join(self._out[start:]).rstrip().casefold().endswith(_SOURCE_LABEL) else None

    def _break(self, kind: int) -> None:
        if self._after_cite is not None:
            if kind == _PARAGRAPH:
                self._after_cite = None  # the cite's paragraph has ended: so has its attribution
            else:
                self._after_cite.after.append("\n")
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
        cite = _speaker(self._cites) if self._set_aside_cite else ""
        attribution = _attribution(self._cites) if self._set_aside_cite else ""
        return PlainText(
            text, tuple(self._links), tuple(self._bare_urls), cite or None, attribution or None, tuple(self._quotes)
        )
