"""The evaluation engine: from an :class:`Evaluation` to its :class:`Result`, per exchange-format.md.

Order of computation (the spec's "Rules of computation"): correct prices (大写 over 小写); decide
validity (reviews, ceiling, decisions); flag abnormal low prices in the compliant population;
apply the policy deduction; score the price against the lowest evaluated valid price; average the
members' points per the tender's averaging mode; rank with the tie-break chain (competition
ranking); recommend candidates or declare the procurement failed (废标).
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from app.domain.model import Bidder, Evaluation
from app.domain.numbers import EXACT as _EXACT
from app.domain.numbers import exact_sum, mean_of_total, mean_rounded, round_half_up
from app.domain.pricing import deduction_rate, evaluated_price, low_price_triggers, price_score
from app.domain.problems import InvalidInput, Problem
from app.domain.result import BLOCKING, BidderResult, Issue, Result
from app.domain.reviews import failed_items
from app.domain.validate import Checked, ScoreTable, check_complete, check_structure

#: A subjective score further than this share of the factor's max from the other members' mean
#: is flagged as an outlier (评分畸高、畸低, 87号令 Art.64) for the committee to decide.
OUTLIER_SHARE = Decimal("0.3")
HUNDRED = Decimal(100)


@dataclass
class _Review:
    """Validity of one bid before scoring."""

    price: Decimal
    figures: Decimal | None
    corrected: bool
    reasons: list[str]
    in_population: bool
    triggers: tuple[str, ...] = ()
    status: str = "valid"


def evaluate(ev: Evaluation, scores: ScoreTable | None = None) -> Result:
    """Compute the result of an evaluation.

    Args:
        ev: the evaluation.
        scores: the evaluation's scores already checked by :func:`~app.domain.validate.check_scores`
            and kept in step with ``ev`` by the caller (a session changing one score at a time);
            by default every score is checked here.

    Raises:
        InvalidInput: the evaluation is incomplete or inconsistent; every problem is listed with
            the place it concerns.
    """
    problems: list[Problem] = []
    checked = check_structure(ev, problems, scores)
    reviews = review_bids(ev, checked)
    scored = [b.id for b in ev.bidders if b.id in reviews and reviews[b.id].status != "invalid"]
    if problems:
        check_complete(ev, checked, scored, problems)
        raise InvalidInput(problems)
    if len(reviews) != len(ev.bidders):  # pragma: no cover - an unreadable price is always a problem
        raise InvalidInput([Problem.of("bidders", "engine.bid_has_no_readable", "a bid has no readable price")])
    if scored and not ev.members and any(not f.is_price for f in ev.factors):
        raise InvalidInput([Problem.of("members", "engine.least_one_member_needed",
                                       "at least one member is needed to score the bids")])
    try:
        with localcontext(_EXACT):
            return _compute(ev, checked, reviews)
    except KeyError:
        # A score is missing: name every missing one (checked only now, as complete is the usual case).
        check_complete(ev, checked, scored, problems)
        raise InvalidInput(problems) from None


def review_bids(ev: Evaluation, checked: Checked) -> dict[str, _Review]:
    """Validity, abnormal-low-price flags and status of every bid with a readable price."""
    ceiling = ev.project.effective_ceiling
    qualification = failed_items(ev, "qualification")
    compliance = failed_items(ev, "compliance")
    low_price_decision = {d.bidder: bool(d.accepted) for d in ev.decisions if d.kind == "low_price"}
    declared_invalid = {d.bidder for d in ev.decisions if d.kind == "invalid"}
    reviews: dict[str, _Review] = {}
    for b in ev.bidders:
        cp = checked.prices.get(b.id)
        if cp is None:
            continue
        over = ceiling is not None and cp.price > ceiling
        reasons = [f"qualification:{i}" for i in qualification[b.id]]
        reasons += [f"compliance:{i}" for i in compliance[b.id]]
        passed_reviews = not reasons
        if over:
            reasons.append("over_ceiling")
        reviews[b.id] = _Review(cp.price, cp.figures, cp.corrected, reasons, passed_reviews and not over)
    population = [r.price for r in reviews.values() if r.in_population]
    for bid, r in reviews.items():
        if r.in_population:
            r.triggers = low_price_triggers(r.price, population, ceiling, ev.rules.low_price)
        if low_price_decision.get(bid) is False:
            r.reasons.append("low_price")
        if bid in declared_invalid:
            r.reasons.append("declared_invalid")
        if r.reasons:
            r.status = "invalid"
        elif r.triggers and bid not in low_price_decision:
            r.status = "pending"
    return reviews


def _compute(ev: Evaluation, checked: Checked, reviews: dict[str, _Review]) -> Result:
    """Price scores, member points, means and totals (raises KeyError when a score is missing)."""
    categories = list(dict.fromkeys(f.category for f in ev.factors if not f.is_price))
    bidders: dict[str, Bidder] = {b.id: b for b in ev.bidders}
    evaluated = {bid: evaluated_price(r.price, bidders[bid], ev.rules) for bid, r in reviews.items()}
    ranked_ids = [b.id for b in ev.bidders if reviews[b.id].status != "invalid"]
    base = min((evaluated[bid] for bid in ranked_ids), default=None)
    mismatch: list[Issue] = []
    outliers: list[Issue] = []
    out: dict[str, BidderResult] = {}
    for b in ev.bidders:
        out[b.id] = _score_bid(ev, b, reviews[b.id], evaluated[b.id], base, checked, mismatch, outliers)
    return _rank(ev, reviews, out, base, mismatch, outliers, categories)


def _score_bid(ev: Evaluation, b: Bidder, r: _Review, evaluated: Decimal, base: Decimal | None, checked: Checked,
               mismatch: list[Issue], outliers: list[Issue]) -> BidderResult:
    """One bid's price score, member points, means and total (raises KeyError when a score is missing)."""
    rules = ev.rules
    places = rules.decimals
    price_factor = next((f for f in ev.factors if f.is_price), None)
    scored_factors = [f for f in ev.factors if not f.is_price]
    categories = list(dict.fromkeys(f.category for f in scored_factors))
    member_ids = [m.id for m in ev.members]
    n = len(member_ids)
    pts = checked.points
    zero = Decimal(0)
    row = BidderResult(
        id=b.id, status=r.status, reasons=tuple(r.reasons), price=r.price, figures=r.figures,
        evaluated_price=evaluated, deduction=deduction_rate(b, rules), low_price=r.triggers,
    )
    if r.status == "invalid":
        return row
    ps = None
    if price_factor is not None and base is not None:
        ps = price_score(base, evaluated, price_factor.max, places)
    sheet: dict[str, dict[str, Decimal]] = {mid: {} for mid in member_ids}
    columns = [sheet[mid] for mid in member_ids]
    subtotals = {cat: [zero] * n for cat in categories}
    factor_scores: dict[str, Decimal] = {}
    bid = b.id
    for f in scored_factors:
        fid = f.id
        joint = pts.get((None, bid, fid)) if f.objective else None
        values = [joint] * n if joint is not None else [pts[(mid, bid, fid)] for mid in member_ids]
        sub = subtotals[f.category]
        for column, value in zip(columns, values, strict=True):
            column[fid] = value
        sub[:] = map(operator.add, sub, values)
        total = sum(values, zero)  # exact: the computation runs under the exact context (see evaluate)
        factor_scores[fid] = mean_of_total(total, n, places)
        if f.objective:
            if len(set(values)) > 1:
                mismatch.append(Issue("objective_mismatch", b.id, f.id))
        elif _has_outlier(values, total, f.max):
            outliers.append(Issue("outlier", b.id, f.id))
    member_totals = {mid: sum(column.values(), zero) for mid, column in zip(member_ids, columns, strict=True)}
    category_scores = {cat: mean_rounded(subtotals[cat], places) for cat in categories}
    if not scored_factors:
        non_price = zero
    elif rules.averaging == "member_total":
        non_price = mean_rounded(list(member_totals.values()), places)
    elif rules.averaging == "per_category":
        non_price = sum(category_scores.values(), zero)
    else:
        non_price = sum(factor_scores.values(), zero)
    total = round_half_up(non_price + (ps or zero), places)
    return replace(row, price_score=ps, factors=factor_scores, categories=category_scores, total=total,
                   member_points=sheet, member_totals=member_totals)


