"""The scoring page's data and models: one snapshot of the scores, the factor list, the sheet, its editor delegate."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain.engine import review_bids
from app.domain.scoring import ValueRejected, parse_value, show
from app.domain.validate import check_structure
from widgets import score_editors as se
from widgets.table_model import HeadedModel

if TYPE_CHECKING:
    from widgets.pages.scoring import ScoringPage

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#888888")
JOINT = QColor("#1f5fa8")
WARN = QColor("#b00020")
BIDDER, SCORE, POINTS, EVIDENCE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoringPage", text)


# -- one snapshot of the scores ---------------------------------------------------------------------
def bid_statuses(ev: m.Evaluation) -> dict[str, str]:
    """Each bid's status (valid / pending / invalid) from the reviews, the ceiling and the decisions.

    Scores play no part in a bid's validity, so they are left out (cheap, and computable while
    scores are missing). A bid whose price cannot be read has no status (the engine reports it).
    """
    bare = dataclasses.replace(ev, scores=())
    return {bid: r.status for bid, r in review_bids(bare, check_structure(bare, [])).items()}


class SheetData:
    """The scores indexed by (member, bidder, factor), the bids to score, and every sheet's progress.

    :meth:`update` patches the index and the counts for the entries that changed (a score edit
    replaces one entry of ``ev.scores``, every other entry stays the same object), so an edit costs
    a scan of the tuple, not a rebuild; anything else (setup, verdicts, a reload) rebuilds.
    """

    MAX_PATCH = 64

    def __init__(self, ev: m.Evaluation, statuses: dict[str, str],
                 cells: dict[str, list[str]] | None = None) -> None:
        self.cells = cells
        self._build(ev, statuses)

    def _build(self, ev: m.Evaluation, statuses: dict[str, str]) -> None:
        self.ev = ev
        self.statuses = statuses
        self.factors = [f for f in ev.factors if not f.is_price]
        self.by_id = {f.id: f for f in ev.factors}
        self.scores: dict[tuple[str | None, str, str], object] = {(s.member, s.bidder, s.factor): s.value
                                                                   for s in ev.scores}
        self.scorable = [b.id for b in ev.bidders if statuses.get(b.id, "invalid") != "invalid"]
        self._scorable = set(self.scorable)
        self._objective = {f.id for f in self.factors if f.objective}
        self._scored = {f.id for f in self.factors}
        self.joint: dict[str, set[str]] = {f: set() for f in self._objective}
        for who, bidder, factor in self.scores:
            if who is None and factor in self._objective and bidder in self._scorable:
                self.joint[factor].add(bidder)
        self.own: Counter[tuple[str, str]] = Counter()
        for who, bidder, factor in self.scores:
            if self._counts(who, bidder, factor):
                self.own[(who, factor)] += 1  # type: ignore[index]

    def _counts(self, who: str | None, bidder: str, factor: str) -> bool:
        """Whether a member's own entry counts on their sheet (a joint score stands in its place)."""
        return who is not None and bidder in self._scorable and factor in self._scored and not (
            factor in self._objective and bidder in self.joint[factor])

    def update(self, ev: m.Evaluation, statuses: dict[str, str]) -> None:
        """Follow the evaluation: patch when only scores changed, else rebuild."""
        old = self.ev
        if ev is old:
            return
        same_setup = statuses is self.statuses and ev.factors is old.factors and ev.bidders is old.bidders
        if not same_setup or len(ev.scores) < len(old.scores):
            self._build(ev, statuses)
            return
        changed = [s for s, was in zip(ev.scores, old.scores, strict=False) if s is not was]
        changed += ev.scores[len(old.scores):]
        if len(changed) > self.MAX_PATCH:
            self._build(ev, statuses)
            return
        self.ev = ev
        for s in changed:
            self._put(s)
        if len(self.scores) != len(ev.scores):  # an entry moved or vanished: the patch cannot follow
            self._build(ev, statuses)

    def _put(self, s: m.Score) -> None:
        key = (s.member, s.bidder, s.factor)
        new = key not in self.scores
        self.scores[key] = s.value
        if not new:
            return
        if s.member is None:
            if s.factor in self._objective and s.bidder in self._scorable:
                self.joint[s.factor].add(s.bidder)
                for who in {k[0] for k in self.scores if k[1] == s.bidder and k[2] == s.factor and k[0]}:
                    self.own[(who, s.factor)] -= 1
        elif self._counts(s.member, s.bidder, s.factor):
            self.own[(s.member, s.factor)] += 1

    def factor_done(self, member: str | None, factor: str) -> int:
        """How many bids the sheet has scored on a factor (a joint score counts on every sheet)."""
        joint = len(self.joint.get(factor, ()))
        return joint if member is None else joint + self.own[(member, factor)]

    def member_done(self, member: str) -> tuple[int, int]:
        """How many of the sheet's scores are given, and how many it needs."""
        done = sum(self.factor_done(member, f.id) for f in self.factors)
        if self.cells is not None:
            # a package's cells leave out what a joint score stands for, which counts as done on the sheet
            return done, sum(len(self.cells.get(f.id, ())) + len(self.joint.get(f.id, ())) for f in self.factors)
        return done, len(self.scorable) * len(self.factors)


