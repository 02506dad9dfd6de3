"""Recording the negotiation (协商情况记录 / 谈判、磋商记录): rounds, final quotes and the panel's outcome.

The record lives under the project's ``x`` as ``biddesk.negotiation`` (:mod:`app.domain.negotiation`).
Each write is checked by the domain, made in one unit of work with its audit events, and refused once
the evaluation is finalised. A final quote (最后报价) of a competitive negotiation or consultation becomes
the bid's ``price`` and ``price_words`` in the same unit of work — the engine scores the data it always
reads — and the response's first price is kept under the record's ``opening`` so that removing the final
quote puts it back. A supplier recorded as giving no final quote gets the committee's ``invalid``
decision (:data:`~app.domain.negotiation.NO_FINAL_REASON`), withdrawn with the record.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import negotiation as ng
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.persistence.bids import BidderRow, DecisionRow
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

ENTITY = "negotiation"


def _load(session: Session, path: str) -> tuple[Evaluation, ProjectRow, dict[str, Any], ng.Negotiation]:
    refuse_if_final(session)
    ev = read_evaluation(session.connection(), path)
    row, x = project_x(session)
    return ev, row, x, ng.from_json(x.get(ng.KEY))


def _save(row: ProjectRow, x: dict[str, Any], record: ng.Negotiation) -> None:
    put_record(row, x, ng.KEY, record.to_json() or None)


def _dump(value: object) -> str | None:
    return None if value is None else jsontext.dumps(value)


def _price_doc(price: Decimal | None, words: str | None) -> dict[str, str | None]:
    return {"price": None if price is None else str(price), "words": words}


def _carry_price(session: Session, ev: Evaluation, record: ng.Negotiation, bidder: str, *,
                 by: str) -> ng.Negotiation:
    """Make the bid carry the price the record gives it (its final quote or its first price); the record with
    ``opening`` kept in step."""
    row = session.get(BidderRow, bidder)
    if row is None or ev.project.method not in ng.FINAL_QUOTE_METHODS:
        return record
    opening = dict(record.opening)
    has_final = record.final_quote(bidder) is not None
    if has_final and bidder not in opening:
        opening[bidder] = (row.price, row.price_words)
    record = replace(record, opening=opening)
    price, words = ng.scored_price(ev, record, bidder)
    if not has_final:
        opening.pop(bidder, None)
        record = replace(record, opening=opening)
    old = _price_doc(row.price, row.price_words)
    if (row.price, row.price_words) != (price, words):
        row.price, row.price_words = price, words
        add_event(session, by=by, action="change", entity="bidder_price", key=entity_key(bidder),
                  old=jsontext.dumps(old), new=jsontext.dumps(_price_doc(price, words)),
                  reason="最后报价" if has_final else "撤销最后报价，恢复响应报价")
    return record


def _invalid_reason(session: Session, bidder: str) -> str | None:
    row = session.scalars(select(DecisionRow).where(DecisionRow.bidder_id == bidder, DecisionRow.kind == "invalid")
                          .order_by(DecisionRow.id).limit(1)).one_or_none()
    return None if row is None else row.reason


def record_round(project: ProjectRef, rnd: ng.Round, *, by: str) -> Change:
    """Record one round with one supplier (replacing the stored round of that number and supplier).

    Raises:
        InvalidInput: the round is wrong (capitals that differ from the figures, no speaker, a round after
            the final quote, an evaluation already finalised …); nothing changed.
    """
    rnd = replace(rnd, words=rnd.words.strip(), speaker=rnd.speaker.strip(), remarks=rnd.remarks.strip(),
                  terms=tuple(ng.Term(t.requirement.strip(), t.original.strip(), t.agreed.strip()) for t in rnd.terms))
    keys = ("round", str(rnd.number), rnd.bidder)
    with opened(project) as store, store.write() as session:
        ev, row, x, record = _load(session, str(store.path))
        problems = ng.round_problems(ev, record, rnd)
        if problems:
            raise InvalidInput(problems)
        old = next((r for r in record.rounds if (r.number, r.bidder) == (rnd.number, rnd.bidder)), None)
        if old == rnd:
            return Change(ENTITY, keys, None)
        record = _carry_price(session, ev, ng.with_round(ev, record, rnd), rnd.bidder, by=by)
        _save(row, x, record)
        audit_id = add_event(session, by=by, action="create" if old is None else "change", entity=ENTITY,
                             key=entity_key(*keys), old=_dump(None if old is None else old.to_json()),
                             new=jsontext.dumps(rnd.to_json()))
    return Change(ENTITY, keys, audit_id)


def remove_round(project: ProjectRef, number: int, bidder: str, *, by: str) -> Change:
    """Remove one round (a final quote removed gives the bid back its first price).

    Raises:
        InvalidInput: no such round, or the outcome is already recorded; nothing changed.
    """
    keys = ("round", str(number), bidder)
    with opened(project) as store, store.write() as session:
        ev, row, x, record = _load(session, str(store.path))
        old = next((r for r in record.rounds if (r.number, r.bidder) == (number, bidder)), None)
        place = f"第 {number} 轮（{ng.bidder_label(ev, bidder)}）"
        if old is None:
            raise InvalidInput([Problem.of(place, "negotiation.no_such_round", "没有这一轮的记录")])
        if record.outcome is not None:
            raise InvalidInput([Problem.of(place, "negotiation.outcome_recorded",
                                           "协商结果已记录；先撤销结果再修改协商过程")])
        record = _carry_price(session, ev, ng.without_round(record, number, bidder), bidder, by=by)
        _save(row, x, record)
        audit_id = add_event(session, by=by, action="delete", entity=ENTITY, key=entity_key(*keys),
                             old=jsontext.dumps(old.to_json()), new=None)
    return Change(ENTITY, keys, audit_id)


def record_no_final(project: ProjectRef, bidder: str, note: str, *, by: str) -> Change:
    """Record that a supplier gave no final quote; its bid is then invalid (the committee's decision).

    Raises:
        InvalidInput: not a method scored on final quotes, a final quote already recorded, no note.
    """
    keys = ("no_final", bidder)
    with opened(project) as store, store.write() as session:
        ev, row, x, record = _load(session, str(store.path))
        problems = ng.no_final_problems(ev, record, bidder, note)
        if problems:
            raise InvalidInput(problems)
        old = record.no_final.get(bidder)
        if old == note.strip():
            return Change(ENTITY, keys, None)
        _save(row, x, replace(record, no_final={**record.no_final, bidder: note.strip()}))
        if _invalid_reason(session, bidder) in (None, ng.NO_FINAL_REASON):
            put_decision(session, bidder, "invalid", accepted=None, reason=ng.NO_FINAL_REASON, note=note.strip(),
                         by=by)
        audit_id = add_event(session, by=by, action="create" if old is None else "change", entity=ENTITY,
                             key=entity_key(*keys), old=_dump(old), new=jsontext.dumps(note.strip()))
    return Change(ENTITY, keys, audit_id)


def withdraw_no_final(project: ProjectRef, bidder: str, *, by: str) -> Change:
    """Withdraw the record that a supplier gave no final quote (and the invalid decision it gave)."""
    keys = ("no_final", bidder)
    with opened(project) as store, store.write() as session:
        _ev, row, x, record = _load(session, str(store.path))
        old = record.no_final.get(bidder)
        if old is None:
            return Change(ENTITY, keys, None)
        _save(row, x, replace(record, no_final={b: n for b, n in record.no_final.items() if b != bidder}))
        if _invalid_reason(session, bidder) == ng.NO_FINAL_REASON:
            drop_decisions(session, bidder, "invalid", by=by, reason="撤销未提交最后报价的记录")
        audit_id = add_event(session, by=by, action="delete", entity=ENTITY, key=entity_key(*keys),
                             old=jsontext.dumps(old), new=None)
    return Change(ENTITY, keys, audit_id)


def record_outcome(project: ProjectRef, outcome: ng.Outcome, *, by: str) -> Change:
    """Record the panel's outcome: the agreed price (never above the budget), no agreement, or 协商无效.

    Raises:
        InvalidInput: an agreed price above the budget or ceiling, capitals that differ, no reason for no
            agreement or 协商无效, a supplier that failed the review …; nothing changed.
    """
    outcome = replace(outcome, words=outcome.words.strip(), reason=outcome.reason.strip(),
                      dissent={k: v.strip() for k, v in outcome.dissent.items()})
    if outcome.kind != "agreed":
        outcome = replace(outcome, price=None, words="")
    keys = ("outcome",)
    with opened(project) as store, store.write() as session:
        ev, row, x, record = _load(session, str(store.path))
        if outcome.kind == "agreed" and not outcome.bidder and len(ev.bidders) == 1:
            outcome = replace(outcome, bidder=ev.bidders[0].id)
        problems = ng.outcome_problems(ev, record, outcome)
        if problems:
            raise InvalidInput(problems)
        old = record.outcome
        if old == outcome:
            return Change(ENTITY, keys, None)
        _save(row, x, replace(record, outcome=outcome))
        audit_id = add_event(session, by=by, action="create" if old is None else "change", entity=ENTITY,
                             key=entity_key(*keys), old=_dump(None if old is None else old.to_json()),
                             new=jsontext.dumps(outcome.to_json()))
    return Change(ENTITY, keys, audit_id)


def clear_outcome(project: ProjectRef, *, reason: str, by: str) -> Change:
    """Withdraw the recorded outcome (with the reason), so that the negotiation can go on.

    Raises:
        InvalidInput: no reason given; nothing changed.
    """
    keys = ("outcome",)
    if not reason.strip():
        raise InvalidInput([Problem.of("撤销协商结果", "negotiation.withdrawal_needs_reason", "须写明撤销的理由")])
    with opened(project) as store, store.write() as session:
        _ev, row, x, record = _load(session, str(store.path))
        if record.outcome is None:
            return Change(ENTITY, keys, None)
        old = record.outcome.to_json()
        _save(row, x, replace(record, outcome=None))
        audit_id = add_event(session, by=by, action="delete", entity=ENTITY, key=entity_key(*keys),
                             old=jsontext.dumps(old), new=None, reason=reason.strip())
    return Change(ENTITY, keys, audit_id)


def load_negotiation(project: ProjectRef) -> tuple[Evaluation, ng.Negotiation]:
    """The evaluation and its negotiation record, as stored."""
    with opened(project) as store, store.read() as session:
        ev = read_evaluation(session.connection(), str(store.path))
    return ev, ng.negotiation(ev)
