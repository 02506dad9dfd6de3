"""投标人 / 开标记录: the bids as read at the opening, with the checks the opening record needs.

Prices are typed in figures; the capitals are filled from them (or typed from the opening form and
then checked: capitals prevail, and the correction is shown). The size declaration's figures give
the size the tender's industry thresholds say, and a declaration claiming smaller is flagged.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain import committee, extras
from app.domain import model as m
from app.domain.committee import Finding
from app.domain.numerals import NumeralError
from app.domain.pricing import correct_price
from app.domain.problems import InvalidInput, Problem
from app.domain.rate_words import parse_price_words
from app.reports.formats import money
from app.services.responses import ResponsesTaken
from widgets import inputs, price_mode
from widgets.controller import ProjectController, SetupCommand
from widgets.i18n import Translator
from widgets.list_model import Column
from widgets.pages.list_page import ListPage
from widgets.problem_texts import refusal_words

_tr = Translator("BiddersPage")


def size_names() -> dict[str, str]:
    """Enterprise sizes as the window names them."""
    return {"large": _tr("大型"), "medium": _tr("中型"), "small": _tr("小型"), "micro": _tr("微型")}


def finding_text(f: Finding) -> str:
    """A finding of :mod:`app.domain.committee` in words."""
    a = f.args
    texts = {
        "words_unreadable": _tr("大写金额无法识别：%1"),
        "words_differ": _tr("大写 %1 与小写 %2 不一致，以大写为准"),
        "over_ceiling": _tr("报价 %1 超过最高限价（或预算）%2，投标无效"),
        "no_industry": _tr("项目未填写所属行业，无法按划型标准核对企业规模"),
        "figures_invalid": _tr("声明数据有误：%1"),
        "size_undecided": _tr("声明数据不全（缺 %1），无法划型"),
        "size_differs": _tr("声明为%1，按所属行业划型标准应为%2"),
        "too_few": _tr("评标委员会 %1 人，少于 %2 人"),
        "even": _tr("评标委员会 %1 人，应为单数"),
        "few_experts": _tr("专家 %1 人（共 %2 人），少于三分之二"),
        "no_leader": _tr("尚未确定评标委员会组长"),
        "leader_unknown": _tr("组长 %1 不是委员会成员"),
    }
    args = list(a)
    if f.code == "size_differs":
        args = [size_names().get(x, x) for x in a]
    text = texts.get(f.code, f.code)
    for i, arg in enumerate(args, 1):
        text = text.replace(f"%{i}", arg)
    return text


def response_refusal(problem: Problem) -> str:
    """Why a response file was not taken into the record: another tender, a duplicate bidder, unreadable."""
    source, _, _where = problem.path.partition(": ")
    name = Path(source).name or source
    other = re.fullmatch(r"answers another tender \((.*)\); this project is (.*)", problem.message)
    duplicate = re.fullmatch(r"(.*) is already in the opening record", problem.message)
    if other:
        why = _tr("是另一项目的投标响应（%1），本项目为 %2", other[1], other[2])
    elif duplicate:
        why = _tr("投标人“%1”已在开标记录中（重复）", duplicate[1])
    else:
        why = _tr("无法读取，或不是有效的投标响应文件")
    return f"{name}：{why}"


def _name(b: m.Bidder, text: str) -> m.Bidder:
    if not text:
        raise ValueError(_tr("投标人名称不能为空"))
    return dataclasses.replace(b, name=text)


def _ident(b: m.Bidder, text: str) -> m.Bidder:
    if not text:
        raise ValueError(_tr("编号不能为空"))
    return dataclasses.replace(b, id=text)


def _price(b: m.Bidder, text: str, ev: m.Evaluation) -> m.Bidder:
    price = price_mode.read_price(text, ev, blank=True)
    mode = ev.project.price_mode
    words = b.price_words
    follows = words is None or (b.price is not None and committee.words_for(b.price, mode) == words)
    if follows:  # the capitals were filled from the figures: keep them in step
        words = committee.words_for(price, mode)
    if price is None and words is None:
        raise ValueError(_tr("报价需填写小写或大写金额"))
    return dataclasses.replace(b, price=price, price_words=words)


def _words(b: m.Bidder, text: str, ev: m.Evaluation) -> m.Bidder:
    if not text:
        if b.price is None:
            raise ValueError(_tr("报价需填写小写或大写金额"))
        return dataclasses.replace(b, price_words=None)
    try:
        parse_price_words(text, ev.project.price_mode)
    except NumeralError as exc:
        if price_mode.is_rate(ev):
            raise ValueError(_tr("大写费率无法识别（应如 百分之捌拾陆点伍）：%1", exc)) from None
        raise ValueError(_tr("大写金额无法识别：%1", exc)) from None
    return dataclasses.replace(b, price_words=text)


def arrangement_names() -> dict[str, str]:
    """How small/micro partners take their share, as the bidder declares it."""
    return {"consortium": _tr("联合体协议"), "subcontract": _tr("分包意向协议")}


def _arrangement(b: m.Bidder, text: str) -> m.Bidder:
    for key, name in arrangement_names().items():
        if text in (key, name, name.removesuffix("协议"), name.removesuffix("意向协议")):
            return dataclasses.replace(b, arrangement=key)
    raise ValueError(_tr("合作方式应为 联合体协议 或 分包意向协议"))


def _size(b: m.Bidder, text: str) -> m.Bidder:
    if not text:
        return dataclasses.replace(b, size=None)
    for key, name in size_names().items():
        if text in (key, name, name + "企业"):
            return dataclasses.replace(b, size=key)
    raise ValueError(_tr("企业规模应为 大型/中型/小型/微型 之一，或留空"))


def _share(b: m.Bidder, text: str) -> m.Bidder:
    return dataclasses.replace(b, partner_share=inputs.rate(text, blank=True))


def _small_amount(b: m.Bidder, text: str) -> m.Bidder:
    return dataclasses.replace(b, small_amount=inputs.decimal(text, low=Decimal(0), places=2, blank=True))


def _corrected(b: m.Bidder, ev: m.Evaluation) -> str:
    try:
        return price_mode.show_price(correct_price(b, ev.project.price_mode).price, ev)
    except (NumeralError, ValueError):
        return "—"


class FactsPanel(QGroupBox):
    """The selected bid's size declaration figures and validity; 应用 saves them."""

    def __init__(self, page: BiddersPage) -> None:
        super().__init__(_tr("中小企业声明与有效期"), page)
        self.page = page
        form = QFormLayout(self)
        self.employees = QLineEdit()
        self.revenue = QLineEdit()
        self.assets = QLineEdit()
        self.validity = QLineEdit()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet("color: #b00020")
        self.apply_button = QPushButton(_tr("应用"))
        form.addRow(_tr("从业人员（人）"), self.employees)
        form.addRow(_tr("营业收入（万元）"), self.revenue)
        form.addRow(_tr("资产总额（万元）"), self.assets)
        form.addRow(_tr("投标有效期（日历天）"), self.validity)
        form.addRow(_tr("按划型标准"), self.result)
        form.addRow(self.findings)
        form.addRow(self.apply_button)
        self.apply_button.clicked.connect(self.apply)
        self.row = -1

    def show_bidder(self, row: int) -> None:
        """Fill the fields from the bid in ``row`` (-1: none)."""
        self.row = row
        self.setEnabled(row >= 0)
        for field in (self.employees, self.revenue, self.assets, self.validity):
            field.clear()
        self.result.clear()
        self.findings.clear()
        if row < 0:
            return
        ev = self.page.controller.ev()
        bidder = ev.bidders[row]
        facts = extras.bidder_facts(ev, bidder.id)
        for field, key in ((self.employees, "employees"), (self.validity, "validity_days")):
            field.setText(str(facts[key]) if isinstance(facts.get(key), int) else "")
        self.revenue.setText(inputs.show(extras.fact_decimal(facts, "revenue")))
        self.assets.setText(inputs.show(extras.fact_decimal(facts, "assets")))
        size, found = self.page.size_check(ev, bidder)
        self.result.setText(size_names().get(size, "") if size else _tr("（未填写声明数据或无法划型）"))
        found = committee.price_findings(bidder, ev.project) + found
        self.findings.setText("\n".join(finding_text(f) for f in found))

    def apply(self) -> bool:
        """Save the figures of the selected bid as one edit."""
        if self.row < 0:
            return False
        row = self.row
        try:
            employees = inputs.whole(self.employees.text(), blank=True)
            revenue = inputs.decimal(self.revenue.text(), low=Decimal(0), blank=True)
            assets = inputs.decimal(self.assets.text(), low=Decimal(0), blank=True)
            validity = inputs.whole(self.validity.text(), low=1, blank=True)
        except ValueError as exc:
            self.findings.setText(refusal_words(exc))
            return False
        facts: dict[str, Any] = {}
        if employees is not None:
            facts["employees"] = employees
        if revenue is not None:
            facts["revenue"] = inputs.show(revenue)
        if assets is not None:
            facts["assets"] = inputs.show(assets)
        if validity is not None:
            facts["validity_days"] = validity
        ident = self.page.controller.ev().bidders[row].id
        done = self.page.controller.edit(
            _tr("修改投标人 %1 的声明数据", ident),
            lambda ev: extras.with_entry(ev, extras.BIDDER_FACTS, ident, facts or None))
        if done:
            self.show_bidder(row)
        return done


