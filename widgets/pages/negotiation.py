"""协商 / 谈判 / 磋商记录: the rounds with each supplier, the final quotes and (single source) the panel's outcome.

The page is in the navigator only while the project's method negotiates (单一来源、竞争性谈判、竞争性磋商):
:func:`attach` puts its row after 价格审查 and takes it away again when the method changes. Every entry goes
through :mod:`app.services.negotiation` (checked, audited, refused once finalised); a refusal is shown on
the page with its place in words. The capitals of a quote are shown as they are typed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Protocol

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import negotiation as ng
from app.domain.model import Evaluation
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen

_tr = Translator("NegotiationPage")
TIME_QT = "yyyy-MM-dd HH:mm"
KEY = "negotiation"


def titles() -> dict[str, str]:
    """The page's name by method, in the window's words."""
    return {"single_source": _tr("协商情况记录"), "competitive_negotiation": _tr("谈判记录"),
            "competitive_consultation": _tr("磋商记录")}


def speaker_names() -> dict[str, str]:
    """Who speaks for the supplier."""
    return {"legal_rep": _tr("法定代表人"), "authorised": _tr("授权代表")}


def outcome_names() -> dict[str, str]:
    """The panel's outcomes."""
    return {"agreed": _tr("成交（商定成交价格）"), "no_agreement": _tr("未能达成一致"), "void": _tr("协商无效")}


def _now() -> QDateTime:
    clock = QDateTime.currentDateTime()
    return QDateTime(clock.date(), QTime(clock.time().hour(), clock.time().minute()))


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _capitals(ev: Evaluation, text: str) -> str:
    value = _decimal(text)
    if value is None or value <= 0:
        return ""
    try:
        return ng.quote_words(ev, value)
    except ValueError:
        return ""


