"""The agent in the room: every member's progress without the values, and the guarded writes.

Finalising takes the project's lock (``room_lock``: a row lock on the project, held to the end of
the transaction), then computes the blockers and the record with the same engine and the same
:func:`~app.services.records.final_record` as the project file, and writes through
``room_finalise``, which checks again that every sheet is in and that it is not final yet. Two agents
finalising at once: the second waits for the first's lock, then is refused (``final``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.domain import session_records as sr
from app.domain.art64_check import blockers
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.packages.export import scored_bids
from app.persistence.mapping import read_evaluation
from app.room.errors import RoomError
from app.room.seat import seat_cells
from app.room.store import RoomStore
from app.services.common import Change
from app.services.records import final_record, reopened, submitted_members, with_record


@dataclass(frozen=True)
class MemberProgress:
    """One member's sheet as the agent sees it: how many cells, how many scored, submitted or not."""

    member: str
    name: str
    filled: int
    cells: int
    verdicts: int
    submitted_at: str | None

    @property
    def state(self) -> str:
        """``submitted``, ``open`` (something entered) or ``empty``."""
        return "submitted" if self.submitted_at else ("open" if self.filled or self.verdicts else "empty")


@dataclass(frozen=True)
class SheetSize:
    """How many cells each member's sheet has, and how many of them a joint score stands for."""

    cells: int
    joint: int


def sheet_size(store: RoomStore) -> SheetSize:
    """The size of the members' sheets (read again only when bids, verdicts or the matrix change)."""
    with store.read() as session:
        conn = session.connection()
        ev = read_evaluation(conn, store.address.shown())
        codes = tuple(str(c) for c in conn.execute(text("SELECT code FROM blind_code WHERE on_sheet")).scalars()) \
            if any(f.blind for f in ev.factors) else ()
    sheet = seat_cells(ev, codes)
    scored = set(scored_bids(ev))
    # a joint objective score stands on every sheet: counted as given, as the seat's own sheet counts it
    joint = sum(1 for s in ev.scores if s.member is None and s.bidder in scored and s.factor in sheet)
    return SheetSize(sum(len(keys) for keys in sheet.values()) + joint, joint)


def progress(store: RoomStore, size: SheetSize | None = None) -> list[MemberProgress]:
    """Every member's progress, in committee order (counts only: no value is read)."""
    size = size or sheet_size(store)
    with store.read() as session:
        rows = list(session.execute(text("SELECT * FROM room_progress()")))
    return [MemberProgress(str(r[0]), str(r[1]), int(r[2]) + size.joint, size.cells, int(r[3]), r[4])
            for r in rows]


def refresh_sheet(store: RoomStore) -> None:
    """Keep the blind codes on the sheets in step with the bids' validity (after a verdict or decision)."""
    with store.write() as session:
        conn = session.connection()
        ev = read_evaluation(conn, store.address.shown())
        conn.execute(text("UPDATE blind_code SET on_sheet = (bidder_id = ANY(:ids))"), {"ids": scored_bids(ev)})


def finalise(store: RoomStore, *, by: str = "agent") -> Change:
    """Finalise the room's evaluation (serialised; every blocker checked inside the lock).

    Raises:
        InvalidInput: something still blocks it (each listed); RoomError: ``final``, ``sheets_open`` …
    """
    with store.write() as session:
        conn = session.connection()
        conn.execute(text("SELECT room_lock()"))
        if conn.execute(text("SELECT room_final()")).scalar():
            raise RoomError("final", f"{store.address.shown()}: the evaluation is finalised already")
        ev = read_evaluation(conn, store.address.shown())
        found = blockers(ev, submitted_members(session))
        if found:
            raise InvalidInput([Problem("", f"{f.code}: {', '.join(f.args)}".rstrip(": ")) for f in found])
        record = final_record(ev, by)
        x_now = conn.execute(text("SELECT x FROM project WHERE id = 1")).scalar()
        conn.execute(text("SELECT room_finalise(:x, :r)"),
                     {"x": with_record(x_now, sr.FINAL, record), "r": jsontext.dumps(record)})
    return Change("final", (), 1)


def reopen(store: RoomStore, *, reason: str, art64: str, by: str = "agent") -> Change:
    """Reopen the finalised evaluation as a recorded re-evaluation (reason and Art.64 category)."""
    with store.write() as session:
        conn = session.connection()
        conn.execute(text("SELECT room_lock()"))
        x_now = conn.execute(text("SELECT x FROM project WHERE id = 1")).scalar()
        x = jsontext.loads(x_now) if x_now else {}
        x = dict(x) if isinstance(x, dict) else {}
        reopened(x, reason=reason, art64=art64, by=by)  # as the desk does; the room's function checks it again
        x_new = jsontext.dumps(x)
        conn.execute(text("SELECT room_reopen(:x, :reason, :art64)"), {"x": x_new, "reason": reason, "art64": art64})
    return Change("final", (), 1)


def correct(store: RoomStore, member: str, bidder: str, factor: str, raw_value: object, *, reason: str,
            art64: str) -> Change:
    """Correct a submitted member's score (Art.64), with the reason and category, in the audit log."""
    with store.write() as session:
        conn = session.connection()
        version = conn.execute(text("SELECT version FROM score WHERE member_id = :m AND bidder_id = :b "
                                    "AND factor_id = :f"), {"m": member, "b": bidder, "f": factor}).scalar()
        conn.execute(text("SELECT room_correct(:m, :b, :f, :v, :ver, :reason, :art64)"), {
            "m": member, "b": bidder, "f": factor, "v": jsontext.score_text(raw_value), "ver": int(version or 0),
            "reason": reason, "art64": art64})
    return Change("score", (member, bidder, factor), 1)