class BiddersPage(ListPage):
    """The opening record: every bid, its price (figures, capitals, corrected) and its policies."""

    part = "bidders"

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(controller, _tr("投标人 / 开标记录"), _tr("投标人"), _tr(
            "按开标一览表录入。大写金额由小写自动生成；如开标一览表大写与小写不一致，请录入大写，以大写为准。"
            "监狱企业、残疾人福利性单位视同小型、微型企业。"), parent)
        self._pending: tuple[str, Decimal] = ("", Decimal(1))
        self.dialog: NewBidderDialog | None = None
        self.import_button = QPushButton(_tr("导入投标响应文件…"))
        self.import_button.clicked.connect(self.ask_import_responses)
        self.bar.insertWidget(4, self.import_button)
        self.import_note = QLabel()
        self.import_note.setWordWrap(True)
        self.import_note.setVisible(False)
        self.box.insertWidget(self.box.count() - 1, self.import_note)  # under the toolbar, above the table
        self.facts = FactsPanel(self)
        self.row.addWidget(self.facts, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.facts.show_bidder(self.current_row()))
        self.facts.show_bidder(-1)

    @staticmethod
    def size_check(ev: m.Evaluation, bidder: m.Bidder) -> tuple[str | None, list[Finding]]:
        """The size the declaration's figures give, and the findings (see :func:`committee.size_findings`)."""
        facts = extras.bidder_facts(ev, bidder.id)
        employees = facts.get("employees") if isinstance(facts.get("employees"), int) else None
        return committee.size_findings(bidder, ev.project.industry, employees,
                                       extras.fact_decimal(facts, "revenue"), extras.fact_decimal(facts, "assets"))

    def _alarm(self, b: m.Bidder) -> bool:
        ev = self.controller.ev()
        return bool(committee.price_findings(b, ev.project) or self.size_check(ev, b)[1])

    def _tip(self, b: m.Bidder) -> str:
        ev = self.controller.ev()
        found = committee.price_findings(b, ev.project) + self.size_check(ev, b)[1]
        return "\n".join(finding_text(f) for f in found)

    def columns(self) -> list[Column]:
        def flag(name: str) -> Column:
            return Column({"prison": _tr("监狱企业"), "disabled": _tr("残疾人福利单位")}[name], lambda b: "",
                          checked=lambda b: bool(getattr(b, name)),
                          toggle=lambda b, on: dataclasses.replace(b, **{name: on}))

        return [
            Column(_tr("编号"), lambda b: b.id, _ident),
            Column(_tr("投标人"), lambda b: b.name, _name),
            Column(_tr("报价（小写，元）"), lambda b: price_mode.show_price(b.price, self.controller.ev()),
                   lambda b, t: _price(b, t, self.controller.ev()), right=True),
            Column(_tr("报价（大写）"), lambda b: b.price_words or "", lambda b, t: _words(b, t, self.controller.ev())),
            Column(_tr("修正后报价"), lambda b: _corrected(b, self.controller.ev()), right=True, alarm=self._alarm,
                   tip=self._tip),
            Column(_tr("企业规模"), lambda b: size_names().get(b.size or "", ""), _size,
                   alarm=lambda b: bool(self.size_check(self.controller.ev(), b)[1]), tip=self._tip),
            flag("prison"),
            flag("disabled"),
            Column(_tr("联合体/分包小微份额"), lambda b: inputs.show_rate(b.partner_share), _share, right=True),
            Column(_tr("合作方式"), lambda b: arrangement_names()[b.arrangement] if b.partner_share is not None else "",
                   _arrangement),
            Column(_tr("小微企业产品金额"), lambda b: "" if b.small_amount is None else money(b.small_amount),
                   _small_amount, right=True),
        ]

    def new_entry(self, ident: str) -> m.Bidder:
        return m.Bidder(id=ident, name=self._pending[0], price=self._pending[1],
                        price_words=committee.words_for(self._pending[1], self.controller.ev().project.price_mode))

    def add(self) -> bool:
        """Ask for the new bid's name and price (a bid is never recorded without its price)."""
        dialog = NewBidderDialog(self, self.controller.ev())
        dialog.accepted.connect(lambda: self.add_bid(dialog.name.text(), dialog.price.text()))
        dialog.open()
        self.dialog = dialog
        return True

    def add_bid(self, name: str, price_text: str) -> bool:
        """Add a bid with its name and its price in figures (capitals filled from them)."""
        try:
            if not name.strip():
                raise ValueError(_tr("投标人名称不能为空"))
            price = price_mode.read_price(price_text, self.controller.ev())
        except ValueError as exc:
            return self.controller.refuse(refusal_words(exc))
        assert price is not None  # not blank: read_price refuses an empty price
        self._pending = (name.strip(), price)
        return super().add()

    def ask_import_responses(self) -> None:
        """Ask for bidders' response files, then take them into the opening record."""
        names, _ = QFileDialog.getOpenFileNames(self, _tr("导入投标响应文件"), str(Path.home()),
                                                _tr("投标响应文件 (*.json)"))
        if names:
            self.import_response_files(names)

    def import_response_files(self, paths: list[str]) -> ResponsesTaken | None:
        """Add each response's bidder to the record (one undoable edit); show what was added and refused."""
        before = self.controller.ev()
        try:
            taken = self.controller.session.import_responses(paths)
        except InvalidInput as exc:
            self.controller.refuse(self.controller.explain(exc.problems, before))
            return None
        if taken.added:  # stored already; the command makes it undoable (its first redo saves nothing new)
            text = _tr("导入投标响应文件（%1 家）", len(taken.added))
            self.controller.undo_stack.push(SetupCommand(self.controller, before, self.controller.ev(), text))
        lines = [_tr("已导入：%1（%2）", name, Path(source).name)
                 for source, _ident, name in taken.added]
        lines += ["✗ " + response_refusal(p) for p in taken.refused]
        self.import_note.setText("\n".join(lines) or _tr("没有导入任何投标人"))
        self.import_note.setStyleSheet("color: #b00020" if taken.refused else "color: #1b5e20")
        self.import_note.setVisible(True)
        return taken

    def _head_prices(self) -> None:
        """Head the price columns as the price mode has it (投标费率（%） in a rate tender)."""
        rate = price_mode.is_rate(self.controller.ev())
        heads = {2: (_tr("报价（小写，元）"), _tr("投标费率（%）")), 3: (_tr("报价（大写）"), _tr("投标费率（大写）")),
                 4: (_tr("修正后报价"), _tr("修正后费率（%）"))}
        changed = False
        for i, (amount, rated) in heads.items():
            want = rated if rate else amount
            if self.model.columns[i].header != want:
                self.model.columns[i] = dataclasses.replace(self.model.columns[i], header=want)
                changed = True
        if changed:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 4)

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        if hasattr(self, "model"):
            self._head_prices()
        super().refresh(_parts)
        if hasattr(self, "facts"):
            self.facts.show_bidder(self.current_row())



class NewBidderDialog(QDialog):
    """The name and quoted price of a new bid."""

    def __init__(self, parent: QWidget, ev: m.Evaluation) -> None:
        super().__init__(parent)
        self.ev = ev
        self.setWindowTitle(_tr("添加投标人"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.price = QLineEdit()
        self.words = QLabel()
        form.addRow(_tr("投标人名称"), self.name)
        form.addRow(price_mode.figures_head(ev), self.price)
        form.addRow(_tr("大写"), self.words)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.price.textChanged.connect(self._words)

    def _words(self, text: str) -> None:
        try:
            price = price_mode.read_price(text, self.ev)
        except ValueError as exc:
            self.words.setText(refusal_words(exc))
            return
        self.words.setText(committee.words_for(price, self.ev.project.price_mode) or "")
