"""The declarative base of the project file's tables and the column types they share."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as its text (``format(value, "f")``: the exchange writer's form).

    SQLite has no decimal type; its NUMERIC affinity would turn ``0.10`` into a binary float.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        """Decimal → text."""
        return None if value is None else format(value, "f")

    def process_result_value(self, value: object, dialect: Dialect) -> Decimal | None:
        """Text → Decimal."""
        return None if value is None else Decimal(str(value))

    @property
    def python_type(self) -> type[Decimal]:
        """The Python type of the column."""
        return Decimal


class Base(DeclarativeBase):
    """Base of every table of the project file."""

    metadata = MetaData(naming_convention=NAMING)
