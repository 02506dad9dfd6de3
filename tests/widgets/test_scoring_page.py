"""独立评分: each editor records the right raw value and cannot produce a forbidden one; a member sees only
their own sheet; blind factors hide names until every member has submitted; a submitted sheet is locked."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain import extras
from app.domain import model as m
from app.domain.session_records import evidence
from app.services.audit import audit_log
from app.services.project_io import load_project_evaluation
from app.services.session import ProjectSession
from app.services.setup import create_project, setup_of
from widgets import score_editors as se
from widgets.controller import ProjectController
from widgets.pages.scoring import (
    SCORE,
    CorrectionDialog,
    EvidenceDialog,
    ProjectSheetSource,
    ScoringPage,
    SheetData,
    SheetSource,
    bid_statuses,
)

ITEM_VALUES = tuple(Decimal(v) for v in ("0.8", "0.6", "0.4", "0.2", "0"))


def _page(qtbot: Any, controller: ProjectController) -> ScoringPage:
    page = ScoringPage(ProjectSheetSource(controller))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture()
def page(qtbot: Any, controller: ProjectController) -> ScoringPage:
    return _page(qtbot, controller)


@pytest.fixture()
def fresh(qtbot: Any, controller: ProjectController, tmp_path: Path) -> Iterator[ProjectController]:
    """The sample's setup with nothing recorded (no scores, no verdicts)."""
    path = tmp_path / "fresh.bidesk"
    create_project(path, setup_of(controller.ev()), by="agent")
    c = ProjectController(ProjectSession.open(path))
    yield c
    c.close()


def _stored(controller: ProjectController, member: str | None, bidder: str, factor: str) -> object:
    ev = load_project_evaluation(controller.path)
    found = [s.value for s in ev.scores if (s.member, s.bidder, s.factor) == (member, bidder, factor)]
    return found[0] if found else "missing"


def _factor(controller: ProjectController, fid: str) -> m.Factor:
    return next(f for f in controller.ev().factors if f.id == fid)


def _change_factor(controller: ProjectController, fid: str, **changes: Any) -> None:
    def edit(ev: m.Evaluation) -> m.Evaluation:
        factors = tuple(dataclasses.replace(f, **changes) if f.id == fid else f for f in ev.factors)
        return dataclasses.replace(ev, factors=factors)

    assert controller.edit("test", edit), controller.last_error


def _cells(model: QAbstractItemModel, roles: tuple[int, ...] = (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole)) -> list[str]:
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in roles:
                value = model.index(r, c).data(role)
                if value is not None:
                    out.append(str(value))
    return out


def _row(page: ScoringPage, bidder: str) -> int:
    row = page.sheet_model.row_of(bidder)
    assert row >= 0
    return row


def _open_editor(page: ScoringPage, bidder: str) -> QWidget:
    index = page.sheet_model.index(_row(page, bidder), SCORE)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert editor is not None
    return editor


def _focus(editor: QWidget) -> QWidget:
    return editor.focusProxy() or editor


# -- the models ---------------------------------------------------------------------------------------
def test_the_models_pass_qt_checks(page: ScoringPage, qtmodeltester: Any) -> None:
    assert isinstance(page.source, SheetSource)
    qtmodeltester.check(page.factor_model)
    for fid in ("F1", "F2", "F3", "F8"):
        assert page.select_factor(fid)
        qtmodeltester.check(page.sheet_model)
    page.set_member(None)
    assert page.select_factor("F3")
    qtmodeltester.check(page.items_grid.model)
    assert page.items_grid.model.rowCount() == 2


def test_the_factor_list_shows_groups_maxima_objective_marks_and_progress(page: ScoringPage) -> None:
    rows = {page.factor_model.factors[r].id: [page.factor_model.index(r, c).data() for c in range(4)]
            for r in range(page.factor_model.rowCount())}
    assert "P" not in rows
    assert rows["F4"] == ["技术 · 人员配备", "F4 项目经理证书 (6 分)", "客观", "5/5"]
    assert rows["F8"][2] == "" and rows["F8"][3] == "5/5"
    assert "王建国 已评 80/80 · 未提交" in page.progress.text().splitlines()
    page.set_member(None)
    assert [f.id for f in page.factor_model.factors] == ["F1", "F2", "F3", "F4", "F5", "F6", "F7"]
    assert page.member_box.currentText() == "评标委员会（客观分联合认定）"
    assert not page.submit_button.isVisible()


