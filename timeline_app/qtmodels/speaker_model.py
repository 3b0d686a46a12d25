"""The Speakers view's model: every person quoted, with their role and how often, and on how many events."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from timeline_app.domain.language import fill, translate
from timeline_app.domain.reading_by import SpeakerReading
from timeline_app.qtmodels.plain_text import rich_text_of
from timeline_app.qtmodels.source_model import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The speaker's person id."""


class SpeakerColumn(enum.IntEnum):
    SPEAKER = 0
    ROLE = 1
    QUOTES = 2
    EVENTS = 3

    @property
    def header(self) -> str:
        return (
            translate("SpeakerList", "Speaker"),
            translate("SpeakerList", "Role"),
            translate("SpeakerList", "Quotes"),
            translate("SpeakerList", "Events"),
        )[self]

    @property
    def tip(self) -> str:
        return (
            translate("SpeakerList", "The person quoted"),
            translate("SpeakerList", "Their role as the file gives it (a quote may give the role they held then)"),
            translate("SpeakerList", "Quotes of theirs in the timeline"),
            translate("SpeakerList", "Events that carry one of their quotes"),
        )[self]


_COUNTS = (SpeakerColumn.QUOTES, SpeakerColumn.EVENTS)
_COLUMN_COUNT = len(SpeakerColumn)


class SpeakerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._speakers: list[SpeakerReading] = []

    def set_readings(self, speakers: Sequence[SpeakerReading]) -> None:
        self.beginResetModel()
        self._speakers = list(speakers)
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._speakers)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        column = SpeakerColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._speakers):
            return None
        speaker = self._speakers[index.row()]
        column = SpeakerColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return (speaker.name, speaker.role or "", str(speaker.quotes), str(speaker.events))[column]
        if role == SORT_ROLE:
            return (speaker.name.casefold(), (speaker.role or "").casefold(), speaker.quotes, speaker.events)[column]
        if role == PERSON_ID_ROLE:
            return speaker.id
        if role == Qt.ItemDataRole.ToolTipRole:
            role_text = f", {speaker.role}" if speaker.role else ""
            return rich_text_of(
                f"{speaker.name}{role_text}: "
                + fill(
                    translate("SpeakerList", "%Ln quote(s) on %1", None, speaker.quotes),
                    translate("SpeakerList", "%Ln event(s)", None, speaker.events),
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
