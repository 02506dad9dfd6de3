"""价格审查: each bid's price as corrected, the ceiling, the policy deduction, the evaluated price, the
abnormal-low-price triggers (财库〔2026〕2号) with the thresholds they compare against, and the record of
asking a bidder to justify a low price (:class:`LowPriceReviewDialog`).

Every figure comes from the domain (:mod:`app.domain.pricing`, :func:`app.domain.engine.low_price_basis`,
the session's result); the page only lays them out. A review record is saved through
:func:`app.services.records.record_low_price_review`, which also records the committee's decision when
a majority of its members agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import session_records as sr
from app.domain.engine import low_price_basis
from app.domain.model import TRIGGERS, Bidder, Evaluation, LowPriceRates, Rules
from app.domain.numerals import NumeralError
from app.domain.pricing import SMALL_SIZES, correct_price, deduction_rate, evaluated_price
from app.domain.problems import InvalidInput
from app.domain.result import Result
from app.reports.formats import money, percent
from widgets import price_mode
from widgets.controller import ProjectController
from widgets.i18n import Translator, fill
from widgets.lazy import refresh_when_seen
from widgets.pages.low_price_dialog import LowPriceReviewDialog
from widgets.table_model import HeadedModel

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b00020")
MARK = QColor("#fff3cd")


_tr = Translator("PriceReviewPage")


def headers(ev: Evaluation | None = None) -> tuple[str, ...]:
    """The table's column headers (a rate tender's: 投标费率（%） …)."""
    if ev is not None and price_mode.is_rate(ev):
        return (_tr("投标人"), _tr("投标费率（%）"), _tr("投标费率（大写）"), _tr("修正后费率（%）"),
                _tr("最高限价（%）"), _tr("价格扣除"), _tr("评审费率（%）"), _tr("异常低价"), _tr("审查结论"))
    return (_tr("投标人"), _tr("报价（小写）"), _tr("报价（大写）"), _tr("修正后报价"), _tr("最高限价"),
            _tr("价格扣除"), _tr("评审价"), _tr("异常低价"), _tr("审查结论"))


def trigger_text(trigger: str, rates: LowPriceRates) -> str:
    """A fired trigger in words, with the tender's rate: 低于平均报价的50%."""
    rate = getattr(rates, trigger)
    text = {"average": _tr("低于平均报价的%1"), "second_lowest": _tr("低于次低报价的%1"),
            "ceiling": _tr("低于最高限价的%1")}[trigger]
    return fill(text, percent(rate) if rate is not None else "")


def deduction_text(bidder: Bidder, rules: Rules) -> str:
    """The policy deduction granted (from :func:`deduction_rate`) and why, e.g. 20%（小型企业）."""
    rate = deduction_rate(bidder, rules)
    if not rate:
        return "—"
    if rules.deduction_mode == "lines":
        why = _tr("小微企业承担部分 %1 元", money(bidder.small_amount or Decimal(0)))
    elif bidder.size in SMALL_SIZES:
        why = _tr("小型企业") if bidder.size == "small" else _tr("微型企业")
    elif bidder.prison:
        why = _tr("监狱企业")
    elif bidder.disabled:
        why = _tr("残疾人福利性单位")
    else:
        text = _tr("联合体协议：小微企业占比 %1 ≥ %2") if bidder.arrangement == "consortium" else \
            _tr("分包意向协议：小微企业占比 %1 ≥ %2")
        why = fill(text, percent(bidder.partner_share or Decimal(0)), percent(rules.partner_min_share))
    return _tr("%1（%2）", percent(rate), why)


def review_state(ev: Evaluation, bidder: str, flagged: bool) -> str:
    """Where the bid's low-price review stands: 待审查 / 已要求说明（截止 HH:MM） / 认可 / 不认可（投标无效） / —."""
    decision = next((d for d in ev.decisions if d.bidder == bidder and d.kind == "low_price"), None)
    if decision is not None:
        return _tr("认可") if decision.accepted else _tr("不认可（投标无效）")
    review = sr.low_price_reviews(ev).get(bidder)
    if review is not None:
        deadline = sr.parse_time(review.deadline)
        shown = deadline.strftime("%H:%M") if deadline is not None else review.deadline
        return _tr("已要求说明（截止 %1）", shown)
    return _tr("待审查") if flagged else "—"


