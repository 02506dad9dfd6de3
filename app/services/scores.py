"""Recording scores: checked by the engine's own rules, locked after a member submits (Art.64)."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.art64 import ART64_NAMES
from app.domain.problems import InvalidInput, Problem
from app.domain.scoring import ValueRejected, parse_value
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.persistence.bids import BidderRow, MemberRow
from app.persistence.mapping import bidder_from_row, factor_from_row
from app.persistence.review import ScoreRow
from app.persistence.tender import FactorRow
from app.services.common import (
    Change,
    ProjectRef,
    add_event,
    arg_problems,
    check_art64,
    entity_key,
    need_id,
    opened,
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

    Returns:
        The change (``audit_id`` None when nothing changed); returned only after the commit.

    Raises:
        InvalidInput: the entry is not allowed; problems name the options (``--value`` …); nothing changed.
    """
    keys = (member, bidder, factor)
    with opened(project) as store, store.write() as session:
        problems, f = score_problems(session, member, bidder, factor, raw_value)
        check_art64(problems, art64)
        if not problems and _locked(session, member):
            who = f"member {member} has" if member is not None else "a member has"
            if not reason or not reason.strip():
                problems.append(Problem("--reason", f"{who} submitted their scores: a change needs a reason"))
            if art64 is None:
                problems.append(Problem("--art64", f"{who} submitted their scores: a change needs an Art.64 "
                                                   f"category ({', '.join(ART64_NAMES)})"))
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
