"""Edits of a tender's setup lists as pure functions: each returns a new Evaluation.

The lists are ``qualification``, ``compliance``, ``factors``, ``bidders`` and ``members``. The
facts kept for an entry under ``x`` (grade words, bidder facts, the leader: :mod:`app.domain.extras`)
follow their entry: renamed with it, dropped with it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from app.domain import extras
from app.domain.model import Evaluation
from app.domain.problems import Refused

LISTS = ("qualification", "compliance", "factors", "bidders", "members")
#: The id prefix of new entries per list (the tenders' own habit: Q1, C1, F1, B1, M1).
PREFIX = {"qualification": "Q", "compliance": "C", "factors": "F", "bidders": "B", "members": "M"}
#: The ``x`` sections keyed by an entry id of a list.
_KEYED = {"factors": (extras.GRADE_WORDS, extras.FACTOR_TEXT), "bidders": (extras.BIDDER_FACTS, extras.DECLARATIONS)}


def rows(ev: Evaluation, part: str) -> tuple[Any, ...]:
    """The entries of a list."""
    if part not in LISTS:
        raise Refused("setup_ops.not_one", "%1 is not one of %2", part, ', '.join(LISTS))
    return tuple(getattr(ev, part))


def next_id(ev: Evaluation, part: str) -> str:
    """A fresh id for a new entry: the prefix and one more than the highest number in use."""
    prefix = PREFIX[part]
    used = {getattr(r, "id", "") for r in rows(ev, part)}
    numbers = [int(m[1]) for ident in used if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", ident))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def _set(ev: Evaluation, part: str, entries: tuple[Any, ...]) -> Evaluation:
    changes: dict[str, Any] = {part: entries}
    return dataclasses.replace(ev, **changes)


def _pruned(ev: Evaluation, part: str, kept: set[str]) -> Evaluation:
    for key in _KEYED.get(part, ()):
        section = ev.extensions.get(key)
        if isinstance(section, dict):
            for ident in [i for i in section if i not in kept]:
                ev = extras.with_entry(ev, key, ident, None)
    if part == "members" and extras.leader(ev) not in kept | {None}:
        ev = extras.with_entry(ev, extras.COMMITTEE, "leader", None)
    return ev


def with_rows(ev: Evaluation, part: str, new_rows: tuple[Any, ...]) -> Evaluation:
    """The evaluation with a list replaced; facts of entries no longer there are dropped."""
    rows(ev, part)
    ev = _set(ev, part, tuple(new_rows))
    return _pruned(ev, part, {r.id for r in new_rows})


def insert(ev: Evaluation, part: str, index: int, entry: Any) -> Evaluation:
    """An entry inserted at ``index`` (clamped to the list)."""
    current = rows(ev, part)
    index = max(0, min(index, len(current)))
    return with_rows(ev, part, (*current[:index], entry, *current[index:]))


def remove(ev: Evaluation, part: str, index: int) -> Evaluation:
    """The entry at ``index`` removed.

    Raises:
        ValueError: there is no entry there.
    """
    current = rows(ev, part)
    if not 0 <= index < len(current):
        raise Refused("setup_ops.no_entry", "no entry %1 in %2", index + 1, part)
    return with_rows(ev, part, (*current[:index], *current[index + 1:]))


def move(ev: Evaluation, part: str, index: int, delta: int) -> Evaluation:
    """The entry at ``index`` moved by ``delta`` places (clamped); unchanged when it cannot move."""
    current = list(rows(ev, part))
    if not 0 <= index < len(current):
        raise Refused("setup_ops.no_entry", "no entry %1 in %2", index + 1, part)
    target = max(0, min(index + delta, len(current) - 1))
    entry = current.pop(index)
    current.insert(target, entry)
    return _set(ev, part, tuple(current))


def replace_entry(ev: Evaluation, part: str, index: int, entry: Any) -> Evaluation:
    """The entry at ``index`` replaced; when its id changes, its facts under ``x`` move with it.

    Raises:
        ValueError: no entry there, or the new id is empty or already used by another entry.
    """
    current = rows(ev, part)
    if not 0 <= index < len(current):
        raise Refused("setup_ops.no_entry", "no entry %1 in %2", index + 1, part)
    old_id, new_id = current[index].id, entry.id
    if not str(new_id).strip():
        raise Refused("setup_ops.id_cannot_empty", "an id cannot be empty")
    if new_id != old_id and any(r.id == new_id for r in current):
        raise Refused("setup_ops.id_already_used", "the id %1 is already used", new_id)
    ev = _set(ev, part, (*current[:index], entry, *current[index + 1:]))
    if new_id != old_id:
        for key in _KEYED.get(part, ()):
            section = ev.extensions.get(key)
            if isinstance(section, dict) and old_id in section:
                value = section[old_id]
                ev = extras.with_entry(extras.with_entry(ev, key, old_id, None), key, new_id, value)
        if part == "members" and extras.leader(ev) == old_id:
            ev = extras.with_entry(ev, extras.COMMITTEE, "leader", new_id)
    return ev