def rescore(ev: Evaluation, scores: ScoreTable, previous: Result, bidders: set[str]) -> Result:
    """The result after changes to the scores of ``bidders`` only, from the ``previous`` result.

    Validity, prices and the price base do not depend on scores, so only those bids' rows are
    computed again, then everything is ranked; equal, by construction, to ``evaluate(ev, scores)``
    (which it falls back to for anything it cannot do this way, e.g. a score now missing).
    """
    problems: list[Problem] = []
    checked = check_structure(ev, problems, scores)
    if problems or len(previous.bidders) != len(ev.bidders) or any(
            p.id != b.id for p, b in zip(previous.bidders, ev.bidders, strict=True)):
        return evaluate(ev, scores)
    reviews = review_bids(ev, checked)
    if len(reviews) != len(ev.bidders):
        return evaluate(ev, scores)
    out = {r.id: r for r in previous.bidders}
    kept = [i for i in previous.issues if i.bidder not in bidders]
    mismatch = [i for i in kept if i.kind == "objective_mismatch"]
    outliers = [i for i in kept if i.kind == "outlier"]
    try:
        with localcontext(_EXACT):
            for b in ev.bidders:
                if b.id in bidders:
                    evaluated = evaluated_price(reviews[b.id].price, b, ev.rules)
                    out[b.id] = _score_bid(ev, b, reviews[b.id], evaluated, previous.base_price, checked, mismatch,
                                           outliers)
    except KeyError:
        return evaluate(ev, scores)
    order = {b.id: i for i, b in enumerate(ev.bidders)}
    place = {f.id: i for i, f in enumerate(ev.factors)}

    def where(i: Issue) -> tuple[int, int]:
        return order.get(i.bidder or "", -1), place.get(i.factor or "", -1)

    categories = list(dict.fromkeys(f.category for f in ev.factors if not f.is_price))
    return _rank(ev, reviews, out, previous.base_price, sorted(mismatch, key=where), sorted(outliers, key=where),
                 categories)


