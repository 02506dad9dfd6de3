"""The check before anyone signs (87号令 Art.64): what the committee must look at again, and what blocks finalising.

Findings, for every bid still in the evaluation (valid or pending):

* ``objective_differs``: members scored an objective factor differently and no joint score settles it;
  it must be corrected (a joint score, or members' corrections under Art.64's third category).
* ``far_from_mean``: a member's points on a subjective factor lie more than ``share`` × the factor's
  max from the other members' mean (default 30%, the tender's ``biddesk.art64_check.share``); the
  committee keeps it with a reason or has it corrected (评分畸高、畸低).
* ``missing``: a score a member still has to give.

A finding is open until resolved: ``far_from_mean`` by a recorded resolution, the others only by the
data (equal points, the score given). :func:`blockers` lists everything that keeps the evaluation
from being finalised.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.committee import Finding
from app.domain.engine import any_far_from_mean, review_bids
from app.domain.model import Evaluation, Factor, GradesRule
from app.domain.problems import InvalidInput, Problem
from app.domain.result import Result
from app.domain.session_records import (
    final_record,
    outlier_share,
    outlier_share_given,
    resolutions,
    tie_key,
    tie_votes,
)
from app.domain.validate import ScoreTable, check_structure

KINDS = ("objective_differs", "far_from_mean", "missing")


@dataclass(frozen=True)
class Art64Finding:
    """One thing the Art.64 check found on one bid and factor (and member, when it concerns one)."""

    kind: str
    bidder: str
    factor: str
    member: str | None = None
    points: dict[str, Decimal] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> str:
        """The finding's stable key (its resolution is kept under it)."""
        return f"{self.kind}:{self.bidder}:{self.factor}:{self.member or '-'}"


def art64_findings(ev: Evaluation, share: Decimal | None = None, scores: ScoreTable | None = None,
                   only: set[str] | None = None, result: Result | None = None) -> list[Art64Finding]:
    """Every finding of the check, in bid, factor, member order (see the module doc).

    ``scores``: the evaluation's scores already checked (a session's table), so they are not parsed again.
    ``only``: the bids to look at (a session looks again only at the bids whose scores changed).
    ``result``: the engine's result of this very evaluation and table (a session's): each bid's points are then
    read from its members' sheets, a column per member, instead of looked up score by score.
    """
    share = outlier_share(ev) if share is None else share
    checked = check_structure(ev, [], scores)
    reviews = review_bids(ev, checked)
    pts = checked.points
    members = [m.id for m in ev.members]
    step = {} if outlier_share_given(ev) else grade_steps(ev)
    sheets = {row.id: row.member_points for row in result.bidders} if result is not None else {}
    out: list[Art64Finding] = []
    for b in ev.bidders:
        bid = b.id
        review = reviews.get(bid)
        if review is None or review.status == "invalid" or (only is not None and bid not in only):
            continue
        sheet = sheets.get(bid)
        columns = [sheet.get(mid, {}) for mid in members] if sheet else None
        for f in ev.factors:
            if f.is_price:
                continue
            fid = f.id
            joint = pts.get((None, bid, fid)) if f.objective else None
            if joint is not None:
                continue
            try:
                column = [c[fid] for c in columns] if columns is not None else None
            except KeyError:  # not on a member's sheet: looked up score by score (a result of other scores)
                column = None
            if column is not None and len(column) >= 2:
                out += _column_findings(f, bid, members, column, share, step)
                continue
            given = {mid: x for mid in members if (x := pts.get((mid, bid, fid))) is not None}
            if len(given) < len(members):
                out += [Art64Finding("missing", bid, fid, mid) for mid in members if mid not in given]
            if len(given) >= 2:
                out += _column_findings(f, bid, list(given), list(given.values()), share, step)
    return out


def _column_findings(f: Factor, bid: str, members: Sequence[str], points: Sequence[Decimal], share: Decimal,
                     step: dict[str, Decimal]) -> list[Art64Finding]:
    """The findings of the points of ``members`` (at least two) on one factor of one bid."""
    if f.objective:
        if len(set(points)) > 1:
            return [Art64Finding("objective_differs", bid, f.id, None, dict(zip(members, points, strict=True)))]
        return []
    total, n = sum(points, Decimal(0)), len(points)
    limit = max(share * f.max, step.get(f.id, Decimal(0))) * (n - 1)
    # |x − (S − x)/(n − 1)| > share × max  ⇔  |n·x − S| > share × max × (n − 1): exact
    if not any_far_from_mean(points, total, limit):
        return []
    given = dict(zip(members, points, strict=True))
    return [Art64Finding("far_from_mean", bid, f.id, mid, given) for mid, x in given.items()
            if abs(n * x - total) > limit]


def grade_steps(ev: Evaluation) -> dict[str, Decimal]:
    """The widest step between neighbouring grades of each grade factor (9/6/3/0: 3). Unless the tender
    states its own share, a member one grade away from the others' mean is not far from it: the threshold
    of a grade factor is the larger of the share of its max and this step (docs/engine-decisions.md)."""
    out: dict[str, Decimal] = {}
    for f in ev.factors:
        if isinstance(f.rule, GradesRule) and len(f.rule.values) > 1:
            values = sorted(set(f.rule.values))
            out[f.id] = max(b - a for a, b in itertools.pairwise(values))
    return out


