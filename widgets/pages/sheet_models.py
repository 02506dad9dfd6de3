"""The scoring page's Qt models and views: the factor list, the sheet of one factor, its editor delegate and table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain.scoring import show
from widgets import score_editors as se
from widgets.i18n import Translator
from widgets.pages.sheet_data import SheetData, SheetRow
from widgets.score_values import capped
from widgets.table_model import HeadedModel

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#888888")
JOINT = QColor("#1f5fa8")
WARN = QColor("#b00020")
BIDDER, SCORE, POINTS, EVIDENCE = range(4)


_tr = Translator("ScoringPage")


# -- models -----------------------------------------------------------------------------------------
class FactorModel(HeadedModel):
    """The non-price factors of the open sheet (only objective ones on the joint sheet), with progress.

    It shows what :meth:`set_factors` gives it: the factors, the snapshot their progress is counted in,
    and whose sheet it is.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_tr("类别"), _tr("评分因素"), _tr("客观"), _tr("进度")], parent)
        self.factors: list[m.Factor] = []
        self.sheet: SheetData | None = None
        self.member: str | None = None

    def set_factors(self, factors: list[m.Factor], sheet: SheetData | None = None, member: str | None = None) -> None:
        """Show these factors, their progress in ``sheet`` on ``member``'s sheet (None: the joint sheet); a
        reset only when the list itself changed."""
        self.sheet, self.member = sheet, member
        if factors == self.factors:  # the same factors: only their progress can differ (a tooltip is asked anew)
            if self.factors:
                self.dataChanged.emit(self.index(0, 3), self.index(len(self.factors) - 1, 3))
            return
        self.beginResetModel()
        self.factors = list(factors)
        self.endResetModel()

    def count(self) -> int:
        return len(self.factors)

    def row_of(self, fid: str) -> int:
        """The row of a factor (-1 when not listed)."""
        return next((i for i, f in enumerate(self.factors) if f.id == fid), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _progress(self, f: m.Factor) -> tuple[int, int]:
        data = self.sheet
        if data is None:
            return 0, 0
        return data.factor_done(self.member, f.id), data.factor_total(f.id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.factors):
            return None
        f, col = self.factors[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{f.category} · {f.group}" if f.group else f.category
            if col == 1:
                return _tr("%1 %2 (%3 分)", f.id, f.name, show(f.max))
            if col == 2:
                return _tr("客观") if f.objective else ""
            done, total = self._progress(f)
            return f"{done}/{total}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            text = extras.factor_text(self.sheet.ev, f.id) if self.sheet is not None else ""
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            done, total = self._progress(f)
            return QBrush(WARN) if done < total else None
        return None


class SheetModel(HeadedModel):
    """The bids on the open sheet for the selected factor: who, the score (edited), its points, its evidence."""

    def __init__(self, parent: QObject | None, commit: Callable[[str, object], bool]) -> None:
        super().__init__([_tr("投标人"), _tr("评分"), _tr("本项得分"), _tr("依据")], parent)
        self.commit = commit
        self.factor: m.Factor | None = None
        self.words: tuple[str, ...] = ()
        self.rows: list[SheetRow] = []
        #: The cells' texts as shown, by (row, column), until the rows are set again: a repaint asks for every
        #: visible cell's text, and a score's words and points take a rule's formatting each.
        self._shown: dict[tuple[int, int], str] = {}

    def set_rows(self, factor: m.Factor | None, words: tuple[str, ...], rows: list[SheetRow]) -> None:
        """Show these rows (``dataChanged`` when the factor and the bids are the same, else a reset)."""
        same = factor == self.factor and [r.bidder for r in rows] == [r.bidder for r in self.rows] and \
            words == self.words
        self._shown = {}
        if same:
            self.rows = rows
            self.changed_all()
            return
        self.beginResetModel()
        self.factor, self.words, self.rows = factor, words, rows
        self.endResetModel()

    def count(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> SheetRow | None:
        """The row's bid (None out of range)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, bidder: str) -> int:
        """The row of a bid (-1 when not shown)."""
        return next((i for i, r in enumerate(self.rows) if r.bidder == bidder), -1)

    # -- Qt model ----------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == SCORE and row.editable and not isinstance(getattr(self.factor, "rule", None),
                                                                          m.ItemsRule):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _text(self, r: SheetRow, col: int) -> str:
        f = self.factor
        if col == BIDDER:
            return r.label
        if col == SCORE:
            if r.invalid:
                return _tr("（无效，不评分）")
            if not r.has_value or f is None:
                return ""
            text = se.value_text(f, r.raw, self.words)
            return text + _tr("（联合认定）") if r.joint else text
        if col == POINTS:
            if r.invalid or not r.has_value or f is None:
                return ""
            gained = se.score_points(f, r.raw)
            if gained is None:
                return ""
            return show(gained) + (_tr("（已达上限）") if capped(f, r.raw) else "")
        return "；".join(r.evidence)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), col)
            text = self._shown.get(key)
            if text is None:
                text = self._shown[key] = self._text(r, col)
            return text
        if role == Qt.ItemDataRole.EditRole:
            if col == SCORE:
                return "" if not r.has_value or r.raw is None else show(r.raw)
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SCORE and r.joint:
                return _tr("联合认定：评标委员会对该客观评审因素的共同认定，代表每位成员的评分")
            if col == EVIDENCE and r.evidence:
                return "\n".join(r.evidence)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.invalid:
                return QBrush(GREY)
            if r.joint and col in (SCORE, POINTS):
                return QBrush(JOINT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Record a score value (the raw value an editor gives): through the page, which may refuse."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != SCORE:
            return False
        r = self.rows[index.row()]
        if not r.editable or value is se.NO_VALUE:
            return False
        return self.commit(r.bidder, value)


class ScoreDelegate(QStyledItemDelegate):
    """The 评分 column's editor: the one for the factor's rule; committing records the score."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, SheetModel) and model.factor is not None
        editor = se.make_editor(model.factor, model.words, parent)
        editor.setAutoFillBackground(True)
        editor.score_index = QPersistentModelIndex(index)  # type: ignore[attr-defined]
        if getattr(editor, "is_score_editor", False):  # a composite editor: its fields' keys end editing
            for child in editor.findChildren(QWidget):
                child.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model = index.model()
        assert isinstance(model, SheetModel)
        row = model.row_at(index.row())
        if row is not None and row.has_value:
            editor.set_score(row.raw)  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        value = editor.score()  # type: ignore[attr-defined]
        if value is not se.NO_VALUE:
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    @staticmethod
    def _owner(watched: QObject) -> QWidget | None:
        """The composite editor (count, hours) a field belongs to; None for anything else."""
        editor = watched.parentWidget() if isinstance(watched, QWidget) else None
        while editor is not None and not getattr(editor, "is_score_editor", False):
            editor = editor.parentWidget()
        return editor

    def _end(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint, commit: bool = True) -> None:
        if editor.property("scoreEditorEnded"):  # closing moves the focus: the field's FocusOut comes back here
            return
        view, index = self.parent(), getattr(editor, "score_index", None)
        if isinstance(view, QAbstractItemView) and index is not None and view.indexWidget(index) is not editor:
            return  # the view has already closed it (the current cell moved)
        editor.setProperty("scoreEditorEnded", True)
        if commit:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self._owner(watched)
        if editor is None:
            return super().eventFilter(watched, event)
        # a field inside a composite editor: the keys that end editing end it for the whole editor
        hints = QAbstractItemDelegate.EndEditHint
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Tab:
                self._end(editor, hints.EditPreviousItem if shift else hints.EditNextItem)
                return True
            if key == Qt.Key.Key_Backtab:
                self._end(editor, hints.EditPreviousItem)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._end(editor, hints.SubmitModelCache)
                return True
            if key == Qt.Key.Key_Escape:
                self._end(editor, hints.RevertModelCache, commit=False)
                return True
        elif event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and event.reason() not in (
                Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            focus = QApplication.focusWidget()  # the focus went elsewhere in the window: done editing
            inside = focus
            while inside is not None and inside is not editor:
                inside = inside.parentWidget()
            if focus is not None and inside is None and editor.isVisible():
                self._end(editor, hints.NoHint)
        return False


class SheetView(QTableView):
    """The sheet's table: Tab in the 评分 column goes down the column to the next bid that can be scored.

    It edits the 评分 column with :class:`ScoreDelegate` (``delegate``), one cell at a time.
    """

    def __init__(self, model: SheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = ScoreDelegate(self)
        self.setItemDelegateForColumn(SCORE, self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.horizontalHeader()  # the name takes what the figures leave (elided; whole in its tooltip)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BIDDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # sized from the first hundred rows and the visible ones, not all
        self.setColumnWidth(SCORE, 240)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        moves = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        if current.isValid() and current.column() == SCORE and action in moves:
            row = current.row() + moves[action]
            while 0 <= row < model.rowCount():
                index = model.index(row, SCORE)
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    return index
                row += moves[action]
            return QModelIndex()
        return super().moveCursor(action, modifiers)


class FactorView(QTableView):
    """The factors to score, one row each: every column as wide as its heading and contents, the name taking the
    rest (elided, whole in its tooltip)."""

    def __init__(self, model: FactorModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
