"""The worked numbers of the seed notes (PART D), through the whole engine."""

from __future__ import annotations

from typing import Any

import pytest

from app.exchange import ExchangeError
from tests.app.builders import add_bidder, base_doc, by_id, run


def d1_doc() -> dict[str, Any]:
    doc = base_doc()
    add_bidder(doc, "A", "2000000.00", size="small")
    add_bidder(doc, "B", "1800000.00", size="large")
    add_bidder(doc, "C", "2200000.00", size="medium", partner_share="0.35")
    add_bidder(doc, "D", "2600000.00", size="large")
    add_bidder(doc, "E", "2545000.00", size="large")
    return doc


def test_d1_deductions_ceiling_and_price_scores() -> None:
    r = by_id(run(d1_doc()))
    assert r["A"]["evaluated_price"] == "1600000.00" and r["A"]["deduction"] == "0.20"
    assert r["B"]["evaluated_price"] == "1800000.00" and r["B"]["deduction"] == "0.00"
    assert r["C"]["evaluated_price"] == "2068000.00" and r["C"]["deduction"] == "0.06"
    assert r["D"]["status"] == "invalid" and r["D"]["reasons"] == ["over_ceiling"]
    assert r["D"]["price_score"] is None and r["D"]["total"] is None and r["D"]["rank"] is None
    assert r["E"]["status"] == "valid"  # equal to the ceiling is not above it
    scores = {k: v["price_score"] for k, v in r.items()}
    assert scores == {"A": "10.00", "B": "8.89", "C": "7.74", "D": None, "E": "6.29"}


def test_d1_case8_low_price_rejected_recomputes_base() -> None:
    doc = d1_doc()
    doc["decisions"] = [{"bidder": "A", "kind": "low_price", "accepted": False, "note": "不能证明报价合理"}]
    r = by_id(run(doc))
    assert r["A"]["status"] == "invalid" and r["A"]["reasons"] == ["low_price"]
    assert (r["B"]["price_score"], r["C"]["price_score"], r["E"]["price_score"]) == ("10.00", "8.70", "7.07")


@pytest.mark.parametrize(
    ("extra", "evaluated"),
    [
        ({"size": "small", "disabled": True}, "1600000.00"),  # case 9: once only
        ({"size": None, "prison": True}, "1680000.00"),  # case 10 (bid 2,100,000)
        ({"size": None}, "2000000.00"),  # case 11: no declaration, no deduction
        ({"size": "medium"}, "2000000.00"),  # case 12
        ({"size": "medium", "partner_share": "0.29"}, "2000000.00"),  # case 4
        ({"size": "medium", "partner_share": "0.30"}, "1880000.00"),  # case 4: 30.00% qualifies
        ({"size": "micro", "partner_share": "0.50"}, "1600000.00"),  # small wins, never stacked
    ],
)
def test_d1_deduction_variants(extra: dict[str, Any], evaluated: str) -> None:
    doc = base_doc()
    price = "2100000.00" if extra.get("prison") else "2000000.00"
    add_bidder(doc, "X", price, **extra)
    assert by_id(run(doc))["X"]["evaluated_price"] == evaluated


def test_d1_case13_half_up_8125() -> None:
    doc = base_doc()
    add_bidder(doc, "L", "1300000.00")
    add_bidder(doc, "H", "1600000.00")
    assert by_id(run(doc))["H"]["price_score"] == "8.13"


def test_d1_case14_capitals_prevail_then_ceiling() -> None:
    doc = base_doc()
    add_bidder(doc, "W", "2500000.00", price_words="贰佰伍拾伍万元整")
    out = run(doc)
    w = by_id(out)["W"]
    assert w["price"] == "2550000.00" and w["status"] == "invalid" and w["reasons"] == ["over_ceiling"]
    assert {"kind": "price_corrected", "bidder": "W"} in out["issues"]


def test_d3_member_total_averaging_five_and_seven_members() -> None:
    for totals, expected in (([80, 82, 79, 81, 83], "91.00"), ([80, 82, 79, 81, 83, 80, 81], "90.86")):
        doc = base_doc()
        doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(len(totals))]
        add_bidder(doc, "A", "2000000.00", [str(t) for t in totals])
        assert by_id(run(doc))["A"]["total"] == expected


