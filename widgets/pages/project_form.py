"""项目信息: the project's data and the tender's evaluation policies, each with what it means.

Each field is saved when it is left (editingFinished / a choice made): one undoable, audited edit.
A value the rules refuse is not saved; the field's note says why. Policies outside the legal range
that a tender may still set (a deduction rate of 25%, say) are saved with a warning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain.numerals import format_rmb
from app.domain.sme import INDUSTRIES
from widgets import inputs, price_mode
from widgets.controller import ProjectController
from widgets.date_button import date_button
from widgets.i18n import Translator

_tr = Translator("ProjectPage")


def method_names() -> dict[str, str]:
    """Procurement methods as the window names them."""
    return {"open_tender": _tr("公开招标"), "invited_tender": _tr("邀请招标"),
            "competitive_consultation": _tr("竞争性磋商"), "competitive_negotiation": _tr("竞争性谈判"),
            "inquiry": _tr("询价"), "single_source": _tr("单一来源")}


#: (low, high) of the rates the policies fix (财库〔2022〕19号): outside → a warning, still saved.
LEGAL = {"small_deduction": (Decimal("0.10"), Decimal("0.20")),
         "partner_deduction": (Decimal("0.04"), Decimal("0.06"))}
TIE_BREAKS = ("quoted_price", "evaluated_price")


def _project(field: str, read: Callable[[str], Any]) -> Callable[[m.Evaluation, str], m.Evaluation]:
    def change(ev: m.Evaluation, text: str) -> m.Evaluation:
        changes: dict[str, Any] = {field: read(text)}
        return dataclasses.replace(ev, project=dataclasses.replace(ev.project, **changes))
    return change


def _rules(field: str, read: Callable[[str], Any]) -> Callable[[m.Evaluation, str], m.Evaluation]:
    def change(ev: m.Evaluation, text: str) -> m.Evaluation:
        changes: dict[str, Any] = {field: read(text)}
        return dataclasses.replace(ev, rules=dataclasses.replace(ev.rules, **changes))
    return change


def _ceiling(ev: m.Evaluation, text: str) -> m.Evaluation:
    """The ceiling: money, or in a rate tender a rate of at most 100.00 (refused above, saying what a rate is)."""
    return dataclasses.replace(ev, project=dataclasses.replace(ev.project, ceiling=price_mode.read_ceiling(text, ev)))


def _low(field: str) -> Callable[[m.Evaluation, str], m.Evaluation]:
    def change(ev: m.Evaluation, text: str) -> m.Evaluation:
        value = inputs.rate(text, high=Decimal("0.65"), blank=True)
        low: dict[str, Any] = {field: value}
        rules = dataclasses.replace(ev.rules, low_price=dataclasses.replace(ev.rules.low_price, **low))
        return dataclasses.replace(ev, rules=rules)
    return change


def _low_shown(field: str) -> Callable[[m.Evaluation], str]:
    return lambda ev: inputs.show_rate(getattr(ev.rules.low_price, field))


def _report(name: str) -> Callable[[m.Evaluation, str], m.Evaluation]:
    return lambda ev, text: extras.with_entry(ev, extras.REPORT, name, text or None)


def _text(required: bool = False) -> Callable[[str], str]:
    def read(text: str) -> str:
        if required and not text:
            raise ValueError(_tr("不能为空"))
        return text
    return read


def _date(text: str) -> str | None:
    if not text:
        return None
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(_tr("日期格式应为 2025-11-25")) from None
    if len(text) != 10:
        raise ValueError(_tr("日期格式应为 2025-11-25"))
    return text


def _tie_break(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip()]
    quoted = {"quoted_price", "报价", "投标报价", _tr("投标报价").lower()}
    evaluated = {"evaluated_price", "评审价", "评标价", "评审报价", _tr("评审报价").lower()}
    suffixes = ("得分", "分", _tr("得分"))
    out = []
    for p in parts:
        if p.lower() in quoted:
            out.append("quoted_price")
        elif p.lower() in evaluated:
            out.append("evaluated_price")
        elif p.startswith("category:"):
            out.append(p)
        elif (suffix := next((x for x in suffixes if x.strip() and p.endswith(x)), None)) is not None:
            out.append("category:" + p.removesuffix(suffix).strip())
        else:
            raise ValueError(_tr("“%1”不是排序依据（投标报价、评审报价或某类得分，如 技术得分）", p))
    return tuple(out)


def _show_tie_break(ev: m.Evaluation) -> str:
    names = {"quoted_price": _tr("投标报价"), "evaluated_price": _tr("评审报价")}
    return "，".join(names.get(t, t.removeprefix("category:") + _tr("得分")) for t in ev.rules.tie_break)


class ProjectPage(QScrollArea):
    """The project form: project data, report facts and evaluation policies."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("<h3>" + _tr("项目信息与评审规则") + "</h3>"))
        self.fields: dict[str, tuple[QLineEdit | QComboBox, Callable[[m.Evaluation], str], QLabel]] = {}
        self._loading = False

        project = QGroupBox(_tr("项目"))
        form = QFormLayout(project)
        self._line(form, "name", _tr("项目名称"), _project("name", _text(True)), lambda ev: ev.project.name)
        self._line(form, "number", _tr("项目编号"), _project("number", _text()), lambda ev: ev.project.number,
                   _tr("印在每一页评审表的页脚"))
        self._line(form, "purchaser", _tr("采购人"), _project("purchaser", _text()), lambda ev: ev.project.purchaser)
        self._line(form, "agency", _tr("采购代理机构"), _project("agency", _text()), lambda ev: ev.project.agency)
        self._combo(form, "method", _tr("采购方式"), list(method_names().items()),
                    _project("method", str), lambda ev: ev.project.method,
                    _tr("决定评标委员会最少人数：招标 5 人，其他方式 3 人"))
        self._combo(form, "price_mode", _tr("报价形式"), list(price_mode.mode_names().items()),
                    price_mode.with_mode, lambda ev: ev.project.price_mode,
                    _tr("费率报价：投标人报目录价的百分比（如 86.50%），最高限价为费率（默认 100.00）"))
        self._line(form, "budget", _tr("预算金额（元）"),
                   _project("budget", lambda t: inputs.decimal(t, low=Decimal(0), low_open=True, places=2,
                                                               blank=True)),
                   lambda ev: inputs.show_money(ev.project.budget), _tr("无最高限价时，异常低价以预算为基准"))
        self._line(form, "ceiling", _tr("最高限价（元）"), _ceiling,
                   lambda ev: inputs.show(ev.project.ceiling) if price_mode.is_rate(ev)
                   else inputs.show_money(ev.project.ceiling), _tr("报价超过最高限价的投标无效"))
        self._combo(form, "industry", _tr("所属行业"), [("", _tr("（未指定）"))] + [(i, i) for i in INDUSTRIES],
                    _project("industry", lambda t: t or None), lambda ev: ev.project.industry or "",
                    _tr("中小企业划型标准（工信部联企业〔2011〕300号）按此行业核对声明"))
        self._line(form, "opening", _tr("开标日期"), _project("opening", _date), lambda ev: ev.project.opening or "",
                   _tr("如 2025-11-25"))
        opening = self.fields["opening"][0]
        assert isinstance(opening, QLineEdit)
        self.calendar_button = date_button(opening, self)
        self._line(form, "notice", _tr("公告发布媒介"), _report("notice"), lambda ev: extras.report_text(ev, "notice"),
                   _tr("评标报告第一项（87号令第五十八条）"))
        self._line(form, "opening_place", _tr("开标地点"), _report("opening_place"),
                   lambda ev: extras.report_text(ev, "opening_place"))
        layout.addWidget(project)

        rules = QGroupBox(_tr("评审规则"))
        form = QFormLayout(rules)
        self._line(form, "small_deduction", _tr("小微企业价格扣除"),
                   _rules("small_deduction", lambda t: inputs.rate(t)), lambda ev: inputs.show_rate(
                       ev.rules.small_deduction), _tr("货物、服务项目 10%–20%（财库〔2022〕19号）"))
        self._line(form, "partner_deduction", _tr("联合体/分包小微份额扣除"),
                   _rules("partner_deduction", lambda t: inputs.rate(t)),
                   lambda ev: inputs.show_rate(ev.rules.partner_deduction), _tr("小微企业份额达标时 4%–6%"))
        self._line(form, "partner_min_share", _tr("小微企业最低份额"),
                   _rules("partner_min_share", lambda t: inputs.rate(t)),
                   lambda ev: inputs.show_rate(ev.rules.partner_min_share),
                   _tr("协议中小微企业份额不低于此比例方可扣除"))
        self._combo(form, "deduction_mode", _tr("扣除方式"),
                    [("whole", _tr("整体扣除（报价 × 扣除率）")), ("lines", _tr("按小微企业产品金额扣除"))],
                    _rules("deduction_mode", str), lambda ev: ev.rules.deduction_mode,
                    _tr("按金额扣除时，评审价 = 报价 − 小微企业产品金额 × 扣除率"))
        self._combo(form, "averaging", _tr("取平均方式"),
                    [("member_total", _tr("各评委总分取平均")), ("per_category", _tr("各部分分别取平均")),
                     ("per_factor", _tr("各评分因素分别取平均"))],
                    _rules("averaging", str), lambda ev: ev.rules.averaging,
                    _tr("算术平均，四舍五入的位置按招标文件（不去掉最高最低分）"))
        self._line(form, "decimals", _tr("保留小数位"), _rules("decimals", lambda t: inputs.whole(t, high=6)),
                   lambda ev: str(ev.rules.decimals), _tr("得分四舍五入保留的位数"))
        self._line(form, "candidates", _tr("推荐中标候选人数"), _rules("candidates", lambda t: inputs.whole(t, low=1)),
                   lambda ev: str(ev.rules.candidates))
        self._line(form, "min_valid_bids", _tr("最少有效投标人数"),
                   _rules("min_valid_bids", lambda t: inputs.whole(t, low=1)), lambda ev: str(ev.rules.min_valid_bids),
                   _tr("有效投标不足此数即废标（招标一般为 3）"))
        for key, label in (("average", _tr("低于有效报价平均值的")), ("second_lowest", _tr("低于第二低报价的")),
                           ("ceiling", _tr("低于最高限价的"))):
            self._line(form, "low_" + key, _tr("异常低价：") + label, _low(key), _low_shown(key),
                       _tr("财库〔2026〕2号默认 50%/50%/45%，最高 65%；留空用默认"))
        self._line(form, "tie_break", _tr("总分相同时依次比较"), _rules("tie_break", _tie_break),
                   _show_tie_break, _tr("如：投标报价，技术得分（报价低者优先，得分高者优先）"))
        layout.addWidget(rules)
        layout.addStretch(1)
        controller.setup_changed.connect(self.load)
        self.load()

    # -- building ----------------------------------------------------------------------------------
    def _note(self, form: QFormLayout, widget: QWidget, label: str, explain: str) -> QLabel:
        note = QLabel(explain)
        note.setWordWrap(True)
        note.setObjectName("hint")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 2)
        row.addWidget(note, 3)
        form.addRow(label, box)
        return note

    def _line(self, form: QFormLayout, key: str, label: str, change: Callable[[m.Evaluation, str], m.Evaluation],
              show: Callable[[m.Evaluation], str], explain: str = "") -> None:
        edit = QLineEdit()
        edit.setObjectName(key)
        note = self._note(form, edit, label, explain)
        note.setProperty("explain", explain)
        self.fields[key] = (edit, show, note)
        edit.editingFinished.connect(lambda: self.commit(key, edit.text().strip(), change, label))

    def _combo(self, form: QFormLayout, key: str, label: str, choices: list[tuple[str, str]],
               change: Callable[[m.Evaluation, str], m.Evaluation], show: Callable[[m.Evaluation], str],
               explain: str = "") -> None:
        combo = QComboBox()
        combo.setObjectName(key)
        for value, text in choices:
            combo.addItem(text, value)
        note = self._note(form, combo, label, explain)
        note.setProperty("explain", explain)
        self.fields[key] = (combo, show, note)
        combo.activated.connect(lambda _i: self.commit(key, str(combo.currentData()), change, label))

    # -- saving and showing ----------------------------------------------------------------------------
    def commit(self, key: str, text: str, change: Callable[[m.Evaluation, str], m.Evaluation], label: str) -> bool:
        """Save one field (one undoable edit); on refusal the field's note says why and the value stays."""
        if self._loading:
            return False
        _widget, show, note = self.fields[key]
        if show(self.controller.ev()) == text:
            return True
        try:
            done = self.controller.edit(_tr("修改%1", label), lambda ev: change(ev, text))
        except ValueError as exc:  # pragma: no cover - edit() turns ValueError into a refusal
            done = self.controller.refuse(str(exc))
        if not done:
            note.setText("⚠ " + self.controller.last_error)
            note.setStyleSheet("color: #b00020")
        return done

    def warnings(self, ev: m.Evaluation) -> dict[str, str]:
        """Policies outside the range the law gives (saved, but flagged)."""
        found = {}
        for key, (low, high) in LEGAL.items():
            value = getattr(ev.rules, key)
            if not low <= value <= high:
                found[key] = _tr("⚠ %1 不在法定区间 %2–%3 内，请核对招标文件", inputs.show_rate(value),
                                 inputs.show_rate(low), inputs.show_rate(high))
        if ev.project.ceiling is not None and ev.project.budget is not None and ev.project.ceiling > ev.project.budget \
                and not price_mode.is_rate(ev):
            found["ceiling"] = _tr("⚠ 最高限价高于预算金额")
        return found

    @staticmethod
    def _capitals(ev: m.Evaluation, key: str) -> str:
        """The amount in capitals beside the budget and the ceiling (not for a rate)."""
        value = ev.project.budget if key == "budget" else ev.project.ceiling if key == "ceiling" else None
        if value is None or (key == "ceiling" and price_mode.is_rate(ev)):
            return ""
        return "\n" + _tr("大写：%1", format_rmb(value))

    def load(self, _parts: tuple[str, ...] = ()) -> None:
        """Show the project's current values (and the warnings) in every field."""
        ev = self.controller.ev()
        warnings = self.warnings(ev)
        self._loading = True
        try:
            for key, (widget, show, note) in self.fields.items():
                value = show(ev)
                if isinstance(widget, QLineEdit):
                    if not widget.hasFocus() or widget.text() != value:
                        widget.setText(value)
                        widget.setCursorPosition(0)  # a long name shows from its start; the whole of it below
                    widget.setToolTip(value if len(value) > 24 else "")
                else:
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                note.setText(warnings.get(key, str(note.property("explain") or "") + self._capitals(ev, key)))
                note.setStyleSheet("color: #8a6d00" if key in warnings else "")
            self._show_mode(ev)
        finally:
            self._loading = False

    def _show_mode(self, ev: m.Evaluation) -> None:
        """Name the ceiling as the price mode has it: 最高限价（元）, or 最高限价（费率，%） defaulting to 100.00."""
        edit = self.fields["ceiling"][0]
        box = edit.parentWidget()
        holder = box.parentWidget() if box is not None else None
        form = holder.layout() if holder is not None else None
        label = form.labelForField(box) if isinstance(form, QFormLayout) and box is not None else None
        rate = price_mode.is_rate(ev)
        if isinstance(label, QLabel):
            label.setText(_tr("最高限价（费率，%）") if rate else _tr("最高限价（元）"))
        if isinstance(edit, QLineEdit):
            edit.setPlaceholderText(_tr("留空即 100.00") if rate else "")
