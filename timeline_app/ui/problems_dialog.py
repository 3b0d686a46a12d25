"""The dialog that lists a file's problems, one per line, as the loader located them."""

from __future__ import annotations

import html

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from timeline_app.domain.problems import TimelineLoadError


class ProblemsDialog(QDialog):
    def __init__(self, error: TimelineLoadError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        self.setWindowTitle("Could not open timeline")
        errors = error.errors
        count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        intro = QLabel(
            f"<b>{html.escape(error.file)}</b> was not opened: {count} found. "
            "The timeline you were reading is unchanged."
        )
        intro.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems.setPlainText("\n".join(str(p) for p in error.problems))
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(820, 320)
