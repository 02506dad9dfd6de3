"""The first three steps: 投标人信息, 报价 (figures and capitals side by side), 中小企业声明."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain import sme
from app.reports.formats import money
from widgets import inputs
from widgets.i18n import Translator
from widgets.response.common import StepPage, fit_columns, put_text, select_key
from widgets.response.models import ChoiceDelegate, DeclarationModel
from widgets.response.source import ResponseSource, computed_size
from widgets.response.texts import (
    Place,
    clause_sep,
    finding_words,
    industry_rule_words,
    list_sep,
    percent_text,
    price_text,
    role_names,
    severity_names,
    size_names,
    threshold_words,
)

_tr = Translator("ResponsePages")


def _heading(text: str) -> QLabel:
    return QLabel(f"<h3>{text}</h3>")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setStyleSheet("color: #555")
    return label


class CompanyPage(StepPage):
    """The bidder as its forms name it, and the bid's validity."""

    step = "company"
    FIELDS = ("name", "legal_rep", "contact", "phone", "email", "address")

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.box.addWidget(_heading(_tr("投标人信息")))
        self.box.addWidget(_hint(_tr("按营业执照填写；名称将出现在每一份投标文件格式中，生成的文件属性也只写本单位。")))
        form = QFormLayout()
        labels = {"name": _tr("投标人名称"), "legal_rep": _tr("法定代表人"), "contact": _tr("联系人"),
                  "phone": _tr("联系电话"), "email": _tr("电子邮箱"), "address": _tr("地址")}
        self.edits: dict[str, QLineEdit] = {}
        for field in self.FIELDS:
            edit = self.edits[field] = QLineEdit()
            note = self.note(field)
            edit.textChanged.connect(self.saving(partial(self.source.set_company, field), note))
            form.addRow(labels[field], edit)
            form.addRow(note)
            self.fields[field] = edit
        self.validity = QLineEdit()
        self.validity.setValidator(QRegularExpressionValidator(r"\d{0,4}", self.validity))
        self.validity.setMaximumWidth(120)
        self.validity_note = self.note("validity_days")
        self.validity.textChanged.connect(self.saving(self.source.set_validity, self.validity_note))
        row = QHBoxLayout()
        row.addWidget(self.validity)
        self.validity_hint = QLabel()
        row.addWidget(self.validity_hint, 1)
        form.addRow(_tr("投标有效期（日历天）"), row)
        form.addRow(self.validity_note)
        self.fields["validity_days"] = self.validity
        self.box.addLayout(form)
        self.box.addStretch(1)

    def refresh(self) -> None:
        resp = self.source.resp
        for field, edit in self.edits.items():
            put_text(edit, getattr(resp.bidder, field) or "")
        put_text(self.validity, "" if resp.validity_days is None else str(resp.validity_days))
        days = resp.tender.validity_days
        self.validity_hint.setText(_tr("招标文件要求：不少于 %1 天", days) if days else
                                   _tr("招标文件未写明投标有效期"))
        super().refresh()