def _has_outlier(values: list[Decimal], total: Decimal, fmax: Decimal) -> bool:
    """Whether a member's points lie more than OUTLIER_SHARE × max from the other members' mean (``total``: the
    points' exact sum).

    |x − (S − x)/(n − 1)| > k·max  ⇔  |n·x − S| > k·max·(n − 1): exact in decimals, and largest at
    the lowest or the highest score, so only those two are compared.
    """
    n = len(values)
    return n >= 2 and any_far_from_mean(values, total, fmax * (n - 1) * OUTLIER_SHARE)


def any_far_from_mean(values: Collection[Decimal], total: Decimal, limit: Decimal) -> bool:
    """Whether some value ``x`` of ``values`` (exact sum ``total``) has |n·x − S| > ``limit``: the widest lie at the
    lowest and the highest value, so only those two are compared (the engine's outliers, the Art.64 check)."""
    n = len(values)
    return n * max(values) - total > limit or total - n * min(values) > limit


def _rank(
    ev: Evaluation,
    reviews: dict[str, _Review],
    out: dict[str, BidderResult],
    base: Decimal | None,
    mismatch: list[Issue],
    outliers: list[Issue],
    categories: list[str],
) -> Result:
    rules = ev.rules
    ranked = [out[b.id] for b in ev.bidders if out[b.id].ranked]

    def key(r: BidderResult) -> tuple[Decimal, ...]:
        parts = [-(r.total or Decimal(0))]
        for crit in rules.tie_break:
            if crit == "quoted_price":
                parts.append(r.price)
            elif crit == "evaluated_price":
                parts.append(r.evaluated_price)
            else:
                parts.append(-((r.categories or {}).get(crit[len("category:"):], Decimal(0))))
        return tuple(parts)

    keys = {r.id: key(r) for r in ranked}
    ordered = sorted(keys.values())  # a bid's rank: 1 + how many keys are smaller; tied: its key is not alone
    alike = Counter(ordered)
    ties: list[Issue] = []
    final_rows: dict[str, BidderResult] = dict(out)
    for r in ranked:
        k = keys[r.id]
        rank = 1 + bisect_left(ordered, k)
        tied = rank <= rules.candidates and alike[k] > 1
        if tied:
            ties.append(Issue("tie", r.id))
        final_rows[r.id] = replace(r, rank=rank, tied=tied)
    failed = len(ranked) < rules.min_valid_bids
    order = {b.id: i for i, b in enumerate(ev.bidders)}
    candidates: tuple[str, ...] = ()
    if not failed:
        chosen = [final_rows[r.id] for r in ranked if (final_rows[r.id].rank or 0) <= rules.candidates]
        chosen.sort(key=lambda r: (r.rank or 0, order[r.id]))
        candidates = tuple(r.id for r in chosen)

    issues: list[Issue] = []
    scored_max = [f.max for f in ev.factors]
    if scored_max and exact_sum(scored_max) != HUNDRED:
        issues.append(Issue("total_not_100"))
    issues += [Issue("price_corrected", b.id) for b in ev.bidders if reviews[b.id].corrected]
    issues += [Issue("low_price_pending", b.id) for b in ev.bidders if reviews[b.id].status == "pending"]
    issues += mismatch + outliers + ties
    return Result(
        final=not any(i.kind in BLOCKING for i in issues),
        failed=failed,
        candidates=candidates,
        bidders=tuple(final_rows[b.id] for b in ev.bidders),
        issues=tuple(issues),
        decimals=rules.decimals,
        base_price=base,
    )


