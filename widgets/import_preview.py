"""The import preview: the matrix and checklists read from a file, corrected by the agent before anything is stored.

The dialog shows a :class:`~app.exchange.setup_draft.SetupDraft`: its factors (editable in place:
name, category, group, max, rule type, parameters, words, objective, blind), its checklists, and every
problem and guess with its place in the file. Each edit goes through
:func:`app.exchange.setup_edit.edit_factor`, which refuses an impossible value and says why. OK is
enabled only while the draft has no problem; :meth:`ImportPreviewDialog.confirmed_draft` gives the
corrected draft for :func:`app.exchange.setup_draft.apply_draft`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import CheckItem
from app.domain.scoring import show
from app.exchange.setup_draft import HUNDRED, RULE_NAMES, RuleError, SetupDraft, rule_params
from app.exchange.setup_edit import delete_factor, edit_factor, insert_factor, merge_factors, split_factor
from widgets.i18n import Translator
from widgets.import_texts import describe
from widgets.problem_texts import refusal_words

_tr = Translator("ImportPreview")

Index = QModelIndex | QPersistentModelIndex

#: The factor table's columns: the field each edits, in order.
COLUMNS = ("id", "name", "category", "group", "max", "type", "params", "words", "objective", "blind")
_CHECKABLE = ("objective", "blind")
_PROBLEM_FIELD = {"type": "rule", "params": "rule"}
_RED = QColor("#b00020")


class FactorPreviewModel(QAbstractTableModel):
    """The draft's factors as editable rows; each edit is checked by :func:`edit_factor`."""

    #: An edit refused: the reason (from app/, as the file's messages are).
    rejected = Signal(str)
    #: The draft changed (after an accepted edit).
    changed = Signal()

    def __init__(self, draft: SetupDraft, parent: Any = None) -> None:
        super().__init__(parent)
        self._draft = draft
        #: The last edit refused (its code words it; :attr:`rejected` carries its English message).
        self.refused: RuleError | None = None
        self._headers = (_tr("编号"), _tr("名称"), _tr("类别"), _tr("分组"), _tr("分值"),
                         _tr("评分方式"), _tr("参数"), _tr("等级说明"), _tr("客观分"), _tr("暗标"))
        self._problem_cells = self._locate_problems()

    @property
    def draft(self) -> SetupDraft:
        """The draft as corrected so far."""
        return self._draft

    def _locate_problems(self) -> dict[tuple[int, str], str]:
        where = {f.id: i for i, f in enumerate(self._draft.factors)}
        found: dict[tuple[int, str], str] = {}
        for problem in self._draft.problems:
            fid, _, field = problem.path.partition(".")
            if fid in where:
                found[(where[fid], field)] = problem.message
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._draft.factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: int, column: str) -> str:
        factor = self._draft.factors[row]
        if column == "id":
            return factor.id
        if column == "name":
            return factor.name
        if column == "category":
            return factor.category
        if column == "group":
            return factor.group or ""
        if column == "max":
            return show(factor.max)
        if column == "type":
            return RULE_NAMES[factor.rule.type]
        if column == "params":
            return rule_params(factor.rule)
        if column == "words":
            return "/".join(self._draft.grade_words.get(factor.id, ()))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._draft.factors)):
            return None
        row, column = index.row(), COLUMNS[index.column()]
        factor = self._draft.factors[row]
        problem = self._problem_cells.get((row, _PROBLEM_FIELD.get(column, column)))
        if role == Qt.ItemDataRole.DisplayRole and column not in _CHECKABLE:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole and column not in _CHECKABLE:
            return self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in _CHECKABLE:
            on = factor.objective if column == "objective" else factor.blind
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if column == "words":
                return "\n".join(self._draft.grade_words.get(factor.id, ())) or None
            return self._draft.factor_text.get(factor.id) if column == "name" else None
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(_RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "max":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in _CHECKABLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self._draft.factors)):
            return False
        column = COLUMNS[index.column()]
        if column in _CHECKABLE:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: str | bool = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        elif role == Qt.ItemDataRole.EditRole:
            new = "" if value is None else str(value)
        else:
            return False
        try:
            draft = edit_factor(self._draft, index.row(), column, new)
        except RuleError as exc:
            self.refused = exc
            self.rejected.emit(str(exc))
            return False
        self._draft = draft
        self._problem_cells = self._locate_problems()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.changed.emit()
        return True

    def set_draft(self, draft: SetupDraft) -> None:
        """Replace the rows (after adding, splitting, merging or deleting one)."""
        self.beginResetModel()
        self._draft = draft
        self._problem_cells = self._locate_problems()
        self.endResetModel()
        self.changed.emit()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._draft.factors) else None


