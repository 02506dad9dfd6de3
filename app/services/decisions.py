"""Recording the committee's decisions on bids: abnormal low price (异常低价) and invalidity."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.persistence.bids import BidderRow, DecisionRow
from app.services.common import Change, ProjectRef, add_event, entity_key, need_id, opened


def _doc(row: DecisionRow) -> str:
    if row.kind == "low_price":
        return jsontext.dumps({"accepted": row.accepted, "note": row.note})
    return jsontext.dumps({"reason": row.reason, "note": row.note})


def put_decision(session: Session, bidder: str, kind: str, *, accepted: bool | None, reason: str, note: str,
                 by: str, cause: str | None = None) -> int | None:
    """Write one decision in the caller's unit of work (checked by the caller); the audit id, None if unchanged."""
    row = session.scalars(
        select(DecisionRow).where(DecisionRow.bidder_id == bidder, DecisionRow.kind == kind)
        .order_by(DecisionRow.id).limit(1)
    ).one_or_none()
    old = None if row is None else _doc(row)
    if row is None:
        row = DecisionRow(bidder_id=bidder, kind=kind)
        session.add(row)
    row.accepted = accepted if kind == "low_price" else None
    row.reason = reason if kind == "invalid" else ""
    row.note = note
    new = _doc(row)
    if new == old:
        return None
    return add_event(session, by=by, action="create" if old is None else "change", entity="decision",
                     key=entity_key(bidder, kind), old=old, new=new, reason=cause)


def drop_decisions(session: Session, bidder: str, kind: str, *, by: str, reason: str | None = None) -> int | None:
    """Remove a bid's decisions of one kind in the caller's unit of work; the audit id, None if there were none."""
    rows = list(session.scalars(
        select(DecisionRow).where(DecisionRow.bidder_id == bidder, DecisionRow.kind == kind)
    ))
    if not rows:
        return None
    old = jsontext.dumps([jsontext.loads(_doc(r)) for r in rows])
    for r in rows:
        session.delete(r)
    return add_event(session, by=by, action="delete", entity="decision", key=entity_key(bidder, kind),
                     old=old, new=None, reason=reason)


def record_decision(
    project: ProjectRef,
    bidder: str,
    kind: str,
    *,
    accepted: bool | None = None,
    reason: str = "",
    note: str = "",
    by: str,
) -> Change:
    """Record (or change) the committee's decision of one kind on a bid.

    Args:
        project: the project file or an open store.
        bidder: the bidder's id.
        kind: ``low_price`` (needs ``accepted``) or ``invalid`` (needs ``reason``).
        accepted: for ``low_price``: whether the bidder's justification was accepted.
        reason: for ``invalid``: why the bid is invalid (e.g. 串通投标).
        note: a remark.
        by: who records it (for the audit log).

    Returns:
        The change (``audit_id`` None when the decision was already so).

    Raises:
        InvalidInput: unknown bidder or kind, or a missing ``accepted``/``reason``; nothing changed.
    """
    keys = (bidder, kind)
    with opened(project) as store, store.write() as session:
        problems: list[Problem] = []
        need_id(problems, "--bidder", bidder)
        if kind not in m.DECISION_KINDS:
            problems.append(Problem.of("--kind", "decisions.not_one",
                                       "%1 is not one of %2", kind, ', '.join(m.DECISION_KINDS)))
        elif kind == "low_price" and accepted is None:
            problems.append(Problem.of("--accepted", "decisions.low_price_decision_says",
                                       "a low_price decision says whether the price was accepted"))
        elif kind == "invalid" and not reason.strip():
            problems.append(Problem.of("--reason", "decisions.invalid_decision_needs_reason",
                                       "an invalid decision needs a reason"))
        if not problems and session.get(BidderRow, bidder) is None:
            problems.append(Problem.of("--bidder", "decisions.unknown_bidder", "unknown bidder %1", bidder))
        if problems:
            raise InvalidInput(problems)
        audit_id = put_decision(session, bidder, kind, accepted=accepted, reason=reason, note=note, by=by)
    return Change("decision", keys, audit_id)


def withdraw_decision(project: ProjectRef, bidder: str, kind: str, *, by: str, reason: str | None = None) -> Change:
    """Remove the committee's decisions of one kind on a bid (e.g. a low-price decision taken in error).

    Returns:
        The change (``audit_id`` None when there was no such decision).
    """
    with opened(project) as store, store.write() as session:
        audit_id = drop_decisions(session, bidder, kind, by=by, reason=reason)
    return Change("decision", (bidder, kind), audit_id)
