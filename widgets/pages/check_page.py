"""复核 (87号令 Art.64): what the committee must look at again before anyone signs, and how each was resolved.

The comparison of members' scores is shown only once every member has submitted: before that, a
member's subjective scores are seen by nobody but the member. A score far from the others' mean is
kept (with the committee's reason) or corrected; an objective difference is corrected (a joint
score, with its Art.64 category). Each resolution is recorded and listed in the report.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain import session_records as sr
from app.domain.art64_check import Art64Finding
from app.domain.model import Evaluation
from app.domain.scoring import show
from widgets import inputs
from widgets import score_editors as se
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen
from widgets.reason_texts import art64_names
from widgets.session_texts import art64_choices, blocker_text, describe_finding, finding_kinds, names
from widgets.table_model import HeadedModel

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b00020")
DONE = QColor("#2e7d32")


_tr = Translator("CheckPage")


class FindingModel(HeadedModel):
    """The findings of the check, each with how it stands."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([_tr("类型"), _tr("投标人"), _tr("评分因素"), _tr("成员"), _tr("各成员得分"), _tr("处理")],
                         parent)
        self.findings: list[Art64Finding] = []
        self._rows: list[tuple[str, ...]] = []
        self._open: list[bool] = []

    def count(self) -> int:
        return len(self._rows)

    def load(self, ev: Evaluation, findings: list[Art64Finding]) -> None:
        """Show these findings."""
        bidders, factors, members = names(ev)
        done = sr.resolutions(ev)
        kinds = finding_kinds()
        self.beginResetModel()
        self.findings = findings
        self._rows, self._open = [], []
        for f in findings:
            res = done.get(f.key)
            if f.kind == "far_from_mean" and res is not None:
                state, still = _tr("已保留：%1", res.get("reason", "")), False
            elif f.kind == "missing":
                state, still = _tr("待评分"), True
            elif f.kind == "far_from_mean":
                state, still = _tr("待处理（保留或更正）"), True
            else:
                state, still = _tr("待更正"), True
            points = " · ".join(f"{members.get(mid, mid)} {show(v)}" for mid, v in f.points.items())
            self._rows.append((kinds.get(f.kind, f.kind), bidders.get(f.bidder, f.bidder),
                               f"{f.factor} {factors.get(f.factor, '')}", members.get(f.member or "", "—"),
                               points, state))
            self._open.append(still)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5:
            return QBrush(WARN if self._open[index.row()] else DONE)
        return None



