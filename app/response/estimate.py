"""The bidder's score estimate (response.md, ``respond estimate``): ``bideval-estimate/1``.

The price part is the evaluation engine itself: the response and the assumed competitors (quoted
prices, size ``large``, no partner share) become the bids of an evaluation holding the tender's price
factor, and :func:`app.domain.engine.evaluate` gives the deduction, the evaluated price, the price
score and the low-price triggers, with the tender's own rules and rounding. The other factors come
from the claims through :func:`app.domain.scoring.points`: an objective factor scores its claim (0
without one); a subjective factor scores its claim, or anything from 0 to its max without one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain import model as m
from app.domain.engine import evaluate
from app.domain.numbers import fmt, round_half_up
from app.domain.problems import InvalidInput, Problem
from app.domain.scoring import ValueRejected, parse_value, points
from app.response.model import Response
from app.response.selfcheck import quoted_price

FORMAT = "bideval-estimate/1"
SELF = "self"


@dataclass(frozen=True)
class Estimate:
    """What the bid can expect; every score already rounded to the tender's decimals."""

    deduction: Decimal
    evaluated_price: Decimal
    price_score: Decimal | None
    low_price: tuple[str, ...]
    factors: dict[str, tuple[Decimal, Decimal]]
    total: tuple[Decimal, Decimal]
    status: str
    decimals: int


def as_bidder(resp: Response, ident: str = SELF) -> m.Bidder:
    """The response as the opening record holds it (the price as the evaluation reads it)."""
    price = quoted_price(resp)
    if price is None:
        raise InvalidInput([Problem.of("price", "estimate.neither_figures_nor_capitals",
                                       "neither the figures nor the capitals give a price")])
    return m.Bidder(id=ident, name=resp.bidder.name, price=price, size=resp.size, prison=resp.prison,
                    disabled=resp.disabled, partner_share=resp.partner_share, small_amount=resp.small_amount)


def claim_points(resp: Response) -> dict[str, Decimal]:
    """The exact points of every valid claim, by factor id."""
    factors = {f.id: f for f in resp.tender.evaluation.factors}
    out: dict[str, Decimal] = {}
    for claim in resp.claims:
        factor = factors.get(claim.factor)
        if factor is None or factor.is_price:
            continue
        try:
            out[factor.id] = points(factor, parse_value(factor, claim.value))
        except ValueRejected:
            continue
    return out


def estimate(resp: Response, others: list[Decimal] | None = None) -> Estimate:
    """The estimate against competitors quoting ``others`` (alone when None or empty).

    Raises:
        InvalidInput: no readable price, or a competitor's price is not a positive number.
    """
    tender = resp.tender.evaluation
    others = list(others or [])
    problems = [Problem.of(f"--others[{i}]", "estimate.not_positive_price",
                           "%1 is not a positive price", p) for i, p in enumerate(others) if p <= 0]
    if problems:
        raise InvalidInput(problems)
    bids = [as_bidder(resp)] + [m.Bidder(id=f"O{i + 1}", name=f"O{i + 1}", price=p, size="large")
                                for i, p in enumerate(others)]
    ev = dataclasses.replace(tender, factors=tuple(f for f in tender.factors if f.is_price), bidders=tuple(bids),
                             members=(), checks=(), scores=(), decisions=(),
                             rules=dataclasses.replace(tender.rules, min_valid_bids=0))
    try:
        mine = evaluate(ev).bidder(SELF)
    except InvalidInput as exc:
        raise InvalidInput([_place(p) for p in exc.problems]) from None
    places = tender.rules.decimals
    claimed = claim_points(resp)
    factors: dict[str, tuple[Decimal, Decimal]] = {}
    low = high = mine.price_score or Decimal(0)
    for f in tender.factors:
        if f.is_price:
            continue
        if f.id in claimed:
            lo = hi = claimed[f.id]
        elif f.objective:
            lo = hi = Decimal(0)
        else:
            lo, hi = Decimal(0), f.max
        factors[f.id] = (round_half_up(lo, places), round_half_up(hi, places))
        low, high = low + lo, high + hi
    return Estimate(deduction=mine.deduction, evaluated_price=mine.evaluated_price, price_score=mine.price_score,
                    low_price=mine.low_price, factors=factors,
                    total=(round_half_up(low, places), round_half_up(high, places)), status=mine.status,
                    decimals=places)


def _place(p: Problem) -> Problem:
    """An engine problem about the built bids, named as the response file or the command names it."""
    if p.path.startswith("bidders[0]."):
        return p.at(p.path[len("bidders[0]."):])
    if p.path.startswith("bidders["):
        index = int(p.path[len("bidders["):].split("]")[0]) - 1
        return p.at(f"--others[{index}]")
    return p.at(f"tender.{p.path}" if p.path else "tender")


def estimate_doc(est: Estimate) -> dict[str, Any]:
    """The `bideval-estimate/1` document."""
    places = est.decimals
    return {
        "format": FORMAT,
        "deduction": fmt(est.deduction, 2),
        "evaluated_price": fmt(est.evaluated_price, 2),
        "price_score": None if est.price_score is None else fmt(est.price_score, places),
        "low_price": list(est.low_price),
        "factors": {fid: {"min": fmt(lo, places), "max": fmt(hi, places)} for fid, (lo, hi) in est.factors.items()},
        "total": {"min": fmt(est.total[0], places), "max": fmt(est.total[1], places)},
    }
