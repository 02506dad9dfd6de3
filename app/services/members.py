"""Committee members' score sheets: their state (open / submitted) and submitting them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.engine import review_bids
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.persistence.bids import OPEN, SUBMITTED, MemberRow
from app.persistence.chain import sheet_digest
from app.persistence.mapping import read_evaluation
from app.persistence.schema import now_utc
from app.services.common import Change, ProjectRef, add_event, entity_key, need_id, opened

MAX_LISTED = 20


@dataclass(frozen=True)
class MemberState:
    """A member and the state of their score sheet."""

    id: str
    name: str
    role: str
    state: str
    submitted_at: str | None
    submitted_by: str | None


def member_states(project: ProjectRef) -> list[MemberState]:
    """Every member in order, with the state of their sheet (``open`` or ``submitted``)."""
    with opened(project) as store, store.read() as session:
        return [
            MemberState(r.id, r.name, r.role, r.state, r.submitted_at, r.submitted_by)
            for r in session.scalars(select(MemberRow).order_by(MemberRow.position))
        ]


def missing_scores(ev: Evaluation, member: str) -> list[tuple[str, str]]:
    """The (bidder, factor) pairs a member still has to score: every bid not invalid, every non-price factor.

    A joint objective score stands for the member. A bid whose price cannot be read is left out
    (the engine reports it).
    """
    checked = check_structure(ev, [])
    reviews = review_bids(ev, checked)
    given = {(s.member, s.bidder, s.factor) for s in ev.scores}
    out = []
    for b in ev.bidders:
        review = reviews.get(b.id)
        if review is None or review.status == "invalid":
            continue
        for f in ev.factors:
            if f.is_price or (f.objective and (None, b.id, f.id) in given):
                continue
            if (member, b.id, f.id) not in given:
                out.append((b.id, f.id))
    return out


def submit_member(project: ProjectRef, member: str, *, by: str) -> Change:
    """Submit (lock) a member's score sheet; from then on a change to it needs a reason and an Art.64 category.

    Args:
        project: the project file or an open store.
        member: the member's id.
        by: who submits (for the audit log).

    Returns:
        The change (``audit_id`` None when the sheet was already submitted).

    Raises:
        InvalidInput: unknown member, or a sheet with scores missing (each one listed); nothing changed.
    """
    keys: tuple[str | None, ...] = (member,)
    with opened(project) as store, store.write() as session:
        problems: list[Problem] = []
        need_id(problems, "--member", member)
        row = session.get(MemberRow, member) if not problems else None
        if row is None and not problems:
            problems.append(Problem.of("--member", "members.unknown_member", "unknown member %1", member))
        if problems or row is None:
            raise InvalidInput(problems)
        if row.submitted_at is not None:
            return Change("member", keys, None)
        missing = missing_scores(read_evaluation(session.connection(), str(store.path)), member)
        for bidder, factor in missing[:MAX_LISTED]:
            problems.append(Problem.of("--member", "members.member_has_not_scored",
                                       "member %1 has not scored bidder %2 on factor %3", member, bidder, factor))
        if len(missing) > MAX_LISTED:
            problems.append(Problem.of("--member", "members.more_scores_missing",
                                       "... %1 more scores missing", len(missing) - MAX_LISTED))
        if problems:
            raise InvalidInput(problems)
        row.submitted_at, row.submitted_by = now_utc(), by
        session.flush()
        sheet = sheet_digest(session.connection(), member)  # the audit chain vouches for the sheet as submitted
        audit_id = add_event(
            session, by=by, action="submit", entity="member", key=entity_key(member),
            old=jsontext.dumps({"state": OPEN}),
            new=jsontext.dumps({"state": SUBMITTED, "at": row.submitted_at, "sheet": sheet}),
        )
    return Change("member", keys, audit_id)


def set_pin(project: ProjectRef, member: str, pin: str | None, *, by: str) -> Change:
    """Set (or, with None, clear) the PIN a member types to open their sheet on the desk; stored hashed.

    Raises:
        InvalidInput: unknown member, or not 4 to 12 digits; nothing changed.
    """
    from app.domain.pins import PINS, hash_pin, pin_problem
    from app.services.common import project_x, put_record, refuse_if_final

    problems: list[Problem] = []
    if pin is not None and (why := pin_problem(pin)) is not None:
        problems.append(why)
    with opened(project) as store, store.write() as session:
        refuse_if_final(session)
        if session.get(MemberRow, member) is None:
            problems.append(Problem.of("--member", "members.unknown_member", "unknown member %1", member))
        if problems:
            raise InvalidInput(problems)
        row, x = project_x(session)
        stored = dict(x.get(PINS) or {})
        had = member in stored
        if pin is None:
            stored.pop(member, None)
        else:
            stored[member] = hash_pin(pin)
        put_record(row, x, PINS, stored)
        audit_id = add_event(session, by=by, action="pin_set" if pin is not None else "pin_cleared",
                             entity="member", key=entity_key(member), old=jsontext.dumps({"pin": had}),
                             new=jsontext.dumps({"pin": pin is not None}))
    return Change("member", (member,), audit_id)
