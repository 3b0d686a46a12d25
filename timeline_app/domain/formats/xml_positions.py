"""A small XML tree whose elements know where they start in the file, read without the dangers of XML.

The importers must say where each problem is, and Python's ElementTree keeps no positions. So
this reads the file with expat (the parser under ElementTree) and keeps, for every element, the
line and column of its start tag: 1-based both, the column counted in characters, as our other
readers and editors count them.

Everything that makes a file unreadable is an :class:`XmlRefusal` with its position and a
message in plain English: bytes that are not in the file's encoding, a malformed document
(expat's terse messages are translated), nesting deeper than the caller allows, and any entity
declaration or outside document type definition. Entities are refused outright rather than
limited: a few hundred bytes of nested entities expand to gigabytes ("billion laughs"), and an
external entity reads another file or a web address into the document. No file format the app
reads uses them.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

_DECLARED_ENCODING = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
_DECLARED_ENCODING_TEXT = re.compile(r"\A<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
_ENTITY_START = re.compile(rb"&[^\s&<>;'\"]*\Z")
"""An "&" and what may follow it in an entity reference, up to where expat found it broken."""
_UTF8_NAMES = frozenset({"utf-8", "utf8"})
_UTF16_NAMES = frozenset({"utf-16", "utf16", "utf-16le", "utf-16be"})
_SAVE_AS_UTF8 = "save the file as UTF-8"


@dataclass(slots=True, eq=False)
class XmlElement:
    """An element with the position of its start tag, its attributes, children and own text."""

    tag: str
    line: int
    column: int
    attributes: dict[str, str]
    children: list[XmlElement] = field(default_factory=list)
    text: str = ""
    """The character data directly inside this element (not inside its children), entities resolved."""


class XmlRefusal(Exception):  # noqa: N818 - a refusal of the file, not a programming error
    """The bytes are not a readable XML document: where (1-based line and column) and why, in plain words."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.line = line
        self.column = column
        self.message = message


def position_of_byte(raw: bytes, index: int) -> tuple[int, int]:
    """The 1-based line and column (in characters, as UTF-8) of the byte at ``index``."""
    line_start = raw.rfind(b"\n", 0, index) + 1
    line = raw.count(b"\n", 0, index) + 1
    before = raw[line_start:index]
    if line_start == 0:
        before = before.removeprefix(codecs.BOM_UTF8)  # expat does not count the mark as a character
    return line, len(before.decode("utf-8", errors="replace")) + 1


def parse_xml(raw: bytes, *, max_depth: int, on_root: Callable[[XmlElement], None] | None = None) -> XmlElement:
    """The document's root element, with positions; :class:`XmlRefusal` when it cannot be read.

    ``on_root`` sees the root element as soon as its start tag is read (without its children),
    so a caller can refuse a document of the wrong kind before the rest of it is read; whatever
    it raises propagates.
    """
    _check_encoding(raw)
    return _TreeBuilder(raw, max_depth, on_root).parse()


