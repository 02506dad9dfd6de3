"""The schema version of a project file and the migrations from every released version to the current one.

The version is ``MAJOR.MINOR`` in the ``meta`` table (key ``schema_version``). A newer MINOR only
adds what older code may ignore, so such a file is opened as it is; a newer MAJOR is refused. An
older file is brought up to date by :data:`MIGRATIONS`, an ordered list of steps, after a backup
copy is written next to it (see :mod:`app.persistence.store`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert

from app.domain.problems import Refused
from app.persistence import audit, bids, review, tender  # noqa: F401  (registers every table)
from app.persistence.base import Base
from app.persistence.tender import MetaRow

#: The schema this code writes.
SCHEMA_VERSION = "1.0"
#: Identifies a BidDesk project in the SQLite header (``PRAGMA application_id``): "BIDD".
APPLICATION_ID = 0x42494444
APPLICATION = "biddesk"


@dataclass(frozen=True, order=True)
class Version:
    """A schema version ``major.minor``."""

    major: int
    minor: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Read ``"1.0"``; raises ValueError for anything else."""
        major, sep, minor = text.strip().partition(".")
        if not sep or not major.isdigit() or not minor.isdigit():
            raise Refused("schema.not_schema_version_major", "%1 is not a schema version (MAJOR.MINOR)", repr(text))
        return cls(int(major), int(minor))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


@dataclass(frozen=True)
class Migration:
    """One step: brings a file from ``from_version`` to ``to_version`` inside the caller's transaction."""

    from_version: str
    to_version: str
    apply: Callable[[Connection], None]


#: Every step ever released, oldest first. A step must never be edited once released: add a new one.
#: A step runs inside one transaction with foreign keys enforced; a table rebuild should
#: ``PRAGMA defer_foreign_keys = ON`` first.
MIGRATIONS: list[Migration] = []


def plan(current: str, target: str, steps: Sequence[Migration]) -> list[Migration]:
    """The steps leading from ``current`` to ``target``, in order.

    Raises:
        LookupError: no chain of steps joins the two versions.
    """
    chain: list[Migration] = []
    at = Version.parse(current)
    goal = Version.parse(target)
    while at < goal:
        step = next((s for s in steps if Version.parse(s.from_version) == at), None)
        if step is None:
            raise LookupError(f"no migration from schema {at} towards {goal}")
        chain.append(step)
        at = Version.parse(step.to_version)
    if at != goal:
        raise LookupError(f"the migrations lead to schema {at}, not {goal}")
    return chain


def now_utc() -> str:
    """The current time, UTC, ISO 8601 with milliseconds (the audit log's and meta's clock)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def create_schema(conn: Connection, version: str = SCHEMA_VERSION) -> None:
    """Create every table of a new, empty project file and record its version (caller's transaction)."""
    Base.metadata.create_all(conn)
    conn.execute(
        insert(MetaRow),
        [
            {"key": "schema_version", "value": version},
            {"key": "application", "value": APPLICATION},
            {"key": "created_at", "value": now_utc()},
        ],
    )
