"""Editing a tender's setup after import: project data, rules, checklists, matrix, bidders, committee.

The desktop edits a copy of the :class:`Evaluation` and hands the whole new setup here; this
service checks it exactly as an exchange file is checked (the same reader, the same paths), then
writes only what differs, in one unit of work with one audit event. Undo is the same call with the
setup from before. What is recorded (scores, verdicts, decisions) is never touched by a setup
edit: an edit that would leave one without its factor, item, bidder or member is refused, as is one
that makes a recorded score invalid (a grade no longer allowed, say).
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.entry import entry_problems
from app.domain.problems import InvalidInput, Problem
from app.domain.session_records import keep_session_keys
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.exchange.reader import read_evaluation as read_doc
from app.exchange.writer import evaluation_to_doc
from app.persistence import errors
from app.persistence.bids import BidderRow, MemberRow
from app.persistence.kept_fields import pack_x
from app.persistence.mapping import read_evaluation, rule_to_json, write_evaluation
from app.persistence.store import ProjectStore, remove_with_sidecars
from app.persistence.tender import ChecklistItemRow, FactorRow, ProjectRow, RulesRow
from app.services.common import Change, ProjectRef, add_event, entity_key, opened
from app.services.project_io import publish

#: The parts of an evaluation a setup edit may change (the rest is what the committee recorded).
SETUP_PARTS = ("project", "rules", "qualification", "compliance", "factors", "bidders", "members", "extensions")


def setup_of(ev: m.Evaluation) -> m.Evaluation:
    """The evaluation with nothing recorded: no verdicts, scores or decisions."""
    return dataclasses.replace(ev, checks=(), scores=(), decisions=())


def setup_problems(ev: m.Evaluation, before: m.Evaluation | None = None) -> list[Problem]:
    """Every problem of an evaluation, with the exchange file's paths (``factors[2].rule.values[0]``).

    The setup goes through the exchange reader (the one definition of a valid file); the recorded
    entries are then checked against the new setup by the domain's cross-checks. What a person may not
    type in (:func:`app.domain.entry.entry_problems`: a rate tender's ceiling above 100, a rate of three
    places) is refused too, unless ``before`` (the setup being edited) already had it: an imported file's
    data never blocks an unrelated edit.
    """
    entry = entry_problems(ev)
    if before is not None and entry:
        known = {p.message for p in entry_problems(before)}
        entry = [p for p in entry if p.message not in known]
    doc = evaluation_to_doc(setup_of(ev))
    try:
        read_doc(jsontext.loads(jsontext.dumps(doc)))
    except InvalidInput as exc:
        return list(exc.problems) + entry
    problems: list[Problem] = entry
    check_structure(ev, problems)
    return problems


def changed_parts(before: m.Evaluation, after: m.Evaluation) -> list[str]:
    """The names of the setup parts that differ (in :data:`SETUP_PARTS` order)."""
    return [part for part in SETUP_PARTS if getattr(before, part) != getattr(after, part)]


def _part_doc(ev: m.Evaluation, part: str) -> object:
    if part == "extensions":
        return ev.extensions
    return evaluation_to_doc(setup_of(ev)).get(part)


def _write_project(session: Session, ev: m.Evaluation) -> None:
    p = ev.project
    row = session.get(ProjectRow, 1)
    assert row is not None
    row.name, row.number, row.purchaser, row.agency = p.name, p.number, p.purchaser, p.agency
    row.method, row.budget, row.ceiling, row.price_mode = p.method, p.budget, p.ceiling, p.price_mode
    row.industry, row.opening = p.industry, p.opening
    row.x = pack_x(ev)  # the extensions, with the fields schema 1.0 has no column for


def _write_rules(session: Session, r: m.Rules) -> None:
    row = session.get(RulesRow, 1)
    assert row is not None
    row.small_deduction, row.partner_deduction = r.small_deduction, r.partner_deduction
    row.partner_min_share, row.deduction_mode, row.averaging = r.partner_min_share, r.deduction_mode, r.averaging
    row.decimals, row.candidates, row.min_valid_bids = r.decimals, r.candidates, r.min_valid_bids
    row.low_average, row.low_second_lowest = r.low_price.average, r.low_price.second_lowest
    row.low_ceiling, row.tie_break = r.low_price.ceiling, jsontext.dumps(list(r.tie_break))


def _sync(session: Session, model: Any, where: Any, rows: list[dict[str, Any]]) -> None:
    """Make the table's rows (those ``where`` selects) exactly ``rows``: update, insert, delete by id."""
    existing = {r.id: r for r in session.scalars(select(model).where(where))}
    wanted = {row["id"] for row in rows}
    for ident, obj in existing.items():
        if ident not in wanted:
            session.delete(obj)
    session.flush()  # deletions first: a reused position or id must not collide
    for row in rows:
        obj = existing.get(row["id"])
        if obj is None:
            session.add(model(**row))
        else:
            for key, value in row.items():
                setattr(obj, key, value)


