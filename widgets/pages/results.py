"""结果: the live ranking, the members' spread, ties to vote on, and finalising (定稿).

Recomputed only while shown (a score typed elsewhere does not wait for it). Each member's totals
appear in the chart only once every member has submitted: before that nobody sees another's scores.
Finalising locks the evaluation; a later change needs a recorded re-evaluation (reason and Art.64
category), after which it can be finalised again.

The state line says where the evaluation stands (:func:`app.domain.art64_check.evaluation_state`):
待评分, 待复核, 可定稿 or 已定稿 (with when and by whom); the engine's own ``final`` flag only means that
nothing is left open in the computation, so it is not shown as a state. Before finalising, the report
facts still blank (公告发布媒介, 开标地点, 组长 …) are named: they do not block, the report prints lines to
fill in by hand.
"""

from __future__ import annotations

from decimal import Decimal

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
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import negotiation as ng
from app.domain import session_records as sr
from app.domain.art64_check import FINAL, READY, REVIEW, SCORING, candidates, evaluation_state, tied_groups
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput
from app.domain.result import Result
from app.exchange import result_to_doc
from app.reports.facts import report_gaps
from app.reports.formats import cn_time
from app.services.errors import StorageError
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen
from widgets.problem_texts import describe_problem
from widgets.result_model import ResultModel
from widgets.session_texts import art64_choices, blocker_text
from widgets.spread_chart import SpreadChart, SpreadRow
from widgets.storage_texts import storage_text

_tr = Translator("ResultsPage")


def state_words(state: str, final: dict[str, object] | None) -> str:
    """The state line's words for :func:`app.domain.art64_check.evaluation_state`'s state."""
    if state == FINAL and final is not None:
        return _tr("已定稿（%1，%2）", cn_time(str(final.get("at", ""))), str(final.get("by", "")))
    return {
        SCORING: _tr("待评分（尚有成员未提交评分）"),
        REVIEW: _tr("待复核（尚有复核事项、待定的异常低价或未表决的并列）"),
        READY: _tr("可定稿"),
        FINAL: _tr("已定稿"),
    }.get(state, state)


def gap_words(code: str) -> str:
    """A report fact left blank, in words (:func:`app.reports.facts.report_gaps`' codes)."""
    return {
        "notice": _tr("招标公告发布媒介"), "opening_date": _tr("开标日期"), "opening_place": _tr("开标地点"),
        "leader": _tr("评标委员会组长"),
    }.get(code, code)