class NegotiationPage(QWidget):
    """The record: the rounds so far, a form for one round, the final quotes and the outcome.

    Attributes (for tests): ``rounds`` (QTableWidget), ``number``, ``bidder``, ``at``, ``price``, ``words``,
    ``capitals`` (the capitals of the figures typed), ``speaker_role``, ``speaker``, ``terms`` (QTableWidget:
    需求/原文/商定), ``remarks``, ``final``; ``outcome_box`` with ``kind``, ``outcome_at``, ``outcome_price``,
    ``outcome_words``, ``reason``; ``no_final_box`` with ``no_final_bidder``, ``no_final_note``;
    ``state`` and ``message`` (QLabel).
    """

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        hint = QLabel(_tr("协商（谈判、磋商）由小组主持，采购代理机构记录；每轮记录时间、供应商报价（小写和大写）、"
                          "出席人、商定变动的技术、服务要求或合同条款及小组意见。成交价格不得超过预算金额。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rounds = QTableWidget(0, 7)
        self.rounds.setHorizontalHeaderLabels([_tr("轮次"), _tr("供应商"), _tr("时间"), _tr("报价（小写）"),
                                               _tr("报价（大写）"), _tr("出席人"), _tr("最后报价")])
        self.rounds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds.verticalHeader().setVisible(False)
        self.rounds.horizontalHeader().setStretchLastSection(True)
        self.rounds.setMinimumHeight(120)
        self.rounds.itemSelectionChanged.connect(self._load_selected)
        layout.addWidget(self.rounds)
        layout.addWidget(self._round_box())
        self.no_final_box = self._no_final_box()
        layout.addWidget(self.no_final_box)
        self.outcome_box = self._outcome_box()
        layout.addWidget(self.outcome_box)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        layout.addStretch(1)
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()

    # -- the forms ---------------------------------------------------------------------------------
    def _round_box(self) -> QGroupBox:
        box = QGroupBox(_tr("记录一轮"))
        form = QFormLayout(box)
        self.number = QSpinBox()
        self.number.setRange(1, 99)
        self.bidder = QComboBox()
        self.at = QDateTimeEdit(_now())
        self.at.setDisplayFormat(TIME_QT)
        self.at.setCalendarPopup(True)
        self.price = QLineEdit()
        self.price.setPlaceholderText(_tr("小写，如 1140000.00（费率项目填费率，如 86.50）"))
        self.capitals = QLabel()
        self.words = QLineEdit()
        self.words.setPlaceholderText(_tr("大写，按报价单填写"))
        self.price.textChanged.connect(self._show_capitals)
        self.speaker_role = QComboBox()
        for key, name in speaker_names().items():
            self.speaker_role.addItem(name, key)
        self.speaker_role.setCurrentIndex(1)
        self.speaker = QLineEdit()
        self.terms = QTableWidget(0, 3)
        self.terms.setHorizontalHeaderLabels([_tr("所涉需求或合同条款"), _tr("采购文件原文"), _tr("商定内容")])
        self.terms.horizontalHeader().setStretchLastSection(True)
        self.terms.setMinimumHeight(90)
        self.terms.setMaximumHeight(150)
        for col, width in enumerate((200, 280)):
            self.terms.setColumnWidth(col, width)
        term_bar = QHBoxLayout()
        add_term, drop_term = QPushButton(_tr("添加条款")), QPushButton(_tr("删除条款"))
        add_term.clicked.connect(lambda: self.terms.insertRow(self.terms.rowCount()))
        drop_term.clicked.connect(lambda: self.terms.removeRow(self.terms.currentRow()))
        term_bar.addWidget(add_term)
        term_bar.addWidget(drop_term)
        term_bar.addStretch(1)
        self.remarks = QPlainTextEdit()
        self.remarks.setMaximumHeight(60)
        self.final = QCheckBox(_tr("本轮报价为最后报价"))
        buttons = QHBoxLayout()
        self.save_round = QPushButton(_tr("记录本轮"))
        self.drop_round = QPushButton(_tr("删除所选轮次"))
        self.save_round.clicked.connect(self.record_round)
        self.drop_round.clicked.connect(self.remove_selected)
        buttons.addWidget(self.save_round)
        buttons.addWidget(self.drop_round)
        buttons.addStretch(1)
        form.addRow(_tr("轮次"), self.number)
        form.addRow(_tr("供应商"), self.bidder)
        form.addRow(_tr("时间"), self.at)
        form.addRow(_tr("报价（小写）"), self.price)
        form.addRow("", self.capitals)
        form.addRow(_tr("报价（大写）"), self.words)
        form.addRow(_tr("出席人身份"), self.speaker_role)
        form.addRow(_tr("出席人姓名"), self.speaker)
        form.addRow(_tr("变动的条款"), self.terms)
        form.addRow("", term_bar)
        form.addRow(_tr("小组意见"), self.remarks)
        form.addRow("", self.final)
        form.addRow("", buttons)
        return box

    def _no_final_box(self) -> QGroupBox:
        box = QGroupBox(_tr("未提交最后报价"))
        row = QHBoxLayout(box)
        self.no_final_bidder = QComboBox()
        self.no_final_note = QLineEdit()
        self.no_final_note.setPlaceholderText(_tr("情况说明，如：未在规定时间内提交最后报价"))
        record, withdraw = QPushButton(_tr("记为未提交")), QPushButton(_tr("撤销"))
        record.clicked.connect(self.record_no_final)
        withdraw.clicked.connect(self.withdraw_no_final)
        for w in (self.no_final_bidder, self.no_final_note, record, withdraw):
            row.addWidget(w)
        return box

    def _outcome_box(self) -> QGroupBox:
        box = QGroupBox(_tr("协商结果（由协商小组决定）"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for key, name in outcome_names().items():
            self.kind.addItem(name, key)
        self.outcome_at = QDateTimeEdit(_now())
        self.outcome_at.setDisplayFormat(TIME_QT)
        self.outcome_at.setCalendarPopup(True)
        self.outcome_price = QLineEdit()
        self.outcome_capitals = QLabel()
        self.outcome_price.textChanged.connect(self._show_capitals)
        self.outcome_words = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_tr("未能达成一致、协商无效或撤销结果时须写明理由"))
        buttons = QHBoxLayout()
        record, clear = QPushButton(_tr("记录结果")), QPushButton(_tr("撤销结果"))
        record.clicked.connect(self.record_outcome)
        clear.clicked.connect(self.clear_outcome)
        buttons.addWidget(record)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        form.addRow(_tr("结果"), self.kind)
        form.addRow(_tr("时间"), self.outcome_at)
        form.addRow(_tr("成交价格（小写）"), self.outcome_price)
        form.addRow("", self.outcome_capitals)
        form.addRow(_tr("成交价格（大写）"), self.outcome_words)
        form.addRow(_tr("理由"), self.reason)
        form.addRow("", buttons)
        return box

    def _show_capitals(self) -> None:
        ev = self.controller.ev()
        for edit, label in ((self.price, self.capitals), (self.outcome_price, self.outcome_capitals)):
            words = _capitals(ev, edit.text())
            label.setText(_tr("大写应为：%1", words) if words else "")

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Show the record as stored."""
        ev = self.controller.ev()
        record = ng.negotiation(ev)
        self.heading.setText(f"<h3>{titles().get(ev.project.method, _tr('协商情况记录'))}</h3>")
        for combo in (self.bidder, self.no_final_bidder):
            chosen = combo.currentData()
            combo.clear()
            for b in ev.bidders:
                combo.addItem(f"{b.id} {b.name}", b.id)
            at = combo.findData(chosen)
            combo.setCurrentIndex(max(at, 0))
        self.no_final_box.setVisible(ev.project.method in ng.FINAL_QUOTE_METHODS)
        self.outcome_box.setVisible(ev.project.method == "single_source")
        self.rounds.setRowCount(len(record.rounds))
        names = speaker_names()
        for row, r in enumerate(record.rounds):
            price = ng.quote_text(ev, r.price) if r.price is not None else _tr("本轮未报价")
            cells = (str(r.number), ng.bidder_label(ev, r.bidder), r.at, price, r.words,
                     f"{names.get(r.speaker_role, r.speaker_role)} {r.speaker}", _tr("是") if r.final else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (r.number, r.bidder))
                self.rounds.setItem(row, col, item)
        self.rounds.resizeColumnsToContents()
        self.number.setValue(max((r.number for r in record.rounds), default=0) + 1)
        self.state.setText(self._state_text(ev, record))
        self._show_capitals()

    def _state_text(self, ev: Evaluation, record: ng.Negotiation) -> str:
        lines = [_tr("%1：未提交最后报价（%2）", ng.bidder_label(ev, b), note) for b, note in record.no_final.items()]
        o = record.outcome
        if ev.project.method != "single_source":
            lines.append(_tr("最后报价即评审价格：记录后在结果页按最后报价计算价格分。"))
        elif o is None:
            lines.append(_tr("协商结果：尚未记录。"))
        elif o.kind == "agreed" and o.price is not None:
            lines.append(_tr("协商结果：成交，成交价格 %1（%2）。", ng.quote_text(ev, o.price), o.words))
        else:
            lines.append(_tr("协商结果：%1。理由：%2", outcome_names()[o.kind], o.reason))
        return "\n".join(lines)

    def _load_selected(self) -> None:
        """Put the selected round into the form, to correct it."""
        items = self.rounds.selectedItems()
        if not items:
            return
        number, bidder = items[0].data(Qt.ItemDataRole.UserRole)
        found = next((r for r in ng.negotiation(self.controller.ev()).rounds
                      if (r.number, r.bidder) == (number, bidder)), None)
        if found is None:
            return
        self.number.setValue(found.number)
        self.bidder.setCurrentIndex(max(self.bidder.findData(found.bidder), 0))
        when = QDateTime.fromString(found.at, TIME_QT)
        if when.isValid():
            self.at.setDateTime(when)
        self.price.setText("" if found.price is None else str(found.price))
        self.words.setText(found.words)
        self.speaker_role.setCurrentIndex(max(self.speaker_role.findData(found.speaker_role), 0))
        self.speaker.setText(found.speaker)
        self.terms.setRowCount(len(found.terms))
        for row, t in enumerate(found.terms):
            for col, text in enumerate((t.requirement, t.original, t.agreed)):
                self.terms.setItem(row, col, QTableWidgetItem(text))
        self.remarks.setPlainText(found.remarks)
        self.final.setChecked(found.final)

    # -- recording ---------------------------------------------------------------------------------
    def _done(self, ok: bool) -> bool:
        self.message.setText("" if ok else self.controller.last_error)
        return ok

    def _price(self, edit: QLineEdit) -> Decimal | bool | None:
        """The figures typed: a Decimal, None when empty, False when unreadable (the message says so)."""
        if not edit.text().strip():
            return None
        value = _decimal(edit.text())
        if value is None:
            self.message.setText(_tr("“%1”不是数字", edit.text().strip()))
            return False
        return value

    def _terms(self) -> tuple[ng.Term, ...]:
        out = []
        for row in range(self.terms.rowCount()):
            texts = [(self.terms.item(row, c).text() if self.terms.item(row, c) is not None else "")  # type: ignore[union-attr]
                     for c in range(3)]
            if any(t.strip() for t in texts):
                out.append(ng.Term(*texts))
        return tuple(out)

    def record_round(self) -> bool:
        """Record the round in the form."""
        price = self._price(self.price)
        if price is False:
            return False
        rnd = ng.Round(self.number.value(), str(self.bidder.currentData() or ""), self.at.dateTime().toString(TIME_QT),
                       price if isinstance(price, Decimal) else None, self.words.text(),
                       str(self.speaker_role.currentData()), self.speaker.text(), self._terms(),
                       self.remarks.toPlainText(), self.final.isChecked())
        ok = self.controller.run(lambda: self.controller.session.record_round(rnd))
        if ok:
            self.final.setChecked(False)
        return self._done(ok)

    def remove_selected(self) -> bool:
        """Remove the selected round."""
        items = self.rounds.selectedItems()
        if not items:
            return False
        number, bidder = items[0].data(Qt.ItemDataRole.UserRole)
        return self._done(self.controller.run(
            lambda: self.controller.session.remove_round(number, bidder)))

    def record_no_final(self) -> bool:
        """Record that the chosen supplier gave no final quote."""
        bidder, note = str(self.no_final_bidder.currentData() or ""), self.no_final_note.text()
        return self._done(self.controller.run(
            lambda: self.controller.session.record_no_final(bidder, note)))

    def withdraw_no_final(self) -> bool:
        """Withdraw that record."""
        bidder = str(self.no_final_bidder.currentData() or "")
        return self._done(self.controller.run(
            lambda: self.controller.session.withdraw_no_final(bidder)))

    def record_outcome(self) -> bool:
        """Record the panel's outcome."""
        price = self._price(self.outcome_price)
        if price is False:
            return False
        outcome = ng.Outcome(str(self.kind.currentData()), self.outcome_at.dateTime().toString(TIME_QT), "",
                             price if isinstance(price, Decimal) else None, self.outcome_words.text(),
                             self.reason.text())
        return self._done(self.controller.run(
            lambda: self.controller.session.record_outcome(outcome)))

    def clear_outcome(self) -> bool:
        """Withdraw the recorded outcome (the reason field says why)."""
        reason = self.reason.text()
        return self._done(self.controller.run(
            lambda: self.controller.session.clear_outcome(reason)))


# -- the navigator's row -----------------------------------------------------------------------------
class _Workspace(Protocol):
    controller: ProjectController
    navigator: QListWidget
    stack: QStackedWidget
    pages: dict[str, QWidget]
    _rows: dict[str, int]


def _sync(workspace: _Workspace, after: str) -> None:
    nav = workspace.navigator
    ev = workspace.controller.ev()
    rows = {nav.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(nav.count())}
    shown = KEY in rows
    if ng.is_negotiated(ev) and not shown:
        item = QListWidgetItem("  " + titles()[ev.project.method])
        item.setData(Qt.ItemDataRole.UserRole, KEY)
        nav.insertItem(rows.get(after, nav.count() - 1) + 1, item)
    elif not ng.is_negotiated(ev) and shown:
        if nav.currentRow() == rows[KEY]:
            nav.setCurrentRow(rows[after])
        nav.takeItem(rows[KEY])
    elif shown:
        nav.item(rows[KEY]).setText("  " + titles()[ev.project.method])
    workspace._rows.clear()
    workspace._rows.update({nav.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(nav.count())
                            if nav.item(i).data(Qt.ItemDataRole.UserRole)})


def attach(workspace: _Workspace, after: str = "price") -> None:
    """Show the page's row in the navigator after ``after`` while the method negotiates, and keep it so."""
    workspace.stack.addWidget(workspace.pages[KEY])
    _sync(workspace, after)
    workspace.controller.changed.connect(lambda *_: _sync(workspace, after))
