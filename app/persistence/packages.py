"""Tables of offline scoring packages: the project's blind codes and issued packages, and a package's sheet.

These tables live on their own :class:`PackagesBase` (not the project's ``Base``), so a new project
file is created exactly as before; they are added to a file on first need by :func:`ensure_tables`
(``CREATE TABLE IF NOT EXISTS`` inside the caller's unit of work). A schema 1.0 file without them
is therefore still a complete, valid project: no migration and no schema version change are needed.

Project side: ``blind_code`` (each bidder's random code for blind (暗标) factors), ``package_issue``
(every package exported, with the member's public key) and ``package_merge`` (every return merged).
Package side: ``package_code`` (the codes a package shows, without their bidders) and
``package_cell`` (the member's sheet: the cells they are to score).
"""

from __future__ import annotations

from sqlalchemy import Connection, Index, Integer, MetaData, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.persistence.base import NAMING


class PackagesBase(DeclarativeBase):
    """Base of the package tables (created on first need, see :func:`ensure_tables`)."""

    metadata = MetaData(naming_convention=NAMING)


# -- the project's side --------------------------------------------------------------------------------
class BlindCodeRow(PackagesBase):
    """A bidder's code for blind factors: random, unique, never changed once made."""

    __tablename__ = "blind_code"

    bidder_id: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str] = mapped_column(String, unique=True)
    made_at: Mapped[str] = mapped_column(String)


class PackageIssueRow(PackagesBase):
    """A scoring package exported for a member; ``superseded_by`` is set when a newer one replaces it."""

    __tablename__ = "package_issue"

    package_id: Mapped[str] = mapped_column(String, primary_key=True)
    member_id: Mapped[str] = mapped_column(String, index=True)
    public_key: Mapped[str] = mapped_column(String)
    manifest_sha256: Mapped[str] = mapped_column(String)
    cells: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[str] = mapped_column(String)
    issued_by: Mapped[str] = mapped_column(Text)
    superseded_by: Mapped[str | None] = mapped_column(String)


class PackageMergeRow(PackagesBase):
    """A return file merged into the project (its sequence and the SHA-256 of its bytes)."""

    __tablename__ = "package_merge"
    __table_args__ = (Index("uq_package_merge_seq", "package_id", "sequence", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String)
    sequence: Mapped[int] = mapped_column(Integer)
    return_sha256: Mapped[str] = mapped_column(String)
    merged_at: Mapped[str] = mapped_column(String)
    merged_by: Mapped[str] = mapped_column(Text)
    changes: Mapped[int] = mapped_column(Integer)
    submitted: Mapped[bool] = mapped_column()
    audit_id: Mapped[int] = mapped_column(Integer)


# -- the package's side --------------------------------------------------------------------------------
class PackageCodeRow(PackagesBase):
    """A code a package shows for blind factors, in code order (nothing says which bidder it is)."""

    __tablename__ = "package_code"

    code: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class PackageCellRow(PackagesBase):
    """One cell of the member's sheet: a bidder (its id, or its code for a blind factor) and a factor."""

    __tablename__ = "package_cell"

    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    bidder: Mapped[str] = mapped_column(String)
    factor: Mapped[str] = mapped_column(String)


def _tables(*rows: type[PackagesBase]) -> list[Table]:
    return [row.__table__ for row in rows]  # type: ignore[misc]


PROJECT_TABLES = _tables(BlindCodeRow, PackageIssueRow, PackageMergeRow)
PACKAGE_TABLES = _tables(PackageCodeRow, PackageCellRow)


def ensure_tables(conn: Connection, tables: list[Table]) -> None:
    """Create the tables that do not exist yet (caller's transaction)."""
    PackagesBase.metadata.create_all(conn, tables=tables, checkfirst=True)


def has_table(conn: Connection, name: str) -> bool:
    """Whether the file (or, in the room, the project's schema) holds a table of that name."""
    if conn.dialect.name != "sqlite":
        return bool(conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}).scalar())
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.first() is not None
