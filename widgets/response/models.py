"""The response workspace's tables: plain rows read from the open response, edits through its source.

Each model shows the self-check's findings on the row they point at (the 自查 column, the tool tip,
red for a fatal finding); an edit calls one method of :class:`~widgets.response.source.ResponseSource`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain import extras
from app.domain import model as m
from app.domain.scoring import show
from app.reports.formats import money
from app.response.selfcheck import Finding
from widgets import inputs
from widgets.i18n import Translator
from widgets.pages.matrix import describe_rule
from widgets.response.source import ResponseSource, computed_size
from widgets.response.texts import (
    answer_names,
    clause_sep,
    finding_words,
    locate,
    place_words,
    role_names,
    severity_names,
    size_names,
    stage_names,
)
from widgets.score_editors import score_points, value_text
from widgets.table_model import HeadedModel

Index = QModelIndex | QPersistentModelIndex
FATAL, WARNING = QColor("#b00020"), QColor("#8a5a00")
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


_tr = Translator("ResponseModels")


def by_row(source: ResponseSource, step: str) -> dict[str, list[tuple[Finding, str]]]:
    """The findings of one step (with the field each names), by the key of the row they point at."""
    out: dict[str, list[tuple[Finding, str]]] = {}
    for f in source.findings:
        place = locate(f.where, source.resp)
        if place.step == step:
            out.setdefault(place.key, []).append((f, place.field))
    return out


class ResponseTable(HeadedModel):
    """A table over the open response; subclasses give ``rows`` (plain values) and the cells."""

    step = ""
    checked_column = -1  # the 自查 column

    def __init__(self, source: ResponseSource, headers: list[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.source = source
        self.rows: list[Any] = []
        self.found: dict[str, list[tuple[Finding, str]]] = {}
        self._read()

    def _read(self) -> None:
        self.rows = self.read_rows()
        self.found = by_row(self.source, self.step) if self.step else {}

    def read_rows(self) -> list[Any]:
        """The rows, from :attr:`source` (subclasses)."""
        raise NotImplementedError

    def key(self, row: int) -> str:
        """The key findings use for a row (subclasses)."""
        return str(row)

    def cell(self, row: int, column: int) -> str:
        """What a cell shows (subclasses)."""
        raise NotImplementedError

    def count(self) -> int:
        return len(self.rows)

    def reload(self) -> None:
        """Show the response again (a reset only when the rows are not the same ones)."""
        before = len(self.rows)
        rows = self.read_rows()
        if len(rows) != before:
            self.beginResetModel()
            self._read()
            self.endResetModel()
        else:
            self._read()
            self.changed_all()

    def findings(self, row: int) -> list[Finding]:
        """The findings on a row."""
        return [f for f, _field in self.found.get(self.key(row), [])]

    def column_field(self, column: int) -> str:
        """The field of the response a column shows ("" for none)."""
        return ""

    def _cell_colour(self, row: int, column: int) -> QColor | None:
        field = self.column_field(column)
        hits = [f for f, named in self.found.get(self.key(row), []) if field and named == field]
        if not hits:
            return None
        return QColor("#fde7e9") if any(f.severity == "fatal" for f in hits) else QColor("#fff4d6")

    def row_of(self, key: str) -> int:
        """The row of a key (-1: none)."""
        return next((i for i in range(len(self.rows)) if self.key(i) == key), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if index.column() in self.editable() else SHOWN

    def editable(self) -> tuple[int, ...]:
        """The columns a person edits."""
        return ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        found = self.findings(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.checked_column:
                return clause_sep().join(finding_words(f, self.source.resp) for f in found) or "✓"
            return self.cell(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(f"{severity_names()[f.severity]} {finding_words(f, self.source.resp)}" for f in found)
        if role == Qt.ItemDataRole.ForegroundRole and found and column == self.checked_column:
            return FATAL if any(f.severity == "fatal" for f in found) else WARNING
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return self._cell_colour(row, column)
        return None

    def edit_value(self, row: int, column: int) -> Any:
        """The value an editor starts from (the shown text unless a subclass says otherwise)."""
        return self.cell(row, column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.editable():
            return False
        return self.store(index.row(), index.column(), "" if value is None else str(value))

    def store(self, row: int, column: int, text: str) -> bool:
        """Save an edit (subclasses)."""
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of fixed choices (text, key) for a column; the model takes the key."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, key in self.choices():
            combo.addItem(text, key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# -- the findings ----------------------------------------------------------------------------------
class FindingsModel(ResponseTable):
    """Every finding of the self-check: severity, place in words, what it says."""

    def __init__(self, source: ResponseSource, parent: Any = None) -> None:
        super().__init__(source, [_tr("严重程度"), _tr("位置"), _tr("问题")], parent)

    def read_rows(self) -> list[Any]:
        return list(self.source.findings)

    def cell(self, row: int, column: int) -> str:
        f: Finding = self.rows[row]
        if column == 0:
            return severity_names()[f.severity]
        return place_words(f.where, self.source.resp) if column == 1 else finding_words(f, self.source.resp)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self.rows) \
                and index.column() == 0:
            return FATAL if self.rows[index.row()].severity == "fatal" else WARNING
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            return self.cell(index.row(), 2)
        return super().data(index, role) if role != Qt.ItemDataRole.ToolTipRole else None


# -- declaration lines -------------------------------------------------------------------------------
LINE_FIELDS = ("item", "industry", "enterprise", "employees", "revenue", "assets", "size", "computed", "role")


class DeclarationModel(ResponseTable):
    """The 中小企业声明函 lines, with the size their figures give under the tender's industry."""

    step = "sme"
    checked_column = len(LINE_FIELDS)

    def __init__(self, source: ResponseSource, parent: Any = None) -> None:
        super().__init__(source, [_tr("标的名称"), _tr("所属行业"), _tr("承接企业"), _tr("从业人员（人）"),
                                  _tr("营业收入（万元）"), _tr("资产总额（万元）"), _tr("声明规模"),
                                  _tr("按标准计算"), _tr("角色"), _tr("自查")], parent)

    def read_rows(self) -> list[Any]:
        return list(self.source.resp.declaration)

    def editable(self) -> tuple[int, ...]:
        return (0, 1, 2, 3, 4, 5, 6, 8)

    def column_field(self, column: int) -> str:
        return LINE_FIELDS[column] if column < len(LINE_FIELDS) else ""

    def computed(self, row: int) -> str:
        """The size the line's figures give (or why there is none)."""
        line = self.rows[row]
        result = computed_size(line, self.source.resp.tender.evaluation.project.industry)
        if result is None:
            return _tr("（行业不在划型标准中）")
        if result.size is None:
            names = {"employees": _tr("从业人员"), "revenue": _tr("营业收入"), "assets": _tr("资产总额")}
            return _tr("数据不全（缺%1）", _tr("、").join(names[x] for x in result.missing))
        return size_names()[result.size]

    def cell(self, row: int, column: int) -> str:
        line = self.rows[row]
        field = LINE_FIELDS[column]
        if field == "computed":
            return self.computed(row)
        if field == "size":
            return size_names().get(line.size or "", "")
        if field == "role":
            return role_names()[line.role]
        value = getattr(line, field)
        if isinstance(value, Decimal):
            return inputs.show(value)
        return "" if value is None else str(value)

    def edit_value(self, row: int, column: int) -> Any:
        line = self.rows[row]
        if LINE_FIELDS[column] in ("size", "role"):
            return getattr(line, LINE_FIELDS[column]) or ""
        return self.cell(row, column)

    def store(self, row: int, column: int, text: str) -> bool:
        return self.source.set_line(row, LINE_FIELDS[column], text)


