"""Rate tenders (费率): rate capitals read by the engine and the opening record, and what entry refuses."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain import committee
from app.domain import model as m
from app.domain.engine import evaluate
from app.domain.problems import InvalidInput
from app.exchange.reader import read_evaluation
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.setup import save_setup


def rate_doc(**bidder: Any) -> dict[str, Any]:
    return {
        "format": "bideval/1",
        "project": {"name": "政务云服务", "number": "费率-1", "method": "open_tender", "budget": None,
                    "price_mode": "rate"},
        "factors": [{"id": "P", "name": "报价", "category": "价格", "max": "10", "rule": {"type": "price"}}],
        "bidders": [{"id": "B1", "name": "甲", "price": "86.50", **bidder},
                    {"id": "B2", "name": "乙", "price": "80.00"}],
    }


def test_rate_capitals_are_read_and_prevail() -> None:
    result = evaluate(read_evaluation(rate_doc(price_words="百分之捌拾陆点伍零")))
    assert result.bidder("B1").price == Decimal("86.50")
    assert not [i for i in result.issues if i.kind == "price_corrected"]
    result = evaluate(read_evaluation(rate_doc(price_words="百分之捌拾伍点零零")))
    assert result.bidder("B1").price == Decimal("85.00")
    assert [i.bidder for i in result.issues if i.kind == "price_corrected"] == ["B1"]


def test_money_words_for_a_rate_are_read_as_bideval_1_writes_them() -> None:
    result = evaluate(read_evaluation(rate_doc(price_words="捌拾陆元伍角")))
    assert result.bidder("B1").price == Decimal("86.50")
    with pytest.raises(InvalidInput) as exc:  # a rate written as a rate in an amount tender is not money
        doc = rate_doc(price_words="百分之捌拾陆点伍零")
        doc["project"].update(price_mode="amount", budget="100")
        evaluate(read_evaluation(doc))
    assert exc.value.problems[0].path == "bidders[0].price_words"


def test_opening_record_checks_in_rate_terms() -> None:
    project = m.Project(name="x", method="open_tender", budget=None, price_mode="rate")
    assert committee.words_for(Decimal("86.5"), "rate") == "百分之捌拾陆点伍零"
    assert committee.words_for(Decimal("86.5")) == "捌拾陆元伍角"
    bid = m.Bidder(id="B1", name="甲", price=Decimal("86.50"), price_words="百分之捌拾陆点伍零")
    assert committee.price_findings(bid, project) == []
    other = dataclasses.replace(bid, price_words="百分之捌拾伍点零零")
    assert [f.code for f in committee.price_findings(other, project)] == ["words_differ"]
    over = m.Bidder(id="B2", name="乙", price=Decimal("100.01"))
    assert [f.code for f in committee.price_findings(over, project)] == ["over_ceiling"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    src = tmp_path / "r.json"
    src.write_text(json.dumps(rate_doc(price="86.505"), ensure_ascii=False), encoding="utf-8")
    import_exchange(src, tmp_path / "r.bidesk", by="t")  # a file may hold a rate of three places
    return tmp_path / "r.bidesk"


def test_a_ceiling_in_yuan_is_refused_in_a_rate_tender(project: Path) -> None:
    ev = load_project_evaluation(project)
    typed = dataclasses.replace(ev, project=dataclasses.replace(ev.project, ceiling=Decimal("24000000.00")))
    with pytest.raises(InvalidInput) as exc:
        save_setup(project, typed, by="t")
    assert [p.path for p in exc.value.problems] == ["project.ceiling"]
    assert "at most 100.00" in exc.value.problems[0].message
    assert load_project_evaluation(project) == ev


def test_a_typed_rate_of_three_places_is_refused_but_an_imported_one_blocks_nothing(project: Path) -> None:
    ev = load_project_evaluation(project)
    renamed = dataclasses.replace(ev, project=dataclasses.replace(ev.project, name="政务云服务（二期）"))
    assert save_setup(project, renamed, by="t").changed  # the imported 86.505 does not block this edit
    ev = load_project_evaluation(project)
    bad = dataclasses.replace(ev, bidders=(*ev.bidders, m.Bidder(id="B3", name="丙", price=Decimal("79.999"))))
    with pytest.raises(InvalidInput) as exc:
        save_setup(project, bad, by="t")
    assert [p.path for p in exc.value.problems] == ["bidders[2].price"]
