"""A member's seat in the room: their sheet, read and written through what the database lets them.

The seat reads the tender, the bids, the joint entries and its own through row-level security; its
scores on blind factors come by code (``room_my_cells``), and the bids behind the codes stay hidden
until every member has submitted. Every write is one call of a room function in one transaction,
checked first by the same engine rules as the project file's services (:func:`score_problems`), and
refused by the database if the cell changed elsewhere since the seat read it (its version).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import text

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.packages.export import scored_bids
from app.persistence.mapping import read_evaluation
from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.store import RoomStore
from app.services.common import Change
from app.services.scores import score_problems

MAX_LISTED = 20
Cell = tuple[str, str]  # (bidder id, or code for a blind factor; factor id)


@dataclass(frozen=True)
class SeatSheet:
    """What the seat shows, read in one transaction."""

    ev: m.Evaluation
    cells: dict[str, list[str]]
    codes: tuple[str, ...]
    versions: dict[Cell, int]
    submitted: bool
    all_submitted: bool
    last_change: int
    names: dict[str, str] = field(default_factory=dict)


def seat_evaluation(ev: m.Evaluation, member: str, codes: tuple[str, ...],
                    blind_scores: list[m.Score]) -> m.Evaluation:
    """The seat's evaluation: its own and the joint entries, plus a bid row per code and its blind scores."""
    rows = tuple(m.Bidder(id=c, name=c, price=None) for c in codes)
    return dataclasses.replace(ev, bidders=ev.bidders + rows, scores=ev.scores + tuple(blind_scores),
                               members=tuple(x for x in ev.members if x.id == member))


def seat_cells(ev: m.Evaluation, codes: tuple[str, ...]) -> dict[str, list[str]]:
    """Per factor, the keys on the member's sheet: scored bids (codes for a blind factor), in order."""
    valid = scored_bids(ev)
    joint = {(s.bidder, s.factor) for s in ev.scores if s.member is None}
    cells: dict[str, list[str]] = {}
    for f in ev.factors:
        if f.is_price:
            continue
        if f.blind:
            cells[f.id] = list(codes)
        else:
            cells[f.id] = [b for b in valid if not (f.objective and (b, f.id) in joint)]
    return cells


