"""The prices: the findings ``identical_price`` and ``regular_prices``, and the statistics for the report.

Prices are the corrected quoted prices (大写 over 小写, :func:`app.domain.pricing.correct_price`, as the
evaluation engine reads them). The findings look at every bid with a readable price, valid or not
(a bid above the ceiling may be the one that makes the pattern); the statistics at the valid bids
only, as :func:`app.domain.engine.review_bids` decides validity (failed checks, over the ceiling, a
rejected low price, declared invalid; a bid still awaiting a low-price decision counts as valid).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from itertools import combinations, pairwise
from typing import Any

from app.domain.engine import review_bids
from app.domain.model import Evaluation
from app.domain.validate import check_structure
from app.screening.model import id_order

__all__ = ["Bid", "bids_of", "price_findings", "statistics"]

PLACES = Decimal("0.0001")
ARITHMETIC_TOLERANCE = Decimal("0.01")
GEOMETRIC_TOLERANCE = Decimal("0.001")
#: Sequences examined at most (a tender has tens of bids, not thousands).
MAX_SEQUENCES = 2_000


@dataclass(frozen=True)
class Bid:
    """One bid's corrected price, whether the capitals changed it, and whether the bid is valid."""

    bidder: str
    price: Decimal
    corrected: bool
    valid: bool


def bids_of(ev: Evaluation) -> list[Bid]:
    """Every bid with a readable price, in the order of the opening record."""
    problems: list[Any] = []
    checked = check_structure(ev, problems)
    reviews = review_bids(ev, checked)
    return [Bid(b.id, reviews[b.id].price, reviews[b.id].corrected, reviews[b.id].status != "invalid")
            for b in ev.bidders if b.id in reviews]


def _q(value: Decimal) -> str:
    return format(value.quantize(PLACES, rounding=ROUND_HALF_UP), "f")


def _pstdev(values: Sequence[Decimal]) -> Decimal:
    mean = sum(values, Decimal(0)) / len(values)
    return (sum(((v - mean) ** 2 for v in values), Decimal(0)) / len(values)).sqrt()


def statistics(prices: Sequence[Decimal]) -> dict[str, Any]:
    """``cv``, ``spd``, ``diffp``, ``rd`` (four places, half up) and ``n`` of the valid bids' prices.

    ``cv`` = population standard deviation ÷ mean; ``spd`` = (bn − b1) ÷ b1; ``diffp`` = (b2 − b1) ÷ b1;
    ``rd`` = (b2 − b1) ÷ the population standard deviation of b2 … bn, null when n < 3 or that deviation is 0.
    A value that needs more bids than there are is null.
    """
    b = sorted(prices)
    n = len(b)
    out: dict[str, Any] = {"cv": None, "spd": None, "diffp": None, "rd": None, "n": n}
    with localcontext() as ctx:
        ctx.prec = 60
        if n >= 1 and b[0] > 0:
            mean = sum(b, Decimal(0)) / n
            out["cv"] = _q(_pstdev(b) / mean)
            out["spd"] = _q((b[-1] - b[0]) / b[0])
        if n >= 2 and b[0] > 0:
            out["diffp"] = _q((b[1] - b[0]) / b[0])
        if n >= 3:
            sd = _pstdev(b[1:])
            if sd != 0:
                out["rd"] = _q((b[1] - b[0]) / sd)
    return out


def _arithmetic(values: Sequence[Decimal]) -> Decimal | None:
    steps = [y - x for x, y in pairwise(values)]
    mean = (values[-1] - values[0]) / len(steps)
    if mean <= 0 or any(s <= 0 or abs(s - mean) > ARITHMETIC_TOLERANCE * mean for s in steps):
        return None
    return mean


def _geometric(values: Sequence[Decimal]) -> Decimal | None:
    if values[0] <= 0:
        return None
    ratios = [y / x for x, y in pairwise(values)]
    mean = sum(ratios, Decimal(0)) / len(ratios)
    if any(r <= 1 or abs(r - mean) > GEOMETRIC_TOLERANCE * mean for r in ratios):
        return None
    return mean


def _progressions(bids: Sequence[Bid]) -> list[tuple[tuple[int, ...], str]]:
    """The maximal sets of 3 or more bids whose sorted prices progress regularly, with how."""
    prices = [b.price for b in bids]
    found: dict[tuple[int, ...], str] = {}
    with localcontext() as ctx:
        ctx.prec = 40

        def how(seq: tuple[int, ...]) -> str | None:
            values = [prices[i] for i in seq]
            parts = []
            step = _arithmetic(values)
            if step is not None:
                parts.append(f"arithmetic progression, mean step {step.quantize(Decimal('0.01'), ROUND_HALF_UP)}")
            ratio = _geometric(values)
            if ratio is not None:
                parts.append(f"geometric progression, mean ratio {ratio.quantize(PLACES, ROUND_HALF_UP)}")
            return "; ".join(parts) or None

        frontier: list[tuple[int, ...]] = []
        for triple in combinations(range(len(bids)), 3):
            label = how(triple)
            if label:
                found[triple] = label
                frontier.append(triple)
        while frontier and len(found) < MAX_SEQUENCES:
            grown: list[tuple[int, ...]] = []
            for seq in frontier:
                for nxt in range(seq[-1] + 1, len(bids)):
                    longer = (*seq, nxt)
                    if longer not in found:
                        label = how(longer)
                        if label:
                            found[longer] = label
                            grown.append(longer)
            frontier = grown
    sets = {seq: set(seq) for seq in found}
    return [(seq, label) for seq, label in found.items()
            if not any(len(other) > len(seq) and sets[seq] < sets[other] for other in found)]


def _evidence(bid: Bid, project_file: str) -> dict[str, Any]:
    where = "opening record: quoted price" + (" (corrected by the capitals)" if bid.corrected else "")
    return {"bidder": bid.bidder, "file": project_file, "where": where, "text": format(bid.price, "f")}


def price_findings(bids: Sequence[Bid], project_file: str,
                   tender_amounts: AbstractSet[Decimal] = frozenset()) -> list[dict[str, Any]]:
    """``identical_price`` (one per group of equal prices) and ``regular_prices`` (one per maximal set).

    A price that the tender's text writes as a sum (its budget or ceiling, 2545000元) is no ``identical_price``:
    a number the tender contains never counts (two bids at the ceiling are not one hand's).
    """
    out: list[dict[str, Any]] = []
    by_price: dict[Decimal, list[Bid]] = {}
    for bid in bids:
        by_price.setdefault(bid.price, []).append(bid)
    for price, group in by_price.items():
        if len(group) >= 2 and price not in tender_amounts:
            group = sorted(group, key=lambda b: id_order(b.bidder))
            out.append({"kind": "identical_price", "article": "37(4)", "strength": "strong",
                        "bidders": [b.bidder for b in group],
                        "evidence": [_evidence(b, project_file) for b in group]})
    ordered = sorted(bids, key=lambda b: (b.price, id_order(b.bidder)))
    seen: set[tuple[str, ...]] = set()
    for seq, label in _progressions(ordered):
        members = [ordered[i] for i in seq]
        ids = tuple(sorted((b.bidder for b in members), key=id_order))
        if ids in seen:
            continue
        seen.add(ids)
        out.append({"kind": "regular_prices", "article": "37(4)", "strength": "moderate", "bidders": list(ids),
                    "detail": label, "evidence": [_evidence(b, project_file) for b in members]})
    return out
