"""评标委员会: members, their role, the leader; the composition rules checked as they are edited."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from app.domain import committee, extras
from app.domain import model as m
from app.domain.pins import pins
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.list_model import Column
from widgets.pages.bidders import finding_text
from widgets.pages.list_page import ListPage

_tr = Translator("CommitteePage")


def role_names() -> dict[str, str]:
    """Roles as the window names them."""
    return {"expert": _tr("评审专家"), "purchaser": _tr("采购人代表")}


def _role(x: m.Member, text: str) -> m.Member:
    for key, name in role_names().items():
        if text in (key, name, name[:2]):
            return dataclasses.replace(x, role=key)
    raise ValueError(_tr("角色应为 评审专家 或 采购人代表"))


def _name(x: m.Member, text: str) -> m.Member:
    if not text:
        raise ValueError(_tr("姓名不能为空"))
    return dataclasses.replace(x, name=text)


def _ident(x: m.Member, text: str) -> m.Member:
    if not text:
        raise ValueError(_tr("编号不能为空"))
    return dataclasses.replace(x, id=text)


class CommitteePage(ListPage):
    """The committee: an odd number, at least 5 for a tender (3 otherwise), experts at least 2/3."""

    part = "members"

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(controller, _tr("评标委员会"), _tr("成员"), _tr(
            "评标委员会成员为单数，公开招标、邀请招标不少于 5 人，其他方式不少于 3 人；"
            "评审专家不少于成员总数的三分之二。组长由成员推选。"), parent)
        self.leader_button = QPushButton(_tr("设为组长"))
        self.bar.insertWidget(4, self.leader_button)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.box.addWidget(self.findings)
        self.leader_button.clicked.connect(self.make_leader)
        self.pin_button = QPushButton(_tr("设置 PIN…"))
        self.pin_button.setToolTip(_tr("设置后，在本机打开该成员的评分表须由本人输入 PIN（只保存其散列值）"))
        self.bar.insertWidget(5, self.pin_button)
        self.pin_button.clicked.connect(self.ask_pin)
        self.refresh()

    def columns(self) -> list[Column]:
        return [
            Column(_tr("编号"), lambda x: x.id, _ident),
            Column(_tr("姓名"), lambda x: x.name, _name),
            Column(_tr("角色"), lambda x: role_names().get(x.role, x.role), _role),
            Column(_tr("组长"), lambda x: _tr("组长") if extras.leader(self.controller.ev()) == x.id else ""),
            Column(_tr("PIN"), lambda x: _tr("已设置") if x.id in pins(self.controller.ev().extensions) else ""),
        ]

    def new_entry(self, ident: str) -> m.Member:
        return m.Member(ident, _tr("新成员"), "expert")

    def make_leader(self) -> bool:
        """Make the selected member the leader."""
        row = self.current_row()
        if row < 0:
            return False
        ident = self.model.entry(row).id
        return self.controller.edit(_tr("设 %1 为组长", ident),
                                    lambda ev: extras.with_entry(ev, extras.COMMITTEE, "leader", ident))

    def set_pin(self, pin: str | None) -> bool:
        """Set (None or empty: clear) the selected member's PIN; False with the reason when refused."""
        row = self.current_row()
        if row < 0:
            return False
        ident = self.model.entry(row).id
        return self.controller.run(lambda: self.controller.session.set_pin(ident, pin or None))

    def ask_pin(self) -> None:
        """Ask the selected member's PIN (typed hidden; empty clears it)."""
        row = self.current_row()
        if row < 0:
            return
        who = self.model.entry(row).name
        pin, ok = QInputDialog.getText(self, _tr("设置 PIN"), _tr("%1 的 PIN（4–12 位数字；留空则取消 PIN）：", who),
                                       QLineEdit.EchoMode.Password)
        if ok:
            self.set_pin(pin.strip())

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        super().refresh(_parts)
        if not hasattr(self, "findings"):
            return
        ev = self.controller.ev()
        found = committee.composition(ev.members, ev.project.method, extras.leader(ev))
        experts = sum(1 for x in ev.members if x.role == "expert")
        head = _tr("共 %1 人，其中评审专家 %2 人，采购人代表 %3 人。", len(ev.members), experts,
                   len(ev.members) - experts)
        if found:
            self.findings.setText(head + "\n" + "\n".join("⚠ " + finding_text(f) for f in found))
            blocking = any(f.blocking for f in found)
            self.findings.setStyleSheet("color: #b00020" if blocking else "color: #8a6d00")
        else:
            self.findings.setText(head + _tr("组成符合规定。"))
            self.findings.setStyleSheet("color: #1b5e20")
