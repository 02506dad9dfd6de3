"""资格审查 and 符合性审查: the checklist items (id, item, standard), edited in place."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.model import CheckItem
from widgets.controller import ProjectController
from widgets.list_model import Column
from widgets.pages.list_page import ListPage


def _text(field: str, what: str) -> Any:
    def edit(item: CheckItem, text: str) -> CheckItem:
        if field in ("id", "name") and not text:
            raise ValueError(what)
        return dataclasses.replace(item, **{field: text})

    return edit


class ChecklistPage(ListPage):
    """One stage's checklist; ``stage`` is ``qualification`` or ``compliance``."""

    def __init__(self, controller: ProjectController, stage: str, parent: QWidget | None = None) -> None:
        self.part = stage
        tr = QCoreApplication.translate
        if stage == "qualification":
            title, hint = tr("ChecklistPage", "资格审查"), tr(
                "ChecklistPage", "投标人资格条件（营业执照、信用记录、信用承诺函……）。任何一项不通过，投标无效。")
        else:
            title, hint = tr("ChecklistPage", "符合性审查"), tr(
                "ChecklistPage", "投标文件的实质性响应（签字盖章、有效期、报价不超过最高限价、★项……）。"
                                 "任何一项不通过，投标无效。")
        super().__init__(controller, title, tr("ChecklistPage", "审查项"), hint, parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("编号"), lambda i: i.id, _text("id", self.tr("编号不能为空"))),
            Column(self.tr("审查项"), lambda i: i.name, _text("name", self.tr("审查项不能为空"))),
            Column(self.tr("审查标准"), lambda i: i.criterion, _text("criterion", "")),
        ]

    def new_entry(self, ident: str) -> CheckItem:
        return CheckItem(ident, self.tr("新审查项"), "")