class PricePage(StepPage):
    """The price in figures with its capitals beside it; or the capitals typed (按大写填写) and checked."""

    step = "price"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        rate = source.rate
        self.box.addWidget(_heading(_tr("报价（开标一览表）")))
        self.box.addWidget(_hint(
            _tr("本项目按费率报价：填写费率（百分比，保留两位小数），大写写作“百分之……”。") if rate else
            _tr("填写小写金额，大写金额按小写自动写出并与之并排显示；大写与小写不一致时，评审以大写为准。")))
        group = QGroupBox(_tr("投标报价"))
        grid = QGridLayout(group)
        self.figures = QLineEdit()
        pattern = r"\d{0,3}(\.\d{0,2})?%?" if rate else r"[\d,，]*(\.\d{0,2})?"
        self.figures.setValidator(QRegularExpressionValidator(pattern, self.figures))
        self.figures.setMinimumWidth(200)
        self.figures.setPlaceholderText(_tr("如 86.50") if rate else _tr("如 2380500.00"))
        self.unit = QLabel("%" if rate else _tr("元"))
        self.capitals = QLabel()
        self.capitals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.capitals.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.figures_note = self.note("price")
        grid.addWidget(QLabel(_tr("投标费率（小写）") if rate else _tr("小写金额")), 0, 0)
        grid.addWidget(self.figures, 0, 1)
        grid.addWidget(self.unit, 0, 2)
        grid.addWidget(QLabel(_tr("大写（按小写写出）")), 0, 3)
        grid.addWidget(self.capitals, 0, 4)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.figures_note, 1, 1, 1, 4)
        self.typed = QCheckBox(_tr("按大写填写（开标一览表上的大写与小写不同时，照录大写并核对）"))
        self.words = QLineEdit()
        self.words.setPlaceholderText(_tr("如 百分之捌拾陆点伍零") if rate else _tr("如 贰佰叁拾捌万零伍佰元整"))
        self.words_note = self.note("price_words")
        grid.addWidget(self.typed, 2, 0, 1, 5)
        grid.addWidget(QLabel(_tr("大写费率") if rate else _tr("大写金额")), 3, 0)
        grid.addWidget(self.words, 3, 1, 1, 4)
        grid.addWidget(self.words_note, 4, 1, 1, 4)
        self.box.addWidget(group)
        self.limits = _hint("")
        self.box.addWidget(self.limits)
        self.box.addStretch(1)
        self.fields.update(price=self.figures, price_words=self.words)
        self.figures.textChanged.connect(self.saving(self.source.set_price, self.figures_note))
        self.words.textChanged.connect(self.saving(self.source.set_price_words, self.words_note))
        self.typed.toggled.connect(self.source.set_words_typed)

    def refresh(self) -> None:
        resp, rate = self.source.resp, self.source.rate
        put_text(self.figures, inputs.show(resp.price))
        self.capitals.setText(self.source.words_for(resp.price) or "—")
        with QSignalBlocker(self.typed):
            self.typed.setChecked(self.source.words_typed)
        self.words.setReadOnly(not self.source.words_typed)
        self.words.setStyleSheet("" if self.source.words_typed else "color: #555; background: #f3f3f3")
        put_text(self.words, resp.price_words or "")
        project = resp.tender.evaluation.project
        ceiling, share = project.effective_ceiling, resp.tender.evaluation.rules.low_price.ceiling
        parts = []
        if ceiling is not None:
            kind = _tr("最高限价") if project.ceiling is not None or rate else _tr("预算金额（未设最高限价）")
            parts.append(_tr("%1：%2，报价超过即投标无效", kind, price_text(ceiling, rate)))
            if share is not None:
                parts.append(_tr("低于最高限价的 %1（%2）时，评标委员会将要求说明报价合理性", percent_text(share),
                                 price_text(share * ceiling, rate)))
        self.limits.setText(clause_sep().join(parts))
        super().refresh()


