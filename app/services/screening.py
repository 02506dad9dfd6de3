"""Recording the 清标 screen and the committee's conclusions on its findings (87号令 第三十七条).

The record lives under the project's ``x`` as ``biddesk.screening`` (:mod:`app.domain.screening_records`).
Each write is checked by the domain, made in one unit of work with its audit events, and refused once
the evaluation is finalised. A conclusion that bids are collusive declares them invalid through the
session's existing ``invalid`` decision (its reason names the article item and the committee's reason);
withdrawing the conclusion removes that decision unless another conclusion still declares the bid invalid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import screening_records as sr
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.domain.session_records import TIME_FORMAT
from app.exchange import jsontext
from app.persistence.bids import DecisionRow
from app.persistence.mapping import read_evaluation
from app.persistence.tender import ProjectRow
from app.services.common import (
    Change,
    ProjectRef,
    add_event,
    entity_key,
    opened,
    project_x,
    put_record,
    refuse_if_final,
)
from app.services.decisions import drop_decisions, put_decision

ENTITY = "screening"


def _now() -> str:
    return datetime.now().strftime(TIME_FORMAT)


def _load(session: Session, path: str) -> tuple[Evaluation, ProjectRow, dict[str, Any], sr.Screening]:
    refuse_if_final(session)
    ev = read_evaluation(session.connection(), path)
    row, x = project_x(session)
    return ev, row, x, sr.from_json(x.get(sr.KEY))


def _save(row: ProjectRow, x: dict[str, Any], record: sr.Screening) -> None:
    put_record(row, x, sr.KEY, record.to_json() or None)


def _invalid_reason(session: Session, bidder: str) -> str | None:
    row = session.scalars(select(DecisionRow).where(DecisionRow.bidder_id == bidder, DecisionRow.kind == "invalid")
                          .order_by(DecisionRow.id).limit(1)).one_or_none()
    return None if row is None else row.reason


def record_screen(project: ProjectRef, doc: dict[str, Any], *, by: str) -> Change:
    """Keep a ``bideval-screen/1`` result (its findings summarised) in the project, replacing the last one.

    Raises:
        InvalidInput: not a screen result, or it drops a finding the committee has concluded on.
    """
    if doc.get("format") != "bideval-screen/1":
        raise InvalidInput([Problem.of("清标结果", "screening.not_a_screen_result",
                                       "不是 bideval-screen/1 的清标结果")])
    with opened(project) as store, store.write() as session:
        ev, row, x, record = _load(session, str(store.path))
        new = sr.summarise(doc, at=_now(), by=by)
        ids = {b.id for b in ev.bidders}
        stray = sorted({b for f in new.findings for b in f.bidders if b not in ids})
        problems = [Problem.of("清标结果", "screening.unknown_bidder",
                               "投标人 %1 不在本项目中", '、'.join(stray))] if stray else []
        problems += sr.replace_problems(record, new)
        if problems:
            raise InvalidInput(problems)
        new = replace(new, conclusions=dict(record.conclusions))
        old = record.to_json().get("screened")
        _save(row, x, new)
        summary = {"tender_subtracted": new.tender_subtracted, "findings": [f.id for f in new.findings]}
        audit_id = add_event(session, by=by, action="create" if old is None else "change", entity=ENTITY,
                             key=entity_key("screen"),
                             old=None if old is None else jsontext.dumps(
                                 {"findings": [f.get("id") for f in old.get("findings", [])]}),
                             new=jsontext.dumps(summary))
    return Change(ENTITY, ("screen",), audit_id)


def conclude(project: ProjectRef, finding: str, kind: str, reason: str, bidders: tuple[str, ...] = (), *,
             by: str) -> Change:
    """Record (or change) the committee's conclusion on one finding.

    ``kind`` is ``no_collusion`` (with the reason) or ``invalid`` (``bidders`` of the finding declared invalid
    under Art.37, with the reason; each gets the ``invalid`` decision).

    Raises:
        InvalidInput: no such finding, no reason, bidders not in the finding, finalised; nothing changed.
    """
    keys = ("conclusion", finding)
    with opened(project) as store, store.write() as session:
        _ev, row, x, record = _load(session, str(store.path))
        c = sr.Conclusion(kind, reason.strip(), tuple(sorted(set(bidders))) if kind == "invalid" else (),
                          _now(), by)
        problems = sr.conclusion_problems(record, finding, c)
        if problems:
            raise InvalidInput(problems)
        f = record.finding(finding)
        assert f is not None
        old = record.conclusions.get(finding)
        if old is not None and (old.kind, old.reason, old.bidders) == (c.kind, c.reason, c.bidders):
            return Change(ENTITY, keys, None)
        new = replace(record, conclusions={**record.conclusions, finding: c})
        _save(row, x, new)
        _sync_decisions(session, record, new, by=by, cause=f"清标结论：{sr.finding_place(finding)}")
        audit_id = add_event(session, by=by, action="create" if old is None else "change", entity=ENTITY,
                             key=entity_key(*keys), old=None if old is None else jsontext.dumps(old.to_json()),
                             new=jsontext.dumps(c.to_json()), reason=c.reason)
    return Change(ENTITY, keys, audit_id)


def withdraw(project: ProjectRef, finding: str, *, reason: str, by: str) -> Change:
    """Withdraw the conclusion on one finding (and the invalid decisions it alone made).

    Raises:
        InvalidInput: no reason given, or no conclusion on that finding; nothing changed.
    """
    keys = ("conclusion", finding)
    place = sr.finding_place(finding)
    if not reason.strip():
        raise InvalidInput([Problem.of(f"撤销{place}的结论", "screening.withdrawal_needs_reason", "须写明撤销的理由")])
    with opened(project) as store, store.write() as session:
        _ev, row, x, record = _load(session, str(store.path))
        old = record.conclusions.get(finding)
        if old is None:
            raise InvalidInput([Problem.of(place, "screening.no_conclusion", "这一发现尚无委员会结论")])
        new = replace(record, conclusions={k: v for k, v in record.conclusions.items() if k != finding})
        _save(row, x, new)
        _sync_decisions(session, record, new, by=by, cause=f"撤销清标结论：{reason.strip()}")
        audit_id = add_event(session, by=by, action="delete", entity=ENTITY, key=entity_key(*keys),
                             old=jsontext.dumps(old.to_json()), new=None, reason=reason.strip())
    return Change(ENTITY, keys, audit_id)


def _sync_decisions(session: Session, before: sr.Screening, after: sr.Screening, *, by: str, cause: str) -> None:
    """Make the ``invalid`` decisions the screening conclusions give match ``after``."""
    was, now = sr.invalid_by_screening(before), sr.invalid_by_screening(after)
    for bidder in sorted(set(was) | set(now)):
        current = _invalid_reason(session, bidder)
        ours = current is None or current.startswith(sr.REASON_PREFIX)
        if bidder in now and ours:
            fid = now[bidder][0]
            f = after.finding(fid)
            assert f is not None
            text = sr.decision_reason(f, after.conclusions[fid].reason)
            put_decision(session, bidder, "invalid", accepted=None, reason=text, note=fid, by=by, cause=cause)
        elif bidder not in now and current is not None and current.startswith(sr.REASON_PREFIX):
            drop_decisions(session, bidder, "invalid", by=by, reason=cause)


def load_screening(project: ProjectRef) -> tuple[Evaluation, sr.Screening]:
    """The evaluation and its screening record, as stored."""
    with opened(project) as store, store.read() as session:
        ev = read_evaluation(session.connection(), str(store.path))
    return ev, sr.screening(ev)
