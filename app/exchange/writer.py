"""Writers: an :class:`Evaluation` back to a `bideval/1` document, a :class:`Result` to `bideval-result/1`.

Decimals are written as strings (exchange-format.md prefers them): never through a float.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain import model as m
from app.domain.numbers import MONEY_PLACES, fmt
from app.domain.result import Result
from app.exchange import jsontext

RESULT_FORMAT = "bideval-result/1"


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _raw(value: object) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple):
        return [_raw(v) for v in value]
    return value


def _rule(rule: m.Rule) -> dict[str, Any]:
    if isinstance(rule, m.CountRule):
        return {"type": "count", "each": _dec(rule.each)}
    if isinstance(rule, m.GradesRule):
        return {"type": "grades", "values": [_dec(v) for v in rule.values]}
    if isinstance(rule, m.RangeRule):
        return {"type": "range", "step": _dec(rule.step)}
    if isinstance(rule, m.ItemsRule):
        return {"type": "items", "n": rule.n, "values": [_dec(v) for v in rule.values]}
    if isinstance(rule, m.HoursRule):
        return {"type": "hours", "baseline": _dec(rule.baseline), "each": _dec(rule.each)}
    return {"type": "price"}


def evaluation_to_doc(ev: m.Evaluation) -> dict[str, Any]:
    """The `bideval/1` document of an evaluation (every key written, defaults included)."""
    p, r = ev.project, ev.rules
    lp = r.low_price
    low_price: dict[str, Any] | None = {
        "average": _dec(lp.average), "second_lowest": _dec(lp.second_lowest), "ceiling": _dec(lp.ceiling),
    }
    if lp.average is None and lp.second_lowest is None and lp.ceiling is None:
        low_price = None
    doc: dict[str, Any] = {
        "format": "bideval/1",
        "project": {
            "name": p.name, "number": p.number, "purchaser": p.purchaser, "agency": p.agency,
            "method": p.method, "budget": _dec(p.budget), "ceiling": _dec(p.ceiling),
            "price_mode": p.price_mode, "industry": p.industry, "opening": p.opening,
        },
        "rules": {
            "small_deduction": _dec(r.small_deduction), "partner_deduction": _dec(r.partner_deduction),
            "partner_min_share": _dec(r.partner_min_share), "deduction_mode": r.deduction_mode,
            "averaging": r.averaging, "decimals": r.decimals, "candidates": r.candidates,
            "min_valid_bids": r.min_valid_bids, "low_price": low_price, "tie_break": list(r.tie_break),
        },
        "qualification": [_item(i) for i in ev.qualification],
        "compliance": [_item(i) for i in ev.compliance],
        "factors": [_factor(f) for f in ev.factors],
        "bidders": [
            {
                "id": b.id, "name": b.name, "price": _dec(b.price), "price_words": b.price_words,
                "size": b.size, "prison": b.prison, "disabled": b.disabled,
                "partner_share": _dec(b.partner_share), "small_amount": _dec(b.small_amount),
                **({"arrangement": b.arrangement} if b.arrangement != "subcontract" else {}),
            }
            for b in ev.bidders
        ],
        "members": [{"id": x.id, "name": x.name, "role": x.role} for x in ev.members],
        "checks": [
            {"stage": c.stage, "bidder": c.bidder, "item": c.item, "member": c.member, "pass": c.passed,
             "note": c.note}
            for c in ev.checks
        ],
        "scores": [
            {"member": s.member, "bidder": s.bidder, "factor": s.factor, "value": _raw(s.value)}
            for s in ev.scores
        ],
        "decisions": [_decision(d) for d in ev.decisions],
    }
    if ev.extensions:
        doc["x"] = ev.extensions
    return doc


def _item(i: m.CheckItem) -> dict[str, Any]:
    """A checklist item; ``verdict`` only when it is not the default (older readers keep reading it)."""
    out: dict[str, Any] = {"id": i.id, "name": i.name, "criterion": i.criterion}
    if i.verdict != "majority":
        out["verdict"] = i.verdict
    return out


def _factor(f: m.Factor) -> dict[str, Any]:
    out: dict[str, Any] = {"id": f.id, "name": f.name, "category": f.category, "max": _dec(f.max),
                           "objective": f.objective, "blind": f.blind}
    if f.group is not None:
        out["group"] = f.group
    out["rule"] = _rule(f.rule)
    return out


def _decision(d: m.Decision) -> dict[str, Any]:
    if d.kind == "low_price":
        return {"bidder": d.bidder, "kind": "low_price", "accepted": bool(d.accepted), "note": d.note}
    out: dict[str, Any] = {"bidder": d.bidder, "kind": "invalid", "reason": d.reason}
    if d.note:
        out["note"] = d.note
    return out


def result_to_doc(result: Result) -> dict[str, Any]:
    """The `bideval-result/1` document: money and rates with 2 places, scores with the tender's decimals."""
    places = result.decimals

    def score(value: Decimal | None) -> str | None:
        return None if value is None else fmt(value, places)

    bidders = []
    for b in result.bidders:
        bidders.append({
            "id": b.id,
            "status": b.status,
            "reasons": list(b.reasons),
            "price": fmt(b.price, MONEY_PLACES),
            "evaluated_price": fmt(b.evaluated_price, MONEY_PLACES),
            "deduction": fmt(b.deduction, MONEY_PLACES),
            "low_price": list(b.low_price),
            "price_score": score(b.price_score),
            "factors": None if b.factors is None else {k: fmt(v, places) for k, v in b.factors.items()},
            "categories": None if b.categories is None else {k: fmt(v, places) for k, v in b.categories.items()},
            "total": score(b.total),
            "rank": b.rank,
            "tied": b.tied,
        })
    issues = []
    for issue in result.issues:
        entry: dict[str, Any] = {"kind": issue.kind}
        if issue.bidder is not None:
            entry["bidder"] = issue.bidder
        if issue.factor is not None:
            entry["factor"] = issue.factor
        issues.append(entry)
    return {
        "format": RESULT_FORMAT,
        "final": result.final,
        "failed": result.failed,
        "candidates": list(result.candidates),
        "bidders": bidders,
        "issues": issues,
    }


def dumps(doc: dict[str, Any]) -> str:
    """JSON text as BidDesk writes it: UTF-8 Chinese kept readable, 2-space indent, final newline.

    Numbers read exactly (``Decimal``, e.g. inside ``x``) are written back with their exact digits.
    """
    return jsontext.dumps(doc, indent=2) + "\n"
