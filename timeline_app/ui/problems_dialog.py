"""The dialog that lists a file's problems, one per line, as the loader located them.

Two uses: a file that could not be opened (its errors, and the reassurance that nothing
changed), and a file that was opened with warnings (for another tool's file: what the
timeline could not keep of it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from timeline_app.domain.problems import Problem, Severity


class ProblemsDialog(QDialog):
    def __init__(
        self,
        file: str,
        problems: Sequence[Problem],
        *,
        read_as: str | None = None,
        opened: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        name = f"<b>{html.escape(file)}</b>" + (f" (read as {html.escape(read_as)})" if read_as else "")
        if opened:
            self.setWindowTitle("Warnings")
            count = _count(len(problems), "warning")
            about = "what the timeline could not keep of it, or keeps differently" if read_as else "worth a look"
            intro = QLabel(f"{name} was opened with {count}: {about}.")
        else:
            self.setWindowTitle("Could not open timeline")
            count = _count(sum(p.severity is Severity.ERROR for p in problems), "problem")
            intro = QLabel(f"{name} was not opened: {count} found. The timeline you were reading is unchanged.")
        intro.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems.setPlainText("\n".join(str(p) for p in problems))
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(820, 320)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
