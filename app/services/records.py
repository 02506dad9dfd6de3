"""Recording the evaluation session: low-price reviews, evidence, the Art.64 check, tie votes, finalising.

Each record lives under the project's ``x`` (see :mod:`app.domain.session_records`), is checked by the
domain, written in one unit of work with one audit event, and refused once the evaluation is
finalised (:func:`app.services.common.refuse_if_final`), except :func:`reopen`, which records a
re-evaluation and opens the evaluation again.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import session_records as sr
from app.domain.art64 import ART64
from app.domain.art64_check import KINDS, art64_findings, blockers, candidates
from app.domain.committee import Finding
from app.domain.counting import COUNT_ONCE, counted_elsewhere, group_problems
from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.domain.result import Result
from app.exchange import jsontext
from app.persistence.bids import MemberRow
from app.persistence.mapping import read_evaluation
from app.persistence.schema import now_utc
from app.services.common import (
    Change,
    ProjectRef,
    add_event,
    check_art64,
    entity_key,
    opened,
    project_x,
    put_record,
    refuse_if_final,
    set_record,
)
from app.services.decisions import drop_decisions, put_decision


def _section(x: dict[str, Any], key: str) -> dict[str, Any]:
    found = x.get(key)
    return dict(found) if isinstance(found, dict) else {}


def _dump(value: object) -> str | None:
    return None if value is None else jsontext.dumps(value)


def record_low_price_review(project: ProjectRef, review: sr.LowPriceReview, *, by: str) -> Change:
    """Record the request to a bidder to justify its price and the members' opinions.

    When a majority of the committee has given the same opinion, the committee's ``low_price``
    decision follows it in the same unit of work (accepted, or rejected: the bid becomes invalid);
    while there is no majority, no decision stands and the bid stays pending.

    Raises:
        InvalidInput: the record is incomplete or wrong (a deadline under 30 minutes after the request,
            an unknown member, a rejection without a reason …); nothing changed.
    """
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        problems = sr.review_problems(ev, review)
        if problems:
            raise InvalidInput(problems)
        row, x = project_x(session)
        reviews = _section(x, sr.LOW_PRICE)
        old = reviews.get(review.bidder)
        new = review.to_json()
        if old == new:
            return Change("low_price_review", (review.bidder,), None)
        reviews[review.bidder] = new
        put_record(row, x, sr.LOW_PRICE, reviews)
        audit_id = add_event(session, by=by, action="create" if old is None else "change",
                             entity="low_price_review", key=entity_key(review.bidder), old=_dump(old),
                             new=jsontext.dumps(new))
        conclusion = review.conclusion(len(ev.members))
        if conclusion is None:
            drop_decisions(session, review.bidder, "low_price", by=by, reason="no majority of opinions yet")
        else:
            accepts = sum(1 for o in review.opinions if o.accepted)
            note = f"{accepts}/{len(ev.members)} 名成员认可其说明" if conclusion else \
                f"{len(review.opinions) - accepts}/{len(ev.members)} 名成员不认可其说明"
            put_decision(session, review.bidder, "low_price", accepted=conclusion, reason="", note=note, by=by)
    return Change("low_price_review", (review.bidder,), audit_id)


def set_evidence(project: ProjectRef, member: str | None, bidder: str, factor: str, lines: list[str], *,
                 by: str) -> Change:
    """Record what an objective count rests on (one line per contract, certificate … counted).

    Raises:
        InvalidInput: unknown member, bidder or factor; nothing changed.
    """
    lines = [line.strip() for line in lines if line.strip()]
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        problems: list[Problem] = []
        if member is not None and member not in {m.id for m in ev.members}:
            problems.append(Problem.of("--member", "records.unknown_member", "unknown member %1", member))
        if bidder not in {b.id for b in ev.bidders}:
            problems.append(Problem.of("--bidder", "records.unknown_bidder", "unknown bidder %1", bidder))
        if factor not in {f.id for f in ev.factors}:
            problems.append(Problem.of("--factor", "records.unknown_factor", "unknown factor %1", factor))
        problems += [Problem.of("--lines", "records.already_counted_item_counts",
                                "%1 is already counted on %2: an item counts once across %3",
                                item, other, ', '.join(group)) for item, other, group in
                     counted_elsewhere(ev, member, bidder, factor, lines)]
        if problems:
            raise InvalidInput(problems)
        row, x = project_x(session)
        section = _section(x, sr.EVIDENCE)
        key = sr.evidence_key(member, bidder, factor)
        old = section.get(key)
        if (old or []) == lines:
            return Change("evidence", (member, bidder, factor), None)
        if lines:
            section[key] = lines
        else:
            section.pop(key, None)
        put_record(row, x, sr.EVIDENCE, section)
        audit_id = add_event(session, by=by, action="change", entity="evidence",
                             key=entity_key(member, bidder, factor), old=_dump(old), new=_dump(lines or None))
    return Change("evidence", (member, bidder, factor), audit_id)


def set_count_once(project: ProjectRef, groups: list[list[str]], *, by: str) -> Change:
    """State the matrix's groups of count factors across which an item counts once (``[]``: none).

    Raises:
        InvalidInput: a group of fewer than two count factors, an unknown factor, a factor in two groups.
    """
    groups = [[g.strip() for g in group if g.strip()] for group in groups]
    groups = [group for group in groups if group]
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        problems = group_problems(ev, groups)
        if problems:
            raise InvalidInput(problems)
        row, x = project_x(session)
        old = x.get(COUNT_ONCE)
        if (old or []) == groups:
            return Change("count_once", (), None)
        put_record(row, x, COUNT_ONCE, groups or None)
        audit_id = add_event(session, by=by, action="change", entity="count_once", key=entity_key(),
                             old=_dump(old), new=_dump(groups or None))
    return Change("count_once", (), audit_id)


def set_outlier_share(project: ProjectRef, share: Decimal | str, *, by: str) -> Change:
    """Set how far (a share of the factor's max) a subjective score may lie from the others' mean unflagged.

    Raises:
        InvalidInput: not a number strictly between 0 and 1.
    """
    try:
        value = Decimal(str(share))
    except InvalidOperation:
        raise InvalidInput([Problem.of("--share", "records.not_number", "%1 is not a number", repr(share))]) from None
    if not Decimal(0) < value < Decimal(1):
        raise InvalidInput([Problem.of("--share", "records.not_between_e_g",
                                       "%1 is not between 0 and 1 (e.g. 0.30 for 30%)", value)])
    with opened(project) as store, store.write() as session:
        row, x = project_x(session)
        section = _section(x, sr.ART64_CHECK)
        old = section.get("share")
        if old is not None and Decimal(str(old)) == value:
            return Change("art64", ("share",), None)
        section["share"] = str(value)
        put_record(row, x, sr.ART64_CHECK, section)
        audit_id = add_event(session, by=by, action="change", entity="art64", key=entity_key("share"),
                             old=_dump(old), new=jsontext.dumps(str(value)))
    return Change("art64", ("share",), audit_id)


def _names_a_score(ev: Evaluation, key: str) -> bool:
    """Whether a finding key names a kind, bid, factor (and member) of this evaluation (a finding the
    committee has just corrected away is resolved after the correction)."""
    parts = key.split(":")
    if len(parts) != 4 or parts[0] not in KINDS:
        return False
    kind, bidder, factor, member = parts
    return (bidder in {b.id for b in ev.bidders} and factor in {f.id for f in ev.factors}
            and (member == "-" if kind == "objective_differs" else member in {m.id for m in ev.members}))


def resolve_finding(project: ProjectRef, key: str, action: str, *, reason: str, by: str,
                    art64: str | None = None) -> Change:
    """Record how the committee resolved one Art.64 finding.

    Args:
        key: the finding's key (:attr:`~app.domain.art64_check.Art64Finding.key`): a current finding, or
            one the committee's correction has just made disappear.
        action: ``kept`` (the committee keeps the score; only for ``far_from_mean``) or ``corrected``
            (the score was corrected; names its Art.64 category).
        reason: the committee's reason (required).
        art64: for ``corrected``: the category (``abnormal_score`` …).

    Raises:
        InvalidInput: unknown finding, an action it does not allow, no reason or category; nothing changed.
    """
    problems: list[Problem] = []
    if action not in ("kept", "corrected"):
        problems.append(Problem.of("--action", "records.not_one_kept_corrected",
                                   "%1 is not one of kept, corrected", action))
    if not reason.strip():
        problems.append(Problem.of("--reason", "records.resolution_needs_committee_reason",
                                   "a resolution needs the committee's reason"))
    if action == "corrected" and art64 is None:
        problems.append(Problem.of("--art64", "records.correction_names_art_category",
                                   "a correction names its Art.64 category (%1)", ', '.join(ART64)))
    check_art64(problems, art64)
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        found = {f.key: f for f in art64_findings(ev)}
        finding = found.get(key)
        row, x = project_x(session)
        section = _section(x, sr.ART64_CHECK)
        done = dict(section.get("resolutions") or {})
        if finding is None and key not in done and not _names_a_score(ev, key):
            problems.append(Problem.of("--finding", "records.not_finding_check",
                                       "%1 is not a finding of the check", key))
        elif finding is not None and action == "kept" and finding.kind != "far_from_mean":
            problems.append(Problem.of("--action", "records.only_score_far_others",
                                       "only a score far from the others' mean may be kept; this finding must be "
                                       "corrected"))
        if problems:
            raise InvalidInput(problems)
        old = done.get(key)
        points = finding.points if finding is not None else {}
        entry = {"action": action, "reason": reason.strip(), "art64": art64,
                 "detail": {k: str(v) for k, v in points.items()} or (old or {}).get("detail", {}),
                 "at": now_utc(), "by": by}
        done[key] = entry
        section["resolutions"] = done
        put_record(row, x, sr.ART64_CHECK, section)
        audit_id = add_event(session, by=by, action="resolve", entity="art64", key=entity_key(key),
                             old=_dump(old), new=jsontext.dumps(entry), reason=reason.strip(), art64=art64)
    return Change("art64", (key,), audit_id)


def record_tie_vote(project: ProjectRef, vote: sr.TieVote, *, by: str) -> Change:
    """Record the committee's vote on bids still tied (each member's choice for the first place).

    Raises:
        InvalidInput: unknown members or bids, a vote outside the group, missing votes, equal votes.
    """
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        problems = sr.tie_problems(ev, vote)
        if problems:
            raise InvalidInput(problems)
        order = sr.vote_order(vote.bidders, vote.votes)
        assert order is not None
        entry = sr.TieVote(vote.bidders, order, vote.votes, vote.note).to_json()
        row, x = project_x(session)
        section = _section(x, sr.TIE_VOTES)
        old = section.get(vote.key)
        if old == entry:
            return Change("tie_vote", (vote.key,), None)
        section[vote.key] = entry
        put_record(row, x, sr.TIE_VOTES, section)
        audit_id = add_event(session, by=by, action="vote", entity="tie_vote", key=entity_key(vote.key),
                             old=_dump(old), new=jsontext.dumps(entry))
    return Change("tie_vote", (vote.key,), audit_id)


def submitted_members(session: Session) -> dict[str, bool]:
    """Each member's id → whether their sheet is submitted."""
    return {mid: at is not None for mid, at in session.execute(select(MemberRow.id, MemberRow.submitted_at))}


