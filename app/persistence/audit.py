"""The append-only audit log: who changed what, when, from what to what, and why.

SQLite triggers refuse any UPDATE or DELETE of an audit event, so not even a bug can rewrite history.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Connection, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class AuditRow(Base):
    """One audit event. ``old``/``new`` are JSON texts (NULL: nothing before / nothing after)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        CheckConstraint(
            "art64 IS NULL OR art64 IN ('summation_error', 'out_of_range', 'objective_inconsistent', "
            "'abnormal_score')",
            name="art64",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String)
    by: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String)
    entity: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(Text)
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    art64: Mapped[str | None] = mapped_column(String)


APPEND_ONLY_TRIGGERS = tuple(
    f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
)


@event.listens_for(AuditRow.__table__, "after_create")
def _append_only(_target: object, connection: Connection, **_kw: object) -> None:
    if connection.dialect.name != "sqlite":
        return  # the evaluation room (PostgreSQL) keeps the log append-only by its grants (app/room/security.py)
    for ddl in APPEND_ONLY_TRIGGERS:
        connection.exec_driver_sql(ddl)