# -- evidence -------------------------------------------------------------------------------------------
class EvidenceModel(ResponseTable):
    """Each qualification and compliance item of the tender, with the bid's evidence reference."""

    step = "evidence"
    checked_column = 4

    def __init__(self, source: ResponseSource, parent: Any = None) -> None:
        super().__init__(source, [_tr("审查"), _tr("审查项"), _tr("审查标准"), _tr("证明材料（附件、页码）"),
                                  _tr("自查")], parent)

    def read_rows(self) -> list[Any]:
        ev = self.source.resp.tender.evaluation
        return [(stage, item) for stage in ("qualification", "compliance") for item in ev.checklist(stage)]

    def key(self, row: int) -> str:
        stage, item = self.rows[row]
        return f"{stage}:{item.id}"

    def editable(self) -> tuple[int, ...]:
        return (3,)

    def column_field(self, column: int) -> str:
        return "ref" if column == 3 else ""

    def cell(self, row: int, column: int) -> str:
        stage: str
        item: m.CheckItem
        stage, item = self.rows[row]
        if column == 0:
            return stage_names()[stage]
        if column == 1:
            return f"{item.id} {item.name}"
        if column == 2:
            return item.criterion
        return next((e.ref for e in self.source.resp.evidence if (e.stage, e.item) == (stage, item.id)), "")

    def store(self, row: int, column: int, text: str) -> bool:
        stage, item = self.rows[row]
        return self.source.set_evidence(stage, item.id, text)


# -- requirements -----------------------------------------------------------------------------------------
MARK_SIGNS = {"star": "★", "triangle": "▲"}


