"""A rate tender in the window (issue 16): the price mode on the project page and in the new-project dialog,
the ceiling as a rate, the bidders, price review and results pages in 投标费率（%）, the two-thirds rule in the
checklist editor and the review grid, and the partner arrangement on the bidders page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.engine import evaluate
from app.exchange import jsontext
from app.exchange.writer import result_to_doc
from app.services.project_io import import_exchange
from app.services.session import ProjectSession
from tests.app.builders import add_bidder, base_doc
from tests.conftest import SAMPLES
from widgets.controller import ProjectController
from widgets.new_project import NewProjectDialog
from widgets.pages.bidders import BiddersPage
from widgets.pages.checklist import ChecklistPage
from widgets.pages.price_review import PriceReviewPage
from widgets.pages.project_form import ProjectPage
from widgets.pages.review_grid import ReviewGridPage
from widgets.result_model import ResultModel

MEMBERS = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(1, 8)]


def rate_doc() -> dict[str, Any]:
    doc = base_doc(price_mode="rate", budget=None, ceiling=None)
    doc["members"] = MEMBERS
    doc["rules"] = {}  # the default low-price triggers
    doc["compliance"] = [{"id": "C1", "name": "重大偏离", "criterion": "无重大偏离", "verdict": "two_thirds"}]
    add_bidder(doc, "B1", "86.50", "60", price_words="百分之捌拾陆点伍", size="large", partner_share="0.30",
               arrangement="consortium")
    add_bidder(doc, "B2", "80.00", "50")
    add_bidder(doc, "B3", "90.00", "40")
    doc["checks"] = [{"stage": "compliance", "bidder": "B2", "item": "C1", "member": x["id"], "pass": i >= 4}
                     for i, x in enumerate(MEMBERS)]  # 4 of 7 fail B2: not two thirds
    return doc


def _controller(tmp_path: Path, doc: dict[str, Any] | None) -> ProjectController:
    path = tmp_path / "p.bidesk"
    if doc is None:
        import_exchange(SAMPLES / "pingdingshan-001.json", path)
    else:
        src = tmp_path / "p.json"
        src.write_text(jsontext.dumps(doc), encoding="utf-8")
        import_exchange(src, path)
    return ProjectController(ProjectSession.open(path))


@pytest.fixture()
def controller(qtbot: Any, tmp_path: Path) -> Iterator[ProjectController]:
    c = _controller(tmp_path, rate_doc())
    yield c
    c.close()


@pytest.fixture()
def amount(qtbot: Any, tmp_path: Path) -> Iterator[ProjectController]:
    c = _controller(tmp_path, None)
    yield c
    c.close()


def _cell(model: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def _heads(model: Any) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_price_mode_is_chosen_on_the_project_page(qtbot: Any, amount: ProjectController) -> None:
    page = ProjectPage(amount)
    qtbot.addWidget(page)
    combo = page.fields["price_mode"][0]
    assert amount.ev().project.ceiling is not None  # the sample's 最高限价 in 元
    combo.setCurrentIndex(combo.findData("rate"))
    combo.activated.emit(combo.currentIndex())
    assert amount.ev().project.price_mode == "rate"
    assert amount.ev().project.ceiling is None  # a ceiling in 元 is no rate: 100.00 applies
    assert amount.ev().project.effective_ceiling == 100


def test_a_ceiling_in_yuan_is_refused_in_a_rate_tender(qtbot: Any, controller: ProjectController) -> None:
    page = ProjectPage(controller)
    qtbot.addWidget(page)
    edit, _show, note = page.fields["ceiling"]
    edit.setText("24,000,000.00")
    edit.editingFinished.emit()
    assert controller.ev().project.ceiling is None
    assert "费率是目录价的百分比" in note.text() and "不超过 100.00" in note.text()
    edit.setText("95.00%")
    edit.editingFinished.emit()
    assert str(controller.ev().project.ceiling) == "95.00"


def test_the_new_project_dialog_offers_rates(qtbot: Any) -> None:
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("政务云服务")
    dialog.price_mode.setCurrentIndex(dialog.price_mode.findData("rate"))
    project = dialog.project()
    assert (project.price_mode, project.budget) == ("rate", None)
    dialog.price_mode.setCurrentIndex(dialog.price_mode.findData("amount"))
    with pytest.raises(ValueError):
        dialog.project()  # an amount tender needs its budget


def test_the_bidders_page_reads_as_a_rate_tender(qtbot: Any, controller: ProjectController) -> None:
    page = BiddersPage(controller)
    qtbot.addWidget(page)
    page.refresh()
    heads = _heads(page.model)
    assert heads[2:5] == ["投标费率（%）", "投标费率（大写）", "修正后费率（%）"]
    assert _cell(page.model, 0, 2) == "86.50%" and _cell(page.model, 0, 4) == "86.50%"
    assert _cell(page.model, 0, heads.index("合作方式")) == "联合体协议"
    assert not page.model.setData(page.model.index(1, 2), "79.999")  # three places: refused
    assert "费率保留 2 位小数" in controller.last_error
    assert page.model.setData(page.model.index(1, 2), "79.50")
    assert controller.ev().bidders[1].price_words == "百分之柒拾玖点伍零"  # written from the figures as a rate
    assert page.model.setData(page.model.index(1, 3), "百分之柒拾玖")
    assert _cell(page.model, 1, 4) == "79.00%"  # the capitals prevail
    assert page.model.setData(page.model.index(0, heads.index("合作方式")), "分包")
    assert controller.ev().bidders[0].arrangement == "subcontract"


def test_price_review_and_results_read_as_rates(qtbot: Any, controller: ProjectController) -> None:
    page = PriceReviewPage(controller)
    qtbot.addWidget(page)
    page.show()
    heads = _heads(page.model)
    assert heads[1] == "投标费率（%）" and heads[6] == "评审费率（%）"
    assert _cell(page.model, 0, 1) == "86.50%"
    assert _cell(page.model, 0, 5) == "6%（联合体协议：小微企业占比 30% ≥ 30%）"
    assert "最高限价 100.00% × 45% = 45.00%" in page.basis.text().splitlines()
    ev = controller.ev()
    model = ResultModel(result_to_doc(evaluate(ev)), {}, price_mode=ev.project.price_mode)
    assert _heads(model)[1:3] == ["投标费率（%）", "评审费率（%）"]
    assert _cell(model, 0, 1) == "86.50%"


def test_the_two_thirds_rule_in_the_editor_and_the_grid(qtbot: Any, controller: ProjectController) -> None:
    grid = ReviewGridPage(controller, "compliance")
    qtbot.addWidget(grid)
    grid.show()
    last = grid.model.columnCount() - 1
    assert grid.model.headerData(1, Qt.Orientation.Horizontal) == "C1 重大偏离（三分之二）"
    assert "C1：4/7 名成员判定不通过，未达三分之二" in _cell(grid.model, 1, last, Qt.ItemDataRole.ToolTipRole)
    assert _cell(grid.model, 1, last) == "通过"
    editor = ChecklistPage(controller, "compliance")
    qtbot.addWidget(editor)
    column = _heads(editor.model).index("判定规则")
    assert _cell(editor.model, 0, column) == "三分之二"
    assert not editor.model.setData(editor.model.index(0, column), "多数")
    assert "过半数" in controller.last_error
    assert editor.model.setData(editor.model.index(0, column), "过半数")
    assert controller.ev().compliance[0].verdict == "majority"
    grid.refresh()
    assert _cell(grid.model, 1, last).startswith("不通过")  # 4 of 7 is a majority