def test_invalid_bids_are_greyed_and_not_editable(page: ScoringPage) -> None:
    page.select_factor("F8")
    row = _row(page, "B3")  # over the ceiling and failing a compliance item
    assert page.sheet_model.index(row, SCORE).data() == "（无效，不评分）"
    assert not page.sheet_model.flags(page.sheet_model.index(row, SCORE)) & Qt.ItemFlag.ItemIsEditable
    assert page.sheet_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not page.record("B3", "4")


# -- editors --------------------------------------------------------------------------------------------
def test_the_grades_editor_shows_the_tenders_words_a_digit_selects_and_tab_goes_down_the_column(
        qtbot: Any, controller: ProjectController) -> None:
    words = ["优", "良", "中", "差"]
    assert controller.edit("words", lambda ev: extras.with_entry(ev, extras.GRADE_WORDS, "F8", words))
    page = _page(qtbot, controller)
    page.set_member("M2")
    page.select_factor("F8")
    assert "4/3/2/0 分（优/良/中/差）" in page.standard.text()
    editor = _open_editor(page, "B1")
    assert isinstance(editor, se.GradesEditor)
    texts = [editor.itemText(i) for i in range(editor.count())]
    assert texts == ["4 分（优）", "3 分（良）", "2 分（中）", "0 分（差）"]
    qtbot.keyClick(editor, "2")
    assert editor.currentText() == "2 分（中）"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _stored(controller, "M2", "B1", "F8") == "2"
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "2 分（中）"
    assert page.sheet_model.index(_row(page, "B1"), 2).data() == "2"
    # Tab went down the column to the next bid (B2) and opened its editor
    assert page.table.currentIndex().row() == _row(page, "B2")
    assert isinstance(page.table.indexWidget(page.table.currentIndex()), se.GradesEditor)


def test_a_grade_without_words_is_just_its_points() -> None:
    factor = m.Factor("G", "等级", "技术", Decimal(6), m.GradesRule(tuple(Decimal(v) for v in "64320")))
    editor = se.GradesEditor(factor)
    assert [editor.itemText(i) for i in range(editor.count())] == ["6 分", "4 分", "3 分", "2 分", "0 分"]
    assert editor.score() is se.NO_VALUE
    editor.set_score("3")
    assert editor.score() == "3"


def test_the_count_spinner_stops_where_more_items_add_nothing_and_records_an_int(
        qtbot: Any, page: ScoringPage, controller: ProjectController) -> None:
    page.set_member("M2")
    page.select_factor("F2")  # count, 2 points each, max 10, scored by every member
    editor = _open_editor(page, "B1")
    assert isinstance(editor, se.CountEditor)
    assert editor.spin.maximum() == 5
    editor.spin.setValue(9)
    assert editor.spin.value() == 5
    editor.spin.setValue(3)
    assert editor.note.text() == "= 3 × 2 = 6 分"
    spin = _focus(editor)
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, "4")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert _stored(controller, "M2", "B1", "F2") == 4
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "4 项"
    assert page.sheet_model.index(_row(page, "B1"), 2).data() == "8"


def test_the_count_note_says_when_the_max_caps_the_points() -> None:
    factor = m.Factor("C", "业绩", "商务", Decimal(5), m.CountRule(Decimal(2)))
    editor = se.CountEditor(factor)
    assert editor.spin.maximum() == 3
    editor.set_score(3)
    assert editor.note.text() == "= 3 × 2，封顶 5 分"
    assert editor.score() == 3


def test_the_range_editor_refuses_digits_beyond_the_step_and_the_max(qtbot: Any) -> None:
    factor = m.Factor("R", "方案", "技术", Decimal(5), m.RangeRule(Decimal("0.01")))
    editor = se.RangeEditor(factor)
    qtbot.addWidget(editor)
    editor.lineEdit().clear()
    qtbot.keyClicks(editor, "2.345")
    assert editor.lineEdit().text() == "2.34"
    assert editor.score() == "2.34"
    assert isinstance(editor.score(), str)
    editor.lineEdit().clear()
    qtbot.keyClicks(editor, "7")
    assert editor.lineEdit().text() == ""
    editor.setValue(editor.maximum())
    assert editor.score() == "5"
    half = se.RangeEditor(m.Factor("H", "方案", "技术", Decimal(2), m.RangeRule(Decimal("0.5"))))
    qtbot.addWidget(half)
    half.lineEdit().clear()
    qtbot.keyClicks(half, "1.25")  # 1.2 is no multiple of 0.5: the 2 is refused
    assert half.lineEdit().text() == "1.5"
    assert half.score() == "1.5"


