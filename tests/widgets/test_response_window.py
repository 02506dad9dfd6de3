"""The bidder's response workspace in the window, and the agent's publish / import-responses doors."""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.exchange.reader import loads as read_exchange
from app.response import model as r
from app.response.tender_source import new_response, tender_of
from app.services.project_io import load_project_evaluation
from app.services.responses import open_response, save_response
from tests.conftest import SAMPLES
from widgets import main_window as mw
from widgets import score_editors as se
from widgets.main_window import MainWindow
from widgets.response.texts import STEPS
from widgets.response.view import ResponseView
from widgets.settings import AppSettings

REQUIREMENTS = (
    r.Requirement("R1", "★服务期限：自合同签订之日起1年", "star"),
    r.Requirement("R2", "▲提供7×24小时技术支持，故障响应时间不超过30分钟", "triangle"),
    r.Requirement("R3", "服务地点：采购人指定地点", None),
)


def _tender(rate: bool = False) -> r.Tender:
    ev = read_exchange((SAMPLES / "pingdingshan-001.json").read_bytes())
    if rate:
        ev = dataclasses.replace(ev, project=dataclasses.replace(ev.project, price_mode="rate", ceiling=None))
    return dataclasses.replace(tender_of(ev), requirements=REQUIREMENTS, validity_days=60)


def _response_file(folder: Path, rate: bool = False, name: str = "甲公司") -> Path:
    path = folder / ("rate.bidresp.json" if rate else "resp.bidresp.json")
    save_response(path, new_response(_tender(rate), name), overwrite=False)
    return path


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    return w


@pytest.fixture()
def opened(window: MainWindow, tmp_path: Path) -> tuple[MainWindow, ResponseView, Path]:
    path = _response_file(tmp_path)
    assert window.open_any(path)
    assert window.response is not None
    return window, window.response, path


def _mark(view: ResponseView, step: str) -> str:
    return view.navigator.item(STEPS.index(step)).text().strip()[:1]


def test_open_any_recognises_a_response_file_and_shows_every_step(opened: Any) -> None:
    window, view, path = opened
    assert window.controller is None and window.stack.currentWidget() is view
    assert "投标响应" in window.windowTitle() and path.name in window.windowTitle()
    texts = [view.navigator.item(i).text() for i in range(view.navigator.count())]
    assert [t.split()[-1] for t in texts] == ["投标人信息", "报价", "中小企业声明", "资格与符合性证明", "需求响应",
                                             "评分承诺", "自查与估分", "生成投标文件"]
    assert _mark(view, "price") == "✗"  # no price yet
    assert _mark(view, "evidence") == "✗"  # no evidence for any item
    assert _mark(view, "requirements") == "✗"  # ★R1 unanswered
    assert _mark(view, "claims") == "✓"
    window.close_project()
    assert window.response is None and window.stack.currentWidget() is window.start


def test_typing_a_price_shows_and_saves_its_capitals(opened: Any, qtbot: Any) -> None:
    _window, view, path = opened
    page: Any = view.show_step("price")
    page.figures.setFocus()
    qtbot.keyClicks(page.figures, "2380500")
    assert page.capitals.text() == "贰佰叁拾捌万零伍佰元整"
    saved = open_response(path)
    assert saved.price == Decimal("2380500") and saved.price_words == "贰佰叁拾捌万零伍佰元整"
    assert _mark(view, "price") == "✓"
    assert not page.words_note.isVisible() and page.words.isReadOnly()


def test_capitals_typed_that_disagree_are_flagged_next_to_the_field_and_on_the_step(opened: Any) -> None:
    _window, view, path = opened
    page: Any = view.show_step("price")
    page.figures.setText("2380500.00")
    page.typed.setChecked(True)
    assert not page.words.isReadOnly()
    page.words.setFocus()
    page.words.setText("贰佰叁拾玖万元整")
    assert open_response(path).price_words == "贰佰叁拾玖万元整"
    assert "不一致" in page.words_note.text() and "以大写为准" in page.words_note.text()
    assert "贰佰叁拾捌万零伍佰元整" in page.words_note.text()  # what to write instead
    assert "price_words" not in page.words_note.text()  # words, never the JSON path
    assert _mark(view, "price") == "✗"
    check: Any = view.show_step("check")
    row = next(i for i, f in enumerate(check.model.rows) if f.kind == "price_words_mismatch")
    assert check.model.index(row, 1).data() == "报价 → 大写金额"
    check.table.selectRow(row)
    check.go_selected()
    assert view.stack.currentWidget() is page
    page.words.setText("贰佰叁拾捌万零伍佰元整")
    assert _mark(view, "price") == "✓"


