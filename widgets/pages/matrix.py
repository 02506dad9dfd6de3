"""评分标准: the scoring matrix — factors in a table, the selected factor's rule in a panel, the total."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain import extras, setup_ops
from app.domain import model as m
from app.domain.counting import once_groups
from widgets import inputs
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.list_model import Column
from widgets.pages.list_page import ListPage
from widgets.problem_texts import refusal_words

HUNDRED = Decimal(100)


_tr = Translator("MatrixPage")


def rule_names() -> dict[str, str]:
    """The rule types as the window names them."""
    return {"price": _tr("价格分（公式）"), "count": _tr("计数（每项得分）"), "grades": _tr("等级（固定分档）"),
            "range": _tr("区间（0 至满分）"), "items": _tr("分项（多个子项）"), "hours": _tr("时长（响应时间）")}


def _v(value: Decimal) -> str:
    return inputs.show(value.normalize()) if value == value.to_integral() else inputs.show(value)


def describe_rule(factor: m.Factor, words: tuple[str, ...] = ()) -> str:
    """The values a factor allows, as a person reads them (``6/4/3/2/0 分（优/良/中/差/无）``)."""
    rule = factor.rule
    if isinstance(rule, m.PriceRule):
        return _tr("评标基准价 ÷ 评标价格 × %1", _v(factor.max))
    if isinstance(rule, m.CountRule):
        return _tr("每项 %1 分，最高 %2 分", _v(rule.each), _v(factor.max))
    if isinstance(rule, m.GradesRule):
        text = "/".join(_v(v) for v in rule.values) + _tr(" 分")
        return text + (f"（{'/'.join(words)}）" if words else "")
    if isinstance(rule, m.RangeRule):
        return _tr("0 至 %1 分，步长 %2", _v(factor.max), _v(rule.step))
    if isinstance(rule, m.ItemsRule):
        text = _tr("%1 项，每项 %2 分", rule.n, "/".join(_v(v) for v in rule.values))
        return text + (f"（{'/'.join(words)}）" if words else "") + _tr("，合计不超过 %1", _v(factor.max))
    return _tr("基准 %1 小时，每少 1 小时得 %2 分，最高 %3 分", _v(rule.baseline), _v(rule.each), _v(factor.max))


def _field(name: str) -> Any:
    def edit(f: m.Factor, text: str) -> m.Factor:
        if name in ("id", "name", "category") and not text:
            raise ValueError(_tr("不能为空"))
        if name == "max":
            return dataclasses.replace(f, max=inputs.required(text, low=Decimal(0), low_open=True, places=4))
        if name == "group":
            return dataclasses.replace(f, group=text or None)
        text_field: dict[str, Any] = {name: text}  # id, name, category: text fields named at run time
        return dataclasses.replace(f, **text_field)

    return edit


class RuleEditor(QGroupBox):
    """The selected factor's rule: type, its parameters, the tender's words and wording; 应用 saves."""

    def __init__(self, page: MatrixPage) -> None:
        super().__init__(_tr("评分方式"), page)
        self.page = page
        form = QFormLayout(self)
        self.kind = QComboBox()
        for key, name in rule_names().items():
            self.kind.addItem(name, key)
        self.each = QLineEdit()
        self.values = QLineEdit()
        self.values.setPlaceholderText("6/4/3/2/0")
        self.words = QLineEdit()
        self.words.setPlaceholderText(_tr("优/良/中/差/无"))
        self.step = QLineEdit()
        self.n = QLineEdit()
        self.baseline = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(_tr("招标文件中该评分因素的原文"))
        self.text.setMaximumHeight(70)
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.shown.setMinimumHeight(20)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.apply_button = QPushButton(_tr("应用"))
        form.addRow(_tr("类型"), self.kind)
        form.addRow(_tr("每项分值 / 每小时分值"), self.each)
        form.addRow(_tr("允许分值"), self.values)
        form.addRow(_tr("各档说明"), self.words)
        form.addRow(_tr("步长"), self.step)
        form.addRow(_tr("分项数"), self.n)
        form.addRow(_tr("基准时长（小时）"), self.baseline)
        form.addRow(_tr("评分标准原文"), self.text)
        form.addRow(_tr("评分时可选"), self.shown)
        form.addRow(self.error)
        form.addRow(self.apply_button)
        self.kind.currentIndexChanged.connect(self._enable)
        self.apply_button.clicked.connect(self.apply)
        self.row = -1

    def _enable(self) -> None:
        kind = self.kind.currentData()
        self.each.setEnabled(kind in ("count", "hours"))
        self.values.setEnabled(kind in ("grades", "items"))
        self.words.setEnabled(kind in ("grades", "items"))
        self.step.setEnabled(kind == "range")
        self.n.setEnabled(kind == "items")
        self.baseline.setEnabled(kind == "hours")

    def show_factor(self, row: int) -> None:
        """Fill the fields from the factor in ``row`` (-1: nothing selected)."""
        self.row = row
        self.setEnabled(row >= 0)
        self.error.clear()
        for field in (self.each, self.values, self.words, self.step, self.n, self.baseline):
            field.clear()
        self.text.clear()
        self.shown.clear()
        if row < 0:
            return
        ev = self.page.controller.ev()
        factor = ev.factors[row]
        rule = factor.rule
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.type)))
        if isinstance(rule, m.CountRule | m.HoursRule):
            self.each.setText(_v(rule.each))
        if isinstance(rule, m.GradesRule | m.ItemsRule):
            self.values.setText("/".join(_v(v) for v in rule.values))
        if isinstance(rule, m.RangeRule):
            self.step.setText(_v(rule.step))
        if isinstance(rule, m.ItemsRule):
            self.n.setText(str(rule.n))
        if isinstance(rule, m.HoursRule):
            self.baseline.setText(_v(rule.baseline))
        words = extras.grade_words(ev, factor.id)
        self.words.setText("/".join(words))
        self.text.setPlainText(extras.factor_text(ev, factor.id))
        self.shown.setText(describe_rule(factor, words))
        self._enable()

    def rule(self) -> m.Rule:
        """The rule the fields describe (raises ValueError naming the field)."""
        kind = self.kind.currentData()
        try:
            if kind == "count":
                return m.CountRule(each=inputs.required(self.each.text(), low=Decimal(0), low_open=True))
            if kind == "grades":
                return m.GradesRule(values=inputs.values_list(self.values.text()))
            if kind == "range":
                text = self.step.text() or "0.01"
                return m.RangeRule(step=inputs.required(text, low=Decimal(0), low_open=True))
            if kind == "items":
                n = inputs.whole(self.n.text(), low=1, high=500)
                assert n is not None
                return m.ItemsRule(n=n, values=inputs.values_list(self.values.text()))
            if kind == "hours":
                return m.HoursRule(baseline=inputs.required(self.baseline.text(), low=Decimal(0), low_open=True),
                                   each=inputs.required(self.each.text() or "1", low=Decimal(0), low_open=True))
        except ValueError as exc:
            raise ValueError(f"{rule_names()[kind]}：{exc}") from None
        return m.PriceRule()

    def apply(self) -> bool:
        """Save the rule, the words and the wording of the selected factor as one edit."""
        if self.row < 0:
            self.error.setText(_tr("未应用：请先在左侧列表中选中一个评分因素"))
            return False
        row = self.row
        try:
            rule = self.rule()
        except ValueError as exc:
            self.error.setText(refusal_words(exc))
            return False
        values = rule.values if isinstance(rule, m.GradesRule | m.ItemsRule) else None
        words = inputs.words_list(self.words.text()) if values is not None else ()
        if values is not None and words and len(words) != len(values):
            self.error.setText(_tr("各档说明须与允许分值一一对应（%1 个分值，%2 个说明）", len(values), len(words)))
            return False
        text = self.text.toPlainText().strip()

        def change(ev: m.Evaluation) -> m.Evaluation:
            factor = ev.factors[row]
            ev = setup_ops.replace_entry(ev, "factors", row, dataclasses.replace(factor, rule=rule))
            ev = extras.with_entry(ev, extras.GRADE_WORDS, factor.id, list(words) if words else None)
            return extras.with_entry(ev, extras.FACTOR_TEXT, factor.id, text or None)

        ident = self.page.controller.ev().factors[row].id
        done = self.page.controller.edit(_tr("修改评分因素 %1 的评分方式", ident), change)
        self.error.setText("" if done else self.page.controller.last_error or _tr("未应用：修改被拒绝（未给出原因）"))
        if done:
            self.show_factor(row)
        return done


class MatrixPage(ListPage):
    """The scoring matrix: every factor, its rule, and the running total against 100."""

    part = "factors"

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(controller, _tr("评分标准（综合评分法）"), _tr("评分因素"), _tr(
            "每行一个评分因素。分值合计应为 100 分；价格分按低价优先法计算"
            "（货物项目不低于 30 分，服务项目不低于 10 分）。"
            "客观分各评委必须一致；暗标因素评审时只显示投标人代码。"), parent)
        self.total = QLabel()
        self.box.insertWidget(self.box.count() - 1, self.total)
        self.editor = RuleEditor(self)
        self.row.addWidget(self.editor, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.editor.show_factor(self.current_row()))
        self.editor.show_factor(-1)
        self.once_button = QPushButton(_tr("同一证据只计一次…"))
        self.once_button.setToolTip(_tr("同一人员、证书或合同在所列计数因素中只计一次（如 F1、F2；F4、F5）"))
        self.bar.addWidget(self.once_button)
        self.once_button.clicked.connect(self.ask_once)
        self.refresh()

    def set_once(self, text: str) -> bool:
        """State the groups of count factors across which an item counts once: ``F1、F2；F4、F5`` ("": none)."""
        groups = [[f for f in re.split(r"[、,，\s]+", part) if f] for part in re.split(r"[；;\n]+", text)]
        return self.controller.run(lambda: self.controller.session.set_count_once([g for g in groups if g]))

    def ask_once(self) -> None:
        """Ask for the groups, showing the ones stated."""
        current = "；".join("、".join(g) for g in once_groups(self.controller.ev()))
        text, ok = QInputDialog.getText(self, _tr("同一证据只计一次"), _tr(
            "每组列出计数因素编号，组与组之间用分号隔开（留空则取消）："), text=current)
        if ok:
            self.set_once(text.strip())

    def columns(self) -> list[Column]:
        ev = self.controller.ev
        return [
            Column(_tr("编号"), lambda f: f.id, _field("id")),
            Column(_tr("评分因素"), lambda f: f.name, _field("name")),
            Column(_tr("类别"), lambda f: f.category, _field("category")),
            Column(_tr("分值"), lambda f: _v(f.max), _field("max"), right=True),
            Column(_tr("评分方式"), lambda f: rule_names()[f.rule.type]),
            Column(_tr("客观分"), lambda f: "", checked=lambda f: f.objective,
                   toggle=lambda f, on: dataclasses.replace(f, objective=on)),
            Column(_tr("暗标"), lambda f: "", checked=lambda f: f.blind,
                   toggle=lambda f, on: dataclasses.replace(f, blind=on)),
            Column(_tr("分组"), lambda f: f.group or "", _field("group")),
            Column(_tr("可选分值"), lambda f: describe_rule(f, extras.grade_words(ev(), f.id)),
                   tip=lambda f: extras.factor_text(ev(), f.id)),
        ]

    def new_entry(self, ident: str) -> m.Factor:
        return m.Factor(id=ident, name=_tr("新评分因素"), category=_tr("技术"), max=Decimal(1),
                        rule=m.RangeRule(step=Decimal("0.01")))

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        super().refresh(_parts)
        if not hasattr(self, "total"):
            return
        ev = self.controller.ev()
        total = sum((f.max for f in ev.factors), Decimal(0))
        by_category: dict[str, Decimal] = {}
        for f in ev.factors:
            by_category[f.category] = by_category.get(f.category, Decimal(0)) + f.max
        parts = "，".join(f"{c} {_v(v)}" for c, v in by_category.items())
        text = _tr("合计 %1 分", _v(total)) + (f"（{parts}）" if parts else "")
        if total != HUNDRED:
            text += _tr(" — 合计不是 100 分，请核对招标文件")
        self.total.setText(text)
        self.total.setStyleSheet("" if total == HUNDRED else "color: #b00020")
        if hasattr(self, "editor"):
            self.editor.show_factor(self.current_row())