def test_d3_out_of_set_grades_are_refused() -> None:
    doc = base_doc()
    doc["factors"][1] = {"id": "F7", "name": "故障处理", "category": "技术", "max": "90",
                         "rule": {"type": "grades", "values": ["5", "3", "2", "0"]}}
    doc["bidders"].append({"id": "A", "name": "甲", "price": "2000000.00"})
    doc["scores"].append({"member": "M1", "bidder": "A", "factor": "F7", "value": "4"})
    with pytest.raises(ExchangeError) as err:
        run(doc)
    assert [str(p) for p in err.value.problems] == ["scores[0].value: 4 is not an allowed grade of F7 (5, 3, 2, 0)"]


def luoyang_doc() -> dict[str, Any]:
    doc = base_doc(budget="8767867.39", ceiling="8767867.39")
    doc["rules"].update(deduction_mode="lines", averaging="per_factor")
    doc["factors"][0]["max"] = "15"
    doc["factors"][1]["max"] = "85"
    return doc


def test_d4_lines_deduction_and_scores() -> None:
    doc = luoyang_doc()
    add_bidder(doc, "X", "8000000.00", small_amount="3000000.00")
    add_bidder(doc, "Y", "7600000.00", size="small", small_amount="7600000.00")
    add_bidder(doc, "Z", "8767867.40")
    add_bidder(doc, "W", "8767867.39")
    r = by_id(run(doc))
    assert r["X"]["evaluated_price"] == "7400000.00" and r["X"]["deduction"] == "0.20"
    assert r["Y"]["evaluated_price"] == "6080000.00"
    assert r["Z"]["status"] == "invalid" and r["Z"]["reasons"] == ["over_ceiling"]
    assert r["W"]["status"] == "valid" and r["W"]["deduction"] == "0.00"
    assert (r["Y"]["price_score"], r["X"]["price_score"], r["W"]["price_score"]) == ("15.00", "12.32", "10.40")


def test_d4_case30_half_up_13125() -> None:
    doc = luoyang_doc()
    add_bidder(doc, "A", "7000000.00")
    add_bidder(doc, "B", "8000000.00")
    assert by_id(run(doc))["B"]["price_score"] == "13.13"


def test_d5_case40_per_factor_rounding_gives_294() -> None:
    doc = luoyang_doc()
    doc["factors"][1:] = [
        {"id": "R1", "name": "配合", "category": "综合标", "max": "2", "rule": {"type": "range"}},
        {"id": "R2", "name": "承诺", "category": "综合标", "max": "2", "rule": {"type": "range"}},
    ]
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(5)]
    doc["bidders"].append({"id": "A", "name": "甲", "price": "8000000.00"})
    for fid in ("R1", "R2"):
        for i, v in enumerate(["1.33", "1.5", "1.5", "1.5", "1.5"]):
            doc["scores"].append({"member": f"M{i}", "bidder": "A", "factor": fid, "value": v})
    a = by_id(run(doc))["A"]
    assert a["factors"] == {"R1": "1.47", "R2": "1.47"}
    assert a["total"] == "17.94"  # 15.00 + 1.47 + 1.47; summing first would give 17.93
    doc["rules"]["averaging"] = "member_total"
    assert by_id(run(doc))["A"]["total"] == "17.93"


def test_d5_items_factors_and_objective_mismatch() -> None:
    doc = luoyang_doc()
    doc["factors"][1:] = [
        {"id": "S", "name": "运维方案", "category": "综合标", "max": "36",
         "rule": {"type": "items", "n": 45, "values": ["0.8", "0.6", "0.4", "0.2", "0"]}},
        {"id": "K", "name": "安全运维保障", "category": "综合标", "max": "7",
         "rule": {"type": "items", "n": 7, "values": ["1", "0.5", "0"]}},
        {"id": "Y", "name": "企业业绩", "category": "业绩信誉", "max": "9", "objective": True,
         "rule": {"type": "count", "each": "3"}},
    ]
    doc["members"] = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(5)]
    doc["bidders"].append({"id": "A", "name": "甲", "price": "8000000.00"})
    plan = ["0.8"] * 30 + ["0.6"] * 10 + ["0.4"] * 5
    for i in range(5):
        doc["scores"].append({"member": f"M{i}", "bidder": "A", "factor": "S", "value": plan})
        doc["scores"].append({"member": f"M{i}", "bidder": "A", "factor": "K",
                              "value": ["1", "1", "1", "1", "0.5", "0.5", "0"]})
        doc["scores"].append({"member": f"M{i}", "bidder": "A", "factor": "Y", "value": 3 if i != 2 else 2})
    out = run(doc)
    a = by_id(out)["A"]
    assert a["factors"]["S"] == "32.00" and a["factors"]["K"] == "5.00"
    assert a["factors"]["Y"] == "8.40"  # (9+9+6+9+9)/5: the mean is still used
    assert {"kind": "objective_mismatch", "bidder": "A", "factor": "Y"} in out["issues"]
    assert out["final"] is False


