"""``room publish``: a project file into the room, and ``room pull``: the room's project back into a file.

Publishing is one transaction on the server (PostgreSQL's DDL and roles are transactional): the
project's schema with the project file's tables, filled row for row; the owner, agent, seat-group
and member roles with one-time passwords; then the row-level security, functions and triggers of
:mod:`app.room.security` and :mod:`app.room.functions`. Either all of it is there or none of it.
Pulling writes a new project file the same way the project file's own copies are written: into a
temporary file in the target's folder, named only once complete.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Integer, Table, create_engine, delete, insert, select, text

from app.domain.engine import review_bids
from app.domain.validate import check_structure
from app.packages.identity import ensure_codes
from app.persistence import chain
from app.persistence.base import Base
from app.persistence.packages import PROJECT_TABLES, ensure_tables, has_table
from app.persistence.schema import now_utc
from app.persistence.store import ProjectStore, remove_with_sidecars
from app.persistence.tender import MetaRow
from app.room import functions, security
from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.names import AGENT_BY, CATALOGUE, RoomNames, quoted
from app.room.store import RoomStore, connect, room_error
from app.services.common import add_event, entity_key
from app.services.project_io import load_project_evaluation

PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"  # nothing to misread on paper
PASSWORD_LENGTH = 12
CHUNK = 2000


@dataclass(frozen=True)
class Seat:
    """One login of a published project: the member's (or the agent's) role and one-time password."""

    member: str | None
    name: str
    login: str
    password: str


@dataclass(frozen=True)
class Published:
    """What ``room publish`` made: the project's schema and its seats (the agent's first)."""

    number: str
    name: str
    schema: str
    host: str
    port: int
    database: str
    seats: tuple[Seat, ...]

    def address(self, seat: Seat, *, with_password: bool = False) -> str:
        """The seat's ``room://`` address."""
        return RoomAddress(self.host, self.port, self.database, seat.login, seat.password, self.number).shown(
            with_password=with_password)


def _password() -> str:
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


def tables() -> list[Table]:
    """Every table a project file may hold, parents first."""
    return [*Base.metadata.sorted_tables, *PROJECT_TABLES]


def _copy(source: Connection, target: Connection, table: Table) -> int:
    """Copy every row of a table (its model's columns), keeping ids; the number of rows."""
    if not has_table(source, table.name):
        return 0
    rows = [dict(r) for r in source.execute(select(table)).mappings()]
    for start in range(0, len(rows), CHUNK):
        target.execute(insert(table), rows[start:start + CHUNK])
    return len(rows)


def _serials(conn: Connection, schema: str) -> None:
    """Move each id sequence past the copied ids."""
    for table in tables():
        cols = list(table.primary_key.columns)
        for col in cols:
            if len(cols) == 1 and col.autoincrement in (True, "auto") and isinstance(col.type, Integer):
                seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                   {"t": f"{quoted(schema)}.{table.name}", "c": col.name}).scalar()
                if seq:
                    conn.execute(text(f"SELECT setval(:s, COALESCE((SELECT max({col.name}) FROM {table.name}), 0) "
                                      "+ 1, false)"), {"s": seq})


def _on_sheet(store: ProjectStore) -> set[str]:
    """The bids the members score (not invalid), for the blind codes shown on the sheets."""
    ev = load_project_evaluation(store)
    return {b for b, r in review_bids(ev, check_structure(ev, [])).items() if r.status != "invalid"}


def _statements(conn: Connection, statements: Iterable[str]) -> None:
    for sql in statements:
        conn.exec_driver_sql(sql)


def publish(project_file: str | os.PathLike[str], admin_url: str) -> Published:
    """Create the project in the room at ``admin_url`` (a role that may create roles and schemas).

    Raises:
        RoomError: ``exists`` (the number is published already), ``no_number``, ``unreachable`` …; the
            room is then unchanged.
        ProjectFileError: the project file cannot be opened.
    """
    admin = RoomAddress.parse(admin_url)
    with ProjectStore.open(project_file) as store:
        ev = load_project_evaluation(store)
        number = ev.project.number.strip()
        if not number:
            raise RoomError("no_number", f"{project_file}: the project has no number; give it one on the project "
                                         "page (it names the project in the room)")
        if any(f.blind for f in ev.factors):
            with store.write() as session:
                ensure_codes(session, by=AGENT_BY)
        sheet = _on_sheet(store)
        names = RoomNames.of(number)
        seats = (Seat(None, "采购代理机构", names.agent, _password()),
                 *(Seat(mb.id, mb.name, names.member(i), _password()) for i, mb in enumerate(ev.members, 1)))
        with connect(admin) as probe:  # a clear "unreachable" before SQLAlchemy's own wording
            probe.close()
        engine = create_engine(admin.sqlalchemy_url(), connect_args={"connect_timeout": 5})
        try:
            with engine.begin() as target, store.read() as src_session:
                _publish(src_session.connection(), target, names, number, ev.project.name, seats, sheet)
        except RoomError:
            raise
        except Exception as exc:
            orig = getattr(exc, "orig", None)
            if getattr(orig, "sqlstate", "") == "42710":
                raise RoomError("exists", f"{number}: the room already has this project's roles") from None
            raise room_error(exc, admin.shown()) from None
        finally:
            engine.dispose()
    return Published(number, ev.project.name, names.schema, admin.host, admin.port, admin.database, seats)


