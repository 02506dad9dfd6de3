"""The oracle (tests/oracle.py) reproduces the worked numbers of seed-notes-001-002.md PART D.

Cases 1–13 and 22–23 are from tender 001 (ceiling 2,545,000, price weight 10), cases 25–30, 40 and 43
from tender 002 (ceiling 8,767,867.39, price weight 15).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.oracle import oracle_evaluate, round_half_up

NO_LOW_PRICE: dict[str, Any] = {"low_price": None}


def bidder(bid: str, price: str, **extra: Any) -> dict[str, Any]:
    b: dict[str, Any] = {"id": bid, "name": bid, "price": price}
    b.update(extra)
    return b


def doc(
    bidders: list[dict[str, Any]],
    *,
    ceiling: str = "2545000.00",
    price_max: str | None = "10",
    factors: list[dict[str, Any]] | None = None,
    members: int = 1,
    scores: list[dict[str, Any]] | None = None,
    decisions: list[dict[str, Any]] | None = None,
    **rules: Any,
) -> dict[str, Any]:
    all_factors = list(factors or [])
    if price_max is not None:
        all_factors.insert(
            0,
            {"id": "P", "name": "投标报价", "category": "价格", "max": price_max, "rule": {"type": "price"}},
        )
    return {
        "format": "bideval/1",
        "project": {"name": "t", "method": "open_tender", "budget": ceiling, "ceiling": ceiling},
        "rules": {"min_valid_bids": 1, **NO_LOW_PRICE, **rules},
        "factors": all_factors,
        "bidders": bidders,
        "members": [{"id": f"M{i + 1}", "name": f"M{i + 1}", "role": "expert"} for i in range(members)],
        "scores": scores or [],
        "decisions": decisions or [],
    }


def by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["id"]: b for b in result["bidders"]}


# ---------------------------------------------------------------------------------------------- D1
@pytest.mark.parametrize(
    ("extra", "price", "evaluated", "deduction"),
    [
        ({"size": "small"}, "2000000", "1600000.00", "0.20"),  # 1
        ({"size": "large"}, "1800000", "1800000.00", "0.00"),  # 2
        ({"size": "medium", "partner_share": "0.35"}, "2200000", "2068000.00", "0.06"),  # 3
        ({"size": "medium", "partner_share": "0.29"}, "2200000", "2200000.00", "0.00"),  # 4
        ({"size": "medium", "partner_share": "0.30"}, "2200000", "2068000.00", "0.06"),  # 4, boundary
        ({"size": "large"}, "2545000", "2545000.00", "0.00"),  # 6
        ({"size": "small", "disabled": True}, "2000000", "1600000.00", "0.20"),  # 9: once only
        ({"prison": True}, "2100000", "1680000.00", "0.20"),  # 10
        ({"size": None}, "2000000", "2000000.00", "0.00"),  # 11: no declaration
        ({"size": "medium"}, "2000000", "2000000.00", "0.00"),  # 12
    ],
)
def test_d1_deductions(extra: dict[str, Any], price: str, evaluated: str, deduction: str) -> None:
    out = by_id(oracle_evaluate(doc([bidder("A", price, **extra)])))["A"]
    assert out["status"] == "valid"
    assert out["evaluated_price"] == evaluated
    assert out["deduction"] == deduction
    assert out["price_score"] == "10.00"


def _tender_001() -> list[dict[str, Any]]:
    return [
        bidder("A", "2000000", size="small"),
        bidder("B", "1800000", size="large"),
        bidder("C", "2200000", size="medium", partner_share="0.35"),
        bidder("D", "2600000", size="large"),
        bidder("E", "2545000", size="large"),
    ]


def test_d1_over_ceiling_and_scores() -> None:  # cases 5, 6, 7
    out = by_id(oracle_evaluate(doc(_tender_001())))
    assert out["D"]["status"] == "invalid"
    assert out["D"]["reasons"] == ["over_ceiling"]
    assert out["D"]["price_score"] is None and out["D"]["rank"] is None
    assert out["E"]["status"] == "valid"
    assert {k: out[k]["price_score"] for k in "ABCE"} == {"A": "10.00", "B": "8.89", "C": "7.74", "E": "6.29"}


def test_d1_low_price_rejected_rebases() -> None:  # case 8
    decisions = [{"bidder": "A", "kind": "low_price", "accepted": False, "note": "不能证明"}]
    out = by_id(oracle_evaluate(doc(_tender_001(), decisions=decisions)))
    assert out["A"]["status"] == "invalid" and out["A"]["reasons"] == ["low_price"]
    assert {k: out[k]["price_score"] for k in "BCE"} == {"B": "10.00", "C": "8.70", "E": "7.07"}


def test_d1_half_up() -> None:  # case 13
    out = by_id(oracle_evaluate(doc([bidder("A", "1300000"), bidder("B", "1600000")])))
    assert out["B"]["price_score"] == "8.13"
    assert round_half_up(Decimal("8.125"), 2) == Decimal("8.13")


# ---------------------------------------------------------------------------------------------- D3
def _member_totals(totals: list[str], averaging: str) -> dict[str, Any]:
    factor = {"id": "F", "name": "其余", "category": "技术", "max": "90", "rule": {"type": "range"}}
    scores = [{"member": f"M{i + 1}", "bidder": "A", "factor": "F", "value": v} for i, v in enumerate(totals)]
    return oracle_evaluate(
        doc(
            [bidder("A", "2000000")],
            factors=[factor],
            members=len(totals),
            scores=scores,
            averaging=averaging,
        )
    )


def test_d3_five_members() -> None:  # case 22
    out = _member_totals(["80", "82", "79", "81", "83"], "member_total")
    assert out["bidders"][0]["total"] == "91.00"
    assert out["bidders"][0]["factors"] == {"F": "81.00"}
    assert out["issues"] == [{"kind": "outlier", "bidder": "A", "factor": "F"}] or out["issues"] == []


def test_d3_seven_members() -> None:  # case 23
    out = _member_totals(["80", "82", "79", "81", "83", "80", "81"], "member_total")
    assert out["bidders"][0]["total"] == "90.86"
    assert out["final"] is True


# ---------------------------------------------------------------------------------------------- D4
def _tender_002(**rules: Any) -> list[dict[str, Any]]:
    return [
        bidder("X", "8000000", size="large", small_amount="3000000"),
        bidder("Y", "7600000", size="small", small_amount="7600000"),
        bidder("Z", "8767867.40"),
        bidder("W", "8767867.39"),
    ]


def test_d4_lines_mode() -> None:  # cases 25–29
    out = by_id(
        oracle_evaluate(doc(_tender_002(), ceiling="8767867.39", price_max="15", deduction_mode="lines"))
    )
    assert out["X"]["evaluated_price"] == "7400000.00" and out["X"]["deduction"] == "0.20"
    assert out["Y"]["evaluated_price"] == "6080000.00"
    assert out["Z"]["status"] == "invalid" and out["Z"]["reasons"] == ["over_ceiling"]
    assert out["W"]["status"] == "valid" and out["W"]["evaluated_price"] == "8767867.39"
    assert out["W"]["deduction"] == "0.00"
    assert {k: out[k]["price_score"] for k in "YXW"} == {"Y": "15.00", "X": "12.32", "W": "10.40"}


def test_d4_half_up() -> None:  # case 30
    out = by_id(
        oracle_evaluate(
            doc([bidder("A", "7000000"), bidder("B", "8000000")], ceiling="8767867.39", price_max="15")
        )
    )
    assert out["B"]["price_score"] == "13.13"


# ---------------------------------------------------------------------------------------------- D5
@pytest.mark.parametrize(("averaging", "non_price"), [("per_factor", "2.94"), ("member_total", "2.93")])
def test_d5_per_factor_averaging(averaging: str, non_price: str) -> None:  # case 40
    factors = [
        {"id": f, "name": f, "category": "综合", "max": "2", "rule": {"type": "range", "step": "0.01"}}
        for f in ("配合", "承诺")
    ]
    values = ["1.33", "1.5", "1.5", "1.5", "1.5"]
    scores = [
        {"member": f"M{i + 1}", "bidder": "A", "factor": f, "value": v}
        for f in ("配合", "承诺")
        for i, v in enumerate(values)
    ]
    out = oracle_evaluate(
        doc(
            [bidder("A", "1")], price_max=None, factors=factors, members=5, scores=scores, averaging=averaging
        )
    )
    a = out["bidders"][0]
    assert a["factors"] == {"配合": "1.47", "承诺": "1.47"}
    assert a["total"] == non_price
    assert a["price_score"] is None


def _case_43(tie_break: list[str], q_price: str = "7900000") -> dict[str, dict[str, Any]]:
    factor = {"id": "F", "name": "其余", "category": "技术", "max": "85", "rule": {"type": "range"}}
    scores = [
        {"member": "M1", "bidder": "P", "factor": "F", "value": "73.50"},
        {"member": "M1", "bidder": "Q", "factor": "F", "value": "74.45"},
    ]
    bids = [bidder("P", "8000000", small_amount="3000000"), bidder("Q", q_price)]
    result = oracle_evaluate(
        doc(
            bids,
            ceiling="8767867.39",
            price_max="15",
            factors=[factor],
            scores=scores,
            deduction_mode="lines",
            tie_break=tie_break,
        )
    )
    return by_id(result) | {"": result}


def test_d5_tie_break() -> None:  # case 43
    out = _case_43(["quoted_price"])
    assert out["P"]["price_score"] == "15.00" and out["Q"]["price_score"] == "14.05"
    assert out["P"]["total"] == out["Q"]["total"] == "88.50"
    assert (out["Q"]["rank"], out["P"]["rank"]) == (1, 2)
    assert out[""]["candidates"] == ["Q", "P"]
    out = _case_43(["evaluated_price"])
    assert (out["P"]["rank"], out["Q"]["rank"]) == (1, 2)
    assert out[""]["candidates"] == ["P", "Q"] and out[""]["final"] is True


def test_d5_tie_unbroken() -> None:  # case 43, prices equal too: a committee vote
    factor = {"id": "F", "name": "其余", "category": "技术", "max": "85", "rule": {"type": "range"}}
    scores = [{"member": "M1", "bidder": b, "factor": "F", "value": "73.50"} for b in ("P", "Q", "R")]
    bids = [bidder("P", "8000000"), bidder("Q", "8000000"), bidder("R", "8000000")]
    result = oracle_evaluate(
        doc(bids, ceiling="8767867.39", price_max="15", factors=[factor], scores=scores, candidates=2)
    )
    out = by_id(result)
    assert [out[b]["rank"] for b in "PQR"] == [1, 1, 1]
    assert [out[b]["tied"] for b in "PQR"] == [True, True, True]
    assert result["candidates"] == ["P", "Q", "R"]
    assert result["final"] is False
    assert [i["kind"] for i in result["issues"]] == ["tie", "tie", "tie"]


# ----------------------------------------------------------------------------- rules not in PART D
def test_low_price_triggers() -> None:
    # population 100, 200, 460, 480 (ceiling 1000; E is over it): mean 310; second lowest 200
    bids = [
        bidder("A", "100"),
        bidder("B", "200"),
        bidder("C", "460"),
        bidder("D", "480"),
        bidder("E", "1001"),
    ]
    d = doc(bids, ceiling="1000")
    d["rules"].pop("low_price")
    out = by_id(oracle_evaluate(d))
    # 100 < 0.5 × 310; 100 < 0.5 × 200 is false (equal); 100 and 200 < 0.45 × 1000
    assert out["A"]["low_price"] == ["average", "ceiling"]
    assert out["A"]["status"] == "pending"
    assert out["B"]["low_price"] == ["ceiling"] and out["B"]["status"] == "pending"
    assert out["C"]["low_price"] == [] and out["D"]["status"] == "valid"
    assert out["E"]["low_price"] == [] and out["E"]["status"] == "invalid"


def test_price_words_prevail() -> None:  # case 14
    b = bidder("A", "2500000", price_words="贰佰伍拾伍万元整")
    result = oracle_evaluate(doc([b]))
    assert result["bidders"][0]["price"] == "2550000.00"
    assert result["bidders"][0]["reasons"] == ["over_ceiling"]
    assert result["issues"] == [{"kind": "total_not_100"}, {"kind": "price_corrected", "bidder": "A"}]
    assert result["failed"] is True and result["candidates"] == []


def test_checks_majority_and_joint() -> None:
    d = doc([bidder("A", "2000000"), bidder("B", "2000000"), bidder("C", "2000000")], members=4)
    d["qualification"] = [{"id": "Q1", "name": "q", "criterion": "c"}]
    d["compliance"] = [{"id": "C1", "name": "c", "criterion": "c"}]
    d["checks"] = [
        # A: 2 of 4 fail -> not more than half -> passes
        *(
            {"stage": "compliance", "bidder": "A", "item": "C1", "member": m, "pass": m in ("M1", "M2")}
            for m in ("M1", "M2", "M3", "M4")
        ),
        # B: 2 of 3 recorded fail -> fails
        *(
            {"stage": "compliance", "bidder": "B", "item": "C1", "member": m, "pass": m == "M1"}
            for m in ("M1", "M2", "M3")
        ),
        # C: the members fail it but the joint verdict passes it; Q1 fails jointly
        *(
            {"stage": "compliance", "bidder": "C", "item": "C1", "member": m, "pass": False}
            for m in ("M1", "M2")
        ),
        {"stage": "compliance", "bidder": "C", "item": "C1", "member": None, "pass": True},
        {"stage": "qualification", "bidder": "C", "item": "Q1", "member": None, "pass": False},
    ]
    out = by_id(oracle_evaluate(d))
    assert out["A"]["status"] == "valid"
    assert out["B"]["reasons"] == ["compliance:C1"]
    assert out["C"]["reasons"] == ["qualification:Q1"]


def test_hours_items_count_points() -> None:
    factors = [
        {
            "id": "H",
            "name": "h",
            "category": "技术",
            "max": "3",
            "objective": True,
            "rule": {"type": "hours", "baseline": "6", "each": "1"},
        },
        {
            "id": "I",
            "name": "i",
            "category": "技术",
            "max": "2",
            "rule": {"type": "items", "n": 3, "values": ["1", "0.5", "0"]},
        },
        {
            "id": "N",
            "name": "n",
            "category": "综合",
            "max": "5",
            "objective": True,
            "rule": {"type": "count", "each": "2.5"},
        },
    ]
    scores = [
        {"member": None, "bidder": "A", "factor": "H", "value": "3.5"},  # 2 whole hours below 6
        {"member": "M1", "bidder": "A", "factor": "I", "value": ["1", "1", "0.5"]},  # 2.5 capped at 2
        {"member": "M1", "bidder": "A", "factor": "N", "value": 3},  # 7.5 capped at 5
        {"member": None, "bidder": "B", "factor": "H", "value": None},
        {"member": "M1", "bidder": "B", "factor": "I", "value": ["0", "0.5", "0"]},
        {"member": "M1", "bidder": "B", "factor": "N", "value": "1"},
    ]
    result = oracle_evaluate(
        doc([bidder("A", "2000000"), bidder("B", "2000000")], price_max=None, factors=factors, scores=scores)
    )
    out = by_id(result)
    assert out["A"]["factors"] == {"H": "2.00", "I": "2.00", "N": "5.00"}
    assert out["A"]["categories"] == {"技术": "4.00", "综合": "5.00"}
    assert out["B"]["factors"] == {"H": "0.00", "I": "0.50", "N": "2.50"}
    assert out["A"]["total"] == "9.00" and out["B"]["total"] == "3.00"
    assert result["issues"] == [{"kind": "total_not_100"}]