def open_findings(ev: Evaluation, findings: list[Art64Finding] | None = None) -> list[Art64Finding]:
    """The findings not yet resolved."""
    findings = art64_findings(ev) if findings is None else findings
    done = resolutions(ev)
    if not done:  # nothing resolved yet (a key each for tens of thousands of findings would say so slowly)
        return list(findings)
    return [f for f in findings if not (f.kind == "far_from_mean" and f.key in done)]


def tied_groups(result: Result) -> list[tuple[str, ...]]:
    """The groups of bids the result marks tied (same rank), in rank order."""
    groups: dict[int, list[str]] = {}
    for b in result.bidders:
        if b.tied and b.rank is not None:
            groups.setdefault(b.rank, []).append(b.id)
    return [tuple(groups[r]) for r in sorted(groups)]


def ranking(result: Result, ev: Evaluation) -> list[str]:
    """The ranked bids in order, with each voted tie in the committee's order."""
    ranked = sorted((b for b in result.bidders if b.ranked), key=lambda b: b.rank or 0)
    order = [b.id for b in ranked]
    votes = tie_votes(ev)
    for group in tied_groups(result):
        vote = votes.get(tie_key(group))
        if vote is None or sorted(vote.order) != sorted(group):
            continue
        at = min(order.index(b) for b in group)
        order[at:at + len(group)] = list(vote.order)
    return order


def candidates(result: Result, ev: Evaluation) -> list[str]:
    """The recommended candidates in order, ties as the committee voted them."""
    if result.failed:
        return []
    chosen = set(result.candidates)
    return [b for b in ranking(result, ev) if b in chosen]


def blockers(ev: Evaluation, submitted: dict[str, bool], compute: Callable[[], Result] | None = None,
             findings: list[Art64Finding] | None = None) -> list[Finding]:
    """Everything that keeps the evaluation from being finalised (empty: it may be finalised).

    Args:
        ev: the evaluation.
        submitted: each member's id → whether their sheet is submitted.
        compute: a callable giving the :class:`Result` (the session's cached one); ``evaluate`` by default.
        findings: the Art.64 findings when already known (a session's cached ones).

    Codes: ``finalised``, ``not_submitted`` (member), ``cannot_compute`` (first problem),
    ``low_price_pending`` (bidder), ``art64_open`` (count), ``tie_unvoted`` (bidders),
    ``negotiation_open`` (a single source without the panel's outcome), ``final_quote_missing`` (bidder: a
    supplier still in a 谈判 / 磋商 with neither a final quote nor a record that it gave none).
    """
    from app.domain.engine import evaluate

    out: list[Finding] = []
    if final_record(ev) is not None:
        return [Finding("finalised", (), True)]
    out += [Finding("not_submitted", (m.id,), True) for m in ev.members if not submitted.get(m.id, False)]
    try:
        result = compute() if compute is not None else evaluate(ev)
    except InvalidInput as exc:
        first: Problem = exc.problems[0] if exc.problems else Problem("", "")
        out.append(Finding("cannot_compute", (str(first), str(len(exc.problems))), True))
        return out
    out += [Finding("low_price_pending", (i.bidder or "",), True) for i in result.issues
            if i.kind == "low_price_pending"]
    still = open_findings(ev, findings)
    if still:
        out.append(Finding("art64_open", (str(len(still)),), True))
    out += negotiation_blockers(ev, result)
    votes = tie_votes(ev)
    for group in tied_groups(result):
        vote = votes.get(tie_key(group))
        if vote is None or sorted(vote.order) != sorted(group):
            out.append(Finding("tie_unvoted", ("、".join(group),), True))
    return out


def negotiation_blockers(ev: Evaluation, result: Result) -> list[Finding]:
    """What the negotiation record still lacks before finalising (none for the methods that do not negotiate)."""
    from app.domain import negotiation as ng

    if not ng.is_negotiated(ev):
        return []
    record = ng.negotiation(ev)
    if ev.project.method not in ng.FINAL_QUOTE_METHODS:
        return [] if record.outcome is not None else [Finding("negotiation_open", (), True)]
    return [Finding("final_quote_missing", (r.id,), True) for r in result.bidders
            if r.status != "invalid" and record.final_quote(r.id) is None and r.id not in record.no_final]


#: Where the evaluation stands, as :func:`evaluation_state` names it.
SCORING, REVIEW, READY, FINAL = "scoring", "review", "ready", "final"


def evaluation_state(found: list[Finding]) -> str:
    """Where the evaluation stands, from what blocks finalising (:func:`blockers`):

    ``final`` (已定稿) finalised; ``scoring`` (待评分) some member has not submitted their sheet;
    ``review`` (待复核) every sheet is in but Art.64 findings, a pending low price, an unvoted tie or a
    result that cannot be computed remain; ``ready`` (可定稿) nothing blocks finalising.
    """
    codes = {f.code for f in found}
    if "finalised" in codes:
        return FINAL
    if "not_submitted" in codes:
        return SCORING
    return REVIEW if codes else READY