class Seat:
    """One member logged in to the room."""

    def __init__(self, store: RoomStore) -> None:
        self.store = store
        with store.read() as session:
            me = session.execute(text("SELECT room_me()")).scalar()
        if me is None:
            store.close()
            raise RoomError("not_member", f"{store.address.shown()}: this login is not a member's seat")
        self.member = str(me)
        self.versions: dict[Cell, int] = {}

    @classmethod
    def open(cls, address: RoomAddress) -> Seat:
        """Log in at the address (RoomError when the room, the login or the project is not there)."""
        return cls(RoomStore.open_room(address))

    def close(self) -> None:
        """Log out."""
        self.store.close()

    def view(self) -> SeatSheet:
        """The sheet as the room holds it now."""
        with self.store.read() as session:
            conn = session.connection()
            ev = read_evaluation(conn, self.store.address.shown())
            done = bool(conn.execute(text("SELECT room_all_submitted()")).scalar())
            codes = () if done else tuple(str(c) for c in conn.execute(text("SELECT * FROM room_codes()")).scalars())
            blind = {f.id for f in ev.factors if f.blind}
            versions: dict[Cell, int] = {}
            coded: list[m.Score] = []
            for cell, factor, value, version in conn.execute(text("SELECT * FROM room_my_cells()")):
                versions[(str(cell), str(factor))] = int(version)
                if factor in blind and not done:
                    coded.append(m.Score(self.member, str(cell), str(factor), jsontext.loads(str(value))))
            last = int(conn.execute(text("SELECT room_last_change()")).scalar() or 0)
        mine = next((x for x in ev.members if x.id == self.member), None)
        cells = seat_cells(ev, codes)
        sev = seat_evaluation(ev, self.member, codes, coded) if not done else ev
        self.versions = versions
        submitted = self._submitted(ev, mine)
        return SeatSheet(sev, cells, codes, versions, submitted, done, last,
                        {x.id: x.name for x in ev.members})

    def _submitted(self, ev: m.Evaluation, mine: m.Member | None) -> bool:
        with self.store.read() as session:
            at = session.execute(text("SELECT submitted_at FROM member WHERE id = :m"), {"m": self.member}).scalar()
        return at is not None

    def record(self, key: str, factor: str, raw_value: object) -> Change:
        """Score one cell (``key``: the bid, or its code on a blind factor); refused with InvalidInput or RoomError."""
        with self.store.write() as session:
            conn = session.connection()
            blind = bool(conn.execute(text("SELECT room_blind(:f)"), {"f": factor}).scalar())
            probe = key
            if blind:  # the value's check needs a bid row; any bid does: the rule is the factor's
                probe = str(conn.execute(text("SELECT id FROM bidder ORDER BY position LIMIT 1")).scalar() or key)
            problems, f = score_problems(session, self.member, probe, factor, raw_value)
            if problems or f is None:
                raise InvalidInput(problems or [Problem.of("--factor", "seat.unknown_factor",
                                                           "unknown factor %1", factor)])
            version = conn.execute(text("SELECT room_score(:k, :f, :v, :ver)"), {
                "k": key, "f": factor, "v": jsontext.score_text(raw_value),
                "ver": self.versions.get((key, factor), 0)}).scalar()
        before = self.versions.get((key, factor), 0)
        self.versions[(key, factor)] = int(version or 0)
        return Change("score", (self.member, key, factor), int(version or 0) if version != before else None)

    def submit(self, view: SeatSheet | None = None) -> Change:
        """Submit the sheet: refused (InvalidInput, every missing cell listed) while a cell has no score."""
        view = view or self.view()
        if view.submitted:
            return Change("member", (self.member,), None)
        given = {(s.bidder, s.factor) for s in view.ev.scores if s.member == self.member}
        missing = [(k, f) for f, keys in view.cells.items() for k in keys if (k, f) not in given]
        if missing:
            problems = [Problem.of("--member", "seat.member_has_not_scored",
                                   "member %1 has not scored bidder %2 on factor %3", self.member, k, f)
                        for k, f in missing[:MAX_LISTED]]
            if len(missing) > MAX_LISTED:
                problems.append(Problem.of("--member", "seat.more_scores_missing",
                                           "... %1 more scores missing", len(missing) - MAX_LISTED))
            raise InvalidInput(problems)
        with self.store.write() as session:
            session.execute(text("SELECT room_submit()"))
        return Change("member", (self.member,), 1)

    def last_change(self) -> int:
        """The room's change sequence number (what the seat has caught up to)."""
        with self.store.read() as session:
            return int(session.execute(text("SELECT room_last_change()")).scalar() or 0)


def login_kind(store: RoomStore) -> str:
    """Who the store's login is in the project: ``member``, ``agent``, or ``admin`` (neither: the administrator)."""
    with store.read() as session:
        row = session.execute(text("SELECT room_me(), room_is_agent()")).one()
    return "member" if row[0] is not None else ("agent" if row[1] else "admin")


def check_versions(store: RoomStore) -> dict[tuple[str, str, str], int]:
    """The versions of the seat's own verdicts, by (stage, bidder, item)."""
    with store.read() as session:
        rows = session.execute(text("SELECT * FROM room_my_checks()"))
        return {(str(s), str(b), str(i)): int(v) for s, b, i, v in rows}


def record_verdict(seat: Seat, stage: str, bidder: str, item: str, passed: bool, note: str = "") -> Change:
    """The member's own verdict on one checklist item for one bid (a failing one needs its reason)."""
    note = note.strip()
    if not passed and not note:
        raise InvalidInput([Problem.of("--note", "seat.failed_item_needs_reason", "a failed item needs a reason")])
    versions = check_versions(seat.store)
    before = versions.get((stage, bidder, item), 0)
    with seat.store.write() as session:
        version = session.execute(text("SELECT room_check(:s, :b, :i, :p, :n, :v)"), {
            "s": stage, "b": bidder, "i": item, "p": passed, "n": note, "v": before}).scalar()
    return Change("check", (stage, seat.member, bidder, item), int(version or 0) if version != before else None)
