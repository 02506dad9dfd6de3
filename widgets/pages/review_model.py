"""The review grid's model: bids × the stage's checklist items, the shown member's verdicts (or the
committee's joint conclusion), and per bid the conclusion the domain draws (:func:`app.domain.reviews.item_verdicts`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.model import Bidder, Check, CheckItem, Evaluation
from app.domain.reviews import ItemVerdict, failed_items, item_verdicts
from widgets.i18n import Translator
from widgets.reason_texts import reason_text

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b00020")
#: The verdict of a cell for the shown member (or the joint one): True, False, or None (none recorded).
VERDICT_ROLE = Qt.ItemDataRole.UserRole

_tr = Translator("ReviewGridPage")


class ReviewGridModel(QAbstractTableModel):
    """Rows: the bids; columns: 投标人, each checklist item of the stage, 结论.

    ``on_verdict(bidder, item, passed)`` is asked to record a verdict set through ``setData``
    (``Qt.CheckStateRole``: Checked passes, Unchecked fails and needs a reason).
    """

    def __init__(self, stage: str, on_verdict: Callable[[str, str, bool], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.stage, self.on_verdict = stage, on_verdict
        self._ev: Evaluation | None = None
        self._bidders: tuple[Bidder, ...] = ()
        self._items: tuple[CheckItem, ...] = ()
        self._mine: dict[tuple[str, str], Check] = {}
        self._verdicts: dict[tuple[str, str], ItemVerdict] = {}
        self._failed: dict[str, list[str]] = {}
        self._invalid: dict[str, tuple[str, ...]] = {}

    def load(self, ev: Evaluation, whose: str | None, invalid: dict[str, tuple[str, ...]]) -> None:
        """Show ``ev``'s verdicts of ``whose`` (None: the joint conclusion); a same-shaped grid is updated in place."""
        bidders, items = ev.bidders, ev.checklist(self.stage)
        same = [b.id for b in bidders] == [b.id for b in self._bidders] and \
            [i.id for i in items] == [i.id for i in self._items] and self._ev is not None
        if not same:
            self.beginResetModel()
        self._ev, self._bidders, self._items, self._invalid = ev, bidders, items, invalid
        self._mine = {(c.bidder, c.item): c for c in ev.checks if c.stage == self.stage and c.member == whose}
        self._verdicts = item_verdicts(ev, self.stage)
        self._failed = failed_items(ev, self.stage)
        if not same:
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- what the page asks ------------------------------------------------------------------------
    def bidder(self, row: int) -> Bidder:
        """The bid shown in a row."""
        return self._bidders[row]

    def item(self, column: int) -> CheckItem | None:
        """The checklist item of a column (None for 投标人 and 结论)."""
        return self._items[column - 1] if 1 <= column <= len(self._items) else None

    def verdict(self, bidder: str, item: str) -> bool | None:
        """The shown verdict (of the chosen member, or the joint one) on one item; None when none is recorded."""
        check = self._mine.get((bidder, item))
        return None if check is None else check.passed

    def missing(self, bidder: str) -> list[str]:
        """The items of the stage with no shown verdict yet for a bid, in checklist order."""
        return [i.id for i in self._items if (bidder, i.id) not in self._mine]

    def failed(self, bidder: str) -> list[str]:
        """The items the bid fails in this stage (the committee's conclusion)."""
        return list(self._failed.get(bidder, ()))

    def passing(self) -> int:
        """How many bids pass this stage."""
        return sum(1 for b in self._bidders if not self._failed.get(b.id))

    # -- cells -------------------------------------------------------------------------------------
    def _name_tip(self, bidder: str) -> str:
        assert self._ev is not None
        reasons = self._invalid.get(bidder)
        if not reasons:
            return ""
        return _tr("投标无效：") + "\n" + "\n".join(reason_text(r, self._ev, bidder) for r in reasons)

    def _conclusion(self, bidder: str) -> str:
        failed = self._failed.get(bidder)
        return _tr("不通过：%1", "、".join(failed)) if failed else _tr("通过")

    def _conclusion_tip(self, bidder: str) -> str:
        lines: list[str] = []
        for item in self._failed.get(bidder, ()):
            v = self._verdicts[(bidder, item)]
            if v.joint is not None:
                lines.append(_tr("%1：评标委员会联合结论不通过", item))
            elif v.rule == "two_thirds":
                lines.append(_tr("%1：%2 名成员判定不通过，达到三分之二", item, f"{v.fails}/{v.votes}"))
            else:
                lines.append(_tr("%1：%2 名成员判定不通过", item, f"{v.votes - v.passes}/{v.votes}"))
            lines += ["　" + note for note in v.notes]
        for i in self._items:  # a two-thirds item some members fail without reaching two thirds
            v = self._verdicts[(bidder, i.id)]
            if v.rule == "two_thirds" and v.joint is None and v.fails and not v.failed:
                lines.append(_tr("%1：%2 名成员判定不通过，未达三分之二", i.id, f"{v.fails}/{v.votes}"))
        unchecked = sum(1 for i in self._items if not self._verdicts[(bidder, i.id)].checked)
        if unchecked:
            lines.append(_tr("尚有 %1 项未录入审查结论", unchecked))
        return "\n".join(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._bidders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() or self._ev is None else len(self._items) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < self.columnCount():
            return None
        item = self.item(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if item is not None:
                return f"{item.id} {item.name}" + (_tr("（三分之二）") if item.verdict == "two_thirds" else "")
            return _tr("投标人") if section == 0 else _tr("结论")
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            return item.criterion or item.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.item(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bidders):
            return None
        bid, column = self._bidders[index.row()].id, index.column()
        item = self.item(column)
        if item is not None:
            return self._item_data(bid, item, role)
        if column == 0:
            invalid = bid in self._invalid
            if role == Qt.ItemDataRole.DisplayRole:
                return self._bidders[index.row()].name + (_tr("（无效）") if invalid else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._name_tip(bid) or None
            if role == Qt.ItemDataRole.ForegroundRole and invalid:
                return QBrush(WARN)
            return None
        failed = bool(self._failed.get(bid))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._conclusion(bid)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._conclusion_tip(bid) or None
        if role == Qt.ItemDataRole.ForegroundRole and failed:
            return QBrush(WARN)
        return None

    def _item_data(self, bid: str, item: CheckItem, role: int) -> Any:
        check = self._mine.get((bid, item.id))
        if role == VERDICT_ROLE:
            return None if check is None else check.passed
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if check is None else ("✓" if check.passed else "✗")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if check is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not check.passed:
                return check.note or _tr("（未注明理由）")
            return check.note or None
        if role == Qt.ItemDataRole.ForegroundRole and not check.passed:
            return QBrush(WARN)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.column()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if hasattr(value, "value") else value
        return self.on_verdict(self._bidders[index.row()].id, item.id, state == Qt.CheckState.Checked.value)
