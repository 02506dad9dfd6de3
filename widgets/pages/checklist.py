"""资格审查 and 符合性审查: the checklist items (id, item, standard), edited in place."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.model import CheckItem
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.list_model import Column
from widgets.pages.list_page import ListPage

_tr = Translator("ChecklistPage")



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
        if stage == "qualification":
            title, hint = _tr("资格审查"), _tr(
                "投标人资格条件（营业执照、信用记录、信用承诺函……）。任何一项不通过，投标无效。")
        else:
            title, hint = _tr("符合性审查"), _tr(
                "投标文件的实质性响应（签字盖章、有效期、报价不超过最高限价、★项……）。任何一项不通过，投标无效。")
        super().__init__(controller, title, _tr("审查项"), hint, parent)

    def columns(self) -> list[Column]:
        return [
            Column(_tr("编号"), lambda i: i.id, _text("id", _tr("编号不能为空"))),
            Column(_tr("审查项"), lambda i: i.name, _text("name", _tr("审查项不能为空"))),
            Column(_tr("审查标准"), lambda i: i.criterion, _text("criterion", "")),
        ]

    def new_entry(self, ident: str) -> CheckItem:
        return CheckItem(ident, _tr("新审查项"), "")
