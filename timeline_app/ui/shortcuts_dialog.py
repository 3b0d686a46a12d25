"""Help → Keyboard Shortcuts: every shortcut of the menus, and the keys of the canvas and the search field.

The menu shortcuts are read from the window's own actions, so the list cannot miss one that is
added later or show one that has changed; the keys that belong to a widget (the canvas's arrows,
the search field's Esc) are listed here, beside the code that handles them in spirit if not in place.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.language import translatable, translate

_MNEMONIC = re.compile(r"&(.)")
"""``&Open`` → ``Open`` and ``&&`` → ``&``: an action's text as it reads, without its mnemonic mark."""

CANVAS_KEYS = (
    (
        translatable("ShortcutKeys", "Left / Right"),
        translatable("Shortcuts", "Previous / next event in time"),
    ),
    (
        translatable("ShortcutKeys", "Up / Down"),
        translatable("Shortcuts", "Nearest event in the lane above / below"),
    ),
    (translatable("ShortcutKeys", "Home / End"), translatable("Shortcuts", "First / last event")),
    (
        translatable("ShortcutKeys", "Page Up / Page Down"),
        translatable("Shortcuts", "Move most of a view earlier / later"),
    ),
    (
        translatable("ShortcutKeys", "Enter"),
        translatable("Shortcuts", "Read the current event in the detail pane"),
    ),
    (
        translatable("ShortcutKeys", "Space"),
        translatable("Shortcuts", "List the events of the current event's day in its lane"),
    ),
    (translatable("ShortcutKeys", "+ / −"), translatable("Shortcuts", "Zoom in / out")),
    (translatable("ShortcutKeys", "0"), translatable("Shortcuts", "Fit all")),
    (
        translatable("ShortcutKeys", "Menu"),
        translatable("Shortcuts", "The current event's menu: copy its link, title or citations"),
    ),
)
"""What the keys do on the timeline canvas (see ``TimelineCanvas.keyPressEvent``)."""
SEARCH_KEYS = ((translatable("ShortcutKeys", "Esc"), translatable("Shortcuts", "Clear the search")),)
LIST_KEYS = (
    (
        translatable("ShortcutKeys", "Up / Down, Page Up / Page Down"),
        translatable("Shortcuts", "Previous / next event"),
    ),
    (translatable("ShortcutKeys", "Menu"), translatable("Shortcuts", "The selected event's menu")),
)


def menu_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """``(keys, action)`` for every action of ``window`` that has a shortcut, in menu order where it has one."""
    rows = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((", ".join(keys), _MNEMONIC.sub(r"\1", action.text()).rstrip("…")))
    return rows


def _translated(keys: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    # The tables keep the English (translatable() marks them for the .ts files); a reader sees their language.
    return [(translate("ShortcutKeys", k), translate("Shortcuts", does)) for k, does in keys]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts"))
        sections = (
            (translate("Shortcuts", "Menus"), menu_shortcuts(window)),
            (translate("Shortcuts", "On the timeline"), _translated(CANVAS_KEYS)),
            (translate("Shortcuts", "In the event list"), _translated(LIST_KEYS)),
            (translate("Shortcuts", "In the search field"), _translated(SEARCH_KEYS)),
        )
        self.table = QTableWidget(sum(len(rows) + 1 for _, rows in sections), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Keys"), translate("Shortcuts", "Does")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        row = 0
        for title, rows in sections:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, does in rows:
                self.table.setItem(row, 0, QTableWidgetItem(keys))
                self.table.setItem(row, 1, QTableWidgetItem(does))
                row += 1
        self.table.setCurrentCell(-1, -1)  # nothing looks chosen in a list that is only read
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Wide enough for the longest line in any language ("Перечислить события того же дня…"), within reason.
        needed = self.table.sizeHintForColumn(0) + self.table.sizeHintForColumn(1) + 64
        self.resize(min(max(620, needed), 960), 640)

    def listed(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (a section's heading as ``(title, "")``)."""
        rows = []
        for row in range(self.table.rowCount()):
            keys, does = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((keys.text() if keys else "", does.text() if does else ""))
        return rows
