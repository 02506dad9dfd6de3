"""Small bideval/1 documents for tests, built field by field."""

from __future__ import annotations

import copy
from typing import Any

from app.exchange import evaluate_json


def base_doc(**project: Any) -> dict[str, Any]:
    """A tender with a 10-point price factor, one 90-point subjective grade factor and one member."""
    doc: dict[str, Any] = {
        "format": "bideval/1",
        "project": {"name": "测试项目", "method": "open_tender", "budget": "2545000.00",
                    "ceiling": "2545000.00", "price_mode": "amount"},
        "rules": {"low_price": None},
        "factors": [
            {"id": "P", "name": "投标报价", "category": "价格", "max": "10", "rule": {"type": "price"}},
            {"id": "T", "name": "技术方案", "category": "技术", "max": "90",
             "rule": {"type": "range", "step": "0.01"}},
        ],
        "bidders": [],
        "members": [{"id": "M1", "name": "评委一", "role": "expert"}],
        "scores": [],
    }
    doc["project"].update(project)
    return doc


def add_bidder(doc: dict[str, Any], bid: str, price: str, tech: str | list[str] = "50", **extra: Any) -> None:
    """Add a bidder scored ``tech`` on T by every member (a list gives one value per member)."""
    doc["bidders"].append({"id": bid, "name": f"{bid}公司", "price": price, **extra})
    values = tech if isinstance(tech, list) else [tech] * len(doc["members"])
    for member, value in zip(doc["members"], values, strict=True):
        doc["scores"].append({"member": member["id"], "bidder": bid, "factor": "T", "value": value})


def run(doc: dict[str, Any]) -> dict[str, Any]:
    """Evaluate a copy of the document."""
    return evaluate_json(copy.deepcopy(doc))


def by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The result's bidders by id."""
    return {b["id"]: b for b in result["bidders"]}
