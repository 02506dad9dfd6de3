"""A deterministic large evaluation for the benchmarks: 50 bidders × 9 members × 60 factors.

Two of the factors are 45-item factors (like Luoyang's 运维方案), the rest mix every rule type;
objective factors are scored identically by all members.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from app.domain.numerals import format_rmb


def build_large_case(bidders: int = 50, members: int = 9, factors: int = 60, seed: int = 7,
                     small_max: str = "0.25") -> dict[str, Any]:
    """The bideval/1 document of a large case (bidders × members × factors, 2 of them 45-item)."""
    rng = random.Random(seed)
    facs: list[dict[str, Any]] = [{"id": "P", "name": "投标报价", "category": "价格", "max": "10",
                                   "rule": {"type": "price"}}]
    item_values = ["0.8", "0.6", "0.4", "0.2", "0"]
    facs.append({"id": "I1", "name": "运维方案", "category": "综合", "max": "36", "blind": True,
                 "rule": {"type": "items", "n": 45, "values": item_values}})
    facs.append({"id": "I2", "name": "实施方案", "category": "技术", "max": "36",
                 "rule": {"type": "items", "n": 45, "values": item_values}})
    kinds = ["count", "grades", "range", "hours"]
    for i in range(factors - 3):
        kind = kinds[i % 4]
        fid = f"F{i + 1}"
        cat = ("商务", "技术", "综合")[i % 3]
        fmax = small_max  # the last factor takes what is left of 100 (below)
        rule: dict[str, Any]
        if kind == "count":
            rule = {"type": "count", "each": "0.25"}
        elif kind == "grades":
            rule = {"type": "grades", "values": [fmax, "0.1", "0"]}
        elif kind == "range":
            rule = {"type": "range", "step": "0.05"}
        else:
            rule = {"type": "hours", "baseline": "6", "each": "0.25"}
        facs.append({"id": fid, "name": f"评分因素{i + 1}", "category": cat, "max": fmax,
                     "objective": kind in ("count", "hours"), "rule": rule})
    total = sum(Decimal(f["max"]) for f in facs)
    facs[-1]["max"] = str(Decimal(facs[-1]["max"]) + Decimal(100) - total)
    if facs[-1]["rule"]["type"] == "grades":
        facs[-1]["rule"]["values"][0] = facs[-1]["max"]
    ceiling = Decimal("10000000.00")
    bids = []
    for b in range(bidders):
        price = Decimal(rng.randrange(6_000_000_00, 9_900_000_00)) / 100
        bids.append({"id": f"B{b + 1}", "name": f"投标单位{b + 1}", "price": str(price),
                     "price_words": format_rmb(price), "size": rng.choice(["large", "medium", "small", None]),
                     "prison": False, "disabled": False, "partner_share": None, "small_amount": None})
    mems = [{"id": f"M{m + 1}", "name": f"评委{m + 1}", "role": "purchaser" if m == 0 else "expert"}
            for m in range(members)]
    scores = []
    for b in bids:
        objective: dict[str, Any] = {}
        for m in mems:
            for f in facs[1:]:
                rule = f["rule"]
                if rule["type"] == "items":
                    value: Any = [rng.choice(item_values[:3]) for _ in range(45)]
                elif rule["type"] == "count":
                    value = objective.setdefault(f["id"], rng.randrange(0, 4))
                elif rule["type"] == "hours":
                    value = objective.setdefault(f["id"], str(rng.randrange(2, 8)))
                elif rule["type"] == "grades":
                    value = rng.choice(rule["values"][:2])
                else:
                    steps = int(Decimal(f["max"]) / Decimal("0.05"))
                    value = str(Decimal(rng.randrange(0, steps + 1)) * Decimal("0.05"))
                scores.append({"member": m["id"], "bidder": b["id"], "factor": f["id"], "value": value})
    return {
        "format": "bideval/1",
        "project": {"name": "基准测试项目", "number": "BENCH-1", "purchaser": "某采购人", "agency": "某代理机构",
                    "method": "open_tender", "budget": str(ceiling), "ceiling": str(ceiling),
                    "price_mode": "amount", "industry": "软件和信息技术服务业", "opening": "2026-01-05"},
        "rules": {"low_price": None},
        "qualification": [{"id": "Q1", "name": "营业执照", "criterion": "有效"}],
        "compliance": [{"id": "C1", "name": "投标总价", "criterion": "不高于最高限价"}],
        "factors": facs,
        "bidders": bids,
        "members": mems,
        "checks": [],
        "scores": scores,
        "decisions": [],
    }
