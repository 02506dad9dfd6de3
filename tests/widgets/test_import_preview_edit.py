"""The import preview's row editing (add after the selection, split, merge, delete) and the confirmation
an import needs when it would empty the matrix or leave rows unread."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.problems import Problem
from app.exchange.setup_draft import SetupDraft
from app.exchange.setup_read import read_draft
from tests.conftest import ROOT
from widgets.import_preview import COLUMNS, ImportPreviewDialog

CORPUS = ROOT / "tests" / "fixtures" / "tender_tables"


@pytest.fixture
def dialog(qtbot: Any) -> ImportPreviewDialog:
    shown = ImportPreviewDialog(read_draft(CORPUS / "issue16_cloud.docx"))
    qtbot.addWidget(shown)
    return shown


def _names(dialog: ImportPreviewDialog) -> list[str]:
    return [f.name for f in dialog.model.draft.factors]


def test_add_inserts_after_the_selection_and_selects_it(dialog: ImportPreviewDialog) -> None:
    dialog.table.selectRow(2)
    dialog.add_row()
    assert _names(dialog)[3] == "新评分因素"
    assert dialog.selected_row() == 3
    assert dialog.model.draft.factors[3].id not in {f.id for i, f in enumerate(dialog.model.draft.factors) if i != 3}


def test_editing_a_cell_keeps_the_row_selected(dialog: ImportPreviewDialog) -> None:
    dialog.table.selectRow(4)
    assert dialog.model.setData(dialog.model.index(4, COLUMNS.index("name")), "ISO9001认证", Qt.ItemDataRole.EditRole)
    assert dialog.selected_row() == 4
    assert _names(dialog)[4] == "ISO9001认证"


def test_split_merge_and_delete_rows(dialog: ImportPreviewDialog) -> None:
    count = len(_names(dialog))
    row = _names(dialog).index("服务方案")
    dialog.table.selectRow(row)
    dialog.split_row()
    factors = dialog.model.draft.factors
    assert [(f.name, f.max, f.group) for f in factors[row:row + 2]] == \
        [("服务方案（1）", Decimal(10), "服务方案"), ("服务方案（2）", Decimal(10), "服务方案")]
    dialog.table.selectRow(row)
    dialog.merge_row()
    assert len(_names(dialog)) == count and dialog.model.draft.factors[row].max == Decimal(20)
    dialog.table.selectRow(row)
    dialog.delete_row()
    assert "服务方案（1）" not in _names(dialog) and len(_names(dialog)) == count - 1
    assert dialog.model.draft.total == Decimal(80)


def test_row_edits_that_cannot_be_done_say_why(dialog: ImportPreviewDialog) -> None:
    dialog.table.clearSelection()
    dialog.split_row()
    assert "选中" in dialog.status.text()
    dialog.table.selectRow(0)  # the price factor
    dialog.split_row()
    assert "价格分不能拆分" in dialog.status.text()
    dialog.table.selectRow(len(_names(dialog)) - 1)
    dialog.merge_row()
    assert "没有可合并" in dialog.status.text()


def test_no_factors_cannot_replace_a_matrix_unconfirmed(qtbot: Any) -> None:
    from app.domain.model import CheckItem

    draft = SetupDraft(compliance=(CheckItem(id="C1", name="签字盖章", criterion="按要求"),), source="x.docx")
    shown = ImportPreviewDialog(draft, replacing=19)
    qtbot.addWidget(shown)
    asked: list[str] = []
    shown.ask = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    shown.accept()
    assert shown.result() != shown.DialogCode.Accepted
    assert "19" in asked[0] and "清空" in asked[0]
    assert "未导入" in shown.status.text()
    shown.ask = lambda text: True  # type: ignore[method-assign]
    shown.accept()
    assert shown.result() == shown.DialogCode.Accepted


def test_unrecognised_rows_are_named_in_the_confirmation(qtbot: Any) -> None:
    draft = read_draft(CORPUS / "seed002_luoyang.docx")
    import dataclasses

    draft = dataclasses.replace(draft, unread=(Problem("table 1 row 4", "运维方案"),))
    shown = ImportPreviewDialog(draft)
    qtbot.addWidget(shown)
    assert shown.losses() == ["读取时未能识别：运维方案（table 1 row 4）"]
    clean = ImportPreviewDialog(read_draft(CORPUS / "seed002_luoyang.docx"), replacing=12)
    qtbot.addWidget(clean)
    assert clean.losses() == []


def test_the_reader_lists_rows_it_could_not_read() -> None:
    import io

    import docx

    from app.exchange.setup_docx import draft_from_docx

    document = docx.Document()
    grid = document.add_table(rows=3, cols=3)
    for c, word in enumerate(("评审内容", "分值", "评审标准")):
        grid.cell(0, c).text = word
    for c, word in enumerate(("售后服务", "10", "由评委综合评定")):
        grid.cell(1, c).text = word
    grid.cell(2, 2).text = "得5分"
    out = io.BytesIO()
    document.save(out)
    draft = draft_from_docx(out.getvalue(), "t.docx")
    assert [(p.path, p.message) for p in draft.unread] == [("table 1 row 2", "售后服务"), ("table 1 row 3", "得5分")]


def test_the_readers_guesses_are_worded_in_the_window_language(dialog: ImportPreviewDialog) -> None:
    lines = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert "提示  表 1 第 5 行：服务承诺：2 个条款各有上限（3 + 2 = 5），读作分组“服务承诺”下的 2 个评分因素" in lines
    assert "提示  表 1 第 5 行：故障响应：读作 时长（baseline=6; each=1）；未找到类别，请在预览中设置；" \
        "客观分（各评委须评分一致）" in lines
    assert not [line for line in lines if " read as " in line or "per item" in line]


def test_every_refusal_of_the_rule_editor_says_why(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from widgets import main_window as mw
    from widgets.main_window import MainWindow
    from widgets.settings import AppSettings

    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    window.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    assert window.open_sample() and window.workspace is not None
    page: Any = window.workspace.show_page("matrix")
    editor = page.editor
    page.select(9)
    editor.kind.setCurrentIndex(editor.kind.findData("range"))
    editor.step.setText("0.3")
    assert not editor.apply()
    assert editor.error.text().endswith("分值 4 不是步长 0.3 的整数倍")
    page.table.clearSelection()
    editor.show_factor(-1)
    assert not editor.apply()
    assert "请先在左侧列表中选中一个评分因素" in editor.error.text()