def test_a_declaration_line_shows_the_size_its_figures_give(opened: Any) -> None:
    _window, view, path = opened
    page: Any = view.show_step("sme")
    page.add_button.click()
    model = page.model
    assert model.rowCount() == 1 and model.index(0, 1).data() == "软件和信息技术服务业"
    for column, value in ((3, "45"), (4, "1200"), (5, "800")):
        assert model.setData(model.index(0, column), value, Qt.ItemDataRole.EditRole)
    assert model.index(0, 7).data() == "小型"
    assert "从业人员10人及以上" in page.basis.text()
    assert "从业人员300人以下或营业收入10000万元以下" in page.rule.text()
    assert model.setData(model.index(0, 6), "medium", Qt.ItemDataRole.EditRole)
    assert "声明为中型" in model.index(0, 9).data() and "所填数据为小型" in model.index(0, 9).data()
    assert model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole) is not None  # the declared size's cell
    assert _mark(view, "sme") == "✗"
    line = open_response(path).declaration[0]
    assert (line.employees, line.revenue, line.size) == (45, Decimal("1200"), "medium")
    assert not model.setData(model.index(0, 3), "abc", Qt.ItemDataRole.EditRole)  # refused, nothing saved
    assert open_response(path).declaration[0].employees == 45


def test_a_claim_editor_cannot_produce_a_value_the_rule_refuses(opened: Any) -> None:
    _window, view, path = opened
    page: Any = view.show_step("claims")
    page.select_factor("F1")  # count, 2.5 each, max 5
    editor = page.panel.editor
    assert isinstance(editor, se.CountEditor)
    editor.spin.setValue(5)
    assert editor.spin.value() == 2  # more contracts cannot add points
    claim = open_response(path).claims[0]
    assert (claim.factor, claim.value) == ("F1", 2)
    assert "客观分 F1" in page.panel.note.text()  # no evidence listed yet
    page.panel.evidence.setPlainText("合同A 第31页\n合同B 第35页")
    assert open_response(path).claims[0].evidence == ("合同A 第31页", "合同B 第35页")
    assert not view.source.set_claim("F1", "1.5")  # not a whole count: refused, nothing saved
    assert "评分方式不允许" in view.source.last_error
    page.select_factor("F8")  # grades 4/3/2/0
    grades = page.panel.editor
    assert isinstance(grades, se.GradesEditor)
    assert [grades.itemData(i) for i in range(grades.count())] == ["4", "3", "2", "0"]
    grades.setCurrentIndex(1)
    assert next(c for c in open_response(path).claims if c.factor == "F8").value == "3"
    page.select_factor("F3")  # items: the experts' grid
    assert isinstance(page.panel.editor, se.ItemsGrid)
    page.panel.clear_button.click()
    page.select_factor("F1")
    page.panel.clear_button.click()
    assert [c.factor for c in open_response(path).claims] == ["F8"]


def test_the_estimate_follows_the_competitors_prices(opened: Any) -> None:
    _window, view, _path = opened
    view.show_step("price").figures.setText("2000000")  # type: ignore[attr-defined]
    page: Any = view.show_step("check")
    alone = page.estimate_text.text()
    assert "价格得分：10" in alone and "预计总分：10 – 45" in alone
    assert page.add_other("1800000")
    assert page.others.rowCount() == 1
    against = page.estimate_text.text()
    assert "价格得分：9" in against and against != alone
    assert not page.add_other("abc")
    page.others.remove(0)
    assert page.estimate_text.text() == alone


def test_every_model_passes_qt_checks(opened: Any, qtmodeltester: Any) -> None:
    _window, view, _path = opened
    view.pages["sme"].add_button.click()  # type: ignore[attr-defined]
    view.pages["check"].add_other("2000000")  # type: ignore[attr-defined]
    view.pages["claims"].select_factor("F3")  # type: ignore[attr-defined]
    for key in ("sme", "evidence", "requirements", "claims", "check"):
        model = view.pages[key].model  # type: ignore[attr-defined]
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    qtmodeltester.check(view.pages["check"].others)  # type: ignore[attr-defined]
    qtmodeltester.check(view.pages["claims"].panel.editor.model)  # type: ignore[attr-defined]


def test_requirements_and_evidence_are_answered_in_their_tables(opened: Any) -> None:
    _window, view, path = opened
    page: Any = view.show_step("requirements")
    model = page.model
    assert model.index(0, 1).data() == "★" and model.index(1, 1).data() == "▲"
    assert not model.setData(model.index(0, 4), "说明", Qt.ItemDataRole.EditRole)  # answer first
    assert model.setData(model.index(0, 3), "deviate", Qt.ItemDataRole.EditRole)
    assert "负偏离" in model.index(0, 5).data() and "投标将无效" in model.index(0, 5).data()
    assert model.setData(model.index(0, 3), "comply", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 4), "完全响应", Qt.ItemDataRole.EditRole)
    assert open_response(path).responses == (r.Answer("R1", "comply", "完全响应"),)
    evidence: Any = view.show_step("evidence")
    assert evidence.model.setData(evidence.model.index(0, 3), "附件1 第5页", Qt.ItemDataRole.EditRole)
    assert open_response(path).evidence == (r.Evidence("qualification", "Q1", "附件1 第5页"),)
    assert evidence.model.index(0, 4).data() == "✓"


