"""Nine seats at once, a seat killed mid-transaction, two agents finalising at the same moment."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.packages.identity import blind_codes
from app.room import agent
from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.seat import Seat
from app.room.store import RoomStore
from tests.room.conftest import Room, make_room
from tests.room.pgserver import TempServer
from tests.room.test_room_isolation import conn, enter_all


def _cells(room: Room, member: str) -> list[tuple[str, str, Any]]:
    codes = blind_codes(room.file)
    blind = {f["id"] for f in room.doc["factors"] if f.get("blind")}
    return [(codes[s["bidder"]] if s["factor"] in blind else s["bidder"], s["factor"], s["value"])
            for s in room.member_scores if s["member"] == member]


def test_nine_seats_scoring_at_once_lose_nothing_and_never_deadlock(pg: TempServer, tmp_path: Path) -> None:
    room = make_room(pg, tmp_path, members=9)
    members = [m["id"] for m in room.doc["members"]]
    assert len(members) == 9
    errors: list[BaseException] = []
    start = threading.Barrier(len(members))

    def score(member: str) -> None:
        try:
            seat = Seat.open(RoomAddress.parse(room.url(member)))
            seat.view()
            start.wait()
            for key, factor, value in _cells(room, member):
                seat.record(key, factor, value)
            seat.submit()
            seat.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=score, args=(m,)) for m in members]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with psycopg.connect(pg.url, autocommit=True) as admin:
        admin.execute(f"SET search_path TO {room.published.schema}")
        assert admin.execute("SELECT count(*) FROM score WHERE member_id IS NOT NULL").fetchone()[0] == \
            len(room.member_scores)
        audited = admin.execute("SELECT count(*) FROM audit_event WHERE entity = 'score' AND action = 'create' "
                                "AND by <> 'agent'").fetchone()[0]
        assert audited == len(room.member_scores)
        assert admin.execute("SELECT count(*) FROM member WHERE submitted_at IS NULL").fetchone() == (0,)
        assert admin.execute("SELECT count(*) FROM room_change WHERE tbl = 'score'").fetchone()[0] == \
            len(room.member_scores)


def test_a_seat_killed_mid_transaction_leaves_nothing_half_written(room: Room, pg: TempServer) -> None:
    address = RoomAddress.parse(room.url("M2"))
    seat = psycopg.connect(address.conninfo())
    seat.execute(f"SET search_path TO {room.published.schema}")
    seat.execute("SELECT room_score('L1', 'F1', '2', 0)")  # inside an open transaction
    pg.kill_connections(room.login("M2"))
    with pytest.raises(psycopg.OperationalError):
        seat.execute("SELECT 1")
    with psycopg.connect(pg.url, autocommit=True) as admin:
        admin.execute(f"SET search_path TO {room.published.schema}")
        assert admin.execute("SELECT count(*) FROM score WHERE member_id = 'M2'").fetchone() == (0,)
        assert admin.execute("SELECT count(*) FROM audit_event WHERE by = 'M2'").fetchone() == (0,)
    # the seat's own store reconnects by itself and the cell is written once
    again = Seat.open(address)
    again.view()
    pg.kill_connections(room.login("M2"))
    again.record("L1", "F1", "2")
    assert again.view().versions[("L1", "F1")] == 1


def test_two_agents_finalising_at_once_give_one_finalisation(pg: TempServer, tmp_path: Path) -> None:
    room = make_room(pg, tmp_path)
    for m in room.doc["members"]:
        enter_all(room, m["id"])
    stores = [RoomStore.open_room(RoomAddress.parse(room.url(None))) for _ in range(2)]
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def run(store: RoomStore) -> None:
        start.wait()
        try:
            agent.finalise(store)
            outcomes.append("finalised")
        except RoomError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["final", "finalised"]
    with conn(room, None) as c:
        assert c.execute("SELECT count(*) FROM audit_event WHERE action = 'finalise'").fetchone() == (1,)
    for s in stores:
        s.close()
