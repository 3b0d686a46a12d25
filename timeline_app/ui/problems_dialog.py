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

from timeline_app.domain.language import Language, fill, translate, ui_language
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
        name = f"<b>{html.escape(file)}</b>"
        if read_as:
            name = fill(translate("ProblemsDialog", "%1 (read as %2)"), name, html.escape(read_as))
        if opened:
            self.setWindowTitle(translate("ProblemsDialog", "Warnings"))
            count = len(problems)
            if read_as:
                text = translate(
                    "ProblemsDialog",
                    "%1 was opened with %n warning(s): what the timeline could not keep of it, or keeps differently.",
                    None,
                    count,
                )
            else:
                text = translate("ProblemsDialog", "%1 was opened with %n warning(s): worth a look.", None, count)
        else:
            self.setWindowTitle(translate("ProblemsDialog", "Could not open timeline"))
            count = sum(p.severity is Severity.ERROR for p in problems)
            text = translate(
                "ProblemsDialog",
                "%1 was not opened: %n problem(s) found. The timeline you were reading is unchanged.",
                None,
                count,
            )
        text = fill(text, name)
        if ui_language() is not Language.EN:
            # The problems are the loader's located messages, for the file's author: the same English
            # words `timeline-app validate` prints and a search engine finds.
            text += "<br>" + html.escape(translate("ProblemsDialog", "The problems are listed in English."))
        intro = QLabel(text)
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
