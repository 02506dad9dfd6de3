"""The agent's screen in the evaluation room: every seat's progress, live, without a single value.

Each member's row: cells scored of the sheet's cells, verdicts given, submitted or not (counts only:
the database shows the agent no subjective score before the last submission). 定稿 finalises in the
room (serialised, every blocker checked inside the lock); 拉取到项目文件 writes the room's project
into a project file for the report pack and the archive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import InvalidInput
from app.room import agent
from app.room.agent import MemberProgress
from app.room.errors import RoomError
from app.room.publish import pull
from app.room.store import RoomStore
from widgets.i18n import Translator
from widgets.room_live import LiveBridge
from widgets.room_texts import room_text, state_words

_tr = Translator("RoomAgent")


class AgentRoomView(QWidget):
    """Progress of every seat, the connection state, finalising and pulling."""

    def __init__(self, store: RoomStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[MemberProgress] = []
        self.sheet_size: agent.SheetSize | None = None
        self.online = True
        self.message = ""
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.state = QLabel()
        layout.addWidget(self.state)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([_tr("评委"), _tr("姓名"), _tr("已评分"), _tr("审查结论"), _tr("状态")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(_tr("刷新"))
        self.finalise_button = QPushButton(_tr("定稿"))
        self.pull_button = QPushButton(_tr("拉取到项目文件…"))
        self.refresh_button.clicked.connect(self.refresh)
        self.finalise_button.clicked.connect(self.finalise)
        self.pull_button.clicked.connect(self.ask_pull)
        bar.addStretch(1)
        for b in (self.refresh_button, self.finalise_button, self.pull_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.live = LiveBridge(store.address, store.names.channel, self)
        self.live.changed.connect(self._live)
        self.live.state.connect(self._state)
        self.refresh()
        self.live.start()

    def _state(self, state: str) -> None:
        self.online = state == "online"
        if self.online:
            self.sheet_size = None
            self.refresh()  # catch up on what happened while away
        self.show_state()

    def _live(self) -> None:
        if any(table not in ("score", "member") for table, _who in self.live.touched):
            self.sheet_size = None  # bids, verdicts or the matrix changed: the sheets' size may have
        self.refresh()

    def refresh(self) -> bool:
        """Read every seat's progress again; False when the room is not there."""
        try:
            if self.sheet_size is None:
                self.sheet_size = agent.sheet_size(self.store)
            self.rows = agent.progress(self.store, self.sheet_size)
        except RoomError as exc:
            self.message = room_text(exc.code)
            self.show_state()
            return False
        self.table.setRowCount(len(self.rows))
        words = {"submitted": _tr("已提交"), "open": _tr("评分中"), "empty": _tr("未开始")}
        for i, r in enumerate(self.rows):
            state = words[r.state] + (f"（{r.submitted_at[:16].replace('T', ' ')}）" if r.submitted_at else "")
            for j, value in enumerate((r.member, r.name, f"{r.filled}/{r.cells}", str(r.verdicts), state)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        done = bool(self.rows) and all(r.submitted_at for r in self.rows)
        self.finalise_button.setEnabled(done)
        self.pull_button.setEnabled(done)
        self.show_state()
        return True

    def show_state(self) -> None:
        """The header and the connection line."""
        submitted = sum(1 for r in self.rows if r.submitted_at)
        self.header.setText("<h3>" + _tr("评标室（采购代理机构）") + "</h3>" + _tr(
            "评标室：%1　已提交 %2/%3 人", self.store.address.shown(), submitted, len(self.rows)))
        line = state_words()["online" if self.online else "offline"]
        if self.message:
            line += " · " + self.message
        self.state.setText(line)

    def finalise(self) -> bool:
        """Finalise the evaluation in the room; False with the reason shown."""
        try:
            agent.finalise(self.store)
        except RoomError as exc:
            self.message = room_text(exc.code)
            self.show_state()
            return False
        except InvalidInput as exc:
            self.message = _tr("不能定稿：") + "；".join(p.message for p in exc.problems[:5])
            self.show_state()
            return False
        self.message = _tr("已定稿")
        self.show_state()
        return True

    def pull_to(self, path: Path) -> bool:
        """Write the room's project into a new project file."""
        try:
            pull(self.store.address.shown(with_password=True), self.store.address.project, path)
        except (RoomError, InvalidInput) as exc:
            self.message = room_text(exc.code) if isinstance(exc, RoomError) else str(exc)
            self.show_state()
            return False
        self.message = _tr("已拉取到 %1", str(path))
        self.show_state()
        return True

    def ask_pull(self) -> None:
        """Ask where to write the project file, then pull."""
        name, _ = QFileDialog.getSaveFileName(self, _tr("拉取到项目文件"),
                                              str(Path.home() / f"{self.store.address.project}.bidesk"),
                                              _tr("评标台项目 (*.bidesk)"))
        if name:
            self.pull_to(Path(name))

    def close_room(self) -> None:
        """Stop listening and log out."""
        self.live.stop()
        self.store.close()
