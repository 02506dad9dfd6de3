"""Estimate (response.md): deduction, evaluated price, price score, low-price triggers and factor ranges,
against numbers computed by hand; the price part agrees with the evaluation engine."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from app.domain.numerals import format_rmb
from app.response.estimate import estimate, estimate_doc
from app.response.reader import read_response
from tests.app.respkit import clean_doc


def est(doc: dict[str, Any], others: list[str] | None = None) -> dict[str, Any]:
    resp = read_response(json.loads(json.dumps(doc)))
    return estimate_doc(estimate(resp, [Decimal(p) for p in others or []]))


def test_alone_small_bidder_scores_the_full_price_weight() -> None:
    out = est(clean_doc())  # 2,290,500.00, small
    assert out["format"] == "bideval-estimate/1"
    assert (out["deduction"], out["evaluated_price"], out["price_score"]) == ("0.20", "1832400.00", "10.00")
    assert out["low_price"] == []


def test_against_competitors() -> None:
    out = est(clean_doc(), ["1800000", "2000000"])
    # base = min(1,832,400 ; 1,800,000 ; 2,000,000) = 1,800,000; 1,800,000 / 1,832,400 × 10 = 9.8231… → 9.82
    assert out["price_score"] == "9.82"


def test_a_competitor_above_the_ceiling_is_not_the_base() -> None:
    out = est(clean_doc(), ["1000000", "2600000"])
    assert out["price_score"] == "5.46"  # 1,000,000 / 1,832,400 × 10 = 5.457…
    out = est(clean_doc(), ["2600000"])  # above the ceiling 2,545,000: invalid, so alone
    assert out["price_score"] == "10.00"


@pytest.mark.parametrize(("share", "deduction", "evaluated"), [
    ("0.2999", "0.00", "2290500.00"),
    ("0.30", "0.06", "2153070.00"),  # 2,290,500 × 0.94
])
def test_partner_share_at_the_boundary(share: str, deduction: str, evaluated: str) -> None:
    doc = clean_doc()
    doc["size"], doc["partner_share"], doc["declaration"] = "medium", share, []
    out = est(doc)
    assert (out["deduction"], out["evaluated_price"]) == (deduction, evaluated)


def test_lines_mode_deducts_the_small_lines_only() -> None:
    doc = clean_doc()
    doc["tender"]["rules"]["deduction_mode"] = "lines"
    doc["size"], doc["small_amount"] = "medium", "1000000.00"
    out = est(doc)
    assert (out["deduction"], out["evaluated_price"]) == ("0.20", "2090500.00")  # 2,290,500 − 1,000,000 × 20%


def test_prison_and_disabled_count_as_small_once() -> None:
    doc = clean_doc()
    doc.update(size=None, prison=True, disabled=True, declaration=[])
    assert est(doc)["deduction"] == "0.20"


def test_low_price_triggers_in_the_assumed_population() -> None:
    doc = clean_doc()
    doc["size"], doc["declaration"] = "large", []
    doc["price"], doc["price_words"] = "1000000.00", format_rmb(Decimal(1000000))
    # mean of 1.0, 2.4, 2.5 million × 50% = 983,333.33: not below; second lowest 2.4 m × 50% = 1.2 m: below;
    # 45% of the ceiling = 1,145,250: below
    assert est(doc, ["2400000", "2500000"])["low_price"] == ["second_lowest", "ceiling"]
    assert est(doc)["low_price"] == ["ceiling"]  # alone: the second lowest needs two bids


def test_factor_ranges_and_total() -> None:
    out = est(clean_doc())
    assert out["factors"]["F1"] == {"min": "5.00", "max": "5.00"}  # 2 contracts × 2.5
    assert out["factors"]["F3"] == {"min": "10.00", "max": "10.00"}  # two sub-items at 5
    assert out["factors"]["F8"] == {"min": "3.00", "max": "3.00"}  # a claimed grade
    # objective 5+4+10+6+4+2+2 = 33, subjective 3+3+2+4+2+2+3+2+2 = 23, price 10
    assert out["total"] == {"min": "66.00", "max": "66.00"}
    doc = clean_doc()
    doc["claims"] = [c for c in doc["claims"] if c["factor"] not in ("F1", "F8")]
    out = est(doc)
    assert out["factors"]["F1"] == {"min": "0.00", "max": "0.00"}  # objective without a claim
    assert out["factors"]["F8"] == {"min": "0.00", "max": "4.00"}  # subjective without a claim: 0 to its max
    assert out["total"] == {"min": "58.00", "max": "62.00"}


def test_an_invalid_claim_counts_as_no_claim() -> None:
    doc = clean_doc()
    for c in doc["claims"]:
        if c["factor"] == "F8":
            c["value"] = "5"
    assert est(doc)["factors"]["F8"] == {"min": "0.00", "max": "4.00"}


def test_rate_tender() -> None:
    doc = clean_doc()
    doc["tender"]["project"].update(price_mode="rate", budget=None, ceiling=None)
    doc.update(price="86.50", price_words="百分之捌拾陆点伍零", size="large", declaration=[])
    out = est(doc, ["80.00"])
    assert (out["evaluated_price"], out["price_score"]) == ("86.50", "9.25")  # 80 / 86.5 × 10 = 9.248…
    assert out["low_price"] == []


def test_the_capitals_prevail_in_the_estimate() -> None:
    doc = clean_doc()
    doc["price"], doc["price_words"] = "2290500.00", format_rmb(Decimal("2000000"))
    assert est(doc)["evaluated_price"] == "1600000.00"


def test_estimate_equals_the_engine_on_the_same_bids() -> None:
    """The estimate is the engine: the same bids in a bideval/1 file give the same price score."""
    from app.domain.engine import evaluate
    from app.exchange.reader import read_evaluation

    doc = clean_doc()
    tender = doc["tender"]
    ev_doc = {
        "format": "bideval/1",
        "project": {k: v for k, v in tender["project"].items() if k != "validity_days"},
        "rules": tender["rules"], "factors": [f for f in tender["factors"] if f["rule"]["type"] == "price"],
        "bidders": [
            {"id": "A", "name": "a", "price": doc["price"], "size": doc["size"]},
            {"id": "B", "name": "b", "price": "1900000.00", "size": "large"},
            {"id": "C", "name": "c", "price": "2100000.00", "size": "large"},
        ],
    }
    result = evaluate(read_evaluation(ev_doc)).bidder("A")
    out = est(doc, ["1900000.00", "2100000.00"])
    assert out["price_score"] == format(result.price_score, "f")
    assert out["evaluated_price"] == format(result.evaluated_price.quantize(Decimal("0.01")), "f")
