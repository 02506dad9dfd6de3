"""A member's own verdicts at their seat (资格审查, 符合性审查): bids × items, 通过 or 不通过 with the reason.

The seat writes each verdict through the room's function (its own sheet only, while open); the joint
conclusion and the other members' verdicts are the agent's and the committee's, not shown here before
every member has submitted.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as m
from app.domain.problems import InvalidInput
from app.room.errors import RoomError
from app.room.seat import Seat, SeatSheet, record_verdict
from widgets.i18n import Translator
from widgets.problem_texts import describe_problem
from widgets.room_texts import room_text

_tr = Translator("SeatReview")


class SeatSource(Protocol):
    """What the page needs of the seat's source (widgets/room_seat.py's RoomSheetSource)."""

    seat: Seat
    view: SeatSheet

    def ev(self) -> m.Evaluation: ...

    def reload(self) -> bool: ...


class SeatReviewPage(QWidget):
    """The member's verdicts of one stage: a grid of bids × items, and the two buttons that set one."""

    def __init__(self, source: SeatSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.stage_box = QComboBox()
        self.stage_box.addItem(_tr("资格审查"), "qualification")
        self.stage_box.addItem(_tr("符合性审查"), "compliance")
        self.pass_button = QPushButton(_tr("通过"))
        self.fail_button = QPushButton(_tr("不通过…"))
        for w in (self.stage_box, self.pass_button, self.fail_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pass_button.clicked.connect(lambda: self.set_selected(True))
        self.fail_button.clicked.connect(self.ask_fail)
        self.refresh()

    @property
    def stage(self) -> str:
        return str(self.stage_box.currentData())

    def _bids(self, ev: m.Evaluation) -> list[m.Bidder]:
        codes = set(self.source.view.codes)
        return [b for b in ev.bidders if b.id not in codes]

    def refresh(self) -> None:
        """Show the member's verdicts of the chosen stage."""
        ev = self.source.ev()
        me = self.source.seat.member
        items, bids = ev.checklist(self.stage), self._bids(ev)
        mine = {(c.bidder, c.item): c for c in ev.checks if c.stage == self.stage and c.member == me}
        self.table.setRowCount(len(bids))
        self.table.setColumnCount(len(items))
        self.table.setHorizontalHeaderLabels([f"{i.id} {i.name}" for i in items])
        self.table.setVerticalHeaderLabels([f"{b.id} {b.name}" for b in bids])
        for r, b in enumerate(bids):
            for c, item in enumerate(items):
                v = mine.get((b.id, item.id))
                text = "—" if v is None else ("✓" if v.passed else "✗ " + v.note)
                cell = QTableWidgetItem(text)
                cell.setToolTip(v.note if v is not None and v.note else "")
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def verdict(self, bidder: str, item: str, passed: bool, note: str = "") -> bool:
        """Record the member's verdict; False with the reason in words when refused."""
        try:
            record_verdict(self.source.seat, self.stage, bidder, item, passed, note)
        except InvalidInput as exc:
            self.message.setText("\n".join(describe_problem(p, self.source.ev()) for p in exc.problems))
            return False
        except RoomError as exc:
            self.message.setText(room_text(exc.code))
            return False
        self.message.clear()
        self.source.reload()
        self.refresh()
        return True

    def _selected(self) -> tuple[str, str] | None:
        ev = self.source.ev()
        r, c = self.table.currentRow(), self.table.currentColumn()
        bids, items = self._bids(ev), ev.checklist(self.stage)
        if not (0 <= r < len(bids) and 0 <= c < len(items)):
            self.message.setText(_tr("请先选择投标人与审查项"))
            return None
        return bids[r].id, items[c].id

    def set_selected(self, passed: bool, note: str = "") -> bool:
        """The verdict of the selected cell."""
        chosen = self._selected()
        return chosen is not None and self.verdict(chosen[0], chosen[1], passed, note)

    def ask_fail(self) -> None:
        """不通过 needs its reason."""
        if self._selected() is None:
            return
        reason, ok = QInputDialog.getText(self, _tr("判定不通过"), _tr("不通过的理由："))
        if ok:
            self.set_selected(False, reason)