def test_a_range_score_is_recorded_as_a_decimal_string(qtbot: Any, controller: ProjectController) -> None:
    _change_factor(controller, "F9", rule=m.RangeRule(Decimal("0.01")))  # max 4; the members' grades stay valid
    page = _page(qtbot, controller)
    page.set_member("M3")
    page.select_factor("F9")
    editor = _open_editor(page, "B4")
    assert isinstance(editor, se.RangeEditor)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2.345")
    assert editor.lineEdit().text() == "2.34"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the event loop
    qtbot.waitUntil(lambda: _stored(controller, "M3", "B4", "F9") == "2.34")
    assert page.sheet_model.index(_row(page, "B4"), 2).data() == "2.34"


def test_the_hours_editor_records_hours_or_no_commitment(qtbot: Any, controller: ProjectController) -> None:
    _change_factor(controller, "F10", rule=m.HoursRule(Decimal(4), Decimal(1)))  # max 3
    page = _page(qtbot, controller)
    page.set_member("M2")
    page.select_factor("F10")
    editor = _open_editor(page, "B2")
    assert isinstance(editor, se.HoursEditor)
    editor.hours.clear()
    qtbot.keyClicks(editor.hours, "1.5")
    assert editor.note.text() == "得 2 分"
    qtbot.keyClicks(editor.hours, "x-")  # refused by the field
    assert editor.hours.text() == "1.5"
    qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert _stored(controller, "M2", "B2", "F10") == "1.5"
    editor = _open_editor(page, "B2")
    assert isinstance(editor, se.HoursEditor)
    assert editor.hours.text() == "1.5"
    editor.none_box.setChecked(True)
    assert editor.note.text() == "得 0 分"
    qtbot.keyClick(editor.none_box, Qt.Key.Key_Tab)
    assert _stored(controller, "M2", "B2", "F10") is None
    assert page.sheet_model.index(_row(page, "B2"), SCORE).data() == "未承诺"


def test_a_refused_value_leaves_the_old_value_shown(page: ScoringPage, controller: ProjectController) -> None:
    page.set_member("M2")
    page.select_factor("F8")
    index = page.sheet_model.index(_row(page, "B1"), SCORE)
    before = index.data()
    assert not page.sheet_model.setData(index, "5")  # not a grade of F8: the domain refuses it
    assert index.data() == before
    assert _stored(controller, "M2", "B1", "F8") == "4"
    assert "5" in page.message.text()


# -- items -----------------------------------------------------------------------------------------------
@pytest.fixture()
def items45(qtbot: Any, controller: ProjectController, tmp_path: Path) -> Iterator[ProjectController]:
    """A fresh project whose F3 is a 45-item factor (0.8/0.6/0.4/0.2/0 each, max 10)."""
    ev = setup_of(controller.ev())
    factors = tuple(dataclasses.replace(f, rule=m.ItemsRule(45, ITEM_VALUES), max=Decimal(10)) if f.id == "F3" else f
                    for f in ev.factors)
    path = tmp_path / "items.bidesk"
    create_project(path, dataclasses.replace(ev, factors=factors), by="agent")
    c = ProjectController(ProjectSession.open(path))
    yield c
    c.close()


