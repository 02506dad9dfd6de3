"""The steps over the tender's lists: 资格与符合性证明, 需求响应, 评分承诺 (with the experts' own editors)."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain.scoring import show
from widgets import score_editors as se
from widgets.i18n import Translator
from widgets.pages.matrix import describe_rule
from widgets.response.common import StepPage, fit_columns, put_text, select_key
from widgets.response.models import ChoiceDelegate, ClaimsModel, EvidenceModel, RequirementsModel, answer_choices
from widgets.response.source import ResponseSource
from widgets.response.texts import Place, finding_words, severity_names

_tr = Translator("ResponseLists")


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
    return table


def _intro(page: StepPage, title: str, hint: str) -> None:
    page.box.addWidget(QLabel(f"<h3>{title}</h3>"))
    label = QLabel(hint)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555")
    page.box.addWidget(label)


class EvidencePage(StepPage):
    """Each qualification and compliance item, with where the bid proves it."""

    step = "evidence"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        _intro(self, _tr("资格与符合性证明"), _tr(
            "为每一项写明证明材料在投标文件中的位置（附件、页码），如“附件1 营业执照 第5页”。双击“证明材料”一栏填写。"))
        self.model = EvidenceModel(source, self)
        self.table = _table(self.model)
        self.box.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()
        fit_columns(self.table, (90, 200, 380, 240))
        self.table.resizeRowsToContents()
        super().refresh()

    def focus_place(self, place: Place) -> None:
        select_key(self.table, place.key)
        row = self.model.row_of(place.key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 3))


class RequirementsPage(StepPage):
    """Each requirement, ★ (substantive) and ▲ (scored) shown; the answer picker and the note."""

    step = "requirements"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        _intro(self, _tr("需求响应"), _tr(
            "★ 为实质性要求，负偏离或不响应即投标无效；▲ 为评分项。"
            "双击“响应”选择 响应/正偏离/负偏离，双击“说明”填写偏离说明。"))
        self.model = RequirementsModel(source, self)
        self.table = _table(self.model)
        self.answers = ChoiceDelegate(answer_choices, self)
        self.table.setItemDelegateForColumn(3, self.answers)
        self.box.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()
        fit_columns(self.table, (60, 50, 420, 90, 200))
        self.table.resizeRowsToContents()
        super().refresh()

    def focus_place(self, place: Place) -> None:
        select_key(self.table, place.key)
        row = self.model.row_of(place.key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 4 if place.field == "note" else 3))


class ClaimPanel(QGroupBox):
    """The selected factor: the tender's wording, the claim in the experts' editor for its rule, the evidence.

    The editor can only produce a value the rule allows (a count up to what reaches the max, an allowed
    grade, a multiple of the step); the source checks it once more before saving.
    """

    def __init__(self, page: ClaimsPage) -> None:
        super().__init__(page)
        self.page, self.source = page, page.source
        self.factor: m.Factor | None = None
        self.editor: QWidget | None = None
        self._loading = False
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 3)
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555")
        layout.addWidget(self.wording)
        layout.addWidget(self.rule)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("承诺")), 0, Qt.AlignmentFlag.AlignTop)
        self.holder = QVBoxLayout()
        self.holder.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addLayout(self.holder, 1)
        self.clear_button = QPushButton(_tr("不承诺"))
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        right = QVBoxLayout()
        outer.addLayout(right, 2)
        right.addWidget(QLabel(_tr("证明材料（每行一项，如“合同A 第31页”）")))
        self.evidence = QPlainTextEdit()
        right.addWidget(self.evidence, 1)
        self.clear_button.clicked.connect(lambda: self.factor and self.source.clear_claim(self.factor.id))
        self.evidence.textChanged.connect(lambda: self.factor and self.source.set_claim_evidence(
            self.factor.id, self.evidence.toPlainText()))

    def show_factor(self, factor: m.Factor | None) -> None:
        """Show a factor with a new editor for its rule."""
        self.factor = factor
        if self.editor is not None:
            self.holder.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.setEnabled(factor is not None)
        if factor is None:
            self.setTitle(_tr("选中一个评分项"))
            return
        ev = self.source.resp.tender.evaluation
        words = extras.grade_words(ev, factor.id)
        self.setTitle(_tr("%1 %2（%3 分%4）", factor.id, factor.name, show(factor.max),
                          _tr("，客观分") if factor.objective else _tr("，主观分")))
        text = extras.factor_text(ev, factor.id)
        self.wording.setText(_tr("招标文件原文：%1", text) if text else
                             _tr("招标文件原文：（未录入该项评分细则原文）"))
        self.rule.setText(_tr("评分方式：%1", describe_rule(factor, words)))
        if isinstance(factor.rule, m.ItemsRule):
            grid = se.ItemsGrid()
            grid.set_factor(factor, words)
            grid.completed.connect(lambda value: self.edited(value))
            self.editor = grid
        else:
            editor = se.make_editor(factor, words)
            self.editor = editor
            for signal in _signals(editor):
                signal.connect(lambda *_: self.edited(self.current_value()))
        self.holder.addWidget(self.editor)
        self.load()

    def current_value(self) -> object:
        """What the editor holds (NO_VALUE while nothing complete is entered)."""
        return self.editor.score() if self.editor is not None else se.NO_VALUE  # type: ignore[attr-defined]

    def edited(self, value: object) -> None:
        """Save what the editor holds as the claim (nothing while a stored claim is being shown)."""
        if self._loading or self.factor is None or value is se.NO_VALUE:
            return
        self.source.set_claim(self.factor.id, value)

    def load(self) -> None:
        """Show the stored claim in the editor, the evidence and the findings."""
        if self.factor is None or self.editor is None:
            return
        claim = self.source.claim(self.factor.id)
        self._loading = True
        if claim is not None:
            self.editor.set_score(claim.value)  # type: ignore[attr-defined]
        elif isinstance(self.editor, se.ItemsGrid):
            self.editor.set_score(None)
        self._loading = False
        put_text(self.evidence, "\n".join(claim.evidence) if claim else "")
        found = self.page.model.findings(self.page.model.row_of(self.factor.id))
        self.note.setText("\n".join(f"{severity_names()[f.severity]}　{finding_words(f, self.source.resp)}"
                                    for f in found))
        self.note.setStyleSheet("color: #b00020" if any(f.severity == "fatal" for f in found) else "color: #8a5a00")
        self.clear_button.setEnabled(claim is not None)


def _signals(editor: QWidget) -> list[SignalInstance]:
    """The signals by which a single-cell score editor says its value changed."""
    if isinstance(editor, se.GradesEditor):
        return [editor.currentIndexChanged]
    if isinstance(editor, se.CountEditor):
        return [editor.spin.valueChanged]
    if isinstance(editor, se.HoursEditor):
        return [editor.hours.textChanged, editor.none_box.toggled]
    if isinstance(editor, QSpinBox):
        return [editor.valueChanged]
    return []


class ClaimsPage(StepPage):
    """Each scoring factor: what the bid claims, in the editor its rule allows, and the evidence."""

    step = "claims"

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        _intro(self, _tr("评分承诺"), _tr(
            "对每个评分项写明本投标承诺或具备的内容（业绩份数、证书、承诺时长、方案章节），编辑方式与专家评分相同，"
            "评分方式不允许的值无法录入；客观分须列出证明材料。"))
        self.model = ClaimsModel(source, self)
        self.table = _table(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.panel = ClaimPanel(self)
        self.panel.setMinimumHeight(230)
        self.box.addWidget(self.table, 3)
        self.box.addWidget(self.panel, 2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.panel.show_factor(self.selected()))
        self.panel.show_factor(None)

    def selected(self) -> m.Factor | None:
        """The selected factor."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_factor(self, factor_id: str) -> None:
        """Select a factor's row (its editor opens beside the table)."""
        select_key(self.table, factor_id)

    def refresh(self) -> None:
        self.model.reload()
        fit_columns(self.table, (46, 200, 46, 230, 150, 56, 70))
        self.panel.load()
        super().refresh()

    def focus_place(self, place: Place) -> None:
        self.select_factor(place.key)
        if place.field == "evidence":
            self.panel.evidence.setFocus()
        elif self.panel.editor is not None:
            self.panel.editor.setFocus()
