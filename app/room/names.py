"""The names a project takes in the room database: its schema, its roles, its notification channel.

One PostgreSQL schema per project (the project file's tables, unchanged, inside it), named from the
project number's SHA-256 so any number (Chinese, slashes) gives a safe identifier. Roles are
cluster-wide, so each carries the schema's name: ``<schema>_owner`` owns the tables and the
``SECURITY DEFINER`` functions and never logs in; ``<schema>_agent`` is the agent's login;
``<schema>_m<N>`` is the N-th member's login (N from 1 in committee order), all members being in
the group ``<schema>_seats``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

#: The catalogue of published projects (schema ``public``): number, schema, name, when.
CATALOGUE = "bidroom_project"
#: Who the agent's entries are by in the audit log (the desk window's editor).
AGENT_BY = "agent"


@dataclass(frozen=True)
class RoomNames:
    """The identifiers of one project in the room."""

    schema: str

    @classmethod
    def of(cls, number: str) -> RoomNames:
        """The names of the project with this number."""
        return cls("room_" + hashlib.sha256(number.strip().encode("utf-8")).hexdigest()[:12])

    @property
    def owner(self) -> str:
        return f"{self.schema}_owner"

    @property
    def agent(self) -> str:
        return f"{self.schema}_agent"

    @property
    def seats(self) -> str:
        return f"{self.schema}_seats"

    @property
    def channel(self) -> str:
        """The LISTEN/NOTIFY channel of the project's changes."""
        return self.schema

    def member(self, n: int) -> str:
        """The login of the n-th member (from 1)."""
        return f"{self.schema}_m{n}"


def quoted(identifier: str) -> str:
    """An SQL identifier, double-quoted."""
    return '"' + identifier.replace('"', '""') + '"'
