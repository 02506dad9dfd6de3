"""A member's seat in the evaluation room: the same scoring page, over the room's database.

:class:`RoomSheetSource` is the scoring page's source (as the project's and the package's are): it
reads the member's sheet from the room and writes each score as one call of the room's function.
When the server is gone, a typed score is kept, shown on the sheet and counted as *not saved* in the
seat's state line; it is written as soon as the seat is connected again (a cell changed elsewhere in
the meantime is refused then, and the newer value shown). Nothing is called saved before the room
has it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain import model as m
from app.domain.problems import InvalidInput
from app.room.errors import RoomError
from app.room.seat import Seat, SeatSheet
from widgets.i18n import Translator
from widgets.pages.scoring import ScoringPage
from widgets.problem_texts import describe_problem
from widgets.room_live import LiveBridge
from widgets.room_review import SeatReviewPage
from widgets.room_texts import room_text, state_words

_tr = Translator("RoomSeat")
Pending = dict[tuple[str, str], object]


class RoomSheetSource(QObject):
    """:class:`~widgets.pages.sheet_source.SheetSource` over a seat in the room."""

    changed = Signal(tuple)
    refused = Signal(str)
    state_changed = Signal()
    joint = False
    evidence = False

    def __init__(self, seat: Seat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.online = True
        self.pending: Pending = {}
        self.last_error = ""
        self.view: SeatSheet = seat.view()

    # -- reading ---------------------------------------------------------------------------------
    def ev(self) -> m.Evaluation:
        ev = self.view.ev
        if not self.pending:
            return ev
        kept = [s for s in ev.scores if not (s.member == self.seat.member and (s.bidder, s.factor) in self.pending)]
        typed = [m.Score(self.seat.member, k, f, v) for (k, f), v in self.pending.items()]
        return dataclasses.replace(ev, scores=(*kept, *typed))

    def members(self) -> list[str]:
        return [self.seat.member]

    def submitted(self, member: str) -> bool:
        return member == self.seat.member and self.view.submitted

    def all_submitted(self) -> bool:
        return self.view.all_submitted

    def cells(self) -> dict[str, list[str]]:
        return self.view.cells

    def codes(self) -> dict[str, str]:
        return {c: c for c in self.view.codes}

    def reload(self) -> bool:
        """Read the sheet again (after a change elsewhere, or a reconnect); False when the room is not there."""
        try:
            self.view = self.seat.view()
        except RoomError as exc:
            self.set_online(exc.code != "disconnected" and self.online)
            return False
        self.changed.emit(("records",))
        return True

    # -- writing ---------------------------------------------------------------------------------
    def _refuse(self, message: str) -> bool:
        self.last_error = message
        self.refused.emit(message)
        return False

    def _explain(self, exc: BaseException) -> str:
        if isinstance(exc, InvalidInput):
            return "\n".join(describe_problem(p, self.view.ev) for p in exc.problems[:8])
        assert isinstance(exc, RoomError)
        return room_text(exc.code)

    def record(self, member: str | None, bidder: str, factor: str, raw_value: object,
               reason: str | None = None, art64: str | None = None) -> bool:
        if member != self.seat.member:
            return self._refuse(room_text("not_member"))
        if not self.online:
            self.pending[(bidder, factor)] = raw_value
            self.state_changed.emit()
            self.changed.emit(("records",))
            return True
        try:
            self.seat.record(bidder, factor, raw_value)
        except RoomError as exc:
            if exc.code == "disconnected":
                self.pending[(bidder, factor)] = raw_value
                self.set_online(False)
                self.changed.emit(("records",))
                return True
            if exc.code == "stale":
                self.reload()
            return self._refuse(self._explain(exc))
        except InvalidInput as exc:
            return self._refuse(self._explain(exc))
        self.last_error = ""
        self._patch(bidder, factor, raw_value)
        return True

    def _patch(self, key: str, factor: str, raw_value: object) -> None:
        """Our own score, written: put it into the sheet we hold (no read of the whole sheet per keystroke)."""
        view, me = self.view, self.seat.member
        kept = tuple(s for s in view.ev.scores if not (s.member == me and s.bidder == key and s.factor == factor))
        ev = dataclasses.replace(view.ev, scores=(*kept, m.Score(me, key, factor, raw_value)))
        self.view = dataclasses.replace(view, ev=ev, versions=dict(self.seat.versions))
        self.changed.emit(("records",))

    def on_live(self, touched: set[tuple[str, str]]) -> None:
        """The room announced changes: read the sheet again unless they were only our own scores."""
        if any(t != ("score", self.seat.member) for t in touched):
            self.reload()

    def submit(self, member: str) -> bool:
        if self.pending or not self.online:
            return self._refuse(_tr("尚有评分未保存到评标室，连接恢复并保存后才能提交"))
        try:
            self.seat.submit(self.view)
        except (RoomError, InvalidInput) as exc:
            return self._refuse(_tr("不能提交：") + "\n" + self._explain(exc))
        self.reload()
        return True

    def set_evidence(self, member: str | None, bidder: str, factor: str, lines: list[str]) -> bool:
        return self._refuse(_tr("评标室座位上不记录计数依据，请在纸质评分表上注明"))

    # -- the connection --------------------------------------------------------------------------
    def set_online(self, online: bool) -> None:
        """The listener's news: write what waited once back online, then read the sheet again."""
        was, self.online = self.online, online
        if online and not was:
            self.flush()
            self.reload()
        if online != was:
            self.state_changed.emit()

    def flush(self) -> None:
        """Write the scores typed while the room was away (a refused one is reported and dropped)."""
        for (key, factor), value in list(self.pending.items()):
            try:
                self.seat.record(key, factor, value)
            except RoomError as exc:
                if exc.code == "disconnected":
                    self.online = False
                    return
                self._refuse(self._explain(exc))
            except InvalidInput as exc:
                self._refuse(self._explain(exc))
            self.pending.pop((key, factor), None)


