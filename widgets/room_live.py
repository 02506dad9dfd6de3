"""The room's live updates as Qt signals, and the dialog that connects to a room (文件 → 连接评标室).

:class:`LiveBridge` runs :class:`app.room.live.Listener` and re-emits its thread's callbacks as
signals (queued into the window's thread). Several notes in a burst make one ``changed`` after a
short pause, so nine seats typing at once do not make a seat reload nine times a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.room.address import RoomAddress
from app.room.errors import RoomError
from app.room.live import Listener, Note
from widgets.i18n import Translator
from widgets.room_texts import room_text

_tr = Translator("RoomConnect")
BURST_MS = 150


class LiveBridge(QObject):
    """``changed()`` after the room announced changes; ``state(str)``: ``online`` / ``offline``."""

    changed = Signal()
    state = Signal(str)
    _note = Signal(int, str, str)

    def __init__(self, address: RoomAddress, channel: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_seq = 0
        #: what the burst behind the next ``changed`` touched: (table, member id or "")
        self.touched: set[tuple[str, str]] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BURST_MS)
        self._timer.timeout.connect(self._burst)
        self._note.connect(self._noted)
        self.listener = Listener(address, channel, lambda n: self._note.emit(n.seq, n.table, n.member or ""),
                                 self._state_from_thread)

    def _state_from_thread(self, state: str) -> None:
        self.state.emit(state)

    def _noted(self, seq: int, table: str, member: str) -> None:
        self.last_seq = max(self.last_seq, seq)
        self.touched.add((table, member))
        self._timer.start()

    def _burst(self) -> None:
        self.changed.emit()
        self.touched = set()

    def start(self) -> None:
        """Start listening."""
        self.listener.start()

    def stop(self) -> None:
        """Stop listening."""
        self.listener.stop()


class ConnectDialog(QDialog):
    """Ask for a room address and its password; :meth:`address` gives what was entered."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("连接评标室"))
        layout = QVBoxLayout(self)
        hint = QLabel(_tr("填入座位凭条上的评标室地址和一次性密码。采购代理机构用发布时给出的代理机构登录名。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.address_edit = QLineEdit(text)
        self.address_edit.setPlaceholderText("room://登录名@服务器:5432/数据库?project=项目编号")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("评标室地址"), self.address_edit)
        form.addRow(_tr("密码"), self.password_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def address(self) -> RoomAddress:
        """The address entered (raises RoomError ``bad_address``)."""
        address = RoomAddress.parse(self.address_edit.text())
        password = self.password_edit.text()
        return address.with_password(password) if password else address

    def _accept(self) -> None:
        try:
            self.address()
        except RoomError as exc:
            self.error.setText(room_text(exc.code))
            return
        self.accept()


class PublishDialog(QDialog):
    """Ask for the room database (an administrator's address) and where the seat slips go."""

    def __init__(self, project: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("发布到评标室"))
        layout = QVBoxLayout(self)
        hint = QLabel(_tr("在评标室的 PostgreSQL 数据库中建立本项目，并为采购代理机构和每位评委生成登录名与一次性密码。"
                          "需要数据库管理员的地址。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://管理员:密码@服务器:5432/数据库")
        self.slips_edit = QLineEdit(str(project.with_name(project.stem + _tr("-座位凭条") + ".pdf")))
        form.addRow(_tr("数据库地址"), self.url_edit)
        form.addRow(_tr("座位凭条"), self.slips_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def url(self) -> str:
        """The administrator's address entered."""
        return self.url_edit.text().strip()

    def slips(self) -> Path:
        """Where the seat slips are written."""
        return Path(self.slips_edit.text().strip())

    def _accept(self) -> None:
        try:
            RoomAddress.parse(self.url())
        except RoomError as exc:
            self.error.setText(room_text(exc.code))
            return
        self.accept()


def note_of(seq: int) -> Note:
    """A note for a sequence number alone (tests drive the bridge with it)."""
    return Note(seq, "", None)
