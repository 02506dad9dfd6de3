"""What every service shares: the project reference, the "what changed" value, audit events, problems.

A service takes a project as a path (it opens the file, does one unit of work, closes it) or as an
open :class:`~app.persistence.store.ProjectStore` (the desktop keeps one open for the session).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain.art64 import ART64
from app.domain.problems import InvalidInput, Problem
from app.domain.session_records import FINAL
from app.exchange import jsontext
from app.persistence.audit import AuditRow
from app.persistence.schema import now_utc
from app.persistence.store import ProjectStore
from app.persistence.tender import ProjectRow

#: A project: its file's path, or an open store.
ProjectRef = str | os.PathLike[str] | ProjectStore



@dataclass(frozen=True)
class Change:
    """What a service changed: the kind of entity, its key, and the audit event (None: nothing changed)."""

    kind: str
    keys: tuple[str | None, ...]
    audit_id: int | None

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return self.audit_id is not None


@contextmanager
def opened(project: ProjectRef) -> Iterator[ProjectStore]:
    """The open store of a project reference; a store opened here is closed at the end."""
    if isinstance(project, ProjectStore):
        yield project
        return
    store = ProjectStore.open(project)
    try:
        yield store
    finally:
        store.close()


def entity_key(*parts: str | None) -> str:
    """The audit key of an entity: its id parts as a JSON list (``["M1","B1","F2"]``; null = joint)."""
    return jsontext.dumps(list(parts))


def add_event(
    session: Session,
    *,
    by: str,
    action: str,
    entity: str,
    key: str,
    old: str | None,
    new: str | None,
    reason: str | None = None,
    art64: str | None = None,
) -> int:
    """Append one audit event in the caller's unit of work and return its id.

    Args:
        session: the unit of work that makes the change.
        by: who made it.
        action: ``create``, ``change``, ``delete``, ``import``, ``submit`` …
        entity: ``score``, ``check``, ``decision``, ``member``, ``project`` …
        key: :func:`entity_key` of the entity.
        old: JSON text before (None: it did not exist).
        new: JSON text after (None: it no longer exists).
        reason: why (required for a change to a submitted member's scores).
        art64: the Art.64 category of a correction, if any.
    """
    if entity in FROZEN_ENTITIES:
        refuse_if_final(session)
    row = AuditRow(at=now_utc(), by=by, action=action, entity=entity, key=key, old=old, new=new,
                   reason=reason, art64=art64)
    session.add(row)
    session.flush()
    return row.id


#: What a finalised evaluation no longer lets change (every write of one of these is refused).
FROZEN_ENTITIES = frozenset({
    "score", "check", "decision", "member", "setup", "package_return", "low_price_review", "evidence", "art64",
    "tie_vote", "negotiation", "screening", "count_once",
})


def refuse_if_final(session: Session) -> None:
    """Raise when the evaluation is finalised: a change then needs a recorded re-evaluation first.

    Every write of an entity in :data:`FROZEN_ENTITIES` ends in :func:`add_event`, which calls this
    in the same unit of work, so the refusal rolls the whole change back.
    """
    row = session.get(ProjectRow, 1)
    if row is None or not row.x or FINAL not in row.x:
        return
    x = jsontext.loads(row.x)
    if isinstance(x, dict) and isinstance(x.get(FINAL), dict):
        raise InvalidInput([Problem.of("", "common.evaluation_finalised_reopen_re",
                                       "the evaluation is finalised: reopen it as a re-evaluation (with a reason and "
                                       "its Art.64 category) before changing anything")])


def arg_problems(problems: list[Problem], prefix: str) -> list[Problem]:
    """The problems the domain found at ``prefix`` (``scores[0]``), renamed to command-line options.

    ``scores[0].value`` becomes ``--value``; problems elsewhere (the rest of a scratch evaluation
    built only to run the domain's checks) are dropped.
    """
    out = []
    for p in problems:
        if p.path == prefix:
            out.append(p.at(""))
        elif p.path.startswith(prefix + "."):
            out.append(p.at("--" + p.path[len(prefix) + 1:].split(".")[0]))
    return out


def need_id(problems: list[Problem], option: str, value: str | None) -> None:
    """An id given on the command line must be a non-empty string."""
    if value is not None and not value.strip():
        problems.append(Problem.of(option, "common.must_id_not_empty", "must be an id, not an empty string"))


def check_art64(problems: list[Problem], art64: str | None) -> None:
    """An Art.64 category, when given, must be one of the four."""
    if art64 is not None and art64 not in ART64:
        problems.append(Problem.of("--art64", "common.not_one", "%1 is not one of %2", art64, ', '.join(ART64)))


# -- the records kept under the project's ``x`` ------------------------------------------------------
def project_x(session: Session) -> tuple[ProjectRow, dict[str, Any]]:
    """The project row and its ``x`` as a dict (a copy: write it back with :func:`put_record`)."""
    row = session.get(ProjectRow, 1)
    assert row is not None
    x = jsontext.loads(row.x) if row.x else {}
    return row, dict(x) if isinstance(x, dict) else {}


def set_record(x: dict[str, Any], key: str, value: object | None) -> None:
    """Set one record in ``x``; an empty one (None, {}, []) is removed, not kept empty."""
    if value is None or value == {} or value == []:
        x.pop(key, None)
    else:
        x[key] = value


def put_record(row: ProjectRow, x: dict[str, Any], key: str, value: object | None) -> None:
    """Set one record and write ``x`` back into the project row (the caller's unit of work)."""
    set_record(x, key, value)
    row.x = jsontext.dumps(x)