class RequirementsModel(ResponseTable):
    """Each requirement (★/▲ shown), the bid's answer and its note."""

    step = "requirements"
    checked_column = 5

    def __init__(self, source: ResponseSource, parent: Any = None) -> None:
        super().__init__(source, [_tr("编号"), _tr("标记"), _tr("要求"), _tr("响应情况"), _tr("说明"), _tr("自查")],
                         parent)

    def read_rows(self) -> list[Any]:
        return list(self.source.resp.tender.requirements)

    def key(self, row: int) -> str:
        return str(self.rows[row].id)

    def editable(self) -> tuple[int, ...]:
        return (3, 4)

    def column_field(self, column: int) -> str:
        return {3: "answer", 4: "note"}.get(column, "")

    def answer(self, row: int) -> Any:
        """The bid's answer to a row's requirement (None: not answered)."""
        return next((a for a in self.source.resp.responses if a.requirement == self.rows[row].id), None)

    def cell(self, row: int, column: int) -> str:
        q = self.rows[row]
        if column == 0:
            return str(q.id)
        if column == 1:
            return MARK_SIGNS.get(q.mark or "", "")
        if column == 2:
            return str(q.text)
        answer = self.answer(row)
        if column == 3:
            return answer_names()[answer.answer] if answer else _tr("（未响应）")
        return answer.note if answer else ""

    def edit_value(self, row: int, column: int) -> Any:
        answer = self.answer(row)
        if column == 3:
            return answer.answer if answer else ""
        return self.cell(row, column)

    def store(self, row: int, column: int, text: str) -> bool:
        if column == 3:
            return self.source.set_answer(self.rows[row].id, text or None)
        return self.source.set_note(self.rows[row].id, text)


def answer_choices() -> list[tuple[str, str]]:
    """The answer picker's choices."""
    return [(_tr("（未响应）"), "")] + [(text, key) for key, text in answer_names().items()]


# -- claims -----------------------------------------------------------------------------------------------
class ClaimsModel(ResponseTable):
    """Each scoring factor but the price: what the bid claims, the points, the evidence."""

    step = "claims"
    checked_column = 7

    def __init__(self, source: ResponseSource, parent: Any = None) -> None:
        super().__init__(source, [_tr("编号"), _tr("评分因素"), _tr("分值"), _tr("评分方式"), _tr("承诺"),
                                  _tr("可得分"), _tr("证明材料"), _tr("自查")], parent)

    def read_rows(self) -> list[Any]:
        return [f for f in self.source.resp.tender.evaluation.factors if not f.is_price]

    def key(self, row: int) -> str:
        return str(self.rows[row].id)

    def column_field(self, column: int) -> str:
        return {4: "value", 6: "evidence"}.get(column, "")

    def cell(self, row: int, column: int) -> str:
        f: m.Factor = self.rows[row]
        ev = self.source.resp.tender.evaluation
        claim = self.source.claim(f.id)
        if column == 0:
            return f.id
        if column == 1:
            return f.name + (_tr("（客观分）") if f.objective else "")
        if column == 2:
            return show(f.max)
        if column == 3:
            return describe_rule(f, extras.grade_words(ev, f.id))
        if column == 4:
            return value_text(f, claim.value, extras.grade_words(ev, f.id)) if claim else _tr("（未承诺）")
        if column == 5:
            gained = score_points(f, claim.value) if claim else None
            return "—" if gained is None else show(gained)
        return _tr("%1 项", len(claim.evidence)) if claim and claim.evidence else ""


# -- competitors' prices ------------------------------------------------------------------------------------
class OthersModel(HeadedModel):
    """The competitors' assumed quoted prices for the estimate (kept in the window, never in the file)."""

    def __init__(self, rate: bool, parent: Any = None) -> None:
        super().__init__([_tr("竞争对手报价（%）") if rate else _tr("竞争对手报价（元）")], parent)
        self.prices: list[Decimal] = []
        self.rate = rate

    def count(self) -> int:
        return len(self.prices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.prices):
            return None
        price = self.prices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{price:.2f}%" if self.rate else money(price)
        if role == Qt.ItemDataRole.EditRole:
            return inputs.show(price)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            price = inputs.required(str(value).rstrip("%"), low=Decimal(0), low_open=True, places=2)
        except ValueError:
            return False
        self.prices[index.row()] = price
        self.dataChanged.emit(index, index)
        return True

    def add(self, price: Decimal) -> None:
        """Add an assumed competitor's price."""
        self.beginInsertRows(QModelIndex(), len(self.prices), len(self.prices))
        self.prices.append(price)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove one."""
        if 0 <= row < len(self.prices):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.prices[row]
            self.endRemoveRows()