def _drop_desk_secrets(conn: Connection) -> None:
    """The desk's member PINs (hashes a seat could read and try) stay on the desk: the room's logins are the members."""
    from app.domain.pins import PINS
    from app.exchange import jsontext

    x_text = conn.execute(text("SELECT x FROM project WHERE id = 1")).scalar()
    x = jsontext.loads(x_text) if x_text else {}
    if isinstance(x, dict) and PINS in x:
        x.pop(PINS)
        conn.execute(text("UPDATE project SET x = :x WHERE id = 1"), {"x": jsontext.dumps(x)})


def _publish(source: Connection, conn: Connection, names: RoomNames, number: str, name: str,
             seats: tuple[Seat, ...], sheet: set[str]) -> None:
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS public.{CATALOGUE} (number text PRIMARY KEY, "
                         "schema text UNIQUE NOT NULL, name text NOT NULL, published_at text NOT NULL)")
    conn.exec_driver_sql(f"GRANT SELECT ON public.{CATALOGUE} TO PUBLIC")
    if conn.execute(text(f"SELECT 1 FROM public.{CATALOGUE} WHERE number = :n"), {"n": number}).first():
        raise RoomError("exists", f"{number}: the room already holds this project; a published project is "
                                  "never replaced")
    owner, group = quoted(names.owner), quoted(names.seats)
    _statements(conn, [f"CREATE ROLE {owner} NOLOGIN", f"CREATE ROLE {group} NOLOGIN",
                       f"GRANT {owner} TO CURRENT_USER"])
    for seat in seats:
        member_of = f" IN ROLE {group}" if seat.member is not None else ""
        conn.exec_driver_sql(f"CREATE ROLE {quoted(seat.login)} LOGIN PASSWORD '{seat.password}'{member_of}")
    schema = quoted(names.schema)
    _statements(conn, [f"CREATE SCHEMA {schema} AUTHORIZATION {owner}", f"SET LOCAL search_path TO {schema}, pg_temp",
                       f"SET LOCAL ROLE {owner}"])
    Base.metadata.create_all(conn)
    ensure_tables(conn, PROJECT_TABLES)
    for table in tables():
        if table.name == MetaRow.__tablename__:
            conn.execute(delete(table))
        _copy(source, conn, table)
    _serials(conn, names.schema)
    _drop_desk_secrets(conn)
    _statements(conn, security.helper_functions())
    conn.execute(text("UPDATE blind_code SET on_sheet = (bidder_id = ANY(:ids))"), {"ids": sorted(sheet)})
    rows = [{"login": s.login, "member_id": s.member, "kind": "agent" if s.member is None else "member"}
            for s in seats]
    conn.execute(text("INSERT INTO room_seat (login, member_id, kind) VALUES (:login, :member_id, :kind)"), rows)
    _statements(conn, functions.write_functions() + functions.agent_functions())
    _statements(conn, security.policies(names) + security.guards(names) + functions.grants(names))
    from sqlalchemy.orm import Session

    with Session(conn) as session:
        add_event(session, by=AGENT_BY, action="publish", entity="room", key=entity_key(number), old=None,
                  new=None, reason=f"{len(seats) - 1} seats")
    conn.exec_driver_sql("RESET ROLE")
    conn.execute(text(f"INSERT INTO public.{CATALOGUE} (number, schema, name, published_at) "
                      "VALUES (:n, :s, :name, :at)"), {"n": number, "s": names.schema, "name": name, "at": now_utc()})


def pull(room_url: str, number: str, project_file: str | os.PathLike[str]) -> Path:
    """Write the room's project (everything, the audit log included) into a new project file.

    Raises:
        RoomError: ``no_project``; ``not_all_visible`` when this login cannot read every score yet (a
            member's seat, or the agent's while sheets are open: the file would be incomplete).
        ProjectFileError: the target exists (a project file is never overwritten).
    """
    target = Path(project_file)
    address = RoomAddress.parse(room_url, project=number)
    if target.exists():
        from app.persistence.errors import EXISTS, ProjectFileError

        raise ProjectFileError(EXISTS, str(target), "already exists; a project file is never overwritten")
    room = RoomStore.open_room(address)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with room.read() as session:
            conn = session.connection()
            bypass = conn.execute(text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
            if not bypass.scalar() and not conn.execute(text("SELECT room_all_submitted() AND room_me() IS NULL"))\
                    .scalar():
                raise RoomError("not_all_visible", f"{address.shown()}: not every member has submitted, so this "
                                                   "login cannot read every score yet; pull after the last "
                                                   "submission, or as the room's administrator")
            out = ProjectStore.create(tmp)
            try:
                with out.write() as dst:
                    dconn = dst.connection()
                    ensure_tables(dconn, PROJECT_TABLES)
                    for table in tables():
                        if table.name == MetaRow.__tablename__:
                            dconn.execute(delete(table))
                        _copy(conn, dconn, table)
                    chain.rechain(dconn)  # the room's events, chained as the desk chains them
            finally:
                out.close()
        os.replace(tmp, target)
    except BaseException:
        remove_with_sidecars(tmp)
        raise
    finally:
        room.close()
    return target