@dataclass(frozen=True)
class LowPriceBasis:
    """The figures the abnormal-low-price triggers compare against, from the current data.

    ``population``: the bids that passed both reviews and are not above the ceiling; ``limits``: per
    trigger that applies, the price below which a bid is flagged (exact; shown with 2 places).
    """

    population: tuple[str, ...]
    mean: Decimal | None
    second: Decimal | None
    ceiling: Decimal | None
    limits: dict[str, Decimal]


def low_price_basis(ev: Evaluation) -> LowPriceBasis:
    """The population and thresholds of the low-price triggers (财库〔2026〕2号) for the evaluation as it is."""
    checked = check_structure(ev, [], ScoreTable({}, {}, set()))  # the prices and verdicts; the scores play no part
    reviews = review_bids(ev, checked)
    ids = tuple(b.id for b in ev.bidders if b.id in reviews and reviews[b.id].in_population)
    prices = sorted(reviews[b].price for b in ids)
    rates = ev.rules.low_price
    ceiling = ev.project.effective_ceiling
    limits: dict[str, Decimal] = {}
    mean = second = None
    with localcontext(_EXACT):
        if prices:
            mean = sum(prices, Decimal(0)) / len(prices)
            if rates.average is not None:
                limits["average"] = rates.average * mean
        if len(prices) >= 2:
            second = prices[1]
            if rates.second_lowest is not None:
                limits["second_lowest"] = rates.second_lowest * second
        if ceiling is not None and rates.ceiling is not None:
            limits["ceiling"] = rates.ceiling * ceiling
    return LowPriceBasis(ids, mean, second, ceiling, limits)
