"""Bring the ``.ts`` translation sources up to date with the code.

    python resources/translations/update_translations.py


Finds every message in ``timeline_app/`` — each ``translate("Context", "text"[, disambiguation][, n])``
call (:func:`timeline_app.domain.language.translate`, or ``QCoreApplication.translate``) and each
``translatable("Context", "text")`` (or ``QT_TRANSLATE_NOOP``) marking a constant — and rewrites
``timeline_app_az.ts`` and ``timeline_app_ru.ts`` with them: translations already made are kept,
new messages come in unfinished (``type="unfinished"``, for a translator to fill in, in Qt
Linguist or by hand), messages the code no longer has are dropped. ``timeline_app_en.ts`` holds
only the plural messages, whose English forms follow from the ``(s)`` in the source text.

Why not ``pyside6-lupdate``: its Python parser finds ``translate(...)`` calls but does not see
the plural count in ``translate(context, text, None, n)``, and rewriting a ``.ts`` it then
drops the plural forms a translator wrote (checked with PySide6 6.11). This script reads the
same calls with :mod:`ast` and writes the same ``.ts`` format.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from timeline_app.ts_compiler import NUMERUS_FORMS, Message, read_ts  # noqa: E402

SOURCE_ROOT = REPO / "timeline_app"
TRANSLATED_LANGUAGES = ("az", "ru")
"""Every message translated; English is the source language and needs only its plural forms."""
PLURAL_ONLY_LANGUAGES = ("en",)


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    comment: str
    numerus: bool
    where: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


class NotALiteralError(ValueError):
    """A translate call whose context or text is not a literal string: no tool can extract it."""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        # QCoreApplication.translate(...); not str.translate(table) nor a widget's own methods.
        return call.func.attr if call.func.value.id in ("QCoreApplication", "QApplication") else ""
    return ""


def messages_in(path: Path) -> Iterator[Found]:
    """The translatable messages of one Python file, in the order they appear."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    relative = path.relative_to(REPO).as_posix()
    calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))
    for node in calls:
        name = _call_name(node)
        if name not in ("translate", "translatable", "QT_TRANSLATE_NOOP"):
            continue
        where = f"{relative}:{node.lineno}"
        args = list(node.args)
        keywords = {k.arg: k.value for k in node.keywords if k.arg is not None}
        context = _literal(args[0]) if args else None
        text = _literal(args[1]) if len(args) > 1 else None
        if context is None or text is None:
            if any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in args[:2]):
                # An f-string or a sum is a new text every time: no translator can have it.
                raise NotALiteralError(f"{where}: {name}() needs a literal text (fill %1 in after translating)")
            # A variable: a wrapper passing its parameters on, or a constant marked with translatable() where
            # it is defined (found there).
            continue
        comment_node = args[2] if len(args) > 2 else keywords.get("disambiguation")
        comment = _literal(comment_node) or ""
        numerus = len(args) > 3 or "n" in keywords
        yield Found(context, text, comment, numerus, where)


def all_messages(root: Path = SOURCE_ROOT) -> list[Found]:
    """Every message in the package, each (context, text, disambiguation) once, in file order."""
    seen: dict[tuple[str, str, str], Found] = {}
    for path in sorted(root.rglob("*.py")):
        for found in messages_in(path):
            earlier = seen.get(found.key)
            if earlier is None:
                seen[found.key] = found
            elif earlier.numerus != found.numerus:
                raise ValueError(f"{found.where}: '{found.source}' is a plural message at {earlier.where} but not here")
    return list(seen.values())


def english_forms(source: str) -> tuple[str, str]:
    """``%n event(s)`` → ``%n event``, ``%n events``."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _ts_text(language: str, messages: Iterable[tuple[Found, tuple[str, ...], bool]]) -> str:
    by_context: dict[str, list[tuple[Found, tuple[str, ...], bool]]] = {}
    for entry in messages:
        by_context.setdefault(entry[0].context, []).append(entry)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for found, translations, finished in by_context[context]:
            lines.append('    <message numerus="yes">' if found.numerus else "    <message>")
            lines.append(f"        <source>{escape(found.source)}</source>")
            if found.comment:
                lines.append(f"        <comment>{escape(found.comment)}</comment>")
            state = "" if finished else ' type="unfinished"'
            if found.numerus:
                forms = list(translations) + [""] * (NUMERUS_FORMS[language] - len(translations))
                lines.append(f"        <translation{state}>")
                lines += [
                    f"            <numerusform>{escape(f)}</numerusform>" for f in forms[: NUMERUS_FORMS[language]]
                ]
                lines.append("        </translation>")
            else:
                text = translations[0] if translations else ""
                lines.append(f"        <translation{state}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def updated_ts(language: str, found: list[Found], existing: Iterable[Message]) -> str:
    """The ``.ts`` text for ``language``: ``found`` messages, with the translations ``existing`` already has."""
    known = {(m.context, m.source, m.comment): m for m in existing}
    entries = []
    for message in found:
        if language in PLURAL_ONLY_LANGUAGES and not message.numerus:
            continue
        old = known.get(message.key)
        if old is not None and old.translations and old.numerus == message.numerus:
            entries.append((message, old.translations, old.finished))
        elif language in PLURAL_ONLY_LANGUAGES:
            entries.append((message, english_forms(message.source), True))
        else:
            entries.append((message, (), False))
    return _ts_text(language, entries)


def ts_path(language: str) -> Path:
    return HERE / f"timeline_app_{language}.ts"


def main() -> int:
    found = all_messages()
    for language in (*PLURAL_ONLY_LANGUAGES, *TRANSLATED_LANGUAGES):
        path = ts_path(language)
        existing = read_ts(path).messages if path.exists() else ()
        text = updated_ts(language, found, existing)
        path.write_text(text, encoding="utf-8")
        messages = read_ts(path).messages
        unfinished = sum(1 for m in messages if not m.finished or not m.translations)
        print(f"{path.name}: {len(messages)} messages, {unfinished} to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
