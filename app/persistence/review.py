"""Tables of the reviews: checklist verdicts and scores. Entries keep their order by ``id``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class CheckRow(Base):
    """A verdict on one checklist item for one bid; ``member_id`` NULL is the joint conclusion."""

    __tablename__ = "review_check"
    __table_args__ = (
        ForeignKeyConstraint(["stage", "item_id"], ["checklist_item.stage", "checklist_item.id"]),
        CheckConstraint("stage IN ('qualification', 'compliance')", name="stage"),
        Index("uq_check_member", "stage", "bidder_id", "item_id", "member_id", unique=True),
        Index("uq_check_joint", "stage", "bidder_id", "item_id", unique=True,
              sqlite_where=text("member_id IS NULL")),  # and on PostgreSQL: _partial_on_postgresql
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stage: Mapped[str] = mapped_column(String)
    bidder_id: Mapped[str] = mapped_column(ForeignKey("bidder.id"))
    item_id: Mapped[str] = mapped_column(String)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    passed: Mapped[bool] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class ScoreRow(Base):
    """One score; ``value`` is its JSON text (``"3"`` and ``3`` and lists kept apart), NULL member = joint."""

    __tablename__ = "score"
    __table_args__ = (
        Index("uq_score_member", "member_id", "bidder_id", "factor_id", unique=True),
        Index("uq_score_joint", "bidder_id", "factor_id", unique=True, sqlite_where=text("member_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    bidder_id: Mapped[str] = mapped_column(ForeignKey("bidder.id"))
    factor_id: Mapped[str] = mapped_column(ForeignKey("factor.id"))
    value: Mapped[str] = mapped_column(Text)


def _partial_on_postgresql(table: Table, connection: Any, **_kw: object) -> None:
    """The joint entries' unique indexes are partial on PostgreSQL too (the room's server): given as the table is
    created there, not when the tables are declared, so that a project file's process never loads SQLAlchemy's
    PostgreSQL dialect (checking a ``postgresql_where`` argument imports it, asyncpg's module included: 35 ms of
    every command)."""
    if connection.dialect.name != "postgresql":
        return
    for index in table.indexes:
        if index.name in ("uq_check_joint", "uq_score_joint"):
            index.dialect_options["postgresql"]["where"] = text("member_id IS NULL")


for _table in (CheckRow.__table__, ScoreRow.__table__):
    event.listen(_table, "before_create", _partial_on_postgresql)
