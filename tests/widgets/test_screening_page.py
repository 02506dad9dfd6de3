"""The 清标 page: the screen of the fixture corpus in a worker, the findings shown with their two passages side
by side, a conclusion recorded (and refused without a reason) through the services; in the workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain import screening_records as sr
from app.domain.engine import evaluate
from app.services.audit import audit_log
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.session import ProjectSession
from widgets.controller import ProjectController
from widgets.pages.screening import KEY, ScreeningPage
from widgets.workspace import Workspace

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "screening"


@pytest.fixture()
def controller(tmp_path: Path) -> Iterator[ProjectController]:
    path = tmp_path / "p.bidesk"
    import_exchange(CORPUS / "project.json", path)
    c = ProjectController(ProjectSession.open(path))
    yield c
    c.close()


def _row(page: ScreeningPage, finding: str) -> int:
    for i in range(page.findings.rowCount()):
        item = page.findings.item(i, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == finding:
            return i
    raise AssertionError(f"{finding} not shown")


def test_the_page_screens_the_corpus_and_records_a_conclusion(controller: ProjectController, qtbot: Any) -> None:
    page = ScreeningPage(controller)
    qtbot.addWidget(page)
    assert page.findings.rowCount() == 0 and page.status.text() == "尚未清标"
    page.bids_edit.setText(str(CORPUS / "bids"))
    page.tender_edit.setText(str(CORPUS / "tender" / "招标文件.docx"))
    assert page.start_screen(), page.message.text()
    ids = [page.findings.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(page.findings.rowCount())]
    assert "text_overlap:B2,B4" in ids and "same_author:B1,B5" in ids
    assert "已扣除招标文件内容" in page.status.text()
    # the bids side by side: price and capitals
    b1 = next(i for i in range(page.bids.rowCount()) if page.bids.item(i, 0).text() == "B1")
    assert page.bids.item(b1, 2).text() == "2000000.00" and page.bids.item(b1, 5).text().startswith("B1.docx")
    # the two passages side by side
    page.findings.selectRow(_row(page, "text_overlap:B2,B4"))
    assert "总体运维思路" in page.left.toPlainText() and "总体运维思路" in page.right.toPlainText()
    assert "B2/投标文件.docx" in page.left.toPlainText() and "B4.docx" in page.right.toPlainText()
    # a conclusion without a reason is refused, with the place in words
    page.invalid.setChecked(True)
    page.invalid_bidders.setText("B2,B4")
    page.reason.setText("")
    assert not page.conclude()
    assert "文本异常一致（B2、B4）" in page.message.text()
    page.reason.setText("技术方案整段一致")
    assert page.conclude(), page.message.text()
    assert page.findings.item(_row(page, "text_overlap:B2,B4"), 4).text() == "B2、B4 投标无效：技术方案整段一致"
    ev = load_project_evaluation(controller.path)
    assert sr.screening(ev).conclusions["text_overlap:B2,B4"].bidders == ("B2", "B4")
    assert evaluate(ev).bidder("B2").status == "invalid"
    assert [e.action for e in audit_log(controller.path) if e.entity == "screening"] == ["create", "create"]


def test_the_page_is_in_the_workspace(controller: ProjectController, qtbot: Any) -> None:
    w = Workspace(controller)
    qtbot.addWidget(w)
    page = w.show_page(KEY)
    assert isinstance(page, ScreeningPage) and w.stack.currentWidget() is page
    assert w.show_page("results") is w.pages["results"]
