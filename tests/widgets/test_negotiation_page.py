"""The negotiation page: in the navigator only for the methods that negotiate; rounds, refusals and the outcome
recorded through the services; live capitals; English throughout."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from app.domain import negotiation as ng
from app.services.audit import audit_log
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.session import ProjectSession
from tests.conftest import SAMPLES
from tests.negotiation_kit import bare_single
from widgets.controller import ProjectController
from widgets.pages.negotiation import KEY, NegotiationPage
from widgets.workspace import Workspace


def _controller(tmp_path: Path, sample: str, method: str | None = None) -> ProjectController:
    src = SAMPLES / sample
    if sample == "jiaozuo-000-single-source.json":
        src = bare_single(tmp_path, method)
    elif method is not None:
        doc = json.loads(src.read_text(encoding="utf-8"))
        doc["project"]["method"] = method
        src = tmp_path / "src.json"
        src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "p.bidesk"
    import_exchange(src, path)
    return ProjectController(ProjectSession.open(path))


@pytest.fixture()
def single(tmp_path: Path) -> Iterator[ProjectController]:
    c = _controller(tmp_path, "jiaozuo-000-single-source.json")
    yield c
    c.close()


def _keys(w: Workspace) -> list[str]:
    nav = w.navigator
    return [nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nav.count()) if nav.item(i).data(
        Qt.ItemDataRole.UserRole)]


def test_the_row_is_there_only_for_negotiated_methods(single: ProjectController, qtbot: Any) -> None:
    w = Workspace(single)
    qtbot.addWidget(w)
    keys = _keys(w)
    assert keys[keys.index("price") + 1] == KEY
    page = w.show_page(KEY)
    assert isinstance(page, NegotiationPage) and w.stack.currentWidget() is page
    assert w.show_page("results") is w.pages["results"]  # the rows after it still lead to their pages
    assert w.stack.currentWidget() is w.pages["results"]
    # the method changes to an open tender: the row goes away, the other rows still work
    assert single.edit("method", lambda ev: dataclasses.replace(
        ev, project=dataclasses.replace(ev.project, method="open_tender"),
        rules=dataclasses.replace(ev.rules, min_valid_bids=1)))
    assert KEY not in _keys(w)
    assert w.show_page("reports") is w.pages["reports"]
    single.undo_stack.undo()
    assert KEY in _keys(w)


def test_a_tender_has_no_negotiation_row(tmp_path: Path, qtbot: Any) -> None:
    c = _controller(tmp_path, "pingdingshan-001.json")
    try:
        w = Workspace(c)
        qtbot.addWidget(w)
        assert KEY not in _keys(w)
    finally:
        c.close()


def test_a_round_a_refusal_and_the_outcome(single: ProjectController, qtbot: Any, tmp_path: Path) -> None:
    page = NegotiationPage(single)
    qtbot.addWidget(page)
    page.resize(1000, 1100)
    page.show()
    assert not page.no_final_box.isVisible() and page.outcome_box.isVisible()
    page.price.setText("1150000")
    assert page.capitals.text() == "大写应为：壹佰壹拾伍万元整"
    page.words.setText("壹佰壹拾万元整")  # not the figures
    page.speaker.setText("张三")
    page.terms.insertRow(0)
    for col, text in enumerate(("付款方式", "分三期支付", "分三期支付，每期三分之一")):
        page.terms.setItem(0, col, QTableWidgetItem(text))
    assert not page.record_round()
    assert "不一致" in page.message.text() and "第 1 轮协商" in page.message.text()
    assert ng.negotiation(single.ev()).rounds == ()
    page.words.setText("壹佰壹拾伍万元整")
    assert page.record_round() and page.message.text() == ""
    cell = page.rounds.item(0, 3)
    assert page.rounds.rowCount() == 1 and cell is not None and cell.text() == "1,150,000.00 元"
    assert page.number.value() == 2
    stored = ng.negotiation(load_project_evaluation(single.path)).rounds[0]
    assert stored.terms == (ng.Term("付款方式", "分三期支付", "分三期支付，每期三分之一"),)
    assert stored.speaker == "张三" and stored.price == Decimal("1150000")
    # an agreed price above the budget is refused with its place; at the budget it is recorded
    page.outcome_price.setText("1250000")
    page.outcome_words.setText("壹佰贰拾伍万元整")
    assert not page.record_outcome()
    assert "超过预算金额" in page.message.text()
    page.outcome_price.setText("1140000.00")
    assert page.outcome_capitals.text() == "大写应为：壹佰壹拾肆万元整"
    page.outcome_words.setText("壹佰壹拾肆万元整")
    assert page.record_outcome()
    assert "成交价格 1,140,000.00 元（壹佰壹拾肆万元整）" in page.state.text()
    assert [e.entity for e in audit_log(single.path)][-2:] == ["negotiation", "negotiation"]
    page.grab().save(str(tmp_path / "negotiation.png"))
    # a selected round comes back into the form
    page.rounds.selectRow(0)
    assert page.speaker.text() == "张三" and page.terms.rowCount() == 1


def test_final_quotes_in_a_consultation(tmp_path: Path, qtbot: Any) -> None:
    c = _controller(tmp_path, "pingdingshan-001.json", "competitive_consultation")
    try:
        page = NegotiationPage(c)
        qtbot.addWidget(page)
        page.show()
        assert page.no_final_box.isVisible() and not page.outcome_box.isVisible()
        page.bidder.setCurrentIndex(page.bidder.findData("B2"))
        page.price.setText("1900000.00")
        page.words.setText("壹佰玖拾万元整")
        page.speaker.setText("王五")
        page.final.setChecked(True)
        assert page.record_round(), page.message.text()
        assert c.ev().bidders[1].price == Decimal("1900000.00")  # the final quote is the bid's price now
        page.no_final_bidder.setCurrentIndex(page.no_final_bidder.findData("B5"))
        page.no_final_note.setText("未在规定时间内提交最后报价")
        assert page.record_no_final()
        assert "未提交最后报价" in page.state.text()
    finally:
        c.close()


def _texts(w: Workspace) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    nav = [w.navigator.item(i).text() for i in range(w.navigator.count())]
    labels = [x.text() for x in w.findChildren(QLabel)] + [x.text() for x in w.findChildren(QAbstractButton)]
    return "\n".join(nav + labels)


def test_the_window_speaks_the_methods_words(tmp_path: Path, qtbot: Any) -> None:
    from widgets.i18n import set_words

    c = _controller(tmp_path, "jiaozuo-000-single-source.json")
    try:
        w = Workspace(c)
        qtbot.addWidget(w)
        text = _texts(w)
        assert "供应商 / 开标记录" in text and "协商小组" in text
        assert "投标人" not in text and "评标委员会" not in text and "中标" not in text
    finally:
        c.close()
    set_words(())  # as closing the project does
    (tmp_path / "t").mkdir()
    t = _controller(tmp_path / "t", "pingdingshan-001.json")
    try:
        w = Workspace(t)
        qtbot.addWidget(w)
        text = _texts(w)
        assert "投标人 / 开标记录" in text and "评标委员会" in text and "供应商 / 开标记录" not in text
    finally:
        t.close()
