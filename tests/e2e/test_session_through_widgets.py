"""End to end: a whole five-member evaluation session of the Pingdingshan tender, through the window's pages.

Starting from the tender's setup with nothing recorded (and one bid quoted abnormally low), the
committee reviews qualification and compliance on the grids, asks the low bidder to justify its price
and rejects it by majority, each member scores their own sheet, submits, the Art.64 check finds a
score far from the others, the committee corrects it, a committee sheet records the joint objective
scores, and the evaluation is finalised. The result the window shows must be exactly what
``evaluate`` gives for the exported exchange file, and the scores exactly the sample's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain import session_records as sr
from app.exchange import evaluate_file, result_to_doc
from app.exchange.reader import loads
from app.services.audit import audit_log
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.setup import create_project, setup_of
from tests.conftest import SAMPLES
from widgets import main_window as mw
from widgets.main_window import MainWindow
from widgets.settings import AppSettings

SAMPLE = SAMPLES / "pingdingshan-001.json"


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_whole_session_through_the_pages_gives_the_engines_result(window: MainWindow, tmp_path: Path) -> None:
    sample = loads(SAMPLE.read_bytes())
    full = tmp_path / "full.bidesk"
    import_exchange(SAMPLE, full)
    project = create_project(tmp_path / "session.bidesk", setup_of(load_project_evaluation(full)), by="agent")
    assert window.open_project(project)
    ws, c = window.workspace, window.controller
    assert ws is not None and c is not None

    # The opening record: B4 quoted 1,100,000.00 (below 45% of the 2,545,000.00 ceiling), in words too.
    bidders: Any = ws.show_page("bidders")
    row = [b.id for b in c.ev().bidders].index("B4")
    assert bidders.model.setData(bidders.model.index(row, 2), "1,100,000.00", Qt.ItemDataRole.EditRole)
    assert bidders.model.setData(bidders.model.index(row, 3), "壹佰壹拾万元整", Qt.ItemDataRole.EditRole)
    assert c.ev().bidders[row].price_words == "壹佰壹拾万元整"

    # 1. Qualification and compliance on the grids: every member's verdict as in the sample.
    for stage in ("qualification", "compliance"):
        grid: Any = ws.show_page(f"{stage}_review")
        for check in (x for x in sample.checks if x.stage == stage):
            grid.whose_box.setCurrentIndex(grid.whose_box.findData(check.member))
            assert grid.whose == check.member
            assert grid.set_verdict(check.bidder, check.item, check.passed, check.note or "不符合要求")
        assert not grid.set_verdict("B1", grid.model.item(1).id, False, "")  # a failure needs its reason
    compliance: Any = ws.pages["compliance_review"]
    assert "不通过" in str(compliance.model.index(2, compliance.model.columnCount() - 1).data())  # B3 fails C6

    # 2. The price review: B4 is flagged; asked, answered, rejected by 3 of 5 members.
    price: Any = ws.show_page("price")
    assert "1,145,250.00" in price.basis.text()
    price.select("B4")
    assert price.open_review()
    dialog = price.dialog
    dialog.summary.setPlainText("以人工成本低于市场价测算报价")
    dialog.attachments.setPlainText("成本测算表.pdf\n社保缴纳证明.pdf")
    dialog.references.setPlainText("同类项目近三年中标价")
    for mid, accepted, why in (("M1", False, "人工成本低于最低工资标准"), ("M2", False, "测算缺少运维人员"),
                               ("M3", False, "无法说明"), ("M4", True, ""), ("M5", True, "")):
        dialog.set_opinion(mid, accepted, why)
    dialog.accept()
    assert sr.low_price_reviews(c.ev())["B4"].conclusion(5) is False
    assert [(d.bidder, d.kind, d.accepted) for d in c.ev().decisions] == [("B4", "low_price", False)]
    assert "不认可" in str(price.model.index(row, price.model.columnCount() - 1).data())

    # 3. Independent scoring: each member scores their own sheet (one far-off value on purpose).
    scoring: Any = ws.show_page("scoring")
    for member in sample.members:
        assert scoring.set_member(member.id)
        for s in (x for x in sample.scores if x.member == member.id and x.bidder not in ("B3", "B4")):
            assert scoring.select_factor(s.factor)
            value = "0" if (member.id, s.bidder, s.factor) == ("M2", "B1", "F11") else s.value
            assert scoring.record(s.bidder, value), (member.id, s.bidder, s.factor, c.last_error)
    assert scoring.set_member(None)  # the committee's joint objective scores
    for s in (x for x in sample.scores if x.member is None and x.bidder not in ("B3", "B4")):
        assert scoring.select_factor(s.factor)
        assert scoring.record(s.bidder, s.value)
    for member in sample.members:
        assert scoring.set_member(member.id)
        assert scoring.submit(), c.last_error

    # 4. The Art.64 check finds M2's 0 far from the others and is resolved by a correction.
    check: Any = ws.show_page("check")
    far = [f for f in check.model.findings if f.kind == "far_from_mean"]
    assert [(f.bidder, f.factor, f.member) for f in far] == [("B1", "F11", "M2"), ("B1", "F11", "M4")]
    correct = next(s.value for s in sample.scores if (s.member, s.bidder, s.factor) == ("M2", "B1", "F11"))
    assert check.resolve(far[0], True, str(correct), "李秀英复核后更正漏看的方案章节", "abnormal_score")
    assert check.model.findings == [] and check.blockers.text() == "无：可以定稿。"

    # 5. Results and finalising.
    results: Any = ws.show_page("results")
    assert results.finalise(), c.last_error
    assert results.state.text().startswith("状态：已定稿")
    assert sr.final_record(c.ev()) is not None

    # The window's result is evaluate() of the exported exchange file, and the scores are the sample's.
    exported = tmp_path / "exported.json"
    exported.write_text(export_text(project), encoding="utf-8")
    assert result_to_doc(results.result) == evaluate_file(exported)
    ev = load_project_evaluation(project)
    scored = {(s.member, s.bidder, s.factor): s.value for s in ev.scores}
    expected = {(s.member, s.bidder, s.factor): s.value for s in sample.scores if s.bidder not in ("B3", "B4")}
    assert {k: json.dumps(v, default=str) for k, v in scored.items()} == \
        {k: json.dumps(v, default=str) for k, v in expected.items()}
    doc = evaluate_file(exported)
    statuses = {b["id"]: (b["status"], b["reasons"]) for b in doc["bidders"]}
    assert statuses["B4"] == ("invalid", ["low_price"])
    assert statuses["B3"][0] == "invalid" and "over_ceiling" in statuses["B3"][1]
    assert doc["final"] is True and doc["candidates"] == ["B5", "B2", "B1"]
    # Every step was audited; the correction carries its Art.64 category.
    events = audit_log(project)
    assert any(e.entity == "score" and e.art64 == "abnormal_score" for e in events)
    assert [e.entity for e in events][-1] == "final"
    # Nothing changes now without a recorded re-evaluation: a correction on a submitted sheet is refused.
    ws.show_page("scoring")
    assert scoring.set_member("M2") and scoring.select_factor("F11")
    assert not scoring.record("B1", "4")  # submitted: asks for a reason first
    scoring.dialog.reason_edit.setText("再次复核")
    scoring.dialog.accept()
    assert "评审已定稿" in c.last_error
    assert load_project_evaluation(project).scores == ev.scores