class ChecklistModel(QAbstractTableModel):
    """One checklist's items, read only (编号, 审查项, 审查标准)."""

    def __init__(self, items: tuple[CheckItem, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = [(item.id, item.name, item.criterion) for item in items]
        self._headers = (_tr("编号"), _tr("审查项"), _tr("审查标准"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class RuleTypeDelegate(QStyledItemDelegate):
    """A drop-down of the six rule types for the 评分方式 column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for kind, name in RULE_NAMES.items():
            box.addItem(name, kind)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data(Qt.ItemDataRole.EditRole)))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportPreviewDialog(QDialog):
    """Shows a draft, lets the agent correct its factors, and accepts it only when it has no problem."""

    def __init__(self, draft: SetupDraft, parent: QWidget | None = None, replacing: int | None = None) -> None:
        super().__init__(parent)
        #: How many factors the project's matrix holds now (what an import replaces), when known.
        self.replacing = replacing
        self.setWindowTitle(_tr("导入预览 — %1", draft.source or _tr("未命名")))
        self.resize(1280, 800)
        self.model = FactorPreviewModel(draft, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("type"), RuleTypeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in zip(COLUMNS, (48, 230, 72, 80, 56, 80, 200, 300, 60, 48), strict=True):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("words"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.row_buttons: dict[str, QPushButton] = {}
        rows_bar = QHBoxLayout()
        for key, label, slot in (("add", _tr("添加"), self.add_row), ("split", _tr("拆分"), self.split_row),
                                 ("merge", _tr("与下一行合并"), self.merge_row),
                                 ("delete", _tr("删除"), self.delete_row)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            rows_bar.addWidget(button)
            self.row_buttons[key] = button
        rows_bar.addStretch(1)
        factor_tab = QWidget()
        factor_layout = QVBoxLayout(factor_tab)
        factor_layout.setContentsMargins(0, 0, 0, 0)
        factor_layout.addLayout(rows_bar)
        factor_layout.addWidget(self.table)

        self.tabs = QTabWidget()
        self.tabs.addTab(factor_tab, _tr.plural("评分标准（%n 项）", len(draft.factors)))
        for title, items in ((_tr.plural("资格审查（%n 项）", len(draft.qualification)), draft.qualification),
                             (_tr.plural("符合性审查（%n 项）", len(draft.compliance)), draft.compliance)):
            view = QTableView()
            view.setModel(ChecklistModel(items, view))
            view.setColumnWidth(0, 48)
            view.setColumnWidth(1, 300)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(False)
            self.tabs.addTab(view, title)

        self.total = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020")
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(_tr("选中一个评分因素，可在此查看招标文件原文和各档说明"))
        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._titled(_tr("问题与提示（问题须改正后才能导入）"), self.issues))
        lower.addWidget(self._titled(_tr("评审标准原文"), self.detail))
        lower.setSizes([700, 560])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setSizes([480, 260])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        intro = QLabel(_tr("核对从文件读出的评分标准和审查表；可直接修改名称、类别、分组、分值、评分方式、参数和"
                               "等级说明。确认无误后点“导入”。"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.model.rejected.connect(self._rejected)
        self.model.changed.connect(self._edited)
        self._refresh()

    @staticmethod
    def _titled(title: str, body: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(body)
        return box

    def _rejected(self, reason: str) -> None:
        """An edit refused: the model's refusal in the window's words (the signal carries its English message)."""
        refused = self.model.refused
        self._show_refusal(refusal_words(refused) if refused is not None and str(refused) == reason else reason)

    def _show_refusal(self, words: str) -> None:
        self.status.setText(_tr("未接受修改：%1", words))

    def _edited(self) -> None:
        self.status.clear()
        self._refresh()

    def _refresh(self) -> None:
        draft = self.model.draft
        total = show(draft.total)
        if draft.total == HUNDRED:
            self.total.setText(_tr("分值合计 %1 分", total))
            self.total.setStyleSheet("")
        else:
            self.total.setText(_tr("分值合计 %1 分（通常应为 100 分）", total))
            self.total.setStyleSheet("color: #b00020")
        self.issues.clear()
        for problem in draft.problems:
            item = QListWidgetItem(_tr("问题") + f"  {describe(problem)}")
            item.setForeground(QBrush(_RED))
            self.issues.addItem(item)
        for warning in draft.warnings:
            self.issues.addItem(QListWidgetItem(_tr("提示") + f"  {describe(warning)}"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(draft.ok)

    def _show_detail(self, current: QModelIndex, previous: QModelIndex) -> None:
        draft = self.model.draft
        if not current.isValid() or current.row() >= len(draft.factors):
            self.detail.clear()
            return
        factor = draft.factors[current.row()]
        lines = [f"{factor.id}  {factor.name}", ""]
        words = draft.grade_words.get(factor.id, ())
        values = getattr(factor.rule, "values", ())
        if words:
            lines += [_tr("%1 分：%2", show(v), w)
                      for v, w in zip(values, words, strict=False)] + [""]
        lines.append(draft.factor_text.get(factor.id, ""))
        self.detail.setPlainText("\n".join(lines))

    # -- rows -------------------------------------------------------------------------------
    def selected_row(self) -> int:
        """The selected factor row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def add_row(self) -> None:
        """A new factor right after the selected row (at the end when none is selected)."""
        after = self.selected_row()
        draft, row = insert_factor(self.model.draft, after if after >= 0 else len(self.model.draft.factors) - 1)
        self.model.set_draft(draft)
        self._select(row)

    def _row_edit(self, change: Any) -> None:
        row = self.selected_row()
        if row < 0:
            self.status.setText(_tr("请先选中一行评分因素"))
            return
        try:
            draft = change(self.model.draft, row)
        except RuleError as exc:
            self._show_refusal(refusal_words(exc))
            return
        self.model.set_draft(draft)
        self._select(min(row, self.model.rowCount() - 1))

    def split_row(self) -> None:
        """The selected factor as two factors of one group."""
        self._row_edit(split_factor)

    def merge_row(self) -> None:
        """The selected factor and the next as one."""
        self._row_edit(merge_factors)

    def delete_row(self) -> None:
        """Remove the selected factor."""
        self._row_edit(delete_factor)

    # -- accepting ----------------------------------------------------------------------------
    def losses(self) -> list[str]:
        """What accepting would lose or leave unread, in words (empty: nothing to confirm)."""
        draft = self.model.draft
        found: list[str] = []
        if not draft.factors:
            if self.replacing:
                found.append(_tr("项目现有的 %1 个评分因素将被清空（本文件未读出评分因素）", self.replacing))
            else:
                found.append(_tr("本文件未读出评分因素：导入后评分标准为空"))
        for row in draft.unread:
            found.append(_tr("读取时未能识别：%1（%2）", row.message, row.path))
        return found

    def ask(self, text: str) -> bool:
        """Ask the agent to confirm (replaced in tests)."""
        answer = QMessageBox.question(self, _tr("确认导入"), text)
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        losses = self.losses()
        if losses:
            text = _tr("导入将替换项目的评分标准与审查表，且：") + "\n" + "\n".join(f"· {x}" for x in losses) \
                + "\n\n" + _tr("仍要导入吗？")
            if not self.ask(text):
                self.status.setText(_tr("未导入：%1", losses[0]))
                return
        super().accept()

    def ok_enabled(self) -> bool:
        """Whether 导入 may be pressed (the draft has no problem)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def confirmed_draft(self) -> SetupDraft:
        """The draft with the agent's corrections, for :func:`app.exchange.setup_draft.apply_draft`."""
        return self.model.draft
