"""The review pages: the 资格审查 / 符合性审查 grid (verdicts with reasons, joint conclusions, 全部通过,
invalid bids) and 价格审查 (corrections, deductions, low-price thresholds, the low-price review record)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from app.domain import session_records as sr
from app.domain.model import Bidder, Evaluation
from app.services.project_io import load_project_evaluation
from widgets.controller import ProjectController
from widgets.pages.price_review import LowPriceReviewDialog, PriceReviewPage
from widgets.pages.review_grid import VERDICT_ROLE, ReviewGridPage

NAME, STATUS = 0, 8  # price table columns: 投标人 … 审查结论
CORRECTED, CEILING, DEDUCTION, EVALUATED, LOW = 3, 4, 5, 6, 7


def _grid(qtbot: Any, controller: ProjectController, stage: str, whose: str | None = None) -> ReviewGridPage:
    page = ReviewGridPage(controller, stage)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes only when shown
    if whose is not None:
        page.whose_box.setCurrentIndex(page.whose_box.findData(whose))
        assert page.whose == whose
    return page


def _row(page: Any, bidder: str) -> int:
    rows = [r for r in range(page.model.rowCount()) if _bidder_of(page, r) == bidder]
    assert rows, bidder
    return rows[0]


def _bidder_of(page: Any, row: int) -> str:
    return page.model.bidder(row).id if isinstance(page, ReviewGridPage) else page.model.row(row).bidder


def _column(page: ReviewGridPage, item: str) -> int:
    return next(c for c in range(page.model.columnCount()) if (i := page.model.item(c)) and i.id == item)


def _cell(page: ReviewGridPage, bidder: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.index(_row(page, bidder), column).data(role)


def _conclusion(page: ReviewGridPage, bidder: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return _cell(page, bidder, page.model.columnCount() - 1, role)


def _stored(controller: ProjectController, stage: str, bidder: str, item: str, member: str | None) -> Any:
    ev = load_project_evaluation(controller.path)
    return next((c for c in ev.checks if (c.stage, c.bidder, c.item, c.member) == (stage, bidder, item, member)),
                None)


def _status(controller: ProjectController, bidder: str) -> str:
    return controller.session.result().bidder(bidder).status


def _price_cell(page: PriceReviewPage, bidder: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.index(_row(page, bidder), column).data(role)


def _save(controller: ProjectController, after: Evaluation) -> None:
    change = controller.session.save_setup(after, by="agent")
    assert change.changed
    controller.changed.emit(change.keys)


def _low_b4(controller: ProjectController) -> None:
    """B4 bids 1,100,000.00 (figures only): below 45% of the 2,545,000 ceiling (1,145,250)."""
    ev = controller.ev()
    bidders = tuple(dataclasses.replace(b, price=Decimal("1100000.00"), price_words=None) if b.id == "B4" else b
                    for b in ev.bidders)
    _save(controller, dataclasses.replace(ev, bidders=bidders))


# -- the review grid -------------------------------------------------------------------------------
def test_grid_models_pass_qt_checks_and_show_the_sample(qtbot: Any, qtmodeltester: Any,
                                                        controller: ProjectController) -> None:
    for stage, items in (("qualification", 12), ("compliance", 7)):
        page = _grid(qtbot, controller, stage)
        qtmodeltester.check(page.model)
        assert page.model.rowCount() == 6 and page.model.columnCount() == items + 2
        assert page.model.headerData(1, Qt.Orientation.Horizontal).startswith(stage[0].upper() + "1 ")
        assert page.model.headerData(page.model.columnCount() - 1, Qt.Orientation.Horizontal) == "结论"
        assert page.whose is None and page.whose_box.count() == 6
        assert page.whose_box.itemText(0) == "评标委员会（联合结论）" and page.whose_box.itemText(1) == "王建国"
    # compliance: only members' verdicts in the sample; B3 fails C6 (over the ceiling) by all five
    page = _grid(qtbot, controller, "compliance", whose="M1")
    qtmodeltester.check(page.model)
    assert _cell(page, "B3", _column(page, "C6")) == "✗"
    assert _cell(page, "B3", _column(page, "C6"), Qt.ItemDataRole.ToolTipRole).startswith("投标总价2600000.00元")
    assert _cell(page, "B3", _column(page, "C6"), Qt.ItemDataRole.ForegroundRole) is not None
    assert _cell(page, "B1", _column(page, "C1")) == "✓"
    assert _conclusion(page, "B3") == "不通过：C6"
    assert "C6：5/5 名成员判定不通过" in _conclusion(page, "B3", Qt.ItemDataRole.ToolTipRole)
    assert _conclusion(page, "B1") == "通过"
    assert _cell(page, "B3", 0).endswith("（无效）")
    tip = _cell(page, "B3", 0, Qt.ItemDataRole.ToolTipRole)
    assert "符合性审查 C6 不通过" in tip and "报价超过最高限价" in tip
    assert not _cell(page, "B1", 0).endswith("（无效）")
    assert page.summary.text() == "通过符合性审查的投标：5 / 6"
    # the joint view of compliance is blank (no joint verdicts recorded)
    page.whose_box.setCurrentIndex(0)
    assert page.whose is None and _cell(page, "B3", _column(page, "C6")) == ""
    assert _cell(page, "B3", _column(page, "C6"), VERDICT_ROLE) is None


def test_a_failing_verdict_needs_a_reason(qtbot: Any, controller: ProjectController) -> None:
    page = _grid(qtbot, controller, "compliance", whose="M1")
    # through the method: an empty reason is refused and says so; nothing stored
    refused: list[str] = []
    controller.refused.connect(refused.append)
    assert not page.set_verdict("B1", "C1", False, "  ")
    assert "须填写理由" in page.message.text() and refused
    assert _stored(controller, "compliance", "B1", "C1", "M1").passed
    # through the grid: ✓ → double-click asks for the reason; OK without one keeps the dialog open
    index = page.model.index(_row(page, "B1"), _column(page, "C1"))
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text()
    assert _stored(controller, "compliance", "B1", "C1", "M1").passed
    dialog.reason.setText("投标内容缺少运维子项")
    dialog.accept()
    assert not dialog.isVisible()
    check = _stored(controller, "compliance", "B1", "C1", "M1")
    assert not check.passed and check.note == "投标内容缺少运维子项"
    assert _cell(page, "B1", _column(page, "C1")) == "✗"
    assert _cell(page, "B1", _column(page, "C1"), Qt.ItemDataRole.ToolTipRole) == "投标内容缺少运维子项"
    # one member failing does not fail the bid (1 of 5)
    assert _conclusion(page, "B1") == "通过"
    # Space toggles back to ✓ (recorded at once); the note goes with the failure
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    check = _stored(controller, "compliance", "B1", "C1", "M1")
    assert check.passed and check.note == ""
    # setData with the check state: Checked passes, Unchecked asks for the reason (nothing recorded yet)
    assert not page.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert page.dialog is not dialog and page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()
    assert _stored(controller, "compliance", "B1", "C1", "M1").passed


def test_the_conclusion_and_invalid_marking_follow_the_data_and_the_joint_verdict_wins(
        qtbot: Any, qtmodeltester: Any, controller: ProjectController) -> None:
    page = _grid(qtbot, controller, "compliance")
    for member in ("M1", "M2", "M3"):
        page.whose_box.setCurrentIndex(page.whose_box.findData(member))
        assert page.set_verdict("B1", "C1", False, f"{member}：服务范围不完整")
    qtmodeltester.check(page.model)
    assert _conclusion(page, "B1") == "不通过：C1"
    assert _conclusion(page, "B1", Qt.ItemDataRole.ForegroundRole) is not None
    tip = _conclusion(page, "B1", Qt.ItemDataRole.ToolTipRole)
    assert "C1：3/5 名成员判定不通过" in tip and "M2：服务范围不完整" in tip
    assert _cell(page, "B1", 0) == "平顶山某诚软件科技有限公司（无效）"
    assert "符合性审查 C1 不通过" in _cell(page, "B1", 0, Qt.ItemDataRole.ToolTipRole)
    assert page.summary.text() == "通过符合性审查的投标：4 / 6"
    assert _status(controller, "B1") == "invalid"
    # the committee's joint conclusion overrides the members' majority
    page.whose_box.setCurrentIndex(0)
    assert page.set_verdict("B1", "C1", True)
    assert _stored(controller, "compliance", "B1", "C1", None).passed
    assert _conclusion(page, "B1") == "通过"
    assert not _cell(page, "B1", 0).endswith("（无效）")
    assert page.summary.text() == "通过符合性审查的投标：5 / 6"
    assert _status(controller, "B1") == "valid"
    # and a joint failure fails the bid although every member passed it
    assert page.set_verdict("B2", "C2", False, "服务期限不满足")
    assert _conclusion(page, "B2") == "不通过：C2"
    assert "C2：评标委员会联合结论不通过" in _conclusion(page, "B2", Qt.ItemDataRole.ToolTipRole)
    assert "符合性审查 C2 不通过" in _cell(page, "B2", 0, Qt.ItemDataRole.ToolTipRole)
    # another page on the same project follows the change
    other = _grid(qtbot, controller, "qualification")
    assert other.model.index(_row(other, "B2"), 0).data().endswith("（无效）")


def test_pass_all_records_only_the_missing_verdicts(qtbot: Any, controller: ProjectController) -> None:
    page = _grid(qtbot, controller, "qualification", whose="M1")  # the sample has joint verdicts only here
    assert _cell(page, "B2", _column(page, "Q1")) == ""
    assert page.set_verdict("B2", "Q3", False, "信用中国查询有失信记录")
    assert not page.pass_all()  # nothing selected
    page.select("B2", "Q1")
    before = len(load_project_evaluation(controller.path).checks)
    assert page.pass_all()
    ev = load_project_evaluation(controller.path)
    assert len(ev.checks) == before + 11
    mine = {c.item: c for c in ev.checks if c.stage == "qualification" and c.member == "M1"}
    assert len(mine) == 12 and {c.bidder for c in mine.values()} == {"B2"}
    assert not mine["Q3"].passed and mine["Q3"].note == "信用中国查询有失信记录"
    assert all(c.passed for i, c in mine.items() if i != "Q3")
    assert [_cell(page, "B2", _column(page, f"Q{i}")) for i in range(1, 6)] == ["✓", "✓", "✗", "✓", "✓"]
    assert _cell(page, "B1", _column(page, "Q1")) == ""  # other bids untouched
    # the joint verdict (passed) wins over the one member's failure
    assert _conclusion(page, "B2") == "通过"
    # again: nothing is missing, nothing recorded
    assert page.pass_all() and "均已录入" in page.message.text()
    assert len(load_project_evaluation(controller.path).checks) == before + 11


def test_declaring_a_bid_invalid_and_withdrawing_it(qtbot: Any, controller: ProjectController) -> None:
    page = _grid(qtbot, controller, "qualification")
    assert not page.invalid_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.select("B2")
    assert page.invalid_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.invalid_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept()  # no reason: refused, still open, nothing recorded
    assert dialog.isVisible() and dialog.message.text()
    assert load_project_evaluation(controller.path).decisions == ()
    dialog.reason.setText("串通投标")
    dialog.accept()
    decisions = load_project_evaluation(controller.path).decisions
    assert [(d.bidder, d.kind, d.reason) for d in decisions] == [("B2", "invalid", "串通投标")]
    assert _cell(page, "B2", 0).endswith("（无效）")
    assert "被认定投标无效：串通投标" in _cell(page, "B2", 0, Qt.ItemDataRole.ToolTipRole)
    assert _status(controller, "B2") == "invalid"
    assert page.withdraw_button.isEnabled()
    page.withdraw_button.click()
    assert page.dialog is not dialog and page.dialog is not None
    page.dialog.reason.setText("经核实不属于串通投标")
    page.dialog.accept()
    assert load_project_evaluation(controller.path).decisions == ()
    assert controller.ev().decisions == ()  # the session's copy was dropped too
    assert not _cell(page, "B2", 0).endswith("（无效）")
    assert _status(controller, "B2") == "valid"
    assert not page.withdraw_button.isEnabled()


def test_invalid_marking_without_a_computable_result(qtbot: Any, controller: ProjectController) -> None:
    """A new bid without scores: the result cannot be computed, the validity of the bids still shows."""
    ev = controller.ev()
    _save(controller, dataclasses.replace(ev, bidders=(*ev.bidders, Bidder("B7", "新增投标人", Decimal("1000000.00")))))
    grid = _grid(qtbot, controller, "qualification")
    assert grid.declare_invalid("B5", "提供虚假材料")
    tip = _cell(grid, "B3", 0, Qt.ItemDataRole.ToolTipRole)
    assert "符合性审查 C6 不通过" in tip and "报价超过最高限价" in tip and "提供虚假材料" not in tip
    assert "被认定投标无效：提供虚假材料" in _cell(grid, "B5", 0, Qt.ItemDataRole.ToolTipRole)
    price = PriceReviewPage(controller)
    qtbot.addWidget(price)
    price.show()  # a hidden page refreshes only when shown
    assert price.note.text().startswith("尚不能计算评审结果")
    assert _price_cell(price, "B7", LOW) == "低于平均报价的50%；低于最高限价的45%"  # 12,080,500 / 6 × 50%
    assert _price_cell(price, "B7", STATUS) == "待审查"
    assert _price_cell(price, "B7", EVALUATED) == "1,000,000.00"


# -- the price review ------------------------------------------------------------------------------
def test_price_table_and_thresholds_of_the_sample(qtbot: Any, qtmodeltester: Any,
                                                  controller: ProjectController) -> None:
    page = PriceReviewPage(controller)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes only when shown
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 6 and page.model.columnCount() == 9
    lines = page.basis.text().splitlines()
    assert "5 家" in lines[0] and "B3" not in lines[0]  # B3 fails compliance and is over the ceiling
    assert "平均报价 2,216,100.00 × 50% = 1,108,050.00" in lines
    assert "次低报价 2,000,000.00 × 50% = 1,000,000.00" in lines
    assert "最高限价 2,545,000.00 × 45% = 1,145,250.00" in lines
    # B4: capitals 1,955,000 over figures 1,950,000
    assert _price_cell(page, "B4", 1) == "1,950,000.00"
    assert _price_cell(page, "B4", CORRECTED) == "1,955,000.00"
    assert "以大写为准" in _price_cell(page, "B4", CORRECTED, Qt.ItemDataRole.ToolTipRole)
    assert _price_cell(page, "B4", CORRECTED, Qt.ItemDataRole.BackgroundRole) is not None
    assert _price_cell(page, "B1", CORRECTED, Qt.ItemDataRole.ToolTipRole) is None
    assert _price_cell(page, "B3", CEILING) == "超过最高限价"
    assert _price_cell(page, "B3", CEILING, Qt.ItemDataRole.ForegroundRole) is not None
    assert _price_cell(page, "B6", CEILING) == "未超过"  # exactly at the ceiling
    assert _price_cell(page, "B1", DEDUCTION) == "20%（小型企业）"
    assert _price_cell(page, "B2", DEDUCTION) == "6%（分包意向协议：小微企业占比 35% ≥ 30%）"
    assert _price_cell(page, "B5", DEDUCTION) == "—"
    assert _price_cell(page, "B1", EVALUATED) == "1,600,000.00"
    assert _price_cell(page, "B2", EVALUATED) == "2,068,000.00"
    assert all(_price_cell(page, f"B{i}", LOW) == "—" and _price_cell(page, f"B{i}", STATUS) == "—"
               for i in range(1, 7))
    assert page.note.text() == ""


def test_the_deadline_cannot_be_earlier_than_asked_plus_30_minutes(qtbot: Any, controller: ProjectController) -> None:
    dialog = LowPriceReviewDialog(controller.ev(), "B4", None)
    qtbot.addWidget(dialog)
    now = QDateTime.currentDateTime()
    assert abs(dialog.asked.dateTime().secsTo(now)) < 120
    assert dialog.asked.dateTime().secsTo(dialog.deadline.dateTime()) == 30 * 60
    asked = QDateTime(QDate(2026, 3, 2), QTime(10, 0))
    dialog.asked.setDateTime(asked)
    dialog.deadline.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 10)))
    assert dialog.deadline.dateTime() == QDateTime(QDate(2026, 3, 2), QTime(10, 30))
    dialog.deadline.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(11, 0)))
    assert dialog.review().deadline == "2026-03-02 11:00"
    dialog.asked.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 45)))  # the deadline follows
    assert dialog.review().asked_at == "2026-03-02 10:45" and dialog.review().deadline == "2026-03-02 11:15"
    assert dialog.review().opinions == () and "尚未形成多数意见" in dialog.conclusion.text()


def _fill(dialog: LowPriceReviewDialog) -> None:
    dialog.asked.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 0)))
    dialog.deadline.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 40)))
    dialog.summary.setPlainText("投标人称其自有运维团队驻场，人工成本低于市场平均水平")
    dialog.attachments.setPlainText("成本明细表.pdf\n\n 社保缴纳证明.pdf ")
    dialog.references.setPlainText("同类项目近三年合同价 210–240 万元")


def _open_review(page: PriceReviewPage, bidder: str) -> LowPriceReviewDialog:
    page.select(bidder)
    assert page.review_button.isEnabled()
    page.review_button.click()
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def test_three_of_five_rejecting_make_the_low_bid_invalid(qtbot: Any, qtmodeltester: Any,
                                                          controller: ProjectController) -> None:
    page = PriceReviewPage(controller)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes only when shown
    _low_b4(controller)
    qtmodeltester.check(page.model)
    assert "最高限价 2,545,000.00 × 45% = 1,145,250.00" in page.basis.text()
    assert "平均报价 2,045,100.00 × 50% = 1,022,550.00" in page.basis.text()
    assert _price_cell(page, "B4", CORRECTED) == "1,100,000.00"
    assert _price_cell(page, "B4", LOW) == "低于最高限价的45%"
    assert _price_cell(page, "B4", LOW, Qt.ItemDataRole.ForegroundRole) is not None
    assert _price_cell(page, "B4", NAME, Qt.ItemDataRole.BackgroundRole) is not None  # flagged: highlighted
    assert _price_cell(page, "B1", NAME, Qt.ItemDataRole.BackgroundRole) is None
    assert _price_cell(page, "B4", STATUS) == "待审查"
    assert _status(controller, "B4") == "pending"
    dialog = _open_review(page, "B4")
    assert dialog.opinions.rowCount() == 5
    _fill(dialog)
    dialog.set_opinion("M1", False, "")
    assert "不认可 1" in dialog.conclusion.text()
    dialog.accept()  # a rejection without a reason is refused, the dialog stays
    assert dialog.isVisible() and "不认可须填写理由：王建国" in dialog.message.text()
    assert sr.low_price_reviews(load_project_evaluation(controller.path)) == {}
    for member in ("M1", "M2", "M3"):
        dialog.set_opinion(member, False, "未提供人工成本证明，低于当地最低工资标准")
    dialog.set_opinion("M4", True, "")
    dialog.set_opinion("M5", True, "说明合理")
    assert dialog.conclusion.text() == "认可 2 / 不认可 3 / 未表态 0 → 多数不认可：投标无效"
    dialog.accept()
    assert not dialog.isVisible()
    ev = load_project_evaluation(controller.path)
    review = sr.low_price_reviews(ev)["B4"]
    assert review.asked_at == "2026-03-02 10:00" and review.deadline == "2026-03-02 10:40"
    assert review.attachments == ("成本明细表.pdf", "社保缴纳证明.pdf")
    assert review.references == "同类项目近三年合同价 210–240 万元"
    assert len(review.opinions) == 5
    assert [(d.bidder, d.kind, d.accepted) for d in ev.decisions] == [("B4", "low_price", False)]
    result = controller.session.result().bidder("B4")
    assert result.status == "invalid" and "low_price" in result.reasons
    assert _price_cell(page, "B4", STATUS) == "不认可（投标无效）"
    assert _price_cell(page, "B4", STATUS, Qt.ItemDataRole.ForegroundRole) is not None
    # reopening shows the record as stored
    again = _open_review(page, "B4")
    assert again.summary.toPlainText() == review.summary and again.review() == review
    # the grid marks the bid invalid for the low price
    grid = _grid(qtbot, controller, "compliance")
    assert "异常低价未通过审查" in _cell(grid, "B4", 0, Qt.ItemDataRole.ToolTipRole)


def test_two_of_five_rejecting_leave_the_bid_pending(qtbot: Any, controller: ProjectController) -> None:
    _low_b4(controller)
    page = PriceReviewPage(controller)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes only when shown
    dialog = _open_review(page, "B4")
    _fill(dialog)
    dialog.set_opinion("M1", False, "成本说明不充分")
    dialog.set_opinion("M2", False, "缺少社保证明")
    dialog.set_opinion("M3", True, "")
    assert dialog.conclusion.text() == "认可 1 / 不认可 2 / 未表态 2 → 尚未形成多数意见"
    dialog.accept()
    assert not dialog.isVisible()
    ev = load_project_evaluation(controller.path)
    assert len(sr.low_price_reviews(ev)["B4"].opinions) == 3 and ev.decisions == ()
    assert _status(controller, "B4") == "pending"
    assert _price_cell(page, "B4", STATUS) == "已要求说明（截止 10:40）"
    # a third acceptance makes the majority: accepted, the bid is valid again
    dialog = _open_review(page, "B4")
    dialog.set_opinion("M4", True, "")
    dialog.set_opinion("M5", True, "")
    assert dialog.conclusion.text().endswith("多数认可：价格说明成立")
    dialog.accept()
    assert _status(controller, "B4") == "valid"
    assert _price_cell(page, "B4", STATUS) == "认可"


def test_a_refused_review_records_nothing(qtbot: Any, controller: ProjectController) -> None:
    """Opinions before the bidder's explanation is summarised: the dialog says so; the service refuses too."""
    _low_b4(controller)
    page = PriceReviewPage(controller)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes only when shown
    dialog = _open_review(page, "B4")
    dialog.set_opinion("M1", True, "")
    dialog.accept()
    assert dialog.isVisible() and "说明内容摘要" in dialog.message.text()
    refused: list[str] = []
    controller.refused.connect(refused.append)
    assert not page.save_review(dialog.review())
    assert refused and sr.low_price_reviews(load_project_evaluation(controller.path)) == {}