def finalise_blockers(project: ProjectRef, compute: Callable[[], Result] | None = None) -> list[Finding]:
    """What keeps the evaluation from being finalised now (see :func:`app.domain.art64_check.blockers`)."""
    with opened(project) as store, store.read() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        return blockers(ev, submitted_members(session), compute)


def final_record(ev: Evaluation, by: str) -> dict[str, Any]:
    """The finalisation's record (when, by whom, the candidates, whether the procurement failed)."""
    result = evaluate(ev)
    return {"at": now_utc(), "by": by, "candidates": candidates(result, ev), "failed": result.failed}


def with_record(x_text: str | None, key: str, value: object | None) -> str:
    """The project's ``x`` text with one record set (None: removed), as :func:`finalise` writes it."""
    x = jsontext.loads(x_text) if x_text else {}
    x = dict(x) if isinstance(x, dict) else {}
    set_record(x, key, value)
    return jsontext.dumps(x)


def reopened(x: dict[str, Any], *, reason: str, art64: str, by: str) -> dict[str, Any] | None:
    """``x`` reopened as a re-evaluation (the finalisation moved into the history, with why), in place; the
    finalisation it held (None: there was none, nothing changed)."""
    final = x.get(sr.FINAL)
    if not isinstance(final, dict):
        return None
    entry = {"at": now_utc(), "by": by, "reason": reason.strip(), "art64": art64, "final": final}
    history = x.get(sr.REEVALUATIONS)
    set_record(x, sr.REEVALUATIONS, [*history, entry] if isinstance(history, list) else [entry])
    set_record(x, sr.FINAL, None)
    return final