def _check_encoding(raw: bytes) -> None:
    """Refuse text that is not in UTF-8 unless the XML declaration names its encoding (expat then reads it)."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise XmlRefusal(1, 1, f"the file is UTF-32 text, which XML readers do not read; {_SAVE_AS_UTF8}")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Checked here because expat would read UTF-16 whatever the declaration says.
        head = raw[:400].decode("utf-16", errors="replace")
        declared = _DECLARED_ENCODING_TEXT.match(head)
        if declared is None or declared.group(1).lower() not in _UTF16_NAMES:
            raise XmlRefusal(1, 1, f"the file is UTF-16 text, but its XML declaration does not say so; {_SAVE_AS_UTF8}")
        return
    declared_bytes = _DECLARED_ENCODING.match(raw)
    if declared_bytes is not None and declared_bytes.group(1).decode("ascii", "replace").lower() not in _UTF8_NAMES:
        return  # another encoding, named: expat reads it, or says it cannot
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = position_of_byte(raw, exc.start)
        raise XmlRefusal(
            line,
            column,
            f"byte 0x{raw[exc.start]:02X} is not UTF-8 text; {_SAVE_AS_UTF8}, "
            'or name its encoding in the XML declaration (<?xml version="1.0" encoding="…"?>)',
        ) from None


class _TreeBuilder:
    def __init__(self, raw: bytes, max_depth: int, on_root: Callable[[XmlElement], None] | None) -> None:
        self._raw = raw
        self._max_depth = max_depth
        self._on_root = on_root
        self._root: XmlElement | None = None
        self._open: list[XmlElement] = []
        self._texts: list[list[str]] = []
        parser = expat.ParserCreate()
        # Whole runs of text in one call, rather than a call per line or per entity.
        parser.buffer_text = True
        # Never read an outside DTD or parameter entity (the default, said here so it stays so).
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        self._parser = parser

    def parse(self) -> XmlElement:
        try:
            self._parser.Parse(self._raw, True)
        except expat.ExpatError as exc:
            column, explanation = exc.offset + 1, self._explain(exc.code)
            kind = expat.errors.messages.get(exc.code)
            if kind == expat.errors.XML_ERROR_TAG_MISMATCH:
                column -= 2  # expat points at the closing tag's name; the reader looks for its "</"
            elif kind == expat.errors.XML_ERROR_INVALID_TOKEN:
                # A bare "&" is the commonest slip in hand-edited XML; expat points after it.
                index = self._parser.ErrorByteIndex
                ampersand = _ENTITY_START.search(self._raw, max(0, index - 64), index)
                if ampersand is not None:
                    column -= len(ampersand.group().decode("utf-8", errors="replace"))
                    explanation = "an “&” in text must be written &amp; (and a “<” &lt;)"
            raise XmlRefusal(exc.lineno, column, f"not well-formed XML: {explanation}") from None
        except (LookupError, ValueError):
            # pyexpat reads 8-bit encodings through Python's codecs; an unknown name is a LookupError,
            # a multi-byte one (Shift_JIS, GB2312…) a ValueError.
            declared = _DECLARED_ENCODING.match(self._raw)
            name = declared.group(1).decode("ascii", "replace") if declared else "?"
            raise XmlRefusal(
                1, 1, f"the XML declaration names the encoding '{name}', which this app cannot read; {_SAVE_AS_UTF8}"
            ) from None
        assert self._root is not None  # expat refuses a document without an element
        return self._root

    def _here(self) -> tuple[int, int]:
        return self._parser.CurrentLineNumber, self._parser.CurrentColumnNumber + 1

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        line, column = self._here()
        if len(self._open) >= self._max_depth:
            raise XmlRefusal(line, column, f"the XML is nested more than {self._max_depth} levels deep")
        element = XmlElement(tag, line, column, attributes)
        if self._open:
            self._open[-1].children.append(element)
        else:
            self._root = element
            if self._on_root is not None:
                self._on_root(element)
        self._open.append(element)
        self._texts.append([])

    def _end(self, tag: str) -> None:
        element = self._open.pop()
        element.text = "".join(self._texts.pop())

    def _text(self, data: str) -> None:
        if self._texts:
            self._texts[-1].append(data)

    def _doctype(self, name: str, system_id: str | None, public_id: str | None, has_internal_subset: bool) -> None:
        # A bare <!DOCTYPE name> is harmless; entity declarations inside one are refused where they are.
        if system_id is not None or public_id is not None:
            line, column = self._declaration_start(b"<!DOCTYPE")
            raise XmlRefusal(
                line,
                column,
                f"the document type refers to a definition elsewhere ('{system_id or public_id}'); "
                "it is refused, because this app never reads other files or the web on a file's behalf",
            )

    def _entity(self, name: str, is_parameter_entity: bool, *_details: object) -> None:
        line, column = self._declaration_start(b"<!ENTITY")
        raise XmlRefusal(
            line,
            column,
            f"the file declares an entity (<!ENTITY {'% ' if is_parameter_entity else ''}{name} …>); it is refused, "
            "because entities can make a small file expand without limit or read other files",
        )

    def _declaration_start(self, keyword: bytes) -> tuple[int, int]:
        # expat reports a declaration where it finished reading it; the reader wants where it starts.
        index = self._raw.rfind(keyword, 0, self._parser.CurrentByteIndex + 1)
        if index < 0:  # text in an encoding that does not spell the keyword in ASCII (UTF-16)
            return self._here()
        return position_of_byte(self._raw, index)

    def _explain(self, code: int) -> str:
        message = expat.errors.messages.get(code, "")
        if message == expat.errors.XML_ERROR_TAG_MISMATCH and self._open:
            inner = self._open[-1]
            return f"this closing tag does not match <{inner.tag}>, opened at line {inner.line}, column {inner.column}"
        if message == expat.errors.XML_ERROR_NO_ELEMENTS:
            if self._open:
                inner = self._open[-1]
                return (
                    f"the file ends before <{inner.tag}> (line {inner.line}, column {inner.column}) is closed; "
                    "is it cut short?"
                )
            return "there is no element in the file"
        if message == expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT and self._root is not None:
            return f"there is more after the end of the root element </{self._root.tag}>, which must come last"
        return _EXPAT_MESSAGES.get(message, message or f"expat error {code}")


_EXPAT_MESSAGES = {
    expat.errors.XML_ERROR_SYNTAX: "this is not XML syntax",
    expat.errors.XML_ERROR_INVALID_TOKEN: ("a character here is not allowed (in text, write < as &lt; and & as &amp;)"),
    expat.errors.XML_ERROR_UNCLOSED_TOKEN: "a tag, comment or declaration that starts here is not closed",
    expat.errors.XML_ERROR_PARTIAL_CHAR: "the file ends in the middle of a character",
    expat.errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "an attribute is given twice in this tag",
    expat.errors.XML_ERROR_UNDEFINED_ENTITY: (
        "an unknown entity (&…;): XML knows only &amp; &lt; &gt; &quot; &apos; and numbered characters; "
        "write a plain & as &amp;"
    ),
    expat.errors.XML_ERROR_BAD_CHAR_REF: "this character reference (&#…;) names a character XML does not allow",
    expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "a CDATA section that starts here is not closed with ]]>",
    expat.errors.XML_ERROR_MISPLACED_XML_PI: (
        "the XML declaration (<?xml …?>) must come first in the file, before any space or text"
    ),
    expat.errors.XML_ERROR_XML_DECL: "the XML declaration (<?xml …?>) is not well-formed",
    expat.errors.XML_ERROR_INCORRECT_ENCODING: (
        f"the encoding named in the XML declaration does not match the file's bytes; {_SAVE_AS_UTF8}"
    ),
    expat.errors.XML_ERROR_UNKNOWN_ENCODING: (
        f"the XML declaration names an encoding this app cannot read; {_SAVE_AS_UTF8}"
    ),
    expat.errors.XML_ERROR_TAG_MISMATCH: "this closing tag does not match the element it closes",
    expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "there is more after the end of the root element",
}
