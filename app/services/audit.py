"""Reading the audit trail (审计日志): every change to the project, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.persistence.audit import AuditRow
from app.services.common import ProjectRef, opened


@dataclass(frozen=True)
class AuditEvent:
    """One change: who, when (UTC ISO 8601), what (entity and its key), old → new, why.

    ``old`` and ``new`` are JSON texts; None means the entity did not exist before / after.
    ``art64`` is the Art.64 category of a correction to a submitted sheet.
    """

    id: int
    at: str
    by: str
    action: str
    entity: str
    key: str
    old: str | None
    new: str | None
    reason: str | None
    art64: str | None

    def to_doc(self) -> dict[str, Any]:
        """The event as a JSON object (for an export with the audit trail)."""
        return {"id": self.id, "at": self.at, "by": self.by, "action": self.action, "entity": self.entity,
                "key": self.key, "old": self.old, "new": self.new, "reason": self.reason, "art64": self.art64}


def audit_log(project: ProjectRef) -> list[AuditEvent]:
    """The whole audit trail of a project, oldest first.

    Args:
        project: the project file or an open store.
    """
    with opened(project) as store, store.read() as session:
        return [
            AuditEvent(r.id, r.at, r.by, r.action, r.entity, r.key, r.old, r.new, r.reason, r.art64)
            for r in session.scalars(select(AuditRow).order_by(AuditRow.id))
        ]
