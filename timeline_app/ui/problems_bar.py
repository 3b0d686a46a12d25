"""The bar above the canvas that says the open file changed on disk and could not be read again.

A live reload happens without the reader asking for it, so its failure must not interrupt
them with a dialog: the bar says what happened, keeps the last good timeline on screen, and
offers the located problems on demand. It goes away by itself once the file reads again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget

from timeline_app.domain.language import translate
from timeline_app.domain.problems import TimelineLoadError
from timeline_app.qtmodels.plain_text import rich_text_of

# Fixed light colours with a dark text: the bar must stand out the same in a light or a dark theme.
_STYLE = """
QFrame#problems_bar { background: #fff1c2; border: none; border-bottom: 1px solid #d9a93a; }
QFrame#problems_bar QLabel { color: #3b2a00; background: transparent; }
"""


class ProblemsBar(QFrame):
    """Hidden until a live reload fails or the file is gone; cleared by the next good reload."""

    show_problems_requested = Signal(object)
    """The reader asked to see the problems: the :class:`TimelineLoadError` of the failed reload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_bar")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.error: TimelineLoadError | None = None
        """The problems the bar tells of; ``None`` when it tells of a file that is gone."""
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self.message = QLabel()
        self.message.setObjectName("problems_bar_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, shown as it is
        self.message.setWordWrap(True)
        self.show_button = QPushButton(translate("ProblemsBar", "Show problems"))
        self.show_button.setObjectName("problems_bar_show")
        self.show_button.setToolTip(
            translate("ProblemsBar", "List the problems of the file on disk, each with its line and column")
        )
        self.show_button.clicked.connect(self._on_show_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 6, 3)
        row.setSpacing(8)
        row.addWidget(self.icon)
        row.addWidget(self.message, 1)
        row.addWidget(self.show_button)
        # The same height with or without the button: the canvas does not jump when the bar's message changes.
        self.setMinimumHeight(self.show_button.sizeHint().height() + 6)
        self.hide()

    def show_problems(self, error: TimelineLoadError) -> None:
        """A reload of the changed file failed with ``error``: say so, and offer its problems."""
        self.error = error
        count = len(error.errors) or len(error.problems)
        self.message.setText(
            translate(
                "ProblemsBar",
                "The file changed on disk and now has %n problem(s); the last good version is shown.",
                None,
                count,
            )
        )
        self.setToolTip(rich_text_of(error.file))
        self.show_button.show()
        self.show()

    def show_missing(self, path: Path) -> None:
        """The open file is gone from disk: the timeline shown is the last one read."""
        self.error = None
        self.message.setText(
            translate(
                "ProblemsBar",
                "The file is no longer on disk (deleted, moved or renamed); the last version read is shown.",
            )
        )
        self.setToolTip(rich_text_of(str(path)))
        self.show_button.hide()
        self.show()

    @Slot()
    def clear(self) -> None:
        """The file read well again (or another was opened): nothing to tell."""
        self.error = None
        self.hide()

    @Slot()
    def _on_show_clicked(self) -> None:
        if self.error is not None:
            self.show_problems_requested.emit(self.error)