class SmePage(StepPage):
    """The policies the bid claims and the 中小企业声明函 lines, their sizes computed against the industry."""

    step = "sme"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.box.addWidget(_heading(_tr("中小企业声明")))
        top = QHBoxLayout()
        form = QFormLayout()
        self.size_box = QComboBox()
        self.size_box.addItem(_tr("（不声明）"), "")
        for key, name in size_names().items():
            self.size_box.addItem(name, key)
        self.prison = QCheckBox(_tr("监狱企业（视同小型、微型企业）"))
        self.disabled = QCheckBox(_tr("残疾人福利性单位（视同小型、微型企业）"))
        self.share = QLineEdit()
        self.share.setPlaceholderText(_tr("如 30%"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(_tr("按明细分别计算扣除时填写"))
        self.size_note, self.share_note, self.amount_note = self.note("size"), self.note("partner_share"), \
            self.note("small_amount")
        form.addRow(_tr("企业规模"), self.size_box)
        form.addRow(self.size_note)
        form.addRow(self.prison)
        form.addRow(self.disabled)
        form.addRow(_tr("小微企业合作份额"), self.share)
        form.addRow(self.share_note)
        form.addRow(_tr("小微企业承担金额（元）"), self.amount)
        form.addRow(self.amount_note)
        top.addLayout(form, 1)
        self.rule = _hint("")
        top.addWidget(self.rule, 1)
        self.box.addLayout(top)
        self.fields.update(size=self.size_box, partner_share=self.share, small_amount=self.amount)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>" + _tr("声明函明细（标的、承接企业及其从业人员、营业收入、资产总额）") + "</b>"))
        bar.addStretch(1)
        self.add_button = QPushButton(_tr("添加一行"))
        self.delete_button = QPushButton(_tr("删除所选行"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        self.box.addLayout(bar)
        self.lines_note = self.note("declaration")
        self.box.addWidget(self.lines_note)
        self.model = DeclarationModel(source, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        sizes = ChoiceDelegate(lambda: [(_tr("（未填写）"), "")] + [(n, k) for k, n in size_names().items()], self)
        roles = ChoiceDelegate(lambda: [(n, k) for k, n in role_names().items()], self)
        industries = ChoiceDelegate(lambda: [(n, n) for n in sme.INDUSTRIES], self)
        self.table.setItemDelegateForColumn(1, industries)
        self.table.setItemDelegateForColumn(6, sizes)
        self.table.setItemDelegateForColumn(8, roles)
        self.delegates = (sizes, roles, industries)
        self.box.addWidget(self.table, 1)
        self.basis = _hint("")
        self.box.addWidget(self.basis)
        self.fields["declaration"] = self.table
        self.size_box.activated.connect(lambda _i: self.source.set_size(self.size_box.currentData()))
        self.prison.toggled.connect(lambda on: self.source.set_flag("prison", on))
        self.disabled.toggled.connect(lambda on: self.source.set_flag("disabled", on))
        self.share.textChanged.connect(self.saving(self.source.set_partner_share, self.share_note))
        self.amount.textChanged.connect(self.saving(self.source.set_small_amount, self.amount_note))
        self.add_button.clicked.connect(self.source.add_line)
        self.delete_button.clicked.connect(lambda: self.source.remove_line(self.current_row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_basis())

    def current_row(self) -> int:
        """The selected line (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def show_basis(self) -> None:
        """Why the selected line's figures give the size they give."""
        row = self.current_row()
        lines = self.source.resp.declaration
        if not 0 <= row < len(lines):
            self.basis.setText(_tr("选中一行，查看按标准计算的依据。"))
            return
        result = computed_size(lines[row], self.source.resp.tender.evaluation.project.industry)
        if result is None or result.size is None:
            text = _tr("第 %1 行：%2", row + 1, self.model.computed(row))
        else:
            text = _tr("第 %1 行按%2的划型标准为%3企业，依据：%4", row + 1, result.industry, size_names()[result.size],
                       list_sep().join(threshold_words(t) for t in result.basis))
        found = self.model.findings(row)
        text += "".join(f"<br><span style='color:#b00020'>{severity_names()[f.severity]}　"
                        f"{finding_words(f, self.source.resp)}</span>" for f in found)
        self.basis.setText(text)

    def refresh(self) -> None:
        resp = self.source.resp
        with QSignalBlocker(self.size_box):
            self.size_box.setCurrentIndex(max(0, self.size_box.findData(resp.size or "")))
        for box, on in ((self.prison, resp.prison), (self.disabled, resp.disabled)):
            with QSignalBlocker(box):
                box.setChecked(on)
        put_text(self.share, inputs.show_rate(resp.partner_share))
        put_text(self.amount, inputs.show(resp.small_amount))
        industry = resp.tender.evaluation.project.industry
        rules = resp.tender.evaluation.rules
        text = (_tr("招标文件规定的所属行业：%1", industry) + "\n" + industry_rule_words(industry)
                if industry else _tr("招标文件未写明所属行业，无法按划型标准核对规模。"))
        text += "\n" + _tr("小型、微型企业价格扣除 %1；联合体或分包中小微企业份额达到 %2 时扣除 %3。",
                           percent_text(rules.small_deduction), percent_text(rules.partner_min_share),
                           percent_text(rules.partner_deduction))
        if resp.small_amount is not None:
            text += "\n" + _tr("小微企业承担金额：%1 元", money(resp.small_amount))
        self.rule.setText(text)
        self.model.reload()
        fit_columns(self.table, (210, 150, 160, 90, 110, 110, 70, 90, 80))
        if self.current_row() < 0 and self.model.rowCount():
            self.table.selectRow(0)
        self.show_basis()
        super().refresh()

    def focus_place(self, place: Place) -> None:
        if place.key:
            select_key(self.table, place.key)
            column = {"industry": 1, "size": 6}.get(place.field, 0)
            self.table.setCurrentIndex(self.model.index(int(place.key), column))
            return
        super().focus_place(place)
