"""The open project's workspace: a navigator on the left, the chosen page on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QWidget

from widgets.controller import ProjectController
from widgets.pages.bidders import BiddersPage
from widgets.pages.checklist import ChecklistPage
from widgets.pages.committee import CommitteePage
from widgets.pages.matrix import MatrixPage
from widgets.pages.project_form import ProjectPage
from widgets.pages.results import ResultsPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def _later(text: str) -> QWidget:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


class Workspace(QWidget):
    """Navigator + pages of one project. ``pages`` maps a page key to its widget."""

    KEYS = ("project", "qualification", "compliance", "matrix", "bidders", "committee", "review", "results",
            "reports")

    def __init__(self, controller: ProjectController, reports: Callable[[ProjectController], QWidget] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QHBoxLayout(self)
        self.navigator = QListWidget()
        self.navigator.setMaximumWidth(190)
        self.stack = QStackedWidget()
        layout.addWidget(self.navigator)
        layout.addWidget(self.stack, 1)
        titles = {
            "project": _tr("项目信息"), "qualification": _tr("资格审查"), "compliance": _tr("符合性审查"),
            "matrix": _tr("评分标准"), "bidders": _tr("投标人 / 开标记录"), "committee": _tr("评标委员会"),
            "review": _tr("评审"), "results": _tr("结果"), "reports": _tr("报告"),
        }
        self.pages: dict[str, QWidget] = {
            "project": ProjectPage(controller),
            "qualification": ChecklistPage(controller, "qualification"),
            "compliance": ChecklistPage(controller, "compliance"),
            "matrix": MatrixPage(controller),
            "bidders": BiddersPage(controller),
            "committee": CommitteePage(controller),
            "review": _later(_tr("评审（资格、符合性审查，价格审查，独立评分，复核）将在评审会话中进行。")),
            "results": ResultsPage(controller),
            "reports": reports(controller) if reports is not None else _later(_tr("报告生成不可用。")),
        }
        for key in self.KEYS:
            self.navigator.addItem(titles[key])
            self.stack.addWidget(self.pages[key])
        self.navigator.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigator.setCurrentRow(0)

    def show_page(self, key: str) -> QWidget:
        """Go to a page; returns it."""
        self.navigator.setCurrentRow(self.KEYS.index(key))
        return self.pages[key]
