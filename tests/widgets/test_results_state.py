"""The results page says where the evaluation stands — 待评分 / 待复核 / 可定稿 / 已定稿 — from
:func:`app.domain.art64_check.evaluation_state`, never the engine's ``final`` flag as 结果已定; it names the
report facts left blank before finalising; English through en.json."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from app.domain import session_records as sr
from app.reports.formats import cn_time
from app.services import records
from app.services.project_io import load_project_evaluation
from tests.conftest import ROOT
from widgets.controller import EDITOR, ProjectController
from widgets.pages.results import ResultsPage

MEMBERS = ("M1", "M2", "M3", "M4", "M5")


def _page(controller: ProjectController, qtbot: Any) -> ResultsPage:
    page = ResultsPage(controller)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_state_says_what_it_is(controller: ProjectController, qtbot: Any) -> None:
    page = _page(controller, qtbot)
    assert page.result is not None and not page.result.failed  # the engine computes a result ...
    assert page.state.text() == "状态：待评分（尚有成员未提交评分）"  # ... but nobody has submitted
    assert "结果已定" not in page.state.text()
    assert "报告尚未填写：招标公告发布媒介、开标地点、评标委员会组长" in page.blockers.text()
    for mid in MEMBERS:
        assert controller.run(lambda mid=mid: controller.session.submit_member(mid, by=mid))
    page.refresh()
    assert page.state.text() == "状态：可定稿" and page.blockers.text().startswith("可以定稿。")
    # a correction far from the other members' scores: an Art.64 finding to look at again
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "0", by=EDITOR,
                                                                  reason="复核", art64="abnormal_score"))
    page.refresh()
    assert [b.code for b in controller.session.blockers()] == ["art64_open"]
    assert page.state.text() == "状态：待复核（尚有复核事项、待定的异常低价或未表决的并列）"
    for finding in controller.session.findings():  # the committee keeps them, with a reason
        assert controller.run(lambda f=finding: controller.session.record(
            records.resolve_finding, f.key, "kept", reason="评分有据", by=EDITOR))
    page.refresh()
    assert page.state.text() == "状态：可定稿"
    assert page.finalise()
    final = sr.final_record(load_project_evaluation(controller.path))
    assert final is not None
    page.refresh()
    assert page.state.text() == f"状态：已定稿（{cn_time(str(final['at']))}，{EDITOR}）"


def test_the_state_in_english(controller: ProjectController, qtbot: Any) -> None:
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "biddesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        page = _page(controller, qtbot)
        assert page.state.text() == "Status: Awaiting scores (some members have not submitted)"
        assert "Where the tender notice was published" in page.blockers.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_changed_score_updates_the_table_in_place(controller: ProjectController, qtbot: Any) -> None:
    """A correction changes the figures in the same table (its scroll, selection and column widths stay); a column
    is measured again only when its longest text changed length."""
    page = _page(controller, qtbot)
    for mid in MEMBERS:
        assert controller.run(lambda mid=mid: controller.session.submit_member(mid, by=mid))
    page.refresh()
    model = page.model
    assert model is not None and page.table.model() is model
    total = model.headers.index("总分")
    row = next(r for r in range(model.rowCount()) if page.result and page.result.bidders[r].id == "B1")
    before = model.index(row, total).data()
    widths = [page.table.columnWidth(c) for c in range(model.columnCount())]
    lengths = model.text_lengths()
    fitted: list[int] = []
    original = page.table.resizeColumnsToContents
    page.table.resizeColumnsToContents = lambda: (fitted.append(1), original())[1]  # type: ignore[method-assign]
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "0", by=EDITOR,
                                                                  reason="复核", art64="abnormal_score"))
    page.refresh()
    assert page.model is model and page.table.model() is model  # the same table, new figures
    after = model.index(row, total).data()
    assert after != before and after == str(page.result.bidder("B1").total)  # type: ignore[union-attr]
    assert model.text_lengths() == lengths  # B1's total keeps its length (the sample's): nothing measured again
    assert not fitted and [page.table.columnWidth(c) for c in range(model.columnCount())] == widths
    page._lengths = ()  # as if a column's longest text had changed: measured again
    assert controller.run(lambda: controller.session.record_score("M2", "B1", "F11", "2", by=EDITOR,
                                                                  reason="复核", art64="abnormal_score"))
    page.refresh()
    assert fitted and page._lengths == model.text_lengths()
    from widgets.result_model import ResultModel

    assert page.findChildren(ResultModel) == [model]  # the models made for each change are not kept