class ResolveDialog(QDialog):
    """Keep a score (reason) or correct it (value, reason, Art.64 category)."""

    def __init__(self, finding: Art64Finding, ev: Evaluation, correct: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding, self.correct = finding, correct
        self.setWindowTitle(_tr("更正评分") if correct else _tr("保留评分"))
        form = QFormLayout(self)
        form.addRow(QLabel(describe_finding(finding, ev)))
        factor = next(f for f in ev.factors if f.id == finding.factor)
        # The scoring page's own editor for the rule (a value the rule does not allow cannot be entered);
        # an items factor's n grades are typed as a list.
        self.text: QLineEdit | None = None
        if isinstance(factor.rule, m.ItemsRule):
            self.text = QLineEdit()
            self.text.setPlaceholderText(_tr("按评分规则填写，如 %1", _example(factor.rule)))
            self.value: QWidget = self.text
        else:
            self.value = se.make_editor(factor, extras.grade_words(ev, factor.id), self)
        self.category = QComboBox()
        for code, words in art64_choices():
            self.category.addItem(words, code)
        if correct:
            hint = _tr("联合认定的分值（客观分对每位成员有效）") if finding.kind == "objective_differs" \
                else _tr("该成员更正后的分值")
            form.addRow(hint, self.value)
            default = "objective_inconsistent" if finding.kind == "objective_differs" else "abnormal_score"
            self.category.setCurrentIndex([c for c, _w in art64_choices()].index(default))
            form.addRow(_tr("第六十四条类别"), self.category)
        self.reason = QLineEdit()
        form.addRow(_tr("评标委员会意见"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def raw(self) -> object:
        """The corrected value as typed or chosen (text for an items factor)."""
        return self.text.text() if self.text is not None else self.value.score()  # type: ignore[attr-defined]


def _example(rule: Any) -> str:
    kind = getattr(rule, "type", "")
    if kind == "grades":
        return " / ".join(show(v) for v in rule.values)
    if kind == "items":
        return ", ".join([show(rule.values[0])] * min(rule.n, 3)) + (" …" if rule.n > 3 else "")
    if kind == "count":
        return "2"
    if kind == "hours":
        return "4"
    return "3.5"


def raw_value(text: str, rule: Any) -> object:
    """A typed correction as the exchange file writes a value (list for items, int for counts)."""
    kind = getattr(rule, "type", "")
    text = text.strip()
    if kind == "items":
        return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
    if kind == "count":
        return int(inputs.required(text, low=Decimal(0), places=0))
    if kind == "hours" and text in ("", "-", "—"):
        return None
    return str(inputs.required(text))


class CheckPage(QWidget):
    """The Art.64 check: findings, their resolution, and what still blocks finalising."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: ResolveDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("评审复核（政府采购货物和服务招标投标管理办法第六十四条）") + "</h3>"))
        intro = QLabel(_tr("所有成员提交评分后，系统比对客观分是否一致、主观分是否偏离其他成员平均分过多，"
                           "并列出缺少的评分。每项须由评标委员会处理：保留（写明理由）或更正（注明第六十四条类别）。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("偏离阈值（占该项满分的比例）")))
        self.share = QLineEdit()
        self.share.setMaximumWidth(80)
        self.share.editingFinished.connect(self.save_share)
        bar.addWidget(self.share)
        bar.addStretch(1)
        self.keep_button = QPushButton(_tr("保留…"))
        self.correct_button = QPushButton(_tr("更正…"))
        self.keep_button.clicked.connect(lambda: self.ask(False))
        self.correct_button.clicked.connect(lambda: self.ask(True))
        bar.addWidget(self.keep_button)
        bar.addWidget(self.correct_button)
        self.keep_button.setEnabled(False)  # until a finding they can act on is selected (see _selection)
        self.correct_button.setEnabled(False)
        layout.addLayout(bar)
        self.sealed = QLabel()
        self.sealed.setWordWrap(True)
        layout.addWidget(self.sealed)
        self.model = FindingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.model.modelReset.connect(self._selection)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("<b>" + _tr("处理记录") + "</b>"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.history)
        layout.addWidget(QLabel("<b>" + _tr("定稿前尚需完成") + "</b>"))
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.blockers, 1)
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()

    # -- refreshing only when seen ----------------------------------------------------------------
    def all_submitted(self) -> bool:
        """Whether every member has submitted their sheet."""
        states = self.controller.session.member_states()
        return bool(states) and all(s.state == "submitted" for s in states)

    def refresh(self) -> None:
        """Read the findings, resolutions and blockers again."""
        ev = self.controller.ev()
        self.share.setText(f"{(sr.outlier_share(ev) * 100).normalize():f}%")
        found = self.controller.session.findings()
        if self.all_submitted():
            self.sealed.setText("")
            shown = found
        else:
            self.sealed.setText(_tr("尚有成员未提交评分：提交前各成员的评分互不可见，此处只列出缺少的评分。"))
            shown = [f for f in found if f.kind == "missing"]
        self.model.load(ev, shown)
        self.show_history(ev)
        blockers = self.controller.session.blockers()
        self.blockers.setText("\n".join("• " + blocker_text(b, ev) for b in blockers) or _tr("无：可以定稿。"))

    def show_history(self, ev: Evaluation) -> None:
        """The recorded resolutions, oldest first."""
        bidders, factors, members = names(ev)
        lines = []
        for key, res in sr.resolutions(ev).items():
            kind, bidder, factor, member = ([*key.split(":"), "", "", "", ""])[:4]
            what = finding_kinds().get(kind, kind)
            who = members.get(member, "") if member != "-" else ""
            action = _tr("保留") if res.get("action") == "kept" else _tr("更正")
            category = art64_names().get(str(res.get("art64") or ""), "")
            lines.append(f"{what} · {bidders.get(bidder, bidder)} · {factor} {factors.get(factor, '')} {who}：{action}"
                         + (f"（{category}）" if category else "") + f" — {res.get('reason', '')}")
        self.history.setText("\n".join(lines) or _tr("尚无"))

    # -- actions ----------------------------------------------------------------------------------
    def save_share(self) -> bool:
        """Record the threshold as typed (30% or 0.30)."""
        try:
            value = inputs.rate(self.share.text())
        except ValueError as exc:
            return self.controller.refuse(str(exc))
        if value is None:
            return False
        return self.controller.run(lambda: self.controller.session.set_outlier_share(value))

    def _selection(self) -> None:
        """保留 only for a score far from the others' mean, 更正 for any finding but a missing score."""
        f = self.selected()
        self.keep_button.setEnabled(f is not None and f.kind == "far_from_mean")
        self.correct_button.setEnabled(f is not None and f.kind != "missing")

    def selected(self) -> Art64Finding | None:
        """The finding of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.findings[rows[0].row()]

    def ask(self, correct: bool) -> None:
        """Open the dialog for the selected finding."""
        finding = self.selected()
        if finding is None or finding.kind == "missing":
            self.controller.refuse(_tr("请选择一项复核发现（缺少的评分请在独立评分中补录）"))
            return
        if not correct and finding.kind != "far_from_mean":
            self.controller.refuse(_tr("客观评审因素评分不一致须更正，不能保留"))
            return
        dialog = ResolveDialog(finding, self.controller.ev(), correct, self)
        dialog.accepted.connect(lambda: self.resolve(finding, correct, dialog.raw(), dialog.reason.text(),
                                                     str(dialog.category.currentData())))
        dialog.open()
        self.dialog = dialog

    def resolve(self, finding: Art64Finding, correct: bool, value: object, reason: str, art64: str) -> bool:
        """Keep the finding's score, or correct it and record the correction; False when refused.

        ``value``: the corrected value from the dialog's editor, or text as typed (read by the rule).
        """
        session = self.controller.session
        if not reason.strip():
            return self.controller.refuse(_tr("请填写评标委员会的意见（理由）"))
        if not correct:
            return self.controller.run(lambda: session.resolve_finding(finding.key, "kept", reason=reason))
        factor = next(f for f in self.controller.ev().factors if f.id == finding.factor)
        if value is se.NO_VALUE:
            return self.controller.refuse(_tr("请填写更正后的分值"))
        try:
            raw = raw_value(value, factor.rule) if isinstance(value, str) else value
        except ValueError as exc:
            return self.controller.refuse(str(exc))
        member = None if finding.kind == "objective_differs" else finding.member
        ok = self.controller.run(lambda: session.score(member, finding.bidder, finding.factor, raw, reason=reason,
                                                       art64=art64))
        if not ok:
            return False
        return self.controller.run(lambda: session.resolve_finding(finding.key, "corrected", reason=reason,
                                                                  art64=art64))
