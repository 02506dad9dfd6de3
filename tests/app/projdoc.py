"""Helpers of the project-file tests: a small complete exchange document and file plumbing."""

from __future__ import annotations

import copy
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from app.cli import main as cli_main

MEMBERS = ["M1", "M2", "M3"]
BIDDERS = ["B1", "B2", "B3"]

_FACTORS: list[dict[str, Any]] = [
    {"id": "P", "name": "投标报价", "category": "价格", "max": "30", "rule": {"type": "price"}},
    {"id": "F1", "name": "业绩", "category": "商务", "max": "10", "objective": True,
     "rule": {"type": "count", "each": "2.5"}},
    {"id": "F2", "name": "方案", "category": "技术", "max": "20",
     "rule": {"type": "grades", "values": ["20", "12", "5", "0"]}},
    {"id": "F3", "name": "运维", "category": "技术", "max": "20", "group": "服务",
     "rule": {"type": "items", "n": 2, "values": ["10", "6", "0"]}},
    {"id": "F4", "name": "响应", "category": "商务", "max": "10", "objective": True,
     "rule": {"type": "hours", "baseline": "4", "each": "5"}},
    {"id": "F5", "name": "培训", "category": "技术", "max": "10", "rule": {"type": "range", "step": "0.5"}},
]


def _value(factor: str, member: int, bidder: int) -> Any:
    if factor == "F1":
        return bidder + 1
    if factor == "F2":
        return ["20", "12", "5"][(member + bidder) % 3]
    if factor == "F3":
        return ["10", ["6", "0"][member % 2]]
    if factor == "F4":
        return None if bidder == 2 else str(bidder + 1)
    return str(Decimal("0.5") * (member + bidder + 10))


def small_doc() -> dict[str, Any]:
    """A complete, valid bideval/1 document: 3 bidders × 3 members × 5 scored factors and a price factor."""
    scores = []
    for b, bid in enumerate(BIDDERS):
        scores.append({"member": None, "bidder": bid, "factor": "F1", "value": b + 1})
        for m, mem in enumerate(MEMBERS):
            for f in _FACTORS[2:]:
                scores.append({"member": mem, "bidder": bid, "factor": f["id"], "value": _value(f["id"], m, b)})
    return copy.deepcopy({
        "format": "bideval/1",
        "project": {"name": "测试项目", "number": "T-1", "purchaser": "采购人", "agency": "代理机构",
                    "method": "open_tender", "budget": "1000000.00", "ceiling": None, "price_mode": "amount",
                    "industry": "软件和信息技术服务业", "opening": "2026-01-05"},
        "rules": {"decimals": 2, "candidates": 2, "min_valid_bids": 1},
        "qualification": [{"id": "Q1", "name": "营业执照", "criterion": "有效"}],
        "compliance": [{"id": "C1", "name": "报价", "criterion": "不高于最高限价"},
                       {"id": "C2", "name": "签字盖章"}],
        "factors": _FACTORS,
        "bidders": [
            {"id": "B1", "name": "甲公司", "price": "800000.00", "size": "small"},
            {"id": "B2", "name": "乙公司", "price": "900000.00", "price_words": "玖拾万元整", "size": "large",
             "partner_share": "0.35"},
            {"id": "B3", "name": "丙公司", "price": "950000", "size": None},
        ],
        "members": [{"id": m, "name": f"评委{m}", "role": "expert" if m != "M3" else "purchaser"} for m in MEMBERS],
        "checks": [
            {"stage": "qualification", "bidder": "B1", "item": "Q1", "member": None, "pass": True, "note": ""},
            {"stage": "compliance", "bidder": "B2", "item": "C2", "member": "M1", "pass": False, "note": "缺章"},
        ],
        "scores": scores,
        "decisions": [{"bidder": "B3", "kind": "invalid", "reason": "串通投标", "note": "见记录"}],
        "x": {"tool": "tests", "ratio": Decimal("0.125"), "nested": [1, {"deep": None}]},
    })


@st.composite
def varied_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Valid variations of the small document (a fallback when tests/gen.py is not available)."""
    doc = small_doc()
    pools: dict[str, list[Any]] = {
        "F1": [0, 1, "2", 3, 7], "F2": ["20", "12", 5, "0", Decimal("12.0")],
        "F3": [["10", "6"], [0, "0"], ["6", 10]], "F4": [None, "0", "3.5", 9], "F5": ["0", "9.5", 10, "10.0"],
    }
    for score in doc["scores"]:
        score["value"] = draw(st.sampled_from(pools[score["factor"]]))
    for bidder in doc["bidders"]:
        bidder["price"] = draw(st.sampled_from(["400000.00", "800000", "999999.99", "1000000.00", "1200000.00"]))
        bidder.pop("price_words", None)
        bidder["size"] = draw(st.sampled_from([None, "large", "medium", "small", "micro"]))
    doc["decisions"] = draw(st.sampled_from([
        [], doc["decisions"], [{"bidder": "B1", "kind": "low_price", "accepted": True, "note": ""}]]))
    doc["checks"] = draw(st.lists(st.sampled_from(doc["checks"] + [
        {"stage": "compliance", "bidder": "B3", "item": "C1", "member": "M2", "pass": False, "note": "x"}]),
        unique_by=lambda c: (c["stage"], c["bidder"], c["item"], c["member"])))
    doc["rules"]["averaging"] = draw(st.sampled_from(["member_total", "per_category", "per_factor"]))
    if draw(st.booleans()):
        doc.pop("x")
    return doc


def dumps_doc(doc: dict[str, Any]) -> str:
    """JSON text of a document whose numbers may be Decimal (written exactly)."""
    from app.exchange.jsontext import dumps

    return dumps(doc, indent=2)


def write_doc(path: Path, doc: dict[str, Any]) -> Path:
    """Write a document as an exchange file and return its path."""
    path.write_text(dumps_doc(doc), encoding="utf-8")
    return path


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run the command line in process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = cli_main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


def leftovers(folder: Path) -> list[str]:
    """Names of files in a folder (to show that nothing was left behind)."""
    return sorted(p.name for p in folder.iterdir())


def parse(text: str) -> Any:
    """JSON with exact decimals."""
    return json.loads(text, parse_float=Decimal)
