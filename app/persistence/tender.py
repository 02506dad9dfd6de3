"""Tables of the tender's setup: the file's meta data, the project, its rules, checklists and matrix."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, DecimalText


class MetaRow(Base):
    """Key/value facts about the file itself (``schema_version``, ``created_at``, ``application``)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProjectRow(Base):
    """The project data (项目信息): exactly one row (``id`` 1); ``x`` holds the extensions as JSON text."""

    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(Text, default="")
    purchaser: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String)
    budget: Mapped[Decimal | None] = mapped_column(DecimalText)
    ceiling: Mapped[Decimal | None] = mapped_column(DecimalText)
    price_mode: Mapped[str] = mapped_column(String, default="amount")
    industry: Mapped[str | None] = mapped_column(Text)
    opening: Mapped[str | None] = mapped_column(String)
    x: Mapped[str] = mapped_column(Text, default="{}")


class RulesRow(Base):
    """The tender's evaluation policies: exactly one row (``id`` 1); ``tie_break`` is a JSON list."""

    __tablename__ = "rules"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    small_deduction: Mapped[Decimal] = mapped_column(DecimalText)
    partner_deduction: Mapped[Decimal] = mapped_column(DecimalText)
    partner_min_share: Mapped[Decimal] = mapped_column(DecimalText)
    deduction_mode: Mapped[str] = mapped_column(String)
    averaging: Mapped[str] = mapped_column(String)
    decimals: Mapped[int] = mapped_column(Integer)
    candidates: Mapped[int] = mapped_column(Integer)
    min_valid_bids: Mapped[int] = mapped_column(Integer)
    low_average: Mapped[Decimal | None] = mapped_column(DecimalText)
    low_second_lowest: Mapped[Decimal | None] = mapped_column(DecimalText)
    low_ceiling: Mapped[Decimal | None] = mapped_column(DecimalText)
    tie_break: Mapped[str] = mapped_column(Text, default='["quoted_price"]')


class ChecklistItemRow(Base):
    """One item of the qualification or compliance checklist, in its place (``position``)."""

    __tablename__ = "checklist_item"
    __table_args__ = (CheckConstraint("stage IN ('qualification', 'compliance')", name="stage"),)

    stage: Mapped[str] = mapped_column(String, primary_key=True)
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    criterion: Mapped[str] = mapped_column(Text, default="")


class FactorRow(Base):
    """One row of the scoring matrix; ``rule`` is the exchange file's rule object as JSON text."""

    __tablename__ = "factor"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    max: Mapped[Decimal] = mapped_column(DecimalText)
    objective: Mapped[bool] = mapped_column(default=False)
    blind: Mapped[bool] = mapped_column(default=False)
    group_name: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
