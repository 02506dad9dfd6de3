"""Self-check (response.md): every finding kind on both sides of its boundary, with its place and severity."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.domain.numerals import format_rmb
from app.response.selfcheck import KINDS, is_ready
from tests.app.respkit import clean_doc, findings, kinds, where


@pytest.mark.parametrize("stem", ["pingdingshan-001", "luoyang-002", "jiaozuo-000-single-source"])
def test_bundled_clean_responses_have_no_finding(stem: str) -> None:
    assert findings(clean_doc(stem)) == []


def test_severities_are_the_spec_table() -> None:
    fatal = {"price_words_mismatch", "over_ceiling", "star_deviation", "evidence_missing", "declaration_industry",
             "declaration_size", "size_inconsistent", "claim_invalid", "validity_short"}
    warning = {"low_price_ceiling", "requirement_unanswered", "declaration_missing", "partner_share_below",
               "claim_without_evidence"}
    assert {k for k, s in KINDS.items() if s == "fatal"} >= fatal
    assert {k for k, s in KINDS.items() if s == "warning"} == warning


def test_price_words_mismatch_both_sides() -> None:
    doc = clean_doc()
    doc["price"], doc["price_words"] = "2380500.00", "贰佰叁拾捌万零伍佰元整"
    assert "price_words_mismatch" not in kinds(doc)
    doc["price_words"] = "贰佰叁拾捌万零伍佰零壹元整"  # one yuan more
    assert where(doc, "price_words_mismatch") == ["price_words"]
    doc["price_words"] = "贰佰叁拾捌万伍佰元整"  # the same amount, written without the 零: equal value, no finding
    assert "price_words_mismatch" not in kinds(doc)
    doc["price_words"] = "二百三十八万"  # not capitals at all
    assert "price_words_mismatch" in kinds(doc)
    doc["price_words"] = None  # no capitals given: nothing to compare
    assert "price_words_mismatch" not in kinds(doc)


def test_over_ceiling_at_and_above_the_ceiling() -> None:
    doc = clean_doc()  # ceiling 2,545,000.00
    doc["price"], doc["price_words"] = "2545000.00", format_rmb(Decimal("2545000.00"))
    assert "over_ceiling" not in kinds(doc)
    doc["price"], doc["price_words"] = "2545000.01", format_rmb(Decimal("2545000.01"))
    assert where(doc, "over_ceiling") == ["price"]
    assert not is_ready(findings(doc))


def test_over_ceiling_uses_the_budget_without_a_ceiling_and_the_capitals_price() -> None:
    doc = clean_doc()
    doc["tender"]["project"]["ceiling"] = None
    doc["tender"]["project"]["budget"] = "2000000.00"
    doc["price"], doc["price_words"] = "1999999.00", format_rmb(Decimal("2000001"))
    # the capitals prevail: 2,000,001 is above the budget even though the figures are not
    assert {"over_ceiling", "price_words_mismatch"} <= kinds(doc)


def test_low_price_ceiling_strictly_below() -> None:
    doc = clean_doc()  # 45% × 2,545,000 = 1,145,250.00
    doc["price"], doc["price_words"] = "1145250.00", format_rmb(Decimal("1145250.00"))
    assert "low_price_ceiling" not in kinds(doc)
    doc["price"], doc["price_words"] = "1145249.99", format_rmb(Decimal("1145249.99"))
    found = [f for f in findings(doc) if f.kind == "low_price_ceiling"]
    assert [f.severity for f in found] == ["warning"] and found[0].where == "price"
    assert is_ready(findings(doc))  # a warning does not stop the pack
    doc["tender"]["rules"]["low_price"] = {"average": "0.50", "second_lowest": "0.50", "ceiling": None}
    assert "low_price_ceiling" not in kinds(doc)


def _requirements(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return list(doc["tender"]["requirements"])


def test_star_deviation_and_unanswered() -> None:
    doc = clean_doc()
    assert _requirements(doc)[0]["mark"] == "star"
    doc["responses"][0]["answer"] = "exceed"
    assert "star_deviation" not in kinds(doc)
    doc["responses"][0]["answer"] = "deviate"
    assert where(doc, "star_deviation") == ["responses[0].answer"]
    del doc["responses"][0]
    assert where(doc, "star_deviation") == ["tender.requirements[0]"]
    assert where(doc, "requirement_unanswered") == ["tender.requirements[0]"]


def test_a_triangle_or_plain_requirement_may_deviate_but_must_be_answered() -> None:
    doc = clean_doc()
    index = next(i for i, q in enumerate(_requirements(doc)) if q["mark"] == "triangle")
    doc["responses"][index]["answer"] = "deviate"
    assert "star_deviation" not in kinds(doc)
    doc["responses"] = [a for a in doc["responses"] if a["requirement"] != _requirements(doc)[index]["id"]]
    assert where(doc, "requirement_unanswered") == [f"tender.requirements[{index}]"]
    assert "star_deviation" not in kinds(doc)


def test_evidence_missing_per_item() -> None:
    doc = clean_doc()
    assert "evidence_missing" not in kinds(doc)
    doc["evidence"] = [e for e in doc["evidence"] if e["item"] != "C2"]
    assert where(doc, "evidence_missing") == ["tender.compliance[1]"]
    doc["evidence"].append({"stage": "compliance", "item": "C2", "ref": "   "})  # a blank reference is none
    assert where(doc, "evidence_missing") == ["tender.compliance[1]"]


def test_declaration_missing() -> None:
    doc = clean_doc()
    doc["declaration"] = []
    assert [f.severity for f in findings(doc) if f.kind == "declaration_missing"] == ["warning"]
    doc["size"] = "medium"
    assert "declaration_missing" not in kinds(doc)
    doc["partner_share"] = "0.35"  # a partner share is claimed through the declaration too
    assert where(doc, "declaration_missing") == ["declaration"]


def test_declaration_industry_compares_canonical_names() -> None:
    doc = clean_doc()
    doc["declaration"][0]["industry"] = "软件和信息技术服务业"
    assert "declaration_industry" not in kinds(doc)
    doc["declaration"][0]["industry"] = "批发业"
    assert where(doc, "declaration_industry") == ["declaration[0].industry"]


def test_declaration_size_against_the_thresholds() -> None:
    doc = clean_doc()
    line = doc["declaration"][0]  # software: small from 10 persons and 50万元 revenue; medium from 100 and 1000
    line.update(employees=99, revenue="1200.00", size="small")
    assert "declaration_size" not in kinds(doc)
    line.update(employees=100)  # now medium: the line's "small" is false
    assert where(doc, "declaration_size") == ["declaration[0].size"]
    line.update(employees=9, size="small")  # fewer than 10 persons: micro
    assert "declaration_size" in kinds(doc)
    line.update(employees=None, revenue=None, assets=None)  # a new enterprise: figures all null is not this finding
    assert "declaration_size" not in kinds(doc)


def test_size_inconsistent_with_the_own_line() -> None:
    doc = clean_doc()
    doc["size"] = "micro"
    assert where(doc, "size_inconsistent") == ["size"]
    doc["declaration"][0]["role"] = "subcontract"  # no line of its own: nothing to compare
    assert "size_inconsistent" not in kinds(doc)


@pytest.mark.parametrize(("share", "fires"), [("0.2999", True), ("0.30", False), ("0.3000", False), ("0.5", False)])
def test_partner_share_below_at_the_boundary(share: str, fires: bool) -> None:
    doc = clean_doc()
    doc["size"], doc["declaration"][0]["size"] = "medium", "medium"
    doc["declaration"][0].update(employees=150, revenue="2000.00")
    doc["partner_share"] = share
    assert ("partner_share_below" in kinds(doc)) is fires


def test_claim_invalid_carries_the_rule_message() -> None:
    doc = clean_doc()
    index = next(i for i, c in enumerate(doc["claims"]) if c["factor"] == "F8")  # grades 4, 3, 2, 0
    doc["claims"][index]["value"] = "3"
    assert "claim_invalid" not in kinds(doc)
    doc["claims"][index]["value"] = "5"
    found = [f for f in findings(doc) if f.kind == "claim_invalid"]
    assert [f.where for f in found] == [f"claims[{index}].value"]
    assert "5 is not an allowed grade of F8 (4, 3, 2, 0)" in found[0].message


def test_claim_without_evidence_on_objective_factors_only() -> None:
    doc = clean_doc()
    f1 = next(i for i, c in enumerate(doc["claims"]) if c["factor"] == "F1")  # objective count
    f8 = next(i for i, c in enumerate(doc["claims"]) if c["factor"] == "F8")  # subjective
    doc["claims"][f8]["evidence"] = []
    assert "claim_without_evidence" not in kinds(doc)
    doc["claims"][f1]["evidence"] = []
    assert where(doc, "claim_without_evidence") == [f"claims[{f1}].evidence"]


def test_validity_short_at_the_boundary() -> None:
    doc = clean_doc()  # the tender asks for 60 days
    doc["validity_days"] = 60
    assert "validity_short" not in kinds(doc)
    doc["validity_days"] = 59
    assert where(doc, "validity_short") == ["validity_days"]
    doc["validity_days"] = None
    assert "validity_short" not in kinds(doc)


def test_rate_tender_capitals_are_a_rate() -> None:
    doc = clean_doc()
    project = doc["tender"]["project"]
    project.update(price_mode="rate", budget=None, ceiling=None)
    doc["price"], doc["price_words"] = "86.50", "百分之捌拾陆点伍零"
    assert not {"price_words_mismatch", "over_ceiling", "low_price_ceiling"} & kinds(doc)
    doc["price_words"] = "捌拾陆元伍角"  # money words for a rate
    assert "price_words_mismatch" in kinds(doc)
    doc["price"], doc["price_words"] = "100.01", None  # a rate above 100.00
    assert "over_ceiling" in kinds(doc)
    doc["price"] = "40.00"  # below 45% of 100.00
    assert "low_price_ceiling" in kinds(doc)


@pytest.mark.parametrize("stem", ["pingdingshan-001", "luoyang-002"])
def test_bundled_fatal_response_has_every_fatal_kind(stem: str) -> None:
    import json

    from tests.app.respkit import SAMPLES

    doc = json.loads((SAMPLES / f"{stem}-fatal.bidresp.json").read_text(encoding="utf-8"))
    fatal = {f.kind for f in findings(doc) if f.severity == "fatal"}
    assert fatal == {"price_words_mismatch", "over_ceiling", "star_deviation", "evidence_missing",
                     "declaration_industry", "declaration_size", "size_inconsistent", "claim_invalid",
                     "validity_short"}
