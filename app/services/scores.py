"""Recording scores: checked by the engine's own rules, locked after a member submits (Art.64).

A score the engine would ignore is refused with the reason, at every door: a member's score on an
objective factor the committee has already scored jointly for that bid (the joint score stands for
every member), and any score on an invalid bid (it is not scored at all). Merging an offline
member's return keeps such a score as the member gave it (``keep_ignored``): the return is their record.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.art64 import ART64_NAMES
from app.domain.engine import review_bids
from app.domain.problems import InvalidInput, Problem
from app.domain.scoring import ValueRejected, parse_value
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.persistence.bids import BidderRow, DecisionRow, MemberRow
from app.persistence.kept_fields import unpack
from app.persistence.mapping import bidder_from_row, factor_from_row
from app.persistence.review import CheckRow, ScoreRow
from app.persistence.tender import ChecklistItemRow, FactorRow, ProjectRow
from app.services.common import (
    Change,
    ProjectRef,
    add_event,
    arg_problems,
    check_art64,
    entity_key,
    need_id,
    opened,
    refuse_if_final,
)

#: A blank project for the scratch evaluations built to run the domain's checks on one entry.
SCRATCH_PROJECT = m.Project(name="", method="open_tender", budget=None)


def _locked(session: Session, member: str | None) -> bool:
    """Whether a change to this score touches a submitted sheet (a joint score is on every sheet)."""
    submitted = MemberRow.submitted_at.is_not(None)
    if member is None:
        return bool(session.scalar(select(exists().where(submitted))))
    return bool(session.scalar(select(exists().where(MemberRow.id == member, submitted))))


def score_problems(
    session: Session, member: str | None, bidder: str, factor: str, raw_value: object
) -> tuple[list[Problem], m.Factor | None]:
    """The problems of one score entry, by the engine's rules, with command-line option names."""
    problems: list[Problem] = []
    need_id(problems, "--member", member)
    need_id(problems, "--bidder", bidder)
    need_id(problems, "--factor", factor)
    if problems:
        return problems, None
    frow = session.get(FactorRow, factor)
    brow = session.get(BidderRow, bidder)
    mrow = session.get(MemberRow, member) if member is not None else None
    f = factor_from_row(frow) if frow is not None else None
    scratch = m.Evaluation(
        project=SCRATCH_PROJECT,
        factors=(f,) if f is not None else (),
        bidders=(bidder_from_row(brow),) if brow is not None else (),
        members=(m.Member(mrow.id, mrow.name, mrow.role),) if mrow is not None else (),
        scores=(m.Score(member, bidder, factor, raw_value),),
    )
    found: list[Problem] = []
    check_structure(scratch, found)
    return arg_problems(found, "scores[0]"), f


def invalid_reasons(session: Session, bidder: str) -> list[str]:
    """Why a bid is invalid (the engine's reasons: ``compliance:C1``, ``over_ceiling`` …); empty when it is not.

    Built from the bid's own verdicts and decisions, the checklists, the committee and the ceiling: a bid's
    validity does not depend on any score, nor on the other bids (they only make it pending).
    """
    brow = session.get(BidderRow, bidder)
    prow = session.get(ProjectRow, 1)
    if brow is None or prow is None:
        return []
    items: dict[str, list[m.CheckItem]] = {stage: [] for stage in m.STAGES}
    for row in session.scalars(select(ChecklistItemRow).order_by(ChecklistItemRow.stage, ChecklistItemRow.position)):
        items[row.stage].append(m.CheckItem(row.id, row.name, row.criterion))
    members = tuple(m.Member(r.id, r.name, r.role) for r in session.scalars(select(MemberRow)))
    checks = tuple(m.Check(r.stage, r.bidder_id, r.item_id, bool(r.passed), r.member_id, r.note)
                   for r in session.scalars(select(CheckRow).where(CheckRow.bidder_id == bidder)))
    decisions = tuple(m.Decision(bidder=r.bidder_id, kind=r.kind, accepted=r.accepted, note=r.note, reason=r.reason)
                      for r in session.scalars(select(DecisionRow).where(DecisionRow.bidder_id == bidder)))
    project = m.Project(name=prow.name, method=prow.method, budget=prow.budget, ceiling=prow.ceiling,
                        price_mode=prow.price_mode)
    scratch = m.Evaluation(project=project, qualification=tuple(items["qualification"]),
                           compliance=tuple(items["compliance"]), bidders=(bidder_from_row(brow),), members=members,
                           checks=checks, decisions=decisions, extensions=dict(jsontext.loads(prow.x or "{}")))
    scratch = unpack(scratch)  # the verdict rules (two thirds) and arrangements kept in x
    review = review_bids(scratch, check_structure(scratch, [])).get(bidder)
    return list(review.reasons) if review is not None and review.status == "invalid" else []


