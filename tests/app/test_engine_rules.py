"""Rules of computation at their boundaries: low-price triggers, population, statuses, rule types, modes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.domain.model import Factor, HoursRule, LowPriceRates
from app.domain.pricing import low_price_triggers
from app.domain.scoring import parse_value, points
from tests.app.builders import add_bidder, base_doc, by_id, run

RATES = LowPriceRates()


def D(text: str) -> Decimal:
    return Decimal(text)


def test_equality_never_triggers() -> None:
    # average: population {50, 150} → mean 100, 0.5 × 100 = 50: a bid of exactly 50 is not below.
    assert "average" not in low_price_triggers(D("50"), [D("50"), D("150")], None, RATES)
    # second lowest: 0.5 × 100 = 50
    assert "second_lowest" not in low_price_triggers(D("50"), [D("50"), D("100")], None, RATES)
    # ceiling: 0.45 × 1,200,000 = 540,000 (000-10)
    assert low_price_triggers(D("540000.00"), [D("540000.00")], D("1200000"), RATES) == ()
    assert low_price_triggers(D("539999.99"), [D("539999.99")], D("1200000"), RATES) == ("ceiling",)


def test_second_lowest_only_flags_the_lowest_and_never_on_a_tie() -> None:
    pop = [D("30"), D("100"), D("100")]
    assert low_price_triggers(D("30"), pop, None, RATES) == ("average", "second_lowest")
    assert low_price_triggers(D("100"), pop, None, RATES) == ()
    tie = [D("40"), D("40"), D("100")]
    assert "second_lowest" not in low_price_triggers(D("40"), tie, None, RATES)
    assert low_price_triggers(D("40"), [D("40")], None, LowPriceRates(None, D("0.5"), None)) == ()


def low_doc() -> dict[str, Any]:
    doc = base_doc(budget="1000000.00", ceiling="1000000.00")
    doc["rules"] = {"low_price": {"average": "0.50", "second_lowest": "0.50", "ceiling": "0.45"}}
    doc["qualification"] = [{"id": "Q1", "name": "营业执照"}]
    add_bidder(doc, "L", "300000.00")  # below 45% of the ceiling and half the second lowest
    add_bidder(doc, "M", "900000.00")
    add_bidder(doc, "N", "950000.00")
    add_bidder(doc, "O", "980000.00")
    return doc


def test_flagged_bid_without_decision_is_pending_and_not_final() -> None:
    out = run(low_doc())
    low = by_id(out)["L"]
    assert low["status"] == "pending" and low["low_price"] == ["average", "second_lowest", "ceiling"]
    assert low["price_score"] == "10.00" and low["rank"] is not None  # keeps its scores
    assert {"kind": "low_price_pending", "bidder": "L"} in out["issues"]
    assert out["final"] is False and "L" in out["candidates"]


def test_accepted_explanation_makes_it_valid_and_still_lists_triggers() -> None:
    doc = low_doc()
    doc["decisions"] = [{"bidder": "L", "kind": "low_price", "accepted": True, "note": "成本测算合理"}]
    out = run(doc)
    low = by_id(out)["L"]
    assert low["status"] == "valid" and low["low_price"] == ["average", "second_lowest", "ceiling"]
    assert out["final"] is True


def test_rejected_explanation_invalidates_and_base_moves() -> None:
    doc = low_doc()
    doc["decisions"] = [{"bidder": "L", "kind": "low_price", "accepted": False}]
    r = by_id(run(doc))
    assert r["L"]["status"] == "invalid" and r["L"]["reasons"] == ["low_price"]
    assert r["M"]["price_score"] == "10.00"


def test_population_excludes_failed_reviews_and_over_ceiling_but_keeps_declared_invalid() -> None:
    doc = low_doc()
    # Without N and O in the population the mean would be 600,000 and L (300,000) not below half of it…
    doc["checks"] = [{"stage": "qualification", "bidder": "N", "item": "Q1", "member": None, "pass": False}]
    doc["bidders"][3]["price"] = "1000000.01"  # O over the ceiling
    doc["rules"]["low_price"] = {"average": "0.50", "second_lowest": None, "ceiling": None}
    r = by_id(run(doc))
    assert r["N"]["reasons"] == ["qualification:Q1"] and r["N"]["low_price"] == []
    assert r["O"]["reasons"] == ["over_ceiling"]
    assert r["L"]["low_price"] == []  # population {L, M}: mean 600,000, half 300,000: not below
    # …while a bid declared invalid by a decision still counts in the population.
    doc["checks"] = []
    doc["bidders"][3]["price"] = "980000.00"
    doc["decisions"] = [{"bidder": "O", "kind": "invalid", "reason": "串通投标"}]
    r = by_id(run(doc))
    assert r["O"]["reasons"] == ["declared_invalid"]
    assert r["L"]["low_price"] == ["average"]  # mean of L, M, N, O = 782,500


def test_member_majority_and_joint_verdicts() -> None:
    doc = base_doc()
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(3)]
    doc["compliance"] = [{"id": "C1", "name": "签字盖章"}, {"id": "C2", "name": "有效期"}]
    add_bidder(doc, "A", "2000000.00")
    add_bidder(doc, "B", "2000000.00")
    add_bidder(doc, "C", "2000000.00")
    verdicts = [("A", "C1", "M0", False), ("A", "C1", "M1", False), ("A", "C1", "M2", True),  # 2 of 3 fail
                ("B", "C1", "M0", False), ("B", "C1", "M1", True),  # 1 of 2 recorded: not more than half
                ("C", "C2", "M0", False), ("C", "C2", "M1", False), ("C", "C2", None, True)]  # joint wins
    doc["checks"] = [{"stage": "compliance", "bidder": b, "item": i, "member": m, "pass": p}
                     for b, i, m, p in verdicts]
    doc["rules"]["min_valid_bids"] = 1
    r = by_id(run(doc))
    assert r["A"]["reasons"] == ["compliance:C1"]
    assert r["B"]["status"] == "valid" and r["C"]["status"] == "valid"


def test_hours_rule() -> None:
    f = Factor("H", "响应时间", "技术", D("3"), HoursRule(baseline=D("6"), each=D("1")))
    assert points(f, parse_value(f, "4")) == D("2")
    assert points(f, parse_value(f, "4.5")) == D("1")  # whole hours below the baseline
    assert points(f, parse_value(f, "0")) == D("3")  # capped
    assert points(f, parse_value(f, "6")) == D("0") and points(f, parse_value(f, "7")) == D("0")
    assert points(f, parse_value(f, None)) == D("0")  # no commitment


def test_count_cap_and_joint_objective_score() -> None:
    doc = base_doc()
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(3)]
    doc["factors"][1]["max"] = "85"
    doc["factors"].append({"id": "Y", "name": "业绩", "category": "商务", "max": "5", "objective": True,
                           "rule": {"type": "count", "each": "2.5"}})
    add_bidder(doc, "A", "2000000.00", "50")
    doc["scores"].append({"member": None, "bidder": "A", "factor": "Y", "value": 3})
    doc["scores"].append({"member": "M0", "bidder": "A", "factor": "Y", "value": 0})  # the joint entry wins
    out = run(doc)
    a = by_id(out)["A"]
    assert a["factors"]["Y"] == "5.00" and a["categories"] == {"技术": "50.00", "商务": "5.00"}
    assert a["total"] == "65.00" and out["issues"] == []


def test_rate_mode_ceiling_is_100() -> None:
    doc = base_doc(budget=None, ceiling=None, price_mode="rate")
    doc["rules"]["min_valid_bids"] = 1
    add_bidder(doc, "A", "85.00")
    add_bidder(doc, "B", "100.01")
    r = by_id(run(doc))
    assert r["A"]["status"] == "valid" and r["A"]["price"] == "85.00"
    assert r["B"]["reasons"] == ["over_ceiling"]


@pytest.mark.parametrize(("averaging", "total"), [("member_total", "76.67"), ("per_category", "76.67"),
                                                   ("per_factor", "76.66")])
def test_averaging_modes_round_at_their_level(averaging: str, total: str) -> None:
    doc = base_doc()
    doc["rules"]["averaging"] = averaging
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(3)]
    doc["factors"][1:] = [
        {"id": "A1", "name": "甲", "category": "技术", "max": "45", "rule": {"type": "range"}},
        {"id": "A2", "name": "乙", "category": "技术", "max": "45", "rule": {"type": "range"}},
    ]
    doc["bidders"].append({"id": "X", "name": "某公司", "price": "2000000.00"})
    for fid, values in (("A1", ["33", "33", "34"]), ("A2", ["33", "33", "34"])):  # means 33.333…
        for i, v in enumerate(values):
            doc["scores"].append({"member": f"M{i}", "bidder": "X", "factor": fid, "value": v})
    x = by_id(run(doc))["X"]
    assert x["factors"] == {"A1": "33.33", "A2": "33.33"} and x["categories"] == {"技术": "66.67"}
    assert x["total"] == total


def test_outlier_is_flagged_but_does_not_block() -> None:
    doc = base_doc()
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(3)]
    add_bidder(doc, "A", "2000000.00", ["80", "80", "52"])  # 28 from the others' mean; 30% of 90 = 27
    add_bidder(doc, "B", "2000000.00", ["80", "80", "53"])  # 27: not more than
    add_bidder(doc, "C", "2100000.00", ["10", "10", "10"])
    out = run(doc)
    assert [i for i in out["issues"] if i["kind"] == "outlier"] == [{"kind": "outlier", "bidder": "A", "factor": "T"}]
    assert out["final"] is True


def test_decimals_setting_and_total_not_100() -> None:
    doc = base_doc()
    doc["rules"]["decimals"] = 1
    doc["factors"][1]["max"] = "80"
    add_bidder(doc, "A", "1300000.00")
    add_bidder(doc, "B", "1600000.00")
    out = run(doc)
    assert by_id(out)["B"]["price_score"] == "8.1"  # 8.125 → 8.1 at one place
    assert out["issues"][0] == {"kind": "total_not_100"}
    doc["rules"]["decimals"] = 0
    assert by_id(run(doc))["B"]["price_score"] == "8"


def test_single_source_defaults_to_one_valid_bid() -> None:
    doc = base_doc(method="single_source", budget="1200000.00", ceiling=None)
    doc["factors"] = []
    doc["bidders"].append({"id": "S", "name": "供应商", "price": "1140000.00"})
    doc["rules"] = {"low_price": None}
    out = run(doc)
    assert out["failed"] is False and out["candidates"] == ["S"]
    doc["rules"]["min_valid_bids"] = 3  # stated explicitly, it is obeyed
    assert run(doc)["failed"] is True