@dataclass(frozen=True)
class Cell:
    """What one cell shows."""

    text: str
    tip: str = ""
    alarm: bool = False
    mark: bool = False


@dataclass(frozen=True)
class PriceRow:
    """One bid's row."""

    bidder: str
    cells: tuple[Cell, ...]
    flagged: bool


def price_rows(ev: Evaluation, result: Result | None) -> list[PriceRow]:
    """The rows of the table for the evaluation as it is (``result``: the engine's, when it can be computed)."""
    rules, ceiling = ev.rules, ev.project.effective_ceiling
    basis = low_price_basis(ev) if result is None else None
    decided = {d.bidder for d in ev.decisions if d.kind == "low_price"}
    reviewed = set(sr.low_price_reviews(ev))
    rows: list[PriceRow] = []

    def show(value: Decimal) -> str:
        return price_mode.show_price(value, ev)

    for b in ev.bidders:
        figures = Cell(show(b.price) if b.price is not None else "")
        words = Cell(b.price_words or "")
        try:
            corrected = correct_price(b, ev.project.price_mode)
        except (NumeralError, ValueError) as exc:
            bad = Cell("—", _tr("报价无法识别：%1", exc), alarm=True)
            rows.append(PriceRow(b.id, (Cell(b.name), figures, words, bad, Cell("—"), Cell("—"), Cell("—"),
                                        Cell("—"), Cell("—")), False))
            continue
        price = corrected.price
        if corrected.corrected:
            fixed = Cell(show(price), _tr("大写与小写不一致，以大写为准（小写 %1，大写 %2）",
                                           show(corrected.figures or Decimal(0)), show(price)), mark=True)
        else:
            fixed = Cell(show(price))
        if ceiling is None:
            over = Cell("—")
        elif price > ceiling:
            over = Cell(_tr("超过最高限价"),
                        _tr("修正后报价 %1 高于最高限价 %2，投标无效", show(price), show(ceiling)), alarm=True)
        else:
            over = Cell(_tr("未超过"), _tr("最高限价 %1", show(ceiling)))
        if result is not None:
            outcome = result.bidder(b.id)
            evaluated, fired = outcome.evaluated_price, outcome.low_price
        else:
            assert basis is not None
            evaluated = evaluated_price(price, b, rules)
            fired = tuple(t for t in TRIGGERS if b.id in basis.population and t in basis.limits
                          and price < basis.limits[t])
        low = Cell("；".join(trigger_text(t, rules.low_price) for t in fired) or "—", alarm=bool(fired))
        flagged = bool(fired) or b.id in reviewed or b.id in decided
        rejected = any(d.bidder == b.id and d.kind == "low_price" and d.accepted is False for d in ev.decisions)
        cells = (Cell(b.name), figures, words, fixed, over, Cell(deduction_text(b, rules)), Cell(show(evaluated)),
                 low, Cell(review_state(ev, b.id, bool(fired)), alarm=rejected))
        rows.append(PriceRow(b.id, cells, flagged))
    return rows


def basis_lines(ev: Evaluation) -> list[str]:
    """The thresholds the triggers compare against, computed from the current data, one line each."""
    basis = low_price_basis(ev)
    rates = ev.rules.low_price
    names = {b.id: b.name for b in ev.bidders}

    def show(value: Decimal) -> str:
        return price_mode.show_price(value, ev)

    lines = [_tr("参与计算的投标（通过资格审查和符合性审查、且未超过最高限价）：%1 家　%2", len(basis.population),
                 "、".join(f"{bid} {names.get(bid, '')}".strip() for bid in basis.population) or "—")]
    figures = {"average": (_tr("平均报价"), basis.mean), "second_lowest": (_tr("次低报价"), basis.second),
               "ceiling": (_tr("最高限价"), basis.ceiling)}
    for trigger in TRIGGERS:
        name, figure = figures[trigger]
        rate = getattr(rates, trigger)
        limit = basis.limits.get(trigger)
        if rate is None:
            lines.append(_tr("%1：未采用此基准", name))
        elif figure is None or limit is None:
            lines.append(_tr("%1：数据不足，无法计算", name))
        else:
            lines.append(f"{name} {show(figure)} × {percent(rate)} = {show(limit)}")
    return lines