def _write_lists(session: Session, ev: m.Evaluation, parts: list[str]) -> None:
    for stage in m.STAGES:
        if stage in parts:
            _sync(session, ChecklistItemRow, ChecklistItemRow.stage == stage, [
                {"stage": stage, "id": item.id, "position": i, "name": item.name, "criterion": item.criterion}
                for i, item in enumerate(ev.checklist(stage))
            ])
    if "factors" in parts:
        _sync(session, FactorRow, FactorRow.id.is_not(None), [
            {"id": f.id, "position": i, "name": f.name, "category": f.category, "max": f.max,
             "objective": f.objective, "blind": f.blind, "group_name": f.group, "rule": rule_to_json(f.rule)}
            for i, f in enumerate(ev.factors)
        ])
    if "bidders" in parts:
        _sync(session, BidderRow, BidderRow.id.is_not(None), [
            {"id": b.id, "position": i, "name": b.name, "price": b.price, "price_words": b.price_words,
             "size": b.size, "prison": b.prison, "disabled": b.disabled, "partner_share": b.partner_share,
             "small_amount": b.small_amount}
            for i, b in enumerate(ev.bidders)
        ])
    if "members" in parts:
        _sync(session, MemberRow, MemberRow.id.is_not(None), [
            {"id": x.id, "position": i, "name": x.name, "role": x.role} for i, x in enumerate(ev.members)
        ])


def save_setup(project: ProjectRef, after: m.Evaluation, *, by: str, action: str = "edit") -> Change:
    """Replace the project's setup by that of ``after``; what was recorded stays as it is.

    Args:
        project: the project file or open store.
        after: an evaluation whose setup parts (:data:`SETUP_PARTS`) are the new setup; its
            checks, scores and decisions are ignored (the stored ones are kept).
        by: who edits (for the audit log).
        action: a short name of the edit for the audit log (``factor.add``, ``undo`` …).

    Returns:
        The change (``audit_id`` None when the setup was already exactly this).

    Raises:
        InvalidInput: the new setup is invalid, or recorded entries would lose their factor,
            item, bidder or member, or a recorded score would no longer be allowed.
    """
    with opened(project) as store, store.write() as session:
        before = read_evaluation(session.connection(), str(store.path))
        new = dataclasses.replace(after, checks=before.checks, scores=before.scores, decisions=before.decisions,
                                  extensions=keep_session_keys(after.extensions, before.extensions))
        parts = changed_parts(before, new)
        if not parts:
            return Change("setup", (), None)
        problems = setup_problems(new, before)
        if problems:
            raise InvalidInput(problems)
        if {"project", "extensions", "bidders", *m.STAGES} & set(parts):
            _write_project(session, new)
        if "rules" in parts:
            _write_rules(session, new.rules)
        _write_lists(session, new, parts)
        old_doc = {part: _part_doc(before, part) for part in parts}
        new_doc = {part: _part_doc(new, part) for part in parts}
        audit_id = add_event(session, by=by, action=action, entity="setup", key=entity_key(*parts),
                             old=jsontext.dumps(old_doc), new=jsontext.dumps(new_doc))
        return Change("setup", tuple(parts), audit_id)


def blank_evaluation(project: m.Project, rules: m.Rules | None = None) -> m.Evaluation:
    """A new tender with nothing in it yet but its project data and rules."""
    rules = rules if rules is not None else m.Rules()
    if project.method == "single_source" and rules == m.Rules():
        rules = dataclasses.replace(rules, min_valid_bids=1)
    return m.Evaluation(project=project, rules=rules, qualification=(), compliance=(), factors=(), bidders=(),
                        members=(), checks=(), scores=(), decisions=())


def create_project(path: str | os.PathLike[str], ev: m.Evaluation, *, by: str) -> Path:
    """Create a project file holding ``ev``'s setup; never overwrites, leaves nothing behind on failure.

    Raises:
        InvalidInput: the setup is invalid (paths as in an exchange file).
        ProjectFileError: the file exists or its folder does not.
        StorageError: the file could not be written.
    """
    target = Path(path)
    if target.exists():
        raise errors.ProjectFileError(errors.EXISTS, str(target), "already exists; a project file is never overwritten")
    if not target.parent.is_dir():
        raise errors.ProjectFileError(errors.UNWRITABLE, str(target), f"the folder {target.parent} does not exist")
    ev = setup_of(ev)
    problems = setup_problems(ev)
    if problems:
        raise InvalidInput(problems)
    tmp = target.with_name(f".{target.name}.tmp-{secrets.token_hex(6)}")
    try:
        store = ProjectStore.create(tmp)
        try:
            with store.write() as session:
                write_evaluation(session, ev)
                add_event(session, by=by, action="create", entity="project", key=entity_key(), old=None,
                          new=jsontext.dumps({"name": ev.project.name}))
        finally:
            store.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        publish(tmp, target)  # refuses a target that appeared meanwhile: never overwrite
    finally:
        remove_with_sidecars(tmp)
    return target
