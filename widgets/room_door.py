"""Opening the window on the evaluation room: as a member's seat or as the agent, by the login.

The main window holds one :class:`RoomOpener`; 文件 → 连接评标室 and ``python main.py room://…`` both
come here. The seat is the scoring page over the room (widgets/room_seat.py), the agent's screen the
seats' live progress (widgets/room_agent.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from app.domain.problems import InvalidInput
from app.room.address import RoomAddress
from app.room.errors import RoomError
from widgets.i18n import Translator
from widgets.room_texts import room_text

if TYPE_CHECKING:  # the room's modules (the PostgreSQL driver, the slips' PDF) load when the room is used
    from app.room.publish import Published
    from app.services.session import ProjectSession
    from widgets.room_agent import AgentRoomView
    from widgets.room_live import ConnectDialog, PublishDialog
    from widgets.room_seat import SeatView
    from widgets.workspace import Workspace

_tr = Translator("RoomDoor")
APP_TITLE = "评标台 BidDesk"


class RoomWindow(Protocol):
    """What the opener needs of the main window."""

    stack: QStackedWidget
    close_action: QAction
    save_state: QLabel
    workspace: Workspace | None

    def close_project(self) -> None: ...

    def open_session(self, session: ProjectSession, recent: Path | None = None) -> bool: ...

    def error(self, title: str, text: str) -> None: ...

    def setWindowTitle(self, title: str) -> None: ...


class RoomOpener:
    """The room's part of the main window: connect, show the seat or the agent's screen, close."""

    def __init__(self, window: RoomWindow) -> None:
        self.window = window
        self.view: SeatView | AgentRoomView | None = None
        self.dialog: ConnectDialog | PublishDialog | None = None
        self.last_published: Published | None = None
        self.message = ""

    def ask_connect(self) -> None:
        """文件 → 连接评标室: ask for the address and password, then connect."""
        from widgets.room_live import ConnectDialog

        dialog = ConnectDialog(self.window if isinstance(self.window, QWidget) else None)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.open(dialog.address()))
        dialog.open()

    def ask_publish(self, controller: object) -> None:
        """文件 → 发布到评标室: the open project into a room, its seat slips written beside it."""
        from widgets.room_live import PublishDialog

        path = getattr(controller, "path", None)
        if not isinstance(path, Path):
            self.window.error(_tr("无法发布到评标室"), _tr("请先打开一个项目"))
            return
        dialog = PublishDialog(path, self.window if isinstance(self.window, QWidget) else None)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.publish(path, dialog.url(), dialog.slips()))
        dialog.open()

    def publish(self, project: Path, url: str, slips: Path) -> Published | None:
        """Publish the project to the room at ``url`` (an administrator's address) and write the seat slips."""
        from app.room.publish import publish
        from app.room.slips import write_slips

        try:
            published = publish(project, url)
        except RoomError as exc:
            self.window.error(_tr("无法发布到评标室"), room_text(exc.code))
            return None
        except InvalidInput as exc:
            self.window.error(_tr("无法发布到评标室"), str(exc))
            return None
        try:
            write_slips(published, slips)
            note = _tr("座位凭条已保存到 %1。一次性密码只在凭条上，请当面交给每位评委。", str(slips))
        except OSError as exc:
            seats = "\n".join(f"{s.name}\t{s.login}\t{s.password}" for s in published.seats)
            note = _tr("座位凭条未能保存（%1），请记下下面的登录名与密码：", exc.strerror or str(exc)) + "\n" + seats
        self.last_published, self.message = published, note
        if not getattr(self.window, "quiet", False):
            QMessageBox.information(self.window if isinstance(self.window, QWidget) else None,
                                    _tr("已发布到评标室：%1", published.number), note)
        return published

    def open_text(self, text: str) -> bool:
        """Connect to a ``room://`` address given as text (the command line)."""
        try:
            return self.open(RoomAddress.parse(text))
        except RoomError as exc:
            self.window.error(_tr("无法连接评标室"), room_text(exc.code))
            return False

    def open(self, address: RoomAddress) -> bool:
        """Connect: a member's login opens the seat, the agent's the workspace over the room; False with a message."""
        from app.room.seat import Seat, login_kind
        from app.room.session import RoomSession
        from app.room.store import RoomStore
        from widgets.room_agent import AgentRoomView
        from widgets.room_seat import SeatView

        try:
            store = RoomStore.open_room(address)
            kind = login_kind(store)
            seat = SeatView(Seat(store)) if kind == "member" else None
            session = RoomSession(store) if seat is None else None
            if session is not None:
                session.evaluation()
        except RoomError as exc:
            self.window.error(_tr("无法连接评标室"), room_text(exc.code) + "\n" + address.shown())
            return False
        w = self.window
        if session is not None:
            if not w.open_session(session):
                return False
            self.view = AgentRoomView(store)
            if w.workspace is not None:
                w.workspace.add_page("room", _tr("评标室进度"), self.view, first=True)
                w.workspace.show_page("room")
            w.setWindowTitle(f"{APP_TITLE} — {_tr('评标室')} — {_tr('采购代理机构')} — {address.project}")
            return True
        assert seat is not None
        w.close_project()
        self.view = seat
        w.stack.addWidget(seat)
        w.stack.setCurrentWidget(seat)
        w.close_action.setEnabled(True)
        w.setWindowTitle(f"{APP_TITLE} — {_tr('评标室')} — {_tr('评委座位')} — {address.project}")
        w.save_state.setText("")
        return True

    def close(self) -> None:
        """Leave the room (called when the window closes the open project): stop listening, log out."""
        view, self.view = self.view, None
        if view is None:
            return
        view.close_room()
        from widgets.room_seat import SeatView

        if isinstance(view, SeatView):
            self.window.stack.removeWidget(view)
            view.deleteLater()