class PriceReviewModel(HeadedModel):
    """One row per bid (see :func:`price_rows`); flagged bids are highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(list(headers()), parent)
        self._rows: list[PriceRow] = []

    def count(self) -> int:
        return len(self._rows)

    def load(self, rows: list[PriceRow]) -> None:
        """Show new rows; the same bids in the same order are updated in place."""
        if [r.bidder for r in rows] == [r.bidder for r in self._rows]:
            self._rows = rows
            self.changed_all()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> PriceRow:
        """The row's data."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or None
        if role == Qt.ItemDataRole.ForegroundRole and cell.alarm:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.FontRole and cell.mark:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and (cell.mark or row.flagged):
            return QBrush(MARK)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PriceReviewPage(QWidget):
    """价格审查: the table of prices and the abnormal-low-price thresholds, recomputed on every change.

    Attributes:
        basis: the label showing the thresholds (one line per trigger).
        dialog: the low-price review dialog last opened.
    """

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: LowPriceReviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("价格审查") + "</h3>"))
        hint = QLabel(_tr("大写金额与小写金额不一致的，以大写金额为准。通过资格审查和符合性审查且未超过最高限价的投标，"
                          "报价低于下列任一基准的，评标委员会应要求投标人在合理时间内（一般不少于 30 分钟）书面说明，"
                          "必要时提交相关证明材料；不能证明其报价合理性的，应将其作为无效投标处理（财库〔2026〕2号）。"))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        box = QGroupBox(_tr("异常低价判定基准（按当前数据计算）"))
        box_layout = QVBoxLayout(box)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.basis)
        layout.addWidget(box)
        bar = QHBoxLayout()
        self.review_button = QPushButton(_tr("低价审查记录…"))
        self.review_button.setToolTip(_tr("记录要求投标人说明报价合理性的时间、说明内容和各成员意见"))
        bar.addWidget(self.review_button)
        bar.addStretch(1)
        self.note = QLabel()
        bar.addWidget(self.note)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.model = PriceReviewModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.review_button.clicked.connect(self.open_review)
        self.table.doubleClicked.connect(lambda index: self.open_review())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._enable())
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()
        self.table.resizeColumnsToContents()

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Recompute the rows and the thresholds from the current data."""
        ev = self.controller.ev()
        try:
            result: Result | None = self.controller.session.result()
            self.note.clear()
        except InvalidInput:
            result = None
            self.note.setText(_tr("尚不能计算评审结果：评审价与异常低价按当前审查数据计算"))
        if self.model.headers != list(headers(ev)):
            self.model.headers = list(headers(ev))
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.headers) - 1)
        self.model.load(price_rows(ev, result))
        self.basis.setText("\n".join(basis_lines(ev)))
        self._enable()

    def current_bidder(self) -> str | None:
        """The selected bid, or None."""
        index = self.table.currentIndex()
        return self.model.row(index.row()).bidder if index.isValid() else None

    def select(self, bidder_id: str) -> None:
        """Select a bid's row."""
        for r in range(self.model.rowCount()):
            if self.model.row(r).bidder == bidder_id:
                self.table.setCurrentIndex(self.model.index(r, 0))
                self.table.selectRow(r)

    def _enable(self) -> None:
        self.review_button.setEnabled(self.current_bidder() is not None)

    def open_review(self) -> bool:
        """Open the low-price review record of the selected bid; OK saves it."""
        bid = self.current_bidder()
        if bid is None:
            return False
        ev = self.controller.ev()
        dialog = LowPriceReviewDialog(ev, bid, sr.low_price_reviews(ev).get(bid), self)
        dialog.accepted.connect(lambda: self.save_review(dialog.review()))
        self.dialog = dialog
        dialog.open()
        return True

    def save_review(self, review: sr.LowPriceReview) -> bool:
        """Record a low-price review (and the committee's decision when a majority agrees)."""
        session = self.controller.session
        return self.controller.run(lambda: session.review_low_price(review))


__all__ = ["LowPriceReviewDialog", "PriceReviewModel", "PriceReviewPage", "basis_lines", "price_rows", "trigger_text"]
