"""Every isolation claim of spec/room.md, proven through the member's (or the agent's) own connection."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from app.packages.identity import blind_codes
from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.seat import Seat
from app.room.store import RoomStore
from tests.room.conftest import Room, make_room
from tests.room.pgserver import TempServer


def conn(room: Room, who: str | None) -> psycopg.Connection[Any]:
    address = RoomAddress.parse(room.url(who))
    c = psycopg.connect(address.conninfo(), autocommit=True)
    c.execute(f"SET search_path TO {room.published.schema}")
    return c


def enter_all(room: Room, member: str, *, submit: bool = True) -> Seat:
    """The member's seat enters their scores from the sample (blind factors by code)."""
    seat = Seat.open(RoomAddress.parse(room.url(member)))
    codes = blind_codes(room.file)
    blind = {f["id"] for f in room.doc["factors"] if f.get("blind")}
    for s in room.member_scores:
        if s["member"] == member:
            seat.record(codes[s["bidder"]] if s["factor"] in blind else s["bidder"], s["factor"], s["value"])
    if submit:
        seat.submit()
    return seat


def test_a_member_sees_no_other_members_scores_by_any_query(room: Room, pg: TempServer) -> None:
    enter_all(room, "M1", submit=False)
    enter_all(room, "M2", submit=True)
    with conn(room, "M1") as m1:
        rows = m1.execute("SELECT DISTINCT member_id FROM score").fetchall()
        assert {r[0] for r in rows} <= {None, "M1"}
        joined = m1.execute("SELECT count(*) FROM score s JOIN member m ON m.id = s.member_id "
                            "WHERE m.id <> 'M1'").fetchone()
        assert joined == (0,)
        assert m1.execute("SELECT count(*) FROM score WHERE member_id = 'M2'").fetchone() == (0,)
        assert m1.execute("SELECT sum(1) FROM score WHERE member_id IS DISTINCT FROM 'M1' "
                          "AND member_id IS NOT NULL").fetchone() == (None,)
        m1.execute("CREATE TEMP VIEW theirs AS SELECT * FROM score WHERE member_id = 'M2'")
        assert m1.execute("SELECT count(*) FROM theirs").fetchone() == (0,)
        # the planner's statistics of a table under row-level security are not shown to the member
        with psycopg.connect(pg.url, autocommit=True) as admin:
            admin.execute(f"ANALYZE {room.published.schema}.score")
            assert admin.execute("SELECT count(*) FROM pg_stats WHERE schemaname = %s AND tablename = 'score'",
                                 (room.published.schema,)).fetchone()[0] > 0
        assert m1.execute("SELECT count(*) FROM pg_stats WHERE tablename = 'score'").fetchone() == (0,)
        # the audit log (old and new values) is not readable at all by a member
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("SELECT count(*) FROM audit_event")
        # the codes' bids stay hidden; the member's own blind scores are not rows it can read
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            m1.execute("SELECT * FROM room_correct('M2', 'L1', 'F1', '1', 1, 'x', 'out_of_range')")
        assert m1.execute("SELECT count(*) FROM blind_code").fetchone() == (0,)
        blind = [f["id"] for f in room.doc["factors"] if f.get("blind")]
        assert m1.execute("SELECT count(*) FROM score WHERE factor_id = ANY(%s)", (blind,)).fetchone() == (0,)
        assert m1.execute("SELECT count(*) FROM room_my_cells() WHERE factor = ANY(%s)",
                          (blind,)).fetchone()[0] == 5 * len(blind)


