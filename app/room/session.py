"""The agent's door over the room: the project's session (the same named operations as on the desk) over
the room's database, where the room's own guarded functions do what it does differently.

Every page of the desk's workspace runs on it unchanged: bidders, reviews, price review, the joint
objective sheet, the Art.64 check, results and the report pack read and write through the same services
over a :class:`~app.room.store.RoomStore`, and row-level security decides what the agent's login sees
(no member's subjective score before the last submission) and may write (joint entries only).
Differences, each a refusal with a code or a room function:

* finalising and reopening go through ``room_finalise`` / ``room_reopen`` (serialised, checked inside the lock);
* a member submits at their own seat; the agent corrects a submitted member's score only with a reason and an
  Art.64 category (``room_correct``); it never enters a member's score;
* scoring packages are for a member who leaves the room: the agent pulls the project first, on the desk.
"""

from __future__ import annotations

from pathlib import Path

from app.persistence.store import ProjectStore
from app.room import agent
from app.room.errors import RoomError
from app.room.names import AGENT_BY
from app.room.store import RoomStore
from app.services.common import Change
from app.services.packages import ImportReport, PackageSummary
from app.services.session import ProjectSession

#: Characters a folder name may not hold on Windows.
UNSAFE = frozenset('/\\:*?"<>|')


class RoomSession(ProjectSession):
    """:class:`~app.services.session.ProjectSession` over the room, logged in as the agent."""

    is_file = False

    def __init__(self, store: RoomStore) -> None:
        super().__init__(store, by=AGENT_BY)
        self.room = store

    def _reset(self, change: Change) -> Change:
        self._ev = self._table = None
        self._result = None
        return change

    # -- what the room does through its own functions --------------------------------------------
    def finalise(self) -> Change:
        return self._reset(agent.finalise(self.room, by=self.by))

    def reopen(self, reason: str, art64: str) -> Change:
        return self._reset(agent.reopen(self.room, reason=reason, art64=art64, by=self.by))

    def submit(self, member: str) -> Change:
        raise RoomError("not_member", f"{self.room.address.shown()}: member {member} submits at their own seat")

    def score(self, member: str | None, bidder: str, factor: str, raw_value: object, *, reason: str | None = None,
              art64: str | None = None) -> Change:
        if member is None:
            return super().score(None, bidder, factor, raw_value, reason=reason, art64=art64)
        if not reason or not art64:
            raise RoomError("not_member", f"{self.room.address.shown()}: member {member} scores at their own seat")
        return self._reset(agent.correct(self.room, member, bidder, factor, raw_value, reason=reason, art64=art64))

    # -- what belongs to the desk ----------------------------------------------------------------
    def _desk_only(self) -> RoomError:
        return RoomError("forbidden", f"{self.room.address.shown()}: scoring packages are made on the desk: pull "
                                      "the project into a file first")

    def export_package(self, member: str, path: Path) -> PackageSummary:
        raise self._desk_only()

    def preview_return(self, path: Path) -> ImportReport:
        raise self._desk_only()

    def merge_return(self, path: Path) -> Change:
        raise self._desk_only()

    def report_folder(self) -> Path:
        """The pack goes into the user's folder, named by the project number (a room has no file to sit beside)."""
        number = "".join("-" if c in UNSAFE else c for c in self.room.address.project or "room")
        return Path.home() / f"{number}-报告"


def is_room(store: ProjectStore) -> bool:
    """Whether a store is the room's (not a project file)."""
    return isinstance(store, RoomStore)