class TieVoteDialog(QDialog):
    """Each member's choice for the first place among tied bids, and a note."""

    def __init__(self, ev: Evaluation, group: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setWindowTitle(_tr("评标委员会表决"))
        names = {b.id: b.name for b in ev.bidders}
        form = QFormLayout(self)
        form.addRow(QLabel(_tr("以下投标人得分且排序条件相同，由评标委员会表决排序（每位成员选择排在前面的一家）：")
                           + "\n" + "、".join(names.get(b, b) for b in group)))
        self.choices: dict[str, QComboBox] = {}
        for m in ev.members:
            box = QComboBox()
            box.addItem(_tr("（未投票）"), None)
            for b in group:
                box.addItem(names.get(b, b), b)
            self.choices[m.id] = box
            form.addRow(m.name, box)
        self.note = QLineEdit()
        form.addRow(_tr("说明"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def vote(self, member: str, bidder: str) -> None:
        """Set a member's choice (tests and the keyboard both use it)."""
        box = self.choices[member]
        box.setCurrentIndex(box.findData(bidder))

    def votes(self) -> dict[str, str]:
        """The votes given."""
        return {mid: str(box.currentData()) for mid, box in self.choices.items() if box.currentData() is not None}


class ReopenDialog(QDialog):
    """The reason and Art.64 category of a re-evaluation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("重新评审"))
        form = QFormLayout(self)
        form.addRow(QLabel(_tr("评审已定稿。重新评审限于第六十四条规定的情形，将记录理由与类别。")))
        self.category = QComboBox()
        for code, words in art64_choices():
            self.category.addItem(words, code)
        form.addRow(_tr("第六十四条类别"), self.category)
        self.reason = QLineEdit()
        form.addRow(_tr("理由"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ResultsPage(QWidget):
    """The engine's result for what the project holds now, or why it cannot be computed yet."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None
        self.result: Result | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("评审结果") + "</h3>"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = QTableView(self)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        ties = QHBoxLayout()
        self.ties = QLabel()
        self.ties.setWordWrap(True)
        self.vote_button = QPushButton(_tr("表决排序…"))
        self.vote_button.clicked.connect(self.ask_vote)
        ties.addWidget(self.ties, 1)
        ties.addWidget(self.vote_button)
        layout.addLayout(ties)
        layout.addWidget(QLabel("<b>" + _tr("各成员评分分布（除价格外的得分）") + "</b>"))
        self.chart = SpreadChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(150)
        layout.addWidget(scroll, 2)
        final = QHBoxLayout()
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.finalise_button = QPushButton(_tr("定稿"))
        self.reopen_button = QPushButton(_tr("重新评审…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.ask_reopen)
        final.addWidget(self.blockers, 1)
        final.addWidget(self.finalise_button)
        final.addWidget(self.reopen_button)
        layout.addLayout(final)
        self.model: ResultModel | None = None
        self._lengths: tuple[int, ...] = ()  # the columns' longest texts when they were last measured
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()

    def _drop_model(self) -> None:
        """No table (nothing to show yet, or sealed until every member has submitted)."""
        self.table.setModel(None)
        if self.model is not None:
            self.model.deleteLater()
        self.model = None

    def _fit_columns(self) -> None:
        """Every heading and figure whole (the name column takes the rest)."""
        assert self.model is not None
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._lengths = self.model.text_lengths()

    def state_text(self, ev: Evaluation) -> str:
        """``状态：待评分（…）`` — where the evaluation stands (and 废标 when the result says so)."""
        state = evaluation_state(self.controller.session.blockers())
        text = _tr("状态：") + state_words(state, sr.final_record(ev))
        if self.result is not None and self.result.failed:
            text += _tr("；") + _tr("废标（有效投标不足）")
        return text

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Recompute (the session computes once per change) and show."""
        ev = self.controller.ev()
        final = sr.final_record(ev)
        self.finalise_button.setEnabled(final is None)
        self.reopen_button.setEnabled(final is not None)
        try:
            self.result = self.controller.session.result()
        except InvalidInput as exc:
            self.result = None
            self._drop_model()
            lines = [describe_problem(p, ev) for p in exc.problems[:10]]
            self.state.setText(self.state_text(ev) + "\n" + _tr("尚不能计算结果：") + "\n" + "\n".join(lines))
            self.summary.setText("")
            self.ties.setText("")
            self.vote_button.setEnabled(False)
            self.chart.set_note(_tr("结果可计算后显示"))
            self.show_blockers(ev)
            return
        if self.sealed():  # the ranking and the means would show the members each other's scores
            self._drop_model()
            states = self.controller.session.member_states()
            done = sum(1 for s in states if s.state == "submitted")
            self.state.setText(self.state_text(ev))
            self.summary.setText(_tr("全体成员提交评分后才显示排名与各成员评分：已提交 %1/%2", done, len(states)))
            self.ties.setText("")
            self.vote_button.setEnabled(False)
            self.chart.set_note(_tr("全体成员提交评分后显示"))
            self.show_blockers(ev)
            return
        doc = result_to_doc(self.result)
        names = {b.id: b.name for b in ev.bidders}
        categories = list(dict.fromkeys(f.category for f in ev.factors if not f.is_price))
        model = ResultModel(doc, names, None, categories=categories, price_mode=ev.project.price_mode)
        if self.model is not None and self.table.model() is self.model and self.model.take(model):
            # a change of figures: the same table, measured again only when a column's longest text grew or shrank
            # (its digits and characters are of one width each: the same lengths, the same widths)
            if self.model.text_lengths() != self._lengths:
                self._fit_columns()
        else:
            old, self.model = self.model, model
            model.setParent(self)
            self.table.setModel(model)
            if old is not None:
                old.deleteLater()  # the view no longer shows it
            self._fit_columns()
        chosen = "、".join(names.get(c, c) for c in candidates(self.result, ev)) or _tr("无")
        self.state.setText(self.state_text(ev))
        self.summary.setText(self.deal_text(ev) if ev.project.method == "single_source"
                             else _tr("推荐中标候选人（依次）：") + chosen)
        self.show_ties(ev, self.result)
        self.show_chart(ev, self.result)
        self.show_blockers(ev)

    @staticmethod
    def deal_text(ev: Evaluation) -> str:
        """A single source's 成交结果 (it is not ranked): the agreed price, no agreement, or 协商无效."""
        outcome = ng.negotiation(ev).outcome
        if outcome is None:
            return _tr("协商结果：尚未记录（在“协商情况记录”页记录成交、未能达成一致或协商无效）")
        if outcome.kind == "agreed" and outcome.price is not None:
            return _tr("成交结果：%1，成交价格 %2（%3）", ng.bidder_label(ev, outcome.bidder),
                       ng.quote_text(ev, outcome.price), outcome.words)
        label = _tr("本次协商无效") if outcome.kind == "void" else _tr("未能达成一致")
        return _tr("协商结果：%1。理由：%2", label, outcome.reason)

    def show_ties(self, ev: Evaluation, result: Result) -> None:
        """The tied groups and their votes."""
        names = {b.id: b.name for b in ev.bidders}
        votes = sr.tie_votes(ev)
        lines = []
        for group in tied_groups(result):
            vote = votes.get(sr.tie_key(group))
            who = "、".join(names.get(b, b) for b in group)
            if vote is not None and sorted(vote.order) == sorted(group):
                order = " > ".join(names.get(b, b) for b in vote.order)
                lines.append(_tr("并列：%1 — 已表决：%2", who, order))
            else:
                lines.append(_tr("并列：%1 — 需评标委员会表决", who))
        self.ties.setText("\n".join(lines) or _tr("无并列"))
        self.vote_button.setEnabled(bool(lines) and sr.final_record(ev) is None)

    def sealed(self) -> bool:
        """Whether members' scores are still sealed (someone has not submitted)."""
        states = self.controller.session.member_states()
        return not states or any(s.state != "submitted" for s in states)

    def show_chart(self, ev: Evaluation, result: Result) -> None:
        """Each ranked bid's member totals, once every member has submitted."""
        if self.sealed():
            self.chart.set_note(_tr("全部成员提交评分后显示各成员的评分分布（提交前各成员评分互不可见）"))
            return
        names = {b.id: b.name for b in ev.bidders}
        price = sum((f.max for f in ev.factors if f.is_price), Decimal(0))
        scored = sum((f.max for f in ev.factors if not f.is_price), Decimal(0))
        rows = []
        for b in sorted((b for b in result.bidders if b.ranked), key=lambda r: r.rank or 0):
            mean = (b.total or Decimal(0)) - (b.price_score or Decimal(0))
            rows.append(SpreadRow(f"{b.rank}. {names.get(b.id, b.id)}", dict(b.member_totals), mean))
        self.chart.set_data(rows, [(m.id, m.name) for m in ev.members], scored or Decimal(100) - price)

    def show_blockers(self, ev: Evaluation) -> None:
        """What still keeps the evaluation from being finalised."""
        if sr.final_record(ev) is not None:
            self.blockers.setText(_tr("评审已定稿：任何修改须先记录重新评审。"))
            return
        found = self.controller.session.blockers()
        self.finalise_button.setEnabled(not found)  # enabled only when it can act
        self.finalise_button.setToolTip(_tr("定稿前尚需处理下方所列事项") if found else "")
        gaps = report_gaps(ev)
        missing = _tr("、").join(gap_words(code) for code, _ in gaps)
        blank = _tr("报告尚未填写：%1（不影响定稿，报告中留空待手填）", missing) if gaps else ""
        if found:
            text = _tr("定稿前尚需：") + "；".join(blocker_text(b, ev) for b in found[:6]) + (
                "……" if len(found) > 6 else "")
        else:
            text = _tr("可以定稿。")
        self.blockers.setText(text + ("\n" + blank if blank else ""))

    # -- actions ----------------------------------------------------------------------------------
    def ask_vote(self) -> None:
        """Open the vote dialog for the first tied group without a vote (else the first)."""
        if self.result is None:
            return
        ev = self.controller.ev()
        groups = tied_groups(self.result)
        if not groups:
            return
        votes = sr.tie_votes(ev)
        group = next((g for g in groups if sr.tie_key(g) not in votes), groups[0])
        dialog = TieVoteDialog(ev, group, self)
        dialog.accepted.connect(lambda: self.record_vote(group, dialog.votes(), dialog.note.text()))
        dialog.open()
        self.dialog = dialog

    def record_vote(self, group: tuple[str, ...], votes: dict[str, str], note: str) -> bool:
        """Record the committee's vote on a tied group."""
        vote = sr.TieVote(group, (), votes, note)
        return self.controller.run(lambda: self.controller.session.vote_tie(vote))

    def finalise(self) -> bool:
        """Finalise the evaluation (refused, with what blocks it, when it may not be)."""
        ev = self.controller.ev()
        try:
            found = self.controller.session.blockers()
        except StorageError as exc:  # the room is away: nothing is finalised, and the window says why
            return self.controller.refuse(storage_text(exc))
        if found:
            return self.controller.refuse(_tr("尚不能定稿：") + "\n" + "\n".join(blocker_text(b, ev) for b in found))
        return self.controller.run(self.controller.session.finalise)

    def ask_reopen(self) -> None:
        """Ask for the re-evaluation's reason and category."""
        dialog = ReopenDialog(self)
        dialog.accepted.connect(lambda: self.reopen(dialog.reason.text(), str(dialog.category.currentData())))
        dialog.open()
        self.dialog = dialog

    def reopen(self, reason: str, art64: str) -> bool:
        """Reopen the finalised evaluation as a recorded re-evaluation."""
        if not reason.strip():
            return self.controller.refuse(_tr("重新评审须填写理由"))
        return self.controller.run(lambda: self.controller.session.reopen(reason, art64))

