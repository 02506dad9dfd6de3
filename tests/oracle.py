"""Independent reference implementation ("oracle") of the `bideval/1` evaluation.

Written from `shared/spec/exchange-format.md` and `docs/engine-decisions.md` only, without looking
at the engine, so that the two can be compared on random documents (tests/app/test_differential.py).

It assumes a VALID document (as produced by ``json.loads(text, parse_float=Decimal)``): it does no
input checking at all. Every intermediate value is kept exact (``Fraction``); the only rounding is the
half-up rounding the spec prescribes for what is shown or summed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

# ---------------------------------------------------------------------------------------------
# Defaults (exchange-format.md, `rules`: "every key optional; the defaults are the values shown")
# ---------------------------------------------------------------------------------------------
DEFAULT_RULES: dict[str, Any] = {
    "small_deduction": "0.20",
    "partner_deduction": "0.06",
    "partner_min_share": "0.30",
    "deduction_mode": "whole",
    "averaging": "member_total",
    "decimals": 2,
    "candidates": 3,
    "min_valid_bids": 3,
    "tie_break": ["quoted_price"],
}
DEFAULT_LOW_PRICE: dict[str, str] = {"average": "0.50", "second_lowest": "0.50", "ceiling": "0.45"}
TRIGGERS = ("average", "second_lowest", "ceiling")
SMALL_SIZES = ("small", "micro")


# ---------------------------------------------------------------------------------------------
# Exact numbers
# ---------------------------------------------------------------------------------------------
def frac(value: Any) -> Fraction:
    """A JSON decimal (string, int or Decimal; never float, never bool) as an exact fraction."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"not an exact decimal: {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Decimal):
        return Fraction(value)
    if isinstance(value, str):
        return Fraction(Decimal(value.strip()))
    raise TypeError(f"not a decimal: {value!r}")


def round_half_up(q: Fraction | Decimal, places: int) -> Decimal:
    """Round an exact value half-up (away from zero on a tie) to `places` decimals."""
    q = Fraction(q)
    scale = 10**places
    scaled = abs(q) * scale
    n = scaled.numerator // scaled.denominator  # floor
    if scaled - n >= Fraction(1, 2):
        n += 1
    if q < 0:
        n = -n
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(n) / Decimal(scale)).quantize(quantum, rounding=ROUND_HALF_UP)


def show(q: Fraction, places: int) -> str:
    """The string form used in the output: exactly `places` decimals, half-up."""
    return str(round_half_up(q, places))


def mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


# ---------------------------------------------------------------------------------------------
# Points of one score value under one rule
# ---------------------------------------------------------------------------------------------
def points(rule: dict[str, Any], maximum: Fraction, value: Any) -> Fraction:
    kind = rule["type"]
    if kind == "count":
        return min(frac(value) * frac(rule["each"]), maximum)
    if kind in ("grades", "range"):
        return frac(value)
    if kind == "items":
        return min(sum((frac(v) for v in value), Fraction(0)), maximum)
    if kind == "hours":
        if value is None:
            return Fraction(0)
        below = frac(rule["baseline"]) - frac(value)
        whole = below.numerator // below.denominator  # floor
        if whole <= 0:
            return Fraction(0)
        return min(maximum, whole * frac(rule.get("each", "1")))
    raise ValueError(f"unknown rule type {kind!r}")


# ---------------------------------------------------------------------------------------------
# The evaluation
# ---------------------------------------------------------------------------------------------
def _rules(doc: dict[str, Any]) -> dict[str, Any]:
    given = doc.get("rules") or {}
    rules = dict(DEFAULT_RULES)
    if doc["project"].get("method") == "single_source":
        rules["min_valid_bids"] = 1  # "1 for single source" (exchange-format.md, rules)
    rules.update({k: v for k, v in given.items() if k != "low_price"})
    if "low_price" in given and given["low_price"] is None:
        low: dict[str, Fraction | None] = {t: None for t in TRIGGERS}
    else:
        given_low = given.get("low_price") or {}
        low = {}
        for t in TRIGGERS:
            raw = given_low.get(t, DEFAULT_LOW_PRICE[t])
            low[t] = None if raw is None else frac(raw)
    rules["low_price"] = low
    return rules


def _ceiling(project: dict[str, Any]) -> Fraction:
    """Rule: `ceiling` null means the budget; in `rate` mode "100.00" unless given (decision 6)."""
    if project.get("ceiling") is not None:
        return frac(project["ceiling"])
    if project.get("price_mode", "amount") == "rate":
        return Fraction(100)
    return frac(project["budget"])


def _corrected_price(bidder: dict[str, Any]) -> tuple[Fraction, bool]:
    """Words over figures; returns (price, corrected?)."""
    words = bidder.get("price_words")
    figures = bidder.get("price")
    if words is None:
        return frac(figures), False
    from app.domain.numerals import parse_rmb

    spoken = frac(parse_rmb(words))
    if figures is None:
        return spoken, False
    return spoken, spoken != frac(figures)


