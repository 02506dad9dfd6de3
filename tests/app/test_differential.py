"""Differential and invariant tests of the evaluation engine on random valid `bideval/1` documents.

(1) The engine (`app.exchange.evaluate_json`) must give exactly what the independent oracle
    (tests/oracle.py, written from the spec alone) gives.
(2) Properties that hold whatever the numbers: order independence, the price score's anchor and
    cap, factor means within range, ranking consistent with totals, candidates, failure, `final`.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gen import documents, small_documents
from tests.oracle import oracle_evaluate

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INVARIANT_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------
def json_diff(a: Any, b: Any, path: str = "$") -> list[str]:
    """Minimal list of differences between two JSON values, as `path: a != b` lines."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in list(a) + [k for k in b if k not in a]:
            if k not in b:
                out.append(f"{path}.{k}: only in engine: {a[k]!r}")
            elif k not in a:
                out.append(f"{path}.{k}: only in oracle: {b[k]!r}")
            else:
                out += json_diff(a[k], b[k], f"{path}.{k}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        out = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out += json_diff(x, y, f"{path}[{i}]")
        return out
    if a != b or type(a) is not type(b):
        return [f"{path}: engine {a!r} != oracle {b!r}"]
    return []


def engine(doc: dict[str, Any]) -> dict[str, Any]:
    from app.exchange import ExchangeError, evaluate_json

    try:
        return evaluate_json(copy.deepcopy(doc))
    except ExchangeError as exc:
        problems = "\n".join(str(p) for p in exc.problems)
        raise AssertionError(f"engine refused a valid document:\n{problems}\ninput: {doc_repr(doc)}") from exc


def doc_repr(doc: dict[str, Any]) -> str:
    """The document as JSON, with every Decimal kept exact (written as a JSON number)."""
    text = json.dumps(_tag(doc), ensure_ascii=False, separators=(",", ":"))
    return text.replace('"\u0000', "").replace('\u0000"', "")


def _tag(v: Any) -> Any:
    if isinstance(v, Decimal):
        return f"\u0000{v}\u0000"
    if isinstance(v, dict):
        return {k: _tag(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_tag(x) for x in v]
    return v


def live(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in result["bidders"] if b["status"] != "invalid"]


def min_valid_bids(doc: dict[str, Any]) -> int:
    default = 1 if doc["project"].get("method") == "single_source" else 3
    return int((doc.get("rules") or {}).get("min_valid_bids", default))


def n_candidates(doc: dict[str, Any]) -> int:
    return int((doc.get("rules") or {}).get("candidates", 3))


def decimals(doc: dict[str, Any]) -> int:
    return int((doc.get("rules") or {}).get("decimals", 2))


def issue_key(issue: dict[str, Any]) -> str:
    return json.dumps(issue, sort_keys=True, ensure_ascii=False)


# ------------------------------------------------------------------------------------------------
# (1) engine == oracle
# ------------------------------------------------------------------------------------------------
@SETTINGS
@given(documents())
def test_engine_agrees_with_oracle(doc: dict[str, Any]) -> None:
    expected = oracle_evaluate(copy.deepcopy(doc))
    actual = engine(doc)
    if actual != expected:
        diff = "\n".join(json_diff(actual, expected))
        raise AssertionError(f"engine and oracle disagree:\n{diff}\ninput: {doc_repr(doc)}")


@SETTINGS
@given(small_documents())
def test_engine_agrees_with_oracle_small(doc: dict[str, Any]) -> None:
    expected = oracle_evaluate(copy.deepcopy(doc))
    actual = engine(doc)
    if actual != expected:
        diff = "\n".join(json_diff(actual, expected))
        raise AssertionError(f"engine and oracle disagree:\n{diff}\ninput: {doc_repr(doc)}")


# ------------------------------------------------------------------------------------------------
# (2) invariants of the engine
# ------------------------------------------------------------------------------------------------
@INVARIANT_SETTINGS
@given(documents(), st.data())
def test_bidder_order_does_not_matter(doc: dict[str, Any], data: st.DataObject) -> None:
    before = engine(doc)
    shuffled = copy.deepcopy(doc)
    shuffled["bidders"] = data.draw(st.permutations(doc["bidders"]))
    after = engine(shuffled)
    by_id = {b["id"]: b for b in after["bidders"]}
    assert [by_id[b["id"]] for b in before["bidders"]] == before["bidders"]
    for key in ("format", "final", "failed"):
        assert after[key] == before[key]
    # equal ranks list in input order, so compare candidates as sets, and check they follow rank order
    assert sorted(after["candidates"]) == sorted(before["candidates"])
    ranks = [by_id[c]["rank"] for c in after["candidates"]]
    assert ranks == sorted(ranks)
    assert sorted(map(issue_key, after["issues"])) == sorted(map(issue_key, before["issues"]))


@INVARIANT_SETTINGS
@given(documents(), st.data())
def test_member_score_check_order_does_not_matter(doc: dict[str, Any], data: st.DataObject) -> None:
    before = engine(doc)
    shuffled = copy.deepcopy(doc)
    for key in ("members", "scores", "checks", "decisions"):
        if key in shuffled:
            shuffled[key] = data.draw(st.permutations(shuffled[key]))
    assert engine(shuffled) == before


@INVARIANT_SETTINGS
@given(documents())
def test_result_properties(doc: dict[str, Any]) -> None:
    result = engine(doc)
    places = decimals(doc)
    quantum = Decimal(1).scaleb(-places)
    factors = {f["id"]: f for f in doc.get("factors") or []}
    price = next((f for f in factors.values() if f["rule"]["type"] == "price"), None)
    bids = live(result)

    # price score: the lowest evaluated price scores exactly the maximum, nobody more
    if price is not None and bids:
        pmax = Decimal(str(price["max"])).quantize(quantum)
        scores = [Decimal(b["price_score"]) for b in bids]
        assert all(s <= pmax for s in scores)
        lowest = min(Decimal(b["evaluated_price"]) for b in bids)
        assert any(Decimal(b["price_score"]) == pmax for b in bids if Decimal(b["evaluated_price"]) == lowest)
        assert all(b["price_score"] == str(Decimal(b["price_score"]).quantize(quantum)) for b in bids)
    else:
        assert all(b["price_score"] is None for b in bids)

    # every factor mean lies within [0, max]
    for b in bids:
        for fid, value in b["factors"].items():
            assert factors[fid]["rule"]["type"] != "price"
            assert Decimal(0) <= Decimal(value) <= Decimal(str(factors[fid]["max"]))
    for b in result["bidders"]:
        if b["status"] == "invalid":
            assert b["total"] is None and b["rank"] is None and b["tied"] is None

    # ranking: a higher total always ranks strictly better; competition ranking
    for a in bids:
        for b in bids:
            if Decimal(a["total"]) > Decimal(b["total"]):
                assert a["rank"] < b["rank"], (a["id"], b["id"])
        assert a["rank"] == 1 + sum(1 for b in bids if b["rank"] < a["rank"])

    # failure and candidates
    failed = len(bids) < min_valid_bids(doc)
    assert result["failed"] is failed
    if failed:
        assert result["candidates"] == []
    else:
        order = {b["id"]: i for i, b in enumerate(result["bidders"])}
        chosen = sorted(
            (b for b in bids if b["rank"] <= n_candidates(doc)), key=lambda b: (b["rank"], order[b["id"]])
        )
        assert result["candidates"] == [b["id"] for b in chosen]

    # final is false iff a blocking issue remains
    blocking = {"low_price_pending", "objective_mismatch", "tie"}
    assert result["final"] is not any(i["kind"] in blocking for i in result["issues"])
    assert sum(1 for b in result["bidders"] if b["status"] == "pending") == sum(
        1 for i in result["issues"] if i["kind"] == "low_price_pending"
    )
    assert {b["id"] for b in bids if b["tied"]} == {
        i["bidder"] for i in result["issues"] if i["kind"] == "tie"
    }


@INVARIANT_SETTINGS
@given(documents())
def test_art64_findings_from_the_results_sheets_are_those_of_the_scores(doc: dict[str, Any]) -> None:
    """The Art.64 check reading each bid's points from the result's members' sheets (a session's way) finds exactly
    what it finds looking every score up, the points of each finding included."""
    from app.domain.art64_check import art64_findings
    from app.domain.engine import evaluate
    from app.domain.problems import InvalidInput
    from app.domain.validate import check_scores
    from app.exchange.reader import read_evaluation

    ev = read_evaluation(copy.deepcopy(doc))
    table = check_scores(ev, [])
    try:
        result = evaluate(ev, table)
    except InvalidInput:
        return
    looked_up = art64_findings(ev, scores=table)
    from_sheets = art64_findings(ev, scores=table, result=result)
    assert [(f, f.points) for f in from_sheets] == [(f, f.points) for f in looked_up]