@dataclasses.dataclass(frozen=True)
class SheetRow:
    """One bid on the sheet for the selected factor."""

    bidder: str
    label: str
    invalid: bool
    has_value: bool
    raw: object
    joint: bool
    evidence: tuple[str, ...]
    editable: bool


def same_value(factor: m.Factor, a: object, b: object) -> bool:
    """Whether two raw values are the same score (``"3"`` and ``3``)."""
    try:
        return parse_value(factor, a) == parse_value(factor, b)
    except ValueRejected:
        return False


# -- models -----------------------------------------------------------------------------------------
class FactorModel(HeadedModel):
    """The non-price factors of the open sheet (only objective ones on the joint sheet), with progress."""

    def __init__(self, page: ScoringPage) -> None:
        super().__init__([_tr("类别"), _tr("评分因素"), _tr("客观"), _tr("进度")], page)
        self.page = page
        self.factors: list[m.Factor] = []

    def set_factors(self, factors: list[m.Factor]) -> None:
        """Show these factors (a reset only when the list itself changed)."""
        if factors == self.factors:
            self.changed_all()
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
        data = self.page.data_snapshot()
        if data is None:
            return 0, 0
        return data.factor_done(self.page.member, f.id), len(data.scorable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.factors):
            return None
        f, col = self.factors[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{f.category} · {f.group}" if f.group else f.category
            if col == 1:
                return _tr("%1 %2 (%3 分)").replace("%1", f.id).replace("%2", f.name).replace("%3", show(f.max))
            if col == 2:
                return _tr("客观") if f.objective else ""
            done, total = self._progress(f)
            return f"{done}/{total}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            text = extras.factor_text(self.page.source.ev(), f.id)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            done, total = self._progress(f)
            return QBrush(WARN) if done < total else None
        return None


class SheetModel(HeadedModel):
    """The bids on the open sheet for the selected factor: who, the score (edited), its points, its evidence."""

    def __init__(self, page: ScoringPage, commit: Callable[[str, object], bool]) -> None:
        super().__init__([_tr("投标人"), _tr("评分"), _tr("本项得分"), _tr("依据")], page)
        self.commit = commit
        self.factor: m.Factor | None = None
        self.words: tuple[str, ...] = ()
        self.rows: list[SheetRow] = []

    def set_rows(self, factor: m.Factor | None, words: tuple[str, ...], rows: list[SheetRow]) -> None:
        """Show these rows (``dataChanged`` when the factor and the bids are the same, else a reset)."""
        same = factor == self.factor and [r.bidder for r in rows] == [r.bidder for r in self.rows] and \
            words == self.words
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
            return show(gained) if gained is not None else ""
        return "；".join(r.evidence)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
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
    """The sheet's table: Tab in the 评分 column goes down the column to the next bid that can be scored."""

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
