"""Live updates from the room: LISTEN on the project's channel, on a connection of its own, in a thread.

A :class:`Listener` keeps one autocommit connection that does nothing but ``LISTEN``; each NOTIFY
carries ids only (``{"seq": 17, "table": "score", "member": "M2"}``), never a value. It pings the
server every few seconds (and TCP keepalives are on), so a seat knows at once when the server is
gone; it then reports ``offline`` and reconnects by itself, reporting ``online`` again, after which
the caller catches up from the change sequence (``room_last_change``) it last saw.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from app.room.address import RoomAddress
from app.room.names import quoted

PING_S = 2.0
RETRY_S = 1.0


@dataclass(frozen=True)
class Note:
    """One change announced by the room (ids only)."""

    seq: int
    table: str
    member: str | None


def parse_note(payload: str) -> Note | None:
    """A NOTIFY payload as a Note (None when it is not one of ours)."""
    try:
        doc = json.loads(payload)
        return Note(int(doc["seq"]), str(doc["table"]), None if doc.get("member") is None else str(doc["member"]))
    except (ValueError, KeyError, TypeError):
        return None


class Listener:
    """Listens in a daemon thread; ``on_note(Note)`` and ``on_state("online" | "offline")`` run in that thread."""

    def __init__(self, address: RoomAddress, channel: str, on_note: Callable[[Note], None],
                 on_state: Callable[[str], None]) -> None:
        self.address, self.channel = address, channel
        self.on_note, self.on_state = on_note, on_state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="biddesk-room-listen", daemon=True)
        self.state = ""

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self) -> None:
        """Stop (the thread ends within a ping)."""
        self._stop.set()

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.on_state(state)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.address.conninfo(), autocommit=True, connect_timeout=5, keepalives=1,
                                     keepalives_idle=5, keepalives_interval=2, keepalives_count=2,
                                     application_name="biddesk-listen") as conn:
                    conn.execute(f"LISTEN {quoted(self.channel)}")
                    self._set("online")
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=PING_S):
                            note = parse_note(n.payload)
                            if note is not None:
                                self.on_note(note)
                        conn.execute("SELECT 1")  # the server is still there
            except psycopg.Error:
                pass
            if not self._stop.is_set():
                self._set("offline")
                self._stop.wait(RETRY_S)
