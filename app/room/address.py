"""A room's address: ``room://LOGIN:PASSWORD@HOST:PORT/DATABASE?project=NUMBER``.

The same server as ``postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE``; the project number picks the
project in the room (the login alone would too, but the number makes a seat slip readable). Both
forms are read; the password may be left out and given apart (a seat slip prints it on its own line).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, quote, unquote, urlsplit

from app.room.errors import RoomError

DEFAULT_PORT = 5432


def _readable(text: str) -> str:
    """A query value escaped only where the address needs it (Chinese stays readable on a slip)."""
    return "".join(c if ord(c) > 127 or c.isalnum() or c in "-_.~()" else quote(c, safe="") for c in text)


@dataclass(frozen=True)
class RoomAddress:
    """Where a room is and who logs in."""

    host: str
    port: int
    database: str
    login: str
    password: str = ""
    project: str = ""

    @classmethod
    def parse(cls, text: str, project: str = "") -> RoomAddress:
        """Read a ``room://`` or ``postgresql://`` address; raises RoomError (``bad_address``) naming what is wrong."""
        parts = urlsplit(text.strip())
        if parts.scheme not in ("room", "postgresql", "postgres"):
            raise RoomError("bad_address", f"{text!r}: a room address starts with room:// (or postgresql://)")
        if not parts.hostname:
            raise RoomError("bad_address", f"{text!r}: the address names no server")
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise RoomError("bad_address", f"{text!r}: the port is not a number") from None
        database = unquote(parts.path.lstrip("/")) or "postgres"
        query = parse_qs(parts.query)
        number = project or (query.get("project") or [""])[0]
        login = unquote(parts.username or "")
        if not login:
            raise RoomError("bad_address", f"{text!r}: the address names no login")
        return cls(parts.hostname, port, database, login, unquote(parts.password or ""), number.strip())

    def with_password(self, password: str) -> RoomAddress:
        """The same address with this password."""
        return replace(self, password=password)

    def sqlalchemy_url(self) -> str:
        """The address for SQLAlchemy's psycopg driver."""
        return (f"postgresql+psycopg://{quote(self.login, safe='')}:{quote(self.password, safe='')}"
                f"@{self.host}:{self.port}/{quote(self.database, safe='')}")

    def conninfo(self) -> str:
        """The address for a plain psycopg connection."""
        return (f"postgresql://{quote(self.login, safe='')}:{quote(self.password, safe='')}"
                f"@{self.host}:{self.port}/{quote(self.database, safe='')}")

    def shown(self, *, with_password: bool = False) -> str:
        """The ``room://`` address, without the password unless asked (for slips, titles and messages)."""
        secret = f":{quote(self.password, safe='')}" if with_password and self.password else ""
        query = f"?project={_readable(self.project)}" if self.project else ""
        return (f"room://{quote(self.login, safe='')}{secret}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}{query}")
