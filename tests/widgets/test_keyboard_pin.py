"""Who is at the keyboard: a member's sheet with a PIN opens on the desk only once that member types it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.domain.pins import hash_pin, pin_matches
from app.services.audit import audit_log
from app.services.project_io import export_text
from widgets.controller import ProjectController
from widgets.pages.committee import CommitteePage
from widgets.pages.scoring import ScoringPage
from widgets.pages.sheet_source import ProjectSheetSource


def test_a_pin_is_stored_hashed_and_audited(controller: ProjectController, qtbot: Any) -> None:
    page = CommitteePage(controller)
    qtbot.addWidget(page)
    page.table.selectRow(1)  # M2
    assert not page.set_pin("12")  # too short: refused, in words
    assert "PIN" in controller.last_error
    assert page.set_pin("482916")
    text = export_text(controller.path)
    assert "482916" not in text and "482916" not in Path(controller.path).read_bytes().decode("latin-1")
    stored = json.loads(text)["x"]["biddesk.pins"]["M2"]
    assert pin_matches(stored, "482916") and not pin_matches(stored, "482917")
    assert audit_log(controller.path)[-1].action == "pin_set"
    assert page.model.index(1, 4).data() == "已设置"


def test_the_sheet_stays_closed_until_its_member_types_the_pin(controller: ProjectController, qtbot: Any) -> None:
    assert controller.run(lambda: controller.session.set_pin("M2", "482916"))
    page = ScoringPage(ProjectSheetSource(controller))
    qtbot.addWidget(page)
    page.show()
    page.set_member("M1")  # no PIN: open as before
    assert page.sheet_model.rowCount() > 0 and not page.guard.isVisible()
    page.set_member("M2")
    assert page.sheet_model.rowCount() == 0 and page.guard.isVisible() and "设置了 PIN" in page.guard.label.text()
    bidder = "B1"
    assert not page.record(bidder, 2)  # nothing is written for a closed sheet
    assert not page.guard.try_pin("000000") and "PIN 不正确" in page.guard.label.text()
    assert page.guard.try_pin("482916")
    assert page.sheet_model.rowCount() > 0 and not page.guard.isVisible()
    page.set_member("M1")
    page.set_member("M2")  # another sheet was chosen in between: the PIN is asked again
    assert page.sheet_model.rowCount() == 0 and page.guard.isVisible()


def test_the_hash_is_salted() -> None:
    assert hash_pin("1234") != hash_pin("1234")


def test_a_count_beyond_the_maximum_is_shown_capped(controller: ProjectController, qtbot: Any) -> None:
    ev = controller.ev()
    count = next(f for f in ev.factors if type(f.rule).__name__ == "CountRule")
    page = ScoringPage(ProjectSheetSource(controller))
    qtbot.addWidget(page)
    page.show()
    page.set_member(None)  # the committee's joint sheet: the sample's counts are objective
    page.select_factor(count.id)
    row = next(i for i, r in enumerate(page.sheet_model.rows) if r.editable)
    bidder = page.sheet_model.rows[row].bidder
    big = int(count.max / count.rule.each) + 5  # type: ignore[attr-defined]
    assert page.record(bidder, big), controller.last_error
    points = page.sheet_model.index(row, 2).data()
    assert points.endswith("（已达上限）") and points.startswith(str(count.max.normalize()))


def test_one_item_counts_once_across_the_matrix_group_in_the_window(controller: ProjectController,
                                                                    qtbot: Any) -> None:
    from widgets.pages.matrix import MatrixPage

    matrix = MatrixPage(controller)
    qtbot.addWidget(matrix)
    assert not matrix.set_once("F1、F8")  # a graded factor: refused in words
    assert "不是计数类评分因素" in controller.last_error and "count_once" not in controller.last_error
    assert matrix.set_once("F1、F2")
    assert controller.run(lambda: controller.session.set_evidence(None, "B1", "F1", ["张三"]))
    assert not controller.run(lambda: controller.session.set_evidence(None, "B1", "F2", ["张三"]))
    assert "“张三”已在 F1 中计数" in controller.last_error and "--" not in controller.last_error
