"""The last two steps: 自查与估分 (every finding, go to its field; the estimate) and 生成投标文件."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.scoring import show
from widgets import inputs
from widgets.i18n import Translator
from widgets.pages.price_review import trigger_text
from widgets.response.common import StepPage, fit_columns
from widgets.response.models import FindingsModel, OthersModel
from widgets.response.source import ResponseSource
from widgets.response.texts import finding_line, percent_text, price_text

_tr = Translator("ResponseCheck")


def summary(source: ResponseSource) -> str:
    """The self-check in one line: ready or not, how many fatal findings and warnings."""
    fatal = sum(1 for f in source.findings if f.severity == "fatal")
    warnings = sum(1 for f in source.findings if f.severity == "warning")
    if fatal:
        text = _tr("✗ 有 %1 项严重问题（投标将无效或报价被修正），须改正后才能生成正式投标文件", fatal)
    else:
        text = _tr("✓ 没有严重问题，可以生成投标文件")
    if warnings:
        text += _tr("；⚠ %1 项提示", warnings)
    return text


class CheckPage(StepPage):
    """Every finding (double-click or 转到 goes to its field) and the score estimate."""

    step = "check"

    def __init__(self, source: ResponseSource, go_to: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.go_to = go_to
        self.box.addWidget(QLabel("<h3>" + _tr("自查与估分") + "</h3>"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.box.addWidget(self.state)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>" + _tr("自查结果") + "</b>"))
        bar.addStretch(1)
        self.go_button = QPushButton(_tr("转到所选问题"))
        bar.addWidget(self.go_button)
        self.box.addLayout(bar)
        self.model = FindingsModel(source, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.box.addWidget(self.table, 3)
        self.go_button.clicked.connect(self.go_selected)
        self.table.doubleClicked.connect(lambda index: self.go_to(self.model.rows[index.row()].where))
        self.box.addWidget(self._estimate_box(), 2)

    def _estimate_box(self) -> QGroupBox:
        group = QGroupBox(_tr("估分（假设的竞争对手报价）"))
        row = QHBoxLayout(group)
        left = QVBoxLayout()
        self.others = OthersModel(self.source.rate, self)
        self.others_table = QTableView()
        self.others_table.setModel(self.others)
        self.others_table.horizontalHeader().setStretchLastSection(True)
        left.addWidget(self.others_table, 1)
        adder = QHBoxLayout()
        self.other_price = QLineEdit()
        self.other_price.setPlaceholderText(_tr("竞争对手报价"))
        self.add_button = QPushButton(_tr("添加"))
        self.remove_button = QPushButton(_tr("删除"))
        adder.addWidget(self.other_price, 1)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)
        left.addLayout(adder)
        row.addLayout(left, 2)
        self.estimate_text = QLabel()
        self.estimate_text.setWordWrap(True)
        row.addWidget(self.estimate_text, 3)
        self.add_button.clicked.connect(lambda: self.add_other(self.other_price.text()))
        self.other_price.returnPressed.connect(lambda: self.add_other(self.other_price.text()))
        self.remove_button.clicked.connect(lambda: self.others.remove(self.others_table.currentIndex().row()))
        for signal in (self.others.dataChanged, self.others.rowsInserted, self.others.rowsRemoved):
            signal.connect(lambda *_: self.show_estimate())
        return group

    def add_other(self, text: str) -> bool:
        """Add an assumed competitor's quoted price."""
        try:
            price = inputs.required(text.strip().rstrip("%"), low=Decimal(0), low_open=True, places=2)
        except ValueError as exc:
            self.estimate_text.setText("✗ " + str(exc))
            return False
        self.others.add(price)
        self.other_price.clear()
        return True

    def go_selected(self) -> None:
        """Go to the field of the selected finding."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.go_to(self.model.rows[rows[0].row()].where)

    def show_estimate(self) -> None:
        """The estimate against the competitors listed."""
        est = self.source.estimate(self.others.prices)
        if est is None:
            self.estimate_text.setText(self.source.last_error)
            return
        rate = self.source.rate
        ev = self.source.resp.tender.evaluation
        factors = {f.id: f for f in ev.factors}
        objective = sum((lo for fid, (lo, _hi) in est.factors.items() if factors[fid].objective), Decimal(0))
        low = sum((lo for fid, (lo, _hi) in est.factors.items() if not factors[fid].objective), Decimal(0))
        high = sum((hi for fid, (_lo, hi) in est.factors.items() if not factors[fid].objective), Decimal(0))
        fired = "；".join(trigger_text(t, ev.rules.low_price) for t in est.low_price) or _tr("不触发")
        lines = [
            _tr("价格扣除：%1", percent_text(est.deduction) if est.deduction else _tr("无")),
            _tr("评审价格：%1", price_text(est.evaluated_price, rate)),
            _tr("价格得分：%1",
                _tr("—（按现有填写，投标将被判无效）") if est.price_score is None else show(est.price_score)),
            _tr("异常低价：%1", fired),
            _tr("客观分（按承诺）：%1", show(objective)),
            _tr("主观分：%1 – %2", show(low), show(high)),
            "<b>" + _tr("预计总分：%1 – %2", show(est.total[0]), show(est.total[1])) + "</b>",
        ]
        if not self.others.prices:
            lines.insert(0, _tr("（未填写竞争对手报价：按只有本投标计算，价格分为满分）"))
        self.estimate_text.setText("<br>".join(lines))

    def refresh(self) -> None:
        self.state.setText(summary(self.source))
        self.state.setStyleSheet("color: #b00020" if "✗" in self.state.text()[:1] else "color: #1b5e20")
        self.model.reload()
        fit_columns(self.table, (80, 300))
        self.show_estimate()
        super().refresh()


def default_folder(path: Path) -> Path:
    """Where the pack goes by default: beside the response file, named after it."""
    stem = path.name.removesuffix(".json").removesuffix(".bidresp")
    return path.with_name(stem + _tr("-投标文件"))


class PackPage(StepPage):
    """Write the response pack into a folder; while the self-check fails, say why and offer a draft."""

    step = "pack"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.box.addWidget(QLabel("<h3>" + _tr("生成投标文件") + "</h3>"))
        hint = QLabel(_tr("生成投标文件（Word 与 PDF，含目录、页码和签章栏）以及交给代理机构的投标响应文件。"
                          "自查有严重问题时只能生成草稿，草稿每页注明“草稿”，不得递交。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.box.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("保存到文件夹")))
        self.folder = QLineEdit(str(default_folder(source.path)))
        self.choose_button = QPushButton(_tr("选择…"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.box.addLayout(row)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.box.addWidget(self.state)
        buttons = QHBoxLayout()
        self.write_button = QPushButton(_tr("生成投标文件"))
        self.draft_button = QPushButton(_tr("生成草稿"))
        for button in (self.write_button, self.draft_button):
            button.setMinimumHeight(32)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.box.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.box.addWidget(self.result)
        self.box.addStretch(1)
        self.choose_button.clicked.connect(self.ask_folder)
        self.write_button.clicked.connect(lambda: self.write(Path(self.folder.text()), draft=False))
        self.draft_button.clicked.connect(lambda: self.write(Path(self.folder.text()), draft=True))

    def ask_folder(self) -> None:
        """Choose the folder."""
        name = QFileDialog.getExistingDirectory(self, _tr("选择保存投标文件的文件夹"), self.folder.text())
        if name:
            self.folder.setText(name)

    def write(self, folder: Path, *, draft: bool) -> bool:
        """Write the pack (or a draft); the files written, or why not, are shown below the buttons."""
        written = self.source.write_pack(folder, draft=draft)
        if written is None:
            self.result.setText(self.source.last_error)
            self.result.setStyleSheet("color: #b00020")
            return False
        head = _tr("已生成草稿（不得递交）：") if written.draft else _tr("已生成投标文件：")
        self.result.setText(head + "<br>" + "<br>".join(str(p) for p in written.files))
        self.result.setStyleSheet("color: #8a5a00" if written.draft else "color: #1b5e20")
        return True

    def refresh(self) -> None:
        fatal = [f for f in self.source.findings if f.severity == "fatal"]
        self.write_button.setEnabled(not fatal)
        if fatal:
            self.state.setText(_tr("还不能生成正式投标文件，须先改正：") + "\n"
                               + "\n".join(finding_line(f, self.source.resp) for f in fatal))
            self.state.setStyleSheet("color: #b00020")
        else:
            self.state.setText(_tr("✓ 自查通过，可以生成投标文件。"))
            self.state.setStyleSheet("color: #1b5e20")
        super().refresh()

