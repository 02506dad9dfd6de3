"""The bidder's response workspace: a navigator of steps (each marked ✓ / ⚠ / ✗) and the step's page.

Opened by the main window for a ``bideval-response/1`` file (as the expert mode is for a package):
every edit is saved into the file at once, the self-check runs again after it, and each finding is
shown next to its field and counted on its step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from widgets.i18n import Translator
from widgets.response.common import StepPage
from widgets.response.pages_check import CheckPage, PackPage, summary
from widgets.response.pages_fill import CompanyPage, PricePage, SmePage
from widgets.response.pages_lists import ClaimsPage, EvidencePage, RequirementsPage
from widgets.response.source import ResponseSource
from widgets.response.texts import STEPS, locate, state_mark, step_titles

_tr = Translator("ResponseView")


class ResponseView(QWidget):
    """One open response file: header, navigator and the eight steps' pages."""

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.navigator = QListWidget()
        self.navigator.setMaximumWidth(210)
        self.navigator.setMinimumWidth(170)
        self.stack = QStackedWidget()
        layout.addWidget(self.navigator)
        layout.addWidget(self.stack, 1)
        self.pages: dict[str, StepPage] = {
            "company": CompanyPage(source), "price": PricePage(source), "sme": SmePage(source),
            "evidence": EvidencePage(source), "requirements": RequirementsPage(source),
            "claims": ClaimsPage(source), "check": CheckPage(source, self.go_to), "pack": PackPage(source),
        }
        for key in STEPS:
            item = QListWidgetItem(step_titles()[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.navigator.currentRowChanged.connect(lambda row: self.stack.setCurrentIndex(max(row, 0)))
        source.changed.connect(self.refresh)
        self.refresh()
        self.navigator.setCurrentRow(0)

    @classmethod
    def open(cls, path: Path) -> ResponseView:
        """The workspace of a response file (raises InvalidInput when it cannot be read)."""
        return cls(ResponseSource.open(path))

    def marks(self) -> dict[str, str]:
        """Each step's mark: ✓ no finding, ⚠ warnings, ✗ a fatal finding (the check step: all findings)."""
        by_step: dict[str, list[object]] = {key: [] for key in STEPS}
        for f in self.source.findings:
            by_step[locate(f.where, self.source.resp).step].append(f)
        marks = {key: state_mark(by_step[key]) for key in STEPS[:6]}  # type: ignore[arg-type]
        marks["check"] = state_mark(self.source.findings)
        marks["pack"] = ""
        return marks

    def refresh(self) -> None:
        """Show the response again: header, the navigator's marks, every page."""
        resp = self.source.resp
        project = resp.tender.evaluation.project
        name = resp.bidder.name.strip() or _tr("（未填写投标人名称）")
        self.header.setText("<b>" + _tr("投标响应：%1", name) + "</b>　"
                            + _tr("项目：%1（%2）", project.name, project.number or "—")
                            + "<br>" + summary(self.source))
        marks = self.marks()
        for row, key in enumerate(STEPS):
            item = self.navigator.item(row)
            mark = marks[key]
            item.setText(f"{mark}  {step_titles()[key]}" if mark else f"     {step_titles()[key]}")
            item.setForeground({"✗": Qt.GlobalColor.darkRed, "⚠": Qt.GlobalColor.darkYellow}.get(
                mark, Qt.GlobalColor.black))
        for page in self.pages.values():
            page.refresh()

    def show_step(self, key: str) -> StepPage:
        """Go to a step; returns its page."""
        self.navigator.setCurrentRow(STEPS.index(key))
        return self.pages[key]

    def go_to(self, where: str) -> None:
        """Go to the field a finding names (its step, its row, its field)."""
        place = locate(where, self.source.resp)
        self.show_step(place.step).focus_place(place)
