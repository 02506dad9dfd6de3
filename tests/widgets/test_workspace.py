"""The agent's workspace: every page and model, edits autosaved through the services, undo/redo, refusals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain import extras
from app.services.audit import audit_log
from app.services.project_io import export_text, load_project_evaluation
from widgets import main_window as mw
from widgets.main_window import MainWindow
from widgets.settings import AppSettings


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    assert w.open_sample()
    return w


def _set(model: Any, row: int, column: int, value: str) -> bool:
    return bool(model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole))


def _path(w: MainWindow) -> Path:
    assert w.controller is not None
    return w.controller.path


def test_the_sample_opens_as_a_copy_and_every_model_passes_qt_checks(window: MainWindow, qtmodeltester: Any,
                                                                     tmp_path: Path) -> None:
    assert _path(window).parent == tmp_path / "data" / "samples"
    assert window.settings.sample_opened
    assert window.workspace is not None
    for key in ("qualification", "compliance", "matrix", "bidders", "committee"):
        page = window.workspace.show_page(key)
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]
        assert page.model.rowCount() > 0  # type: ignore[attr-defined]
    results = window.workspace.show_page("results")  # the sample's members have not submitted: no ranking yet
    assert results.model is None and "已提交 0/5" in results.summary.text()  # type: ignore[attr-defined]
    assert window.save_state.text() == "已保存"


def test_an_inline_edit_is_saved_audited_and_undone(window: MainWindow) -> None:
    assert window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("matrix")
    before = export_text(_path(window))
    assert _set(page.model, 1, 1, "投标人业绩（修订）")
    assert load_project_evaluation(_path(window)).factors[1].name == "投标人业绩（修订）"
    assert audit_log(_path(window))[-1].entity == "setup"
    assert page.model.index(1, 1).data() == "投标人业绩（修订）"
    assert window.save_state.text().startswith("已保存 ")
    window.controller.undo_stack.undo()
    assert export_text(_path(window)) == before
    assert page.model.index(1, 1).data() != "投标人业绩（修订）"
    window.controller.undo_stack.redo()
    assert load_project_evaluation(_path(window)).factors[1].name == "投标人业绩（修订）"
    assert window.undo_action.text().startswith("撤销")


@pytest.mark.parametrize("column, value", [(3, "-1"), (3, "abc"), (3, "1"), (0, ""), (0, "F2")])
def test_a_refused_matrix_value_changes_nothing_and_says_why(window: MainWindow, column: int, value: str) -> None:
    assert window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("matrix")
    before = export_text(_path(window))
    # row 9 is F9 (grades 4/3/2/0): a max of 1 leaves its grades above the max
    assert not _set(page.model, 9, column, value)
    assert export_text(_path(window)) == before
    assert window.controller.last_error
    assert window.controller.undo_stack.count() == 0


def test_rule_editor_sets_grades_with_the_tenders_words(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("matrix")
    page.select(9)
    editor = page.editor
    assert editor.kind.currentData() == "grades"
    editor.words.setText("优/良/中/差")
    editor.text.setPlainText("技术服务承诺：优4分，良3分，中2分，差0分")
    assert editor.apply()
    ev = load_project_evaluation(_path(window))
    assert extras.grade_words(ev, ev.factors[9].id) == ("优", "良", "中", "差")
    assert "（优/良/中/差）" in page.model.index(9, 8).data()
    editor.words.setText("优/良")
    assert not editor.apply()
    assert "一一对应" in editor.error.text()
    editor.kind.setCurrentIndex(editor.kind.findData("range"))
    editor.step.setText("0.3")
    assert not editor.apply()  # 4 is not a multiple of 0.3 (and recorded grades would break)
    assert load_project_evaluation(_path(window)).factors[9].rule.type == "grades"


def test_matrix_total_warns_when_not_100(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("matrix")
    assert page.total.text().startswith("合计 100 分")
    page.select(16)
    assert page.add()
    assert "合计不是 100 分" in page.total.text()
    assert page.model.rowCount() == 18


def test_checklist_add_reorder_delete_with_undo(window: MainWindow) -> None:
    assert window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("qualification")
    n = page.model.rowCount()
    first = page.model.index(0, 0).data()
    page.select(0)
    assert page.move_entry(1)
    assert page.model.index(1, 0).data() == first
    assert page.add()
    new_row = page.current_row()
    assert _set(page.model, new_row, 1, "信用承诺函")
    assert page.model.rowCount() == n + 1
    page.select(new_row)
    assert page.delete()
    assert page.model.rowCount() == n
    for _ in range(4):  # delete, rename, add, move
        window.controller.undo_stack.undo()
    assert page.model.index(0, 0).data() == first
    assert page.model.rowCount() == n


def test_a_checklist_item_with_verdicts_cannot_be_deleted(window: MainWindow) -> None:
    assert window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("qualification")
    page.select(0)
    before = export_text(_path(window))
    assert not page.delete()
    assert "审查记录" in window.controller.last_error
    assert export_text(_path(window)) == before


def test_bidder_price_fills_capitals_and_flags_the_ceiling(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("bidders")
    page.add()
    dialog = page.dialog
    dialog.name.setText("新乡某科技有限公司")
    dialog.price.setText("2,600,000.5")
    assert dialog.words.text() == "贰佰陆拾万元伍角"
    dialog.accept()
    ev = load_project_evaluation(_path(window))
    bid = ev.bidders[-1]
    assert (bid.name, bid.price, bid.price_words) == ("新乡某科技有限公司", Decimal("2600000.50"), "贰佰陆拾万元伍角")
    row = page.model.rowCount() - 1
    assert "超过最高限价" in page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert _set(page.model, row, 2, "1,000,000")  # capitals filled from the figures follow them
    assert load_project_evaluation(_path(window)).bidders[-1].price_words == "壹佰万元整"
    assert _set(page.model, row, 3, "玖拾万元整")  # typed capitals prevail and are shown
    assert page.model.index(row, 4).data() == "900,000.00"
    assert not _set(page.model, row, 3, "玖拾万X")
    assert not _set(page.model, row, 5, "特大型")
    assert _set(page.model, row, 5, "小型")
    assert page.model.setData(page.model.index(row, 6), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert load_project_evaluation(_path(window)).bidders[-1].prison


def test_size_declaration_is_checked_against_the_industry(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("bidders")
    page.select(0)  # B1 declares small
    facts = page.facts
    facts.employees.setText("400")
    facts.revenue.setText("20000")
    facts.validity.setText("90")
    assert facts.apply()
    assert extras.bidder_facts(load_project_evaluation(_path(window)), "B1") == {
        "employees": 400, "revenue": "20000", "validity_days": 90}
    assert facts.result.text() == "大型"
    assert "声明为小型，按所属行业划型标准应为大型" in facts.findings.text()
    facts.employees.setText("abc")
    assert not facts.apply()


def test_committee_rules_and_leader(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("committee")
    assert "尚未确定评标委员会组长" in page.findings.text()
    page.select(1)
    assert page.make_leader()
    assert extras.leader(load_project_evaluation(_path(window))) == "M2"
    assert "组成符合规定" in page.findings.text()
    assert page.add()
    assert "应为单数" in page.findings.text()
    row = page.current_row()
    assert _set(page.model, row, 2, "采购人代表")  # 4 experts of 6: exactly two thirds, allowed
    assert "少于三分之二" not in page.findings.text()
    assert page.add()
    assert _set(page.model, page.current_row(), 2, "采购人代表")  # 4 of 7: fewer than two thirds
    assert "少于三分之二" in page.findings.text()
    assert not _set(page.model, row, 2, "监督人")


def test_project_form_saves_on_leaving_a_field_and_warns_outside_the_law(window: MainWindow) -> None:
    assert window.workspace is not None
    page: Any = window.workspace.show_page("project")
    edit, _show, note = page.fields["small_deduction"]
    edit.setText("25%")
    edit.editingFinished.emit()
    assert load_project_evaluation(_path(window)).rules.small_deduction == Decimal("0.25")
    assert "不在法定区间" in note.text()
    low, _show, low_note = page.fields["low_average"]
    low.setText("70%")
    low.editingFinished.emit()
    assert "65%" in low_note.text()
    assert load_project_evaluation(_path(window)).rules.low_price.average == Decimal("0.50")
    opening, _show, opening_note = page.fields["opening"]
    opening.setText("2025/11/25")
    opening.editingFinished.emit()
    assert "2025-11-25" in opening_note.text()
    combo, _show, _note = page.fields["method"]
    combo.setCurrentIndex(combo.findData("inquiry"))
    combo.activated.emit(combo.currentIndex())
    assert load_project_evaluation(_path(window)).project.method == "inquiry"


def test_new_project_and_recent_list(window: MainWindow, tmp_path: Path) -> None:
    from app.domain import model as m

    path = tmp_path / "新项目.bidesk"
    assert window.new_project(path, m.Project(name="新项目", method="open_tender", budget=Decimal("100")))
    assert window.windowTitle().endswith("[新项目.bidesk]")
    assert window.settings.recent()[0] == path.resolve()
    assert not window.new_project(path, m.Project(name="x", method="open_tender", budget=Decimal("1")))
    assert "无法新建项目" in window.last_error  # type: ignore[attr-defined]
    window.close_project()
    assert window.stack.currentWidget() is window.start
    assert window.start.recent.count() == 2


def test_a_damaged_file_is_refused_with_a_message(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bidesk"
    bad.write_bytes(b"not a project")
    assert not window.open_project(bad)
    assert "无法打开" in window.last_error  # type: ignore[attr-defined]
    assert window.workspace is not None  # the open project stays open


def test_import_a_tender_docx_into_a_new_project_through_the_preview(window: MainWindow, tmp_path: Path) -> None:
    from app.domain import model as m
    from tests.conftest import ROOT

    assert window.new_project(tmp_path / "n.bidesk", m.Project(name="n", method="open_tender", budget=Decimal("1")))
    assert window.controller is not None and window.workspace is not None
    dialog: Any = window.import_setup(ROOT / "tests" / "fixtures" / "tender-001.docx")
    assert dialog is not None and dialog.ok_enabled()
    draft = dialog.confirmed_draft()
    dialog.accept()
    ev = load_project_evaluation(_path(window))
    assert [f.id for f in ev.factors] == [f.id for f in draft.factors] and len(ev.factors) > 10
    assert len(ev.qualification) == len(draft.qualification) > 0
    matrix: Any = window.workspace.show_page("matrix")
    assert matrix.model.rowCount() == len(draft.factors)
    window.controller.undo_stack.undo()
    assert load_project_evaluation(_path(window)).factors == ()


def test_an_import_that_would_orphan_verdicts_is_refused(window: MainWindow) -> None:
    from tests.conftest import ROOT

    before = export_text(_path(window))
    dialog: Any = window.import_setup(ROOT / "tests" / "fixtures" / "tender-001.docx")
    dialog.accept()
    assert "无法导入 tender-001.docx" in window.last_error  # type: ignore[attr-defined]
    assert export_text(_path(window)) == before


def test_a_project_whose_audit_log_was_altered_opens_read_only_with_a_banner(qtbot: Any, tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    from app.services.members import submit_member
    from app.services.project_io import import_exchange
    from app.services.session import ProjectSession
    from tests.conftest import SAMPLES
    from widgets.controller import ProjectController
    from widgets.workspace import Workspace

    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    submit_member(path, "M1", by="agent")
    with closing(sqlite3.connect(path)) as con:
        con.execute("UPDATE member SET submitted_at = NULL WHERE id = 'M1'")
        con.commit()
    controller = ProjectController(ProjectSession.open(path))
    workspace = Workspace(controller)
    qtbot.addWidget(workspace)
    assert workspace.banner.isVisibleTo(workspace)
    assert "只读" in workspace.banner.text() and "评委的提交状态被清除" in workspace.banner.text()
    before = controller.ev().project.name
    assert not controller.edit("rename", lambda ev: __import__("dataclasses").replace(
        ev, project=__import__("dataclasses").replace(ev.project, name="改名")))
    assert "审计日志被改动" in controller.last_error or "只读" in controller.last_error
    assert controller.ev().project.name == before and controller.undo_stack.count() == 0
    controller.close()


def test_money_reads_with_separators_and_capitals_and_a_calendar_gives_the_date(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from app.services.project_io import import_exchange
    from app.services.session import ProjectSession
    from tests.conftest import SAMPLES
    from widgets.controller import ProjectController
    from widgets.pages.project_form import ProjectPage

    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    controller = ProjectController(ProjectSession.open(path))
    page = ProjectPage(controller)
    qtbot.addWidget(page)
    budget, _show, note = page.fields["budget"]
    assert budget.text() == "2,545,000.00"  # type: ignore[union-attr]
    assert "大写：贰佰伍拾肆万伍仟元整" in note.text()
    budget.setText("2,600,000.00")  # type: ignore[union-attr]
    budget.editingFinished.emit()  # type: ignore[union-attr]
    assert str(controller.ev().project.budget) == "2600000.00" and "贰佰陆拾万元整" in note.text()
    page.calendar_button.click()
    dialog = page.calendar_button.property("dialog")
    calendar = dialog.findChild(__import__("PySide6.QtWidgets", fromlist=["QCalendarWidget"]).QCalendarWidget)
    calendar.clicked.emit(QDate(2026, 3, 18))
    assert controller.ev().project.opening == "2026-03-18"
    controller.close()


def test_an_open_project_is_set_aside_from_the_collector_until_its_workspace_goes(qtbot: Any, tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch
                                                                                  ) -> None:
    import gc

    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    gc.unfreeze()
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    assert w.open_sample() and gc.isenabled()
    assert gc.get_freeze_count() > 0  # the evaluation read, its scores checked: frozen
    assert w.controller is not None
    before, made = gc.get_freeze_count(), [[] for _ in range(1000)]  # what a change makes (a new score tuple)
    w.controller.changed.emit(("scores",))
    assert gc.get_freeze_count() >= before + len(made)  # set aside after every change too
    w.close_project()
    # handed back once the workspace is gone: the closed project's cycles, if any, can be collected
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5000)
