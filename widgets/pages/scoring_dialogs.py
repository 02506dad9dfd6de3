"""The scoring page's two dialogs: the reason and Art.64 category of a change to a submitted sheet, and the
lines a count rests on (合同名称 …)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.i18n import Translator
from widgets.session_texts import art64_choices

_tr = Translator("ScoringPage")


class CorrectionDialog(QDialog):
    """A change to a submitted sheet: the reason and the Art.64 category (87号令 第六十四条)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("修改已提交的评分"))
        form = QFormLayout(self)
        note = QLabel(what)
        note.setWordWrap(True)
        form.addRow(note)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(_tr("如：复核发现汇总错误"))
        self.category_box = QComboBox()
        for code, words in art64_choices():
            self.category_box.addItem(words, code)
        form.addRow(_tr("理由"), self.reason_edit)
        form.addRow(_tr("第六十四条类别"), self.category_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def reason(self) -> str:
        """The reason as typed (trimmed)."""
        return self.reason_edit.text().strip()

    def category(self) -> str:
        """The chosen Art.64 category's code."""
        return str(self.category_box.currentData())


class EvidenceDialog(QDialog):
    """What a count rests on: one line per item counted (合同名称 …); optionally the count follows the lines."""

    def __init__(self, what: str, lines: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("计数依据"))
        layout = QVBoxLayout(self)
        note = QLabel(what)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(QLabel(_tr("每行一项（如合同名称、证书编号）：")))
        self.text = QPlainTextEdit("\n".join(lines))
        layout.addWidget(self.text, 1)
        self.by_lines = QCheckBox(_tr("按依据条数计数"))
        self.by_lines.setChecked(True)
        layout.addWidget(self.by_lines)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def lines(self) -> list[str]:
        """The non-blank lines, trimmed."""
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]
