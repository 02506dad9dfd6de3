"""The check page (87号令 Art.64) and the results page: findings, resolutions, the spread chart, ties, finalising."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from app.domain import session_records as sr
from app.domain.engine import evaluate
from app.services.audit import audit_log
from app.services.project_io import load_project_evaluation
from widgets.controller import EDITOR, ProjectController
from widgets.pages.check_page import CheckPage
from widgets.pages.results import ResultsPage

MEMBERS = ("M1", "M2", "M3", "M4", "M5")


def _submit_all(c: ProjectController) -> None:
    for mid in MEMBERS:
        assert c.run(lambda mid=mid: c.session.submit_member(mid, by=mid))


def _shown(page: Any, qtbot: Any) -> Any:
    qtbot.addWidget(page)
    page.show()
    return page


def test_results_show_categories_reasons_and_keep_member_totals_sealed(controller: ProjectController, qtbot: Any,
                                                                      qtmodeltester: Any) -> None:
    page = _shown(ResultsPage(controller), qtbot)
    # before every member has submitted: no ranking, no means (they would show the members each other's scores)
    assert page.model is None and "全体成员提交评分后才显示排名" in page.summary.text()
    assert page.chart.rows == [] and "提交" in page.chart.note
    _submit_all(controller)
    assert page.model is not None
    qtmodeltester.check(page.model)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    categories = list(dict.fromkeys(f.category for f in controller.ev().factors if not f.is_price))
    assert headers[5:5 + len(categories)] == categories
    row_b3 = 2  # B3 fails C6 and quotes above the ceiling
    assert page.model.index(row_b3, 0).data(Qt.ItemDataRole.ToolTipRole) == "符合性审查 C6 不通过；报价超过最高限价"
    result = evaluate(controller.ev())
    assert page.chart.rows[0].label.split(". ", 1)[1] == controller.ev().bidders[4].name  # B5 ranks first
    b5 = result.bidder("B5")
    assert page.chart.rows[0].totals == b5.member_totals
    assert page.chart.rows[0].mean == (b5.total or 0) - (b5.price_score or 0)
    page.chart.grab()  # paints without error


def test_check_page_hides_comparisons_until_all_submitted_then_resolves(controller: ProjectController,
                                                                       qtbot: Any, qtmodeltester: Any) -> None:
    page = _shown(CheckPage(controller), qtbot)
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "0", by="M2"))
    assert controller.run(lambda: controller.session.record_score("M3", "B1", "F2", 1, by="M3"))
    assert page.model.rowCount() == 0 and "未提交" in page.sealed.text()
    _submit_all(controller)
    qtmodeltester.check(page.model)
    kinds = [(f.kind, f.member) for f in page.model.findings]
    assert kinds == [("objective_differs", None), ("far_from_mean", "M2"), ("far_from_mean", "M4")]
    assert "复核发现 3 项尚未处理" in page.blockers.text()
    # An objective difference cannot be kept; a far score can, with a reason.
    page.table.selectRow(0)
    assert not page.resolve(page.model.findings[0], False, "", "", "")
    assert not page.resolve(page.model.findings[1], False, "", " ", "")  # no reason
    assert page.resolve(page.model.findings[1], False, "", "方案缺少应急预案", "")
    assert page.resolve(page.model.findings[2], False, "", "评分有据", "")
    # The objective difference is corrected by a joint score with its Art.64 category.
    f2 = page.model.findings[0]
    assert not page.resolve(f2, True, "2.5", "复核认证证书", "objective_inconsistent")  # a count is whole
    assert page.resolve(f2, True, "3", "复核认证证书", "objective_inconsistent")
    ev = load_project_evaluation(controller.path)
    assert [s.value for s in ev.scores if (s.member, s.bidder, s.factor) == (None, "B1", "F2")] == [3]
    assert sr.resolutions(ev)[f2.key]["art64"] == "objective_inconsistent"
    assert page.blockers.text() == "无：可以定稿。"
    assert [f.kind for f in page.model.findings] == ["far_from_mean", "far_from_mean"]
    assert "M2" in page.history.text() or "李秀英" in page.history.text()
    event = audit_log(controller.path)[-2]
    assert (event.entity, event.art64, event.reason) == ("score", "objective_inconsistent", "复核认证证书")


def test_finalise_is_refused_then_locks_and_a_reevaluation_is_recorded(controller: ProjectController,
                                                                       qtbot: Any) -> None:
    page = _shown(ResultsPage(controller), qtbot)
    assert not page.finalise()
    assert "尚未提交评分" in controller.last_error
    _submit_all(controller)
    assert page.finalise()
    assert page.state.text().startswith("状态：已定稿")
    assert not page.finalise_button.isEnabled() and page.reopen_button.isEnabled()
    before = load_project_evaluation(controller.path).scores
    assert not controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "4", by=EDITOR,
                                                                      reason="x", art64="abnormal_score"))
    assert "评审已定稿" in controller.last_error
    assert load_project_evaluation(controller.path).scores == before
    assert not page.reopen(" ", "summation_error")
    assert page.reopen("汇总复核发现错误", "summation_error")
    ev = load_project_evaluation(controller.path)
    assert sr.final_record(ev) is None and sr.reevaluations(ev)[0]["reason"] == "汇总复核发现错误"
    assert page.finalise_button.isEnabled()


def test_a_tie_is_voted_in_the_dialog_and_orders_the_candidates(controller: ProjectController, qtbot: Any) -> None:
    ev = controller.ev()
    for s in ev.scores:
        if s.bidder == "B1":
            assert controller.run(lambda s=s: controller.session.record_score(s.member, "B2", s.factor, s.value,
                                                                             by=EDITOR))
    ev = controller.ev()
    bidders = tuple(dataclasses.replace(b, price=Decimal("2000000.00"), price_words=None, size="small")
                    if b.id == "B2" else b for b in ev.bidders)
    assert controller.apply(dataclasses.replace(ev, bidders=bidders), "tie")
    _submit_all(controller)  # a tie is voted once the ranking is shown: after every member has submitted
    page = _shown(ResultsPage(controller), qtbot)
    assert "需评标委员会表决" in page.ties.text() and page.vote_button.isEnabled()
    page.ask_vote()
    dialog = page.dialog
    for mid, choice in zip(MEMBERS, ("B2", "B2", "B1", "B2", "B1"), strict=True):
        dialog.vote(mid, choice)
    dialog.accept()
    assert "已表决" in page.ties.text()
    names = {b.id: b.name for b in ev.bidders}
    assert page.summary.text().endswith("、".join(names[b] for b in ("B5", "B2", "B1")))


def test_a_hidden_page_waits_and_refreshes_when_shown(controller: ProjectController, qtbot: Any) -> None:
    _submit_all(controller)  # the chart is drawn once every member has submitted
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.show()
    calls: list[int] = []
    original = page.show_chart
    page.show_chart = lambda *a: (calls.append(1), original(*a))  # type: ignore[method-assign]
    page.hide()
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "4", by=EDITOR,
                                                                  reason="复核更正", art64="summation_error"))
    assert calls == []  # hidden: nothing recomputed
    page.show()
    assert calls == [1]
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "6", by=EDITOR,
                                                                  reason="复核更正", art64="summation_error"))
    assert calls == [1, 1]  # shown: at once


def test_the_correction_dialog_offers_the_rules_own_editor(controller: ProjectController, qtbot: Any) -> None:
    page = _shown(CheckPage(controller), qtbot)
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "0", by="M2"))
    _submit_all(controller)
    page.table.selectRow(0)  # M2's 0 on F11 (grades 6/4/3/2/0)
    page.ask(True)
    dialog = page.dialog
    assert dialog is not None and dialog.value.count() == 5  # a grade picker: no other value can be chosen
    dialog.value.set_score("4")
    dialog.reason.setText("复核后更正")
    dialog.accept()
    ev = controller.ev()
    assert [s.value for s in ev.scores if (s.member, s.bidder, s.factor) == ("M2", "B1", "F11")] == ["4"]
    # M2's is gone; M4's 6 against four 4s is one grade step (6/4/…) away: not far from the mean
    assert [f.member for f in page.model.findings] == []


def test_buttons_are_enabled_only_when_they_can_act(controller: ProjectController, qtbot: Any) -> None:
    results = _shown(ResultsPage(controller), qtbot)
    assert not results.finalise_button.isEnabled()  # members have not submitted: it could only refuse
    check = _shown(CheckPage(controller), qtbot)
    assert not check.keep_button.isEnabled() and not check.correct_button.isEnabled()  # nothing selected
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "0", by="M2"))
    assert controller.run(lambda: controller.session.record_score("M3", "B1", "F2", 1, by="M3"))
    _submit_all(controller)
    results.refresh()
    check.refresh()
    kinds = [f.kind for f in check.model.findings]
    check.table.selectRow(kinds.index("objective_differs"))
    assert check.correct_button.isEnabled() and not check.keep_button.isEnabled()
    check.table.selectRow(kinds.index("far_from_mean"))
    assert check.correct_button.isEnabled() and check.keep_button.isEnabled()
