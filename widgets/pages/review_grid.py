"""资格审查 / 符合性审查: the review grid of one stage — bids × checklist items, each member's verdicts or
the committee's joint conclusion, the conclusion per bid and the bids found invalid.

A verdict is recorded at once through the session (one audited entry per cell); a failing verdict is
recorded only with its reason. The conclusion per bid and the invalid marking come from the domain
(:func:`app.domain.reviews.item_verdicts`, the engine's reasons), never decided here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.engine import review_bids
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput
from app.domain.validate import check_structure
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen
from widgets.pages.review_model import VERDICT_ROLE, ReviewGridModel

Index = QModelIndex | QPersistentModelIndex


_tr = Translator("ReviewGridPage")


def stage_name(stage: str) -> str:
    """A review stage in words."""
    return _tr("资格审查") if stage == "qualification" else _tr("符合性审查")


def invalid_reasons(controller: ProjectController) -> dict[str, tuple[str, ...]]:
    """Per bid found invalid, the engine's reasons (codes).

    From the result when it can be computed; otherwise (scores still missing …) from the engine's
    validity review of the bids alone, which needs no scores.
    """
    try:
        result = controller.session.result()
    except InvalidInput:
        ev = controller.ev()
        reviews = review_bids(ev, check_structure(ev, []))
        return {bid: tuple(r.reasons) for bid, r in reviews.items() if r.status == "invalid"}
    return {b.id: b.reasons for b in result.bidders if b.status == "invalid"}


class ReasonDialog(QDialog):
    """Asks for a reason; OK with an empty reason is refused (when required) and says so."""

    def __init__(self, parent: QWidget, title: str, prompt: str, placeholder: str = "", required: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(placeholder)
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self.required and not self.reason.text().strip():
            self.message.setText(_tr("请填写理由，否则不予记录。"))
            self.reason.setFocus()
            return
        super().accept()


class ReviewTable(QTableView):
    """The grid; Space toggles the current cell's verdict (as a double-click does)."""

    def __init__(self, toggle: Callable[[QModelIndex], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._toggle = toggle

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._toggle(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ReviewGridPage(QWidget):
    """One review stage: the grid of verdicts, whose verdicts are shown, the conclusions and invalid bids.

    Attributes:
        whose: the member whose verdicts are shown and recorded (None: the committee's joint conclusion).
        whose_box: the combo choosing it.
        dialog: the reason dialog last opened (failing verdict, declaring or withdrawing invalidity).
    """

    def __init__(self, controller: ProjectController, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.stage = controller, stage
        self.whose: str | None = None
        self.dialog: ReasonDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h3>{stage_name(stage)}</h3>"))
        hint = QLabel(_tr("逐项录入审查结论：双击或按空格键切换 ✓ 通过 / ✗ 不通过（不通过须填写理由）。"
                          "评标委员会的联合结论优先于成员意见；无联合结论时按成员多数意见。任一项不通过，投标无效。"))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("审查意见：")))
        self.whose_box = QComboBox()
        self.whose_box.setMinimumWidth(200)
        bar.addWidget(self.whose_box)
        self.pass_all_button = QPushButton(_tr("全部通过"))
        self.pass_all_button.setToolTip(_tr("为所选投标人尚无结论的各项录入“通过”（已判定不通过的不变）"))
        self.invalid_button = QPushButton(_tr("认定投标无效…"))
        self.withdraw_button = QPushButton(_tr("撤销无效认定…"))
        for button in (self.pass_all_button, self.invalid_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = ReviewTable(self.toggle, self)
        self.model = ReviewGridModel(stage, self._on_verdict, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        self.whose_box.currentIndexChanged.connect(self._whose_chosen)
        self.table.doubleClicked.connect(self.toggle)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.pass_all_button.clicked.connect(self.pass_all)
        self.invalid_button.clicked.connect(self.ask_invalid)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()
        self.table.resizeColumnsToContents()

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Read the verdicts, conclusions and invalid bids again."""
        ev = self.controller.ev()
        self._fill_whose(ev)
        self.model.load(ev, self.whose, invalid_reasons(self.controller))
        total = self.model.rowCount()
        self.summary.setText(_tr("通过%1的投标：%2 / %3", stage_name(self.stage), self.model.passing(), total))
        self._enable()

    def _fill_whose(self, ev: Evaluation) -> None:
        members = [(None, _tr("评标委员会（联合结论）"))] + [(m.id, m.name) for m in ev.members]
        shown = [(self.whose_box.itemData(i), self.whose_box.itemText(i)) for i in range(self.whose_box.count())]
        if shown != members:
            self.whose_box.blockSignals(True)
            self.whose_box.clear()
            for ident, name in members:
                self.whose_box.addItem(name, ident)
            if self.whose not in {m.id for m in ev.members}:
                self.whose = None
            self.whose_box.setCurrentIndex(max(0, self.whose_box.findData(self.whose)) if self.whose else 0)
            self.whose_box.blockSignals(False)

    def _whose_chosen(self, index: int) -> None:
        data = self.whose_box.itemData(index) if index >= 0 else None
        self.whose = data if isinstance(data, str) else None
        self.model.load(self.controller.ev(), self.whose, invalid_reasons(self.controller))

    def current_bidder(self) -> str | None:
        """The bid of the current cell, or None."""
        index = self.table.currentIndex()
        return self.model.bidder(index.row()).id if index.isValid() else None

    def select(self, bidder_id: str, item_id: str | None = None) -> None:
        """Make a bid's cell (its name, or one item's) the current one."""
        rows = [r for r in range(self.model.rowCount()) if self.model.bidder(r).id == bidder_id]
        columns = [c for c in range(self.model.columnCount()) if (i := self.model.item(c)) and i.id == item_id]
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], columns[0] if columns else 0))

    def _enable(self) -> None:
        bid = self.current_bidder()
        declared = bid is not None and any(d.bidder == bid and d.kind == "invalid"
                                           for d in self.controller.ev().decisions)
        self.pass_all_button.setEnabled(bid is not None)
        self.invalid_button.setEnabled(bid is not None)
        self.withdraw_button.setEnabled(declared)

    def refuse(self, message: str) -> bool:
        """Show why nothing was recorded (here and through the controller); always False."""
        self.message.setText(message)
        return self.controller.refuse(message)

    def _ran(self, done: bool) -> bool:
        if done:
            self.message.clear()
        else:
            self.message.setText(self.controller.last_error)
        return done

    # -- verdicts ----------------------------------------------------------------------------------
    def set_verdict(self, bidder_id: str, item_id: str, passed: bool, reason: str = "") -> bool:
        """Record the shown member's (or the joint) verdict; a failing one needs its reason.

        Returns False when nothing was recorded (no reason for a failure, or the service refused).
        """
        reason = reason.strip()
        if not passed and not reason:
            return self.refuse(_tr("判定 %1 · %2 不通过须填写理由；未记录。", bidder_id, item_id))
        session, whose, note = self.controller.session, self.whose, "" if passed else reason
        return self._ran(self.controller.run(lambda: session.set_verdict(self.stage, bidder_id, item_id, passed,
                                                                         member=whose, note=note)))

    def ask_fail(self, bidder_id: str, item_id: str) -> None:
        """Open the dialog asking why a bid fails an item; OK records the failing verdict."""
        name = next((b.name for b in self.controller.ev().bidders if b.id == bidder_id), bidder_id)
        dialog = ReasonDialog(self, _tr("判定不通过"),
                              _tr("%1 · %2 不通过的理由：", name, item_id),
                              _tr("如：未提供有效的营业执照副本"))
        dialog.accepted.connect(lambda: self.set_verdict(bidder_id, item_id, False, dialog.reason.text()))
        self.dialog = dialog
        dialog.open()

    def _on_verdict(self, bidder_id: str, item_id: str, passed: bool) -> bool:
        if passed:
            return self.set_verdict(bidder_id, item_id, True)
        self.ask_fail(bidder_id, item_id)
        return False

    def toggle(self, index: QModelIndex) -> bool:
        """Double-click / Space on an item cell: none or ✗ → ✓ (recorded); ✓ → ✗ (asks the reason)."""
        item = self.model.item(index.column()) if index.isValid() else None
        if item is None:
            return False
        bid = self.model.bidder(index.row()).id
        return self._on_verdict(bid, item.id, self.model.verdict(bid, item.id) is not True)

    def pass_all(self) -> bool:
        """Record 通过 on every item of the selected bid that has no verdict yet (failed ones stay)."""
        bid = self.current_bidder()
        if bid is None:
            return self.refuse(_tr("请先选择投标人。"))
        missing = self.model.missing(bid)
        if not missing:
            self.message.setText(_tr("该投标人各项均已录入结论。"))
            return True
        session, whose = self.controller.session, self.whose
        # one unit of work: every item recorded, or (one refused) none
        return self._ran(self.controller.run(lambda: session.pass_all(self.stage, bid, missing, member=whose)))

    # -- invalid bids ------------------------------------------------------------------------------
    def ask_invalid(self) -> None:
        """Ask why the selected bid is invalid (e.g. 串通投标); OK records the committee's decision."""
        bid = self.current_bidder()
        if bid is None:
            self.refuse(_tr("请先选择投标人。"))
            return
        name = next((b.name for b in self.controller.ev().bidders if b.id == bid), bid)
        dialog = ReasonDialog(self, _tr("认定投标无效"), _tr("认定 %1 投标无效的理由：", name),
                              _tr("如：串通投标"))
        dialog.accepted.connect(lambda: self.declare_invalid(bid, dialog.reason.text()))
        self.dialog = dialog
        dialog.open()

    def declare_invalid(self, bidder_id: str, reason: str) -> bool:
        """Record the committee's decision that a bid is invalid, with its reason."""
        reason = reason.strip()
        if not reason:
            return self.refuse(_tr("认定投标无效须填写理由；未记录。"))
        session = self.controller.session
        return self._ran(self.controller.run(lambda: session.declare_invalid(bidder_id, reason)))

    def ask_withdraw(self) -> None:
        """Ask why the selected bid's invalidity decision is withdrawn; OK withdraws it."""
        bid = self.current_bidder()
        if bid is None:
            self.refuse(_tr("请先选择投标人。"))
            return
        name = next((b.name for b in self.controller.ev().bidders if b.id == bid), bid)
        dialog = ReasonDialog(self, _tr("撤销无效认定"), _tr("撤销对 %1 的无效认定的理由：", name),
                              _tr("如：经核实，认定依据有误"))
        dialog.accepted.connect(lambda: self.withdraw_invalid(bid, dialog.reason.text()))
        self.dialog = dialog
        dialog.open()

    def withdraw_invalid(self, bidder_id: str, reason: str = "") -> bool:
        """Withdraw the committee's invalidity decision on a bid (audited with the reason)."""
        session, why = self.controller.session, reason.strip() or None
        return self._ran(self.controller.run(lambda: session.withdraw_invalid(bidder_id, why)))


__all__ = ["VERDICT_ROLE", "ReasonDialog", "ReviewGridModel", "ReviewGridPage", "ReviewTable", "invalid_reasons",
           "stage_name"]
