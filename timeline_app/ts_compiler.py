"""Compile Qt Linguist ``.ts`` translation sources into the ``.qm`` files ``QTranslator`` loads.

Pure standard library, for two places that have no Qt tools: the wheel's build (``setup.py``
runs it in an isolated environment with only setuptools) and a checkout installed in
development mode, where the app compiles its ``.ts`` files in memory at start-up. The output
is what ``lrelease`` writes for the same messages (a test compares them message by message
through ``QTranslator``): a magic number, then tagged blocks — the language, a hash table
sorted by the ELF hash of source text and disambiguation, the messages, and the language's
plural rules, which Qt's ``tr(..., n)`` needs to pick "5 событий" rather than "5 события".

Messages without a translation (an empty or vanished one) are left out, as ``lrelease`` leaves
them, so Qt falls back to the English source text.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_TAG_END = 0x01
_TAG_TRANSLATION = 0x03
_TAG_SOURCE_TEXT = 0x06
_TAG_CONTEXT = 0x07
_TAG_COMMENT = 0x08
_BLOCK_HASHES = 0x42
_BLOCK_MESSAGES = 0x69
_BLOCK_NUMERUS_RULES = 0x88
_BLOCK_LANGUAGE = 0xA7

NUMERUS_RULES = {
    # Qt's own encoding of CLDR's rules (linguist's numerus.cpp), as lrelease writes them.
    # English and Azerbaijani: n == 1, otherwise.
    "en": bytes([0x01, 0x01]),
    "az": bytes([0x01, 0x01]),
    # Russian: n % 10 == 1 and n % 100 != 11; n % 10 in 2..4 and n % 100 not in 10..19; otherwise.
    "ru": bytes([0x11, 0x01, 0xFD, 0x29, 0x0B, 0xFF, 0x14, 0x02, 0x04, 0xFD, 0x2C, 0x0A, 0x13]),
}
NUMERUS_FORMS = {"en": 2, "az": 2, "ru": 3}
"""How many plural forms each language's ``numerusform`` list has."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    """The disambiguation (``<comment>`` in the ``.ts``; the third argument of ``translate``)."""
    translations: tuple[str, ...]
    """One text, or one per plural form for a numerus message; empty when untranslated."""
    numerus: bool
    finished: bool


@dataclass(frozen=True)
class TranslationSource:
    language: str
    """The target language's code as the ``.ts`` gives it, e.g. ``ru`` or ``az``."""
    messages: tuple[Message, ...]

    @property
    def base_language(self) -> str:
        return self.language.replace("-", "_").split("_", 1)[0].lower()


def read_ts(path: Path) -> TranslationSource:
    """The messages of a ``.ts`` file (vanished and obsolete ones left out)."""
    root = ElementTree.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=texts if any(texts) else (),
                    numerus=numerus,
                    finished=kind != "unfinished",
                )
            )
    return TranslationSource(root.get("language", ""), tuple(messages))


def elf_hash(data: bytes) -> int:
    """The hash ``QTranslator`` looks messages up by (the ELF hash, never 0)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _text_field(tag: int, text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack(">BI", tag, len(data)) + data


def _message_record(message: Message) -> bytes:
    record = bytearray()
    for translation in message.translations:
        data = translation.encode("utf-16-be")
        record += struct.pack(">BI", _TAG_TRANSLATION, len(data)) + data
    record += _text_field(_TAG_COMMENT, message.comment)
    record += _text_field(_TAG_SOURCE_TEXT, message.source)
    record += _text_field(_TAG_CONTEXT, message.context)
    record.append(_TAG_END)
    return bytes(record)


def _block(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def compile_qm(source: TranslationSource) -> bytes:
    """The ``.qm`` bytes for ``source``: every message that has a translation."""
    messages = bytearray()
    hashes: list[tuple[int, int]] = []
    for message in source.messages:
        if not message.translations:
            continue
        hashes.append((elf_hash((message.source + message.comment).encode("utf-8")), len(messages)))
        messages += _message_record(message)
    out = bytearray(QM_MAGIC)
    if source.language:
        out += _block(_BLOCK_LANGUAGE, source.language.encode("utf-8"))
    out += _block(_BLOCK_HASHES, b"".join(struct.pack(">II", h, offset) for h, offset in sorted(hashes)))
    out += _block(_BLOCK_MESSAGES, bytes(messages))
    rules = NUMERUS_RULES.get(source.base_language)
    if rules is not None:
        out += _block(_BLOCK_NUMERUS_RULES, rules)
    return bytes(out)


def compile_ts_file(ts_path: Path, qm_path: Path) -> None:
    """Compile one ``.ts`` file into ``qm_path`` (its folder is made if needed)."""
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    qm_path.write_bytes(compile_qm(read_ts(ts_path)))


def compile_folder(ts_folder: Path, qm_folder: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``ts_folder`` to a ``.qm`` of the same name in ``qm_folder``."""
    written = []
    for ts_path in sorted(ts_folder.glob("*.ts")):
        qm_path = qm_folder / ts_path.with_suffix(".qm").name
        compile_ts_file(ts_path, qm_path)
        written.append(qm_path)
    return written
