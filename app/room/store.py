"""The room database as a project store: the same SQLAlchemy models and services over PostgreSQL.

A :class:`RoomStore` is a :class:`~app.persistence.store.ProjectStore` whose connections log in as
one role (the agent's, a member's, or the administrator's) with the project's schema on the search
path, so every service (``record_score``, ``finalise``, ``read_evaluation`` …) runs unchanged over
the room, and row-level security decides what each unit of work sees and may write. Errors come
back as :class:`~app.room.errors.RoomError` codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.persistence.audit import AuditRow
from app.persistence.schema import SCHEMA_VERSION
from app.persistence.store import ProjectStore
from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.names import CATALOGUE, RoomNames

CONNECT_TIMEOUT_S = 5
#: SQLSTATE of the room functions' refusals (app/room/functions.py).
REFUSAL = "BR001"
_MESSAGES = {
    "stale": "the cell changed on another seat since it was read",
    "sheet_submitted": "the member's sheet is submitted",
    "final": "the evaluation is finalised",
}


def room_error(exc: BaseException, where: str) -> RoomError:
    """A database error as a RoomError with its code."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    if state == REFUSAL and diag is not None:
        code = diag.message_primary or "forbidden"
        return RoomError(code, f"{where}: {_MESSAGES.get(code, code.replace('_', ' '))}", diag.message_detail or "")
    if state == "42501":
        return RoomError("forbidden", f"{where}: the room does not allow this login that ({str(orig)[:160]})")
    if state in ("40001", "40P01"):
        return RoomError("busy", f"{where}: a conflict with another seat; try again")
    if state == "23505":
        return RoomError("stale", f"{where}: {_MESSAGES['stale']}")
    if state.startswith("22") or state.startswith("23"):
        return RoomError("unknown_cell", f"{where}: the room refused the value ({str(orig)[:160]})")
    if isinstance(orig, psycopg.OperationalError) or state.startswith("08") or state.startswith("57"):
        return RoomError("disconnected", f"{where}: the connection to the room was lost ({str(orig)[:160]})")
    return RoomError("forbidden", f"{where}: {str(orig)[:200]}")


def make_engine(address: RoomAddress, schema: str) -> Engine:
    """An engine logging in at ``address`` with ``schema`` first on the search path."""
    return create_engine(
        address.sqlalchemy_url(), pool_pre_ping=True, pool_size=2, max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": f"-c search_path={schema},pg_temp",
                      "application_name": "biddesk"},
    )


def find_schema(conn: psycopg.Connection[tuple[object, ...]] | None, address: RoomAddress) -> str:
    """The schema of the address's project in the catalogue; RoomError ``no_project`` when there is none."""
    names = RoomNames.of(address.project)
    if conn is None:
        return names.schema
    row = conn.execute(f"SELECT schema FROM public.{CATALOGUE} WHERE number = %s", (address.project,)).fetchone()
    if row is None:
        raise RoomError("no_project", f"{address.shown()}: the room holds no project {address.project!r}")
    return str(row[0])


def connect(address: RoomAddress, *, autocommit: bool = False) -> psycopg.Connection[tuple[object, ...]]:
    """A plain connection to the room's server; RoomError ``unreachable`` when it cannot be made."""
    try:
        return psycopg.connect(address.conninfo(), connect_timeout=CONNECT_TIMEOUT_S, autocommit=autocommit,
                               application_name="biddesk")
    except psycopg.Error as exc:
        raise RoomError("unreachable", f"{address.shown()}: no room answers here, or the login or password is "
                                       f"wrong ({str(exc).strip()[:200]})") from None


class RoomStore(ProjectStore):
    """The project in the room, opened with one login. ``path`` is the room address (no password)."""

    def __init__(self, address: RoomAddress, schema: str, engine: Engine) -> None:
        super().__init__(Path(address.shown()), engine, SCHEMA_VERSION)
        self.address = address
        self.schema = schema
        self.names = RoomNames(schema)
        self._writer = engine.execution_options()  # PostgreSQL locks rows as it writes: no "BEGIN IMMEDIATE"

    @classmethod
    def open_room(cls, address: RoomAddress) -> RoomStore:
        """Open the address's project; RoomError when the server, the login or the project is not there."""
        if not address.project:
            raise RoomError("no_project", f"{address.shown()}: the address names no project (?project=NUMBER)")
        with connect(address, autocommit=True) as conn:
            try:
                schema = find_schema(conn, address)
            except psycopg.errors.UndefinedTable:
                raise RoomError("no_project", f"{address.shown()}: no project has been published in this "
                                              "database") from None
        return cls(address, schema, make_engine(address, schema))

    @contextmanager
    def _unit(self, bind: Engine) -> Iterator[Session]:
        try:
            with Session(bind, expire_on_commit=False, autoflush=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise room_error(exc, self.address.shown()) from None
        except SQLAlchemyError as exc:
            raise RoomError("disconnected", f"{self.address.shown()}: {str(exc)[:200]}") from None

    def last_event(self) -> int:
        """As the desk's, in the room's unit of work (a server gone away is the room's failure, not a damaged file)."""
        with self.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(AuditRow.id), 0))) or 0)

    def call(self, session: Session, function: str, **params: object) -> list[tuple[object, ...]]:
        """Call one of the room's functions in the session's unit of work (its rows)."""
        args = ", ".join(f":{k}" for k in params)
        return [tuple(r) for r in session.execute(text(f"SELECT * FROM {function}({args})"), params)]

    def close(self) -> None:
        """Close the pooled connections."""
        self._engine.dispose()
