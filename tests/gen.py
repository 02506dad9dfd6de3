"""Hypothesis strategies for random VALID `bideval/1` documents.

The documents cover the whole format (every rule type, both price modes, every averaging mode,
deduction modes, checks, decisions, joint scores, tie-break lists, optional keys left out …), and
draw prices and scores from small grids so that ties, low-price flags, over-ceiling bids, objective
mismatches, outliers and failed procurements all occur often.

Values come back as json.loads(..., parse_float=Decimal) would give them: decimals are mostly
strings, sometimes ``Decimal`` (a JSON number with a fraction) or ``int``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hypothesis import strategies as st

from app.domain.numerals import format_rmb

CATEGORIES = ["价格", "商务", "技术", "综合"]
METHODS = [
    "open_tender",
    "invited_tender",
    "competitive_consultation",
    "competitive_negotiation",
    "inquiry",
    "single_source",
]
RULE_TYPES = ["count", "grades", "range", "items", "hours"]
LOW_RATES = ["0.30", "0.40", "0.45", "0.50", "0.55", "0.60", "0.65"]
CENT = Decimal("0.01")

# fractions of the ceiling from which prices are drawn: around the low-price thresholds, at and
# just above the ceiling
PRICE_FRACTIONS = [
    "0.20", "0.25", "0.30", "0.3333", "0.40", "0.44", "0.45", "0.46", "0.50", "0.55", "0.60",
    "0.6667", "0.70", "0.75", "0.80", "0.85", "0.90", "0.95", "1", "1.05",
]  # fmt: skip
AMOUNT_CEILINGS = ["1000000.00", "2545000.00", "8767867.39", "300000", "999999.99", "7"]
RATE_CEILINGS = ["100.00", "95.00", "90.50", "99.99"]


_PICKS: dict[tuple[tuple[type, str], ...], st.SearchStrategy[Any]] = {}


def pick(values: Sequence[Any]) -> st.SearchStrategy[Any]:
    """``st.sampled_from(values)``, built once per distinct list of values.

    A strategy built anew for every draw is validated anew (most of the generator's time went there). The
    values' types and exact forms are the key, so ``3``, ``"3"`` and ``Decimal("3.0")`` never share a strategy
    (hypothesis's own cache compares a tuple's items by ``==``, which would).
    """
    key = tuple((type(v), repr(v)) for v in values)
    found = _PICKS.get(key)
    if found is None:
        found = _PICKS[key] = st.sampled_from(tuple(values))
    return found


def money(q: Decimal) -> Decimal:
    return q.quantize(CENT, rounding=ROUND_HALF_UP)


_FORMS = st.sampled_from(("str", "str", "str", "str", "num", "int"))


def dec(draw: st.DrawFn, value: Decimal | str) -> Any:
    """One decimal in one of the forms a JSON reader may give: str (mostly), Decimal or int."""
    value = Decimal(value)
    form = draw(_FORMS)
    if form == "num":
        return value
    if form == "int" and value == value.to_integral_value():
        return int(value)
    return str(value)


def maybe(draw: st.DrawFn, p_absent: float = 0.3) -> bool:
    """True when an optional key should be written out."""
    return draw(st.integers(0, 99)) >= int(p_absent * 100)


# ------------------------------------------------------------------------------------------------
# factors and their score values
# ------------------------------------------------------------------------------------------------
@st.composite
def factor_rule(draw: st.DrawFn, kind: str, maximum: Decimal) -> dict[str, Any]:
    if kind == "count":
        return {"type": "count", "each": dec(draw, draw(pick(["0.5", "1", "2", "2.5", "3"])))}
    if kind == "grades":
        pool = sorted(
            {
                maximum,
                Decimal(0),
                *[v for v in map(Decimal, ["0.5", "1", "2", "3", "4", "6"]) if v <= maximum],
                money(maximum / 2),
            }
        )
        values = draw(st.lists(pick(pool), min_size=1, max_size=5, unique=True))
        values.sort(reverse=True)
        return {"type": "grades", "values": [dec(draw, v) for v in values]}
    if kind == "range":
        rule: dict[str, Any] = {"type": "range"}
        if maybe(draw, 0.4):
            rule["step"] = dec(draw, draw(pick(["0.01", "0.25", "0.5", "1", "0.1"])))
        return rule
    if kind == "items":
        pool = [v for v in map(Decimal, ["0", "0.2", "0.5", "0.8", "1", "2"]) if v <= maximum]
        values = draw(st.lists(pick(pool), min_size=1, max_size=4, unique=True))
        return {"type": "items", "n": draw(st.integers(1, 6)), "values": [dec(draw, v) for v in values]}
    if kind == "hours":
        rule = {"type": "hours", "baseline": dec(draw, draw(pick(["6", "4", "8", "2.5"])))}
        if maybe(draw, 0.4):
            rule["each"] = dec(draw, draw(pick(["1", "0.5", "2", "1.5"])))
        return rule
    raise ValueError(kind)


def value_pool(f: dict[str, Any]) -> list[Any]:
    """A few raw score values for factor `f` (kept small so that ties and mismatches are common)."""
    rule = f["rule"]
    maximum = Decimal(str(f["max"]))
    kind = rule["type"]
    if kind == "count":
        return [0, 1, 2, 3, 5]
    if kind == "grades":
        return list(rule["values"])
    if kind == "range":
        step = Decimal(str(rule.get("step", "0.01")))
        top = (maximum / step).to_integral_value(rounding="ROUND_FLOOR")
        ks = sorted({0, int(top), int(top) // 2, int(top) // 3, max(int(top) - 1, 0)})
        return [str(step * k) for k in ks]
    if kind == "items":
        return ["ITEMS"]  # drawn per score, see score_value
    if kind == "hours":
        base = Decimal(str(rule["baseline"]))
        return [None, "0", "1", "2.5", str(base - Decimal("0.5")), str(base), str(base + 1), "0.9"]
    raise ValueError(kind)


def score_value(draw: st.DrawFn, f: dict[str, Any], pool: list[Any]) -> Any:
    rule = f["rule"]
    kind = rule["type"]
    if kind == "items":
        return [dec(draw, Decimal(str(draw(pick(rule["values"]))))) for _ in range(rule["n"])]
    raw = draw(pick(pool))
    if raw is None:
        return None
    if kind == "count":
        return draw(pick([raw, str(raw), Decimal(f"{raw}.0")]))
    if kind == "grades":
        v = Decimal(str(raw))
        # a grade matches numerically (decision 5): "3.0" is the grade 3
        return draw(pick([raw, str(v), v, str(v) + ("0" if "." in str(v) else ".0")]))
    return dec(draw, Decimal(str(raw)))


@st.composite
def factors(draw: st.DrawFn, max_factors: int) -> list[dict[str, Any]]:
    n = draw(st.integers(0, max_factors))
    with_price = n > 0 and draw(st.integers(0, 9)) < 8
    cats = draw(st.lists(pick(CATEGORIES), min_size=1, max_size=3, unique=True))
    out: list[dict[str, Any]] = []
    for i in range(n - (1 if with_price else 0)):
        kind = draw(pick(RULE_TYPES))
        maximum = Decimal(draw(pick(["1", "2", "3", "4", "5", "6", "7", "9", "10", "15", "36"])))
        f: dict[str, Any] = {
            "id": f"F{i + 1}",
            "name": f"因素{i + 1}",
            "category": draw(pick(cats)),
            "max": dec(draw, maximum),
        }
        objective = draw(pick([None, True, False, kind in ("count", "hours")]))
        if objective is not None:
            f["objective"] = objective
        if draw(st.integers(0, 4)) == 0:
            f["blind"] = draw(st.booleans())
        if draw(st.integers(0, 4)) == 0:
            f["group"] = draw(pick(["人员配备", "方案", ""]))
        f["rule"] = draw(factor_rule(kind, maximum))
        out.append(f)
    if with_price:
        others = sum((Decimal(str(f["max"])) for f in out), Decimal(0))
        if others < 100 and draw(st.booleans()):
            pmax = 100 - others  # make the maxima sum to exactly 100
        else:
            pmax = Decimal(draw(pick(["10", "15", "30", "3", "7", "13"])))
        price = {
            "id": "P",
            "name": "投标报价",
            "category": draw(pick(["价格", *cats])),
            "max": dec(draw, pmax),
            "rule": {"type": "price"},
        }
        out.insert(draw(st.integers(0, len(out))), price)
    return out


# ------------------------------------------------------------------------------------------------
# the document
# ------------------------------------------------------------------------------------------------
@st.composite
def documents(
    draw: st.DrawFn,
    min_bidders: int = 1,
    max_bidders: int = 8,
    max_members: int = 7,
    max_factors: int = 12,
) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": "bideval/1"}

    # project --------------------------------------------------------------------------------
    method = draw(pick(METHODS))
    mode = draw(pick(["amount", "amount", "rate"]))
    project: dict[str, Any] = {"name": "测试项目", "method": method}
    if mode == "amount":
        ceiling = Decimal(draw(pick(AMOUNT_CEILINGS)))
        if draw(st.booleans()):
            project["budget"] = dec(draw, ceiling)
            project["ceiling"] = None
        else:
            project["budget"] = dec(draw, money(ceiling * Decimal(draw(pick(["1", "1.1", "0.9"])))))
            project["ceiling"] = dec(draw, ceiling)
        if draw(st.booleans()):
            project["price_mode"] = "amount"
    else:
        project["price_mode"] = "rate"
        ceiling = Decimal(draw(pick(RATE_CEILINGS)))
        project["budget"] = draw(pick([None, "500000.00", "100.00"]))
        if ceiling == 100 and draw(st.booleans()):
            project["ceiling"] = None
        else:
            project["ceiling"] = dec(draw, ceiling)
    if project.get("ceiling") is None and draw(st.booleans()):
        del project["ceiling"]
    for key, value in (
        ("number", "测-2025-001"),
        ("purchaser", "采购人"),
        ("agency", "代理机构"),
        ("industry", "软件和信息技术服务业"),
        ("opening", "2025-11-25"),
    ):
        if maybe(draw):
            project[key] = value
    doc["project"] = project

    # rules -----------------------------------------------------------------------------------
    the_factors = draw(factors(max_factors))
    non_price = [f for f in the_factors if f["rule"]["type"] != "price"]
    rules: dict[str, Any] = {}
    if maybe(draw):
        rules["small_deduction"] = dec(draw, draw(pick(["0.20", "0.10", "0.15", "0.125", "0"])))
    if maybe(draw):
        rules["partner_deduction"] = dec(draw, draw(pick(["0.06", "0.04", "0.05", "0.045"])))
    if maybe(draw):
        rules["partner_min_share"] = dec(draw, draw(pick(["0.30", "0.25", "0.5", "1"])))
    if maybe(draw):
        rules["deduction_mode"] = draw(pick(["whole", "lines"]))
    if maybe(draw):
        rules["averaging"] = draw(pick(["member_total", "per_category", "per_factor"]))
    if maybe(draw):
        rules["decimals"] = draw(st.integers(0, 4))
    if maybe(draw):
        rules["candidates"] = draw(st.integers(1, 4))
    if maybe(draw):
        rules["min_valid_bids"] = draw(st.integers(0, 4))
    if maybe(draw):
        low = draw(pick(["null", "dict", "dict", "dict"]))
        if low == "null":
            rules["low_price"] = None
        else:
            rules["low_price"] = {}
            for t in ("average", "second_lowest", "ceiling"):
                if maybe(draw, 0.25):
                    rate = draw(pick([None, *LOW_RATES]))
                    rules["low_price"][t] = None if rate is None else dec(draw, rate)
    if maybe(draw):
        options = [
            "quoted_price",
            "evaluated_price",
            *sorted({f"category:{f['category']}" for f in non_price}),
        ]
        rules["tie_break"] = draw(st.lists(pick(options), max_size=3, unique=True))
    if rules or draw(st.booleans()):
        doc["rules"] = rules
    partner_min = Decimal(str(rules.get("partner_min_share", "0.30")))

    # checklists ------------------------------------------------------------------------------
    n_q = draw(st.integers(0, 3))
    n_c = draw(st.integers(0, 3))
    doc["qualification"] = [
        {"id": f"Q{i + 1}", "name": f"资格{i + 1}", "criterion": "按要求提供"} for i in range(n_q)
    ]
    doc["compliance"] = [{"id": f"C{i + 1}", "name": f"符合{i + 1}", "criterion": "满足"} for i in range(n_c)]
    doc["factors"] = the_factors

    # bidders ---------------------------------------------------------------------------------
    n_b = draw(st.integers(min_bidders, max_bidders))
    grid = [money(ceiling * Decimal(x)) for x in PRICE_FRACTIONS] + [ceiling + CENT, ceiling]
    grid = [p for p in grid if p > 0]
    pool = draw(st.lists(pick(grid), min_size=1, max_size=4))
    # in "unit" documents every price is a small multiple of one unit, so that a price often lands
    # exactly on a low-price threshold (e.g. 1, 2, 3 units: 1 = 0.50 × mean; 1 = 0.50 × 2)
    unit = money(ceiling / draw(pick([4, 8, 10])))
    scheme = draw(pick(["mixed", "mixed", "unit"]))
    bidders = []
    corrected: list[Decimal] = []
    for i in range(n_b):
        how = "unit" if scheme == "unit" else draw(pick(["pool", "pool", "pool", "grid", "free"]))
        if how == "unit":
            price = unit * draw(st.integers(1, 11))
        elif how == "pool":
            price = draw(pick(pool))
        elif how == "grid":
            price = draw(pick(grid))
        else:
            cents = draw(st.integers(max(1, int(ceiling * 20)), int(ceiling * 110)))
            price = Decimal(cents) / 100
        if mode == "rate" and draw(st.integers(0, 19)) == 0:
            price = price + Decimal("0.005")  # 3 places: shown half-up to 2
        b: dict[str, Any] = {"id": f"B{i + 1}", "name": f"投标人{i + 1}"}
        figures: Any = dec(draw, price)
        words = None
        real = price
        if price == money(price) and draw(st.integers(0, 9)) < (4 if mode == "amount" else 1):
            if draw(st.booleans()):
                words = format_rmb(price)
            else:
                other = draw(pick([*pool, *grid, price + CENT, price + 10000]))
                words = format_rmb(other)
                real = other
                if draw(st.integers(0, 3)) == 0:
                    figures = None
        b["price"] = figures
        if words is not None or draw(st.booleans()):
            b["price_words"] = words
        corrected.append(real)
        if maybe(draw):
            b["size"] = draw(pick([None, "large", "medium", "small", "micro"]))
        if maybe(draw, 0.5):
            b["prison"] = draw(st.integers(0, 5)) == 0
        if maybe(draw, 0.5):
            b["disabled"] = draw(st.integers(0, 5)) == 0
        if maybe(draw):
            share = draw(
                pick(
                    [
                        None,
                        None,
                        "0",
                        "0.10",
                        str(partner_min - CENT),
                        str(partner_min),
                        str(min(partner_min + CENT, Decimal(1))),
                        "0.5",
                        "1",
                    ]
                )
            )
            b["partner_share"] = None if share is None else dec(draw, share)
        if maybe(draw):
            part = draw(pick([None, None, "0", "0.25", "0.375", "0.5", "1"]))
            b["small_amount"] = None if part is None else dec(draw, money(real * Decimal(part)).min(real))
        bidders.append(b)
    doc["bidders"] = bidders

    # members ---------------------------------------------------------------------------------
    n_m = draw(st.integers(1, max_members))
    doc["members"] = [
        {
            "id": f"M{i + 1}",
            "name": f"评委{i + 1}",
            "role": draw(pick(["expert", "expert", "purchaser"])),
        }
        for i in range(n_m)
    ]
    member_ids = [m["id"] for m in doc["members"]]

    # checks ----------------------------------------------------------------------------------
    checks: list[dict[str, Any]] = []
    surely_invalid = [False] * n_b
    for bi, b in enumerate(bidders):
        for stage, items in (("qualification", doc["qualification"]), ("compliance", doc["compliance"])):
            for item in items:
                how = draw(pick(["none"] * 12 + ["joint"] * 2 + ["members"] * 3 + ["both"]))
                verdicts: list[tuple[str | None, bool]] = []
                if how in ("joint", "both"):
                    verdicts.append((None, draw(st.integers(0, 4)) > 0))
                if how in ("members", "both"):
                    who = draw(st.lists(pick(member_ids), min_size=1, unique=True))
                    verdicts += [(m, draw(st.integers(0, 2)) > 0) for m in who]
                joint = [ok for m, ok in verdicts if m is None]
                member_fails = [ok for m, ok in verdicts if m is not None]
                if (joint and not joint[0]) or (
                    not joint and 2 * sum(1 for ok in member_fails if not ok) > len(member_fails)
                ):
                    surely_invalid[bi] = True
                for m, ok in verdicts:
                    c: dict[str, Any] = {"stage": stage, "bidder": b["id"], "item": item["id"]}
                    if m is not None or draw(st.booleans()):
                        c["member"] = m
                    c["pass"] = ok
                    if draw(st.booleans()):
                        c["note"] = "" if ok else "未提供"
                    checks.append(c)
    doc["checks"] = draw(st.permutations(checks)) if draw(st.booleans()) else checks

    # decisions -------------------------------------------------------------------------------
    decisions: list[dict[str, Any]] = []
    for bi, b in enumerate(bidders):
        if draw(st.integers(0, 4)) == 4:
            d: dict[str, Any] = {"bidder": b["id"], "kind": "low_price", "accepted": draw(st.booleans())}
            if draw(st.booleans()):
                d["note"] = "成本测算合理" if d["accepted"] else "不能证明其报价合理性"
            decisions.append(d)
            if not d["accepted"]:
                surely_invalid[bi] = True
        if draw(st.integers(0, 19)) == 19:
            decisions.append({"bidder": b["id"], "kind": "invalid", "reason": "串通投标"})
            surely_invalid[bi] = True
        if corrected[bi] > ceiling:
            surely_invalid[bi] = True
    doc["decisions"] = decisions

    # scores ----------------------------------------------------------------------------------
    pools = {f["id"]: value_pool(f) for f in non_price}
    scores: list[dict[str, Any]] = []
    # some bidders copy another's score sheet, so that totals tie often
    sheets: list[dict[tuple[str, str | None], Any]] = []
    for bi, b in enumerate(bidders):
        if sheets and draw(st.integers(0, 2)) == 2:
            sheet = dict(draw(pick(sheets)))
        else:
            sheet = {}
            for f in non_price:
                objective = bool(f.get("objective", False))
                style = (
                    draw(pick(["joint", "same", "same", "each", "joint+each"]))
                    if objective
                    else draw(pick(["same", "each", "each"]))
                )
                if style in ("joint", "joint+each"):
                    sheet[(f["id"], None)] = score_value(draw, f, pools[f["id"]])
                if style == "same":
                    v = score_value(draw, f, pools[f["id"]])
                    for m in member_ids:
                        sheet[(f["id"], m)] = v
                if style in ("each", "joint+each"):
                    for m in member_ids:
                        if style == "each" or draw(st.booleans()):
                            sheet[(f["id"], m)] = score_value(draw, f, pools[f["id"]])
        sheets.append(sheet)
        skip = surely_invalid[bi] and draw(st.booleans())
        for (fid, m), v in sheet.items():
            if skip and draw(st.booleans()):
                continue  # scores of invalid bids may be missing
            scores.append({"member": m, "bidder": b["id"], "factor": fid, "value": v})
    doc["scores"] = draw(st.permutations(scores)) if draw(st.integers(0, 3)) == 0 else scores

    # optional lists left out when empty, an extension object sometimes
    for key in ("qualification", "compliance", "factors", "checks", "scores", "decisions"):
        if not doc[key] and draw(st.booleans()):
            del doc[key]
    if draw(st.integers(0, 9)) == 0:
        doc["x"] = {"generator": "tests/gen.py", "anything": [1, {"free": True}]}
    return doc


def small_documents() -> st.SearchStrategy[dict[str, Any]]:
    """Few bidders, members and factors: quick to run, easy to read when a test fails."""
    return documents(min_bidders=1, max_bidders=4, max_members=3, max_factors=4)
