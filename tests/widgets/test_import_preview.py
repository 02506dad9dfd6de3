"""The import preview: models, refused edits, OK only without problems, the corrected draft."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from app.domain.model import CountRule, RangeRule
from app.domain.problems import Problem
from app.exchange import loads
from app.exchange.setup_draft import SetupDraft
from app.exchange.setup_read import read_draft
from tests.conftest import ROOT, SAMPLES
from widgets.import_preview import COLUMNS, ChecklistModel, FactorPreviewModel, ImportPreviewDialog, RuleTypeDelegate

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def draft() -> SetupDraft:
    return read_draft(FIXTURES / "tender-001.docx")


def _row(draft: SetupDraft, fid: str) -> int:
    return [f.id for f in draft.factors].index(fid)


def _cell(model: FactorPreviewModel, fid: str, column: str) -> Any:
    return model.index(_row(model.draft, fid), COLUMNS.index(column))


def test_models_pass_qt_model_checks(qtmodeltester: Any, draft: SetupDraft) -> None:
    qtmodeltester.check(FactorPreviewModel(draft))
    qtmodeltester.check(ChecklistModel(draft.qualification))
    broken = dataclasses.replace(draft, factors=(dataclasses.replace(draft.factors[1], max=0, category=""),))
    qtmodeltester.check(FactorPreviewModel(broken))
    qtmodeltester.check(FactorPreviewModel(SetupDraft()))


def test_the_table_shows_the_draft_as_read(qtbot: Any, draft: SetupDraft) -> None:
    dialog = ImportPreviewDialog(draft)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 17 and model.headerData(4, Qt.Orientation.Horizontal) == "分值"
    row = [_cell(model, "F11", c).data() for c in ("id", "name", "category", "max", "type", "params")]
    assert row == ["F11", "系统软件运行维护方案", "技术", "6", "等级", "values=6/4/3/2/0"]
    assert _cell(model, "F11", "words").data().startswith("方案内容详尽、科学")
    assert _cell(model, "F1", "objective").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert _cell(model, "F4", "group").data() == "人员配备"
    assert dialog.total.text() == "分值合计 100 分"
    assert dialog.tabs.tabText(1) == "资格审查（11 项）" and dialog.tabs.tabText(2) == "符合性审查（7 项）"
    texts = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(t.startswith("提示") and "人员配备：2 个编号分项各有上限" in t for t in texts)
    assert dialog.ok_enabled()
    dialog.table.selectRow(_row(draft, "F14"))
    assert "5 分：故障处理方案严谨、科学、逻辑清晰" in dialog.detail.toPlainText()


def test_a_bad_value_is_refused_and_the_reason_shown(qtbot: Any, draft: SetupDraft) -> None:
    dialog = ImportPreviewDialog(draft)
    qtbot.addWidget(dialog)
    model = dialog.model
    index = _cell(model, "F14", "max")
    with qtbot.waitSignal(model.rejected) as blocker:
        assert not model.setData(index, "4")
    assert blocker.args == ["the value 5 is above the factor's max 4"]
    assert index.data() == "5" and model.draft == draft
    assert dialog.status.text() == "未接受修改：分值 5 高于该因素的满分 4"
    for column, value in (("params", "values=5/3/x"), ("words", "好/坏"), ("name", ""), ("type", "fancy")):
        assert not model.setData(_cell(model, "F14", column), value)
    assert model.draft == draft
    assert model.setData(_cell(model, "F14", "name"), "故障处理方案")  # a good edit clears the message
    assert dialog.status.text() == ""


def test_ok_is_disabled_while_the_draft_has_problems(qtbot: Any, draft: SetupDraft) -> None:
    # As a document gives a row it cannot read: no max, a placeholder range, no words.
    unfinished = dataclasses.replace(
        draft, factors=(*draft.factors[:-1], dataclasses.replace(draft.factors[-1], max=0, rule=RangeRule())),
        grade_words={k: v for k, v in draft.grade_words.items() if k != "F16"})
    dialog = ImportPreviewDialog(unfinished)
    qtbot.addWidget(dialog)
    assert not dialog.ok_enabled()
    assert dialog.issues.item(0).text() == "问题  F16.max：分值须大于 0，而不是 0"
    assert _cell(dialog.model, "F16", "max").data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.total.text() == "分值合计 97 分（通常应为 100 分）"
    assert dialog.model.setData(_cell(dialog.model, "F16", "max"), "3")
    assert dialog.ok_enabled() and dialog.total.text() == "分值合计 100 分"

    not_a_number = Problem.of("评分标准!D7", "setup_xlsx.not_number", '"%1" is not a number', "abc")
    bad_file = SetupDraft(read_problems=(not_a_number,), source="t.xlsx")
    refused = ImportPreviewDialog(bad_file)
    qtbot.addWidget(refused)
    assert not refused.ok_enabled()
    assert refused.issues.item(0).text() == "问题  评分标准!D7：“abc”不是数字"


def test_confirmed_draft_reflects_the_edits(qtbot: Any, draft: SetupDraft) -> None:
    dialog = ImportPreviewDialog(draft)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.setData(_cell(model, "F4", "name"), "项目经理证书")
    assert model.setData(_cell(model, "F5", "name"), "运维团队经验")
    assert model.setData(_cell(model, "F9", "blind"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(_cell(model, "F7", "params"), "each=0.5")
    confirmed = dialog.confirmed_draft()
    sample = loads((SAMPLES / "pingdingshan-001.json").read_bytes())
    assert [f.name for f in confirmed.factors] == [f.name for f in sample.factors]
    assert confirmed.factors[_row(draft, "F9")].blind
    assert confirmed.factors[_row(draft, "F7")].rule == CountRule(each=Decimal("0.5"))
    assert confirmed.grade_words == draft.grade_words and confirmed.ok


def test_the_rule_type_column_offers_the_six_types(qtbot: Any, draft: SetupDraft) -> None:
    dialog = ImportPreviewDialog(draft)
    qtbot.addWidget(dialog)
    index = _cell(dialog.model, "F16", "type")
    delegate = dialog.table.itemDelegateForColumn(COLUMNS.index("type"))
    assert isinstance(delegate, RuleTypeDelegate)
    editor = delegate.createEditor(dialog.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["价格", "计数", "等级", "区间", "分项", "时长"]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "等级"
    editor.setCurrentIndex(editor.findText("区间"))
    delegate.setModelData(editor, dialog.model, index)
    assert index.data() == "区间" and _cell(dialog.model, "F16", "params").data() == "step=0.01"
    editor.deleteLater()
