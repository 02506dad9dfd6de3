"""The open project's workspace: a navigator on the left, the chosen page on the right."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from app.domain import negotiation as ng
from widgets.controller import ProjectController
from widgets.i18n import Translator, set_words
from widgets.pages.bidders import BiddersPage
from widgets.pages.check_page import CheckPage
from widgets.pages.checklist import ChecklistPage
from widgets.pages.committee import CommitteePage
from widgets.pages.matrix import MatrixPage
from widgets.pages.negotiation import NegotiationPage
from widgets.pages.negotiation import attach as attach_negotiation
from widgets.pages.packages_page import PackagesPage
from widgets.pages.price_review import PriceReviewPage
from widgets.pages.project_form import ProjectPage
from widgets.pages.results import ResultsPage
from widgets.pages.review_grid import ReviewGridPage
from widgets.pages.scoring import ProjectSheetSource, ScoringPage
from widgets.pages.screening import ScreeningPage
from widgets.step_marks import attach as attach_marks

_tr = Translator("Workspace")


def _later(text: str) -> QWidget:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


def chain_banner(controller: ProjectController) -> str:
    """The read-only banner of a project whose audit log was altered outside BidDesk ("" when intact)."""
    found = controller.session.chain_break()
    if found is None:
        return ""
    where = _tr("审计事件 #%1", found.event_id) if found.event_id is not None else _tr("审计日志")
    what = chain_words().get(found.code, found.what)
    return _tr("只读：本项目文件的审计日志在评标台之外被改动（%1：%2）。文件只能查看，不能修改；请核对后从备份恢复。",
               where, what)


def chain_words() -> dict[str, str]:
    """What kind of break, in words (app/persistence/chain.py's codes)."""
    return {
        "no_chain": _tr("没有审计链"), "no_uid": _tr("项目标识缺失"), "not_chained": _tr("不在链上，系外部写入"),
        "prev_differs": _tr("其前一事件被删除或替换"), "content_changed": _tr("内容被修改"),
        "deleted": _tr("事件被删除"), "counter": _tr("事件计数与日志不符，有事件被删除"),
        "score_differs": _tr("评分与审计记录不符"), "verdict_differs": _tr("审查结论与审计记录不符"),
        "submission_cleared": _tr("评委的提交状态被清除"), "sheet_changed": _tr("已提交的评分表被改动"),
    }


@contextmanager
def settled_heap(owner: QObject) -> Iterator[None]:
    """Open a project with the cyclic collector paused, then set what it read aside from the collector's passes.

    A province-sized evaluation is millions of objects with no reference cycles: a full collection walks them all,
    and opening it would trigger dozens (a third of the time). They are built with the collector off, then frozen
    (:func:`gc.freeze`: later passes walk only what is new) until the workspace goes, when they are handed back to
    the collector. An edit makes a new tuple of every score (the evaluation is immutable): :func:`refreeze` after
    each change sets it aside too, or every young collection after it would walk its half a million entries (a
    score typed: 35 ms of 45).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    owner.destroyed.connect(_unfreeze)


def _unfreeze(*_args: object) -> None:
    gc.unfreeze()


def refreeze(*_args: object) -> None:
    """Set what a change made aside from the collector's passes (see :func:`settled_heap`), as at open; what a
    change left as cyclic garbage is collected once the workspace goes."""
    gc.freeze()


class Pages(dict[str, QWidget]):
    """The workspace's pages by key, each built the first time it is asked for: shown from the navigator, or
    read by a caller (``pages["scoring"]``). Until then the stack holds an empty stand-in in its place, so a
    large project opens without building (and computing for) the pages nobody has looked at yet; a page built
    later reads the project as it is then."""

    def __init__(self, stack: QStackedWidget, factories: dict[str, Callable[[], QWidget]]) -> None:
        super().__init__()
        self._stack, self._factories = stack, factories
        self._holders: dict[str, QWidget] = {}

    def holder(self, key: str) -> QWidget:
        """What the stack holds for the page (the page itself once built)."""
        if dict.__contains__(self, key):
            return self[key]
        return self._holders.setdefault(key, QWidget())

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._factories

    def __missing__(self, key: str) -> QWidget:
        page = self._factories[key]()  # KeyError: no such page; a page that failed to build is tried again
        del self._factories[key]
        self[key] = page
        holder = self._holders.pop(key, None)
        if holder is not None:
            current = self._stack.currentWidget() is holder
            self._stack.insertWidget(self._stack.indexOf(holder), page)
            if current:
                self._stack.setCurrentWidget(page)
            self._stack.removeWidget(holder)
            holder.deleteLater()
        return page


class Workspace(QWidget):
    """Navigator + pages of one project. ``pages`` maps a page key to its widget.

    The navigator has two sections: the tender's setup (准备) and the evaluation session (评审).
    """

    SETUP = ("project", "qualification", "compliance", "matrix", "bidders", "committee")
    SESSION = ("qualification_review", "compliance_review", "price", "screening", "scoring", "packages", "check",
               "results", "reports")
    KEYS = SETUP + SESSION

    def __init__(self, controller: ProjectController, reports: Callable[[ProjectController], QWidget] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with settled_heap(self):
            self._build(controller, reports)

    def _build(self, controller: ProjectController, reports: Callable[[ProjectController], QWidget] | None) -> None:
        self.controller = controller
        method = controller.ev().project.method
        set_words(ng.method_words(method) + ng.EN_WORDS if method in ng.NEGOTIATED else ())
        outer = QVBoxLayout(self)
        self.banner = QLabel(chain_banner(controller))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fde7e9; color: #b00020; padding: 6px; font-weight: bold")
        self.banner.setVisible(bool(self.banner.text()))
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.navigator = QListWidget()
        self.navigator.setMaximumWidth(200)
        self.stack = QStackedWidget()
        layout.addWidget(self.navigator)
        layout.addWidget(self.stack, 1)
        titles = {
            "project": _tr("项目信息"), "qualification": _tr("资格审查条款"), "compliance": _tr("符合性审查条款"),
            "matrix": _tr("评分标准"), "bidders": _tr("投标人 / 开标记录"), "committee": _tr("评标委员会"),
            "qualification_review": _tr("资格审查"), "compliance_review": _tr("符合性审查"),
            "price": _tr("价格审查"), "screening": _tr("清标"), "scoring": _tr("独立评分"),
            "packages": _tr("离线评分包"),
            "check": _tr("复核（第六十四条）"),
            "results": _tr("结果与定稿"), "reports": _tr("报告"),
        }
        factories: dict[str, Callable[[], QWidget]] = {
            "project": lambda: ProjectPage(controller),
            "qualification": lambda: ChecklistPage(controller, "qualification"),
            "compliance": lambda: ChecklistPage(controller, "compliance"),
            "matrix": lambda: MatrixPage(controller),
            "bidders": lambda: BiddersPage(controller),
            "committee": lambda: CommitteePage(controller),
            "qualification_review": lambda: ReviewGridPage(controller, "qualification"),
            "compliance_review": lambda: ReviewGridPage(controller, "compliance"),
            "price": lambda: PriceReviewPage(controller),
            "negotiation": lambda: NegotiationPage(controller),
            "screening": lambda: ScreeningPage(controller),
            "scoring": lambda: ScoringPage(ProjectSheetSource(controller)),
            "packages": lambda: PackagesPage(controller),
            "check": lambda: CheckPage(controller),
            "results": lambda: ResultsPage(controller),
            "reports": (lambda: reports(controller)) if reports is not None else (
                lambda: _later(_tr("报告生成不可用。"))),
        }
        self._pages = Pages(self.stack, factories)
        self.pages: dict[str, QWidget] = self._pages
        self._rows: dict[str, int] = {}
        for heading, keys in ((_tr("准备"), self.SETUP), (_tr("评审"), self.SESSION)):
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.navigator.addItem(head)
            for key in keys:
                item = QListWidgetItem("  " + titles[key])
                item.setData(Qt.ItemDataRole.UserRole, key)
                self._rows[key] = self.navigator.count()
                self.navigator.addItem(item)
                self.stack.addWidget(self._pages.holder(key))
        attach_negotiation(self)  # its row only for the methods that negotiate
        self.marks = attach_marks(self)  # ✓ / ⚠ / ✗ before each step (after the negotiation row's own sync)
        controller.changed.connect(refreeze)
        self.navigator.currentRowChanged.connect(self._go)
        self.navigator.setCurrentRow(self._rows["project"])

    def _go(self, row: int) -> None:
        item = self.navigator.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])

    def add_page(self, key: str, title: str, page: QWidget, *, first: bool = False) -> None:
        """One more page (the room's progress, for the agent in the room), at the end or first of 评审."""
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem("  " + title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        row = self._rows[self.SESSION[0]] if first else self.navigator.count()
        self.navigator.insertItem(row, item)
        self._rows = {k: i for i in range(self.navigator.count())
                      if (k := self.navigator.item(i).data(Qt.ItemDataRole.UserRole)) is not None}

    def show_page(self, key: str) -> QWidget:
        """Go to a page; returns it."""
        self.navigator.setCurrentRow(self._rows[key])
        return self.pages[key]
