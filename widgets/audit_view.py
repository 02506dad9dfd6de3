"""The audit log (审计日志) of a project in a window: every change, oldest first, filtered by member, bidder
and category. Read only: the log is written by the services, never here."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Evaluation
from app.services.audit import AuditEvent, audit_log
from widgets.i18n import Translator

_tr = Translator("AuditView")
#: At most this many characters of an old or new value are shown in a cell (the whole value in its tooltip).
CELL_CHARS = 80


def entity_words() -> dict[str, str]:
    """The categories of the log in words."""
    return {"score": _tr("评分"), "check": _tr("审查结论"), "decision": _tr("委员会决定"), "evidence": _tr("证明材料"),
            "final": _tr("定稿"), "low_price_review": _tr("异常低价审查"), "member": _tr("成员提交"),
            "project": _tr("项目"), "setup": _tr("招标设置"), "tie_vote": _tr("并列表决"),
            "art64": _tr("第六十四条复核"), "bidder_price": _tr("报价"), "negotiation": _tr("协商记录")}


def action_words() -> dict[str, str]:
    """The actions of the log in words."""
    return {"create": _tr("新增"), "change": _tr("修改"), "delete": _tr("删除"), "import": _tr("导入"),
            "submit": _tr("提交"), "finalise": _tr("定稿"), "reopen": _tr("重新评审")}


def key_parts(event: AuditEvent) -> list[str]:
    """The ids an event's key names (``["M1","B2","F3"]``), or the key itself when it is not a JSON list."""
    try:
        parts = json.loads(event.key)
    except ValueError:
        return [event.key]
    return [str(p) for p in parts] if isinstance(parts, list) else [str(parts)]


def local_time(at: str) -> str:
    """A UTC ISO time as the local time, to the second."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def _cut(text: str | None) -> str:
    if text is None:
        return "—"
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


class AuditDialog(QDialog):
    """The log with three filters; :attr:`shown` holds the events the table shows."""

    def __init__(self, project: Path, ev: Evaluation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("审计日志 — %1", project.name))
        self.events = audit_log(project)
        self.shown: list[AuditEvent] = []
        members = [(m.id, m.name) for m in ev.members] if ev is not None else []
        bidders = [(b.id, b.name) for b in ev.bidders] if ev is not None else []
        self.member = self._combo([(i, f"{i} {n}") for i, n in members])
        self.bidder = self._combo([(i, f"{i} {n}") for i, n in bidders])
        names = entity_words()
        self.category = self._combo([(e, names.get(e, e)) for e in dict.fromkeys(x.entity for x in self.events)])
        self.member_names = dict(members)
        filters = QHBoxLayout()
        for label, combo in ((_tr("成员"), self.member), (_tr("投标人"), self.bidder), (_tr("类别"), self.category)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        self.count = QLabel()
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([_tr("序号"), _tr("时间"), _tr("操作人"), _tr("操作"), _tr("类别"),
                                              _tr("对象"), _tr("原值"), _tr("新值"), _tr("理由")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.resize(1100, 600)
        self.refresh()

    def _combo(self, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(_tr("全部"), "")
        for value, text in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def matches(self, event: AuditEvent) -> bool:
        """Whether the event passes the three filters (a member: who recorded it or whose entry it is)."""
        member, bidder, category = (c.currentData() or "" for c in (self.member, self.bidder, self.category))
        parts = key_parts(event)
        if member and member not in parts and event.by not in (member, self.member_names.get(member, member)):
            return False
        if bidder and bidder not in parts:
            return False
        return not category or event.entity == category

    def refresh(self) -> None:
        """Show the events that pass the filters."""
        if not hasattr(self, "table"):
            return
        self.shown = [e for e in self.events if self.matches(e)]
        actions, entities = action_words(), entity_words()
        self.table.setRowCount(len(self.shown))
        for row, e in enumerate(self.shown):
            reason = e.reason or ""
            if e.art64:
                reason = f"{reason}（{e.art64}）" if reason else e.art64
            cells = (str(e.id), local_time(e.at), e.by, actions.get(e.action, e.action),
                     entities.get(e.entity, e.entity), " · ".join(key_parts(e)), _cut(e.old), _cut(e.new), reason)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (6, 7):
                    item.setToolTip((e.old if col == 6 else e.new) or "")
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.count.setText(_tr("共 %1 条，显示 %2 条", len(self.events), len(self.shown)))
