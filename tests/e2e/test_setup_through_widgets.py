"""End to end: the whole seed-001 tender typed in through the agent's workspace, then evaluated from the file.

Everything of the setup (project, rules, both checklists, the 17-factor matrix, six bidders with the
B4 capitals that disagree, five members) goes in through the window's own widgets: the new-project
dialog, the form fields, the add buttons and dialogs, the table cells, the rule editor. The
committee's records (verdicts, scores, decisions) belong to the evaluation session (issue 5) and are
copied in through the services. The file must then evaluate exactly as the shipped sample does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain import model as m
from app.exchange import evaluate_file, loads
from app.exchange.writer import evaluation_to_doc
from app.persistence.store import ProjectStore
from app.services import checks, decisions, scores
from app.services.project_io import export_text, load_project_evaluation
from app.services.setup import setup_of
from tests.conftest import SAMPLES
from widgets import main_window as mw
from widgets.main_window import MainWindow
from widgets.new_project import NewProjectDialog
from widgets.pages.matrix import RuleEditor
from widgets.settings import AppSettings

SAMPLE = SAMPLES / "pingdingshan-001.json"


def _cell(model: Any, row: int, column: int, value: str) -> None:
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole), (row, column, value)


def _check(model: Any, row: int, column: int, on: bool) -> None:
    if on:
        state = Qt.CheckState.Checked.value
        assert model.setData(model.index(row, column), state, Qt.ItemDataRole.CheckStateRole)


def _field(page: Any, key: str, text: str) -> None:
    widget = page.fields[key][0]
    if hasattr(widget, "setText"):
        widget.setText(text)
        widget.editingFinished.emit()
    else:
        widget.setCurrentIndex(widget.findData(text))
        widget.activated.emit(widget.currentIndex())
    assert page.fields[key][1](page.controller.ev()) == text or key.startswith(("low_", "small", "partner")), key


def _v(value: Any) -> str:
    return format(value, "f")


def _rule(editor: RuleEditor, factor: m.Factor) -> None:
    rule = factor.rule
    editor.kind.setCurrentIndex(editor.kind.findData(rule.type))
    if isinstance(rule, m.CountRule | m.HoursRule):
        editor.each.setText(_v(rule.each))
    if isinstance(rule, m.GradesRule | m.ItemsRule):
        editor.values.setText("/".join(_v(v) for v in rule.values))
    if isinstance(rule, m.RangeRule):
        editor.step.setText(_v(rule.step))
    if isinstance(rule, m.ItemsRule):
        editor.n.setText(str(rule.n))
    if isinstance(rule, m.HoursRule):
        editor.baseline.setText(_v(rule.baseline))
    assert editor.apply(), editor.error.text()


def _pct(rate: Any) -> str:
    return format((rate * 100).normalize(), "f") + "%"


def test_seed_001_typed_through_the_widgets_evaluates_as_the_sample(qtbot: Any, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    sample = loads(SAMPLE.read_bytes())
    p, r = sample.project, sample.rules
    settings = AppSettings(tmp_path / "s.ini")
    settings.sample_opened = True
    window = MainWindow(settings)
    window.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)

    # 1. the new-project dialog
    dialog = NewProjectDialog(window)
    dialog.name.setText(p.name)
    dialog.number.setText(p.number)
    dialog.method.setCurrentIndex(dialog.method.findData(p.method))
    dialog.budget.setText(_v(p.budget))
    path = tmp_path / "001.bidesk"
    assert window.new_project(path, dialog.project())
    assert window.workspace is not None
    ws = window.workspace

    # 2. project form and rules
    form: Any = ws.show_page("project")
    for key, text in (("purchaser", p.purchaser), ("agency", p.agency), ("ceiling", format(p.ceiling, ",f")),
                      ("industry", p.industry), ("opening", p.opening), ("small_deduction", _pct(r.small_deduction)),
                      ("partner_deduction", _pct(r.partner_deduction)),
                      ("partner_min_share", _pct(r.partner_min_share)), ("deduction_mode", r.deduction_mode),
                      ("averaging", r.averaging), ("decimals", str(r.decimals)), ("candidates", str(r.candidates)),
                      ("min_valid_bids", str(r.min_valid_bids)), ("low_average", _pct(r.low_price.average)),
                      ("low_second_lowest", _pct(r.low_price.second_lowest)),
                      ("low_ceiling", _pct(r.low_price.ceiling)), ("tie_break", "投标报价")):
        _field(form, key, text)

    # 3. checklists
    for stage in m.STAGES:
        page: Any = ws.show_page(stage)
        for item in sample.checklist(stage):
            assert page.add()
            row = page.current_row()
            _cell(page.model, row, 0, item.id)
            _cell(page.model, row, 1, item.name)
            if item.criterion:
                _cell(page.model, row, 2, item.criterion)

    # 4. the matrix
    matrix: Any = ws.show_page("matrix")
    for factor in sample.factors:
        assert matrix.add()
        row = matrix.current_row()
        for column, text in ((0, factor.id), (1, factor.name), (2, factor.category), (3, _v(factor.max))):
            _cell(matrix.model, row, column, text)
        matrix.select(row)
        _rule(matrix.editor, factor)
        _check(matrix.model, row, 5, factor.objective)
        _check(matrix.model, row, 6, factor.blind)
        if factor.group:
            _cell(matrix.model, row, 7, factor.group)
    assert matrix.total.text().startswith("合计 100 分")

    # 5. bidders (the opening record)
    bidders: Any = ws.show_page("bidders")
    for bid in sample.bidders:
        assert bid.price is not None
        bidders.add()
        bidders.dialog.name.setText(bid.name)
        bidders.dialog.price.setText(f"{bid.price:,}")
        bidders.dialog.accept()
        row = bidders.model.rowCount() - 1
        _cell(bidders.model, row, 0, bid.id)
        if bid.price_words and bid.price_words != bidders.model.index(row, 3).data():
            _cell(bidders.model, row, 3, bid.price_words)
        if bid.size:
            sizes = {"large": "大型", "medium": "中型", "small": "小型", "micro": "微型"}
            _cell(bidders.model, row, 5, sizes[bid.size])
        _check(bidders.model, row, 6, bid.prison)
        _check(bidders.model, row, 7, bid.disabled)
        if bid.partner_share is not None:
            _cell(bidders.model, row, 8, _pct(bid.partner_share))
        if bid.small_amount is not None:
            _cell(bidders.model, row, 9, _v(bid.small_amount))

    # 6. the committee
    members: Any = ws.show_page("committee")
    for member in sample.members:
        assert members.add()
        row = members.current_row()
        _cell(members.model, row, 0, member.id)
        _cell(members.model, row, 1, member.name)
        _cell(members.model, row, 2, {"expert": "评审专家", "purchaser": "采购人代表"}[member.role])
    members.select(1)
    assert members.make_leader()
    assert "组成符合规定" in members.findings.text()
    window.close_project()

    # The setup in the file is the sample's, field for field (the sample's own x notes aside).
    built = load_project_evaluation(path)
    want, got = evaluation_to_doc(setup_of(sample)), evaluation_to_doc(setup_of(built))
    want.pop("x", None)
    got.pop("x", None)
    assert got == want

    # The committee's records, through the services (their widgets are the evaluation session's).
    raw = json.loads(SAMPLE.read_text(encoding="utf-8"))
    with ProjectStore.open(path) as store:
        for c in raw.get("checks", []):
            checks.record_check(store, c["stage"], c["bidder"], c["item"], c["pass"], member=c.get("member"),
                                note=c.get("note", ""), by="test")
        for s in raw.get("scores", []):
            scores.record_score(store, s.get("member"), s["bidder"], s["factor"], s["value"], by="test")
        for d in raw.get("decisions", []):
            decisions.record_decision(store, d["bidder"], d["kind"], accepted=d.get("accepted"),
                                      reason=d.get("reason", ""), note=d.get("note", ""), by="test")
    exported = tmp_path / "001.json"
    exported.write_text(export_text(path), encoding="utf-8")
    assert evaluate_file(exported) == evaluate_file(SAMPLE)
