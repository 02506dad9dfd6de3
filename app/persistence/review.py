"""Tables of the reviews: checklist verdicts and scores. Entries keep their order by ``id``."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text, text
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
              sqlite_where=text("member_id IS NULL"), postgresql_where=text("member_id IS NULL")),
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
        Index("uq_score_joint", "bidder_id", "factor_id", unique=True, sqlite_where=text("member_id IS NULL"),
              postgresql_where=text("member_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    bidder_id: Mapped[str] = mapped_column(ForeignKey("bidder.id"))
    factor_id: Mapped[str] = mapped_column(ForeignKey("factor.id"))
    value: Mapped[str] = mapped_column(Text)
