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


def verdict_names() -> dict[str, str]:
    """An item's verdict rule as the window names it."""
    return {"majority": _tr("过半数"), "two_thirds": _tr("三分之二")}


def _verdict(item: CheckItem, text: str) -> CheckItem:
    for key, name in verdict_names().items():
        if text.strip() in (key, name, name + _tr("成员")):
            return dataclasses.replace(item, verdict=key)
    raise ValueError(_tr("判定规则应为“过半数”或“三分之二”（如重大偏离须三分之二成员判定不通过）"))


def _verdict_tip(item: CheckItem) -> str:
    if item.verdict == "two_thirds":
        return _tr("至少三分之二的成员判定不通过，该项方不通过（如 7 人中 5 人；4 人不足）")
    return _tr("超过半数的成员判定不通过，该项即不通过（如 7 人中 4 人）")


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
            Column(_tr("判定规则"), lambda i: verdict_names().get(i.verdict, i.verdict), _verdict, tip=_verdict_tip),
        ]

    def new_entry(self, ident: str) -> CheckItem:
        return CheckItem(ident, _tr("新审查项"), "")