def test_the_45_item_grid_works_with_the_keyboard_alone(qtbot: Any, items45: ProjectController) -> None:
    page = _page(qtbot, items45)
    page.set_member(None)
    page.select_factor("F3")
    page.select_bidder("B1")
    grid = page.items_grid
    view = grid.view
    assert grid.isVisible() and grid.model.rowCount() == 45
    assert grid.model.headerData(44, Qt.Orientation.Vertical) == "子项 45"
    view.setFocus()
    assert view.currentIndex().row() == 0
    # 8 → 0.8 and down; 6 → 0.6 and down; 0 sets 0 and waits (0.x may follow), Enter moves down
    qtbot.keyClick(view, "8")
    qtbot.keyClick(view, "6")
    qtbot.keyClick(view, "0")
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "0.4")  # typed in full
    assert [grid.model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(4)] == ["0.8", "0.6", "0", "0.4"]
    assert view.currentIndex().row() == 4
    qtbot.keyClick(view, "9")  # no such grade: nothing happens
    assert view.currentIndex().row() == 4 and grid.model.entries[4] is None
    for _ in range(40):
        qtbot.keyClick(view, "2")
    assert view.currentIndex().row() == 44
    assert "已评 44/45" in grid.total.text()
    assert _stored(items45, None, "B1", "F3") == "missing"  # recorded only when every sub-item is set
    qtbot.keyClick(view, "8")
    value = _stored(items45, None, "B1", "F3")
    assert value == ["0.8", "0.6", "0", "0.4"] + ["0.2"] * 40 + ["0.8"]
    assert "合计 10.6 分（上限 10 分）· 已评 45/45" in grid.total.text()
    assert page.sheet_model.index(_row(page, "B1"), 2).data() == "10"  # capped at the max
    # arrows move; a typed grade changes the stored value at once now that it is complete
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 42
    qtbot.keyClick(view, "4")
    value = _stored(items45, None, "B1", "F3")
    assert isinstance(value, list) and value[42] == "0.4" and len(value) == 45
    assert view.currentIndex().row() == 43


def test_a_partly_typed_items_entry_is_kept_while_looking_at_another_bid(qtbot: Any,
                                                                         items45: ProjectController) -> None:
    page = _page(qtbot, items45)
    page.set_member(None)
    page.select_factor("F3")
    page.select_bidder("B1")
    qtbot.keyClicks(page.items_grid.view, "864")
    page.select_bidder("B2")
    assert page.items_grid.entries() == [None] * 45
    page.select_bidder("B1")
    assert page.items_grid.entries()[:3] == [Decimal("0.8"), Decimal("0.6"), Decimal("0.4")]


def test_items_on_a_members_sheet_show_the_joint_score_read_only(page: ScoringPage) -> None:
    page.set_member("M4")
    page.select_factor("F3")
    page.select_bidder("B2")
    assert page.items_grid.model.read_only
    assert page.items_grid.score() == ["5", "3"]
    assert not page.items_grid.model.setData(page.items_grid.model.index(0, 0), "0")


# -- whose scores are shown ------------------------------------------------------------------------------
def test_a_member_sees_only_their_own_scores(page: ScoringPage, controller: ProjectController) -> None:
    ev = load_project_evaluation(controller.path)
    own = {(s.member, s.bidder, s.factor): s.value for s in ev.scores}
    differ = 0
    page.set_member("M2")
    for factor in (f for f in ev.factors if not f.is_price):
        assert page.select_factor(factor.id)
        for row in page.sheet_model.rows:
            if row.invalid:
                continue
            joint = (None, row.bidder, factor.id) in own
            key = (None if joint else "M2", row.bidder, factor.id)
            shown = page.sheet_model.index(_row(page, row.bidder), SCORE).data()
            expected = se.value_text(factor, own[key], extras.grade_words(ev, factor.id))
            assert shown == expected + ("（联合认定）" if joint else "")
            other = own.get(("M3", row.bidder, factor.id))
            if not joint and other is not None and se.score_points(factor, other) != se.score_points(
                    factor, own[key]):
                differ += 1
                assert shown != se.value_text(factor, other, extras.grade_words(ev, factor.id))
    assert differ > 0  # M3 scored some bids differently: the check above means something
    # B1 on F8: M2 gave 4, M3 gave 3
    page.select_factor("F8")
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "4 分"
    page.set_member("M3")
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "3 分"


def test_the_joint_score_is_read_only_on_a_members_sheet_and_recorded_on_the_committees(
        page: ScoringPage, controller: ProjectController) -> None:
    page.set_member("M2")
    page.select_factor("F1")
    index = page.sheet_model.index(_row(page, "B1"), SCORE)
    assert index.data() == "2 项（联合认定）"
    assert not page.sheet_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("联合认定")
    assert not page.record("B1", 1)
    page.set_member(None)
    page.select_factor("F1")
    assert page.record("B1", 1)
    assert _stored(controller, None, "B1", "F1") == 1
    page.set_member("M2")
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "1 项（联合认定）"


