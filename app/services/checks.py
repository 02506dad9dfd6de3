"""Recording qualification (资格审查) and compliance (符合性审查) verdicts.

A failing verdict needs its reason (the note): the review table prints why a bid fails, so every
door (the window, the command line, a script) is refused the same way when there is none.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.persistence.bids import BidderRow, MemberRow
from app.persistence.mapping import bidder_from_row
from app.persistence.review import CheckRow
from app.persistence.tender import ChecklistItemRow
from app.services.common import (
    Change,
    ProjectRef,
    add_event,
    arg_problems,
    entity_key,
    need_id,
    opened,
    refuse_if_final,
)
from app.services.scores import SCRATCH_PROJECT


def _verdict(passed: bool, note: str) -> str:
    return jsontext.dumps({"pass": passed, "note": note})


def record_check(
    project: ProjectRef,
    stage: str,
    bidder: str,
    item: str,
    passed: bool,
    *,
    member: str | None = None,
    note: str | None = None,
    by: str,
    reason: str | None = None,
) -> Change:
    """Record one verdict on a checklist item for a bid (a member's, or the joint one with ``member=None``).

    Args:
        project: the project file or an open store.
        stage: ``qualification`` or ``compliance``.
        bidder: the bidder's id.
        item: the checklist item's id in that stage.
        passed: whether the bid passes the item.
        member: the member's id; None for the committee's joint conclusion (which overrides members').
        note: a remark; None keeps the verdict's existing note (empty for a new verdict). A failing
            verdict needs one (its reason).
        by: who records it (for the audit log).
        reason: why, for the audit log (optional).

    Returns:
        The change (``audit_id`` None when the verdict and note were already so).

    Raises:
        InvalidInput: unknown stage, bidder, item or member; a failing verdict without a reason; the
            evaluation is finalised; nothing changed.
    """
    with opened(project) as store, store.write() as session:
        return _record_check(session, stage, bidder, item, passed, member=member, note=note, by=by, reason=reason)


def record_checks(project: ProjectRef, stage: str, bidder: str, items: list[str], *, member: str | None = None,
                  by: str) -> Change:
    """通过 on several items of one bid in one unit of work: all recorded, or (one refused) none.

    Returns:
        The last change made (``audit_id`` None when every item already passed).
    """
    last = Change("check", (stage, member, bidder, None), None)
    with opened(project) as store, store.write() as session:
        for item in items:
            change = _record_check(session, stage, bidder, item, True, member=member, note="", by=by, reason=None)
            last = change if change.changed else last
    return last


def _record_check(session: Session, stage: str, bidder: str, item: str, passed: bool, *, member: str | None,
                  note: str | None, by: str, reason: str | None) -> Change:
    keys = (stage, member, bidder, item)
    refuse_if_final(session)
    problems: list[Problem] = []
    if stage not in m.STAGES:
        problems.append(Problem.of("--stage", "checks.not_one", "%1 is not one of %2", stage, ', '.join(m.STAGES)))
    need_id(problems, "--bidder", bidder)
    need_id(problems, "--item", item)
    need_id(problems, "--member", member)
    if problems:
        raise InvalidInput(problems)
    irow = session.get(ChecklistItemRow, (stage, item))
    brow = session.get(BidderRow, bidder)
    mrow = session.get(MemberRow, member) if member is not None else None
    checklist = (m.CheckItem(irow.id, irow.name),) if irow is not None else ()
    scratch = m.Evaluation(
        project=SCRATCH_PROJECT,
        qualification=checklist if stage == "qualification" else (),
        compliance=checklist if stage == "compliance" else (),
        bidders=(bidder_from_row(brow),) if brow is not None else (),
        members=(m.Member(mrow.id, mrow.name, mrow.role),) if mrow is not None else (),
        checks=(m.Check(stage, bidder, item, passed, member, note or ""),),
    )
    found: list[Problem] = []
    check_structure(scratch, found)
    problems = arg_problems(found, "checks[0]")
    if problems:
        raise InvalidInput(problems)
    where = CheckRow.member_id.is_(None) if member is None else CheckRow.member_id == member
    row = session.scalars(
        select(CheckRow).where(where, CheckRow.stage == stage, CheckRow.bidder_id == bidder,
                               CheckRow.item_id == item)
    ).one_or_none()
    if row is not None and note is None:
        note = row.note
    note = note or ""
    if not passed and not note.strip():
        raise InvalidInput([Problem.of("--note", "checks.failed_item_needs_reason", "a failed item needs a reason")])
    if row is not None and row.passed == passed and row.note == note:
        return Change("check", keys, None)
    old = None if row is None else _verdict(row.passed, row.note)
    if row is None:
        session.add(CheckRow(stage=stage, bidder_id=bidder, item_id=item, member_id=member, passed=passed,
                             note=note))
    else:
        row.passed, row.note = passed, note
    audit_id = add_event(session, by=by, action="create" if row is None else "change", entity="check",
                         key=entity_key(*keys), old=old, new=_verdict(passed, note), reason=reason)
    return Change("check", keys, audit_id)