def test_a_member_cannot_write_anothers_sheet_or_any_table(room: Room) -> None:
    with conn(room, "M1") as m1:
        for sql in ("INSERT INTO score (member_id, bidder_id, factor_id, value) VALUES ('M2', 'L1', 'F1', '1')",
                    "UPDATE score SET value = '0'", "DELETE FROM review_check",
                    "UPDATE member SET submitted_at = NULL", "UPDATE project SET name = 'x'",
                    "INSERT INTO audit_event (at, by, action, entity, key) VALUES ('', 'M2', 'x', 'x', '[]')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                m1.execute(sql)
    seat = enter_all(room, "M1", submit=True)
    with pytest.raises(RoomError) as refused:
        seat.record("L1", "F1", "1")
    assert refused.value.code == "sheet_submitted"


def test_the_audit_log_cannot_be_altered_by_the_agent(room: Room) -> None:
    with conn(room, None) as agent:
        assert agent.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0
        for sql in ("UPDATE audit_event SET reason = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                agent.execute(sql)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # entries only in the agent's own name
            agent.execute("INSERT INTO audit_event (at, by, action, entity, key) VALUES ('', 'M1', 'x', 'x', '[]')")


def test_the_agent_sees_progress_but_no_subjective_value_until_all_submitted(pg: TempServer, tmp_path: Any) -> None:
    room = make_room(pg, tmp_path)
    subjective = [f["id"] for f in room.doc["factors"] if not f.get("objective")]
    for member in ("M1", "M2", "M3", "M4"):
        enter_all(room, member)
    with conn(room, None) as agent:
        assert agent.execute("SELECT count(*) FROM score WHERE member_id IS NOT NULL AND factor_id = ANY(%s)",
                             (subjective,)).fetchone() == (0,)
        assert agent.execute("SELECT count(*) FROM audit_event WHERE entity = 'score' "
                             "AND key::jsonb ->> 0 IS NOT NULL").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not through the seat's function either
            agent.execute("SELECT * FROM room_my_cells()")
        filled = dict(agent.execute("SELECT member_id, filled FROM room_progress()").fetchall())
        assert filled["M1"] == 50 and filled["M5"] == 0
        # the agent writes joint entries only
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            agent.execute("INSERT INTO score (member_id, bidder_id, factor_id, value) VALUES ('M5', 'L1', 'F1', '1')")
        with pytest.raises(psycopg.DatabaseError, match="submit_by_member"):  # nor submits for a member
            agent.execute("UPDATE member SET submitted_at = 'now' WHERE id = 'M5'")
        with pytest.raises(psycopg.DatabaseError, match="finalise_by_function"):  # nor finalises by hand
            agent.execute("""UPDATE project SET x = '{"biddesk.final": {"at": "now"}}'""")
    enter_all(room, "M5")
    with conn(room, None) as agent:
        assert agent.execute("SELECT count(*) FROM score WHERE member_id IS NOT NULL").fetchone()[0] == \
            len(room.member_scores)
    with conn(room, "M2") as m2:  # after the last submission everything is visible to every member
        assert m2.execute("SELECT count(DISTINCT member_id) FROM score").fetchone() == (5,)
        assert m2.execute("SELECT count(*) FROM blind_code").fetchone() == (5,)


def test_a_stale_write_is_refused_and_the_seat_sees_the_newer_value(room: Room) -> None:
    first = Seat.open(RoomAddress.parse(room.url("M3")))
    second = Seat.open(RoomAddress.parse(room.url("M3")))  # the same member on a second laptop
    first.view(), second.view()
    first.record("L1", "F1", "1")
    with pytest.raises(RoomError) as refused:
        second.record("L1", "F1", "2")
    assert refused.value.code == "stale"
    newer = second.view()
    assert [s.value for s in newer.ev.scores if s.member == "M3" and s.bidder == "L1" and s.factor == "F1"] == ["1"]
    second.record("L1", "F1", "2")  # after reading the newer value it may change it
    assert second.versions[("L1", "F1")] == 2


def test_the_room_refuses_a_value_out_of_range_even_from_a_modified_client(room: Room, pg: TempServer) -> None:
    with psycopg.connect(pg.url, autocommit=True) as admin:  # a graded factor (points): at most its maximum
        admin.execute(f"UPDATE {room.published.schema}.factor SET rule = "
                      """'{"type": "grades", "values": ["6", "3", "0"]}' WHERE id = 'F1'""")
    with conn(room, "M1") as m1:
        with pytest.raises(psycopg.DatabaseError, match="out_of_range"):
            m1.execute("SELECT room_score('L1', 'F1', '99', 0)")
        with pytest.raises(psycopg.DatabaseError, match="out_of_range"):
            m1.execute("""SELECT room_score('L1', 'F1', '"6.5"', 0)""")
    with psycopg.connect(pg.url, autocommit=True) as admin:
        admin.execute(f"""UPDATE {room.published.schema}.factor SET rule = '{{"type": "count", "each": "3"}}' """
                      "WHERE id = 'F1'")
    with conn(room, "M1") as m1:
        with pytest.raises(psycopg.DatabaseError, match="out_of_range"):
            m1.execute("""SELECT room_score('L1', 'F1', '"-1"', 0)""")
        # F1 counts members (3 points each, at most 6): a count of 7 is a count, not points
        assert m1.execute("""SELECT room_score('L1', 'F1', '"7"', 0)""").fetchone() == (1,)
        with pytest.raises(psycopg.DatabaseError, match="unknown_cell"):
            m1.execute("SELECT room_score('L1', 'NOPE', '1', 0)")


def test_a_wrong_password_or_an_unknown_project_is_a_clear_refusal(room: Room) -> None:
    address = RoomAddress.parse(room.url("M1"))
    with pytest.raises(RoomError) as refused:
        RoomStore.open_room(address.with_password("wrong"))
    assert refused.value.code == "unreachable"
    with pytest.raises(RoomError) as refused:
        RoomStore.open_room(RoomAddress.parse(room.url("M1"), project="NO-SUCH"))
    assert refused.value.code == "no_project"


def test_a_members_verdicts_are_their_own_until_all_have_submitted(room: Room) -> None:
    from app.room.seat import record_verdict

    item = room.doc["qualification"][0]["id"]
    m1 = Seat.open(RoomAddress.parse(room.url("M1")))
    record_verdict(m1, "qualification", "L3", item, False, "资质证书过期")
    with conn(room, "M2") as m2:
        assert m2.execute("SELECT count(*) FROM review_check WHERE member_id = 'M1' AND note = '资质证书过期'")\
            .fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
            m2.execute("INSERT INTO review_check (stage, bidder_id, item_id, member_id, passed, note) "
                       f"VALUES ('qualification', 'L3', '{item}', 'M1', true, '')")
    with conn(room, None) as agent:  # the agent manages the reviews: it reads the members' verdicts
        assert agent.execute("SELECT count(*) FROM review_check WHERE member_id = 'M1' AND note = '资质证书过期'")\
            .fetchone() == (1,)


def test_the_agencys_private_key_never_reaches_a_seat(pg: TempServer, tmp_path: Any) -> None:
    from app.packages.identity import project_uid

    _doc, _scores, file = __import__("tests.room.conftest", fromlist=["prepare"]).prepare(tmp_path)
    project_uid(file)  # the project's identity, with the agency's key pair, made as packages make it
    from app.room.publish import publish

    published = publish(file, pg.url)
    seat = next(s for s in published.seats if s.member == "M1")
    address = RoomAddress.parse(published.address(seat, with_password=True))
    with psycopg.connect(address.conninfo(), autocommit=True) as m1:
        m1.execute(f"SET search_path TO {published.schema}")
        keys = {r[0] for r in m1.execute("SELECT key FROM meta")}
    assert "project_uid" in keys and not any("private" in k for k in keys)
    with psycopg.connect(pg.url, autocommit=True) as admin:  # it is in the room: only not for the seats
        assert admin.execute(f"SELECT count(*) FROM {published.schema}.meta WHERE key LIKE '%%private%%'")\
            .fetchone()[0] == 1


def test_the_desks_pins_stay_on_the_desk(pg: TempServer, tmp_path: Any) -> None:
    from app.room.publish import publish
    from app.services.members import set_pin

    _doc, _scores, file = __import__("tests.room.conftest", fromlist=["prepare"]).prepare(tmp_path)
    set_pin(file, "M2", "482916", by="agent")
    published = publish(file, pg.url)
    seat = next(s for s in published.seats if s.member == "M1")
    address = RoomAddress.parse(published.address(seat, with_password=True))
    with psycopg.connect(address.conninfo(), autocommit=True) as m1:
        x = m1.execute(f"SELECT x FROM {published.schema}.project").fetchone()[0]
    assert "biddesk.pins" not in x and "pbkdf2" not in x