def test_d5_case43_tie_break_literal_quoted_price() -> None:
    doc = luoyang_doc()
    doc["rules"]["tie_break"] = ["quoted_price"]
    doc["factors"][0]["max"] = "10"
    doc["factors"][1]["max"] = "90"
    # P: 8,000,000 with 3,000,000 of small lines → 7,400,000; Q: 7,900,000 without deduction.
    add_bidder(doc, "P", "8000000.00", "78.50", small_amount="3000000.00")
    add_bidder(doc, "Q", "7900000.00", "79.13")
    r = by_id(run(doc))
    assert r["P"]["price_score"] == "10.00" and r["Q"]["price_score"] == "9.37"
    assert r["P"]["total"] == r["Q"]["total"] == "88.50"
    assert (r["Q"]["rank"], r["P"]["rank"]) == (1, 2)
    doc["rules"]["tie_break"] = ["evaluated_price"]
    r = by_id(run(doc))
    assert (r["P"]["rank"], r["Q"]["rank"]) == (1, 2)


def test_tie_with_equal_everything_shares_rank_and_blocks_final() -> None:
    doc = base_doc()
    add_bidder(doc, "A", "2000000.00", "60")
    add_bidder(doc, "B", "2000000.00", "60")
    add_bidder(doc, "C", "2100000.00", "30")
    add_bidder(doc, "D", "2100000.00", "20")
    out = run(doc)
    r = by_id(out)
    assert (r["A"]["rank"], r["B"]["rank"], r["C"]["rank"], r["D"]["rank"]) == (1, 1, 3, 4)
    assert r["A"]["tied"] and r["B"]["tied"] and not r["C"]["tied"]
    assert out["candidates"] == ["A", "B", "C"]
    assert [i for i in out["issues"] if i["kind"] == "tie"] == [
        {"kind": "tie", "bidder": "A"}, {"kind": "tie", "bidder": "B"}]
    assert out["final"] is False


def test_tie_at_last_candidate_place_gives_more_names() -> None:
    doc = base_doc()
    add_bidder(doc, "A", "2000000.00", "80")
    add_bidder(doc, "B", "2000000.00", "70")
    add_bidder(doc, "C", "2000000.00", "60")
    add_bidder(doc, "D", "2000000.00", "60")
    out = run(doc)
    assert out["candidates"] == ["A", "B", "C", "D"]
    assert by_id(out)["D"]["rank"] == 3


def test_failure_with_fewer_valid_bids_than_minimum() -> None:
    doc = base_doc()
    add_bidder(doc, "A", "2000000.00")
    add_bidder(doc, "B", "2100000.00")
    add_bidder(doc, "C", "2600000.00")
    out = run(doc)
    assert out["failed"] is True and out["candidates"] == []
    assert by_id(out)["A"]["rank"] == 1  # still computed for the record


def test_d6_single_source_sample_semantics() -> None:
    doc = base_doc(method="single_source", budget="1200000.00", ceiling=None)
    doc["factors"] = []
    doc["rules"].update(candidates=1, min_valid_bids=1)
    doc["bidders"].append({"id": "S", "name": "供应商", "price": "1140000.00", "price_words": "壹佰壹拾肆万元整"})
    out = run(doc)
    s = by_id(out)["S"]
    assert s["status"] == "valid" and s["price_score"] is None and s["total"] == "0.00" and s["rank"] == 1
    assert out["candidates"] == ["S"] and out["issues"] == [] and out["final"] is True
    doc["bidders"][0]["price"] = "1200000.01"
    doc["bidders"][0]["price_words"] = None
    assert by_id(run(doc))["S"]["reasons"] == ["over_ceiling"]  # 000-2
