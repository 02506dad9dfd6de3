"""The evaluation engine: from an :class:`Evaluation` to its :class:`Result`, per exchange-format.md.

Order of computation (the spec's "Rules of computation"): correct prices (大写 over 小写); decide
validity (reviews, ceiling, decisions); flag abnormal low prices in the compliant population;
apply the policy deduction; score the price against the lowest evaluated valid price; average the
members' points per the tender's averaging mode; rank with the tie-break chain (competition
ranking); recommend candidates or declare the procurement failed (废标).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from app.domain.model import Bidder, Evaluation, Factor
from app.domain.numbers import exact_mul, exact_sub, exact_sum, mean_rounded, round_half_up
from app.domain.pricing import deduction_rate, evaluated_price, low_price_triggers, price_score
from app.domain.problems import InvalidInput, Problem
from app.domain.result import BLOCKING, BidderResult, Issue, Result
from app.domain.validate import Checked, check_complete, check_structure

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


def evaluate(ev: Evaluation) -> Result:
    """Compute the result of an evaluation.

    Raises:
        InvalidInput: the evaluation is incomplete or inconsistent; every problem is listed with
            the place it concerns.
    """
    problems: list[Problem] = []
    checked = check_structure(ev, problems)
    reviews = review_bids(ev, checked)
    scored = [b.id for b in ev.bidders if b.id in reviews and reviews[b.id].status != "invalid"]
    check_complete(ev, checked, scored, problems)
    if problems or len(reviews) != len(ev.bidders):
        raise InvalidInput(problems or [Problem("bidders", "a bid has no readable price")])
    return _compute(ev, checked, reviews)


def _failed_items(ev: Evaluation, stage: str) -> dict[str, list[str]]:
    """Per bidder, the checklist items it fails: the joint verdict wins, else a strict member majority."""
    joint: dict[tuple[str, str], bool] = {}
    fails: dict[tuple[str, str], int] = {}
    counts: dict[tuple[str, str], int] = {}
    for c in ev.checks:
        if c.stage != stage:
            continue
        key = (c.bidder, c.item)
        if c.member is None:
            joint[key] = c.passed
        else:
            counts[key] = counts.get(key, 0) + 1
            fails[key] = fails.get(key, 0) + (0 if c.passed else 1)
    out: dict[str, list[str]] = {}
    for b in ev.bidders:
        failed = []
        for item in ev.checklist(stage):
            key = (b.id, item.id)
            if key in joint:
                if not joint[key]:
                    failed.append(item.id)
            elif 2 * fails.get(key, 0) > counts.get(key, 0):
                failed.append(item.id)
        out[b.id] = failed
    return out


def review_bids(ev: Evaluation, checked: Checked) -> dict[str, _Review]:
    """Validity, abnormal-low-price flags and status of every bid with a readable price."""
    ceiling = ev.project.effective_ceiling
    qualification = _failed_items(ev, "qualification")
    compliance = _failed_items(ev, "compliance")
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


def _member_points(ev: Evaluation, checked: Checked, bidder: str, factor: Factor) -> dict[str, Decimal]:
    joint = checked.points.get((None, bidder, factor.id)) if factor.objective else None
    if joint is not None:
        return {m.id: joint for m in ev.members}
    return {m.id: checked.points[(m.id, bidder, factor.id)] for m in ev.members}


def _compute(ev: Evaluation, checked: Checked, reviews: dict[str, _Review]) -> Result:
    rules = ev.rules
    places = rules.decimals
    price_factor = next((f for f in ev.factors if f.is_price), None)
    scored_factors = [f for f in ev.factors if not f.is_price]
    categories = list(dict.fromkeys(f.category for f in scored_factors))
    bidders: dict[str, Bidder] = {b.id: b for b in ev.bidders}
    evaluated = {bid: evaluated_price(r.price, bidders[bid], rules) for bid, r in reviews.items()}
    ranked_ids = [b.id for b in ev.bidders if reviews[b.id].status != "invalid"]
    base = min((evaluated[bid] for bid in ranked_ids), default=None)

    mismatch: list[Issue] = []
    outliers: list[Issue] = []
    out: dict[str, BidderResult] = {}
    for b in ev.bidders:
        r = reviews[b.id]
        row = BidderResult(
            id=b.id, status=r.status, reasons=tuple(r.reasons), price=r.price, figures=r.figures,
            evaluated_price=evaluated[b.id], deduction=deduction_rate(b, rules), low_price=r.triggers,
        )
        if r.status == "invalid":
            out[b.id] = row
            continue
        ps = None
        if price_factor is not None and base is not None:
            ps = price_score(base, evaluated[b.id], price_factor.max, places)
        sheet: dict[str, dict[str, Decimal]] = {m.id: {} for m in ev.members}
        factor_scores: dict[str, Decimal] = {}
        for f in scored_factors:
            per_member = _member_points(ev, checked, b.id, f)
            for mid, value in per_member.items():
                sheet[mid][f.id] = value
            values = list(per_member.values())
            factor_scores[f.id] = mean_rounded(values, places)
            if f.objective and len(set(values)) > 1:
                mismatch.append(Issue("objective_mismatch", b.id, f.id))
            if not f.objective and _has_outlier(values, f.max):
                outliers.append(Issue("outlier", b.id, f.id))
        member_totals = {mid: exact_sum(list(pts.values())) for mid, pts in sheet.items()}
        category_scores = {
            cat: mean_rounded(
                [exact_sum([pts[f.id] for f in scored_factors if f.category == cat]) for pts in sheet.values()],
                places,
            )
            for cat in categories
        }
        if not scored_factors:
            non_price = Decimal(0)
        elif rules.averaging == "member_total":
            non_price = mean_rounded(list(member_totals.values()), places)
        elif rules.averaging == "per_category":
            non_price = exact_sum(list(category_scores.values()))
        else:
            non_price = exact_sum(list(factor_scores.values()))
        total = round_half_up(non_price + (ps or Decimal(0)), places)
        out[b.id] = replace(
            row, price_score=ps, factors=factor_scores, categories=category_scores, total=total,
            member_points=sheet, member_totals=member_totals,
        )
    return _rank(ev, reviews, out, base, mismatch, outliers, categories)


def _has_outlier(values: list[Decimal], fmax: Decimal) -> bool:
    """Whether a member's points lie more than OUTLIER_SHARE × max from the other members' mean.

    |x − (S − x)/(n − 1)| > k·max  ⇔  |n·x − S| > k·max·(n − 1), compared exactly in decimals.
    """
    n = len(values)
    if n < 2:
        return False
    total = exact_sum(values)
    limit = exact_mul(exact_mul(fmax, Decimal(n - 1)), OUTLIER_SHARE)
    count = Decimal(n)
    return any(abs(exact_sub(exact_mul(count, v), total)) > limit for v in values)


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
    ties: list[Issue] = []
    final_rows: dict[str, BidderResult] = dict(out)
    for r in ranked:
        k = keys[r.id]
        rank = 1 + sum(1 for o in ranked if keys[o.id] < k)
        tied = rank <= rules.candidates and any(o.id != r.id and keys[o.id] == k for o in ranked)
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
