"""The room in the window: a seat scores on the scoring page, the agent's screen shows it live, and a seat
whose server goes away keeps what was typed, says it is not saved, and saves it once the server is back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.room.address import RoomAddress
from app.room.agent import progress
from app.room.store import RoomStore
from tests.room.conftest import make_room, prepare
from tests.room.pgserver import TempServer
from widgets import main_window as mw
from widgets.main_window import MainWindow
from widgets.room_agent import AgentRoomView
from widgets.room_seat import SeatView
from widgets.settings import AppSettings


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_seat_and_the_agent_in_the_window(window: MainWindow, pg: TempServer, tmp_path: Path, qtbot: Any) -> None:
    room = make_room(pg, tmp_path)
    assert window.rooms.open_text(room.url("M1"))
    seat = window.rooms.view
    assert isinstance(seat, SeatView)
    assert "赵明亮" in seat.header.text() and room.published.number in window.windowTitle()
    qtbot.waitUntil(lambda: "在线" in seat.state.text(), timeout=5000)
    page = seat.page
    assert [page.member_box.itemText(i) for i in range(page.member_box.count())] == ["赵明亮"]
    # the agent, in a second window of its own (the progress screen alone here; the workspace is tested below)
    agent = AgentRoomView(RoomStore.open_room(RoomAddress.parse(room.url(None))))
    qtbot.addWidget(agent)
    assert agent.table.item(0, 2).text() == "5/55"  # the joint objective scores count as given, as on the seat
    assert "赵明亮 已评 5/55" in seat.page.progress.text()
    assert seat.page.factor_model.data(seat.page.factor_model.index(0, 3)) == "0/5"  # five bids, not their codes
    assert seat.source.record("M1", "L1", "F1", "2")
    qtbot.waitUntil(lambda: agent.table.item(0, 2).text() == "6/55", timeout=5000)  # live, by NOTIFY
    assert not agent.finalise_button.isEnabled()  # nothing to finalise while sheets are open
    # a blind factor is scored by code; the bid behind it stays hidden from the seat
    code = seat.source.view.codes[0]
    assert not seat.source.record("M1", code, "F2", "30")  # an item-by-item factor: refused, in words
    assert seat.source.last_error and "--" not in seat.source.last_error
    assert seat.source.record("M1", code, "F2", ["0.8"] * 45)
    assert any(s.bidder == code and s.factor == "F2" for s in seat.source.ev().scores)
    assert not seat.source.submit("M1")  # cells missing: refused, named
    assert "不能提交" in seat.source.last_error
    agent.close_room()
    window.close_project()
    assert window.rooms.view is None
    qtbot.wait(300)  # the closed workspace's pending refreshes run while the server is still there


def test_the_server_going_away_loses_nothing_typed(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    server = TempServer(own=True)
    server.start()
    try:
        room = make_room(server, tmp_path)
        assert window.rooms.open_text(room.url("M2"))
        seat = window.rooms.view
        assert isinstance(seat, SeatView)
        qtbot.waitUntil(lambda: "在线" in seat.state.text(), timeout=5000)
        server.pause()
        qtbot.waitUntil(lambda: "已断开" in seat.state.text(), timeout=10000)
        assert seat.source.record("M2", "L1", "F1", "3")  # kept, not lost
        assert "1 项评分尚未保存" in seat.state.text()
        assert any(s.member == "M2" and s.bidder == "L1" and s.value == "3" for s in seat.source.ev().scores)
        assert not seat.source.submit("M2")  # no submission while something is not saved
        server.resume()
        qtbot.waitUntil(lambda: "在线" in seat.state.text() and not seat.source.pending, timeout=15000)
        store = RoomStore.open_room(RoomAddress.parse(room.url(None)))
        assert next(p for p in progress(store) if p.member == "M2").filled == 6  # saved once the room was back
        store.close()
        window.close_project()
    finally:
        server.stop()


def test_the_agent_publishes_the_open_project_from_the_window(window: MainWindow, pg: TempServer,
                                                               tmp_path: Path) -> None:
    room = make_room(pg, tmp_path)  # a published project: publishing the same number again is refused
    slips = tmp_path / "slips.pdf"
    assert window.rooms.publish(room.file, pg.url, slips) is None
    assert "评标室中已有这个项目" in window.last_error  # type: ignore[attr-defined]
    assert not slips.exists()
    _doc, _scores, file = prepare(tmp_path)
    assert window.open_any(file)
    published = window.rooms.publish(file, pg.url, slips)
    assert published is not None and slips.exists() and "座位凭条已保存" in window.rooms.message
    store = RoomStore.open_room(RoomAddress.parse(published.address(published.seats[0], with_password=True)))
    assert [p.member for p in progress(store)] == ["M1", "M2", "M3", "M4", "M5"]
    store.close()


def test_the_agent_works_in_the_desks_workspace_over_the_room(window: MainWindow, pg: TempServer, tmp_path: Path,
                                                              qtbot: Any) -> None:
    from tests.room.test_room_isolation import enter_all

    room = make_room(pg, tmp_path)
    assert window.rooms.open_text(room.url(None))
    workspace = window.workspace
    assert workspace is not None and window.controller is not None
    progress_page = workspace.pages["room"]
    assert workspace.stack.currentWidget() is progress_page and isinstance(progress_page, AgentRoomView)
    assert "评标室" in window.windowTitle()
    assert not window.file_actions.backup.isEnabled()  # a room is not a file to copy
    # the same pages, the same door: the results page sees the room's evaluation, finalising is refused
    results = workspace.show_page("results")
    assert not results.finalise()  # type: ignore[attr-defined]
    for m in room.doc["members"]:
        enter_all(room, m["id"])
    window.controller.notify_records()
    assert results.finalise(), window.controller.last_error  # type: ignore[attr-defined]
    store = RoomStore.open_room(RoomAddress.parse(pg.url, project=room.published.number))
    from sqlalchemy import text

    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_event WHERE action = 'finalise'")).scalar() == 1
    store.close()
    # a member's package is the desk's business: refused in words
    assert not workspace.pages["packages"].export("M1", tmp_path / "M1.bidpkg")  # type: ignore[attr-defined]
    assert "拉取" in window.controller.last_error or "评标室不允许" in window.controller.last_error
    window.close_project()
    assert window.rooms.view is None
    qtbot.wait(300)  # the closed workspace's pending refreshes run while the server is still there


def test_the_agents_workspace_survives_the_server_going_away(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    server = TempServer(own=True)
    server.start()
    try:
        room = make_room(server, tmp_path)
        assert window.rooms.open_text(room.url(None))
        controller, workspace = window.controller, window.workspace
        assert controller is not None and workspace is not None
        workspace.show_page("results")
        server.pause()
        controller.notify_records()  # every page refreshes from the evaluation last read: nothing breaks
        qtbot.wait(400)
        assert controller.unreachable and "评标室" in controller.last_error
        assert not workspace.pages["results"].finalise()  # type: ignore[attr-defined]  # no write pretends
        server.resume()
        qtbot.waitUntil(lambda: (controller.ev() is not None) and not controller.unreachable, timeout=10000)
        window.close_project()
        qtbot.wait(300)
    finally:
        server.stop()


def test_a_member_gives_their_own_verdicts_at_the_seat(window: MainWindow, pg: TempServer, tmp_path: Path,
                                                       qtbot: Any) -> None:
    room = make_room(pg, tmp_path)
    assert window.rooms.open_text(room.url("M3"))
    seat = window.rooms.view
    assert isinstance(seat, SeatView)
    review = seat.review
    item = room.doc["qualification"][0]["id"]
    store = RoomStore.open_room(RoomAddress.parse(room.url(None)))
    before = next(p for p in progress(store) if p.member == "M3").verdicts
    assert review.verdict("L2", item, True)
    assert not review.verdict("L2", item, False)  # a failing verdict needs its reason
    assert "理由" in review.message.text()
    assert review.verdict("L2", item, False, "营业执照已过期")
    after = next(p for p in progress(store) if p.member == "M3").verdicts
    store.close()
    assert after == before + (0 if any(c.get("member") == "M3" and c["bidder"] == "L2" and c["item"] == item
                                       for c in room.doc["checks"]) else 1)
    row = [b.id for b in review._bids(review.source.ev())].index("L2")
    col = [i.id for i in review.source.ev().checklist("qualification")].index(item)
    assert review.table.item(row, col).text() == "✗ 营业执照已过期"
    window.close_project()
    qtbot.wait(200)