def _failed_items(doc: dict[str, Any], bidder_id: str) -> list[str]:
    """`stage:ID` for every failed item, qualification first, each list in its own order."""
    checks = [c for c in doc.get("checks") or [] if c["bidder"] == bidder_id]
    reasons = []
    for stage in ("qualification", "compliance"):
        for item in doc.get(stage) or []:
            mine = [c for c in checks if c["stage"] == stage and c["item"] == item["id"]]
            joint = [c for c in mine if c.get("member") is None]
            if joint:
                failed = not joint[0]["pass"]
            else:
                fails = sum(1 for c in mine if not c["pass"])
                failed = 2 * fails > len(mine)
            if failed:
                reasons.append(f"{stage}:{item['id']}")
    return reasons


def oracle_evaluate(doc: dict[str, Any]) -> dict[str, Any]:
    project = doc["project"]
    rules = _rules(doc)
    places = int(rules["decimals"])
    ceiling = _ceiling(project)
    bidders = doc["bidders"]
    members = doc.get("members") or []
    factors = doc.get("factors") or []
    decisions = doc.get("decisions") or []
    price_factor = next((f for f in factors if f["rule"]["type"] == "price"), None)
    other_factors = [f for f in factors if f["rule"]["type"] != "price"]

    issues_corrected: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []

    # 1. price correction, 2. validity ------------------------------------------------------
    for b in bidders:
        price, corrected = _corrected_price(b)
        if corrected:
            issues_corrected.append({"kind": "price_corrected", "bidder": b["id"]})
        item_reasons = _failed_items(doc, b["id"])
        over = price > ceiling
        low_decision = next(
            (d for d in decisions if d["bidder"] == b["id"] and d["kind"] == "low_price"), None
        )
        declared = any(d["bidder"] == b["id"] and d["kind"] == "invalid" for d in decisions)
        reasons = list(item_reasons)
        if over:
            reasons.append("over_ceiling")
        if low_decision is not None and not low_decision["accepted"]:
            reasons.append("low_price")
        if declared:
            reasons.append("declared_invalid")
        rows.append(
            {
                "bidder": b,
                "price": price,
                "in_population": not item_reasons and not over,
                "low_decision": low_decision,
                "reasons": reasons,
            }
        )

    # 3. abnormal low price -------------------------------------------------------------------
    population = [r["price"] for r in rows if r["in_population"]]
    ordered = sorted(population)
    low = rules["low_price"]
    for r in rows:
        fired: list[str] = []
        if r["in_population"]:
            p = r["price"]
            if low["average"] is not None and p < low["average"] * mean(population):
                fired.append("average")
            if (
                low["second_lowest"] is not None
                and len(ordered) >= 2
                and p < low["second_lowest"] * ordered[1]
            ):
                fired.append("second_lowest")
            if low["ceiling"] is not None and p < low["ceiling"] * ceiling:
                fired.append("ceiling")
        r["low_price"] = fired
        if r["reasons"]:
            r["status"] = "invalid"
        elif fired and r["low_decision"] is None:
            r["status"] = "pending"
        else:
            r["status"] = "valid"

    # 4. evaluated price ----------------------------------------------------------------------
    small_d = frac(rules["small_deduction"])
    partner_d = frac(rules["partner_deduction"])
    partner_min = frac(rules["partner_min_share"])
    for r in rows:
        b = r["bidder"]
        if rules["deduction_mode"] == "lines":
            amount = frac(b["small_amount"]) if b.get("small_amount") is not None else Fraction(0)
            r["evaluated"] = r["price"] - amount * small_d
            r["deduction"] = small_d if amount > 0 else Fraction(0)
        else:
            if b.get("size") in SMALL_SIZES or b.get("prison") or b.get("disabled"):
                d = small_d
            elif b.get("partner_share") is not None and frac(b["partner_share"]) >= partner_min:
                d = partner_d
            else:
                d = Fraction(0)
            r["evaluated"] = r["price"] * (1 - d)
            r["deduction"] = d

    live = [r for r in rows if r["status"] != "invalid"]

    # 5. price score --------------------------------------------------------------------------
    if live and price_factor is not None:
        base = min(r["evaluated"] for r in live)
        pmax = frac(price_factor["max"])
        for r in live:
            r["price_score"] = round_half_up(base / r["evaluated"] * pmax, places)
    else:
        for r in live:
            r["price_score"] = None

    # 6. other factors --------------------------------------------------------------------------
    scores = doc.get("scores") or []
    categories: list[str] = []
    for f in other_factors:
        if f["category"] not in categories:
            categories.append(f["category"])
    mismatches: list[dict[str, Any]] = []
    outliers: list[dict[str, Any]] = []
    for r in live:
        bid = r["bidder"]["id"]
        # pts[factor id][member index]
        pts: dict[str, list[Fraction]] = {}
        for f in other_factors:
            mine = [s for s in scores if s["bidder"] == bid and s["factor"] == f["id"]]
            joint = [s for s in mine if s.get("member") is None]
            fmax = frac(f["max"])
            row = []
            for m in members:
                if joint:
                    value = joint[0]["value"]
                else:
                    value = next(s["value"] for s in mine if s["member"] == m["id"])
                row.append(points(f["rule"], fmax, value))
            pts[f["id"]] = row
            if f.get("objective", False):
                if len(set(row)) > 1:
                    mismatches.append({"kind": "objective_mismatch", "bidder": bid, "factor": f["id"]})
            elif len(row) >= 2:
                limit = fmax * Fraction(3, 10)
                for i, p in enumerate(row):
                    others = row[:i] + row[i + 1 :]
                    if abs(p - mean(others)) > limit:
                        outliers.append({"kind": "outlier", "bidder": bid, "factor": f["id"]})
                        break
        n = len(members)
        factor_means = {f["id"]: (mean(pts[f["id"]]) if n else Fraction(0)) for f in other_factors}
        cat_means: dict[str, Fraction] = {}
        for c in categories:
            subtotals = [
                sum((pts[f["id"]][i] for f in other_factors if f["category"] == c), Fraction(0))
                for i in range(n)
            ]
            cat_means[c] = mean(subtotals) if n else Fraction(0)
        r["factors"] = {fid: round_half_up(q, places) for fid, q in factor_means.items()}
        r["categories"] = {c: round_half_up(q, places) for c, q in cat_means.items()}
        averaging = rules["averaging"]
        if averaging == "member_total":
            member_sums = [sum((pts[f["id"]][i] for f in other_factors), Fraction(0)) for i in range(n)]
            non_price = round_half_up(mean(member_sums) if n else Fraction(0), places)
        elif averaging == "per_category":
            non_price = sum(r["categories"].values(), Decimal(0))
        elif averaging == "per_factor":
            non_price = sum(r["factors"].values(), Decimal(0))
        else:
            raise ValueError(averaging)
        total = non_price + (r["price_score"] if r["price_score"] is not None else Decimal(0))
        r["total"] = total.quantize(Decimal(1).scaleb(-places))

    # 7. rank -----------------------------------------------------------------------------------
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        parts: list[Any] = [-r["total"]]
        for tb in rules["tie_break"]:
            if tb == "quoted_price":
                parts.append(r["price"])
            elif tb == "evaluated_price":
                parts.append(r["evaluated"])
            elif tb.startswith("category:"):
                parts.append(-r["categories"][tb[len("category:") :]])
            else:
                raise ValueError(tb)
        return tuple(parts)

    n_candidates = int(rules["candidates"])
    ties: list[dict[str, Any]] = []
    for r in live:
        k = key(r)
        r["rank"] = 1 + sum(1 for o in live if key(o) < k)
        equal = sum(1 for o in live if key(o) == k)
        r["tied"] = equal >= 2 and r["rank"] <= n_candidates
        if r["tied"]:
            ties.append({"kind": "tie", "bidder": r["bidder"]["id"]})

    # 8. candidates and failure -----------------------------------------------------------------
    failed = len(live) < int(rules["min_valid_bids"])
    if failed:
        candidates: list[str] = []
    else:
        chosen = [(r["rank"], i, r) for i, r in enumerate(rows) if r["status"] != "invalid"]
        chosen = [c for c in chosen if c[0] <= n_candidates]
        candidates = [c[2]["bidder"]["id"] for c in sorted(chosen, key=lambda c: (c[0], c[1]))]

    # issues, in the order of decision 12 -------------------------------------------------------
    issues: list[dict[str, Any]] = []
    if factors and sum((frac(f["max"]) for f in factors), Fraction(0)) != 100:
        issues.append({"kind": "total_not_100"})
    issues += issues_corrected
    issues += [
        {"kind": "low_price_pending", "bidder": r["bidder"]["id"]} for r in rows if r["status"] == "pending"
    ]
    issues += mismatches  # already in bidder order, factor order within a bidder
    issues += outliers
    issues += ties
    final = not any(i["kind"] in ("low_price_pending", "objective_mismatch", "tie") for i in issues)

    out_bidders = []
    for r in rows:
        is_live = r["status"] != "invalid"
        out_bidders.append(
            {
                "id": r["bidder"]["id"],
                "status": r["status"],
                "reasons": r["reasons"],
                "price": show(r["price"], 2),
                "evaluated_price": show(r["evaluated"], 2),
                "deduction": show(r["deduction"], 2),
                "low_price": r["low_price"],
                "price_score": (str(r["price_score"]) if is_live and r["price_score"] is not None else None),
                "factors": {k: str(v) for k, v in r["factors"].items()} if is_live else None,
                "categories": {k: str(v) for k, v in r["categories"].items()} if is_live else None,
                "total": str(r["total"]) if is_live else None,
                "rank": r["rank"] if is_live else None,
                "tied": r["tied"] if is_live else None,
            }
        )

    return {
        "format": "bideval-result/1",
        "final": final,
        "failed": failed,
        "candidates": candidates,
        "bidders": out_bidders,
        "issues": issues,
    }