def ignored_problems(session: Session, member: str | None, bidder: str, f: m.Factor) -> list[Problem]:
    """Why the engine would ignore this score: a joint score stands for the member, or the bid is invalid."""
    problems: list[Problem] = []
    if member is not None and f.objective:
        joint = session.scalar(select(exists().where(ScoreRow.member_id.is_(None), ScoreRow.bidder_id == bidder,
                                                     ScoreRow.factor_id == f.id)))
        if joint:
            problems.append(Problem.of("--member", "scores.bidder_has_committee_joint",
                                       "bidder %1 has the committee's joint score on objective factor %2: it stands "
                                       "for every member, a member's score would be ignored",
                                       bidder, f.id))
    reasons = invalid_reasons(session, bidder)
    if reasons:
        problems.append(Problem.of("--bidder", "scores.bidder_invalid_bid_not",
                                   "bidder %1 is invalid (%2): its bid is not scored, a score would be ignored",
                                   bidder, ', '.join(reasons)))
    return problems


def _same(factor: m.Factor, old_text: str, new_value: object) -> bool:
    try:
        return parse_value(factor, jsontext.loads(old_text)) == parse_value(factor, new_value)
    except ValueRejected:
        return False


def record_score(
    project: ProjectRef,
    member: str | None,
    bidder: str,
    factor: str,
    raw_value: object,
    *,
    by: str,
    reason: str | None = None,
    art64: str | None = None,
    keep_ignored: bool = False,
) -> Change:
    """Record one member's (or, for an objective factor, the committee's joint) score of one bid.

    The value is checked exactly as the engine checks the exchange file's ``value``; it is stored
    in the form the exchange writer gives it. Once a member has submitted, a change to their scores
    (or to a joint score, which stands on every sheet) needs a reason and an Art.64 category.
    An unchanged value (the same points, e.g. ``"3"`` for ``3``) records nothing.

    Args:
        project: the project file or an open store.
        member: the member's id; None for a joint objective score.
        bidder: the bidder's id.
        factor: the factor's id (not the price factor).
        raw_value: the value as in the exchange file (int, Decimal, numeric string, list, None).
        by: who records it (for the audit log).
        reason: why (required after the member submitted).
        art64: ``summation_error``, ``out_of_range``, ``objective_inconsistent`` or ``abnormal_score``.
        keep_ignored: store a score the engine would ignore instead of refusing it (an offline member's
            return, merged as the member gave it).

    Returns:
        The change (``audit_id`` None when nothing changed); returned only after the commit.

    Raises:
        InvalidInput: the entry is not allowed (a score the engine would ignore included); problems name
            the options (``--value`` …); nothing changed.
    """
    keys = (member, bidder, factor)
    with opened(project) as store, store.write() as session:
        refuse_if_final(session)
        problems, f = score_problems(session, member, bidder, factor, raw_value)
        check_art64(problems, art64)
        if not problems and f is not None and not keep_ignored:
            problems += ignored_problems(session, member, bidder, f)
        if not problems and _locked(session, member):
            if not reason or not reason.strip():
                problems.append(
                    Problem.of("--reason", "scores.member_submitted_reason",
                               "member %1 has submitted their scores: a change needs a reason", member)
                    if member is not None else
                    Problem.of("--reason", "scores.a_member_submitted_reason",
                               "a member has submitted their scores: a change needs a reason"))
            if art64 is None:
                problems.append(
                    Problem.of("--art64", "scores.member_submitted_art64",
                               "member %1 has submitted their scores: a change needs an Art.64 category (%2)", member,
                               ", ".join(ART64_NAMES))
                    if member is not None else
                    Problem.of("--art64", "scores.a_member_submitted_art64",
                               "a member has submitted their scores: a change needs an Art.64 category (%1)",
                               ", ".join(ART64_NAMES)))
        if problems or f is None:
            raise InvalidInput(problems)
        where = ScoreRow.member_id.is_(None) if member is None else ScoreRow.member_id == member
        row = session.scalars(
            select(ScoreRow).where(where, ScoreRow.bidder_id == bidder, ScoreRow.factor_id == factor)
        ).one_or_none()
        new_text = jsontext.score_text(raw_value)
        if row is not None and _same(f, row.value, raw_value):
            return Change("score", keys, None)
        old_text = None if row is None else row.value
        if row is None:
            session.add(ScoreRow(member_id=member, bidder_id=bidder, factor_id=factor, value=new_text))
        else:
            row.value = new_text
        audit_id = add_event(
            session, by=by, action="create" if row is None else "change", entity="score",
            key=entity_key(*keys), old=old_text, new=new_text, reason=reason, art64=art64,
        )
    return Change("score", keys, audit_id)