class SeatView(QWidget):
    """The seat's header (project, member, connection state), then the member's sheet."""

    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RoomSheetSource(seat, self)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("roomState")
        bar.addWidget(self.state, 1)
        layout.addLayout(bar)
        self.page = ScoringPage(self.source)
        self.review = SeatReviewPage(self.source)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.page, _tr("独立评分"))
        self.tabs.addTab(self.review, _tr("资格与符合性审查（本人结论）"))
        layout.addWidget(self.tabs, 1)
        self.source.changed.connect(lambda _p: self.review.refresh())
        self.live = LiveBridge(seat.store.address, seat.store.names.channel, self)
        self.live.changed.connect(lambda: self.source.on_live(self.live.touched))
        self.live.state.connect(lambda s: self.source.set_online(s == "online"))
        self.source.state_changed.connect(self.show_state)
        self.source.changed.connect(lambda _p: self.show_state())
        self.show_state()
        self.live.start()

    def show_state(self) -> None:
        """Who and where, the connection, and what is not saved yet."""
        view, seat = self.source.view, self.source.seat
        name = view.names.get(seat.member, seat.member)
        self.header.setText("<h3>" + _tr("评标室座位") + "</h3>" + _tr(
            "项目：%1（%2）　评委：%3（%4）　评标室：%5", view.ev.project.name, view.ev.project.number, name,
            seat.member, seat.store.address.shown()))
        words = state_words()
        parts = [words["online" if self.source.online else "offline"]]
        if self.source.pending:
            parts.append(_tr("%1 项评分尚未保存到评标室，连接恢复后自动保存", len(self.source.pending)))
        elif self.source.online:
            parts.append(_tr("每项评分录入即保存到评标室"))
        if view.submitted:
            parts.append(_tr("评分表已提交"))
        if view.all_submitted:
            parts.append(_tr("全体评委已提交"))
        self.state.setText(" · ".join(parts))
        self.state.setStyleSheet("" if self.source.online and not self.source.pending else "color: #b00020")

    def close_room(self) -> None:
        """Stop listening and log out."""
        self.live.stop()
        self.source.seat.close()