# -- blind factors ----------------------------------------------------------------------------------------
def test_blind_factors_show_codes_sorted_until_every_member_has_submitted(
        page: ScoringPage, controller: ProjectController) -> None:
    _change_factor(controller, "F9", blind=True)
    names = [b.name for b in controller.ev().bidders]
    page.set_member("M2")
    page.select_factor("F9")
    assert page.sealed()
    codes = page.source.codes()
    labels = [r.label for r in page.sheet_model.rows]
    assert labels == sorted(codes.values())
    shown = [*_cells(page.sheet_model), page.standard.text(), page.items_grid.title.text()]
    assert not [t for t in shown if any(name in t for name in names)]
    assert not [t for t in shown if any(b.id in t.split() for b in controller.ev().bidders)]
    # scoring still works under the code
    code = codes["B1"]
    row = next(i for i, r in enumerate(page.sheet_model.rows) if r.label == code)
    assert page.sheet_model.setData(page.sheet_model.index(row, SCORE), "2")
    assert _stored(controller, "M2", "B1", "F9") == "2"
    # a non-blind factor shows names
    page.select_factor("F8")
    assert not page.sealed() and page.sheet_model.rows[0].label == names[0]
    for member in ("M1", "M2", "M3", "M4", "M5"):
        page.set_member(member)
        assert page.submit(), controller.last_error
    page.select_factor("F9")
    assert not page.sealed()
    assert [r.label for r in page.sheet_model.rows] == names


# -- submitting and the lock -------------------------------------------------------------------------------
def test_submit_locks_the_sheet_and_a_correction_needs_a_reason_and_category(
        page: ScoringPage, controller: ProjectController) -> None:
    page.set_member("M2")
    page.select_factor("F8")
    assert not page.lock_label.isVisible()
    assert page.submit()
    assert page.lock_label.isVisible()
    assert page.lock_label.text() == "已提交，修改需说明理由及第六十四条类别"
    assert not page.submit_button.isEnabled()
    assert "李秀英 已评 80/80 · 已提交" in page.progress.text().splitlines()
    # a change opens the dialog; cancelled, nothing is recorded
    assert not page.record("B1", "2")
    dialog = page.dialog
    assert isinstance(dialog, CorrectionDialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
    assert _stored(controller, "M2", "B1", "F8") == "4"
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "4 分"
    # without a reason the domain refuses it too
    assert not page.source.record("M2", "B1", "F8", "2")
    assert _stored(controller, "M2", "B1", "F8") == "4"
    # with reason and category it is recorded, and audited with the category
    assert not page.record("B1", "2")
    dialog = page.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.reason_edit.setText("复核发现汇总错误")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("summation_error"))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _stored(controller, "M2", "B1", "F8") == "2"
    event = audit_log(controller.path)[-1]
    assert event.art64 == "summation_error" and event.reason == "复核发现汇总错误"
    assert page.sheet_model.index(_row(page, "B1"), SCORE).data() == "2 分"
    # another member's sheet is still open
    page.set_member("M3")
    assert not page.lock_label.isVisible()
    assert page.record("B1", "2")


def test_submit_is_refused_while_scores_are_missing_and_progress_counts(qtbot: Any, fresh: ProjectController) -> None:
    page = _page(qtbot, fresh)
    refusals: list[str] = []
    fresh.refused.connect(refusals.append)
    page.set_member("M1")
    assert "王建国 已评 0/80 · 未提交" in page.progress.text().splitlines()
    assert not page.submit()
    assert refusals and page.message.text() == refusals[-1]
    assert not page.lock_label.isVisible()
    page.select_factor("F8")
    row = page.factor_model.row_of("F8")
    assert page.factor_model.index(row, 3).data() == "0/5"
    assert page.record("B1", "4") and page.record("B2", "3")
    assert page.factor_model.index(row, 3).data() == "2/5"
    assert "王建国 已评 2/80 · 未提交" in page.progress.text().splitlines()
    assert page.message.text() == ""
    # a joint objective score counts on every member's sheet
    page.set_member(None)
    page.select_factor("F1")
    assert page.record("B1", 2)
    assert "李秀英 已评 1/80 · 未提交" in page.progress.text().splitlines()
    assert "王建国 已评 3/80 · 未提交" in page.progress.text().splitlines()
    page.set_member("M2")
    assert page.factor_model.index(page.factor_model.row_of("F1"), 3).data() == "1/5"