def test_a_rate_tender_quotes_a_rate_with_rate_capitals(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_any(_response_file(tmp_path, rate=True))
    assert window.response is not None
    page: Any = window.response.show_step("price")
    assert page.unit.text() == "%"
    page.figures.setText("86.5")
    assert page.capitals.text() == "百分之捌拾陆点伍零"
    assert "元" not in page.capitals.text() and "元" not in page.limits.text()
    assert open_response(tmp_path / "rate.bidresp.json").price_words == "百分之捌拾陆点伍零"
    page.figures.setText("100.50")
    assert "100.50%" in page.figures_note.text()


def test_the_pack_is_refused_while_fatal_and_a_draft_is_offered(opened: Any, tmp_path: Path) -> None:
    _window, view, _path = opened
    page: Any = view.show_step("pack")
    assert not page.write_button.isEnabled() and page.draft_button.isEnabled()
    assert "还不能生成正式投标文件" in page.state.text() and "报价 → 小写金额" in page.state.text()
    assert not page.write(tmp_path / "pack", draft=False)
    assert "还不能生成正式投标文件" in page.result.text()
    assert not (tmp_path / "pack").exists()


@pytest.mark.skipif(importlib.util.find_spec("app.response.pack") is None,
                    reason="the pack writer (app.response.pack) is not there yet")
def test_a_draft_pack_is_written(window: MainWindow, tmp_path: Path) -> None:
    fatal = tmp_path / "fatal.bidresp.json"
    shutil.copy(SAMPLES / "responses" / "pingdingshan-001-fatal.bidresp.json", fatal)
    assert window.open_any(fatal) and window.response is not None
    page: Any = window.response.show_step("pack")
    assert page.write(tmp_path / "pack", draft=True), page.result.text()
    assert "草稿" in page.result.text()
    assert {p.name for p in (tmp_path / "pack").iterdir()} >= {"投标文件.pdf", "投标文件.docx", "投标响应.json"}


def test_publish_a_project_then_start_a_response_from_it(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_sample()
    assert window.publish_action.isEnabled()
    published = tmp_path / "tender.json"
    assert window.publish(published)
    assert not window.publish(published)  # never overwritten
    assert "文件已存在" in window.last_error  # type: ignore[attr-defined]
    out = tmp_path / "mine.bidresp.json"
    assert window.new_response(published, out)
    assert window.controller is None and window.response is not None
    assert window.response.source.resp.tender.evaluation.project.number == "平采招标-2025-136"
    assert not window.publish_action.isEnabled()
    assert not window.new_response(tmp_path / "missing.json", tmp_path / "other.bidresp.json")
    assert "文件不存在" in window.last_error  # type: ignore[attr-defined]


def test_the_bidders_page_imports_response_files(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_sample() and window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("bidders")
    before = page.model.rowCount()
    clean = str(SAMPLES / "responses" / "pingdingshan-001-clean.bidresp.json")
    other = str(SAMPLES / "responses" / "luoyang-002-clean.bidresp.json")
    junk = tmp_path / "junk.json"
    junk.write_text("{", encoding="utf-8")
    taken = page.import_response_files([clean, clean, other, str(junk)])
    assert taken is not None and [name for _s, _i, name in taken.added] == ["河南某信科技有限公司"]
    assert page.model.rowCount() == before + 1
    ev = load_project_evaluation(window.controller.path)
    added = ev.bidders[-1]
    written = open_response(clean)
    assert (added.name, added.price, added.price_words, added.size) == (
        "河南某信科技有限公司", written.price, written.price_words, "small")
    note = page.import_note.text()
    assert "已导入：河南某信科技有限公司" in note
    assert "已在开标记录中（重复）" in note and "是另一项目的投标响应" in note and "无法读取" in note
    assert "junk.json" in note and "answers" not in note
    window.undo_action.trigger()
    assert page.model.rowCount() == before


def test_the_response_workspace_speaks_english(qapp: Any, qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from widgets.app import install_translator

    locale = QLocale()
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
        window = MainWindow(AppSettings(tmp_path / "settings.ini"))
        window.quiet = True  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        assert window.start.response_button.text() == "New tender response…"
        assert window.open_any(_response_file(tmp_path)) and window.response is not None
        view = window.response
        assert [view.navigator.item(i).text().strip().lstrip("✓⚠✗").strip() for i in range(8)] == [
            "Bidder", "Price", "SME declaration", "Review evidence", "Requirements", "Scoring claims",
            "Self-check and estimate", "Generate the bid"]
        page: Any = view.show_step("price")
        page.figures.setText("2380500")
        page.typed.setChecked(True)
        page.words.setText("贰佰叁拾玖万元整")
        assert "disagree with the figures" in page.words_note.text()
        check: Any = view.show_step("check")
        assert check.model.headerData(1, Qt.Orientation.Horizontal) == "Place"
        assert "Price → Capitals" in [check.model.index(i, 1).data() for i in range(check.model.rowCount())]
    finally:
        qapp.removeTranslator(translator)
        translator.deleteLater()
        QLocale.setDefault(locale)