def finalise(project: ProjectRef, *, by: str) -> Change:
    """Finalise (lock) the evaluation: from now on every change needs a recorded re-evaluation.

    Raises:
        InvalidInput: something still blocks it (each listed: sheets not submitted, pending low prices,
            open Art.64 findings, ties without a vote, a result that cannot be computed); nothing changed.
    """
    with opened(project) as store, store.write() as session:
        ev = read_evaluation(session.connection(), str(store.path))
        found = blockers(ev, submitted_members(session))
        if found:
            raise InvalidInput([Problem("", f"{f.code}: {', '.join(f.args)}".rstrip(": ")) for f in found])
        record = final_record(ev, by)
        row, x = project_x(session)
        put_record(row, x, sr.FINAL, record)
        audit_id = add_event(session, by=by, action="finalise", entity="final", key=entity_key(), old=None,
                             new=jsontext.dumps(record))
    return Change("final", (), audit_id)


def reopen(project: ProjectRef, *, reason: str, art64: str, by: str) -> Change:
    """Reopen a finalised evaluation as a recorded re-evaluation (87号令 Art.64 lists when it is allowed).

    Raises:
        InvalidInput: not finalised, no reason, or no valid Art.64 category; nothing changed.
    """
    problems: list[Problem] = []
    if not reason.strip():
        problems.append(Problem.of("--reason", "records.re_evaluation_needs_reason", "a re-evaluation needs a reason"))
    check_art64(problems, art64)
    with opened(project) as store, store.write() as session:
        row, x = project_x(session)
        final = reopened(x, reason=reason, art64=art64, by=by) if not problems else x.get(sr.FINAL)
        if not isinstance(final, dict):
            problems.append(Problem.of("", "records.evaluation_not_finalised", "the evaluation is not finalised"))
        if problems:
            raise InvalidInput(problems)
        row.x = jsontext.dumps(x)
        audit_id = add_event(session, by=by, action="reopen", entity="final", key=entity_key(),
                             old=jsontext.dumps(final), new=None, reason=reason.strip(), art64=art64)
    return Change("final", (), audit_id)


def is_final(project: ProjectRef) -> bool:
    """Whether the evaluation is finalised."""
    with opened(project) as store, store.read() as session:
        try:
            refuse_if_final(session)
        except InvalidInput:
            return True
        return False