# -- evidence ---------------------------------------------------------------------------------------------
def test_evidence_lines_are_recorded_and_the_count_follows_them(page: ScoringPage,
                                                                controller: ProjectController) -> None:
    page.set_member("M2")
    page.select_factor("F2")
    page.select_bidder("B1")
    assert page.evidence_button.isVisible() and page.evidence_button.isEnabled()
    assert page.open_evidence()
    dialog = page.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.by_lines.isChecked()
    dialog.text.setPlainText("合同 A\n\n合同 B\n合同 C\n合同 D\n")
    dialog.accept()
    ev = load_project_evaluation(controller.path)
    assert evidence(ev, "M2", "B1", "F2") == ("合同 A", "合同 B", "合同 C", "合同 D")
    assert _stored(controller, "M2", "B1", "F2") == 4
    row = _row(page, "B1")
    assert page.sheet_model.index(row, 3).data() == "合同 A；合同 B；合同 C；合同 D"
    # without the box, the count stays as it is
    assert page.open_evidence()
    dialog = page.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert dialog.lines() == ["合同 A", "合同 B", "合同 C", "合同 D"]
    dialog.by_lines.setChecked(False)
    dialog.text.setPlainText("合同 A")
    dialog.accept()
    assert evidence(load_project_evaluation(controller.path), "M2", "B1", "F2") == ("合同 A",)
    assert _stored(controller, "M2", "B1", "F2") == 4
    # not for a joint score on a member's sheet
    page.select_factor("F1")
    assert not page.evidence_button.isEnabled() and not page.open_evidence()


def test_changes_made_elsewhere_show_up(page: ScoringPage, controller: ProjectController) -> None:
    page.set_member("M5")
    page.select_factor("F12")
    assert controller.run(lambda: controller.session.record_score("M5", "B6", "F12", "1", by="agent"))
    assert page.sheet_model.index(_row(page, "B6"), SCORE).data() == "1 分"
    _change_factor(controller, "F12", name="安全服务方案（修订）")
    assert "F12 安全服务方案（修订）" in page.standard.text()


def test_the_progress_patched_after_each_edit_equals_a_fresh_count(page: ScoringPage,
                                                                   controller: ProjectController) -> None:
    data = page.data_snapshot()
    assert data is not None
    page.set_member(None)
    page.select_factor("F2")  # every member scored F2 themselves; a joint score now stands in their place
    assert page.record("B1", 2)
    page.set_member("M1")
    page.select_factor("F8")
    assert page.record("B2", "0")
    assert page.data_snapshot() is data  # patched, not rebuilt
    fresh = SheetData(controller.ev(), bid_statuses(controller.ev()))
    assert data.scores == fresh.scores and data.joint == fresh.joint and +data.own == +fresh.own
    for member in ("M1", "M2", "M3", "M4", "M5"):
        assert data.member_done(member) == fresh.member_done(member) == (80, 80)
    assert page.factor_model.index(page.factor_model.row_of("F2"), 3).data() == "5/5"


def test_typing_a_grade_on_the_table_opens_the_editor_with_it_chosen(qtbot: Any, page: ScoringPage,
                                                                    controller: ProjectController) -> None:
    page.set_member("M4")
    page.select_factor("F11")  # 6/4/3/2/0
    page.select_bidder("B5")
    page.table.setFocus()
    qtbot.keyClick(page.table, "3")
    editor = page.table.indexWidget(page.table.currentIndex())
    assert isinstance(editor, se.GradesEditor) and editor.currentText() == "3 分"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _stored(controller, "M4", "B5", "F11") == "3"
    assert page.table.currentIndex().row() == _row(page, "B6")


def test_a_sheet_follows_the_sessions_changes_as_a_fresh_sheet_would(tmp_path: Path) -> None:
    """Patched with the entries the session says it replaced (no comparison of every score), the sheet's scores
    and progress are those of a sheet built from the new evaluation; a change the session does not know
    (None) is found by comparing."""
    from app.services.project_io import import_exchange
    from tests.conftest import SAMPLES
    from widgets.pages.sheet_data import bid_statuses

    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    with ProjectSession.open(path) as session:
        old = session.evaluation()
        statuses = bid_statuses(old)
        for told in (session.score_changes, lambda _a, _b: None):
            sheet = SheetData(old, statuses)
            f = next(f for f in old.factors if isinstance(f.rule, m.GradesRule) and not f.objective)
            for bidder, value in (("B1", f.rule.values[-1]), ("B2", f.rule.values[-1]), ("B1", f.rule.values[0])):
                session.record_score("M2", bidder, f.id, str(value), by="test")
            new = session.evaluation()
            sheet.update(new, statuses, told)
            fresh = SheetData(new, statuses)
            assert sheet.scores == fresh.scores and sheet.own == fresh.own and sheet.joint == fresh.joint
            old = new
