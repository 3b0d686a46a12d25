"""Text from a file, shown by Qt as the text it is: never as HTML, never as a keyboard shortcut.

Qt reads a tooltip (and a label left to guess) as rich text when it looks like HTML, and an
``&`` in a button's or menu item's text as the mark of its shortcut key. A category called
"<b>R&D</b>" must show exactly that.
"""

from __future__ import annotations

import html


def rich_text_of(text: str) -> str:
    """``text`` as rich text that shows it literally (for tooltips, which Qt may read as HTML)."""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def without_shortcut(text: str) -> str:
    """``text`` for a button or menu item: every ``&`` shown rather than taken as a shortcut mark, and
    no tab, which would push the rest into the menu's shortcut column."""
    return text.replace("&", "&&").replace("\t", " ")


def window_title_of(text: str) -> str:
    """``text`` for a window title, where Qt takes ``[*]`` as the place of its "modified" mark."""
    return text.replace("[*]", "[*][*]")
