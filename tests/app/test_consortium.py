"""Consortium vs subcontract (issue 16): the bidder's declared partner arrangement, same 6% deduction."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from app.domain.engine import evaluate
from app.domain.problems import InvalidInput
from app.exchange import jsontext
from app.exchange.reader import read_evaluation
from app.exchange.writer import evaluation_to_doc
from app.reports.data import build_report
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.setup import save_setup
from tests.app.builders import add_bidder, base_doc, by_id, run


def partner_doc(arrangement: str | None) -> dict[str, Any]:
    doc = base_doc()
    extra: dict[str, Any] = {"size": "large", "partner_share": "0.30"}
    if arrangement is not None:
        extra["arrangement"] = arrangement
    add_bidder(doc, "B1", "2000000.00", **extra)
    add_bidder(doc, "B2", "2100000.00")
    add_bidder(doc, "B3", "2200000.00")
    return doc


@pytest.mark.parametrize("arrangement", [None, "subcontract", "consortium"])
def test_the_deduction_is_the_same_for_both(arrangement: str | None) -> None:
    b1 = by_id(run(partner_doc(arrangement)))["B1"]
    assert b1["deduction"] == "0.06"
    assert b1["evaluated_price"] == "1880000.00"


def test_old_files_mean_subcontract_and_the_arrangement_round_trips() -> None:
    assert read_evaluation(partner_doc(None)).bidders[0].arrangement == "subcontract"
    assert "arrangement" not in evaluation_to_doc(read_evaluation(partner_doc(None)))["bidders"][0]
    ev = read_evaluation(partner_doc("consortium"))
    assert ev.bidders[0].arrangement == "consortium"
    doc = evaluation_to_doc(ev)
    assert doc["bidders"][0]["arrangement"] == "consortium"
    assert read_evaluation(jsontext.loads(jsontext.dumps(doc))) == ev


def test_an_unknown_arrangement_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        read_evaluation(partner_doc("joint"))
    assert [p.path for p in exc.value.problems] == ["bidders[0].arrangement"]


def test_a_project_file_keeps_the_arrangement(tmp_path: Path) -> None:
    src = tmp_path / "c.json"
    src.write_text(jsontext.dumps(partner_doc("consortium")), encoding="utf-8")
    project = tmp_path / "c.bidesk"
    import_exchange(src, project, by="t")
    ev = load_project_evaluation(project)
    assert ev.bidders[0].arrangement == "consortium" and ev.extensions == {}
    sub = dataclasses.replace(ev, bidders=(dataclasses.replace(ev.bidders[0], arrangement="subcontract"),
                                           *ev.bidders[1:]))
    save_setup(project, sub, by="t")
    assert load_project_evaluation(project).bidders[0].arrangement == "subcontract"
    save_setup(project, ev, by="t")
    assert jsontext.loads(export_text(project))["bidders"][0]["arrangement"] == "consortium"


def test_the_papers_name_the_agreement() -> None:
    ev = read_evaluation(partner_doc("consortium"))
    rows = {r.bidder: r for r in build_report(ev, evaluate(ev)).price.rows}
    assert rows["B1"].basis == "联合体协议：小微企业占30% 6%"
    ev = read_evaluation(partner_doc(None))
    rows = {r.bidder: r for r in build_report(ev, evaluate(ev)).price.rows}
    assert rows["B1"].basis == "分包意向协议：小微企业占30% 6%"
