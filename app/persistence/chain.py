"""The audit chain: every audit event is linked to the one before it by a hash, so history cannot be rewritten.

Each event has one row in ``audit_chain``: ``hash`` = SHA-256 of the project's id, the previous event's
hash and every column of the event. Inserting, replacing, deleting or editing an event (even with the
triggers dropped) breaks the chain at a named event; :func:`verify` finds the first break, and checks the
scores, verdicts and submissions the chain records against the tables. A file made before the chain
existed is chained once, as it is, when it is first opened (docs/security.md).

The chain has no secret: it makes tampering evident to anyone holding the head hash the report pack
prints, not impossible for someone who recomputes every hash.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, MetaData, String, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from app.persistence.audit import AuditRow
from app.persistence.base import NAMING

UID_KEY = "project_uid"  # the same key as app.packages.identity (the project's id)
GENESIS = "0" * 64
COLUMNS = ("id", "at", "by", "action", "entity", "key", "old", "new", "reason", "art64")
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in COLUMNS) + " FROM audit_event ORDER BY id"


class ChainBase(DeclarativeBase):
    """The chain's table lives apart from the project's ``Base``: a file is chained on first open."""

    metadata = MetaData(naming_convention=NAMING)


class AuditLinkRow(ChainBase):
    """One link of the chain: the hash of event ``event_id`` and of the link before it."""

    __tablename__ = "audit_chain"

    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prev: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)


#: Re-created on every open: the log and its chain are append-only, REPLACE (a delete in disguise) refused.
TRIGGERS = (
    *(f"CREATE TRIGGER IF NOT EXISTS audit_event_no_{v.lower()} BEFORE {v} ON audit_event "
      "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END" for v in ("UPDATE", "DELETE")),
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_replace BEFORE INSERT ON audit_event "
    "WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only (no REPLACE)'); END",
    *(f"CREATE TRIGGER IF NOT EXISTS audit_chain_no_{v.lower()} BEFORE {v} ON audit_chain "
      "BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END" for v in ("UPDATE", "DELETE")),
    "CREATE TRIGGER IF NOT EXISTS audit_chain_no_replace BEFORE INSERT ON audit_chain "
    "WHEN EXISTS (SELECT 1 FROM audit_chain WHERE event_id = NEW.event_id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only (no REPLACE)'); END",
)
TRIGGER_NAMES = frozenset(d.split()[5] for d in TRIGGERS)


@dataclass(frozen=True)
class Break:
    """Where the chain is broken: the event (None: the log as a whole) and what differs."""

    event_id: int | None
    what: str
    #: what kind of break (the window words it): ``no_chain``, ``no_uid``, ``not_chained``, ``prev_differs``,
    #: ``content_changed``, ``deleted``, ``counter``, ``score_differs``, ``verdict_differs``,
    #: ``submission_cleared``, ``sheet_changed``
    code: str = ""

    def __str__(self) -> str:
        where = "the audit log" if self.event_id is None else f"audit event #{self.event_id}"
        return f"{where}: {self.what}"


def link_hash(uid: str, prev: str, values: Sequence[object]) -> str:
    """The hash of one event: SHA-256 over the project's id, the previous hash and the event's columns."""
    body = json.dumps([uid, prev, *values], ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def _uid(conn: Connection) -> str:
    found = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": UID_KEY}).scalar()
    if isinstance(found, str) and found:
        return found
    uid = uuid.uuid4().hex
    conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"), {"k": UID_KEY, "v": uid})
    return uid


def head_hash(conn: Connection) -> str:
    """The hash of the last event (the chain's head; all zeros for an empty log or an unchained file)."""
    if not _has_chain(conn):
        return GENESIS
    found = conn.execute(text("SELECT hash FROM audit_chain ORDER BY event_id DESC LIMIT 1")).scalar()
    return found if isinstance(found, str) else GENESIS


def append_link(conn: Connection, values: Sequence[object]) -> str:
    """Chain one just-inserted event (its columns in :data:`COLUMNS` order), in the caller's transaction."""
    prev = head_hash(conn)
    digest = link_hash(_uid(conn), prev, values)
    conn.execute(text("INSERT INTO audit_chain (event_id, prev, hash) VALUES (:i, :p, :h)"),
                 {"i": values[0], "p": prev, "h": digest})
    return digest


def _has_chain(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False  # the room's log is guarded by its grants; a pulled file is chained when opened
    info: dict[Any, Any] = conn.connection.info
    if not info.get("audit_chain"):
        found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain'")
        info["audit_chain"] = found.first() is not None
    return bool(info["audit_chain"])


@event.listens_for(AuditRow, "after_insert")
def _chain_event(_mapper: Mapper[AuditRow], connection: Connection, target: AuditRow) -> None:
    if _has_chain(connection):
        append_link(connection, tuple(getattr(target, c) for c in COLUMNS))


def needs_prepare(conn: Connection) -> bool:
    """Whether :func:`prepare` would change something (a read-only look)."""
    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    return not ({"audit_chain"} | TRIGGER_NAMES) <= names


def prepare(conn: Connection) -> bool:
    """Make the chain and its triggers exist (caller's write transaction); True when something was created.

    A file without the chain has its existing events chained once, in order, as they are.
    """
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    created = False
    if "audit_chain" not in tables:
        AuditLinkRow.__table__.create(conn)  # type: ignore[attr-defined]
        conn.connection.info["audit_chain"] = True
        rechain(conn)
        created = True
    triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for ddl in TRIGGERS:
        if ddl.split()[5] not in triggers:
            conn.exec_driver_sql(ddl)
            created = True
    return created


def rechain(conn: Connection) -> None:
    """Chain every event not chained yet, in order (a new chain, or a file pulled from the room)."""
    chained = {int(r[0]) for r in conn.execute(text("SELECT event_id FROM audit_chain"))}
    for row in conn.execute(text(_SELECT)).all():
        if int(row[0]) not in chained:
            append_link(conn, tuple(row))


def _digest(cells: dict[tuple[str, str], str]) -> str:
    body = json.dumps(sorted([b, f, v] for (b, f), v in cells.items()), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def _sheet(conn: Connection, member: str) -> dict[tuple[str, str], str]:
    rows = conn.execute(text("SELECT bidder_id, factor_id, value FROM score WHERE member_id = :m"), {"m": member})
    return {(str(b), str(f)): str(v) for b, f, v in rows}


def sheet_digest(conn: Connection, member: str) -> str:
    """The SHA-256 of a member's whole sheet as stored now (recorded with their submission)."""
    return _digest(_sheet(conn, member))


def verify(conn: Connection) -> Break | None:
    """The first break of the chain, or of the records it vouches for; None when all is intact."""
    if not _has_chain(conn):
        return Break(None, "the file has no audit chain", "no_chain")
    uid = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": UID_KEY}).scalar()
    events = [tuple(r) for r in conn.execute(text(_SELECT))]
    links = {int(r[0]): (str(r[1]), str(r[2]))
             for r in conn.execute(text("SELECT event_id, prev, hash FROM audit_chain"))}
    if events and not isinstance(uid, str):
        return Break(None, "the project's id (meta project_uid) is missing", "no_uid")
    prev = GENESIS
    seen: set[int] = set()
    for values in events:
        eid = int(str(values[0]))
        seen.add(eid)
        link = links.get(eid)
        if link is None:
            return Break(eid, "not in the chain (written outside BidDesk)", "not_chained")
        if link[0] != prev:
            return Break(eid, "the event before it was removed or replaced (the previous hash differs)", "prev_differs")
        if link_hash(str(uid), prev, values) != link[1]:
            return Break(eid, "its content was changed (the hash differs)", "content_changed")
        prev = link[1]
    orphans = sorted(set(links) - seen)
    if orphans:
        return Break(orphans[0], "the event was deleted (its link remains)", "deleted")
    seq = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'")).scalar()
    last = int(str(events[-1][0])) if events else 0
    if seq is not None and int(seq) > last:
        return Break(None, f"the event counter stands at {seq}, the log ends at #{last} (events removed)", "counter")
    return _records(conn, events)


def _records(conn: Connection, events: list[tuple[object, ...]]) -> Break | None:
    """The scores, verdicts and submissions the chain last recorded, compared with the tables."""
    last_score: dict[tuple[Any, ...], tuple[int, object]] = {}
    last_check: dict[tuple[Any, ...], tuple[int, object]] = {}
    submitted: dict[str, int] = {}
    for row in events:
        eid, action, entity, key, new = int(str(row[0])), row[3], row[4], row[5], row[7]
        try:
            parts = tuple(json.loads(str(key)))
        except ValueError:
            continue
        if entity == "score" and len(parts) == 3:
            last_score[parts] = (eid, new)
        elif entity == "check" and len(parts) == 4:
            last_check[parts] = (eid, new)
        elif entity == "member" and action == "submit" and parts:
            submitted[str(parts[0])] = eid
    members: dict[str, str | None] = {str(r[0]): r[1]
                                      for r in conn.execute(text("SELECT id, submitted_at FROM member"))}
    bidders = {r[0] for r in conn.execute(text("SELECT id FROM bidder"))}
    scores = _stored_scores(conn, last_score)
    for (member, bidder, factor), (eid, new) in last_score.items():
        have = scores.get((member, bidder, factor))
        gone = bidder not in bidders or (member is not None and member not in members)
        if have != new and not (have is None and gone):  # a bid or member removed takes its scores along
            return Break(eid, f"the score of {member or 'the committee'} for {bidder} on {factor} is {have!r} in the "
                              f"table, {new!r} in the chain", "score_differs")
    checks = {(s, m, b, i): json.dumps({"pass": bool(p), "note": n}, ensure_ascii=False, separators=(",", ":"))
              for s, m, b, i, p, n in conn.execute(text("SELECT stage, member_id, bidder_id, item_id, passed, note "
                                                        "FROM review_check"))}
    for key, (eid, new) in last_check.items():
        have = checks.get(key)
        if have is not None and new is not None and json.loads(have) != json.loads(str(new)):
            what = f"the verdict {'/'.join(str(k) for k in key)} is {have} in the table, {new} in the chain"
            return Break(eid, what, "verdict_differs")
    for member, eid in submitted.items():
        if member in members and members[member] is None:
            return Break(eid, f"member {member} submitted in the chain, not in the table (the submission was cleared)",
                         "submission_cleared")
    return _sheets(conn, events)


#: Up to this many scores the chain vouches for are looked up one by one (the table's unique index), beyond it the
#: table is read whole: a file imported with half a million scores and changed a few times is checked in
#: milliseconds, not by reading every row.
LOOKUPS = 5000


def _stored_scores(conn: Connection,
                   wanted: dict[tuple[Any, ...], tuple[int, object]]) -> dict[tuple[Any, ...], object]:
    """The stored value of each score the chain last recorded (absent: not stored)."""
    if len(wanted) > LOOKUPS:
        return {(m, b, f): v for m, b, f, v in conn.execute(text("SELECT member_id, bidder_id, factor_id, value "
                                                                 "FROM score"))}
    found: dict[tuple[Any, ...], object] = {}
    member_row = text("SELECT value FROM score WHERE member_id = :m AND bidder_id = :b AND factor_id = :f")
    joint_row = text("SELECT value FROM score WHERE member_id IS NULL AND bidder_id = :b AND factor_id = :f")
    for member, bidder, factor in wanted:
        row = conn.execute(joint_row if member is None else member_row, {"m": member, "b": bidder, "f": factor}).first()
        if row is not None:
            found[(member, bidder, factor)] = row[0]
    return found


def _sheets(conn: Connection, events: list[tuple[object, ...]]) -> Break | None:
    """Each submitted sheet as it was at its submission (its digest), its later corrections taken back."""
    digests: dict[str, tuple[int, str]] = {}
    first_after: dict[str, dict[tuple[str, str], object]] = {}
    for row in events:
        eid, action, entity, key, old, new = int(str(row[0])), row[3], row[4], row[5], row[6], row[7]
        try:
            parts = json.loads(str(key))
        except ValueError:
            continue
        if entity == "member" and action == "submit" and parts:
            try:
                sheet = json.loads(str(new)).get("sheet")
            except (ValueError, AttributeError):
                sheet = None
            if isinstance(sheet, str):
                digests[str(parts[0])] = (eid, sheet)
                first_after[str(parts[0])] = {}
        elif entity == "score" and len(parts) == 3 and parts[0] in first_after:
            first_after[parts[0]].setdefault((str(parts[1]), str(parts[2])), old)
    for member, (eid, digest) in digests.items():
        cells = _sheet(conn, member)
        for cell, old in first_after[member].items():  # what the cell held when the sheet was submitted
            if old is None:
                cells.pop(cell, None)
            else:
                cells[cell] = str(old)
        if _digest(cells) != digest:
            return Break(eid, f"member {member}'s submitted sheet was changed outside BidDesk (its digest differs)",
                         "sheet_changed")
    return None
